"""Every file CaseApp reads, as Windows tools write it: CRLF line ends and a UTF-8 byte order
mark (Notepad, Excel's "CSV UTF-8", PowerShell 5), or Korean Excel's CP949 with CRLF. Each
reader on main is covered here: the case CSV import and its mapping file, the JSON case
import, secrets and the recovery kit on standard input, letter templates, keyslots.json.
The hash-list reader (CSV and text) is covered too; the chat-export reader adds its own cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.services import case_csv, case_io, case_share, cases
from caseapp.services import vault as vault_service
from tests.cases.test_case_csv import GOOD, HEADER, MAPPING
from tests.conftest import FAST_KDF, PASSPHRASE, ROOT

BOM = "\ufeff"


def windows_text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def write_mapping(folder: Path, **changes: object) -> Path:
    path = folder / "map.json"
    text = windows_text(json.dumps({**MAPPING, **changes}, ensure_ascii=False, indent=2))
    path.write_bytes(text.encode("utf-8-sig"))
    return path


@pytest.mark.parametrize(("encoding", "declared"), [
    ("utf-8-sig", "utf-8-sig"),  # Excel "CSV UTF-8"
    ("utf-8-sig", "utf-8"),      # a BOM although the mapping says plain UTF-8
    ("cp949", "cp949"),          # Korean Excel's plain "CSV"
])
def test_csv_import_reads_windows_files(vault, tmp_path, encoding, declared):
    csv_file = tmp_path / "cases.csv"
    csv_file.write_bytes(windows_text(HEADER + "".join(GOOD)).encode(encoding))

    result = case_csv.import_csv(vault, csv_file, write_mapping(tmp_path, encoding=declared))

    first, second = result.numbers
    assert result.ignored_columns == ("비고",)  # the last header cell has no stray \r
    assert cases.get_case(vault, first).pseudonym == "민들레"
    assert cases.reveal_victim(vault, first).contacts[0].value == "010-1111-2222"
    # a line break typed inside an Excel cell is stored as a plain \n
    assert cases.list_incidents(vault, second)[0].description == "여러 줄\n메모"


def test_csv_with_old_mac_line_ends_reads_the_same(vault, tmp_path):
    csv_file = tmp_path / "cases.csv"
    csv_file.write_bytes((HEADER + "".join(GOOD)).replace("\n", "\r").encode("utf-8-sig"))
    result = case_csv.import_csv(vault, csv_file, write_mapping(tmp_path))
    assert cases.list_incidents(vault, result.numbers[1])[0].description == "여러 줄\n메모"


def test_json_case_import_reads_a_file_resaved_by_notepad(vault, tmp_path):
    cases.open_case(vault, summary="메모장에서 저장한 내보내기\n두 줄", tags=["deepfake"])
    out = tmp_path / "cases.json"
    case_share.export_cases(vault, out)
    resaved = tmp_path / "resaved.json"
    resaved.write_bytes(windows_text(out.read_text(encoding="utf-8")).encode("utf-8-sig"))
    other = vault_service.create_store(tmp_path / "other", PASSPHRASE, actor="tester",
                                       params=FAST_KDF, allow_weak_kdf=True).vault
    try:
        number = case_io.import_file(other, resaved).numbers[0]
        assert cases.get_case(other, number).summary == "메모장에서 저장한 내보내기\n두 줄"
    finally:
        other.close()


def test_keyslots_json_resaved_by_notepad_still_unlocks(tmp_path):
    created = vault_service.create_store(tmp_path / "data", PASSPHRASE, actor="tester",
                                         params=FAST_KDF, allow_weak_kdf=True)
    created.vault.close()
    slots = tmp_path / "data" / "keyslots.json"
    slots.write_bytes(windows_text(slots.read_text(encoding="utf-8")).encode("utf-8-sig"))

    vault = vault_service.unlock(tmp_path / "data", passphrase=PASSPHRASE, actor="tester")
    vault.close()


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


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
@pytest.mark.parametrize("kind", ["csv", "txt"])
def test_hash_list_from_windows_tools_imports(vault, tmp_path, encoding, kind):
    """A hash list saved by Excel or Notepad (BOM, CRLF, CP949 labels) reads like a plain
    one: no stray \\r in the last cell, the BOM not part of the header or the first kind."""
    from caseapp.services import hash_lists

    sha = "ab" * 32
    pdq = "f0" * 32
    if kind == "csv":
        text = f"SHA256,pdq,Quality,label\n{sha},{pdq},90,텔레그램 채널 묶음\n"
    else:
        text = f"sha256 {sha} 텔레그램 채널 묶음\npdq {pdq} 90 텔레그램 채널 묶음\n"
    path = tmp_path / f"list.{kind}"
    path.write_bytes(windows_text(text).encode(encoding))

    result = hash_lists.import_list(vault, path, source="협력 기관")
    assert result.skipped == ()
    rows = vault.cases.execute("SELECT sha256, pdq_quality, label FROM hash_list_entry"
                               " ORDER BY id").fetchall()
    assert rows[0][0] == sha and all(r[2] == "텔레그램 채널 묶음" for r in rows)
    assert 90 in [r[1] for r in rows]
