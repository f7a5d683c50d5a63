"""Sessions section: counselling session notes, newest first. A new note is written in the
form and saved with the case window's Save; saved notes are shown read-only (the record of
a session is not rewritten afterwards). A correction is a dated addendum, written at once
and shown under the original notes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from caseapp.gui import labels
from caseapp.gui.case_tab import CaseContext, CaseTab, SaveStep, ask_unsaved
from caseapp.gui.forms.ui_case_sessions_tab import Ui_SessionsTab

if TYPE_CHECKING:
    from caseapp.domain.cases import Case, CounsellingSession, SessionAddendum

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_MINUTES = 50


class SessionsTab(CaseTab):
    key = "sessions"
    order = 50

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SessionsTab()
        self.ui.setupUi(self)
        self.ui.formTitle.setTextFormat(Qt.TextFormat.PlainText)
        self._sessions: list[CounsellingSession] = []
        self._addenda: dict[int, list[SessionAddendum]] = {}
        self._viewing: int | None = None  # a saved session shown read-only
        self._selecting = False
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        header = self.ui.sessionTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.durationSpin.setSuffix(self.tr(" min", "unit after a number"))
        self._fill_modes()
        self.ui.newButton.clicked.connect(self.new_session)
        self.ui.sessionTable.currentCellChanged.connect(self._row_changed)
        self.ui.notesEdit.textChanged.connect(self.mark_dirty)
        self.ui.nextEdit.textChanged.connect(self.mark_dirty)
        self.ui.modeCombo.editTextChanged.connect(self.mark_dirty)
        self.ui.durationSpin.valueChanged.connect(self.mark_dirty)
        self.ui.heldEdit.dateTimeChanged.connect(self.mark_dirty)
        self.ui.addendumButton.clicked.connect(self.add_addendum)
        self.ui.addendumEdit.textChanged.connect(self._addendum_button)
        self._show_new_form()

    def title(self) -> str:
        return self.tr("Sessions")

    def _fill_modes(self) -> None:
        was, self._loading = self._loading, True
        text = self.ui.modeCombo.currentText()
        self.ui.modeCombo.clear()
        self.ui.modeCombo.addItems([self.tr("Phone"), self.tr("In person"),
                                    self.tr("Video call"), self.tr("Chat"),
                                    self.tr("Text message")])
        self.ui.modeCombo.setEditText(text)
        self._loading = was

    # --- list ---------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        from caseapp.services import cases, session_addenda

        self._sessions = sorted(cases.list_sessions(self.context.vault, case.id),
                                key=_held_key, reverse=True)
        self._addenda = session_addenda.addenda(self.context.vault, case.id)
        self._show_list()
        if self._viewing is not None and any(s.id == self._viewing for s in self._sessions):
            self._show_session(self._viewing)
        else:
            self._show_new_form()

    def _names(self) -> dict[int | None, str]:  # looked up by a session's counsellor_id
        return {c.id: c.name for c in self.context.counsellors()}

    def _show_list(self) -> None:
        names = self._names()
        table = self.ui.sessionTable
        self._selecting = True
        table.setRowCount(len(self._sessions))
        for row, session in enumerate(self._sessions):
            when = QTableWidgetItem(labels.format_when(session.held_at))
            when.setData(ID_ROLE, session.id)
            table.setItem(row, 0, when)
            table.setItem(row, 1, QTableWidgetItem(names.get(session.counsellor_id, "")))
            table.setItem(row, 2, QTableWidgetItem(session.mode))
        table.clearSelection()
        self._selecting = False

    def _row_changed(self, row: int, _col: int, old_row: int, _old_col: int) -> None:
        if self._selecting or row < 0 or row == old_row:
            return
        cell = self.ui.sessionTable.item(row, 0)
        if cell is None:
            return
        session_id = cell.data(ID_ROLE)
        if self.is_dirty():
            answer = ask_unsaved(self, [self.context.editor.case_label()])
            if answer == "cancel":
                self._selecting = True
                self.ui.sessionTable.clearSelection()
                self._selecting = False
                return
            if answer == "save":
                self.context.editor.save(lambda ok: self._show_session(session_id) if ok
                                         else None)
                return
            self.set_dirty(False)
        self._show_session(session_id)

    # --- form ---------------------------------------------------------------------------
    def new_session(self) -> None:
        if self.is_dirty() and self._viewing is None:
            self.ui.notesEdit.setFocus()
            return
        self._show_new_form()
        self.ui.notesEdit.setFocus()

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.ui.heldEdit, self.ui.durationSpin, self.ui.modeCombo):
            widget.setEnabled(editable)
        self.ui.notesEdit.setReadOnly(not editable)
        self.ui.nextEdit.setReadOnly(not editable)

    def _show_addenda(self) -> None:
        viewing = self._viewing is not None
        items = self._addenda.get(self._viewing, []) if self._viewing is not None else []
        for widget in (self.ui.addendaLabel, self.ui.addendaView):
            widget.setVisible(viewing and bool(items))
        for part in (self.ui.addendumLabel, self.ui.addendumEdit, self.ui.addendumButton):
            part.setVisible(viewing)
        self.ui.addendaView.setPlainText("\n\n".join(
            f"{labels.format_local(a.written_at)} · {a.written_by}\n{a.text}" for a in items))
        self._addendum_button()

    def _addendum_button(self) -> None:
        self.ui.addendumButton.setEnabled(self._viewing is not None
                                          and bool(self.ui.addendumEdit.toPlainText().strip()))

    def add_addendum(self) -> None:
        """Write the correction now (not with Save): the original notes stay as they are."""
        from caseapp.gui.changes import Area
        from caseapp.services import session_addenda

        session_id = self._viewing
        text = self.ui.addendumEdit.toPlainText()
        if session_id is None or not text.strip():
            return
        vault = self.context.vault
        self.ui.addendumButton.setEnabled(False)

        session = next(s for s in self._sessions if s.id == session_id)

        def added(_addendum: SessionAddendum) -> None:
            self.ui.addendumEdit.clear()
            self.context.status(self.tr("Addendum added to the session of %1.").replace(
                "%1", labels.format_when(session.held_at)))

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._addendum_button()
            show_error(self, exc)

        self.context.run(lambda: session_addenda.add_addendum(vault, session_id, text),
                         success=added, failure=failed, changes=Area.TIMELINE)

    def _show_new_form(self) -> None:
        self._viewing = None
        self._apply({})
        self._set_editable(True)
        self._show_addenda()
        self.ui.formTitle.setText(self.tr("New session note. Save it with Ctrl+S."))
        self._selecting = True
        self.ui.sessionTable.clearSelection()
        self._selecting = False

    def _show_session(self, session_id: int) -> None:
        session = next((s for s in self._sessions if s.id == session_id), None)
        if session is None:
            self._show_new_form()
            return
        self._viewing = session_id
        held = session.held_at
        self._apply({"held": held.isoformat(), "minutes": session.duration_minutes or 0,
                     "mode": session.mode, "notes": session.notes,
                     "next_steps": session.next_steps})
        self._set_editable(False)
        self._show_addenda()
        self.ui.formTitle.setText(self.tr("Session of %1 by %2 (saved; read-only)")
                                  .replace("%1", labels.format_when(held))
                                  .replace("%2", self._names().get(session.counsellor_id, "")))

    def _apply(self, values: dict[str, Any]) -> None:
        was, self._loading = self._loading, True
        try:
            held = values.get("held")
            if held:
                moment = datetime.fromisoformat(held) if "T" in held else \
                    datetime.fromisoformat(held + "T00:00")
                if moment.tzinfo is not None:  # the clock the session list shows
                    moment = labels.in_display_zone(moment)
                self.ui.heldEdit.setDateTime(QDateTime(
                    QDate(moment.year, moment.month, moment.day),
                    QTime(moment.hour, moment.minute)))
            else:
                self.ui.heldEdit.setDateTime(QDateTime.currentDateTime())
            self.ui.durationSpin.setValue(int(values.get("minutes", DEFAULT_MINUTES)))
            self.ui.modeCombo.setEditText(str(values.get("mode", "")))
            self.ui.notesEdit.setPlainText(str(values.get("notes", "")))
            self.ui.nextEdit.setPlainText(str(values.get("next_steps", "")))
        finally:
            self._loading = was

    def values(self) -> dict[str, Any]:
        held = self.ui.heldEdit.dateTime()
        d, t = held.date(), held.time()
        # read in the organisation's time zone, the clock the list beside it shows
        moment = labels.from_display_zone(datetime(d.year(), d.month(), d.day(), t.hour(),
                                                   t.minute()))
        return {"held": moment.isoformat(), "minutes": self.ui.durationSpin.value(),
                "mode": self.ui.modeCombo.currentText(),
                "notes": self.ui.notesEdit.toPlainText(),
                "next_steps": self.ui.nextEdit.toPlainText()}

    # --- CaseTab ----------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return super().is_dirty() and self._viewing is None

    def save_steps(self) -> list[SaveStep]:
        from caseapp.services import cases

        if self._viewing is not None:
            return []
        values = self.values()
        vault, case_id = self.context.vault, self.context.case.id

        def run() -> CounsellingSession:
            return cases.add_session(vault, case_id, held_at=values["held"],
                                     duration_minutes=values["minutes"] or None,
                                     mode=values["mode"], notes=values["notes"],
                                     next_steps=values["next_steps"])

        def done(session: CounsellingSession) -> None:
            self._viewing = session.id

        return [SaveStep(run, done)]

    def draft(self) -> dict[str, Any] | None:
        return self.values() if self._viewing is None else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        self._viewing = None
        self._set_editable(True)
        self._show_addenda()
        self._apply(data)
        self.ui.formTitle.setText(self.tr("New session note (unsaved, kept while locked)."))

    def retranslate(self) -> None:
        self.ui.durationSpin.setSuffix(self.tr(" min", "unit after a number"))
        self._fill_modes()
        self._show_list()
        if self._viewing is None:
            self.ui.formTitle.setText(self.tr("New session note. Save it with Ctrl+S."))
        else:
            self._show_session(self._viewing)

    def shutdown(self) -> None:
        self._sessions = []
        self._addenda = {}
        self.ui.addendaView.clear()
        self.ui.addendumEdit.clear()
        self._apply({})


def _held_key(session: CounsellingSession) -> str:
    from caseapp.domain.fields import utc_key

    return utc_key(session.held_at)


TABS = [SessionsTab]
