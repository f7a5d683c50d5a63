"""Takedowns driven like a counsellor: a request made from selected evidence in two clicks,
its letter previewed, copied and saved, its status recorded through to removed with a
reference number, the Follow-ups queue following along, a double-click in the queue opening
the case at the request, and a re-upload linked into the same chain."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from caseapp.gui import ops
from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import click_row, consent, message_boxes, open_section

LINK = "https://t.me/riverside_room/4521"


@pytest.fixture
def case_with_link(store_dir: Path, sample_cases: dict[str, str]) -> str:
    from caseapp.domain.evidence import EvidenceDraft
    from caseapp.services import evidence

    number = sample_cases["푸른별"]
    consent(store_dir, number, "takedown")
    vault = open_vault(store_dir)
    try:
        evidence.add_url_evidence(vault, number, LINK, draft=EvidenceDraft(
            description="합성 사진 게시물"))
    finally:
        vault.close()
    return number


def visible_dialog(cls):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls)
                 and w.isVisible()), None)


def ok_button(dialog):
    return dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)


def queue_rows(view) -> list[tuple[str, str, str]]:
    """(group, request code, follow-up) of each row the Follow-ups view shows."""
    found = []
    tree = view.ui.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            child = group.child(c)
            found.append((group.text(0).split(" (")[0], child.text(2), child.text(3)))
    return found


def show_followups(qtbot, window):
    view = window.work_actions.followups
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.work_actions.followups_action.trigger()
    return view


def record_status(qtbot, tab, status: str, reference: str = "", verified: bool = False):
    from caseapp.gui.takedowns.dialogs import StatusDialog

    qtbot.mouseClick(tab.ui.statusButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(StatusDialog)
    assert dialog is not None
    dialog.choose(status)
    if reference:
        dialog.ui.referenceEdit.clear()
        type_text(qtbot, dialog.ui.referenceEdit, reference)
    if verified:
        dialog.ui.verifiedCheck.setChecked(True)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)


def test_request_from_evidence_in_two_clicks_then_through_to_removed_with_the_queue(
        qtbot, store_dir, case_with_link, window):
    from caseapp.gui.takedowns.dialogs import NewTakedownDialog
    from caseapp.services import takedowns

    unlock(qtbot, window)
    editor, evidence_tab = open_section(qtbot, window, case_with_link, "evidence")
    click_row(qtbot, evidence_tab.ui.evidenceTable, 0)

    qtbot.mouseClick(evidence_tab.ui.takedownButton, Qt.MouseButton.LeftButton)  # click 1
    dialog = visible_dialog(NewTakedownDialog)
    assert dialog.ui.targetCombo.currentText() == LINK
    assert dialog.recipient().key == "telegram"
    assert "t.me links" in dialog.ui.guidanceLabel.text()
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # click 2

    tab = editor.tab("takedowns")
    qtbot.waitUntil(lambda: editor.ui.sections.currentWidget() is tab, timeout=10_000)
    request = tab.selected_request()
    assert request is not None and request.target == LINK
    assert request.recipient_name == "Telegram"
    code = request.code
    assert tab.ui.requestTable.item(0, 3).text() == "Draft"
    evidence_codes = [e.code for e in takedowns.evidence_of(window.session.vault, request.id)]
    assert evidence_codes == [evidence_tab.model.items[0].code]

    view = show_followups(qtbot, window)
    assert (code, "Send the request") in [(c, f) for _g, c, f in queue_rows(view)]

    workspace = window.workspace
    workspace.setCurrentWidget(editor)
    record_status(qtbot, tab, "submitted", reference="TG-48213")
    assert tab.selected_request().status.value == "submitted"
    assert tab.ui.requestTable.item(0, 5).text() == "TG-48213"
    history = [(tab.ui.historyTable.item(r, 1).text(), tab.ui.historyTable.item(r, 2).text())
               for r in range(tab.ui.historyTable.rowCount())]
    assert history == [("Submitted", "TG-48213"), ("Draft", "")]

    view = show_followups(qtbot, window)
    rows = [(g, f) for g, c, f in queue_rows(view) if c == code]
    assert rows == [("Upcoming", "Check whether it is still online")]

    workspace.setCurrentWidget(editor)
    record_status(qtbot, tab, "removed", verified=True)
    assert tab.selected_request().status.value == "removed"
    assert tab.selected_request().removal_verified_at is not None
    assert tab.ui.reuploadButton.isEnabled()

    view = show_followups(qtbot, window)
    rows = [(g, f) for g, c, f in queue_rows(view) if c == code]
    assert rows == [("Upcoming", "Re-check for re-uploads")] * 2

    # a double-click in the queue opens the case at that request
    workspace.setCurrentWidget(workspace.case_list)
    item = next(i for i in view.row_items() if i.text(2) == code)
    view.ui.tree.itemDoubleClicked.emit(item, 0)
    assert workspace.current_editor() is editor
    assert editor.ui.sections.currentWidget() is tab
    assert tab.selected_request().code == code


def test_letter_preview_copy_and_pdf(qtbot, store_dir, case_with_link, tmp_path, window,
                                     monkeypatch):
    from caseapp.gui import file_dialogs
    from caseapp.gui.takedowns.dialogs import LetterDialog
    from caseapp.services import takedowns

    vault = open_vault(store_dir)
    try:
        takedowns.create_request(vault, case_with_link, LINK, "telegram")
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, case_with_link, "takedowns")
    tab.ui.requestTable.setCurrentCell(0, 0)
    qtbot.mouseClick(tab.ui.letterButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(LetterDialog)
    qtbot.waitUntil(lambda: dialog.ui.copyButton.isEnabled(), timeout=10_000)
    text = dialog.ui.previewEdit.toPlainText()
    assert LINK in text
    assert "홍길동" not in text  # the victim is not named unless asked

    qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text

    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a: target)
    qtbot.mouseClick(dialog.ui.savePdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("writtenMessage")), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    message_boxes("writtenMessage")[0].done(0)
    dialog.reject()
    QApplication.clipboard().clear()


def test_found_again_links_a_reupload_into_the_chain(qtbot, store_dir, case_with_link,
                                                    window):
    from caseapp.gui.takedowns.dialogs import ReuploadDialog
    from caseapp.services import takedowns

    vault = open_vault(store_dir)
    try:
        first = takedowns.create_request(vault, case_with_link, LINK, "telegram")
        takedowns.set_status(vault, first.id, "submitted")
        takedowns.set_status(vault, first.id, "removed")
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, case_with_link, "takedowns")
    tab.select_request(first.id)
    assert tab.ui.verifyRemovalButton.isEnabled()
    qtbot.mouseClick(tab.ui.verifyRemovalButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.selected_request().removal_verified_at is not None,
                    timeout=10_000)

    qtbot.mouseClick(tab.ui.reuploadButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(ReuploadDialog)
    dialog.ui.urlEdit.clear()
    type_text(qtbot, dialog.ui.urlEdit, "https://t.me/riverside_room2/77")
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.requests) == 2, timeout=10_000)
    new = tab.selected_request()
    assert new.target == "https://t.me/riverside_room2/77"
    chain = [(tab.ui.chainTable.item(r, 0).text(), tab.ui.chainTable.item(r, 1).text())
             for r in range(tab.ui.chainTable.rowCount())]
    assert chain == [(first.code, "First request"), (new.code, "Re-upload")]


def test_without_takedown_consent_the_form_says_so_and_creates_nothing(
        qtbot, store_dir, sample_cases, window):
    from caseapp.domain.evidence import EvidenceDraft
    from caseapp.gui.takedowns.dialogs import NewTakedownDialog
    from caseapp.services import evidence, takedowns

    number = sample_cases["Willow"]
    vault = open_vault(store_dir)
    try:
        evidence.add_url_evidence(vault, number, "https://x.com/someone/status/123",
                                  draft=EvidenceDraft())
    finally:
        vault.close()
    unlock(qtbot, window)
    editor, evidence_tab = open_section(qtbot, window, number, "evidence")
    click_row(qtbot, evidence_tab.ui.evidenceTable, 0)
    qtbot.mouseClick(evidence_tab.ui.takedownButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(NewTakedownDialog)
    assert dialog.recipient().key == "x"
    assert "has not given consent" in dialog.ui.consentLabel.text()
    assert not ok_button(dialog).isEnabled()
    dialog.reject()
    assert takedowns.list_requests(window.session.vault, number) == []
    assert not editor.tab("takedowns").ui.newButton.isEnabled()


def test_missing_takedown_consent_is_recorded_from_the_form_keeping_what_was_entered(
        qtbot, store_dir, sample_cases, window):
    from caseapp.domain.evidence import EvidenceDraft
    from caseapp.gui.consent_prompt import RecordConsentDialog
    from caseapp.gui.takedowns.dialogs import NewTakedownDialog
    from caseapp.services import cases, evidence, takedowns

    number = sample_cases["Willow"]
    vault = open_vault(store_dir)
    try:
        evidence.add_url_evidence(vault, number, "https://x.com/someone/status/123",
                                  draft=EvidenceDraft())
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, evidence_tab = open_section(qtbot, window, number, "evidence")
    click_row(qtbot, evidence_tab.ui.evidenceTable, 0)
    qtbot.mouseClick(evidence_tab.ui.takedownButton, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(NewTakedownDialog)
    assert dialog.ui.recordConsentButton.isVisible()
    type_text(qtbot, dialog.ui.descriptionEdit, "합성 사진 게시물")
    type_text(qtbot, dialog.ui.keywordsEdit, "deepfake school")
    live = window.session.vault

    # asked, then cancelled: nothing recorded, the form still says why it cannot go
    qtbot.mouseClick(dialog.ui.recordConsentButton, Qt.MouseButton.LeftButton)
    asked = visible_dialog(RecordConsentDialog)
    assert "has not given consent" in asked.ui.explanation.text()
    asked.reject()
    qtbot.waitUntil(lambda: not ops.busy())
    assert not cases.has_consent(live, number, "takedown")
    assert not ok_button(dialog).isEnabled() and dialog.ui.consentLabel.isVisible()

    qtbot.mouseClick(dialog.ui.recordConsentButton, Qt.MouseButton.LeftButton)
    asked = visible_dialog(RecordConsentDialog)
    qtbot.mouseClick(asked.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy() and ok_button(dialog).isEnabled())
    assert cases.has_consent(live, number, "takedown")
    assert not dialog.ui.consentLabel.isVisible()
    assert not dialog.ui.recordConsentButton.isVisible()
    # what was typed before is still there, and goes into the request
    assert dialog.ui.descriptionEdit.toPlainText() == "합성 사진 게시물"
    assert dialog.ui.keywordsEdit.text() == "deepfake school"
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy() and bool(takedowns.list_requests(live, number)))
    [request] = takedowns.list_requests(live, number)
    assert request.target == "https://x.com/someone/status/123"
    assert request.description == "합성 사진 게시물"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_takedown_consent_offer_speaks_the_counsellors_language(
        qtbot, store_dir, sample_cases, window, lang):
    """With CASEAPP_SHOTS=DIR the form is saved as a PNG to look at (not pass/fail)."""
    from caseapp.domain.evidence import EvidenceDraft
    from caseapp.gui import language
    from caseapp.gui.takedowns.dialogs import NewTakedownDialog
    from caseapp.services import evidence
    from tests.gui.test_consent_prompts import shot

    number = sample_cases["Willow"]
    vault = open_vault(store_dir)
    try:
        evidence.add_url_evidence(vault, number, "https://x.com/someone/status/123",
                                  draft=EvidenceDraft())
    finally:
        vault.close()
    language.apply(lang)
    try:
        unlock(qtbot, window)
        _editor, evidence_tab = open_section(qtbot, window, number, "evidence")
        click_row(qtbot, evidence_tab.ui.evidenceTable, 0)
        evidence_tab.request_takedown()
        dialog = visible_dialog(NewTakedownDialog)
        qtbot.waitUntil(lambda: not ops.busy())
        expected = {"ko": "지금 동의 기록", "en": "Record consent now"}[lang]
        assert dialog.ui.recordConsentButton.text().replace("&", "").startswith(expected)
        assert dialog.ui.consentLabel.isVisible()
        shot(dialog, "takedown-consent-missing")
        dialog.reject()
    finally:
        language.apply("en")
