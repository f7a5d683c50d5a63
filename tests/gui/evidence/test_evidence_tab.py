"""The evidence section driven like a counsellor: files dropped onto it (progress, the
duplicate warning with a link to the other case), a pasted link filling in its fields, the
blurred preview revealed after a warning and blurred again, verification per item, the chain
of custody, the police package behind its consent check, and a cancelled import that leaves
nothing half-stored."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.gui import ops
from tests.gui.conftest import open_vault, type_text, unlock


def picture(seed: int, size: tuple[int, int] = (320, 240)) -> bytes:
    """A synthetic photo-like PNG (shapes on a gradient), different for every seed."""
    image = Image.new("RGB", size, ((seed * 40) % 256, 90, (seed * 70) % 256))
    draw = ImageDraw.Draw(image)
    for n in range(10):
        x, y = (seed * 37 + n * 53) % (size[0] - 60), (seed * 11 + n * 29) % (size[1] - 60)
        draw.ellipse((x, y, x + 40 + n * 3, y + 30 + n * 2),
                     fill=((n * 60 + seed) % 256, (n * 25) % 256, (200 - n * 15) % 256))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def consent(store_dir: Path, number: str, *scopes: str) -> None:
    from caseapp.services import cases

    vault = open_vault(store_dir)
    try:
        for scope in scopes:
            cases.record_consent(vault, number, scope, True, "written")
    finally:
        vault.close()


def open_section(qtbot, win, number: str, key: str):
    from caseapp.services import cases

    case = cases.get_case(win.session.vault, number)
    editor = win.workspace.open_case(case.id)
    tab = editor.tab(key)
    editor.ui.sections.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    return editor, tab


def drop_files(tab, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = tab.rect().center()
    enter = QDragEnterEvent(QPointF(centre), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted(), "the evidence tab refused the dragged files"
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, drop)


def answer_copies_prompt(qtbot, button: str) -> None:
    """Answer the question asked before the first file of a case without consent to keep
    copies: recordConsentButton, hashOnlyButton or Cancel."""
    qtbot.waitUntil(lambda: bool(message_boxes("copiesConsentPrompt")), timeout=10_000)
    box = message_boxes("copiesConsentPrompt")[0]
    if button == "Cancel":
        chosen = box.button(QMessageBox.StandardButton.Cancel)
    else:
        chosen = next(b for b in box.buttons() if b.objectName() == button)
    qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def message_boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()]


@pytest.fixture
def evidence_files(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "from the victim"
    folder.mkdir()
    files = {"one": folder / "screenshot 1.png", "two": folder / "사진 2.png",
             "pdf": folder / "chat export.pdf"}
    files["one"].write_bytes(picture(1))
    files["two"].write_bytes(picture(2))
    files["pdf"].write_bytes(PDF)
    return files


def test_dropping_two_images_and_a_pdf_shows_progress_and_the_duplicate_in_another_case(
        qtbot, store_dir, sample_cases, evidence_files, window):
    from caseapp.services import cases, evidence

    blue, willow = sample_cases["푸른별"], sample_cases["Willow"]
    consent(store_dir, blue, "copies", "police")
    vault = open_vault(store_dir)
    try:  # the same screenshot was already brought in for another case
        earlier = evidence.ingest_file(vault, willow, evidence_files["one"],
                                       hash_only=True).item
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, blue, "evidence")
    seen = []
    tab.ui.overallBar.valueChanged.connect(seen.append)

    drop_files(tab, [evidence_files["one"], evidence_files["two"], evidence_files["pdf"]])
    assert tab.ui.progressFrame.isVisible()
    assert not tab.ui.cancelButton.isHidden()
    qtbot.waitUntil(lambda: tab.ui.resultsFrame.isVisible(), timeout=20_000)

    assert not tab.ui.progressFrame.isVisible()
    assert seen and seen[-1] == tab.ui.overallBar.maximum()
    assert tab.model.rowCount() == 3
    shown = [tab.model.index(r, 3).data() for r in range(3)]
    assert shown == ["screenshot 1.png", "사진 2.png", "chat export.pdf"]
    assert "3 files added. 1 file matches evidence already stored" in \
        tab.ui.resultsTitle.text()
    report = tab.ui.resultsView.toPlainText()
    assert f"already evidence {earlier.code} in case {willow}" in report
    # the SHA-256 is shortened in the list, in full on hover
    item = tab.model.items[0]
    assert tab.model.index(0, 6).data() == item.sha256[:12] + "…"
    assert item.sha256 in tab.model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)

    # the warning's link opens the other case at the matching item
    tab.follow_link(QUrl(f"case:{willow}#{earlier.id}"))
    other = window.workspace.current_editor()
    assert other is not None and other.case.number == willow
    other_tab = other.tab("evidence")
    assert other.ui.sections.currentWidget() is other_tab
    assert other_tab.selected_ids() == [earlier.id]

    check = open_vault(store_dir)
    try:
        stored = evidence.list_evidence(check, blue)
        assert [i.original_filename for i in stored] == [p.name for p in (
            evidence_files["one"], evidence_files["two"], evidence_files["pdf"])]
        assert all(i.content_kept for i in stored)
        assert cases.get_case(check, blue).number == blue
    finally:
        check.close()


def test_the_same_file_twice_in_one_case_is_refused_with_its_code(
        qtbot, store_dir, sample_cases, evidence_files, unlocked):
    _editor, tab = open_section(qtbot, unlocked, sample_cases["바람"], "evidence")
    drop_files(tab, [evidence_files["one"]])
    answer_copies_prompt(qtbot, "hashOnlyButton")   # this case has no consent to keep copies
    qtbot.waitUntil(lambda: tab.ui.resultsFrame.isVisible(), timeout=20_000)
    first = tab.model.items[0].code
    tab.close_results()
    drop_files(tab, [evidence_files["one"]])
    answer_copies_prompt(qtbot, "hashOnlyButton")
    qtbot.waitUntil(lambda: tab.ui.resultsFrame.isVisible(), timeout=20_000)
    assert tab.model.rowCount() == 1
    assert f"already evidence {first} in this case" in tab.ui.resultsView.toPlainText()
    assert "1 file could not be added." in tab.ui.resultsTitle.text()


def test_cancelling_an_import_midway_leaves_nothing_half_stored(
        qtbot, store_dir, sample_cases, tmp_path, window):
    from caseapp.services import evidence

    number = sample_cases["바람"]
    consent(store_dir, number, "copies")
    unlock(qtbot, window)
    big = tmp_path / "screen recording.mp4"
    with open(big, "wb") as fh:
        block = os.urandom(1 << 20)
        for n in range(400):
            fh.write(block[n % 7:] + block[: n % 7])
    _editor, tab = open_section(qtbot, window, number, "evidence")

    drop_files(tab, [big])
    qtbot.waitUntil(lambda: tab.ui.fileBar.value() > 0, timeout=20_000)
    qtbot.mouseClick(tab.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.ui.resultsFrame.isVisible(), timeout=20_000)

    assert "Cancelled" in tab.ui.resultsTitle.text()
    assert tab.model.rowCount() == 0
    check = open_vault(store_dir)
    try:
        assert evidence.list_evidence(check, number) == []
        assert evidence.orphan_content_ids(check) == set()
        from caseapp.store import evidence_repo

        with check.evidence_lock:
            assert evidence_repo.all_content_ids(check.evidence) == set()
    finally:
        check.close()


def test_a_pasted_link_fills_in_platform_channel_and_message(
        qtbot, sample_cases, unlocked):
    from caseapp.gui.evidence.details_dialog import EvidenceDetailsDialog

    _editor, tab = open_section(qtbot, unlocked, sample_cases["푸른별"], "evidence")
    qtbot.mouseClick(tab.ui.addLinkButton, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(EvidenceDetailsDialog, "evidenceLinkDialog")
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.ui.urlEdit, "https://t.me/riverside_room/4521")
    assert dialog.ui.channelEdit.text() == "riverside_room"
    assert dialog.ui.messageIdEdit.text() == "4521"
    assert dialog.ui.platformCombo.currentData() == "telegram"
    assert "Telegram" in dialog.ui.parseLabel.text()
    type_text(qtbot, dialog.ui.descriptionEdit, "합성 사진 게시물")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    item = tab.model.items[0]
    assert item.url == "https://t.me/riverside_room/4521"
    assert (item.channel_name, item.message_id) == ("riverside_room", "4521")
    assert item.captured_at is not None and item.captured_at.tzinfo is not None
    assert item.description == "합성 사진 게시물"

    # a bad link says why and adds nothing
    qtbot.mouseClick(tab.ui.addLinkButton, Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(EvidenceDetailsDialog, "evidenceLinkDialog")
                  if d.isVisible())
    type_text(qtbot, dialog.ui.urlEdit, "not a link at all")
    from caseapp.errors import BadInput
    from caseapp.evidence.links import parse_link

    with pytest.raises(BadInput) as refused:
        parse_link("not a link at all")
    assert dialog.ui.parseLabel.text() == refused.value.message("en")
    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("errorMessage")), timeout=10_000)
    message_boxes("errorMessage")[0].done(0)
    assert dialog.isVisible()
    assert tab.model.rowCount() == 1
    dialog.reject()


def test_preview_is_blurred_until_revealed_and_blurs_again_on_another_item(
        qtbot, store_dir, sample_cases, evidence_files, window):
    from caseapp.domain.evidence import CustodyAction
    from caseapp.services import evidence

    number = sample_cases["푸른별"]
    consent(store_dir, number, "copies")
    vault = open_vault(store_dir)
    try:
        first = evidence.ingest_file(vault, number, evidence_files["one"]).item
        evidence.ingest_file(vault, number, evidence_files["two"])
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "evidence")
    preview = tab.ui.preview
    click_row(qtbot, tab.ui.evidenceTable, 0)
    qtbot.waitUntil(lambda: preview.shown_pixmap() is not None, timeout=10_000)
    blurred = preview.shown_pixmap().toImage()
    assert not preview.revealed
    assert preview.reveal_button.isVisible()

    qtbot.mouseClick(preview.reveal_button, Qt.MouseButton.LeftButton)
    box = message_boxes("contentWarning")
    assert box, "no content warning before revealing"
    assert "sexual or violent material" in box[0].text()
    qtbot.mouseClick(box[0].findChild(type(preview.reveal_button), "showImageButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.revealed, timeout=10_000)
    assert preview.shown_pixmap().toImage() != blurred
    assert preview.blur_button.isVisible()

    click_row(qtbot, tab.ui.evidenceTable, 1)
    assert not preview.revealed
    click_row(qtbot, tab.ui.evidenceTable, 0)
    qtbot.waitUntil(lambda: preview.shown_pixmap() is not None, timeout=10_000)
    assert not preview.revealed
    assert preview.shown_pixmap().toImage() == blurred

    check = open_vault(store_dir)
    try:
        actions = [e.action for e in evidence.custody_events(check, first.id)]
    finally:
        check.close()
    assert actions.count(CustodyAction.REVEALED) == 1

    # keeping it blurred records nothing
    qtbot.mouseClick(preview.reveal_button, Qt.MouseButton.LeftButton)
    box = message_boxes("contentWarning")[0]
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not message_boxes("contentWarning"), timeout=5000)
    qtbot.waitUntil(lambda: not ops.busy(), timeout=5000)
    assert not preview.revealed


def test_a_revealed_image_blurs_when_focus_leaves_the_evidence_view(
        qtbot, store_dir, sample_cases, evidence_files, window):
    from caseapp.services import evidence

    number = sample_cases["푸른별"]
    consent(store_dir, number, "copies")
    vault = open_vault(store_dir)
    try:
        evidence.ingest_file(vault, number, evidence_files["one"])
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "evidence")
    preview = tab.ui.preview
    click_row(qtbot, tab.ui.evidenceTable, 0)
    qtbot.waitUntil(lambda: preview.reveal_button.isVisible(), timeout=10_000)
    preview.reveal()
    qtbot.waitUntil(lambda: preview.revealed, timeout=10_000)
    window.workspace.case_list.focus_search()
    assert not preview.revealed


def test_verify_selected_marks_each_item_and_the_custody_log_shows_it(
        qtbot, store_dir, sample_cases, evidence_files, window):
    from caseapp.gui.evidence.custody_dialog import CustodyDialog
    from caseapp.services import evidence

    number = sample_cases["푸른별"]
    consent(store_dir, number, "copies")
    vault = open_vault(store_dir)
    try:
        evidence.ingest_file(vault, number, evidence_files["one"])
        evidence.ingest_file(vault, number, evidence_files["pdf"])
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, number, "evidence")
    click_row(qtbot, tab.ui.evidenceTable, 1)
    qtbot.mouseClick(tab.ui.verifySelectedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.index(1, 7).data() == "✓ matches", timeout=10_000)
    assert tab.model.index(0, 7).data() == ""
    qtbot.mouseClick(tab.ui.verifyAllButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.index(0, 7).data() == "✓ matches", timeout=10_000)

    qtbot.mouseClick(tab.ui.custodyButton, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(CustodyDialog, "custodyDialog")
    actions = [dialog.ui.eventTable.item(r, 1).text()
               for r in range(dialog.ui.eventTable.rowCount())]
    assert actions == ["Acquired", "Verified", "Verified"]
    assert "matches its SHA-256" in dialog.ui.eventTable.item(1, 3).text()
    dialog.close()


def test_export_needs_police_consent_then_writes_the_package(
        qtbot, store_dir, sample_cases, evidence_files, tmp_path, window, monkeypatch):
    from caseapp.gui import file_dialogs
    from caseapp.services import evidence

    number = sample_cases["푸른별"]
    consent(store_dir, number, "copies")
    vault = open_vault(store_dir)
    try:
        item = evidence.ingest_file(vault, number, evidence_files["one"]).item
    finally:
        vault.close()
    unlock(qtbot, window)
    editor, tab = open_section(qtbot, window, number, "evidence")
    asked = []
    target = tmp_path / "out" / "for police.zip"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "ask_save_path",
                        lambda *a: asked.append(a) or target)

    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    box = message_boxes("consentNeeded")
    assert box and "has not given consent to share with police" in box[0].text()
    assert asked == []
    go = next(b for b in box[0].buttons() if b.text() == "Open the Consent section")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    assert editor.ui.sections.currentWidget() is editor.tab("consent")
    assert not target.exists()

    consent(store_dir, number, "police")
    editor.reload()
    editor.ui.sections.setCurrentWidget(tab)
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("writtenMessage")), timeout=20_000)
    assert target.exists()
    assert str(target) in message_boxes("writtenMessage")[0].text()
    message_boxes("writtenMessage")[0].done(0)
    import zipfile

    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
    assert any(n.endswith("SHA256SUMS") for n in names)
    assert any(item.code in n for n in names)


def test_a_note_and_edited_details_are_kept(qtbot, sample_cases, unlocked):
    from caseapp.gui.evidence.details_dialog import EvidenceDetailsDialog

    _editor, tab = open_section(qtbot, unlocked, sample_cases["바람"], "evidence")
    qtbot.mouseClick(tab.ui.addNoteButton, Qt.MouseButton.LeftButton)
    note = tab.findChild(EvidenceDetailsDialog, "evidenceNoteDialog")
    assert not note.ui.urlEdit.isVisible()
    type_text(qtbot, note.ui.descriptionEdit, "대화방에서 본 게시물 (지금은 삭제됨)")
    with qtbot.waitSignal(note.finished, timeout=10_000):
        qtbot.mouseClick(note.ui.buttons.button(note.ui.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert tab.model.index(0, 1).data() == "Note"
    assert tab.model.index(0, 3).data() == "대화방에서 본 게시물 (지금은 삭제됨)"

    click_row(qtbot, tab.ui.evidenceTable, 0)
    qtbot.mouseClick(tab.ui.editButton, Qt.MouseButton.LeftButton)
    details = tab.findChild(EvidenceDetailsDialog, "evidenceDetailsDialog")
    assert details.ui.descriptionEdit.toPlainText() == "대화방에서 본 게시물 (지금은 삭제됨)"
    type_text(qtbot, details.ui.capturedByEdit, "victim")
    with qtbot.waitSignal(details.finished, timeout=10_000):
        qtbot.mouseClick(details.ui.buttons.button(details.ui.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.items[0].captured_by == "victim", timeout=10_000)
    assert "Captured by: victim" in tab.ui.detailsLabel.text()


def test_a_cut_and_re_encoded_video_is_named_as_a_look_alike_and_previews_blurred(
        qtbot, store_dir, sample_cases, window, tmp_path):
    from caseapp.services import evidence
    from tests.evidence import videos

    blue, willow = sample_cases["푸른별"], sample_cases["Willow"]
    consent(store_dir, blue, "copies")
    original, cut = tmp_path / "original.mp4", tmp_path / "cut.webm"
    original.write_bytes(videos.original())
    cut.write_bytes(videos.trimmed_copy())
    vault = open_vault(store_dir)
    try:
        earlier = evidence.ingest_file(vault, willow, original, hash_only=True).item
    finally:
        vault.close()
    unlock(qtbot, window)
    _editor, tab = open_section(qtbot, window, blue, "evidence")
    drop_files(tab, [cut])
    qtbot.waitUntil(lambda: tab.ui.resultsFrame.isVisible(), timeout=30_000)
    report = tab.ui.resultsView.toPlainText()
    assert (f"Looks like evidence {earlier.code} in case {willow} (similar video, 100% of "
            "frames match).") in report
    if os.environ.get("CASEAPP_SCREENSHOTS"):
        tab.window().grab().save(os.environ["CASEAPP_SCREENSHOTS"] + "/video-match.png")

    preview = tab.ui.preview
    click_row(qtbot, tab.ui.evidenceTable, 0)
    qtbot.waitUntil(lambda: preview.shown_pixmap() is not None, timeout=10_000)
    assert not preview.revealed and preview.reveal_button.isVisible()
    if os.environ.get("CASEAPP_SCREENSHOTS"):
        tab.window().grab().save(os.environ["CASEAPP_SCREENSHOTS"] + "/video-preview.png")
