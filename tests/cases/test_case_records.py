"""Case records through the services: numbering, status workflow, victim details behind an
audited reveal, consent, incidents and shared perpetrator accounts, sessions, leaked
information, proof of victimhood, counsellor profiles. Real SQLCipher stores."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from caseapp.domain.cases import (
    AccountRef,
    CaseQuery,
    CaseStatus,
    ContactChannel,
    ContactKind,
    Guardian,
    ProofEntry,
    ProofItem,
    Victim,
)
from caseapp.domain.consent import ConsentScope
from caseapp.errors import BadInput, ConsentMissing, NotAllowed, NotFound
from caseapp.services import cases
from caseapp.services import vault as vault_service
from tests.cases.store_dump import audit_actions, dump

KST = timezone(timedelta(hours=9))


def test_case_numbers_follow_the_year_and_are_never_reused(vault):
    first = cases.open_case(vault)
    second = cases.open_case(vault)
    year = datetime.now().astimezone().year
    assert first.number == f"{year}-0001"
    assert second.number == f"{year}-0002"
    # a removed case keeps its number taken
    with vault.write() as conn:
        conn.execute("DELETE FROM case_file WHERE id = ?", (second.id,))
    assert cases.open_case(vault).number == f"{year}-0003"


def test_new_case_starts_at_intake_with_a_generated_pseudonym(vault):
    case = cases.open_case(vault, tags=["deepfake", "미성년 피해자", "deepfake"], risk="high")
    assert case.status is CaseStatus.INTAKE
    assert case.pseudonym.startswith("P-") and len(case.pseudonym) == 8
    assert case.tags == ("deepfake", "미성년 피해자")
    assert cases.get_case(vault, case.number) == case
    assert cases.get_case(vault, case.id) == case
    assert "case.opened" in audit_actions(vault, case.number)


def test_status_workflow_allows_the_path_and_refuses_jumps(vault):
    case = cases.open_case(vault)
    for status in ("active", "awaiting_takedown", "referred_to_police", "closed"):
        case = cases.change_status(vault, case, status)
    assert case.status is CaseStatus.CLOSED
    before = dump(vault)
    with pytest.raises(NotAllowed) as err:
        cases.change_status(vault, case, "awaiting_takedown")
    assert "cannot go from closed to awaiting_takedown" in err.value.message()
    assert "active" in err.value.message()
    with pytest.raises(BadInput) as err:
        cases.change_status(vault, case, "archived")
    assert "Unknown Status: archived" in err.value.message()
    assert dump(vault) == before


def test_reopening_is_allowed_and_audited_with_its_reason(vault):
    case = cases.open_case(vault)
    cases.change_status(vault, case, "active")
    cases.change_status(vault, case, "closed")
    reopened = cases.change_status(vault, case, "active", reason="재유포 발견")
    assert reopened.status is CaseStatus.ACTIVE
    row = vault.cases.execute(
        "SELECT details FROM audit_event WHERE action = 'case.reopened' AND object_id = ?",
        (case.number,)).fetchone()
    opened = vault.readable_details(row[0])  # sealed under the case's key, opened here
    assert opened["reason"] == "재유포 발견" and opened["old"] == "closed"


def test_update_changes_only_the_named_fields(vault):
    counsellor = cases.add_counsellor(vault, "김상담")
    case = cases.open_case(vault, pseudonym="나비-01", summary="처음")
    updated = cases.update_case(vault, case, risk="critical", counsellor_id=counsellor.id,
                                tags=["sextortion"])
    assert (updated.pseudonym, updated.summary) == ("나비-01", "처음")
    assert updated.risk.value == "critical" and updated.counsellor_id == counsellor.id
    assert updated.tags == ("sextortion",)
    assert updated.updated_at > case.updated_at
    with pytest.raises(NotFound):
        cases.update_case(vault, case, counsellor_id=999)


def test_invalid_values_change_nothing(vault):
    case = cases.open_case(vault)
    before = dump(vault)
    bad_calls = [
        lambda: cases.open_case(vault, risk="extreme"),
        lambda: cases.open_case(vault, tags=[""]),
        lambda: cases.open_case(vault, legal_categories=["murder"]),
        lambda: cases.update_case(vault, case, risk="none"),
        lambda: cases.get_case(vault, "24-1"),
        lambda: cases.save_victim(vault, case, Victim(birth_year=date.today().year + 1)),
        lambda: cases.add_incident(vault, case, occurred_at="2024-13-45"),
        lambda: cases.add_incident(vault, case, occurred_at="2024-03-01T10:00"),
        lambda: cases.add_session(vault, case, held_at="yesterday"),
        lambda: cases.record_consent(vault, case, "police", True, "telepathy"),
        lambda: cases.record_consent(vault, case, "everything", True, "verbal"),
    ]
    for call in bad_calls:
        with pytest.raises(BadInput):
            call()
    assert dump(vault) == before


def test_future_birth_year_message_is_clear_and_translated(vault):
    year = date.today().year + 1
    with pytest.raises(BadInput) as err:
        Victim(birth_year=year)
    assert err.value.message("en") == f"Birth year {year} is in the future."
    # read aloud the year ends in 일, 이, 삼…: 은 after a final consonant, 는 after a vowel
    topic = "는" if year % 10 in (2, 4, 5, 9) else "은"
    assert err.value.message("ko") == f"출생 연도 {year}{topic} 미래입니다."


def test_no_offset_message_names_the_field_in_korean(vault):
    case = cases.open_case(vault)
    with pytest.raises(BadInput) as err:
        cases.add_incident(vault, case, occurred_at="2024-03-01T10:00")
    assert "발생 시각" in err.value.message("ko")
    assert "When" in err.value.message("en")
    assert "+09:00" in err.value.message("en")


# --- victim -------------------------------------------------------------------------------------
VICTIM = Victim(
    name="김하늘", preferred_name="하늘", birth_year=2009, gender="논바이너리",
    language="ko",
    contacts=(ContactChannel(ContactKind.PHONE, "010-1234-5678", "평일 18시 이후",
                             "집에서는 받지 않음"),
              ContactChannel(ContactKind.EMAIL, "sky@example.org")),
    do_not_contact_by=(ContactKind.LETTER, ContactKind.SMS),
    guardian=Guardian("김어머니", "어머니", "010-0000-1111"),
    note="학교에는 알리지 말 것")


def test_victim_details_only_through_an_audited_reveal(vault):
    case = cases.open_case(vault, pseudonym="민들레-7")
    cases.save_victim(vault, case, VICTIM)
    assert "victim.saved" in audit_actions(vault, case.number)
    assert audit_actions(vault, case.number).count("victim.revealed") == 0
    assert cases.reveal_victim(vault, case) == VICTIM
    assert cases.reveal_victim(vault, case.number) == VICTIM
    assert audit_actions(vault, case.number).count("victim.revealed") == 2
    # the audit details name fields, never values
    details = " ".join(str(vault.readable_details(row[0]))
                       for row in vault.cases.execute("SELECT details FROM audit_event"))
    assert "김하늘" not in details and "010-1234" not in details


def test_lists_and_search_never_carry_identifying_fields(vault):
    case = cases.open_case(vault, pseudonym="민들레-7")
    cases.save_victim(vault, case, VICTIM)
    page = cases.list_cases(vault)
    text = repr(page) + repr(cases.get_case(vault, case.number))
    for secret in ("김하늘", "010-1234-5678", "sky@example.org", "김어머니"):
        assert secret not in text
    assert cases.list_cases(vault, CaseQuery(search="김하늘")).items == ()
    assert cases.list_cases(vault, CaseQuery(search="1234-5678")).items == ()
    doc = vault.cases.execute("SELECT doc FROM case_fts").fetchone()[0]
    assert "김하늘" not in doc


def test_reveal_without_details_returns_empty_and_is_still_audited(vault):
    case = cases.open_case(vault)
    assert cases.reveal_victim(vault, case) == Victim()
    assert "victim.revealed" in audit_actions(vault, case.number)


# --- consent ------------------------------------------------------------------------------------
def test_consent_grant_withdraw_and_refusals(vault):
    case = cases.open_case(vault)
    with pytest.raises(ConsentMissing) as err:
        cases.require_consent(vault, case.id, ConsentScope.POLICE)
    assert err.value.message() == (f"Case {case.number}: the victim has not given consent to "
                                   "share with police. Record their consent first.")
    assert "경찰에 제공" in err.value.message("ko")
    granted = cases.record_consent(vault, case, "police", True, "written",
                                   at="2024-03-02T10:00:00+09:00")
    assert cases.require_consent(vault, case.id, "police") == granted
    assert granted.recorded_by == "tester"
    cases.record_consent(vault, case, "police", False, "verbal", at="2024-04-01")
    with pytest.raises(ConsentMissing) as err:
        cases.require_consent(vault, case.id, "police")
    assert "withdrew consent to share with police on 2024-04-01" in err.value.message()
    state = cases.consent_state(vault, case.id)
    assert state[ConsentScope.POLICE].granted is False
    assert state[ConsentScope.COPIES] is None
    assert [r.granted for r in cases.consent_history(vault, case)] == [True, False]
    assert audit_actions(vault, case.number)[-2:] == ["consent.granted", "consent.withdrawn"]


def test_consent_time_keeps_its_offset_and_cannot_be_in_the_future(vault):
    case = cases.open_case(vault)
    record = cases.record_consent(vault, case, "takedown", True, "guardian",
                                  at="2024-03-02T10:00:00+09:00")
    assert record.given_at.utcoffset() == timedelta(hours=9)
    assert cases.consent_state(vault, case)[ConsentScope.TAKEDOWN].given_at == record.given_at
    with pytest.raises(BadInput):
        cases.record_consent(vault, case, "takedown", True, "verbal",
                             at=datetime.now(UTC) + timedelta(days=2))


# --- incidents, accounts -----------------------------------------------------------------------
def test_incident_keeps_time_zone_and_links_accounts_shared_across_cases(vault):
    first = cases.open_case(vault)
    other = cases.open_case(vault)
    third = cases.open_case(vault)
    incident = cases.add_incident(
        vault, first, description="합성물이 유포됨", occurred_at="2024-03-01T22:10:00+09:00",
        time_zone="Asia/Seoul", platform="telegram", place="지인능욕방",
        legal_category="synthetic_sexual_material", perpetrator_relation="같은 학교 학생",
        accounts=[AccountRef("telegram", "@Jiin_Room", display_name="방장")])
    assert incident.occurred_at == datetime(2024, 3, 1, 22, 10, tzinfo=KST)
    assert incident.occurred_at.utcoffset() == timedelta(hours=9)
    account = incident.accounts[0]
    # the same channel typed differently in two other cases
    cases.add_incident(vault, other, platform="telegram",
                       accounts=[AccountRef("telegram", "jiin_room", display_name="관리자")])
    later = cases.add_incident(vault, third, description="재유포")
    cases.link_account(vault, later.id, AccountRef("telegram", "@JIIN_ROOM"))
    assert cases.cases_sharing_account(vault, account.id, excluding=first) == [
        other.number, third.number]
    shared = cases.case_accounts(vault, first)
    assert [s.other_cases for s in shared] == [(other.number, third.number)]
    assert cases.get_account(vault, account.id).display_names == ("방장", "관리자")
    # sharing shows numbers only
    assert "합성물" not in repr(shared)


def test_update_incident_replaces_fields_and_reindexes(vault):
    case = cases.open_case(vault)
    incident = cases.add_incident(vault, case, description="old text", place="겹지인방")
    assert cases.list_cases(vault, CaseQuery(search="겹지인")).items
    cases.update_incident(vault, incident.id, description="new text", place="다른방")
    assert not cases.list_cases(vault, CaseQuery(search="겹지인")).items
    assert cases.list_cases(vault, CaseQuery(search="다른방")).items
    assert cases.list_incidents(vault, case)[0].description == "new text"


def test_unlinking_an_account_removes_it_from_the_case(vault):
    case = cases.open_case(vault)
    incident = cases.add_incident(vault, case, accounts=[AccountRef("x", "@someone")])
    cases.unlink_account(vault, incident.id, incident.accounts[0].id)
    assert cases.case_accounts(vault, case) == []
    assert cases.list_cases(vault, CaseQuery(search="someone")).items == ()


# --- sessions, leaks, proof -------------------------------------------------------------------
def test_sessions_default_to_the_acting_counsellor(vault):
    me = cases.add_counsellor(vault, "tester")
    case = cases.open_case(vault)
    session = cases.add_session(vault, case, held_at="2024-03-05T14:00:00+09:00",
                                duration_minutes=50, mode="대면", notes="초기 상담",
                                next_steps="다음 주 연락")
    assert session.counsellor_id == me.id
    assert cases.list_sessions(vault, case) == [session]
    with pytest.raises(BadInput):
        cases.add_session(vault, case, held_at="2024-03-05", duration_minutes=-5)


def test_leaked_information_and_deletion_requests(vault):
    case = cases.open_case(vault)
    leak = cases.add_leaked_info(vault, case, "school", found_where="텔레그램 방 공지",
                                 found_at="2024-03-01")
    assert leak.deletion_requested_at is None
    updated = cases.update_leaked_info(vault, leak.id, deletion_requested_at="2024-03-02",
                                       deleted_at="2024-03-09")
    assert updated.deletion_requested_at == date(2024, 3, 2)
    assert cases.list_leaked_info(vault, case) == [updated]
    with pytest.raises(BadInput):
        cases.add_leaked_info(vault, case, "resident_number")


def test_proof_checklist_lists_every_item(vault):
    case = cases.open_case(vault)
    assert [e.held for e in cases.proof_checklist(vault, case)] == [False] * len(ProofItem)
    cases.set_proof(vault, case, ProofEntry("id_check", True, "박수진", date(2024, 3, 4),
                                            "신분증 대면 확인, 사본 보관 안 함"))
    checklist = {e.item: e for e in cases.proof_checklist(vault, case)}
    assert checklist[ProofItem.ID_CHECK].held
    assert checklist[ProofItem.ID_CHECK].checked_by == "박수진"
    assert not checklist[ProofItem.ORIGINAL_PHOTOS].held


# --- counsellors --------------------------------------------------------------------------------
def test_counsellor_profiles(vault):
    a = cases.add_counsellor(vault, "이지원")
    b = cases.add_counsellor(vault, "Dana", "supervisor")
    with pytest.raises(BadInput):
        cases.add_counsellor(vault, "이지원")
    with pytest.raises(BadInput):
        cases.add_counsellor(vault, "  ")
    assert [c.name for c in cases.list_counsellors(vault)] == ["Dana", "이지원"]
    cases.update_counsellor(vault, a.id, active=False)
    assert [c.id for c in cases.list_counsellors(vault)] == [b.id]
    assert len(cases.list_counsellors(vault, include_inactive=True)) == 2
    assert cases.get_counsellor(vault, "Dana").role.value == "supervisor"


def test_the_acting_profile_names_every_audit_event(new_store, data_dir):
    new_store.vault.close()
    from tests.conftest import PASSPHRASE

    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="이지원")
    try:
        cases.add_counsellor(vault, "이지원")
        case = cases.open_case(vault)
        assert cases.actor_counsellor(vault).name == "이지원"
        actors = {r[0] for r in vault.cases.execute(
            "SELECT actor FROM audit_event WHERE object_id = ?", (case.number,))}
        assert actors == {"이지원"}
    finally:
        vault.close()
