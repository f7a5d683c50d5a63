"""Run by test_accessibility in its own process with QT_SCALE_FACTOR set: build every window
in Korean and English and report any label or button whose text does not fit."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(folder: Path) -> int:
    os.environ.setdefault("CASEAPP_STATE_DIR", str(folder / "state"))
    os.environ["CASEAPP_KDF_TARGET_SECONDS"] = "0"
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton

    app = QApplication.instance() or QApplication(["probe"])
    from caseapp.gui import language
    from caseapp.services import cases
    from caseapp.services import vault as vault_service
    from tests.conftest import FAST_KDF, PASSPHRASE
    from tests.gui.windows import all_windows, widgets_of

    language.load_fonts()
    problems: list[str] = []
    checked = 0
    for lang in ("ko", "en"):
        language.apply(lang)
        data_dir = folder / lang / "data"
        created = vault_service.create_store(data_dir, PASSPHRASE, actor="김하늘",
                                             params=FAST_KDF, allow_weak_kdf=True)
        cases.add_counsellor(created.vault, "김하늘")
        cases.open_case(created.vault, pseudonym="푸른별", tags=["deepfake"])
        created.vault.close()
        scratch = folder / lang / "scratch"
        scratch.mkdir(parents=True)
        for name, window in all_windows(data_dir, scratch):
            app.processEvents()
            for widget in widgets_of(window):
                if not widget.isVisibleTo(window) or isinstance(widget, QToolButton):
                    continue
                if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
                    need = widget.minimumSizeHint().width()
                elif isinstance(widget, QAbstractButton) and widget.text():
                    need = widget.sizeHint().width()
                else:
                    continue
                checked += 1
                if widget.width() + 1 < need:
                    problems.append(f"{lang} {name}: {type(widget).__name__} "
                                    f"{widget.objectName()!r} {widget.text()!r} is "
                                    f"{widget.width()} px wide, needs {need}")
    print(f"checked {checked} labels and buttons at scale "
          f"{os.environ.get('QT_SCALE_FACTOR', '1')}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        code = main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp))
    raise SystemExit(code)
