"""Fixtures that give real things: a data directory, an unlocked SQLCipher vault with a fast
Argon2 profile (tests only; production parameters are never lowered), an in-memory keyring."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASEAPP_LANG"] = "en"
os.environ["CASEAPP_KDF_TARGET_SECONDS"] = "0"  # floor parameters (m=64 MiB, t=3) in CLI runs

# Child processes started by tests (the CLI, the crash writer, the self-test, probes) block
# network sockets too: tests/netguard/sitecustomize.py is loaded by every Python child.
os.environ["CASEAPP_TEST_BLOCK_NETWORK"] = "1"
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(Path(__file__).resolve().parent / "netguard"),
     *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]])

from caseapp.i18n import set_language
from caseapp.security.keyslots import Argon2Params

FAST_KDF = Argon2Params(memory_kib=1024, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple 한글"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("CASEAPP_STATE_DIR", str(state))
    monkeypatch.delenv("CASEAPP_DATA_DIR", raising=False)
    set_language("en")
    yield
    set_language(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def new_store(data_dir: Path):
    from caseapp.services import vault as vault_service

    created = vault_service.create_store(data_dir, PASSPHRASE, organisation="Test Centre",
                                         actor="tester", params=FAST_KDF, allow_weak_kdf=True)
    yield created
    created.vault.close()


@pytest.fixture
def vault(new_store):
    return new_store.vault


# Documents (police reports, letters, the statutory form) are signed by the counsellor profile
# that makes them; a test that builds one names its signer with these.
SIGNER = "상담사 김하늘"
SIGNER_ARGS = ("--actor", SIGNER)      # for caseapp-admin, before the command


def sign_as(vault, name: str = SIGNER, role: str = "supervisor"):
    """Add the counsellor profile ``name`` (once; a supervisor unless ``role`` says otherwise,
    so the test keeps the rights of an unnamed actor) and act as it, so documents built from
    now on are signed by it."""
    from caseapp.errors import NotFound
    from caseapp.services import cases

    try:
        counsellor = cases.get_counsellor(vault, name)
    except NotFound:
        counsellor = cases.add_counsellor(vault, name, role)
    vault.actor = counsellor.name
    return counsellor


class MemoryKeyring:
    """A real keyring backend kept in memory, registered with ``keyring`` for a test."""

    priority = 10

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.items:
            raise PasswordDeleteError(username)
        del self.items[(service, username)]


@pytest.fixture
def keyring_backend() -> Iterator[object]:
    import keyring
    from keyring.backend import KeyringBackend

    class _Backend(MemoryKeyring, KeyringBackend):  # type: ignore[misc]
        priority = 10  # type: ignore[assignment]

    previous = keyring.get_keyring()
    backend = _Backend()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


def run_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None,
            timeout: float = 120, max_file_size: int | None = None,
            ) -> subprocess.CompletedProcess[str]:
    """Run the real ``caseapp-admin`` in a child process. With ``max_file_size`` (POSIX) the
    child cannot write a file larger than that many bytes (RLIMIT_FSIZE: the write fails with
    EFBIG), so writing something out in full shows as an error instead of as time taken."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}

    def limit_file_size() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_size, max_file_size))

    return subprocess.run([sys.executable, "-m", "caseapp.cli", *args], input=stdin,
                          capture_output=True, text=True, env=full_env, timeout=timeout,
                          cwd=ROOT, check=False,
                          preexec_fn=limit_file_size if max_file_size is not None else None)


def require_tool(name: str, install: str) -> str:
    """The path of an outside tool a test needs (poppler's pdftotext, qpdf, dbus...). When it
    is missing the test is skipped on a developer's machine, but fails in CI (``CI=true``):
    a CI run that silently skipped the check would prove nothing."""
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"{name} is not installed ({install})"
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail(f"{message}; CI must install it (see .ci/run)", pytrace=False)
    pytest.skip(message)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
