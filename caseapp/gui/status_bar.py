"""Short messages in the main window's status bar ("Saved case 2026-0012."), from any view
or dialog opened over it."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

STATUS_TIMEOUT_MS = 8000


def show_status(widget: QWidget | None, text: str) -> None:
    """Show ``text`` for a few seconds in the status bar of ``widget``'s main window (the
    window of a dialog is the dialog: its parents are walked up to the main window)."""
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget() or (widget.window() if widget.window() is not widget
                                           else None)
    if isinstance(widget, QMainWindow):
        widget.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
