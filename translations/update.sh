#!/bin/sh
# Refreshes the .ts files from the sources: fr and es in full, en for plural forms only.
set -eu
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
store=$(mktemp -d)
trap 'rm -rf "$store"' EXIT
for lang in fr es; do
  python3 translations/carry-over.py save "translations/forum-archive_$lang.ts" "$store/$lang.json"
done
"$lupdate" -silent -no-obsolete -locations none app ui -ts translations/forum-archive_fr.ts translations/forum-archive_es.ts
for lang in fr es; do
  python3 translations/carry-over.py fill "translations/forum-archive_$lang.ts" "$store/$lang.json"
done
# Once more, so the files keep lupdate's own layout.
"$lupdate" -silent -no-obsolete -locations none app ui -ts translations/forum-archive_fr.ts translations/forum-archive_es.ts
"$lupdate" -silent -no-obsolete -locations none -pluralonly app ui -ts translations/forum-archive_en.ts
python3 translations/fill-english-plurals.py translations/forum-archive_en.ts
