"""Unsaved edits carried across a lock. Locking must not wait for a person (someone may
have walked in), so open editors hand over their unsaved values, which are sealed with
AES-GCM under a key derived from the master key just before the vault closes. While locked
the app holds only ciphertext; after the next unlock the editors reopen with the edits
marked unsaved. Kept in memory only: quitting while locked drops them."""

from __future__ import annotations

import json
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

LABEL = b"caseapp/v1/gui-drafts"


class DraftSafe:
    def __init__(self) -> None:
        self._sealed: tuple[str, bytes, bytes] | None = None

    @property
    def holding(self) -> bool:
        return self._sealed is not None

    def seal(self, vault: Any, drafts: dict[str, Any]) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        from caseapp.security.keys import derive

        if not drafts:
            self._sealed = None
            return
        key = derive(vault.master_key, LABEL, vault.store_id)
        nonce = os.urandom(12)
        payload = json.dumps(drafts, ensure_ascii=False).encode("utf-8")
        self._sealed = (vault.store_id, nonce,
                        AESGCM(key).encrypt(nonce, payload, vault.store_id.encode()))
        log.info("sealed unsaved edits of %d case(s)", len(drafts))

    def open(self, vault: Any) -> dict[str, Any]:
        """The drafts, once; empty when none were sealed or they belong to another store."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        from caseapp.security.keys import derive

        sealed, self._sealed = self._sealed, None
        if sealed is None:
            return {}
        store_id, nonce, blob = sealed
        if store_id != vault.store_id:
            return {}
        key = derive(vault.master_key, LABEL, vault.store_id)
        try:
            data = json.loads(AESGCM(key).decrypt(nonce, blob, store_id.encode()))
        except (InvalidTag, ValueError):
            log.warning("could not open the sealed unsaved edits")
            return {}
        return data if isinstance(data, dict) else {}

    def drop(self) -> None:
        self._sealed = None
