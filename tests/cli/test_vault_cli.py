"""The script contract of caseapp-admin: options, stdin secrets, exit codes, one stderr line."""

import json

import pytest

from tests.conftest import PASSPHRASE, run_cli, snapshot

NEW = "new passphrase for the office 2026"


@pytest.fixture
def store(tmp_path):
    data = tmp_path / "data"
    result = run_cli("--data-dir", str(data), "init", "--passphrase-stdin",
                     "--organisation", "서울 상담소", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    code = result.stdout.strip()
    assert len(code) == 39 and code.count("-") == 7
    return data, code


def test_init_verify_and_env_var(store):
    data, _code = store
    result = run_cli("verify", "--passphrase-stdin", stdin=PASSPHRASE + "\n",
                     env={"CASEAPP_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert "No problems found." in result.stdout


def test_wrong_passphrase_is_one_line_exit_2_and_changes_nothing(store):
    data, _code = store
    before = snapshot(data)
    result = run_cli("--data-dir", str(data), "verify", "--passphrase-stdin",
                     stdin="wrong passphrase\n")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "caseapp-admin: The passphrase is not correct."]
    assert "ERROR" not in result.stderr and "Traceback" not in result.stderr
    assert snapshot(data) == before


def test_messages_in_korean(store):
    data, _code = store
    result = run_cli("--lang", "ko", "--data-dir", str(data), "verify", "--passphrase-stdin",
                     stdin="wrong passphrase\n")
    assert result.stderr.strip() == "caseapp-admin: 암호 문구가 올바르지 않습니다."


def test_change_passphrase_takes_old_then_new_on_stdin(store):
    data, _code = store
    result = run_cli("--data-dir", str(data), "change-passphrase", "--passphrase-stdin",
                     stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert result.returncode == 0, result.stderr
    assert run_cli("--data-dir", str(data), "verify", "--passphrase-stdin",
                   stdin=NEW + "\n").returncode == 0
    assert run_cli("--data-dir", str(data), "verify", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n").returncode == 2


def test_weak_new_passphrase_is_refused_with_a_reason(tmp_path):
    result = run_cli("--data-dir", str(tmp_path / "d"), "init", "--passphrase-stdin",
                     stdin="short\n")
    assert result.returncode == 2
    assert "at least 10 characters" in result.stderr
    assert not (tmp_path / "d" / "keyslots.json").exists()


def test_recover_with_recovery_code(store):
    data, code = store
    result = run_cli("--data-dir", str(data), "recover", "--recovery-code-stdin",
                     stdin=f"{code}\n{NEW}\n")
    assert result.returncode == 0, result.stderr
    assert run_cli("--data-dir", str(data), "verify", "--passphrase-stdin",
                   stdin=NEW + "\n").returncode == 0
    assert run_cli("--data-dir", str(data), "verify", "--recovery-code-stdin",
                   stdin=code + "\n").returncode == 0


def test_audit_list_and_verify(store):
    data, _code = store
    result = run_cli("--data-dir", str(data), "audit", "list", "--json", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    actions = [e["action"] for e in json.loads(result.stdout)]
    assert "store.created" in actions and "unlock" in actions
    result = run_cli("--data-dir", str(data), "audit", "verify", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0 and "intact" in result.stdout


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("no-such-command").returncode == 2
    result = run_cli("--data-dir", str(tmp_path / "none"), "verify", "--passphrase-stdin",
                     stdin="x\n")
    assert result.returncode == 2
    assert "No CaseApp data was found" in result.stderr


def test_missing_stdin_secret_is_usage_error(store):
    data, _code = store
    result = run_cli("--data-dir", str(data), "verify", "--passphrase-stdin", stdin="")
    assert result.returncode == 2
    assert "standard input" in result.stderr
