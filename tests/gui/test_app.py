"""Start-up: ``caseapp --demo`` opens a throw-away store filled with synthetic cases and
deletes it on exit; the language comes from --lang, else from settings.json."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def _main_window():
    return next((w for w in QApplication.topLevelWidgets()
                 if type(w).__name__ == "MainWindow" and w.isVisible()), None)


def test_demo_opens_synthetic_cases_and_deletes_them_on_exit(qapp):
    from caseapp.gui.app import DEMO_PASSPHRASE, run

    seen: dict[str, object] = {}

    def look() -> None:
        window = _main_window()
        if window is None or not window.is_unlocked or window.workspace is None:
            QTimer.singleShot(50, look)
            return
        seen["rows"] = window.workspace.case_list.model.rowCount()
        seen["data_dir"] = Path(window.data_dir)
        seen["exists"] = seen["data_dir"].exists()
        window.lock()
        seen["hint"] = window.unlock_screen.ui.explanation.text()
        window._quitting = True
        window.close()

    QTimer.singleShot(0, look)
    assert run(["--demo", "--lang", "en"]) == 0
    assert seen["rows"] > 0 and seen["exists"]
    assert DEMO_PASSPHRASE in str(seen["hint"])
    assert not seen["data_dir"].exists()  # thrown away on exit


def test_language_comes_from_settings_unless_given(qapp, store_dir, prefs):
    from caseapp.gui import language
    from caseapp.gui.app import run

    prefs.language = "ko"
    prefs.save(store_dir)
    heard: list[str] = []

    def close_soon(keep: list[str]) -> None:
        window = _main_window()
        if window is None:
            QTimer.singleShot(20, lambda: close_soon(keep))
            return
        keep.append(window.unlock_screen.ui.heading.text())
        keep.append(language.current())
        window.close()

    QTimer.singleShot(0, lambda: close_soon(heard))
    assert run(["--data-dir", str(store_dir)]) == 0
    assert heard == ["CaseApp이 잠겨 있습니다", "ko"]
    heard.clear()
    QTimer.singleShot(0, lambda: close_soon(heard))
    assert run(["--data-dir", str(store_dir), "--lang", "en"]) == 0
    assert heard == ["CaseApp is locked", "en"]
