"""``caseapp-admin`` fed what Windows tools write: secrets on standard input and letter
templates with a UTF-8 byte order mark and CRLF line ends."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import PASSPHRASE, ROOT
from tests.windows.test_crlf_bom import windows_text

BOM = "\ufeff"


def admin(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    """caseapp-admin fed raw bytes, as cmd's ``type file |`` or PowerShell would feed it."""
    import os

    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"}
    return subprocess.run([sys.executable, "-m", "caseapp.cli", *args], input=stdin,
                          capture_output=True, env=env, cwd=ROOT, timeout=120, check=False)


@pytest.fixture
def store(tmp_path):
    data = tmp_path / "data"
    result = admin("--data-dir", str(data), "init", "--passphrase-stdin",
                   stdin=(BOM + PASSPHRASE + "\r\n").encode("utf-8"))
    assert result.returncode == 0, result.stderr.decode()
    return data


def test_secrets_on_standard_input_ignore_bom_and_crlf(store):
    """The store made from a BOM + CRLF line opens with the plain passphrase, and the other
    way round: neither the BOM nor the CR became part of the passphrase."""
    plain = admin("--data-dir", str(store), "verify", "--passphrase-stdin",
                  stdin=(PASSPHRASE + "\n").encode("utf-8"))
    assert plain.returncode == 0, plain.stderr.decode()
    wrong = admin("--data-dir", str(store), "verify", "--passphrase-stdin",
                  stdin=(PASSPHRASE + "x\r\n").encode("utf-8"))
    assert wrong.returncode != 0  # the check can fail


def test_letter_template_from_notepad_has_no_bom_or_cr(store, tmp_path):
    template = tmp_path / "letter.txt"
    body = "${recipient} 귀하\n\n삭제를 요청합니다: ${target}\n\n${organisation}\n"
    template.write_bytes(windows_text(body).encode("utf-8-sig"))
    unlock = (PASSPHRASE + "\r\n").encode("utf-8")

    result = admin("--data-dir", str(store), "takedown", "template", "other", "--lang", "ko",
                   "--set", str(template), "--passphrase-stdin", stdin=unlock)
    assert result.returncode == 0, result.stderr.decode()
    shown = admin("--data-dir", str(store), "takedown", "template", "other", "--lang", "ko",
                  "--passphrase-stdin", stdin=unlock)

    text = shown.stdout.decode("utf-8")
    assert text.startswith("${recipient} 귀하\n")
    assert BOM not in text and "\r" not in text
