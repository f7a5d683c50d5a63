"""Developer tool: list the core's translatable messages that the Korean catalogue lacks, and
append them (untranslated) to a .po file for a translator.

    python tools/messages.py missing          # print missing msgids with their source file
    python tools/messages.py append FILE.po   # append missing entries to FILE.po
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.extract import extract_from_dir

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"_": None, "N_": None, "translate": (1,), "tr_doc": (1,)}


def extracted() -> dict[str, str]:
    found: dict[str, str] = {}
    for filename, _line, message, _comments, _ctx in extract_from_dir(
        str(ROOT / "caseapp"), method_map=[("gui/**.py", "ignore"), ("**.py", "python")],
        keywords=KEYWORDS,
    ):
        if isinstance(message, str) and message:
            found.setdefault(message, filename)
    return found


def missing() -> dict[str, str]:
    sys.path.insert(0, str(ROOT))
    from caseapp.i18n import catalogue_ids

    have = catalogue_ids("ko")
    return {m: f for m, f in extracted().items() if m not in have}


def _po_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main() -> int:
    if len(sys.argv) >= 2 and sys.argv[1] == "missing":
        for message, filename in sorted(missing().items(), key=lambda kv: kv[1]):
            print(f"{filename}: {message}")
        return 0
    if len(sys.argv) == 3 and sys.argv[1] == "append":
        with open(sys.argv[2], "a", encoding="utf-8") as fh:
            for message, filename in sorted(missing().items(), key=lambda kv: kv[1]):
                fh.write(f"\n#: {filename}\nmsgid {_po_quote(message)}\nmsgstr \"\"\n")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
