"""Where things live: the data directory (platformdirs, ``--data-dir``, ``CASEAPP_DATA_DIR``),
the unlock-throttle state (outside the data directory), and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CaseApp"


def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def default_data_dir() -> Path:
    env = os.environ.get("CASEAPP_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """Non-secret per-user state kept *outside* the data directory (unlock throttling), so a
    failed unlock leaves every file in the data directory byte-for-byte unchanged."""
    env = os.environ.get("CASEAPP_STATE_DIR")
    if env:
        return Path(env)
    import platformdirs

    # A sibling of the data folder, never inside it: on Windows and macOS platformdirs gives
    # the same folder for "state" and "data".
    base = Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
    return base.with_name(f"{APP_NAME}-unlock-state")


def default_backup_dir() -> Path:
    env = os.environ.get("CASEAPP_BACKUP_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "CaseApp backups"
