"""When the app locks by itself: after the idle time set in Settings (any key or mouse input
counts as activity, seen through an application event filter) and on the quick-hide key,
Esc pressed twice within half a second, for when someone walks in."""

from __future__ import annotations

import time

from PySide6 import QtCore  # QtCore.Qt at key time: its first use is costly (start-up)
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

QUICK_HIDE_WINDOW = 0.5  # seconds between the two Esc presses
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class IdleLock(QObject):
    """Emits ``idle`` after ``timeout_ms`` without input while armed, and ``quick_hide`` on
    Esc Esc. Activity only stamps a time; a coarse timer compares, so the filter stays cheap
    while scrolling through long lists."""

    idle = Signal()
    quick_hide = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout = 5 * 60.0
        self._last_input = time.monotonic()
        self._last_escape = 0.0
        self._armed = False
        self._check = QTimer(self)
        self._check.timeout.connect(self._check_idle)

    def set_timeout_ms(self, ms: int) -> None:
        self._timeout = max(0.05, ms / 1000.0)
        self._check.setInterval(int(min(5000.0, max(20.0, self._timeout * 1000 / 5))))

    def arm(self) -> None:
        """Start watching (after unlock). The filter over every event of the app is installed
        only while armed: the locked window has nothing to watch, and a Python filter there
        slows start-up (each event's receiver needs its Python type)."""
        app = QApplication.instance()
        if app is not None and not self._armed:
            app.installEventFilter(self)
        self._armed = True
        self._last_input = time.monotonic()
        self.set_timeout_ms(int(self._timeout * 1000))
        self._check.start()

    def disarm(self) -> None:
        app = QApplication.instance()
        if app is not None and self._armed:
            app.removeEventFilter(self)
        self._armed = False
        self._check.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def _check_idle(self) -> None:
        if self._armed and time.monotonic() - self._last_input >= self._timeout:
            self.disarm()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = time.monotonic()
            if kind == QEvent.Type.KeyPress and self._first_receiver(watched):
                self._key_pressed(event, watched)  # type: ignore[arg-type]
        return False

    @staticmethod
    def _first_receiver(watched: QObject) -> bool:
        """A key press is offered to the focus widget and then to its parents; count it
        once, at the first widget that sees it."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return watched is focus
        return watched is QApplication.activeWindow()

    def _key_pressed(self, event: QKeyEvent, watched: QObject | None = None) -> None:
        if event.key() != QtCore.Qt.Key.Key_Escape or event.isAutoRepeat():
            return
        if _in_a_dialog(watched):
            # This Esc closes a dialog or popup: it is not the first half of a quick hide,
            # and the Esc after it starts a new count.
            self._last_escape = 0.0
            return
        now = time.monotonic()
        if now - self._last_escape <= QUICK_HIDE_WINDOW:
            self._last_escape = 0.0
            self.quick_hide.emit()
        else:
            self._last_escape = now


def _in_a_dialog(watched: QObject | None) -> bool:
    """Whether a key press goes to a dialog, message box or popup (which Esc closes)."""
    from PySide6.QtWidgets import QDialog, QWidget

    if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
        return True
    return isinstance(watched, QWidget) and isinstance(watched.window(), QDialog)

