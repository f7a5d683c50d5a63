"""The unlock screen, driven from the keyboard: wrong passphrase then right, the growing
delay as a countdown, the forgotten-passphrase path, and locking (Ctrl+L, idle, Esc Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.gui.lock.recovery_dialog import RecoveryDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import COUNSELLOR, type_text, unlock


def test_wrong_passphrase_gets_a_calm_message_then_the_right_one_unlocks(qtbot, window):
    screen = window.unlock_screen
    qtbot.keyClicks(screen.ui.passphraseEdit, "not the passphrase")
    qtbot.keyClick(screen.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "did not open" in screen.ui.messageLabel.text(), timeout=10_000)
    assert not window.is_unlocked
    assert screen.ui.passphraseEdit.isEnabled()
    screen.ui.passphraseEdit.clear()
    unlock(qtbot, window)
    assert window.session.counsellor.name == COUNSELLOR
    assert window.workspace.isVisible()
    assert window.windowTitle() == f"CaseApp — {COUNSELLOR}"


def test_repeated_wrong_passphrases_show_a_live_countdown_and_change_no_file(qtbot, window,
                                                                             store_dir):
    from tests.conftest import snapshot

    before = snapshot(store_dir)
    screen = window.unlock_screen
    for _ in range(3):
        screen.ui.passphraseEdit.clear()
        qtbot.keyClicks(screen.ui.passphraseEdit, "wrong guess")
        # hide the previous answer so the wait below sees this attempt's, not the last one's
        screen.ui.messageLabel.hide()
        qtbot.keyClick(screen.ui.passphraseEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not screen._busy and screen.ui.messageLabel.isVisible(),
                        timeout=10_000)
    # the third mistake starts the growing delay: a countdown, and no way to try meanwhile
    assert "Too many wrong attempts" in screen.ui.messageLabel.text()
    first = screen.ui.messageLabel.text()
    assert not screen.ui.unlockButton.isEnabled()
    qtbot.waitUntil(lambda: screen.ui.messageLabel.text() != first, timeout=5000)
    qtbot.waitUntil(lambda: screen._wait_left == 0, timeout=10_000)
    assert snapshot(store_dir) == before
    screen.ui.passphraseEdit.clear()
    unlock(qtbot, window)


def test_unlocking_runs_off_the_gui_thread(qtbot, window):
    from caseapp.gui import ops

    screen = window.unlock_screen
    qtbot.keyClicks(screen.ui.passphraseEdit, "x")
    screen.ui.passphraseEdit.clear()
    type_text(qtbot, screen.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(screen.ui.passphraseEdit, Qt.Key.Key_Return)
    # the key derivation was handed to the worker: the window is still ours, showing progress
    assert ops.busy()
    assert screen.ui.busyBar.isVisible()
    assert not screen.ui.passphraseEdit.isEnabled()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=20_000)


def test_forgotten_passphrase_path_sets_a_new_one(qtbot, window, store):
    from caseapp.errors import WrongPassphrase
    from caseapp.services import vault as vault_service
    data_dir, code = store
    screen = window.unlock_screen
    qtbot.mouseClick(screen.ui.forgotButton, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(RecoveryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.codeEdit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    new = "a brand new passphrase 새 암호 for the centre"
    type_text(qtbot, dialog.ui.fields.ui.passphraseEdit, new)
    type_text(qtbot, dialog.ui.fields.ui.repeatEdit, new)
    ok = dialog._ok_button()
    qtbot.waitUntil(ok.isEnabled)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.ui.messageLabel.text()), timeout=10_000)
    assert "recovery code is not correct" in dialog.ui.messageLabel.text()
    assert not window.is_unlocked
    dialog.ui.codeEdit.clear()
    qtbot.keyClicks(dialog.ui.codeEdit, code.lower().replace("-", " "))  # as a person types it
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=20_000)
    window.shutdown()
    try:
        vault_service.unlock(data_dir, passphrase=PASSPHRASE)
        raise AssertionError("the old passphrase still works")
    except WrongPassphrase:
        pass
    vault_service.unlock(data_dir, passphrase=new).close()


def test_not_you_lets_the_person_choose_their_profile(qtbot, window, store_dir):
    from caseapp.services import cases
    from tests.gui.conftest import open_vault

    vault = open_vault(store_dir)
    cases.add_counsellor(vault, "Alex Morgan", "supervisor")
    vault.close()
    screen = window.unlock_screen
    assert COUNSELLOR in screen.ui.profileLabel.text()
    qtbot.mouseClick(screen.ui.switchProfileButton, Qt.MouseButton.LeftButton)
    type_text(qtbot, screen.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClick(screen.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._picker is not None, timeout=20_000)
    picker = window._picker
    names = [picker.ui.profileList.item(i).text() for i in range(picker.ui.profileList.count())]
    assert any("Alex Morgan" in n for n in names)
    row = next(i for i, n in enumerate(names) if "Alex Morgan" in n)
    picker.ui.profileList.setCurrentRow(row)
    qtbot.keyClick(picker.ui.profileList, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_unlocked)
    assert window.session.vault.actor == "Alex Morgan"
    assert window.prefs.last_profile_name == "Alex Morgan"


def test_quick_unlock_once_enabled(qtbot, window, keyring_backend):
    from caseapp.services import vault as vault_service

    unlock(qtbot, window)
    vault_service.enable_device_unlock(window.session.vault)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = window.unlock_screen
    qtbot.waitUntil(lambda: screen.ui.quickUnlockButton.isVisible(), timeout=10_000)
    qtbot.mouseClick(screen.ui.quickUnlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)


def test_a_damaged_store_opens_read_only_and_says_so(qtbot, window, store_dir):
    """A damaged page in cases.db: the window opens what can be read and says at once that
    nothing can be saved, with the way back (restore, or export what can be read)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from caseapp.services import cases
    from caseapp.store.connection import CASES_DB
    from tests.gui.conftest import open_vault

    vault = open_vault(store_dir)
    for i in range(40):
        cases.open_case(vault, pseudonym=f"p{i}", summary="요약 " * 300)
    vault.close()
    path = store_dir / CASES_DB.filename
    blob = bytearray(path.read_bytes())
    blob[-CASES_DB.page_size // 2] ^= 0x08  # inside the last page (case text), not the header
    path.write_bytes(bytes(blob))
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    assert "read-only" in box.text() and "cases.db" in box.text()
    assert "restore" in box.text() and "export" in box.text()
    box.done(0)
    window.lock()
    assert path.read_bytes() == bytes(blob)


def test_the_unlock_box_stays_put_when_its_progress_bar_appears(qtbot, window):
    from PySide6.QtCore import QPoint

    screen = window.unlock_screen
    edit, button = screen.ui.passphraseEdit, screen.ui.unlockButton
    qtbot.waitUntil(lambda: not screen._busy)

    def where():
        return edit.mapTo(window, QPoint(0, 0)), button.mapTo(window, QPoint(0, 0))

    before = where()
    screen._busy = True
    screen._render()
    qtbot.waitUntil(lambda: screen.ui.busyBar.isVisible())
    assert where() == before
    screen._busy = False
    screen._render()
