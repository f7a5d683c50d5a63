"""Settings → "New recovery code": the new code shown once, with the Recovery Kit step.
Closing before the kit is saved asks first, because the old code already stopped working."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from caseapp.gui.forms.ui_recovery_kit_dialog import Ui_RecoveryKitDialog


class RecoveryKitDialog(QDialog):
    def __init__(self, vault: object, code: str, kit_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKitDialog()
        self.ui.setupUi(self)
        self.ui.panel.show_code(vault, code, kit_text)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.reject)
        self.ui.panel.completeChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        button.setDefault(self.ui.panel.is_complete())

    def reject(self) -> None:
        if not self.ui.panel.kit_saved():
            answer = QMessageBox.warning(
                self, self.tr("Recovery Kit not saved"),
                self.tr("The new recovery code will not be shown again, and the old one no "
                        "longer works. Close without saving the Recovery Kit?"),
                QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ui.panel.forget()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
