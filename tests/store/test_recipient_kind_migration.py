"""Migration 0015 widens the recipient kinds (the national victim support centre) by rebuilding
the recipient table: requests that point at recipients keep pointing at the same rows, and no
foreign key is left dangling."""

from caseapp.services import cases, takedowns
from caseapp.services import vault as vault_service
from caseapp.store import schema
from caseapp.store.connection import CASES_DB, open_database
from tests.conftest import PASSPHRASE


def test_rebuilding_the_recipient_table_keeps_every_request_and_link(new_store, data_dir):
    vault = new_store.vault
    case = cases.open_case(vault)
    cases.record_consent(vault, case.number, "takedown", True, "written")
    request = takedowns.create_request(vault, case.number, "https://t.me/room/1", "telegram")
    escalated = takedowns.create_request(vault, case.number, "https://t.me/room/1", "kcsc")
    key = vault.db_key(CASES_DB)
    recipients = vault.cases.execute("SELECT * FROM takedown_recipient ORDER BY id").fetchall()
    vault.close()

    conn = open_database(data_dir / "cases.db", CASES_DB, key)
    conn.execute("PRAGMA user_version = 14")          # as an older version left the store
    assert schema.migrate(conn, CASES_DB) == schema.latest_version(CASES_DB)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT * FROM takedown_recipient ORDER BY id").fetchall() == recipients
    conn.close()

    reopened = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="tester")
    try:
        assert takedowns.get_request(reopened, request.code).recipient_name == "Telegram"
        assert takedowns.get_request(reopened, escalated.code).recipient_id == \
            escalated.recipient_id
        centre = takedowns.create_request(reopened, case.number, "https://t.me/room/1", "d4u")
        assert centre.recipient_kind.value == "support_centre"
    finally:
        reopened.close()
