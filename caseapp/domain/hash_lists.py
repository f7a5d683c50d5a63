"""Known-material hash lists: a list imported from a partner, the police or a platform, its
entries (SHA-256, MD5 and/or PDQ with quality, and a label), and the matches found between
evidence and entries. The file formats are in ``docs/formats/hash-lists.md``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from caseapp.i18n import N_, translate


class MatchMethod(StrEnum):
    SHA256 = "sha256"
    MD5 = "md5"
    PDQ = "pdq"

    def label(self, lang: str | None = None) -> str:
        return translate(_METHOD_LABELS[self], lang)


_METHOD_LABELS = {
    MatchMethod.SHA256: N_("same SHA-256"),
    MatchMethod.MD5: N_("same MD5"),
    MatchMethod.PDQ: N_("similar image (PDQ)"),
}


class HashListFormat(StrEnum):
    CSV = "csv"
    TXT = "txt"

    def label(self, lang: str | None = None) -> str:
        return translate(_FORMAT_LABELS[self], lang)


_FORMAT_LABELS = {
    HashListFormat.CSV: N_("CSV with a header row"),
    HashListFormat.TXT: N_("text, one hash a line"),
}


@dataclass(frozen=True, slots=True)
class HashEntry:
    """One line of a list: at least one hash. Hex is lower case; PDQ in the 64-hex-digit
    form the reference implementation prints."""

    line: int
    sha256: str | None = None
    md5: str | None = None
    pdq: str | None = None
    pdq_quality: int | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class LineProblem:
    """A line that could not be read: its number and a translatable message."""

    line: int
    msgid: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, lang: str | None = None) -> str:
        text = translate(self.msgid, lang, **dict(self.params))
        return translate(N_("line {line}: {problem}"), lang, line=self.line, problem=text)


@dataclass(frozen=True, slots=True)
class HashList:
    id: int
    source: str
    label: str
    file_name: str
    file_sha256: str
    imported_at: datetime
    imported_by: str
    entry_count: int
    skipped_lines: int
    sha256_count: int = 0
    md5_count: int = 0
    pdq_count: int = 0
    match_count: int = 0


@dataclass(frozen=True, slots=True)
class HashListMatch:
    """An evidence item found on a list."""

    evidence_id: int
    code: str
    case_number: str
    list_id: int
    source: str
    list_label: str
    entry_label: str
    method: MatchMethod
    distance: int
    transform: str
    found_at: datetime


@dataclass(frozen=True, slots=True)
class ImportResult:
    hash_list: HashList
    skipped: tuple[LineProblem, ...]
    matches: int          # evidence items already in the store found on the new list
