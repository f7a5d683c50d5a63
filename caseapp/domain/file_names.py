"""File names CaseApp proposes (evidence package files, reports, letters, backups), made safe
for every system a counsellor or an officer may open them on, Windows above all: no reserved
device names (``CON``, ``NUL``, ``COM1`` …), no characters Windows refuses, no trailing dots or
spaces (Windows silently drops them), Korean kept in composed form (macOS hands over
decomposed Hangul), and the whole path under Windows' 260-character limit, which Explorer,
zip tools and older Office still enforce."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import PurePath

from caseapp.errors import BadInput
from caseapp.i18n import N_

# MAX_PATH is 260 UTF-16 units including the terminating NUL.
WINDOWS_MAX_PATH = 259
# NTFS allows 255 UTF-16 units per name, ext4 255 bytes: Hangul takes 3 bytes in UTF-8, so the
# byte budget is the one that binds. Kept below 255 so "name (2).pdf" still fits.
MAX_NAME_BYTES = 240

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$",
                       re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn"))
    text = _SPACES.sub(" ", text)  # tabs and line breaks become spaces, not underscores
    return _FORBIDDEN.sub("_", text).strip()


def _cut(stem: str, fits: Callable[[str], bool]) -> str:
    """The longest prefix of ``stem`` for which ``fits(prefix)`` holds (whole characters)."""
    while stem and not fits(stem):
        stem = stem[:-1]
    return stem


def safe_file_name(stem: str, suffix: str = "", *, fallback: str = "file") -> str:
    """``stem`` + ``suffix`` as one file name that Windows, macOS and Linux all accept and keep
    as written. ``suffix`` includes its dot (``".pdf"``); it is cleaned too."""
    suffix = _clean(suffix).replace(" ", "")
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    suffix = suffix[:16].rstrip(".")
    stem = _clean(stem).lstrip(".").rstrip(". ")
    if not stem:
        stem = fallback
    head, dot, rest = stem.partition(".")
    if _RESERVED.match(head.rstrip(" ")):  # "nul.tar" is the device too
        stem = head.rstrip(" ") + "_" + dot + rest
    budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    stem = _cut(stem, lambda s: len(s.encode("utf-8")) <= budget).rstrip(". ") or fallback
    return stem + suffix


def fit_in_folder(folder: str | PurePath, name: str, *, reserve: int = 0, keep: int = 8,
                  limit: int = WINDOWS_MAX_PATH) -> str:
    """``name`` (already safe) shortened at the end of its stem so that ``folder\\name`` stays
    within ``limit`` UTF-16 units, with ``reserve`` units left over for what a caller adds
    later (a " (2)" counter). Raises BadInput when fewer than ``keep`` characters of the stem
    would be left (the part that tells files apart, such as an evidence code)."""
    room = limit - reserve - _utf16_units(str(folder)) - 1
    if _utf16_units(name) <= room:
        return name
    dot = name.rfind(".")
    stem, suffix = (name[:dot], name[dot:]) if dot > 0 else (name, "")
    shorter = _cut(stem, lambda s: _utf16_units(s + suffix) <= room).rstrip(". ")
    if len(shorter) < keep:
        raise BadInput(N_("The folder {path} is too deep: Windows cannot open files whose "
                          "full path is longer than 260 characters. Choose a folder closer "
                          "to the top of the drive."), path=str(folder))
    return shorter + suffix
