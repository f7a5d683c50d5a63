"""KakaoTalk conversations saved as text: the PC apps (Windows, macOS) write a dashed day line
and ``[name] [time] text``; the phone apps write each line with its date and time
(``2024년 8월 20일 오후 9:13, name : text`` on Android, ``2024. 8. 20. 오후 9:13, name : text``
on iOS, and their English forms). A message continues on the following lines until the next
record or day line. The file is read line by line; times are the phone's or computer's wall
clock with no zone."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from caseapp.errors import BadImport
from caseapp.evidence.chat.model import (
    ChatInfo,
    ChatMessage,
    ExportFormat,
    LocalTime,
    Media,
    MediaKind,
)
from caseapp.evidence.chat.source import READ_BLOCK, ExportSource, FileHash, HashingReader
from caseapp.i18n import N_

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_AMPM = r"(?P<ap>오전|오후|AM|PM|am|pm|a\.m\.|p\.m\.)"
_HM = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"

# The timestamp that starts a phone record, one shape per app and language.
SHAPES: dict[str, re.Pattern[str]] = {
    "ko_full": re.compile(rf"(?P<y>\d{{4}})년 (?P<mo>\d{{1,2}})월 (?P<d>\d{{1,2}})일 "
                          rf"(?:{_AMPM} )?{_HM}"),
    "ko_dot": re.compile(rf"(?P<y>\d{{4}})\. ?(?P<mo>\d{{1,2}})\. ?(?P<d>\d{{1,2}})\.? "
                         rf"(?:{_AMPM} )?{_HM}(?: ?{_AMPM.replace('ap', 'ap2')})?"),
    "iso": re.compile(rf"(?P<y>\d{{4}})-(?P<mo>\d{{1,2}})-(?P<d>\d{{1,2}}) (?:{_AMPM} )?{_HM}"),
    "time_only": re.compile(rf"{_AMPM} {_HM}"),
    "en_mdy": re.compile(rf"{_MON} (?P<d>\d{{1,2}}), (?P<y>\d{{4}}),? (?:at )?{_HM}"
                         rf"(?: ?{_AMPM})?"),
    "en_tmdy": re.compile(rf"{_HM} ?{_AMPM}, {_MON} (?P<d>\d{{1,2}}), (?P<y>\d{{4}})"),
}
_BRACKET = re.compile(r"\[(?P<name>.*?)\] \[(?P<time>(?:(?:오전|오후) )?\d{1,2}:\d{2}"
                      r"(?: ?(?:AM|PM|am|pm))?)\](?: (?P<text>.*)|$)", re.S)
_BRACKET_TIME = re.compile(rf"(?:{_AMPM} )?{_HM}(?: ?(?P<ap2>AM|PM|am|pm))?")
_DAY_KO = re.compile(r"(?P<y>\d{4})년 (?P<mo>\d{1,2})월 (?P<d>\d{1,2})일(?: [월화수목금토일]요일)?")
_DAY_EN = re.compile(rf"(?:(?:{_WEEKDAYS}), )?{_MON} (?P<d>\d{{1,2}}), (?P<y>\d{{4}})")
_DASHED = re.compile(r"-{3,} ?(?P<day>.+?) ?-{3,}")
_TITLES = (
    re.compile(r"(?P<t>.+?) 님과 카카오톡 대화(?:-\d+)?(?:\.txt)?"),
    re.compile(r"(?P<t>.+?)(?:과|와) 카카오톡 대화(?:-\d+)?(?:\.txt)?"),
    re.compile(r"(?P<t>.+?) 카카오톡 대화(?:-\d+)?(?:\.txt)?"),
    re.compile(r"KakaoTalk Chats with (?P<t>.+?)(?:-\d+)?(?:\.txt)?"),
    re.compile(r"(?P<t>.+?) with KakaoTalk Chats"),
)
_FILE_LINE = re.compile(r"(?:Talk|KakaoTalk)_[\w .:-]*\.txt")
_SAVED = re.compile(r"(?:저장한 날짜|Date Saved)\s*:\s*(?P<v>.*)")
_PC_SYSTEM = (
    re.compile(r".+님이 (?:들어왔습니다|나갔습니다)\.?"),
    re.compile(r".+님이 .+님을? (?:초대했습니다|초대하였습니다|내보냈습니다)\.?"),
    re.compile(r".+님을 내보냈습니다\.?"),
    re.compile(r"채팅방 관리자가 메시지를 가렸습니다\.?"),
    re.compile(r".+ (?:joined|left)(?: this chatroom| the chatroom)?\."),
    re.compile(r".+ invited .+\."),
)
_MEDIA = (
    (re.compile(r"[<(]?(?:사진|photo|Photo|PHOTO)[>)]?|사진 \d+장|Photos? ?\(?\d+\)?"),
     MediaKind.PHOTO),
    (re.compile(r"[<(]?(?:동영상|video|Video|VIDEO)[>)]?"), MediaKind.VIDEO),
    (re.compile(r"[<(]?(?:음성메시지|Voice Message|voice message)[>)]?"), MediaKind.VOICE),
    (re.compile(r"[<(]?(?:이모티콘|[Ee]moticons?)[>)]?"), MediaKind.STICKER),
)
_FILE = re.compile(r"(?:파일|File): (?P<name>.+)")
_DELETED = re.compile(r"삭제된 메시지입니다\.?|메시지가 삭제되었습니다\.?|This message was "
                      r"deleted\.?|Message deleted\.?")
HEAD_LINES = 400          # lines looked at to recognise the layout
MAX_HEADER_EXTRA = 6      # unrecognised lines tolerated before the first record
MAX_MESSAGE = 4 << 20     # characters in one message; more means this is not a chat


def media_of(text: str) -> tuple[Media | None, bool]:
    """The media a placeholder text stands for (KakaoTalk text exports carry no files), and
    whether the text says the message was deleted."""
    body = text.strip()
    if _DELETED.fullmatch(body):
        return None, True
    for pattern, kind in _MEDIA:
        if pattern.fullmatch(body):
            return Media(kind, None, None, None, missing="not included in a text export"), \
                False
    found = _FILE.fullmatch(body)
    if found:
        return Media(MediaKind.FILE, None, found.group("name")[:300], None,
                     missing="not included in a text export"), False
    return None, False


def _hour(h: int, ampm: str | None) -> int | None:
    if not ampm:
        return h if 0 <= h <= 23 else None
    if not 1 <= h <= 12 and not (h == 0 and ampm in ("오전", "AM", "am")):
        return None
    pm = ampm in ("오후", "PM", "pm", "p.m.")
    if h == 12:
        return 12 if pm else 0
    return h + 12 if pm else h


def _month(match: re.Match[str]) -> int | None:
    if match.groupdict().get("mo"):
        return int(match.group("mo"))
    name = (match.groupdict().get("mon") or "").lower()
    return MONTHS.get(name)


def _date_of(match: re.Match[str]) -> date | None:
    month = _month(match)
    if month is None:
        return None
    try:
        return date(int(match.group("y")), month, int(match.group("d")))
    except ValueError:
        return None


def _time_of(match: re.Match[str], day: date | None) -> datetime | None:
    groups = match.groupdict()
    if groups.get("y"):
        day = _date_of(match)
    if day is None:
        return None
    ampm = groups.get("ap") or groups.get("ap2")
    hour = _hour(int(match.group("h")), ampm)
    if hour is None:
        return None
    try:
        return datetime(day.year, day.month, day.day, hour, int(match.group("mi")),
                        int(groups.get("s") or 0))
    except ValueError:
        return None


def day_line(line: str) -> date | bool | None:
    """The date a day line names; False when the line is no day line; None when it looks
    like one but names no real date."""
    text = line.strip()
    dashed = _DASHED.fullmatch(text)
    if dashed:
        text = dashed.group("day").strip()
    for pattern in (_DAY_KO, _DAY_EN):
        match = pattern.fullmatch(text)
        if match:
            return _date_of(match)
    return None if dashed else False


@dataclass(slots=True)
class _Record:
    """A line that starts a message or a notice."""

    time: datetime | None
    sender: str | None     # None: a notice (joined, left, invited)
    text: str
    bad_time: bool = False


def phone_record(shape: re.Pattern[str], line: str, day: date | None) -> _Record | str | None:
    """A phone-app record line; "day" for a line that is only a date and time (Android's day
    line); None when the line is not a record."""
    match = shape.match(line)
    if match is None:
        return None
    rest = line[match.end():]
    when = _time_of(match, day)
    if rest.strip() == "":
        return "day" if when is not None else None
    if rest.startswith(", "):
        after = rest[2:]
        sender, sep, text = after.partition(" : ")
        if not sep and after.endswith(" :"):
            sender, sep, text = after[:-2], " :", ""
        if sep:
            if not sender.strip():
                return _Record(when, None, text, when is None)
            return _Record(when, sender, text, when is None)
        return _Record(when, None, after, when is None)
    if rest.startswith(": "):
        return _Record(when, None, rest[2:], when is None)
    return None


def bracket_record(line: str, day: date | None) -> _Record | None:
    match = _BRACKET.fullmatch(line)
    if match is None:
        return None
    time_match = _BRACKET_TIME.fullmatch(match.group("time"))
    when = _time_of(time_match, day) if time_match else None
    name = match.group("name")
    return _Record(when, name if name else None, match.group("text") or "", when is None)


@dataclass(frozen=True, slots=True)
class Layout:
    shape: str            # a key of SHAPES, or "bracket" for the PC apps
    encoding: str
    title: str
    saved_at: str
    header_lines: int     # lines before the conversation starts


def recognise(lines: list[str], encoding: str) -> Layout | None:
    """The layout of a KakaoTalk text export from its first lines, or None."""
    title = ""
    saved = ""
    header = 0
    extra = 0
    for index, line in enumerate(lines[:12]):
        text = line.strip()
        if not text:
            continue
        saved_match = _SAVED.fullmatch(text)
        if saved_match:
            saved = saved_match.group("v").strip()
            header = index + 1
            continue
        if not title:
            found = next((m for p in _TITLES if (m := p.fullmatch(text))), None)
            if found:
                title = found.group("t").strip()
                header = index + 1
                continue
        if _FILE_LINE.fullmatch(text):
            header = index + 1
            continue
        break
    counts = dict.fromkeys([*SHAPES, "bracket"], 0)
    day: date | None = None
    for line in lines[header:]:
        found_day = day_line(line)
        if found_day:
            day = found_day if isinstance(found_day, date) else day
            continue
        if bracket_record(line, day or date(2000, 1, 1)):
            counts["bracket"] += 1
        for name, shape in SHAPES.items():
            record = phone_record(shape, line, day or date(2000, 1, 1))
            if isinstance(record, _Record) and (record.sender or name != "time_only"):
                counts[name] += 1
        if not any(counts.values()) and line.strip() and not found_day:
            extra += 1
            if extra > MAX_HEADER_EXTRA:
                return None
    best = max(counts, key=lambda k: counts[k])
    if counts[best] == 0 or (counts[best] < 2 and not (title or saved)):
        return None
    return Layout(best, encoding, title, saved, header)


def sniff_encoding(head: bytes) -> str | None:
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        codecs.getincrementaldecoder("cp949")("strict").decode(head, final=False)
        return "cp949"
    except UnicodeDecodeError:
        return None


def decoded_lines(stream: object, encoding: str) -> Iterator[str]:
    """Lines of a text stream without their line ends (CR, LF or CRLF)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    pending = ""
    while True:
        block = stream.read(READ_BLOCK)  # type: ignore[attr-defined]
        try:
            text = decoder.decode(block, final=not block)
        except UnicodeDecodeError:
            raise BadImport(N_("The conversation file is damaged: some bytes are not "
                               "readable text.")) from None
        if "\x00" in text:
            raise BadImport(N_("The conversation file is damaged: it holds binary data."))
        pending += text
        if block and pending.endswith("\r"):
            held, pending = "\r", pending[:-1]  # its \n may come with the next block
        else:
            held = ""
        parts = pending.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        pending = parts.pop() + held
        yield from parts
        if len(pending) > MAX_MESSAGE:
            raise BadImport(N_("The conversation file is damaged: a line is far too long."))
        if not block:
            break
    if pending:
        yield pending


class KakaoTextExport:
    format = ExportFormat.KAKAO

    def __init__(self, source: ExportSource, main: str, layout: Layout) -> None:
        self.source = source
        self.main = main
        self.layout = layout
        self.chats: list[ChatInfo] = []
        self.files: list[FileHash] = []

    def messages(self) -> Iterator[ChatMessage]:
        chat = ChatInfo(name=self.layout.title, saved_at=self.layout.saved_at)
        self.chats = [chat]
        self.files = []
        with self.source.open(self.main) as raw:
            reader = HashingReader(raw)
            yield from _Conversation(chat, self.layout).read(
                decoded_lines(reader, self.layout.encoding))
            reader.read_rest()
            self.files = [FileHash(self.main, reader.digest.hexdigest(), reader.size)]


def bad_line(number: int) -> BadImport:
    return BadImport(N_("The conversation file is damaged at line {line}: the date or time "
                        "cannot be read."), line=number)


class _Conversation:
    """Turns lines into messages: records, their continuation lines, day lines, notices."""

    def __init__(self, chat: ChatInfo, layout: Layout) -> None:
        self.chat = chat
        self.layout = layout
        self.bracket = layout.shape == "bracket"
        self.shape = None if self.bracket else SHAPES[layout.shape]
        self.day: date | None = None
        self.position = 0
        self.pending: ChatMessage | None = None
        self.pending_lines: list[str] = []
        self.pending_size = 0
        self.minute: datetime | None = None
        self.seen: dict[tuple[str, str], int] = {}

    def read(self, lines: Iterator[str]) -> Iterator[ChatMessage]:
        started = False
        extra = 0
        for number, line in enumerate(lines, start=1):
            if number <= self.layout.header_lines:
                continue
            found_day = day_line(line)
            if found_day is None:
                raise bad_line(number)
            if found_day:
                assert isinstance(found_day, date)
                yield from self._flush()
                self.day = found_day
                started = True
                continue
            record = self._record(line)
            if record == "day":
                yield from self._flush()
                started = True
                continue
            if isinstance(record, _Record):
                if record.bad_time:
                    raise bad_line(number)
                yield from self._flush()
                self._start(record, number)
                started = True
                continue
            if self.bracket and started and any(p.fullmatch(line.strip()) for p in _PC_SYSTEM):
                yield from self._flush()
                self._start(_Record(None, None, line.strip()), number)
                continue
            if self.pending is not None:
                self.pending_lines.append(line)
                self.pending_size += len(line) + 1
                if self.pending_size > MAX_MESSAGE:
                    raise BadImport(N_("The conversation file is damaged: a message is far "
                                       "too long."))
                continue
            if line.strip():
                extra += 1
                if started or extra > MAX_HEADER_EXTRA:
                    raise BadImport(N_("The conversation file is damaged at line {line}: it "
                                       "is not a message, a date line or part of one."),
                                    line=number)
        yield from self._flush()

    def _record(self, line: str) -> _Record | str | None:
        if self.bracket:
            return bracket_record(line, self.day)
        assert self.shape is not None
        record = phone_record(self.shape, line, self.day)
        if isinstance(record, _Record) and record.time is None and self.day is None \
                and self.layout.shape == "time_only":
            return _Record(None, record.sender, record.text, bad_time=True)
        return record

    def _start(self, record: _Record, number: int) -> None:
        self.position += 1
        time = LocalTime(record.time) if record.time else None
        self.pending = ChatMessage(self.chat, self.position, time, record.sender,
                                   service=record.sender is None, line=number)
        self.pending_lines = [record.text]
        self.pending_size = len(record.text)

    def _flush(self) -> Iterator[ChatMessage]:
        message = self.pending
        if message is None:
            return
        self.pending = None
        lines = self.pending_lines
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()  # the blank lines before a day line belong to no message
        message.text = "\n".join(lines)
        if not message.service:
            message.media, message.deleted = media_of(message.text)
        wall = message.time.wall if message.time else None
        if wall != self.minute:
            self.minute = wall
            self.seen = {}
        key = (message.sender_name or "", message.text)
        message.occurrence = self.seen.get(key, 0)
        self.seen[key] = message.occurrence + 1
        yield message
