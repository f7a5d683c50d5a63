"""``caseapp-admin evidence link``: evidence linked to a perpetrator account or channel from
the command line; a missing item or account is refused with the store unchanged."""

import json

import pytest

from caseapp.domain.cases import AccountRef
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from tests.conftest import PASSPHRASE, run_cli


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


def test_evidence_link_from_the_command_line(vault, data_dir, case, other_case, shared):
    account, item = shared
    vault.close()

    def cli(*args, lang="en"):
        return run_cli("--lang", lang, "--data-dir", str(data_dir), "evidence", "link", *args,
                       "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    done = cli(item.code, "--account", str(account.id))
    assert done.returncode == 0, done.stderr
    assert f"appears in 1 other case(s): {case.number}" in done.stdout
    again = cli(item.code, "--account", str(account.id), "--json")
    assert json.loads(again.stdout)["other_cases"] == [case.number]
    missing = cli(item.code, "--account", "999", lang="ko")
    assert missing.returncode in (1, 2) and "999" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    usage = cli(item.code, "--account", "x")
    assert usage.returncode == 2
