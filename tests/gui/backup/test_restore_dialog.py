"""Restore from the desktop: a backup made in the test is described (date, cases, size),
verified and restored into a new folder (the live store untouched and still opening
afterwards), a folder's older snapshot is chosen, a cancelled restore leaves nothing, and
replacing the store is offered only while it is locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from caseapp.gui import ops
from tests.conftest import PASSPHRASE
from tests.gui.conftest import open_vault, type_text, unlock


def _backups(store_dir, tmp_path):
    from caseapp.services import backup, cases

    vault = open_vault(store_dir)
    try:
        cases.open_case(vault, pseudonym="첫 사건")
        file = backup.create_backup(vault, tmp_path / "one.cabk").path
        repo = tmp_path / "repo"
        backup.create_repository_backup(vault, repo)
        cases.open_case(vault, pseudonym="둘째 사건")
        backup.create_repository_backup(vault, repo)
    finally:
        vault.close()
    return file, repo


def _dialog(qtbot, window):
    from caseapp.gui.backup.restore_dialog import RestoreDialog

    window.open_restore()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, RestoreDialog) and w.isVisible())
    return dialog


def test_restore_a_file_into_a_new_folder_while_unlocked(qtbot, store_dir, sample_cases,
                                                         tmp_path, window):
    from caseapp.services import cases

    file, _repo = _backups(store_dir, tmp_path)
    unlock(qtbot, window)
    dialog = _dialog(qtbot, window)
    assert not dialog.ui.replaceRadio.isEnabled()  # the store is open here
    with qtbot.waitSignal(dialog.described, timeout=10_000):
        type_text(qtbot, dialog.ui.sourceEdit, str(file))
        qtbot.keyClick(dialog.ui.sourceEdit, Qt.Key.Key_Return)
    assert "4 cases" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.verifyButton.isEnabled()
    type_text(qtbot, dialog.ui.secretEdit, PASSPHRASE)
    with qtbot.waitSignal(dialog.verified, timeout=30_000):
        qtbot.mouseClick(dialog.ui.verifyButton, Qt.MouseButton.LeftButton)
    assert "complete" in dialog.ui.resultLabel.text()

    target = tmp_path / "trial"
    dialog.ui.targetEdit.setText(str(target))
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert "current store was not touched" in dialog.ui.resultLabel.text()
    dialog.reject()
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    trial = open_vault(target)
    try:
        assert cases.count_cases(trial) == 4
    finally:
        trial.close()
    # the live store goes on, and opens again after the app closes it
    window.lock("manual")
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=10_000)
    live = open_vault(store_dir)
    try:
        assert cases.count_cases(live) == 5
    finally:
        live.close()


def test_an_older_snapshot_replaces_the_locked_store_and_cancel_leaves_nothing(
        qtbot, store_dir, sample_cases, tmp_path, window):
    from caseapp.services import cases

    _file, repo = _backups(store_dir, tmp_path)
    dialog = _dialog(qtbot, window)  # locked: replacing is offered
    assert dialog.ui.replaceRadio.isEnabled()
    with qtbot.waitSignal(dialog.described, timeout=10_000):
        dialog.ui.sourceEdit.setText(str(repo))
        dialog.describe()
    assert dialog.ui.snapshotCombo.count() == 2
    assert "5 cases" in dialog.ui.summaryLabel.text()  # the newest first
    with qtbot.waitSignal(dialog.described, timeout=10_000):
        dialog.ui.snapshotCombo.setCurrentIndex(1)
    assert "4 cases" in dialog.ui.summaryLabel.text()
    type_text(qtbot, dialog.ui.secretEdit, PASSPHRASE)
    dialog.ui.replaceRadio.setChecked(True)

    before = sorted(p.name for p in store_dir.parent.iterdir())
    assert dialog.summary is not None and dialog.ui.replaceRadio.isChecked(), \
        (dialog.summary, dialog.store_open)
    job = dialog.restore()
    job.cancel()
    qtbot.waitUntil(lambda: not ops.busy(), timeout=30_000)
    assert dialog.result is None and "Cancelled" in dialog.ui.resultLabel.text()
    assert sorted(p.name for p in store_dir.parent.iterdir()) == before

    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert "kept in" in dialog.ui.resultLabel.text()
    aside = dialog.result.previous_data
    assert aside is not None and aside.exists()
    dialog.reject()
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    restored = open_vault(store_dir)
    try:
        assert cases.count_cases(restored) == 4
    finally:
        restored.close()
    unlock(qtbot, window)  # the app opens the restored store


@pytest.mark.parametrize("bad", ["missing.cabk", "not-a-backup.cabk"])
def test_a_bad_backup_is_named_and_nothing_can_be_restored(qtbot, store_dir, tmp_path, window,
                                                          bad):
    path = tmp_path / bad
    if bad.startswith("not"):
        path.write_bytes(b"not a tar file at all")
    dialog = _dialog(qtbot, window)
    dialog.ui.sourceEdit.setText(str(path))
    dialog.describe()
    qtbot.waitUntil(lambda: dialog.ui.summaryLabel.text() != "", timeout=10_000)
    assert dialog.summary is None and not dialog.ui.restoreButton.isEnabled()
    dialog.reject()
