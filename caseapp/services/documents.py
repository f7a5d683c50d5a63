"""Documents that are not about a case: the Recovery Kit."""

from __future__ import annotations

from pathlib import Path

from caseapp.services import vault as vault_service
from caseapp.store import meta_repo
from caseapp.store.vault import Vault


def write_recovery_kit(vault: Vault, out: Path, recovery_code: str, kit_text: str,
                       *, lang: str = "ko") -> Path:
    from caseapp.reports.recovery_kit import build_recovery_kit

    build_recovery_kit(out, organisation=vault_service.organisation(vault),
                       store_id=vault.store_id,
                       created_at=meta_repo.get_meta(vault.cases, "created_at") or "",
                       recovery_code=recovery_code, kit_text=kit_text, lang=lang)
    vault.audit("recovery_kit.written", "store", vault.store_id)
    return out
