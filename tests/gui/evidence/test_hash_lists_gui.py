"""Hash lists in the app: the Work menu opens the dialog; a file with a malformed line is
refused with the line listed (nothing stored), skipping bad lines imports the rest; the
match shows on the item (evidence list and details), in the dialog and on the home view;
removing the list takes its matches away."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caseapp.gui import ops
from tests.evidence.conftest import encode, structured_image
from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import message_boxes, open_section


def seed(store_dir: Path, number: str, tmp_path: Path) -> tuple[str, Path]:
    """One image already stored as evidence, and a list naming it with a bad second line."""
    from caseapp.services import cases, evidence

    image = tmp_path / "photo.png"
    image.write_bytes(encode(structured_image(31)))
    vault = open_vault(store_dir)
    try:
        cases.record_consent(vault, number, "copies", True, "written")
        code = evidence.ingest_file(vault, number, image).item.code
    finally:
        vault.close()
    listed = tmp_path / "partner-list.txt"
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    listed.write_text(f"sha256 {digest} known image\nmd5 12345\n", encoding="utf-8")
    return code, listed


def test_import_refused_then_skipping_bad_lines_shows_the_match_everywhere(
        qtbot, store_dir, sample_cases, window, tmp_path):
    number = sample_cases["푸른별"]
    code, listed = seed(store_dir, number, tmp_path)
    unlock(qtbot, window)
    actions = window.work_actions
    assert actions.hash_lists_action.isEnabled()
    from caseapp.services import pdq_index

    # the matching index is loaded in the background right after unlock
    qtbot.waitUntil(lambda: pdq_index.index_of(window.session.vault) is not None,
                    timeout=10_000)
    dialog = actions.open_hash_lists()
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    assert not dialog.ui.importButton.isEnabled()  # who supplied it comes first
    type_text(qtbot, dialog.ui.sourceEdit, "협력 기관 A")
    assert dialog.ui.importButton.isEnabled()

    with qtbot.waitSignal(dialog.refused, timeout=20_000):
        dialog.import_file(listed)
    assert dialog.ui.problemsView.isVisible()
    assert "line 2: not an MD5 hash" in dialog.ui.problemsView.toPlainText()
    assert "nothing was imported" in dialog.ui.problemsLabel.text()
    assert dialog.ui.listsTable.rowCount() == 0

    qtbot.mouseClick(dialog.ui.skipBadCheck, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_file(listed)
    qtbot.waitUntil(lambda: dialog.ui.listsTable.rowCount() == 1, timeout=10_000)
    assert dialog.ui.listsTable.item(0, 1).text() == "협력 기관 A"
    assert dialog.ui.listsTable.item(0, 6).text() == "1"
    assert "1 malformed line was skipped" in dialog.ui.problemsLabel.text()
    assert dialog.ui.matchesTable.rowCount() == 1
    assert dialog.ui.matchesTable.item(0, 0).text() == code
    assert dialog.ui.matchesTable.item(0, 4).text() == "same SHA-256"

    home = actions.home
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        actions.home_action.trigger()
    assert home.ui.hashListFrame.isVisible()
    assert "1 evidence item in 1 case(s) is on" in home.ui.hashListLabel.text()
    assert code in home.ui.hashListLabel.text()

    _editor, tab = open_section(qtbot, window, number, "evidence")
    model = tab.model
    assert "[on a hash list]" in model.data(model.index(0, 3))
    tab.select_ids([model.items[0].id])
    assert "On the hash list “partner-list.txt” from 협력 기관 A (same SHA-256)." in \
        tab.ui.detailsLabel.text()

    # the item's hashes go out as a list in the import format, and come back in
    out = tmp_path / "to-partner.txt"
    with qtbot.waitSignal(tab.hashes_exported, timeout=20_000) as exported:
        tab.export_hashes(out)
    assert exported.args == [1]
    written = out.read_text(encoding="utf-8")
    assert code in written and "푸른별" not in written and "홍길동" not in written

    dialog.ui.listsTable.setCurrentCell(0, 0)
    box = dialog.ask_remove()
    assert box is not None and "협력 기관 A" in box.text()
    go = next(b for b in box.buttons()
              if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(dialog.removed, timeout=20_000):
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.matchesTable.rowCount() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    qtbot.waitUntil(lambda: "[on a hash list]" not in model.data(model.index(0, 3)),
                    timeout=10_000)
    assert not message_boxes("errorMessage")
