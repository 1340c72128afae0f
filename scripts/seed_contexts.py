#!/usr/bin/env python3
"""Fill a requests-cache SQLite store with the RO-Crate JSON-LD contexts read from local files.

rocrate-validator resolves `@context` over HTTP through requests-cache; with no network it is run
as `rocrate-validator validate --offline --cache-path PREFIX`, which answers only from
`PREFIX.sqlite`. This script writes that store without touching the network: each context file is
wrapped in a 200 response and saved under the key requests-cache computes for a plain GET of the
context URL, then read back through an offline session to prove the validator will find it.

Usage: seed_contexts.py CACHE_PREFIX CONTEXTS_DIR
  CACHE_PREFIX  path without extension; the store is CACHE_PREFIX.sqlite (folders are created)
  CONTEXTS_DIR  holds context-1.1.jsonld, context-1.2.jsonld, context-1.3.jsonld
Exit status: 0 seeded and checked, 1 a context is missing, unreadable or not served back, 2 usage.
"""

import io
import json
import sys
from pathlib import Path

import requests
from requests.structures import CaseInsensitiveDict
from requests_cache import CachedSession
from urllib3 import HTTPResponse

VERSIONS = ("1.1", "1.2", "1.3")
# The crates fairpack writes reference 1.2; the others are seeded because the validator's
# profiles inherit from each other and may resolve them.
REQUIRED_VERSION = "1.2"


def context_url(version: str) -> str:
    return f"https://w3id.org/ro/crate/{version}/context"


def open_store(prefix: Path, offline: bool) -> CachedSession:
    # Same backend and key-relevant settings (method, URL, body, verify, serializer) as
    # rocrate_validator.utils.http.HttpRequester, so the keys written here are the keys it reads.
    session = CachedSession(
        cache_name=str(prefix),
        backend="sqlite",
        expire_after=-1,
        allowable_methods=("GET",),
        allowable_codes=(200, 302, 404),
    )
    if offline:
        session.settings.only_if_cached = True
    return session


def local_response(url: str, body: bytes) -> requests.Response:
    """A requests.Response for `GET url` whose body is `body`, built without any I/O."""
    headers = {"Content-Type": "application/ld+json", "Content-Length": str(len(body))}
    response = requests.Response()
    response.status_code = 200
    response.reason = "OK"
    response.url = url
    response.encoding = "utf-8"
    response.headers = CaseInsensitiveDict(headers)
    response.request = requests.Request("GET", url).prepare()
    response.raw = HTTPResponse(
        body=io.BytesIO(body), headers=headers, status=200, reason="OK",
        preload_content=False, decode_content=False, request_url=url,
    )
    return response


def read_context(path: Path) -> bytes:
    body = path.read_bytes()
    document = json.loads(body)
    if not isinstance(document, dict) or "@context" not in document:
        raise ValueError("not a JSON-LD context document (no top-level @context)")
    return body


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().split("\n\n")[2], file=sys.stderr)
        return 2
    prefix = Path(argv[1]).absolute()
    contexts = Path(argv[2])
    if not contexts.is_dir():
        print(f"seed_contexts: error: {contexts} is not a folder", file=sys.stderr)
        return 1
    prefix.parent.mkdir(parents=True, exist_ok=True)

    bodies: dict[str, bytes] = {}
    for version in VERSIONS:
        path = contexts / f"context-{version}.jsonld"
        if not path.is_file():
            if version == REQUIRED_VERSION:
                print(f"seed_contexts: error: {path} is missing", file=sys.stderr)
                return 1
            print(f"seed_contexts: warning: {path} is missing; RO-Crate {version} left unseeded",
                  file=sys.stderr)
            continue
        try:
            bodies[context_url(version)] = read_context(path)
        except (OSError, ValueError) as error:
            print(f"seed_contexts: error: {path}: {error}", file=sys.stderr)
            return 1

    writer = open_store(prefix, offline=False)
    for url, body in bodies.items():
        writer.cache.save_response(local_response(url, body))
    writer.close()

    # Read back exactly as the validator will: an offline session that never goes to the network.
    reader = open_store(prefix, offline=True)
    failed = False
    for url, body in bodies.items():
        served = reader.get(url, headers={"Accept": "application/ld+json, application/json"})
        if served.status_code == 200 and getattr(served, "from_cache", False) and served.content == body:
            print(f"seeded {url} ({len(body)} bytes)")
        else:
            print(f"seed_contexts: error: {url} not served from the cache "
                  f"(status {served.status_code})", file=sys.stderr)
            failed = True
    reader.close()
    print(f"cache: {prefix}.sqlite")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
