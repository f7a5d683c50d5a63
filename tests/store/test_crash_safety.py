"""A child process writing transactions is killed with SIGKILL at random moments: the store
opens, verifies clean, and every transaction the child reported as committed is there."""

import os
import random
import signal
import subprocess
import sys
import textwrap

from caseapp.services import vault as vault_service
from caseapp.store import meta_repo
from tests.conftest import PASSPHRASE, ROOT

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from caseapp.services import vault as vault_service
    from caseapp.store import meta_repo

    vault = vault_service.unlock(Path(sys.argv[1]), passphrase=sys.argv[2], actor="child")
    run = sys.argv[3]
    for i in range(200):
        with vault.write() as conn:
            meta_repo.set_meta(conn, f"{run}-{i}", "x" * (i * 37 % 4000))
            vault.audit("test.write", "meta", f"{run}-{i}")
        print(i, flush=True)
    print("done", flush=True)
""")


def test_kill_9_during_writes_loses_no_committed_transaction(new_store, data_dir):
    new_store.vault.close()
    rng = random.Random(20261126)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for run in range(20):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), PASSPHRASE,
                                  f"r{run}"], stdout=subprocess.PIPE, text=True, env=env,
                                 cwd=ROOT)
        kill_after = rng.randrange(1, 200)
        committed = []
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "done":
                break
            committed.append(int(line))
            if len(committed) >= kill_after:
                child.send_signal(signal.SIGKILL)
                break
        child.wait(timeout=60)
        rest = child.stdout.read()
        committed += [int(x) for x in rest.split() if x.isdigit()]
        vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="checker")
        try:
            assert vault_service.verify_store(vault) == []
            for i in committed:
                assert meta_repo.get_meta(vault.cases, f"r{run}-{i}") is not None
        finally:
            vault.close()
