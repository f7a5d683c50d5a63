"""Evidence records: what was collected (a file, a link, a chat log, a note), where it was
found, its hashes, and its chain of custody. Content itself lives in evidence.db."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from caseapp.domain import fields
from caseapp.domain.fields import Moment
from caseapp.domain.hash_lists import HashListMatch
from caseapp.domain.platforms import Platform
from caseapp.i18n import N_, translate


class EvidenceKind(StrEnum):
    FILE = "file"          # an image, video, document or export the counsellor holds
    URL = "url"            # a link only: the material stays where it is
    CHAT_LOG = "chat_log"  # a chat export or transcript
    NOTE = "note"          # an observation with no file and no link

    def label(self, lang: str | None = None) -> str:
        return translate(_KIND_LABELS[self], lang)


_KIND_LABELS = {
    EvidenceKind.FILE: N_("File"),
    EvidenceKind.URL: N_("Link"),
    EvidenceKind.CHAT_LOG: N_("Chat log"),
    EvidenceKind.NOTE: N_("Note"),
}


class CustodyAction(StrEnum):
    ACQUIRED = "acquired"
    VIEWED = "viewed"
    REVEALED = "revealed"
    EXPORTED = "exported"
    VERIFIED = "verified"
    CONTENT_DISCARDED = "content_discarded"
    CONTENT_REMOVED = "content_removed"    # kept content removed: consent withdrawn
    RECEIVED = "received"                  # arrived in a case bundle from another store
    DELETED = "deleted"

    def label(self, lang: str | None = None) -> str:
        return translate(_ACTION_LABELS[self], lang)


_ACTION_LABELS = {
    CustodyAction.ACQUIRED: N_("Acquired"),
    CustodyAction.VIEWED: N_("Viewed"),
    CustodyAction.REVEALED: N_("Preview revealed"),
    CustodyAction.EXPORTED: N_("Exported"),
    CustodyAction.VERIFIED: N_("Verified"),
    CustodyAction.CONTENT_DISCARDED: N_("Content discarded (no consent to keep copies)"),
    CustodyAction.CONTENT_REMOVED: N_("Content removed (consent to keep copies withdrawn); "
                                      "hashes kept"),
    CustodyAction.RECEIVED: N_("Received in a case bundle"),
    CustodyAction.DELETED: N_("Deleted"),
}


@dataclass(frozen=True, slots=True)
class EvidenceDraft:
    """What a counsellor types or pastes about an item, validated on construction."""

    kind: EvidenceKind = EvidenceKind.FILE
    platform: Platform | None = None
    url: str | None = None
    channel_name: str | None = None
    channel_id: str | None = None
    message_id: str | None = None
    poster_account: str | None = None
    captured_at: Moment | None = None
    captured_tz: str = ""
    captured_by: str = ""
    description: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", fields.choice(EvidenceKind, self.kind, N_("Kind")))
        object.__setattr__(self, "platform",
                           fields.optional_choice(Platform, self.platform, N_("Platform")))
        for name, label in (("url", N_("URL")), ("channel_name", N_("Channel or chat room")),
                            ("channel_id", N_("Channel ID")), ("message_id", N_("Message ID")),
                            ("poster_account", N_("Poster account"))):
            value = getattr(self, name)
            object.__setattr__(self, name, fields.optional_text(value, label) or None)
        object.__setattr__(self, "captured_at",
                           fields.optional_moment(self.captured_at, N_("Captured at")))
        object.__setattr__(self, "captured_tz", fields.time_zone(self.captured_tz,
                                                                 N_("Time zone")))
        object.__setattr__(self, "captured_by", fields.text(self.captured_by, N_("Captured by")))
        object.__setattr__(self, "description", fields.long_text(self.description,
                                                                 N_("Description")))


@dataclass(frozen=True, slots=True)
class ExifFacts:
    camera: str | None = None
    taken_at: str | None = None
    software: str | None = None
    has_gps: bool = False


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    id: int
    case_id: int
    code: str                       # E-2026-0012-003: case number and item sequence
    kind: EvidenceKind
    platform: Platform | None
    url: str | None
    channel_name: str | None
    channel_id: str | None
    message_id: str | None
    poster_account: str | None
    captured_at: Moment | None
    captured_tz: str
    captured_by: str
    description: str
    original_filename: str | None
    size: int | None
    mime: str | None
    sha256: str | None
    md5: str | None
    pdq_hex: str | None
    pdq_quality: int | None
    width: int | None
    height: int | None
    duration_seconds: float | None
    exif: ExifFacts | None
    warnings: tuple[str, ...]       # warning codes (GPS present, damaged image, …)
    content_kept: bool
    created_at: datetime
    created_by: str
    video_frames: int = 0           # frames hashed for video matching (vPDQ), about 1 a second

    @property
    def has_file(self) -> bool:
        return self.sha256 is not None

    @property
    def hash_only(self) -> bool:
        """A file whose hashes are recorded but whose content is not kept."""
        return self.has_file and not self.content_kept

    @property
    def where(self) -> str:
        """URL, chat room or message: the place an officer would look."""
        parts = [p for p in (self.url, self.channel_name, self.message_id) if p]
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class CustodyEvent:
    id: int
    evidence_id: int
    action: CustodyAction
    at: datetime
    actor: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EvidenceMatch:
    """Another item with the same SHA-256 (exact), a PDQ hash within the threshold, or a
    video whose frames match (vPDQ; ``video_percent`` is the larger of the two shares)."""

    evidence_id: int
    code: str
    case_number: str
    exact: bool
    distance: int = 0
    transform: str | None = None    # which rotation/mirror of the new image matched
    video_percent: float | None = None  # similar video: share of frames that match


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    item: EvidenceItem
    matches: tuple[EvidenceMatch, ...]
    warnings: tuple[str, ...]
    list_matches: tuple[HashListMatch, ...] = ()  # known-material hash lists it is on


@dataclass(frozen=True, slots=True)
class VerifyResult:
    evidence_id: int
    code: str
    ok: bool
    problem: str | None = None      # translated when shown; None when ok or no content
    checked: bool = True            # False for items without stored content
    note: str | None = None         # for an unchecked file: why there is no content (msgid)


@dataclass(frozen=True, slots=True)
class PackedFrames:
    """Frame hashes as stored: 32 bytes of hash, one byte of quality and a uint32 of
    milliseconds per frame, each field packed in its own blob."""

    hashes: bytes
    qualities: bytes
    times_ms: bytes

    @property
    def count(self) -> int:
        return len(self.qualities)
