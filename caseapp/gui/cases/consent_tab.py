"""Consent section: what the victim agreed to now (per scope), the full history, and a
small form that records a grant or a withdrawal at once (its own audited transaction)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from caseapp.gui import labels
from caseapp.gui.case_tab import CaseContext, CaseTab
from caseapp.gui.changes import Area
from caseapp.gui.forms.ui_case_consent_tab import Ui_ConsentTab

if TYPE_CHECKING:
    from caseapp.domain.cases import Case
    from caseapp.domain.consent import ConsentRecord, ConsentScope


class ConsentTab(CaseTab):
    key = "consent"
    order = 30

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ConsentTab()
        self.ui.setupUi(self)
        self.ui.givenDate.setDate(QDate.currentDate())
        self.ui.givenDate.setMaximumDate(QDate.currentDate())
        self.ui.recordButton.clicked.connect(self.record)
        for table in (self.ui.stateTable, self.ui.historyTable):
            table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self._state: dict[ConsentScope, ConsentRecord | None] = {}
        self._history: list[ConsentRecord] = []
        self._fill_choices()

    def title(self) -> str:
        return self.tr("Consent")

    def _fill_choices(self) -> None:
        from caseapp.domain.consent import ConsentMethod, ConsentScope

        scope = self.ui.scopeCombo.currentData()
        self.ui.scopeCombo.clear()
        for scope_option in ConsentScope:
            self.ui.scopeCombo.addItem(labels.core_label(scope_option), scope_option.value)
        index = self.ui.scopeCombo.findData(scope)
        self.ui.scopeCombo.setCurrentIndex(max(0, index))
        method = self.ui.methodCombo.currentData()
        self.ui.methodCombo.clear()
        for method_option in ConsentMethod:
            self.ui.methodCombo.addItem(labels.core_label(method_option), method_option.value)
        index = self.ui.methodCombo.findData(method)
        self.ui.methodCombo.setCurrentIndex(max(0, index))

    def load(self, case: Case) -> None:
        from caseapp.services import cases

        self._state = cases.consent_state(self.context.vault, case.id)
        self._history = cases.consent_history(self.context.vault, case.id)
        self._show()

    def _decision(self, granted: bool) -> str:
        return self.tr("Given") if granted else self.tr("Withdrawn")

    def _show(self) -> None:
        state = self.ui.stateTable
        state.setRowCount(len(self._state))
        for row, (scope, record) in enumerate(self._state.items()):
            state.setItem(row, 0, QTableWidgetItem(labels.core_label(scope)))
            if record is None:
                state.setItem(row, 1, QTableWidgetItem(self.tr("Not asked yet")))
                state.setItem(row, 2, QTableWidgetItem(""))
            else:
                state.setItem(row, 1, QTableWidgetItem(self._decision(record.granted)))
                state.setItem(row, 2, QTableWidgetItem(
                    f"{labels.format_when(record.given_at)} · "
                    f"{labels.core_label(record.method)}"))
        history = self.ui.historyTable
        history.setRowCount(len(self._history))
        for row, record in enumerate(reversed(self._history)):
            cells = (labels.format_when(record.given_at), labels.core_label(record.scope),
                     self._decision(record.granted), labels.core_label(record.method),
                     record.recorded_by)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4 and record.note:
                    item.setToolTip(record.note)
                history.setItem(row, column, item)

    def record(self) -> None:
        from caseapp.services import evidence_consent

        vault, case_id = self.context.vault, self.context.case.id
        scope = self.ui.scopeCombo.currentData()
        granted = self.ui.grantRadio.isChecked()
        method = self.ui.methodCombo.currentData()
        chosen = self.ui.givenDate.date()
        given: date | None = date(chosen.year(), chosen.month(), chosen.day())
        if given == date.today():
            given = None  # "now", with the time and offset of this computer
        note = self.ui.noteEdit.text()

        def recorded(_record: ConsentRecord) -> None:
            self.ui.noteEdit.clear()
            self.ui.recordButton.setEnabled(True)
            self.context.status(self.tr("Consent recorded."))

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self.ui.recordButton.setEnabled(True)
            show_error(self, exc)

        def go_on() -> None:
            self.ui.recordButton.setEnabled(False)
            self.context.run(lambda: evidence_consent.record_consent(
                vault, case_id, scope, granted, method, at=given, note=note),
                             success=recorded, failure=failed,
                             changes=(Area.CONSENT, Area.EVIDENCE))

        if scope == "copies" and not granted:
            # the withdrawal removes the kept files: say which before anything goes
            from caseapp.gui.consent_prompt import confirm_copies_withdrawal

            codes = [i.code for i in evidence_consent.kept_content(vault, case_id)]
            confirm_copies_withdrawal(self, codes, go_on)
            return
        go_on()

    def retranslate(self) -> None:
        self._fill_choices()
        self._show()

    def shutdown(self) -> None:
        self._state, self._history = {}, []
        self.ui.historyTable.setRowCount(0)


TABS = [ConsentTab]
