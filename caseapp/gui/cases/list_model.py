"""The case list as a Qt table model over the paged service query: rows arrive a page at a
time through ``canFetchMore``/``fetchMore`` (keyset paging, so page 1,000 costs what page 1
does); the whole store is never loaded. Rows are ``CaseListRow``: number, pseudonym,
status, risk, counsellor, tags, dates; never a victim's identifying field."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from caseapp.gui import labels

if TYPE_CHECKING:
    from caseapp.domain.cases import CaseListRow, CaseQuery, Cursor, Page, SortField

log = logging.getLogger(__name__)

PAGE_SIZE = 100

NUMBER, PSEUDONYM, STATUS, RISK, COUNSELLOR, TAGS, UPDATED = range(7)
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("CaseListModel", "Case number"),
    QT_TRANSLATE_NOOP("CaseListModel", "Pseudonym"),
    QT_TRANSLATE_NOOP("CaseListModel", "Status"),
    QT_TRANSLATE_NOOP("CaseListModel", "Risk"),
    QT_TRANSLATE_NOOP("CaseListModel", "Counsellor"),
    QT_TRANSLATE_NOOP("CaseListModel", "Tags"),
    QT_TRANSLATE_NOOP("CaseListModel", "Last updated"),
)
RISK_COLOURS = {"high": "#b45309", "critical": "#b91c1c"}
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def _sort_fields() -> dict[int, SortField]:
    from caseapp.domain.cases import SortField

    return {NUMBER: SortField.NUMBER, PSEUDONYM: SortField.PSEUDONYM,
            STATUS: SortField.STATUS, RISK: SortField.RISK, COUNSELLOR: SortField.COUNSELLOR,
            TAGS: SortField.TAGS, UPDATED: SortField.UPDATED}


class CaseListModel(QAbstractTableModel):
    """``fetch_page(query) -> Page[CaseListRow]`` is the service call (bound to the vault)."""

    query_changed = Signal()

    def __init__(self, fetch_page: Callable[[CaseQuery], Page[CaseListRow]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from caseapp.domain.cases import CaseQuery

        self._fetch_page = fetch_page
        self._query = CaseQuery(limit=PAGE_SIZE)
        self._rows: list[CaseListRow] = []
        self._after: Cursor | None = None
        self._more = False

    # --- query -------------------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        """Start over with ``query`` (filters, search, sort) and load its first page."""
        self.beginResetModel()
        self._query = replace(query, limit=PAGE_SIZE, after=None, offset=0)
        self._rows = []
        self._after = None
        self._more = True
        self.endResetModel()
        self._fetch()
        self.query_changed.emit()

    def refresh(self) -> None:
        self.set_query(self._query)

    def clear(self) -> None:
        """Drop every row (locking)."""
        self.beginResetModel()
        self._rows = []
        self._after = None
        self._more = False
        self.endResetModel()

    def case_at(self, row: int) -> CaseListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == case_id:
                return row
        return -1

    # --- paging --------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch()

    def _fetch(self) -> None:
        if not self._more:
            return
        page = self._fetch_page(replace(self._query, after=self._after))
        self._more = bool(page.has_more)
        self._after = page.next_after
        if page.items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()

    # --- table ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:  # a QVariant
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseListModel", str(COLUMN_TITLES[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == CASE_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and column == RISK:
            colour = RISK_COLOURS.get(str(item.risk))
            return QBrush(QColor(colour)) if colour else None
        return None

    @staticmethod
    def _text(item: CaseListRow, column: int) -> str:
        if column == NUMBER:
            return item.number
        if column == PSEUDONYM:
            return item.pseudonym
        if column == STATUS:
            return labels.core_label(item.status)
        if column == RISK:
            return labels.core_label(item.risk)
        if column == COUNSELLOR:
            return item.counsellor_name or ""
        if column == TAGS:
            return ", ".join(labels.tag_name(t) for t in item.tags)
        if column == UPDATED:
            return labels.format_local(item.updated_at)
        return ""

    def sort(self, column: int,
             order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = _sort_fields().get(column)
        if field is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if field == self._query.sort and descending == self._query.descending and self._rows:
            return
        self.set_query(replace(self._query, sort=field, descending=descending))

    def sort_column(self) -> int:
        for column, field in _sort_fields().items():
            if field == self._query.sort:
                return column
        return UPDATED

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMN_TITLES) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMN_TITLES) - 1))
