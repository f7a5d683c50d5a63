"""``caseapp --startup-probe`` (used by packaging/build.py to time start-up): the real app
starts, and the process leaves as soon as its first window is shown."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.packaging.selftest_runner import ROOT, app_command, clean_env


def test_startup_probe_names_the_first_window_and_exits(tmp_path: Path):
    env = clean_env(tmp_path, QT_QPA_PLATFORM="offscreen",
                    CASEAPP_STATE_DIR=str(tmp_path / "state"))

    result = subprocess.run([*app_command(), "--startup-probe", "--data-dir",
                             str(tmp_path / "data")], env=env, capture_output=True, text=True,
                            timeout=120, check=False, cwd=ROOT, stdin=subprocess.DEVNULL)

    assert result.returncode == 0, result.stdout + result.stderr
    line = next(li for li in result.stdout.splitlines() if li.startswith("startup-probe:"))
    seconds = float(line.rsplit("after", 1)[1].split()[0])
    assert 0 < seconds < 60
