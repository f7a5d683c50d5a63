"""One store, one writer, through ``caseapp-admin`` while another process holds the store: a
database held by a long ingest is "busy, try again", never "damaged"; reads succeed while
another process writes (the unlock's audit event is queued, not lost); an empty database is
damage, not a new empty store; pruning a backup folder and writing a backup to it exclude
each other."""

from __future__ import annotations

import json

import pytest

from caseapp.errors import StoreBusy
from caseapp.services import backup
from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from tests.conftest import PASSPHRASE, run_cli, snapshot
from tests.store.holder import holding


@pytest.fixture
def closed_store(new_store, data_dir):
    case_service.open_case(new_store.vault, pseudonym="kept")
    new_store.vault.close()
    return data_dir


def _cli(data_dir, *args, passphrase=PASSPHRASE):
    return run_cli("--data-dir", str(data_dir), *args, "--passphrase-stdin",
                   stdin=passphrase + "\n")


def _unlock_events(data_dir) -> list[dict]:
    result = _cli(data_dir, "audit", "list", "--limit", "1000", "--json")
    assert result.returncode == 0, result.stderr
    return [e for e in json.loads(result.stdout) if e["action"] == "unlock"]


def test_a_database_held_by_a_long_ingest_is_busy_not_damaged(closed_store):
    with holding("ingest", closed_store, PASSPHRASE):
        before = snapshot(closed_store)
        result = _cli(closed_store, "case", "list")
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip().splitlines() == [
            "caseapp-admin: " + StoreBusy().message("en")]
        assert "damaged" not in result.stderr and "Restore" not in result.stderr
        assert snapshot(closed_store) == before


def test_reads_succeed_while_another_process_writes_and_the_unlock_event_is_kept(
        closed_store):
    before = len(_unlock_events(closed_store))
    # how long the read takes (not waiting out the 10 s busy timeout): benchmarks/busy_store.py
    with holding("write", closed_store, PASSPHRASE):  # holds cases.db's write lock
        result = _cli(closed_store, "case", "list")
        assert result.returncode == 0, result.stderr
        assert "kept" in result.stdout
        assert list(closed_store.glob("audit-pending-*.bin"))  # sealed, not in clear
    # the holder (1), the read (queued, 1) and this listing (1)
    events = _unlock_events(closed_store)
    assert len(events) == before + 3
    assert not list(closed_store.glob("audit-pending-*"))
    assert _cli(closed_store, "audit", "verify").returncode == 0


@pytest.mark.parametrize("name", ["cases.db", "evidence.db"])
def test_an_empty_database_file_is_damage_not_a_new_store(closed_store, name):
    (closed_store / name).write_bytes(b"")
    for extra in ("-wal", "-shm"):
        (closed_store / (name + extra)).unlink(missing_ok=True)
    before = snapshot(closed_store)
    result = _cli(closed_store, "case", "list")
    assert result.returncode == 1
    assert f"{name} is damaged" in result.stderr
    result = _cli(closed_store, "accept-older-copy")
    assert result.returncode == 1 and "No problems" not in result.stdout
    assert snapshot(closed_store) == before
    assert (closed_store / name).stat().st_size == 0


def test_prune_is_refused_while_a_backup_writes_to_the_folder(closed_store, tmp_path):
    repo = tmp_path / "repo"
    for _ in range(2):
        assert _cli(closed_store, "backup", "--repo", str(repo)).returncode == 0
    with holding("shared", repo):  # what a running backup holds
        before = snapshot(repo)
        result = run_cli("--data-dir", str(closed_store), "backup-prune", str(repo),
                         "--keep", "1")
        assert result.returncode == 1, result.stderr
        assert "Nothing was deleted" in result.stderr
        assert snapshot(repo) == before
    with holding("exclusive", repo):  # what a running prune holds
        result = _cli(closed_store, "backup", "--repo", str(repo))
        assert result.returncode == 1, result.stderr
        assert "pruning" in result.stderr
    result = run_cli("--data-dir", str(closed_store), "backup-prune", str(repo), "--keep", "1")
    assert result.returncode == 0, result.stderr


def test_prune_keeps_the_newest_intact_snapshot(closed_store, tmp_path):
    repo = tmp_path / "repo"
    vault = vault_service.unlock(closed_store, passphrase=PASSPHRASE)
    try:
        first = backup.create_repository_backup(vault, repo)
        case_service.open_case(vault, pseudonym="second")
        second = backup.create_repository_backup(vault, repo)
    finally:
        vault.close()
    only_second = set(second.manifest["files"]["cases.db"]["chunks"]) - set(
        first.manifest["files"]["cases.db"]["chunks"])
    victim = sorted(only_second)[0]
    chunk = repo / "chunks" / victim[:2] / victim
    data = bytearray(chunk.read_bytes())
    data[100] ^= 1
    chunk.write_bytes(bytes(data))
    result = run_cli("--data-dir", str(closed_store), "backup-prune", str(repo), "--keep", "1")
    assert result.returncode == 0, result.stderr
    assert first.path.exists() and second.path.exists()
    result = _cli(closed_store, "backup-verify", str(repo), "--snapshot", first.path.stem)
    assert result.returncode == 0, result.stderr


def test_a_damaged_stored_chunk_is_rewritten_not_reused(closed_store, tmp_path):
    repo = tmp_path / "repo"
    assert _cli(closed_store, "backup", "--repo", str(repo)).returncode == 0
    snap = json.loads(sorted((repo / "snapshots").glob("*.json"))[-1].read_text())
    digest = snap["files"]["keyslots.json"]["chunks"][0]  # unchanged: the next run reuses it
    chunk = repo / "chunks" / digest[:2] / digest
    data = bytearray(chunk.read_bytes())
    data[0] ^= 0xFF
    chunk.write_bytes(bytes(data))
    result = _cli(closed_store, "backup", "--repo", str(repo), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["chunks_repaired"] == 1
    result = _cli(closed_store, "backup-verify", str(repo))
    assert result.returncode == 0, result.stderr
    target = tmp_path / "restored"
    result = run_cli("--data-dir", str(target), "restore", str(repo), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
