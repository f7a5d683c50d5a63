"""Unsaved edits carried across a lock. Locking must not wait for a person (someone may
have walked in), so open editors hand over their unsaved values, which are sealed to the
store's public key and written to the state folder at once (``services.drafts``): quitting
while locked, or the laptop shut at the end of the day, loses nothing. After the next unlock
the editors reopen with the edits marked unsaved. Nothing is ever kept in clear."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)


class DraftSafe:
    """Seals drafts on lock and opens them at the next unlock (see ``services.drafts``)."""

    def __init__(self) -> None:
        self._written: Path | None = None  # the sealed file of this session's last lock

    @property
    def holding(self) -> bool:
        return self._written is not None and self._written.exists()

    @property
    def path(self) -> Path | None:
        return self._written

    def seal(self, vault: Vault, drafts: dict[str, Any]) -> None:
        from caseapp.services import drafts as draft_service

        self._written = draft_service.seal(vault, drafts)

    def open(self, vault: Vault) -> dict[str, Any]:
        """The drafts, once; empty when none were sealed or they belong to another store."""
        from caseapp.services import drafts as draft_service

        self._written = None
        return draft_service.restore(vault)

    def drop(self) -> None:
        """Forget this session's reference; the sealed file stays for the next unlock."""
        self._written = None
