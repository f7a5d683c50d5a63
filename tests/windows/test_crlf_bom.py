"""Every file CaseApp reads, as Windows tools write it: CRLF line ends and a UTF-8 byte order
mark (Notepad, Excel's "CSV UTF-8", PowerShell 5), or Korean Excel's CP949 with CRLF. Each
reader on main is covered: here the case CSV import and its mapping file, the JSON case
import, keyslots.json and the hash-list reader (CSV and text); secrets on standard input and
letter templates through caseapp-admin in tests/cli/test_crlf_bom_cli.py (which the Windows
build runs with this folder); the chat-export reader adds its own cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.services import case_csv, case_io, case_share, cases
from caseapp.services import vault as vault_service
from tests.cases.test_case_csv import GOOD, HEADER, MAPPING
from tests.conftest import FAST_KDF, PASSPHRASE


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
