"""Where the data, the unlock state and the backups go on each system, computed by the real
platformdirs classes with each system's own path rules (so the Windows answer is checked on
any machine), and the Windows installer's uninstaller agreeing with them."""

from __future__ import annotations

import re
import sys
from pathlib import PurePosixPath, PureWindowsPath

import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest

from caseapp.paths import APP_NAME, platform_folders
from tests.conftest import ROOT

KOREAN_PROFILE = "C:\\Users\\김상담"  # a Korean account name, as on CP949-era office laptops


@pytest.fixture
def windows(monkeypatch):
    """platformdirs' Windows class, fed the folders Windows reports (its documented
    WIN_PD_OVERRIDE_* variables stand in for the shell API this machine lacks)."""
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", KOREAN_PROFILE + "\\AppData\\Local")
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", KOREAN_PROFILE + "\\AppData\\Roaming")
    monkeypatch.setenv("WIN_PD_OVERRIDE_PERSONAL", KOREAN_PROFILE + "\\Documents")
    return platform_folders(platformdirs.windows.Windows(APP_NAME, appauthor=False),
                            PureWindowsPath)


def test_windows_data_is_in_local_appdata_not_roaming(windows):
    # Roaming profiles would copy the encrypted store to the domain server at every logoff.
    assert windows.data == PureWindowsPath(KOREAN_PROFILE, "AppData", "Local", "CaseApp")


def test_windows_unlock_state_is_beside_the_data_never_inside(windows):
    assert windows.state == PureWindowsPath(KOREAN_PROFILE, "AppData", "Local",
                                            "CaseApp-unlock-state")
    assert windows.data not in windows.state.parents


def test_windows_backups_go_to_documents(windows):
    assert windows.backups == PureWindowsPath(KOREAN_PROFILE, "Documents", "CaseApp backups")


posix_only = pytest.mark.skipif(sys.platform == "win32",
                                reason="platformdirs' macOS and XDG classes expand ~ with "
                                       "the running system's path rules")


@posix_only
def test_macos_folders(monkeypatch):
    monkeypatch.setenv("HOME", "/Users/kim")
    folders = platform_folders(platformdirs.macos.MacOS(APP_NAME, appauthor=False),
                               PurePosixPath)
    assert folders.data == PurePosixPath("/Users/kim/Library/Application Support/CaseApp")
    assert folders.state.parent == folders.data.parent
    assert folders.data not in folders.state.parents


@posix_only
def test_linux_folders_follow_xdg(monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", "/home/kim/.local/share")
    monkeypatch.setenv("XDG_STATE_HOME", "/home/kim/.local/state")
    folders = platform_folders(platformdirs.unix.Unix(APP_NAME, appauthor=False),
                               PurePosixPath)
    assert folders.data == PurePosixPath("/home/kim/.local/share/CaseApp")
    assert folders.state == PurePosixPath("/home/kim/.local/state/CaseApp-unlock-state")


def _iss_folder(function: str) -> PureWindowsPath:
    script = (ROOT / "packaging" / "windows" / "caseapp.iss").read_text(encoding="utf-8")
    body = script.split(f"function {function}(): String;", 1)[1]
    constant = re.search(r"ExpandConstant\('\{localappdata\}\\([^']+)'\)", body)
    assert constant, f"{function} in caseapp.iss no longer names a folder in {{localappdata}}"
    return PureWindowsPath(KOREAN_PROFILE, "AppData", "Local", constant.group(1))


def test_the_uninstaller_asks_about_the_folders_the_app_really_uses(windows):
    assert _iss_folder("DataDir") == windows.data
    assert _iss_folder("StateDir") == windows.state
