"""Closing a case: the checklist names what is still open, the reason is required and kept
in the audit trail; a refused close changes nothing."""

import pytest

from caseapp.errors import BadInput
from caseapp.services import case_closing, cases, evidence, takedowns
from tests.takedown.conftest import audit_actions, dump


@pytest.fixture
def busy_case(vault, tmp_path):
    opened = cases.open_case(vault, summary="to close")
    cases.record_consent(vault, opened.number, "takedown", True, "written")
    item = evidence.add_url_evidence(vault, opened.number, "https://t.me/room/5").item
    request = takedowns.create_request(vault, opened.number, "https://t.me/room/5", "telegram",
                                       evidence=[item.id])
    takedowns.submit(vault, request)
    cases.record_consent(vault, opened.number, "copies", True, "written")
    picture = tmp_path / "capture.bin"
    picture.write_bytes(b"not really a picture " * 50)
    stored = evidence.ingest_file(vault, opened.number, picture).item
    return opened, request, stored


def test_the_checklist_names_open_requests_follow_ups_and_unverified_evidence(vault,
                                                                              busy_case):
    opened, request, stored = busy_case
    found = case_closing.closing_checklist(vault, opened.number)
    assert found.open_requests == (request.code,)
    assert found.pending_follow_ups >= 1
    assert found.unverified_evidence == (stored.code,)
    assert found.stored_items == 1 and found.copies_consent
    assert found.retention_years == 5 and not found.all_clear

    evidence.verify_evidence(vault, opened.number)
    takedowns.set_status(vault, request.id, "removed")
    after = case_closing.closing_checklist(vault, opened.number)
    assert after.unverified_evidence == () and after.open_requests == ()


def test_closing_needs_a_reason_and_keeps_it(vault, busy_case):
    opened, _request, _stored = busy_case
    before = dump(vault)
    for empty in ("", "   \n"):
        with pytest.raises(BadInput) as info:
            case_closing.close_case(vault, opened.number, empty)
        assert info.value.message("ko") != info.value.message("en")
    assert dump(vault) == before
    closed = case_closing.close_case(vault, opened.number, "상담 종결: 삭제 완료 확인")
    assert closed.status == "closed"
    assert audit_actions(vault)[-1] == "case.status_changed"
    details = vault.cases.execute("SELECT details FROM audit_event ORDER BY seq DESC LIMIT 1")\
        .fetchone()[0]
    assert "상담 종결" in vault.readable_details(details)["reason"]
