"""One store, one writer, through ``caseapp-admin``: rekey and restore over a store need it
alone and refuse, changing nothing, while another process has it open (a real second
process, tests/store/store_holder.py); two processes may read it together."""


import pytest

from caseapp.errors import StoreBusy, StoreInUse
from caseapp.services import backup
from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from caseapp.store import store_lock
from tests.conftest import PASSPHRASE, run_cli, snapshot
from tests.store.holder import holding


@pytest.fixture
def closed_store(new_store, data_dir):
    case_service.open_case(new_store.vault, pseudonym="kept")
    new_store.vault.close()
    return data_dir


def test_rekey_is_refused_while_the_app_has_the_store_open(closed_store):
    with holding("open", closed_store, PASSPHRASE):
        before = snapshot(closed_store)
        result = run_cli("--data-dir", str(closed_store), "rekey", "--passphrase-stdin",
                         stdin=PASSPHRASE + "\n")
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip().splitlines() == [
            "caseapp-admin: " + StoreInUse().message("en")]
        assert snapshot(closed_store) == before
    # and with the other program closed it goes ahead
    result = run_cli("--data-dir", str(closed_store), "rekey", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr


def test_refusal_is_translated(closed_store):
    with holding("open", closed_store, PASSPHRASE):
        result = run_cli("--lang", "ko", "--data-dir", str(closed_store), "rekey",
                         "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 1
    assert result.stderr.strip() == "caseapp-admin: " + StoreInUse().message("ko")
    assert "다른" in result.stderr


def test_restore_over_an_open_store_is_refused_and_changes_nothing(closed_store, tmp_path):
    vault = vault_service.unlock(closed_store, passphrase=PASSPHRASE)
    made = backup.create_backup(vault, tmp_path / "b.cabk")
    vault.close()
    with holding("open", closed_store, PASSPHRASE):
        before = snapshot(closed_store)
        result = run_cli("--data-dir", str(closed_store), "restore", str(made.path),
                         "--replace", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 1, result.stderr
        assert "needs it to itself" in result.stderr
        assert snapshot(closed_store) == before
    assert sorted(p.name for p in closed_store.parent.iterdir() if p.name != "b.cabk") == [
        "data"]  # no staging or before-restore folder
    result = run_cli("--data-dir", str(closed_store), "restore", str(made.path), "--replace",
                     "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr


def test_opening_is_refused_while_another_process_rekeys(closed_store):
    with holding("exclusive", closed_store):
        before = snapshot(closed_store)
        result = run_cli("--data-dir", str(closed_store), "case", "list",
                         "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [
            "caseapp-admin: " + StoreBusy().message("en")]
        assert "damaged" not in result.stderr
        assert snapshot(closed_store) == before
        with pytest.raises(StoreBusy):
            vault_service.unlock(closed_store, passphrase=PASSPHRASE)


def test_this_process_upgrades_its_own_hold_and_gives_it_back(closed_store):
    vault = vault_service.unlock(closed_store, passphrase=PASSPHRASE)
    try:
        assert store_lock.held_by_this_process(closed_store) == store_lock.SHARED
        with store_lock.exclusive(closed_store):
            assert store_lock.held_by_this_process(closed_store) == store_lock.EXCLUSIVE
            result = run_cli("--data-dir", str(closed_store), "case", "list",
                             "--passphrase-stdin", stdin=PASSPHRASE + "\n")
            assert result.returncode == 1 and "busy" in result.stderr
        assert store_lock.held_by_this_process(closed_store) == store_lock.SHARED
        # shared again: another process may open the store alongside
        result = run_cli("--data-dir", str(closed_store), "case", "list",
                         "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 0, result.stderr
    finally:
        vault.close()
    assert store_lock.held_by_this_process(closed_store) is None


def test_two_processes_may_have_the_store_open_together(closed_store):
    with holding("open", closed_store, PASSPHRASE):
        result = run_cli("--data-dir", str(closed_store), "case", "new", "--pseudonym",
                         "second", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 0, result.stderr
