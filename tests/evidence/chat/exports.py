"""Realistic chat exports built in tmp folders: Telegram Desktop JSON and HTML (one chat and a
whole account, with photos, a real small video and a file the export left out) and KakaoTalk
text and CSV in the layouts of the Windows, macOS, Android and iOS apps, in Korean and English.
The layouts follow Telegram Desktop's export writer and saved KakaoTalk conversations; every
name and text here is made up."""

from __future__ import annotations

import html
import io
import json
import re
import struct
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image

from tests.evidence.conftest import encode, structured_image

KST = timezone(timedelta(hours=9))
ROOM = "지인능욕방 Deepfake room"
ROOM_ID = 1987654321
SUSPECT = ("Dark Lord 🕶", "user5012345678")
VICTIM = ("김하늘", "user4400112233")
OTHER = ("익명의 회원", "user7788990011")


@dataclass
class Msg:
    """One message of the synthetic conversation, in KST."""

    id: int
    at: datetime
    sender: tuple[str, str] | None      # None: a service message
    text: str = ""
    photo: int | None = None            # seed of the photo attached
    video: bool = False
    missing_file: str | None = None     # a document the export did not include
    forwarded_from: str | None = None
    reply_to: int | None = None
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, href) text links
    action: str = ""


def conversation() -> list[Msg]:
    d = datetime(2024, 8, 20, 21, 13, 5, tzinfo=KST)
    return [
        Msg(101, d, None, action="invite_members", text="Dark Lord 🕶 invited 김하늘"),
        Msg(102, d + timedelta(seconds=40), SUSPECT, "여기 올린 사진 봐라\n지우려면 돈 보내"),
        Msg(103, d + timedelta(minutes=1), SUSPECT, "", photo=1),
        Msg(104, d + timedelta(minutes=2), VICTIM, "제발 지워주세요 <b>&amp;</b> \\ \"quotes\""),
        Msg(105, d + timedelta(minutes=3), SUSPECT, "영상도 있음", video=True),
        Msg(106, d + timedelta(minutes=4), OTHER, "이 링크 보세요",
            links=[("이 링크", "https://t.me/another_room/55")]),
        Msg(107, d + timedelta(minutes=5), SUSPECT, "", missing_file="contract.pdf"),
        Msg(108, d + timedelta(hours=2, minutes=50), SUSPECT, "forwarded copy", photo=2,
            forwarded_from="Channel of Shame"),
        Msg(109, d + timedelta(hours=2, minutes=51), VICTIM, "경찰에 신고할게요\x0bnow",
            reply_to=102),
        Msg(110, d + timedelta(hours=2, minutes=52), SUSPECT, "해봐 ㅋㅋ", photo=1),
    ]


# --- media ---------------------------------------------------------------------------------

def photo_bytes(seed: int) -> bytes:
    return encode(structured_image(seed, (320, 240)), "JPEG", quality=85)


def video_bytes(frames: int = 6) -> bytes:
    """A real, playable QuickTime movie: Motion-JPEG frames of a moving square, 4 fps."""
    jpegs = []
    for n in range(frames):
        image = Image.new("RGB", (64, 48), (30, 30, 30))
        image.paste((200, 40 + n * 30, 60), (n * 8, 10, n * 8 + 16, 26))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=80)
        jpegs.append(out.getvalue())

    def box(kind: bytes, *payload: bytes) -> bytes:
        body = b"".join(payload)
        return struct.pack(">I4s", 8 + len(body), kind) + body

    def full(kind: bytes, version_flags: int, *payload: bytes) -> bytes:
        return box(kind, struct.pack(">I", version_flags), *payload)

    timescale, per_frame = 600, 150
    duration = per_frame * frames
    ftyp = box(b"ftyp", b"qt  ", struct.pack(">I", 0x200), b"qt  ")
    mdat_payload = b"".join(jpegs)
    mdat = box(b"mdat", mdat_payload)
    first_chunk = len(ftyp) + 8
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = full(b"mvhd", 0, struct.pack(">IIII", 0, 0, timescale, duration),
                struct.pack(">IH", 0x10000, 0x100), b"\0" * 10, matrix, b"\0" * 24,
                struct.pack(">I", 2))
    tkhd = full(b"tkhd", 0xF, struct.pack(">IIIII", 0, 0, 1, 0, duration), b"\0" * 8,
                struct.pack(">HHHH", 0, 0, 0, 0), matrix, struct.pack(">II", 64 << 16, 48 << 16))
    mdhd = full(b"mdhd", 0, struct.pack(">IIII", 0, 0, timescale, duration),
                struct.pack(">HH", 0, 0))
    hdlr = full(b"hdlr", 0, b"mhlr", b"vide", b"\0" * 12, b"\x0bVideoHandle")
    sample_entry = (b"\0" * 6 + struct.pack(">H", 1) + struct.pack(">HH", 0, 0) + b"appl"
                    + struct.pack(">II", 0, 512) + struct.pack(">HH", 64, 48)
                    + struct.pack(">II", 72 << 16, 72 << 16) + struct.pack(">IH", 0, 1)
                    + bytes([12]) + b"Photo - JPEG".ljust(31, b"\0") + struct.pack(">hh", 24, -1))
    stsd = full(b"stsd", 0, struct.pack(">I", 1), box(b"jpeg", sample_entry))
    stts = full(b"stts", 0, struct.pack(">III", 1, frames, per_frame))
    stsc = full(b"stsc", 0, struct.pack(">IIII", 1, 1, frames, 1))
    stsz = full(b"stsz", 0, struct.pack(">II", 0, frames), *(struct.pack(">I", len(j))
                                                            for j in jpegs))
    stco = full(b"stco", 0, struct.pack(">II", 1, first_chunk))
    vmhd = full(b"vmhd", 1, struct.pack(">HHHH", 0x40, 0x8000, 0x8000, 0x8000))
    dref = full(b"dref", 0, struct.pack(">I", 1), full(b"alis", 1))
    minf = box(b"minf", vmhd, box(b"dinf", dref), box(b"stbl", stsd, stts, stsc, stsz, stco))
    trak = box(b"trak", tkhd, box(b"mdia", mdhd, hdlr, minf))
    moov = box(b"moov", mvhd, trak)
    return ftyp + mdat + moov


VIDEO_SECONDS = 6 * 150 / 600


# --- Telegram Desktop JSON -------------------------------------------------------------------

_JSON_CONTROL = re.compile(r"(?<!\\)((?:\\\\)*)\\u00([01][0-9a-fA-F])")


def tdesktop_json(value: object) -> str:
    """JSON as Telegram Desktop writes it: one-space indents, control characters other than
    tab, CR and LF as \\xHH."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return _JSON_CONTROL.sub(lambda m: m.group(1) + "\\x" + m.group(2).upper(), text)


def _photo_name(n: int, at: datetime) -> str:
    return f"photo_{n}@{at:%d-%m-%Y_%H-%M-%S}.jpg"


def _media_files(msgs: list[Msg], folder: Path, prefix: str) -> dict[int, dict[str, object]]:
    """Writes each message's media under ``folder`` and returns the JSON fields."""
    found: dict[int, dict[str, object]] = {}
    photos = videos = 0
    for m in msgs:
        if m.photo is not None:
            photos += 1
            name = _photo_name(photos, m.at)
            data = photo_bytes(m.photo)
            (folder / "photos").mkdir(parents=True, exist_ok=True)
            (folder / "photos" / name).write_bytes(data)
            found[m.id] = {"photo": f"{prefix}photos/{name}", "photo_file_size": len(data),
                           "width": 320, "height": 240}
        elif m.video:
            videos += 1
            name = f"video_{videos}@{m.at:%d-%m-%Y_%H-%M-%S}.mov"
            data = video_bytes()
            (folder / "video_files").mkdir(parents=True, exist_ok=True)
            (folder / "video_files" / name).write_bytes(data)
            found[m.id] = {"file": f"{prefix}video_files/{name}", "file_name": "clip.mov",
                           "file_size": len(data), "media_type": "video_file",
                           "mime_type": "video/quicktime", "duration_seconds": 2,
                           "width": 64, "height": 48}
        elif m.missing_file:
            found[m.id] = {"file": "(File not included. Change data exporting settings to "
                                   "download.)", "file_name": m.missing_file,
                           "file_size": 123456, "mime_type": "application/pdf"}
    return found


def json_message(m: Msg, media: dict[str, object], *, unixtime: bool = True
                 ) -> dict[str, object]:
    local = m.at.replace(tzinfo=None)
    out: dict[str, object] = {"id": m.id, "type": "service" if m.sender is None else "message",
                              "date": local.isoformat()}
    if unixtime:
        out["date_unixtime"] = str(int(m.at.timestamp()))
    if m.sender is None:
        out.update({"actor": SUSPECT[0], "actor_id": SUSPECT[1], "action": m.action,
                    "members": [VICTIM[0]], "text": "", "text_entities": []})
        return out
    out["from"] = m.sender[0]
    out["from_id"] = m.sender[1]
    if m.forwarded_from:
        out["forwarded_from"] = m.forwarded_from
    if m.reply_to:
        out["reply_to_message_id"] = m.reply_to
    out.update(media)
    if m.links:
        parts: list[object] = []
        rest = m.text
        for label, href in m.links:
            before, _, rest = rest.partition(label)
            if before:
                parts.append(before)
            parts.append({"type": "text_link", "text": label, "href": href})
        if rest:
            parts.append(rest)
        out["text"] = parts
    else:
        out["text"] = m.text
    out["text_entities"] = [{"type": "plain", "text": m.text}] if m.text else []
    return out


def telegram_json_chat(folder: Path, msgs: list[Msg] | None = None, *, unixtime: bool = True,
                       chat_type: str = "private_supergroup") -> Path:
    msgs = conversation() if msgs is None else msgs
    folder.mkdir(parents=True, exist_ok=True)
    media = _media_files(msgs, folder, "")
    doc = {"name": ROOM, "type": chat_type, "id": ROOM_ID,
           "messages": [json_message(m, media.get(m.id, {}), unixtime=unixtime) for m in msgs]}
    path = folder / "result.json"
    path.write_text(tdesktop_json(doc), encoding="utf-8")
    return path


def telegram_json_account(folder: Path) -> Path:
    """A whole-account export: personal data sections, then chats.list and left_chats."""
    folder.mkdir(parents=True, exist_ok=True)
    msgs = conversation()
    chat_dir = folder / "chats" / "chat_01"
    chat_dir.mkdir(parents=True)
    media = _media_files(msgs, chat_dir, "chats/chat_01/")
    other = [Msg(1, datetime(2024, 8, 1, 9, 0, tzinfo=KST), VICTIM, "엄마 오늘 늦어요")]
    doc = {
        "about": "Here is the data you requested. Remember: Telegram is ad free…",
        "personal_information": {"user_id": 4400112233, "first_name": "하늘",
                                 "last_name": "김", "phone_number": "+82 10 0000 0000",
                                 "bio": ""},
        "contacts": {"about": "This is your contact list.", "list": [
            {"first_name": "엄마", "last_name": "", "phone_number": "+82 10 1111 1111",
             "date": "2020-01-01T00:00:00", "date_unixtime": "1577804400"}] * 50},
        "frequent_contacts": {"about": "…", "list": []},
        "chats": {"about": "This page lists all chats from this export.", "list": [
            {"name": ROOM, "type": "private_supergroup", "id": ROOM_ID,
             "messages": [json_message(m, media.get(m.id, {})) for m in msgs]},
            {"name": "엄마", "type": "personal_chat", "id": 1111111111,
             "messages": [json_message(m, {}) for m in other]},
        ]},
        "left_chats": {"about": "This page lists all supergroups and channels you left.",
                       "list": [{"name": "Old channel", "type": "public_channel",
                                 "id": 1500000001, "messages": []}]},
    }
    path = folder / "result.json"
    path.write_text(tdesktop_json(doc), encoding="utf-8")
    return path


# --- Telegram Desktop HTML ---------------------------------------------------------------------

class _Html:
    """Writes tags the way Telegram Desktop's HtmlContext does (block tags on their own
    indented lines)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.depth = 0

    def push(self, tag: str, **attrs: str) -> None:
        inner = "".join(f' {k.rstrip("_")}="{html.escape(v, quote=True)}"'
                        for k, v in attrs.items())
        self.out.append("\n" + " " * self.depth + f"<{tag}{inner}>\n")
        self.depth += 1

    def div(self, cls: str, **attrs: str) -> None:
        self.push("div", class_=cls, **attrs)

    def pop(self, tag: str = "div") -> None:
        self.depth -= 1
        self.out.append("\n" + " " * self.depth + f"</{tag}>\n")

    def raw(self, text: str) -> None:
        self.out.append(text)

    def text(self, value: str) -> None:
        self.out.append(html.escape(value, quote=True).replace("\n", "<br>"))


def _title(at: datetime, with_offset: bool) -> str:
    text = f"{at:%d.%m.%Y %H:%M:%S}"
    return text + " UTC+09:00" if with_offset else text


def html_page(name: str, msgs: list[Msg], media: dict[int, dict[str, object]], base: str, *,
              with_offset: bool = True, previous_page: str | None = None,
              next_page: str | None = None) -> str:
    h = _Html()
    h.raw('<!DOCTYPE html>\n<html>\n<head>\n <meta charset="utf-8"/>\n'
          f' <title>Exported Data</title>\n <link href="{base}css/style.css" rel="stylesheet"/>'
          "\n</head>\n<body>")
    h.div("page_wrap")
    h.div("page_header")
    h.div("content")
    h.div("text bold")
    h.text(name)
    h.pop()
    h.pop()
    h.pop()
    h.div("page_body chat_page")
    h.div("history")
    if previous_page:
        h.push("a", class_="pagination block_link", href=previous_page)
        h.raw("Previous messages")
        h.pop("a")
    last_day = None
    previous_sender = None
    for m in msgs:
        if m.at.date() != last_day:
            last_day = m.at.date()
            h.div("message service", id=f"message-{m.id}")
            h.div("body details")
            h.raw(f"{m.at.day} {m.at:%B %Y}")
            h.pop()
            h.pop()
            previous_sender = None
        if m.sender is None:
            h.div("message service", id=f"message{m.id}")
            h.div("body details")
            h.text(m.text)
            h.pop()
            h.pop()
            previous_sender = None
            continue
        joined = previous_sender == m.sender and not m.forwarded_from
        h.div("message default clearfix" + (" joined" if joined else ""), id=f"message{m.id}")
        if not joined:
            h.div("pull_left userpic_wrap")
            h.div("userpic userpic2", style="width: 42px; height: 42px")
            h.div("initials", style="line-height: 42px")
            h.raw(m.sender[0][:1])
            h.pop()
            h.pop()
            h.pop()
        h.div("body")
        h.div("pull_right date details", title=_title(m.at, with_offset))
        h.raw(f"{m.at:%H:%M}")
        h.pop()
        if not joined:
            h.div("from_name")
            h.text(m.sender[0])
            h.pop()
        if m.forwarded_from:
            h.div("pull_left forwarded userpic_wrap")
            h.pop()
            h.div("forwarded body")
            h.div("from_name")
            h.text(m.forwarded_from)
            h.push("span", class_="date details", title=_title(m.at, with_offset))
            h.raw(f" {m.at:%d.%m.%Y %H:%M:%S}")
            h.pop("span")
            h.pop()
        if m.reply_to:
            h.div("reply_to details")
            h.raw("In reply to ")
            h.raw(f'<a href="#go_to_message{m.reply_to}" onclick="return '
                  f'GoToMessage({m.reply_to})">this message</a>')
            h.pop()
        found = media.get(m.id, {})
        if "photo" in found:
            h.div("media_wrap clearfix")
            h.push("a", class_="photo_wrap clearfix pull_left", href=base + str(found["photo"]))
            h.raw(f'<img class="photo" src="{base}{found["photo"]}_thumb.jpg" '
                  'style="width: 260px; height: 195px"/>')
            h.pop("a")
            h.pop()
        elif "file" in found and not str(found["file"]).startswith("("):
            h.div("media_wrap clearfix")
            h.push("a", class_="video_file_wrap clearfix pull_left",
                   href=base + str(found["file"]))
            h.div("video_play_bg")
            h.div("video_play")
            h.pop()
            h.pop()
            h.pop("a")
            h.pop()
        elif "file" in found:
            h.div("media_wrap clearfix")
            h.div("media clearfix pull_left media_file")
            h.div("fill pull_left")
            h.pop()
            h.div("body")
            h.div("title bold")
            h.text(str(found.get("file_name", "")))
            h.pop()
            h.div("description")
            h.raw("File not included. Change data exporting settings to download.")
            h.pop()
            h.div("status details")
            h.raw("120.6 KB")
            h.pop()
            h.pop()
            h.pop()
            h.pop()
        if m.text:
            h.div("text")
            text = m.text
            for label, href in m.links:
                before, _, after = text.partition(label)
                h.text(before)
                h.raw(f'<a href="{html.escape(href)}">{html.escape(label)}</a>')
                text = after
            h.text(text.replace("\x0b", "\x0b"))
            h.pop()
        if m.forwarded_from:
            h.pop()
        h.pop()
        h.pop()
        previous_sender = m.sender
    if next_page:
        h.push("a", class_="pagination block_link", href=next_page)
        h.raw("Next messages")
        h.pop("a")
    h.pop()
    h.pop()
    h.pop()
    h.raw("\n</body>\n</html>\n")
    return "".join(h.out)


def telegram_html_chat(folder: Path, msgs: list[Msg] | None = None, *, per_page: int = 4,
                       with_offset: bool = True, base: str = "", prefix: str = "") -> Path:
    msgs = conversation() if msgs is None else msgs
    folder.mkdir(parents=True, exist_ok=True)
    media = _media_files(msgs, folder, prefix)
    pages = [msgs[i:i + per_page] for i in range(0, len(msgs), per_page)] or [[]]

    def page_name(n: int) -> str:
        return "messages.html" if n == 0 else f"messages{n + 1}.html"

    for n, chunk in enumerate(pages):
        (folder / page_name(n)).write_text(html_page(
            ROOM, chunk, media, base, with_offset=with_offset,
            previous_page=page_name(n - 1) if n else None,
            next_page=page_name(n + 1) if n + 1 < len(pages) else None), encoding="utf-8")
    return folder / "messages.html"


def telegram_html_account(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    telegram_html_chat(folder / "chats" / "chat_01", base="../../",
                       prefix="chats/chat_01/")
    other = [Msg(1, datetime(2024, 8, 1, 9, 0, tzinfo=KST), VICTIM, "엄마 오늘 늦어요")]
    (folder / "chats" / "chat_02").mkdir(parents=True)
    (folder / "chats" / "chat_02" / "messages.html").write_text(
        html_page("엄마", other, {}, "../../"), encoding="utf-8")
    (folder / "lists").mkdir()
    (folder / "lists" / "chats.html").write_text('<div class="page_wrap"></div>',
                                                 encoding="utf-8")
    index = folder / "export_results.html"
    index.write_text('<!DOCTYPE html>\n<html><body>\n<div class="page_wrap">\n'
                     '<div class="page_header"><div class="content"><div class="text bold">'
                     "Exported Data</div></div></div>\n<div class=\"page_body\">"
                     '<a class="section block_link chats" href="lists/chats.html#allow_back">'
                     "Chats</a></div></div></body></html>\n", encoding="utf-8")
    return index


# --- KakaoTalk ---------------------------------------------------------------------------------

KAKAO_ROOM = "지인능욕방"


def kakao_conversation() -> list[Msg]:
    """The same exchange as KakaoTalk keeps it: minute times, media as placeholders."""
    d = datetime(2024, 8, 20, 21, 13, tzinfo=KST)
    return [
        Msg(1, d, None, "Dark Lord 🕶님이 김하늘님을 초대했습니다."),
        Msg(2, d, SUSPECT, "여기 올린 사진 봐라\n지우려면 돈 보내"),
        Msg(3, d + timedelta(minutes=1), SUSPECT, "사진"),
        Msg(4, d + timedelta(minutes=2), VICTIM, "제발 지워주세요 : 부탁해요"),
        Msg(5, d + timedelta(minutes=2), VICTIM, "제발 지워주세요 : 부탁해요"),
        Msg(6, d + timedelta(minutes=3), SUSPECT, "동영상"),
        Msg(7, d + timedelta(minutes=4), OTHER, "삭제된 메시지입니다."),
        Msg(8, d + timedelta(hours=2, minutes=50), SUSPECT, "[공지] 오후 3:00 회의\n\n끝"),
        Msg(9, d + timedelta(hours=2, minutes=51), VICTIM, "경찰에 신고할게요"),
        Msg(10, d + timedelta(hours=2, minutes=52), SUSPECT, "파일: contract.pdf"),
    ]


_EN_PLACEHOLDERS = {"사진": "Photo", "동영상": "Video", "삭제된 메시지입니다.":
                    "This message was deleted.", "파일: contract.pdf": "File: contract.pdf"}
_EN_SYSTEM = {"Dark Lord 🕶님이 김하늘님을 초대했습니다.": "Dark Lord 🕶 invited 김하늘."}


def _ko_ampm(at: datetime) -> str:
    hour = at.hour % 12 or 12
    return f"{'오전' if at.hour < 12 else '오후'} {hour}:{at:%M}"


def _en_ampm(at: datetime, space: bool = True) -> str:
    hour = at.hour % 12 or 12
    return f"{hour}:{at:%M}{' ' if space else ''}{'AM' if at.hour < 12 else 'PM'}"


_KO_DAYS = "월화수목금토일"


def kakao_text(layout: str, msgs: list[Msg] | None = None) -> str:
    """A saved KakaoTalk conversation. ``layout``: windows_ko, windows_en, android_ko,
    android_en, ios_ko, ios_en."""
    msgs = kakao_conversation() if msgs is None else msgs
    english = layout.endswith("_en")
    saved = datetime(2024, 8, 21, 1, 2, 3)
    lines: list[str] = []

    def body(m: Msg) -> str:
        return _EN_PLACEHOLDERS.get(m.text, m.text) if english else m.text

    if layout.startswith("windows"):
        lines += [f"{KAKAO_ROOM} with KakaoTalk Chats" if english
                  else f"{KAKAO_ROOM} 님과 카카오톡 대화",
                  f"{'Date Saved' if english else '저장한 날짜'} : {saved:%Y-%m-%d %H:%M:%S}", ""]
        day = None
        for m in msgs:
            if m.at.date() != day:
                day = m.at.date()
                weekday = _KO_DAYS[m.at.weekday()]
                label = (f"{m.at:%A}, {m.at:%B} {m.at.day}, {m.at.year}" if english else
                         f"{m.at.year}년 {m.at.month}월 {m.at.day}일 {weekday}요일")
                lines.append(f"--------------- {label} ---------------")
            if m.sender is None:
                lines.append(_EN_SYSTEM.get(m.text, m.text) if english else m.text)
                continue
            when = _en_ampm(m.at) if english else _ko_ampm(m.at)
            lines.append(f"[{m.sender[0]}] [{when}] {body(m)}")
    elif layout.startswith("android"):
        lines += [f"KakaoTalk Chats with {KAKAO_ROOM}" if english
                  else f"{KAKAO_ROOM} 님과 카카오톡 대화",
                  f"Date Saved : {_en_ampm(saved, False).lower()}, {saved:%B} {saved.day}, "
                  f"{saved.year}" if english else
                  f"저장한 날짜 : {saved.year}년 {saved.month}월 {saved.day}일 {_ko_ampm(saved)}",
                  "", ""]
        day = None
        for m in msgs:
            stamp = (f"{_en_ampm(m.at, False).lower()}, {m.at:%B} {m.at.day}, {m.at.year}"
                     if english else
                     f"{m.at.year}년 {m.at.month}월 {m.at.day}일 {_ko_ampm(m.at)}")
            if m.at.date() != day:
                if day is not None:
                    lines.append("")
                day = m.at.date()
                lines.append(stamp)
            if m.sender is None:
                lines.append(f"{stamp}, {_EN_SYSTEM.get(m.text, m.text) if english else m.text}")
            else:
                lines.append(f"{stamp}, {m.sender[0]} : {body(m)}")
    elif layout.startswith("ios"):
        lines += [f"Talk_{saved.year}.{saved.month}.{saved.day} {saved:%H:%M}-1.txt",
                  f"Date Saved : {saved:%b} {saved.day}, {saved.year} at {saved:%H:%M}"
                  if english else
                  f"저장한 날짜 : {saved.year}. {saved.month}. {saved.day}. {_ko_ampm(saved)}", ""]
        day = None
        for m in msgs:
            if m.at.date() != day:
                if day is not None:
                    lines.append("")
                day = m.at.date()
                lines.append(f"{m.at:%A}, {m.at:%B} {m.at.day}, {m.at.year}" if english else
                             f"{m.at.year}년 {m.at.month}월 {m.at.day}일 "
                             f"{_KO_DAYS[m.at.weekday()]}요일")
            stamp = (f"{m.at:%b} {m.at.day}, {m.at.year} at {m.at:%H:%M}" if english else
                     f"{m.at.year}. {m.at.month}. {m.at.day}. {_ko_ampm(m.at)}")
            if m.sender is None:
                lines.append(f"{stamp}: {_EN_SYSTEM.get(m.text, m.text) if english else m.text}")
            else:
                lines.append(f"{stamp}, {m.sender[0]} : {body(m)}")
    else:
        raise ValueError(layout)
    return "\r\n".join(lines) + "\r\n" if layout.startswith("windows") else "\n".join(lines) + "\n"


def kakao_csv(msgs: list[Msg] | None = None, english: bool = False) -> str:
    """What the macOS app saves: the date bare, name and message quoted."""
    msgs = kakao_conversation() if msgs is None else msgs

    def quoted(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    rows = ["Date,User,Message"]
    for n, m in enumerate(msgs):
        text = _EN_PLACEHOLDERS.get(m.text, m.text) if english else m.text
        at = m.at + timedelta(seconds=n)
        rows.append(f"{at:%Y-%m-%d %H:%M:%S},{quoted(m.sender[0] if m.sender else '')},"
                    f"{quoted(text)}")
    return "\n".join(rows) + "\n"


def zip_folder(folder: Path, target: Path, *, inside: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, f"{inside}{path.relative_to(folder).as_posix()}")
    return target
