"""Ctrl+N: open a new case (number assigned by the service, status intake, assigned to the
counsellor at the keyboard). Emits ``created(case)``; the workspace opens it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from caseapp.gui import labels
from caseapp.gui.cases.overview_tab import split_tags
from caseapp.gui.changes import Area, Changes
from caseapp.gui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from caseapp.gui.ops import Op
from caseapp.gui.session import Session

if TYPE_CHECKING:
    from caseapp.domain.cases import Case


class NewCaseDialog(QDialog):
    created = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        self._busy = False
        self._fill_risks()
        self.ui.buttons.accepted.connect(self.open_case)
        self.ui.pseudonymEdit.setFocus()

    def _fill_risks(self) -> None:
        from caseapp.domain.cases import RiskLevel

        current = self.ui.riskCombo.currentData() or RiskLevel.MEDIUM.value
        self.ui.riskCombo.clear()
        for value in RiskLevel:
            self.ui.riskCombo.addItem(labels.core_label(value), value.value)
        self.ui.riskCombo.setCurrentIndex(max(0, self.ui.riskCombo.findData(current)))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Open the case"))

    def open_case(self) -> None:
        from caseapp.services import cases

        if self._busy:
            return
        vault = self.session.vault
        pseudonym = self.ui.pseudonymEdit.text().strip() or None
        values: dict[str, Any] = {
            "pseudonym": pseudonym, "risk": self.ui.riskCombo.currentData(),
            "tags": split_tags(self.ui.tagsEdit.text()),
            "summary": self.ui.summaryEdit.toPlainText(),
            "counsellor_id": self.session.counsellor.id,
        }
        self._busy = True
        self.ui.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._busy = False
            self.ui.buttons.setEnabled(True)
            show_error(self, exc)

        Op(self, op=lambda: cases.open_case(vault, **values), success=self._created,
           failure=failed, changes=lambda case: Changes.of_case(case.id, Area.CASE)) \
            .run_in_background()

    def _created(self, case: Case) -> None:
        self._busy = False
        self.accept()
        self.created.emit(case)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_risks()
        super().changeEvent(event)
