"""A deletion "confirmed by" a supervisor needs that supervisor's PIN: only its Argon2id hash
is stored (inside the encrypted store), a wrong PIN deletes nothing and is audited."""

import json

import pytest

from caseapp.errors import BadInput, NotFound
from caseapp.services import cases as case_service
from caseapp.services import retention, supervisor
from caseapp.services import vault as vault_service
from tests.store.raw_pages import decrypted_pages

PIN = "20250314"


@pytest.fixture
def with_supervisor(vault):
    case_service.add_counsellor(vault, "박수진", "supervisor", pin=PIN)
    return vault


def _refusals(vault):
    """Reasons of the refused confirmations, oldest first."""
    return [json.loads(e.event.details)["reason"] for e in reversed(vault_service.audit_events(
        vault, action="supervisor.confirmation_refused"))]


@pytest.mark.parametrize("pin", ["12345", "abc", "       1", "", "１２３４５６"[:5]])
def test_a_pin_is_six_digits_or_a_passphrase(vault, pin):
    with pytest.raises(BadInput, match="at least 6 digits"):
        case_service.add_counsellor(vault, "짧은", "supervisor", pin=pin)
    assert [c.name for c in case_service.list_counsellors(vault)] == []


def test_only_a_supervisor_has_a_pin(vault):
    with pytest.raises(BadInput, match="Only a supervisor"):
        case_service.add_counsellor(vault, "상담사", "counsellor", pin=PIN)
    assert case_service.add_counsellor(vault, "긴 암호", "supervisor",
                                       pin="a long passphrase")


def test_the_pin_is_stored_only_as_an_argon2id_hash(with_supervisor):
    vault = with_supervisor
    vault.cases.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    from caseapp.store.connection import CASES_DB

    pages = b"".join(decrypted_pages(vault.data_dir / CASES_DB.filename,
                                     vault.db_key(CASES_DB), CASES_DB.page_size, 64))
    assert b"$argon2id$" in pages  # the reader sees the stored hash...
    assert PIN.encode() not in pages  # ...and never the PIN
    assert supervisor.has_pin(vault, "박수진")


def test_wrong_pin_deletes_nothing_and_is_audited(with_supervisor):
    vault = with_supervisor
    case = case_service.open_case(vault, pseudonym="keep")
    for name, pin in (("박수진", "000000"), ("박수진", PIN + "0"), ("nobody", PIN)):
        with pytest.raises(supervisor.SupervisorNotConfirmed) as refused:
            retention.delete_case(vault, case, victim_request=True, confirmed_by=name,
                                  supervisor_pin=pin)
        assert refused.value.exit_code == 1
    assert case_service.get_case(vault, case.number).pseudonym == "keep"
    assert _refusals(vault) == [
        "wrong pin", "wrong pin", "not a supervisor"]
    retention.delete_case(vault, case, victim_request=True, confirmed_by="박수진",
                          supervisor_pin=PIN, compact=False)
    with pytest.raises(NotFound):
        case_service.get_case(vault, case.number)
    deleted = vault_service.audit_events(vault, action="case.deleted")[0].event
    boss = case_service.get_counsellor(vault, "박수진")
    assert json.loads(deleted.details)["confirmed_by"] == boss.id
    assert vault_service.verify_store(vault) == []


def test_a_supervisor_without_a_pin_cannot_confirm(vault):
    case_service.add_counsellor(vault, "새 팀장", "supervisor")
    case = case_service.open_case(vault)
    with pytest.raises(supervisor.NoSupervisorPin):
        retention.delete_case(vault, case, victim_request=True, confirmed_by="새 팀장",
                              supervisor_pin="")
    assert _refusals(vault) == ["no pin"]
    supervisor.set_pin(vault, "새 팀장", "135791")
    with pytest.raises(supervisor.WrongSupervisorPin):  # changing it needs the current one
        supervisor.set_pin(vault, "새 팀장", "999999", current_pin="111111")
    supervisor.set_pin(vault, "새 팀장", "999999", current_pin="135791")
    supervisor.confirm(vault, "새 팀장", "999999", purpose="test")


def test_an_inactive_supervisor_cannot_confirm(with_supervisor):
    vault = with_supervisor
    who = case_service.get_counsellor(vault, "박수진")
    case_service.update_counsellor(vault, who.id, active=False)
    with pytest.raises(supervisor.SupervisorNotConfirmed):
        supervisor.confirm(vault, "박수진", PIN, purpose="test")
