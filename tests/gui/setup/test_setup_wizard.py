"""First run, driven like a person with the keyboard: language, organisation, profile,
passphrase with the strength meter, the recovery code and its kit (which cannot be skipped),
then the unlocked main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import open_vault, type_text


@pytest.fixture
def wizard(qtbot, data_dir, no_keyring):
    from caseapp.gui.preferences import Preferences
    from caseapp.gui.setup.wizard import SetupWizard

    wiz = SetupWizard(data_dir, Preferences(), kdf_params=FAST_KDF)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


@pytest.fixture
def kit_path(tmp_path, monkeypatch) -> Path:
    """The person picks where the Recovery Kit goes (instead of a native file dialog)."""
    target = tmp_path / "kit" / "Recovery Kit.pdf"
    target.parent.mkdir()
    from caseapp.gui import file_dialogs

    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a, **k: target)
    return target


def _next(qtbot, wiz):
    qtbot.keyClick(wiz.focusWidget() or wiz, Qt.Key.Key_Return)


def _button(wiz, which):
    return wiz.button(which)


def _fill_until_passphrase(qtbot, wiz):
    assert wiz.currentId() == 0
    wiz.language_page.ui.englishButton.setChecked(True)
    wiz.next()
    type_text(qtbot, wiz.organisation_page.ui.nameEdit, "해바라기 상담소")
    type_text(qtbot, wiz.organisation_page.ui.phoneEdit, "02-000-0000")
    _next(qtbot, wiz)
    assert wiz.currentPage() is wiz.profile_page
    type_text(qtbot, wiz.profile_page.ui.nameEdit, "김하늘")
    _next(qtbot, wiz)
    assert wiz.currentPage() is wiz.passphrase_page


def test_first_run_ends_in_an_unlocked_window(qtbot, wizard, kit_path, data_dir):
    from caseapp.gui.main_window import MainWindow
    from caseapp.services import cases
    from caseapp.services import vault as vault_service

    window = MainWindow(data_dir, wizard.prefs)
    wizard.completed.connect(lambda vault, person: (window.show(),
                                                     window.start_session(vault, person)))
    _fill_until_passphrase(qtbot, wizard)
    fields = wizard.passphrase_page.ui.fields
    commit = _button(wizard, QWizard.WizardButton.CommitButton)
    type_text(qtbot, fields.ui.passphraseEdit, "sunflower1")
    type_text(qtbot, fields.ui.repeatEdit, "sunflower1")
    assert not wizard.passphrase_page.isComplete()  # too easy to guess
    assert not commit.isEnabled()
    assert "✖" in fields.ui.ruleStrength.text()
    fields.ui.passphraseEdit.clear()
    fields.ui.repeatEdit.clear()
    type_text(qtbot, fields.ui.passphraseEdit, PASSPHRASE)
    type_text(qtbot, fields.ui.repeatEdit, PASSPHRASE)
    qtbot.waitUntil(commit.isEnabled)
    assert fields.ui.strengthBar.value() >= 3
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)

    panel = wizard.recovery_page.ui.panel
    code = panel.ui.codeLabel.text()
    assert len(code.replace("-", "")) == 32
    # The kit step cannot be skipped: no way forward until the PDF exists and is confirmed.
    finish = _button(wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.recovery_page.isComplete()
    assert not panel.ui.confirmCheck.isEnabled()
    assert not _button(wizard, QWizard.WizardButton.BackButton).isVisible() or \
        not _button(wizard, QWizard.WizardButton.BackButton).isEnabled()
    qtbot.keyClick(panel.ui.saveButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: kit_path.exists() and panel.ui.confirmCheck.isEnabled(),
                    timeout=20_000)
    assert kit_path.read_bytes().startswith(b"%PDF")
    assert not wizard.recovery_page.isComplete()
    qtbot.keyClick(panel.ui.confirmCheck, Qt.Key.Key_Space)
    assert wizard.recovery_page.isComplete()
    assert finish.isVisible() and finish.isEnabled()  # no keyring here: no quick-unlock page
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)

    assert window.session.counsellor.name == "김하늘"
    assert window.session.vault.actor == "김하늘"
    window.close()
    window.deleteLater()
    vault = open_vault(data_dir)
    try:
        assert vault_service.organisation(vault) == "해바라기 상담소"
        assert vault_service.organisation_details(vault)["phone"] == "02-000-0000"
        assert [c.name for c in cases.list_counsellors(vault)] == ["김하늘"]
        actions = [e.event.action for e in vault_service.audit_events(vault, limit=50)]
        assert "recovery_kit.written" in actions
        vault.close()
        # the recovery code shown once really opens the store
        vault = vault_service.unlock(data_dir, recovery_code=code)
    finally:
        vault.close()
    saved = (data_dir / "settings.json").read_text(encoding="utf-8")
    assert "김하늘" in saved and "en" in saved
    assert code not in saved


def test_quick_unlock_page_is_offered_only_with_a_secure_keyring(qtbot, data_dir, kit_path,
                                                                 keyring_backend):
    from caseapp.gui.preferences import Preferences
    from caseapp.gui.setup.wizard import SetupWizard
    from caseapp.services import vault as vault_service

    wizard = SetupWizard(data_dir, Preferences(), kdf_params=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    done = []
    wizard.completed.connect(lambda vault, person: done.append(vault))
    _fill_until_passphrase(qtbot, wizard)
    fields = wizard.passphrase_page.ui.fields
    type_text(qtbot, fields.ui.passphraseEdit, PASSPHRASE)
    type_text(qtbot, fields.ui.repeatEdit, PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    panel = wizard.recovery_page.ui.panel
    panel.save_kit()
    qtbot.waitUntil(panel.ui.confirmCheck.isEnabled, timeout=20_000)
    panel.ui.confirmCheck.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.quick_page
    qtbot.keyClick(wizard.quick_page.ui.enableCheck, Qt.Key.Key_Space)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    done[0].close()
    assert vault_service.device_unlock_enabled(data_dir)


def test_choosing_korean_on_the_first_page_translates_the_wizard_buttons_too(qtbot, wizard):
    wizard.language_page.ui.englishButton.setChecked(True)
    qtbot.waitUntil(lambda: _button(wizard, QWizard.WizardButton.NextButton).text()
                    == "&Next >")
    wizard.language_page.ui.koreanButton.setChecked(True)
    qtbot.waitUntil(lambda: wizard.language_page.ui.englishButton.text() == "English"
                    and wizard.windowTitle() != "CaseApp setup")  # Qt delivered the change
    next_text = _button(wizard, QWizard.WizardButton.NextButton).text()
    cancel_text = _button(wizard, QWizard.WizardButton.CancelButton).text()
    assert "다음" in next_text and "Next" not in next_text
    assert cancel_text == "취소"
    wizard.next()
    assert "뒤로" in _button(wizard, QWizard.WizardButton.BackButton).text()
