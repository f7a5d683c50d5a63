"""A writer killed at random moments loses nothing it reported as committed; a full disk
gives a clear error and leaves the store consistent."""

import os
import subprocess
import sys
import textwrap

from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from caseapp.services.verification import verify_all
from tests.conftest import PASSPHRASE, ROOT
from tests.reliability.crash_harness import crash_runs

RUNS = int(os.environ.get("CASEAPP_CRASH_RUNS", "50"))


def test_sigkill_at_random_moments_loses_nothing(new_store, data_dir):
    new_store.vault.close()
    figures = crash_runs(data_dir, PASSPHRASE, RUNS)
    assert figures.runs == RUNS and figures.kills > RUNS // 2
    assert figures.committed_checked > RUNS
    # takedowns and status changes are among the writes killed midway, not only new records
    assert figures.kinds.get("tdstatus", 0) > 0 and figures.kinds.get("casestatus", 0) > 0, \
        figures.kinds
    assert figures.lost == []
    assert figures.verify_problems == []


DISK_FULL_CHILD = textwrap.dedent("""
    import os, resource, signal, sys
    from pathlib import Path
    from caseapp.errors import CaseAppError
    from caseapp.services import cases as case_service
    from caseapp.services import evidence as evidence_service
    from caseapp.services import vault as vault_service

    data_dir, passphrase, scratch = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    big = scratch / "big.bin"
    big.write_bytes(os.urandom(6 << 20))
    vault = vault_service.unlock(data_dir, passphrase=passphrase)
    case = case_service.open_case(vault, pseudonym="before the disk filled")
    case_service.record_consent(vault, case, "copies", True, "written")
    print("committed", case.number, flush=True)
    # From here no file may grow past its current size plus 1 MiB: a nearly full disk.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = max(p.stat().st_size for p in data_dir.iterdir() if p.is_file()) + (1 << 20)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        evidence_service.ingest_file(vault, case, big)
        print("unexpected success", flush=True)
    except CaseAppError as exc:
        print("error", type(exc).__name__, exc.message("en"), flush=True)
    try:
        vault.close()
    except Exception as exc:
        print("close failed", type(exc).__name__, flush=True)
""")


def test_disk_full_gives_a_clear_error_and_a_consistent_store(new_store, data_dir, tmp_path):
    new_store.vault.close()
    done = subprocess.run([sys.executable, "-c", DISK_FULL_CHILD, str(data_dir), PASSPHRASE,
                           str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("committed"), done.stdout + done.stderr
    number = lines[0].split()[1]
    assert lines[1].startswith("error StorageFull"), done.stdout + done.stderr
    assert "disk is full" in lines[1]
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        assert verify_all(vault) == []
        assert case_service.get_case(vault, number).pseudonym == "before the disk filled"
        from caseapp.services import evidence as evidence_service

        assert evidence_service.list_evidence(vault, number) == []
    finally:
        vault.close()
