"""A supervisor's PIN for ``caseapp-admin``: read from the line after the passphrase."""


from tests.conftest import PASSPHRASE, run_cli, snapshot
from tests.services.test_supervisor_pin import PIN


def test_cli_supervisor_pin_from_the_second_line(tmp_path):
    data = tmp_path / "d"
    assert run_cli("--data-dir", str(data), "init", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n").returncode == 0

    def cli(*args, stdin=PASSPHRASE + "\n"):
        return run_cli("--data-dir", str(data), *args, "--passphrase-stdin", stdin=stdin)

    r = cli("counsellor", "add", "팀장", "--role", "supervisor", "--pin-stdin",
            stdin=f"{PASSPHRASE}\n1234\n")
    assert r.returncode == 2 and "at least 6 digits" in r.stderr
    r = cli("counsellor", "add", "팀장", "--role", "supervisor", "--pin-stdin",
            stdin=f"{PASSPHRASE}\n{PIN}\n")
    assert r.returncode == 0, r.stderr
    number = cli("case", "new").stdout.strip()
    delete = ("retention", "delete", number, "--victim-request", "--yes", "--confirmed-by",
              "팀장", "--supervisor-pin-stdin")
    assert cli(*delete[:-3]).returncode == 2  # --confirmed-by is required
    before = snapshot(data)
    r = cli(*delete, stdin=f"{PASSPHRASE}\n999999\n")
    assert r.returncode == 1 and "not correct" in r.stderr and "Traceback" not in r.stderr
    assert cli("case", "show", number).returncode == 0
    assert snapshot(data) != before  # the refused attempt was written to the audit log
    audit = cli("audit", "list", "--json")
    assert "supervisor.confirmation_refused" in audit.stdout, audit.stderr
    r = cli(*delete, stdin=f"{PASSPHRASE}\n{PIN}\n")
    assert r.returncode == 0, r.stderr
    assert cli("case", "show", number).returncode == 2
