"""Reading and writing hash-list files (``docs/formats/hash-lists.md``): CSV with a header
row naming its columns (sha256, md5, pdq, pdq_quality, label), or text with one hash a line
(``sha256 HEX [LABEL]``, ``md5 HEX [LABEL]``, ``pdq HEX [QUALITY] [LABEL]``, or the
reference PDQ hasher's ``HEX,QUALITY,NAME``). Files from Windows tools are read as they
come: a UTF-8 byte order mark, CRLF or CR line ends, or Korean Excel's CP949."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from caseapp.domain.hash_lists import HashEntry, HashListFormat, LineProblem
from caseapp.errors import BadImport
from caseapp.i18n import N_

MAX_LABEL = 500
_HEX = re.compile(r"[0-9a-f]+")
_COLUMNS = {"sha256": "sha256", "sha-256": "sha256", "md5": "md5", "pdq": "pdq",
            "pdq_hash": "pdq", "pdq_quality": "pdq_quality", "quality": "pdq_quality",
            "label": "label", "name": "label"}
_HASH_COLUMNS = {"sha256", "md5", "pdq"}
CSV_HEADER = ("sha256", "md5", "pdq", "pdq_quality", "label")


@dataclass(slots=True)
class ReadResult:
    entries: list[HashEntry] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)


class _Bad(Exception):
    def __init__(self, msgid: str, **params: str) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = tuple(params.items())


def decode(raw: bytes) -> str:
    """UTF-8 (with or without a byte order mark), else CP949; the text with no BOM."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp949")
    except UnicodeDecodeError:
        raise BadImport(N_("The hash list is neither UTF-8 nor CP949 text; nothing was "
                           "imported.")) from None


def read_hash_list(raw: bytes) -> ReadResult:
    """Every entry and every problem (by line number) of a hash-list file."""
    text = decode(raw)
    if "\x00" in text:
        raise BadImport(N_("The hash list is not a text file; nothing was imported."))
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines)
                  if line.strip() and not line.lstrip().startswith("#")), None)
    result = ReadResult()
    if first is None:
        return result
    header = _csv_header(lines[first])
    if header is not None:
        _read_csv(lines, first, header, result)
    else:
        _read_text(lines, result)
    return result


def _csv_header(line: str) -> list[str | None] | None:
    delimiter = "\t" if "\t" in line and "," not in line else ","
    cells = [c.strip().casefold() for c in next(csv.reader([line], delimiter=delimiter))]
    named = [_COLUMNS.get(c) for c in cells]
    if not _HASH_COLUMNS & {n for n in named if n}:
        return None
    return named


def _read_csv(lines: list[str], first: int, header: list[str | None],
              result: ReadResult) -> None:
    delimiter = "\t" if "\t" in lines[first] and "," not in lines[first] else ","
    reader = csv.reader(io.StringIO("\n".join(lines[first + 1:])), delimiter=delimiter)
    start = first + 1
    while True:
        line_no = start + reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            result.problems.append(LineProblem(line_no, N_("this line is not valid CSV")))
            return
        if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        try:
            if len(row) > len(header):
                raise _Bad(N_("expected at most {expected} cells, found {found}"),
                           expected=str(len(header)), found=str(len(row)))
            cells = {name: value.strip() for name, value in zip(header, row, strict=False)
                     if name}
            result.entries.append(_entry(line_no, cells.get("sha256"), cells.get("md5"),
                                         cells.get("pdq"), cells.get("pdq_quality"),
                                         cells.get("label", "")))
        except _Bad as bad:
            result.problems.append(LineProblem(line_no, bad.msgid, bad.params))


def _read_text(lines: list[str], result: ReadResult) -> None:
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            result.entries.append(_text_entry(number, text))
        except _Bad as bad:
            result.problems.append(LineProblem(number, bad.msgid, bad.params))


def _text_entry(number: int, text: str) -> HashEntry:
    head = text.split(",")
    if len(head) >= 2 and len(head[0].strip()) == 64 and head[1].strip().isdigit():
        # the reference PDQ hasher's output: hash,quality,file name
        return _entry(number, None, None, head[0], head[1], ",".join(head[2:]))
    parts = text.split(None, 2)
    kind = parts[0].casefold().rstrip(":")
    if kind in ("sha256", "sha-256", "md5"):
        if len(parts) < 2:
            raise _Bad(N_("a {kind} line needs the hash after the word {kind}"), kind=kind)
        label = parts[2] if len(parts) > 2 else ""
        if kind == "md5":
            return _entry(number, None, parts[1], None, None, label)
        return _entry(number, parts[1], None, None, None, label)
    if kind == "pdq":
        rest = text.split(None, 3)
        if len(rest) < 2:
            raise _Bad(N_("a {kind} line needs the hash after the word {kind}"), kind=kind)
        quality = rest[2] if len(rest) > 2 and rest[2].lstrip("-").isdigit() else None
        label = " ".join(rest[3 if quality is not None else 2:])
        return _entry(number, None, None, rest[1], quality, label)
    raise _Bad(N_("unknown hash type '{kind}'; a line starts with sha256, md5 or pdq"),
               kind=parts[0][:20])


def _entry(number: int, sha256: str | None, md5: str | None, pdq: str | None,
           quality: str | None, label: str) -> HashEntry:
    sha = _hex(sha256, 64, N_("not a SHA-256 hash: it must be 64 hexadecimal digits"))
    md = _hex(md5, 32, N_("not an MD5 hash: it must be 32 hexadecimal digits"))
    pdq_hex = _hex(pdq, 64, N_("not a PDQ hash: it must be 64 hexadecimal digits"))
    level = None
    if quality not in (None, ""):
        assert quality is not None
        if not quality.strip().isdigit() or not 0 <= int(quality) <= 100:
            raise _Bad(N_("the PDQ quality must be a whole number from 0 to 100"))
        if pdq_hex is None:
            raise _Bad(N_("a quality is given but no PDQ hash"))
        level = int(quality)
    if sha is None and md is None and pdq_hex is None:
        raise _Bad(N_("no hash on this line"))
    label = " ".join(label.split())
    if len(label) > MAX_LABEL:
        raise _Bad(N_("the label is longer than {limit} characters"), limit=str(MAX_LABEL))
    return HashEntry(number, sha, md, pdq_hex, level, label)


def _hex(value: str | None, digits: int, problem: str) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip().lower()
    if len(text) != digits or not _HEX.fullmatch(text):
        raise _Bad(problem)
    return text


# --- writing ---------------------------------------------------------------------------------

def write_hash_list(entries: Iterable[HashEntry], fmt: HashListFormat) -> str:
    """The entries in the same format the reader takes, as text with ``\\n`` line ends."""
    return "".join(_csv_lines(entries) if fmt is HashListFormat.CSV else _text_lines(entries))


def _csv_lines(entries: Iterable[HashEntry]) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for e in entries:
        writer.writerow([e.sha256 or "", e.md5 or "", e.pdq or "",
                         "" if e.pdq_quality is None else str(e.pdq_quality), e.label])
    yield out.getvalue()


def _text_lines(entries: Iterable[HashEntry]) -> Iterator[str]:
    yield "# hash list: sha256 HEX [LABEL] | md5 HEX [LABEL] | pdq HEX [QUALITY] [LABEL]\n"
    for e in entries:
        label = f" {e.label}" if e.label else ""
        if e.sha256:
            yield f"sha256 {e.sha256}{label}\n"
        if e.md5:
            yield f"md5 {e.md5}{label}\n"
        if e.pdq:
            quality = "" if e.pdq_quality is None else f" {e.pdq_quality}"
            yield f"pdq {e.pdq}{quality}{label}\n"
