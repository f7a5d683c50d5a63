"""The store key pair as the rest of the app uses it: the public key to show (one line of
text, a QR code) and give to whoever sends this store a case bundle; the private key, only
inside an unlocked vault, to open what was made for this store. One key pair per store, made
on first use and kept in cases.db wrapped under the master key (see
:mod:`caseapp.security.store_keypair`)."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from caseapp.security import store_keypair
from caseapp.security.store_keypair import StorePublicKey, parse_public_key
from caseapp.store import meta_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault

META_KEY = "store_keypair"

__all__ = ["StorePublicKey", "parse_public_key", "private_key", "public_key",
           "rewrap_for_rekey", "verification_problems"]


def _record(vault: Vault) -> str:
    """The stored record, made (and audited) the first time anything asks for it."""
    with vault.read() as conn:
        found = meta_repo.get_meta(conn, META_KEY)
    if found is not None:
        return found
    with vault.write() as conn:
        found = meta_repo.get_meta(conn, META_KEY)   # another process may have made it
        if found is None:
            found = store_keypair.new_record(vault.master_key, vault.store_id)
            meta_repo.set_meta(conn, META_KEY, found)
            vault.audit("store_key.created", "store", vault.store_id,
                        fingerprint=store_keypair.public_of(found).fingerprint)
    return found


def public_key(vault: Vault) -> StorePublicKey:
    """This store's public key (``.text`` for the one-line form, ``.fingerprint``)."""
    return store_keypair.public_of(_record(vault))


def private_key(vault: Vault) -> X25519PrivateKey:
    """The private key, unwrapped in memory for one use (opening a bundle or a draft)."""
    return store_keypair.private_of(_record(vault), vault.master_key, vault.store_id)


def existing_private_key(vault: Vault) -> X25519PrivateKey | None:
    """The private key if this store has made its key pair, without making one (a store
    that never showed its key cannot be the one a bundle was sealed for)."""
    with vault.read() as conn:
        found = meta_repo.get_meta(conn, META_KEY)
    if found is None:
        return None
    return store_keypair.private_of(found, vault.master_key, vault.store_id)


def rewrap_for_rekey(conn: Connection, old_master: bytes | bytearray,
                     new_master: bytes | bytearray, store_id: str) -> None:
    """Inside the rekey's transaction: the same key pair under the new master key."""
    found = meta_repo.get_meta(conn, META_KEY)
    if found is not None:
        meta_repo.set_meta(conn, META_KEY, store_keypair.rewrapped(found, old_master,
                                                                   new_master, store_id))


def verification_problems(vault: Vault) -> list[str]:
    """For ``verify``: a stored key pair must open under this store's master key."""
    with vault.read() as conn:
        found = meta_repo.get_meta(conn, META_KEY)
    if found is None:
        return []
    try:
        store_keypair.private_of(found, vault.master_key, vault.store_id)
    except Exception:  # DamagedDatabase, or a value that is not a key at all
        return ["store key: the key pair does not open under this store's key"]
    return []
