"""Case text need not be given as an argument (which other users see in the process list):
--summary, --search, --notes, --next-steps and --text also come from a file or standard
input."""

from __future__ import annotations

import json

from tests.cli.test_vault_cli import store  # noqa: F401 - the fixture
from tests.conftest import PASSPHRASE, run_cli

SECRET_TEXT = "피해자 김민지: 텔레그램 방 '비밀'에서 유포\n두 번째 줄"


def test_summary_from_a_file_and_search_from_stdin(store, tmp_path):  # noqa: F811
    data, _code = store
    summary = tmp_path / "summary.txt"
    summary.write_text(SECRET_TEXT + "\n", encoding="utf-8")
    r = run_cli("--data-dir", str(data), "case", "new", "--summary-file", str(summary),
                "--pseudonym", "민지-7", "--json", "--passphrase-stdin",
                stdin=PASSPHRASE + "\n")
    assert r.returncode == 0, r.stderr
    number = json.loads(r.stdout)["number"]
    r = run_cli("--data-dir", str(data), "case", "show", number, "--json",
                "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert json.loads(r.stdout)["summary"] == SECRET_TEXT
    r = run_cli("--data-dir", str(data), "case", "list", "--search-file", "-", "--json",
                "--passphrase-stdin", stdin=PASSPHRASE + "\n민지-7\n")
    assert r.returncode == 0, r.stderr
    assert [c["number"] for c in json.loads(r.stdout)["cases"]] == [number]


def test_session_notes_from_stdin_and_help_says_why(store):  # noqa: F811
    data, _code = store
    r = run_cli("--data-dir", str(data), "case", "new", "--passphrase-stdin",
                stdin=PASSPHRASE + "\n")
    number = r.stdout.strip()
    r = run_cli("--data-dir", str(data), "case", "session", "add", number, "--when",
                "2026-11-20", "--notes-file", "-", "--json", "--passphrase-stdin",
                stdin=PASSPHRASE + "\n" + SECRET_TEXT + "\n")
    assert r.returncode == 0, r.stderr
    r = run_cli("--data-dir", str(data), "case", "session", "list", number, "--json",
                "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert json.loads(r.stdout)[0]["notes"] == SECRET_TEXT
    for args in (["case", "new"], ["case", "list"], ["case", "session", "add"]):
        help_text = run_cli(*args, "--help").stdout
        assert "process list" in help_text and "-file" in help_text


def test_both_forms_at_once_or_an_unreadable_file_are_refused(store, tmp_path):  # noqa: F811
    data, _code = store
    r = run_cli("--data-dir", str(data), "case", "new", "--summary", "a", "--summary-file",
                "x", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.returncode == 2
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    r = run_cli("--data-dir", str(data), "case", "new", "--summary-file", str(bad),
                "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.returncode == 2 and "not UTF-8" in r.stderr
