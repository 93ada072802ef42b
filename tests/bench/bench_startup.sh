#!/usr/bin/env bash
# Start-up as a person sees it: from fork to the first top-level window mapped
# on the X server (xprobe watches MapNotify on the root window), for three
# programs in the same run on one Xvfb server, alternating:
#   forum-archive   with its embedded catalog, fresh settings (--no-restore)
#   ConfClerk       a Qt schedule app (Debian package confclerk; installed here
#                   when missing and this runs as root)
#   bare_window     a Qt Widgets window and nothing else (tests/bench)
# Median of RUNS (default 7) after one warm-up each. Targets: forum-archive
# <= 0.6 x ConfClerk and <= 1.5 x bare_window. See RESULTS.md.
#
#   tests/bench/bench_startup.sh [BUILD_DIR] [RUNS]     (default build/default, 7)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
runs=${2:-7}
app=$build/app/main/forum-archive
bare=$build/tests/bench/bare_window
xprobe=$build/tests/bench/xprobe

if [[ ${FA_BENCH_INNER:-} != 1 ]]; then
    for f in "$app" "$bare" "$xprobe"; do
        [[ -x $f ]] || { echo "missing $f (cmake --build $build --target forum-archive bare_window xprobe)" >&2; exit 2; }
    done
    command -v xvfb-run >/dev/null || { echo "xvfb-run not found (apt-get install -y xvfb xauth)" >&2; exit 2; }
    if ! command -v confclerk >/dev/null; then
        if [[ $(id -u) == 0 ]]; then
            echo "installing confclerk (the comparison) ..." >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq confclerk >/dev/null ||
                { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq confclerk >/dev/null; }
        fi
    fi
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
    chmod 700 "$home/runtime"
    export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
        XDG_CACHE_HOME=$home/cache XDG_RUNTIME_DIR=$home/runtime
    export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en FA_BENCH_INNER=1 QT_QPA_PLATFORM=xcb
    unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$build" "$runs"
fi

stats() { # median min max of the numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END {
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%s %s %s\n", m, v[1], v[NR] }'
}
mapped() { # the program: prints its fork-to-mapped time in ms, or "-"
    local out
    if out=$("$xprobe" --timeout 10 -- "$@" 2>/dev/null); then
        sed -n 's/^mapped-ms: //p' <<<"$out"
    else
        echo "-"
    fi
}

have_confclerk=0
command -v confclerk >/dev/null && have_confclerk=1

# Warm-up: page cache, fontconfig cache, ConfClerk's first-run database.
mapped "$app" --no-restore >/dev/null
mapped "$bare" >/dev/null
((have_confclerk)) && mapped confclerk >/dev/null

apps=() bares=() clerks=()
for ((i = 0; i < runs; i++)); do
    apps+=("$(mapped "$app" --no-restore)")
    bares+=("$(mapped "$bare")")
    ((have_confclerk)) && clerks+=("$(mapped confclerk)")
done

summary() { # values... -> "median min max" of those seen
    printf '%s\n' "$@" | grep -v '^-$' | stats
}
show() { # name median min max
    printf '%-14s median %6.1f ms  min %6.1f  max %6.1f\n' "$1" "$2" "$3" "$4"
}
printf 'Xvfb 1280x800, fork to window mapped, %d runs each, load average %s\n' "$runs" \
    "$(cut -d' ' -f1 /proc/loadavg)"
read -r am alo ahi < <(summary "${apps[@]}")
read -r bm blo bhi < <(summary "${bares[@]}")
show forum-archive "$am" "$alo" "$ahi"
show bare_window "$bm" "$blo" "$bhi"
if ((have_confclerk)); then
    read -r cm clo chi < <(summary "${clerks[@]}")
    show confclerk "$cm" "$clo" "$chi"
fi
awk -v a="$am" -v b="$bm" 'BEGIN {
    r = a / b; printf "forum-archive / bare_window: %.2f (target <= 1.5: %s)\n", r, r <= 1.5 ? "met" : "MISSED" }'
if ((have_confclerk)); then
    awk -v a="$am" -v c="$cm" 'BEGIN {
        r = a / c; printf "forum-archive / ConfClerk: %.2f (target <= 0.6: %s)\n", r, r <= 0.6 ? "met" : "MISSED" }'
else
    echo "ConfClerk not installed (apt-get install -y confclerk): no comparison"
fi
