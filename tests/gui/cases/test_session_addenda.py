"""A saved session note stays read-only; a correction typed under it is added as a dated
addendum at once, shown with the original, and kept in the store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import click_row, open_section


def test_add_an_addendum_to_a_saved_session(qtbot, store_dir, sample_cases, window):
    from caseapp.services import cases, session_addenda

    number = sample_cases["푸른별"]
    vault = open_vault(store_dir)
    try:
        session = cases.add_session(vault, number, held_at="2024-03-05T10:00:00+09:00",
                                    notes="첫 통화: 유포 3월 2일 확인")
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "sessions")
    assert tab.ui.addendumEdit.isHidden()  # a new note has nothing to correct yet
    row = next(r for r in range(tab.ui.sessionTable.rowCount())
               if tab.ui.sessionTable.item(r, 0).data(Qt.ItemDataRole.UserRole + 1)
               == session.id)
    click_row(qtbot, tab.ui.sessionTable, row)
    assert tab.ui.notesEdit.isReadOnly()
    assert not tab.ui.addendumEdit.isHidden() and tab.ui.addendaView.isHidden()
    assert not tab.ui.addendumButton.isEnabled()
    type_text(qtbot, tab.ui.addendumEdit, "정정: 유포 확인은 3월 3일")
    assert tab.ui.addendumButton.isEnabled()
    qtbot.mouseClick(tab.ui.addendumButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "정정: 유포 확인은 3월 3일" in tab.ui.addendaView.toPlainText(),
                    timeout=10_000)
    assert not tab.ui.addendaView.isHidden()
    assert tab.ui.notesEdit.toPlainText() == "첫 통화: 유포 3월 2일 확인"
    assert tab.ui.addendumEdit.toPlainText() == ""
    assert "김하늘" in tab.ui.addendaView.toPlainText()  # who wrote it

    check = open_vault(store_dir)
    try:
        assert cases.list_sessions(check, number)[0].notes == "첫 통화: 유포 3월 2일 확인"
        assert [a.text for a in session_addenda.addenda(check, number)[session.id]] == [
            "정정: 유포 확인은 3월 3일"]
    finally:
        check.close()


def test_the_session_time_box_uses_the_clock_the_list_shows(qtbot, store_dir, sample_cases,
                                                            window, monkeypatch):
    """The computer's clock (here UTC) differs from the organisation's time zone (Seoul):
    the held-at box shows and reads Seoul time, as the list beside it does."""
    import time
    from datetime import datetime

    from caseapp.gui import labels
    from caseapp.services import cases

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    number = sample_cases["푸른별"]
    vault = open_vault(store_dir)
    try:
        session = cases.add_session(vault, number, held_at="2024-03-05T10:00:00+09:00",
                                    notes="첫 통화")
    finally:
        vault.close()
    unlock(qtbot, window)
    labels.set_display_zone("Asia/Seoul")
    try:
        _editor, tab = open_section(qtbot, window, number, "sessions")
        row = next(r for r in range(tab.ui.sessionTable.rowCount())
                   if tab.ui.sessionTable.item(r, 0).data(Qt.ItemDataRole.UserRole + 1)
                   == session.id)
        click_row(qtbot, tab.ui.sessionTable, row)
        shown = tab.ui.heldEdit.dateTime().toPython()
        assert (shown.hour, shown.minute) == (10, 0)
        assert "10:00" in tab.ui.sessionTable.item(row, 0).text()
        held = datetime.fromisoformat(tab.values()["held"])
        assert held == datetime.fromisoformat("2024-03-05T10:00:00+09:00")
    finally:
        labels.set_display_zone(None)
        monkeypatch.undo()
        time.tzset()
