"""Takedown verbs the GUI, the CLI and other areas call: the recipient directory, creating and
moving requests through their lifecycle (with consent checks and dated, attributed history),
follow-up dates and re-checks, escalation and re-upload chains, the cross-case queue,
per-recipient figures, letters (PDF and text) and the case-export section. Every change is
one transaction with an audit event; bad input changes nothing."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from caseapp.domain import fields
from caseapp.domain.cases import Case
from caseapp.domain.consent import ConsentScope
from caseapp.domain.takedowns import (
    Channel,
    ContentType,
    EvidenceRef,
    FollowUpPolicy,
    LetterForm,
    LinkKind,
    QueuePage,
    QueueQuery,
    QueueRow,
    Recipient,
    RecipientDraft,
    RecipientFigures,
    RecipientKind,
    RequestDraft,
    RequestedAction,
    StatusEvent,
    TakedownRequest,
    TakedownStatus,
    TakedownTask,
    TargetKind,
    TaskKind,
    content_type_for,
)
from caseapp.errors import BadInput, ConsentMissing, NotAllowed, NotFound
from caseapp.i18n import LANGUAGES, N_, current_language, translate
from caseapp.services import case_io
from caseapp.services import cases as cases_service
from caseapp.store import case_repo, takedown_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault
from caseapp.takedown import deadlines, directory, escalation, letters, lifecycle, targets
from caseapp.takedown import templates as letter_templates

log = logging.getLogger(__name__)

RequestRef = TakedownRequest | int | str
RecipientRef = Recipient | int | str
CaseRef = cases_service.CaseRef
EvidenceInput = int | str | EvidenceRef

DIRECTORY_SETTING = "directory_version"
LETTER_SETTING = "letter_settings"
FOLLOW_UP_TASKS = (TaskKind.SUBMIT, TaskKind.CHECK, TaskKind.ESCALATE, TaskKind.VERIFY_REMOVAL)


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


def _now() -> datetime:
    return fields.now_utc()


def _line(value: object, field: str) -> str:
    text = fields.text(value, field)
    if any(ch in text for ch in "\r\n"):
        raise BadInput(N_("{field} must be on one line."), field=fields.FieldName(field))
    return text


# --- the recipient directory ---------------------------------------------------------------------
def _seed_directory(vault: Vault, conn: Connection) -> None:
    """Add the built-in recipients this store does not have yet (inside the caller's write
    transaction). Entries the organisation edited or deactivated are left alone."""
    stored = takedown_repo.get_setting(conn, DIRECTORY_SETTING)
    if stored is not None and int(stored) >= directory.DIRECTORY_VERSION:
        return
    have = takedown_repo.builtin_keys(conn)
    now = _now()
    added = []
    for entry in directory.DEFAULTS:
        if entry.key in have:
            continue
        name = entry.name
        if takedown_repo.recipient_by_name(conn, name) is not None:
            name = f"{name} [{entry.key}]"      # a user-added recipient has the name already
        draft = RecipientDraft(name, entry.kind, entry.channel, entry.web_form, entry.email,
                               entry.postal_address, entry.phone, "", entry.policy,
                               entry.statutory)
        takedown_repo.insert_recipient(conn, entry.key, draft, True, now)
        added.append(entry.key)
    takedown_repo.set_setting(conn, DIRECTORY_SETTING, str(directory.DIRECTORY_VERSION))
    vault.audit("takedown.directory_seeded", "store", "", version=directory.DIRECTORY_VERSION,
                added=added)


def _ensure_directory(vault: Vault) -> None:
    if vault.cases.in_transaction:
        _seed_directory(vault, vault.cases)
        return
    with vault.read() as conn:
        stored = takedown_repo.get_setting(conn, DIRECTORY_SETTING)
    if stored is not None and int(stored) >= directory.DIRECTORY_VERSION:
        return
    with vault.write() as conn:
        _seed_directory(vault, conn)


def _recipient(conn: Connection, ref: RecipientRef) -> Recipient:
    if isinstance(ref, Recipient):
        found = takedown_repo.get_recipient(conn, ref.id)
        label = ref.name
    elif isinstance(ref, int) and not isinstance(ref, bool):
        found = takedown_repo.get_recipient(conn, ref)
        label = str(ref)
    elif isinstance(ref, str):
        text = ref.strip()
        found = takedown_repo.recipient_by_key(conn, text.casefold()) or \
            takedown_repo.recipient_by_name(conn, text)
        if found is None and text.isdigit():
            found = takedown_repo.get_recipient(conn, int(text))
        label = text
    else:
        raise BadInput(N_("'{value}' is not a recipient name."), value=str(ref)[:80])
    if found is None:
        names = ", ".join(r.key or r.name for r in takedown_repo.list_recipients(conn, False))
        raise NotFound(N_("There is no recipient '{name}'. Known recipients: {names}."),
                       name=label[:80], names=names)
    return found


def list_recipients(vault: Vault, *, include_inactive: bool = False) -> list[Recipient]:
    """The directory, built-in entries first (seeded on first use)."""
    _ensure_directory(vault)
    with vault.read() as conn:
        return takedown_repo.list_recipients(conn, include_inactive)


def get_recipient(vault: Vault, ref: RecipientRef) -> Recipient:
    """A recipient by id, directory key (``telegram``, ``kcsc``) or name (any case)."""
    _ensure_directory(vault)
    with vault.read() as conn:
        return _recipient(conn, ref)


def recipient_guidance(recipient: Recipient, lang: str | None = None) -> list[str]:
    """How to report there, then the reminder to record links and identifiers rather than
    open or download the material again."""
    return directory.guidance(recipient, lang)


def add_recipient(vault: Vault, draft: RecipientDraft) -> Recipient:
    if not isinstance(draft, RecipientDraft):
        raise BadInput(N_("The recipient details are not valid."))
    with vault.write() as conn:
        _seed_directory(vault, conn)
        if takedown_repo.recipient_by_name(conn, draft.name) is not None:
            raise BadInput(N_("A recipient named {name} already exists."), name=draft.name)
        recipient = takedown_repo.insert_recipient(conn, None, draft, True, _now())
        vault.audit("takedown.recipient_added", "takedown_recipient", recipient.id,
                    kind=recipient.kind.value, channel=recipient.channel.value)
    return recipient


def update_recipient(vault: Vault, ref: RecipientRef, draft: RecipientDraft | None = None, *,
                     active: bool = UNCHANGED) -> Recipient:
    """Replace a recipient's details with ``draft`` and/or (de)activate it. Built-in entries
    can be edited too (addresses change); requests keep pointing at the same entry."""
    if draft is not None and not isinstance(draft, RecipientDraft):
        raise BadInput(N_("The recipient details are not valid."))
    with vault.write() as conn:
        _seed_directory(vault, conn)
        current = _recipient(conn, ref)
        new_draft = draft or current.draft()
        other = takedown_repo.recipient_by_name(conn, new_draft.name)
        if other is not None and other.id != current.id:
            raise BadInput(N_("A recipient named {name} already exists."), name=new_draft.name)
        new_active = current.active if active is UNCHANGED else bool(active)
        takedown_repo.update_recipient(conn, current.id, new_draft, new_active, _now())
        updated = takedown_repo.get_recipient(conn, current.id)
        assert updated is not None
        changed = [name for name in ("name", "kind", "channel", "web_form", "email",
                                     "postal_address", "phone", "guidance", "policy",
                                     "statutory", "active")
                   if getattr(current, name) != getattr(updated, name)]
        vault.audit("takedown.recipient_updated", "takedown_recipient", current.id,
                    fields=changed)
    return updated


# --- letter settings and templates ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LetterSettings:
    """What the organisation states in every letter: its legal basis (per language; empty
    means the default wording) and who signs (empty: the acting counsellor)."""

    legal_basis_ko: str = ""
    legal_basis_en: str = ""
    signatory: str = ""

    def legal_basis(self, lang: str) -> str:
        return self.legal_basis_ko if lang == "ko" else self.legal_basis_en


def _settings(conn: Connection) -> LetterSettings:
    raw = takedown_repo.get_setting(conn, LETTER_SETTING)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    return LetterSettings(**{k: str(data.get(k, "")) for k in LetterSettings.__slots__})


def letter_settings(vault: Vault) -> LetterSettings:
    with vault.read() as conn:
        return _settings(conn)


def set_letter_settings(vault: Vault, *, legal_basis_ko: str = UNCHANGED,
                        legal_basis_en: str = UNCHANGED,
                        signatory: str = UNCHANGED) -> LetterSettings:
    changes: dict[str, str] = {}
    if legal_basis_ko is not UNCHANGED:
        changes["legal_basis_ko"] = fields.long_text(legal_basis_ko, N_("Legal basis"))
    if legal_basis_en is not UNCHANGED:
        changes["legal_basis_en"] = fields.long_text(legal_basis_en, N_("Legal basis"))
    if signatory is not UNCHANGED:
        changes["signatory"] = _line(signatory, N_("Signatory"))
    with vault.write() as conn:
        updated = replace(_settings(conn), **changes)
        takedown_repo.set_setting(conn, LETTER_SETTING, json.dumps(
            {k: getattr(updated, k) for k in LetterSettings.__slots__}, ensure_ascii=False))
        vault.audit("takedown.letter_settings_changed", "store", "", fields=sorted(changes))
    return updated


def _template_choice(kind: RecipientKind | str, form: LetterForm | str,
                     lang: str) -> tuple[RecipientKind, LetterForm]:
    kind_value = fields.choice(RecipientKind, kind, N_("Recipient type"))
    form_value = fields.choice(LetterForm, form, N_("Letter form"))
    letter_templates.check_choice(kind_value, form_value, lang)
    return kind_value, form_value


def template_text(vault: Vault, kind: RecipientKind | str, form: LetterForm | str,
                  lang: str) -> tuple[str, bool]:
    """The template in use and whether the organisation edited it (False: shipped one)."""
    kind_value, form_value = _template_choice(kind, form, lang)
    with vault.read() as conn:
        edited = takedown_repo.get_template(conn, kind_value.value, form_value.value, lang)
    if edited is not None:
        return edited, True
    return letter_templates.default_text(kind_value, form_value, lang), False


def set_template(vault: Vault, kind: RecipientKind | str, form: LetterForm | str, lang: str,
                 body: str) -> None:
    """Store the organisation's version of a template after checking it (an unknown
    placeholder or a stray ``$`` is refused with the line number; nothing is stored)."""
    kind_value, form_value = _template_choice(kind, form, lang)
    letter_templates.parse(body)
    with vault.write() as conn:
        takedown_repo.set_template(conn, kind_value.value, form_value.value, lang, body, _now(),
                                   vault.actor)
        vault.audit("takedown.template_changed", "takedown_template",
                    f"{kind_value.value}.{form_value.value}.{lang}")


def reset_template(vault: Vault, kind: RecipientKind | str, form: LetterForm | str,
                   lang: str) -> bool:
    """Go back to the shipped template. False when it was not edited."""
    kind_value, form_value = _template_choice(kind, form, lang)
    with vault.write() as conn:
        removed = takedown_repo.delete_template(conn, kind_value.value, form_value.value, lang)
        if removed:
            vault.audit("takedown.template_reset", "takedown_template",
                        f"{kind_value.value}.{form_value.value}.{lang}")
    return removed


# --- finding things ---------------------------------------------------------------------------
def _request(conn: Connection, ref: RequestRef) -> TakedownRequest:
    if isinstance(ref, TakedownRequest):
        found = takedown_repo.get_request(conn, ref.id)
        label = ref.code
    elif isinstance(ref, int) and not isinstance(ref, bool):
        found = takedown_repo.get_request(conn, ref)
        label = str(ref)
    elif isinstance(ref, str):
        text = ref.strip()
        found = takedown_repo.get_request(conn, int(text)) if text.isdigit() \
            else takedown_repo.request_by_code(conn, text)
        label = text
    else:
        raise BadInput(N_("'{value}' is not a takedown request number or code."),
                       value=str(ref)[:40])
    if found is None:
        raise NotFound(N_("There is no takedown request {ref}."), ref=label[:60])
    return found


def get_request(vault: Vault, ref: RequestRef) -> TakedownRequest:
    """A request by id or code (``T-2024-0007-001``)."""
    with vault.read() as conn:
        return _request(conn, ref)


def list_requests(vault: Vault, case: CaseRef) -> list[TakedownRequest]:
    """Every request of a case, in the order they were made."""
    with vault.read() as conn:
        found = cases_service.get_case(vault, case)
        return takedown_repo.requests_of_case(conn, found.id)


def chain(vault: Vault, ref: RequestRef) -> list[TakedownRequest]:
    """Every request about the same material: the first one, its escalations and the
    re-upload requests made when it came back, oldest first."""
    with vault.read() as conn:
        return takedown_repo.chain(conn, _request(conn, ref).root_id)


def history(vault: Vault, ref: RequestRef) -> list[StatusEvent]:
    with vault.read() as conn:
        return takedown_repo.events(conn, _request(conn, ref).id)


def tasks(vault: Vault, ref: RequestRef, *, open_only: bool = False) -> list[TakedownTask]:
    with vault.read() as conn:
        return takedown_repo.tasks_of(conn, _request(conn, ref).id, open_only=open_only)


def evidence_of(vault: Vault, ref: RequestRef) -> list[EvidenceRef]:
    with vault.read() as conn:
        return takedown_repo.evidence_refs(conn, _request(conn, ref).evidence_ids)


def _evidence(conn: Connection, case: Case, refs: Iterable[EvidenceInput]) -> tuple[int, ...]:
    if isinstance(refs, str | int):
        refs = (refs,)
    found: list[int] = []
    for ref in refs:
        item: EvidenceRef | None
        if isinstance(ref, EvidenceRef):
            item = takedown_repo.evidence_ref(conn, ref.id)
        elif isinstance(ref, int) and not isinstance(ref, bool):
            item = takedown_repo.evidence_ref(conn, ref)
        elif isinstance(ref, str):
            text = ref.strip()
            item = takedown_repo.evidence_ref(conn, int(text)) if text.isdigit() \
                else takedown_repo.evidence_by_code(conn, text)
        else:
            item = None
        if item is None:
            raise NotFound(N_("There is no evidence item {ref}."), ref=str(ref)[:60])
        if item.case_id != case.id:
            raise NotAllowed(N_("Evidence item {code} belongs to another case, not to "
                                "{number}."), code=item.code, number=case.number)
        if item.id not in found:
            found.append(item.id)
    return tuple(sorted(found))


def _require_takedown_consent(vault: Vault, case: Case) -> None:
    cases_service.require_consent(vault, case.id, ConsentScope.TAKEDOWN)


def _when(value: object, field: str, now: datetime) -> datetime:
    if value is None:
        return now.astimezone()
    return lifecycle.parse_when(value, field, now=now)


def _reference(value: object) -> str:
    return _line(value, N_("Reference number"))


def default_action(kind: RecipientKind) -> RequestedAction:
    return RequestedAction.DELIST if kind is RecipientKind.SEARCH_ENGINE \
        else RequestedAction.DELETE


# --- creating requests ------------------------------------------------------------------------
def _insert(vault: Vault, conn: Connection, case: Case, draft: RequestDraft,
            recipient: Recipient, evidence_ids: tuple[int, ...], now: datetime, *,
            parent: TakedownRequest | None = None,
            link: LinkKind | None = None) -> TakedownRequest:
    if not recipient.active:
        raise NotAllowed(N_("The recipient {name} is deactivated; reactivate it or choose "
                            "another."), name=recipient.name)
    target, platform = targets.check_target(draft.target_kind, draft.target)
    seq = takedown_repo.next_seq(conn, case.id)
    content = draft.content_type or (parent.content_type if parent is not None
                                     else content_type_for(case.legal_category))
    request = TakedownRequest(
        id=0, case_id=case.id, case_number=case.number, seq=seq,
        code=takedown_repo.request_code(case.number, seq), target_kind=draft.target_kind,
        target=target, platform=platform, recipient_id=recipient.id,
        recipient_name=recipient.name, recipient_kind=recipient.kind,
        channel=draft.channel or recipient.channel, status=TakedownStatus.DRAFT,
        recipient_reference="", content_type=content, description=draft.description,
        keywords=draft.keywords, action=draft.action or default_action(recipient.kind),
        note=draft.note,
        parent_id=None if parent is None else parent.id, link=link,
        root_id=0 if parent is None else parent.root_id, policy=recipient.policy,
        submitted_at=None, acknowledged_at=None, resolved_at=None, removal_verified_at=None,
        last_checked_at=None, escalate_at=None, created_at=now, created_by=vault.actor,
        updated_at=now, evidence_ids=evidence_ids)
    request_id = takedown_repo.insert_request(conn, request)
    takedown_repo.add_event(conn, request_id, None, TakedownStatus.DRAFT, now.astimezone(), now,
                            vault.actor)
    for kind, due in deadlines.plan_for_status(TakedownStatus.DRAFT, now, request.policy, None):
        takedown_repo.add_task(conn, request_id, case.id, kind, due)
    case_repo.touch(conn, case.id, now)
    created = takedown_repo.get_request(conn, request_id)
    assert created is not None
    vault.audit("takedown.created", "takedown", created.code, case=case.number,
                recipient=recipient.key or recipient.name, target_kind=draft.target_kind.value,
                evidence=len(evidence_ids), link=None if link is None else link.value,
                parent=None if parent is None else parent.code)
    log.info("takedown request id=%s created", request_id)
    return created


def create_request(vault: Vault, case: CaseRef, target: str, recipient: RecipientRef, *,
                   target_kind: TargetKind | str = TargetKind.URL,
                   evidence: Iterable[EvidenceInput] = (), channel: Channel | str | None = None,
                   content_type: ContentType | str | None = None, description: str = "",
                   keywords: str = "", action: RequestedAction | str | None = None,
                   note: str = "") -> TakedownRequest:
    """A new draft request for one URL (or account/channel) of a case, covering the given
    evidence items (ids or codes of the same case). Needs the victim's takedown consent."""
    draft = RequestDraft(target, target_kind, channel, content_type, description,  # type: ignore[arg-type]
                         keywords, action, note)  # type: ignore[arg-type]
    targets.check_target(draft.target_kind, draft.target)
    now = _now()
    with vault.write() as conn:
        _seed_directory(vault, conn)
        found_case = cases_service.get_case(vault, case)
        _require_takedown_consent(vault, found_case)
        found_recipient = _recipient(conn, recipient)
        evidence_ids = _evidence(conn, found_case, evidence)
        return _insert(vault, conn, found_case, draft, found_recipient, evidence_ids, now)


def update_request(vault: Vault, ref: RequestRef, *, description: str = UNCHANGED,
                   keywords: str = UNCHANGED, content_type: ContentType | str = UNCHANGED,
                   action: RequestedAction | str = UNCHANGED, note: str = UNCHANGED,
                   evidence: Iterable[EvidenceInput] = UNCHANGED) -> TakedownRequest:
    """Change what a request says about the material (the target and recipient stay: a
    different address or recipient is a new request)."""
    changes: dict[str, Any] = {}
    if description is not UNCHANGED:
        changes["description"] = fields.long_text(description, N_("What the material is"))
    if keywords is not UNCHANGED:
        changes["keywords"] = fields.long_text(keywords, N_("Titles or keywords"))
    if content_type is not UNCHANGED:
        changes["content_type"] = fields.choice(ContentType, content_type, N_("Content type"))
    if action is not UNCHANGED:
        changes["action"] = fields.choice(RequestedAction, action, N_("Requested action"))
    if note is not UNCHANGED:
        changes["note"] = fields.long_text(note, N_("Note"))
    now = _now()
    with vault.write() as conn:
        current = _request(conn, ref)
        if evidence is not UNCHANGED:
            found_case = cases_service.get_case(vault, current.case_id)
            ids = _evidence(conn, found_case, evidence)
            if ids != current.evidence_ids:
                takedown_repo.set_evidence(conn, current.id, ids)
            changes["evidence_ids"] = ids
        changed = sorted(k for k, v in changes.items() if getattr(current, k) != v)
        if not changed:
            return current
        updated = replace(current, **changes, updated_at=now)
        takedown_repo.update_request(conn, updated)
        case_repo.touch(conn, current.case_id, now)
        vault.audit("takedown.updated", "takedown", current.code, fields=changed)
    return updated


# --- the lifecycle ----------------------------------------------------------------------------
def _apply(vault: Vault, conn: Connection, current: TakedownRequest,
           change: lifecycle.StatusChange, now: datetime, close: Sequence[TaskKind],
           outcome: str) -> TakedownRequest:
    takedown_repo.update_request(conn, change.request)
    takedown_repo.close_tasks(conn, current.id, close, now, vault.actor, outcome)
    for kind, due in change.tasks:
        takedown_repo.add_task(conn, current.id, current.case_id, kind, due)
    case_repo.touch(conn, current.case_id, now)
    updated = takedown_repo.get_request(conn, current.id)
    assert updated is not None
    return updated


def set_status(vault: Vault, ref: RequestRef, status: TakedownStatus | str, *,
               at: object = None, reference: str | None = None,
               verified_at: object = None, note: str = "") -> TakedownRequest:
    """Move a request along draft → submitted → acknowledged → removed / rejected / no
    response, or withdraw it. ``at`` is when it happened (default now; a date means the
    start of that day here). ``reference`` records the recipient's reference number.
    ``verified_at`` (removals only) is when someone confirmed the material is gone; without
    it a "verify the removal" task is queued. Submitting needs takedown consent."""
    target = fields.choice(TakedownStatus, status, N_("Status"))
    now = _now()
    when = _when(at, N_("Time"), now)
    verified = None if verified_at is None else lifecycle.parse_when(
        verified_at, N_("Verified at"), now=now)
    ref_text = None if reference is None else _reference(reference)
    note_text = fields.long_text(note, N_("Note"))
    with vault.write() as conn:
        current = _request(conn, ref)
        if target is TakedownStatus.SUBMITTED:
            _require_takedown_consent(vault, cases_service.get_case(vault, current.case_id))
        change = lifecycle.change_status(
            current, target, when, last_event_at=takedown_repo.last_event_at(conn, current.id),
            now=now, verified_at=verified, reference=ref_text)
        updated = _apply(vault, conn, current, change, now, FOLLOW_UP_TASKS,
                         f"status:{target.value}")
        takedown_repo.add_event(conn, current.id, current.status, target, when, now,
                                vault.actor, ref_text or "", note_text)
        vault.audit("takedown.status_changed", "takedown", current.code,
                    case=current.case_number, old=current.status.value, new=target.value,
                    at=when.isoformat(), reference=ref_text is not None,
                    verified=verified is not None)
    log.info("takedown request id=%s: %s -> %s", current.id, current.status.value, target.value)
    return updated


def submit(vault: Vault, ref: RequestRef, *, at: object = None,
           reference: str | None = None) -> TakedownRequest:
    return set_status(vault, ref, TakedownStatus.SUBMITTED, at=at, reference=reference)


def verify_removal(vault: Vault, ref: RequestRef, at: object = None) -> TakedownRequest:
    """Record when the removal was confirmed; re-check tasks follow from that date."""
    now = _now()
    when = _when(at, N_("Verified at"), now)
    with vault.write() as conn:
        current = _request(conn, ref)
        change = lifecycle.verify_removal(current, when, now=now)
        updated = _apply(vault, conn, current, change, now,
                         (TaskKind.VERIFY_REMOVAL, TaskKind.RECHECK), "verified")
        vault.audit("takedown.removal_verified", "takedown", current.code,
                    case=current.case_number, at=when.isoformat())
    return updated


def record_check(vault: Vault, ref: RequestRef, at: object = None,
                 note: str = "") -> TakedownRequest:
    """The counsellor looked and the material is still there: the next follow-up is
    planned from this check."""
    now = _now()
    when = _when(at, N_("Checked at"), now)
    note_text = fields.long_text(note, N_("Note"))
    with vault.write() as conn:
        current = _request(conn, ref)
        change = lifecycle.record_check(current, when, now=now)
        updated = _apply(vault, conn, current, change, now,
                         (TaskKind.CHECK, TaskKind.ESCALATE), "checked")
        vault.audit("takedown.checked", "takedown", current.code, case=current.case_number,
                    at=when.isoformat(), note=bool(note_text))
    return updated


def set_follow_up(vault: Vault, ref: RequestRef, *, due: object = None,
                  escalate_at: object = None,
                  policy: FollowUpPolicy | None = None) -> TakedownRequest:
    """Edit a request's follow-up: the due date of its open follow-up task, its escalation
    date, and/or its policy (hours and re-check days; a new escalation time follows from the
    submission unless ``escalate_at`` is given). Dates before the submission are refused."""
    now = _now()
    due_at = None if due is None else lifecycle.parse_due(due, N_("Due date"), now=now)
    escalate = None if escalate_at is None else lifecycle.parse_due(
        escalate_at, N_("Escalation date"), now=now)
    if policy is not None and not isinstance(policy, FollowUpPolicy):
        raise BadInput(N_("The follow-up policy is not valid."))
    with vault.write() as conn:
        current = _request(conn, ref)
        updated = current
        changed = []
        if policy is not None and policy != current.policy:
            updated = replace(updated, policy=policy)
            if current.submitted_at is not None and escalate is None \
                    and current.status.awaiting_answer:
                escalate = deadlines.escalation_due(current.submitted_at, policy)
            changed.append("policy")
        if escalate is not None:
            lifecycle.check_escalate_time(current, escalate)
            updated = replace(updated, escalate_at=escalate)
            changed.append("escalate_at")
        open_tasks = [t for t in takedown_repo.tasks_of(conn, current.id, open_only=True)
                      if t.kind in FOLLOW_UP_TASKS]
        if due_at is not None:
            lifecycle.check_due_time(current, due_at)
            if not open_tasks:
                raise NotAllowed(N_("Request {code} has no open follow-up to move."),
                                 code=current.code)
            takedown_repo.set_task_due(conn, open_tasks[0].id, due_at)
            changed.append("due")
        elif escalate is not None:
            for task in open_tasks:
                if task.kind is TaskKind.ESCALATE and task.due_at == current.escalate_at:
                    takedown_repo.set_task_due(conn, task.id, escalate)
        if not changed:
            return current
        updated = replace(updated, updated_at=now)
        takedown_repo.update_request(conn, updated)
        vault.audit("takedown.follow_up_changed", "takedown", current.code,
                    case=current.case_number, fields=changed,
                    due=None if due_at is None else due_at.isoformat())
        result = takedown_repo.get_request(conn, current.id)
    assert result is not None
    return result


def complete_recheck(vault: Vault, task_id: int, *, found_again: bool, at: object = None,
                     url: str | None = None,
                     recipient: RecipientRef | None = None) -> TakedownRequest | None:
    """Close a re-check task. ``found_again`` with a ``url`` (or the same address when
    none is given) creates the linked re-upload request in the same step; returns it."""
    if not isinstance(found_again, bool):
        raise BadInput(N_("Say whether the material was found again."))
    now = _now()
    when = _when(at, N_("Checked at"), now)
    with vault.write() as conn:
        task = takedown_repo.get_task(conn, task_id)
        if task is None or task.kind is not TaskKind.RECHECK:
            raise NotFound(N_("There is no re-check task {id}."), id=task_id)
        if not task.open:
            raise NotAllowed(N_("Re-check task {id} is already done."), id=task_id)
        current = _request(conn, task.request_id)
        takedown_repo.close_task(conn, task.id, now, vault.actor,
                                 "found_again" if found_again else "still_removed")
        vault.audit("takedown.rechecked", "takedown", current.code, case=current.case_number,
                    at=when.isoformat(), found_again=found_again)
        if not found_again:
            case_repo.touch(conn, current.case_id, now)
            return None
        return _reupload(vault, conn, current, url if url is not None else current.target,
                         recipient, (), "", now, target_kind=None if url is not None
                         else current.target_kind)


# --- escalation and re-uploads --------------------------------------------------------------------
def escalation_state(vault: Vault, ref: RequestRef, *,
                     now: datetime | None = None) -> escalation.EscalationState:
    """The step the request is on (platform → regulator → police) and what the next step
    needs, each requirement marked met or not."""
    moment = now or _now()
    with vault.read() as conn:
        current = _request(conn, ref)
        return _assess(vault, current, moment)


def _assess(vault: Vault, request: TakedownRequest,
            now: datetime) -> escalation.EscalationState:
    return escalation.assess(
        request, now=now,
        takedown_consent=cases_service.has_consent(vault, request.case_id, ConsentScope.TAKEDOWN),
        police_consent=cases_service.has_consent(vault, request.case_id, ConsentScope.POLICE))


def escalate(vault: Vault, ref: RequestRef, *, recipient: RecipientRef | None = None,
             note: str = "") -> TakedownRequest:
    """Take the next step of the escalation path: a new draft request to the regulator (or
    the police), linked to this one, for the same material and evidence. Refused, naming
    what is missing, until the step's requirements are met."""
    note_text = fields.long_text(note, N_("Note"))
    now = _now()
    with vault.write() as conn:
        _seed_directory(vault, conn)
        current = _request(conn, ref)
        state = _assess(vault, current, now)
        if current.status in (TakedownStatus.REMOVED, TakedownStatus.WITHDRAWN):
            raise NotAllowed(N_("Request {code} is {status}; there is nothing to escalate. If "
                                "the material is back online, record a re-upload."),
                             code=current.code, status=current.status.value)
        if state.next_step is None:
            raise NotAllowed(N_("Request {code} is already at the last step ({step}); there "
                                "is no further escalation."), code=current.code,
                             step=fields.FieldName(escalation._STEP_LABELS[state.step]))
        missing = state.missing
        if escalation.Requirement.TAKEDOWN_CONSENT in missing:
            _require_takedown_consent(vault, cases_service.get_case(vault, current.case_id))
        if escalation.Requirement.POLICE_CONSENT in missing:
            cases_service.require_consent(vault, current.case_id, ConsentScope.POLICE)
        if missing:
            raise NotAllowed(N_("Request {code} cannot be escalated yet. Missing: {missing}."),
                             code=current.code, missing="; ".join(
                                 translate(escalation._REQUIREMENT_LABELS[m]) for m in missing))
        if recipient is None:
            assert state.next_recipient is not None
            target_recipient = takedown_repo.recipient_by_key(conn, state.next_recipient)
            if target_recipient is None:
                raise NotFound(N_("There is no recipient '{name}'. Known recipients: "
                                  "{names}."), name=state.next_recipient, names="")
        else:
            target_recipient = _recipient(conn, recipient)
        wanted = escalation.step_of(target_recipient.kind).step
        if wanted is not state.next_step:
            raise NotAllowed(N_("The next step for {code} is {step}; {name} is not on that "
                                "step."), code=current.code,
                             step=fields.FieldName(escalation._STEP_LABELS[state.next_step]),
                             name=target_recipient.name)
        found_case = cases_service.get_case(vault, current.case_id)
        draft = RequestDraft(current.target, current.target_kind, None, current.content_type,
                             current.description, current.keywords, None, note_text)
        takedown_repo.close_tasks(conn, current.id, (TaskKind.CHECK, TaskKind.ESCALATE), now,
                                  vault.actor, "escalated")
        created = _insert(vault, conn, found_case, draft, target_recipient,
                          current.evidence_ids, now, parent=current, link=LinkKind.ESCALATION)
    return created


def _reupload(vault: Vault, conn: Connection, previous: TakedownRequest, url: str,
              recipient: RecipientRef | None, evidence: Iterable[EvidenceInput], note: str,
              now: datetime, *, target_kind: TargetKind | None) -> TakedownRequest:
    if previous.status is TakedownStatus.DRAFT:
        raise NotAllowed(N_("Request {code} was never sent; change its address instead of "
                            "recording a re-upload."), code=previous.code)
    found_case = cases_service.get_case(vault, previous.case_id)
    _require_takedown_consent(vault, found_case)
    kind = target_kind or TargetKind.URL
    target_recipient = _recipient(conn, recipient if recipient is not None
                                  else previous.recipient_id)
    action = previous.action if target_recipient.kind is previous.recipient_kind else None
    draft = RequestDraft(url, kind, None, previous.content_type, previous.description,
                         previous.keywords, action, note)
    ids = set(previous.evidence_ids) | set(_evidence(conn, found_case, evidence))
    return _insert(vault, conn, found_case, draft, target_recipient, tuple(sorted(ids)), now,
                   parent=previous, link=LinkKind.REUPLOAD)


def reupload(vault: Vault, ref: RequestRef, url: str, *,
             recipient: RecipientRef | None = None, evidence: Iterable[EvidenceInput] = (),
             target_kind: TargetKind | str = TargetKind.URL, note: str = "") -> TakedownRequest:
    """The material of ``ref`` turned up again at ``url``: one action creates the linked
    re-upload request (same recipient unless another is named; the earlier evidence plus
    ``evidence``), in the same chain."""
    kind = fields.choice(TargetKind, target_kind, N_("Target type"))
    targets.check_target(kind, url)
    note_text = fields.long_text(note, N_("Note"))
    now = _now()
    with vault.write() as conn:
        _seed_directory(vault, conn)
        previous = _request(conn, ref)
        return _reupload(vault, conn, previous, url, recipient, evidence, note_text, now,
                         target_kind=kind)


def reupload_candidates(vault: Vault, evidence_ids: Iterable[int]) -> list[TakedownRequest]:
    """For evidence that matched a new item (same SHA-256 or a PDQ match at ingest): the
    latest sent request of each chain covering it, i.e. where a re-upload would link."""
    with vault.read() as conn:
        latest: dict[int, TakedownRequest] = {}
        for request in takedown_repo.requests_covering(conn, evidence_ids):
            for member in takedown_repo.chain(conn, request.root_id):
                if member.status is TakedownStatus.DRAFT:
                    continue
                best = latest.get(member.root_id)
                if best is None or member.id > best.id:
                    latest[member.root_id] = member
        return sorted(latest.values(), key=lambda r: r.id)


def reupload_for_match(vault: Vault, new_evidence: EvidenceInput,
                       matched_evidence: EvidenceInput, *, url: str | None = None,
                       recipient: RecipientRef | None = None) -> TakedownRequest:
    """One action after evidence ingest reported a match: link a re-upload request for the
    new item (its URL unless ``url`` is given) to the chain that covered the matched item."""
    with vault.read() as conn:
        new_item = _evidence_item(conn, new_evidence)
        old_item = _evidence_item(conn, matched_evidence)
    chains = reupload_candidates(vault, [old_item.id])
    if not chains:
        raise NotFound(N_("No takedown request covers evidence item {code}."),
                       code=old_item.code)
    previous = chains[-1]
    if new_item.case_id != previous.case_id:
        raise NotAllowed(N_("Evidence item {code} belongs to another case, not to "
                            "{number}."), code=new_item.code, number=previous.case_number)
    address = url if url is not None else new_item.url
    if not address:
        raise BadInput(N_("Evidence item {code} has no web address; give the address where "
                          "the material was found."), code=new_item.code)
    return reupload(vault, previous, address, recipient=recipient, evidence=[new_item.id])


def _evidence_item(conn: Connection, ref: EvidenceInput) -> EvidenceRef:
    item: EvidenceRef | None = None
    if isinstance(ref, EvidenceRef):
        item = takedown_repo.evidence_ref(conn, ref.id)
    elif isinstance(ref, int) and not isinstance(ref, bool):
        item = takedown_repo.evidence_ref(conn, ref)
    elif isinstance(ref, str):
        item = takedown_repo.evidence_ref(conn, int(ref)) if ref.strip().isdigit() \
            else takedown_repo.evidence_by_code(conn, ref.strip())
    if item is None:
        raise NotFound(N_("There is no evidence item {ref}."), ref=str(ref)[:60])
    return item


# --- queue and figures ------------------------------------------------------------------------
def queue(vault: Vault, *, as_of: object = None, case: CaseRef | None = None,
          counsellor: int | str | None = None, overdue_only: bool = False,
          kinds: Sequence[TaskKind | str] = (), limit: int = 50,
          after: tuple[str, int] | None = None) -> QueuePage[QueueRow]:
    """Open follow-ups across all cases (or one case, or one counsellor's cases): overdue
    first, then due today, then upcoming (that is, due order). ``as_of`` fixes "now"
    (default: this moment, in this computer's zone). Pass ``page.next_after`` as ``after``
    for the next page."""
    now = _now()
    moment = now.astimezone() if as_of is None else lifecycle.parse_due(
        as_of, N_("As of"), now=now)
    with vault.read() as conn:
        case_id = None if case is None else cases_service.get_case(vault, case).id
        counsellor_id = None
        if counsellor is not None:
            counsellor_id = cases_service.get_counsellor(vault, counsellor).id
        query = QueueQuery(as_of=moment, case_id=case_id, counsellor_id=counsellor_id,
                           overdue_only=overdue_only, kinds=tuple(kinds),  # type: ignore[arg-type]
                           limit=limit, after=after)
        rows, cursor, has_more = takedown_repo.queue_rows(conn, query)
    items = []
    for row in rows:
        due = datetime.fromisoformat(row[2])
        items.append(takedown_repo.queue_row(row, deadlines.bucket(due, moment)))
    return QueuePage(tuple(items), cursor, has_more)


def figures(vault: Vault) -> list[RecipientFigures]:
    """Per recipient: requests sent, removed, rejected, without response and still open,
    the median hours from submission to removal, the rejection rate and re-uploads found."""
    with vault.read() as conn:
        return takedown_repo.figures(conn)


# --- verification ---------------------------------------------------------------------------
_PROBLEMS = {
    "root": N_("Takedown request {code}: the first request of its chain is missing or belongs "
               "to another case."),
    "task_case": N_("Takedown request {code}: a follow-up is filed under another case."),
    "no_follow_up": N_("Takedown request {code} is still open but has no follow-up date."),
}


def verification_problems(vault: Vault) -> list[str]:
    """Takedown records that contradict each other (for ``caseapp-admin verify``)."""
    with vault.read() as conn:
        found = takedown_repo.consistency_problems(conn)
    return [translate(_PROBLEMS[problem], None, code=code) for code, problem in found]


# --- letters --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LetterResult:
    path: Path
    form: LetterForm
    lang: str
    format: str                      # "pdf" or "txt"
    sha256: str
    pages: int | None
    victim_identity: bool


def _letter_facts(vault: Vault, request: TakedownRequest, lang: str,
                  victim: str | None, now: datetime) -> letters.LetterFacts:
    from caseapp.services import vault as vault_service

    with vault.read() as conn:
        recipient = takedown_repo.get_recipient(conn, request.recipient_id)
        assert recipient is not None
        settings = _settings(conn)
        details = vault_service.organisation_details(vault)
        organisation = vault_service.organisation(vault)
        evidence = tuple(takedown_repo.evidence_refs(conn, request.evidence_ids))
        earlier = tuple(r for r in takedown_repo.chain(conn, request.root_id)
                        if r.id < request.id)
        parent = None if request.parent_id is None else \
            takedown_repo.get_request(conn, request.parent_id)
    return letters.LetterFacts(
        lang=lang, organisation=organisation, organisation_address=details.get("address", ""),
        organisation_phone=details.get("phone", ""),
        organisation_email=details.get("email", ""),
        signatory=settings.signatory or vault.actor,
        legal_basis=settings.legal_basis(lang), letter_date=now.astimezone(),
        request=request, recipient=recipient, evidence=evidence, earlier=earlier,
        parent=parent, victim=victim)


def _victim_name(vault: Vault, request: TakedownRequest) -> str:
    victim = cases_service.reveal_victim(vault, request.case_id)      # audited
    name = victim.name.strip() or victim.preferred_name.strip()
    if not name:
        raise BadInput(N_("No name is recorded for the victim of case {number}; the letter "
                          "cannot name them."), number=request.case_number)
    return name


def _lang(lang: str | None) -> str:
    value = lang or current_language()
    if value not in LANGUAGES:
        raise BadInput(N_("Unknown language {lang}; use one of {choices}."), lang=str(value),
                       choices=", ".join(LANGUAGES))
    return value


def _prepare_letter(vault: Vault, ref: RequestRef, form: LetterForm | str, lang: str | None,
                    include_victim_identity: bool, now: datetime
                    ) -> tuple[TakedownRequest, LetterForm, str, letters.LetterFacts]:
    letter_form = fields.choice(LetterForm, form, N_("Letter form"))
    language = _lang(lang)
    if not isinstance(include_victim_identity, bool):
        raise BadInput(N_("Say whether the letter names the victim."))
    with vault.read() as conn:
        request = _request(conn, ref)
    _require_takedown_consent(vault, cases_service.get_case(vault, request.case_id))
    victim = _victim_name(vault, request) if include_victim_identity else None
    return request, letter_form, language, _letter_facts(vault, request, language, victim, now)


def letter_text(vault: Vault, ref: RequestRef, *, form: LetterForm | str = LetterForm.LETTER,
                lang: str | None = None, include_victim_identity: bool = False) -> str:
    """The letter as plain text (e.g. to paste into a web form)."""
    now = _now()
    request, letter_form, language, facts = _prepare_letter(
        vault, ref, form, lang, include_victim_identity, now)
    if letter_form is LetterForm.STATUTORY:
        return letters.statutory_text(letters.statutory_form(facts))
    body, _edited = template_text(vault, request.recipient_kind, letter_form, language)
    return letters.fill_template(facts, body).as_text()


def write_letter(vault: Vault, ref: RequestRef, out: Path | str, *,
                 form: LetterForm | str = LetterForm.LETTER, lang: str | None = None,
                 include_victim_identity: bool = False,
                 invariant: bool = False) -> LetterResult:
    """Write a letter for ``ref`` to ``out``: PDF when the name ends in .pdf, plain UTF-8 text
    when it ends in .txt. ``form``: the request letter, the web-form text, or the statutory
    신고·삭제요청서. Needs the victim's takedown consent; names the victim only with
    ``include_victim_identity`` (the reveal is audited). The file is the user's explicit
    export and is recorded in the audit chain with its SHA-256."""
    import hashlib

    from caseapp.reports import toolkit

    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".txt"):
        raise BadInput(N_("The letter file name must end in .pdf or .txt: {name}"),
                       name=target.name)
    if target.is_dir():
        raise BadInput(N_("{path} is a folder; give a file name."), path=str(target))
    if not target.parent.is_dir():
        raise BadInput(N_("The folder {path} does not exist."), path=str(target.parent))
    now = _now()
    request, letter_form, language, facts = _prepare_letter(
        vault, ref, form, lang, include_victim_identity, now)
    pages: int | None = None
    if letter_form is LetterForm.STATUTORY:
        statutory = letters.statutory_form(facts)
        title = statutory.title
        text = letters.statutory_text(statutory)
        story: Any = letters.statutory_story(statutory)
    else:
        body, _edited = template_text(vault, request.recipient_kind, letter_form, language)
        filled = letters.fill_template(facts, body)
        title = translate(letters.LETTER_TITLE, language, code=request.code)
        text = filled.as_text()
        story = letters.letter_story(facts, filled)
    if suffix == ".pdf":
        built = toolkit.build_document(
            target, story, title=title, organisation=facts.organisation or title,
            document_id=f"{request.code}/{letter_form.value}", generated_at=now.astimezone(),
            lang=language, invariant=invariant)
        digest, pages = built.sha256, built.pages
    else:
        data = text.encode("utf-8")
        toolkit.write_atomically(target, data)
        digest = hashlib.sha256(data).hexdigest()
    with vault.write():
        vault.audit("takedown.letter_written", "takedown", request.code,
                    case=request.case_number, form=letter_form.value, lang=language,
                    format=suffix[1:], file=target.name, sha256=digest,
                    victim_identity=include_victim_identity)
    log.info("takedown letter for request id=%s written (%s)", request.id, suffix[1:])
    return LetterResult(target, letter_form, language, suffix[1:], digest, pages,
                        include_victim_identity)


# --- case export / import section -------------------------------------------------------------
def _m(value: datetime | None) -> str | None:
    return None if value is None else fields.format_timestamp(value)


def _evidence_section_registered() -> bool:
    return any(section.name == "evidence" for section in case_io.sections())


def _export(ctx: case_io.ExportContext, case_id: int) -> Any:
    out = []
    conn = ctx.conn
    warned = _evidence_section_registered()
    by_id: dict[int, str] = {}
    for request in takedown_repo.requests_of_case(conn, case_id):
        by_id[request.id] = request.code
    for request in takedown_repo.requests_of_case(conn, case_id):
        recipient = takedown_repo.get_recipient(conn, request.recipient_id)
        assert recipient is not None
        evidence = [e.code for e in takedown_repo.evidence_refs(conn, request.evidence_ids)]
        if evidence and not warned:
            before = list(ctx.warnings)
            ctx.warn(N_("Evidence items are not part of this export; takedown requests name "
                        "them by code only and an import leaves those links out."))
            if ctx.warnings[-1] in before:
                ctx.warnings.pop()
            warned = True
        out.append({
            "code": request.code, "seq": request.seq,
            "target_kind": request.target_kind.value, "target": request.target,
            "recipient": _export_recipient(recipient), "channel": request.channel.value,
            "status": request.status.value, "recipient_reference": request.recipient_reference,
            "content_type": request.content_type.value, "description": request.description,
            "keywords": request.keywords, "action": request.action.value, "note": request.note,
            "parent": None if request.parent_id is None else by_id.get(request.parent_id),
            "link": None if request.link is None else request.link.value,
            "root": by_id.get(request.root_id, request.code),
            "policy": {"check_after_hours": request.policy.check_after_hours,
                       "escalate_after_hours": request.policy.escalate_after_hours,
                       "recheck_days": list(request.policy.recheck_days)},
            "submitted_at": _m(request.submitted_at),
            "acknowledged_at": _m(request.acknowledged_at),
            "resolved_at": _m(request.resolved_at),
            "removal_verified_at": _m(request.removal_verified_at),
            "last_checked_at": _m(request.last_checked_at),
            "escalate_at": _m(request.escalate_at),
            "created_at": fields.format_timestamp(request.created_at),
            "created_by": request.created_by,
            "updated_at": fields.format_timestamp(request.updated_at),
            "evidence": evidence,
            "history": [{"old_status": None if e.old_status is None else e.old_status.value,
                         "new_status": e.new_status.value, "at": e.at.isoformat(),
                         "recorded_at": fields.format_timestamp(e.recorded_at),
                         "recorded_by": e.recorded_by, "reference": e.reference,
                         "note": e.note} for e in takedown_repo.events(conn, request.id)],
            "tasks": [{"kind": t.kind.value, "due_at": fields.format_timestamp(t.due_at),
                       "done_at": _m(t.done_at), "done_by": t.done_by, "outcome": t.outcome}
                      for t in takedown_repo.tasks_of(conn, request.id)],
        })
    return out


def _export_recipient(recipient: Recipient) -> dict[str, Any]:
    return {"key": recipient.key, "name": recipient.name, "kind": recipient.kind.value,
            "channel": recipient.channel.value, "web_form": recipient.web_form,
            "email": recipient.email, "postal_address": recipient.postal_address,
            "phone": recipient.phone, "guidance": recipient.guidance,
            "check_after_hours": recipient.policy.check_after_hours,
            "escalate_after_hours": recipient.policy.escalate_after_hours,
            "recheck_days": list(recipient.policy.recheck_days),
            "statutory": recipient.statutory}


def _opt_ts(o: case_io.JsonObject, key: str) -> datetime | None:
    if o.raw(key) is None:
        return None
    return o.timestamp(key)


def _import_recipient(ctx: case_io.ImportContext, data: Any, path: str) -> int:
    o = case_io.JsonObject(data, path)
    key = o.raw("key")
    if key is not None and not isinstance(key, str):
        case_io.fail(o.at("key"), N_("expected text or null, found {found}."), found="?")
    name = o.text("name")
    kind = o.choice("kind", RecipientKind)
    channel = o.choice("channel", Channel)
    values = {k: o.text(k, long=k in ("postal_address", "guidance"))
              for k in ("web_form", "email", "postal_address", "phone", "guidance")}
    check_h = o.integer("check_after_hours")
    escalate_h = o.integer("escalate_after_hours")
    days = [d for d, _ in o.items("recheck_days")]
    statutory = o.boolean("statutory")
    o.done()
    if key is not None:
        found = takedown_repo.recipient_by_key(ctx.conn, key)
        if found is not None:
            return found.id
    found = takedown_repo.recipient_by_name(ctx.conn, name)
    if found is not None:
        return found.id
    draft = _build(path, lambda: RecipientDraft(
        name, kind, channel, values["web_form"], values["email"], values["postal_address"],
        values["phone"], values["guidance"],
        FollowUpPolicy(check_h, escalate_h, tuple(days)), statutory))  # type: ignore[arg-type]
    return takedown_repo.insert_recipient(ctx.conn, None, draft, True, ctx.now).id


def _build(path: str, make: Any) -> Any:
    try:
        return make()
    except BadInput as exc:
        case_io.fail(path, exc)


def _import(ctx: case_io.ImportContext, case_id: int, data: Any, path: str) -> None:
    if data is None:
        return
    if not isinstance(data, list):
        case_io.fail(path, N_("expected a list […], found {found}."), found="?")
    _seed_directory(ctx.vault, ctx.conn)
    carries_evidence = _evidence_section_registered()
    case = case_repo.get_case(ctx.conn, case_id)
    assert case is not None
    ids: dict[str, int] = {}
    roots: dict[str, str] = {}
    for index, item in enumerate(data):
        where = f"{path}[{index}]"
        o = case_io.JsonObject(item, where)
        seq = o.integer("seq")
        code = o.text("code")
        if seq is None or seq < 1 or code != takedown_repo.request_code(case.number, seq) \
                or code in ids:
            case_io.fail(o.at("code"), N_("expected a unique request code of this case like "
                                          "{example}."),
                         example=takedown_repo.request_code(case.number, 1))
        target_kind = o.choice("target_kind", TargetKind)
        raw_target = o.text("target")
        try:
            target, platform = targets.check_target(target_kind, raw_target)
        except BadInput as exc:
            case_io.fail(o.at("target"), exc)
        recipient_id = _import_recipient(ctx, o.raw("recipient"), o.at("recipient"))
        recipient = takedown_repo.get_recipient(ctx.conn, recipient_id)
        assert recipient is not None
        parent_code = o.raw("parent")
        root_code = o.text("root")
        link = o.optional_choice("link", LinkKind)
        if parent_code is not None and parent_code not in ids:
            case_io.fail(o.at("parent"), N_("'{ref}' does not name an earlier request of this "
                                            "case."), ref=str(parent_code)[:40])
        if (parent_code is None) != (link is None):
            case_io.fail(o.at("link"), N_("a link kind goes with a parent request, and only "
                                          "with one."))
        if root_code != code and root_code not in ids:
            case_io.fail(o.at("root"), N_("'{ref}' does not name an earlier request of this "
                                          "case."), ref=root_code[:40])
        policy_obj = case_io.JsonObject(o.raw("policy"), o.at("policy"))
        policy = _build(o.at("policy"), lambda p=policy_obj: FollowUpPolicy(
            p.integer("check_after_hours"), p.integer("escalate_after_hours"),
            tuple(d for d, _ in p.items("recheck_days"))))
        policy_obj.done()
        evidence_ids = []
        for ref, ref_path in o.items("evidence"):
            found = takedown_repo.evidence_by_code(ctx.conn, ref) if isinstance(ref, str) \
                else None
            if found is not None and found.case_id == case_id:
                evidence_ids.append(found.id)
            elif carries_evidence or not isinstance(ref, str):
                case_io.fail(ref_path, N_("'{ref}' does not name an evidence item of this "
                                          "case in the file."), ref=str(ref)[:60])
            # else: the export format has no evidence section yet, so the file could not
            # carry the item; the link is left out rather than refusing the whole import.
        created_at = o.timestamp("created_at")
        updated_at = o.timestamp("updated_at")
        request = TakedownRequest(
            id=0, case_id=case_id, case_number=case.number, seq=seq, code=code,
            target_kind=target_kind, target=target, platform=platform,
            recipient_id=recipient_id, recipient_name=recipient.name,
            recipient_kind=recipient.kind, channel=o.choice("channel", Channel),
            status=o.choice("status", TakedownStatus),
            recipient_reference=o.text("recipient_reference"),
            content_type=o.choice("content_type", ContentType),
            description=o.text("description", long=True),
            keywords=o.text("keywords", long=True), action=o.choice("action", RequestedAction),
            note=o.text("note", long=True),
            parent_id=None if parent_code is None else ids[parent_code], link=link,
            root_id=0 if root_code == code else ids[root_code], policy=policy,
            submitted_at=_opt_ts(o, "submitted_at"),
            acknowledged_at=_opt_ts(o, "acknowledged_at"), resolved_at=_opt_ts(o, "resolved_at"),
            removal_verified_at=_opt_ts(o, "removal_verified_at"),
            last_checked_at=_opt_ts(o, "last_checked_at"), escalate_at=_opt_ts(o, "escalate_at"),
            created_at=created_at, created_by=o.text("created_by"), updated_at=updated_at,
            evidence_ids=tuple(sorted(set(evidence_ids))))
        new_id = takedown_repo.insert_request(ctx.conn, request)
        ids[code] = new_id
        roots[code] = root_code
        for event, event_path in o.items("history"):
            e = case_io.JsonObject(event, event_path)
            old = e.optional_choice("old_status", TakedownStatus)
            new = e.choice("new_status", TakedownStatus)
            at = e.moment("at")
            if not isinstance(at, datetime):
                case_io.fail(e.at("at"), N_("expected a date and time with offset."))
            recorded_at = e.timestamp("recorded_at")
            takedown_repo.add_event(ctx.conn, new_id, old, new, at, recorded_at,
                                    e.text("recorded_by"), e.text("reference"),
                                    e.text("note", long=True))
            e.done()
        for task_item, task_path in o.items("tasks"):
            t = case_io.JsonObject(task_item, task_path)
            task = TakedownTask(0, new_id, t.choice("kind", TaskKind), t.timestamp("due_at"),
                                _opt_ts(t, "done_at"), t.text("done_by"), t.text("outcome"))
            takedown_repo.insert_task_row(ctx.conn, new_id, case_id, task)
            t.done()
        o.done()


case_io.register_section("takedowns", _export, _import)


def require_consent_message(vault: Vault, case: CaseRef) -> str | None:
    """The refusal a takedown for ``case`` would get now (None when consent is in force);
    lets a form explain before the counsellor fills it in."""
    try:
        _require_takedown_consent(vault, cases_service.get_case(vault, case))
    except ConsentMissing as exc:
        return exc.message()
    return None


def monthly_activity(vault: Vault, months: Sequence[str], *,
                     counsellor: int | None = None) -> list[tuple[str, int, int]]:
    """Requests sent and removals recorded per month (``YYYY-MM`` in this computer's zone),
    for the months given, optionally for one counsellor's cases."""
    if not months:
        return []
    first = datetime.fromisoformat(months[0] + "-01").astimezone() - timedelta(days=1)
    sent = dict.fromkeys(months, 0)
    removed = dict.fromkeys(months, 0)
    with vault.read() as conn:
        rows = takedown_repo.activity_since(conn, first, counsellor)
    for submitted_at, status, resolved_at in rows:
        if submitted_at is not None:
            key = submitted_at.astimezone().strftime("%Y-%m")
            if key in sent:
                sent[key] += 1
        if status == TakedownStatus.REMOVED.value and resolved_at is not None:
            key = resolved_at.astimezone().strftime("%Y-%m")
            if key in removed:
                removed[key] += 1
    return [(m, sent[m], removed[m]) for m in months]
