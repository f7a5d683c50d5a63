"""Closing a case on purpose: what is still open (takedown requests, follow-ups, evidence
never verified), what the victim agreed to keep, until when the case is kept, and the
reason, recorded in one audited status change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from caseapp.domain import fields
from caseapp.domain.cases import Case, CaseStatus
from caseapp.domain.consent import ConsentScope
from caseapp.domain.takedowns import TakedownStatus
from caseapp.errors import BadInput
from caseapp.i18n import N_
from caseapp.services import cases as case_service
from caseapp.services import retention, takedowns
from caseapp.store import evidence_repo
from caseapp.store.vault import Vault


@dataclass(frozen=True, slots=True)
class ClosingChecklist:
    number: str
    open_requests: tuple[str, ...]        # drafts and requests still waiting for an answer
    pending_follow_ups: int
    unverified_evidence: tuple[str, ...]  # stored content never read back by a verification
    stored_items: int                     # items whose content is kept in the store
    copies_consent: bool                  # the victim agreed that copies are kept
    retention_years: int
    keep_until: date                      # closed today, kept until about then

    @property
    def all_clear(self) -> bool:
        return not (self.open_requests or self.pending_follow_ups or self.unverified_evidence
                    or (self.stored_items and not self.copies_consent))


def closing_checklist(vault: Vault, case: Case | str | int, *,
                      as_of: datetime | None = None) -> ClosingChecklist:
    current = case_service.get_case(vault, case)
    requests = takedowns.list_requests(vault, current.id)
    open_codes = tuple(r.code for r in requests if r.status is TakedownStatus.DRAFT
                       or r.status.awaiting_answer)
    pending = sum(len(takedowns.tasks(vault, r.id, open_only=True)) for r in requests)
    with vault.read() as conn:
        unverified = tuple(evidence_repo.never_verified(conn, current.id))
        stored = evidence_repo.kept_content_count(conn, current.id)
    years = retention.retention_years(vault)
    now = as_of or datetime.now(UTC)
    keep_until = (now + timedelta(days=round(365.25 * years))).astimezone().date()
    return ClosingChecklist(current.number, open_codes, pending, unverified, stored,
                            case_service.has_consent(vault, current.id, ConsentScope.COPIES),
                            years, keep_until)


def close_case(vault: Vault, case: Case | str | int, reason: str) -> Case:
    """Close with a reason (required: it is what a supervisor reviewing the case later
    reads). Open requests and follow-ups do not block closing; the checklist shows them."""
    why = fields.long_text(reason, N_("Reason"))
    if not why.strip():
        raise BadInput(N_("Give the reason for closing the case."))
    return case_service.change_status(vault, case, CaseStatus.CLOSED, why)
