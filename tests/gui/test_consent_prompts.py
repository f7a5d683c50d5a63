"""Consent asked for where the work is, driven like a counsellor: before the first file of a
case without consent to keep copies (record it now, keep hashes only, or cancel); a blocked
action offering to record the consent right there and carrying on with the same selection;
and a withdrawal of consent to keep copies that names the files it removes first.

With CASEAPP_SHOTS=DIR the prompts are also saved as PNGs (both languages) for people to
look at; that is not part of pass/fail."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from caseapp.gui import ops
from tests.gui.conftest import open_vault
from tests.gui.evidence.test_evidence_tab import (
    answer_copies_prompt,
    consent,
    drop_files,
    evidence_files,  # noqa: F401 - a fixture
    message_boxes,
    open_section,
)


def shot(widget, name: str) -> None:
    folder = os.environ.get("CASEAPP_SHOTS")
    if folder:
        from caseapp.gui import language

        target = Path(folder) / f"{language.current()}-{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        widget.grab().save(str(target))


def record_dialog():
    from caseapp.gui.consent_prompt import RecordConsentDialog

    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, RecordConsentDialog) and w.isVisible()), None)


def stored_items(store_dir: Path, number: str):
    from caseapp.services import evidence

    vault = open_vault(store_dir)
    try:
        return evidence.list_evidence(vault, number)
    finally:
        vault.close()


def test_cancel_stores_nothing_and_hashes_only_is_marked(qtbot, store_dir, sample_cases,
                                                         evidence_files, unlocked):  # noqa: F811
    number = sample_cases["바람"]
    _editor, tab = open_section(qtbot, unlocked, number, "evidence")
    drop_files(tab, [evidence_files["one"], evidence_files["two"]])
    box = message_boxes("copiesConsentPrompt")[0]
    assert "has not consented to copies" in box.text()
    shot(box, "copies-consent-prompt")
    answer_copies_prompt(qtbot, "Cancel")
    assert not ops.busy() and tab.model.rowCount() == 0
    assert stored_items(store_dir, number) == []

    drop_files(tab, [evidence_files["one"]])
    answer_copies_prompt(qtbot, "hashOnlyButton")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
    assert tab.model.index(0, 3).data().endswith("[hashes only]")
    [item] = stored_items(store_dir, number)
    assert item.hash_only


def test_record_consent_now_then_the_files_are_kept(qtbot, store_dir, sample_cases,
                                                    evidence_files, unlocked):  # noqa: F811
    number = sample_cases["바람"]
    editor, tab = open_section(qtbot, unlocked, number, "evidence")
    drop_files(tab, [evidence_files["one"]])
    answer_copies_prompt(qtbot, "recordConsentButton")
    qtbot.waitUntil(lambda: record_dialog() is not None, timeout=5000)
    dialog = record_dialog()
    assert dialog.ui.scopeLabel.text() == "keep copies of images"
    shot(dialog, "record-consent-dialog")
    dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("written"))
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
    assert editor.ui.sections.currentWidget() is tab       # the counsellor stayed put
    [item] = stored_items(store_dir, number)
    assert item.content_kept


def test_a_blocked_package_offers_to_record_consent_and_keeps_the_selection(
        qtbot, store_dir, sample_cases, evidence_files, tmp_path, window,  # noqa: F811
        monkeypatch):
    from caseapp.gui import file_dialogs
    from caseapp.services import evidence
    from tests.gui.conftest import unlock

    number = sample_cases["바람"]
    consent(store_dir, number, "copies")
    vault = open_vault(store_dir)
    try:
        first = evidence.ingest_file(vault, number, evidence_files["one"]).item
        evidence.ingest_file(vault, number, evidence_files["two"])
    finally:
        vault.close()
    unlock(qtbot, window)
    editor, tab = open_section(qtbot, window, number, "evidence")
    tab.select_ids([first.id])
    target = tmp_path / "package.zip"
    monkeypatch.setattr(file_dialogs, "ask_save_path", lambda *a: target)

    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    box = message_boxes("consentNeeded")[0]
    assert "share with police" in box.text()
    shot(box, "consent-needed-offer")
    record = next(b for b in box.buttons() if b.objectName() == "recordConsentButton")
    qtbot.mouseClick(record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record_dialog() is not None, timeout=5000)
    dialog = record_dialog()
    assert dialog.ui.scopeLabel.text() == "share with police"
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("writtenMessage")), timeout=30_000)
    assert target.exists()
    message_boxes("writtenMessage")[0].done(0)
    assert editor.ui.sections.currentWidget() is tab
    assert tab.selected_ids() == [first.id]


def test_withdrawing_copies_names_the_files_and_removes_them_only_when_confirmed(
        qtbot, store_dir, sample_cases, evidence_files, window):  # noqa: F811
    from caseapp.services import evidence
    from tests.gui.conftest import unlock

    number = sample_cases["바람"]
    consent(store_dir, number, "copies")
    vault = open_vault(store_dir)
    try:
        item = evidence.ingest_file(vault, number, evidence_files["one"]).item
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "consent")
    tab.ui.scopeCombo.setCurrentIndex(tab.ui.scopeCombo.findData("copies"))
    tab.ui.withdrawRadio.setChecked(True)

    qtbot.mouseClick(tab.ui.recordButton, Qt.MouseButton.LeftButton)
    box = message_boxes("copiesWithdrawalPrompt")[0]
    assert item.code in box.text() and "cannot be undone" in box.text()
    shot(box, "copies-withdrawal-confirmation")
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not message_boxes("copiesWithdrawalPrompt"), timeout=5000)
    assert stored_items(store_dir, number)[0].content_kept

    qtbot.mouseClick(tab.ui.recordButton, Qt.MouseButton.LeftButton)
    box = message_boxes("copiesWithdrawalPrompt")[0]
    remove = next(b for b in box.buttons() if b.objectName() == "removeFilesButton")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored_items(store_dir, number)[0].hash_only, timeout=20_000)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_prompt_speaks_the_counsellors_language(qtbot, store_dir, sample_cases,
                                                      evidence_files, unlocked, lang):  # noqa: F811
    from caseapp.errors import ConsentMissing
    from caseapp.gui import consent_prompt, language

    language.apply(lang)
    try:
        number = sample_cases["바람"]
        _editor, tab = open_section(qtbot, unlocked, number, "evidence")
        drop_files(tab, [evidence_files["one"], evidence_files["two"]])
        box = message_boxes("copiesConsentPrompt")[0]
        assert ("사본 보관" in box.text()) is (lang == "ko")
        shot(box, "copies-consent-prompt")
        answer_copies_prompt(qtbot, "Cancel")

        withdrawal = consent_prompt.confirm_copies_withdrawal(
            tab, [f"E-{number}-001", f"E-{number}-002"], lambda: None)
        assert withdrawal is not None and f"E-{number}-002" in withdrawal.text()
        assert ("되돌릴 수 없습니다" in withdrawal.text()) is (lang == "ko")
        shot(withdrawal, "copies-withdrawal-confirmation")
        withdrawal.done(0)

        from caseapp.domain.consent import ConsentScope
        from caseapp.domain.fields import FieldName

        missing = ConsentMissing("Case {number}: the victim has not given consent to {scope}. "
                                 "Record their consent first.", number=number,
                                 scope=FieldName(ConsentScope.POLICE.msgid))
        missing.scope = "police"
        offer = consent_prompt.offer_consent(tab, tab.context, missing, retry=lambda: None)
        assert offer is not None and ("동의" in offer.text()) is (lang == "ko")
        shot(offer, "consent-needed-offer")
        offer.done(0)

        dialog = consent_prompt.record_consent_here(
            tab, tab.context, "copies", tab.tr("The files are added once the consent is recorded."),
            lambda: None)
        assert ("동의" in dialog.windowTitle()) is (lang == "ko")
        shot(dialog, "record-consent-dialog")
        dialog.reject()
    finally:
        language.apply("en")


def test_a_report_without_police_consent_offers_consent_or_an_internal_draft(
        qtbot, store_dir, sample_cases, tmp_path, unlocked):
    from caseapp.gui.reports.police_report_dialog import PoliceReportDialog
    from caseapp.services import reports
    from tests.gui.conftest import type_text

    number = sample_cases["바람"]
    _editor, tab = open_section(qtbot, unlocked, number, "reports")
    qtbot.mouseClick(tab.ui.createButton, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PoliceReportDialog) and w.isVisible())
    assert "internal draft" in dialog.ui.consentLabel.text()
    target = tmp_path / "draft.pdf"
    dialog.ui.fileEdit.clear()
    type_text(qtbot, dialog.ui.fileEdit, str(target))
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("consentNeeded")), timeout=20_000)
    box = message_boxes("consentNeeded")[0]
    assert "share with police" in box.text() and not target.exists()
    draft = next(b for b in box.buttons() if b.objectName() == "extraButton")
    assert draft.text() == "Build an internal draft"
    qtbot.mouseClick(draft, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("writtenMessage")), timeout=60_000)
    message_boxes("writtenMessage")[0].done(0)
    vault = open_vault(store_dir)
    try:
        [record] = reports.list_reports(vault, number)
    finally:
        vault.close()
    assert record.report_id.startswith("DRF-") and record.options["internal_draft"]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_store_key_is_shown_as_text_qr_code_and_fingerprint(qtbot, store_dir, unlocked,
                                                                lang):
    from caseapp.gui import language
    from caseapp.gui.handover.store_key_dialog import StoreKeyDialog
    from caseapp.services import store_key

    language.apply(lang)
    try:
        action = unlocked.work_actions.store_key_action
        assert action.isEnabled()
        action.trigger()
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, StoreKeyDialog) and w.isVisible())
        qtbot.waitUntil(lambda: bool(dialog.ui.keyEdit.text()), timeout=10_000)
        key = store_key.public_key(unlocked.session.vault)
        assert dialog.ui.keyEdit.text() == key.text
        assert dialog.ui.fingerprintLabel.text() == key.fingerprint
        pixmap = dialog.ui.qrLabel.pixmap()
        assert pixmap is not None and pixmap.width() >= 150
        assert ("키" in dialog.ui.explanation.text()) is (lang == "ko")
        qtbot.mouseClick(dialog.ui.copyButton, Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().text() == key.text
        shot(dialog, "store-key")
        dialog.reject()
    finally:
        language.apply("en")
