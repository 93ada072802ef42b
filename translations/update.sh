#!/bin/sh
# Refreshes the .ts files from the sources: fr and es in full, en for plural forms only.
set -eu
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
"$lupdate" -silent -no-obsolete -locations none app ui -ts translations/forum-archive_fr.ts translations/forum-archive_es.ts
"$lupdate" -silent -no-obsolete -locations none -pluralonly app ui -ts translations/forum-archive_en.ts
python3 translations/fill-english-plurals.py translations/forum-archive_en.ts
