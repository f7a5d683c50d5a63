"""Two writers at once, as real processes (two caseapp-admin commands, or the app and a
script): their writes serialize with nothing lost, and a writer that cannot get its turn in
time gets one clear "the store is busy" message, writes nothing and shows no traceback."""

import os
import subprocess
import sys
import textwrap

from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from tests.conftest import PASSPHRASE, ROOT

SCRIPT_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from caseapp.services import cases, vault as vault_service
    vault = vault_service.unlock(Path(sys.argv[1]), passphrase=sys.argv[2], actor="script")
    for i in range(int(sys.argv[3])):
        case = cases.open_case(vault, pseudonym=f"script-{sys.argv[4]}-{i}", tags=["deepfake"])
        cases.change_status(vault, case, "active", reason="script")
        print(case.number, flush=True)
    vault.close()
""")

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from caseapp.services import cases, vault as vault_service
    vault = vault_service.unlock(Path(sys.argv[1]), passphrase=sys.argv[2], actor="holder")
    with vault.write():
        # a long write transaction, as a slow import would hold one
        print("holding", flush=True)
        sys.stdin.readline()
    vault.close()
""")

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def _cli(data_dir, *args):
    return subprocess.Popen([sys.executable, "-m", "caseapp.cli", "--data-dir", str(data_dir),
                             *args, "--passphrase-stdin"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=ENV, cwd=ROOT)


def test_concurrent_writers_serialize_and_lose_nothing(new_store, data_dir):
    new_store.vault.close()
    scripts = [subprocess.Popen([sys.executable, "-c", SCRIPT_WRITER, str(data_dir),
                                 PASSPHRASE, "12", str(n)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
               for n in range(2)]
    clis = [_cli(data_dir, "case", "new", "--pseudonym", f"cli-{n}") for n in range(4)]
    for child in clis:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()  # all unlock and write at once
    written, busy = [], 0
    for child in scripts + clis:
        out, err = child.communicate(timeout=300)
        assert "Traceback" not in err and "Something went wrong" not in err, err
        if child.returncode == 0:
            written += out.split()
        else:  # the only acceptable refusal: busy, with nothing written
            assert child.returncode == 1 and "busy" in err, err
            busy += 1
    assert len(written) == len(set(written)) >= 24
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        for number in written:
            case_service.get_case(vault, number)
        assert case_service.count_cases(vault) == len(written)
        assert vault_service.verify_store(vault) == []
    finally:
        vault.close()


def test_a_writer_that_cannot_get_its_turn_is_told_the_store_is_busy(new_store, data_dir):
    new_store.vault.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir), PASSPHRASE],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "holding", holder.stderr.read()
        cli = _cli(data_dir, "case", "new")
        out, err = cli.communicate(PASSPHRASE + "\n", timeout=120)
        assert cli.returncode == 1, out + err
        assert "busy" in err and "Traceback" not in err and "went wrong" not in err, err
        assert len(err.strip().splitlines()) == 1, err  # one clear line
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    done = _cli(data_dir, "case", "new")
    out, err = done.communicate(PASSPHRASE + "\n", timeout=120)
    assert done.returncode == 0, err
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        assert case_service.count_cases(vault) == 1  # the refused command wrote nothing
    finally:
        vault.close()
