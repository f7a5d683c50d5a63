"""Damaged databases are detected, reported with a pointer to restore, and never written to:
flipped bytes, truncated files, a lost -wal file."""

import random
import shutil
import subprocess
import sys
import textwrap

import pytest

from caseapp.errors import CaseAppError, DamagedDatabase
from caseapp.services import cases as case_service
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


def _detected(data_dir) -> bool:
    """Open and verify; True when the damage is reported, False when it went unnoticed."""
    try:
        vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    except (DamagedDatabase, CaseAppError):
        return True
    try:
        return bool(verify_all(vault))
    finally:
        vault.close()


@pytest.mark.parametrize("spec", [CASES_DB, EVIDENCE_DB], ids=lambda s: s.filename)
def test_flipped_bytes_are_always_detected(new_store, data_dir, tmp_path, spec):
    vault = new_store.vault
    _populate(vault)
    vault.close()
    pristine = tmp_path / "pristine"
    shutil.copytree(data_dir, pristine)
    rng = random.Random(f"flip-{spec.filename}")
    size = (pristine / spec.filename).stat().st_size
    missed = []
    for run in range(FLIPS):
        work = tmp_path / f"run{run}"
        shutil.copytree(pristine, work)
        target = work / spec.filename
        blob = bytearray(target.read_bytes())
        offset = rng.randrange(size)
        blob[offset] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(blob))
        if not _detected(work):
            missed.append(offset)
        shutil.rmtree(work)
    assert missed == []


def test_truncated_database_is_detected_and_not_written(new_store, data_dir):
    _populate(new_store.vault, 5)
    new_store.vault.close()
    path = data_dir / CASES_DB.filename
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    before = snapshot(data_dir)
    assert _detected(data_dir)
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
