"""The case list's search box finds a case by what its evidence holds: a chat room imported
before unlock, and a link added in the evidence section a moment ago."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.evidence.chat import exports as ex
from tests.gui.conftest import open_vault, type_text
from tests.gui.evidence.test_evidence_tab import open_section


def _rows(case_list):
    model = case_list.model
    return [model.case_at(i).pseudonym for i in range(model.rowCount())]


def _search(qtbot, window, text):
    case_list = window.workspace.case_list
    window.workspace.focus_search()
    case_list.ui.searchEdit.clear()
    type_text(qtbot, case_list.ui.searchEdit, text)


def test_search_finds_chat_rooms_senders_links_and_text_only_evidence_holds(
        qtbot, sample_cases, store_dir, tmp_path, request):
    from caseapp.domain.chat import ParticipantRole
    from caseapp.services.chat_import import import_chat_export

    vault = open_vault(store_dir)
    try:
        import_chat_export(vault, sample_cases["Willow"], ex.telegram_json_chat(tmp_path / "x"),
                           roles={ex.VICTIM[1]: ParticipantRole.VICTIM}, hash_only=True)
    finally:
        vault.close()
    window = request.getfixturevalue("unlocked")
    case_list = window.workspace.case_list
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 3)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is case_list.ui.searchEdit
    for text in ("능욕방", "능욕", "돈", ex.OTHER[1], "another_room", "forwarded copy"):
        _search(qtbot, window, text)
        qtbot.waitUntil(lambda: _rows(case_list) == ["Willow"], timeout=5000)
    _search(qtbot, window, "제발")  # the victim's own message is not searched
    qtbot.waitUntil(lambda: _rows(case_list) == [], timeout=5000)

    # a link added in the evidence section is found at once
    from caseapp.gui.evidence.details_dialog import EvidenceDetailsDialog

    _editor, tab = open_section(qtbot, window, sample_cases["바람"], "evidence")
    qtbot.mouseClick(tab.ui.addLinkButton, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(EvidenceDetailsDialog, "evidenceLinkDialog")
    type_text(qtbot, dialog.ui.urlEdit, "https://t.me/riverside_room/4521")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    _search(qtbot, window, "riverside_room")
    qtbot.waitUntil(lambda: _rows(case_list) == ["바람"], timeout=5000)
