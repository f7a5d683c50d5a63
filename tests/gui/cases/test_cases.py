"""The case list and the case window, driven like a counsellor: new case from the keyboard,
edit and save, status change along allowed transitions only, audited identity reveal,
consent, incidents and session notes, Korean search, filters, and the unsaved-changes
prompt."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import COUNSELLOR, open_vault, type_text, unlock, visible_texts


def _answer_prompt(qtbot, button):
    """Answer the next message box the way a person would (it blocks until answered).
    Returns the texts the box showed; empty while no box has appeared."""
    shown: list[str] = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.extend([box.text(), box.informativeText()])
            box.button(button).click()
        elif len(shown) == 0 and attempts.pop():
            QTimer.singleShot(20, answer)

    attempts = [True] * 100 + [False]  # give up after two seconds
    QTimer.singleShot(0, answer)
    return shown


def _rows(case_list):
    model = case_list.model
    return [model.case_at(i).pseudonym for i in range(model.rowCount())]


def _audit(store_dir, action):
    from caseapp.services import vault as vault_service

    vault = open_vault(store_dir)
    try:
        return [e.event for e in vault_service.audit_events(vault, limit=200, action=action)]
    finally:
        vault.close()


def test_new_case_edit_save_and_change_status(qtbot, unlocked, store_dir):
    from caseapp.services import cases

    win = unlocked
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    from caseapp.gui.cases.new_case_dialog import NewCaseDialog

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewCaseDialog))
    dialog = QApplication.activeModalWidget()
    type_text(qtbot, dialog.ui.pseudonymEdit, "하늘빛")
    qtbot.keyClick(dialog.ui.pseudonymEdit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.riskCombo  # the tab order follows the form
    qtbot.keyClick(dialog.ui.pseudonymEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.workspace.current_editor() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    editor = win.workspace.current_editor()
    number = editor.case.number
    assert editor.case.pseudonym == "하늘빛"
    qtbot.waitUntil(lambda: "하늘빛" in _rows(win.workspace.case_list))

    overview = editor.tab("overview")
    type_text(qtbot, overview.ui.summaryEdit, "첫 상담 전화, 딥페이크 유포")
    assert editor.is_dirty() and editor.ui.dirtyLabel.isVisible()
    qtbot.keyClick(overview.ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=10_000)
    assert f"Saved case {number}" in win.ui.statusBar.currentMessage()

    # only the transitions the workflow allows from intake are offered
    offered = {overview.ui.statusCombo.itemData(i) for i in range(overview.ui.statusCombo.count())}
    assert offered == {"active", "closed"}
    overview.ui.statusCombo.setCurrentIndex(overview.ui.statusCombo.findData("active"))
    qtbot.mouseClick(overview.ui.changeStatusButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.case.status == "active", timeout=10_000)
    offered = {overview.ui.statusCombo.itemData(i) for i in range(overview.ui.statusCombo.count())}
    assert offered == {"awaiting_takedown", "referred_to_police", "closed"}

    vault = open_vault(store_dir)
    try:
        stored = cases.get_case(vault, number)
    finally:
        vault.close()
    assert stored.summary == "첫 상담 전화, 딥페이크 유포"
    assert stored.status == "active"
    assert stored.counsellor_id is not None
    assert [e.object_id for e in _audit(store_dir, "case.status_changed")] == [number]


def test_reveal_identity_is_audited_and_never_reaches_the_list(qtbot, window, sample_cases,
                                                               store_dir):
    from caseapp.services import cases

    unlock(qtbot, window)
    case_list = window.workspace.case_list
    number = sample_cases["푸른별"]
    assert "홍길동" not in "\n".join(visible_texts(window))
    window.workspace.open_case(case_list.model.case_at(_rows(case_list).index("푸른별")).id)
    editor = window.workspace.current_editor()
    identity = editor.tab("identity")
    editor.ui.sections.setCurrentWidget(identity)
    assert not identity.ui.nameEdit.isVisible()
    assert "홍길동" not in "\n".join(visible_texts(window))
    assert _audit(store_dir, "victim.revealed") == []
    qtbot.mouseClick(identity.ui.revealButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: identity.revealed, timeout=10_000)
    assert identity.ui.nameEdit.text() == "홍길동"
    events = _audit(store_dir, "victim.revealed")
    assert [(e.object_id, e.actor) for e in events] == [(number, COUNSELLOR)]

    identity.ui.preferredEdit.setFocus()
    type_text(qtbot, identity.ui.preferredEdit, "길동")
    qtbot.mouseClick(identity.ui.addContactButton, Qt.MouseButton.LeftButton)
    identity.ui.contactsTable.item(0, 1).setText("010-0000-0000")
    editor.save()
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=10_000)
    vault = open_vault(store_dir)
    try:
        victim = cases.reveal_victim(vault, number)
        row = cases.list_cases(vault).items
    finally:
        vault.close()
    assert victim.preferred_name == "길동" and victim.contacts[0].value == "010-0000-0000"
    assert "홍길동" not in repr(row)
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 3)
    list_texts = "\n".join(visible_texts(case_list))
    assert "홍길동" not in list_texts and "010-0000-0000" not in list_texts
    qtbot.mouseClick(identity.ui.hideButton, Qt.MouseButton.LeftButton)
    assert identity.ui.nameEdit.text() == ""


def test_bad_input_is_explained_and_changes_nothing(qtbot, window, sample_cases, store_dir):
    from caseapp.services import cases

    unlock(qtbot, window)
    case_list = window.workspace.case_list
    editor = window.workspace.open_case(
        case_list.model.case_at(_rows(case_list).index("푸른별")).id)
    identity = editor.tab("identity")
    identity.reveal()
    qtbot.waitUntil(lambda: identity.revealed, timeout=10_000)
    identity.ui.birthYearEdit.setText("2099")
    identity.mark_dirty()
    editor.save()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=10_000)
    box = QApplication.activeModalWidget()
    assert "2099" in box.text() and "future" in box.text()
    box.close()
    assert editor.is_dirty()  # the edit is still there to correct
    vault = open_vault(store_dir)
    try:
        assert cases.reveal_victim(vault, sample_cases["푸른별"]).birth_year == 2008
    finally:
        vault.close()


def test_consent_incident_and_session_notes(qtbot, window, sample_cases, store_dir):
    from caseapp.services import cases

    unlock(qtbot, window)
    case_list = window.workspace.case_list
    number = sample_cases["바람"]
    editor = window.workspace.open_case(case_list.model.case_at(_rows(case_list).index("바람")).id)

    consent = editor.tab("consent")
    consent.ui.scopeCombo.setCurrentIndex(consent.ui.scopeCombo.findData("police"))
    consent.ui.methodCombo.setCurrentIndex(consent.ui.methodCombo.findData("written"))
    type_text(qtbot, consent.ui.noteEdit, "서면 동의서 받음")
    qtbot.mouseClick(consent.ui.recordButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: consent.ui.noteEdit.text() == "", timeout=10_000)
    assert consent.ui.historyTable.rowCount() == 1

    timeline = editor.tab("timeline")
    editor.ui.sections.setCurrentWidget(timeline)
    type_text(qtbot, timeline.ui.descriptionEdit, "카카오톡 오픈채팅방에 사진 유포")
    timeline.ui.platformCombo.setCurrentIndex(timeline.ui.platformCombo.findData("kakaotalk"))
    timeline.ui.timeKnownCheck.setChecked(True)
    type_text(qtbot, timeline.ui.placeEdit, "비밀 오픈채팅")
    type_text(qtbot, timeline.ui.accountsEdit, "@perp_account\ntelegram: @perp_channel")

    sessions = editor.tab("sessions")
    type_text(qtbot, sessions.ui.notesEdit, "피해자 진술 청취, 삭제 지원 안내")
    type_text(qtbot, sessions.ui.nextEdit, "다음 주 통화")
    qtbot.keyClick(sessions.ui.notesEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=10_000)

    vault = open_vault(store_dir)
    try:
        assert cases.has_consent(vault, number, "police")
        incidents = cases.list_incidents(vault, number)
        notes = cases.list_sessions(vault, number)
    finally:
        vault.close()
    assert [i.description for i in incidents] == ["카카오톡 오픈채팅방에 사진 유포"]
    assert incidents[0].time_zone == "Asia/Seoul"
    assert incidents[0].occurred_at.utcoffset().total_seconds() == 9 * 3600
    assert sorted((a.platform.value, a.handle) for a in incidents[0].accounts) == [
        ("kakaotalk", "@perp_account"), ("telegram", "@perp_channel")]
    assert [n.notes for n in notes] == ["피해자 진술 청취, 삭제 지원 안내"]
    assert notes[0].counsellor_id is not None
    assert timeline.ui.incidentTable.rowCount() == 1
    assert sessions.ui.sessionTable.rowCount() == 1
    assert sessions.ui.notesEdit.isReadOnly()  # a saved note is shown, not rewritten


def test_search_in_korean_and_filters(qtbot, window, sample_cases):
    unlock(qtbot, window)
    case_list = window.workspace.case_list
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 3)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is case_list.ui.searchEdit
    type_text(qtbot, case_list.ui.searchEdit, "겹지인")  # part of a chat room name
    qtbot.waitUntil(lambda: _rows(case_list) == ["푸른별"], timeout=5000)
    qtbot.waitUntil(lambda: case_list.ui.countLabel.text() == "1 case", timeout=5000)
    qtbot.keyClick(case_list.ui.searchEdit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is case_list.ui.table
    qtbot.keyClick(case_list.ui.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.current_editor() is not None)
    assert window.workspace.current_editor().case.number == sample_cases["푸른별"]

    window.workspace.focus_search()
    case_list.ui.searchEdit.clear()
    type_text(qtbot, case_list.ui.searchEdit, "instagram")
    qtbot.waitUntil(lambda: _rows(case_list) == ["Willow"], timeout=5000)
    case_list.clear_filters()
    qtbot.waitUntil(lambda: len(_rows(case_list)) == 3)
    combo = case_list.ui.riskCombo
    combo.setCurrentIndex(combo.findData("high"))
    qtbot.waitUntil(lambda: _rows(case_list) == ["푸른별"])
    case_list.clear_filters()
    combo = case_list.ui.counsellorCombo
    combo.setCurrentIndex(combo.findData(-1))  # "Mine"
    qtbot.waitUntil(lambda: _rows(case_list) == ["푸른별"])
    case_list.clear_filters()
    case_list.ui.tagCombo.setEditText("sextortion")
    qtbot.waitUntil(lambda: _rows(case_list) == ["Willow"], timeout=5000)
    case_list.clear_filters()
    type_text(qtbot, case_list.ui.searchEdit, "없는말없는말")
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 0, timeout=5000)
    assert "No cases match" in case_list.ui.emptyLabel.text()


def test_sorting_by_column(qtbot, window, sample_cases):
    unlock(qtbot, window)
    case_list = window.workspace.case_list
    header = case_list.ui.table.horizontalHeader()
    from caseapp.gui.cases.list_model import NUMBER, PSEUDONYM

    header.setSortIndicator(NUMBER, Qt.SortOrder.AscendingOrder)
    numbers = [case_list.model.case_at(i).number for i in range(3)]
    assert numbers == sorted(sample_cases.values())
    header.setSortIndicator(PSEUDONYM, Qt.SortOrder.DescendingOrder)
    assert _rows(case_list) == sorted(sample_cases, reverse=True)


def test_counsellor_and_tag_columns_sort(qtbot, window, sample_cases):
    from caseapp.gui.cases.list_model import COUNSELLOR, TAGS

    unlock(qtbot, window)
    case_list = window.workspace.case_list
    header = case_list.ui.table.horizontalHeader()
    model = case_list.model
    for column, key in ((COUNSELLOR, lambda r: r.counsellor_name),
                        (TAGS, lambda r: min(r.tags, default=""))):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(column, order)
            qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10_000)
            values = [key(model.case_at(i)) for i in range(3)]
            assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
            assert model.sort_column() == column


def test_unsaved_changes_prompt_on_closing_a_case(qtbot, window, sample_cases, store_dir):
    from caseapp.services import cases

    unlock(qtbot, window)
    case_list = window.workspace.case_list
    editor = window.workspace.open_case(case_list.model.case_at(0).id)
    number = editor.case.number
    summary = editor.tab("overview").ui.summaryEdit
    type_text(qtbot, summary, " 미저장")

    shown = _answer_prompt(qtbot, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(summary, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert shown and number in shown[0]  # the prompt names the case
    assert window.workspace.editor_for(editor.case.id) is editor and editor.is_dirty()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # back from the prompt
    shown = _answer_prompt(qtbot, QMessageBox.StandardButton.Save)
    qtbot.keyClick(summary, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert shown
    qtbot.waitUntil(lambda: window.workspace.editor_for(editor.case.id) is None, timeout=10_000)
    vault = open_vault(store_dir)
    try:
        assert cases.get_case(vault, number).summary.endswith(" 미저장")
    finally:
        vault.close()

    editor = window.workspace.open_case(case_list.model.case_at(0).id)
    type_text(qtbot, editor.tab("overview").ui.summaryEdit, " 버릴 내용")
    shown = _answer_prompt(qtbot, QMessageBox.StandardButton.Discard)
    window.workspace.close_current()
    assert shown
    assert window.workspace.current_editor() is None


def test_quitting_with_unsaved_changes_asks_first(qtbot, window, sample_cases):
    unlock(qtbot, window)
    case_list = window.workspace.case_list
    editor = window.workspace.open_case(case_list.model.case_at(0).id)
    type_text(qtbot, editor.tab("overview").ui.summaryEdit, " 저장 안 됨")
    shown = _answer_prompt(qtbot, QMessageBox.StandardButton.Cancel)
    window.close()
    assert shown
    assert window.isVisible() and window.is_unlocked


def test_a_case_is_ticked_under_several_legal_categories(qtbot, window, sample_cases,
                                                         store_dir):
    from caseapp.services import cases

    unlock(qtbot, window)
    case_list = window.workspace.case_list
    number = sample_cases["바람"]
    editor = window.workspace.open_case(case_list.model.case_at(_rows(case_list).index("바람")).id)
    overview = editor.tab("overview")
    boxes = overview.ui.categoryList
    assert boxes.count() == 6
    for row in range(boxes.count()):
        item = boxes.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("synthetic_sexual_material",
                                                    "minor_exploitation_material"):
            boxes.setCurrentItem(item)
            qtbot.keyClick(boxes, Qt.Key.Key_Space)  # ticked from the keyboard
    assert editor.is_dirty()
    qtbot.keyClick(boxes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.is_dirty(), timeout=10_000)
    vault = open_vault(store_dir)
    try:
        stored = cases.get_case(vault, number)
    finally:
        vault.close()
    assert [c.value for c in stored.legal_categories] == ["synthetic_sexual_material",
                                                          "minor_exploitation_material"]
