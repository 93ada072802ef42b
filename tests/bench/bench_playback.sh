#!/usr/bin/env bash
# The playback series of RESULTS.md: bench_playback's seek and open cases
# (SAMPLES each) offscreen (QVideoSink) and under Xvfb (SubtitleVideoView and
# QVideoWidget, the screen's pixel), then the very first play of a process,
# SAMPLES fresh processes per view under Xvfb, the window shown after the
# request as `forum-archive --session` does. Prints median, p95 and max.
#
#   tests/bench/bench_playback.sh [BUILD_DIR] [SAMPLES]   (default build/default, 30)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/default}
samples=${2:-30}
bench=$build/tests/bench/bench_playback
[[ -x $bench ]] || { echo "missing $bench (cmake --build $build --target bench_playback)" >&2; exit 2; }
export LANG=C.UTF-8 LC_ALL=C.UTF-8

if [[ ${FA_BENCH_INNER:-} == first ]]; then # one view's first plays, on the caller's display
    view=$3
    values=() reseeks=0 missed=0
    for ((i = 0; i < samples; i++)); do
        out=$("$bench" --view "$view" --first --show-late 2>/dev/null || true)
        ms=$(sed -n 's/^first-play-ms: //p' <<<"$out")
        r=$(sed -n 's/^reseeks: //p' <<<"$out")
        reseeks=$((reseeks + ${r:-0}))
        if [[ -z $ms || $ms == -1.0 ]]; then missed=$((missed + 1)); else values+=("$ms"); fi
    done
    printf '%s\n' "${values[@]}" | sort -n | awk -v view="$view" -v m="$missed" -v r="$reseeks" '
        { v[NR] = $1 }
        END {
            p95 = v[int(NR * 0.95 + 0.999)]
            med = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "first   median %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d samples, %d missed, %d late re-seeks) %s, window shown after the request\n",
                med, p95, v[NR], NR, m, r, view }'
    exit 0
fi

echo "load average $(cut -d' ' -f1 /proc/loadavg)"
echo "== offscreen, QVideoSink"
QT_QPA_PLATFORM=offscreen "$bench" --view sink --samples "$samples" 2>/dev/null
for view in subtitleview videowidget; do
    echo "== Xvfb, $view"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
        "$bench" --view "$view" --samples "$samples" 2>/dev/null
done
for view in subtitleview videowidget; do
    QT_QPA_PLATFORM=xcb FA_BENCH_INNER=first xvfb-run -a -s "-screen 0 1280x800x24" \
        "$0" "$build" "$samples" "$view"
done
echo "load average $(cut -d' ' -f1 /proc/loadavg)"
