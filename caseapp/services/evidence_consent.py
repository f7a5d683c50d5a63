"""What the victim's consent to keep copies means for evidence: a file is refused without it
(keeping only its hashes is the counsellor's explicit choice), and withdrawing it removes
every kept copy of the case's material, recorded in the chain of custody with the hashes
kept, so packages, previews and bundles no longer have it."""

from __future__ import annotations

from datetime import UTC, datetime

from caseapp.domain.consent import ConsentMethod, ConsentRecord, ConsentScope
from caseapp.domain.evidence import CustodyAction, EvidenceItem
from caseapp.domain.fields import Moment
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services.evidence import CaseRef
from caseapp.store import evidence_repo
from caseapp.store.vault import Vault


def kept_content(vault: Vault, case: CaseRef) -> list[EvidenceItem]:
    """The items of a case whose content is kept: what withdrawing consent to keep copies
    removes (the confirmation names them)."""
    return [i for i in evidence_service.list_evidence(vault, case) if i.content_kept]


def record_consent(vault: Vault, case: CaseRef, scope: ConsentScope | str, granted: bool,
                   how: ConsentMethod | str, at: Moment | str | None = None,
                   note: str = "") -> ConsentRecord:
    """The verb the GUI and the CLI use to record a grant or a withdrawal. Withdrawing
    consent to keep copies removes every kept copy of the case's material in the same act:
    the items stop holding content and custody records it (hashes kept) inside the consent's
    transaction, then the content itself goes through the evidence service. Ask first,
    naming what :func:`kept_content` lists."""
    released: list[int] = []

    def release(case_id: int) -> None:
        released.extend(release_kept_content(vault, case_id,
                                             reason="consent to keep copies withdrawn"))

    record = case_service.record_consent(vault, case, scope, granted, how, at, note,
                                         release_copies=release)
    if released:  # an interruption before this leaves only orphans, which the sweep removes
        evidence_service.remove_content(vault, released)
    return record


def release_kept_content(vault: Vault, case_id: int, *, reason: str) -> list[int]:
    """Inside the caller's write transaction (the consent withdrawal): every item of the case
    stops holding content; custody records the removal with the hashes kept. Returns the
    content ids to remove once the transaction is committed."""
    conn = vault.cases
    now = datetime.now(UTC)
    released: list[int] = []
    for item in evidence_repo.list_items(conn, case_id):
        content_id = evidence_repo.content_id_of(conn, item.id)
        if content_id is None and not item.content_kept:
            continue
        evidence_repo.clear_content(conn, item.id)
        evidence_repo.add_custody(conn, item.id, CustodyAction.CONTENT_REMOVED, now,
                                  vault.actor, {"reason": reason, "sha256": item.sha256,
                                                "md5": item.md5, "size": item.size})
        vault.audit("evidence.content_removed", "evidence", item.id, code=item.code,
                    reason=reason)
        if content_id is not None:
            released.append(content_id)
    return released
