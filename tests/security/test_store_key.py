"""The store key pair: one per store, made on first use, the private key only wrapped under
the master key, the same key after a rekey, and a one-line public key that catches typos."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from caseapp.errors import BadInput
from caseapp.security import store_keypair
from caseapp.services import store_key
from caseapp.services import vault as vault_service
from caseapp.services.verification import verify_all
from caseapp.store import meta_repo
from tests.conftest import FAST_KDF, PASSPHRASE


def test_one_key_pair_per_store_made_once_and_audited(vault):
    first = store_key.public_key(vault)
    again = store_key.public_key(vault)
    assert first == again
    private = store_key.private_key(vault)
    assert private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) == first.raw
    created = vault_service.audit_events(vault, action="store_key.created")
    assert len(created) == 1 and first.fingerprint in created[0].event.details


def test_the_private_key_is_never_stored_in_clear(vault):
    store_key.public_key(vault)
    secret = store_key.private_key(vault).private_bytes_raw()
    record = meta_repo.get_meta(vault.cases, store_key.META_KEY)
    assert record is not None
    assert secret.hex() not in record
    assert secret not in record.encode() and store_keypair._b64(secret) not in record


def test_public_key_text_round_trips_and_tolerates_how_people_copy_it(vault):
    key = store_key.public_key(vault)
    text = key.text
    assert text.startswith("CASEAPP-KEY-1:") and "\n" not in text
    assert text[len("CASEAPP-KEY-1:"):].isalnum() and text.upper() == text
    assert store_keypair.parse_public_key(text) == key
    spaced = " ".join(text[i:i + 7] for i in range(0, len(text), 7)).lower() + "\n"
    assert store_keypair.parse_public_key(spaced) == key


@pytest.mark.parametrize("mangle", [
    lambda t: t[:-3],                                             # cut off
    lambda t: t[:20] + ("A" if t[20] != "A" else "B") + t[21:],   # one character mistyped
    lambda t: "age1" + t[14:],                                    # some other kind of key
    lambda t: "",
])
def test_a_mistyped_key_is_refused_clearly(vault, mangle):
    with pytest.raises(BadInput) as caught:
        store_keypair.parse_public_key(mangle(store_key.public_key(vault).text))
    assert "store key" in caught.value.message("en")


def test_rekey_keeps_the_same_key_pair(vault, data_dir):
    before = store_key.public_key(vault)
    reopened, _code, _kit = vault_service.rekey(vault, PASSPHRASE, params=FAST_KDF)
    try:
        assert store_key.public_key(reopened) == before
        private = store_key.private_key(reopened)
        assert private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) == before.raw
        assert verify_all(reopened) == []
    finally:
        reopened.close()


def test_an_edited_record_is_named_by_verify_and_never_used(vault):
    store_key.public_key(vault)
    record = json.loads(meta_repo.get_meta(vault.cases, store_key.META_KEY) or "{}")
    other = json.loads(store_keypair.new_record(bytes(32), vault.store_id))
    record["public"] = other["public"]        # someone swapped in their own public key
    with vault.write() as conn:
        meta_repo.set_meta(conn, store_key.META_KEY, json.dumps(record))
    assert verify_all(vault) == ["store key: the key pair does not open under this store's key"]
    from caseapp.errors import DamagedDatabase

    with pytest.raises(DamagedDatabase):
        store_key.private_key(vault)
