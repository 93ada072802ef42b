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
# French typography: a no-break space (U+00A0, &#xa0; in the file) goes before
# : ; ? ! and » and after «. An ordinary space there lets the line break between
# the word and its sign. Addresses (https://…) and times (1:30) are left out.
typography=$(LC_ALL=C awk '
  /<translation/ { inside = 1 }
  inside {
    text = $0
    gsub(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^ <]*/, "", text)
    gsub(/[0-9]+(:[0-9]+)+/, "", text)
    if (text ~ / [:;?!]/ || text ~ / »/ || text ~ /« /) {
      line = $0
      sub(/^[ \t]+/, "", line)
      print FILENAME ":" FNR ": " line
    }
  }
  /<\/translation>/ { inside = 0 }
' translations/forum-archive_fr.ts)
if [ -n "$typography" ]; then
  echo "forum-archive_fr.ts: an ordinary space before : ; ? ! » or after « (use a no-break space, &#xa0;):"
  echo "$typography" | head -20
  status=1
fi
[ $status -eq 0 ] && echo "translations complete: fr, es and English plural forms match the code"
exit $status
