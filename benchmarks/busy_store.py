"""A read while another process writes: ``caseapp-admin case list`` on a store that is free,
then while a second process holds cases.db's write lock (``tests/store/store_holder.py
write``). The read does not wait for the writer; the unlock's audit event waits
QUICK_BUSY_MS and is then queued for a later write. Waiting out the busy timeout instead
would add about BUSY_MS (10 s) to every held run. (This figure used to be a time limit in
tests/cli/test_one_writer_cli.py; tests check the behaviour, this script the time.)

Usage: python benchmarks/busy_store.py [RUNS]"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.security.keyslots import Argon2Params  # noqa: E402
from caseapp.services import cases as case_service  # noqa: E402
from caseapp.services import vault as vault_service  # noqa: E402
from caseapp.store.vault import BUSY_MS, QUICK_BUSY_MS  # noqa: E402
from tests.store.holder import holding  # noqa: E402

PASS = "busy store passphrase long enough 바쁜 저장소"
FAST = Argon2Params(1024, 1, 1)  # a throw-away store: the KDF is not what is measured


def case_list(data: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "caseapp.cli", "--data-dir", str(data),
                             "case", "list", "--passphrase-stdin"], input=PASS + "\n",
                            capture_output=True, text=True, cwd=ROOT, check=False,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    took = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"case list failed: {result.stderr.strip()}")
    return took


def new_store(data: Path) -> Path:
    created = vault_service.create_store(data, PASS, organisation="Bench", actor="bench",
                                         params=FAST, allow_weak_kdf=True)
    case_service.open_case(created.vault, pseudonym="kept")
    created.vault.close()
    return data


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp:
        data = new_store(Path(tmp) / "free")
        free = [case_list(data) for _ in range(runs)]
        held = []
        for run in range(runs):  # the holder commits its row when it lets go: a fresh store
            data = new_store(Path(tmp) / f"held{run}")
            with holding("write", data, PASS):
                held.append(case_list(data))
        free_s, held_s = statistics.median(free), statistics.median(held)
        print(f"case list, store free:            {free_s:.2f} s (median of {runs})")
        print(f"case list, write lock held:       {held_s:.2f} s (median of {runs})")
        print(f"held / free: {held_s / free_s:.2f}x; held - free: {held_s - free_s:+.2f} s "
              f"(the audit event waits {QUICK_BUSY_MS / 1000:.2f} s; waiting out the busy "
              f"timeout would add {BUSY_MS / 1000:.0f} s)")


if __name__ == "__main__":
    main()
