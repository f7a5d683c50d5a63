"""Closing a case from the overview goes through the checklist and a required reason; the
store holds the closed status and the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import consent, open_section
from tests.gui.takedowns.test_takedowns_tab import ok_button, visible_dialog


def test_close_through_the_checklist_with_a_reason(qtbot, store_dir, sample_cases, window):
    from caseapp.gui.cases.close_dialog import CloseCaseDialog
    from caseapp.services import cases, takedowns

    number = sample_cases["푸른별"]
    consent(store_dir, number, "takedown")
    vault = open_vault(store_dir)
    try:
        request = takedowns.create_request(vault, number, "https://t.me/room/8", "telegram")
    finally:
        vault.close()
    unlock(qtbot, window)
    editor, overview = open_section(qtbot, window, number, "overview")
    combo = overview.ui.statusCombo
    combo.setCurrentIndex(combo.findData("closed"))
    qtbot.mouseClick(overview.ui.changeStatusButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(CloseCaseDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.checklist is not None, timeout=10_000)
    lines = [dialog.ui.checkList.item(i).text() for i in range(dialog.ui.checkList.count())]
    assert any(request.code in line and line.startswith("⚠") for line in lines)
    assert any("follow-up" in line and line.startswith("⚠") for line in lines)
    assert any(line.startswith("✓ Kept 5 years after closing") for line in lines)
    assert not ok_button(dialog).isEnabled()  # no reason yet
    type_text(qtbot, dialog.ui.reasonEdit, "피해자 요청으로 종결")
    assert ok_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.closed, timeout=10_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.case.status == "closed", timeout=10_000)
    check = open_vault(store_dir)
    try:
        assert cases.get_case(check, number).status == "closed"
        details = check.cases.execute(
            "SELECT details FROM audit_event WHERE action = 'case.status_changed'"
            " ORDER BY seq DESC LIMIT 1").fetchone()[0]
        assert "피해자 요청으로 종결" in check.readable_details(details)["reason"]
    finally:
        check.close()


def test_cancelling_the_checklist_leaves_the_case_open(qtbot, store_dir, sample_cases,
                                                       window):
    from caseapp.gui.cases.close_dialog import CloseCaseDialog

    number = sample_cases["푸른별"]
    unlock(qtbot, window)
    editor, overview = open_section(qtbot, window, number, "overview")
    dialog = overview.close_case()
    qtbot.waitUntil(lambda: dialog.checklist is not None, timeout=10_000)
    assert isinstance(dialog, CloseCaseDialog)
    dialog.reject()
    assert editor.case.status != "closed"
    assert overview.ui.changeStatusButton.isEnabled()
