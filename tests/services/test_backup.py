"""Backups hold consistent encrypted copies; restore verifies everything before replacing."""

import tarfile
import threading

import pytest

from caseapp.errors import Cancelled, StorageFull, StoreExists, WrongPassphrase
from caseapp.services import backup
from caseapp.services import vault as vault_service
from caseapp.store import meta_repo
from tests.conftest import PASSPHRASE, snapshot

CANARY = "BACKUP-CANARY-상담기록-91x"


def put_evidence_bytes(vault, n: int, size: int = 300_000, tag: str = "e") -> None:
    """Fill evidence.db with incompressible content (stand-in for evidence chunks)."""
    import os

    conn = vault.evidence
    conn.execute("BEGIN IMMEDIATE")
    for i in range(n):
        meta_repo.set_meta(conn, f"{tag}{i}", os.urandom(size).hex())
    conn.execute("COMMIT")


def test_backup_file_contains_no_clear_text_and_restores(vault, data_dir, tmp_path):
    vault_service.set_organisation(vault, CANARY)
    put_evidence_bytes(vault, 2)
    out = tmp_path / "b.cabk"
    result = backup.create_backup(vault, out)
    assert out.exists() and not (tmp_path / "b.cabk.partial").exists()
    blob = out.read_bytes()
    for needle in (CANARY.encode(), CANARY.encode("utf-16-le")):
        assert needle not in blob
    with tarfile.open(out) as tar:
        assert sorted(tar.getnames()) == sorted([*backup.PARTS, backup.MANIFEST])
    manifest = result.manifest
    assert manifest["audit_head"]["seq"] > 0
    assert set(manifest["files"]) == set(backup.PARTS)
    assert backup.last_backup_at(vault) == manifest["created_at"]
    vault.close()

    target = tmp_path / "restored"
    restored = backup.restore_backup(out, target, passphrase=PASSPHRASE)
    assert restored.previous_data is None
    again = vault_service.unlock(target, passphrase=PASSPHRASE)
    assert vault_service.organisation(again) == CANARY
    assert vault_service.verify_store(again) == []
    again.close()


def test_restore_with_recovery_code(new_store, tmp_path):
    out = tmp_path / "b.cabk"
    backup.create_backup(new_store.vault, out)
    backup.restore_backup(out, tmp_path / "r", recovery_code=new_store.recovery_code)
    vault_service.unlock(tmp_path / "r", passphrase=PASSPHRASE).close()


def test_restore_over_existing_data_needs_explicit_choice_and_keeps_old(vault, data_dir,
                                                                         tmp_path):
    out = tmp_path / "b.cabk"
    backup.create_backup(vault, out)
    vault_service.set_organisation(vault, "changed after backup")
    vault.close()
    before = snapshot(data_dir)
    with pytest.raises(StoreExists):
        backup.restore_backup(out, data_dir, passphrase=PASSPHRASE)
    assert snapshot(data_dir) == before
    result = backup.restore_backup(out, data_dir, passphrase=PASSPHRASE, replace=True)
    assert result.previous_data is not None
    assert snapshot(result.previous_data) == before
    v = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    assert vault_service.organisation(v) == "Test Centre"
    v.close()


def test_damaged_backup_is_refused_before_anything_is_replaced(vault, data_dir, tmp_path):
    out = tmp_path / "b.cabk"
    put_evidence_bytes(vault, 1)
    backup.create_backup(vault, out)
    vault.close()
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x40  # one flipped bit inside a database part
    bad = tmp_path / "bad.cabk"
    bad.write_bytes(bytes(raw))
    before = snapshot(data_dir)
    with pytest.raises(backup.DamagedBackup) as info:
        backup.restore_backup(bad, data_dir, passphrase=PASSPHRASE, replace=True)
    assert "Nothing was restored" in info.value.message("en")
    assert snapshot(data_dir) == before
    truncated = tmp_path / "short.cabk"
    truncated.write_bytes(out.read_bytes()[:5000])
    with pytest.raises(backup.DamagedBackup):
        backup.verify_backup(truncated, passphrase=PASSPHRASE)
    assert not list(tmp_path.glob(".*restore*"))


def test_wrong_passphrase_restores_nothing(vault, tmp_path):
    out = tmp_path / "b.cabk"
    backup.create_backup(vault, out)
    with pytest.raises(WrongPassphrase):
        backup.restore_backup(out, tmp_path / "r", passphrase="not it at all, no")
    assert not (tmp_path / "r").exists() or not any((tmp_path / "r").iterdir())


def test_cancelled_backup_leaves_no_file(vault, tmp_path):
    put_evidence_bytes(vault, 8)
    stop = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done > total // 3:
            stop.set()

    with pytest.raises(Cancelled):
        backup.create_backup(vault, tmp_path / "c.cabk", progress=progress, cancel=stop)
    assert not list(tmp_path.glob("c.cabk*"))
    assert seen
    assert not [p for p in vault.data_dir.iterdir() if p.name.startswith(".backup-")]


def test_device_removed_midway_gives_clear_error_and_no_complete_looking_file(
        vault, tmp_path, monkeypatch):
    put_evidence_bytes(vault, 6)
    import os

    real_fsync = os.fsync

    def failing_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(StorageFull) as info:
        backup.create_backup(vault, tmp_path / "usb.cabk")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "Input/output error" in info.value.message("en")
    assert not list(tmp_path.glob("usb.cabk*"))


def test_repository_backups_do_not_copy_unchanged_evidence(vault, tmp_path):
    put_evidence_bytes(vault, 20, tag="a")  # about 12 MB of evidence
    repo = tmp_path / "repo"
    first = backup.create_repository_backup(vault, repo)
    put_evidence_bytes(vault, 1, tag="b")
    second = backup.create_repository_backup(vault, repo)
    assert second.bytes_written < first.bytes_written / 3
    assert second.chunks_reused > second.chunks_written
    assert len(backup.list_snapshots(repo)) == 2
    vault_service.set_organisation(vault, "after")
    vault.close()
    backup.restore_backup(repo, tmp_path / "r", passphrase=PASSPHRASE)
    v = vault_service.unlock(tmp_path / "r", passphrase=PASSPHRASE)
    assert meta_repo.get_meta(v.evidence, "b0") is not None
    assert vault_service.organisation(v) == "Test Centre"
    v.close()


def test_backup_while_another_connection_writes(vault, tmp_path):
    """The online backup never catches a half-written transaction."""
    out = tmp_path / "b.cabk"
    second = vault_service.unlock(vault.data_dir, passphrase=PASSPHRASE)
    conn = vault.cases
    conn.execute("BEGIN IMMEDIATE")
    meta_repo.set_meta(conn, "uncommitted", "x")
    worker = threading.Thread(target=backup.create_backup, args=(second, out))
    worker.start()
    try:
        for _ in range(1000):  # the file is complete before the backup records itself
            if out.exists():
                break
            worker.join(0.01)
    finally:
        conn.execute("ROLLBACK")
    worker.join()
    second.close()
    vault.close()
    backup.restore_backup(out, tmp_path / "r", passphrase=PASSPHRASE)
    v = vault_service.unlock(tmp_path / "r", passphrase=PASSPHRASE)
    assert meta_repo.get_meta(v.cases, "uncommitted") is None
    v.close()


def test_pruning_a_backup_folder_keeps_the_newest_restorable(vault, tmp_path):
    repo = tmp_path / "repo"
    put_evidence_bytes(vault, 4, tag="old")
    backup.create_repository_backup(vault, repo)
    vault.evidence.execute("BEGIN IMMEDIATE")
    vault.evidence.execute("DELETE FROM meta WHERE key LIKE 'old%'")
    vault.evidence.execute("COMMIT")
    vault.evidence.execute("VACUUM")
    put_evidence_bytes(vault, 2, tag="new")
    backup.create_repository_backup(vault, repo)
    chunks_before = sum(1 for _ in (repo / "chunks").rglob("*") if _.is_file())
    result = backup.prune_repository(repo, keep=1)
    assert result.snapshots_removed == 1 and result.chunks_removed > 0
    assert sum(1 for _ in (repo / "chunks").rglob("*") if _.is_file()) < chunks_before
    vault.close()
    backup.verify_backup(repo, passphrase=PASSPHRASE)
    with pytest.raises(Exception, match="at least one"):
        backup.prune_repository(repo, keep=0)


def test_trial_restore_into_a_second_folder_never_locks_the_live_store_out(vault, data_dir,
                                                                           tmp_path):
    """The restored copy has the live store's id; its own writes (the restore, an unlock, a
    new case) must not count as the live store's last-seen head, nor the other way round."""
    from caseapp.services import cases as case_service

    out = tmp_path / "b.cabk"
    backup.create_backup(vault, out)
    case_service.open_case(vault, pseudonym="written after the backup")
    vault.close()

    trial = tmp_path / "trial"
    backup.restore_backup(out, trial, passphrase=PASSPHRASE)
    copy = vault_service.unlock(trial, passphrase=PASSPHRASE)
    case_service.open_case(copy, pseudonym="only in the trial copy")
    copy.close()

    live = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    assert case_service.count_cases(live) == 1
    case_service.open_case(live, pseudonym="the live store goes on")
    live.close()
    # and the trial copy still opens after the live store moved on
    vault_service.unlock(trial, passphrase=PASSPHRASE).close()


def test_an_older_copy_put_back_in_the_same_folder_is_still_reported(vault, data_dir, tmp_path):
    import shutil

    from caseapp.services import cases as case_service

    vault.close()
    old = tmp_path / "old"
    shutil.copytree(data_dir, old)
    live = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    case_service.open_case(live, pseudonym="newer")
    live.close()
    shutil.rmtree(data_dir)
    shutil.copytree(old, data_dir)
    with pytest.raises(vault_service.RolledBack):
        vault_service.unlock(data_dir, passphrase=PASSPHRASE)


def _repacked(original, target, *, cases_db=None, manifest_edit=None):
    """A backup file whose manifest hashes match its (altered) parts: only restore's own
    checks of the staged databases can catch what was changed."""
    import hashlib
    import io
    import json

    with tarfile.open(original, "r:") as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    if cases_db is not None:
        members["cases.db"] = cases_db(members["cases.db"])
    manifest = json.loads(members["manifest.json"])
    for name, entry in manifest["files"].items():
        entry["size"] = len(members[name])
        entry["sha256"] = hashlib.sha256(members[name]).hexdigest()
    if manifest_edit is not None:
        manifest_edit(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    with tarfile.open(target, "w:") as tar:
        for name in ["manifest.json", *[n for n in members if n != "manifest.json"]]:
            info = tarfile.TarInfo(name)
            info.size = len(members[name])
            tar.addfile(info, io.BytesIO(members[name]))
    return target


def _flip_a_page(blob: bytes) -> bytes:
    from caseapp.store.connection import CASES_DB

    raw = bytearray(blob)
    raw[len(raw) - CASES_DB.page_size // 2] ^= 0x20  # inside the last page, not the header
    return bytes(raw)


def _tamper_audit(key):
    def edit(blob: bytes) -> bytes:
        import tempfile
        from pathlib import Path

        from caseapp.store.connection import CASES_DB, open_database

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "cases.db"
            path.write_bytes(blob)
            conn = open_database(path, CASES_DB, key)
            conn.execute("DROP TRIGGER audit_event_no_update")
            conn.execute("UPDATE audit_event SET actor = 'someone else' WHERE seq = 2")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            return path.read_bytes()
    return edit


def _other_head(manifest):
    manifest["audit_head"]["seq"] -= 1


@pytest.mark.parametrize("damage", ["page", "audit chain", "audit head"])
def test_restore_checks_the_staged_databases_not_only_the_manifest(vault, data_dir, tmp_path,
                                                                   damage):
    from caseapp.store.connection import CASES_DB

    for i in range(30):
        vault.audit("case.viewed", "case", str(i), field="summary " * 20)
    out = backup.create_backup(vault, tmp_path / "b.cabk").path
    key = vault.db_key(CASES_DB)
    vault.close()
    edits = {"page": {"cases_db": _flip_a_page}, "audit chain": {"cases_db": _tamper_audit(key)},
             "audit head": {"manifest_edit": _other_head}}[damage]
    bad = _repacked(out, tmp_path / "bad.cabk", **edits)
    before = snapshot(data_dir)
    with pytest.raises(backup.DamagedBackup) as info:
        backup.verify_backup(bad, passphrase=PASSPHRASE)
    assert "does not match its SHA-256" not in info.value.message("en")
    with pytest.raises(backup.DamagedBackup):
        backup.restore_backup(bad, data_dir, passphrase=PASSPHRASE, replace=True)
    assert snapshot(data_dir) == before
    assert not list(tmp_path.glob(".*restore*"))
    # the same repacking with nothing changed restores: the test's tar is a valid backup
    good = _repacked(out, tmp_path / "good.cabk")
    backup.verify_backup(good, passphrase=PASSPHRASE)


def test_a_chosen_snapshot_is_described_and_restored(vault, tmp_path):
    from caseapp.errors import BadInput
    from caseapp.services import cases as case_service

    repo = tmp_path / "repo"
    backup.create_repository_backup(vault, repo)
    case_service.open_case(vault, pseudonym="later")
    backup.create_repository_backup(vault, repo)
    names = backup.snapshots_of(repo)
    assert len(names) == 2 and backup.snapshots_of(tmp_path / "none.cabk") == []
    newest, older = (backup.describe_backup(repo, n) for n in names)
    assert (newest.cases, older.cases) == (1, 0) and newest.size > 0
    assert backup.describe_backup(repo).snapshot == names[0]
    with pytest.raises(BadInput):
        backup.describe_backup(repo, "../../etc/passwd")
    with pytest.raises(BadInput):
        backup.describe_backup(tmp_path / "missing.cabk")
    backup.restore_backup(repo, tmp_path / "old", passphrase=PASSPHRASE, snapshot=names[1])
    again = vault_service.unlock(tmp_path / "old", passphrase=PASSPHRASE)
    assert case_service.count_cases(again) == 0
    again.close()
