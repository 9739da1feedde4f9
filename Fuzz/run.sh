#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer, then runs each for a bounded time, one after the
# other (`make fuzz`). FUZZ_SECONDS (60) is each target's time, FUZZ_TARGETS the targets to run. The corpus grows
# in .build/fuzz-work/corpus/TARGET across runs; a crash, leak or timeout stops that target and leaves its input
# in .build/fuzz-work/crashes/TARGET/, replayable with `swift run nianbao-fuzz TARGET FILE`.
set -uo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-text html docx word-xml encoding file}
WORK=.build/fuzz-work
mkdir -p "$WORK"

# SwiftPM links with gold, which fails on the sanitizer runtime here; the toolchain's lld links it.
LLD="$(dirname "$(readlink -f "$(command -v "$SWIFT")")")/ld.lld"
printf '{"schemaVersion": "1.0", "linker": {"path": "%s"}}\n' "$LLD" > "$WORK/toolset.json"
"$SWIFT" build -c release --product nianbao-fuzz --scratch-path .build/fuzz --toolset "$WORK/toolset.json" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING || exit 1
FUZZER=.build/fuzz/release/nianbao-fuzz
python3 Fuzz/prepare.py "$WORK" || exit 1

failed=()
for target in $TARGETS; do
    mkdir -p "$WORK/crashes/$target"
    echo "== $target: ${SECONDS_EACH} s (log: $WORK/$target.log)"
    # -timeout: an input that takes longer is a hang; the corpus folder receives the new inputs.
    # Swift's own crash reporter would run inside AddressSanitizer and be reported in place of the crash.
    NIANBAO_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$FUZZER" \
        -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=4096 -max_len=262144 -print_final_stats=1 \
        -dict="$WORK/$target.dict" -artifact_prefix="$WORK/crashes/$target/" \
        "$WORK/corpus/$target" > "$WORK/$target.log" 2>&1
    status=$?
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb))' "$WORK/$target.log" | sed 's/^/   /'
    echo "   corpus: $(ls "$WORK/corpus/$target" | wc -l) inputs"
    if [ $status -ne 0 ]; then
        failed+=("$target")
        echo "   FAILED (status $status): $(grep -m1 -E 'Fatal error|ERROR|SUMMARY|deadly signal' "$WORK/$target.log")"
        ls "$WORK/crashes/$target" | sed "s|^|   input: $WORK/crashes/$target/|"
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]}"
    exit 1
fi
echo "no crash in: $TARGETS"
