#!/usr/bin/env python3
"""Load an RO-Crate with ro-crate-py (the reference Python library) and check what it found.

Checks: the crate loads; the root data entity is a Dataset with a name; at least one File data
entity was reached from the root's hasPart; every File entity with a local @id names a regular
file inside the crate folder; no File entity was left unreachable (ro-crate-py then keeps it as
a mere contextual entity). Web-based File entities (absolute URIs) are counted, not opened.

The network is switched off in this process before ro-crate-py is imported, so a load that
tried to fetch the JSON-LD context (or anything else) fails here instead of passing by luck.

Usage: load_crate.py CRATE_DIR
Exit status: 0 all checks pass, 1 a check fails or the crate does not load, 2 usage.
"""

import socket
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit


class NetworkBlocked(OSError):
    pass


def block_network() -> None:
    def refuse(*args, **kwargs):
        raise NetworkBlocked("load_crate.py runs offline: a network connection was attempted")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]


def types_of(entity) -> list[str]:
    value = entity.type
    return list(value) if isinstance(value, (list, tuple)) else [value]


def is_absolute_uri(identifier: str) -> bool:
    return bool(urlsplit(identifier).scheme)


def check(crate_dir: Path) -> list[str]:
    from rocrate.model.file import File
    from rocrate.rocrate import ROCrate

    problems: list[str] = []
    crate = ROCrate(crate_dir)

    root = crate.root_dataset
    if root is None:
        return ["no root data entity"]
    if "Dataset" not in types_of(root):
        problems.append(f"root data entity {root.id!r} is not a Dataset (types {types_of(root)})")
    name = root.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"root data entity {root.id!r} has no name")

    base = crate_dir.resolve()
    files = [e for e in crate.data_entities if isinstance(e, File)]
    local = web = 0
    for entity in files:
        if is_absolute_uri(entity.id):
            web += 1
            continue
        local += 1
        target = (base / unquote(entity.id)).resolve()
        if not target.is_relative_to(base):
            problems.append(f"File {entity.id!r} points outside the crate")
        elif not target.is_file():
            problems.append(f"File {entity.id!r} has no file at {target.relative_to(base)}")
    if not files:
        problems.append("no data entity of type File")

    stray = [e.id for e in crate.contextual_entities
             if "File" in types_of(e) and not e.id.startswith("#")]
    for identifier in stray:
        problems.append(f"File {identifier!r} is not reachable from the root dataset's hasPart")

    print(f"load_crate: {crate_dir}: root {root.id!r} name {name!r}; "
          f"{len(files)} File entities ({local} local, {web} web), "
          f"{len(crate.data_entities)} data entities, {len(crate.contextual_entities)} contextual")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: load_crate.py CRATE_DIR", file=sys.stderr)
        return 2
    crate_dir = Path(argv[1])
    if not (crate_dir / "ro-crate-metadata.json").is_file():
        print(f"load_crate: error: {crate_dir}/ro-crate-metadata.json not found", file=sys.stderr)
        return 1
    block_network()
    try:
        problems = check(crate_dir)
    except Exception as error:  # any failure to load is a finding, reported in one line
        print(f"load_crate: error: ro-crate-py could not load {crate_dir}: "
              f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    for problem in problems:
        print(f"load_crate: error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
