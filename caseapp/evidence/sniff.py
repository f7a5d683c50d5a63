"""What a file is, judged from its first bytes and never from its name (a victim's file may
be called anything). ``filetype`` knows the binary formats; a small fallback here recognises
PDF, plain UTF-8/UTF-16 text and the JSON/HTML chat exports of Telegram and similar apps."""

from __future__ import annotations

import codecs
import json
import logging
import re
from dataclasses import dataclass
from enum import StrEnum

import filetype

log = logging.getLogger(__name__)


class EvidenceMediaKind(StrEnum):
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    DOCUMENT = "document"
    ARCHIVE = "archive"
    TEXT = "text"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Sniffed:
    mime: str
    kind: EvidenceMediaKind
    extension: str | None  # without the dot; a safe suggestion for exported file names


EMPTY = Sniffed("application/x-empty", EvidenceMediaKind.OTHER, None)
UNKNOWN = Sniffed("application/octet-stream", EvidenceMediaKind.OTHER, "bin")

_DOCUMENT_MIMES = frozenset(
    {
        "application/pdf",
        "application/rtf",
        "application/postscript",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
        "application/epub+zip",
    }
)
# filetype files DICOM under images; it is a medical container, not something Pillow shows.
_NOT_IMAGES = frozenset({"application/dicom"})

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTML_START = re.compile(
    rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta)[\s>]", re.IGNORECASE | re.DOTALL
)
# Control characters that never occur in real text (tab, LF, FF, CR and ESC are allowed).
_BINARY_CONTROLS = (
    frozenset(range(0x00, 0x09))
    | {0x0B}
    | frozenset(range(0x0E, 0x1B))
    | frozenset(range(0x1C, 0x20))
    | {0x7F}
)


def sniff(head: bytes) -> Sniffed:
    """Type of a file from its first bytes (64 KiB is plenty; fewer works for most types)."""
    if not head:
        return EMPTY
    try:
        guess = filetype.guess(head)
    except Exception as exc:  # a detector must never stop an ingest
        log.warning("filetype failed: %s", type(exc).__name__)
        guess = None
    if guess is not None:
        return Sniffed(guess.mime, _kind_of(guess.mime), guess.extension)
    if head.lstrip(b"\x00\t\n\r ")[:5] == b"%PDF-":
        return Sniffed("application/pdf", EvidenceMediaKind.DOCUMENT, "pdf")
    text = _as_text(head)
    if text is None:
        return UNKNOWN
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "[") and _looks_like_json(stripped):
        return Sniffed("application/json", EvidenceMediaKind.TEXT, "json")
    if _HTML_START.match(stripped[:4096].encode("utf-8", "replace")):
        return Sniffed("text/html", EvidenceMediaKind.TEXT, "html")
    return Sniffed("text/plain", EvidenceMediaKind.TEXT, "txt")


def _kind_of(mime: str) -> EvidenceMediaKind:
    if mime in _DOCUMENT_MIMES:
        return EvidenceMediaKind.DOCUMENT
    major = mime.split("/", 1)[0]
    if major == "image" and mime not in _NOT_IMAGES:
        return EvidenceMediaKind.IMAGE
    if major == "video":
        return EvidenceMediaKind.VIDEO
    if major == "audio":
        return EvidenceMediaKind.AUDIO
    if mime in _ARCHIVE_MIMES:
        return EvidenceMediaKind.ARCHIVE
    return EvidenceMediaKind.OTHER


_ARCHIVE_MIMES = frozenset(
    {
        "application/zip",
        "application/x-tar",
        "application/gzip",
        "application/x-7z-compressed",
        "application/x-rar-compressed",
        "application/x-bzip2",
        "application/x-xz",
        "application/zstd",
        "application/x-brotli",
        "application/x-lzip",
        "application/x-lz4",
        "application/x-lzop",
        "application/x-compress",
        "application/x-unix-archive",
        "application/x-deb",
        "application/x-rpm",
        "application/vnd.ms-cab-compressed",
    }
)


def _as_text(head: bytes) -> str | None:
    """The head decoded as text, or None if it looks binary. The head may end in the middle
    of a multi-byte character, so an incomplete final sequence is tolerated."""
    encoding = "utf-8"
    body = head
    for bom, name in _BOMS:
        if head.startswith(bom):
            encoding, body = name, head[len(bom) :]
            break
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        text = decoder.decode(body, final=False)
    except UnicodeDecodeError:
        return None
    if any(ord(ch) in _BINARY_CONTROLS for ch in text[:8192]):
        return None
    return text


def _looks_like_json(text: str) -> bool:
    """A JSON document's start: ``{"key":`` or ``[`` followed by a first value and then ``,``
    or ``]``. Full parsing is impossible on a 64 KiB head of a large export, and not needed
    to choose a type; a chat log whose lines start ``[2026-03-01 22:09]`` is text, not JSON."""
    decoder = json.JSONDecoder()
    body = text[1:].lstrip()
    if text[0] == "{":
        if body[:1] == "}":
            return True
        if body[:1] != '"':
            return False
        try:
            _key, end = decoder.raw_decode(body)
        except ValueError:
            return False
        return body[end:].lstrip()[:1] == ":"
    if body[:1] == "]":
        return True
    try:
        _value, end = decoder.raw_decode(body)
    except ValueError:
        # a first element longer than the head (an export's first message object)
        return body[:1] == "{" and body[1:].lstrip()[:1] in ('"', "}")
    after = body[end:].lstrip()
    # ``[value]`` must end the document; ``[2026] hello`` is a line of text
    return after[:1] == "," or (after[:1] == "]" and not after[1:].strip())
