"""KakaoTalk conversations saved as CSV by the PC apps: a ``Date,User,Message`` header, then
one row per message with the computer's wall-clock time to the second. Rows are read one at a
time with the csv module; a message's line breaks live inside its quoted field."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime

from caseapp.errors import BadImport
from caseapp.evidence.chat.kakao_text import SHAPES, _time_of, media_of
from caseapp.evidence.chat.model import ChatInfo, ChatMessage, ExportFormat, LocalTime
from caseapp.evidence.chat.source import ExportSource, FileHash, HashingReader
from caseapp.i18n import N_

HEADER = ("date", "user", "message")


def is_header(row: list[str]) -> bool:
    return [c.strip().lstrip("\ufeff").lower() for c in row] == list(HEADER)


def row_time(text: str) -> datetime | None:
    value = text.strip()
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    for shape in SHAPES.values():
        match = shape.fullmatch(value)
        if match is not None and match.groupdict().get("y"):
            return _time_of(match, None)
    return None


def bad_row(number: int) -> BadImport:
    return BadImport(N_("The conversation file is damaged at row {row}: it does not have a "
                        "date, a name and a message."), row=number)


class KakaoCsvExport:
    format = ExportFormat.KAKAO

    def __init__(self, source: ExportSource, main: str, encoding: str) -> None:
        self.source = source
        self.main = main
        self.encoding = encoding
        self.chats: list[ChatInfo] = []
        self.files: list[FileHash] = []

    def messages(self) -> Iterator[ChatMessage]:
        chat = ChatInfo(name="")
        self.chats = [chat]
        self.files = []
        with self.source.open(self.main) as raw:
            reader = HashingReader(raw)
            text = io.TextIOWrapper(reader, encoding=self.encoding,  # type: ignore[type-var]
                                    newline="")
            try:
                yield from self._rows(csv.reader(text, strict=True), chat)
            except UnicodeDecodeError:
                raise BadImport(N_("The conversation file is damaged: some bytes are not "
                                   "readable text.")) from None
            except csv.Error:
                raise BadImport(N_("The conversation file is damaged: it is not a valid CSV "
                                   "file.")) from None
            reader.read_rest()
            self.files = [FileHash(self.main, reader.digest.hexdigest(), reader.size)]

    def _rows(self, rows: Iterator[list[str]], chat: ChatInfo) -> Iterator[ChatMessage]:
        header = next(rows, None)
        if header is None or not is_header(header):
            raise BadImport(N_("The file is not a KakaoTalk CSV export: the first row is not "
                               "Date,User,Message."))
        position = 0
        minute: datetime | None = None
        seen: dict[tuple[str, str], int] = {}
        for number, row in enumerate(rows, start=2):
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if "\x00" in "".join(row):
                raise BadImport(N_("The conversation file is damaged: it holds binary data."))
            if len(row) != 3:
                raise bad_row(number)
            when = row_time(row[0])
            if when is None:
                raise bad_row(number)
            position += 1
            message = ChatMessage(chat, position, LocalTime(when), row[1] or None,
                                  text=row[2], service=not row[1], line=number)
            if not message.service:
                message.media, message.deleted = media_of(message.text)
            if when != minute:
                minute, seen = when, {}
            key = (row[1], row[2])
            message.occurrence = seen.get(key, 0)
            seen[key] = message.occurrence + 1
            yield message
