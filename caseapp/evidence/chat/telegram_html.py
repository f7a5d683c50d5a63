"""Telegram Desktop's HTML export: ``messages.html``, ``messages2.html``, … of one chat, or of
every chat of an account under ``chats/chat_NNN/``. Each file is fed in blocks to the standard
library's HTML parser; messages are handed on as soon as their closing tag is read. The HTML
carries no chat ID and no sender IDs (the JSON export does); a message's time comes from the
``title`` of its date, with the UTC offset when the export wrote one."""

from __future__ import annotations

import codecs
import posixpath
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import unquote

from caseapp.errors import BadImport
from caseapp.evidence.chat.model import (
    ChatInfo,
    ChatMessage,
    ExportFormat,
    LocalTime,
    Media,
    MediaKind,
)
from caseapp.evidence.chat.source import (
    READ_BLOCK,
    ExportSource,
    FileHash,
    HashingReader,
    clean_relative,
)
from caseapp.i18n import N_

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
_PAGE = re.compile(r"messages(\d*)\.html")
_CHAT_FOLDER = re.compile(r"chat_(\d+)")
_MESSAGE_ID = re.compile(r"message(-?\d+)")
_GO_TO = re.compile(r"go_to_message(\d+)")
_TITLE = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?: UTC([+-])(\d{1,2}):(\d{2}))?")
_WRAP_KINDS = {
    "photo_wrap": MediaKind.PHOTO,
    "video_file_wrap": MediaKind.VIDEO,
    "animated_wrap": MediaKind.ANIMATION,
    "sticker_wrap": MediaKind.STICKER,
}
_GENERIC_KINDS = {
    "media_photo": MediaKind.PHOTO,
    "media_video": MediaKind.VIDEO,
    "media_voice_message": MediaKind.VOICE,
    "media_audio_file": MediaKind.AUDIO,
    "media_file": MediaKind.FILE,
}
MAX_FIELD = 4 << 20  # one message's text; more means this is not a Telegram export


def page_number(name: str) -> int | None:
    match = _PAGE.fullmatch(name)
    if match is None:
        return None
    return int(match.group(1) or "1")


def parse_title(title: str) -> LocalTime | None:
    match = _TITLE.fullmatch(title.strip())
    if match is None:
        return None
    day, month, year, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        wall = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    offset = None
    if match.group(7):
        offset = timedelta(hours=int(match.group(8)), minutes=int(match.group(9)))
        if match.group(7) == "-":
            offset = -offset
        if offset > timedelta(hours=18):
            return None
    return LocalTime(wall, offset=offset)


class _Capture:
    __slots__ = ("depth", "length", "parts", "target")

    def __init__(self, target: str, depth: int) -> None:
        self.target = target
        self.depth = depth
        self.parts: list[str] = []
        self.length = 0


class _PageParser(HTMLParser):
    """Collects the messages of one page; the owner drains ``done`` after every feed."""

    def __init__(self, page_dir: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_dir = page_dir
        self.stack: list[set[str]] = []
        self.done: list[dict[str, object]] = []
        self.chat_name: str | None = None
        self.current: dict[str, object] | None = None
        self.message_depth = 0
        self.forward_depth = 0      # inside the "forwarded body" of the current message
        self.capture: _Capture | None = None
        self.skip_depth = 0         # inside a nested element left out of the captured text
        self.header_depth = 0

    # --- structure ----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        classes = set(attributes.get("class", "").split())
        if tag == "br":
            self._text("\n")
            return
        if tag in _VOID:
            return
        self.stack.append(classes)
        depth = len(self.stack)
        if self.capture is not None:
            if not self.skip_depth and "details" in classes and tag == "span":
                self.skip_depth = depth
            return
        if "page_header" in classes:
            self.header_depth = depth
        elif self.header_depth and tag == "div" and {"text", "bold"} <= classes:
            self.capture = _Capture("chat_name", depth)
        elif tag == "div" and "message" in classes:
            self._start_message(attributes, classes, depth)
        elif self.current is not None:
            self._inside_message(tag, attributes, classes, depth)

    def _start_message(self, attributes: dict[str, str], classes: set[str],
                       depth: int) -> None:
        match = _MESSAGE_ID.fullmatch(attributes.get("id", ""))
        self.current = {"id": match.group(1) if match else None,
                        "service": "service" in classes, "joined": "joined" in classes}
        self.message_depth = depth
        self.forward_depth = 0

    def _inside_message(self, tag: str, attributes: dict[str, str], classes: set[str],
                        depth: int) -> None:
        current = self.current
        assert current is not None
        if tag == "div":
            if {"forwarded", "body"} <= classes:
                self.forward_depth = depth
            elif "date" in classes and "details" in classes and "title" not in current:
                current["title"] = attributes.get("title", "")
            elif "from_name" in classes:
                self.capture = _Capture("forwarded_from" if self.forward_depth else "from",
                                        depth)
            elif "text" in classes or (current["service"] and {"body", "details"} <= classes):
                self.capture = _Capture("text", depth)
            elif "reply_to" in classes:
                current["reply_depth"] = depth
            elif "media" in classes and "media" not in current:
                kind = next((k for c, k in _GENERIC_KINDS.items() if c in classes), None)
                if kind is not None:
                    current["media"] = (kind, None)
            elif "description" in classes and "media" in current:
                self.capture = _Capture("missing", depth)
        elif tag == "a":
            href = attributes.get("href", "")
            go_to = _GO_TO.search(href)
            if "reply_depth" in current and go_to:
                current["reply_to"] = go_to.group(1)
                return
            if "media" in current or not href or ":" in href or href.startswith("#"):
                return
            kind = next((k for c, k in _WRAP_KINDS.items() if c in classes), None)
            if kind is None and "media" in classes:
                kind = next((k for c, k in _GENERIC_KINDS.items() if c in classes), None)
            if kind is not None:
                current["media"] = (kind, href)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._text("\n")
        elif tag not in _VOID:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.stack:
            return
        depth = len(self.stack)
        self.stack.pop()
        if self.skip_depth == depth:
            self.skip_depth = 0
        capture = self.capture
        if capture is not None and capture.depth == depth:
            self.capture = None
            self._finish_capture(capture)
        if depth == self.header_depth:
            self.header_depth = 0
        current = self.current
        if current is None:
            return
        if current.get("reply_depth") == depth:
            del current["reply_depth"]
        if depth == self.forward_depth:
            self.forward_depth = 0
        if depth == self.message_depth:
            self.done.append(current)
            self.current = None

    def _finish_capture(self, capture: _Capture) -> None:
        text = "".join(capture.parts)
        if capture.target == "chat_name":
            if self.chat_name is None:
                self.chat_name = text.strip()
            return
        current = self.current
        if current is None:
            return
        if capture.target == "text":
            current["text"] = _block_text(text)
        elif capture.target == "from":
            current["from"] = " ".join(text.split())
        elif capture.target == "forwarded_from":
            current.setdefault("forwarded_from", " ".join(text.split()))
        elif capture.target == "missing":
            current["missing"] = " ".join(text.split())

    def handle_data(self, data: str) -> None:
        self._text(data)

    def _text(self, data: str) -> None:
        capture = self.capture
        if capture is None or self.skip_depth:
            return
        capture.parts.append(data)
        capture.length += len(data)
        if capture.length > MAX_FIELD:
            raise BadImport(N_("The file is not a Telegram Desktop export: a message is "
                               "far too long."))


def _block_text(text: str) -> str:
    """Telegram writes a message's line breaks as <br>; the raw line breaks around it are
    the file's indentation."""
    if text.startswith("\n"):
        text = text[1:]
    stripped = text.rstrip(" ")
    if stripped.endswith("\n"):
        text = stripped[:-1]
    return text


class TelegramHtmlExport:
    format = ExportFormat.TELEGRAM_HTML

    def __init__(self, source: ExportSource, chat_folders: list[str]) -> None:
        """``chat_folders``: the folders (relative, '' for the root) holding each chat's
        ``messages*.html``, in export order."""
        self.source = source
        self.chat_folders = chat_folders
        self.chats: list[ChatInfo] = []
        self.files: list[FileHash] = []

    def pages(self, folder: str) -> list[str]:
        numbered = sorted((n, name) for name in self.source.listdir(folder)
                          if (n := page_number(name)) is not None)
        return [posixpath.join(folder, name) if folder else name for _, name in numbered]

    def messages(self) -> Iterator[ChatMessage]:
        self.chats = []
        self.files = []
        for index, folder in enumerate(self.chat_folders):
            chat = ChatInfo(name="", chat_type="", index=index)
            self.chats.append(chat)
            position = 0
            previous: tuple[str | None, str | None] = (None, None)
            for page in self.pages(folder):
                for raw in self._page(page, chat):
                    position += 1
                    message = self._message(raw, chat, position, folder, previous)
                    if not message.service:
                        previous = (message.sender_name, message.forwarded_from)
                    yield message

    def _page(self, page: str, chat: ChatInfo) -> Iterator[dict[str, object]]:
        parser = _PageParser(posixpath.dirname(page))
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        with self.source.open(page) as raw:
            reader = HashingReader(raw)
            while True:
                block = reader.read(READ_BLOCK)
                try:
                    text = decoder.decode(block, final=not block)
                except UnicodeDecodeError:
                    raise BadImport(N_("The export file {name} is damaged: it is not UTF-8 "
                                       "text."), name=posixpath.basename(page)) from None
                parser.feed(text)
                if parser.chat_name is not None and not chat.name:
                    chat.name = parser.chat_name
                yield from parser.done
                parser.done.clear()
                if not block:
                    break
            parser.close()
            yield from parser.done
            if parser.current is not None or parser.stack:
                raise BadImport(N_("The export file {name} ends too early: it may have been "
                                   "cut off. Export it again or copy it whole."),
                                name=posixpath.basename(page))
            self.files.append(FileHash(page, reader.digest.hexdigest(), reader.size))

    def _message(self, raw: dict[str, object], chat: ChatInfo, position: int, folder: str,
                 previous: tuple[str | None, str | None]) -> ChatMessage:
        message_id = raw.get("id")
        service = bool(raw.get("service"))
        title = str(raw.get("title", ""))
        time = parse_title(title) if title else None
        if not service and time is None:
            raise BadImport(N_("The export file is damaged: message {number} of a chat has "
                               "no readable date."), number=position)
        sender = raw.get("from")
        if not service and sender is None and raw.get("joined"):
            sender = previous[0]
        forwarded = raw.get("forwarded_from")
        return ChatMessage(
            chat, position, time, str(sender) if sender is not None else None,
            text=str(raw.get("text", "")),
            message_id=str(message_id) if message_id and not str(message_id).startswith("-")
            else None,
            service=service or bool(message_id and str(message_id).startswith("-")),
            media=self._media(raw, folder),
            reply_to=str(raw["reply_to"]) if raw.get("reply_to") else None,
            forwarded_from=str(forwarded) if forwarded else None)

    def _media(self, raw: dict[str, object], folder: str) -> Media | None:
        found = raw.get("media")
        if not isinstance(found, tuple):
            return None
        kind, href = found
        if not href:
            return Media(kind, None, None, None,
                         missing=str(raw.get("missing", "")) or "not included in the export")
        rel = clean_relative(posixpath.join(folder, href))
        if rel is not None and not self.source.exists(rel) and "%" in href:
            rel = clean_relative(posixpath.join(folder, unquote(href))) or rel
        if rel is None:
            return Media(kind, None, posixpath.basename(href)[:200], None,
                         missing="path outside the export")
        return Media(kind, rel, posixpath.basename(rel), None)


def chat_folders_of_account(source: ExportSource, root: str) -> list[str]:
    """``chats/chat_NNN`` folders of a whole-account HTML export, in their order."""
    chats_dir = posixpath.join(root, "chats") if root else "chats"
    numbered = sorted((int(m.group(1)), name) for name in source.listdir(chats_dir)
                      if (m := _CHAT_FOLDER.fullmatch(name)))
    return [posixpath.join(chats_dir, name) for _, name in numbered]
