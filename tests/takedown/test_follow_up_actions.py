"""One follow-up at a time: a new due date, postponed by N days, marked done with a note;
bad input leaves the store unchanged; a done check plans the next one."""

from datetime import timedelta

import pytest

from caseapp.domain.takedowns import TaskKind
from caseapp.errors import BadInput, NotAllowed
from caseapp.services import takedowns
from tests.takedown.conftest import audit_actions, dump, kst

SENT = kst(2024, 3, 1, 9)


@pytest.fixture
def sent(vault, case):
    request = takedowns.create_request(vault, case.number, "https://t.me/room/1", "telegram")
    return takedowns.submit(vault, request, at=SENT)


def _check(vault, request):
    return next(t for t in takedowns.tasks(vault, request, open_only=True)
                if t.kind is TaskKind.CHECK)


def test_postpone_moves_the_follow_up_by_whole_days(vault, sent):
    task = _check(vault, sent)
    takedowns.move_follow_up(vault, task.id, days=3)
    moved = _check(vault, sent)
    assert moved.id == task.id and moved.due_at == task.due_at + timedelta(days=3)
    assert audit_actions(vault)[-1] == "takedown.follow_up_moved"


def test_a_new_due_date_is_set_on_that_follow_up(vault, sent):
    task = _check(vault, sent)
    takedowns.move_follow_up(vault, task.id, due=kst(2024, 3, 20, 10))
    assert _check(vault, sent).due_at == kst(2024, 3, 20, 10)


@pytest.mark.parametrize("kwargs", [{"days": 0}, {"days": 366}, {"days": "3"}, {"days": True},
                                    {"due": kst(2024, 2, 1, 9)}, {"due": "not a date"}, {},
                                    {"due": kst(2024, 3, 9, 9), "days": 2}])
def test_bad_moves_change_nothing(vault, sent, kwargs):
    task = _check(vault, sent)
    before = dump(vault)
    with pytest.raises(BadInput) as info:
        takedowns.move_follow_up(vault, task.id, **kwargs)
    assert info.value.message("ko") and info.value.message("en")
    assert dump(vault) == before


def test_done_with_a_note_keeps_the_note_and_plans_the_next_check(vault, sent):
    task = _check(vault, sent)
    takedowns.complete_follow_up(vault, task.id, note="전화함: 담당자 부재")
    done = next(t for t in takedowns.tasks(vault, sent) if t.id == task.id)
    assert not done.open and done.outcome == "done" and done.note == "전화함: 담당자 부재"
    following = takedowns.tasks(vault, sent, open_only=True)
    assert following and all(t.id != task.id for t in following)
    assert audit_actions(vault)[-1] == "takedown.follow_up_done"


def test_a_done_follow_up_cannot_be_done_or_moved_again(vault, sent):
    task = _check(vault, sent)
    takedowns.complete_follow_up(vault, task.id)
    before = dump(vault)
    with pytest.raises(NotAllowed):
        takedowns.complete_follow_up(vault, task.id)
    with pytest.raises(NotAllowed):
        takedowns.move_follow_up(vault, task.id, days=1)
    assert dump(vault) == before


