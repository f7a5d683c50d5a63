"""The follow-up queue across all cases with a fixed "now": overdue first, then due today,
then upcoming; per case and per counsellor; keyset pages that join up exactly."""

import pytest

from caseapp.domain.takedowns import QueueBucket, TaskKind
from caseapp.errors import BadInput
from caseapp.services import cases, takedowns
from tests.takedown.conftest import kst

NOW = kst(2024, 3, 5, 12)
SENT = kst(2024, 3, 1, 9)


def _case(vault, counsellor_id=None):
    opened = cases.open_case(vault, counsellor_id=counsellor_id)
    cases.record_consent(vault, opened.number, "takedown", True, "verbal",
                         at="2024-01-01T09:00:00+09:00")
    return opened


def _due(vault, case, n, due):
    request = takedowns.create_request(vault, case.number, f"https://t.me/room/{n}", "telegram")
    takedowns.submit(vault, request, at=SENT)
    return takedowns.set_follow_up(vault, request, due=due)


@pytest.fixture
def queue_data(vault):
    lee = cases.add_counsellor(vault, "이상담")
    kim = cases.add_counsellor(vault, "Kim")
    a, b = _case(vault, lee.id), _case(vault, kim.id)
    made = {
        "upcoming_late": _due(vault, a, 1, kst(2024, 3, 9, 9)),
        "today_late": _due(vault, b, 2, kst(2024, 3, 5, 23, 30)),
        "overdue_old": _due(vault, b, 3, kst(2024, 3, 2, 9)),
        "today_early": _due(vault, a, 4, kst(2024, 3, 5, 12, 0)),
        "overdue_recent": _due(vault, a, 5, kst(2024, 3, 5, 11, 59)),
        "upcoming_next_day": _due(vault, b, 6, kst(2024, 3, 6, 0, 0)),
    }
    return made, a, b, lee, kim


def test_the_queue_lists_overdue_then_today_then_upcoming(vault, queue_data):
    made, *_ = queue_data
    page = takedowns.queue(vault, as_of=NOW)
    assert [r.request_code for r in page.items] == [made[k].code for k in (
        "overdue_old", "overdue_recent", "today_early", "today_late", "upcoming_next_day",
        "upcoming_late")]
    assert [r.bucket for r in page.items] == [
        QueueBucket.OVERDUE, QueueBucket.OVERDUE, QueueBucket.TODAY, QueueBucket.TODAY,
        QueueBucket.UPCOMING, QueueBucket.UPCOMING]
    assert all(r.task is TaskKind.CHECK for r in page.items)
    assert not page.has_more


def test_as_of_decides_what_is_overdue(vault, queue_data):
    made, *_ = queue_data
    overdue = takedowns.queue(vault, as_of=NOW, overdue_only=True)
    assert [r.request_code for r in overdue.items] == [made["overdue_old"].code,
                                                       made["overdue_recent"].code]
    later = takedowns.queue(vault, as_of="2024-03-06T08:00:00+09:00", overdue_only=True)
    assert len(later.items) == 5


def test_the_queue_per_counsellor_and_per_case(vault, queue_data):
    made, _a, b, _lee, _kim = queue_data
    mine = takedowns.queue(vault, as_of=NOW, counsellor="이상담")
    assert [r.request_code for r in mine.items] == [made[k].code for k in (
        "overdue_recent", "today_early", "upcoming_late")]
    assert {r.counsellor_name for r in mine.items} == {"이상담"}
    of_b = takedowns.queue(vault, as_of=NOW, case=b.number)
    assert {r.case_number for r in of_b.items} == {b.number} and len(of_b.items) == 3


def test_pages_join_up_without_gaps_or_repeats(vault, queue_data):
    seen, after = [], None
    while True:
        page = takedowns.queue(vault, as_of=NOW, limit=4 if after is None else 1, after=after)
        seen.extend(r.task_id for r in page.items)
        if not page.has_more:
            break
        after = page.next_after
    everything = [r.task_id for r in takedowns.queue(vault, as_of=NOW).items]
    assert seen == everything and len(seen) == 6


def test_closed_requests_leave_the_queue(vault, queue_data):
    made, *_ = queue_data
    takedowns.set_status(vault, made["overdue_old"], "withdrawn")
    codes = [r.request_code for r in takedowns.queue(vault, as_of=NOW).items]
    assert made["overdue_old"].code not in codes


def test_a_queue_without_an_offset_is_refused(vault):
    with pytest.raises(BadInput):
        takedowns.queue(vault, as_of="2024-03-05T12:00:00")


def test_a_counsellor_with_very_few_cases_gets_exactly_their_queue(vault):
    """Counsellors holding under 1 % of the cases are served by another query plan; the
    answer must be the same."""
    solo = cases.add_counsellor(vault, "Solo")
    busy = cases.add_counsellor(vault, "Busy")
    theirs = _case(vault, solo.id)
    others = [_case(vault, busy.id) for _ in range(3)]
    for _ in range(120):
        cases.open_case(vault, counsellor_id=busy.id)
    due_solo = [_due(vault, theirs, n, kst(2024, 3, 1 + n, 9)) for n in (3, 1, 2)]
    for n, case in enumerate(others):
        _due(vault, case, 10 + n, kst(2024, 3, 2, 12))
    page = takedowns.queue(vault, as_of=NOW, counsellor="Solo")
    assert [r.request_code for r in page.items] == [r.code for r in sorted(
        due_solo, key=lambda r: takedowns.tasks(vault, r, open_only=True)[0].due_at)]
    first = takedowns.queue(vault, as_of=NOW, counsellor="Solo", limit=2)
    rest = takedowns.queue(vault, as_of=NOW, counsellor="Solo", after=first.next_after)
    assert [r.task_id for r in first.items + rest.items] == [r.task_id for r in page.items]
    assert len(takedowns.queue(vault, as_of=NOW, counsellor="Busy").items) == 3
