#!/bin/sh
# Builds the libFuzzer targets (fuzz preset, clang) and runs each for SECONDS on
# its seed corpus; a crash, leak, timeout or sanitizer report fails.
# Usage: fuzz-smoke.sh SOURCE_DIR SECONDS target...
set -eu
src=$1; seconds=$2; shift 2
cd "$src"
start=$(date +%s)
cmake --preset fuzz -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build --preset fuzz --target fuzz_targets -j 2
built=$(date +%s)
failed=""
for t in "$@"; do
    work=build/fuzz/smoke/$t
    rm -rf "$work"; mkdir -p "$work/corpus"
    if ! build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -rss_limit_mb=2048 \
            -timeout=10 -max_len=65536 -artifact_prefix="$work/" -print_final_stats=1 \
            "$work/corpus" "build/fuzz/tests/fuzz/seeds/$t" >"$work/log" 2>&1; then
        echo "fuzz_smoke: $t failed; tail of $src/$work/log:"
        tail -n 40 "$work/log"
        failed="$failed $t"
    else
        echo "fuzz_smoke: $t $(grep -E '^stat::number_of_executed_units' "$work/log" | awk '{print $2}') runs"
    fi
done
end=$(date +%s)
echo "fuzz_smoke: build $((built - start)) s, fuzzing $((end - built)) s"
[ -z "$failed" ] || { echo "fuzz_smoke: failed:$failed"; exit 1; }
