"""Asking the person where to save or what to open. One place, so tests can answer the
question the way a person would (monkeypatch these functions) without a native dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested: Path,
                  file_filter: str) -> Path | None:
    """The chosen path, or None when the person cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(chosen) if chosen else None


def ask_open_paths(parent: QWidget | None, title: str, file_filter: str = "") -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(documents_dir()), file_filter)
    return [Path(p) for p in chosen]


def ask_open_folder(parent: QWidget | None, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(documents_dir()))
    return Path(chosen) if chosen else None
