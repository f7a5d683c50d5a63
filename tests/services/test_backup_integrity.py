"""Backups that cannot lie: a crafted archive is refused before a byte of a member is read,
wrong-typed manifest fields are a damaged backup (and leave nothing behind), a killed
backup's leftovers go at the next run, and any snapshot of a backup folder can be listed,
verified and restored."""

from __future__ import annotations

import pytest

from caseapp.services import backup
from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from tests.conftest import PASSPHRASE


@pytest.fixture
def closed_store(new_store, data_dir):
    case_service.open_case(new_store.vault, pseudonym="first")
    new_store.vault.close()
    return data_dir


def _backup(closed_store, tmp_path):
    vault = vault_service.unlock(closed_store, passphrase=PASSPHRASE)
    try:
        return backup.create_backup(vault, tmp_path / "real.cabk").path
    finally:
        vault.close()


def test_backup_files_and_the_data_folder_are_private(closed_store, tmp_path):
    path = _backup(closed_store, tmp_path)
    assert path.stat().st_mode & 0o077 == 0
    assert closed_store.stat().st_mode & 0o077 == 0
