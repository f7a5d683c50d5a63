"""What every chat parser hands on: the export's chats and, one at a time, their messages,
with times as the export wrote them (local, with the offset or UTC instant where the export
gives one) and media as paths relative to the export."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo

from caseapp.domain.platforms import Platform
from caseapp.errors import BadImport
from caseapp.i18n import N_, translate


class ExportFormat(StrEnum):
    TELEGRAM_JSON = "telegram-json"
    TELEGRAM_HTML = "telegram-html"
    KAKAO = "kakao"

    @property
    def platform(self) -> Platform:
        return Platform.KAKAOTALK if self is ExportFormat.KAKAO else Platform.TELEGRAM

    def label(self, lang: str | None = None) -> str:
        return translate(_FORMAT_LABELS[self], lang)


_FORMAT_LABELS = {
    ExportFormat.TELEGRAM_JSON: N_("Telegram Desktop export (JSON)"),
    ExportFormat.TELEGRAM_HTML: N_("Telegram Desktop export (HTML)"),
    ExportFormat.KAKAO: N_("KakaoTalk conversation"),
}


class MediaKind(StrEnum):
    PHOTO = "photo"
    VIDEO = "video"
    ROUND_VIDEO = "round_video"
    ANIMATION = "animation"
    VOICE = "voice"
    AUDIO = "audio"
    FILE = "file"
    STICKER = "sticker"

    @property
    def counts_as_media(self) -> bool:
        """Stickers and emoticons are decoration, not material: ``--with-media-only`` and the
        preview's media counts leave them out."""
        return self is not MediaKind.STICKER


@dataclass(frozen=True, slots=True)
class Media:
    kind: MediaKind
    path: str | None = None       # relative to the export's root, '/' separated; None: not there
    file_name: str | None = None  # as the export names it
    mime: str | None = None
    missing: str = ""             # why the export has no file (as the export says it)


@dataclass(slots=True)
class ChatInfo:
    """One chat (room, channel, conversation) of an export. ``key`` identifies it across
    exports of the same chat: the platform's chat ID where there is one, else its name."""

    name: str
    chat_type: str = ""
    chat_id: str | None = None
    index: int = 0                # order in the export (0 for a single-chat export)
    saved_at: str = ""            # the export's own "saved on" line, as written

    @property
    def key(self) -> str:
        return f"id:{self.chat_id}" if self.chat_id else f"name:{self.name}"

    @property
    def link_base(self) -> str | None:
        """``https://t.me/c/<id>/`` for a channel or supergroup: every message's link is this
        plus its message ID. A private chat or a basic group has no such link."""
        if self.chat_id and self.chat_id.isdigit() and self.chat_type in _LINKABLE_TYPES:
            return f"https://t.me/c/{self.chat_id}/"
        return None


_LINKABLE_TYPES = frozenset({"private_supergroup", "public_supergroup", "private_channel",
                             "public_channel"})


@dataclass(frozen=True, slots=True)
class LocalTime:
    """A message time as the export wrote it: the wall-clock time of the computer or phone
    that made it, with the UTC offset or instant where the export gives one."""

    wall: datetime                     # naive
    utc: datetime | None = None        # the exact instant, when the export gives it
    offset: timedelta | None = None    # the export's UTC offset, when it gives one

    @property
    def needs_zone(self) -> bool:
        return self.utc is None and self.offset is None

    def resolve(self, zone: str | None) -> datetime:
        """The aware time in the exporting device's zone. A named ``zone`` localises a wall
        time (daylight saving included); an instant the export gives always wins."""
        if self.utc is not None:
            offset = self.wall - self.utc.replace(tzinfo=None)
            minutes = round(offset.total_seconds() / 60)
            if abs(minutes) <= 18 * 60:
                return self.utc.astimezone(_fixed(timedelta(minutes=minutes)))
            return self.utc
        if zone:
            return self.wall.replace(tzinfo=zone_info(zone))
        if self.offset is not None:
            return self.wall.replace(tzinfo=_fixed(self.offset))
        raise BadImport(N_("This export gives only local times. Name the time zone of the "
                           "computer or phone that made it (for example Asia/Seoul)."))


def _fixed(offset: timedelta) -> tzinfo:
    from datetime import timezone

    return UTC if not offset else timezone(offset)


def zone_info(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError):
        raise BadImport(N_("Unknown time zone: {zone}. Use a name like Asia/Seoul."),
                        zone=name[:64]) from None


@dataclass(slots=True)
class ChatMessage:
    chat: ChatInfo
    position: int                        # 1-based order within its chat in this export
    time: LocalTime | None
    sender_name: str | None
    sender_id: str | None = None         # Telegram: "user123456789" as exported
    text: str = ""
    message_id: str | None = None        # Telegram message ID; None for KakaoTalk
    service: bool = False                # joins, leaves, invitations, date lines
    media: Media | None = None
    reply_to: str | None = None
    forwarded_from: str | None = None
    edited: str | None = None            # when it was edited, as the export wrote it
    deleted: bool = False                # a "this message was deleted" placeholder
    links: tuple[str, ...] = ()          # hidden link targets of text links
    line: int | None = None              # line in a text export, for the counsellor
    occurrence: int = 0                  # same time, sender and text seen before (Kakao)
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def participant_key(self) -> str | None:
        if self.sender_id:
            return f"id:{self.sender_id}"
        if self.sender_name:
            return f"name:{self.sender_name}"
        return None

    @property
    def key(self) -> str:
        """Stable across two exports of the same chat: the message ID where the platform has
        one; else a digest of time, sender, text and how many identical ones came before."""
        if self.message_id:
            return self.message_id
        when = self.time.wall.isoformat() if self.time else ""
        raw = "\x1f".join((when, self.sender_name or "", self.text, str(self.occurrence)))
        return "k:" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    @property
    def has_media(self) -> bool:
        return self.media is not None and self.media.kind.counts_as_media

    @property
    def link(self) -> str | None:
        base = self.chat.link_base
        return f"{base}{self.message_id}" if base and self.message_id else None
