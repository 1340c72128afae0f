#!/usr/bin/env python3
"""Writes the real-shaped deposits `make interop` packs besides Samples/: a folder named as macOS
names files (decomposed accents, NFD) and a deposit that already holds an RO-Crate (as an
electronic lab notebook exports it). Usage: make_interop_deposits.py DIR"""
import json
import os
import sys
import unicodedata

root = sys.argv[1]
METADATA = """title: "Résultats des enquêtes de terrain"
description: "Résultats bruts des enquêtes menées en 2024 dans trois établissements scolaires."
licence: CC-BY-4.0
language: fr
keywords: [enquêtes, établissements, numérique]
dates: { created: 2024-01-10, published: 2024-06-01 }
authors:
  - name: "Martin, Alice"
contact: { name: "Martin, Alice", email: "alice.martin@univ-poitiers.fr" }
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


nfd = os.path.join(root, "nfd-names")
write(os.path.join(nfd, "deposit.yaml"), METADATA)
for name in ("résultats.csv", "Données brutes/élèves.csv"):
    write(os.path.join(nfd, "data", unicodedata.normalize("NFD", name)), "classe,effectif\n6e,28\n")

crate = os.path.join(root, "existing-crate")
write(os.path.join(crate, "deposit.yaml"), METADATA)
write(os.path.join(crate, "data", "measures.csv"), "a,b\n1,2\n")
write(os.path.join(crate, "ro-crate-preview.html"), "<!DOCTYPE html><html><body>old</body></html>\n")
write(os.path.join(crate, "ro-crate-metadata.json"), json.dumps({
    "@context": "https://w3id.org/ro/crate/1.1/context",
    "@graph": [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}},
        {"@id": "./", "@type": "Dataset", "name": "ELN export", "description": "An export from a lab notebook.",
         "datePublished": "2024-01-02", "license": {"@id": "https://creativecommons.org/licenses/by/4.0/"},
         "hasPart": [{"@id": "data/measures.csv"}], "author": {"@id": "#alice"}},
        {"@id": "data/measures.csv", "@type": "File", "name": "Raw measures"},
        {"@id": "#alice", "@type": "Person", "name": "Alice Martin"},
    ]}, indent=1))
print(nfd)
print(crate)
