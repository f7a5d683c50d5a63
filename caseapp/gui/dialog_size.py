"""Sizing dialogs so their word-wrapped text is never cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog tall enough for its wrapped labels at its current width (a layout's
    minimum size does not count the extra lines of word-wrapped text)."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()  # a label whose text just changed: its new height counts
    needed = layout.heightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.minimumSize().height())
    if needed > window.height():
        window.resize(window.width(), needed)
