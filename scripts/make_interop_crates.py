#!/usr/bin/env python3
"""Write small RO-Crate folders, valid and broken, for comparing fairpack verify with rocrate-validator.

Each crate is a folder OUT/<name>/ with ro-crate-metadata.json and a CSV file; the name's last
part is the RO-Crate version whose profile applies (valid-1.1 → ro-crate-1.1). One line per
crate is printed: "<name> <version>".

Usage: make_interop_crates.py OUT            the small crates above
       make_interop_crates.py OUT --files N  one valid crate OUT/files-N-1.2 of N CSV files in 20 folders,
                                             each described with contentSize and sha256 (for benchmarks)
Exit status: 0 written, 2 usage.
"""

import json
import sys
from pathlib import Path

TABLE = "site,count\nPoitiers,25\nRennes,12\n"


def crate(version, root_extra=None, entities=None, drop_root=(), root_type="Dataset", date="2024-05-17"):
    root = {
        "@id": "./", "@type": root_type, "name": "Field survey", "description": "Answers to the field survey.",
        "datePublished": date, "license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"},
        "hasPart": [{"@id": "survey.csv"}],
    }
    for key in drop_root:
        root.pop(key, None)
    root.update(root_extra or {})
    descriptor = {
        "@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
        "conformsTo": {"@id": f"https://w3id.org/ro/crate/{version}"},
    }
    files = entities if entities is not None else [
        {"@id": "survey.csv", "@type": "File", "name": "Survey answers", "encodingFormat": "text/csv"}]
    licence = {"@id": "https://spdx.org/licenses/CC-BY-4.0", "@type": "CreativeWork", "name": "CC BY 4.0"}
    return {"@context": f"https://w3id.org/ro/crate/{version}/context", "@graph": [descriptor, root, *files, licence]}


CRATES = {
    "valid-1.1": (crate("1.1"), True),
    "valid-1.2": (crate("1.2"), True),
    "valid-1.3": (crate("1.3"), True),
    "no-license-1.2": (crate("1.2", drop_root=("license",)), True),
    "no-name-1.2": (crate("1.2", drop_root=("name",)), True),
    "bad-date-1.2": (crate("1.2", date="17/05/2024"), True),
    "root-not-dataset-1.2": (crate("1.2", root_type="CreativeWork"), True),
    "missing-file-1.2": (crate("1.2"), False),
    "nested-author-1.2": (crate("1.2", root_extra={"author": {"@id": "#ana", "@type": "Person", "name": "Ana"}}), True),
    "iri-key-1.2": (crate("1.2", root_extra={"http://purl.org/dc/terms/spatial": "Poitiers"}), True),
    "preview-without-doctype-1.2": (crate("1.2"), "<html><body><h1>Field survey</h1></body></html>\n"),
    "preview-1.2": (crate("1.2"), "<!DOCTYPE html>\n<html><body><h1>Field survey</h1></body></html>\n"),
}


def large(out, count):
    """A valid crate of `count` files: folders d00…d19, each file described and listed in hasPart."""
    import hashlib
    name = f"files-{count}-1.2"
    folder = out / name
    entities, parts = [], []
    for index in range(count):
        path = f"d{index % 20:02d}/f{index:05d}.csv"
        data = f"row,value\n{index},{index * 7 % 101}\n".encode()
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)
        parts.append({"@id": path})
        entities.append({"@id": path, "@type": "File", "name": f"Table {index}", "encodingFormat": "text/csv",
                         "contentSize": str(len(data)), "sha256": hashlib.sha256(data).hexdigest()})
    document = crate("1.2", root_extra={"hasPart": parts}, entities=entities)
    (folder / "ro-crate-metadata.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    print(name, "1.2")


def main(argv):
    if len(argv) == 4 and argv[2] == "--files" and argv[3].isdigit():
        large(Path(argv[1]), int(argv[3]))
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[1])
    # The second value: whether the CSV file is written; a text is also written as ro-crate-preview.html.
    for name, (document, with_file) in CRATES.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "ro-crate-metadata.json").write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        if with_file:
            (folder / "survey.csv").write_text(TABLE, encoding="utf-8")
        if isinstance(with_file, str):
            (folder / "ro-crate-preview.html").write_text(with_file, encoding="utf-8")
        print(name, name.rsplit("-", 1)[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
