"""Takedowns section of the case window: the case's requests with their status and next
follow-up; for the selected one its history (dates, reference numbers, who recorded what),
the chain of requests about the same material (escalations and re-uploads) and its
follow-ups; and the actions of the lifecycle (letter, status, check, removal verified,
re-upload, escalation). Each action is one service call in an Op."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from caseapp.gui import labels, language
from caseapp.gui.case_tab import CaseContext, CaseTab
from caseapp.gui.changes import TAKEDOWN_CHANGES
from caseapp.gui.forms.ui_takedown_tab import Ui_TakedownsTab
from caseapp.gui.rich_text import plain_tip
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.cases import Case
    from caseapp.domain.takedowns import EvidenceRef, StatusEvent, TakedownRequest, TakedownTask
    from caseapp.gui.followups.follow_up_dialog import FollowUpDialog
    from caseapp.gui.takedowns.dialogs import StatusDialog

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def short_date(value: datetime | None) -> str:
    """The local calendar date only: enough for a list, the details show the time."""
    if value is None:
        return ""
    local = value.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day),
                              QLocale.FormatType.ShortFormat)


class TakedownsTab(CaseTab):
    key = "takedowns"
    order = 70

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_TakedownsTab()
        self.ui.setupUi(self)
        for label in (self.ui.consentHint, self.ui.titleLabel, self.ui.detailsLabel,
                      self.ui.chainHint):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.consentHint.setStyleSheet("color: #b3261e;")
        font = self.ui.titleLabel.font()
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        for table in (self.ui.requestTable, self.ui.historyTable, self.ui.chainTable,
                      self.ui.taskTable):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = self.ui.requestTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((115, 200, 85, 80, 85, 80)):
            self.ui.requestTable.setColumnWidth(column, width)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.requests: list[TakedownRequest] = []
        self._next: dict[int, TakedownTask] = {}
        self._consent: str | None = None
        self._selected: int | None = None
        self._history: list[StatusEvent] = []
        self._chain: list[TakedownRequest] = []
        self._tasks: list[TakedownTask] = []
        self._evidence: list[EvidenceRef] = []
        self._filling = False
        a = self.ui
        a.requestTable.currentCellChanged.connect(lambda *_a: self._row_changed())
        a.chainTable.cellDoubleClicked.connect(self._chain_clicked)
        a.newButton.clicked.connect(self.new_request)
        a.letterButton.clicked.connect(self.open_letter)
        a.statusButton.clicked.connect(lambda: self.record_status())
        a.checkButton.clicked.connect(self.record_check)
        a.verifyRemovalButton.clicked.connect(self.verify_removal)
        a.reuploadButton.clicked.connect(self.found_again)
        a.stillGoneButton.clicked.connect(self.still_gone)
        a.escalateButton.clicked.connect(self.escalate)
        a.followUpButton.clicked.connect(lambda: self.change_follow_up())
        a.taskTable.currentCellChanged.connect(lambda *_a: self._task_buttons())
        self._show_selected()

    def title(self) -> str:
        return self.tr("Takedowns")

    # --- loading ----------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        from caseapp.services import takedowns

        vault = self.context.vault
        self.requests = takedowns.list_requests(vault, case.id)
        self._next = {}
        for request in self.requests:
            open_tasks = takedowns.tasks(vault, request.id, open_only=True)
            if open_tasks:
                self._next[request.id] = min(open_tasks, key=lambda t: t.due_at)
        self._consent = takedowns.require_consent_message(vault, case.id)
        self._show_list()
        self._show_selected()

    def _show_list(self) -> None:
        self.ui.consentHint.setVisible(self._consent is not None)
        self.ui.consentHint.setText(self._consent or "")
        self.ui.newButton.setEnabled(self._consent is None)
        table = self.ui.requestTable
        self._filling = True
        table.setRowCount(len(self.requests))
        selected_row = -1
        for row, request in enumerate(self.requests):
            task = self._next.get(request.id)
            follow = ""
            if task is not None:
                follow = f"{short_date(task.due_at)} · {labels.core_label(task.kind)}"
            cells = (request.code, request.target, labels.recipient_name(request.recipient_name),
                     labels.core_label(request.status),
                     short_date(request.submitted_at), request.recipient_reference,
                     follow)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 0:
                    cell.setData(ID_ROLE, request.id)
                if column == 1:
                    cell.setToolTip(plain_tip(text))
                table.setItem(row, column, cell)
            if request.id == self._selected:
                selected_row = row
        if selected_row >= 0:
            table.setCurrentCell(selected_row, 0)
        else:
            table.clearSelection()
            self._selected = None
        self._filling = False

    def selected_request(self) -> TakedownRequest | None:
        return next((r for r in self.requests if r.id == self._selected), None)

    def select_request(self, request_id: int) -> None:
        self._selected = request_id
        row = next((n for n, r in enumerate(self.requests) if r.id == request_id), -1)
        if row >= 0:
            self.ui.requestTable.setCurrentCell(row, 0)
            self.ui.requestTable.setFocus()
        self._show_selected()

    def _row_changed(self) -> None:
        if self._filling:
            return
        row = self.ui.requestTable.currentRow()
        self._selected = self.requests[row].id if 0 <= row < len(self.requests) else None
        self._show_selected()

    # --- the selected request -------------------------------------------------------------
    def _show_selected(self) -> None:
        from caseapp.services import takedowns

        request = self.selected_request()
        self._history, self._chain, self._tasks, self._evidence = [], [], [], []
        if request is not None:
            vault = self.context.vault
            self._history = takedowns.history(vault, request.id)
            self._chain = takedowns.chain(vault, request.id)
            self._tasks = takedowns.tasks(vault, request.id)
            self._evidence = takedowns.evidence_of(vault, request.id)
        self._show_details(request)
        self._update_buttons(request)

    def _show_details(self, request: TakedownRequest | None) -> None:
        from caseapp.takedown import targets

        for table in (self.ui.historyTable, self.ui.chainTable, self.ui.taskTable):
            table.setRowCount(0)
        if request is None:
            self.ui.titleLabel.setText(self.tr("Select a request to see its history and "
                                               "follow it up."))
            self.ui.detailsLabel.clear()
            self.ui.chainHint.clear()
            return
        self.ui.titleLabel.setText(f"{request.code} · {labels.core_label(request.status)}")
        lines = ["\n".join(targets.display_lines(request.target_kind, request.target))]

        def add(label: str, value: object) -> None:
            if value not in (None, ""):
                lines.append(f"{label}: {value}")

        add(self.tr("Recipient"), f"{labels.recipient_name(request.recipient_name)} · "
                                  f"{labels.core_label(request.channel)}")
        add(self.tr("Asked to"), labels.core_label(request.action))
        add(self.tr("Content type"), labels.core_label(request.content_type))
        add(self.tr("Reference number"), request.recipient_reference)
        add(self.tr("Submitted"), labels.format_local(request.submitted_at))
        add(self.tr("Acknowledged"), labels.format_local(request.acknowledged_at))
        add(self.tr("Answered or closed"), labels.format_local(request.resolved_at))
        add(self.tr("Removal verified"), labels.format_local(request.removal_verified_at))
        add(self.tr("Last checked"), labels.format_local(request.last_checked_at))
        add(self.tr("Escalate from"), labels.format_local(request.escalate_at))
        add(self.tr("Evidence"), ", ".join(e.code for e in self._evidence))
        if request.description:
            add(self.tr("What the material is"), request.description)
        self.ui.detailsLabel.setText("\n".join(lines))
        self._fill_history()
        self._fill_chain(request)
        self._fill_tasks()

    def _fill_history(self) -> None:
        table = self.ui.historyTable
        table.setRowCount(len(self._history))
        for row, event in enumerate(reversed(self._history)):
            cells = (labels.format_when(event.at), labels.core_label(event.new_status),
                     event.reference, event.note, event.recorded_by)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3 and text:
                    cell.setToolTip(plain_tip(text))
                table.setItem(row, column, cell)

    def _fill_chain(self, request: TakedownRequest) -> None:
        table = self.ui.chainTable
        table.setRowCount(len(self._chain))
        for row, member in enumerate(self._chain):
            link = labels.core_label(member.link) if member.link else self.tr("First request")
            cells = (member.code, link, member.target, labels.recipient_name(member.recipient_name),
                     labels.core_label(member.status))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, member.id)
                if member.id == request.id:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                if column == 2:
                    cell.setToolTip(plain_tip(text))
                table.setItem(row, column, cell)
        if len(self._chain) > 1:
            self.ui.chainHint.setText(self.tr(
                "%n request(s) about the same material: escalations and re-uploads, oldest "
                "first. Double-click one to open it.", "", len(self._chain)))
        else:
            self.ui.chainHint.setText(self.tr(
                "No escalation or re-upload yet. When the material comes back, use Found "
                "again; the new request is linked here."))

    def _fill_tasks(self) -> None:
        table = self.ui.taskTable
        tasks = sorted(self._tasks, key=lambda t: (not t.open, t.due_at))
        table.setRowCount(len(tasks))
        for row, task in enumerate(tasks):
            done = labels.format_local(task.done_at) if task.done_at else self.tr("open")
            if task.note:
                done = f"{done} · {task.note.splitlines()[0]}"
            cells = (labels.core_label(task.kind), labels.format_local(task.due_at), done)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, task.id)
                if task.note:
                    item.setToolTip(plain_tip(task.note))
                table.setItem(row, column, item)
        self._task_buttons()

    def selected_task(self) -> TakedownTask | None:
        """The follow-up chosen in the table, or else the request's next open one."""
        cell = self.ui.taskTable.item(max(0, self.ui.taskTable.currentRow()), 0)
        chosen = None if cell is None else cell.data(ID_ROLE)
        task = next((t for t in self._tasks if t.id == chosen and t.open), None)
        if task is None:
            open_tasks = sorted((t for t in self._tasks if t.open), key=lambda t: t.due_at)
            task = open_tasks[0] if open_tasks else None
        return task

    def _task_buttons(self) -> None:
        self.ui.followUpButton.setEnabled(self.selected_task() is not None)

    def change_follow_up(self, action: str | None = None) -> FollowUpDialog | None:
        from caseapp.gui.followups.follow_up_dialog import FollowUpDialog, FollowUpRef

        request, task = self.selected_request(), self.selected_task()
        if request is None or task is None:
            return None
        dialog = FollowUpDialog(self.context.vault, FollowUpRef(
            task.id, labels.core_label(task.kind), task.due_at, request.code,
            self.context.case.id), self)
        if action is not None:
            dialog.choose(action)
        dialog.changed.connect(lambda r: self._changed(r, fill(
            self.tr("Follow-up of %1 updated."), r.code)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _chain_clicked(self, row: int, _column: int) -> None:
        cell = self.ui.chainTable.item(row, 0)
        if cell is None:
            return
        request_id = cell.data(ID_ROLE)
        if any(r.id == request_id for r in self.requests):
            self.select_request(request_id)

    def open_recheck(self) -> TakedownTask | None:
        return next((t for t in self._tasks if t.open and str(t.kind) == "recheck"), None)

    def _update_buttons(self, request: TakedownRequest | None) -> None:
        from caseapp.domain.takedowns import ALLOWED_TRANSITIONS, TakedownStatus

        a = self.ui
        for button in (a.letterButton, a.statusButton, a.checkButton, a.verifyRemovalButton,
                       a.reuploadButton, a.stillGoneButton, a.escalateButton):
            button.setEnabled(False)
        if request is None:
            return
        status = request.status
        a.letterButton.setEnabled(True)
        a.statusButton.setEnabled(bool(ALLOWED_TRANSITIONS[status]))
        a.checkButton.setEnabled(status.awaiting_answer)
        a.verifyRemovalButton.setEnabled(status is TakedownStatus.REMOVED
                                         and request.removal_verified_at is None)
        a.reuploadButton.setEnabled(status.was_sent)
        a.stillGoneButton.setEnabled(self.open_recheck() is not None)
        a.escalateButton.setEnabled(status not in (TakedownStatus.REMOVED,
                                                   TakedownStatus.WITHDRAWN,
                                                   TakedownStatus.DRAFT))

    # --- actions --------------------------------------------------------------------------
    def _changed(self, request: TakedownRequest, message: str) -> None:
        if request is not None:
            self._selected = request.id
        self.context.status(message)

    def new_request(self) -> None:
        from caseapp.gui.takedowns.dialogs import start_takedown

        start_takedown(self.context, [], self)

    def open_letter(self) -> None:
        from caseapp.gui.takedowns.dialogs import LetterDialog

        request = self.selected_request()
        if request is None:
            return
        dialog = LetterDialog(self.context, request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def record_status(self, status: str | None = None) -> StatusDialog | None:
        from caseapp.gui.takedowns.dialogs import StatusDialog

        request = self.selected_request()
        if request is None:
            return None
        dialog = StatusDialog(self.context, request, self)
        if status is not None:
            dialog.choose(status)
        dialog.changed.connect(lambda r: self._changed(r, fill(
            self.tr("%1 is now %2."), r.code, labels.core_label(r.status))))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record_check(self) -> None:
        from caseapp.services import takedowns

        request = self.selected_request()
        if request is None:
            return
        vault = self.context.vault
        self.context.run(lambda: takedowns.record_check(vault, request.id),
                         lambda r: self._changed(r, fill(self.tr(
                             "Recorded that %1 is still online; the next follow-up is "
                             "planned."), r.code)), changes=TAKEDOWN_CHANGES)

    def verify_removal(self) -> None:
        from caseapp.services import takedowns

        request = self.selected_request()
        if request is None:
            return
        vault = self.context.vault
        self.context.run(lambda: takedowns.verify_removal(vault, request.id),
                         lambda r: self._changed(r, self.tr(
                             "Removal of %1 verified; re-checks for re-uploads are planned.")
                             .replace("%1", r.code)), changes=TAKEDOWN_CHANGES)

    def found_again(self) -> None:
        from caseapp.gui.takedowns.dialogs import ReuploadDialog

        request = self.selected_request()
        if request is None:
            return
        task = self.open_recheck()
        dialog = ReuploadDialog(self.context, request, task.id if task is not None else None,
                                self)
        dialog.created.connect(lambda r: self._changed(r, fill(self.tr(
            "Re-upload request %1 created and linked."), r.code)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def still_gone(self) -> None:
        from caseapp.services import takedowns

        request, task = self.selected_request(), self.open_recheck()
        if request is None or task is None:
            return
        vault = self.context.vault
        self.context.run(lambda: takedowns.complete_recheck(vault, task.id, found_again=False),
                         lambda _r: self._changed(request, self.tr(
                             "Re-check of %1 recorded: still gone.").replace("%1",
                                                                             request.code)),
                         changes=TAKEDOWN_CHANGES)

    def escalate(self) -> None:
        from caseapp.services import takedowns

        request = self.selected_request()
        if request is None:
            return
        vault = self.context.vault
        state = takedowns.escalation_state(vault, request.id)
        lang = language.current()
        box = QMessageBox(self.window())
        box.setObjectName("escalateQuestion")
        box.setWindowTitle(self.tr("Escalate %1").replace("%1", request.code))
        box.setTextFormat(Qt.TextFormat.PlainText)
        if state.next_step is None:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(fill(self.tr("%1 is at the last step (%2); there is no further "
                                     "escalation."), request.code, state.step.label(lang)))
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        lines = [f"{'✓' if c.met else ('✗' if c.blocking else '–')} {c.requirement.label(lang)}"
                 for c in state.checks]
        box.setText(self.tr("Next step: %1.").replace("%1", state.next_step.label(lang)))
        box.setInformativeText("\n".join(lines))
        if state.ready:
            box.setIcon(QMessageBox.Icon.Question)
            go = box.addButton(self.tr("Create the next request"),
                               QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
        else:
            box.setIcon(QMessageBox.Icon.Information)
            go = None
            box.setInformativeText(self.tr("Not possible yet:") + "\n" + "\n".join(lines))
            box.addButton(QMessageBox.StandardButton.Close)

        def answered() -> None:
            if go is not None and box.clickedButton() is go:
                self.context.run(lambda: takedowns.escalate(vault, request.id),
                                 lambda r: self._changed(r, fill(self.tr(
                                     "Escalation request %1 created as a draft."), r.code)),
                                 changes=TAKEDOWN_CHANGES)

        box.finished.connect(lambda _r: answered())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- CaseTab -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        from caseapp.services import takedowns

        self._consent = takedowns.require_consent_message(self.context.vault,
                                                          self.context.case.id)
        self._show_list()
        self._show_details(self.selected_request())

    def shutdown(self) -> None:
        self.requests, self._history, self._chain, self._tasks = [], [], [], []
        self._selected = None
        self.ui.requestTable.setRowCount(0)
        self._show_details(None)

TABS = [TakedownsTab]
