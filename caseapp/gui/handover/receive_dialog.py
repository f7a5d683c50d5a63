"""Receive a handover without the command line: pick a ``.cabundle``; one made for this
store's key opens by itself, one locked with a bundle passphrase asks for it. "Check the
bundle" authenticates all of it and tries the import (nothing written) and shows what it
holds; Import then adds the cases. A wrong passphrase, another store's key or a damaged
bundle gives a translated message and leaves the store as it was (the service checks before
it writes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from caseapp.gui import file_dialogs
from caseapp.gui.changes import Area, Changes
from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.error_dialog import user_message
from caseapp.gui.forms.ui_receive_handover_dialog import Ui_ReceiveHandoverDialog
from caseapp.gui.ops import Op, Task

if TYPE_CHECKING:
    from caseapp.services.case_bundle import BundleContents, BundleImport
    from caseapp.services.vault import Vault

T = TypeVar("T")
ERROR_STYLE = "color: #b3261e;"


class ReceiveHandoverDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiveHandoverDialog")
        self.vault = vault
        self.ui = Ui_ReceiveHandoverDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("okButton")
        self.kind: str | None = None
        self.contents: BundleContents | None = None
        self.imported: BundleImport | None = None
        self._busy = False
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        for label in (self.ui.errorLabel, self.ui.kindLabel, self.ui.contentsLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.browseButton.clicked.connect(self.choose_file)
        self.ui.fileEdit.textChanged.connect(lambda _t: self._file_changed())
        self.ui.passphraseEdit.textChanged.connect(lambda _t: self._forget_check())
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.buttons.accepted.connect(self.import_bundle)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()
        self._file_changed()

    def path(self) -> Path | None:
        text = self.ui.fileEdit.text().strip()
        return Path(text) if text else None

    def choose_file(self) -> None:
        chosen = file_dialogs.ask_open_paths(self, self.tr("Choose a case bundle"),
                                             self.tr("Case bundles (*.cabundle)"))
        if chosen:
            self.ui.fileEdit.setText(str(chosen[0]))

    def _file_changed(self) -> None:
        from caseapp.services import case_bundle

        path = self.path()
        self.kind = case_bundle.bundle_kind(path) if path is not None and path.is_file() \
            else None
        if path is None:
            text = ""
        elif self.kind == "store-key":
            text = self.tr("Made for this store's key: it opens without a passphrase.")
        elif self.kind == "passphrase":
            text = self.tr("Locked with a bundle passphrase: type the passphrase the sender "
                           "gave you.")
        elif path.is_file():
            text = self.tr("This is not a CaseApp case bundle.")
        else:
            text = self.tr("There is no such file.")
        self.ui.kindLabel.setText(text)
        wants_passphrase = self.kind == "passphrase"
        self.ui.passphraseLabel.setVisible(wants_passphrase)
        self.ui.passphraseEdit.setVisible(wants_passphrase)
        self._forget_check()

    def _forget_check(self) -> None:
        self.contents = None
        self.ui.contentsLabel.clear()
        self.ui.caseList.clear()
        self.ui.caseList.setVisible(False)
        self.ui.errorLabel.clear()
        self._update()

    def _update(self) -> None:
        grow_to_fit(self)  # a message that appeared after the dialog was shown
        ready = self.kind is not None and not self._busy and (
            self.kind != "passphrase" or bool(self.ui.passphraseEdit.text().strip()))
        self.ui.checkButton.setEnabled(ready)
        ok = self.ok_button
        ok.setEnabled(ready and self.contents is not None)

    def _passphrase(self) -> str | None:
        return self.ui.passphraseEdit.text() if self.kind == "passphrase" else None

    def _start(self, work: Callable[[Task], T], success: Callable[[T], None], label: str,
               changes: Changes | None) -> None:
        self._busy = True
        self.ui.errorLabel.clear()
        self._update()
        Op(self, op=work, success=success, failure=self._failed, changes=changes
           ).with_progress(label, cancellable=True).run_in_background()

    def check(self) -> None:
        from caseapp.services import case_bundle

        path, passphrase, vault = self.path(), self._passphrase(), self.vault
        if path is None or not self.ui.checkButton.isEnabled():
            return
        self._start(lambda task: case_bundle.preview_bundle(
            vault, path, passphrase=passphrase, progress=task.progress,
            cancel=task.cancel_event), self._checked, self.tr("Checking the bundle…"), None)

    def _checked(self, contents: BundleContents) -> None:
        self._busy = False
        self.contents = contents
        lines = [self.tr("The bundle is intact. It holds %n case(s)", None,
                         len(contents.numbers)) + self.tr(" and %n evidence file(s).", None,
                                                          contents.content_files)]
        if contents.organisation:
            lines.append(self.tr("From: %1").replace("%1", contents.organisation))
        lines.append(self.tr("Victims' identifying details: in %n case(s).", None,
                             len(contents.identity_cases)))
        self.ui.contentsLabel.setText("\n".join(lines))
        self.ui.caseList.clear()
        self.ui.caseList.addItems(list(contents.numbers))
        self.ui.caseList.setVisible(True)
        self._update()

    def import_bundle(self) -> None:
        from caseapp.services import case_bundle

        path, passphrase, vault = self.path(), self._passphrase(), self.vault
        if path is None or self.contents is None:
            return
        self._start(lambda task: case_bundle.import_bundle(
            vault, path, passphrase=passphrase, progress=task.progress,
            cancel=task.cancel_event), self._imported, self.tr("Importing the cases…"),
            Changes.of(Area.STORE))

    def _imported(self, result: BundleImport) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._busy = False
        self.imported = result
        parent = self.parentWidget()
        self.accept()
        text = self.tr("%n case(s) imported", None, len(result.numbers)) + self.tr(
            ", with %n evidence file(s):", None, result.content_files) + "\n" \
            + ", ".join(result.numbers[:50]) + (" …" if len(result.numbers) > 50 else "")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Handover received"), text,
                          QMessageBox.StandardButton.Close, parent)
        box.setObjectName("handoverReceivedMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _failed(self, exc: BaseException) -> None:
        from caseapp.errors import Cancelled, CaseAppError

        self._busy = False
        self.contents = None
        self._update()
        if isinstance(exc, Cancelled):
            self.ui.errorLabel.setText(self.tr("Cancelled. Nothing was imported."))
        elif isinstance(exc, CaseAppError):
            self.ui.errorLabel.setText(user_message(exc))
        else:
            from caseapp.gui.error_dialog import show_error

            show_error(self, exc)

    def _retranslate(self) -> None:
        self.ok_button.setText(self.tr("&Import"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter after typing the passphrase checks the bundle; importing is a second step
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.focusWidget() in (self.ui.passphraseEdit, self.ui.fileEdit):
            self.check()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._file_changed()
        super().changeEvent(event)
