"""Evidence content in encrypted chunk files (content/<id>.cec): only ciphertext on disk;
a flipped byte, a swapped, truncated or reordered chunk file is caught by verify and by
reading; erasure leaves no file and no key; backups of both kinds carry the files; content
stored in evidence.db by older versions still reads; a killed save leaves nothing readable;
a rekey keeps content readable."""

from __future__ import annotations

import hashlib
import signal
from datetime import timedelta

import pytest

from caseapp.services import backup, evidence_consent
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from caseapp.services.backup import DamagedBackup
from caseapp.store import content_files
from caseapp.store.connection import EVIDENCE_DB, open_database
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.store.holder import holding

CANARY = b"CANARY-content-5e1d-\xed\x94\xbc\xed\x95\xb4\xec\x9e\x90-"
CHUNK = 1 << 20


@pytest.fixture
def case(vault):
    case = case_service.open_case(vault, pseudonym="content files")
    case_service.record_consent(vault, case, "copies", True, "written")
    return case


def canary_file(tmp_path, name="canary.bin", size=3 * CHUNK + 12345):
    """A multi-chunk file made of the canary (plus a counter so chunks differ)."""
    block = CANARY * (CHUNK // len(CANARY) + 1)
    data = b"".join(block[:CHUNK - 8] + i.to_bytes(8, "big") for i in range(size // CHUNK + 1))
    path = tmp_path / name
    path.write_bytes(data[:size])
    return path, data[:size]


def ingest(vault, case, path):
    return evidence_service.ingest_file(vault, case, path).item


def file_of(vault, item):
    cid = vault.cases.execute("SELECT content_id FROM evidence_item WHERE id = ?",
                              (item.id,)).fetchone()[0]
    file_id = vault.evidence.execute("SELECT file_id FROM content WHERE id = ?",
                                     (cid,)).fetchone()[0]
    return content_files.path_of(vault.data_dir, file_id)


def read_back(vault, item) -> bytes:
    stream = evidence_service.open_content(vault, item.id)
    assert stream is not None
    with stream:
        return stream.read()


def all_files(folder):
    return [p for p in folder.rglob("*") if p.is_file()]


def assert_no_canary(folder):
    for path in all_files(folder):
        assert CANARY not in path.read_bytes(), f"canary in clear in {path}"


def test_content_is_on_disk_only_encrypted_and_reads_back(vault, case, tmp_path):
    path, data = canary_file(tmp_path)
    item = ingest(vault, case, path)
    stored = file_of(vault, item)
    assert stored.parent == vault.data_dir / "content" and stored.exists()
    assert stored.stat().st_size == content_files.HEADER + len(data) + 4 * content_files.TAG
    assert_no_canary(vault.data_dir)
    assert read_back(vault, item) == data
    assert evidence_service.verify_evidence(vault, case)[0].ok
    assert oct(stored.stat().st_mode & 0o777) == "0o600"


def _verify_fails_and_reading_fails(vault, case, item):
    result = evidence_service.verify_evidence(vault, case, evidence_ids=[item.id])[0]
    assert not result.ok
    with pytest.raises(LookupError):
        read_back(vault, item)


def test_a_flipped_byte_is_detected_by_verify_and_by_reading(vault, case, tmp_path):
    path, _ = canary_file(tmp_path)
    item = ingest(vault, case, path)
    stored = file_of(vault, item)
    raw = bytearray(stored.read_bytes())
    raw[content_files.HEADER + 2 * (CHUNK + 16) + 5] ^= 0x40  # inside the third chunk
    stored.write_bytes(bytes(raw))
    _verify_fails_and_reading_fails(vault, case, item)


def test_reordered_chunks_are_detected(vault, case, tmp_path):
    path, _ = canary_file(tmp_path)
    item = ingest(vault, case, path)
    stored = file_of(vault, item)
    raw = stored.read_bytes()
    h, r = content_files.HEADER, CHUNK + content_files.TAG
    stored.write_bytes(raw[:h] + raw[h + r:h + 2 * r] + raw[h:h + r] + raw[h + 2 * r:])
    _verify_fails_and_reading_fails(vault, case, item)


def test_files_swapped_between_items_are_detected(vault, case, tmp_path):
    first = ingest(vault, case, canary_file(tmp_path, "a.bin")[0])
    second = ingest(vault, case, canary_file(tmp_path, "b.bin", 3 * CHUNK + 12346)[0])
    a, b = file_of(vault, first), file_of(vault, second)
    data_a, data_b = a.read_bytes(), b.read_bytes()
    assert len(data_a) + 1 == len(data_b)
    # whole files swapped: each names another item
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    _verify_fails_and_reading_fails(vault, case, first)
    _verify_fails_and_reading_fails(vault, case, second)
    # B's chunks under A's own header, cut to A's length: only the item key tells them apart
    h = content_files.HEADER
    a.write_bytes(data_a[:h] + data_b[h:h + len(data_a) - h])
    _verify_fails_and_reading_fails(vault, case, first)


def test_a_truncated_file_is_detected_even_when_its_row_is_cut_to_match(vault, case, tmp_path):
    item = ingest(vault, case, canary_file(tmp_path)[0])
    stored = file_of(vault, item)
    raw = stored.read_bytes()
    stored.write_bytes(raw[:-100])
    _verify_fails_and_reading_fails(vault, case, item)
    # cut at a chunk boundary and the row edited to say so: the last chunk left is not the
    # final one it was sealed as
    stored.write_bytes(raw[:content_files.HEADER + 3 * (CHUNK + content_files.TAG)])
    with vault.evidence_lock:
        vault.evidence.execute("BEGIN IMMEDIATE")
        vault.evidence.execute("UPDATE content SET chunks = 3, size = ? WHERE file_id = ?",
                               (3 * CHUNK, stored.stem))
        vault.evidence.execute("COMMIT")
    with pytest.raises(LookupError, match="authenticate"):
        read_back(vault, item)


def test_withdrawing_consent_shreds_content_no_file_no_key(vault, case, tmp_path):
    item = ingest(vault, case, canary_file(tmp_path)[0])
    stored = file_of(vault, item)
    key = vault.evidence.execute("SELECT item_key FROM content").fetchone()[0]
    assert len(key) == 32
    evidence_consent.record_consent(vault, case, "copies", False, "written")
    assert not stored.exists()
    assert list((vault.data_dir / "content").iterdir()) == []
    assert vault.evidence.execute("SELECT count(*) FROM content").fetchone()[0] == 0
    assert vault.evidence.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert evidence_service.open_content(vault, item.id) is None


@pytest.mark.parametrize("kind", ["file", "repository"])
def test_a_backup_restores_content_byte_for_byte(vault, case, tmp_path, kind):
    path, data = canary_file(tmp_path)
    item = ingest(vault, case, path)
    target = tmp_path / ("b.cabk" if kind == "file" else "repo")
    make = backup.create_backup if kind == "file" else backup.create_repository_backup
    result = make(vault, target)
    assert len(result.manifest["content"]) == 1
    if kind == "file":
        assert_no_canary(tmp_path / "b.cabk")  # the backup holds the files encrypted
    else:
        assert_no_canary(target)
    backup.verify_backup(target, passphrase=PASSPHRASE)
    restored = tmp_path / "restored"
    backup.restore_backup(target, restored, passphrase=PASSPHRASE)
    again = vault_service.unlock(restored, passphrase=PASSPHRASE, actor="tester")
    try:
        assert read_back(again, item) == data
        assert all(r.ok for r in evidence_service.verify_evidence(again))
        assert_no_canary(restored)
    finally:
        again.close()


def test_backup_verify_catches_a_damaged_or_missing_content_file(vault, case, tmp_path):
    ingest(vault, case, canary_file(tmp_path)[0])
    repo = tmp_path / "repo"
    result = backup.create_repository_backup(vault, repo)
    ((name, entry),) = result.manifest["content"].items()
    chunk = repo / "chunks" / entry["chunks"][1][:2] / entry["chunks"][1]
    good = chunk.read_bytes()
    chunk.write_bytes(good[:10] + bytes([good[10] ^ 1]) + good[11:])
    with pytest.raises(DamagedBackup):
        backup.verify_backup(repo, passphrase=PASSPHRASE)
    chunk.write_bytes(good)
    backup.verify_backup(repo, passphrase=PASSPHRASE)
    # a manifest that leaves the file out (its sums still fine) is damaged too
    import json

    snap = result.path
    manifest = json.loads(snap.read_text())
    del manifest["content"][name]
    snap.write_text(json.dumps(manifest))
    with pytest.raises(DamagedBackup, match="missing from the backup"):
        backup.verify_backup(repo, passphrase=PASSPHRASE)


def test_a_manifest_cannot_name_a_content_file_outside_the_folder(vault, case, tmp_path):
    import json

    ingest(vault, case, canary_file(tmp_path)[0])
    repo = tmp_path / "repo"
    result = backup.create_repository_backup(vault, repo)
    manifest = json.loads(result.path.read_text())
    ((_name, entry),) = manifest["content"].items()
    manifest["content"] = {"../../escape.cec": entry}
    result.path.write_text(json.dumps(manifest))
    with pytest.raises(DamagedBackup, match="names a content file wrongly"):
        backup.restore_backup(repo, tmp_path / "restored", passphrase=PASSPHRASE)
    assert not (tmp_path / "escape.cec").exists()


def _legacy_store(vault, item, data):
    """Turn the item's content into what CaseApp kept before content files: chunk rows in
    evidence.db, schema version 2 (the file columns dropped)."""
    conn = vault.evidence
    file_path = file_of(vault, item)
    with vault.evidence_lock:
        conn.execute("BEGIN IMMEDIATE")
        cid = conn.execute("SELECT id FROM content").fetchone()[0]
        for i in range(0, len(data), CHUNK):
            conn.execute("INSERT INTO chunk (content_id, idx, data) VALUES (?, ?, ?)",
                         (cid, i // CHUNK, data[i:i + CHUNK]))
        conn.execute("DROP INDEX content_file")
        for column in ("file_id", "item_key", "chunk_size"):
            conn.execute(f"ALTER TABLE content DROP COLUMN {column}")
        conn.execute("PRAGMA user_version = 2")
        conn.execute("COMMIT")
    file_path.unlink()


def test_an_older_store_with_content_in_evidence_db_migrates_and_still_reads(
        vault, case, tmp_path, data_dir):
    path, data = canary_file(tmp_path)
    item = ingest(vault, case, path)
    _legacy_store(vault, item, data)
    vault.close()
    again = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="tester")
    try:
        assert again.evidence.execute("PRAGMA user_version").fetchone()[0] == 3
        assert read_back(again, item) == data
        assert all(r.ok for r in evidence_service.verify_evidence(again))
        assert evidence_service.preview(again, item.id) is None  # not an image; no crash
        # a new item next to it goes to a file; a backup carries both and restores both
        newer = ingest(again, case, canary_file(tmp_path, "n.bin", CHUNK + 7)[0])
        assert file_of(again, newer).exists()
        backup.create_backup(again, tmp_path / "b.cabk")
    finally:
        again.close()
    restored = tmp_path / "restored"
    backup.restore_backup(tmp_path / "b.cabk", restored, passphrase=PASSPHRASE)
    check = vault_service.unlock(restored, passphrase=PASSPHRASE, actor="tester")
    try:
        assert read_back(check, item) == data
        assert read_back(check, newer) == canary_file(tmp_path, "n.bin", CHUNK + 7)[1]
        # and erasing the old item removes its chunk rows
        evidence_consent.record_consent(check, case, "copies", False, "written")
        assert check.evidence.execute("SELECT count(*) FROM chunk").fetchone()[0] == 0
    finally:
        check.close()


@pytest.mark.parametrize("stage", ["content-writing", "content-finalised"])
def test_a_killed_save_leaves_no_readable_orphan(new_store, data_dir, stage):
    new_store.vault.close()
    text = "KILLED-SAVE-CANARY-3c9a"
    with holding(stage, data_dir, PASSPHRASE, text) as child:
        child.send_signal(signal.SIGKILL)
        child.wait()
    left = list((data_dir / "content").iterdir())
    assert left  # the killed process's file is there ...
    for path in left:
        assert text.encode() not in path.read_bytes()
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="tester")
    try:
        # ... but no row, hence no key anywhere: nothing can ever decrypt it
        assert vault.evidence.execute("SELECT count(*) FROM content").fetchone()[0] == 0
        assert any("belong to no stored content" in line
                   for line in _problems_without_grace(vault))
        assert evidence_service.sweep_orphan_content(vault, grace=timedelta(0)) == len(left)
        assert list((data_dir / "content").iterdir()) == []
    finally:
        vault.close()


def _problems_without_grace(vault):
    import caseapp.services.evidence as module

    saved = module.ORPHAN_GRACE
    module.ORPHAN_GRACE = timedelta(0)
    try:
        return evidence_service.verification_problems(vault)
    finally:
        module.ORPHAN_GRACE = saved


def test_rekey_keeps_content_readable_and_files_unchanged(new_store, data_dir, tmp_path):
    vault = new_store.vault
    case = case_service.open_case(vault, pseudonym="rekey")
    case_service.record_consent(vault, case, "copies", True, "written")
    path, data = canary_file(tmp_path)
    item = ingest(vault, case, path)
    stored = file_of(vault, item)
    before = stored.read_bytes()
    old_key = vault.db_key(EVIDENCE_DB)
    vault, _code, _kit = vault_service.rekey(vault, PASSPHRASE, params=FAST_KDF)
    assert read_back(vault, item) == data
    assert stored.read_bytes() == before
    vault.close()
    from caseapp.errors import DamagedDatabase

    with pytest.raises(DamagedDatabase):  # the item keys are only under the new store key
        open_database(data_dir / "evidence.db", EVIDENCE_DB, old_key)
    again = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="tester")
    try:
        assert read_back(again, item) == data
        assert all(r.ok for r in evidence_service.verify_evidence(again))
        assert hashlib.sha256(data).hexdigest() == item.sha256
    finally:
        again.close()
