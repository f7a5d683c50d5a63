"""Retention review in the app: a closed case past its keeping time is listed; deleting it
needs a supervisor's PIN: a wrong PIN is refused (and the case stays), the right one deletes
it completely."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.gui import ops
from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import message_boxes

PIN = "482913"


def _old_closed_case(store_dir, number):
    from caseapp.services import cases
    from caseapp.store import case_repo

    vault = open_vault(store_dir)
    try:
        cases.add_counsellor(vault, "박관리", "supervisor", pin=PIN)
        cases.change_status(vault, number, "closed", "done")
        long_ago = datetime.now(UTC) - timedelta(days=365 * 6)
        with vault.write() as conn:
            case_repo.set_created_updated(conn, cases.get_case(vault, number).id, long_ago,
                                          long_ago)
    finally:
        vault.close()


def _answer_delete(qtbot):
    qtbot.waitUntil(lambda: bool(message_boxes("deleteCaseQuestion")), timeout=10_000)
    box = message_boxes("deleteCaseQuestion")[0]
    go = next(b for b in box.buttons()
              if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)


def test_delete_with_a_supervisor_pin_and_a_wrong_pin_is_refused(qtbot, store_dir,
                                                                 sample_cases, window):
    from caseapp.services import cases

    number = sample_cases["바람"]
    _old_closed_case(store_dir, number)
    unlock(qtbot, window)
    dialog = window.work_actions.open_retention()
    qtbot.waitUntil(lambda: dialog.ui.caseTable.rowCount() == 1, timeout=10_000)
    assert dialog.ui.caseTable.item(0, 0).text() == number
    assert dialog.ui.yearsSpin.value() == 5
    assert dialog.ui.supervisorCombo.currentText() == "박관리"
    dialog.ui.caseTable.setCurrentCell(0, 0)
    assert not dialog.ui.deleteButton.isEnabled()  # no PIN typed yet

    type_text(qtbot, dialog.ui.pinEdit, "000000")
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    _answer_delete(qtbot)
    qtbot.waitUntil(lambda: bool(message_boxes("errorMessage")), timeout=20_000)
    error = message_boxes("errorMessage")[0]
    assert "not correct" in error.text()
    error.close()
    check = open_vault(store_dir)
    try:
        assert cases.get_case(check, number).number == number
        refused = check.cases.execute("SELECT count(*) FROM audit_event WHERE action ="
                                      " 'supervisor.confirmation_refused'").fetchone()[0]
        assert refused == 1
    finally:
        check.close()

    type_text(qtbot, dialog.ui.pinEdit, PIN)
    with qtbot.waitSignal(dialog.deleted, timeout=30_000) as deleted:
        qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
        _answer_delete(qtbot)
    assert deleted.args == [number]
    qtbot.waitUntil(lambda: dialog.ui.caseTable.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    check = open_vault(store_dir)
    try:
        assert number not in [c.number for c in cases.list_cases(check).items]
    finally:
        check.close()
    dialog.reject()
    QApplication.processEvents()
