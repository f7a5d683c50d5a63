"""Bad input: malformed addresses, unknown recipients, evidence of another case, bad times:
clear messages, nothing changed. Unicode addresses are kept exactly."""

import pytest

from caseapp.domain.takedowns import RecipientDraft
from caseapp.errors import BadInput, NotAllowed
from caseapp.services import cases, takedowns
from tests.takedown.conftest import dump, url_evidence


@pytest.fixture
def ready(vault, case):
    takedowns.list_recipients(vault)
    return case


@pytest.mark.parametrize("url, words", [
    ("", "empty"),
    ("   ", "empty"),
    ("javascript:alert(1)", "http or https"),
    ("hello", "does not look like a link"),
    ("https://exa mple.com/x", "not valid"),
    ("https://t.me/a\nb", "line breaks"),
    ("https://", "no web address"),
])
def test_malformed_addresses_are_refused_and_nothing_is_stored(vault, ready, url, words):
    before = dump(vault)
    with pytest.raises(BadInput) as info:
        takedowns.create_request(vault, ready.number, url, "telegram")
    assert words in info.value.message()
    assert info.value.message().startswith("The web address cannot be used")
    assert dump(vault) == before


def test_an_unknown_recipient_is_named_with_the_known_ones(vault, ready):
    before = dump(vault)
    with pytest.raises(BadInput) as info:
        takedowns.create_request(vault, ready.number, "https://t.me/x/1", "Myspace")
    message = info.value.message()
    assert message.startswith("There is no recipient 'Myspace'. Known recipients: telegram, x,")
    assert "kcsc" in message
    assert dump(vault) == before


def test_recipients_match_by_key_or_name_in_any_case(vault, ready):
    assert takedowns.get_recipient(vault, "KCSC").key == "kcsc"
    commission = "Korea Media and Communications Standards Commission (formerly KCSC)"
    assert takedowns.get_recipient(vault, "kcsc").name == commission
    assert takedowns.get_recipient(vault, f"  {commission.upper()} ").key == "kcsc"
    assert takedowns.get_recipient(vault, "  google SEARCH ").key == "google_search"


def test_evidence_of_another_case_cannot_be_linked(vault, ready):
    other = cases.open_case(vault)
    item = url_evidence(vault, other, "https://t.me/x/1")
    before = dump(vault)
    with pytest.raises(NotAllowed) as info:
        takedowns.create_request(vault, ready.number, "https://t.me/x/1", "telegram",
                                 evidence=[item.code])
    assert item.code in info.value.message()
    with pytest.raises(BadInput):
        takedowns.create_request(vault, ready.number, "https://t.me/x/1", "telegram",
                                 evidence=["E-2024-9999-001"])
    assert dump(vault) == before


def test_unicode_hosts_and_paths_are_kept_exactly(vault, ready):
    for url in ("https://예시.한국/유출/사진", "https://bücher.example/ä?q=ü#x",
                "https://t.me/s/한글방/77", "https://example.com/%ED%95%9C"):
        request = takedowns.create_request(vault, ready.number, url, "hosting_abuse")
        assert takedowns.get_request(vault, request.code).target == url


def test_account_targets_are_one_line(vault, ready):
    request = takedowns.create_request(vault, ready.number, "@leak_room", "telegram",
                                       target_kind="account")
    assert request.target == "@leak_room" and request.platform is None
    with pytest.raises(BadInput):
        takedowns.create_request(vault, ready.number, "a\nb", "telegram", target_kind="account")


def test_a_bad_time_names_the_problem(vault, ready):
    request = takedowns.create_request(vault, ready.number, "https://t.me/x/1", "telegram")
    before = dump(vault)
    with pytest.raises(BadInput) as info:
        takedowns.submit(vault, request, at="2024-03-01T10:00:00")
    assert "no UTC offset" in info.value.message()
    with pytest.raises(BadInput):
        takedowns.submit(vault, request, at="yesterday")
    with pytest.raises(BadInput):
        takedowns.set_status(vault, request, "sent")
    with pytest.raises(BadInput):
        takedowns.submit(vault, request, reference="line one\nline two")
    assert dump(vault) == before


def test_recipients_the_organisation_adds(vault, ready):
    added = takedowns.add_recipient(vault, RecipientDraft(
        "Local forum", "platform", "email", email="abuse@forum.example",
        guidance="Report through the moderator mailbox."))
    assert takedowns.recipient_guidance(added)[0] == "Report through the moderator mailbox."
    with pytest.raises(BadInput):
        takedowns.add_recipient(vault, RecipientDraft("local FORUM", "other", "email"))
    with pytest.raises(BadInput):
        RecipientDraft("Bad", "platform", "email", email="not an address")
    with pytest.raises(BadInput):
        RecipientDraft("Bad", "platform", "web_form", web_form="javascript:alert(1)")
    with pytest.raises(BadInput):
        RecipientDraft("Bad", "unicorn", "email")
    takedowns.update_recipient(vault, added, active=False)
    before = dump(vault)
    with pytest.raises(NotAllowed):
        takedowns.create_request(vault, ready.number, "https://t.me/x/1", "Local forum")
    assert dump(vault) == before
