"""Unsaved edits carried across a lock. Locking must not wait for a person (someone may
have walked in), so open editors hand over their unsaved values, which are sealed with
AES-GCM under a key derived from the master key just before the vault closes. While locked
the app holds only ciphertext; after the next unlock the editors reopen with the edits
marked unsaved. Kept in memory only: quitting while locked drops them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caseapp.services.vault import Vault


class DraftSafe:
    """Holds the sealed drafts while the app is locked (see ``services.drafts``)."""

    def __init__(self) -> None:
        self._sealed: Any = None

    @property
    def holding(self) -> bool:
        return self._sealed is not None

    def seal(self, vault: Vault, drafts: dict[str, Any]) -> None:
        from caseapp.services import drafts as draft_service

        self._sealed = draft_service.seal(vault, drafts)

    def open(self, vault: Vault) -> dict[str, Any]:
        """The drafts, once; empty when none were sealed or they belong to another store."""
        from caseapp.services import drafts as draft_service

        sealed, self._sealed = self._sealed, None
        if sealed is None:
            return {}
        return draft_service.open_sealed(vault, sealed)

    def drop(self) -> None:
        self._sealed = None
