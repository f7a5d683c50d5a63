"""One store, one writer, continued: a database another process holds is "busy, try
again", never "damaged"; reads succeed while another process writes (the unlock's audit event
is queued, not lost); an empty or foreign database is damage, not a new empty store; pruning
a backup folder and writing a backup to it exclude each other."""

from __future__ import annotations

import pytest

from caseapp.errors import DamagedDatabase
from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from caseapp.store import meta_repo
from caseapp.store.connection import EVIDENCE_DB, open_database
from tests.conftest import PASSPHRASE
from tests.store.holder import holding


@pytest.fixture
def closed_store(new_store, data_dir):
    case_service.open_case(new_store.vault, pseudonym="kept")
    new_store.vault.close()
    return data_dir


def test_a_queued_event_is_appended_by_the_same_session_when_the_lock_frees(closed_store):
    with holding("write", closed_store, PASSPHRASE):
        vault = vault_service.unlock(closed_store, passphrase=PASSPHRASE)
        assert vault.queued_audit_events == 1
    try:
        case_service.open_case(vault, pseudonym="after")
        assert vault.queued_audit_events == 0
        assert vault_service.verify_audit_chain(vault) == []
    finally:
        vault.close()
    assert not list(closed_store.glob("audit-pending-*"))


def test_a_database_of_another_identity_is_damage(closed_store):
    vault = vault_service.unlock(closed_store, passphrase=PASSPHRASE)
    key = vault.db_key(EVIDENCE_DB)
    vault.close()
    conn = open_database(closed_store / "evidence.db", EVIDENCE_DB, key)
    meta_repo.set_meta(conn, "store_id", "00000000-0000-4000-8000-000000000000")
    conn.close()
    with pytest.raises(DamagedDatabase) as info:
        vault_service.unlock(closed_store, passphrase=PASSPHRASE)
    assert "evidence.db" in info.value.message("en")


def test_verify_checks_the_store_identity(vault, data_dir):
    assert vault_service.identity_problems(vault) == []
    with vault.evidence:
        vault.evidence.execute("BEGIN IMMEDIATE")
        meta_repo.set_meta(vault.evidence, "store_id", "someone else")
        vault.evidence.execute("COMMIT")
    assert vault_service.verify_store(vault)[:1] == [
        "evidence.db: belongs to another store or has no identity"]
