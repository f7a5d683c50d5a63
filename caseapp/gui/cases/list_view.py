"""The case list page: live (debounced) search, filters (status, risk, counsellor, tag,
opening date), sortable columns, keyboard navigation (Down from the search box into the
list, Enter opens) and the count of matching cases."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QWidget

from caseapp.domain.cases import tag_key
from caseapp.errors import CaseAppError
from caseapp.gui import changes, labels, language, ops
from caseapp.gui.cases.list_model import CASE_ID_ROLE, NUMBER, TAGS, UPDATED, CaseListModel
from caseapp.gui.forms.ui_case_list import Ui_CaseListView
from caseapp.gui.ops import Op
from caseapp.gui.session import Session

if TYPE_CHECKING:
    from caseapp.domain.cases import CaseQuery, Counsellor
    from caseapp.gui.handover.handover_dialog import HandOverDialog

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
OPEN_CASES = "__open__"
MINE = -1


class CaseListView(QWidget):
    open_requested = Signal(int)  # case id
    new_case_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from caseapp.services import cases

        self.session = session
        vault = session.vault
        self.ui = Ui_CaseListView()
        self.ui.setupUi(self)
        self.model = CaseListModel(lambda query: cases.list_cases(vault, query), self)
        self._counsellors: list[Counsellor] = []
        self._count_generation = 0
        self._last_count: int | None = None
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TAGS, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_sort_clicked)
        header.setSectionsClickable(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setTabKeyNavigation(False)
        table.activated.connect(self._open_index)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # right-click (or the menu key) on a case: hand it over
        self.hand_over_action = QAction(self)
        self.hand_over_action.setObjectName("handOverCaseAction")
        self.hand_over_action.triggered.connect(self.hand_over_current)
        table.addAction(self.hand_over_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._retranslate_actions()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        changes.hub().changed.connect(self.on_changes)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.searchEdit.returnPressed.connect(self._search_enter)
        self.ui.searchEdit.installEventFilter(self)
        self.ui.tagCombo.editTextChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.ui.statusCombo, self.ui.riskCombo, self.ui.counsellorCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.ui.dateCheck.toggled.connect(lambda _c: self.apply_filters())
        self.ui.fromDate.dateChanged.connect(lambda _d: self._dates_changed())
        self.ui.toDate.dateChanged.connect(lambda _d: self._dates_changed())
        self.ui.clearButton.clicked.connect(self.clear_filters)
        self.ui.newCaseButton.clicked.connect(self.new_case_requested)
        today = QDate.currentDate()
        self.ui.fromDate.setDate(today.addMonths(-1))
        self.ui.toDate.setDate(today)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(lambda *_a: self._update_empty())
        self._loading = True
        self._fill_filters()
        self._loading = False
        self.apply_filters()
        self._size_columns()

    # --- filters ---------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        from caseapp.domain.cases import PREDEFINED_TAGS, CaseStatus, RiskLevel
        from caseapp.services import cases

        was_loading, self._loading = self._loading, True
        status = self.ui.statusCombo.currentData()
        self.ui.statusCombo.clear()
        self.ui.statusCombo.addItem(self.tr("All"), None)
        self.ui.statusCombo.addItem(self.tr("Open (not closed)"), OPEN_CASES)
        for status_option in CaseStatus:
            self.ui.statusCombo.addItem(labels.core_label(status_option), status_option.value)
        self._select_data(self.ui.statusCombo, status)

        risk = self.ui.riskCombo.currentData()
        self.ui.riskCombo.clear()
        self.ui.riskCombo.addItem(self.tr("All"), None)
        for risk_option in RiskLevel:
            self.ui.riskCombo.addItem(labels.core_label(risk_option), risk_option.value)
        self._select_data(self.ui.riskCombo, risk)

        counsellor = self.ui.counsellorCombo.currentData()
        self._counsellors = cases.list_counsellors(self.session.vault)
        self.ui.counsellorCombo.clear()
        self.ui.counsellorCombo.addItem(self.tr("Everyone"), None)
        self.ui.counsellorCombo.addItem(self.tr("Mine"), MINE)
        for item in self._counsellors:
            self.ui.counsellorCombo.addItem(item.name, item.id)
        self._select_data(self.ui.counsellorCombo, counsellor)

        tag = tag_key(self.ui.tagCombo.currentText())
        self.ui.tagCombo.clear()
        self.ui.tagCombo.addItem("")
        for predefined in PREDEFINED_TAGS:
            self.ui.tagCombo.addItem(labels.tag_name(predefined), predefined)
        self.ui.tagCombo.setEditText(labels.tag_name(tag) if tag else "")
        line = self.ui.tagCombo.lineEdit()  # the combo is editable: it has one
        if line is not None:
            line.setPlaceholderText(self.tr("any"))
        self._loading = was_loading

    @staticmethod
    def _select_data(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _dates_changed(self) -> None:
        if self.ui.dateCheck.isChecked():
            self.apply_filters()

    def build_query(self) -> CaseQuery:
        from caseapp.domain.cases import CaseQuery, CaseStatus

        status = self.ui.statusCombo.currentData()
        if status == OPEN_CASES:
            statuses: tuple[CaseStatus, ...] = tuple(
                s for s in CaseStatus if s is not CaseStatus.CLOSED)
        elif status:
            statuses = (CaseStatus(status),)
        else:
            statuses = ()
        risk = self.ui.riskCombo.currentData()
        counsellor = self.ui.counsellorCombo.currentData()
        if counsellor == MINE:
            counsellor = self.session.counsellor.id
        tag = tag_key(self.ui.tagCombo.currentText())
        opened_from = opened_to = None
        if self.ui.dateCheck.isChecked():
            opened_from = _to_date(self.ui.fromDate.date())
            opened_to = _to_date(self.ui.toDate.date())
        current = self.model.query
        return CaseQuery(search=self.ui.searchEdit.text().strip(), statuses=statuses,
                         risks=(risk,) if risk else (), counsellor_id=counsellor,
                         tags=(tag,) if tag else (), opened_from=opened_from,
                         opened_to=opened_to, sort=current.sort, descending=current.descending)

    def apply_filters(self) -> None:
        if self._loading:
            return
        self._search_timer.stop()
        try:
            query = self.build_query()
            self.model.set_query(query)
        except CaseAppError as exc:
            self.model.clear()
            self.ui.emptyLabel.setText(exc.message(language.current()))
            self.ui.emptyLabel.show()
            return
        self._count(query)

    def clear_filters(self) -> None:
        self._loading = True
        self.ui.searchEdit.clear()
        self.ui.statusCombo.setCurrentIndex(0)
        self.ui.riskCombo.setCurrentIndex(0)
        self.ui.counsellorCombo.setCurrentIndex(0)
        self.ui.tagCombo.setEditText("")
        self.ui.dateCheck.setChecked(False)
        self._loading = False
        self.apply_filters()
        self.ui.searchEdit.setFocus()

    def on_changes(self, what: changes.Changes) -> None:
        """The list shows status, risk, tags, counsellor and last change of every case."""
        if ops.widget_alive(self) and what.touches(*changes.CASE_AREAS, changes.Area.COUNSELLORS):
            self.refresh()

    def refresh(self) -> None:
        """Re-run the query (after a save): the edited case moves to where it now sorts."""
        current = self.current_case_id()
        self.apply_filters()
        if current is not None:
            self.select_case(current)

    # --- counting --------------------------------------------------------------------------
    def _count(self, query: CaseQuery) -> None:
        from caseapp.services import cases

        self._count_generation += 1
        generation = self._count_generation
        vault = self.session.vault

        def counted(total: int) -> None:
            if generation == self._count_generation:
                self._last_count = total
                self._show_count()

        Op(self, op=lambda: cases.count_cases(vault, query), success=counted,
           failure=lambda _exc: None).run_in_background()

    def _show_count(self) -> None:
        if self._last_count is None:
            self.ui.countLabel.clear()
        else:
            self.ui.countLabel.setText(self.tr("%n case(s)", "", self._last_count))

    def _update_empty(self) -> None:
        if self.model.rowCount() or self._loading:
            self.ui.emptyLabel.hide()
            return
        q = self.model.query
        filtered = bool(q.search or q.statuses or q.risks or q.counsellor_id is not None
                        or q.tags or q.opened_from or q.opened_to)
        self.ui.emptyLabel.setText(
            self.tr("No cases match. Change the search or clear the filters.") if filtered
            else self.tr("No cases yet. Press Ctrl+N to open the first one."))
        self.ui.emptyLabel.show()

    # --- navigation ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _search_enter(self) -> None:
        if self._search_timer.isActive():
            self.apply_filters()
        if self.model.rowCount():
            self.ui.table.setFocus()
            self.ui.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down):
            self._search_enter()
            return True
        return super().eventFilter(watched, event)

    def current_case_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of_case(case_id)
        if row >= 0:
            self.ui.table.selectRow(row)

    def hand_over_current(self) -> HandOverDialog:
        """Open the hand-over dialog with the selected case in it."""
        from caseapp.gui.handover.handover_dialog import HandOverDialog

        case_id = self.current_case_id()
        dialog = HandOverDialog(self.session.vault, [] if case_id is None else [int(case_id)],
                                self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _retranslate_actions(self) -> None:
        self.hand_over_action.setText(self.tr("Hand this case over…"))

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_requested.emit(int(case_id))

    def _on_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        header = self.ui.table.horizontalHeader()
        actual = self.model.sort_column()
        wanted = (Qt.SortOrder.DescendingOrder if self.model.query.descending
                  else Qt.SortOrder.AscendingOrder)
        if header.sortIndicatorSection() != actual or header.sortIndicatorOrder() != wanted:
            header.blockSignals(True)
            header.setSortIndicator(actual, wanted)
            header.blockSignals(False)

    def _size_columns(self) -> None:
        table = self.ui.table
        metrics = table.fontMetrics()
        table.setColumnWidth(NUMBER, metrics.horizontalAdvance("0000-00000") + 32)
        for column in range(self.model.columnCount()):
            if column not in (NUMBER, TAGS):
                table.resizeColumnToContents(column)
                if column == UPDATED:
                    table.setColumnWidth(column, metrics.horizontalAdvance(
                        labels.format_local(datetime.now(UTC))) + 40)
                table.setColumnWidth(column, max(table.columnWidth(column),
                                                 metrics.horizontalAdvance("M" * 8)))

    def shutdown(self) -> None:
        self._search_timer.stop()
        self.model.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_actions()
            self._fill_filters()
            self.model.retranslate()
            self._show_count()
            self._update_empty()
        super().changeEvent(event)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
