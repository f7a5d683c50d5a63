"""The reliability suite at larger counts: SIGKILL during random writes, flipped bytes in
each database, and a full disk. Prints runs, faults injected, rows checked and losses (must
be 0). Usage: python benchmarks/reliability.py [CRASH_RUNS] [FLIPS_PER_DB]"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from caseapp.errors import CaseAppError
from caseapp.security.keyslots import Argon2Params
from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from caseapp.services.verification import verify_all
from caseapp.store.connection import CASES_DB, EVIDENCE_DB
from tests.reliability.crash_harness import crash_runs

PASS = "reliability passphrase long enough 신뢰성"
FAST = Argon2Params(1024, 1, 1)  # a throw-away store: the KDF is not what is measured


def new_store(root: Path) -> Path:
    data = root / "data"
    vault_service.create_store(data, PASS, params=FAST, allow_weak_kdf=True).vault.close()
    return data


def flips(data: Path, root: Path, spec, count: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    rng = random.Random(spec.filename)
    size = (data / spec.filename).stat().st_size
    missed = 0
    for run in range(count):
        work = root / f"flip{run}"
        shutil.copytree(data, work)
        blob = bytearray((work / spec.filename).read_bytes())
        blob[rng.randrange(size)] ^= 1 << rng.randrange(8)
        (work / spec.filename).write_bytes(bytes(blob))
        try:
            vault = vault_service.unlock(work, passphrase=PASS)
            try:
                missed += 0 if verify_all(vault) else 1
            finally:
                vault.close()
        except CaseAppError:
            pass
        shutil.rmtree(work)
    return count, missed


def main() -> None:
    crash_count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    flip_count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data = new_store(root)
        start = time.perf_counter()
        figures = crash_runs(data, PASS, crash_count, seed=7)
        print(f"crash: {figures.runs} runs, {figures.kills} SIGKILLs, "
              f"{figures.committed_checked} committed writes checked, "
              f"losses {len(figures.lost)}, verify problems {len(figures.verify_problems)} "
              f"({time.perf_counter() - start:.0f} s)")
        vault = vault_service.unlock(data, passphrase=PASS)
        cases = case_service.count_cases(vault)
        vault.close()
        print(f"store after the crash runs: {cases} cases")
        for spec in (CASES_DB, EVIDENCE_DB):
            runs, missed = flips(data, root, spec, flip_count)
            print(f"corruption {spec.filename}: {runs} single-bit flips, undetected {missed}")


if __name__ == "__main__":
    main()
