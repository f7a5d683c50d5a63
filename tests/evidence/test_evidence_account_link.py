"""Evidence linked to a perpetrator account or channel through the service (the command is in
tests/cli/test_evidence_account_link_cli.py): the link makes the account count in "appears in
N other cases"; a missing item or account is refused with the store unchanged."""


import pytest

from caseapp.domain.cases import AccountRef
from caseapp.errors import NotFound
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from tests.takedown.conftest import audit_actions, dump


@pytest.fixture
def case(vault):
    return case_service.open_case(vault, pseudonym="해바라기-7")


@pytest.fixture
def other_case(vault):
    return case_service.open_case(vault, pseudonym="other")


@pytest.fixture
def shared(vault, case, other_case):
    incident = case_service.add_incident(vault, case, description="유포", platform="telegram")
    account = case_service.link_account(vault, incident.id,
                                        AccountRef(platform="telegram", handle="@spreader"))
    item = evidence_service.add_url_evidence(vault, other_case, "https://t.me/spreader/7").item
    return account, item


def test_linking_reports_the_other_cases_and_is_audited(vault, case, other_case, shared):
    account, item = shared
    found = evidence_service.link_account(vault, item.code, account.id)
    assert found.account.id == account.id and found.other_cases == (case.number,)
    assert [a.account.id for a in evidence_service.accounts_of_item(vault, item.id)] == \
        [account.id]
    assert audit_actions(vault)[-1] == "evidence.account_linked"
    from_the_first_case = case_service.case_accounts(vault, case)[0]
    assert from_the_first_case.other_cases == (other_case.number,)


def test_a_new_channel_by_platform_and_handle_is_created_and_linked(vault, shared):
    _account, item = shared
    found = evidence_service.link_account(vault, item.id,
                                          AccountRef(platform="telegram", handle="@newroom"))
    assert found.account.handle.lower() == "@newroom" and found.other_cases == ()


def test_unknown_account_or_item_changes_nothing(vault, shared):
    account, item = shared
    before = dump(vault)
    with pytest.raises(NotFound):
        evidence_service.link_account(vault, item.id, account.id + 999)
    with pytest.raises(NotFound):
        evidence_service.link_account(vault, "E-1999-0001-001", account.id)
    assert dump(vault) == before
