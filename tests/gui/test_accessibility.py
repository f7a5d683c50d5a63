"""Keyboard and screen-reader use: every control has a name a screen reader can say, the
shortcuts exist, forms are walked in reading order with Tab, and nothing is clipped at
100 % and 200 % display scaling."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.conftest import ROOT
from tests.gui.windows import all_windows, widgets_of

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView,
          QAbstractButton)


def _named(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName():
        return True
    if id(widget) in buddies:
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().strip())


def test_every_control_has_a_name_for_screen_readers(qtbot, store_dir, sample_cases,
                                                     tmp_path, no_keyring):
    unnamed = set()
    for name, window in all_windows(store_dir, tmp_path):
        widgets = widgets_of(window)
        buddies = {id(label.buddy()) for label in widgets
                   if isinstance(label, QLabel) and label.buddy() is not None}
        for widget in widgets:
            if not isinstance(widget, INPUTS) or not widget.isVisibleTo(window):
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if type(widget).__module__.startswith("PySide6") and widget.objectName() in (
                    "", "qt_spinbox_lineedit", "qt_calendar_yearedit") and isinstance(
                    widget.parent(), QAbstractSpinBox | QComboBox):
                continue  # the inner editor of a spin or combo box
            if not _named(widget, buddies):
                unnamed.add(f"{name}: {type(widget).__name__} {widget.objectName()!r}")
    assert not unnamed, "\n".join(sorted(unnamed))


def test_shortcuts(qtbot, unlocked):
    ui = unlocked.ui
    assert ui.actionFind.shortcut() == QKeySequence("Ctrl+F")
    assert ui.actionNewCase.shortcut() == QKeySequence("Ctrl+N")
    assert ui.actionSave.shortcut() == QKeySequence("Ctrl+S")
    assert ui.actionLock.shortcut() == QKeySequence("Ctrl+L")


def test_tab_walks_the_unlock_screen_in_reading_order(qtbot, window):
    screen = window.unlock_screen
    screen.ui.passphraseEdit.setText("x")  # Unlock becomes enabled, so it takes focus
    screen.ui.passphraseEdit.setFocus()
    order = [screen.ui.passphraseEdit]
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        order.append(window.focusWidget())
    assert order[1:] == [screen.ui.unlockButton, screen.ui.switchProfileButton,
                         screen.ui.forgotButton]


# Both languages times the windows tests/gui/windows.py builds today: a probe that silently
# built fewer would pass having checked nothing.
MIN_PROBED_WINDOWS = 80


@pytest.mark.parametrize("scale", ["1", "2"])
def test_nothing_is_clipped_at_high_scaling(scale, tmp_path):
    """A separate process: the scale factor must be set before Qt starts."""
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "tests.gui.scaling_probe", str(tmp_path)],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    found = re.search(r"checked (\d+) windows", result.stdout)
    assert found, result.stdout[-2000:]
    assert int(found[1]) >= MIN_PROBED_WINDOWS, found[0]  # it looked at every window
