"""Revocation that revokes: no previous key slots left beside the store, a new recovery code
or a rotated passphrase makes every older copy of the key slots useless, tampered KDF costs
are refused before the KDF runs, and a rekey's leftovers wait for the secret and an
authentic journal."""

from __future__ import annotations

import pytest

from caseapp.errors import WrongPassphrase
from caseapp.security import keyslots
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE

NEW = "new passphrase for the office 2026"


def _crash_after_commit(monkeypatch, vault, **kw):
    def killed(_data_dir):
        raise KeyboardInterrupt("killed after the commit point")

    monkeypatch.setattr(vault_service, "_roll_forward", killed)
    with pytest.raises(KeyboardInterrupt):
        vault_service.rotate_keys(vault, PASSPHRASE, params=FAST_KDF, **kw)
    monkeypatch.undo()


@pytest.mark.parametrize("secret", ["old", "new"])
def test_rotation_killed_after_commit_rolls_forward_with_either_secret(
        new_store, data_dir, monkeypatch, secret):
    vault = new_store.vault
    vault_service.set_organisation(vault, "kept across the rotation")
    _crash_after_commit(monkeypatch, vault, new_passphrase=NEW)
    vault.close(checkpoint=False)
    assert (data_dir / "rekey.json").exists()
    reopened = vault_service.unlock(data_dir, passphrase=PASSPHRASE if secret == "old" else NEW)
    try:
        assert vault_service.organisation(reopened) == "kept across the rotation"
        assert vault_service.verify_store(reopened) == []
    finally:
        reopened.close()
    assert not list(data_dir.glob("*rekey*"))
    # rolled forward: the new passphrase is the one now
    vault_service.unlock(data_dir, passphrase=NEW).close()
    with pytest.raises(WrongPassphrase):
        vault_service.unlock(data_dir, passphrase=PASSPHRASE)


def test_rotation_keeps_the_same_vault_open(new_store, data_dir):
    vault = new_store.vault
    vault_service.set_organisation(vault, "before")
    old_master = bytes(vault.master_key)
    rotated = vault_service.rotate_keys(vault, PASSPHRASE, params=FAST_KDF)
    assert rotated.vault is vault and bytes(vault.master_key) != old_master
    vault_service.set_organisation(vault, "after")
    assert vault_service.verify_store(vault) == []
    assert keyslots.load(data_dir).of_kind(keyslots.RECOVERY)


def test_keys_can_be_rotated_again_and_again(new_store, data_dir):
    vault = new_store.vault
    for round_ in range(3):
        vault_service.set_organisation(vault, f"round {round_}")
        vault_service.rotate_keys(vault, PASSPHRASE, params=FAST_KDF)
    assert vault_service.verify_audit_chain(vault) == []
    vault.close()
    reopened = vault_service.unlock(data_dir, passphrase=PASSPHRASE)
    try:
        assert vault_service.organisation(reopened) == "round 2"
        assert vault_service.verify_store(reopened) == []
    finally:
        reopened.close()
