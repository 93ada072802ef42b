#!/usr/bin/env python3
"""Keeps translations when a message moves to another context.

  carry-over.py save FILE.ts STORE.json   before lupdate: every finished translation
  carry-over.py fill FILE.ts STORE.json   after lupdate: fills unfinished messages
                                          whose source text (and comment) was
                                          translated before, preferring the same
                                          context, then the same text anywhere.
Messages filled this way are finished; everything else stays unfinished for a
translator to see."""
import json
import sys
import xml.etree.ElementTree as ET


def key(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return source, comment


def forms(translation):
    numerus = list(translation.iter("numerusform"))
    if numerus:
        return [f.text or "" for f in numerus]
    return translation.text or ""


def save(ts, store):
    tree = ET.parse(ts)
    known = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            source, comment = key(message)
            known.setdefault(json.dumps([source, comment]), {})[name] = forms(translation)
    with open(store, "w", encoding="utf-8") as f:
        json.dump(known, f, ensure_ascii=False)


def fill(ts, store):
    with open(store, encoding="utf-8") as f:
        known = json.load(f)
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = known.get(json.dumps(list(key(message))))
            if not found:
                continue
            value = found.get(name) or next(iter(found.values()))
            numerus = message.get("numerus") == "yes"
            if numerus != isinstance(value, list):
                continue
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts}: {filled} moved messages keep their translation")


if __name__ == "__main__":
    {"save": save, "fill": fill}[sys.argv[1]](sys.argv[2], sys.argv[3])
