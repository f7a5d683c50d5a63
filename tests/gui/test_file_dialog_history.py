"""Qt's file dialog keeps no history outside the store: the folder a counsellor browsed
(named after a victim, often) is not written to Qt's user settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from caseapp.gui import file_dialogs


def _answer_with(folder: Path) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        dialog.setDirectory(str(folder))  # browsed into the victim's folder
        dialog.accept()

    QTimer.singleShot(50, answer)


def test_browsing_a_folder_leaves_no_trace_in_qt_settings(qapp, tmp_path):
    folder = tmp_path / "피해자 김민지 증거"
    folder.mkdir()
    settings_file = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    before = settings_file.read_bytes() if settings_file.is_file() else None
    _answer_with(folder)
    chosen = file_dialogs.ask_existing_folder(None, "Choose", tmp_path)
    assert chosen == folder
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.value("FileDialog/lastVisited") is None
    assert settings.value("FileDialog/history") is None
    written = Path(settings.fileName())
    if written.is_file():
        assert "김민지".encode() not in written.read_bytes()
        assert b"%EA%B9%80" not in written.read_bytes()  # nor percent-encoded
    assert (settings_file.read_bytes() if settings_file.is_file() else None) == before
