"""Handing cases over and receiving them without the command line, through the real dialogs
on two real stores: Work → Hand cases over… writes a bundle (a one-time passphrase shown once
and printable, or sealed to the receiving store's pasted key with its fingerprint shown), and
Work → Receive a handover… checks it, shows what it holds and imports it into another store.
A wrong passphrase is refused with a message and the receiving store unchanged; victims'
details can only be asked for where consent covers the recipient."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.gui import ops
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot
from tests.gui.conftest import open_vault, type_text

VICTIM = "홍길동"
CONTENT = b"\x89PNG-not-really handover test content " * 500


def stored(folder: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(folder).items() if not k.endswith("-shm")}


@pytest.fixture
def handed(store_dir: Path, tmp_path: Path) -> dict[str, object]:
    """A case consented for transfer (with identity) and copies, with one evidence file, and
    a case with takedown consent only; written before the window unlocks."""
    from caseapp.domain.cases import Victim
    from caseapp.services import cases, evidence

    vault = open_vault(store_dir)
    try:
        one = cases.open_case(vault, pseudonym="푸른별", summary="넘겨줄 사건")
        cases.save_victim(vault, one, Victim(name=VICTIM, birth_year=2008))
        for scope in ("copies", "transfer"):
            cases.record_consent(vault, one, scope, True, "written")
        source = tmp_path / "shot.png"
        source.write_bytes(CONTENT)
        evidence.ingest_file(vault, one, source)
        two = cases.open_case(vault, pseudonym="Willow")
        cases.save_victim(vault, two, Victim(name="Willow Doe", birth_year=2005))
        cases.record_consent(vault, two, "takedown", True, "verbal")
        return {"one": one, "two": two}
    finally:
        vault.close()


@pytest.fixture
def receiver(tmp_path: Path):
    from caseapp.services import vault as vault_service

    created = vault_service.create_store(tmp_path / "receiver", PASSPHRASE, actor="받는이",
                                         params=FAST_KDF, allow_weak_kdf=True)
    yield created.vault
    created.vault.close()


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not ops.busy(), timeout=30_000)


def top(cls):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)


def ok_button(dialog):
    return dialog.ok_button


def hand_over(qtbot, window, case, out: Path, *, key: str | None = None,
              identity: bool = True):
    """Open Work → Hand cases over… on the open case and write the bundle. Returns what
    the dialog showed."""
    shown: dict[str, str] = {}
    window.workspace.open_case(case.id)
    idle(qtbot)
    dialog = window.work_actions.open_hand_over()
    qtbot.waitUntil(lambda: dialog.ui.caseList.count() == 1)
    idle(qtbot)
    assert dialog.numbers() == [case.number]
    assert dialog.purpose() == "transfer"
    if identity:
        qtbot.waitUntil(dialog.ui.identityCheck.isEnabled)
        dialog.ui.identityCheck.setFocus()
        qtbot.keyClick(dialog.ui.identityCheck, Qt.Key.Key_Space)
        assert dialog.ui.identityCheck.isChecked()
    if key is None:
        dialog.ui.passphraseRadio.setFocus()
        qtbot.keyClick(dialog.ui.passphraseRadio, Qt.Key.Key_Space)
        assert dialog.ui.passphraseRadio.isChecked()
    else:
        assert not ok_button(dialog).isEnabled()   # no key pasted yet
        dialog.ui.recipientKeyEdit.setFocus()
        QApplication.clipboard().setText(key)       # pasted, as from the store key dialog
        dialog.ui.recipientKeyEdit.paste()
        shown["fingerprint"] = dialog.ui.fingerprintLabel.text()
    dialog.ui.fileEdit.clear()
    type_text(qtbot, dialog.ui.fileEdit, str(out))
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    idle(qtbot)
    return shown


def receive(qtbot, vault, path: Path):
    from caseapp.gui.handover.receive_dialog import ReceiveHandoverDialog

    dialog = ReceiveHandoverDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.fileEdit, str(path))
    return dialog


def check(qtbot, dialog) -> None:
    assert dialog.ui.checkButton.isEnabled()
    qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    idle(qtbot)


def test_passphrase_handover_from_one_store_into_another(qtbot, handed, receiver, unlocked,
                                                         tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from caseapp.gui.handover.passphrase_dialog import BundlePassphraseDialog
    from caseapp.security import bundle_crypto
    from caseapp.services import cases

    case = handed["one"]
    out = tmp_path / "for the other office.cabundle"
    hand_over(qtbot, unlocked, case, out)
    shown = top(BundlePassphraseDialog)
    assert shown is not None and out.is_file()
    passphrase = shown.ui.passphraseLabel.text()
    assert len(passphrase) > 20 and "1 case(s) and 1 evidence file(s)" in \
        shown.ui.summaryLabel.text()
    # printable: the sheet carries the passphrase (printed here to a PDF)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    shown.print_to(printer)
    sheet = "".join(p.extract_text() for p in PdfReader(tmp_path / "sheet.pdf").pages)
    assert passphrase in sheet.split()  # on one line, whole
    assert case.number not in sheet             # nothing about the case on the sheet
    shown.done(0)
    assert shown.ui.passphraseLabel.text() == ""   # dropped when closed

    dialog = receive(qtbot, receiver, out)
    assert dialog.ui.passphraseEdit.isVisible()
    assert not dialog.ui.checkButton.isEnabled()  # no passphrase typed yet
    before = stored(receiver.data_dir)
    wrong = bundle_crypto.new_passphrase()
    type_text(qtbot, dialog.ui.passphraseEdit, wrong)
    check(qtbot, dialog)
    assert "passphrase is not correct" in dialog.ui.errorLabel.text()
    assert not ok_button(dialog).isEnabled()
    assert stored(receiver.data_dir) == before
    with pytest.raises(Exception, match="no case"):
        cases.get_case(receiver, case.number)

    dialog.ui.passphraseEdit.clear()
    type_text(qtbot, dialog.ui.passphraseEdit, passphrase)
    check(qtbot, dialog)
    assert dialog.ui.errorLabel.text() == ""
    assert "It holds 1 case and 1 evidence file." in dialog.ui.contentsLabel.text()
    assert "Victims' identifying details: in 1 case." in dialog.ui.contentsLabel.text()
    assert dialog.ui.caseList.item(0).text() == case.number
    assert stored(receiver.data_dir) == before    # checking writes nothing
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert dialog.imported is not None and dialog.imported.numbers == (case.number,)
    assert cases.get_case(receiver, case.number).summary == "넘겨줄 사건"
    assert cases.reveal_victim(receiver, case.number).name == VICTIM


def test_store_key_handover_shows_the_fingerprint_and_opens_by_itself(qtbot, handed, receiver,
                                                                      unlocked, tmp_path):
    from caseapp.services import cases, evidence, store_key

    case = handed["one"]
    key = store_key.public_key(receiver)
    out = tmp_path / "sealed.cabundle"
    shown = hand_over(qtbot, unlocked, case, out, key=key.text, identity=False)
    assert out.is_file()
    [box] = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "handedOverMessage"]
    assert key.fingerprint in box.text()
    assert key.fingerprint in shown["fingerprint"]     # to compare by phone
    box.done(0)

    received = receive(qtbot, receiver, out)
    assert "this store's key" in received.ui.kindLabel.text()
    assert not received.ui.passphraseEdit.isVisible()
    check(qtbot, received)
    assert "in 0 cases" in received.ui.contentsLabel.text()   # identity not asked for
    qtbot.mouseClick(ok_button(received), Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert cases.get_case(receiver, case.number).pseudonym == "푸른별"
    [item] = evidence.list_evidence(receiver, case.number)
    assert item.content_kept


def test_a_bundle_for_another_store_is_refused_with_the_store_unchanged(qtbot, handed,
                                                                        receiver, unlocked,
                                                                        tmp_path):
    from caseapp.services import store_key

    out = tmp_path / "for me.cabundle"
    own = store_key.public_key(unlocked.session.vault).text  # sealed for the sender itself
    hand_over(qtbot, unlocked, handed["one"], out, key=own, identity=False)
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        box.done(0)
    before = stored(receiver.data_dir)
    store_key.public_key(receiver)  # the receiver has a key, just not this one
    before = stored(receiver.data_dir)
    dialog = receive(qtbot, receiver, out)
    check(qtbot, dialog)
    assert "made for another store" in dialog.ui.errorLabel.text()
    assert not ok_button(dialog).isEnabled()
    assert stored(receiver.data_dir) == before


def test_identity_only_where_consent_covers_the_recipient(qtbot, handed, unlocked):
    two = handed["two"]
    dialog = unlocked.work_actions.open_hand_over([two.id])
    qtbot.waitUntil(lambda: dialog.ui.caseList.count() == 1)
    idle(qtbot)
    takedown = dialog.ui.purposeCombo.findData("takedown")
    dialog.ui.purposeCombo.setCurrentIndex(takedown)
    idle(qtbot)
    # takedown consent, but not to identifying the victim to platforms: the service's words
    assert not dialog.ui.identityCheck.isEnabled()
    assert f"Case {two.number}: the victim's details were left out" in \
        dialog.ui.identityNote.text()
    dialog.ui.purposeCombo.setCurrentIndex(dialog.ui.purposeCombo.findData(""))
    idle(qtbot)
    assert not dialog.ui.identityCheck.isEnabled()
    assert "choose who the bundle is for" in dialog.ui.identityNote.text()
    dialog.done(0)


def test_hand_over_from_the_case_list_and_cancel_writes_nothing(qtbot, handed, unlocked,
                                                                 tmp_path):
    import threading

    from caseapp.gui.ops import Op

    one = handed["one"]
    case_list = unlocked.workspace.case_list
    qtbot.waitUntil(lambda: case_list.model.rowCount() == 2)
    case_list.select_case(one.id)
    case_list.ui.table.setCurrentIndex(
        case_list.model.index(case_list.model.row_of_case(one.id), 0))
    assert case_list.ui.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert case_list.hand_over_action in case_list.ui.table.actions()
    case_list.hand_over_action.trigger()       # the case list's right-click menu
    qtbot.waitUntil(lambda: any(d.numbers() == [one.number] for d in _hand_over_dialogs()))
    dialog = next(d for d in _hand_over_dialogs() if d.numbers() == [one.number])
    idle(qtbot)
    dialog.ui.passphraseRadio.setChecked(True)
    out = tmp_path / "cancelled.cabundle"
    dialog.ui.fileEdit.setText(str(out))
    gate = threading.Event()   # the one worker is busy, so the export waits its turn
    Op(dialog, op=lambda: gate.wait(20)).run_in_background()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not ok_button(dialog).isEnabled()     # no second click while it writes
    ops.cancel_all()                             # Cancel in the progress window
    gate.set()
    idle(qtbot)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "Cancelled. No bundle was written."
    assert not out.exists() and list(tmp_path.glob("cancelled*")) == []
    assert ok_button(dialog).isEnabled()
    dialog.done(0)


def _hand_over_dialogs():
    from caseapp.gui.handover.handover_dialog import HandOverDialog

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, HandOverDialog) and w.isVisible()]
