"""The locked window: passphrase (or quick unlock), who is working, "forgot the passphrase",
and a calm message for a wrong attempt with the growing delay shown as a live countdown.
The key derivation runs in an Op, so the window never freezes. Emits ``unlocked`` with the
open vault; it keeps nothing of a case."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack

from PySide6 import QtCore  # QtCore.Qt only when needed: its first use is costly
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from caseapp.errors import CaseAppError, TooManyAttempts, WrongPassphrase, WrongSecret
from caseapp.gui import language
from caseapp.gui.forms.ui_unlock_screen import Ui_UnlockScreen
from caseapp.gui.preferences import Preferences

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)

ACTOR_BEFORE_CHOICE = "(profile chosen after unlock)"
QUICK_UNLOCK_CHECK_DELAY_MS = 150


class Secret(TypedDict, total=False):
    """The one secret an unlock is tried with (``services.vault.unlock``)."""

    passphrase: str
    recovery_code: str
    device: bool


@dataclass(frozen=True, slots=True)
class UnlockOutcome:
    """What an unlock attempt gives the GUI thread: an open vault, or the refusal and how
    many seconds to wait before the next try."""

    vault: Vault | None = None
    error: CaseAppError | None = None
    wait_seconds: int = 0


def seconds_to_wait(data_dir: Path) -> int:
    from caseapp.services import vault as vault_service

    return vault_service.seconds_to_wait(data_dir)


def attempt_unlock(data_dir: Path, actor: str, **secret: Unpack[Secret]) -> UnlockOutcome:
    """Worker side of an unlock: wrong secrets become an outcome, not an exception."""
    from caseapp.services import vault as vault_service

    try:
        return UnlockOutcome(vault=vault_service.unlock(data_dir, actor=actor, **secret))
    except TooManyAttempts as exc:
        return UnlockOutcome(error=exc, wait_seconds=int(exc.params.get("seconds", 0)))
    except WrongSecret as exc:
        return UnlockOutcome(error=exc, wait_seconds=seconds_to_wait(data_dir))


class UnlockScreen(QWidget):
    """``unlocked(vault, choose_profile)``: ``choose_profile`` is True when the person said
    "not you" (or no profile was remembered) and must pick one now."""

    unlocked = Signal(object, bool)
    unlock_started = Signal()  # the key derivation began: time to load what lies behind

    def __init__(self, data_dir: Path, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.prefs = prefs
        self.ui = Ui_UnlockScreen()
        self.ui.setupUi(self)
        # Plain text (a profile name is never markup), set through the property system: the
        # locked window stays clear of Qt's enum namespace, whose first use is the costliest
        # step of start-up (issue 23). 0 is Qt.TextFormat.PlainText.
        for label in (self.ui.profileLabel, self.ui.explanation):
            label.setProperty("textFormat", 0)
        heading = QFont(self.ui.heading.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.ui.heading.setFont(heading)
        self._busy = False
        self._wait_left = 0
        self._message: tuple[str, CaseAppError | None] | None = None
        self._demo_passphrase = ""
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.ui.unlockButton.clicked.connect(self.unlock_with_passphrase)
        self.ui.passphraseEdit.returnPressed.connect(self.unlock_with_passphrase)
        self.ui.quickUnlockButton.clicked.connect(self.quick_unlock)
        self.ui.forgotButton.clicked.connect(self.forgot_passphrase)
        self.ui.switchProfileButton.toggled.connect(self._show_profile)
        self.ui.passphraseEdit.textChanged.connect(self._update_buttons)
        self.ui.quickUnlockButton.hide()
        # the progress bar keeps its room while hidden, so the box does not jump when it
        # appears under the passphrase
        policy = self.ui.busyBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.ui.busyBar.setSizePolicy(policy)
        self.reset()

    # --- state --------------------------------------------------------------------------
    def reset(self) -> None:
        """Fresh for the next person: empty field, no message, quick unlock re-checked."""
        self.ui.passphraseEdit.clear()
        self.ui.switchProfileButton.setChecked(False)
        self._message = None
        self._busy = False
        self._render()
        self.ui.passphraseEdit.setFocus()
        # Asking the keyring imports the crypto stack: after the screen is painted, so the
        # locked window appears at bare-Qt speed.
        QTimer.singleShot(QUICK_UNLOCK_CHECK_DELAY_MS, self._check_quick_unlock)

    def set_demo_hint(self, passphrase: str) -> None:
        """A demo store's passphrase is no secret: show it so people can try locking."""
        self._demo_passphrase = passphrase
        self._render()

    def _check_quick_unlock(self) -> None:
        data_dir = self.data_dir

        def enabled() -> bool:
            from caseapp.services import vault as vault_service

            return vault_service.device_unlock_enabled(data_dir)

        from caseapp.gui.ops import Op

        Op(self, op=enabled, success=self.ui.quickUnlockButton.setVisible,
           failure=lambda _exc: self.ui.quickUnlockButton.hide()).run_in_background()

    def actor(self) -> str:
        if self.ui.switchProfileButton.isChecked() or not self.prefs.last_profile_name:
            return ACTOR_BEFORE_CHOICE
        return self.prefs.last_profile_name

    def _choose_profile(self) -> bool:
        return self.actor() == ACTOR_BEFORE_CHOICE

    # --- actions ------------------------------------------------------------------------
    def unlock_with_passphrase(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if self._busy or self._wait_left or not passphrase:
            return
        self._start(passphrase=passphrase)

    def quick_unlock(self) -> None:
        if self._busy or self._wait_left:
            return
        self._start(device=True)

    def _start(self, **secret: Unpack[Secret]) -> None:
        self._busy = True
        self._message = None
        self._render()
        data_dir, actor = self.data_dir, self.actor()
        from caseapp.gui.ops import Op

        self.unlock_started.emit()
        Op(self, op=lambda: attempt_unlock(data_dir, actor, **secret),
           success=self._on_outcome, failure=self._on_failure).run_in_background()

    def _on_outcome(self, outcome: UnlockOutcome) -> None:
        self._busy = False
        if outcome.vault is not None:
            log.info("unlocked")
            choose = self._choose_profile()
            self.ui.passphraseEdit.clear()
            self._render()
            self.unlocked.emit(outcome.vault, choose)
            return
        self.ui.passphraseEdit.selectAll()
        self._message = ("refused", outcome.error)
        self._wait_left = outcome.wait_seconds
        if self._wait_left:
            from PySide6.QtCore import Qt

            self._countdown.setTimerType(Qt.TimerType.PreciseTimer)  # never end early
            self._countdown.start()
        self._render()
        self.ui.passphraseEdit.setFocus()

    def _on_failure(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, CaseAppError):
            self._message = ("error", exc)
            self._render()
            return
        self._render()
        from caseapp.gui.error_dialog import show_error

        show_error(self, exc)

    def forgot_passphrase(self) -> None:
        from caseapp.gui.lock.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.data_dir, self.actor(), self)
        dialog.recovered.connect(self._on_recovered)
        # Back from the dialog without recovering: the passphrase field has the keyboard again.
        dialog.rejected.connect(lambda: self.ui.passphraseEdit.setFocus(
            QtCore.Qt.FocusReason.OtherFocusReason))
        dialog.open()

    def _on_recovered(self, vault: Vault) -> None:
        self.ui.passphraseEdit.clear()
        self._message = None
        self._wait_left = 0
        self._countdown.stop()
        self._render()
        self.unlocked.emit(vault, self._choose_profile())

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if not self._wait_left:
            self._countdown.stop()
        self._render()

    # --- drawing ------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        idle = not self._busy and not self._wait_left
        self.ui.unlockButton.setEnabled(idle and bool(self.ui.passphraseEdit.text()))
        self.ui.quickUnlockButton.setEnabled(idle)
        self.ui.forgotButton.setEnabled(not self._busy)
        self.ui.passphraseEdit.setEnabled(not self._busy)

    def _show_profile(self) -> None:
        if self._choose_profile():
            self.ui.profileLabel.setText(self.tr("You will choose your profile after "
                                                 "unlocking."))
        else:
            self.ui.profileLabel.setText(self.tr("Counsellor: %1").replace(
                "%1", self.prefs.last_profile_name))
        self.ui.switchProfileButton.setVisible(bool(self.prefs.last_profile_name))

    def _message_text(self) -> str:
        if self._message is None:
            return ""
        kind, exc = self._message
        if self._wait_left:
            return self.tr("Too many wrong attempts. You can try again in %n second(s).", "",
                           self._wait_left)
        if kind == "refused" and isinstance(exc, WrongPassphrase):
            return self.tr("That passphrase did not open CaseApp. Check that Caps Lock is off "
                           "and the keyboard is in the right language (Korean/English key), "
                           "then try again.")
        if isinstance(exc, CaseAppError):
            return exc.message(language.current())
        return ""

    def _render(self) -> None:
        explanation = self.tr("Enter the passphrase to open the case records.")
        if self._demo_passphrase:
            explanation += "\n" + self.tr("Demo store: the passphrase is “%1”.").replace(
                "%1", self._demo_passphrase)
        self.ui.explanation.setText(explanation)
        self.ui.busyBar.setVisible(self._busy)
        self.ui.messageLabel.setText(self._message_text())
        self.ui.messageLabel.setVisible(bool(self.ui.messageLabel.text()))
        self._show_profile()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._render()
        super().changeEvent(event)
