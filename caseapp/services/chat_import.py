"""Importing a chat export as evidence: each selected message becomes an evidence item (its
platform, chat, message ID and link, sender, times in the exporting device's zone and the
organisation's, text), its media are ingested like any evidence file, suspects become
perpetrator accounts linked to the case, and the export is hashed and named in the chain of
custody of every item it produced. All of it is one transaction: a damaged export, a
cancel or a full disk leaves the store as it was. A message already imported into the case
is skipped, so importing the same export twice adds nothing twice."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseapp.domain.cases import AccountKind, AccountRef, Case
from caseapp.domain.chat import ParticipantRole
from caseapp.domain.evidence import EvidenceDraft, EvidenceKind
from caseapp.domain.fields import format_moment, time_zone
from caseapp.errors import BadImport, BadInput, Cancelled
from caseapp.evidence.chat.model import ChatMessage, zone_info
from caseapp.i18n import N_
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import pdq_index
from caseapp.services.chat_preview import (
    CancelCheck,
    ExportPreview,
    Progress,
    Selection,
    _cancelled,
    export_identity,
    opened,
    participant_keys,
    read_messages,
    scan_export,
)
from caseapp.store import case_repo, case_search, chat_repo, evidence_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

def organisation_time_zone(vault: Vault) -> str:
    """The zone the organisation works in (Settings, ``caseapp-admin organisation``);
    imported times are also kept in it."""
    from caseapp.services import organisation

    return organisation.get(vault).time_zone


@dataclass(frozen=True, slots=True)
class ChatImportResult:
    export_sha256: str
    export_name: str
    created: tuple[str, ...]          # evidence codes, in export order
    skipped: int                      # selected but already in the case
    media_files: int                  # media ingested with their item
    accounts: tuple[int, ...]         # perpetrator accounts of the suspects
    matches: tuple[str, ...] = ()     # codes of items elsewhere that media matched
    warnings: tuple[str, ...] = ()


def import_chat_export(vault: Vault, case: Case | int | str, path: Path, *,
                       fmt: str = "auto", zone: str | None = None,
                       selection: Selection | None = None,
                       roles: Mapping[str, ParticipantRole] | None = None,
                       preview: ExportPreview | None = None,
                       progress: Progress | None = None,
                       cancel: CancelCheck = None,
                       hash_only: bool = False) -> ChatImportResult:
    """Import the messages ``selection`` takes from the export at ``path`` into ``case``.
    ``roles`` maps a participant (NAME_OR_ID or a preview's key) to victim, suspect or other.
    ``zone`` names the exporting device's zone for an export of local times. ``preview``,
    from :func:`scan_export` with the same selection, spares the checking pass; the export
    must still read the same (its SHA-256 is compared before anything is kept). Attached
    media are kept only with consent to keep copies; without it the import is refused
    (CopiesConsentMissing) unless ``hash_only`` records only their hashes."""
    current = case if isinstance(case, Case) else case_service.get_case(vault, case)
    selection = selection or Selection()
    if zone:
        zone = time_zone(zone, N_("Time zone"))
        zone_info(zone)
    if preview is None:
        preview = scan_export(path, fmt=fmt, selection=selection, cancel=cancel,
                              progress=progress)
    if preview.unknown_names:
        participant_keys(preview, preview.unknown_names)  # raises, naming the participants
    role_of: dict[str, ParticipantRole] = {}
    for wanted, role in (roles or {}).items():
        for key in participant_keys(preview, [wanted]):
            role_of[key] = ParticipantRole(role)
    if preview.needs_time_zone and not zone:
        raise BadInput(N_("This export gives only local times. Name the time zone of the "
                          "computer or phone that made it (for example Asia/Seoul)."))
    run = _Run(vault, current, preview, selection, role_of, zone,
               organisation_time_zone(vault), progress, cancel)
    run.hash_only = hash_only
    return run.execute(path, fmt if fmt != "auto" else preview.format.value)


class _Run:
    """One import: the write transaction, the media stored so far (removed again if the
    transaction does not commit), the suspects' accounts."""

    def __init__(self, vault: Vault, case: Case, preview: ExportPreview, selection: Selection,
                 roles: dict[str, ParticipantRole], zone: str | None, org_zone: str,
                 progress: Progress | None, cancel: CancelCheck) -> None:
        self.vault = vault
        self.case = case
        self.preview = preview
        self.selection = selection
        self.roles = roles
        self.zone = zone
        self.org_zone = org_zone
        self.org_info = zone_info(org_zone)
        self.progress = progress
        self.cancel = cancel
        self.hash_only = False
        self.stored: list[evidence_service.StoredContent] = []
        self.created: list[str] = []
        self.skipped = 0
        self.accounts: dict[str, int] = {}
        self.matches: list[str] = []
        self.warnings: list[str] = []

    def execute(self, path: Path, fmt: str) -> ChatImportResult:
        platform = self.preview.format.platform.value
        # loaded before the transaction: inside it, every media file would load it again
        pdq_index.warm(self.vault)
        try:
            with opened(path, fmt) as export, self.vault.write() as conn:
                export_id = self._export_record(conn)
                earlier = chat_repo.participant_roles(conn, self.case.id, platform)
                self.roles = {**earlier, **self.roles}
                done = 0
                for message in read_messages(export, cancel=self.cancel):
                    if not self.selection.takes(message):
                        continue
                    if _cancelled(self.cancel):
                        raise Cancelled()
                    self._message(conn, export, export_id, message)
                    done += 1
                    if self.progress is not None:
                        self.progress(done, self.preview.selected or None)
                sha256, _, _ = export_identity(export)
                if sha256 != self.preview.sha256:
                    raise BadImport(N_("The export changed while it was being imported; "
                                       "nothing was stored. Import it again."))
                self._participants(conn, export_id)
                if not self.accounts:  # with suspects, _participants re-indexed this case
                    # once for the whole import: per message it would rebuild the case's
                    # text as often as there are messages
                    case_search.refresh(conn, self.case.id)
                self.vault.audit("evidence.chat_imported", "case", self.case.id,
                                 case=self.case.number, export_sha256=self.preview.sha256,
                                 format=self.preview.format.value, items=len(self.created),
                                 skipped=self.skipped)
                case_repo.touch(conn, self.case.id, datetime.now(UTC))
        except BaseException:
            evidence_service.discard_content(self.vault, self.stored)
            raise
        return ChatImportResult(self.preview.sha256, self.preview.source_name,
                                tuple(self.created), self.skipped,
                                sum(1 for s in self.stored), tuple(self.accounts.values()),
                                tuple(self.matches), tuple(self.warnings))

    def _export_record(self, conn: Connection) -> int:
        found = chat_repo.find_export(conn, self.case.id, self.preview.sha256)
        if found is not None:
            return found.id
        p = self.preview
        return chat_repo.insert_export(
            conn, case_id=self.case.id, sha256=p.sha256, fmt=p.format.value,
            source_name=p.source_name[:1000], source_kind=p.source_kind, size=p.size,
            files=[(f.name, f.sha256, f.size) for f in p.files],
            chats=[{"name": c.name, "type": c.chat_type, "id": c.chat_id} for c in p.chats],
            saved_at=p.saved_at[:200], time_zone=self.zone or "",
            imported_at=datetime.now(UTC), imported_by=self.vault.actor)

    def _account(self, conn: Connection, message: ChatMessage) -> int | None:
        key = message.participant_key
        if key is None or self.roles.get(key) is not ParticipantRole.SUSPECT:
            return None
        if key not in self.accounts:
            handle = (message.sender_id or message.sender_name or "")[:1000]
            ref = AccountRef(self.preview.format.platform, handle, AccountKind.ACCOUNT,
                             (message.sender_name or "")[:1000])
            self.accounts[key] = case_repo.ensure_account(conn, ref, datetime.now(UTC))
        return self.accounts[key]

    def _participants(self, conn: Connection, export_id: int) -> None:
        for person in self.preview.participants:
            role = self.roles.get(person.key, ParticipantRole.OTHER)
            account = self.accounts.get(person.key)
            if role is ParticipantRole.SUSPECT and account is None:
                handle = (person.sender_id or person.name)[:1000]
                ref = AccountRef(self.preview.format.platform, handle, AccountKind.ACCOUNT,
                                 person.name[:1000])
                account = self.accounts[person.key] = case_repo.ensure_account(
                    conn, ref, datetime.now(UTC))
            chat_repo.set_participant(conn, export_id, person.key, name=person.name[:1000],
                                      sender_id=person.sender_id, role=role,
                                      account_id=account)
        for account_id in self.accounts.values():
            case_search.refresh_cases_of_account(conn, account_id)

    def _times(self, message: ChatMessage) -> tuple[datetime | None, str, datetime | None]:
        if message.time is None:
            return None, "", None
        sent = message.time.resolve(self.zone)
        zone = ""
        if self.zone:
            named = message.time.wall.replace(tzinfo=zone_info(self.zone))
            if message.time.utc is None or named.utcoffset() == sent.utcoffset():
                zone = self.zone
            else:
                warning = N_("The time zone named does not match the export's own times; "
                             "the export's times were kept.")
                if warning not in self.warnings:
                    self.warnings.append(warning)
        return sent, zone, sent.astimezone(self.org_info)

    def _message(self, conn: Connection, export: Any, export_id: int,
                 message: ChatMessage) -> None:
        platform = self.preview.format.platform.value
        if chat_repo.message_exists(conn, self.case.id, platform, message.chat.key,
                                    message.key):
            self.skipped += 1
            return
        sent, zone, sent_org = self._times(message)
        poster = message.sender_name or ""
        if message.sender_id:
            poster = f"{poster} ({message.sender_id})" if poster else message.sender_id
        draft = EvidenceDraft(
            kind=EvidenceKind.CHAT_LOG, platform=self.preview.format.platform,
            url=message.link, channel_name=message.chat.name[:1000] or None,
            channel_id=message.chat.chat_id, message_id=message.message_id,
            poster_account=poster[:1000] or None, captured_at=sent, captured_tz=zone,
            captured_by=self.vault.actor, description=message.text)
        acquired = {"from": "chat_export", "export": self.preview.source_name[:200],
                    "export_sha256": self.preview.sha256,
                    "export_format": self.preview.format.value}
        if message.message_id:
            acquired["message"] = message.message_id
        elif message.line is not None:
            acquired["line"] = str(message.line)
        media = message.media
        note = media.missing if media is not None else ""
        item = None
        if media is not None and media.path is not None:
            if not export.source.exists(media.path):
                note = "file not found in the export"
            elif not export.source.size(media.path):
                note = "empty file in the export"
            else:
                item = self._media_item(conn, export, draft, media, acquired)
        if item is None:
            item = evidence_service.record_item(conn, self.vault, self.case, draft,
                                                acquired=acquired, index=False)
        account = self._account(conn, message)
        if account is not None:
            evidence_repo.link_account(conn, item.id, account)
        role = self.roles.get(message.participant_key or "", ParticipantRole.OTHER)
        chat_repo.insert_message(conn, item.id, case_id=self.case.id, export_id=export_id,
                                 values={
            "platform": platform, "chat_key": message.chat.key, "message_key": message.key,
            "chat_name": message.chat.name, "chat_type": message.chat.chat_type,
            "chat_id": message.chat.chat_id, "message_id": message.message_id,
            "position": message.position, "line": message.line,
            "sender_name": message.sender_name, "sender_id": message.sender_id,
            "sender_role": role.value,
            "wall_time": message.time.wall.isoformat() if message.time else None,
            "sent_at": format_moment(sent) if sent else None, "sent_zone": zone,
            "sent_at_org": format_moment(sent_org) if sent_org else None,
            "org_zone": self.org_zone, "reply_to": message.reply_to,
            "forwarded_from": message.forwarded_from, "edited": message.edited,
            "deleted": message.deleted, "links": message.links,
            "media_kind": media.kind.value if media else None,
            "media_path": media.path if media else None, "media_note": note[:300]})
        self.created.append(item.code)

    def _media_item(self, conn: Connection, export: Any, draft: EvidenceDraft, media: Any,
                    acquired: dict[str, Any]) -> Any:
        real = export.source.real_path(media.path)
        source = real if real is not None else export.source.open(media.path)
        try:
            stored = evidence_service.store_content(self.vault, self.case, source,
                                                    cancel=self.cancel, keep_duplicates=True,
                                                    hash_only=self.hash_only)
        finally:
            if real is None:
                source.close()
        self.stored.append(stored)
        self.matches += [m.code for m in stored.matches if m.case_number != self.case.number]
        return evidence_service.record_file_item(conn, self.vault, self.case, draft, stored,
                                                 filename=media.file_name or media.path,
                                                 acquired=acquired, index=False)
