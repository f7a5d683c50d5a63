"""Where things live: the data directory (platformdirs, ``--data-dir``, ``CASEAPP_DATA_DIR``),
the unlock-throttle state (outside the data directory), and bundled resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

APP_NAME = "CaseApp"


def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


def docs_root() -> Path:
    """The user guides and their screenshots, shipped next to ``resources`` (the packaged
    app carries ``docs/user-guide.*.md`` and the 100 % screenshots they show)."""
    return resources_root().parent / "docs"


def platform_folders(dirs: Any = None, path: type[PurePath] = Path) -> UserFolders:
    """The per-user folders on this system (or, for tests, on the system whose platformdirs
    class and path flavour are given): ``%LOCALAPPDATA%\\CaseApp`` on Windows,
    ``~/Library/Application Support/CaseApp`` on macOS, ``~/.local/share/CaseApp`` on Linux."""
    if dirs is None:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = path(dirs.user_data_dir)
    # A sibling of the data folder, never inside it: on Windows and macOS platformdirs gives
    # the same folder for "state" and "data", and a failed unlock must leave every file in
    # the data folder byte-for-byte unchanged.
    state = path(dirs.user_state_dir)
    state = state.with_name(f"{state.name}-unlock-state")
    return UserFolders(data=data, state=state,
                       backups=path(dirs.user_documents_dir) / "CaseApp backups")


@dataclass(frozen=True, slots=True)
class UserFolders:
    data: PurePath
    state: PurePath
    backups: PurePath


def default_data_dir() -> Path:
    env = os.environ.get("CASEAPP_DATA_DIR")
    if env:
        return Path(env)
    return Path(platform_folders().data)


def state_dir() -> Path:
    """Non-secret per-user state kept *outside* the data directory (unlock throttling, the
    last audit head seen), so a failed unlock leaves the data directory unchanged."""
    env = os.environ.get("CASEAPP_STATE_DIR")
    if env:
        return Path(env)
    return Path(platform_folders().state)


def default_backup_dir() -> Path:
    env = os.environ.get("CASEAPP_BACKUP_DIR")
    if env:
        return Path(env)
    return Path(platform_folders().backups)
