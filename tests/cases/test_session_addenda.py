"""Session notes stay as first written; a correction is a dated, attributed addendum kept
next to them and audited; empty or misdirected addenda change nothing."""

import pytest

from caseapp.errors import BadInput, NotFound
from caseapp.services import cases, session_addenda
from caseapp.store.connection import DatabaseError
from tests.takedown.conftest import audit_actions, dump


@pytest.fixture
def session(vault):
    opened = cases.open_case(vault)
    return cases.add_session(vault, opened.number, held_at="2024-03-01T10:00:00+09:00",
                             notes="피해자와 통화: 3월 2일 유포 확인")


def test_an_addendum_keeps_the_original_and_is_audited(vault, session):
    added = session_addenda.add_addendum(vault, session.id, "정정: 유포 확인일은 3월 3일")
    assert added.written_by == "tester"
    original = cases.list_sessions(vault, session.case_id)[0]
    assert original.notes == "피해자와 통화: 3월 2일 유포 확인"
    again = session_addenda.add_addendum(vault, session.id, "추가: 경찰 신고 예정")
    assert [a.text for a in session_addenda.addenda(vault, session.case_id)[session.id]] == [
        "정정: 유포 확인일은 3월 3일", "추가: 경찰 신고 예정"]
    assert again.written_at >= added.written_at
    assert audit_actions(vault)[-1] == "session.addendum_added"
    details = vault.cases.execute("SELECT details FROM audit_event ORDER BY seq DESC LIMIT 1")\
        .fetchone()[0]
    # the audit trail names the addendum, never its words
    assert "경찰" not in str(vault.readable_details(details))


def test_bad_addenda_change_nothing(vault, session):
    before = dump(vault)
    for text in ("", "  \n "):
        with pytest.raises(BadInput) as info:
            session_addenda.add_addendum(vault, session.id, text)
        assert info.value.message("ko") != info.value.message("en")
    with pytest.raises(BadInput):
        session_addenda.add_addendum(vault, session.id, "x" * 1_000_001)
    with pytest.raises(NotFound):
        session_addenda.add_addendum(vault, session.id + 99, "정정")
    assert dump(vault) == before


def test_an_addendum_is_never_rewritten(vault, session):
    session_addenda.add_addendum(vault, session.id, "정정")
    with pytest.raises(DatabaseError), vault.write() as conn:
        conn.execute("UPDATE session_addendum SET text = 'changed'")
