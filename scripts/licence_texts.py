#!/usr/bin/env python3
"""The official licence texts behind FairPackLicences' reference shingles.

  licence_texts.py import DIR   copy the official texts from an unpacked
                                licensedcode-data wheel (DIR = .../licensedcode/data/licenses)
                                into Sources/FairPackLicences/Texts and update SOURCES.txt
  licence_texts.py generate     write Tests/FairPackLicencesTests/Generated/LicenceTexts.swift
                                from the .txt files in Sources/FairPackLicences/Texts

The texts themselves stay with the tests: the binary holds only their shingles
(Sources/FairPackLicences/Generated/LicenceReferences.swift), which the test
`LicenceReferenceEmbedTests` computes from these texts with the library's own normaliser
and compares with the committed file (`make generate` rewrites it).

Texts are named <SPDX id>[.<variant>].txt; the variant is a language tag, maybe qualified
(`fr-lo`: a second official wording of the French text). The generated Swift keeps each text lower-cased with runs of blanks collapsed (line breaks kept, the detector's
normaliser works line by line), which is all the detector needs.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEXTS = ROOT / "Sources/FairPackLicences/Texts"
OUTPUT = ROOT / "Tests/FairPackLicencesTests/Generated/LicenceTexts.swift"
PACKAGE = "licensedcode-data 32.1.0 (PyPI)"

# ScanCode licence key -> file name in Texts/.
IMPORTS = {
    "etalab-2.0": "etalab-2.0.fr", "etalab-2.0-en": "etalab-2.0.en",
    "cc-by-4.0": "CC-BY-4.0", "cc-by-sa-4.0": "CC-BY-SA-4.0", "cc-by-nc-4.0": "CC-BY-NC-4.0",
    "cc-by-nd-4.0": "CC-BY-ND-4.0", "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0",
    "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "cc-by-3.0": "CC-BY-3.0", "cc-by-sa-3.0": "CC-BY-SA-3.0", "cc-by-nc-3.0": "CC-BY-NC-3.0",
    "cc-by-nd-3.0": "CC-BY-ND-3.0", "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0",
    "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0", "cc-by-2.0": "CC-BY-2.0",
    "cc0-1.0": "CC0-1.0", "odbl-1.0": "ODbL-1.0", "odc-by-1.0": "ODC-By-1.0", "pddl-1.0": "PDDL-1.0",
    "ogl-uk-3.0": "OGL-UK-3.0",
    "mit": "MIT", "apache-2.0": "Apache-2.0", "bsd-new": "BSD-3-Clause", "bsd-simplified": "BSD-2-Clause",
    "isc": "ISC", "unlicense": "Unlicense", "mpl-2.0": "MPL-2.0",
    "gpl-2.0": "GPL-2.0-only", "gpl-3.0": "GPL-3.0-only", "lgpl-3.0": "LGPL-3.0-only",
    "agpl-3.0": "AGPL-3.0-only", "eupl-1.2": "EUPL-1.2",
    "cecill-2.1": "CECILL-2.1.en", "cecill-2.1-fr": "CECILL-2.1.fr",
    "cecill-b": "CECILL-B", "cecill-c": "CECILL-C",
}


def strip_front_matter(text):
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end >= 0:
            return text[end + 4:].lstrip("\n")
    return text


def import_texts(source):
    TEXTS.mkdir(parents=True, exist_ok=True)
    sources = [line for line in (TEXTS / "SOURCES.txt").read_text().splitlines()
               if line and not line.startswith(PACKAGE.split(" ")[0])] \
        if (TEXTS / "SOURCES.txt").exists() else []
    for key, name in sorted(IMPORTS.items()):
        text = strip_front_matter((pathlib.Path(source) / f"{key}.LICENSE").read_text(encoding="utf-8"))
        (TEXTS / f"{name}.txt").write_text(text.rstrip() + "\n", encoding="utf-8")
        sources.append(f"{PACKAGE}\tlicensedcode/data/licenses/{key}.LICENSE\t{name}.txt")
    (TEXTS / "SOURCES.txt").write_text("\n".join(sorted(set(sources))) + "\n", encoding="utf-8")


def compact(text):
    lines = (re.sub(r"[ \t]+", " ", line).strip().lower() for line in text.splitlines())
    out, blank = [], False
    for line in lines:
        if not line:
            if not blank and out:
                out.append("")
            blank = True
            continue
        out.append(line)
        blank = False
    return "\n".join(out).strip()


# Creative Commons prints a disclaimer before its legal code and a notice after it; copies keep,
# drop or reword them, so the detector asks only for the legal code (the lines recorded here)
# and accepts the rest when present.
LEGAL_CODE_STARTS = ["By exercising the Licensed Rights", "THE WORK (AS DEFINED BELOW)"]
LEGAL_CODE_ENDS = ["Creative Commons is not a party", "Creative Commons Notice"]


def legal_code_lines(ident, body):
    """1-based first and last line of the legal code in the compacted body; (0, 0) when all of it is."""
    if not ident.startswith("CC-"):
        return 0, 0
    lines = body.split("\n")
    first, last = 1, len(lines)
    for number, line in enumerate(lines, 1):
        if any(line.startswith(marker.lower()) for marker in LEGAL_CODE_STARTS):
            first = number
            break
    for number, line in enumerate(lines, 1):
        if number > first and any(line.startswith(marker.lower()) for marker in LEGAL_CODE_ENDS):
            last = number - 1
            break
    return first, last


def generate():
    entries = []
    for path in sorted(TEXTS.glob("*.txt")):
        if path.name == "SOURCES.txt":
            continue
        stem = path.name[:-4]
        parts = stem.split(".")
        # A variant is a trailing language tag, maybe qualified (etalab-2.0.fr, etalab-2.0.fr-lo);
        # versions keep their dots.
        if len(parts) > 1 and re.fullmatch(r"[a-z]{2}(-[a-z]+)?", parts[-1]):
            ident, variant = ".".join(parts[:-1]), parts[-1]
        else:
            ident, variant = stem, ""
        body = compact(path.read_text(encoding="utf-8"))
        assert '"""#' not in body
        entries.append((ident, variant, body, *legal_code_lines(ident, body)))
    out = ["// Generated by scripts/licence_texts.py from Sources/FairPackLicences/Texts; do not edit.",
           "// Official licence texts (sources in Texts/SOURCES.txt), lower-cased, blanks collapsed;",
           "// for Creative Commons, the lines of the legal code proper (without CC's disclaimer and notice).",
           "",
           "enum LicenceTexts {",
           "    /// Every reference text: SPDX id, variant (language tag or empty), text, and the first and",
           "    /// last line of the licence proper (0 when it is the whole text).",
           "    static let all: [(id: String, variant: String, text: String, firstLine: Int, lastLine: Int)] = ["]
    for ident, variant, body, first, last in entries:
        out.append(f'        ("{ident}", "{variant}", #"""')
        out.append(body)
        out.append(f'"""#, {first}, {last}),')
    out.append("    ]")
    out.append("}")
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "import":
        import_texts(sys.argv[2])
    elif len(sys.argv) == 2 and sys.argv[1] == "generate":
        generate()
    else:
        sys.exit(__doc__)
