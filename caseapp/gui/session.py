"""The unlocked state a workspace is built on: the open vault and the counsellor working
with it. The main window drops the whole session (and every widget holding case data) when
it locks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseapp.gui.preferences import Preferences


@dataclass(slots=True)
class Session:
    data_dir: Path
    vault: Any  # caseapp.store.vault.Vault (imported lazily: start-up stays light)
    counsellor: Any  # caseapp.domain.cases.Counsellor
    prefs: Preferences
