"""The unlocked state a workspace is built on: the open vault and the counsellor working
with it. The main window drops the whole session (and every widget holding case data) when
it locks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.gui.preferences import Preferences

if TYPE_CHECKING:
    from caseapp.domain.cases import Counsellor
    from caseapp.services.vault import Vault


@dataclass(slots=True)
class Session:
    data_dir: Path
    vault: Vault  # caseapp.store.vault.Vault (imported lazily: start-up stays light)
    counsellor: Counsellor  # caseapp.domain.cases.Counsellor
    prefs: Preferences
