"""Telling the counsellor where a document was written, with a way to open it in the
system viewer (to read or print it) or open its folder. Opening goes through one opener
that tests replace (:func:`set_opener`) to see the address asked for without a viewer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

Opener = Callable[[QUrl], object]
_opener: Opener = QDesktopServices.openUrl


def set_opener(opener: Opener) -> Opener:
    """Use ``opener`` for every "open" from now on; returns the one it replaces."""
    global _opener
    previous, _opener = _opener, opener
    return previous


def open_path(path: Path) -> None:
    """Open a written file (in its viewer) or folder (in the file manager)."""
    _opener(QUrl.fromLocalFile(str(path)))


def offer_folder(parent: QWidget, title: str, text: str, path: Path) -> QMessageBox:
    """Say where a document was written and offer to open it (a file: in the system
    viewer, from which it can be printed) or its folder."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent.window()
    )
    box.setObjectName("writtenMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    is_file = not path.is_dir()
    open_file = None
    if is_file:
        open_file = box.addButton(
            QCoreApplication.translate("WrittenFiles", "Open (to read or print)"),
            QMessageBox.ButtonRole.ActionRole,
        )
        open_file.setObjectName("openFileButton")
    button = box.addButton(
        QCoreApplication.translate("WrittenFiles", "Open the folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    button.setObjectName("openFolderButton")
    folder = path if not is_file else path.parent

    def answered() -> None:
        if open_file is not None and box.clickedButton() is open_file:
            open_path(path)
        elif box.clickedButton() is button:
            open_path(folder)

    box.finished.connect(lambda _r: answered())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
