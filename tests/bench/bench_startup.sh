#!/usr/bin/env bash
# Start-up benchmark: process start to the main window's first paint with the
# embedded catalog. Runs `forum-archive --startup-probe` (which prints
# "first-paint-ms: N" after the first paint and quits) RUNS times under the
# offscreen platform and under Xvfb, and reports median/min/max of the printed
# time and of the whole process wall time. Target: <= 250 ms. See RESULTS.md.
#
#   tests/bench/bench_startup.sh [APP] [RUNS]
#
# APP defaults to build/bench/app/main/forum-archive, RUNS to 15. One warm-up
# run per platform is not counted. Settings and user data live in a fresh
# temporary HOME so the user's own never leak in.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$root/build/bench/app/main/forum-archive}
runs=${2:-15}

# Inner mode: run one series on the platform already set up by the caller.
if [[ ${FA_BENCH_INNER:-} == 1 ]]; then
    stats() { # prints "median min max" of the numbers on stdin
        sort -n | awk '{ v[NR] = $1 } END {
            m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%s %s %s\n", m, v[1], v[NR] }'
    }
    "$app" --startup-probe >/dev/null 2>&1 || true # warm-up: page cache, fontconfig cache
    paint=()
    wall=()
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        out=$("$app" --startup-probe 2>/dev/null)
        t1=$(date +%s%N)
        ms=$(sed -n 's/^first-paint-ms: \([0-9]*\)$/\1/p' <<<"$out")
        if [[ -z $ms ]]; then
            echo "run $i: no first-paint-ms line in: $out" >&2
            exit 1
        fi
        paint+=("$ms")
        wall+=($(((t1 - t0) / 1000000)))
    done
    read -r pm pmin pmax < <(printf '%s\n' "${paint[@]}" | stats)
    read -r wm wmin wmax < <(printf '%s\n' "${wall[@]}" | stats)
    verdict=$(awk -v m="$pm" 'BEGIN { print (m <= 250 ? "met" : "MISSED") }')
    printf '%-10s first paint: median %s ms, min %s, max %s | process wall: median %s ms, min %s, max %s | target <= 250 ms %s (%d runs)\n' \
        "$QT_QPA_PLATFORM" "$pm" "$pmin" "$pmax" "$wm" "$wmin" "$wmax" "$verdict" "$runs"
    exit 0
fi

if [[ ! -x $app ]]; then
    echo "no executable at $app; build it: cmake --build build/bench --target forum-archive" >&2
    exit 2
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
chmod 700 "$home/runtime"
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
    XDG_CACHE_HOME=$home/cache XDG_RUNTIME_DIR=$home/runtime
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en FA_BENCH_INNER=1
unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS

QT_QPA_PLATFORM=offscreen "$0" "$app" "$runs"

if command -v xvfb-run >/dev/null; then
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$app" "$runs"
else
    echo "xvfb-run not found (apt-get install -y xvfb xauth): Xvfb series skipped" >&2
fi
