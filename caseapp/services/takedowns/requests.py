"""Finding, creating and editing takedown requests (with the victim's takedown consent)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from caseapp.domain import fields
from caseapp.domain.cases import Case
from caseapp.domain.consent import ConsentScope
from caseapp.domain.takedowns import (
    Channel,
    ContentType,
    EvidenceRef,
    LinkKind,
    Recipient,
    RecipientKind,
    RequestDraft,
    RequestedAction,
    StatusEvent,
    TakedownRequest,
    TakedownStatus,
    TakedownTask,
    TargetKind,
    content_type_for,
)
from caseapp.errors import BadInput, ConsentMissing, NotAllowed, NotFound
from caseapp.i18n import N_
from caseapp.services import cases as cases_service
from caseapp.services.takedowns.recipients import _recipient, _seed_directory
from caseapp.services.takedowns.refs import (
    UNCHANGED,
    CaseRef,
    EvidenceInput,
    RecipientRef,
    RequestRef,
    _line,
    _now,
)
from caseapp.store import case_repo, takedown_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault
from caseapp.takedown import deadlines, lifecycle, targets

log = logging.getLogger(__name__)



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
                                     else content_type_for(case.legal_categories))
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



def require_consent_message(vault: Vault, case: CaseRef) -> str | None:
    """The refusal a takedown for ``case`` would get now (None when consent is in force);
    lets a form explain before the counsellor fills it in."""
    try:
        _require_takedown_consent(vault, cases_service.get_case(vault, case))
    except ConsentMissing as exc:
        return exc.message()
    return None

