"""Every window and dialog of the first part of the app, built on a real store, for tests
that walk them all (translations, accessible names, clipping at high scaling)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import FAST_KDF, PASSPHRASE


def wait_until(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        QApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready")
        time.sleep(0.01)


def all_windows(data_dir: Path, scratch: Path) -> Iterator[tuple[str, QWidget]]:
    """Yield (name, top-level widget) one at a time; each is closed after the caller is done
    with it. ``data_dir`` holds a store with cases (PASSPHRASE), ``scratch`` is empty."""
    from caseapp.errors import BadInput
    from caseapp.gui import ops
    from caseapp.gui.cases.new_case_dialog import NewCaseDialog
    from caseapp.gui.error_dialog import ErrorReportDialog, show_error
    from caseapp.gui.lock.recovery_dialog import RecoveryDialog
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.preferences import Preferences
    from caseapp.gui.settings.settings_dialog import ChangePassphraseDialog, SettingsDialog
    from caseapp.gui.setup.recovery_kit_dialog import RecoveryKitDialog
    from caseapp.gui.setup.wizard import Created, SetupWizard
    from caseapp.i18n import N_
    from caseapp.services import cases
    from caseapp.services import vault as vault_service

    wizard = SetupWizard(scratch / "wizard", Preferences(), kdf_params=FAST_KDF)
    wizard.show()
    for page_id in wizard.pageIds():
        if page_id == 4:
            new = vault_service.create_store(scratch / "kit", PASSPHRASE, actor="a",
                                             params=FAST_KDF, allow_weak_kdf=True)
            wizard.created = Created(new.vault, cases.add_counsellor(new.vault, "a"),
                                     new.recovery_code, new.kit_text, True)
        if page_id:
            wizard.next()
        yield f"wizard page {page_id}", wizard
    wizard.created = None
    wizard.hide()
    new.vault.close()

    prefs = Preferences.load(data_dir)
    window = MainWindow(data_dir, prefs)
    window.resize(1180, 760)  # a laptop screen's worth, as make screenshots uses
    window.show()
    wait_until(lambda: not ops.busy())
    try:
        yield "unlock screen", window
        yield from opened_by(lambda: window.open_restore(), "restore (locked)")
        recovery = RecoveryDialog(data_dir, "x", window)
        recovery.show()
        yield "recovery dialog", recovery
        recovery.close()
        window.unlock_screen.ui.switchProfileButton.setChecked(True)
        window.unlock_screen.ui.passphraseEdit.setText(PASSPHRASE)
        window.unlock_screen.unlock_with_passphrase()
        wait_until(lambda: window._picker is not None)
        yield "profile picker", window
        window._picker._choose()
        wait_until(lambda: window.is_unlocked and not ops.busy())
        yield "case list", window
        editor = window.workspace.open_case(window.workspace.case_list.model.case_at(0).id)
        for index in range(editor.ui.sections.count()):
            editor.ui.sections.setCurrentIndex(index)
            yield f"case tab {index}", window
        identity = editor.tab("identity")
        editor.ui.sections.setCurrentWidget(identity)
        identity.reveal()
        wait_until(lambda: identity.revealed)
        yield "identity shown", window
        yield from work_area_windows(window, editor, scratch)
        for dialog_type in (NewCaseDialog, SettingsDialog, ChangePassphraseDialog):
            dialog = dialog_type(window.session, window)
            dialog.show()
            wait_until(lambda: not ops.busy())
            if isinstance(dialog, SettingsDialog):
                for index in range(dialog.ui.pages.count()):
                    dialog.ui.pages.setCurrentIndex(index)
                    yield f"settings page {index}", dialog
            else:
                yield type(dialog).__name__, dialog
            dialog.done(0)
            dialog.deleteLater()
        kit = RecoveryKitDialog(window.session.vault, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
                                "", window)
        kit.show()
        yield "recovery kit dialog", kit
        kit.ui.panel._saved_to = Path("saved")
        kit.done(0)
        box = show_error(window, BadInput(N_("Birth year {year} is in the future."), year=2099))
        yield "error message", box
        box.done(0)
        try:
            raise KeyError("x")
        except KeyError as exc:
            from caseapp.gui.error_dialog import redacted_report

            report = ErrorReportDialog(redacted_report(exc), window)
        report.show()
        yield "error report", report
        report.close()
        from PySide6.QtWidgets import QFileDialog

        files = QFileDialog(window, "…", str(scratch))  # Qt's own dialog, as a counsellor sees it
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.show()
        yield "Qt file dialog", files
        files.done(0)
        files.deleteLater()
    finally:  # a step that failed must not leave the window to later tests
        for other in QApplication.topLevelWidgets():
            if other is not window and other.isVisible():
                other.close()
        window._quitting = True
        window.close()
        window.deleteLater()
        _delete_now()


def _delete_now() -> None:
    """Windows closed by the walk go now, not at some later event loop turn (a language
    change sent to a half-gone dialog would reach Python without its form)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _visible_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def opened_by(action: Any, name: str) -> Iterator[tuple[str, QWidget]]:
    """Call ``action`` (what a button or menu item calls) and yield every window it opens,
    whatever its class, then close it: so a dialog added later is walked without naming it
    here."""
    from caseapp.gui import ops

    before = _visible_windows()
    action()
    wait_until(lambda: not ops.busy())
    QApplication.processEvents()
    new = [w for w in QApplication.topLevelWidgets()
           if w.isVisible() and id(w) not in before]
    for index, found in enumerate(new):
        yield (name if len(new) == 1 else f"{name} ({index + 1})"), found
    for found in reversed(new):
        if hasattr(found, "done"):
            found.done(0)
        else:
            found.close()
        found.deleteLater()
    _delete_now()


def work_area_windows(window: Any, editor: Any, scratch: Path) -> Iterator[tuple[str, QWidget]]:
    """The evidence, takedown and report sections with something in them, every dialog
    their buttons open, follow-ups, home, backup, verify and the store key."""
    from datetime import UTC, datetime, timedelta

    from caseapp.gui import ops
    from caseapp.services import cases, evidence, takedowns

    vault, case = window.session.vault, editor.case
    for scope in ("copies", "police", "takedown"):
        cases.record_consent(vault, case.id, scope, True, "written")
    picture = scratch / "사진 1.png"
    picture.write_bytes(_png())
    evidence.ingest_file(vault, case.id, picture)
    evidence.add_url_evidence(vault, case.id, "https://t.me/riverside_room/4521")
    request = takedowns.create_request(vault, case.id, "https://t.me/riverside_room/4521",
                                       "telegram")
    sent = datetime.now(UTC) - timedelta(days=3)
    takedowns.set_status(vault, request.id, "submitted", at=sent, reference="TG-1")
    editor.reload()
    wait_until(lambda: not ops.busy())

    evidence_tab = editor.tab("evidence")
    editor.ui.sections.setCurrentWidget(evidence_tab)
    wait_until(lambda: not ops.busy())
    evidence_tab.select_ids([evidence_tab.model.items[0].id])
    QApplication.processEvents()
    yield "evidence section", window
    yield from opened_by(lambda: evidence_tab.add_details("link"), "evidence: add a link")
    yield from opened_by(lambda: evidence_tab.add_details("note"), "evidence: add a note")
    yield from opened_by(evidence_tab.edit_details, "evidence: details")
    yield from opened_by(evidence_tab.show_custody, "evidence: chain of custody")
    yield from opened_by(evidence_tab.import_chat, "evidence: import a chat")
    yield from opened_by(evidence_tab.request_takedown, "evidence: request a takedown")
    yield from opened_by(lambda: evidence_tab.link_account(), "evidence: link an account")
    from caseapp.domain.consent import ConsentScope
    from caseapp.gui.consent_prompt import record_consent_here

    yield from opened_by(lambda: record_consent_here(
        evidence_tab, editor.context, ConsentScope.POLICE, "…", lambda: None),
        "consent: record it here")

    takedown_tab = editor.tab("takedowns")
    editor.ui.sections.setCurrentWidget(takedown_tab)
    wait_until(lambda: not ops.busy())
    takedown_tab.select_request(request.id)
    for index in range(takedown_tab.ui.detailTabs.count()):
        takedown_tab.ui.detailTabs.setCurrentIndex(index)
        yield f"takedowns section {index}", window
    yield from opened_by(takedown_tab.new_request, "takedowns: new request")
    yield from opened_by(takedown_tab.open_letter, "takedowns: letter")
    yield from opened_by(takedown_tab.record_status, "takedowns: record status")
    yield from opened_by(takedown_tab.found_again, "takedowns: found again")
    yield from opened_by(lambda: takedown_tab.change_follow_up(), "takedowns: follow-up")

    reports_tab = editor.tab("reports")
    editor.ui.sections.setCurrentWidget(reports_tab)
    wait_until(lambda: not ops.busy())
    yield "reports section", window
    yield from opened_by(reports_tab.create_report, "reports: police report")

    actions = window.work_actions
    actions.show_followups()
    wait_until(lambda: not ops.busy())
    yield "follow-ups", window
    actions.show_home()
    wait_until(lambda: not ops.busy())
    yield "home", window
    yield from opened_by(actions.open_backup, "backup")
    yield from opened_by(actions.open_verify, "verify")
    yield from opened_by(actions.open_store_key, "store key")
    yield from opened_by(lambda: actions.open_hand_over(), "hand cases over")
    yield from opened_by(lambda: actions.open_receive(), "receive a handover")
    from caseapp.gui.handover.passphrase_dialog import BundlePassphraseDialog

    yield from opened_by(lambda: BundlePassphraseDialog(
        "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456-789A", "2026-0001", "", window).open(),
        "bundle passphrase")
    yield from opened_by(lambda: actions.open_hash_lists(), "hash lists")
    yield from opened_by(lambda: actions.open_retention(), "retention")
    yield from opened_by(lambda: window.open_restore(), "restore (unlocked)")
    overview = editor.tab("overview")
    editor.ui.sections.setCurrentWidget(overview)
    yield from opened_by(lambda: overview.close_case(), "close the case")
    window.workspace.setCurrentWidget(editor)


def _png() -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (160, 120), (40, 110, 160))
    draw = ImageDraw.Draw(image)
    for n in range(8):
        draw.rectangle((n * 15, n * 9, n * 15 + 40, n * 9 + 30), fill=(n * 30, 200 - n * 20, 90))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def widgets_of(root: QWidget) -> list[Any]:
    return [root, *root.findChildren(QWidget)]
