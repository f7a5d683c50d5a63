"""Retention and deletion: keep closed cases for the organisation's chosen number of years,
list those past it for a supervisor to review, and delete a case completely (records,
evidence content, identifying data) when a supervisor confirms or the victim asks."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from caseapp.domain.cases import Case, CounsellorRole
from caseapp.errors import BadInput, NotAllowed
from caseapp.i18n import N_
from caseapp.services import cases as case_service
from caseapp.services import supervisor
from caseapp.store import evidence_repo, meta_repo, retention_repo, store_lock
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_YEARS = 5
MAX_YEARS = 100


@dataclass(frozen=True, slots=True)
class RetentionCandidate:
    number: str
    last_activity: datetime


@dataclass(frozen=True, slots=True)
class DeletionResult:
    number: str
    counts: dict[str, int]
    content_blocks: int


def retention_years(vault: Vault) -> int:
    value = meta_repo.get_meta(vault.cases, "retention_years")
    return int(value) if value and value.isdigit() else DEFAULT_YEARS


def set_retention_years(vault: Vault, years: int) -> None:
    if not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= MAX_YEARS:
        raise BadInput(N_("Keep closed cases for 1 to {max} years."), max=MAX_YEARS)
    _require_supervisor(vault)
    with vault.write() as conn:
        meta_repo.set_meta(conn, "retention_years", str(years))
        vault.audit("settings.changed", "store", vault.store_id, field="retention_years",
                    value=years)


def due_for_review(vault: Vault, *, as_of: datetime | None = None) -> list[RetentionCandidate]:
    """Closed cases with no activity for longer than the retention period."""
    now = as_of or datetime.now(UTC)
    cutoff = now - timedelta(days=round(365.25 * retention_years(vault)))
    with vault.read() as conn:
        rows = retention_repo.closed_before(conn, cutoff)
    return [RetentionCandidate(number, datetime.fromisoformat(updated))
            for _id, number, updated in rows]


def _require_supervisor(vault: Vault) -> None:
    actor = case_service.actor_counsellor(vault)
    if actor is None or actor.role is not CounsellorRole.SUPERVISOR or not actor.active:
        raise NotAllowed(N_("Only a supervisor can do this. Unlock as a supervisor profile."))


def delete_case(vault: Vault, case: Case | str | int, *, confirmed_by: str,
                supervisor_pin: str, victim_request: bool = False,
                compact: bool = True) -> DeletionResult:
    """Delete a case with everything hanging off it. The audit event keeps only the case
    number, the counts, the grounds and the confirming supervisor's profile id (no free
    text: it could name the victim). With ``compact`` both databases are rewritten
    afterwards so no freed page keeps old content. A supervisor confirms with their PIN
    (``confirmed_by``, ``supervisor_pin``; a wrong one is refused and audited, nothing is
    deleted); a victim's erasure request is the same path (``victim_request=True``),
    immediately, whatever the case's status."""
    current = case_service.get_case(vault, case)
    supervisor_profile = supervisor.confirm(vault, confirmed_by, supervisor_pin,
                                            purpose="case.delete")
    if not victim_request and current.status.value != "closed":
        raise NotAllowed(N_("Case {number} is not closed. Close it first, or record that the "
                            "victim asked for erasure."), number=current.number)
    # Compaction rewrites both files: refuse up front, before anything is deleted, while
    # another process has the store open.
    alone = store_lock.exclusive(vault.data_dir) if compact else None
    try:
        return _delete(vault, current, victim_request=victim_request, compact=compact,
                       confirmed_by=supervisor_profile.id)
    finally:
        if alone is not None:
            alone.release()


def _delete(vault: Vault, current: Case, *, victim_request: bool, compact: bool,
            confirmed_by: int) -> DeletionResult:
    with vault.write() as conn:
        counts = retention_repo.counts_of_case(conn, current.id)
        content_ids = retention_repo.content_ids_of_case(conn, current.id)
        retention_repo.delete_case_rows(conn, current.id)
        accounts = retention_repo.delete_orphan_accounts(conn)
        vault.audit("case.deleted", "case", current.number, counts=counts,
                    accounts_removed=accounts,
                    grounds="victim request" if victim_request else "retention",
                    confirmed_by=confirmed_by)
    # Content goes after the records: an interruption here leaves only orphaned content,
    # which verify reports and the next deletion or sweep removes.
    blocks = evidence_repo.delete_content(vault.evidence, vault.evidence_lock, content_ids)
    if compact:
        compact_store(vault)
    log.info("deleted case id=%s (%d content blocks)", current.id, blocks)
    return DeletionResult(current.number, counts, blocks)


def compact_store(vault: Vault) -> None:
    """Rewrite both databases; refused while another process has the store open."""
    vault.require_writable()
    with store_lock.exclusive(vault.data_dir):
        retention_repo.compact(vault.cases, vault.cases_lock, wal=True)
        retention_repo.compact(vault.evidence, vault.evidence_lock, wal=False)
