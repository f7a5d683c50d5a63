"""Slow work off the GUI thread, in the shape of Anki's ``aqt.operations``::

    Op(parent, op=lambda: cases.save(vault, ...), success=self.on_saved)
        .with_progress(self.tr("Saving…"), cancellable=True)
        .run_in_background()

``op`` runs on a worker thread and must not touch widgets. It takes no argument, or one
:class:`Task` that carries ``task.progress`` (hand it to a service as its progress callback;
it takes numbers: ``(done, total)``, a fraction, or ``(name, done, total)``) and
``task.cancel_event`` (a ``threading.Event`` the service polls; ``task.check_cancelled()``
raises :class:`~caseapp.errors.Cancelled`).

``success(result)`` and ``failure(exc)`` run on the GUI thread, and only while ``parent``
still exists (a window closed by locking gets nothing). An op that writes declares what it
changed with ``changes=`` (a :class:`~caseapp.gui.changes.Changes`, or a function of the
result giving one); after ``success`` (and after a failure, which may have written part of
its work) the change is announced to every open view (see ``caseapp.gui.changes``).
Without ``failure`` a :class:`~caseapp.errors.CaseAppError` is shown as a translated
dialog and anything else as "something went wrong" with a redacted report; a cancellation
the person asked for shows nothing.

Ops run one after another on a single worker ("one lane"): the vault's two SQLCipher
connections are never used by two ops at once. No widget starts its own thread."""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from caseapp.errors import Cancelled
from caseapp.gui.changes import Area, Changes, announce

log = logging.getLogger(__name__)

PROGRESS_STEPS = 1000
PROGRESS_INTERVAL = 0.05  # at most 20 progress signals a second reach the GUI thread
SHOW_PROGRESS_AFTER_MS = 300

_running: set[Op[Any]] = set()  # any result type
_pool: QThreadPool | None = None


def worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setObjectName("caseapp-ops")
    return _pool


def busy() -> bool:
    """True while any op has not delivered its result (tests wait on this)."""
    return bool(_running)


def cancel_all() -> None:
    for op in list(_running):
        op.cancel()


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the worker is idle (used when quitting, before the vault is closed)."""
    return worker_pool().waitForDone(timeout_ms)


DROPPED = "caseappDropped"


class _Deaf(QObject):
    """Keeps a dropped widget (and its children) from reacting to a language switch that
    arrives before its deferred deletion: they may hold a closed vault."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.LanguageChange


def drop(widget: QWidget) -> None:
    """Mark a widget (and so everything in it) as gone before its deferred deletion: ops
    started from it deliver nothing. Locking uses this for the workspace."""
    widget.setProperty(DROPPED, True)
    deaf = _Deaf(widget)
    widget.installEventFilter(deaf)


def widget_alive(widget: QWidget) -> bool:
    current: QWidget | None = widget
    while current is not None:
        if not shiboken6.isValid(current) or current.property(DROPPED):
            return False
        current = current.parentWidget()
    return True


class Task:
    """What a running op sees: a progress callback and a cancel flag."""

    def __init__(self, emit: Callable[[float, float], None]) -> None:
        self.cancel_event = threading.Event()
        self._emit = emit
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    def progress(self, *values: object) -> None:
        numbers = [float(v) for v in values
                   if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(numbers) >= 2:
            done, total = numbers[-2], numbers[-1]
        elif len(numbers) == 1 and 0.0 <= numbers[0] <= 1.0:
            done, total = numbers[0] * PROGRESS_STEPS, float(PROGRESS_STEPS)
        else:
            done, total = 0.0, 0.0  # busy, amount unknown
        now = time.monotonic()
        if total and done < total and now - self._last < PROGRESS_INTERVAL:
            return
        self._last = now
        self._emit(done, total)


class _Runner(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work

    def run(self) -> None:
        self._work()


class _ProgressDialog(QProgressDialog):
    """A progress dialog that Esc closes only when the op can be cancelled."""

    def __init__(self, label: str, parent: QWidget | None, cancellable: bool) -> None:
        super().__init__(label, "", 0, 0, parent)
        self.cancellable = cancellable
        self.setWindowTitle(QCoreApplication.translate("Op", "Please wait"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.setMinimumWidth(360)
        if cancellable:
            self.setCancelButtonText(QCoreApplication.translate("Op", "Cancel"))
        else:
            self.setCancelButton(None)
        self.setAccessibleName(label)

    def reject(self) -> None:  # Esc: the same as pressing Cancel, when there is one
        if self.cancellable:
            self.canceled.emit()


T = TypeVar("T")


class Op(QObject, Generic[T]):
    """One piece of slow work. Build it, optionally add progress, then run it.

    ``T`` is what ``op`` returns: mypy checks that ``success`` (and a ``changes`` function)
    accept it."""

    _progressed = Signal(float, float)
    _succeeded = Signal(object)
    _failed = Signal(object)
    finished = Signal()  # on the GUI thread, after success/failure were delivered

    # ``op`` is Callable[..., T]: it takes no argument or one Task (see _call), which no
    # single Callable type expresses.
    def __init__(self, parent: QWidget | None, *, op: Callable[..., T],
                 success: Callable[[T], None] | None = None,
                 failure: Callable[[BaseException], None] | None = None,
                 changes: Changes | Callable[[T], Changes] | None = None) -> None:
        super().__init__()  # no Qt parent: kept alive by _running until delivered
        self._parent = parent
        self._op = op
        self._success = success
        self._failure = failure
        self._changes = changes
        self._label: str | None = None
        self._cancellable = False
        self._dialog: _ProgressDialog | None = None
        self.task = Task(self._progressed.emit)
        self.result: T | None = None
        self.error: BaseException | None = None

    # --- building -----------------------------------------------------------------------
    def with_progress(self, label: str, *, cancellable: bool = False) -> Op[T]:
        self._label = label
        self._cancellable = cancellable
        return self

    def run_in_background(self) -> Op[T]:
        _running.add(self)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        if self._label is not None:
            window = self._parent.window() if self._parent is not None else None
            self._dialog = _ProgressDialog(self._label, window, self._cancellable)
            self._dialog.canceled.connect(self.cancel)
        worker_pool().start(_Runner(self._work))
        return self

    def cancel(self) -> None:
        if self.task.cancel_event.is_set():
            return
        self.task.cancel_event.set()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setLabelText(QCoreApplication.translate("Op", "Cancelling…"))

    # --- worker thread ----------------------------------------------------------------
    def _call(self) -> T:
        import inspect

        try:
            wants_task = bool(inspect.signature(self._op).parameters)
        except (TypeError, ValueError):
            wants_task = False
        return self._op(self.task) if wants_task else self._op()

    def _work(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # every failure must reach the GUI thread
            self._deliver(self._failed, exc)
        else:
            self._deliver(self._succeeded, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is gone (quitting): nobody to tell
            log.info("op finished after the application closed")

    # --- GUI thread -------------------------------------------------------------------
    def _parent_alive(self) -> bool:
        return self._parent is None or widget_alive(self._parent)

    def _on_progress(self, done: float, total: float) -> None:
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog):
            return
        if total > 0:
            dialog.setMaximum(PROGRESS_STEPS)
            dialog.setValue(min(PROGRESS_STEPS, int(done / total * PROGRESS_STEPS)))
        else:
            dialog.setMaximum(0)

    def _close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def _on_success(self, result: T) -> None:
        self._close_dialog()
        self.result = result
        try:
            if self._success is not None and self._parent_alive():
                self._success(result)
        finally:
            self._announce(result)
            self._done()

    def _on_failure(self, exc: BaseException) -> None:
        self._close_dialog()
        self.error = exc
        try:
            if not self._parent_alive():
                return
            if self._failure is not None:
                self._failure(exc)
            elif isinstance(exc, Cancelled) and self.task.cancelled:
                log.info("op cancelled")
            else:
                from caseapp.gui.error_dialog import show_error

                show_error(self._parent, exc)
        finally:
            if isinstance(self._changes, Changes):  # part of the work may be written
                announce(self._changes)
            self._done()

    def _announce(self, result: T) -> None:
        if self._changes is None:
            return
        try:
            changes = self._changes if isinstance(self._changes, Changes) \
                else self._changes(result)
        except Exception:
            log.exception("an op's change description failed")
            changes = Changes.of(Area.STORE)
        announce(changes)

    def _done(self) -> None:
        _running.discard(self)
        self.finished.emit()


SWITCH_INTERVAL_WHILE_WORKING = 0.0001  # seconds; CPython's default is 0.005


@contextmanager
def responsive() -> Iterator[None]:
    """Wrap CPU-heavy Python work on the worker (laying out a report) so the GUI thread keeps
    up. Every Qt event that reaches a Python-made widget needs the interpreter lock; with
    CPython's 5 ms switch interval a busy worker makes each of them wait, and a repaint
    that touches a few dozen such widgets stalls 100-800 ms (benchmarks/
    gui_responsiveness.py). Handing the lock over every 0.1 ms, and putting off full
    garbage collections (30-250 ms with the lock held) until the work is done, keeps the
    longest stall under 100 ms without slowing the work measurably."""
    interval = sys.getswitchinterval()
    young, middle, full = gc.get_threshold()
    sys.setswitchinterval(min(interval, SWITCH_INTERVAL_WHILE_WORKING))
    gc.set_threshold(young, middle, 1_000_000)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, full)
        sys.setswitchinterval(interval)


class Relay(QObject):
    """Carries values from an op's worker to ``callback`` on the GUI thread, for views that
    show more than the one progress dialog (a bar per file and one overall, a step name).
    ``send`` calls closer together than PROGRESS_INTERVAL are dropped unless ``final``;
    nothing reaches an ``owner`` that was dropped or deleted. Create it on the GUI thread."""

    _carry = Signal(object)

    def __init__(self, owner: QWidget, callback: Callable[..., None]) -> None:
        super().__init__()
        self._owner = owner
        self._callback = callback
        self._last = 0.0
        self._carry.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def send(self, *values: object, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self._last < PROGRESS_INTERVAL:
            return
        self._last = now
        self._carry.emit(values)

    def _deliver(self, values: tuple[object, ...]) -> None:
        if widget_alive(self._owner):
            self._callback(*values)
