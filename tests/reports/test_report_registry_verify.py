"""verify checks the report registry against the audit chain."""

from caseapp.services import cases as case_service
from caseapp.services import reports as report_service
from caseapp.services.verification import verify_all
from caseapp.store.connection import CASES_DB, open_database
from tests.conftest import PASSPHRASE, sign_as


def test_registry_edited_outside_the_app_is_reported(vault, data_dir, tmp_path):
    sign_as(vault)
    case = case_service.open_case(vault, pseudonym="등록부")
    case_service.record_consent(vault, case, "police", True, "written")
    record = report_service.build_police_report(vault, case, tmp_path / "r.pdf", lang="ko")
    assert verify_all(vault) == []
    key = vault.db_key(CASES_DB)
    vault.close()
    conn = open_database(data_dir / "cases.db", CASES_DB, key)
    conn.execute("UPDATE report SET sha256 = ? WHERE report_id = ?",
                 ("0" * 64, record.report_id))
    conn.close()
    from caseapp.services import vault as vault_service

    again = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        problems = verify_all(again)
        assert problems == [f"report registry: {record.report_id} SHA-256 differs from the "
                            "audit log"]
    finally:
        again.close()
