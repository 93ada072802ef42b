#!/usr/bin/env bash
# Import as a person waits for it: the whole `forum-archive-catalog import`
# process (read, parse, build, serialize, read back, write with -o) on the
# largest real schedule, beside `xmllint --noout --stream` on the same file in
# the same run. Prints median/min/max of RUNS runs each and the ratio of the
# medians. Target: ratio <= 3. See RESULTS.md.
#
#   tests/bench/bench_import.sh [CLI] [RUNS] [SCHEDULE]
#
# CLI defaults to build/default/app/cli/forum-archive-catalog, RUNS to 15,
# SCHEDULE to ../shared/schedules/36c3-merged.schedule.xml. The runs of the two
# programs alternate, so that load from other processes hits both alike.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${1:-$root/build/default/app/cli/forum-archive-catalog}
runs=${2:-15}
schedule=${3:-$root/../shared/schedules/36c3-merged.schedule.xml}

[[ -x $cli ]] || { echo "no executable at $cli (cmake --build build/default --target forum-archive-catalog)" >&2; exit 2; }
[[ -r $schedule ]] || { echo "cannot read $schedule" >&2; exit 2; }
command -v xmllint >/dev/null || { echo "xmllint not found (apt-get install -y libxml2-utils)" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

ms_of() { # runs "$@" once, prints its wall time in ms (fork to exit)
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    awk -v d=$((t1 - t0)) 'BEGIN { printf "%.1f\n", d / 1e6 }'
}
stats() { # median min max of the numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END {
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%s %s %s\n", m, v[1], v[NR] }'
}

# Warm-up: page cache for both programs, their libraries and the file.
"$cli" import "$schedule" -o "$out/catalog.json" >/dev/null
xmllint --noout --stream "$schedule"

cli_times=()
xml_times=()
for ((i = 0; i < runs; i++)); do
    cli_times+=("$(ms_of "$cli" import "$schedule" -o "$out/catalog.json")")
    xml_times+=("$(ms_of xmllint --noout --stream "$schedule")")
done
read -r cm cmin cmax < <(printf '%s\n' "${cli_times[@]}" | stats)
read -r xm xmin xmax < <(printf '%s\n' "${xml_times[@]}" | stats)
ratio=$(awk -v a="$cm" -v b="$xm" 'BEGIN { printf "%.1f", a / b }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 3 ? "met" : "MISSED") }')
printf 'file: %s (%s bytes), %d runs each, load average %s\n' "$(basename "$schedule")" \
    "$(stat -c %s "$schedule")" "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
printf 'forum-archive-catalog import -o: median %s ms (min %s, max %s)\n' "$cm" "$cmin" "$cmax"
printf 'xmllint --noout --stream:        median %s ms (min %s, max %s)\n' "$xm" "$xmin" "$xmax"
printf 'ratio %s (target <= 3: %s)\n' "$ratio" "$verdict"
