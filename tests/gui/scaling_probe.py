"""Run by test_accessibility in its own process with QT_SCALE_FACTOR set: build every window
tests/gui/windows.py walks, in Korean and English, and report any label, button or combo box
whose text does not fit (word-wrapped labels included: taller than the label), and any
window that needs more width than a laptop's screen has."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(folder: Path) -> int:
    os.environ.setdefault("CASEAPP_STATE_DIR", str(folder / "state"))
    os.environ["CASEAPP_KDF_TARGET_SECONDS"] = "0"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["probe"])
    from caseapp.gui import language
    from tests.gui.conftest import make_korean_store
    from tests.gui.interface_checks import clipped, too_wide
    from tests.gui.windows import all_windows

    language.load_fonts()
    problems: list[str] = []
    checked = 0
    for lang in ("ko", "en"):
        language.apply(lang)
        data_dir = folder / lang / "data"
        data_dir.mkdir(parents=True)
        make_korean_store(data_dir)
        scratch = folder / lang / "scratch"
        scratch.mkdir(parents=True)
        for name, window in all_windows(data_dir, scratch):
            checked += 1
            problems += [f"{lang} {name}: {p}" for p in [*clipped(window), *too_wide(window)]]
    app.processEvents()
    print(f"checked {checked} windows at scale "
          f"{os.environ.get('QT_SCALE_FACTOR', '1')}")
    for problem in problems:
        print(problem)
    if not checked:  # a probe that looked at nothing has proven nothing
        print("no window was checked")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        code = main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp))
    raise SystemExit(code)
