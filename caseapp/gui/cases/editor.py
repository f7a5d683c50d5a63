"""The case window: one open case (a tab of the workspace) with its sections as tabs, one
Save for all of them, and the unsaved-changes guard.

Sections are :class:`~caseapp.gui.case_tab.CaseTab` subclasses that each area keeps in its own
package (``gui/cases/*_tab.py``, ``gui/evidence/tab.py``, ``gui/takedowns/tab.py``,
``gui/reports/tab.py``), each module exposing ``TABS``; :func:`case_tab_classes` lists those
modules explicitly and ``CaseTab.order`` places each tab. A new area's tab is one more import
and one more entry there (see docs/architecture.md).

Reads are quick service calls on the GUI thread; every write runs in an Op."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from caseapp.gui import changes, labels, ops
from caseapp.gui.case_tab import CaseContext, CaseTab
from caseapp.gui.cases import consent_tab, identity_tab, overview_tab, sessions_tab, timeline_tab
from caseapp.gui.changes import Changes
from caseapp.gui.evidence import tab as evidence_tab
from caseapp.gui.forms.ui_case_editor import Ui_CaseEditor
from caseapp.gui.ops import Op
from caseapp.gui.reports import tab as reports_tab
from caseapp.gui.session import Session
from caseapp.gui.takedowns import tab as takedowns_tab
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.cases import Case

log = logging.getLogger(__name__)


def case_tab_classes() -> list[type[CaseTab]]:
    """Every section of the case window, in their order: the case's own records, then the
    evidence, takedown and report areas."""
    found: list[type[CaseTab]] = [*overview_tab.TABS, *identity_tab.TABS, *consent_tab.TABS,
                                  *timeline_tab.TABS, *sessions_tab.TABS, *evidence_tab.TABS,
                                  *takedowns_tab.TABS, *reports_tab.TABS]
    return sorted(found, key=lambda cls: cls.order)


class CaseEditor(QWidget):
    """Emits ``dirty_changed`` when the window gains or loses unsaved changes; reloads when an
    operation anywhere announces a change to its case (``gui.changes``)."""

    dirty_changed = Signal(bool)
    title_changed = Signal()

    def __init__(self, session: Session, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_CaseEditor()
        self.ui.setupUi(self)
        title_font = self.ui.titleLabel.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.ui.titleLabel.setFont(title_font)
        self.ui.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.statusBadge.setTextFormat(Qt.TextFormat.PlainText)
        self.context = CaseContext(session, case, self)
        self._saving = False
        self.tabs: list[CaseTab] = []
        for cls in case_tab_classes():
            tab = cls(self.context)
            tab.dirty_changed.connect(self._on_tab_dirty)
            self.tabs.append(tab)
            self.ui.sections.addTab(tab, tab.title())
        self.ui.saveButton.clicked.connect(lambda: self.save())
        changes.hub().changed.connect(self.on_changes)
        self.reload()
        self._on_tab_dirty()

    @property
    def case(self) -> Case:
        return self.context.case

    def case_label(self) -> str:
        return f"{self.case.number} · {self.case.pseudonym}"

    def tab(self, key: str) -> CaseTab | None:
        return next((t for t in self.tabs if t.key == key), None)

    # --- loading ----------------------------------------------------------------------
    def show_tab(self, key: str) -> CaseTab | None:
        """Bring one section to the front; None when the window has no such section."""
        found = self.tab(key)
        if found is not None:
            self.ui.sections.setCurrentWidget(found)
        return found

    def on_changes(self, what: Changes) -> None:
        """An operation somewhere changed records: reload when they belong to this case."""
        if ops.widget_alive(self) and what.touches_case(self.case.id):
            self.reload()

    def reload(self) -> None:
        from caseapp.services import cases

        self.context.case = cases.get_case(self.session.vault, self.case.id)
        self._show_header()
        for tab in self.tabs:
            if not tab.is_dirty():
                tab._loading = True
                try:
                    tab.load(self.context.case)
                finally:
                    tab._loading = False
        self.title_changed.emit()

    def _show_header(self) -> None:
        case = self.case
        self.ui.titleLabel.setText(f"{case.number} · {case.pseudonym}")
        self.ui.statusBadge.setText(f"[{labels.core_label(case.status)}] "
                                    f"{labels.core_label(case.risk)}")

    def retitle_tab(self, tab: CaseTab) -> None:
        index = self.ui.sections.indexOf(tab)
        if index >= 0:
            self.ui.sections.setTabText(index, tab.title())

    # --- dirty and saving ---------------------------------------------------------------
    def is_dirty(self) -> bool:
        return any(tab.is_dirty() for tab in self.tabs)

    def _on_tab_dirty(self, *_args: object) -> None:  # slot for signals of any shape
        dirty = self.is_dirty()
        self.ui.dirtyLabel.setVisible(dirty)
        self.ui.saveButton.setEnabled(dirty and not self._saving)
        for tab in self.tabs:
            index = self.ui.sections.indexOf(tab)
            self.ui.sections.setTabText(index, tab.title() + (" *" if tab.is_dirty() else ""))
        self.dirty_changed.emit(dirty)

    def save(self, then: Callable[[bool], None] | None = None) -> None:
        """Run every dirty tab's steps in one Op; ``then(ok)`` afterwards."""
        if self._saving:
            return
        dirty = [tab for tab in self.tabs if tab.is_dirty()]
        steps = [(tab, step) for tab in dirty for step in tab.save_steps()]
        if not steps:
            for tab in dirty:
                tab.saved()
            if then is not None:
                then(True)
            return
        self._saving = True
        self._on_tab_dirty()

        def work() -> list[Any]:
            return [step.run() for _tab, step in steps]

        def done(results: list[Any]) -> None:
            self._saving = False
            for (_tab, step), result in zip(steps, results, strict=True):
                if step.done is not None:
                    step.done(result)
            for tab in dirty:
                tab.saved()
            self._on_tab_dirty()
            self.context.status(fill(QCoreApplication.translate("CaseEditor", "Saved case %1."),
                                     self.case.number))
            if then is not None:
                then(True)

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._saving = False
            self._on_tab_dirty()
            show_error(self, exc)
            if then is not None:
                then(False)

        Op(self, op=work, success=done, failure=failed,
           changes=Changes.of_case(self.case.id)).with_progress(
            QCoreApplication.translate("CaseEditor", "Saving…")).run_in_background()

    # --- drafts across a lock ---------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        tabs = {}
        for tab in self.tabs:
            if tab.is_dirty():
                data = tab.draft()
                if data is not None:
                    tabs[tab.key] = data
        return {"case_id": self.case.id, "tabs": tabs}

    def restore_draft(self, data: dict[str, Any]) -> None:
        for key, value in dict(data.get("tabs", {})).items():
            tab = self.tab(key)
            if tab is not None and isinstance(value, dict):
                tab.restore_draft(value)
                tab.set_dirty(True)
        self._on_tab_dirty()

    def shutdown(self) -> None:
        for tab in self.tabs:
            tab.shutdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_header()
            self._on_tab_dirty()
        super().changeEvent(event)
