"""Developer tool: fill unfinished Korean entries of the Qt catalogue from a small JSON
file ``{"English source": "한국어", ...}`` (optionally ``"Context|English source"`` to pick one
context), after ``make ts`` added them.

    python tools/translate_ts.py my_strings.json   # fills resources/translations/caseapp_ko.ts
    python tools/translate_ts.py --list            # prints the sources still unfinished

Run ``make ts`` once more afterwards: it rewrites the file in lupdate's own layout, so the
commit shows only the entries that changed."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "translations" / \
    "caseapp_ko.ts"


def unfinished(root: ET.Element) -> list[tuple[str, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append((name, message))
    return found


def main(argv: list[str]) -> int:
    tree = ET.parse(CATALOGUE)  # noqa: S314 - our own catalogue, not untrusted input
    root = tree.getroot()
    if argv[:1] == ["--list"]:
        for context, message in unfinished(root):
            print(f"{context}|{message.findtext('source')}")
        return 0
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    filled = 0
    for context, message in unfinished(root):
        source = message.findtext("source") or ""
        text = table.get(f"{context}|{source}", table.get(source))
        if text is None:
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":  # Korean has one form: fill it, or make it
            form = forms[0] if forms else ET.SubElement(translation, "numerusform")
            form.text = text
        else:
            translation.text = text
        del translation.attrib["type"]
        filled += 1
    tree.write(CATALOGUE, encoding="utf-8", xml_declaration=True)
    left = len(unfinished(root))
    print(f"filled {filled}; {left} still unfinished")
    return 0 if left == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
