#!/usr/bin/env bash
# Regenerates the test media of the Forum Archive sample archive (media/*.webm).
#
# Every chapter is one solid colour filling the frame, with its title drawn in
# the top third and the recording/chapter in the bottom third; the 40x40 box
# around the frame centre is always free of text, so tests can sample the pure
# colour there. Each chapter starts on a keyframe and there is a keyframe
# every second. The audio is a quiet sine tone with a different pitch per
# chapter.
#
# Requirements: ffmpeg (with libvpx, libopus, libfreetype) and fonts-dejavu-core
#   apt-get install -y ffmpeg fonts-dejavu-core
#
# Usage: ./generate-media.sh        (from any directory)
# Writes only media/*.webm next to this script, then prints their durations.
# The output is deterministic: bit-exact flags and a single encoder thread.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
media="$here/media"
font="${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}"

for tool in ffmpeg ffprobe; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found (apt-get install -y ffmpeg)" >&2; exit 1; }
done
[[ -r "$font" ]] || { echo "error: font $font not found (apt-get install -y fonts-dejavu-core)" >&2; exit 1; }

readonly SIZE=320x180 FPS=12 OPUS_PRESKIP=312

mkdir -p "$media"

# One chapter: "colour|tone Hz|seconds|big line|title line|bottom line".
# Texts must not contain ' : , \ % (they are embedded in a filter graph).
chapter_filters() { # index spec -> prints "[vN]...;[aN]...;"
    local i="$1" colour tone secs big title bottom
    IFS='|' read -r colour tone secs big title bottom <<<"$2"
    local dt="drawtext=fontfile=$font:fontcolor=white:borderw=2:bordercolor=black:x=(w-text_w)/2"
    printf '%s' "color=c=0x${colour}:s=${SIZE}:r=${FPS}:d=${secs},format=yuv420p,"
    printf '%s' "${dt}:fontsize=26:y=8:text='${big}',"
    printf '%s' "${dt}:fontsize=14:y=42:text='${title}',"
    printf '%s' "${dt}:fontsize=12:y=h-24:text='${bottom}'[v$i];"
    printf '%s' "sine=frequency=${tone}:sample_rate=48000:samples_per_frame=960:duration=${secs},volume=0.25,aformat=channel_layouts=mono[a$i];"
}

# make OUTPUT CHAPTER...
make_recording() {
    local out="$1"; shift
    local graph="" inputs="" i=0 samples=0 spec
    for spec in "$@"; do
        graph+="$(chapter_filters "$i" "$spec")"
        inputs+="[v$i][a$i]"
        samples=$((samples + 48000 * $(cut -d'|' -f3 <<<"$spec")))
        i=$((i + 1))
    done
    # Opus starts with a pre-skip of 312 samples, which ffmpeg's WebM muxer
    # would otherwise compensate by shifting the video away from 0. Starting
    # the audio at +312 samples (and ending it 312 samples early) keeps the
    # video, its keyframes and the chapter starts on exact seconds and the
    # file exactly as long as its chapters.
    graph+="${inputs}concat=n=$i:v=1:a=1[v][acat];"
    graph+="[acat]atrim=end_sample=$((samples - OPUS_PRESKIP)),asetpts=PTS+${OPUS_PRESKIP}/SR/TB[a]"

    ffmpeg -hide_banner -loglevel error -y -nostdin \
        -filter_complex "$graph" -map '[v]' -map '[a]' \
        -c:v libvpx -threads 1 -deadline good -cpu-used 0 -b:v 40k -crf 20 -qmax 30 \
        -g "$FPS" -force_key_frames 'expr:gte(t,n_forced*1)' -auto-alt-ref 0 \
        -colorspace smpte170m -color_primaries smpte170m -color_trc smpte170m -color_range tv \
        -c:a libopus -b:a 12k -ac 1 -ar 48000 \
        -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
        -map_metadata -1 -metadata title="Forum Archive sample media - $(basename "$out" .webm)" \
        "$media/$out"
}

# Day recordings: three 30 s chapters back to back (at 0, 30 and 60 s).
make_recording day-1.webm \
    "d03030|330|30|Day 1 · Session 1|Opening - why formalization matters|day-1-en · chapter 1 · at 0 s" \
    "30b040|440|30|Day 1 · Session 2|Financing small-scale miners|day-1-en · chapter 2 · at 30 s" \
    "3050d0|550|30|Day 1 · Session 3|Traceability technologies|day-1-en · chapter 3 · at 60 s"

make_recording day-2.webm \
    "e0d020|392|30|Day 2 · Session 4|Digital payments for miners|day-2-en · chapter 1 · at 0 s" \
    "c030c0|494|30|Day 2 · Session 5|Cooperatives and legal frameworks|day-2-en · chapter 2 · at 30 s" \
    "20b8d0|587|30|Day 2 · Session 6|Closing - lessons and next steps|day-2-en · chapter 3 · at 60 s"

# Per-session interpreted recordings: one 20 s chapter each.
make_recording s2-fr.webm \
    "f08020|660|20|Français|Financer les petits mineurs|s2-fr · session 2 · at 0 s"
make_recording s2-es.webm \
    "7030a0|698|20|Español|Financiar a los pequeños mineros|s2-es · session 2 · at 0 s"
make_recording s4-fr.webm \
    "f080c0|740|20|Français|Paiements numériques|s4-fr · session 4 · at 0 s"
make_recording s4-es.webm \
    "107870|784|20|Español|Pagos digitales|s4-es · session 4 · at 0 s"

for f in day-1 day-2 s2-fr s2-es s4-fr s4-es; do
    printf '%-12s %s s\n' "$f.webm" \
        "$(ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$media/$f.webm")"
done
