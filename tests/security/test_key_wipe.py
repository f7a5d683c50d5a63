"""Key copies are wiped after use and at lock, as far as Python lets us: the master key
buffer, the audit key, the derived database keys and the hex ``PRAGMA key`` statements."""

from __future__ import annotations

import os

from caseapp.security import keys
from caseapp.services import vault as vault_service
from caseapp.store import connection
from tests.conftest import PASSPHRASE


def test_scrub_overwrites_bytes_and_ascii_text_in_place():
    key = os.urandom(32)
    text = key.hex()
    keys.scrub(key)
    keys.scrub(text)
    assert key == bytes(32) and text == "0" * 64
    short = b"ab"
    keys.scrub(short)
    assert short == b"ab"  # never a possibly shared small object


def test_unlock_and_lock_leave_no_readable_key_copies(new_store, data_dir, monkeypatch):
    new_store.vault.close()
    made: list[str] = []
    derived: list[bytes] = []
    original_pragma = connection._key_pragma

    def recording_pragma(key: bytes) -> str:
        derived.append(key)
        statement = original_pragma(key)
        made.append(statement)
        return statement

    monkeypatch.setattr(connection, "_key_pragma", recording_pragma)
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    master, audit_key = vault.master_key, vault._audit_key
    assert made and all(set(s) == {"0"} for s in made)  # the statements, once used
    assert all(k == bytes(32) for k in derived)           # the derived database keys
    vault.close()
    assert master == bytearray(32)
    assert audit_key == bytes(32)
