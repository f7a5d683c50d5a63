"""The escalation path (platform → regulator → police) and re-upload chains."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from caseapp.domain import fields
from caseapp.domain.consent import ConsentScope
from caseapp.domain.takedowns import (
    EvidenceRef,
    LinkKind,
    RequestDraft,
    TakedownRequest,
    TakedownStatus,
    TargetKind,
    TaskKind,
)
from caseapp.errors import BadInput, NotAllowed, NotFound
from caseapp.i18n import N_, translate
from caseapp.services import cases as cases_service
from caseapp.services.takedowns.recipients import _recipient, _seed_directory
from caseapp.services.takedowns.refs import EvidenceInput, RecipientRef, RequestRef, _now
from caseapp.services.takedowns.requests import (
    _evidence,
    _insert,
    _request,
    _require_takedown_consent,
)
from caseapp.store import takedown_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault
from caseapp.takedown import escalation, targets

log = logging.getLogger(__name__)



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
                       recipient: RecipientRef | None = None,
                       note: str = "") -> TakedownRequest:
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
    return reupload(vault, previous, address, recipient=recipient, evidence=[new_item.id],
                    note=note)


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

