"""A follow-up postponed by some days and marked done with a note, through the real dialog,
from the Follow-ups view and from the takedown tab; the store holds what was chosen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from caseapp.gui import ops
from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import open_section
from tests.gui.takedowns.test_takedowns_tab import LINK, ok_button, show_followups, visible_dialog


@pytest.fixture
def case_with_link(store_dir, sample_cases) -> str:
    from caseapp.services import evidence
    from tests.gui.evidence.test_evidence_tab import consent

    number = sample_cases["푸른별"]
    consent(store_dir, number, "takedown")
    vault = open_vault(store_dir)
    try:
        evidence.add_url_evidence(vault, number, LINK)
    finally:
        vault.close()
    return number


def _sent_request(store_dir, number):
    from caseapp.services import takedowns

    vault = open_vault(store_dir)
    try:
        request = takedowns.create_request(vault, number, LINK, "telegram")
        request = takedowns.set_status(vault, request.id, "submitted")
        task = takedowns.tasks(vault, request.id, open_only=True)[0]
    finally:
        vault.close()
    return request, task


def _tasks(store_dir, request_id):
    from caseapp.services import takedowns

    vault = open_vault(store_dir)
    try:
        return takedowns.tasks(vault, request_id)
    finally:
        vault.close()


def test_postpone_then_mark_done_from_the_follow_ups_view(qtbot, store_dir, case_with_link,
                                                          window):
    from caseapp.gui.followups.follow_up_dialog import FollowUpDialog

    request, task = _sent_request(store_dir, case_with_link)
    unlock(qtbot, window)
    view = show_followups(qtbot, window)
    assert not view.ui.followUpButton.isEnabled()
    item = next(i for i in view.row_items() if i.text(2) == request.code)
    view.ui.tree.setCurrentItem(item)
    assert view.ui.followUpButton.isEnabled()

    qtbot.mouseClick(view.ui.followUpButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(FollowUpDialog)
    assert dialog.ui.postponeRadio.isChecked()
    dialog.ui.daysSpin.selectAll()
    qtbot.keyClicks(dialog.ui.daysSpin, "3")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    moved = next(t for t in _tasks(store_dir, request.id) if t.id == task.id)
    assert moved.open and moved.due_at == task.due_at + timedelta(days=3)

    item = next(i for i in view.row_items() if i.text(2) == request.code)
    view.ui.tree.setCurrentItem(item)
    qtbot.mouseClick(view.ui.followUpButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(FollowUpDialog)
    qtbot.mouseClick(dialog.ui.doneRadio, Qt.MouseButton.LeftButton)
    assert dialog.ui.noteEdit.isEnabled() and not dialog.ui.daysSpin.isEnabled()
    type_text(qtbot, dialog.ui.noteEdit, "플랫폼 답변 대기 중")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    done = next(t for t in _tasks(store_dir, request.id) if t.id == task.id)
    assert not done.open and done.note == "플랫폼 답변 대기 중"


def test_postpone_from_the_takedown_tab_and_a_bad_date_is_refused(qtbot, store_dir,
                                                                  case_with_link, window):
    from caseapp.gui.followups.follow_up_dialog import FollowUpDialog
    from tests.gui.evidence.test_evidence_tab import message_boxes

    request, task = _sent_request(store_dir, case_with_link)
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, case_with_link, "takedowns")
    tab.select_request(request.id)
    assert tab.ui.followUpButton.isEnabled()
    dialog = tab.change_follow_up("due")
    assert dialog.ui.dueEdit.isEnabled()
    dialog.ui.dueEdit.setDateTime(dialog.ui.dueEdit.dateTime().addYears(-10))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("errorMessage")), timeout=10_000)
    box = message_boxes("errorMessage")[0]
    assert "before the request was submitted" in box.text() + box.informativeText()
    box.close()
    assert next(t for t in _tasks(store_dir, request.id) if t.id == task.id).due_at \
        == task.due_at
    assert dialog.isVisible() and dialog.ui.buttons.isEnabled()
    dialog.reject()

    qtbot.mouseClick(tab.ui.followUpButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(FollowUpDialog)
    assert isinstance(dialog, FollowUpDialog)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    moved = next(t for t in _tasks(store_dir, request.id) if t.id == task.id)
    assert moved.due_at == task.due_at + timedelta(days=7)
    qtbot.waitUntil(lambda: tab.ui.taskTable.rowCount() > 0, timeout=10_000)


def test_the_due_date_box_uses_the_clock_the_view_shows(qtbot, store_dir, case_with_link,
                                                         window):
    """With the organisation's time zone set (Seoul), the box shows the due time as the
    list does, and a date typed there is read in that zone."""
    from datetime import timedelta, timezone

    from caseapp.gui import labels

    request, task = _sent_request(store_dir, case_with_link)
    unlock(qtbot, window)
    labels.set_display_zone("Asia/Seoul")
    try:
        _editor, tab = open_section(qtbot, window, case_with_link, "takedowns")
        tab.select_request(request.id)
        dialog = tab.change_follow_up("due")
        shown = dialog.ui.dueEdit.dateTime().toPython()
        seoul = task.due_at.astimezone(timezone(timedelta(hours=9)))
        assert (shown.hour, shown.minute) == (seoul.hour, seoul.minute)
        assert labels.format_local(task.due_at) in dialog.ui.introLabel.text()
        dialog.ui.dueEdit.setDateTime(dialog.ui.dueEdit.dateTime().addDays(2))
        with qtbot.waitSignal(dialog.changed, timeout=10_000):
            qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
        moved = next(t for t in _tasks(store_dir, request.id) if t.id == task.id)
        assert moved.due_at == task.due_at.replace(second=0, microsecond=0) + timedelta(days=2)
    finally:
        labels.set_display_zone(None)
