"""The police report from the Reports section: the dialog's choices follow the victim's
consent, the report is built in a worker and lands as a PDF with its registry row (SHA-256
of the file as written), and "Check a copy" tells a registered report from an altered one."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from caseapp.gui import ops
from tests.conftest import sign_as
from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import consent, message_boxes, open_section


def dialog_of(cls):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls)
                 and w.isVisible()), None)


def test_police_report_is_built_in_a_worker_and_registered(qtbot, store_dir, sample_cases,
                                                          tmp_path, window):
    from caseapp.gui.reports.police_report_dialog import PoliceReportDialog
    from caseapp.services import reports

    number = sample_cases["푸른별"]
    consent(store_dir, number, "police")
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "reports")
    assert tab.ui.reportTable.rowCount() == 0

    qtbot.mouseClick(tab.ui.createButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(PoliceReportDialog)
    assert dialog.ui.identityCheck.isEnabled() and dialog.ui.identityCheck.isChecked()
    assert not dialog.ui.thumbnailsCheck.isChecked()
    target = tmp_path / "보고서 for police.pdf"
    dialog.ui.fileEdit.clear()
    type_text(qtbot, dialog.ui.fileEdit, str(target))
    type_text(qtbot, dialog.ui.addressedEdit, "Mapo Police Station, Cyber Crime Unit")
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Create report"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert ops.busy()  # the build runs on the worker; the window keeps going
    qtbot.waitUntil(lambda: bool(message_boxes("writtenMessage")), timeout=60_000)

    assert target.read_bytes().startswith(b"%PDF")
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    box = message_boxes("writtenMessage")[0]
    assert digest in box.text()
    box.done(0)
    qtbot.waitUntil(lambda: tab.ui.reportTable.rowCount() == 1, timeout=10_000)
    row = [tab.ui.reportTable.item(0, c).text() for c in range(7)]
    assert row[0] == f"RPT-{number}-01"
    assert row[5] == "identity"
    assert row[6] == digest
    check = open_vault(store_dir)
    try:
        [record] = reports.list_reports(check, number)
    finally:
        check.close()
    assert record.sha256 == digest
    assert record.options["addressed_to"] == "Mapo Police Station, Cyber Crime Unit"


def test_without_police_consent_identity_and_thumbnails_cannot_be_chosen(
        qtbot, sample_cases, unlocked):
    from caseapp.gui.reports.police_report_dialog import PoliceReportDialog

    _editor, tab = open_section(qtbot, unlocked, sample_cases["Willow"], "reports")
    qtbot.mouseClick(tab.ui.createButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(PoliceReportDialog)
    assert not dialog.ui.identityCheck.isEnabled()
    assert not dialog.ui.thumbnailsCheck.isEnabled()
    assert not dialog.options()["include_identity"]
    assert "has not given consent to share with police" in dialog.ui.consentLabel.text()
    type_text(qtbot, dialog.ui.passwordEdit, "secret one")
    type_text(qtbot, dialog.ui.repeatEdit, "secret two")
    assert "not the same" in dialog.ui.problemLabel.text()
    assert not dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_check_a_copy_tells_a_registered_report_from_an_altered_one(
        qtbot, store_dir, sample_cases, tmp_path, window, monkeypatch):
    from caseapp.gui import file_dialogs
    from caseapp.services import reports

    number = sample_cases["바람"]
    consent(store_dir, number, "police")
    vault = open_vault(store_dir)
    try:
        sign_as(vault)
        record = reports.build_police_report(vault, number, tmp_path / "r.pdf", lang="en")
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "reports")
    assert tab.ui.reportTable.item(0, 0).text() == record.report_id
    chosen = [tmp_path / "r.pdf"]
    monkeypatch.setattr(file_dialogs, "ask_open_paths", lambda *a: chosen)
    qtbot.mouseClick(tab.ui.checkCopyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("copyCheck")), timeout=10_000)
    box = message_boxes("copyCheck")[0]
    assert f"is report {record.report_id} of case {number}" in box.text()
    box.done(0)

    altered = tmp_path / "altered.pdf"
    altered.write_bytes((tmp_path / "r.pdf").read_bytes() + b"\n%changed\n")
    chosen[:] = [altered]
    qtbot.waitUntil(lambda: not message_boxes("copyCheck"), timeout=5000)
    qtbot.mouseClick(tab.ui.checkCopyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("copyCheck")), timeout=10_000)
    assert "is not a report registered" in message_boxes("copyCheck")[0].text()
    message_boxes("copyCheck")[0].done(0)


def test_a_weak_pdf_password_is_refused_and_a_generated_one_is_shown_once(
        qtbot, store_dir, sample_cases, tmp_path, window):
    import pikepdf

    from caseapp.gui.reports.police_report_dialog import PoliceReportDialog

    number = sample_cases["푸른별"]
    consent(store_dir, number, "police")
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "reports")
    qtbot.mouseClick(tab.ui.createButton, Qt.MouseButton.LeftButton)
    dialog = dialog_of(PoliceReportDialog)
    target = tmp_path / "locked.pdf"
    dialog.ui.fileEdit.clear()
    type_text(qtbot, dialog.ui.fileEdit, str(target))
    type_text(qtbot, dialog.ui.passwordEdit, "1234")
    type_text(qtbot, dialog.ui.repeatEdit, "1234")
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "too easy to guess" in dialog.ui.problemLabel.text()
    assert not target.exists() and dialog.isVisible() and not dialog._busy

    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    password = dialog.ui.passwordEdit.text()
    assert len(password) >= 10 and dialog.ui.repeatEdit.text() == password
    assert dialog.ui.passwordEdit.echoMode() == dialog.ui.passwordEdit.EchoMode.Normal
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("writtenMessage")), timeout=60_000)
    box = message_boxes("writtenMessage")[0]
    assert password in box.text()
    box.done(0)
    with pikepdf.open(target, password=password) as pdf:
        assert pdf.encryption.R == 6
