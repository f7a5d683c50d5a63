"""Looking at a chat export before anything is imported: which chats it holds, who wrote how
much, the dates, the media, and which messages a selection (participants, dates, text, media
only, or picked one by one) takes. One streaming pass; nothing is written."""

from __future__ import annotations

import hashlib
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from caseapp.domain.cases import Case
from caseapp.errors import BadInput, Cancelled
from caseapp.evidence.chat.detect import ChatExport, open_export
from caseapp.evidence.chat.model import ChatInfo, ChatMessage, ExportFormat
from caseapp.evidence.chat.source import FileHash
from caseapp.i18n import N_
from caseapp.store import chat_repo
from caseapp.store.vault import Vault

Progress = Callable[[int, int | None], None]
CancelCheck = Callable[[], bool] | threading.Event | None
PROGRESS_EVERY = 500
SAMPLE_TEXT = 300


def message_ref(message: ChatMessage) -> str:
    """How a message picked one by one is named across two readings of the same export."""
    return f"{message.chat.key}\x1f{message.key}"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


def _cancelled(cancel: CancelCheck) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if isinstance(cancel, threading.Event) else bool(cancel())


def names_participant(wanted: str, sender_name: str | None, sender_id: str | None) -> bool:
    """A NAME_OR_ID as a counsellor types it: the display name (any case), the exported ID
    (``user123456789``), its number alone, or a participant key from a preview."""
    folded = _fold(wanted)
    if not folded:
        return False
    if sender_id:
        sid = sender_id.casefold()
        digits = sid.lstrip("abcdefghijklmnopqrstuvwxyz")
        if folded in (sid, f"id:{sid}") or (digits and folded == digits):
            return True
    if sender_name is not None:
        name = _fold(sender_name)
        if folded in (name, f"name:{name}"):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Selection:
    """Which messages to take. Service messages (joins, leaves) are never taken."""

    chats: frozenset[str] | None = None          # ChatInfo.key; None: every chat
    participants: tuple[str, ...] = ()           # NAME_OR_ID; empty: everyone
    since: date | None = None                    # on the export's own (local) dates
    until: date | None = None
    text: str = ""                               # words the message contains (any case)
    with_media_only: bool = False
    picked: frozenset[str] | None = None         # message_ref values; None: all that match
    left_out: frozenset[str] = frozenset()       # message_ref values unticked

    def takes(self, message: ChatMessage) -> bool:
        if message.service:
            return False
        if self.chats is not None and message.chat.key not in self.chats:
            return False
        if self.participants and not any(
                names_participant(p, message.sender_name, message.sender_id)
                for p in self.participants):
            return False
        if self.since or self.until:
            if message.time is None:
                return False
            day = message.time.wall.date()
            if (self.since and day < self.since) or (self.until and day > self.until):
                return False
        if self.with_media_only and not message.has_media:
            return False
        if self.text and _fold(self.text) not in _fold(message.text):
            return False
        if self.picked is not None or self.left_out:
            ref = message_ref(message)
            if ref in self.left_out or (self.picked is not None and ref not in self.picked):
                return False
        return True


@dataclass(slots=True)
class ParticipantSummary:
    key: str
    name: str
    sender_id: str | None
    messages: int = 0
    media: int = 0
    selected: int = 0


@dataclass(slots=True)
class ChatSummary:
    key: str
    name: str
    chat_type: str
    chat_id: str | None
    link_base: str | None
    messages: int = 0
    service: int = 0
    first: datetime | None = None
    last: datetime | None = None


@dataclass(frozen=True, slots=True)
class MessageRow:
    """One message as the import dialog lists it."""

    ref: str
    chat: str
    position: int
    message_id: str | None
    wall: datetime | None
    sender: str
    text: str
    media: str | None
    imported: bool


@dataclass(slots=True)
class ExportPreview:
    format: ExportFormat
    source_name: str
    source_kind: str
    sha256: str = ""
    size: int = 0
    files: tuple[FileHash, ...] = ()
    saved_at: str = ""
    chats: list[ChatSummary] = field(default_factory=list)
    participants: list[ParticipantSummary] = field(default_factory=list)
    messages: int = 0
    service_messages: int = 0
    media: dict[str, int] = field(default_factory=dict)
    media_in_export: int = 0
    media_not_included: int = 0
    first: datetime | None = None
    last: datetime | None = None
    local_times_only: bool = False        # some messages carry no offset or instant
    selected: int = 0
    selected_media: int = 0
    selected_need_zone: bool = False
    already_imported: int = 0
    unknown_names: tuple[str, ...] = ()   # NAME_OR_ID that named no participant
    rows: list[MessageRow] = field(default_factory=list)
    rows_truncated: bool = False

    @property
    def needs_time_zone(self) -> bool:
        return self.selected_need_zone

    def participant(self, wanted: str) -> list[ParticipantSummary]:
        return [p for p in self.participants
                if names_participant(wanted, p.name, p.sender_id) or wanted == p.key]


def export_identity(export: ChatExport) -> tuple[str, int, tuple[FileHash, ...]]:
    """The SHA-256 recorded as the export's: of the file chosen (a single file or a .zip),
    else of the one text file read, else of the list of the text files read and their
    hashes (``sha256sum`` lines)."""
    files = tuple(export.files)
    whole = export.source.whole_file_hash()
    if whole is not None:
        return whole.sha256, whole.size, files
    if len(files) == 1:
        return files[0].sha256, files[0].size, files
    listing = "".join(f"{f.sha256}  {f.name}\n" for f in files)
    return (hashlib.sha256(listing.encode("utf-8")).hexdigest(), sum(f.size for f in files),
            files)


@contextmanager
def opened(path: Path, fmt: str) -> Iterator[ChatExport]:
    export = open_export(Path(path), fmt)
    try:
        yield export
    finally:
        export.source.close()


def read_messages(export: ChatExport, *, progress: Progress | None = None,
                  cancel: CancelCheck = None) -> Iterator[ChatMessage]:
    """The export's messages, with cancel checked and progress told every few hundred."""
    for count, message in enumerate(export.messages(), start=1):
        if count % PROGRESS_EVERY == 0:
            if _cancelled(cancel):
                raise Cancelled()
            if progress is not None:
                progress(count, None)
        yield message


def scan_export(path: Path, *, fmt: str = "auto", selection: Selection | None = None,
                vault: Vault | None = None, case: Case | None = None, rows: int = 0,
                progress: Progress | None = None, cancel: CancelCheck = None) -> ExportPreview:
    """Read the whole export once: refuses a damaged or cut-off export (nothing is written
    either way), counts what it holds and what ``selection`` takes. With ``vault`` and
    ``case``, counts the selected messages this case already holds; ``rows`` lists that many
    selected messages for a person to pick from."""
    selection = selection or Selection()
    with opened(path, fmt) as export:
        preview = ExportPreview(export.format, export.source.name, export.source.kind)
        chats: dict[int, ChatSummary] = {}
        people: dict[str, ParticipantSummary] = {}
        named: set[str] = set()
        for message in read_messages(export, progress=progress, cancel=cancel):
            summary = chats.get(id(message.chat))
            if summary is None:
                summary = chats[id(message.chat)] = _chat_summary(message.chat)
            _count(preview, summary, people, message)
            if selection.takes(message):
                named.update(p for p in selection.participants
                             if names_participant(p, message.sender_name, message.sender_id))
                _select(preview, people, message, vault, case, rows)
        preview.chats = [chats.get(id(c)) or _chat_summary(c) for c in export.chats]
        for chat, summary in zip(export.chats, preview.chats, strict=True):
            summary.name, summary.chat_id = chat.name, chat.chat_id  # known once read whole
            summary.key, summary.link_base = chat.key, chat.link_base
        preview.saved_at = export.chats[0].saved_at if export.chats else ""
        preview.sha256, preview.size, preview.files = export_identity(export)
    preview.participants = sorted(people.values(), key=lambda p: (-p.messages, p.name))
    preview.unknown_names = tuple(p for p in selection.participants if p not in named
                                  and not preview.participant(p))
    return preview


def _chat_summary(chat: ChatInfo) -> ChatSummary:
    return ChatSummary(chat.key, chat.name, chat.chat_type, chat.chat_id, chat.link_base)


def _count(preview: ExportPreview, chat: ChatSummary, people: dict[str, ParticipantSummary],
           message: ChatMessage) -> None:
    if message.service:
        preview.service_messages += 1
        chat.service += 1
        return
    preview.messages += 1
    chat.messages += 1
    if message.time is not None:
        wall = message.time.wall
        chat.first = wall if chat.first is None or wall < chat.first else chat.first
        chat.last = wall if chat.last is None or wall > chat.last else chat.last
        preview.first = wall if preview.first is None or wall < preview.first else preview.first
        preview.last = wall if preview.last is None or wall > preview.last else preview.last
        if message.time.needs_zone:
            preview.local_times_only = True
    key = message.participant_key
    if key is not None:
        person = people.get(key)
        if person is None:
            person = people[key] = ParticipantSummary(key, message.sender_name or "",
                                                      message.sender_id)
        elif message.sender_name and not person.name:
            person.name = message.sender_name
        person.messages += 1
        if message.has_media:
            person.media += 1
    media = message.media
    if media is not None and media.kind.counts_as_media:
        preview.media[media.kind.value] = preview.media.get(media.kind.value, 0) + 1
        if media.path is not None:
            preview.media_in_export += 1
        else:
            preview.media_not_included += 1


def _select(preview: ExportPreview, people: dict[str, ParticipantSummary],
            message: ChatMessage, vault: Vault | None, case: Case | None, rows: int) -> None:
    preview.selected += 1
    if message.has_media:
        preview.selected_media += 1
    if message.time is not None and message.time.needs_zone:
        preview.selected_need_zone = True
    key = message.participant_key
    if key in people:
        people[key].selected += 1
    imported = False
    if vault is not None and case is not None:
        with vault.read() as conn:
            imported = chat_repo.message_exists(conn, case.id, preview.format.platform.value,
                                                message.chat.key, message.key)
        preview.already_imported += int(imported)
    if len(preview.rows) < rows:
        preview.rows.append(MessageRow(
            message_ref(message), message.chat.name, message.position, message.message_id,
            message.time.wall if message.time else None, message.sender_name or "",
            message.text[:SAMPLE_TEXT], message.media.kind.value if message.media else None,
            imported))
    elif rows:
        preview.rows_truncated = True


def participant_keys(preview: ExportPreview, names: Iterable[str]) -> set[str]:
    """The participant keys ``names`` (NAME_OR_ID) stand for; a name that names nobody is
    refused with the names the export does hold."""
    keys: set[str] = set()
    for wanted in names:
        found = preview.participant(wanted)
        if not found:
            known = ", ".join(p.name or (p.sender_id or "") for p in preview.participants[:12])
            raise BadInput(N_("Nobody named {name} wrote in this export. Participants: "
                              "{known}."), name=wanted[:80], known=known or "—")
        keys.update(p.key for p in found)
    return keys
