"""Locking: on demand (Ctrl+L, the toolbar), after the idle time, and on the quick-hide key
(Esc Esc). A locked window shows nothing of any case and holds no open vault; unsaved edits
come back after the next unlock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_text, unlock, visible_texts


def _open_first_case(qtbot, win):
    case_list = win.workspace.case_list
    qtbot.waitUntil(lambda: case_list.model.rowCount() > 0)
    case_list.ui.table.setFocus()
    case_list.ui.table.selectRow(0)
    qtbot.keyClick(case_list.ui.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.workspace.current_editor() is not None)
    return win.workspace.current_editor()


def _assert_locked_and_blank(win, secrets):
    assert not win.is_unlocked
    assert win.workspace is None
    assert win.ui.pages.currentWidget() is win.unlock_screen
    texts = "\n".join(visible_texts(win))
    for secret in secrets:
        assert secret not in texts
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not win:
            texts = "\n".join(visible_texts(widget))
            assert all(secret not in texts for secret in secrets)


def test_ctrl_l_locks_closes_the_vault_and_hides_every_case(qtbot, window, sample_cases):
    unlock(qtbot, window)
    editor = _open_first_case(qtbot, window)
    number, pseudonym = editor.case.number, editor.case.pseudonym
    vault = window.session.vault
    assert pseudonym in "\n".join(visible_texts(window))
    qtbot.keyClick(editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked_and_blank(window, [number, pseudonym, *sample_cases])
    assert not vault.is_open  # keys wiped
    assert not window.ui.actionNewCase.isEnabled()
    assert not window.ui.toolBar.isVisible()
    assert window.unlock_screen.ui.passphraseEdit.text() == ""


def test_toolbar_lock_button(qtbot, unlocked):
    button = unlocked.ui.toolBar.widgetForAction(unlocked.ui.actionLock)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not unlocked.is_unlocked


def test_idle_lock_fires_and_hides_case_data(qtbot, window, sample_cases):
    unlock(qtbot, window)
    _open_first_case(qtbot, window)
    window.idle_lock.set_timeout_ms(300)
    window.idle_lock.arm()
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    _assert_locked_and_blank(window, list(sample_cases))
    assert "Locked" in window.ui.statusBar.currentMessage()


def test_escape_twice_hides_everything_at_once(qtbot, window, sample_cases):
    unlock(qtbot, window)
    editor = _open_first_case(qtbot, window)
    focus = editor.tab("overview").ui.summaryEdit
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    assert window.is_unlocked  # one Esc is just Esc
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    _assert_locked_and_blank(window, list(sample_cases))


def test_a_single_escape_now_and_then_does_not_lock(qtbot, unlocked):
    search = unlocked.workspace.case_list.ui.searchEdit
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    unlocked.idle_lock._last_escape -= 1.0  # the next press comes a second later
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert unlocked.is_unlocked


def test_unsaved_edits_survive_a_lock_sealed_and_come_back(qtbot, window, sample_cases):
    unlock(qtbot, window)
    editor = _open_first_case(qtbot, window)
    case_id = editor.case.id
    summary = editor.tab("overview").ui.summaryEdit
    type_text(qtbot, summary, " 추가 메모 unsaved words")
    assert editor.is_dirty()
    window.lock("manual")
    assert window.drafts.holding
    sealed = window.drafts.path.read_bytes()
    for needle in ("unsaved words", "추가 메모"):
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in sealed
    unlock(qtbot, window)
    restored = window.workspace.editor_for(case_id)
    assert restored is not None and restored.is_dirty()
    assert restored.tab("overview").ui.summaryEdit.toPlainText().endswith(
        " 추가 메모 unsaved words")
    assert "unsaved changes were kept" in window.ui.statusBar.currentMessage()


def test_any_input_counts_as_activity(qtbot, unlocked):
    idle = unlocked.idle_lock
    idle.set_timeout_ms(60_000)
    idle.arm()
    idle._last_input -= 120  # two minutes without input …
    qtbot.keyClick(unlocked.workspace.case_list.ui.searchEdit, Qt.Key.Key_A)  # … then a key
    idle._check_idle()
    assert unlocked.is_unlocked
    idle._last_input -= 120
    idle._check_idle()
    assert not unlocked.is_unlocked


def test_unsaved_edits_survive_quitting_while_locked(qtbot, window, sample_cases, store_dir,
                                                     prefs):
    """Idle lock, then the laptop is shut: the edits were sealed to disk at the lock (to the
    store's public key, never in clear) and come back at the next start and unlock."""
    from caseapp.gui.main_window import MainWindow

    unlock(qtbot, window)
    editor = _open_first_case(qtbot, window)
    case_id = editor.case.id
    type_text(qtbot, editor.tab("overview").ui.summaryEdit, " 퇴근 전 메모 kept overnight")
    window.lock("idle")
    assert not window.is_unlocked
    window._quitting = True
    window.close()  # quitting while locked: no prompt, nothing thrown away
    window.shutdown()
    later = MainWindow(store_dir, prefs)
    qtbot.addWidget(later)
    later.show()
    qtbot.waitExposed(later)
    try:
        unlock(qtbot, later)
        restored = later.workspace.editor_for(case_id)
        assert restored is not None and restored.is_dirty()
        assert restored.tab("overview").ui.summaryEdit.toPlainText().endswith(
            " 퇴근 전 메모 kept overnight")
        assert not later.drafts.holding  # opened once, then the file is gone
    finally:
        later._quitting = True
        later.close()


def test_locking_brings_the_one_letter_search_index_up_to_date(qtbot, window, store_dir,
                                                                sample_cases):
    """Saves only note their case for the one-letter index; locking catches it up."""
    from caseapp.services import cases
    from caseapp.store import case_search
    from tests.gui.conftest import open_vault

    unlock(qtbot, window)
    vault = window.session.vault
    number = next(iter(sample_cases.values()))
    cases.add_incident(vault, number, description="뷁 새 글자")
    assert case_search.letters_waiting(vault.cases) > 0
    window.lock("manual")
    check = open_vault(store_dir)
    try:
        assert case_search.letters_waiting(check.cases) == 0
        assert case_search.index_problems(check.cases) == []
    finally:
        check.close()
