"""Damaged databases are detected, reported with a pointer to restore, and never written to:
flipped bytes, truncated files, a lost -wal file."""

import os
import random
import shutil
import subprocess
import sys
import textwrap

import pytest

from caseapp.errors import DamagedDatabase, StoreReadOnly
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from caseapp.services.verification import verify_all
from caseapp.store.connection import CASES_DB, EVIDENCE_DB
from tests.conftest import PASSPHRASE, ROOT, snapshot

FLIPS = 100


def _populate(vault, n=30):
    for i in range(n):
        case = case_service.open_case(vault, pseudonym=f"가명-{i}", summary="요약 " * 50)
        case_service.add_incident(vault, case, description="대화방 유포 " * 20)
    with vault.evidence:
        pass


def _detected(data_dir, state) -> bool:
    """Open and verify with a fresh state folder (no throttle count, no remembered damage
    from an earlier copy); True when the damage is reported, False when it went unnoticed.
    Only damage counts: any other refusal (a throttled unlock) is a failure of the test."""
    state.mkdir()
    os.environ["CASEAPP_STATE_DIR"] = str(state)
    try:
        vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    except DamagedDatabase:
        return True
    try:
        return bool(vault.damaged) or bool(verify_all(vault))
    finally:
        vault.close()


def _flip(path, rng, *, skip_header: bool = False, page_size: int = 0) -> int:
    blob = bytearray(path.read_bytes())
    low = page_size if skip_header else 0
    offset = rng.randrange(low, len(blob))
    blob[offset] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(blob))
    return offset


@pytest.mark.parametrize("spec", [CASES_DB, EVIDENCE_DB], ids=lambda s: s.filename)
def test_flipped_bytes_are_always_detected(new_store, data_dir, tmp_path, spec, monkeypatch):
    monkeypatch.setenv("CASEAPP_STATE_DIR", str(tmp_path / "unused"))
    vault = new_store.vault
    _populate(vault)
    vault.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    rng = random.Random(f"flip-{spec.filename}")
    missed = []
    for run in range(FLIPS):
        work = tmp_path / f"run{run}"
        shutil.copytree(pristine, work)
        offset = _flip(work / spec.filename, rng)
        if not _detected(work, tmp_path / f"state{run}"):
            missed.append(offset)
        shutil.rmtree(work)
        if run % 25 == 24:  # an undamaged copy is never counted as damaged
            shutil.copytree(pristine, work)
            assert not _detected(work, tmp_path / f"state-clean{run}")
            shutil.rmtree(work)
    assert missed == []


def test_a_damaged_page_opens_the_store_read_only_and_is_never_written(new_store, data_dir,
                                                                          tmp_path):
    """A flipped byte inside a page (not the header) used to let the store open and write:
    new cases, and the unlock's own audit row on close, went into the damaged file."""
    vault = new_store.vault
    _populate(vault)
    vault.close()
    path = data_dir / CASES_DB.filename
    pristine = path.read_bytes()
    _flip(path, random.Random(7), skip_header=True, page_size=CASES_DB.page_size)
    damaged = path.read_bytes()
    for _attempt in range(2):  # the second unlock is read-only too
        vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
        try:
            assert vault.damaged == CASES_DB.filename
            with pytest.raises(StoreReadOnly) as refused:
                case_service.open_case(vault, pseudonym="after damage")
            text = refused.value.message("en")
            assert "cases.db" in text and "restore" in text and "export" in text
            assert "손상" in refused.value.message("ko")
            with pytest.raises(StoreReadOnly):
                case_service.add_counsellor(vault, "someone")
        finally:
            vault.close()
        assert path.read_bytes() == damaged
    # what can still be read is readable
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        assert case_service.count_cases(vault) >= 0
    except DamagedDatabase:
        pass
    finally:
        vault.close()
    assert path.read_bytes() == damaged
    # the database restored: writable again
    path.write_bytes(pristine)
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        assert vault.damaged is None
        case_service.open_case(vault, pseudonym="after restore")
    finally:
        vault.close()


def test_damage_found_by_verify_keeps_the_store_read_only(new_store, data_dir, tmp_path):
    """evidence.db is not checked in full at unlock (it holds file contents); once verify
    has found a damaged page there, nothing more is written, now or at the next unlock."""
    vault = new_store.vault
    _populate(vault, 3)
    case = case_service.open_case(vault, pseudonym="evidence")
    case_service.record_consent(vault, case, "copies", True, "written")
    sample = tmp_path / "big.bin"
    sample.write_bytes(random.Random(1).randbytes(600_000))
    evidence_service.ingest_file(vault, case, sample)
    vault.close()
    path = data_dir / EVIDENCE_DB.filename
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0x40  # inside the stored file's chunks
    path.write_bytes(bytes(blob))
    cases_before = (data_dir / CASES_DB.filename).read_bytes()
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        assert verify_all(vault)
        with pytest.raises(StoreReadOnly, match=r"evidence\.db"):
            case_service.open_case(vault, pseudonym="after verify")
    finally:
        vault.close()
    after_verify = snapshot(data_dir)
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        assert vault.damaged == EVIDENCE_DB.filename
        with pytest.raises(StoreReadOnly):
            evidence_service.ingest_file(vault, case.number, sample)
    finally:
        vault.close()
    assert snapshot(data_dir) == after_verify
    assert after_verify[EVIDENCE_DB.filename] == bytes(blob)
    assert len(cases_before) <= len(after_verify[CASES_DB.filename])


def test_truncated_database_is_detected_and_not_written(new_store, data_dir):
    _populate(new_store.vault, 5)
    new_store.vault.close()
    path = data_dir / CASES_DB.filename
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    before = snapshot(data_dir)
    assert _detected(data_dir, data_dir.parent / "state")
    with pytest.raises(DamagedDatabase) as info:
        vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
        try:
            verify_all(vault)
            case_service.open_case(vault, pseudonym="after damage")
        finally:
            vault.close()
    assert "restore" in info.value.message("en").lower()
    after = snapshot(data_dir)
    assert after[CASES_DB.filename] == before[CASES_DB.filename]


CHILD = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from caseapp.services import vault as vault_service
    from caseapp.services import cases as case_service
    vault = vault_service.unlock(Path(sys.argv[1]), passphrase=sys.argv[2])
    for i in range(5):
        case_service.open_case(vault, pseudonym=f"in the wal {i}")
    os._exit(0)  # a crash: no checkpoint, the commits live only in the -wal file
""")


def test_lost_wal_after_a_crash_is_reported_not_silently_used(new_store, data_dir, tmp_path):
    new_store.vault.close()
    done = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), PASSPHRASE], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    wal = data_dir / (CASES_DB.filename + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)
    wal.unlink()
    (data_dir / (CASES_DB.filename + "-shm")).unlink(missing_ok=True)
    before = snapshot(data_dir)
    with pytest.raises(vault_service.RolledBack) as info:
        vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    assert "-wal" in info.value.message("en")
    assert snapshot(data_dir) == before
    # with its WAL the store opens and everything committed is there
    vault = vault_service.unlock(copy, passphrase=PASSPHRASE)
    assert case_service.count_cases(vault) == 5
    vault.close()
    # an older copy put back on purpose can be accepted explicitly
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE, accept_rollback=True)
    assert case_service.count_cases(vault) == 0
    vault.close()
    vault_service.unlock(data_dir, passphrase=PASSPHRASE).close()
