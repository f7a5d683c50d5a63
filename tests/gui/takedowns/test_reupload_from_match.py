"""A picture brought in again (re-encoded) looks like evidence a removed request covered: the
ingest results offer one step to a re-upload request linked to that request, with the new
item in it."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt, QUrl

from caseapp.gui import ops
from tests.gui.conftest import open_vault, type_text, unlock
from tests.gui.evidence.test_evidence_tab import consent, drop_files, open_section, picture
from tests.gui.takedowns.test_takedowns_tab import ok_button, visible_dialog


def test_a_likely_reupload_opens_a_linked_request_in_one_step(qtbot, store_dir, sample_cases,
                                                              tmp_path, window):
    import re

    from caseapp.domain.takedowns import LinkKind
    from caseapp.gui.takedowns.dialogs import ReuploadDialog
    from caseapp.services import evidence, takedowns

    number = sample_cases["푸른별"]
    consent(store_dir, number, "copies", "takedown")
    original_file = tmp_path / "capture.png"
    original_file.write_bytes(picture(7, (480, 360)))
    vault = open_vault(store_dir)
    try:
        original = evidence.ingest_file(vault, number, original_file).item
        first = takedowns.create_request(vault, number, "https://t.me/room/1", "telegram",
                                         evidence=[original.id])
        takedowns.set_status(vault, first.id, "submitted")
        first = takedowns.set_status(vault, first.id, "removed")
    finally:
        vault.close()
    again = tmp_path / "again.jpg"
    out = io.BytesIO()
    Image.open(original_file).convert("RGB").save(out, "JPEG", quality=80)
    again.write_bytes(out.getvalue())

    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "evidence")
    drop_files(tab, [again])
    qtbot.waitUntil(lambda: tab.ui.resultsFrame.isVisible(), timeout=20_000)
    report = tab.ui.resultsView.toPlainText()
    assert f"Looks like evidence {original.code}" in report
    assert f"Open a re-upload request linked to {first.code}" in report
    href = re.search(r"href=\"(reupload:[^\"]+)\"", tab.ui.resultsView.toHtml()).group(1)

    tab.ui.resultsView.anchorClicked.emit(QUrl(href))
    dialog = visible_dialog(ReuploadDialog)
    assert dialog is not None and dialog.request.id == first.id
    dialog.ui.urlEdit.clear()
    type_text(qtbot, dialog.ui.urlEdit, "https://t.me/newroom/3")
    with qtbot.waitSignal(dialog.created, timeout=10_000) as created:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    new = created.args[0]
    assert new.parent_id == first.id and new.link is LinkKind.REUPLOAD
    new_item = next(i for i in tab.model.items if i.original_filename == "again.jpg")
    assert new_item.id in new.evidence_ids and new.target == "https://t.me/newroom/3"
