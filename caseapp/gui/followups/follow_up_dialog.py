"""One follow-up's dialog, opened from the Follow-ups view and from a request's follow-ups in
the takedown tab: postpone it by some days, give it a new due date, or mark it done with a
note. Each choice is one service call in an Op that declares the takedown change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.gui import labels
from caseapp.gui.changes import Area, Changes
from caseapp.gui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from caseapp.gui.ops import Op
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.takedowns import TakedownRequest
    from caseapp.services.vault import Vault


@dataclass(frozen=True, slots=True)
class FollowUpRef:
    """What the dialog needs to know about the follow-up it acts on."""

    task_id: int
    kind_label: str
    due_at: datetime
    request_code: str
    case_id: int


def _qdatetime(value: datetime) -> QDateTime:
    local = labels.in_display_zone(value)  # the same clock as the times shown beside it
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute))


class FollowUpDialog(QDialog):
    changed = Signal(object)  # the updated TakedownRequest

    POSTPONE, DUE, DONE = "postpone", "due", "done"

    def __init__(self, vault: Vault, follow_up: FollowUpRef,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.vault = vault
        self.follow_up = follow_up
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.dueEdit.setDateTime(_qdatetime(follow_up.due_at))
        for radio in (self.ui.postponeRadio, self.ui.dueRadio, self.ui.doneRadio):
            radio.toggled.connect(lambda _on: self._enable())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()
        self._enable()

    def choose(self, action: str) -> None:
        {self.POSTPONE: self.ui.postponeRadio, self.DUE: self.ui.dueRadio,
         self.DONE: self.ui.doneRadio}[action].setChecked(True)

    def action(self) -> str:
        if self.ui.dueRadio.isChecked():
            return self.DUE
        if self.ui.doneRadio.isChecked():
            return self.DONE
        return self.POSTPONE

    def _enable(self) -> None:
        action = self.action()
        self.ui.daysSpin.setEnabled(action == self.POSTPONE)
        self.ui.dueEdit.setEnabled(action == self.DUE)
        self.ui.noteEdit.setEnabled(action == self.DONE)
        self.ui.noteLabel.setEnabled(action == self.DONE)

    def accept(self) -> None:
        from caseapp.services import takedowns

        vault, task_id = self.vault, self.follow_up.task_id
        action = self.action()
        days = self.ui.daysSpin.value()
        due = self.ui.dueEdit.dateTime().toPython()
        assert isinstance(due, datetime)
        due = labels.from_display_zone(due.replace(tzinfo=None))  # as typed, shown zone
        note = self.ui.noteEdit.toPlainText()
        self.ui.buttons.setEnabled(False)

        def work() -> TakedownRequest:
            if action == self.DONE:
                return takedowns.complete_follow_up(vault, task_id, note=note)
            if action == self.DUE:
                return takedowns.move_follow_up(vault, task_id, due=due)
            return takedowns.move_follow_up(vault, task_id, days=days)

        def done(request: TakedownRequest) -> None:
            self.changed.emit(request)
            super(FollowUpDialog, self).accept()

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self.ui.buttons.setEnabled(True)
            show_error(self, exc)

        Op(self, op=work, success=done, failure=failed,
           changes=Changes.of_case(self.follow_up.case_id, Area.TAKEDOWNS, Area.FOLLOWUPS)) \
            .run_in_background()

    def _retranslate(self) -> None:
        f = self.follow_up
        self.setWindowTitle(fill(self.tr("%1: follow-up"), f.request_code))
        self.ui.introLabel.setText(fill(self.tr("%1 of %2, due %3."), f.kind_label,
                                        f.request_code, labels.format_local(f.due_at)))
        self.ui.daysSpin.setSuffix(self.tr(" day(s)"))
