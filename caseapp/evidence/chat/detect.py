"""Which export a file, folder or ``.zip`` holds, by its names and first bytes; anything that
is not a Telegram Desktop or KakaoTalk export is refused with one clear message."""

from __future__ import annotations

import codecs
import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from caseapp.errors import BadImport
from caseapp.evidence.chat import kakao_csv, kakao_text, telegram_html
from caseapp.evidence.chat.model import ChatInfo, ChatMessage, ExportFormat
from caseapp.evidence.chat.source import ExportSource, FileHash, FileSource, open_source
from caseapp.i18n import N_

HEAD = 64 << 10
FORMATS = ("auto", *(f.value for f in ExportFormat))
_JSON_FIRST_KEY = re.compile(r'\s*\{\s*"(about|name|type|id|messages|chats|left_chats|'
                             r'personal_information|profile_pictures|contacts)"\s*:')
_TELEGRAM_HTML = ('class="page_wrap"', "class='page_wrap'", 'class="history"',
                  'class="message default')
_MAX_DEPTH = 3


class ChatExport(Protocol):
    format: ExportFormat
    source: ExportSource
    chats: list[ChatInfo]
    files: list[FileHash]

    def messages(self) -> Iterator[ChatMessage]: ...


def not_an_export() -> BadImport:
    return BadImport(N_("This is not a chat export CaseApp can read. Choose a Telegram Desktop "
                        "export (its folder, result.json or messages.html) or a KakaoTalk "
                        "conversation saved as .txt or .csv, or a .zip of one."))


def wrong_format(fmt: ExportFormat) -> BadImport:
    return BadImport(N_("This is not a {format}. Choose another format or let CaseApp "
                        "detect it."), format=fmt.label())


def open_export(path: Path, fmt: str = "auto") -> ChatExport:
    """The export at ``path`` (a folder, a file or a ``.zip``), ready to be read. ``fmt``
    forces one format; the source is closed by the caller (``export.source.close()``)."""
    if fmt not in FORMATS:
        raise BadImport(N_("Unknown export format: {value}. Choose one of: {choices}."),
                        value=str(fmt)[:40], choices=", ".join(FORMATS))
    wanted = None if fmt == "auto" else ExportFormat(fmt)
    source = open_source(Path(path))
    try:
        found = _detect(source, wanted)
    except BaseException:
        source.close()
        raise
    if found is None:
        source.close()
        raise wrong_format(wanted) if wanted else not_an_export()
    return found


def _head(source: ExportSource, rel: str) -> bytes:
    with source.open(rel) as fh:
        return fh.read(HEAD)


def _detect(source: ExportSource, wanted: ExportFormat | None) -> ChatExport | None:
    if isinstance(source, FileSource):
        return _single_file(source, source.main, wanted)
    return _folder(source, "", wanted, 0)


def _single_file(source: ExportSource, rel: str, wanted: ExportFormat | None
                 ) -> ChatExport | None:
    name = posixpath.basename(rel).lower()
    head = _head(source, rel)
    if wanted in (None, ExportFormat.TELEGRAM_JSON) and _is_telegram_json(head):
        from caseapp.evidence.chat.telegram_json import TelegramJsonExport

        return TelegramJsonExport(source, rel)
    if wanted in (None, ExportFormat.TELEGRAM_HTML) and name.endswith((".html", ".htm")) \
            and _is_telegram_html(head):
        folder = posixpath.dirname(rel)
        if name == "export_results.html":
            chats = telegram_html.chat_folders_of_account(source, folder)
            return telegram_html.TelegramHtmlExport(source, chats) if chats else None
        if telegram_html.page_number(name) is not None:
            return telegram_html.TelegramHtmlExport(source, [folder])
        return None
    if wanted in (None, ExportFormat.KAKAO):
        return _kakao(source, rel, head)
    return None


def _is_telegram_json(head: bytes) -> bool:
    text = head.decode("utf-8", "ignore").removeprefix("\ufeff")
    return _JSON_FIRST_KEY.match(text) is not None


def _is_telegram_html(head: bytes) -> bool:
    text = head.decode("utf-8", "ignore")
    return any(marker in text for marker in _TELEGRAM_HTML)


def _kakao(source: ExportSource, rel: str, head: bytes) -> ChatExport | None:
    encoding = kakao_text.sniff_encoding(head)
    if encoding is None:
        return None
    text = _decode_head(head, encoding)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > 1:
        lines = lines[:-1]  # the last line of the head may be cut
    if lines and kakao_csv.is_header(lines[0].split(",")):
        return kakao_csv.KakaoCsvExport(source, rel, encoding)
    layout = kakao_text.recognise(lines[:kakao_text.HEAD_LINES], encoding)
    return kakao_text.KakaoTextExport(source, rel, layout) if layout else None


def _decode_head(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    return decoder.decode(head, final=False)


def _folder(source: ExportSource, folder: str, wanted: ExportFormat | None,
            depth: int) -> ChatExport | None:
    names = source.listdir(folder)
    lower = {n.lower(): n for n in names}

    def rel(name: str) -> str:
        return posixpath.join(folder, name) if folder else name

    if wanted in (None, ExportFormat.TELEGRAM_JSON) and "result.json" in lower:
        found = _single_file(source, rel(lower["result.json"]), ExportFormat.TELEGRAM_JSON)
        if found is not None:
            return found
    if wanted in (None, ExportFormat.TELEGRAM_HTML):
        for main in ("export_results.html", "messages.html"):
            if main in lower:
                found = _single_file(source, rel(lower[main]), ExportFormat.TELEGRAM_HTML)
                if found is not None:
                    return found
    if wanted in (None, ExportFormat.KAKAO):
        candidates = [n for n in names if n.lower().endswith((".txt", ".csv"))
                      and source.exists(rel(n))]
        found_kakao = [f for n in candidates
                       if (f := _kakao(source, rel(n), _head(source, rel(n)))) is not None]
        if len(found_kakao) > 1:
            raise BadImport(N_("This folder holds more than one KakaoTalk conversation. "
                               "Choose the one file to import."))
        if found_kakao:
            return found_kakao[0]
    subfolders = [n for n in names if not source.exists(rel(n)) and _is_dir(source, rel(n))]
    if depth < _MAX_DEPTH and len(subfolders) == 1 and not _has_export_files(names):
        return _folder(source, rel(subfolders[0]), wanted, depth + 1)
    return None


def _is_dir(source: ExportSource, rel: str) -> bool:
    check = getattr(source, "is_dir", None)
    return bool(check(rel)) if check else False


def _has_export_files(names: list[str]) -> bool:
    return any(n.lower().endswith((".json", ".html", ".txt", ".csv")) for n in names)
