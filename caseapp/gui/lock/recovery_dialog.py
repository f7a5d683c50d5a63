""""Forgot the passphrase?": the recovery code from the Recovery Kit opens the store, and a
new passphrase replaces the forgotten one (both in one Op). Emits ``recovered(vault)``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from caseapp.errors import CaseAppError
from caseapp.gui import language
from caseapp.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from caseapp.gui.ops import Op

if TYPE_CHECKING:
    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)


class RecoveryDialog(QDialog):
    recovered = Signal(object)

    def __init__(self, data_dir: Path, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.actor = actor
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self._busy = False
        self._error: CaseAppError | None = None
        self.ui.buttons.accepted.connect(self.recover)
        self.ui.codeEdit.textChanged.connect(self._update)
        self.ui.fields.changed.connect(self._update)
        self._retranslate()
        self._update()

    def _ok_button(self):
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _retranslate(self) -> None:
        self._ok_button().setText(self.tr("Unlock and set the new passphrase"))
        self.ui.messageLabel.setText(self._error.message(language.current())
                                     if self._error else "")

    def _update(self) -> None:
        ready = (not self._busy and bool(self.ui.codeEdit.text().strip())
                 and self.ui.fields.is_acceptable())
        self._ok_button().setEnabled(ready)

    def recover(self) -> None:
        if self._busy:
            return
        self._update()
        if not self._ok_button().isEnabled():
            return
        code, new = self.ui.codeEdit.text(), self.ui.fields.passphrase()
        data_dir, actor = self.data_dir, self.actor

        def recover() -> Vault:
            from caseapp.services import vault as vault_service

            vault = vault_service.unlock(data_dir, recovery_code=code, actor=actor)
            try:
                vault_service.change_passphrase(vault, new)
            except BaseException:
                vault.close()
                raise
            return vault

        self._busy = True
        self._error = None
        self._retranslate()
        self._update()
        Op(self, op=recover, success=self._on_recovered, failure=self._on_failed) \
            .with_progress(self.tr("Checking the recovery code and setting the new "
                                   "passphrase…")).run_in_background()

    def _on_recovered(self, vault: Vault) -> None:
        log.info("recovered with the recovery code")
        self._busy = False
        self.ui.codeEdit.clear()
        self.ui.fields.clear()
        self.accept()
        self.recovered.emit(vault)

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, CaseAppError):
            self._error = exc
            self._retranslate()
            self._update()
            self.ui.codeEdit.setFocus()
            return
        from caseapp.gui.error_dialog import show_error

        self._update()
        show_error(self, exc)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
