"""Room around the text of table cells and headers: columns sized to their contents otherwise
end flush against the next one ("한국어5신원 포함"), which reads as one cramped line."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

_ROOMY = ("QTableView::item, QTreeView::item { padding: 1px 8px; } "
          "QHeaderView::section { padding: 2px 8px; }")


def roomy(view: QAbstractItemView) -> None:
    """Give ``view``'s cells and headers 8 px on each side (scales with the display)."""
    view.setStyleSheet(_ROOMY)
