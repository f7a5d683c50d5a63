"""Unsaved edits carried across a lock, sealed with AES-GCM under a key derived from the
master key just before the vault closes, and opened again after the next unlock of the same
store. The GUI keeps only the sealed form while locked."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.security.keys import derive
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

LABEL = b"caseapp/v1/gui-drafts"


@dataclass(frozen=True, slots=True)
class SealedDrafts:
    store_id: str
    nonce: bytes
    ciphertext: bytes


def seal(vault: Vault, drafts: dict[str, Any]) -> SealedDrafts | None:
    """The drafts sealed for this store, or None when there is nothing to keep."""
    if not drafts:
        return None
    key = derive(vault.master_key, LABEL, vault.store_id)
    nonce = os.urandom(12)
    payload = json.dumps(drafts, ensure_ascii=False).encode("utf-8")
    sealed = SealedDrafts(vault.store_id, nonce,
                          AESGCM(key).encrypt(nonce, payload, vault.store_id.encode()))
    log.info("sealed unsaved edits of %d case(s)", len(drafts))
    return sealed


def open_sealed(vault: Vault, sealed: SealedDrafts) -> dict[str, Any]:
    """The drafts; empty when they belong to another store or cannot be opened."""
    if sealed.store_id != vault.store_id:
        return {}
    key = derive(vault.master_key, LABEL, vault.store_id)
    try:
        data = json.loads(AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext,
                                              sealed.store_id.encode()))
    except (InvalidTag, ValueError):
        log.warning("could not open the sealed unsaved edits")
        return {}
    return data if isinstance(data, dict) else {}
