"""A GUI process that simulates more key presses than None has references exits cleanly
(see tests/gui/qtest_refcounts.py: PySide6 6.12.0's QTest releases None once per call, and
a long GUI run then aborted at exit after every test passed)."""

from __future__ import annotations

import subprocess
import sys

from tests.packaging.selftest_runner import ROOT, clean_env

SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
import tests.gui.qtest_refcounts as guard
app = QApplication([])
field = QLineEdit()
presses = sys.getrefcount(None) + 2000   # a leak of one per press would free None
if sys.argv[1] == "guarded":
    guard.install()
for _ in range(presses):
    QTest.keyClick(field, Qt.Key.Key_A)
assert len(field.text()) == presses
print("pressed", presses)
"""


def test_more_key_presses_than_none_has_references_end_cleanly(tmp_path):
    env = clean_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT, "guarded"], capture_output=True,
                            text=True, timeout=300, check=False, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "pressed" in result.stdout
