"""Simulated input that cannot bring the interpreter down at exit.

PySide6 6.12.0's QTest functions (keyClick, keyClicks, keyPress, mouseClick, …) release one
reference to ``None`` too many per call (at the call or later, when the event objects go).
The GUI tests press and click thousands of times in one process, so ``None``'s count can
reach zero and the interpreter aborts when it exits ("Fatal Python error: none_dealloc", or
bool_dealloc), failing ``make test`` after every test passed. The app itself never calls
QTest. ``install`` gives None, True and False a reserve of references no run can use up
(they are never freed anyway); from Python 3.12 they are immortal and need none.
tests/gui/test_pyside_refcounts.py guards it."""

from __future__ import annotations

import ctypes
import sys

SINGLETONS = (None, True, False)
RESERVE = 1 << 40


def install() -> None:
    if sys.version_info >= (3, 12):
        return
    for obj in SINGLETONS:
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
