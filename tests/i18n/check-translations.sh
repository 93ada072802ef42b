#!/bin/sh
# Fails when the .ts files are not up to date with the code: a string in the
# code missing from them, an unfinished or an obsolete entry.
set -eu
source_dir=$1
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/translations/*.ts "$work/"
cd "$source_dir"
# Without -no-obsolete, strings gone from the code show up as vanished entries.
"$lupdate" -silent -locations none app ui -ts "$work/forum-archive_fr.ts" "$work/forum-archive_es.ts"
"$lupdate" -silent -locations none -pluralonly app ui -ts "$work/forum-archive_en.ts"
status=0
for ts in "$work"/forum-archive_fr.ts "$work"/forum-archive_es.ts "$work"/forum-archive_en.ts; do
  name=$(basename "$ts")
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  obsolete=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
  if [ "$unfinished" -ne 0 ] || [ "$obsolete" -ne 0 ]; then
    echo "$name: $unfinished unfinished (new or untranslated) and $obsolete obsolete entries; run translations/update.sh and translate"
    grep -B3 'type="unfinished"\|type="vanished"\|type="obsolete"' "$ts" | grep '<source>' | head -20
    status=1
  fi
done
[ $status -eq 0 ] && echo "translations complete: fr, es and English plural forms match the code"
exit $status
