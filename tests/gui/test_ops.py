"""The one helper for slow work: it runs off the GUI thread, reports progress and results on
the GUI thread, can be cancelled, and turns failures into dialogs a person can act on."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseapp.errors import BadInput
from caseapp.gui import language, ops
from caseapp.gui.error_dialog import ErrorReportDialog
from caseapp.gui.ops import Op
from caseapp.i18n import N_


def _dialogs(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _close_dialogs():
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isWindow() and widget.isModal():
            widget.close()


def test_work_runs_off_the_gui_thread_and_the_result_arrives_on_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work():
        seen["worker"] = QThread.currentThread()
        return 42

    def done(result):
        seen["result"] = result
        seen["callback"] = QThread.currentThread()

    op = Op(parent, op=work, success=done)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    gui = QApplication.instance().thread()
    assert seen["result"] == 42
    assert seen["worker"] is not gui
    assert seen["callback"] is gui


def test_progress_reaches_the_dialog_and_cancel_stops_the_work(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    reached = threading.Event()
    outcome = {}

    def work(task):
        task.progress("step", 3, 10)
        reached.set()
        while not task.cancel_event.wait(0.01):
            pass
        task.check_cancelled()

    op = Op(parent, op=work, success=lambda r: outcome.setdefault("ok", r))
    op.with_progress("Working…", cancellable=True).run_in_background()
    dialog = op._dialog
    qtbot.waitUntil(lambda: dialog.value() == 300, timeout=5000)
    assert dialog.maximum() == ops.PROGRESS_STEPS
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    with qtbot.waitSignal(op.finished, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "ok" not in outcome
    assert not _dialogs(QMessageBox)  # a cancellation the person asked for shows nothing
    assert not ops.busy()


def test_expected_failure_is_a_translated_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    language.apply("ko")

    def work():
        raise BadInput(N_("Birth year {year} is in the future."), year=2099)

    op = Op(parent, op=work)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    boxes = _dialogs(QMessageBox)
    assert len(boxes) == 1
    assert "2099" in boxes[0].text()
    assert "미래" in boxes[0].text()  # Korean, not the English msgid
    _close_dialogs()


def test_unexpected_failure_shows_a_redacted_report(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    def work():
        raise ValueError("victim 홍길동 lives at secret street")

    op = Op(parent, op=work)
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run_in_background()
    reports = _dialogs(ErrorReportDialog)
    assert len(reports) == 1
    text = reports[0].ui.report.toPlainText()
    assert "ValueError" in text
    assert "tests/gui/test_ops.py" in text
    assert "홍길동" not in text and "secret street" not in text
    reports[0].ui.copyButton.click()
    assert QApplication.clipboard().text() == text
    _close_dialogs()


def test_nothing_is_delivered_to_a_window_that_was_dropped(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    delivered = []
    op = Op(parent, op=lambda: release.wait(5), success=delivered.append,
            failure=delivered.append)
    op.run_in_background()
    ops.drop(parent)
    with qtbot.waitSignal(op.finished, timeout=5000):
        release.set()
    assert delivered == []
