"""One change model: an op declares what it changed, one signal carries it, and each open
view decides whether to refresh (the case window for its own case, the case list for any
case). No view reloads another."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caseapp.errors import BadInput
from caseapp.gui import changes
from caseapp.gui.changes import Area, Changes
from caseapp.gui.ops import Op
from tests.gui.conftest import unlock


def test_changes_say_which_views_they_concern():
    consent = Changes.of_case(7, Area.CONSENT)
    assert consent.touches_case(7) and not consent.touches_case(8)
    assert consent.touches(Area.CONSENT) and not consent.touches(Area.TAKEDOWNS)
    assert not Changes.of(Area.COUNSELLORS).touches_case(7)
    assert Changes.of(Area.STORE).touches_case(7) and Changes.of(Area.STORE).touches(Area.CASE)
    assert Changes.of(Area.EVIDENCE).touches_case(7)  # some case: any open one may show it
    both = Changes.of_case(1, Area.CASE) | Changes.of_case(2, Area.TAKEDOWNS)
    assert both.touches_case(2) and both.touches(Area.CASE)


def test_an_op_announces_its_changes_after_success_and_after_a_failure(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    heard: list[Changes] = []
    changes.hub().changed.connect(heard.append)
    try:
        declared = Changes.of_case(3, Area.EVIDENCE)
        op = Op(parent, op=lambda: 1, changes=declared)
        with qtbot.waitSignal(op.finished, timeout=5000):
            op.run_in_background()
        assert heard == [declared]

        op = Op(parent, op=lambda: 5, changes=lambda n: Changes.of_case(n, Area.CASE))
        with qtbot.waitSignal(op.finished, timeout=5000):
            op.run_in_background()
        assert heard[-1] == Changes.of_case(5, Area.CASE)

        def fail():
            raise BadInput()

        op = Op(parent, op=fail, failure=lambda _e: None, changes=declared)
        with qtbot.waitSignal(op.finished, timeout=5000):
            op.run_in_background()
        assert len(heard) == 3

        op = Op(parent, op=lambda: 1)  # a read announces nothing
        with qtbot.waitSignal(op.finished, timeout=5000):
            op.run_in_background()
        assert len(heard) == 3
    finally:
        changes.hub().changed.disconnect(heard.append)


def test_a_status_change_in_the_case_window_reaches_the_case_list(qtbot, window, sample_cases):
    unlock(qtbot, window)
    case_list = window.workspace.case_list
    qtbot.waitUntil(lambda: case_list.model.rowCount() > 0, timeout=10_000)
    first = case_list.model.case_at(0)
    editor = window.workspace.open_case(first.id)
    overview = editor.tab("overview")
    combo = overview.ui.statusCombo
    target = next(combo.itemData(i) for i in range(combo.count())
                  if combo.itemData(i) not in (None, "", first.status.value))
    combo.setCurrentIndex(combo.findData(target))
    qtbot.mouseClick(overview.ui.changeStatusButton, Qt.MouseButton.LeftButton)

    def listed_status():
        model = case_list.model
        return next(model.case_at(i).status.value for i in range(model.rowCount())
                    if model.case_at(i).id == first.id)

    qtbot.waitUntil(lambda: listed_status() == target, timeout=10_000)
    assert editor.case.status.value == target  # the case window reloaded its own case
