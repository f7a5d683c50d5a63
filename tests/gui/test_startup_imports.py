"""Only the unlock screen's code loads before the passphrase is typed; what lies behind the
lock loads while the key derivation runs (issue 23). Checked in a fresh process, since this
test process has long imported everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from caseapp.gui.main_window import BEHIND_THE_LOCK
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.packaging.selftest_runner import ROOT, app_command, clean_env


def _loaded_at_first_window(tmp_path: Path) -> set[str]:
    from caseapp.services import vault as vault_service

    env = clean_env(tmp_path, QT_QPA_PLATFORM="offscreen",
                    CASEAPP_STATE_DIR=str(tmp_path / "state"), CASEAPP_PROBE_MODULES="1")
    created = vault_service.create_store(tmp_path / "data", PASSPHRASE, actor="tester",
                                         params=FAST_KDF, allow_weak_kdf=True)
    created.vault.close()
    result = subprocess.run([*app_command(), "--startup-probe", "--data-dir",
                             str(tmp_path / "data")], env=env, capture_output=True, text=True,
                            timeout=120, check=False, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "startup-probe: MainWindow shown" in result.stdout  # the unlock screen, not setup
    line = next(li for li in result.stdout.splitlines()
                if li.startswith("startup-probe: caseapp modules loaded:"))
    return set(line.split(":", 2)[2].split())


def test_the_locked_window_shows_before_anything_behind_the_lock_is_loaded(tmp_path):
    loaded = _loaded_at_first_window(tmp_path)

    assert "caseapp.gui.lock.unlock_screen" in loaded
    behind = {name for name in loaded
              if name in BEHIND_THE_LOCK or name.startswith(("caseapp.services",
                                                               "caseapp.store",
                                                               "caseapp.security",
                                                               "caseapp.gui.cases",
                                                               "caseapp.gui.home"))}
    assert behind == set()


def test_the_preload_imports_what_the_unlocked_window_needs(tmp_path):
    code = ("import sys\n"
            "from PySide6.QtCore import QTimer\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from caseapp.gui.main_window import BEHIND_THE_LOCK, preload_behind_the_lock\n"
            "preload_behind_the_lock(app.quit)\n"
            "QTimer.singleShot(100_000, app.quit)\n"
            "app.exec()\n"
            "missing = [n for n in BEHIND_THE_LOCK if n not in sys.modules]\n"
            "print('missing:', missing)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, check=True, cwd=ROOT,
                            env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert "missing: []" in result.stdout, result.stdout + result.stderr
