"""Screenshots of the work views (evidence, takedowns, follow-ups, reports, home, backup and
verify) for ``make screenshots``: ``tools.screenshots.shoot`` calls :func:`shoot_work` on the
unlocked demo window in each language. The evidence shown is synthetic (coloured shapes);
each language fills its own demo case so both runs start from the same state."""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

LINKS = ("https://t.me/riverside_room/4521", "https://x.com/fake_account_77/status/17900123")


def synthetic_png(seed: int, size: tuple[int, int] = (480, 360)) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, ((seed * 47) % 200 + 40, 110, (seed * 83) % 200 + 40))
    draw = ImageDraw.Draw(image)
    for n in range(14):
        x = (seed * 31 + n * 67) % (size[0] - 90)
        y = (seed * 17 + n * 41) % (size[1] - 90)
        draw.rectangle((x, y, x + 50 + n * 4, y + 40 + n * 3),
                       fill=((n * 50 + seed * 9) % 256, (n * 30 + 60) % 256, (220 - n * 13) % 256))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def synthetic_chat_export(folder: Path) -> Path:
    """A small Telegram Desktop export (result.json and two photos) for the import dialog."""
    import json

    export = folder / "ChatExport_2026-03-02"
    (export / "photos").mkdir(parents=True)
    start = datetime(2026, 3, 1, 22, 40, tzinfo=UTC)
    people = [("Night Owl 99", "user5012345678"), ("하늘", "user4400112233"),
              ("Member 7", "user7788990011")]
    texts = ["올린 사진 봐라. 지우려면 연락해", "", "please delete it", "", "누가 올렸어요?",
             "ㅋㅋ 더 있음", "신고할게요"]
    messages = []
    for n, text in enumerate(texts):
        at = start + timedelta(minutes=7 * n)
        name, user = people[(0, 0, 1, 0, 2, 0, 1)[n]]
        message: dict[str, Any] = {
            "id": 4500 + n, "type": "message",
            "date": at.astimezone().replace(tzinfo=None).isoformat(timespec="seconds"),
            "date_unixtime": str(int(at.timestamp())), "from": name, "from_id": user,
            "text": text}
        if not text:
            photo = f"photos/photo_{n}@01-03-2026.jpg"
            (export / photo).write_bytes(synthetic_png(40 + n))
            message["photo"] = photo
        messages.append(message)
    (export / "result.json").write_text(json.dumps(
        {"name": "riverside_room", "type": "private_supergroup", "id": 1876543210,
         "messages": messages}, ensure_ascii=False, indent=1), encoding="utf-8")
    return export


def shoot_chat_import(shot: Any, tab: Any, folder: Path) -> None:
    from caseapp.gui import ops
    from caseapp.gui.evidence.chat_import_dialog import ChatImportDialog
    from tools.screenshots.shoot import wait_until

    export = synthetic_chat_export(folder)
    tab.import_chat()
    dialog = next(d for d in tab.findChildren(ChatImportDialog) if d.isVisible())
    dialog.load(export)
    wait_until(lambda: not ops.busy() and dialog.preview is not None)
    dialog.set_role("user5012345678", "suspect")
    dialog.set_role("user4400112233", "victim")
    grab(shot, dialog, "evidence-import-chat")
    dialog.reject()


def _my_cases(vault: Any, counsellor_id: int) -> list[Any]:
    from caseapp.domain.cases import CaseQuery, CaseStatus, SortField
    from caseapp.services import cases

    query = CaseQuery(counsellor_id=counsellor_id, sort=SortField.NUMBER, descending=True,
                      limit=40, statuses=(CaseStatus.ACTIVE, CaseStatus.INTAKE,
                                          CaseStatus.AWAITING_TAKEDOWN))
    return list(cases.list_cases(vault, query).items)


def prepare_history(vault: Any, counsellor_id: int) -> None:
    """Takedowns sent and removed over the last months on the counsellor's cases, for the
    chart and the follow-ups (once per store)."""
    from caseapp.services import cases, takedowns

    mine = _my_cases(vault, counsellor_id)
    if any(takedowns.list_requests(vault, c.id) for c in mine[10:16]):
        return
    now = datetime.now(UTC)
    for index, row in enumerate(mine[10:16]):
        for scope in ("takedown", "police"):
            if not cases.has_consent(vault, row.id, scope):
                cases.record_consent(vault, row.id, scope, True, "written")
        for n in range(1 + index % 3):
            months_ago = (index + n) % 6
            sent_at = (now - timedelta(days=30 * months_ago + 3 + n)).astimezone()
            request = takedowns.create_request(
                vault, row.id, f"https://t.me/demo_room_{index}/{100 + n}", "telegram")
            takedowns.set_status(vault, request.id, "submitted", at=sent_at,
                                 reference=f"TG-{4100 + index * 10 + n}")
            if (index + n) % 3 != 2:
                takedowns.set_status(vault, request.id, "removed",
                                     at=min(sent_at + timedelta(days=4), now.astimezone()))


def grab(shot: Any, widget: Any, name: str) -> None:
    """Like ``Shooter.grab`` but with a stable name (``work-NAME.png``) the user guides can
    link to, whatever the other screenshots are numbered."""
    from tools.screenshots.shoot import settle

    settle()
    target = widget if widget.isWindow() else widget.window()
    target.grab().save(str(shot.folder / f"work-{name}.png"))


def shoot_work(shot: Any, window: Any) -> None:
    from caseapp.domain.evidence import EvidenceDraft
    from caseapp.gui import language, ops
    from caseapp.services import cases, evidence, takedowns
    from tools.screenshots.shoot import settle, wait_until

    session = window.session
    vault, me = session.vault, session.counsellor
    prepare_history(vault, me.id)
    mine = _my_cases(vault, me.id)
    case = mine[0 if language.current() == "ko" else 1]
    other = mine[2 if language.current() == "ko" else 3]
    for scope in ("copies", "police", "takedown"):
        if not cases.has_consent(vault, case.id, scope):
            cases.record_consent(vault, case.id, scope, True, "written")
    folder = Path(tempfile.mkdtemp(prefix="caseapp-shots-files-"))
    seed = 10 if language.current() == "ko" else 20
    files = [folder / "screenshot 1.png", folder / "사진 2.png", folder / "chat export.pdf"]
    files[0].write_bytes(synthetic_png(seed))
    files[1].write_bytes(synthetic_png(seed + 1))
    files[2].write_bytes(b"%PDF-1.4\n% synthetic chat export for the screenshots\n%%EOF\n")
    # so the import shows the duplicate (the other case may have no consent to keep copies)
    evidence.ingest_file(vault, other.id, files[0],
                         hash_only=not cases.has_consent(vault, other.id, "copies"))
    evidence.add_url_evidence(vault, case.id, LINKS[0], draft=EvidenceDraft(
        description="게시물 / post", captured_at=datetime.now().astimezone(),
        captured_by=me.name))

    workspace = window.workspace
    editor = workspace.open_case(case.id)
    tab = editor.tab("evidence")
    editor.ui.sections.setCurrentWidget(tab)
    wait_until(lambda: not ops.busy())

    # an import in progress (a large, empty-looking recording), then cancelled
    big = folder / "screen recording.mp4"
    with open(big, "wb") as fh:
        fh.truncate(600 << 20)
    tab.add_paths([big])
    wait_until(lambda: tab.ui.overallBar.value() > 30)
    grab(shot, window, "evidence-importing")
    tab.cancel_ingest()
    wait_until(lambda: tab.ui.resultsFrame.isVisible())
    tab.close_results()
    big.unlink()

    tab.add_paths(files)
    wait_until(lambda: tab.ui.resultsFrame.isVisible() and not ops.busy())
    tab.select_ids([tab.model.items[1].id])
    wait_until(lambda: tab.ui.preview.shown_pixmap() is not None)
    grab(shot, window, "evidence-imported-duplicate")
    tab.close_results()
    grab(shot, window, "evidence-blurred-preview")
    tab.ui.preview.ask_reveal()
    settle()
    box = tab.ui.preview._warning
    if box is not None:
        grab(shot, box, "evidence-content-warning")
        box.done(0)
    tab.verify(selected_only=False)
    wait_until(lambda: not ops.busy())
    tab.show_custody()
    from caseapp.gui.evidence.custody_dialog import CustodyDialog
    from caseapp.gui.evidence.details_dialog import EvidenceDetailsDialog

    custody = tab.findChild(CustodyDialog, "custodyDialog")
    if custody is not None:
        custody.resize(760, 360)
        grab(shot, custody, "evidence-chain-of-custody")
        custody.close()
    tab.add_details("link")
    link = tab.findChild(EvidenceDetailsDialog, "evidenceLinkDialog")
    if link is not None:
        link.ui.urlEdit.setText(LINKS[1])
        link.ui.descriptionEdit.setPlainText("합성 사진 게시 / synthetic image posted")
        grab(shot, link, "evidence-add-link")
        link.reject()
    shoot_chat_import(shot, tab, folder)

    # takedowns: from the link item, two clicks
    from caseapp.gui.takedowns.dialogs import (
        LetterDialog,
        NewTakedownDialog,
        StatusDialog,
    )

    link_item = next(i for i in tab.model.items if i.url == LINKS[0])
    tab.select_ids([link_item.id])
    tab.request_takedown()
    settle()
    new = next((d for d in tab.findChildren(NewTakedownDialog) if d.isVisible()), None)
    if new is not None:
        new.adjustSize()
        grab(shot, new, "takedown-new-request")
        new.accept()
    wait_until(lambda: not ops.busy())
    settle()
    takedown_tab = editor.tab("takedowns")
    request = takedown_tab.selected_request()
    if request is not None:
        takedowns.set_status(vault, request.id, "submitted", reference="TG-48213")
        takedowns.set_status(vault, request.id, "removed")
        takedowns.verify_removal(vault, request.id)
        second = takedowns.reupload(vault, request.id, "https://t.me/riverside_room2/77")
        editor.reload()
        takedown_tab.select_request(second.id)
        takedown_tab.ui.detailTabs.setCurrentIndex(1)
        grab(shot, window, "takedowns-chain")
        takedown_tab.select_request(request.id)
        takedown_tab.ui.detailTabs.setCurrentIndex(0)
        grab(shot, window, "takedowns-history")
        takedown_tab.select_request(second.id)
        letter = LetterDialog(editor.context, takedown_tab.selected_request(), takedown_tab)
        letter.show()
        wait_until(lambda: letter.ui.copyButton.isEnabled() or not ops.busy())
        settle()
        grab(shot, letter, "takedown-letter")
        letter.close()
        status = StatusDialog(editor.context, takedown_tab.selected_request(), takedown_tab)
        status.ui.referenceEdit.setText("TG-48377")
        status.show()
        grab(shot, status, "takedown-record-status")
        status.close()

    # reports
    from caseapp.gui.reports.police_report_dialog import PoliceReportDialog

    reports_tab = editor.tab("reports")
    editor.ui.sections.setCurrentWidget(reports_tab)
    dialog = PoliceReportDialog(editor.context, reports_tab)
    dialog.ui.addressedEdit.setText("서울마포경찰서 사이버수사팀 / Mapo Police, Cyber Crime Unit")
    dialog.ui.fileEdit.setText(str(folder / f"{case.number} police report.pdf"))
    dialog.show()
    grab(shot, dialog, "report-create")
    dialog.built.connect(lambda record: (editor.reload(), reports_tab._show(record.id)))
    dialog.accept()
    wait_until(lambda: not ops.busy(), timeout=120)
    settle()
    from PySide6.QtWidgets import QApplication, QMessageBox

    written = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.objectName() == "writtenMessage"
               and w.isVisible()]
    if written:
        grab(shot, written[0], "report-written")
        written[0].done(0)
    reports_tab.ui.reportTable.setCurrentCell(0, 0)
    grab(shot, window, "reports-registry")

    # follow-ups and home
    actions = window.work_actions
    actions.show_followups()
    wait_until(lambda: not ops.busy() and bool(actions.followups.rows))
    grab(shot, window, "followups")
    view = actions.followups
    view.ui.tree.setCurrentItem(view.row_items()[0])
    follow_up = view.change_follow_up("done")
    follow_up.ui.noteEdit.setPlainText(
        "플랫폼에 전화함, URL 재요청" if language.current() == "ko"
        else "Called the platform; they want the URL again")
    grab(shot, follow_up, "follow-up")
    follow_up.reject()
    from caseapp.services import session_addenda

    ko = language.current() == "ko"
    held = cases.add_session(vault, case.id, held_at=datetime.now().astimezone(),
                             duration_minutes=50, mode="전화" if ko else "Phone",
                             notes="첫 통화: 3월 2일 유포 확인" if ko
                             else "First call: spread found on 2 March")
    session_addenda.add_addendum(vault, held.id, "정정: 유포 확인은 3월 3일" if ko
                                 else "Correction: the spread was found on 3 March")
    sessions = editor.tab("sessions")
    editor.reload()
    workspace.setCurrentWidget(editor)
    editor.ui.sections.setCurrentWidget(sessions)
    wait_until(lambda: not ops.busy())
    sessions._show_session(held.id)
    sessions.ui.addendumEdit.setPlainText("추가: 경찰 신고 예정" if ko
                                          else "Added: will report to police")
    grab(shot, window, "session-addendum")
    sessions.ui.addendumEdit.clear()
    closing = editor.tab("overview").close_case(
        "상담 종결: 삭제 확인, 피해자 동의" if language.current() == "ko"
        else "Counselling ended: removals verified, victim agreed")
    wait_until(lambda: closing.checklist is not None and not ops.busy())
    grab(shot, closing, "close-case")
    closing.reject()

    # retention review: a closed case six years old, a supervisor with a PIN
    from caseapp.services import supervisor
    from caseapp.store import case_repo

    boss = "박관리" if ko else "Park (supervisor)"
    if not supervisor.has_pin(vault, boss):
        cases.add_counsellor(vault, boss, "supervisor", pin="482913")
    old_case = mine[4 if ko else 5]
    if cases.get_case(vault, old_case.id).status != "closed":
        cases.change_status(vault, old_case.id, "closed", "done")
    long_ago = datetime.now(UTC) - timedelta(days=365 * 6)
    with vault.write() as conn:
        case_repo.set_created_updated(conn, old_case.id, long_ago, long_ago)
    review = window.work_actions.open_retention()
    wait_until(lambda: not ops.busy() and review.ui.caseTable.rowCount() > 0)
    review.ui.caseTable.setCurrentCell(0, 0)
    review.ui.pinEdit.setText("482913")
    grab(shot, review, "retention")
    review.reject()
    from tools.screenshots.handover import shoot_handover

    (folder / "USB").mkdir(exist_ok=True)
    shoot_handover(shot, vault, window, folder)
    actions.show_home()
    wait_until(lambda: not ops.busy() and actions.home.figures is not None)
    grab(shot, window, "home")

    # backup, verify, settings
    from caseapp.gui.backup.backup_dialog import BackupDialog
    from caseapp.gui.backup.verify_dialog import VerifyDialog
    from caseapp.gui.settings.settings_dialog import SettingsDialog

    backup = BackupDialog(session, window)
    backup.ui.folderEdit.setText(str(folder / "USB"))
    backup.show()
    wait_until(lambda: not ops.busy())
    grab(shot, backup, "backup")
    backup.start()
    wait_until(lambda: backup.result is not None or not ops.busy(), timeout=120)
    settle()
    grab(shot, backup, "backup-done")
    backup.accept()
    if backup.result is not None:
        restore = window.open_restore()
        restore.ui.sourceEdit.setText(str(backup.result.path))
        restore.describe()
        wait_until(lambda: not ops.busy() and restore.summary is not None)
        restore.ui.secretEdit.setText("x" * 12)
        grab(shot, restore, "restore")
        restore.reject()
    verify = VerifyDialog(session, window)
    verify.show()
    verify.start()
    wait_until(lambda: verify.problems is not None or not ops.busy(), timeout=300)
    settle()
    grab(shot, verify, "verify-report")
    verify.accept()
    settings = SettingsDialog(session, window)
    settings.show()
    wait_until(lambda: not ops.busy())
    settings.ui.pages.setCurrentIndex(0)
    grab(shot, settings, "settings-backup")
    settings.done(0)
    workspace.setCurrentWidget(workspace.case_list)
