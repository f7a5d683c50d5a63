"""What a section of the case window is: the :class:`CaseTab` base every area's tab
derives from, the :class:`CaseContext` it is given, the :class:`SaveStep` of the one Save,
and the unsaved-changes question. Areas import this module, never the case window itself,
so the window can list their tabs without an import loop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.gui.changes import Area, Changes
from caseapp.gui.ops import Op
from caseapp.gui.session import Session
from caseapp.gui.status_bar import show_status

if TYPE_CHECKING:
    from caseapp.domain.cases import Case, Counsellor
    from caseapp.services.vault import Vault

T = TypeVar("T")


class CaseWindow(Protocol):
    """What a tab may ask of the case window that holds it (``gui.cases.editor``)."""

    def window(self) -> QWidget: ...

    def case_label(self) -> str: ...

    def tab(self, key: str) -> CaseTab | None: ...

    def show_tab(self, key: str) -> CaseTab | None: ...

    def reload(self) -> None: ...

    def retitle_tab(self, tab: CaseTab) -> None: ...

    def save(self, then: Callable[[bool], None] | None = None) -> None: ...


@dataclass(frozen=True, slots=True)
class SaveStep:
    """One piece of a save: ``run`` on the worker (service calls only), then ``done`` with
    its result on the GUI thread."""

    run: Callable[[], Any]
    done: Callable[[Any], None] | None = None


class CaseContext:
    """What a tab may use. The editor owns it; it lives as long as the case window."""

    def __init__(self, session: Session, case: Case, editor: CaseWindow) -> None:
        self.session = session
        self.case = case
        self.editor = editor
        self._counsellors: list[Counsellor] | None = None

    @property
    def vault(self) -> Vault:
        return self.session.vault

    @property
    def counsellor(self) -> Counsellor:
        return self.session.counsellor

    def counsellors(self) -> list[Counsellor]:
        if self._counsellors is None:
            from caseapp.services import cases

            self._counsellors = cases.list_counsellors(self.vault, include_inactive=True)
        return self._counsellors

    def run(self, op: Callable[..., T], success: Callable[[T], None] | None = None, *,
            label: str | None = None,
            failure: Callable[[BaseException], None] | None = None,
            changes: Area | tuple[Area, ...] | Changes | None = None) -> Op[T]:
        """Run ``op`` in the background, parented to the case window. ``changes``: what the
        op writes, areas of this case or full :class:`Changes` (None: only reads)."""
        declared = self.changes(changes) if changes is not None else None
        job = Op(cast(QWidget, self.editor), op=op, success=success, failure=failure,
                 changes=declared)
        if label:
            job.with_progress(label)
        return job.run_in_background()

    def changes(self, areas: Area | tuple[Area, ...] | Changes) -> Changes:
        """``areas`` of this case as :class:`Changes` (full Changes pass through)."""
        if isinstance(areas, Changes):
            return areas
        return Changes.of_case(self.case.id, *((areas,) if isinstance(areas, Area) else areas))

    def status(self, text: str) -> None:
        show_status(self.editor.window(), text)


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

    def load(self, case: Case) -> None:
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

    def mark_dirty(self, *_args: object) -> None:  # connected to signals of any shape
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
