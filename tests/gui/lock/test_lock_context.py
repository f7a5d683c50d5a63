"""Locking details that keep the counsellor safe without surprising them: an Esc that closes
a dialog is not the first half of Esc Esc; a revealed identity hides again when its tab is
left; back from the forgotten-passphrase dialog, typing goes into the passphrase field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import unlock


def test_an_escape_that_closes_a_dialog_does_not_start_a_quick_hide(qtbot, window,
                                                                     sample_cases):
    unlock(qtbot, window)
    search = window.workspace.case_list.ui.searchEdit
    box = QMessageBox(QMessageBox.Icon.Information, "x", "a message",
                      QMessageBox.StandardButton.Close, window)
    box.open()
    qtbot.waitUntil(box.isVisible)
    close = box.button(QMessageBox.StandardButton.Close)
    close.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is close)
    qtbot.keyClick(close, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # right after: only the first Esc of a pair
    assert window.is_unlocked
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # the second one in the window locks
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=5000)


def test_a_revealed_identity_hides_when_its_tab_is_left(qtbot, window, sample_cases):
    unlock(qtbot, window)
    editor = window.workspace.open_case(
        next(iter(window.workspace.case_list.model.case_at(i) for i in range(3)
                  if window.workspace.case_list.model.case_at(i).pseudonym == "푸른별")).id)
    identity = editor.tab("identity")
    editor.ui.sections.setCurrentWidget(identity)
    qtbot.mouseClick(identity.ui.revealButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: identity.revealed, timeout=10_000)
    assert identity.ui.nameEdit.text() == "홍길동"
    editor.ui.sections.setCurrentWidget(editor.tab("overview"))
    assert not identity.revealed and identity.ui.nameEdit.text() == ""
    editor.ui.sections.setCurrentWidget(identity)
    assert identity.ui.stack.currentWidget() is identity.ui.hiddenPage


def test_focus_returns_to_the_passphrase_after_the_forgotten_passphrase_dialog(qtbot,
                                                                               window):
    from caseapp.gui.lock.recovery_dialog import RecoveryDialog

    screen = window.unlock_screen
    qtbot.mouseClick(screen.ui.forgotButton, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(RecoveryDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: screen.ui.passphraseEdit.hasFocus(), timeout=5000)


def test_open_cases_the_current_tab_and_the_cursor_come_back_after_unlock(qtbot, window,
                                                                          sample_cases):
    from PySide6.QtWidgets import QApplication

    from tests.gui.conftest import type_text

    unlock(qtbot, window)
    model = window.workspace.case_list.model
    ids = [model.case_at(i).id for i in range(3)]
    first = window.workspace.open_case(ids[0])
    first.show_tab("consent")
    second = window.workspace.open_case(ids[1])
    overview = second.show_tab("overview")
    summary = overview.ui.summaryEdit
    summary.setFocus()
    type_text(qtbot, summary, "abc")
    cursor = summary.textCursor()
    cursor.setPosition(2)
    summary.setTextCursor(cursor)
    window.lock("manual")
    assert window.workspace is None
    unlock(qtbot, window)
    workspace = window.workspace
    assert [e.case.id for e in workspace.editors()] == ids[:2]
    assert workspace.current_editor().case.id == ids[1]
    assert workspace.editor_for(ids[0]).ui.sections.currentWidget().key == "consent"
    again = workspace.current_editor().tab("overview").ui.summaryEdit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again, timeout=5000)
    assert again.textCursor().position() == 2
    assert again.toPlainText().endswith("abc")  # the unsaved edit came back too


def test_another_profile_does_not_get_the_open_cases(qtbot, window, sample_cases):
    unlock(qtbot, window)
    model = window.workspace.case_list.model
    window.workspace.open_case(model.case_at(0).id)
    window.lock("manual")
    window._layout = (window._layout[0] + 999, window._layout[1])  # as if someone else
    unlock(qtbot, window)
    assert window.workspace.editors() == []
