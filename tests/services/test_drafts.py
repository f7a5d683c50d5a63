"""Sealed drafts: written with the store's public key alone (no secret in memory), never in
clear on disk, opened only by the store's private key after the next unlock."""

import pytest

from caseapp.security import draft_sealing
from caseapp.services import drafts, store_key
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE

CANARY = {"case:1": {"summary": "DRAFT-캐너리-5521 피해자 메모", "note": "unsaved CANARY-5521"}}


def _needles():
    for text in ("DRAFT-캐너리-5521", "CANARY-5521", "피해자 메모"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            yield text.encode(encoding)


def test_drafts_are_written_while_locked_and_opened_at_the_next_unlock(new_store, data_dir):
    vault = new_store.vault
    sealer = drafts.sealer(vault)
    vault.close()  # locked: no key in memory
    path = sealer.write(CANARY)
    blob = path.read_bytes()
    assert not any(needle in blob for needle in _needles())
    assert not path.is_relative_to(data_dir)  # outside the data folder, backed up or not
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        assert drafts.restore(vault) == CANARY
        assert not path.exists() and drafts.restore(vault) == {}
    finally:
        vault.close()


def test_another_store_cannot_open_them_and_leaves_them(new_store, tmp_path):
    sealed = drafts.seal(new_store.vault, CANARY)
    other = vault_service.create_store(tmp_path / "other", PASSPHRASE, params=FAST_KDF,
                                       allow_weak_kdf=True).vault
    try:
        with pytest.raises(draft_sealing.NotOurs):
            draft_sealing.open_sealed(store_key.private_key(other), new_store.vault.store_id,
                                      sealed.read_bytes())
    finally:
        other.close()
    blob = bytearray(sealed.read_bytes())
    blob[-10] ^= 1  # inside the ciphertext's base64
    sealed.write_bytes(bytes(blob))
    assert drafts.restore(new_store.vault) == {}
    assert sealed.exists()  # not deleted: nothing was opened


def test_nothing_to_keep_removes_an_older_file(vault):
    path = drafts.seal(vault, CANARY)
    assert drafts.seal(vault, {}) is None and not path.exists()
