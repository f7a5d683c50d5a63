"""Retention review: how long closed cases are kept, the closed cases past that time, and
deleting one of them completely once a supervisor confirms with their own PIN (a wrong PIN
is refused and audited; nothing is deleted). Reading and deleting run in Ops."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from caseapp.gui import labels
from caseapp.gui.changes import CASE_AREAS, Area, Changes
from caseapp.gui.forms.ui_retention_dialog import Ui_RetentionDialog
from caseapp.gui.ops import Op
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.cases import Counsellor
    from caseapp.gui.session import Session
    from caseapp.services.retention import DeletionResult, RetentionCandidate


class RetentionDialog(QDialog):
    loaded = Signal()
    deleted = Signal(str)   # the deleted case's number

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.session = session
        self.candidates: list[RetentionCandidate] = []
        self.supervisors: list[Counsellor] = []
        self.ui = Ui_RetentionDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        header = self.ui.caseTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.yearsSpin.setSuffix(self.tr(" year(s)"))
        self.ui.saveYearsButton.clicked.connect(self.save_years)
        self.ui.deleteButton.clicked.connect(self.ask_delete)
        self.ui.caseTable.currentCellChanged.connect(lambda *_a: self._enable())
        self.ui.pinEdit.textChanged.connect(lambda _t: self._enable())
        self.ui.buttons.rejected.connect(self.reject)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        from caseapp.services import retention, supervisor

        vault = self.session.vault

        def read() -> tuple[int, list[RetentionCandidate], list[Counsellor]]:
            return (retention.retention_years(vault), retention.due_for_review(vault),
                    supervisor.supervisors_with_pin(vault))

        def shown(found: tuple[int, list[RetentionCandidate], list[Counsellor]]) -> None:
            years, self.candidates, self.supervisors = found
            self.ui.yearsSpin.setValue(years)
            self._show()
            self.loaded.emit()

        Op(self, op=read, success=shown).run_in_background()

    def _show(self) -> None:
        table = self.ui.caseTable
        table.setRowCount(len(self.candidates))
        for row, found in enumerate(self.candidates):
            table.setItem(row, 0, QTableWidgetItem(found.number))
            table.setItem(row, 1, QTableWidgetItem(labels.format_local(found.last_activity)))
        combo = self.ui.supervisorCombo
        combo.clear()
        for person in self.supervisors:
            combo.addItem(person.name, person.name)
        if self.candidates:
            self.ui.introLabel.setText(self.tr(
                "These closed cases have had no activity for longer than the keeping time. "
                "Deleting one removes its records, evidence files and the victim's details for "
                "good; the audit trail keeps only the case number and counts."))
        else:
            self.ui.introLabel.setText(self.tr("No closed case is past its keeping time."))
        if not self.supervisors:
            self.ui.introLabel.setText(self.ui.introLabel.text() + "\n" + self.tr(
                "No supervisor profile has a PIN yet, so nothing can be deleted. An office "
                "admin sets one with: caseapp-admin counsellor set-pin NAME --pin-stdin"))
        self._enable()

    def selected_number(self) -> str | None:
        row = self.ui.caseTable.currentRow()
        return self.candidates[row].number if 0 <= row < len(self.candidates) else None

    def _enable(self) -> None:
        self.ui.deleteButton.setEnabled(self.selected_number() is not None
                                        and bool(self.supervisors)
                                        and bool(self.ui.pinEdit.text()))

    # --- the keeping time ---------------------------------------------------------------------
    def save_years(self) -> None:
        from caseapp.services import retention

        vault, years = self.session.vault, self.ui.yearsSpin.value()

        def saved(_r: None) -> None:
            self.refresh()

        Op(self, op=lambda: retention.set_retention_years(vault, years), success=saved,
           changes=Changes.of(Area.ORGANISATION)).run_in_background()

    # --- deleting -------------------------------------------------------------------------------
    def ask_delete(self) -> QMessageBox | None:
        number = self.selected_number()
        if number is None:
            return None
        parent = self.parentWidget()
        workspace = getattr(parent.window(), "workspace", None) if parent is not None else None
        if workspace is not None:
            from caseapp.services import cases

            case = cases.get_case(self.session.vault, number)
            if workspace.editor_for(case.id) is not None:
                box = QMessageBox(QMessageBox.Icon.Information, self.tr("Retention review"),
                                  fill(self.tr("Case %1 is open in a tab. Close it first."),
                                       number), QMessageBox.StandardButton.Close, self)
                box.setObjectName("caseOpenMessage")
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()
                return box
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete case"),
                          fill(self.tr("Delete case %1 with all its records and evidence "
                                       "files? This cannot be undone."), number),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteCaseQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._delete(number) if box.clickedButton() is go
                             else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _delete(self, number: str) -> None:
        from caseapp.services import cases, retention

        vault = self.session.vault
        who = self.ui.supervisorCombo.currentData() or ""
        pin = self.ui.pinEdit.text()
        self.ui.pinEdit.clear()
        case_id = cases.get_case(vault, number).id
        self.ui.deleteButton.setEnabled(False)

        def done(result: DeletionResult) -> None:
            self.deleted.emit(result.number)
            self.refresh()

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._enable()
            self.ui.pinEdit.setFocus()
            show_error(self, exc)

        Op(self, op=lambda: retention.delete_case(vault, number, confirmed_by=who,
                                                  supervisor_pin=pin),
           success=done, failure=failed,
           changes=Changes.of_cases([case_id], *CASE_AREAS)) \
            .with_progress(fill(self.tr("Deleting case %1…"), number)).run_in_background()
