"""Retention review and complete deletion, proven by decrypting every page afterwards."""

import json
from datetime import UTC, datetime, timedelta

import pytest

from caseapp.domain.cases import CounsellorRole
from caseapp.errors import NotAllowed
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import retention
from caseapp.services import vault as vault_service
from caseapp.store.connection import CASES_DB, EVIDENCE_DB
from tests.store.raw_pages import decrypted_pages

CANARY = "ERASE-ME-캐너리-4471"
PIN = "314159"


@pytest.fixture
def supervisor_vault(new_store, data_dir):
    vault = new_store.vault
    case_service.add_counsellor(vault, "tester", CounsellorRole.SUPERVISOR)
    case_service.add_counsellor(vault, "팀장", CounsellorRole.SUPERVISOR, pin=PIN)
    return vault


def _delete(vault, case, **kw):
    return retention.delete_case(vault, case, confirmed_by="팀장", supervisor_pin=PIN, **kw)


def _fill(vault, tmp_path, pseudonym):
    case = case_service.open_case(vault, pseudonym=pseudonym, summary=CANARY * 30)
    case_service.record_consent(vault, case, "copies", True, "written")
    case_service.add_incident(vault, case, description=CANARY + " 대화방", platform="telegram")
    path = tmp_path / f"{pseudonym}.bin"
    path.write_bytes((CANARY.encode() + b"\x00") * 5000)
    evidence_service.ingest_file(vault, case, path)
    return case


def _pages_with(vault, needle: bytes) -> int:
    vault.cases.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    hits = 0
    for spec, hmac in ((CASES_DB, 64), (EVIDENCE_DB, 32)):
        for page in decrypted_pages(vault.data_dir / spec.filename, vault.db_key(spec),
                                    spec.page_size, hmac):
            hits += page.count(needle)
    return hits


def test_deleted_case_leaves_no_trace_in_any_page(supervisor_vault, tmp_path):
    vault = supervisor_vault
    keep = case_service.open_case(vault, pseudonym="keep me")
    gone = _fill(vault, tmp_path, "gone")
    needle = CANARY.encode()
    assert _pages_with(vault, needle) > 0  # the reader really sees stored text
    case_service.change_status(vault, gone, "active")
    case_service.change_status(vault, gone, "closed")
    result = _delete(vault, gone)
    assert result.counts["evidence"] == 1 and result.content_blocks == 1
    assert _pages_with(vault, needle) == 0
    assert case_service.get_case(vault, keep.number).pseudonym == "keep me"
    events = vault_service.audit_events(vault, action="case.deleted")
    assert events and CANARY not in events[0].event.details
    assert vault_service.verify_store(vault) == []
    assert evidence_service.orphan_content_ids(vault) == set()


def test_victim_erasure_request_deletes_an_open_case_now(supervisor_vault, tmp_path):
    case = _fill(supervisor_vault, tmp_path, "asks")
    with pytest.raises(NotAllowed, match="not closed"):
        _delete(supervisor_vault, case)
    _delete(supervisor_vault, case, victim_request=True)
    from caseapp.errors import NotFound

    with pytest.raises(NotFound):
        case_service.get_case(supervisor_vault, case.number)


def test_closed_cases_past_retention_are_listed_for_review(supervisor_vault):
    vault = supervisor_vault
    retention.set_retention_years(vault, 2)
    old = case_service.open_case(vault, pseudonym="old")
    case_service.change_status(vault, old, "active")
    case_service.change_status(vault, old, "closed")
    case_service.open_case(vault, pseudonym="open")
    later = datetime.now(UTC) + timedelta(days=365 * 2 + 5)
    assert [c.number for c in retention.due_for_review(vault, as_of=later)] == [old.number]
    assert retention.due_for_review(vault) == []
    from caseapp.errors import BadInput

    with pytest.raises(BadInput):
        retention.set_retention_years(vault, 0)




def test_erasure_destroys_the_case_key_and_the_chain_still_verifies(supervisor_vault, tmp_path):
    """Status-change reasons, tags and every other case detail in the audit log are sealed
    under the case's own key; erasure deletes the key with the case: the events stay (the
    chain verifies) and read "details erased"; no page holds the words any more."""
    vault = supervisor_vault
    reason = "REASON-캐너리-7731 피해자 요청"
    tag = "태그캐너리7731"
    case = case_service.open_case(vault, pseudonym="sealed", tags=[tag])
    case_service.change_status(vault, case, "active", reason=reason)
    other = case_service.open_case(vault, pseudonym="stays", tags=["deepfake"])
    case_service.change_status(vault, other, "active", reason="다른 사건의 사유")

    def details(number):
        return [json.loads(e.event.details) for e in reversed(vault_service.audit_events(
            vault, object_type="case", object_id=number))]

    assert {"old": "intake", "new": "active", "reason": reason}.items() <= \
        details(case.number)[1].items()  # readable while the case exists
    assert tag in details(case.number)[0]["tags"]
    for needle in (reason, tag):  # sealed: the stored audit rows never hold them in clear
        assert vault.cases.execute("SELECT count(*) FROM audit_event WHERE details LIKE ?",
                                   (f"%{needle}%",)).fetchone()[0] == 0
    _delete(vault, case, victim_request=True)
    for needle in (reason, tag):
        assert _pages_with(vault, needle.encode()) == 0
    erased = details(case.number)
    assert [d["details"] for d in erased[:2]] == ["erased", "erased"]
    assert "reason" not in erased[1]
    assert details(other.number)[1]["reason"] == "다른 사건의 사유"
    assert vault_service.verify_store(vault) == []
