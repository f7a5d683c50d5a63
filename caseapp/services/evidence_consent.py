"""What the victim's consent to keep copies means for evidence: a file is refused without it
(keeping only its hashes is the counsellor's explicit choice), and withdrawing it removes
every kept copy of the case's material, recorded in the chain of custody with the hashes
kept, so packages, previews and bundles no longer have it."""

from __future__ import annotations

from datetime import UTC, datetime

from caseapp.domain.consent import ConsentScope
from caseapp.domain.evidence import CustodyAction, EvidenceItem
from caseapp.errors import ConsentMissing
from caseapp.i18n import N_
from caseapp.services import evidence as evidence_service
from caseapp.services.evidence import CaseRef
from caseapp.store import evidence_repo
from caseapp.store.vault import Vault


class CopiesConsentMissing(ConsentMissing):
    """A file offered as evidence while the victim has not agreed to copies being kept: it
    is neither stored nor silently reduced to its hashes."""

    default_message = N_("Case {number}: the victim has not consented to copies of the "
                         "material being kept, so the file was not added.")
    hint = N_("Record that consent first, or add the file keeping only its hashes "
              "(--hash-only on the command line).")
    scope = ConsentScope.COPIES.value


def kept_content(vault: Vault, case: CaseRef) -> list[EvidenceItem]:
    """The items of a case whose content is kept: what withdrawing consent to keep copies
    removes (the confirmation names them)."""
    return [i for i in evidence_service.list_evidence(vault, case) if i.content_kept]


def release_kept_content(vault: Vault, case_id: int, *, reason: str) -> list[int]:
    """Inside the caller's write transaction (the consent withdrawal): every item of the case
    stops holding content; custody records the removal with the hashes kept. Returns the
    content ids to remove with :func:`remove_content` once the transaction is committed (an
    interruption in between leaves only orphaned content, which the sweep removes)."""
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
