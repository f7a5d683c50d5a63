"""Trim the imports pyside6-uic writes at the top of a generated form to the Qt names the
form uses. uic imports the same ~35 classes into every form (gradients, painters, dates...);
PySide6 builds a class's Python type and its enums the first time the class is imported, so
those unused names cost start-up time (about 25 ms for the first form on a 2-core laptop).

    python tools/trim_uic_imports.py caseapp/gui/forms/ui_main_window.py [...]

Rewrites each file in place; run by the Makefile right after pyside6-uic."""

from __future__ import annotations

import re
import sys
from pathlib import Path

IMPORT = re.compile(r"^from (PySide6\.Qt\w+) import \(([^)]*)\)\n|^from (PySide6\.Qt\w+) import "
                    r"([^\n(]+)\n", re.MULTILINE)
WORD = re.compile(r"\b\w+\b")


def used_names(source: str) -> set[str]:
    """The words of a form outside its imports and comments ("## Created by: Qt ...")."""
    body = "\n".join(line for line in IMPORT.sub("", source).splitlines()
                     if not line.lstrip().startswith("#"))
    return set(WORD.findall(body))


def trim(source: str) -> str:
    """The same form source with each ``from PySide6.QtX import (...)`` reduced to the names
    used in the rest of the file (the statement dropped when none is used)."""
    used = used_names(source)

    def keep(match: re.Match[str]) -> str:
        module = match.group(1) or match.group(3)
        names = [n.strip() for n in (match.group(2) or match.group(4)).split(",") if n.strip()]
        wanted = [n for n in names if n in used]
        if not wanted:
            return ""
        return f"from {module} import ({', '.join(wanted)})\n"

    return IMPORT.sub(keep, source)


def main(paths: list[str]) -> int:
    for name in paths:
        path = Path(name)
        path.write_text(trim(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
