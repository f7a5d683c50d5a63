"""A request's life: draft → submitted → acknowledged → removed / rejected / no response,
withdrawn; dated, attributed history; refused transitions change nothing; every change is
in the audit chain."""

import pytest

from caseapp.domain.takedowns import TakedownStatus, TaskKind
from caseapp.errors import BadInput, NotAllowed
from caseapp.services import takedowns
from caseapp.services import vault as vault_service
from tests.conftest import SIGNER
from tests.takedown.conftest import audit_actions, dump, kst

URL = "https://t.me/leakroom/42"


def test_a_request_goes_from_draft_to_removed_with_dated_attributed_history(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram",
                                       keywords="leak room title")
    assert request.code == f"T-{case.number}-001"
    assert request.status is TakedownStatus.DRAFT
    assert request.recipient_name == "Telegram"
    assert request.target == URL

    takedowns.submit(vault, request, at="2024-03-01T10:00:00+09:00", reference="TG-77")
    takedowns.set_status(vault, request, "acknowledged", at="2024-03-01T18:30:00+09:00")
    done = takedowns.set_status(vault, request, "removed", at="2024-03-02T09:15:00+09:00",
                                verified_at="2024-03-02T09:20:00+09:00")

    assert done.status is TakedownStatus.REMOVED
    assert done.recipient_reference == "TG-77"
    assert done.submitted_at == kst(2024, 3, 1, 10)
    assert done.resolved_at == kst(2024, 3, 2, 9, 15)
    assert done.removal_verified_at == kst(2024, 3, 2, 9, 20)
    events = takedowns.history(vault, request)
    assert [(e.old_status, e.new_status) for e in events] == [
        (None, TakedownStatus.DRAFT),
        (TakedownStatus.DRAFT, TakedownStatus.SUBMITTED),
        (TakedownStatus.SUBMITTED, TakedownStatus.ACKNOWLEDGED),
        (TakedownStatus.ACKNOWLEDGED, TakedownStatus.REMOVED)]
    assert all(e.recorded_by == SIGNER for e in events)
    assert events[1].at.isoformat() == "2024-03-01T10:00:00+09:00"    # offset kept as given
    assert events[1].reference == "TG-77"
    assert audit_actions(vault).count("takedown.status_changed") == 3
    assert "takedown.created" in audit_actions(vault)
    assert vault_service.verify_audit_chain(vault) == []


def test_removed_cannot_go_back_to_submitted_and_nothing_changes(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    takedowns.submit(vault, request, at="2024-03-01T10:00:00+09:00")
    takedowns.set_status(vault, request, "removed", at="2024-03-02T10:00:00+09:00")
    before = dump(vault)
    with pytest.raises(NotAllowed) as info:
        takedowns.set_status(vault, request, "submitted")
    assert "removed is final" in info.value.message()
    assert "re-upload" in info.value.message()
    assert dump(vault) == before


def test_a_transition_the_workflow_does_not_have_names_the_allowed_ones(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    with pytest.raises(NotAllowed) as info:
        takedowns.set_status(vault, request, "acknowledged")
    assert "From draft it can go to: submitted, withdrawn." in info.value.message()


def test_a_status_dated_before_the_previous_change_is_refused(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    takedowns.submit(vault, request, at="2024-03-05T10:00:00+09:00")
    before = dump(vault)
    with pytest.raises(BadInput):
        takedowns.set_status(vault, request, "removed", at="2024-03-04T10:00:00+09:00")
    with pytest.raises(BadInput):
        takedowns.set_status(vault, request, "removed", at="2099-01-01T00:00:00+09:00")
    with pytest.raises(BadInput):   # verified before it was removed
        takedowns.set_status(vault, request, "removed", at="2024-03-06T10:00:00+09:00",
                             verified_at="2024-03-06T09:00:00+09:00")
    assert dump(vault) == before


def test_a_request_recorded_after_it_was_sent_keeps_the_real_submission_time(vault, case):
    """Counsellors often log a web-form report after sending it."""
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    sent = takedowns.submit(vault, request, at="2024-01-02")
    assert sent.submitted_at.date().isoformat() == "2024-01-02"


def test_withdrawn_closes_the_follow_ups_and_is_final(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    takedowns.submit(vault, request, at="2024-03-01T10:00:00+09:00")
    withdrawn = takedowns.set_status(vault, request, "withdrawn", note="victim asked to stop")
    assert takedowns.tasks(vault, withdrawn, open_only=True) == []
    assert takedowns.history(vault, request)[-1].note == "victim asked to stop"
    with pytest.raises(NotAllowed):
        takedowns.set_status(vault, request, "submitted")


def test_no_response_then_a_late_acknowledgement(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    takedowns.submit(vault, request, at="2024-03-01T10:00:00+09:00")
    silent = takedowns.set_status(vault, request, "no_response", at="2024-03-05T10:00:00+09:00")
    assert [t.kind for t in takedowns.tasks(vault, silent, open_only=True)] == \
        [TaskKind.ESCALATE]
    late = takedowns.set_status(vault, request, "acknowledged", at="2024-03-06T10:00:00+09:00")
    assert late.resolved_at is None and late.status is TakedownStatus.ACKNOWLEDGED


def test_a_rejection_escalates_to_the_regulator_as_a_linked_request(vault, case):
    first = takedowns.create_request(vault, case.number, URL, "x")
    takedowns.submit(vault, first, reference="X-1")          # just now: 72 h not over yet
    state = takedowns.escalation_state(vault, first)
    assert state.step.value == "platform" and state.next_step.value == "regulator"
    assert not state.ready and [m.value for m in state.missing] == ["answer_or_deadline"]
    with pytest.raises(NotAllowed) as info:
        takedowns.escalate(vault, first)
    assert "cannot be escalated yet" in info.value.message()

    takedowns.set_status(vault, first, "rejected")
    assert takedowns.escalation_state(vault, first).ready
    second = takedowns.escalate(vault, first)
    assert second.recipient_name == ("Korea Media and Communications Standards Commission "
                                     "(formerly KCSC)")
    assert second.parent_id == first.id and second.link.value == "escalation"
    assert second.target == first.target and second.root_id == first.id
    assert [r.code for r in takedowns.chain(vault, second)] == [first.code, second.code]
    # the rejected request's escalation reminder is done
    assert takedowns.tasks(vault, first, open_only=True) == []


def test_the_police_step_needs_police_consent_and_evidence(vault, case):
    from caseapp.errors import ConsentMissing
    from caseapp.services import cases

    first = takedowns.create_request(vault, case.number, URL, "kcsc")
    takedowns.submit(vault, first, at="2024-03-01T10:00:00+09:00")
    takedowns.set_status(vault, first, "rejected", at="2024-03-03T10:00:00+09:00")
    state = takedowns.escalation_state(vault, first)
    assert state.next_step.value == "police"
    assert {m.value for m in state.missing} == {"police_consent", "evidence"}
    before = dump(vault)
    with pytest.raises(ConsentMissing) as info:
        takedowns.escalate(vault, first)
    assert "share with police" in info.value.message()
    assert dump(vault) == before

    cases.record_consent(vault, case.number, "police", True, "written",
                         at="2024-03-03T11:00:00+09:00")
    with pytest.raises(NotAllowed) as info:
        takedowns.escalate(vault, first)
    assert "evidence item" in info.value.message()


def test_a_removed_request_has_nothing_to_escalate(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    takedowns.submit(vault, request, at="2024-03-01T10:00:00+09:00")
    takedowns.set_status(vault, request, "removed", at="2024-03-02T10:00:00+09:00")
    assert takedowns.escalation_state(vault, request).next_step is None
    with pytest.raises(NotAllowed):
        takedowns.escalate(vault, request)


def test_requests_are_found_by_code_or_id_and_unknown_ones_are_named(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    assert takedowns.get_request(vault, request.code).id == request.id
    assert takedowns.get_request(vault, str(request.id)).code == request.code
    with pytest.raises(BadInput) as info:
        takedowns.get_request(vault, "T-2024-9999-001")
    assert info.value.message() == "There is no takedown request T-2024-9999-001."


def test_verify_reports_a_request_left_without_a_follow_up(vault, case):
    from caseapp.services import verification

    request = takedowns.create_request(vault, case.number, URL, "telegram")
    takedowns.submit(vault, request, at="2024-03-01T10:00:00+09:00")
    first = takedowns.create_request(vault, case.number, URL + "0", "x")
    takedowns.submit(vault, first)
    takedowns.set_status(vault, first, "rejected")
    takedowns.escalate(vault, first)               # escalated: its follow-up moved on
    assert takedowns.verification_problems(vault) == []
    with vault.write() as conn:                     # a damaged record, as a restore might leave
        conn.execute("UPDATE takedown_task SET done_at = due_at WHERE request_id = ?",
                     (request.id,))
    assert takedowns.verification_problems(vault) == [
        f"Takedown request {request.code} is still open but has no follow-up date."]
    assert any(request.code in line for line in verification.verify_all(vault))


def test_what_a_request_says_can_be_corrected_and_is_audited(vault, case):
    from tests.takedown.conftest import url_evidence

    item = url_evidence(vault, case, URL)
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    updated = takedowns.update_request(vault, request, description="합성 사진 2장",
                                       action="block", evidence=[item.code])
    assert updated.description == "합성 사진 2장" and updated.action.value == "block"
    assert takedowns.get_request(vault, request.code).evidence_ids == (item.id,)
    assert audit_actions(vault)[-1] == "takedown.updated"
    unchanged = takedowns.update_request(vault, request, description="합성 사진 2장")
    assert unchanged == takedowns.get_request(vault, request.code)
    assert audit_actions(vault)[-1] == "takedown.updated"
    assert audit_actions(vault).count("takedown.updated") == 1
