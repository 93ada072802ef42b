#!/bin/sh
# The whole suite under ASan + UBSan in its own build (build/asan), for CI:
# any sanitizer report fails, even one printed by a test that still passed.
set -eu
src=$1
cd "$src"
start=$(date +%s)
cmake --preset asan >/dev/null
cmake --build --preset asan -j 2
built=$(date +%s)
log=build/asan/asan-suite.log
status=0
# The nested tests (this one, fuzz_smoke) would recurse; the asan build skips them anyway.
ctest --preset asan -LE nested -j 2 --output-log "$log" || status=$?
end=$(date +%s)
echo "asan_suite: build $((built - start)) s, tests $((end - built)) s"
if grep -En "ERROR: (Address|Leak)Sanitizer|runtime error:|SUMMARY: UndefinedBehaviorSanitizer" "$log"; then
    echo "asan_suite: sanitizer report above (full log: $src/$log)"
    exit 1
fi
exit "$status"
