"""Quick unlock on Windows: keyring's own backend discovery, run as it runs on a Windows
laptop, picks the Windows Credential Manager backend, CaseApp counts it as secure, and two
stores on one laptop keep separate secrets. Credential Manager itself is stood in for by a
dictionary behind the ``win32cred`` calls keyring makes (this machine has no Windows API);
everything above those calls is the real keyring and the real CaseApp code. On the Windows
build runner the frozen self-test then does the same round trip against the real vault."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import keyring
import keyring.backend
import keyring.core
import pytest
from keyring.backends import Windows

from caseapp.security import device_slot

NOT_FOUND = 1168


def shipped(backend: object) -> bool:
    """Backends a Windows laptop has: keyring's own (not the in-memory ones other tests in
    this process defined, which stay registered with keyring for good)."""
    return type(backend).__module__.startswith("keyring.backends.")


def rediscover() -> None:
    """Forget keyring's cached list of viable backends and choose again, as at start-up."""
    vars(keyring.backend.get_all_keyring).pop("saved_result", None)
    keyring.core.init_backend(limit=shipped)


class WinError(Exception):
    def __init__(self, winerror: int, funcname: str, message: str) -> None:
        super().__init__(winerror, funcname, message)
        self.winerror, self.funcname = winerror, funcname


class CredentialManager:
    """CredRead/CredWrite/CredDelete over a dict, with the Windows error for a missing
    credential and the size limit of a generic credential's blob."""

    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_SESSION, CRED_PERSIST_LOCAL_MACHINE, CRED_PERSIST_ENTERPRISE = 1, 2, 3
    MAX_BLOB = 5 * 512

    def __init__(self) -> None:
        self.vault: dict[str, dict[str, object]] = {}

    def CredRead(self, Type: int, TargetName: str) -> dict[str, object]:
        if TargetName not in self.vault:
            raise WinError(NOT_FOUND, "CredRead", "Element not found.")
        return dict(self.vault[TargetName])

    def CredWrite(self, credential: dict[str, object], flags: int) -> None:
        blob = str(credential["CredentialBlob"]).encode("utf-16-le")
        if len(blob) > self.MAX_BLOB:
            raise WinError(1783, "CredWrite", "The stub received bad data.")
        self.vault[str(credential["TargetName"])] = {**credential, "CredentialBlob": blob}

    def CredDelete(self, Type: int, TargetName: str) -> None:
        if self.vault.pop(TargetName, None) is None:
            raise WinError(NOT_FOUND, "CredDelete", "Element not found.")


@pytest.fixture
def windows_laptop(monkeypatch, tmp_path):
    if sys.platform == "darwin":
        pytest.skip("on a Mac the real Keychain backend is viable too and would be chained")
    """keyring as on Windows with pywin32-ctypes installed: no keyring config file, no
    PYTHON_KEYRING_BACKEND, no Secret Service or Keychain, the win32cred calls answered."""
    manager = CredentialManager()
    monkeypatch.setattr(Windows, "missing_deps", False)
    monkeypatch.setattr(Windows, "win32cred", manager, raising=False)
    monkeypatch.setattr(Windows, "pywintypes", SimpleNamespace(error=WinError), raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "config"))
    previous = keyring.get_keyring()
    rediscover()
    yield manager
    vars(keyring.backend.get_all_keyring).pop("saved_result", None)
    keyring.set_keyring(previous)


def test_discovery_picks_the_credential_manager_and_counts_it_secure(windows_laptop):
    assert device_slot.backend_name() == "keyring.backends.Windows.WinVaultKeyring"
    assert device_slot.available()


def test_quick_unlock_secret_round_trip(windows_laptop):
    secret = device_slot.store_secret("store-a")

    assert device_slot.load_secret("store-a") == secret
    stored = windows_laptop.vault[device_slot.SERVICE]
    assert stored["UserName"] == "store-a"
    assert len(stored["CredentialBlob"]) <= CredentialManager.MAX_BLOB
    device_slot.delete_secret("store-a")
    assert device_slot.load_secret("store-a") is None
    assert windows_laptop.vault == {}


def test_two_stores_on_one_laptop_keep_separate_secrets(windows_laptop):
    """The Credential Manager keeps one credential per target name; keyring moves the first
    store's secret to a compound name when a second store (a training store) arrives."""
    real = device_slot.store_secret("real-store")
    training = device_slot.store_secret("training-store")

    assert device_slot.load_secret("real-store") == real
    assert device_slot.load_secret("training-store") == training
    device_slot.delete_secret("training-store")
    assert device_slot.load_secret("real-store") == real


def test_without_pywin32_ctypes_quick_unlock_is_simply_unavailable(windows_laptop, monkeypatch):
    """A build that forgot win32ctypes must not crash at unlock: the passphrase still works."""
    monkeypatch.setattr(Windows, "missing_deps", True)
    rediscover()

    assert device_slot.backend_name() != "keyring.backends.Windows.WinVaultKeyring"
    assert not device_slot.available()
    assert device_slot.load_secret("store-a") is None


@pytest.mark.skipif(sys.platform != "win32", reason="the real Credential Manager: Windows only")
def test_the_real_windows_backend_is_what_keyring_chooses_here():
    rediscover()
    assert device_slot.backend_name() == "keyring.backends.Windows.WinVaultKeyring"
    assert device_slot.available()
