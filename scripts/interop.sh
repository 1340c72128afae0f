#!/usr/bin/env bash
# make interop (DESIGN.md §10): checks fairpack's bundles with tools no one here wrote.
#
# Packs every sample deposit under Samples/ (except *-draft) as a bag folder, .zip, .tar and
# .tar.gz, then on each: extracts archives with Python's zipfile/tarfile, runs bagit.py --validate,
# rocrate-validator (profile ro-crate-1.2, REQUIRED level) and ro-crate-py on the payload, and
# fairpack verify on the output itself; then compares fairpack verify's verdict with rocrate-validator's
# on small crates, valid and broken. Then validates the draft sample's SARIF report against the
# SARIF 2.1.0 schema and reads its JUnit report with junitparser, comparing the counts with the JSON
# summary. One line per check, then "interop: N passed, M failed".
#
# Environment:
#   FAIRPACK          the binary (default .build/release/fairpack)
#   ROCRATE_CONTEXTS  folder with context-1.1/1.2/1.3.jsonld: the validator then runs offline from a
#                     cache seeded with them (CI has no network); unset: the validator goes online
#   INTEROP_BAGS      dir1:dir2:… bag folders (or .zip/.tar/.tar.gz bags) to check instead of packing
#   INTEROP_TIMEOUT   seconds allowed to each tool run (default 600): a hang fails, never blocks CI
#   INTEROP_KEEP=1    keep the temporary folder with the packed outputs and prints where it is
#   PYTHON            the interpreter that creates the virtual environment (default python3)
#   SARIF_SCHEMA      the SARIF 2.1.0 JSON schema (default ../shared/reference/sarif/sarif-schema-2.1.0.json)
# Exit status: 0 every check passed, 1 a check failed, 2 the harness itself could not run.
set -euo pipefail

invoked_from=$(pwd)
absolute() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$invoked_from/$1" ;; esac; }
die() { printf 'interop: error: %s\n' "$*" >&2; exit 2; }

FAIRPACK=${FAIRPACK:-.build/release/fairpack}
case "$FAIRPACK" in */*) FAIRPACK=$(absolute "$FAIRPACK") ;; esac
contexts=${ROCRATE_CONTEXTS:-}
[ -z "$contexts" ] || contexts=$(absolute "$contexts")
given=()
if [ -n "${INTEROP_BAGS:-}" ]; then
  IFS=: read -r -a entries <<<"$INTEROP_BAGS"
  for entry in "${entries[@]}"; do [ -z "$entry" ] || given+=("$(absolute "$entry")"); done
  [ "${#given[@]}" -gt 0 ] || die "INTEROP_BAGS is set but names no bag"
fi
limit=${INTEROP_TIMEOUT:-600}
have_fairpack() { [ -x "$FAIRPACK" ] || command -v "$FAIRPACK" >/dev/null 2>&1; }
if [ "${#given[@]}" -eq 0 ] && ! have_fairpack; then
  die "no fairpack binary at $FAIRPACK: run 'swift build -c release' or set FAIRPACK"
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
scripts=$root/scripts

# --- the reference tools, in a virtual environment of their own --------------------------------
# Nothing is pinned: no release of the three is known to break this harness. (rocrate-validator
# 0.13.0 crashes on `-f json` with a ZIP input; we only feed it extracted folders, text output.)
venv=$root/.build/interop-venv
py=$venv/bin/python
tools_import='import bagit, rocrate_validator, rocrate, jsonschema, rfc3987, junitparser, frictionless'
if ! "$py" -c "$tools_import" >/dev/null 2>&1; then
  echo "interop: installing bagit, roc-validator, rocrate, jsonschema, rfc3987, junitparser and frictionless into .build/interop-venv"
  if ! "$py" -c '' >/dev/null 2>&1; then
    "${PYTHON:-python3}" -m venv --clear "$venv" || die "could not create a virtual environment at $venv"
  fi
  "$py" -m pip install --quiet --disable-pip-version-check bagit roc-validator rocrate jsonschema rfc3987 junitparser frictionless \
    || die "pip could not install bagit, roc-validator, rocrate, jsonschema, rfc3987, junitparser and frictionless"
  "$py" -c "$tools_import" || die "a tool does not import after installing"
fi
"$py" - <<'EOF'
from importlib.metadata import version
print("interop: " + ", ".join(f"{p} {version(p)}" for p in ("bagit", "roc-validator", "rocrate", "jsonschema", "junitparser")))
EOF

# --- the JSON-LD contexts: a seeded cache when offline ----------------------------------------
validator_network=()
if [ -n "$contexts" ]; then
  [ -d "$contexts" ] || die "ROCRATE_CONTEXTS=$contexts is not a folder"
  cache=$root/.build/interop-cache/rocrate-contexts
  rm -f "$cache.sqlite"
  seeding=$("$py" "$scripts/seed_contexts.py" "$cache" "$contexts" 2>&1) \
    || die "could not seed the context cache from $contexts: $seeding"
  validator_network=(--offline --cache-path "$cache")
  echo "interop: rocrate-validator offline, JSON-LD contexts from $contexts"
else
  echo "interop: rocrate-validator online (ROCRATE_CONTEXTS is unset)"
fi

# --- checks -------------------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/fairpack-interop.XXXXXX")
if [ "${INTEROP_KEEP:-}" = 1 ]; then
  echo "interop: keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi
logs=$root/.build/interop-logs
rm -rf "$logs" && mkdir -p "$logs" "$work/out" "$work/extract"

passed=0
failed=0
last_log=

slug() { printf '%s' "$1" | tr -c 'A-Za-z0-9._-' '_'; }

# The lines worth reading in a failed tool's output: rocrate-validator's list of unmet
# requirements (printed by -v after the report box), bagit.py's warnings and errors (its INFO
# lines only list the files it read), else the last lines of whatever the tool said.
show_failure() {
  {
    if grep -q 'have not been met' "$1"; then
      sed -n '/have not been met/,$p' "$1" | grep -v '^[[:space:]]*[│╭╰]' | grep -v '^[[:space:]]*$' | head -n 40
    elif grep -qE ' - (ERROR|WARNING) - ' "$1"; then
      grep -E ' - (ERROR|WARNING) - ' "$1" | tail -n 15
    else
      grep -v '^[[:space:]]*$' "$1" | tail -n 15
    fi
  } | cut -c 1-400 | sed 's/[[:space:]]*$//; s/^/     | /' || true
}

# run_check FORM TOOL COMMAND...: one ok/FAIL line; the full output stays in .build/interop-logs.
run_check() {
  local form=$1 tool=$2 status
  shift 2
  last_log=$logs/$(slug "$form").$(slug "$tool").log
  if timeout -k 10 "$limit" "$@" >"$last_log" 2>&1; then
    passed=$((passed + 1))
    printf 'ok   %s %s\n' "$form" "$tool"
    return 0
  else
    status=$?
  fi
  failed=$((failed + 1))
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    printf 'FAIL %s %s (timed out after %s s)\n' "$form" "$tool" "$limit"
  else
    printf 'FAIL %s %s (exit %d)\n' "$form" "$tool" "$status"
  fi
  show_failure "$last_log"
  printf '     full output: %s\n' "${last_log#"$root"/}"
  return 1
}

fail_line() {  # FORM TOOL MESSAGE: a failure that has no tool output
  failed=$((failed + 1))
  printf 'FAIL %s %s\n     | %s\n' "$1" "$2" "$3"
}

# check_output FORM PATH: PATH is a bag folder or a .zip/.tar/.tar.gz bag.
check_output() {
  local form=$1 out=$2 bag
  if [ -d "$out" ]; then
    bag=$out
  elif [ -f "$out" ]; then
    run_check "$form" extract "$py" "$scripts/extract_bag.py" "$out" "$work/extract/$(slug "$form")" || return 0
    bag=$(sed -n 1p "$last_log")
  else
    fail_line "$form" output "nothing at $out"
    return 0
  fi
  run_check "$form" bagit.py "$venv/bin/bagit.py" --validate "$bag" || true
  run_check "$form" rocrate-validator env NO_COLOR=1 TERM=dumb COLUMNS=100 \
    "$venv/bin/rocrate-validator" -y --disable-color validate -p ro-crate-1.2 -l required \
    -v --no-paging ${validator_network[@]+"${validator_network[@]}"} "$bag/data" || true
  run_check "$form" ro-crate-py "$py" "$scripts/load_crate.py" "$bag/data" || true
  if have_fairpack; then
    run_check "$form" fairpack-verify "$FAIRPACK" verify "$out" || true
  fi
}

if [ "${#given[@]}" -gt 0 ]; then
  have_fairpack || echo "interop: note: no fairpack binary at $FAIRPACK: fairpack verify is not run"
  for out in "${given[@]}"; do
    form=$(basename "$out")
    [ -d "$out" ] && form=$form/
    check_output "$form" "$out"
  done
else
  samples=()
  for dir in Samples/*/; do
    name=$(basename "$dir")
    case "$name" in *-draft) continue ;; esac
    samples+=("$name")
  done
  [ "${#samples[@]}" -gt 0 ] || die "no sample deposit under Samples/"
  # Real-shaped deposits besides the samples: NFD names (as macOS writes them) and a deposit that
  # already holds an RO-Crate; tar forms of them are also extracted with GNU tar and checked by bagit.py.
  "$py" "$scripts/make_interop_deposits.py" "$work/deposits" >/dev/null || die "could not write the interop deposits"
  deposits=()
  for name in "${samples[@]}"; do deposits+=("Samples/$name"); done
  deposits+=("$work/deposits/nfd-names" "$work/deposits/existing-crate")
  for source in "${deposits[@]}"; do
    name=$(basename "$source")
    for suffix in "" .zip .tar .tar.gz; do
      out=$work/out/$name$suffix
      form=$name$suffix
      [ -n "$suffix" ] || form=$name/
      run_check "$form" fairpack-pack "$FAIRPACK" pack "$source" -o "$out" --force || continue
      check_output "$form" "$out"
      case "$source:$suffix" in
        */deposits/*:.tar|*/deposits/*:.tar.gz)
          mkdir -p "$work/gnutar/$(slug "$form")"
          if run_check "$form" gnu-tar-extract tar -xf "$out" -C "$work/gnutar/$(slug "$form")"; then
            run_check "$form" bagit.py-after-gnu-tar "$venv/bin/bagit.py" --validate "$work/gnutar/$(slug "$form")/$name" || true
          fi ;;
      esac
    done
  done
fi

# --- verdicts on crates made elsewhere: fairpack verify against rocrate-validator ------------------
# Small crate folders, valid and broken (scripts/make_interop_crates.py): both tools must give the
# same verdict, the validator at REQUIRED level with the profile of the crate's version.
verdict() { case "$1" in 0) echo valid ;; 1) echo invalid ;; *) echo "error (exit $1)" ;; esac; }
if have_fairpack; then
  "$py" "$scripts/make_interop_crates.py" "$work/crates" >"$work/crates.list" || die "could not write the interop crates"
  while read -r name version; do
    crate=$work/crates/$name
    reference_log=$logs/crate.$(slug "$name").rocrate-validator.log
    status=0
    timeout -k 10 "$limit" env NO_COLOR=1 TERM=dumb COLUMNS=100 "$venv/bin/rocrate-validator" -y --disable-color \
      validate -p "ro-crate-$version" -l required -v --no-paging ${validator_network[@]+"${validator_network[@]}"} \
      "$crate" >"$reference_log" 2>&1 || status=$?
    reference=$(verdict "$status")
    status=0
    "$FAIRPACK" verify "$crate" >"$logs/crate.$(slug "$name").fairpack.log" 2>&1 || status=$?
    ours=$(verdict "$status")
    if [ "$reference" = "$ours" ] && [ "${ours%% *}" != error ]; then
      passed=$((passed + 1))
      printf 'ok   crate %s: both say %s\n' "$name" "$ours"
    else
      fail_line "crate $name" verdicts "rocrate-validator says $reference, fairpack verify says $ours"
      show_failure "$reference_log"
      show_failure "$logs/crate.$(slug "$name").fairpack.log"
    fi
  done <"$work/crates.list"
fi

# --- the reports of the draft sample: SARIF against the 2.1.0 schema (jsonschema), JUnit read by
# junitparser with its counts compared with the JSON report's summary ----------------------------
if have_fairpack; then
  sarif_schema=${SARIF_SCHEMA:-$root/../shared/reference/sarif/sarif-schema-2.1.0.json}
  reports=$work/reports
  if run_check gtnum-reve-draft fairpack-reports sh -c '"$1" check Samples/gtnum-reve-draft --quiet \
      --format json,sarif,junit --output-dir "$2"; [ $? -eq 1 ]' reports "$FAIRPACK" "$reports"; then
    if [ -f "$sarif_schema" ]; then
      run_check report.sarif jsonschema "$py" "$scripts/check_sarif.py" "$sarif_schema" "$reports/report.sarif" || true
    else
      fail_line report.sarif jsonschema "no SARIF 2.1.0 schema at $sarif_schema (set SARIF_SCHEMA)"
    fi
    run_check report.junit.xml junitparser "$py" "$scripts/check_junit.py" "$reports/report.junit.xml" "$reports/report.json" || true
  fi
fi

total=$((passed + failed))
echo "interop: ran $total checks in ${SECONDS} s"
printf 'interop: %d passed, %d failed\n' "$passed" "$failed"
[ "$total" -gt 0 ] || { echo "interop: error: no check ran" >&2; exit 1; }
[ "$failed" -eq 0 ]
