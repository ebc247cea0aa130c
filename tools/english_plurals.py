"""Fill the English plural forms of deseo_en.ts: "%n design(s)" → "%n design" / "%n designs".

English needs a .qm only for plurals (lupdate -pluralonly); the forms follow from the
source text, so they are written here rather than by hand in Linguist.
"""

import re
import sys
import xml.etree.ElementTree as ET

_IRREGULAR = {"actor(s) have": ("actor has", "actors have")}


def forms(source: str) -> tuple[str, str]:
    one, many = source, source
    for pattern, (a, b) in _IRREGULAR.items():
        one, many = one.replace(pattern, a), many.replace(pattern, b)
    return re.sub(r"\(s\)", "", one), re.sub(r"\(s\)", "s", many)


def main(path: str) -> None:
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(message.findtext("source")):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1])
