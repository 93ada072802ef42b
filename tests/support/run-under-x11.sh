#!/bin/sh
# run-under-x11.sh TIMES TEST [ARGS...]: runs a Qt test TIMES times, each in a
# fresh process on its own Xvfb server, as a person's fresh starts of the app.
set -eu
times=$1
shift
# Under ASan: GStreamer unloads plugins (video4linux, Mesa's driver) that leak
# before LeakSanitizer looks, and their leaks cannot be named in a suppression.
# Memory errors are still checked; only the leak check is off for these runs.
if [ -n "${ASAN_OPTIONS:-}" ]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0"
fi
run=0
while [ "$run" -lt "$times" ]; do
    run=$((run + 1))
    echo "run $run of $times"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" "$@"
done
