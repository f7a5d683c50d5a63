"""File names CaseApp proposes are names Windows accepts and keeps as written: no reserved
device names, no forbidden characters, no trailing dots or spaces, composed Hangul, and whole
paths under the 260-character limit (checked with Windows' own path rules, on any system)."""

from __future__ import annotations

import ntpath
import re
import unicodedata
from pathlib import PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.domain.file_names import (
    MAX_NAME_BYTES,
    WINDOWS_MAX_PATH,
    fit_in_folder,
    safe_file_name,
)
from caseapp.errors import BadInput

RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}


def assert_windows_accepts(name: str) -> None:
    assert name and name == name.strip()
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name), name
    assert not name.endswith((".", " ")), name
    assert name.split(".")[0].upper().rstrip() not in RESERVED, name
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert unicodedata.is_normalized("NFC", name)
    assert ntpath.basename(name) == name  # one component, no drive or folder


@pytest.mark.parametrize(("stem", "suffix", "expected"), [
    ("CON", ".pdf", "CON_.pdf"),
    ("con", ".txt", "con_.txt"),
    ("nul.tar", ".gz", "nul_.tar.gz"),
    ("COM1", "", "COM1_"),
    ("LPT9 ", ".pdf", "LPT9_.pdf"),
    ("보고서...", ".pdf", "보고서.pdf"),
    ("  보고서 . ", ".pdf", "보고서.pdf"),
    ("2024-0001: 경찰 보고서 / 최종?", ".pdf", "2024-0001_ 경찰 보고서 _ 최종_.pdf"),
    ("..hidden", ".txt", "hidden.txt"),
    ("", ".pdf", "file.pdf"),
    ("...", ".pdf", "file.pdf"),
    ("탭\t과\n줄바꿈", ".txt", "탭 과 줄바꿈.txt"),
    ("CONSOLE", ".txt", "CONSOLE.txt"),  # only the exact device names are reserved
])
def test_names_windows_would_refuse_or_change_are_made_safe(stem, suffix, expected):
    name = safe_file_name(stem, suffix)
    assert name == expected
    assert_windows_accepts(name)


def test_decomposed_hangul_from_a_mac_becomes_composed():
    decomposed = unicodedata.normalize("NFD", "사진 증거")
    assert decomposed != "사진 증거"
    assert safe_file_name(decomposed, ".jpg") == "사진 증거.jpg"


def test_long_korean_names_fit_the_byte_budget_whole_characters_only():
    name = safe_file_name("가" * 200, ".pdf")
    assert name.endswith("가.pdf")  # cut between characters, never inside one
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert_windows_accepts(name)


@given(st.text(max_size=300), st.sampled_from(["", ".pdf", ".txt", "zip", ". jpg", ".?*"]))
def test_any_text_becomes_a_name_windows_accepts(stem, suffix):
    assert_windows_accepts(safe_file_name(stem, suffix))


def test_a_name_is_shortened_so_the_whole_path_stays_under_260():
    folder = PureWindowsPath("C:/Users/김상담/Documents/CaseApp 자료/" + "사건 폴더 " * 30)
    name = safe_file_name("E-2024-0001-001_" + "텔레그램 캡처 " * 20, ".jpg")
    fitted = fit_in_folder(folder, name, keep=len("E-2024-0001-001"))
    full = str(folder / fitted)
    assert len(full) <= WINDOWS_MAX_PATH < len(str(folder / name))
    assert fitted.startswith("E-2024-0001-001_") and fitted.endswith(".jpg")
    assert_windows_accepts(fitted)


def test_a_short_path_keeps_its_name():
    assert fit_in_folder(PureWindowsPath("C:/경찰"), "보고서.pdf") == "보고서.pdf"


def test_a_folder_too_deep_for_any_name_is_a_clear_error():
    folder = PureWindowsPath("C:/" + "/".join(["아주 긴 폴더 이름"] * 30))
    with pytest.raises(BadInput) as caught:
        fit_in_folder(folder, "E-2024-0001-001_사진.jpg", keep=15)
    assert "260" in caught.value.message()


def test_emoji_count_as_two_windows_characters():
    folder = "C:\\" + "a" * 240
    fitted = fit_in_folder(folder, "😀" * 20 + ".png", keep=1)
    assert len(folder) + 1 + len(fitted.encode("utf-16-le")) // 2 <= WINDOWS_MAX_PATH
