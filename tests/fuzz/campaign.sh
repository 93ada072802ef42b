#!/bin/sh
# Long local fuzzing: runs the given targets (default: all) two at a time for
# SECONDS each (default 600), continuing past crashes, artifacts in OUT.
# Usage: tests/fuzz/campaign.sh BUILD_DIR OUT [SECONDS] [target...]
set -eu
build=$1; out=$2; seconds=${3:-600}
shift 2; [ $# -gt 0 ] && shift
targets=${*:-"catalog frab_xml schedule_json youtube_chapters webvtt_chapters timecode webvtt_subtitles srt_subtitles"}
mkdir -p "$out"
run() {
    t=$1
    mkdir -p "$out/corpus-$t" "$out/artifacts-$t"
    "$build/tests/fuzz/fuzz_$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
        -artifact_prefix="$out/artifacts-$t/" "$out/corpus-$t" "$build/tests/fuzz/seeds/$t" \
        >"$out/$t.log" 2>&1 || true
}
set -- $targets
while [ $# -gt 0 ]; do
    run "$1" &
    if [ $# -gt 1 ]; then run "$2" & shift; fi
    shift
    wait
done
