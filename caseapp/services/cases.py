"""Case-record verbs the GUI, the CLI and other areas call: open and update cases, the status
workflow, victim details (reveal audited), consent, incidents and perpetrator accounts,
counselling sessions, leaked information, proof of victimhood, counsellor profiles, lists."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from caseapp.domain import fields
from caseapp.domain.cases import (
    AccountRef,
    Case,
    CaseListRow,
    CaseQuery,
    CaseStatus,
    CounsellingSession,
    Counsellor,
    CounsellorRole,
    Incident,
    IncidentDraft,
    LeakedInfo,
    LeakKind,
    Page,
    PerpetratorAccount,
    ProofEntry,
    ProofItem,
    RiskLevel,
    SessionDraft,
    Victim,
    check_transition,
    clean_tags,
    is_reopen,
    parse_number,
)
from caseapp.domain.consent import ConsentMethod, ConsentRecord, ConsentScope
from caseapp.domain.fields import FieldName, Moment
from caseapp.domain.legal import LegalCategory, clean_categories
from caseapp.errors import BadInput, CaseAppError, ConsentMissing, NotAllowed, NotFound
from caseapp.i18n import N_
from caseapp.services import supervisor
from caseapp.store import case_repo, case_search, evidence_repo
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

CaseRef = Case | CaseListRow | int | str
PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CONSENT_CLOCK_SKEW = timedelta(minutes=10)


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


def _now() -> datetime:
    return fields.now_utc()


def new_pseudonym() -> str:
    """A code for lists and conversations, e.g. ``P-7KQ3XM``; not derived from anything."""
    return "P-" + "".join(secrets.choice(PSEUDONYM_ALPHABET) for _ in range(6))


# --- finding a case -------------------------------------------------------------------------------
def _resolve(vault: Vault, ref: CaseRef) -> Case:
    conn = vault.cases
    if isinstance(ref, Case | CaseListRow):
        found = case_repo.get_case(conn, ref.id)
        label = ref.number
    elif isinstance(ref, int) and not isinstance(ref, bool):
        found = case_repo.get_case(conn, ref)
        label = str(ref)
    elif isinstance(ref, str):
        parse_number(ref.strip())
        found = case_repo.case_by_number(conn, ref.strip())
        label = ref.strip()
    else:
        raise BadInput(N_("'{value}' is not a case number (YYYY-NNNN)."), value=str(ref)[:40])
    if found is None:
        raise NotFound(N_("There is no case {number}."), number=label)
    return found


def get_case(vault: Vault, number_or_id: CaseRef) -> Case:
    """A case by number (``'2024-0007'``) or id. Carries no identifying fields."""
    with vault.read():
        return _resolve(vault, number_or_id)


def _counsellor_or_none(vault: Vault, counsellor_id: int | None) -> int | None:
    if counsellor_id is None:
        return None
    if case_repo.get_counsellor(vault.cases, counsellor_id) is None:
        raise NotFound(N_("There is no counsellor profile {id}."), id=counsellor_id)
    return counsellor_id


# --- opening and updating -----------------------------------------------------------------------
def open_case(vault: Vault, *, pseudonym: str | None = None, tags: Iterable[str] = (),
              risk: RiskLevel | str = RiskLevel.MEDIUM, counsellor_id: int | None = None,
              legal_categories: Iterable[LegalCategory | str] = (),
              summary: str = "") -> Case:
    """A new case in status intake, numbered ``YYYY-NNNN`` in the current year's sequence,
    under any number of legal categories."""
    pseudo = new_pseudonym() if pseudonym is None else fields.text(pseudonym, N_("Pseudonym"))
    tag_set = clean_tags(tags)
    risk_level = fields.choice(RiskLevel, risk, N_("Risk level"))
    categories = clean_categories(legal_categories)
    text = fields.long_text(summary, N_("Summary"))
    now = _now()
    with vault.write() as conn:
        counsellor = _counsellor_or_none(vault, counsellor_id)
        year, seq = case_repo.next_number(conn, now.astimezone().year)
        case_id = case_repo.insert_case(
            conn, year=year, seq=seq, pseudonym=pseudo, status=CaseStatus.INTAKE,
            risk=risk_level, counsellor_id=counsellor, legal_categories=categories,
            summary=text,
            tags=tag_set, created_at=now, updated_at=now)
        case = case_repo.get_case(conn, case_id)
        assert case is not None
        vault.audit("case.opened", "case", case.number, risk=risk_level.value,
                    tags=list(tag_set), legal_categories=[c.value for c in categories])
    log.info("opened case id=%s", case.id)
    return case


def update_case(vault: Vault, case: CaseRef, *, pseudonym: str = UNCHANGED,
                risk: RiskLevel | str = UNCHANGED, counsellor_id: int | None = UNCHANGED,
                legal_categories: Iterable[LegalCategory | str] = UNCHANGED,
                summary: str = UNCHANGED, tags: Iterable[str] = UNCHANGED) -> Case:
    """Change the named fields (others stay). Status changes go through change_status."""
    changes: dict[str, Any] = {}
    if pseudonym is not UNCHANGED:
        changes["pseudonym"] = fields.text(pseudonym, N_("Pseudonym"))
    if risk is not UNCHANGED:
        changes["risk"] = fields.choice(RiskLevel, risk, N_("Risk level"))
    if legal_categories is not UNCHANGED:
        changes["legal_categories"] = clean_categories(legal_categories)
    if summary is not UNCHANGED:
        changes["summary"] = fields.long_text(summary, N_("Summary"))
    if tags is not UNCHANGED:
        changes["tags"] = clean_tags(tags)
    with vault.write() as conn:
        current = _resolve(vault, case)
        if counsellor_id is not UNCHANGED:
            changes["counsellor_id"] = _counsellor_or_none(vault, counsellor_id)
        changed = sorted(k for k, v in changes.items() if getattr(current, k) != v)
        if not changed:
            return current
        updated = replace(current, **changes, updated_at=_now())
        case_repo.update_case(conn, updated)
        vault.audit("case.updated", "case", current.number, fields=changed)
    return updated


def change_status(vault: Vault, case: CaseRef, new_status: CaseStatus | str,
                  reason: str = "") -> Case:
    """Move a case along the workflow; a transition not in ALLOWED_TRANSITIONS is refused.
    Reopening a closed case is audited as ``case.reopened``."""
    target = fields.choice(CaseStatus, new_status, N_("Status"))
    why = fields.long_text(reason, N_("Reason"))
    with vault.write() as conn:
        current = _resolve(vault, case)
        check_transition(current.status, target)
        updated = replace(current, status=target, updated_at=_now())
        case_repo.update_case(conn, updated)
        action = "case.reopened" if is_reopen(current.status, target) else "case.status_changed"
        vault.audit(action, "case", current.number, old=current.status.value,
                    new=target.value, reason=why)
    return updated


# --- lists and search ---------------------------------------------------------------------------
def list_cases(vault: Vault, query: CaseQuery | None = None) -> Page[CaseListRow]:
    """One page of the case list (filters, sort, trigram search). Rows never carry victim
    identifying fields. Pass ``page.next_after`` as ``CaseQuery.after`` for the next page."""
    with vault.read() as conn:
        return case_search.list_page(conn, query or CaseQuery())


def count_cases(vault: Vault, query: CaseQuery | None = None) -> int:
    with vault.read() as conn:
        return case_search.count(conn, query or CaseQuery())


def search_index_problems(vault: Vault) -> list[str]:
    """For ``verify``: every case indexed once, the FTS5 structure intact."""
    with vault.read() as conn:
        return case_search.index_problems(conn)


def rebuild_search_index(vault: Vault) -> int:
    """Re-index every case (after a verify finding); audited. Returns the number indexed."""
    with vault.write() as conn:
        count = case_search.rebuild(conn)
        vault.audit("search_index.rebuilt", "store", "", cases=count)
    return count


def catch_up_search(vault: Vault) -> int:
    """Bring the one-letter search entries of the cases written since the last catch-up up
    to date (the app does it when it locks, after the screen is locked: a write only notes
    its case, see ``case_search.refresh``). Best effort: a damaged, read-only or busy store
    is left for next time (searches read waiting cases' text meanwhile). Returns how many
    cases were brought up to date."""
    if vault.damaged:
        return 0
    with vault.read() as conn:
        if not case_search.letters_waiting(conn):
            return 0
    try:
        with vault.write() as conn:
            return case_search.catch_up_letters(conn)
    except CaseAppError as exc:  # busy (another process writes) or read-only: next time
        log.info("one-letter index left waiting: %s", type(exc).__name__)
        return 0


# --- victim -------------------------------------------------------------------------------------
def reveal_victim(vault: Vault, case: CaseRef) -> Victim:
    """The victim's identifying details; the ONLY way to read them. Every call is an audit
    event (``victim.revealed``), even when nothing was recorded yet."""
    with vault.write() as conn:
        current = _resolve(vault, case)
        victim = case_repo.get_victim(conn, current.id)
        vault.audit("victim.revealed", "case", current.number)
    return victim if victim is not None else Victim()


def victim_birth_year(vault: Vault, case: CaseRef) -> int | None:
    """The victim's birth year for a rule that needs it (is the victim a minor?), not for
    showing: callers derive a yes/no and never print the year unless the identity is shared
    (``reveal_victim``)."""
    with vault.read() as conn:
        victim = case_repo.get_victim(conn, _resolve(vault, case).id)
    return None if victim is None else victim.birth_year


def has_victim_details(vault: Vault, case: CaseRef) -> bool:
    with vault.read() as conn:
        return case_repo.get_victim(conn, _resolve(vault, case).id) is not None


def save_victim(vault: Vault, case: CaseRef, victim: Victim) -> None:
    """Store the victim's details (replacing earlier ones). The audit event names the fields
    that changed, never their values."""
    if not isinstance(victim, Victim):
        raise BadInput(N_("The victim details are not valid."))
    with vault.write() as conn:
        current = _resolve(vault, case)
        before = case_repo.get_victim(conn, current.id) or Victim()
        changed = [name for name in Victim.__slots__
                   if getattr(before, name) != getattr(victim, name)]
        case_repo.save_victim(conn, current.id, victim)
        case_repo.touch(conn, current.id, _now())
        vault.audit("victim.saved", "case", current.number, fields=changed)


# --- consent --------------------------------------------------------------------------------------
def record_consent(vault: Vault, case: CaseRef, scope: ConsentScope | str, granted: bool,
                   how: ConsentMethod | str, at: Moment | str | None = None,
                   note: str = "", *,
                   release_copies: Callable[[int], None] | None = None) -> ConsentRecord:
    """Record that the victim gave (``granted=True``) or withdrew consent for ``scope``.
    ``at`` is when they said so (default: now); the history is kept.

    A withdrawal of consent to keep copies must remove the case's kept files in the same
    act: it goes through :func:`caseapp.services.evidence_consent.record_consent`, which
    passes ``release_copies(case_id)`` to run inside this transaction. Without it such a
    withdrawal is refused while files are kept, so no path can leave them behind."""
    scope_value = fields.choice(ConsentScope, scope, N_("Consent scope"))
    method = fields.choice(ConsentMethod, how, N_("Consent method"))
    if not isinstance(granted, bool):
        raise BadInput(N_("Say whether consent is granted or withdrawn."))
    now = _now()
    given = now.astimezone() if at is None else fields.moment(at, N_("Consent time"))
    if isinstance(given, datetime) and given > now + CONSENT_CLOCK_SKEW:
        raise BadInput(N_("The consent time {value} is in the future."), value=str(at))
    if not isinstance(given, datetime) and given > now.astimezone().date():
        raise BadInput(N_("The consent time {value} is in the future."), value=str(at))
    text = fields.long_text(note, N_("Note"))
    with vault.write() as conn:
        current = _resolve(vault, case)
        record = case_repo.add_consent(conn, current.id, scope_value, granted, given, method,
                                       vault.actor, now, text)
        case_repo.touch(conn, current.id, now)
        vault.audit("consent.granted" if granted else "consent.withdrawn", "case",
                    current.number, scope=scope_value.value, method=method.value,
                    given_at=fields.format_moment(given))
        if scope_value is ConsentScope.COPIES:
            in_force = case_repo.latest_consent(conn, current.id, ConsentScope.COPIES)
            if in_force is not None and not in_force.granted:
                if release_copies is not None:
                    release_copies(current.id)
                elif evidence_repo.kept_content_count(conn, current.id):
                    raise NotAllowed(N_("Withdrawing consent to keep copies removes the kept "
                                        "files of case {number}; it was not recorded."),
                                     number=current.number)
    return record


def consent_state(vault: Vault, case_id: CaseRef) -> dict[ConsentScope, ConsentRecord | None]:
    """The latest record per scope (granted or withdrawn), None where never recorded."""
    with vault.read() as conn:
        current = _resolve(vault, case_id)
        return {scope: case_repo.latest_consent(conn, current.id, scope)
                for scope in ConsentScope}


def consent_history(vault: Vault, case: CaseRef) -> list[ConsentRecord]:
    with vault.read() as conn:
        return case_repo.consent_history(conn, _resolve(vault, case).id)


def has_consent(vault: Vault, case_id: CaseRef, scope: ConsentScope | str) -> bool:
    record = consent_state(vault, case_id)[fields.choice(ConsentScope, scope,
                                                         N_("Consent scope"))]
    return record is not None and record.granted


def require_consent(vault: Vault, case_id: CaseRef, scope: ConsentScope | str) -> ConsentRecord:
    """The grant in force for ``scope``; raises ConsentMissing (with the case number and what
    to do) when it was never given or was withdrawn. Evidence, takedown and report services
    call this before they share anything."""
    wanted = fields.choice(ConsentScope, scope, N_("Consent scope"))
    with vault.read() as conn:
        current = _resolve(vault, case_id)
        record = case_repo.latest_consent(conn, current.id, wanted)
    what = FieldName(wanted.msgid)
    missing: ConsentMissing | None = None
    if record is None:
        missing = ConsentMissing(N_("Case {number}: the victim has not given consent to "
                                    "{scope}. Record their consent first."),
                                 number=current.number, scope=what)
    elif not record.granted:
        missing = ConsentMissing(N_("Case {number}: the victim withdrew consent to {scope} on "
                                    "{date}."), number=current.number, scope=what,
                                 date=fields.format_moment(record.given_at)[:10])
    if missing is not None:
        missing.scope = wanted.value
        raise missing
    assert record is not None
    return record




# --- incidents and perpetrator accounts ---------------------------------------------------------
def _draft(draft: IncidentDraft | None, values: dict[str, Any]) -> IncidentDraft:
    if draft is not None and values:
        raise TypeError("pass either an IncidentDraft or field values")
    if draft is None:
        accounts = values.pop("accounts", ())
        refs = tuple(a if isinstance(a, AccountRef) else AccountRef(**a) for a in accounts)
        return IncidentDraft(**values, accounts=refs)
    return draft


def add_incident(vault: Vault, case: CaseRef, draft: IncidentDraft | None = None,
                 **values: Any) -> Incident:
    """Add a timeline entry; ``accounts`` (AccountRef) are found or created and linked."""
    entry = _draft(draft, values)
    now = _now()
    with vault.write() as conn:
        current = _resolve(vault, case)
        incident_id = case_repo.insert_incident(conn, current.id, entry, now)
        for account in case_repo.accounts_of_incident(conn, incident_id):
            case_search.refresh_cases_of_account(conn, account.id)
        case_repo.touch(conn, current.id, now)
        vault.audit("incident.added", "case", current.number, incident=incident_id)
        incident = case_repo.get_incident(conn, incident_id)
    assert incident is not None
    return incident


def _incident(vault: Vault, incident_id: int) -> Incident:
    found = case_repo.get_incident(vault.cases, incident_id)
    if found is None:
        raise NotFound(N_("There is no incident {id}."), id=incident_id)
    return found


def get_incident(vault: Vault, incident_id: int) -> Incident:
    with vault.read():
        return _incident(vault, incident_id)


def update_incident(vault: Vault, incident_id: int, draft: IncidentDraft | None = None,
                    **values: Any) -> Incident:
    """Replace an incident's fields and account links with ``draft``."""
    entry = _draft(draft, values)
    now = _now()
    with vault.write() as conn:
        old = _incident(vault, incident_id)
        case_repo.update_incident(conn, incident_id, old.case_id, entry, now)
        case_repo.touch(conn, old.case_id, now)
        number = _resolve(vault, old.case_id).number
        vault.audit("incident.updated", "case", number, incident=incident_id)
        return _incident(vault, incident_id)


def list_incidents(vault: Vault, case: CaseRef) -> list[Incident]:
    with vault.read() as conn:
        return case_repo.list_incidents(conn, _resolve(vault, case).id)


def link_account(vault: Vault, incident_id: int, account: AccountRef) -> PerpetratorAccount:
    """Link a perpetrator account or channel (found or created) to an incident."""
    now = _now()
    with vault.write() as conn:
        incident = _incident(vault, incident_id)
        account_id = case_repo.ensure_account(conn, account, now)
        case_repo.link_account(conn, incident_id, account_id)
        case_search.refresh_cases_of_account(conn, account_id)
        case_repo.touch(conn, incident.case_id, now)
        vault.audit("account.linked", "case", _resolve(vault, incident.case_id).number,
                    incident=incident_id, account=account_id)
        found = case_repo.get_account(conn, account_id)
    assert found is not None
    return found


def unlink_account(vault: Vault, incident_id: int, account_id: int) -> None:
    now = _now()
    with vault.write() as conn:
        incident = _incident(vault, incident_id)
        case_repo.unlink_account(conn, incident_id, account_id)
        case_search.refresh(conn, incident.case_id)
        case_repo.touch(conn, incident.case_id, now)
        vault.audit("account.unlinked", "case", _resolve(vault, incident.case_id).number,
                    incident=incident_id, account=account_id)


def get_account(vault: Vault, account_id: int) -> PerpetratorAccount:
    with vault.read() as conn:
        found = case_repo.get_account(conn, account_id)
    if found is None:
        raise NotFound(N_("There is no perpetrator account {id}."), id=account_id)
    return found


def find_account(vault: Vault, platform: str, handle: str) -> PerpetratorAccount | None:
    ref = AccountRef(platform, handle)  # type: ignore[arg-type]
    with vault.read() as conn:
        return case_repo.find_account(conn, ref.platform, ref.handle)


def cases_sharing_account(vault: Vault, account_id: int, *,
                          excluding: CaseRef | None = None) -> list[str]:
    """Case numbers (only numbers: no victims, no details) the account or channel appears
    in, leaving out ``excluding`` — "this channel appears in 3 other cases"."""
    with vault.read() as conn:
        numbers = case_repo.case_numbers_of_account(conn, account_id)
        if excluding is not None:
            skip = _resolve(vault, excluding).number
            numbers = [n for n in numbers if n != skip]
    return numbers


@dataclass(frozen=True, slots=True)
class SharedAccount:
    account: PerpetratorAccount
    other_cases: tuple[str, ...]


def case_accounts(vault: Vault, case: CaseRef) -> list[SharedAccount]:
    """Perpetrator accounts of a case, each with the numbers of the other cases it
    appears in."""
    with vault.read() as conn:
        current = _resolve(vault, case)
        return [SharedAccount(a, tuple(n for n in case_repo.case_numbers_of_account(conn, a.id)
                                       if n != current.number))
                for a in case_repo.accounts_of_case(conn, current.id)]


# --- counselling sessions -----------------------------------------------------------------------
def add_session(vault: Vault, case: CaseRef, draft: SessionDraft | None = None,
                **values: Any) -> CounsellingSession:
    """Record a counselling session; the counsellor defaults to the acting profile."""
    entry = draft if draft is not None else SessionDraft(**values)
    now = _now()
    with vault.write() as conn:
        current = _resolve(vault, case)
        if entry.counsellor_id is None:
            actor = case_repo.counsellor_by_name(conn, vault.actor)
            if actor is not None:
                entry = replace(entry, counsellor_id=actor.id)
        else:
            _counsellor_or_none(vault, entry.counsellor_id)
        session = case_repo.insert_session(conn, current.id, entry, now)
        case_repo.touch(conn, current.id, now)
        vault.audit("session.added", "case", current.number, session=session.id)
    return session


def list_sessions(vault: Vault, case: CaseRef) -> list[CounsellingSession]:
    with vault.read() as conn:
        return case_repo.list_sessions(conn, _resolve(vault, case).id)


# --- leaked personal information ----------------------------------------------------------------
def _leak_values(kind: Any, found_where: Any, found_at: Any, deletion_requested_at: Any,
                 deleted_at: Any, note: Any) -> dict[str, Any]:
    return {
        "kind": fields.choice(LeakKind, kind, N_("Kind of information")),
        "found_where": fields.long_text(found_where, N_("Where it was found")),
        "found_at": fields.optional_moment(found_at, N_("Found on")),
        "deletion_requested_at": fields.optional_moment(deletion_requested_at,
                                                        N_("Deletion requested on")),
        "deleted_at": fields.optional_moment(deleted_at, N_("Deleted on")),
        "note": fields.long_text(note, N_("Note")),
    }


def add_leaked_info(vault: Vault, case: CaseRef, kind: LeakKind | str, *,
                    found_where: str = "", found_at: Moment | str | None = None,
                    deletion_requested_at: Moment | str | None = None,
                    deleted_at: Moment | str | None = None, note: str = "") -> LeakedInfo:
    """An item of the victim's personal information found with the material (its kind and
    where, never the information itself) and whether its deletion was requested."""
    values = _leak_values(kind, found_where, found_at, deletion_requested_at, deleted_at, note)
    with vault.write() as conn:
        current = _resolve(vault, case)
        leak = case_repo.insert_leak(conn, LeakedInfo(id=0, case_id=current.id, **values))
        case_repo.touch(conn, current.id, _now())
        vault.audit("leak.added", "case", current.number, leak=leak.id, kind=leak.kind.value)
    return leak


def update_leaked_info(vault: Vault, leak_id: int, **changes: Any) -> LeakedInfo:
    """Change fields of a leaked-information item, e.g. ``deletion_requested_at=date``."""
    with vault.write() as conn:
        old = case_repo.get_leak(conn, leak_id)
        if old is None:
            raise NotFound(N_("There is no leaked-information item {id}."), id=leak_id)
        unknown = set(changes) - {"kind", "found_where", "found_at", "deletion_requested_at",
                                  "deleted_at", "note"}
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        merged = {name: changes.get(name, getattr(old, name)) for name in
                  ("kind", "found_where", "found_at", "deletion_requested_at", "deleted_at",
                   "note")}
        leak = LeakedInfo(id=old.id, case_id=old.case_id, **_leak_values(**merged))
        case_repo.update_leak(conn, leak)
        case_repo.touch(conn, old.case_id, _now())
        vault.audit("leak.updated", "case", _resolve(vault, old.case_id).number, leak=leak_id,
                    fields=sorted(changes))
    return leak


def list_leaked_info(vault: Vault, case: CaseRef) -> list[LeakedInfo]:
    with vault.read() as conn:
        return case_repo.list_leaks(conn, _resolve(vault, case).id)


# --- proof of victimhood ---------------------------------------------------------------------
def set_proof(vault: Vault, case: CaseRef, entry: ProofEntry) -> None:
    """Record one checklist item (facts and dates; never a copy of an ID document)."""
    if not isinstance(entry, ProofEntry):
        raise BadInput(N_("The proof item is not valid."))
    with vault.write() as conn:
        current = _resolve(vault, case)
        case_repo.set_proof(conn, current.id, entry)
        case_repo.touch(conn, current.id, _now())
        vault.audit("proof.recorded", "case", current.number, item=entry.item.value,
                    held=entry.held)


def proof_checklist(vault: Vault, case: CaseRef) -> list[ProofEntry]:
    """Every checklist item in a fixed order; items never recorded are shown as not held."""
    with vault.read() as conn:
        recorded = {e.item: e for e in case_repo.list_proof(conn, _resolve(vault, case).id)}
    return [recorded.get(item, ProofEntry(item, False)) for item in ProofItem]


# --- counsellor profiles --------------------------------------------------------------------------
def _profile_name(name: object) -> str:
    value = fields.text(name, N_("Name"), limit=200)
    if not value.strip():
        raise BadInput(N_("A counsellor profile needs a name."))
    return value


def add_counsellor(vault: Vault, name: str,
                   role: CounsellorRole | str = CounsellorRole.COUNSELLOR, *,
                   pin: str | None = None) -> Counsellor:
    """A new profile; a supervisor may get its PIN in the same step (see ``supervisor``)."""
    profile_name = _profile_name(name)
    profile_role = fields.choice(CounsellorRole, role, N_("Role"))
    hashed = None if pin is None else supervisor.new_pin_hash(profile_role, pin)
    with vault.write() as conn:
        if case_repo.counsellor_by_name(conn, profile_name) is not None:
            raise BadInput(N_("A counsellor profile named {name} already exists."),
                           name=profile_name)
        counsellor = case_repo.insert_counsellor(conn, profile_name, profile_role, True, _now())
        if hashed is not None:
            case_repo.set_counsellor_pin_hash(conn, counsellor.id, hashed)
        vault.audit("counsellor.added", "counsellor", counsellor.id, role=profile_role.value,
                    **({"pin": True} if hashed is not None else {}))
    return counsellor


def get_counsellor(vault: Vault, id_or_name: int | str) -> Counsellor:
    with vault.read() as conn:
        found = (case_repo.get_counsellor(conn, id_or_name) if isinstance(id_or_name, int)
                 else case_repo.counsellor_by_name(conn, id_or_name))
    if found is None:
        raise NotFound(N_("There is no counsellor profile {id}."), id=id_or_name)
    return found


def list_counsellors(vault: Vault, *, include_inactive: bool = False) -> list[Counsellor]:
    with vault.read() as conn:
        return case_repo.list_counsellors(conn, include_inactive)


def update_counsellor(vault: Vault, counsellor_id: int, *, name: str = UNCHANGED,
                      role: CounsellorRole | str = UNCHANGED,
                      active: bool = UNCHANGED) -> Counsellor:
    """Rename, change role, or deactivate (profiles are never deleted: audit events and
    sessions name them)."""
    with vault.write() as conn:
        old = case_repo.get_counsellor(conn, counsellor_id)
        if old is None:
            raise NotFound(N_("There is no counsellor profile {id}."), id=counsellor_id)
        new = old
        if name is not UNCHANGED:
            new = replace(new, name=_profile_name(name))
            other = case_repo.counsellor_by_name(conn, new.name)
            if other is not None and other.id != old.id:
                raise BadInput(N_("A counsellor profile named {name} already exists."),
                               name=new.name)
        if role is not UNCHANGED:
            new = replace(new, role=fields.choice(CounsellorRole, role, N_("Role")))
        if active is not UNCHANGED:
            new = replace(new, active=bool(active))
        case_repo.update_counsellor(conn, new)
        vault.audit("counsellor.updated", "counsellor", old.id,
                    fields=[f for f in ("name", "role", "active")
                            if getattr(old, f) != getattr(new, f)])
    return new


def actor_counsellor(vault: Vault) -> Counsellor | None:
    """The profile the vault was unlocked as, when one with that name exists."""
    with vault.read() as conn:
        return case_repo.counsellor_by_name(conn, vault.actor)


def case_numbers(vault: Vault, numbers: Sequence[str] | None = None) -> list[str]:
    """Every case number in number order (or check that ``numbers`` all exist)."""
    with vault.read():
        if numbers is None:
            return case_repo.all_numbers(vault.cases)
        return [_resolve(vault, n).number for n in numbers]
