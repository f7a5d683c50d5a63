"""Settings: idle-lock time, organisation details, counsellor profiles, the passphrase, a
new recovery code with its kit, and quick unlock on and off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox

from caseapp.errors import DamagedDatabase
from caseapp.gui.settings.settings_dialog import ChangePassphraseDialog, SettingsDialog
from caseapp.gui.setup.recovery_kit_dialog import RecoveryKitDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_vault, type_text


def _settings(qtbot, win) -> SettingsDialog:
    qtbot.keyClick(win, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.findChild(SettingsDialog) is not None)
    dialog = win.findChild(SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_idle_time_and_organisation_details_are_kept(qtbot, unlocked, store_dir):
    from caseapp.gui.preferences import Preferences
    from caseapp.services import vault as vault_service

    dialog = _settings(qtbot, unlocked)
    dialog.ui.idleSpin.setValue(2)
    dialog.ui.orgNameEdit.setText("새빛 상담소")
    dialog.ui.addressEdit.setText("서울시 어딘가 1")
    dialog.ui.emailEdit.setText("help@example.org")
    dialog.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert Preferences.load(store_dir).idle_lock_minutes == 2
    assert unlocked.idle_lock._timeout == 120
    vault = open_vault(store_dir)
    try:
        assert vault_service.organisation(vault) == "새빛 상담소"
        details = vault_service.organisation_details(vault)
    finally:
        vault.close()
    assert details == {"address": "서울시 어딘가 1", "phone": "", "email": "help@example.org"}


def test_counsellor_profiles_are_added_and_deactivated(qtbot, unlocked, store_dir):
    from caseapp.services import cases

    dialog = _settings(qtbot, unlocked)
    dialog.ui.pages.setCurrentWidget(dialog.ui.counsellorsPage)
    type_text(qtbot, dialog.ui.newNameEdit, "박상담")
    qtbot.keyClick(dialog.ui.newNameEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.counsellorTable.rowCount() == 2, timeout=10_000)
    row = next(r for r in range(2) if dialog.ui.counsellorTable.item(r, 0).text() == "박상담")
    dialog.ui.counsellorTable.selectRow(row)
    assert dialog.ui.toggleActiveButton.isEnabled()
    qtbot.mouseClick(dialog.ui.toggleActiveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.counsellorTable.item(row, 2).text() == "No",
                    timeout=10_000)
    vault = open_vault(store_dir)
    try:
        assert [c.name for c in cases.list_counsellors(vault)] == ["김하늘"]
    finally:
        vault.close()
    # the profile at the keyboard cannot deactivate itself
    me = next(r for r in range(2) if dialog.ui.counsellorTable.item(r, 0).text() == "김하늘")
    dialog.ui.counsellorTable.selectRow(me)
    assert not dialog.ui.toggleActiveButton.isEnabled()


def test_change_passphrase(qtbot, unlocked, store_dir):
    from caseapp.errors import WrongPassphrase
    from caseapp.services import vault as vault_service

    dialog = _settings(qtbot, unlocked)
    dialog.ui.pages.setCurrentWidget(dialog.ui.securityPage)
    qtbot.mouseClick(dialog.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    change = dialog.findChild(ChangePassphraseDialog)
    new = "another long passphrase 새 암호 for everyone"
    type_text(qtbot, change.ui.fields.ui.passphraseEdit, new)
    type_text(qtbot, change.ui.fields.ui.repeatEdit, new)
    change.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not change.isVisible(), timeout=20_000)
    assert "passphrase was changed" in unlocked.ui.statusBar.currentMessage()
    try:
        vault_service.unlock(store_dir, passphrase=PASSPHRASE)
        raise AssertionError("the old passphrase still opens the store")
    except WrongPassphrase:
        pass
    vault_service.unlock(store_dir, passphrase=new).close()


def test_new_recovery_code_shows_the_kit_step(qtbot, unlocked, store_dir, tmp_path,
                                              monkeypatch):
    from caseapp.gui import file_dialogs
    from caseapp.services import vault as vault_service

    kit = tmp_path / "kit.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: kit)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)  # "Make a new one?"
    asked: list[str] = []

    def passphrase_prompt(_parent, _title, label, *_a, **_k):
        asked.append(label)
        return PASSPHRASE, True

    monkeypatch.setattr(QInputDialog, "getText", passphrase_prompt)
    old_code_slots = (store_dir / "keyslots.json").read_bytes()
    dialog = _settings(qtbot, unlocked)
    dialog.new_recovery_code()
    qtbot.waitUntil(lambda: dialog.findChild(RecoveryKitDialog) is not None, timeout=10_000)
    kit_dialog = dialog.findChild(RecoveryKitDialog)
    code = kit_dialog.ui.panel.ui.codeLabel.text()
    kit_dialog.ui.panel.save_kit()
    qtbot.waitUntil(kit_dialog.ui.panel.kit_saved, timeout=20_000)
    assert kit.read_bytes().startswith(b"%PDF")
    kit_dialog.ui.panel.ui.confirmCheck.setChecked(True)
    kit_dialog.reject()
    assert not kit_dialog.isVisible()
    assert kit_dialog.ui.panel.ui.codeLabel.text() == ""  # the code is not kept around
    assert asked and "passphrase" in asked[0]
    unlocked.shutdown()
    vault_service.unlock(store_dir, recovery_code=code).close()
    # the master key was rotated: the old key slots put back open nothing
    (store_dir / "keyslots.json").write_bytes(old_code_slots)
    with pytest.raises(DamagedDatabase):
        vault_service.unlock(store_dir, passphrase=PASSPHRASE).close()


def test_change_passphrase_with_rotation_shows_the_new_kit(qtbot, unlocked, store_dir):
    from caseapp.services import vault as vault_service

    old_slots = (store_dir / "keyslots.json").read_bytes()
    dialog = _settings(qtbot, unlocked)
    dialog.ui.pages.setCurrentWidget(dialog.ui.securityPage)
    qtbot.mouseClick(dialog.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    change = dialog.findChild(ChangePassphraseDialog)
    assert not change.ui.currentEdit.isVisible()
    new = "another long passphrase 새 암호 for everyone"
    type_text(qtbot, change.ui.fields.ui.passphraseEdit, new)
    type_text(qtbot, change.ui.fields.ui.repeatEdit, new)
    ok = change.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=10_000)
    change.ui.rotateCheck.setChecked(True)
    assert change.ui.currentEdit.isVisible() and not ok.isEnabled()
    type_text(qtbot, change.ui.currentEdit, PASSPHRASE)
    assert ok.isEnabled()
    change.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.findChild(RecoveryKitDialog) is not None, timeout=60_000)
    kit_dialog = dialog.findChild(RecoveryKitDialog)
    code = kit_dialog.ui.panel.ui.codeLabel.text()
    kit_dialog.ui.panel.ui.confirmCheck.setChecked(True)
    kit_dialog.reject()
    unlocked.shutdown()
    vault_service.unlock(store_dir, passphrase=new).close()
    vault_service.unlock(store_dir, recovery_code=code).close()
    (store_dir / "keyslots.json").write_bytes(old_slots)
    with pytest.raises(DamagedDatabase):
        vault_service.unlock(store_dir, passphrase=PASSPHRASE).close()


def test_quick_unlock_on_and_off(qtbot, unlocked, store_dir, keyring_backend):
    from caseapp.services import vault as vault_service

    dialog = _settings(qtbot, unlocked)
    dialog.ui.pages.setCurrentWidget(dialog.ui.securityPage)
    qtbot.waitUntil(dialog.ui.quickUnlockGroup.isVisible, timeout=10_000)
    dialog.ui.quickUnlockCheck.setChecked(True)
    qtbot.waitUntil(lambda: vault_service.device_unlock_enabled(store_dir), timeout=10_000)
    dialog.ui.quickUnlockCheck.setChecked(False)
    qtbot.waitUntil(lambda: not vault_service.device_unlock_enabled(store_dir), timeout=10_000)


def test_quick_unlock_is_hidden_without_a_secure_keyring(qtbot, unlocked, no_keyring):
    from caseapp.gui import ops

    dialog = _settings(qtbot, unlocked)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    assert not dialog.ui.quickUnlockGroup.isVisibleTo(dialog)
    QApplication.processEvents()


def test_the_organisation_page_sets_the_time_zone_and_the_designation(qtbot, unlocked,
                                                                       store_dir):
    from caseapp.gui.settings.settings_dialog import SettingsDialog
    from caseapp.services import organisation
    from tests.gui.conftest import open_vault

    dialog = SettingsDialog(unlocked.session, unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.zoneCombo.setCurrentText("Europe/London")
    dialog.ui.designatedCheck.setChecked(True)
    dialog.ui.designationEdit.setText("방송통신위원회 고시 제2022-21호")
    assert set(dialog.organisation_changes()) == {"time_zone", "designated_reporter",
                                                  "designation"}
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    vault = open_vault(store_dir)
    try:
        stored = organisation.get(vault)
    finally:
        vault.close()
    assert (stored.time_zone, stored.designated_reporter, stored.designation) == (
        "Europe/London", True, "방송통신위원회 고시 제2022-21호")


def test_an_unknown_time_zone_is_refused_and_the_dialog_stays(qtbot, unlocked, store_dir,
                                                              monkeypatch):
    from caseapp.gui import error_dialog
    from caseapp.gui.settings.settings_dialog import SettingsDialog

    shown = []
    monkeypatch.setattr(error_dialog, "show_error", lambda _p, exc: shown.append(exc))
    dialog = SettingsDialog(unlocked.session, unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.zoneCombo.setCurrentText("Mars/Olympus")
    dialog.apply()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Mars/Olympus" in shown[0].message("en") and dialog.isVisible()


def test_a_profile_is_renamed_and_the_session_follows(qtbot, unlocked, store_dir):
    from caseapp.gui import ops
    from caseapp.services import cases

    dialog = _settings(qtbot, unlocked)
    dialog.ui.pages.setCurrentWidget(dialog.ui.counsellorsPage)
    qtbot.waitUntil(lambda: dialog.ui.counsellorTable.rowCount() == 1, timeout=10_000)
    dialog.ui.counsellorTable.selectRow(0)
    assert dialog.ui.renameButton.isEnabled()
    qtbot.mouseClick(dialog.ui.renameButton, Qt.MouseButton.LeftButton)
    ask = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QInputDialog) and w.isVisible())
    assert ask.textValue() == "김하늘"
    ask.setTextValue("")
    edit = ask.findChild(QLineEdit)
    type_text(qtbot, edit, "김하늘 선생님")
    ask.accept()
    qtbot.waitUntil(lambda: dialog.ui.counsellorTable.item(0, 0).text() == "김하늘 선생님",
                    timeout=10_000)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    assert unlocked.session.counsellor.name == "김하늘 선생님"
    assert unlocked.session.vault.actor == "김하늘 선생님"
    vault = open_vault(store_dir)
    try:
        assert [c.name for c in cases.list_counsellors(vault)] == ["김하늘 선생님"]
    finally:
        vault.close()
