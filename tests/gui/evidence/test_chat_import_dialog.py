"""Import chat, driven like a counsellor: choose the export, read the preview, mark the
suspect, narrow the messages, untick one, import with progress; a KakaoTalk conversation asks
for its time zone; a damaged export is refused with nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.gui import file_dialogs, ops
from caseapp.gui.evidence.chat_import_dialog import IDENT, INCLUDE, ChatImportDialog
from tests.evidence.chat import exports as ex
from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import consent, open_section


def idle(qtbot, dialog: ChatImportDialog) -> None:
    qtbot.waitUntil(lambda: not ops.busy() and not dialog._refresh_timer.isActive(),
                    timeout=30_000)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=30_000)


def closed(dialog: ChatImportDialog) -> bool:
    """Gone from the screen (the dialog deletes itself once it is closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def open_dialog(qtbot, window, number: str) -> ChatImportDialog:
    _editor, tab = open_section(qtbot, window, number, "evidence")
    qtbot.mouseClick(tab.ui.importChatButton, Qt.MouseButton.LeftButton)
    shown = [d for d in tab.findChildren(ChatImportDialog, "chatImportDialog")
             if shiboken6.isValid(d) and d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def evidence_of(store_dir: Path, number: str) -> list:
    from caseapp.services import cases, evidence

    vault = open_vault(store_dir)
    try:
        return (evidence.list_evidence(vault, number),
                [a.account.handle for a in cases.case_accounts(vault, number)])
    finally:
        vault.close()


def test_telegram_export_preview_roles_filters_and_import(qtbot, window, store_dir,
                                                          sample_cases, tmp_path,
                                                          monkeypatch):
    number = sample_cases["푸른별"]
    consent(store_dir, number, "copies")
    folder = tmp_path / "ChatExport_2024-08-21"
    ex.telegram_json_chat(folder)
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, window, number)
    assert not dialog.import_button.isEnabled()
    monkeypatch.setattr(file_dialogs, "ask_open_folder", lambda *_a: folder)
    qtbot.mouseClick(dialog.ui.folderButton, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)

    summary = dialog.ui.summaryLabel.text()
    assert ex.ROOM in summary and str(ex.ROOM_ID) in summary
    assert "9 messages" in summary and "2024-08-20 21:13 – 2024-08-21 00:05" in summary
    people = dialog.ui.peopleTable
    assert [people.item(r, 1).text() for r in range(people.rowCount())] == \
        [ex.SUSPECT[0], ex.VICTIM[0], ex.OTHER[0]]
    assert people.item(0, IDENT).text() == ex.SUSPECT[1]
    assert dialog.ui.messagesTable.rowCount() == 9
    assert "9 messages match" in dialog.ui.matchLabel.text()
    assert not dialog.ui.zoneCombo.isEnabled()  # the JSON carries its own instants

    dialog.set_role(ex.SUSPECT[1], "suspect")
    people.item(2, INCLUDE).setCheckState(Qt.CheckState.Unchecked)  # not the bystander
    check = dialog.ui.mediaCheck  # clicked on its box, as a person does
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    idle(qtbot, dialog)
    assert dialog.ui.messagesTable.rowCount() == 5
    dialog.ui.messagesTable.item(4, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.import_button.text() == "&Import 4 messages"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=30_000)

    items, accounts = evidence_of(store_dir, number)
    chat_items = [i for i in items if i.kind.value == "chat_log"]
    assert len(chat_items) == 4
    assert {i.message_id for i in chat_items} == {"103", "105", "107", "108"}
    assert accounts == [ex.SUSPECT[1]]

    # a second time, the same messages show as already in the case
    dialog = open_dialog(qtbot, window, number)
    dialog.load(folder)
    idle(qtbot, dialog)
    assert "4 already in this case" in dialog.ui.matchLabel.text()
    imported = [r for r in range(9)
                if not dialog.ui.messagesTable.item(r, 0).flags() & Qt.ItemFlag.ItemIsEnabled]
    assert len(imported) == 4
    assert dialog.import_button.text() == "&Import 5 messages"
    dialog.reject()


def test_kakaotalk_needs_its_time_zone_before_import(qtbot, window, store_dir, sample_cases,
                                                     tmp_path):
    number = sample_cases["Willow"]
    path = tmp_path / "KakaoTalk_Chat.txt"
    path.write_text(ex.kakao_text("android_ko"), encoding="utf-8")
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, window, number)
    dialog.load(path)
    idle(qtbot, dialog)
    assert dialog.ui.zoneCombo.isEnabled()
    assert "local times only" in dialog.ui.zoneHint.text()
    dialog.ui.zoneCombo.setEditText("")
    assert not dialog.import_button.isEnabled()
    dialog.ui.zoneCombo.setEditText("")
    type_text(qtbot, dialog.ui.zoneCombo.lineEdit(), "Asia/Seoul")
    type_text(qtbot, dialog.ui.textEdit, "경찰")
    idle(qtbot, dialog)
    assert dialog.ui.messagesTable.rowCount() == 1
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=30_000)
    items, _ = evidence_of(store_dir, number)
    assert [i.description for i in items if i.kind.value == "chat_log"] == ["경찰에 신고할게요"]
    assert items[-1].captured_tz == "Asia/Seoul"


@pytest.mark.parametrize("content", [b"{\"name\": \"x\", \"messages\": [{\"id\": 1,",
                                     b"hello there\n"])
def test_damaged_or_foreign_files_are_refused_in_the_dialog(qtbot, window, store_dir,
                                                            sample_cases, tmp_path, content):
    number = sample_cases["Willow"]
    path = tmp_path / "result.json"
    path.write_bytes(content)
    before, _ = evidence_of(store_dir, number)
    unlock(qtbot, window)
    dialog = open_dialog(qtbot, window, number)
    dialog.load(path)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                and w.objectName() == "chatImportRefused"
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
               and w.objectName() == "chatImportRefused" and w.isVisible())
    assert "ends too early" in box.text() or "not a chat export" in box.text()
    box.accept()
    assert not dialog.import_button.isEnabled() and dialog.preview is None
    after, _ = evidence_of(store_dir, number)
    assert [i.id for i in after] == [i.id for i in before]
    dialog.reject()
