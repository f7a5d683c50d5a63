"""Closing a case: the checklist of what is still open (takedown requests, follow-ups,
evidence never verified, whether copies may be kept, until when the case is kept) read in an
Op, and the reason, required, written with the status change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from caseapp.gui.changes import Area
from caseapp.gui.forms.ui_close_case_dialog import Ui_CloseCaseDialog
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.cases import Case
    from caseapp.gui.case_tab import CaseContext
    from caseapp.services.case_closing import ClosingChecklist

WARN = "#8a5a00"


class CloseCaseDialog(QDialog):
    closed = Signal(object)    # the closed Case
    loaded = Signal()          # the checklist is shown

    def __init__(self, context: CaseContext, reason: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeCaseDialog")
        self.context = context
        self.checklist: ClosingChecklist | None = None
        self.ui = Ui_CloseCaseDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.reasonEdit.setPlainText(reason)
        self.ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Close the case"))
        self.ok.setEnabled(False)
        self.ui.reasonEdit.textChanged.connect(self._enable)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.setWindowTitle(fill(self.tr("Close case %1"), context.case.number))
        self.ui.introLabel.setText(self.tr(
            "Closing does not stop anything still open: look through this list first. "
            "The reason is kept with the case."))
        self._load()

    def _load(self) -> None:
        from caseapp.gui.ops import Op
        from caseapp.services import case_closing

        vault, case_id = self.context.vault, self.context.case.id

        def shown(checklist: ClosingChecklist) -> None:
            self.checklist = checklist
            self._show(checklist)
            self._enable()
            self.loaded.emit()

        Op(self, op=lambda: case_closing.closing_checklist(vault, case_id), success=shown) \
            .run_in_background()

    def _line(self, ok: bool, text: str) -> None:
        item = QListWidgetItem(("✓ " if ok else "⚠ ") + text)
        if not ok:
            item.setForeground(QBrush(QColor(WARN)))
        self.ui.checkList.addItem(item)

    def _show(self, c: ClosingChecklist) -> None:
        box = self.ui.checkList
        box.clear()
        if c.open_requests:
            self._line(False, fill(self.tr("%n takedown request(s) still open: %1", "",
                                           len(c.open_requests)),
                                   ", ".join(c.open_requests[:6])
                                   + (" …" if len(c.open_requests) > 6 else "")))
        else:
            self._line(True, self.tr("No takedown request is open."))
        if c.pending_follow_ups:
            self._line(False, self.tr("%n follow-up(s) not done yet.", "",
                                      c.pending_follow_ups))
        else:
            self._line(True, self.tr("No follow-up is waiting."))
        if c.unverified_evidence:
            self._line(False, fill(self.tr("%n evidence item(s) never verified: %1", "",
                                           len(c.unverified_evidence)),
                                   ", ".join(c.unverified_evidence[:6])
                                   + (" …" if len(c.unverified_evidence) > 6 else "")))
        else:
            self._line(True, self.tr("Every stored evidence file has been verified."))
        if not c.stored_items:
            self._line(True, self.tr("No evidence file is kept in the store."))
        elif c.copies_consent:
            self._line(True, self.tr("The victim agreed that copies are kept."))
        else:
            self._line(False, self.tr("Evidence files are kept but there is no consent to "
                                      "keep copies: ask the victim, or delete the copies."))
        until = QLocale().toString(QDate(c.keep_until.year, c.keep_until.month,
                                         c.keep_until.day), QLocale.FormatType.LongFormat)
        self._line(True, fill(self.tr("Kept %n year(s) after closing, until about %1; then a "
                                      "supervisor reviews it for deletion.", "",
                                      c.retention_years), until))

    def _enable(self) -> None:
        self.ok.setEnabled(self.checklist is not None
                           and bool(self.ui.reasonEdit.toPlainText().strip()))

    def accept(self) -> None:
        from caseapp.services import case_closing

        vault, case_id = self.context.vault, self.context.case.id
        reason = self.ui.reasonEdit.toPlainText()
        self.ok.setEnabled(False)

        def done(case: Case) -> None:
            self.closed.emit(case)
            super(CloseCaseDialog, self).accept()

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._enable()
            show_error(self, exc)

        self.context.run(lambda: case_closing.close_case(vault, case_id, reason), success=done,
                         failure=failed, changes=Area.CASE)
