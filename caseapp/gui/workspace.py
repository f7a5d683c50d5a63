"""The unlocked work area: the case list as the first tab and each open case as a closable
tab. Built from a Session at unlock and thrown away whole at lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from caseapp.gui.case_tab import ask_unsaved
from caseapp.gui.cases.editor import CaseEditor
from caseapp.gui.cases.list_view import CaseListView
from caseapp.gui.session import Session
from caseapp.gui.status_bar import show_status
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.cases import Case

log = logging.getLogger(__name__)


class Workspace(QTabWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("workspace")
        self.setTabsClosable(True)
        self.setMovable(False)
        self.setDocumentMode(True)
        self.case_list = CaseListView(session, self)
        self.case_list.open_requested.connect(self.open_case)
        self.case_list.new_case_requested.connect(self.new_case)
        self.addTab(self.case_list, "")
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.LeftSide, None)
        self.tabCloseRequested.connect(self.close_tab)
        self._retranslate()

    # --- editors ----------------------------------------------------------------------
    def editors(self) -> list[CaseEditor]:
        return [w for i in range(self.count()) if isinstance(w := self.widget(i), CaseEditor)]

    def editor_for(self, case_id: int) -> CaseEditor | None:
        return next((e for e in self.editors() if e.case.id == case_id), None)

    def current_editor(self) -> CaseEditor | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, CaseEditor) else None

    def open_case(self, case_id: int) -> CaseEditor:
        from caseapp.services import cases

        existing = self.editor_for(case_id)
        if existing is not None:
            self.setCurrentWidget(existing)
            return existing
        editor = CaseEditor(self.session, cases.get_case(self.session.vault, case_id), self)
        editor.title_changed.connect(lambda e=editor: self._retitle(e))
        editor.dirty_changed.connect(lambda _d, e=editor: self._retitle(e))
        index = self.addTab(editor, editor.case.number)
        self._retitle(editor)
        self.setCurrentIndex(index)
        editor.ui.sections.setFocus()
        return editor

    def _retitle(self, editor: CaseEditor) -> None:
        index = self.indexOf(editor)
        if index >= 0:
            self.setTabText(index, editor.case.number + (" *" if editor.is_dirty() else ""))
            self.setTabToolTip(index, editor.case_label())

    def new_case(self) -> None:
        from caseapp.gui.cases.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.session, self)
        dialog.created.connect(self._case_created)
        dialog.open()

    def _case_created(self, case: Case) -> None:
        self.window().activateWindow()  # back from the dialog: typing goes to the case
        self.open_case(case.id)
        show_status(self, fill(self.tr("Opened new case %1."), case.number))

    def close_tab(self, index: int) -> None:
        widget = self.widget(index)
        if not isinstance(widget, CaseEditor):
            return
        if widget.is_dirty():
            answer = ask_unsaved(self, [widget.case_label()])
            if answer == "cancel":
                return
            if answer == "save":
                widget.save(lambda ok: self._drop_editor(widget) if ok else None)
                return
        self._drop_editor(widget)

    def _drop_editor(self, editor: CaseEditor) -> None:
        index = self.indexOf(editor)
        if index < 0:
            return
        self.removeTab(index)
        editor.shutdown()
        editor.deleteLater()
        self.setCurrentWidget(self.case_list)
        self.case_list.ui.table.setFocus()

    def close_current(self) -> None:
        index = self.currentIndex()
        if isinstance(self.widget(index), CaseEditor):
            self.close_tab(index)

    def save_current(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.save()

    def save_all(self, then: Callable[[bool], None]) -> None:
        """Save every editor with changes, one after another; ``then(all_ok)``."""
        pending = [e for e in self.editors() if e.is_dirty()]

        def next_one(ok: bool = True) -> None:
            if not ok:
                then(False)
                return
            if not pending:
                then(True)
                return
            pending.pop(0).save(next_one)

        next_one()

    def dirty_editors(self) -> list[CaseEditor]:
        return [e for e in self.editors() if e.is_dirty()]

    def focus_search(self) -> None:
        self.setCurrentWidget(self.case_list)
        self.case_list.focus_search()

    # --- lock ---------------------------------------------------------------------------
    def collect_drafts(self) -> dict[str, Any]:
        return {str(e.case.id): e.draft() for e in self.editors() if e.is_dirty()}

    def restore_drafts(self, drafts: dict[str, Any]) -> None:
        from caseapp.errors import CaseAppError

        for key, data in drafts.items():
            try:
                editor = self.open_case(int(key))
            except (CaseAppError, ValueError):
                log.warning("a case with unsaved edits is gone")
                continue
            editor.restore_draft(data)

    def layout_state(self) -> dict[str, Any]:
        """Where the counsellor was, without any case content: the open cases (ids, in tab
        order), the current tab, each case's section, and the field with the keyboard and
        its cursor position. Kept in memory while locked, to come back after unlock."""
        from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

        cases = [e.case.id for e in self.editors()]
        sections = {}
        for editor in self.editors():
            tab = editor.ui.sections.currentWidget()
            key = getattr(tab, "key", None)
            if isinstance(key, str):
                sections[editor.case.id] = key
        current = self.current_editor()
        focus: dict[str, Any] | None = None
        widget = QApplication.focusWidget()
        if current is not None and widget is not None and current.isAncestorOf(widget) \
                and widget.objectName():
            position = None
            if isinstance(widget, QLineEdit):
                position = widget.cursorPosition()
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                position = widget.textCursor().position()
            focus = {"case": current.case.id, "name": widget.objectName(),
                     "position": position}
        return {"cases": cases, "current": current.case.id if current else None,
                "sections": sections, "focus": focus}

    def restore_layout(self, state: dict[str, Any]) -> bool:
        """Reopen what :meth:`layout_state` recorded (cases gone since are skipped)."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

        from caseapp.errors import CaseAppError

        for case_id in state.get("cases", []):
            try:
                editor = self.open_case(int(case_id))
            except (CaseAppError, ValueError):
                continue
            key = state.get("sections", {}).get(case_id)
            if key:
                editor.show_tab(key)
        current = state.get("current")
        chosen = self.editor_for(current) if current is not None else None
        if chosen is None:
            return False
        self.setCurrentWidget(chosen)
        focus = state.get("focus")
        if focus and focus.get("case") == current:
            widget = chosen.findChild(QWidget, focus["name"])
            if widget is not None:
                widget.setFocus()
                position = focus.get("position")
                if isinstance(position, int) and isinstance(widget, QLineEdit):
                    widget.setCursorPosition(position)
                elif isinstance(position, int) and isinstance(widget, QPlainTextEdit | QTextEdit):
                    cursor = widget.textCursor()
                    cursor.setPosition(min(position, len(widget.toPlainText())))
                    widget.setTextCursor(cursor)
        return True

    def shutdown(self) -> None:
        for editor in self.editors():
            editor.shutdown()
        self.case_list.shutdown()

    def _retranslate(self) -> None:
        self.setTabText(0, self.tr("Cases"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
