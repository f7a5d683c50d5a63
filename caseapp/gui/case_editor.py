"""The case window: one open case (a tab of the workspace) with its sections as tabs, one
Save for all of them, and the unsaved-changes guard.

Sections are pluggable, so other areas add tabs without editing this file's logic:

* A section is a :class:`CaseTab` subclass living in a module named in :data:`TAB_MODULES`
  (imported on first use). The module exposes ``TABS = [MyTab, ...]``.
* ``CaseTab.order`` places it: overview 10, identity 20, consent 30, timeline 40,
  sessions 50; the evidence, takedown and report tabs (issue 8) take 60, 70, 80.
  ``CaseTab.key`` is a stable name used for unsaved drafts.
* A tab gets a :class:`CaseContext` (the vault, the counsellor, the current case, ``run``
  for an Op parented to the window, ``status`` for the status bar, ``reload``) and
  implements ``title``, ``load(case)``, and, when it edits things, ``is_dirty``,
  ``save_steps`` (work done in the one save Op, each a :class:`SaveStep`), ``draft`` /
  ``restore_draft`` (plain JSON values; kept sealed while locked) and ``retranslate``.
  Immediate actions (change status, record consent, reveal identity) use ``context.run``.
* ``register_tab_module("caseapp.gui.case_tabs.evidence")`` adds a module at run time.

Reads are quick service calls on the GUI thread; every write runs in an Op."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.gui import labels
from caseapp.gui.forms.ui_case_editor import Ui_CaseEditor
from caseapp.gui.ops import Op
from caseapp.gui.session import Session

log = logging.getLogger(__name__)

TAB_MODULES: list[str] = [
    "caseapp.gui.case_tabs.overview",
    "caseapp.gui.case_tabs.identity",
    "caseapp.gui.case_tabs.consent",
    "caseapp.gui.case_tabs.timeline",
    "caseapp.gui.case_tabs.sessions",
    "caseapp.gui.case_tabs.evidence",
    "caseapp.gui.case_tabs.takedowns",
    "caseapp.gui.case_tabs.reports",
]


def register_tab_module(module: str) -> None:
    if module not in TAB_MODULES:
        TAB_MODULES.append(module)


def case_tab_classes() -> list[type[CaseTab]]:
    found: list[type[CaseTab]] = []
    for name in TAB_MODULES:
        found.extend(getattr(importlib.import_module(name), "TABS", []))
    return sorted(found, key=lambda cls: cls.order)


@dataclass(frozen=True, slots=True)
class SaveStep:
    """One piece of a save: ``run`` on the worker (service calls only), then ``done`` with
    its result on the GUI thread."""

    run: Callable[[], Any]
    done: Callable[[Any], None] | None = None


class CaseContext:
    """What a tab may use. The editor owns it; it lives as long as the case window."""

    def __init__(self, session: Session, case: Any, editor: CaseEditor) -> None:
        self.session = session
        self.case = case
        self.editor = editor
        self._counsellors: list[Any] | None = None

    @property
    def vault(self) -> Any:
        return self.session.vault

    @property
    def counsellor(self) -> Any:
        return self.session.counsellor

    def counsellors(self) -> list[Any]:
        if self._counsellors is None:
            from caseapp.services import cases

            self._counsellors = cases.list_counsellors(self.vault, include_inactive=True)
        return self._counsellors

    def run(self, op: Callable[..., Any], success: Callable[[Any], None] | None = None, *,
            label: str | None = None,
            failure: Callable[[BaseException], None] | None = None) -> Op:
        job = Op(self.editor, op=op, success=success, failure=failure)
        if label:
            job.with_progress(label)
        return job.run_in_background()

    def status(self, text: str) -> None:
        window = self.editor.window()
        if hasattr(window, "show_status"):
            window.show_status(text)

    def reload(self) -> None:
        self.editor.reload()

    def changed_elsewhere(self) -> None:
        """Something was written immediately (status, consent): refresh the header and the
        case list."""
        self.editor.reload()
        self.editor.saved.emit(self.case.id)


class CaseTab(QWidget):
    """Base of a section of the case window."""

    key: ClassVar[str] = ""
    order: ClassVar[int] = 100
    dirty_changed = Signal(bool)

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._dirty = False
        self._loading = False

    # --- what a tab implements --------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def load(self, case: Any) -> None:
        """(Re)show ``case`` and what hangs off it."""

    def save_steps(self) -> list[SaveStep]:
        return []

    def saved(self) -> None:
        """Called after every step of a save succeeded."""
        self.set_dirty(False)

    def draft(self) -> dict[str, Any] | None:
        return None

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Apply a draft kept across a lock; the tab is then dirty."""

    def retranslate(self) -> None:
        """Re-set texts built in code (``ui.retranslateUi`` is called for you)."""

    def shutdown(self) -> None:
        """The window is closing or the app locks: drop what the tab holds."""

    # --- dirty tracking ---------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool = True) -> None:
        if self._loading or dirty == self._dirty:
            return
        self._dirty = dirty
        self.dirty_changed.emit(dirty)

    def mark_dirty(self, *_args: Any) -> None:
        self.set_dirty(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            ui = getattr(self, "ui", None)
            if ui is not None:
                was, self._loading = self._loading, True
                ui.retranslateUi(self)
                self._loading = was
            self.retranslate()
            self.context.editor.retitle_tab(self)
        super().changeEvent(event)


def ask_unsaved(parent: QWidget, names: list[str]) -> str:
    """Ask what to do with unsaved changes: "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CaseEditor", "Unsaved changes"))
    box.setText(QCoreApplication.translate(
        "CaseEditor", "These cases have changes that are not saved yet:")
        + "\n" + "\n".join(names))
    box.setInformativeText(QCoreApplication.translate("CaseEditor", "Save them now?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("unsavedChangesBox")
    answer = box.exec()
    parent.window().activateWindow()  # keyboard focus back where the person was working
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


class CaseEditor(QWidget):
    """Emits ``dirty_changed`` when the window gains or loses unsaved changes and ``saved``
    (the case id) after anything was written, so the case list can refresh."""

    dirty_changed = Signal(bool)
    saved = Signal(int)
    title_changed = Signal()

    def __init__(self, session: Session, case: Any, parent: QWidget | None = None) -> None:
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
        self.reload()
        self._on_tab_dirty()

    @property
    def case(self) -> Any:
        return self.context.case

    def case_label(self) -> str:
        return f"{self.case.number} · {self.case.pseudonym}"

    def tab(self, key: str) -> CaseTab | None:
        return next((t for t in self.tabs if t.key == key), None)

    # --- loading ----------------------------------------------------------------------
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

    def _on_tab_dirty(self, *_args: Any) -> None:
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
            self.reload()
            self._on_tab_dirty()
            self.context.status(QCoreApplication.translate("CaseEditor", "Saved case %1.")
                                .replace("%1", self.case.number))
            self.saved.emit(self.case.id)
            if then is not None:
                then(True)

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._saving = False
            self._on_tab_dirty()
            show_error(self, exc)
            if then is not None:
                then(False)

        Op(self, op=work, success=done, failure=failed).with_progress(
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
