"""Follow-up dates from the recipient's policy (check after 24 h, escalate after 72 h by
default), editable per request; removals ask for a verification date and produce re-check
tasks 7 and 30 days later."""

from datetime import timedelta

import pytest

from caseapp.domain.takedowns import (
    FollowUpPolicy,
    QueueBucket,
    TakedownStatus,
    TaskKind,
    parse_recheck_days,
)
from caseapp.errors import BadInput, NotAllowed
from caseapp.services import takedowns
from caseapp.takedown import deadlines
from tests.takedown.conftest import dump, kst

URL = "https://t.me/leakroom/42"
T0 = kst(2024, 3, 1, 10)


def _open(vault, request):
    return [(t.kind, t.due_at) for t in takedowns.tasks(vault, request, open_only=True)]


def test_the_default_policy_checks_daily_then_escalates_at_72_hours():
    policy = FollowUpPolicy()
    escalate_at = deadlines.escalation_due(T0, policy)
    assert escalate_at == T0 + timedelta(hours=72)
    assert deadlines.follow_up_after(T0, policy, escalate_at) == \
        (TaskKind.CHECK, T0 + timedelta(hours=24))
    assert deadlines.follow_up_after(T0 + timedelta(hours=25), policy, escalate_at) == \
        (TaskKind.CHECK, T0 + timedelta(hours=49))
    assert deadlines.follow_up_after(T0 + timedelta(hours=49), policy, escalate_at) == \
        (TaskKind.ESCALATE, escalate_at)
    # past the escalation date the reminder comes back every check interval
    assert deadlines.follow_up_after(T0 + timedelta(hours=80), policy, escalate_at) == \
        (TaskKind.ESCALATE, T0 + timedelta(hours=104))


def test_the_escalation_boundary_is_exact():
    """A check one interval before the escalation date, and a re-check landing exactly on it,
    both leave the escalation due on that date; a second later it is a reminder."""
    policy = FollowUpPolicy()
    escalate_at = deadlines.escalation_due(T0, policy)
    day = timedelta(hours=24)
    second = timedelta(seconds=1)
    assert deadlines.follow_up_after(escalate_at - day - second, policy, escalate_at) == \
        (TaskKind.CHECK, escalate_at - second)
    assert deadlines.follow_up_after(escalate_at - day, policy, escalate_at) == \
        (TaskKind.ESCALATE, escalate_at)
    assert deadlines.follow_up_after(escalate_at, policy, escalate_at) == \
        (TaskKind.ESCALATE, escalate_at)
    assert deadlines.follow_up_after(escalate_at + second, policy, escalate_at) == \
        (TaskKind.ESCALATE, escalate_at + second + day)


def test_a_recheck_exactly_at_the_escalation_time_makes_it_due(vault, case):
    from caseapp.takedown import escalation

    sent = takedowns.submit(vault, takedowns.create_request(vault, case.number, URL,
                                                            "telegram"), at=T0)
    at = sent.escalate_at
    assert not escalation.answered_or_due(sent, at - timedelta(seconds=1))
    assert escalation.answered_or_due(sent, at)
    checked = takedowns.record_check(vault, sent, at=at)
    assert _open(vault, checked) == [(TaskKind.ESCALATE, at)]


def test_submitting_plans_a_check_after_24_hours_and_escalation_after_72(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    assert [k for k, _ in _open(vault, request)] == [TaskKind.SUBMIT]
    sent = takedowns.submit(vault, request, at=T0)
    assert sent.escalate_at == T0 + timedelta(hours=72)
    assert _open(vault, sent) == [(TaskKind.CHECK, T0 + timedelta(hours=24))]
    checked = takedowns.record_check(vault, sent, at=T0 + timedelta(hours=50))
    assert checked.last_checked_at == T0 + timedelta(hours=50)
    assert _open(vault, checked) == [(TaskKind.ESCALATE, T0 + timedelta(hours=72))]


def test_each_recipient_has_its_own_policy(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "kcsc")
    assert request.policy == FollowUpPolicy(48, 168, (7, 30))
    sent = takedowns.submit(vault, request, at=T0)
    assert _open(vault, sent) == [(TaskKind.CHECK, T0 + timedelta(hours=48))]
    assert sent.escalate_at == T0 + timedelta(days=7)


def test_due_dates_are_editable_per_request_but_not_before_submission(vault, case):
    request = takedowns.submit(vault, takedowns.create_request(vault, case.number, URL,
                                                               "telegram"), at=T0)
    moved = takedowns.set_follow_up(vault, request, due="2024-03-01T15:00:00+09:00")
    assert _open(vault, moved) == [(TaskKind.CHECK, kst(2024, 3, 1, 15))]
    before = dump(vault)
    with pytest.raises(BadInput) as info:
        takedowns.set_follow_up(vault, request, due="2024-02-28T15:00:00+09:00")
    assert "before the request was submitted" in info.value.message()
    with pytest.raises(BadInput):
        takedowns.set_follow_up(vault, request, escalate_at="2024-02-01")
    with pytest.raises(BadInput):
        takedowns.set_follow_up(vault, request, due="tomorrow")
    assert dump(vault) == before


def test_a_new_policy_on_one_request_moves_its_escalation_date(vault, case):
    request = takedowns.submit(vault, takedowns.create_request(vault, case.number, URL,
                                                               "telegram"), at=T0)
    changed = takedowns.set_follow_up(vault, request, policy=FollowUpPolicy(12, 36, (3,)))
    assert changed.policy.recheck_days == (3,)
    assert changed.escalate_at == T0 + timedelta(hours=36)
    other = takedowns.create_request(vault, case.number, URL + "1", "telegram")
    assert other.policy == FollowUpPolicy()       # the recipient's default is unchanged


def test_a_draft_cannot_get_an_escalation_date(vault, case):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    with pytest.raises(NotAllowed):
        takedowns.set_follow_up(vault, request, escalate_at="2099-01-01")


def test_removed_without_a_verification_date_asks_for_one(vault, case):
    request = takedowns.submit(vault, takedowns.create_request(vault, case.number, URL,
                                                               "telegram"), at=T0)
    removed = takedowns.set_status(vault, request, "removed", at=T0 + timedelta(hours=30))
    assert _open(vault, removed) == [(TaskKind.VERIFY_REMOVAL, T0 + timedelta(hours=30))]
    verified = takedowns.verify_removal(vault, removed, at=kst(2024, 3, 3, 9))
    assert verified.removal_verified_at == kst(2024, 3, 3, 9)
    assert _open(vault, verified) == [(TaskKind.RECHECK, kst(2024, 3, 10, 9)),
                                      (TaskKind.RECHECK, kst(2024, 4, 2, 9))]


def test_removed_with_a_verification_date_plans_the_rechecks_at_once(vault, case):
    request = takedowns.submit(vault, takedowns.create_request(vault, case.number, URL,
                                                               "telegram"), at=T0)
    removed = takedowns.set_status(vault, request, "removed", at=kst(2024, 3, 2, 9),
                                   verified_at=kst(2024, 3, 2, 12))
    assert [d for _, d in _open(vault, removed)] == [kst(2024, 3, 9, 12), kst(2024, 4, 1, 12)]


def test_a_recheck_that_finds_nothing_closes_the_task(vault, case):
    request = takedowns.submit(vault, takedowns.create_request(vault, case.number, URL,
                                                               "telegram"), at=T0)
    takedowns.set_status(vault, request, "removed", at=kst(2024, 3, 2, 9),
                         verified_at=kst(2024, 3, 2, 9))
    first = takedowns.tasks(vault, request, open_only=True)[0]
    assert takedowns.complete_recheck(vault, first.id, found_again=False) is None
    remaining = takedowns.tasks(vault, request, open_only=True)
    assert len(remaining) == 1 and remaining[0].due_at == kst(2024, 4, 1, 9)
    with pytest.raises(NotAllowed):
        takedowns.complete_recheck(vault, first.id, found_again=False)


def test_a_recheck_that_finds_it_again_creates_the_reupload_request(vault, case):
    request = takedowns.submit(vault, takedowns.create_request(vault, case.number, URL,
                                                               "telegram"), at=T0)
    takedowns.set_status(vault, request, "removed", at=kst(2024, 3, 2, 9),
                         verified_at=kst(2024, 3, 2, 9))
    task = takedowns.tasks(vault, request, open_only=True)[0]
    again = takedowns.complete_recheck(vault, task.id, found_again=True,
                                       url="https://t.me/otherroom/7")
    assert again is not None and again.link.value == "reupload"
    assert again.parent_id == request.id and again.target == "https://t.me/otherroom/7"
    assert again.status is TakedownStatus.DRAFT


def test_queue_buckets_use_the_calendar_day_of_now():
    now = kst(2024, 3, 5, 12)
    assert deadlines.bucket(kst(2024, 3, 5, 11, 59), now) is QueueBucket.OVERDUE
    assert deadlines.bucket(kst(2024, 3, 5, 12), now) is QueueBucket.TODAY
    assert deadlines.bucket(kst(2024, 3, 5, 23, 59), now) is QueueBucket.TODAY
    assert deadlines.bucket(kst(2024, 3, 6, 0, 0), now) is QueueBucket.UPCOMING


@pytest.mark.parametrize("text, days", [("7,30", (7, 30)), ("30, 7, 7", (7, 30)), ("", ())])
def test_recheck_days_are_read_from_text(text, days):
    assert parse_recheck_days(text) == days


@pytest.mark.parametrize("text", ["0", "7,x", "-1", "4000"])
def test_bad_recheck_days_are_refused(text):
    with pytest.raises(BadInput):
        parse_recheck_days(text)


def test_a_policy_outside_its_limits_is_refused():
    with pytest.raises(BadInput):
        FollowUpPolicy(0, 72)
    with pytest.raises(BadInput):
        FollowUpPolicy(24, 24 * 400)
