"""Runs ``caseapp --self-test`` the way an admin or CI would: in a child process, with no
display, against the development install or (``CASEAPP_FROZEN_APP=/path/to/caseapp``, as
packaging/ci.sh sets it) against the frozen build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FROZEN_APP = os.environ.get("CASEAPP_FROZEN_APP", "")


def app_command() -> list[str]:
    if FROZEN_APP:
        return [FROZEN_APP]
    return [sys.executable, "-m", "caseapp"]


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    def fact(self, name: str) -> str:
        """The value of a ``Name: value`` line in the report."""
        prefix = f"{name}: "
        for line in self.out.splitlines():
            if line.startswith(prefix):
                return line[len(prefix):]
        raise AssertionError(f"no {name!r} line in:\n{self.out}\n{self.err}")

    def step(self, name: str) -> str:
        for line in self.out.splitlines():
            if line[9:].startswith(name):
                return line.strip()
        raise AssertionError(f"no step {name!r} in:\n{self.out}")


def clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    """No display, a private temp folder and home, and Qt told to use xcb: the self-test
    must force the offscreen platform itself."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "PYTHON_KEYRING_BACKEND",
                        "DBUS_SESSION_BUS_ADDRESS", "CASEAPP_DATA_DIR", "CASEAPP_STATE_DIR"}}
    temp = tmp / "tmp"
    temp.mkdir(exist_ok=True)
    env.update({"QT_QPA_PLATFORM": "xcb", "TMPDIR": str(temp), "PYTHONIOENCODING": "utf-8",
                "HOME": str(tmp / "home"), "XDG_DATA_HOME": str(tmp / "home" / "data"),
                "XDG_STATE_HOME": str(tmp / "home" / "state"),
                "XDG_CONFIG_HOME": str(tmp / "home" / "config")})
    (tmp / "home").mkdir(exist_ok=True)
    env.update(extra)
    return env


def run_self_test(env: dict[str, str], *, wrapper: list[str] | None = None,
                  timeout: float = 240) -> Outcome:
    command = [*(wrapper or []), *app_command(), "--self-test"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT,
                            timeout=timeout, check=False, stdin=subprocess.DEVNULL)
    return Outcome(result.returncode, result.stdout, result.stderr)


def secret_service_wrapper(tmp: Path) -> list[str] | None:
    """A private D-Bus session with an unlocked gnome-keyring (the Secret Service most Linux
    desktops run), or None when this machine lacks them."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return None
    runtime = tmp / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    script = ('printf %s "$CASEAPP_TEST_KEYRING_PASSWORD" | '
              'gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 && exec "$@"')
    return ["dbus-run-session", "--", "sh", "-c", script, "sh"]
