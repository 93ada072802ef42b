#!/usr/bin/env python3
"""Fills the English plural forms that lupdate -pluralonly leaves unfinished:
"%n session(s)" becomes "%n session" and "%n sessions". Entries already
finished are kept, so a hand-written form is never overwritten."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/forum-archive_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = source.replace("(es)", "es").replace("(s)", "s")
    for form in list(translation):
        translation.remove(form)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    del translation.attrib["type"]
tree.write(path, encoding="utf-8", xml_declaration=True)
