"""Moving the counsellor to a place in the app: a case and one of its sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget


def open_case_at(
    widget: QWidget, case_id: int, tab_key: str, select: Callable[[Any], None] | None = None
) -> None:
    """Open a case in the workspace of ``widget``'s window and show one of its sections."""
    workspace = getattr(widget.window(), "workspace", None)
    if workspace is None:
        return
    editor = workspace.open_case(case_id)
    tab = editor.show_tab(tab_key)
    if tab is not None and select is not None:
        select(tab)
