"""Unsaved edits carried across a lock, and across quitting while locked: sealed to the
store's public key (so they can be written with no secret in memory) into one file in the
state folder, outside the data folder, and opened with the store's private key after the
next unlock of the same store and data folder. The file never holds a draft in clear."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseapp.paths import state_dir
from caseapp.security import draft_sealing
from caseapp.security.store_keypair import StorePublicKey
from caseapp.services import store_key
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)


def draft_path(data_dir: Path, store_id: str) -> Path:
    """One file per store and data folder (a trial restore elsewhere has its own)."""
    try:
        where = str(Path(data_dir).resolve())
    except OSError:
        where = str(Path(data_dir).absolute())
    folder = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return state_dir() / f"drafts-{store_id}-{folder}.sealed"


@dataclass(frozen=True, slots=True)
class DraftSealer:
    """What sealing needs, none of it secret: taken while unlocked, usable while locked."""

    store_id: str
    public: StorePublicKey
    path: Path

    def write(self, drafts: dict[str, Any]) -> Path | None:
        """Seal ``drafts`` to the file (replacing an older one); None when there is nothing
        to keep (and any older file is removed)."""
        if not drafts:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            return None
        blob = draft_sealing.seal(self.public.key(), self.store_id, drafts)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        log.info("sealed unsaved edits of %d item(s) to the store key", len(drafts))
        return self.path


def sealer(vault: Vault) -> DraftSealer:
    """The sealer of this store (makes the store key pair on first use)."""
    return DraftSealer(vault.store_id, store_key.public_key(vault),
                       draft_path(vault.data_dir, vault.store_id))


def seal(vault: Vault, drafts: dict[str, Any]) -> Path | None:
    return sealer(vault).write(drafts)


def waiting(vault: Vault) -> bool:
    return draft_path(vault.data_dir, vault.store_id).exists()


def restore(vault: Vault) -> dict[str, Any]:
    """The drafts kept for this store, once (the file is removed when they were opened);
    empty when there are none or they cannot be opened (the file is then left alone)."""
    path = draft_path(vault.data_dir, vault.store_id)
    try:
        blob = path.read_bytes()
    except OSError:
        return {}
    private = store_key.existing_private_key(vault)
    if private is None:
        return {}
    try:
        drafts = draft_sealing.open_sealed(private, vault.store_id, blob)
    except draft_sealing.NotOurs as exc:
        log.warning("could not open the sealed unsaved edits (%s)", exc)
        return {}
    with contextlib.suppress(OSError):
        path.unlink()
    return drafts


def discard(vault: Vault) -> None:
    with contextlib.suppress(OSError):
        draft_path(vault.data_dir, vault.store_id).unlink(missing_ok=True)
