"""Takedowns act on the victim's behalf: without their consent the service refuses with a
clear message and stores nothing; their identity never reaches a letter unless consent and a
per-letter choice say so."""

import pytest

from caseapp.errors import ConsentMissing
from caseapp.services import cases, takedowns
from tests.conftest import sign_as
from tests.takedown.conftest import VICTIM_NAME, audit_actions, dump

URL = "https://t.me/leakroom/42"


def test_without_consent_nothing_is_created(vault, bare_case):
    takedowns.list_recipients(vault)            # the directory itself is not case data
    before = dump(vault)
    with pytest.raises(ConsentMissing) as info:
        takedowns.create_request(vault, bare_case.number, URL, "telegram")
    assert info.value.message() == (
        f"Case {bare_case.number}: the victim has not given consent to takedown requests on "
        "the victim's behalf. Record their consent first.")
    assert info.value.exit_code == 1
    assert dump(vault) == before


def test_the_refusal_is_translated(vault, bare_case):
    with pytest.raises(ConsentMissing) as info:
        takedowns.create_request(vault, bare_case.number, URL, "telegram")
    korean = info.value.message("ko")
    assert bare_case.number in korean and "동의" in korean


def test_withdrawn_consent_stops_submitting_and_letters(vault, case, tmp_path):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    cases.record_consent(vault, case.number, "takedown", False, "verbal")
    before = dump(vault)
    with pytest.raises(ConsentMissing) as info:
        takedowns.submit(vault, request)
    assert "withdrew consent" in info.value.message()
    with pytest.raises(ConsentMissing):
        takedowns.write_letter(vault, request, tmp_path / "letter.txt")
    assert not (tmp_path / "letter.txt").exists()
    assert dump(vault) == before
    # facts about what already happened can still be recorded
    takedowns.set_status(vault, request, "withdrawn")


def test_the_victim_is_named_only_when_the_letter_asks_for_it(vault, case, tmp_path):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    plain = takedowns.letter_text(vault, request, lang="ko")
    assert VICTIM_NAME not in plain
    assert "victim.revealed" not in audit_actions(vault)
    cases.record_consent(vault, case.number, "identify", True, "written")
    named = takedowns.write_letter(vault, request, tmp_path / "named.txt", lang="ko",
                                   include_victim_identity=True)
    assert named.victim_identity
    assert VICTIM_NAME in (tmp_path / "named.txt").read_text(encoding="utf-8")
    actions = audit_actions(vault)
    assert "victim.revealed" in actions and actions[-1] == "takedown.letter_written"


def test_a_letter_cannot_name_a_victim_whose_name_was_never_recorded(vault, tmp_path):
    sign_as(vault)
    opened = cases.open_case(vault)
    cases.record_consent(vault, opened.number, "takedown", True, "verbal")
    cases.record_consent(vault, opened.number, "identify", True, "verbal")
    request = takedowns.create_request(vault, opened.number, URL, "telegram")
    with pytest.raises(Exception) as info:
        takedowns.write_letter(vault, request, tmp_path / "x.txt",
                               include_victim_identity=True)
    assert "No name is recorded" in str(info.value)
    assert not (tmp_path / "x.txt").exists()


@pytest.mark.parametrize("identify", [None, False], ids=["never-given", "withdrawn"])
def test_naming_the_victim_needs_its_own_consent(vault, case, tmp_path, identify):
    request = takedowns.create_request(vault, case.number, URL, "telegram")
    if identify is False:
        cases.record_consent(vault, case.number, "identify", True, "written")
        cases.record_consent(vault, case.number, "identify", False, "verbal")
    before = dump(vault)
    with pytest.raises(ConsentMissing) as info:
        takedowns.write_letter(vault, request, tmp_path / "named.txt", lang="ko",
                               include_victim_identity=True)
    message = info.value.message()
    assert case.number in message and "named to platforms and regulators" in message
    assert "동의" in info.value.message("ko")
    with pytest.raises(ConsentMissing):
        takedowns.letter_text(vault, request, include_victim_identity=True)
    assert not (tmp_path / "named.txt").exists()
    assert dump(vault) == before
    assert "victim.revealed" not in audit_actions(vault)
    # takedown consent alone still allows the letter that does not name the victim
    takedowns.write_letter(vault, request, tmp_path / "plain.txt", lang="ko")
    assert VICTIM_NAME not in (tmp_path / "plain.txt").read_text(encoding="utf-8")
