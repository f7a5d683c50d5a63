"""The one main window and its two states. Locked: only the unlock screen (and, right after
unlocking, the profile choice). Unlocked: the workspace (case list and open cases) built on
a :class:`Session`. Locking (Ctrl+L, the toolbar, idle time, Esc Esc) seals unsaved edits,
drops the workspace and every dialog, closes the vault (its keys are wiped) and shows the
unlock screen; nothing of any case stays on screen or in the window's objects."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # QtCore.Qt only once unlocked: its first use is costly
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from caseapp.gui import labels, language
from caseapp.gui.forms.ui_main_window import Ui_MainWindow
from caseapp.gui.lock.drafts import DraftSafe
from caseapp.gui.lock.idle_lock import IdleLock
from caseapp.gui.lock.unlock_screen import UnlockScreen
from caseapp.gui.preferences import Preferences

if TYPE_CHECKING:
    from caseapp.domain.cases import Counsellor
    from caseapp.gui.backup.restore_dialog import RestoreDialog
    from caseapp.gui.help_viewer import HelpDialog
    from caseapp.gui.home.view import WorkActions
    from caseapp.gui.session import Session
    from caseapp.gui.workspace import Workspace
    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)

LOCK_WAIT_MS = 15_000  # how long locking waits for a running op before closing the vault
# Menu shortcuts (the tooltips in ui/main_window.ui name them), set in code rather than in the
# form: uic's setShortcut calls build Qt's whole enum namespace (see _set_up_shortcuts).
SHORTCUTS = {"actionNewCase": "Ctrl+N", "actionFind": "Ctrl+F", "actionSave": "Ctrl+S",
             "actionCloseCase": "Ctrl+W", "actionSettings": "Ctrl+,", "actionLock": "Ctrl+L",
             "actionQuit": "Ctrl+Q"}
APPLICATION_SHORTCUT = 2  # Qt.ShortcutContext.ApplicationShortcut
TOOL_BUTTON_TEXT_ONLY = 1  # Qt.ToolButtonStyle.ToolButtonTextOnly
# What lies behind the unlock screen. None of it is imported before the passphrase is typed
# (the locked window appears at close to bare-Qt speed); it is imported while the key
# derivation runs in its worker thread (Argon2 releases the GIL), one module per turn of the
# GUI thread's event loop, so the workspace opens without a further wait and the progress bar
# keeps moving. Not in a thread of its own: PySide6 builds its Python types lazily and that is
# not safe beside the GUI thread (a preload thread crashed the interpreter now and then).
# tests/gui/test_startup_imports.py holds both halves.
BEHIND_THE_LOCK = (
    "caseapp.gui.ops", "caseapp.gui.session", "caseapp.gui.status_bar",
    "caseapp.gui.lock.profile_picker", "caseapp.gui.workspace", "caseapp.gui.home.view",
    "caseapp.gui.cases.list_view", "caseapp.gui.cases.editor", "caseapp.services.cases",
)


def preload_behind_the_lock(on_done: Callable[[], None] | None = None) -> None:
    """Import the modules the unlocked window needs, one per event-loop turn in the GUI
    thread; ``on_done`` runs after the last. A failure is logged and left for the unlock to
    report when it imports the module again."""
    pending = list(BEHIND_THE_LOCK)

    def step() -> None:
        name = pending.pop(0)
        try:
            importlib.import_module(name)
        except Exception:
            log.exception("could not preload %s", name)
            pending.clear()
        if pending:
            QTimer.singleShot(0, step)
        elif on_done is not None:
            on_done()

    QTimer.singleShot(0, step)


def _catch_up_search(vault: Vault) -> None:
    """The one-letter search entries of the cases written in this session, brought up to
    date once the screen is locked (a save only notes its case: services.cases)."""
    from caseapp.services import cases

    try:
        cases.catch_up_search(vault)
    except Exception:  # never keeps the store from locking; searches read waiting cases
        log.exception("could not bring the one-letter search index up to date")


class MainWindow(QMainWindow):
    locked = Signal()
    session_started = Signal()

    def __init__(self, data_dir: Path, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.prefs = prefs
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.drafts = DraftSafe()
        self._quitting = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        labels.plain_toolbar_texts(self.ui.toolBar)
        self.ui.toolBar.toggleViewAction().setVisible(False)
        self.unlock_screen = UnlockScreen(self.data_dir, prefs, self)
        self.unlock_screen.unlocked.connect(self._on_unlocked)
        self.unlock_screen.unlock_started.connect(self._preload)
        self._preloading = False
        self.ui.pages.addWidget(self.unlock_screen)
        self._picker: QWidget | None = None
        self._picker_vault: Vault | None = None
        self.idle_lock = IdleLock(self)
        self.idle_lock.set_timeout_ms(prefs.idle_lock_minutes * 60_000)
        self.idle_lock.idle.connect(lambda: self.lock("idle"))
        self.idle_lock.quick_hide.connect(lambda: self.lock("quick hide"))
        a = self.ui
        a.actionLock.triggered.connect(lambda: self.lock("manual"))
        a.actionSwitchProfile.triggered.connect(self.switch_counsellor)
        a.actionQuit.triggered.connect(self.close)
        a.actionNewCase.triggered.connect(lambda: self._workspace_call("new_case"))
        a.actionFind.triggered.connect(lambda: self._workspace_call("focus_search"))
        a.actionSave.triggered.connect(lambda: self._workspace_call("save_current"))
        a.actionCloseCase.triggered.connect(lambda: self._workspace_call("close_current"))
        a.actionSettings.triggered.connect(self.open_settings)
        a.actionAbout.triggered.connect(self.show_about)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("actionRestore")
        self.restore_action.triggered.connect(lambda: self.open_restore())
        a.fileMenu.insertAction(a.actionSettings, self.restore_action)
        self.guide_action = QAction(self)
        self.guide_action.setObjectName("actionUserGuide")
        self.guide_action.triggered.connect(lambda: self.open_help("guide"))
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("actionShortcuts")
        self.shortcuts_action.triggered.connect(lambda: self.open_help("shortcuts"))
        a.helpMenu.insertActions(a.actionAbout, [self.guide_action, self.shortcuts_action])
        self._layout: tuple[int, dict[str, Any]] | None = None
        self._retranslate_extra()
        self._show_locked()
        self._work_actions: WorkActions | None = None
        self.resize(1100, 720)
        self._set_up_shortcuts()  # F1 works on the lock screen too

    def _preload(self) -> None:
        if not self._preloading:
            self._preloading = True
            preload_behind_the_lock()

    def _load_extensions(self) -> None:
        if self._work_actions is None:
            from caseapp.gui.home.view import WorkActions  # Home, Follow-ups, Back up, Verify

            self._work_actions = WorkActions(self)

    @property
    def work_actions(self) -> WorkActions:
        self._load_extensions()
        assert self._work_actions is not None
        return self._work_actions

    # --- state ----------------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.session is not None

    def _set_actions(self) -> None:
        unlocked = self.session is not None
        for action in (self.ui.actionLock, self.ui.actionNewCase, self.ui.actionFind,
                       self.ui.actionSave, self.ui.actionCloseCase, self.ui.actionSettings,
                       self.ui.actionSwitchProfile):
            action.setEnabled(unlocked)
        self.ui.toolBar.setVisible(unlocked)

    def _set_up_shortcuts(self) -> None:
        """Menu shortcuts (work shortcuts reach every window of the app) and F1; the toolbar
        shows text. Set through Qt's property system with the enum values as numbers:
        ``setShortcut``'s overloads and ``Qt.*`` enums make PySide6 build Qt's whole enum
        namespace, about 50 ms and the costliest single step of start-up (issue 23), while
        this costs under a millisecond."""
        a = self.ui
        for name, keys in SHORTCUTS.items():
            getattr(a, name).setProperty("shortcut", QKeySequence(keys))
        self.guide_action.setProperty("shortcut", QKeySequence("F1"))
        for action in (a.actionLock, a.actionNewCase, a.actionFind, a.actionSave,
                       a.actionCloseCase, a.actionSettings, a.actionSwitchProfile):
            action.setProperty("shortcutContext", APPLICATION_SHORTCUT)
        a.toolBar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)

    def _retitle(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("CaseApp"))
        else:
            self.setWindowTitle(self.tr("CaseApp — %1").replace(
                "%1", self.session.counsellor.name))

    def show_status(self, text: str) -> None:
        from caseapp.gui.status_bar import show_status

        show_status(self, text)

    def _show_locked(self) -> None:
        self.ui.pages.setCurrentWidget(self.unlock_screen)
        self._set_actions()
        self._retitle()

    def _workspace_call(self, name: str) -> None:
        if self.workspace is not None:
            getattr(self.workspace, name)()

    # --- unlocking -----------------------------------------------------------------------
    def _on_unlocked(self, vault: Vault, choose: bool) -> None:
        from caseapp.services import cases

        counsellors = cases.list_counsellors(vault)
        remembered = next((c for c in counsellors if c.name == self.prefs.last_profile_name),
                          None)
        if not choose and remembered is not None:
            self.start_session(vault, remembered)
        elif not choose and len(counsellors) == 1 and not self.prefs.last_profile_name:
            self.start_session(vault, counsellors[0])
        else:
            self._show_picker(vault, counsellors)

    def _show_picker(self, vault: Vault, counsellors: list[Counsellor]) -> None:
        from caseapp.gui.lock.profile_picker import ProfilePicker

        self._drop_picker()
        picker = ProfilePicker(counsellors, self.prefs.last_profile_name, self)
        picker.chosen.connect(lambda c: self.start_session(vault, c))

        def add(name: str) -> None:
            from caseapp.gui.changes import Area, Changes
            from caseapp.gui.ops import Op
            from caseapp.services import cases

            Op(picker, op=lambda: cases.add_counsellor(vault, name),
               success=lambda c: self.start_session(vault, c),
               changes=Changes.of(Area.COUNSELLORS)).run_in_background()

        picker.add_requested.connect(add)
        self._picker = picker
        self._picker_vault = vault
        self.ui.pages.addWidget(picker)
        self.ui.pages.setCurrentWidget(picker)
        picker.ui.profileList.setFocus()
        self.idle_lock.arm()  # the store is open while someone picks: it locks when idle

    def _drop_picker(self) -> None:
        if self._picker is not None:
            from caseapp.gui import ops

            ops.drop(self._picker)
            self.ui.pages.removeWidget(self._picker)
            self._picker.deleteLater()
            self._picker = None
            self._picker_vault = None

    def start_session(self, vault: Vault, counsellor: Counsellor) -> None:
        from caseapp.gui.session import Session
        from caseapp.gui.workspace import Workspace
        from caseapp.services import organisation

        self._load_extensions()
        self._drop_picker()
        vault.actor = counsellor.name
        self.prefs.last_profile_id = str(counsellor.id)
        self.prefs.last_profile_name = counsellor.name
        self.prefs.save(self.data_dir)
        self.session = Session(self.data_dir, vault, counsellor, self.prefs)
        labels.set_display_zone(organisation.get(vault).time_zone)
        self.workspace = Workspace(self.session, self)
        self.ui.pages.addWidget(self.workspace)
        self.ui.pages.setCurrentWidget(self.workspace)
        self._set_actions()
        self._retitle()
        self.idle_lock.set_timeout_ms(self.prefs.idle_lock_minutes * 60_000)
        self.idle_lock.arm()
        layout, self._layout = self._layout, None
        reopened = False
        if layout is not None and layout[0] == counsellor.id:  # never another profile's tabs
            reopened = True
            for case_id in layout[1].get("cases", []):
                try:
                    self.workspace.open_case(int(case_id))
                except Exception:
                    log.info("a case open before the lock is gone")
        restored = self.drafts.open(vault)
        if restored:
            self.workspace.restore_drafts(restored)
            self.show_status(self.tr("Your unsaved changes were kept while CaseApp was "
                                     "locked. Review and save them."))
        else:
            self.show_status(self.tr("Unlocked. Working as %1.").replace("%1",
                                                                         counsellor.name))
        if vault.damaged:
            from caseapp.errors import StoreReadOnly
            from caseapp.gui.error_dialog import show_error

            # Said before anything else: edits made now could not be saved.
            show_error(self, StoreReadOnly(name=vault.damaged))
        self.session_started.emit()  # the Home and Follow-ups tabs join the workspace first
        if not (reopened and layout is not None and self.workspace.restore_layout(layout[1])):
            self.workspace.focus_search()
        log.info("session started")

    # --- locking -------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        """Lock now, without asking anything: someone may be looking at the screen."""
        if self.session is None:
            if self._picker is not None:  # unlocked but no profile chosen yet
                vault = self._picker_vault
                self._drop_picker()
                if vault is not None:
                    vault.close()
                self.unlock_screen.reset()
                self._show_locked()
            return
        from caseapp.gui import ops

        session, self.session = self.session, None
        workspace, self.workspace = self.workspace, None
        self.idle_lock.disarm()
        ops.cancel_all()
        self._close_dialogs()
        if workspace is not None:
            try:
                self._layout = (session.counsellor.id, workspace.layout_state())
            except Exception:
                log.exception("could not note the open cases")
                self._layout = None
            try:
                self.drafts.seal(session.vault, workspace.collect_drafts())
            except Exception:
                log.exception("could not keep the unsaved edits")
                self.drafts.drop()
            ops.drop(workspace)
            workspace.shutdown()
            self.ui.pages.removeWidget(workspace)
            workspace.deleteLater()
        self.unlock_screen.reset()
        self._show_locked()
        self.repaint()  # the case data is off the screen before anything else happens
        if not ops.wait_for_all(LOCK_WAIT_MS):
            log.warning("an operation was still running when the store was locked")
        _catch_up_search(session.vault)
        session.vault.close()
        self.show_status(self.tr("Locked."))
        log.info("locked (%s)", reason)
        self.locked.emit()

    def _close_dialogs(self) -> None:
        for _ in range(10):  # menus and drop-downs (nested ones close one by one)
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self:
                widget.done(QDialog.DialogCode.Rejected)
                widget.hide()

    def switch_counsellor(self) -> None:
        self.lock("switch counsellor")
        self.unlock_screen.ui.switchProfileButton.setChecked(True)

    # --- dialogs -------------------------------------------------------------------------
    def open_settings(self) -> None:
        if self.session is None:
            return
        from caseapp.gui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        dialog.idle_minutes_changed.connect(
            lambda minutes: self.idle_lock.set_timeout_ms(minutes * 60_000))
        dialog.open()

    def open_help(self, what: str) -> HelpDialog:
        """The user guide (F1) or the keyboard shortcuts, read offline inside the app."""
        from caseapp.gui.help_viewer import open_help

        return open_help(self, what, self.findChildren(QAction))

    def open_restore(self) -> RestoreDialog:
        """Restore a backup: into a new folder at any time, over this store only while it is
        locked here (the app must not have the files open that a restore moves aside)."""
        from caseapp.gui.backup.restore_dialog import RestoreDialog

        actor = self.session.counsellor.name if self.session is not None else "admin"
        dialog = RestoreDialog(self.data_dir, store_open=self.session is not None,
                               actor=actor, parent=self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        try:
            from importlib.metadata import version

            app_version = version("caseapp")
        except Exception:
            app_version = ""
        QMessageBox.about(self, self.tr("About CaseApp"), self.tr(
            "CaseApp %1\nAn offline, encrypted case manager for counsellors who support "
            "victims of digital sex crimes. Nothing is sent over the network.")
            .replace("%1", app_version))

    # --- quitting ------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quitting or self.session is None or self.workspace is None:
            self.shutdown()
            event.accept()
            return
        dirty = self.workspace.dirty_editors()
        if not dirty:
            self.shutdown()
            event.accept()
            return
        event.ignore()
        from caseapp.gui.case_tab import ask_unsaved

        answer = ask_unsaved(self, [e.case_label() for e in dirty])
        if answer == "discard":
            self._quitting = True
            self.close()
        elif answer == "save":
            def quit_when_saved(ok: bool) -> None:
                if ok:
                    self._quitting = True
                    self.close()

            self.workspace.save_all(quit_when_saved)

    def shutdown(self) -> None:
        self.idle_lock.disarm()
        session, self.session = self.session, None
        if self._picker is not None and self._picker_vault is not None:
            self._picker_vault.close()
            self._drop_picker()
        ops = sys.modules.get("caseapp.gui.ops")  # not loaded: no op was ever run
        if self.workspace is not None:
            if ops is not None:
                ops.drop(self.workspace)
            self.workspace.shutdown()
        if ops is not None:
            ops.cancel_all()
            ops.wait_for_all(LOCK_WAIT_MS)
        if session is not None:
            _catch_up_search(session.vault)
            session.vault.close()
        self.drafts.drop()

    def _retranslate_extra(self) -> None:
        self.guide_action.setText(self.tr("User &guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.restore_action.setToolTip(self.tr("Restore a backup into a new folder, or over "
                                               "this store while it is locked"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_extra()
            self._retitle()
            labels.plain_toolbar_texts(self.ui.toolBar)
        super().changeEvent(event)

    @staticmethod
    def current_language() -> str:
        return language.current()
