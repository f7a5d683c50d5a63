"""The Follow-ups view and the Home dashboard: the counsellor's own follow-ups by default
(everyone's on request), grouped overdue / due today / upcoming; Home's counts of overdue
follow-ups, open cases by status and cases without activity for 14 days; the monthly chart of
takedowns sent and removed; and the Home tab flagged while a backup is due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from caseapp.gui import ops
from tests.gui.conftest import open_vault, unlock
from tests.gui.evidence.test_evidence_tab import consent
from tests.gui.takedowns.test_takedowns_tab import queue_rows


def prepare(store_dir, sample_cases) -> dict[str, str]:
    """A draft request on my case (its "send" follow-up is due at once), a removed one on
    my case, a request on someone else's case, and my third case idle for 20 days."""
    from caseapp.services import cases, takedowns
    from caseapp.store import case_repo

    mine, other, idle = sample_cases["푸른별"], sample_cases["Willow"], sample_cases["바람"]
    consent(store_dir, mine, "takedown")
    consent(store_dir, other, "takedown")
    vault = open_vault(store_dir)
    try:
        me = cases.get_counsellor(vault, "김하늘")
        cases.update_case(vault, idle, counsellor_id=me.id)
        draft = takedowns.create_request(vault, mine, "https://t.me/room/1", "telegram")
        sent = takedowns.create_request(vault, mine, "https://t.me/room/2", "telegram")
        takedowns.set_status(vault, sent.id, "submitted")
        takedowns.set_status(vault, sent.id, "removed")
        theirs = takedowns.create_request(vault, other, "https://x.com/a/status/9", "x")
        long_ago = datetime.now(UTC) - timedelta(days=20)
        with vault.write() as conn:
            found = cases.get_case(vault, idle)
            case_repo.set_created_updated(conn, found.id, long_ago, long_ago)
    finally:
        vault.close()
    return {"draft": draft.code, "sent": sent.code, "theirs": theirs.code, "idle": idle}


def test_followups_show_mine_by_default_and_everyone_on_request(qtbot, store_dir,
                                                                 sample_cases, window):
    made = prepare(store_dir, sample_cases)
    unlock(qtbot, window)
    view = window.work_actions.followups
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.work_actions.followups_action.trigger()
    assert window.workspace.currentWidget() is view
    assert view.ui.scopeCombo.currentText() == "My cases"
    rows = queue_rows(view)
    assert ("Overdue", made["draft"], "Send the request") in rows
    assert ("Overdue", made["sent"], "Verify the removal") in rows
    assert not any(code == made["theirs"] for _g, code, _f in rows)
    assert view.ui.summaryLabel.text() == "2 overdue · 0 due today · 0 upcoming"

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.ui.scopeCombo.setCurrentIndex(view.ui.scopeCombo.findData("everyone"))
    assert any(code == made["theirs"] for _g, code, _f in queue_rows(view))


def test_home_counts_what_matters_today(qtbot, store_dir, sample_cases, window):
    made = prepare(store_dir, sample_cases)
    unlock(qtbot, window)
    actions = window.work_actions
    home = actions.home
    workspace = window.workspace
    assert workspace.tabText(workspace.indexOf(home)) == "Home"
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    assert "A backup is due." in workspace.tabToolTip(workspace.indexOf(home))
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        actions.home_action.trigger()
    ui = home.ui
    assert ui.overdueCount.text() == "2"
    assert ui.todayCount.text() == "0"
    assert ui.openCount.text() == "2"  # my two open cases
    assert ui.idleCount.text() == "1"
    assert ui.idleTable.item(0, 0).text() == made["idle"]
    statuses = {ui.statusTable.item(r, 0).text(): ui.statusTable.item(r, 1).text()
                for r in range(ui.statusTable.rowCount())}
    assert statuses["Intake"] == "2"
    this_month = datetime.now().astimezone().strftime("%Y-%m")
    assert home.chart.months[-1] == (this_month, 1, 1)
    assert len(home.chart.months) == 6
    assert "1 sent, 1 removed" in home.chart.accessibleDescription()
    assert ui.backupFrame.isVisible()
    assert "No backup has been made yet." in ui.backupLabel.text()

    # double-clicking the idle case opens it
    ui.idleTable.cellDoubleClicked.emit(0, 0)
    assert workspace.current_editor().case.number == made["idle"]


def test_the_home_and_follow_up_tabs_go_with_the_lock(qtbot, store_dir, sample_cases,
                                                      window):
    prepare(store_dir, sample_cases)
    unlock(qtbot, window)
    actions = window.work_actions
    with qtbot.waitSignal(actions.followups.loaded, timeout=10_000):
        actions.followups_action.trigger()
    assert actions.followups_action.isEnabled()
    window.lock("test")
    assert actions.home is None and actions.followups is None
    assert not actions.followups_action.isEnabled()
    assert not actions.menu.menuAction().isVisible()
    unlock(qtbot, window)
    assert actions.home is not None
    assert window.workspace.indexOf(actions.home) == 1
    assert window.workspace.indexOf(actions.followups) == 2


def test_the_work_views_switch_to_korean_at_once(qtbot, store_dir, sample_cases, window):
    from caseapp.gui import language

    unlock(qtbot, window)
    _editor, tab = open_section_by_number(qtbot, window, sample_cases["푸른별"])
    editor = window.workspace.current_editor()
    actions = window.work_actions
    language.apply("ko")  # widgets hear of it through posted LanguageChange events
    qtbot.waitUntil(lambda: editor.ui.sections.tabText(editor.ui.sections.indexOf(tab))
                    == "증거", timeout=5000)
    titles = [editor.ui.sections.tabText(i) for i in range(editor.ui.sections.count())]
    assert titles[-3:] == ["증거", "삭제 요청", "보고서"]
    workspace = window.workspace
    assert workspace.tabText(workspace.indexOf(actions.home)) == "홈"
    assert workspace.tabText(workspace.indexOf(actions.followups)) == "후속 조치"
    assert actions.menu.title() == "업무(&W)"
    assert tab.ui.addFilesButton.text() == "파일 추가(&A)…"
    assert tab.model.headerData(3, Qt.Orientation.Horizontal) == "URL 또는 파일 이름"
    language.apply("en")
    qtbot.waitUntil(lambda: editor.ui.sections.tabText(editor.ui.sections.indexOf(tab))
                    == "Evidence", timeout=5000)
    assert actions.menu.title() == "&Work"


def test_every_catalogue_entry_has_korean():
    import xml.etree.ElementTree as ET

    from tests.conftest import ROOT

    root = ET.parse(ROOT / "resources" / "translations" / "caseapp_ko.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 800
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


def open_section_by_number(qtbot, window, number):
    from tests.gui.evidence.test_evidence_tab import open_section

    return open_section(qtbot, window, number, "evidence")


def test_home_shows_all_cases_to_a_supervisor(qtbot, store_dir, sample_cases, prefs):
    from caseapp.gui.home.view import HomeView
    from caseapp.gui.session import Session
    from caseapp.services import cases

    vault = open_vault(store_dir)
    try:
        boss = cases.add_counsellor(vault, "박관리", "supervisor")
        mine = cases.get_counsellor(vault, "김하늘")
        counsellor_view = HomeView(Session(store_dir, vault, mine, prefs))
        qtbot.addWidget(counsellor_view)
        assert counsellor_view.ui.scopeCombo.isHidden()  # a counsellor sees their own

        view = HomeView(Session(store_dir, vault, boss, prefs))
        qtbot.addWidget(view)
        view.show()
        assert not view.ui.scopeCombo.isHidden()
        qtbot.waitUntil(lambda: view.figures is not None and not ops.busy(), timeout=10_000)
        assert view.ui.openCount.text() == "0"  # no case is assigned to the supervisor
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.ui.scopeCombo.setCurrentIndex(view.ui.scopeCombo.findData("all"))
        assert view.ui.openCount.text() == "3"
        assert "all cases of the office" in view.ui.greetingLabel.text()
        view.hide()
        qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    finally:
        vault.close()
