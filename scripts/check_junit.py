#!/usr/bin/env python3
"""Parse a JUnit report with junitparser (from PyPI) and compare its counts with the JSON report.

fairpack's JUnit report has one test suite per profile; an error finding is a failure, a warning
or a note a passing test case whose system-out starts with "warning:" or "note:". So: the
failures must equal the summary's errors, the two prefixes its warnings and notes, and the
suites its profiles.

Usage: check_junit.py REPORT.junit.xml REPORT.json
Exit status: 0 the counts match, 1 they differ or the report does not parse, 2 usage.
"""

import json
import sys

from junitparser import Error, Failure, JUnitXml, TestSuite


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    xml = JUnitXml.fromfile(argv[1])
    suites = [xml] if isinstance(xml, TestSuite) else list(xml)
    with open(argv[2], encoding="utf-8") as handle:
        report = json.load(handle)
    summary = report["summary"]
    counted = {"tests": 0, "errors": 0, "warnings": 0, "notes": 0, "junit errors": 0}
    for suite in suites:
        for case in suite:
            counted["tests"] += 1
            results = case.result if isinstance(case.result, list) else [case.result] if case.result else []
            counted["errors"] += sum(isinstance(result, Failure) for result in results)
            counted["junit errors"] += sum(isinstance(result, Error) for result in results)
            output = case.system_out or ""
            counted["warnings"] += output.startswith("warning: ")
            counted["notes"] += output.startswith("note: ")
    expected = {"errors": summary["errors"], "warnings": summary["warnings"], "notes": summary["notes"], "junit errors": 0}
    problems = [f"{key}: JUnit has {counted[key]}, the JSON summary {value}" for key, value in expected.items() if counted[key] != value]
    names = [suite.name for suite in suites]
    if names != report["profiles"]:
        problems.append(f"suites {names} are not the profiles {report['profiles']}")
    for attribute, key in (("tests", "tests"), ("failures", "errors")):
        declared = sum(int(getattr(suite, attribute) or 0) for suite in suites)
        if declared != counted[key]:
            problems.append(f"the suites declare {declared} {attribute} but hold {counted[key]}")
        if not isinstance(xml, TestSuite) and int(getattr(xml, attribute) or 0) != counted[key]:
            problems.append(f"<testsuites> declares {getattr(xml, attribute)} {attribute} but holds {counted[key]}")
    for problem in problems:
        print(problem)
    print(f"{argv[1]}: {len(suites)} suites, {counted['tests']} test cases, {counted['errors']} failures, "
          f"{counted['warnings']} warnings, {counted['notes']} notes: "
          f"{'match the JSON summary' if not problems else 'MISMATCH'} (junitparser)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
