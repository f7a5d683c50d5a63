"""Telling the counsellor where a file was written, with a way to open its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def offer_folder(parent: QWidget, title: str, text: str, path: Path) -> QMessageBox:
    """Say where a file was written and offer to open its folder."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent.window()
    )
    box.setObjectName("writtenMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    button = box.addButton(
        QCoreApplication.translate("WrittenFiles", "Open the folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    folder = path if path.is_dir() else path.parent

    def answered() -> None:
        if box.clickedButton() is button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    box.finished.connect(lambda _r: answered())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
