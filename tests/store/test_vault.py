import shutil

import pytest

from caseapp.errors import (
    DamagedDatabase,
    KeyringUnavailable,
    SchemaTooNew,
    StoreExists,
    TooManyAttempts,
    WrongPassphrase,
    WrongRecoveryCode,
)
from caseapp.security import keys
from caseapp.services import vault as vault_service
from caseapp.store import audit_repo, meta_repo
from caseapp.store.connection import CASES_DB, EVIDENCE_DB, open_database
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot

CANARY = "CANARY-7f3a-피해자이름-Zq"
NEW_PASSPHRASE = "a different and long passphrase 두번째"


def reopen(data_dir, **kw):
    return vault_service.unlock(data_dir, actor="tester", **kw)


def test_canary_is_in_no_file_of_the_data_directory(new_store, data_dir):
    vault = new_store.vault
    vault_service.set_organisation(vault, CANARY)
    vault.audit("test.canary", "case", "1", note=CANARY)
    with vault.evidence:
        vault.evidence.execute("BEGIN IMMEDIATE")
        meta_repo.set_meta(vault.evidence, "canary", CANARY * 50)
        vault.evidence.execute("COMMIT")
    # evidence content (in encrypted chunk files under content/) over several chunks
    from caseapp.services import cases as case_service
    from caseapp.services import evidence as evidence_service

    case = case_service.open_case(vault, pseudonym="canary")
    case_service.record_consent(vault, case, "copies", True, "written")
    source = data_dir.parent / "canary-evidence.txt"
    source.write_bytes(CANARY.encode("utf-8") * 90_000)  # about 2.5 MiB
    evidence_service.ingest_file(vault, case, source)
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)  # the WAL is checked too
    assert any(p.parent.name == "content" for p in files)  # and the content files
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.encode("utf-16-be")]
    for path in files:
        blob = path.read_bytes()
        for needle in needles:
            assert needle not in blob, f"canary found in {path.name}"
    vault.close()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert all(n not in path.read_bytes() for n in needles), path.name


def test_wrong_passphrase_leaves_files_unchanged(new_store, data_dir):
    new_store.vault.close()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        reopen(data_dir, passphrase="not the passphrase at all")
    with pytest.raises(WrongRecoveryCode):
        reopen(data_dir, recovery_code="2222-2222-2222-2222-2222-2222-2222-2222")
    assert snapshot(data_dir) == before


def test_repeated_failures_are_delayed_then_audited(new_store, data_dir, monkeypatch):
    new_store.vault.close()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            reopen(data_dir, passphrase="wrong wrong wrong")
    with pytest.raises(TooManyAttempts) as info:
        reopen(data_dir, passphrase=PASSPHRASE)
    assert "Wait" in info.value.message("en")
    import caseapp.security.throttle as throttle

    monkeypatch.setattr(throttle, "delay_after", lambda n: 0.0)
    vault = reopen(data_dir, passphrase=PASSPHRASE)
    failed = audit_repo.page(vault.cases, action="unlock.failed")
    assert len(failed) == 3
    vault.close()


def test_change_passphrase_then_unlock_with_new_and_not_old(new_store, data_dir):
    vault_service.change_passphrase(new_store.vault, NEW_PASSPHRASE, params=FAST_KDF)
    new_store.vault.close()
    with pytest.raises(WrongPassphrase):
        reopen(data_dir, passphrase=PASSPHRASE)
    reopen(data_dir, passphrase=NEW_PASSPHRASE).close()
    reopen(data_dir, recovery_code=new_store.recovery_code).close()


def test_recovery_with_code_alone_after_keyslots_json_is_lost(new_store, data_dir):
    vault_service.set_organisation(new_store.vault, "kept")
    new_store.vault.close()
    (data_dir / "keyslots.json").unlink()
    vault = vault_service.recover_with_kit(data_dir, new_store.kit_text,
                                           new_store.recovery_code, NEW_PASSPHRASE,
                                           actor="tester", params=FAST_KDF)
    assert vault_service.organisation(vault) == "kept"
    vault.close()
    reopen(data_dir, passphrase=NEW_PASSPHRASE).close()


def test_recovery_with_wrong_code_changes_nothing(new_store, data_dir):
    new_store.vault.close()
    (data_dir / "keyslots.json").unlink()
    before = snapshot(data_dir)
    with pytest.raises(WrongRecoveryCode):
        vault_service.recover_with_kit(data_dir, new_store.kit_text,
                                       "2222-2222-2222-2222-2222-2222-2222-2222",
                                       NEW_PASSPHRASE, params=FAST_KDF)
    assert snapshot(data_dir) == before


def test_device_slot_with_a_secure_keyring(new_store, data_dir, keyring_backend):
    vault_service.enable_device_unlock(new_store.vault)
    assert keyring_backend.items  # the secret went to the keyring, not the data directory
    new_store.vault.close()
    assert vault_service.device_unlock_enabled(data_dir)
    vault = reopen(data_dir, device=True)
    vault_service.disable_device_unlock(vault)
    vault.close()
    assert not keyring_backend.items
    with pytest.raises(KeyringUnavailable):
        reopen(data_dir, device=True)


def test_device_slot_without_a_secure_keyring_says_so(new_store, data_dir, no_keyring):
    before = snapshot(data_dir)
    with pytest.raises(KeyringUnavailable) as info:
        vault_service.enable_device_unlock(new_store.vault)
    assert "passphrase" in info.value.message("en")
    assert "키링" in info.value.message("ko")
    assert (data_dir / "keyslots.json").read_bytes() == before["keyslots.json"]
    assert not vault_service.device_unlock_enabled(data_dir)


def test_rekey_then_old_keys_fail(new_store, data_dir):
    vault = new_store.vault
    vault_service.set_organisation(vault, "before rekey")
    old_cases_key = vault.db_key(CASES_DB)
    old_master = bytes(vault.master_key)
    vault, code, kit = vault_service.rekey(vault, PASSPHRASE, params=FAST_KDF)
    assert vault_service.organisation(vault) == "before rekey"
    assert vault_service.verify_store(vault) == []
    assert bytes(vault.master_key) != old_master
    vault.close()
    with pytest.raises(DamagedDatabase):
        open_database(data_dir / "cases.db", CASES_DB, old_cases_key)
    with pytest.raises(WrongRecoveryCode):
        reopen(data_dir, recovery_code=new_store.recovery_code)
    reopen(data_dir, recovery_code=code).close()
    vault = reopen(data_dir, passphrase=PASSPHRASE)
    # events signed before the rekey still verify under the archived epoch key
    assert vault_service.verify_audit_chain(vault) == []
    assert {e.event.epoch for e in audit_repo.page(vault.cases, limit=1000)} == {1, 2}
    vault.close()
    assert kit.startswith("CASEAPP-RK1:")


def test_interrupted_rekey_before_commit_leaves_old_store_usable(new_store, data_dir):
    new_store.vault.close()
    # what a rekey leaves when killed before its commit point: half-made new files
    (data_dir / "cases.db.rekey-new").write_bytes(b"partial")
    (data_dir / "keyslots.json.rekey-new").write_text("{}")
    vault = reopen(data_dir, passphrase=PASSPHRASE)
    assert vault_service.verify_store(vault) == []
    vault.close()
    assert not list(data_dir.glob("*.rekey-new"))


def test_newer_schema_is_refused_untouched(new_store, data_dir):
    vault = new_store.vault
    key = vault.db_key(CASES_DB)
    vault.close()
    conn = open_database(data_dir / "cases.db", CASES_DB, key)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = snapshot(data_dir)
    with pytest.raises(SchemaTooNew) as info:
        reopen(data_dir, passphrase=PASSPHRASE)
    assert "999" in info.value.message("en")
    assert snapshot(data_dir) == before


@pytest.mark.parametrize(("column", "value"), [
    ("at", "2020-01-01T00:00:00.000000+00:00"), ("actor", "someone else"),
    ("action", "case.created"), ("object_type", "report"), ("object_id", "99"),
    ("details", '{"field":"summary"}'), ("epoch", 2)])
def test_audit_tampering_with_the_database_key_is_detected(new_store, data_dir, column, value):
    """Every field of an event is under its MAC: the report registry's own check relies on
    a tampered ``details`` being caught, not only a tampered ``actor``."""
    vault = new_store.vault
    for i in range(5):
        vault.audit("case.viewed", "case", str(i), field="pseudonym")
    assert vault_service.verify_audit_chain(vault) == []
    key = vault.db_key(CASES_DB)
    vault.close()
    # someone holding the cases.db key edits a row behind the app's back
    conn = open_database(data_dir / "cases.db", CASES_DB, key)
    conn.execute("DROP TRIGGER audit_event_no_update")
    seq = conn.execute("SELECT seq FROM audit_event WHERE action = 'case.viewed' "
                       "AND object_id = '2'").fetchone()[0]
    conn.execute(f"UPDATE audit_event SET {column} = ? WHERE seq = ?", (value, seq))
    conn.close()
    vault = reopen(data_dir, passphrase=PASSPHRASE)
    problems = vault_service.verify_audit_chain(vault)
    assert problems and problems[0].startswith(f"audit: event {seq} ")
    vault.close()


def test_audit_events_cannot_be_updated_or_deleted(vault):
    vault.audit("x", "y", "1")
    from caseapp.store.connection import IntegrityError

    with pytest.raises(IntegrityError, match="append-only"), vault.write() as conn:
        conn.execute("DELETE FROM audit_event")
    with pytest.raises(IntegrityError, match="append-only"), vault.write() as conn:
        conn.execute("UPDATE audit_event SET actor = 'x'")


def test_second_init_refuses_to_overwrite(new_store, data_dir):
    before = snapshot(data_dir)
    with pytest.raises(StoreExists):
        vault_service.create_store(data_dir, PASSPHRASE, params=FAST_KDF, allow_weak_kdf=True)
    assert snapshot(data_dir) == before


def test_truncated_database_is_reported_as_damaged(new_store, data_dir):
    new_store.vault.checkpoint()
    new_store.vault.close()
    path = data_dir / EVIDENCE_DB.filename
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(DamagedDatabase) as info:
        reopen(data_dir, passphrase=PASSPHRASE)
    assert "restore" in info.value.message("en").lower()


def test_sub_keys_are_distinct_per_purpose_and_store(vault):
    master = bytes(vault.master_key)
    a = keys.derive(master, b"a", vault.store_id)
    assert a != keys.derive(master, b"b", vault.store_id)
    assert a != keys.derive(master, b"a", keys.new_store_id())


def test_copy_of_store_opens_elsewhere(new_store, data_dir, tmp_path):
    new_store.vault.checkpoint()
    new_store.vault.close()
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)
    reopen(copy, passphrase=PASSPHRASE).close()
