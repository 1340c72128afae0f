#!/usr/bin/env python3
"""Validate a SARIF report against the SARIF 2.1.0 JSON schema with jsonschema (from PyPI).

Formats (uri, uri-reference, date-time) are checked where jsonschema has a checker for them
(rfc3987 provides the URI ones). Every result must also name a rule listed in tool.driver.rules.

Usage: check_sarif.py SCHEMA.json REPORT.sarif
Exit status: 0 valid, 1 invalid, 2 usage.
"""

import json
import sys

import jsonschema


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(argv[2], encoding="utf-8") as handle:
        report = json.load(handle)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(report), key=lambda error: list(error.absolute_path))
    for error in errors[:20]:
        where = "/".join(str(step) for step in error.absolute_path) or "(document)"
        print(f"{where}: {error.message}")
    problems = len(errors)
    for run in report.get("runs", []):
        rules = {rule["id"] for rule in run["tool"]["driver"].get("rules", [])}
        for index, result in enumerate(run.get("results", [])):
            if result.get("ruleId") not in rules:
                print(f"results/{index}: rule {result.get('ruleId')!r} is not in tool.driver.rules")
                problems += 1
    results = sum(len(run.get("results", [])) for run in report.get("runs", []))
    print(f"{argv[2]}: {results} results, {'valid' if problems == 0 else f'{problems} problems'} "
          f"({validator_class.__name__}, jsonschema)")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
