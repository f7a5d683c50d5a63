"""Every written document can be opened right away (in the system viewer, to read or
print it) or its folder: the address asked for is checked through an injected opener, so no
viewer starts in the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import consent, message_boxes, open_section
from tests.gui.takedowns.test_takedowns_tab import LINK, visible_dialog


@pytest.fixture
def opened():
    from caseapp.gui import written_files

    asked: list[QUrl] = []
    previous = written_files.set_opener(lambda url: asked.append(url) or True)
    yield asked
    written_files.set_opener(previous)


def _click(qtbot, name: str, button: str) -> None:
    qtbot.waitUntil(lambda: bool(message_boxes(name)), timeout=60_000)
    box = message_boxes(name)[0]
    chosen = next(b for b in box.buttons() if b.objectName() == button)
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)


def test_a_police_report_opens_right_after_it_is_written(qtbot, store_dir, sample_cases,
                                                         tmp_path, window, opened):
    from caseapp.gui.reports.police_report_dialog import PoliceReportDialog

    number = sample_cases["푸른별"]
    consent(store_dir, number, "police")
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "reports")
    qtbot.mouseClick(tab.ui.createButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(PoliceReportDialog)
    target = tmp_path / "report.pdf"
    dialog.ui.fileEdit.clear()
    type_text(qtbot, dialog.ui.fileEdit, str(target))
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    _click(qtbot, "writtenMessage", "openFileButton")
    assert [Path(u.toLocalFile()) for u in opened] == [target]


def test_a_letter_opens_and_its_folder_too(qtbot, store_dir, sample_cases, tmp_path, window,
                                           opened, monkeypatch):
    from caseapp.gui import file_dialogs
    from caseapp.gui.takedowns.dialogs import LetterDialog
    from caseapp.services import evidence, takedowns

    number = sample_cases["푸른별"]
    consent(store_dir, number, "takedown")
    vault = open_vault(store_dir)
    try:
        evidence.add_url_evidence(vault, number, LINK)
        takedowns.create_request(vault, number, LINK, "telegram")
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "takedowns")
    tab.ui.requestTable.setCurrentCell(0, 0)
    qtbot.mouseClick(tab.ui.letterButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(LetterDialog)
    qtbot.waitUntil(lambda: dialog.ui.copyButton.isEnabled(), timeout=10_000)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a: target)
    qtbot.mouseClick(dialog.ui.savePdfButton, Qt.MouseButton.LeftButton)
    _click(qtbot, "writtenMessage", "openFileButton")
    qtbot.mouseClick(dialog.ui.savePdfButton, Qt.MouseButton.LeftButton)
    _click(qtbot, "writtenMessage", "openFolderButton")
    assert [Path(u.toLocalFile()) for u in opened] == [target, tmp_path]
    dialog.reject()


def test_the_recovery_kit_opens_to_be_printed(qtbot, tmp_path, opened, monkeypatch):
    from caseapp.gui import file_dialogs
    from caseapp.gui.setup.recovery_kit_panel import RecoveryKitPanel
    from caseapp.services import vault as vault_service
    from tests.conftest import FAST_KDF, PASSPHRASE

    folder = tmp_path / "kit store"
    folder.mkdir()
    created = vault_service.create_store(folder, PASSPHRASE, organisation="Test Centre",
                                         params=FAST_KDF, allow_weak_kdf=True)
    vault = created.vault
    try:
        panel = RecoveryKitPanel()
        qtbot.addWidget(panel)
        target = tmp_path / "kit.pdf"
        monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a: target)
        panel.show_code(vault, created.recovery_code, created.kit_text)
        with qtbot.waitSignal(panel.saved, timeout=30_000):
            qtbot.mouseClick(panel.ui.saveButton, Qt.MouseButton.LeftButton)
        assert "Open it to print" in panel.ui.savedLabel.text()
        panel.ui.savedLabel.linkActivated.emit("open")
        assert [Path(u.toLocalFile()) for u in opened] == [target]
    finally:
        vault.close()
