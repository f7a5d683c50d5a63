"""Imported chat exports as the store keeps them: the export (the hashed source of its
messages), who is who in it, and each imported message's place and times."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from caseapp.i18n import N_, translate


class ParticipantRole(StrEnum):
    VICTIM = "victim"
    SUSPECT = "suspect"
    OTHER = "other"

    def label(self, lang: str | None = None) -> str:
        return translate(_ROLE_LABELS[self], lang)


_ROLE_LABELS = {
    ParticipantRole.VICTIM: N_("Victim"),
    ParticipantRole.SUSPECT: N_("Suspect"),
    ParticipantRole.OTHER: N_("Other"),
}


@dataclass(frozen=True, slots=True)
class ChatExportRecord:
    id: int
    case_id: int
    sha256: str
    format: str
    source_name: str
    source_kind: str
    size: int
    files: tuple[tuple[str, str, int], ...]
    saved_at: str
    time_zone: str
    imported_at: datetime
    imported_by: str


@dataclass(frozen=True, slots=True)
class ChatMessageRecord:
    evidence_id: int
    export: ChatExportRecord
    platform: str
    chat_name: str
    chat_type: str
    chat_id: str | None
    message_id: str | None
    position: int
    line: int | None
    sender_name: str | None
    sender_id: str | None
    sender_role: ParticipantRole
    wall_time: str | None
    sent_at: datetime | None
    sent_zone: str
    sent_at_org: datetime | None
    org_zone: str
    reply_to: str | None
    forwarded_from: str | None
    edited: str | None
    deleted: bool
    links: tuple[str, ...]
    media_kind: str | None
    media_path: str | None
    media_note: str
