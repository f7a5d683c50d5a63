"""Developer tool: merge a {msgid: msgstr} dict from a Python file into a .po catalogue.

    python tools/write_po.py resources/locale/ko/core.po translations.py
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po


def main() -> int:
    target, source = Path(sys.argv[1]), sys.argv[2]
    new = runpy.run_path(source)["T"]
    if target.exists():
        with target.open("rb") as fh:
            catalog = read_po(fh, locale="ko")
    else:
        catalog = Catalog(locale="ko", project="CaseApp", charset="utf-8")
    for msgid, msgstr in new.items():
        catalog.add(msgid, msgstr)
    with target.open("wb") as fh:
        write_po(fh, catalog, width=0, sort_output=True, omit_header=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
