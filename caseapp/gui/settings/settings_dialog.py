"""Settings: language (switches at once, no restart), idle-lock minutes, organisation name
and details, counsellor profiles, and the security actions (change the passphrase, make a
new recovery code with its kit, quick unlock on or off). Security actions and profile
changes take effect immediately; OK applies the rest."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from caseapp.gui import labels, language, time_zones
from caseapp.gui.changes import Area, Changes
from caseapp.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from caseapp.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from caseapp.gui.labels import role_label
from caseapp.gui.ops import Op
from caseapp.gui.session import Session
from caseapp.gui.status_bar import show_status

if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog

    from caseapp.domain.cases import Counsellor
    from caseapp.services.vault import RotatedKeys

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Offered in the time-zone box; any IANA name can be typed.
COMMON_ZONES = ("Asia/Seoul", "Asia/Tokyo", "Asia/Shanghai", "UTC", "Europe/London",
                "America/New_York", "America/Los_Angeles", "Australia/Sydney")


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        self.ui.fields.set_context(session.counsellor.name)
        self.ui.fields.changed.connect(self._update)
        self.ui.rotateCheck.toggled.connect(self._update)
        self.ui.currentEdit.textChanged.connect(self._update)
        self.ui.buttons.accepted.connect(self.change)
        self._busy = False
        self._update()

    def _update(self) -> None:
        rotate = self.ui.rotateCheck.isChecked()
        self.ui.rotateNote.setVisible(rotate)
        self.ui.currentLabel.setVisible(rotate)
        self.ui.currentEdit.setVisible(rotate)
        ready = self.ui.fields.is_acceptable() and (not rotate or bool(
            self.ui.currentEdit.text()))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not self._busy and ready)

    def change(self) -> None:
        from caseapp.services import vault as vault_service

        if self._busy or not self.ui.buttons.button(
                QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        vault, new = self.session.vault, self.ui.fields.passphrase()
        rotate, current = self.ui.rotateCheck.isChecked(), self.ui.currentEdit.text()
        self._busy = True
        self._update()

        def done(result: RotatedKeys | None) -> None:  # None: the passphrase only
            self._busy = False
            self.ui.fields.clear()
            self.ui.currentEdit.clear()
            self.accept()
            if rotate and result is not None:
                from caseapp.gui.setup.recovery_kit_dialog import RecoveryKitDialog

                parent = self.parentWidget() or self
                RecoveryKitDialog(vault, result.recovery_code, result.kit_text, parent).open()
                show_status(parent, self.tr(
                    "The passphrase was changed and the store has a new master key."))
                return
            show_status(self, self.tr("The passphrase was changed."))

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._busy = False
            self._update()
            show_error(self, exc)

        if rotate:
            Op(self, op=lambda: vault_service.rotate_keys(vault, current, new_passphrase=new),
               success=done, failure=failed).with_progress(
                self.tr("Re-encrypting the store under a new master key…")).run_in_background()
            return
        Op(self, op=lambda: vault_service.change_passphrase(vault, new), success=done,
           failure=failed).with_progress(self.tr("Changing the passphrase…")) \
            .run_in_background()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


class SettingsDialog(QDialog):
    idle_minutes_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from caseapp.services import organisation

        self.session = session
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._counsellors: list[Counsellor] = []
        self._quick_available = False
        self._original_language = language.current()
        self._fill_languages()
        self.ui.idleSpin.setValue(session.prefs.idle_lock_minutes)
        self.ui.idleSpin.setSuffix(self.tr(" min", "unit after a number"))
        self._original = organisation.get(session.vault)
        org = self._original
        self.ui.orgNameEdit.setText(org.name)
        self.ui.addressEdit.setText(org.address)
        self.ui.phoneEdit.setText(org.phone)
        self.ui.emailEdit.setText(org.email)
        time_zones.fill(self.ui.zoneCombo, COMMON_ZONES, org.time_zone)
        self.ui.designatedCheck.setChecked(org.designated_reporter)
        self.ui.designationEdit.setText(org.designation)
        self._fill_roles()
        self._load_counsellors()
        self.ui.quickUnlockGroup.hide()
        self._check_quick_unlock()
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.ui.addButton.clicked.connect(self.add_counsellor)
        self.ui.newNameEdit.returnPressed.connect(self.add_counsellor)
        self.ui.toggleActiveButton.clicked.connect(self.toggle_active)
        self.ui.renameButton.clicked.connect(lambda: self.rename_counsellor())
        self.ui.counsellorTable.currentCellChanged.connect(lambda *_a: self._update_toggle())
        self.ui.changePassphraseButton.clicked.connect(self.change_passphrase)
        self.ui.newRecoveryButton.clicked.connect(self.new_recovery_code)
        self.ui.quickUnlockCheck.toggled.connect(self._quick_unlock_toggled)
        self.ui.buttons.accepted.connect(self.apply)
        from caseapp.gui.backup.backup_dialog import BackupSettings  # last backup + reminder rows

        self.backup_settings = BackupSettings(self, self.session, self.ui)

    # --- general --------------------------------------------------------------------------
    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.clear()
        for lang in language.LANGUAGES:
            combo.addItem(language.native_name(lang), lang)
        combo.setCurrentIndex(max(0, combo.findData(language.current())))
        combo.blockSignals(False)

    def _language_chosen(self) -> None:
        lang = self.ui.languageCombo.currentData()
        if lang and lang != language.current():
            language.apply(lang)  # preview at once; Cancel switches back

    def _fill_roles(self) -> None:
        combo = self.ui.newRoleCombo
        current = combo.currentData()
        combo.clear()
        for role in ("counsellor", "supervisor"):
            combo.addItem(role_label(role), role)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    # --- counsellors ------------------------------------------------------------------
    def _load_counsellors(self) -> None:
        from caseapp.services import cases

        self._counsellors = cases.list_counsellors(self.session.vault, include_inactive=True)
        self._show_counsellors()

    def _show_counsellors(self) -> None:
        table = self.ui.counsellorTable
        row_before = table.currentRow()
        table.setRowCount(len(self._counsellors))
        for row, person in enumerate(self._counsellors):
            name = QTableWidgetItem(person.name)
            name.setData(ID_ROLE, person.id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(role_label(person.role)))
            table.setItem(row, 2, QTableWidgetItem(self.tr("Yes") if person.active
                                                   else self.tr("No")))
        if 0 <= row_before < table.rowCount():
            table.selectRow(row_before)
        self._update_toggle()

    def _selected_counsellor(self) -> Counsellor | None:
        row = self.ui.counsellorTable.currentRow()
        return self._counsellors[row] if 0 <= row < len(self._counsellors) else None

    def _update_toggle(self) -> None:
        person = self._selected_counsellor()
        button = self.ui.toggleActiveButton
        button.setEnabled(person is not None and person.id != self.session.counsellor.id)
        self.ui.renameButton.setEnabled(person is not None)
        button.setText(self.tr("&Reactivate") if person is not None and not person.active
                       else self.tr("&Deactivate"))

    def add_counsellor(self) -> None:
        from caseapp.services import cases

        name = self.ui.newNameEdit.text().strip()
        if not name:
            return
        vault, role = self.session.vault, self.ui.newRoleCombo.currentData()

        def added(_person: Counsellor) -> None:
            self.ui.newNameEdit.clear()
            self._load_counsellors()

        Op(self, op=lambda: cases.add_counsellor(vault, name, role), success=added,
           changes=Changes.of(Area.COUNSELLORS)).run_in_background()

    def toggle_active(self) -> None:
        from caseapp.services import cases

        person = self._selected_counsellor()
        if person is None or person.id == self.session.counsellor.id:
            return
        vault = self.session.vault
        Op(self, op=lambda: cases.update_counsellor(vault, person.id, active=not person.active),
           success=lambda _p: self._load_counsellors(),
           changes=Changes.of(Area.COUNSELLORS)).run_in_background()

    def rename_counsellor(self, new_name: str | None = None) -> QInputDialog | None:
        """Rename the selected profile (asked for in a small dialog unless given). Renaming
        your own profile carries the new name into this session."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        person = self._selected_counsellor()
        if person is None:
            return None
        if new_name is None:
            ask = QInputDialog(self)
            ask.setObjectName("renameProfileDialog")
            ask.setWindowTitle(self.tr("Rename a profile"))
            ask.setLabelText(self.tr("New name for %1:").replace("%1", person.name))
            ask.setTextEchoMode(QLineEdit.EchoMode.Normal)
            ask.setTextValue(person.name)
            ask.textValueSelected.connect(lambda text: self.rename_counsellor(text))
            ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            ask.open()
            return ask
        from caseapp.services import cases

        vault, session = self.session.vault, self.session

        def renamed(profile: Counsellor) -> None:
            if profile.id == session.counsellor.id:
                session.counsellor = profile
                vault.actor = profile.name
                session.prefs.last_profile_name = profile.name
                session.prefs.save(session.data_dir)
            self._load_counsellors()

        Op(self, op=lambda: cases.update_counsellor(vault, person.id, name=new_name),
           success=renamed, changes=Changes.of(Area.COUNSELLORS)).run_in_background()
        return None

    # --- security ---------------------------------------------------------------------
    def change_passphrase(self) -> None:
        ChangePassphraseDialog(self.session, self).open()

    def new_recovery_code(self) -> None:
        from caseapp.services import vault as vault_service

        answer = QMessageBox.question(
            self, self.tr("New recovery code"),
            self.tr("The current recovery code and every printed Recovery Kit will stop "
                    "working: the store gets a new master key and both databases are "
                    "re-encrypted (this takes a while with much evidence). Make a new one "
                    "now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase, ok = QInputDialog.getText(
            self, self.tr("New recovery code"),
            self.tr("Type the passphrase: it is kept, under the new master key."),
            QLineEdit.EchoMode.Password)
        if not ok or not passphrase:
            return
        vault = self.session.vault

        def made(result: tuple[str, str]) -> None:
            from caseapp.gui.setup.recovery_kit_dialog import RecoveryKitDialog

            code, kit_text = result
            RecoveryKitDialog(vault, code, kit_text, self).open()

        Op(self, op=lambda: vault_service.regenerate_recovery_code(vault, passphrase),
           success=made) \
            .with_progress(self.tr("Making a new recovery code…")).run_in_background()

    def _check_quick_unlock(self) -> None:
        data_dir = self.session.data_dir

        def check() -> tuple[bool, bool]:
            from caseapp.services import vault as vault_service

            available = vault_service.quick_unlock_available()
            return available, available and vault_service.device_unlock_enabled(data_dir)

        def show(result: tuple[bool, bool]) -> None:
            available, enabled = result
            self._quick_available = available
            self.ui.quickUnlockGroup.setVisible(available)
            self.ui.quickUnlockCheck.blockSignals(True)
            self.ui.quickUnlockCheck.setChecked(enabled)
            self.ui.quickUnlockCheck.blockSignals(False)

        Op(self, op=check, success=show, failure=lambda _e: None).run_in_background()

    def _quick_unlock_toggled(self, enable: bool) -> None:
        from caseapp.services import vault as vault_service

        vault = self.session.vault
        work = vault_service.enable_device_unlock if enable else \
            vault_service.disable_device_unlock

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self.ui.quickUnlockCheck.blockSignals(True)
            self.ui.quickUnlockCheck.setChecked(not enable)
            self.ui.quickUnlockCheck.blockSignals(False)
            show_error(self, exc)

        Op(self, op=lambda: work(vault), failure=failed).run_in_background()

    # --- OK / Cancel ------------------------------------------------------------------
    # Any: keyword arguments of organisation.update, text and yes/no fields
    def organisation_changes(self) -> dict[str, Any]:
        """The organisation's settings the person changed on the Organisation page."""
        wanted = {"name": self.ui.orgNameEdit.text().strip() or self._original.name,
                  "address": self.ui.addressEdit.text(), "phone": self.ui.phoneEdit.text(),
                  "email": self.ui.emailEdit.text(),
                  "time_zone": time_zones.zone_of(self.ui.zoneCombo),
                  "designated_reporter": self.ui.designatedCheck.isChecked(),
                  "designation": self.ui.designationEdit.text()}
        return {k: v for k, v in wanted.items() if getattr(self._original, k) != v}

    def apply(self) -> None:
        from caseapp.services import organisation

        prefs = self.session.prefs
        prefs.language = language.current()
        minutes = self.ui.idleSpin.value()
        if minutes != prefs.idle_lock_minutes:
            prefs.idle_lock_minutes = minutes
            self.idle_minutes_changed.emit(minutes)
        prefs.save(self.session.data_dir)
        vault = self.session.vault
        changes = self.organisation_changes()
        if not changes:
            self.accept()
            return

        def save() -> None:
            organisation.update(vault, **changes)

        self.ui.buttons.setEnabled(False)

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self.ui.buttons.setEnabled(True)
            show_error(self, exc)

        def saved(_result: object) -> None:
            if "time_zone" in changes:
                labels.set_display_zone(changes["time_zone"])
            self.accept()

        Op(self, op=save, success=saved, failure=failed,
           changes=Changes.of(Area.ORGANISATION)).run_in_background()

    def reject(self) -> None:
        if language.current() != self._original_language:
            language.apply(self._original_language)
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.idleSpin.setSuffix(self.tr(" min", "unit after a number"))
            self._fill_languages()
            self._fill_roles()
            self._show_counsellors()
        super().changeEvent(event)
