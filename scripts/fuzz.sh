#!/usr/bin/env bash
# Runs the libFuzzer harness built by `make fuzz` on each target for FUZZ_SECONDS seconds (default 60),
# from the seeds in Tests/Fuzz/corpus/<target> (copied: the shipped corpus is never changed). Fails on
# any crash, hang (more than 10 s on one input), leak or memory blow-up, and leaves the input that
# caused it in .build-fuzz/artifacts/. FUZZ_TARGETS="csv pdf" runs only those.
set -u
cd "$(dirname "$0")/.."
BIN=.build-fuzz/debug/fairpack-fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"yaml profile csv pdf licence format dmp archive crate"}
[ -x "$BIN" ] || { echo "fuzz: $BIN is missing; run make fuzz" >&2; exit 2; }
mkdir -p .build-fuzz/artifacts
failed=""
for target in $TARGETS; do
    work=.build-fuzz/corpus/$target
    mkdir -p "$work"
    echo "fuzz: $target for ${SECONDS_EACH}s"
    if ! FAIRPACK_FUZZ_TARGET=$target "$BIN" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
            -max_len=65536 -print_final_stats=1 -artifact_prefix=".build-fuzz/artifacts/$target-" \
            "$work" "Tests/Fuzz/corpus/$target" > ".build-fuzz/$target.log" 2>&1; then
        echo "fuzz: $target FAILED; see .build-fuzz/$target.log and .build-fuzz/artifacts/$target-*" >&2
        failed="$failed $target"
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" ".build-fuzz/$target.log" | tr '\n' ' ' | sed 's/^/fuzz:   /'
    echo
done
if [ -n "$failed" ]; then echo "fuzz: failures in:$failed" >&2; exit 1; fi
echo "fuzz: every target ran ${SECONDS_EACH}s without a crash, hang or leak"
