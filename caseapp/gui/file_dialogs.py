"""Asking the person where to save or what to open. One place, so tests can answer the
question the way a person would (monkeypatch these functions) without a native dialog.

Qt's file dialog writes the folders it visited (``…/피해자 김민지 증거``) to the user's
``QtProject`` settings when it closes (``~/.config/QtProject.conf``, the registry, a plist).
CaseApp keeps no dialog history outside the store: user-scope Qt settings are pointed at a
path that cannot be created (so the INI file is never written), and the dialog's group is
removed after every dialog (for the registry and plist, where the path cannot be moved)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

T = TypeVar("T")
_history_blocked = False


def keep_history_private() -> None:
    """Point user-scope Qt settings where nothing can be written (under a regular file: the
    folder can never be made). CaseApp itself keeps no settings in QSettings."""
    global _history_blocked
    if _history_blocked:
        return
    nowhere = str(Path(sys.executable).resolve() / "no-qt-settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, nowhere)
    _history_blocked = True


def _forget_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.sync()


def without_history(ask: Callable[[], T]) -> T:
    """Run a Qt file dialog and leave no trace of where it went."""
    keep_history_private()
    try:
        return ask()
    finally:
        _forget_history()


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested: Path,
                  file_filter: str) -> Path | None:
    """The chosen path, or None when the person cancelled."""
    chosen, _ = without_history(lambda: QFileDialog.getSaveFileName(
        parent, title, str(suggested), file_filter))
    return Path(chosen) if chosen else None


def ask_open_paths(parent: QWidget | None, title: str, file_filter: str = "") -> list[Path]:
    chosen, _ = without_history(lambda: QFileDialog.getOpenFileNames(
        parent, title, str(documents_dir()), file_filter))
    return [Path(p) for p in chosen]


def ask_open_folder(parent: QWidget | None, title: str) -> Path | None:
    return ask_existing_folder(parent, title, documents_dir())


def ask_existing_folder(parent: QWidget | None, title: str, start: Path | str) -> Path | None:
    chosen = without_history(lambda: QFileDialog.getExistingDirectory(parent, title,
                                                                      str(start)))
    return Path(chosen) if chosen else None
