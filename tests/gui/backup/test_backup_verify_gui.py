"""Backup and verification from the GUI: a backup written from the Back up dialog to a folder
outside the data directory (the data folder itself is refused), the last backup date in the
settings and the reminder gone from Home afterwards; the Verify dialog's report for a clean
store and for damaged evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caseapp.gui import ops
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import consent, picture


def visible(cls):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls)
                 and w.isVisible()), None)


def test_backup_from_the_gui_to_a_folder_outside_the_data_directory(
        qtbot, store_dir, sample_cases, tmp_path, window):
    from caseapp.gui.backup.backup_dialog import BackupDialog
    from caseapp.gui.preferences import Preferences
    from caseapp.gui.settings.settings_dialog import SettingsDialog
    from caseapp.services import backup

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    home = window.work_actions.home
    assert "A backup is due." in window.workspace.tabToolTip(window.workspace.indexOf(home))
    window.work_actions.backup_action.trigger()
    dialog = visible(BackupDialog)
    qtbot.waitUntil(lambda: "No backup has been made yet." in dialog.ui.lastLabel.text(),
                    timeout=10_000)

    dialog.ui.folderEdit.clear()
    type_text(qtbot, dialog.ui.folderEdit, str(store_dir / "backups"))
    assert "inside the CaseApp data folder" in dialog.ui.folderHint.text()
    assert not dialog.ui.startButton.isEnabled()

    usb = tmp_path / "USB stick"
    dialog.ui.folderEdit.clear()
    type_text(qtbot, dialog.ui.folderEdit, str(usb))
    assert dialog.ui.startButton.isEnabled()
    seen = []
    dialog.ui.progressBar.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.closeButton.text() == "&Cancel"
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)

    [written] = list(usb.glob("*.cabk"))
    assert Path(dialog.result.path) == written
    assert str(written) in dialog.ui.resultLabel.text()
    assert seen[-1] == dialog.ui.progressBar.maximum()
    assert "(today)" in dialog.ui.lastLabel.text()
    assert backup.verify_backup(written, passphrase=PASSPHRASE) is not None
    assert Preferences.load(store_dir).backup_dir == str(usb)
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    assert window.workspace.tabToolTip(window.workspace.indexOf(home)) == ""

    window.open_settings()
    settings = visible(SettingsDialog)
    backup_row = settings.backup_settings
    qtbot.waitUntil(lambda: "(today)" in backup_row.last_label.text(), timeout=10_000)
    assert backup_row.reminder_spin.value() == 7
    backup_row.reminder_spin.setValue(14)
    settings.ui.buttons.accepted.emit()
    assert Preferences.load(store_dir).backup_reminder_days == 14


def test_verify_dialog_reports_a_clean_store_and_then_damaged_evidence(
        qtbot, store_dir, sample_cases, tmp_path, window):
    from caseapp.gui.backup.verify_dialog import VerifyDialog
    from caseapp.services import evidence

    number = sample_cases["푸른별"]
    consent(store_dir, number, "copies")
    photo = tmp_path / "photo.png"
    photo.write_bytes(picture(3))
    vault = open_vault(store_dir)
    try:
        item = evidence.ingest_file(vault, number, photo).item
    finally:
        vault.close()
    unlock(qtbot, window)
    window.work_actions.verify_action.trigger()
    dialog = visible(VerifyDialog)
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems is not None, timeout=60_000)
    assert dialog.problems == []
    assert dialog.ui.reportEdit.toPlainText().startswith("Everything checks out.")
    assert dialog.ui.stepLabel.text() == "Finished: no problems."

    vault = window.session.vault
    (stored,) = (vault.data_dir / "content").glob("*.cec")  # the photo's encrypted file
    damaged = bytearray(stored.read_bytes())
    damaged[-1] ^= 0x01
    stored.write_bytes(bytes(damaged))
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.problems), timeout=60_000)
    report = dialog.ui.reportEdit.toPlainText()
    assert report.startswith("1 problem found.")
    assert f"evidence {item.code}" in report
    assert "restore the most recent backup" in report
    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.report_text()
    QApplication.clipboard().clear()
    dialog.close()


def test_verify_can_be_cancelled_and_run_again(qtbot, store_dir, sample_cases, window):
    from caseapp.gui import ops
    from caseapp.gui.backup.verify_dialog import VerifyDialog

    unlock(qtbot, window)
    window.work_actions.verify_action.trigger()
    dialog = visible(VerifyDialog)
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.closeButton.text() == "Ca&ncel"
    qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=60_000)
    assert dialog.isVisible()  # Cancel stops the check, not the dialog
    assert dialog.problems is None
    assert dialog.ui.stepLabel.text().startswith("Cancelled.")
    assert dialog.ui.closeButton.text() == "Close" and dialog.ui.startButton.isEnabled()
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems is not None, timeout=60_000)
    assert dialog.problems == []
    dialog.reject()
