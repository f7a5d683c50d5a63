"""Hand cases over without the command line: choose the cases and who they are for, whether
victims' details go (only where consent covers it), and how the bundle is locked (the
receiving store's key, with its fingerprint to compare by phone, or a one-time bundle
passphrase shown once). The bundle is written by ``services.case_bundle.export_bundle`` in an
Op with progress and cancel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from caseapp.gui import file_dialogs
from caseapp.gui.changes import Area, Changes
from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.error_dialog import user_message
from caseapp.gui.forms.ui_handover_dialog import Ui_HandOverDialog
from caseapp.gui.ops import Op, Task

if TYPE_CHECKING:
    from caseapp.domain.cases import Case
    from caseapp.services.case_bundle import BundleResult
    from caseapp.services.vault import Vault

ERROR_STYLE = "color: #b3261e;"
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HandOverDialog(QDialog):
    def __init__(self, vault: Vault, case_ids: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handOverDialog")
        self.vault = vault
        self.ui = Ui_HandOverDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("okButton")
        self.result_bundle: BundleResult | None = None
        self.passphrase_dialog: QDialog | None = None
        self._refusals: dict[str, str] = {}
        self._key_ok = False
        self._writing = False
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.identityNote.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.fingerprintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.buttons.accepted.connect(self.hand_over)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.addCaseButton.clicked.connect(self.add_typed_case)
        self.ui.removeCaseButton.clicked.connect(self.remove_selected)
        self.ui.purposeCombo.currentIndexChanged.connect(lambda _i: self._check_identity())
        self.ui.identityCheck.toggled.connect(lambda _c: self._update())
        self.ui.keyRadio.toggled.connect(lambda _c: self._update())
        self.ui.recipientKeyEdit.textChanged.connect(lambda _t: self._read_key())
        self.ui.fileEdit.textChanged.connect(lambda _t: self._update())
        self.ui.browseButton.clicked.connect(self.choose_file)
        self._retranslate()
        self.ui.fileEdit.setText(str(file_dialogs.documents_dir() / "cases.cabundle"))
        self._read_key()
        self._check_identity()
        if case_ids:
            from caseapp.services import cases

            wanted = list(case_ids)
            Op(self, op=lambda: [cases.get_case(vault, i) for i in wanted],
               success=self._add_cases,
               failure=self._show_error).run_in_background()

    # --- what is chosen -------------------------------------------------------------------
    def numbers(self) -> list[str]:
        return [self.ui.caseList.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.ui.caseList.count())]

    def purpose(self) -> str | None:
        data = self.ui.purposeCombo.currentData()
        return str(data) if data else None

    def case_ids(self) -> list[int]:
        return [self.ui.caseList.item(i).data(CASE_ID_ROLE)
                for i in range(self.ui.caseList.count())]

    def add_case(self, case: Case) -> None:
        if case.number in self.numbers():
            return
        item = QListWidgetItem(f"{case.number}  {case.pseudonym}".strip())
        item.setData(Qt.ItemDataRole.UserRole, case.number)
        item.setData(CASE_ID_ROLE, case.id)
        self.ui.caseList.addItem(item)
        self._check_identity()

    def _add_cases(self, found: list[Case]) -> None:
        for case in found:
            self.add_case(case)

    def add_typed_case(self) -> None:
        from caseapp.services import cases

        text = self.ui.caseNumberEdit.text().strip()
        if not text:
            return
        vault = self.vault

        def added(case: Case) -> None:
            self.ui.caseNumberEdit.clear()
            self.add_case(case)

        Op(self, op=lambda: cases.get_case(vault, text), success=added,
           failure=self._show_error).run_in_background()

    def remove_selected(self) -> None:
        for item in self.ui.caseList.selectedItems():
            self.ui.caseList.takeItem(self.ui.caseList.row(item))
        self._check_identity()

    def choose_file(self) -> None:
        chosen = file_dialogs.ask_save_path(self, self.tr("Save the case bundle"),
                                            Path(self.ui.fileEdit.text() or "cases.cabundle"),
                                            self.tr("Case bundles (*.cabundle)"))
        if chosen is not None:
            if chosen.suffix.lower() != ".cabundle":
                chosen = chosen.with_name(chosen.name + ".cabundle")
            self.ui.fileEdit.setText(str(chosen))

    # --- checks before writing ------------------------------------------------------------
    def _read_key(self) -> None:
        from caseapp.errors import CaseAppError
        from caseapp.services import store_key

        text = self.ui.recipientKeyEdit.text().strip()
        self._key_ok = False
        if not text:
            self.ui.fingerprintLabel.setText(self.tr(
                "On the receiving computer: Work → This store's key, then copy the key."))
        else:
            try:
                key = store_key.parse_public_key(text)
            except CaseAppError as exc:
                self.ui.fingerprintLabel.setText(user_message(exc))
            else:
                self._key_ok = True
                self.ui.fingerprintLabel.setText(self.tr(
                    "Fingerprint: %1 — compare it by phone with the one the receiving "
                    "computer shows.").replace("%1", key.fingerprint))
        self._update()

    def _check_identity(self) -> None:
        """Ask the service which chosen cases' consent does not cover identifying the victim
        to this recipient (the message the export would give)."""
        from caseapp.services import case_share

        purpose, numbers, vault = self.purpose(), self.numbers(), self.vault
        if purpose is None or not numbers:
            self._show_refusals({n: "" for n in numbers}, purpose, numbers)
            return
        Op(self, op=lambda: case_share.identity_refusals(vault, numbers, purpose),
           success=lambda found: self._show_refusals(found, purpose, numbers),
           failure=self._show_error).run_in_background()

    def _show_refusals(self, refusals: dict[str, str], purpose: str | None,
                       numbers: list[str]) -> None:
        if purpose != self.purpose() or numbers != self.numbers():
            return  # the choice changed meanwhile; a newer check is on its way
        self._refusals = refusals
        allowed = purpose is not None and len(refusals) < len(numbers)
        self.ui.identityCheck.setEnabled(allowed)
        if not allowed:
            self.ui.identityCheck.setChecked(False)
        if purpose is None:
            note = self.tr("Victims' details go only to a recipient the victim agreed to: "
                           "choose who the bundle is for.")
        elif not numbers:
            note = ""
        else:
            note = "\n".join(text for text in refusals.values() if text)
        self.ui.identityNote.setText(note)
        self.ui.identityNote.setVisible(bool(note))
        self._update()

    def _update(self) -> None:
        grow_to_fit(self)  # a message that appeared after the dialog was shown
        self.ui.recipientKeyEdit.setEnabled(self.ui.keyRadio.isChecked())
        self.ui.fingerprintLabel.setEnabled(self.ui.keyRadio.isChecked())
        self.ui.removeCaseButton.setEnabled(self.ui.caseList.count() > 0)
        ok = self.ok_button
        ready = (bool(self.numbers()) and bool(self.ui.fileEdit.text().strip())
                 and (self._key_ok or self.ui.passphraseRadio.isChecked())
                 and not self._writing)
        ok.setEnabled(ready)

    # --- writing --------------------------------------------------------------------------
    def hand_over(self) -> None:
        from caseapp.services import case_bundle

        numbers, ids = self.numbers(), self.case_ids()
        if not numbers:
            return
        vault = self.vault
        out = Path(self.ui.fileEdit.text().strip())
        purpose = self.purpose()
        identity = self.ui.identityCheck.isEnabled() and self.ui.identityCheck.isChecked()
        key = self.ui.recipientKeyEdit.text().strip() if self.ui.keyRadio.isChecked() else None
        self.ui.errorLabel.clear()
        self._writing = True
        self._update()

        def write(task: Task) -> BundleResult:
            return case_bundle.export_bundle(vault, out, numbers, purpose=purpose,
                                             include_identity=identity, recipient_key=key,
                                             progress=task.progress, cancel=task.cancel_event)

        # the audit log and each evidence item's chain of custody gain an event
        Op(self, op=write, success=self._written, failure=self._failed,
           changes=Changes.of_cases(ids, Area.EVIDENCE)).with_progress(
            self.tr("Writing the case bundle…"), cancellable=True).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        from caseapp.errors import Cancelled

        self._writing = False
        self._update()
        if isinstance(exc, Cancelled):
            self.ui.errorLabel.setText(self.tr("Cancelled. No bundle was written."))
            return
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        from caseapp.errors import CaseAppError

        if isinstance(exc, CaseAppError):
            self.ui.errorLabel.setText(user_message(exc))
        else:
            from caseapp.gui.error_dialog import show_error

            show_error(self, exc)

    def _written(self, result: BundleResult) -> None:
        from caseapp.gui.handover.passphrase_dialog import BundlePassphraseDialog

        self._writing = False
        self.result_bundle = result
        parent = self.parentWidget()
        summary = self.tr("%1 case(s) and %2 evidence file(s) written to %3; victims' details "
                          "in %4 of them.").replace("%1", str(len(result.numbers))) \
            .replace("%2", str(result.content_files)).replace("%3", str(result.path)) \
            .replace("%4", str(len(result.identity_cases)))
        notes = "\n".join(result.warnings)
        self.accept()
        if result.passphrase is not None:
            dialog = BundlePassphraseDialog(result.passphrase, summary, notes, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.passphrase_dialog = dialog
            dialog.open()
            return
        text = summary + "\n\n" + self.tr("Only the store with key fingerprint %1 can open "
                                          "it.").replace("%1", result.recipient_fingerprint or "")
        if notes:
            text += "\n\n" + notes
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Cases handed over"), text,
                          QMessageBox.StandardButton.Close, parent)
        box.setObjectName("handedOverMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- language -------------------------------------------------------------------------
    def _retranslate(self) -> None:
        from caseapp.domain.consent import ConsentScope

        combo = self.ui.purposeCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Not said (no victims' details)"), "")
        combo.addItem(self.tr("Police (needs consent to share with police)"),
                      ConsentScope.POLICE.value)
        combo.addItem(self.tr("A deletion-support partner (needs takedown consent)"),
                      ConsentScope.TAKEDOWN.value)
        combo.addItem(self.tr("Another office (needs consent to transfer)"),
                      ConsentScope.TRANSFER.value)
        found = combo.findData(current if current is not None else ConsentScope.TRANSFER.value)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        self.ok_button.setText(self.tr("Hand over"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the case number field adds the case; it must not write the bundle
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.focusWidget() is self.ui.caseNumberEdit:
            self.add_typed_case()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._read_key()
        super().changeEvent(event)
