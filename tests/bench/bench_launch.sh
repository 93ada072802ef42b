#!/usr/bin/env bash
# Launch to the chapter's picture on screen, as a person sees it, side by side
# with the floor, all on one Xvfb server in one run:
#   app     forum-archive --catalog resources/sample-archive --session s3
#           (the path of `forum-archive LINK` and `--session`)
#   bare    bare_player day-1.webm 60000 (QMediaPlayer + QVideoWidget, seek on
#           seekableChanged: the least a Qt 6.4 program does)
#   mpv     mpv --start=60 on the same file, when mpv is installed
#   enter   forum-archive --catalog resources/sample-archive --select s3 (s3
#           selected, not played, the keyboard focus in the session list);
#           xprobe focuses the window as a window manager would and sends
#           Return once it has been mapped for 1.5 s: the time from the key to
#           the picture (the first play inside a running window)
# Chapter 3 of day-1 starts at 1:00 and is blue (#304fd0 as decoded); xprobe
# reads the whole screen every 5 ms and reports when 1,600 px of that colour
# show. Runs alternate between the programs. Targets: app <= 1.2 x bare
# (medians), enter <= 500 ms. See RESULTS.md.
#
#   tests/bench/bench_launch.sh [BUILD_DIR] [RUNS]     (default build/default, 8)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
runs=${2:-8}
app=$build/app/main/forum-archive
bare=$build/tests/bench/bare_player
xprobe=$build/tests/bench/xprobe
sample=$root/resources/sample-archive
media=$sample/media/day-1.webm
colour=304fd0

if [[ ${FA_BENCH_INNER:-} != 1 ]]; then
    for f in "$app" "$bare" "$xprobe"; do
        [[ -x $f ]] || { echo "missing $f (cmake --build $build --target forum-archive bare_player xprobe)" >&2; exit 2; }
    done
    command -v xvfb-run >/dev/null || { echo "xvfb-run not found (apt-get install -y xvfb xauth)" >&2; exit 2; }
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
probe() { # label, then the program: prints the colour time or "-"
    local label=$1
    shift
    local out
    if out=$("$xprobe" --colour "$colour" --timeout 15 "$@" 2>/dev/null); then
        sed -n "s/^$label: //p" <<<"$out"
    else
        echo "-"
    fi
}

have_mpv=0
command -v mpv >/dev/null && have_mpv=1

# Warm-up: page cache, fontconfig and GStreamer registry caches for everyone.
probe colour-ms -- "$bare" "$media" 60000 >/dev/null
probe colour-ms -- "$app" --no-restore --catalog "$sample" --session s3 >/dev/null
probe keys-to-colour-ms --keys Return --keys-after 1500 -- "$app" --catalog "$sample" --select s3 >/dev/null

apps=() bares=() mpvs=() enters=()
for ((i = 0; i < runs; i++)); do
    apps+=("$(probe colour-ms -- "$app" --catalog "$sample" --session s3)")
    bares+=("$(probe colour-ms -- "$bare" "$media" 60000)")
    if ((have_mpv)); then
        mpvs+=("$(probe colour-ms -- mpv --no-config --really-quiet --no-audio --start=60 \
            --geometry=640x360 --keep-open=yes "$media")")
    fi
    enters+=("$(probe keys-to-colour-ms --keys Return --keys-after 1500 -- "$app" --catalog "$sample" --select s3)")
done

report() { # name target-text values...
    local name=$1 note=$2
    shift 2
    local ok=() missed=0 v
    for v in "$@"; do [[ $v == - ]] && missed=$((missed + 1)) || ok+=("$v"); done
    if ((${#ok[@]} == 0)); then
        printf '%-34s never seen (%d runs)\n' "$name" "$#"
        return
    fi
    read -r m lo hi < <(printf '%s\n' "${ok[@]}" | stats)
    printf '%-34s median %7.1f ms  min %7.1f  max %7.1f  (%d runs, %d not seen)%s\n' \
        "$name" "$m" "$lo" "$hi" "$#" "$missed" "$note"
    eval "median_${name%% *}=$m"
}

printf 'Xvfb 1280x800, %d runs each, load average %s\n' "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
report "app --session s3" "" "${apps[@]}"
report "bare Qt player" "" "${bares[@]}"
((have_mpv)) && report "mpv" "" "${mpvs[@]}"
report "enter (key to picture)" "" "${enters[@]}"
if [[ -n ${median_app:-} && -n ${median_bare:-} ]]; then
    ratio=$(awk -v a="$median_app" -v b="$median_bare" 'BEGIN { printf "%.2f", a / b }')
    verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.2 ? "met" : "MISSED") }')
    printf 'app / bare: %s (target <= 1.2: %s)\n' "$ratio" "$verdict"
fi
if [[ -n ${median_enter:-} ]]; then
    verdict=$(awk -v m="$median_enter" 'BEGIN { print (m <= 500 ? "met" : "MISSED") }')
    printf 'enter: median %s ms (target <= 500 ms: %s)\n' "$median_enter" "$verdict"
fi
