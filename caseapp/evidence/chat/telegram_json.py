"""Telegram Desktop's machine-readable export (``result.json``): one chat (name, type, id,
messages) or a whole account (``chats.list`` and ``left_chats.list``, each a chat). The file is
walked with :class:`JsonStream`; other sections of an account export (contacts, sessions, …)
are skipped unread. Media paths are relative to the folder of ``result.json``."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from caseapp.errors import BadImport
from caseapp.evidence.chat.json_stream import JsonStream
from caseapp.evidence.chat.model import (
    ChatInfo,
    ChatMessage,
    ExportFormat,
    LocalTime,
    Media,
    MediaKind,
)
from caseapp.evidence.chat.source import ExportSource, FileHash, HashingReader, clean_relative
from caseapp.i18n import N_

_CHAT_KEYS = ("name", "type", "id")
_DOCUMENT_KINDS = {
    "video_file": MediaKind.VIDEO,
    "video_message": MediaKind.ROUND_VIDEO,
    "animation": MediaKind.ANIMATION,
    "voice_message": MediaKind.VOICE,
    "audio_file": MediaKind.AUDIO,
    "sticker": MediaKind.STICKER,
}


def bad_message(number: int) -> BadImport:
    return BadImport(N_("The export file is damaged: message {number} of a chat cannot be "
                        "read."), number=number)


class TelegramJsonExport:
    format = ExportFormat.TELEGRAM_JSON

    def __init__(self, source: ExportSource, main: str) -> None:
        self.source = source
        self.main = main
        self.root = posixpath.dirname(main)
        self.chats: list[ChatInfo] = []
        self.files: list[FileHash] = []

    def messages(self) -> Iterator[ChatMessage]:
        self.chats = []
        self.files = []
        with self.source.open(self.main) as raw:
            reader = HashingReader(raw)
            stream = JsonStream(reader)  # type: ignore[arg-type]
            if stream.peek() != "{":
                raise BadImport(N_("The file is not a Telegram Desktop export: it does not "
                                   "start with a JSON object."))
            yield from self._root(stream)
            stream.end()
            reader.read_rest()
            self.files = [FileHash(self.main, reader.digest.hexdigest(), reader.size)]

    def _root(self, stream: JsonStream) -> Iterator[ChatMessage]:
        fields: dict[str, Any] = {}
        for key in stream.iter_object():
            if key in _CHAT_KEYS:
                fields[key] = stream.read_value()
            elif key == "messages":
                yield from self._messages(stream, self._chat(fields))
            elif key in ("chats", "left_chats"):
                yield from self._chat_list(stream)
            else:
                stream.skip_value()

    def _chat_list(self, stream: JsonStream) -> Iterator[ChatMessage]:
        if stream.peek() != "{":
            stream.skip_value()
            return
        for key in stream.iter_object():
            if key != "list" or stream.peek() != "[":
                stream.skip_value()
                continue
            for _ in stream.iter_array():
                if stream.peek() != "{":
                    raise BadImport(N_("The export file is damaged: a chat in its list "
                                       "cannot be read."))
                fields: dict[str, Any] = {}
                chat: ChatInfo | None = None
                for chat_key in stream.iter_object():
                    if chat_key in _CHAT_KEYS:
                        fields[chat_key] = stream.read_value()
                    elif chat_key == "messages":
                        chat = self._chat(fields)
                        yield from self._messages(stream, chat)
                    else:
                        stream.skip_value()
                if chat is None:
                    self._chat(fields)

    def _chat(self, fields: dict[str, Any]) -> ChatInfo:
        name = fields.get("name")
        chat_id = fields.get("id")
        chat = ChatInfo(
            name=name if isinstance(name, str) else "",
            chat_type=fields["type"] if isinstance(fields.get("type"), str) else "",
            chat_id=str(chat_id) if isinstance(chat_id, int | str) and str(chat_id) else None,
            index=len(self.chats))
        self.chats.append(chat)
        return chat

    def _messages(self, stream: JsonStream, chat: ChatInfo) -> Iterator[ChatMessage]:
        if stream.peek() != "[":
            raise BadImport(N_("The export file is damaged: a chat's messages cannot be "
                               "read."))
        for index in stream.iter_array():
            value = stream.read_value()
            yield self._message(value, chat, index + 1)

    def _message(self, value: Any, chat: ChatInfo, position: int) -> ChatMessage:
        if not isinstance(value, dict) or not isinstance(value.get("id"), int | str):
            raise bad_message(position)
        kind = value.get("type")
        message_id = str(value["id"])
        if kind == "unsupported":
            return ChatMessage(chat, position, None, None, message_id=message_id, service=True)
        time = _time(value)
        if time is None:
            raise bad_message(position)
        service = kind == "service"
        sender = value.get("actor" if service else "from")
        sender_id = value.get("actor_id" if service else "from_id")
        text, links = _text(value.get("text"))
        if service and not text and isinstance(value.get("action"), str):
            text = value["action"]
        reply = value.get("reply_to_message_id")
        edited = value.get("edited")
        forwarded = value.get("forwarded_from")
        return ChatMessage(
            chat, position, time, sender if isinstance(sender, str) else None,
            sender_id=sender_id if isinstance(sender_id, str) and sender_id else None,
            text=text, message_id=message_id, service=service, media=self._media(value),
            reply_to=str(reply) if isinstance(reply, int | str) else None,
            forwarded_from=forwarded if isinstance(forwarded, str) else None,
            edited=edited if isinstance(edited, str) else None, links=links)

    def _media(self, value: dict[str, Any]) -> Media | None:
        if isinstance(value.get("photo"), str):
            return self._file(value["photo"], MediaKind.PHOTO, None, "image/jpeg")
        if isinstance(value.get("file"), str):
            kind = _DOCUMENT_KINDS.get(str(value.get("media_type")), MediaKind.FILE)
            name = value.get("file_name")
            mime = value.get("mime_type")
            return self._file(value["file"], kind, name if isinstance(name, str) else None,
                              mime if isinstance(mime, str) else None)
        return None

    def _file(self, path: str, kind: MediaKind, name: str | None, mime: str | None) -> Media:
        if path.startswith("("):  # "(File not included. Change data exporting settings…)"
            return Media(kind, None, name, mime, missing=path.strip("()")[:300])
        rel = clean_relative(posixpath.join(self.root, path)) if self.root else \
            clean_relative(path)
        if rel is None:
            return Media(kind, None, name or path[-200:], mime,
                         missing="path outside the export")
        return Media(kind, rel, name or posixpath.basename(rel), mime)


def _time(value: dict[str, Any]) -> LocalTime | None:
    raw = value.get("date")
    if not isinstance(raw, str):
        return None
    try:
        wall = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if wall.tzinfo is not None:  # never written so, but an aware time is exact
        return LocalTime(wall.replace(tzinfo=None), wall.astimezone(UTC))
    stamp = value.get("date_unixtime")
    if isinstance(stamp, str | int) and str(stamp).lstrip("-").isdigit():
        try:
            return LocalTime(wall, datetime.fromtimestamp(int(stamp), UTC))
        except (OverflowError, OSError, ValueError):
            return None
    return LocalTime(wall)


def _text(value: Any) -> tuple[str, tuple[str, ...]]:
    """The message text as one string, and the targets of its hidden text links."""
    if isinstance(value, str):
        return value, ()
    if not isinstance(value, list):
        return "", ()
    parts: list[str] = []
    links: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict):
            text = part.get("text")
            if isinstance(text, str):
                parts.append(text)
            href = part.get("href")
            if isinstance(href, str) and href and href != text:
                links.append(href)
    return "".join(parts), tuple(links)
