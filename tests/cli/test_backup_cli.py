"""``caseapp-admin backup``, ``backup-verify`` and ``restore`` as a script runs them."""



from tests.conftest import PASSPHRASE, run_cli


def test_cli_backup_verify_restore(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "init", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n").returncode == 0
    out = tmp_path / "x.cabk"
    r = run_cli("--data-dir", str(data), "backup", "--out", str(out), "--passphrase-stdin",
                stdin=PASSPHRASE + "\n")
    assert r.returncode == 0, r.stderr
    r = run_cli("backup-verify", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.returncode == 0 and "intact" in r.stdout
    r = run_cli("--data-dir", str(data), "restore", str(out), "--passphrase-stdin",
                stdin=PASSPHRASE + "\n")
    assert r.returncode == 2 and "--replace" in r.stderr
    r = run_cli("--data-dir", str(tmp_path / "new"), "restore", str(out), "--passphrase-stdin",
                stdin=PASSPHRASE + "\n")
    assert r.returncode == 0, r.stderr
    (tmp_path / "junk.cabk").write_bytes(b"not a backup")
    r = run_cli("backup-verify", str(tmp_path / "junk.cabk"), "--passphrase-stdin",
                stdin=PASSPHRASE + "\n")
    assert r.returncode == 1 and "damaged" in r.stderr
