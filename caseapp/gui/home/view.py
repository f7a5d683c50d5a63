"""The home dashboard (what matters today: follow-ups overdue and due, open cases by status,
cases without activity for 14 days, takedowns sent and removed per month in a small bar
chart) and the main-window actions that open the work views: Home, Follow-ups, Back up and
Verify. Home and Follow-ups are tabs of the workspace, built at unlock and dropped at lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QSizePolicy,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from caseapp.gui import changes, labels, language, ops, table_spacing
from caseapp.gui.followups.view import FollowUpsView, retitle
from caseapp.gui.forms.ui_home import Ui_HomeView
from caseapp.gui.ops import Op
from caseapp.gui.session import Session

if TYPE_CHECKING:
    from caseapp.domain.cases import CaseListRow, CaseStatus
    from caseapp.domain.hash_lists import HashListMatch
    from caseapp.gui.cases.retention_dialog import RetentionDialog
    from caseapp.gui.evidence.hash_list_dialog import HashListDialog
    from caseapp.gui.forms.ui_main_window import Ui_MainWindow
    from caseapp.gui.handover.handover_dialog import HandOverDialog
    from caseapp.gui.handover.receive_dialog import ReceiveHandoverDialog
    from caseapp.gui.workspace import Workspace
    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)

IDLE_DAYS = 14
IDLE_SHOWN = 50
CHART_MONTHS = 6
SENT_COLOUR = "#3b6ea8"
REMOVED_COLOUR = "#3a8f5c"


# --- figures (read on the worker) -------------------------------------------------------------
@dataclass(slots=True)
class HomeFigures:
    overdue: int = 0
    today: int = 0
    by_status: list[tuple[CaseStatus, int]] = field(default_factory=list)
    open_total: int = 0
    idle: list[CaseListRow] = field(default_factory=list)
    idle_total: int = 0
    months: list[tuple[str, int, int]] = field(default_factory=list)
    last_backup: str | None = None
    listed_items: int = 0          # evidence items (any case) on a known-material hash list
    listed_cases: int = 0
    recent_listed: list[HashListMatch] = field(default_factory=list)


def month_keys(today: date, count: int = CHART_MONTHS) -> list[str]:
    year, month = today.year, today.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(keys))


def read_figures(vault: Vault, counsellor_id: int | None, now: datetime | None = None
                 ) -> HomeFigures:
    """Everything the dashboard shows, for one counsellor's cases (or everyone's)."""
    from caseapp.domain.cases import CaseQuery, CaseStatus, SortField
    from caseapp.domain.takedowns import QueueBucket
    from caseapp.services import backup, cases, takedowns

    moment = now or datetime.now(UTC)
    figures = HomeFigures()
    after = None
    while True:
        page = takedowns.queue(vault, counsellor=counsellor_id, limit=500, after=after,
                               as_of=moment.astimezone())
        upcoming = False
        for row in page.items:
            if row.bucket is QueueBucket.OVERDUE:
                figures.overdue += 1
            elif row.bucket is QueueBucket.TODAY:
                figures.today += 1
            else:
                upcoming = True
        if upcoming or not page.has_more or page.next_after is None:
            break
        after = page.next_after
    open_statuses = tuple(s for s in CaseStatus if s is not CaseStatus.CLOSED)
    for status in open_statuses:
        count = cases.count_cases(vault, CaseQuery(statuses=(status,),
                                                   counsellor_id=counsellor_id))
        figures.by_status.append((status, count))
        figures.open_total += count
    cutoff = (moment - timedelta(days=IDLE_DAYS)).date() - timedelta(days=1)
    idle = CaseQuery(statuses=open_statuses, counsellor_id=counsellor_id, updated_to=cutoff,
                     sort=SortField.UPDATED, descending=False, limit=IDLE_SHOWN)
    figures.idle = list(cases.list_cases(vault, idle).items)
    figures.idle_total = cases.count_cases(vault, idle)
    keys = month_keys(moment.astimezone().date())
    figures.months = takedowns.monthly_activity(vault, keys, counsellor=counsellor_id)
    figures.last_backup = backup.last_backup_at(vault)
    from caseapp.services import hash_lists

    figures.listed_items, figures.listed_cases = hash_lists.match_summary(vault)
    if figures.listed_items:
        figures.recent_listed = sorted(hash_lists.matches(vault, limit=500),
                                       key=lambda m: m.found_at, reverse=True)[:3]
    return figures


# --- the chart --------------------------------------------------------------------------------
class TakedownChart(QWidget):
    """Two bars per month: requests sent and removals recorded. Drawn with QPainter (no
    chart library: QtCharts is not in PySide6-Essentials and would add to the package)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takedownChart")
        self.months: list[tuple[str, int, int]] = []
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._describe()

    def set_data(self, months: list[tuple[str, int, int]]) -> None:
        self.months = list(months)
        self._describe()
        self.update()

    def _month_label(self, key: str, with_year: bool = True) -> str:
        # babel's own month-and-year pattern: "26년 7월" / "Jul 26" (a hand-made "MMM yy"
        # read "7월 26" in Korean, a day rather than a year)
        from babel.dates import format_skeleton

        year, month = (int(p) for p in key.split("-"))
        return str(format_skeleton("yyMMM" if with_year else "MMM", date(year, month, 1),
                                   locale="ko_KR" if language.current() == "ko" else "en_GB"))

    def _describe(self) -> None:
        parts = [self.tr("%1: %2 sent, %3 removed").replace("%1", self._month_label(k))
                 .replace("%2", str(s)).replace("%3", str(r)) for k, s, r in self.months]
        text = "\n".join(parts)
        self.setAccessibleName(self.tr("Takedown requests sent and removals per month"))
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(palette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        width, height = self.width(), self.height()
        legend_y = 4
        box = line * 0.7
        x = 8.0
        for colour, text in ((SENT_COLOUR, self.tr("Sent")), (REMOVED_COLOUR, self.tr("Removed"))):
            painter.fillRect(QRectF(x, legend_y + (line - box) / 2, box, box), QColor(colour))
            x += box + 4
            painter.setPen(text_colour)
            painter.drawText(QRectF(x, legend_y, metrics.horizontalAdvance(text) + 4, line),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + 16
        top = legend_y + line + 8 + line  # room for the value above the tallest bar
        bottom = height - line - 8
        left, right = 8.0, width - 8.0
        if not self.months or bottom - top < 20:
            painter.end()
            return
        peak = max(1, *(max(s, r) for _k, s, r in self.months))
        slot = (right - left) / len(self.months)
        bar = max(4.0, min(28.0, slot * 0.3))
        grid = QColor(text_colour)
        grid.setAlpha(60)
        painter.setPen(grid)
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        for index, (key, sent, removed) in enumerate(self.months):
            centre = left + slot * (index + 0.5)
            for offset, value, colour in ((-bar - 1, sent, SENT_COLOUR),
                                          (1, removed, REMOVED_COLOUR)):
                h = (bottom - top) * value / peak
                rect = QRectF(centre + offset, bottom - h, bar, h)
                painter.fillRect(rect, QColor(colour))
                painter.setPen(text_colour)
                painter.drawText(QRectF(rect.x() - 10, rect.y() - line - 1, bar + 20, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 str(value))
            painter.setPen(text_colour)
            painter.drawText(QRectF(centre - slot / 2, bottom + 4, slot, line),
                             Qt.AlignmentFlag.AlignHCenter,
                             self._month_label(key, index == 0 or key.endswith("-01")))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
            self.update()
        super().changeEvent(event)


# --- the dashboard ----------------------------------------------------------------------------
class HomeView(QWidget):
    loaded = Signal()
    follow_ups_requested = Signal()
    backup_requested = Signal()
    hash_lists_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeView")
        self.session = session
        self.figures: HomeFigures | None = None
        self._loading = False
        self._again = False
        self.ui = Ui_HomeView()
        self.ui.setupUi(self)
        self.chart = TakedownChart(self.ui.chartHolder)
        self.ui.chartLayout.addWidget(self.chart)
        for label in (self.ui.greetingLabel, self.ui.backupLabel, self.ui.hashListLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for name in ("overdue", "today", "open", "idle"):
            count = getattr(self.ui, f"{name}Count")
            font = count.font()
            font.setPointSizeF(font.pointSizeF() * 2.2)
            font.setBold(True)
            count.setFont(font)
        for table in (self.ui.statusTable, self.ui.idleTable):
            table_spacing.roomy(table)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        status_header = self.ui.statusTable.horizontalHeader()
        status_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        status_header.setStretchLastSection(False)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.backupFrame.hide()
        self.ui.hashListFrame.hide()
        self.ui.hashListButton.clicked.connect(self.hash_lists_requested)
        self.ui.idleTable.cellDoubleClicked.connect(self._open_idle)
        self.ui.idleTable.cellActivated.connect(self._open_idle)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self._fill_scope()
        self.ui.scopeCombo.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.ui.followUpsButton.clicked.connect(self.follow_ups_requested)
        self.ui.backupButton.clicked.connect(self.backup_requested)
        changes.hub().changed.connect(self.on_changes)
        self._retranslate()

    def title(self) -> str:
        return self.tr("Home")

    def on_changes(self, what: changes.Changes) -> None:
        """Figures move with cases, takedowns, follow-ups and backups; refreshed now when
        shown, otherwise when next shown."""
        if ops.widget_alive(self) and self.isVisible() and what.touches(
                *changes.CASE_AREAS, changes.Area.BACKUPS, changes.Area.COUNSELLORS,
            changes.Area.HASH_LISTS):
            self.refresh()

    def _is_supervisor(self) -> bool:
        return str(self.session.counsellor.role) == "supervisor"

    def _fill_scope(self) -> None:
        """A supervisor can see the whole office's figures; a counsellor sees their own."""
        combo = self.ui.scopeCombo
        current = combo.currentData() or "mine"
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("My cases"), "mine")
        combo.addItem(self.tr("All cases"), "all")
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        combo.setVisible(self._is_supervisor())

    def everyone(self) -> bool:
        return self._is_supervisor() and self.ui.scopeCombo.currentData() == "all"

    def _scope_changed(self) -> None:
        self._retranslate()
        self.refresh()

    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        vault = self.session.vault
        me = None if self.everyone() else self.session.counsellor.id

        def shown(figures: HomeFigures) -> None:
            self._loading = False
            self.figures = figures
            self._show()
            self.loaded.emit()
            if self._again:
                self._again = False
                self.refresh()

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._loading = False
            show_error(self, exc)

        Op(self, op=lambda: read_figures(vault, me), success=shown, failure=failed) \
            .run_in_background()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show(self) -> None:
        from caseapp.gui.backup.backup_dialog import backup_due, describe_last_backup

        figures = self.figures
        if figures is None:
            return
        self.ui.overdueCount.setText(str(figures.overdue))
        self.ui.todayCount.setText(str(figures.today))
        self.ui.openCount.setText(str(figures.open_total))
        self.ui.idleCount.setText(str(figures.idle_total))
        colour = "#b3261e" if figures.overdue else ""
        self.ui.overdueCount.setStyleSheet(f"color: {colour};" if colour else "")
        table = self.ui.statusTable
        table.setRowCount(len(figures.by_status))
        for row, (status, count) in enumerate(figures.by_status):
            table.setItem(row, 0, QTableWidgetItem(labels.core_label(status)))
            cell = QTableWidgetItem(str(count))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, cell)
        idle = self.ui.idleTable
        idle.setRowCount(len(figures.idle))
        for row, case in enumerate(figures.idle):
            cells = (case.number, case.pseudonym, labels.core_label(case.status),
                     labels.format_local(case.updated_at))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole + 1, case.id)
                idle.setItem(row, column, cell)
        self.chart.set_data(figures.months)
        due = backup_due(figures.last_backup, self.session.prefs.backup_reminder_days)
        self.ui.backupFrame.setVisible(due)
        self.ui.backupLabel.setText(describe_last_backup(figures.last_backup) + " "
                                    + self.tr("Back up now to keep the cases safe if this "
                                              "computer is lost or breaks."))
        self.ui.hashListFrame.setVisible(figures.listed_items > 0)
        if figures.listed_items:
            text = self.tr("%n evidence item(s) in %1 case(s) are on a known-material hash "
                           "list.", "", figures.listed_items).replace(
                               "%1", str(figures.listed_cases))
            for m in figures.recent_listed:
                text += "\n" + self.tr("%1 (case %2): on “%3” from %4").replace(
                    "%1", m.code).replace("%2", m.case_number).replace(
                    "%3", m.list_label).replace("%4", m.source)
            self.ui.hashListLabel.setText(text)
            self.ui.hashListFrame.setStyleSheet("#hashListFrame { border: 1px solid #b3261e; }")

    def _open_idle(self, row: int, _column: int) -> None:
        cell = self.ui.idleTable.item(row, 0)
        workspace = getattr(self.window(), "workspace", None)
        if cell is not None and workspace is not None:
            workspace.open_case(int(cell.data(Qt.ItemDataRole.UserRole + 1)))

    def _retranslate(self) -> None:
        if self.everyone():
            text = self.tr("Hello, %1. Figures for all cases of the office; the chart counts "
                           "takedown requests sent and removals recorded in the last six "
                           "months.")
        else:
            text = self.tr("Hello, %1. Figures for your cases; the chart counts takedown "
                           "requests sent and removals recorded in the last six months.")
        self.ui.greetingLabel.setText(text.replace("%1", self.session.counsellor.name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_scope()
            self._retranslate()
            self._show()
            retitle(self, self.title())
        super().changeEvent(event)

    def shutdown(self) -> None:
        self.figures = None
        self.ui.idleTable.setRowCount(0)
        self.ui.statusTable.setRowCount(0)


# --- main-window actions ----------------------------------------------------------------------
class WorkMenu(QMenu):
    """The Work menu; it hears of a language switch for the actions (no event filter on the
    main window: every event would pass through Python)."""

    language_changed = Signal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed.emit()
        super().changeEvent(event)


class WorkWindow(Protocol):
    """The main window as the Work actions use it. A protocol, not an import: the main
    window imports this module (tests/architecture/test_import_cycles.py)."""

    @property
    def ui(self) -> Ui_MainWindow: ...
    @property
    def session(self) -> Session | None: ...
    @property
    def workspace(self) -> Workspace | None: ...
    @property
    def session_started(self) -> SignalInstance: ...
    @property
    def locked(self) -> SignalInstance: ...


class WorkActions(QObject):
    """Adds Home, Follow-ups, Back up and Verify to the main window (a menu and the
    toolbar), puts the Home and Follow-ups tabs into each new workspace, and flags the Home
    tab when a backup is due or a follow-up is overdue."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.main_widget = window  # the parent of the dialogs the actions open
        main: WorkWindow = cast("WorkWindow", window)
        self.window = main
        self.home: HomeView | None = None
        self.followups: FollowUpsView | None = None
        self.menu = WorkMenu(main.ui.menuBar)
        self.menu.setObjectName("workMenu")
        self.menu.language_changed.connect(self._retranslate)
        main.ui.menuBar.insertMenu(main.ui.helpMenu.menuAction(), self.menu)
        self.home_action = self._action("actionHome", "Ctrl+Shift+H", self.show_home)
        self.followups_action = self._action("actionFollowUps", "Ctrl+Shift+U",
                                             self.show_followups)
        self.backup_action = self._action("actionBackup", "Ctrl+Shift+B", self.open_backup)
        self.verify_action = self._action("actionVerify", None, self.open_verify)
        self.store_key_action = self._action("actionStoreKey", None, self.open_store_key)
        self.hand_over_action = self._action("actionHandOver", None,
                                             lambda: self.open_hand_over())
        self.receive_action = self._action("actionReceiveHandover", None,
                                           lambda: self.open_receive())
        self.retention_action = self._action("actionRetention", None, self.open_retention)
        self.hash_lists_action = self._action("actionHashLists", None, self.open_hash_lists)
        self.menu.addAction(self.home_action)
        self.menu.addAction(self.followups_action)
        self.menu.addSeparator()
        self.menu.addAction(self.backup_action)
        self.menu.addAction(self.verify_action)
        self.menu.addSeparator()
        self.menu.addAction(self.hand_over_action)
        self.menu.addAction(self.receive_action)
        self.menu.addAction(self.store_key_action)
        self.menu.addSeparator()
        self.menu.addAction(self.hash_lists_action)
        self.menu.addAction(self.retention_action)
        toolbar = main.ui.toolBar
        before = main.ui.actionSettings
        toolbar.insertActions(before, [self.home_action, self.followups_action,
                                       self.backup_action])
        toolbar.insertSeparator(before)
        main.session_started.connect(self._started)
        main.locked.connect(self._stopped)
        self._set_enabled(False)
        self._retranslate()

    def _action(self, name: str, keys: str | None, slot: Callable[..., object]) -> QAction:
        action = QAction(self.main_widget)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.home_action, self.followups_action, self.backup_action,
                       self.verify_action, self.store_key_action, self.retention_action,
                       self.hand_over_action, self.receive_action,
                       self.hash_lists_action):
            action.setEnabled(enabled)
        self.menu.menuAction().setVisible(enabled)

    # --- session -------------------------------------------------------------------------
    def _workspace(self) -> Workspace | None:
        workspace = self.window.workspace
        return workspace if workspace is not None and shiboken6.isValid(workspace) else None

    def _started(self) -> None:
        workspace = self._workspace()
        session = self.window.session
        if workspace is None or session is None:
            return
        self.home = HomeView(session, workspace)
        self.followups = FollowUpsView(session, workspace)
        self.home.follow_ups_requested.connect(self.show_followups)
        self.home.backup_requested.connect(self.open_backup)
        self.home.hash_lists_requested.connect(lambda: self.open_hash_lists(True))
        for index, view in ((1, self.home), (2, self.followups)):
            workspace.insertTab(index, view, view.title())
            bar = workspace.tabBar()
            bar.setTabButton(index, bar.ButtonPosition.RightSide, None)
            bar.setTabButton(index, bar.ButtonPosition.LeftSide, None)
        workspace.setCurrentIndex(0)  # the case list is the workspace's first tab
        self._set_enabled(True)
        self.check_attention()
        self._warm_matching(session)

    def _warm_matching(self, session: Session) -> None:
        """Load the store's PDQ index in the background now, so the first file added after
        unlocking does not wait for it (seconds at a million stored hashes)."""
        from caseapp.services import pdq_index

        vault = session.vault
        Op(self.home, op=lambda: pdq_index.warm(vault), success=lambda _n: None,
           failure=lambda _e: None).run_in_background()

    def _stopped(self) -> None:
        for view in (self.home, self.followups):
            if view is not None and shiboken6.isValid(view):
                view.shutdown()
        self.home = self.followups = None
        self._set_enabled(False)

    def check_attention(self) -> None:
        """Flag the Home tab when a backup is due or a follow-up of mine is overdue."""
        from caseapp.gui.backup.backup_dialog import backup_due

        session = self.window.session
        if session is None or self.home is None:
            return
        vault, me = session.vault, session.counsellor.id
        home = self.home

        def read() -> tuple[str | None, bool]:
            from caseapp.services import backup, takedowns

            overdue = takedowns.queue(vault, counsellor=me, overdue_only=True, limit=1)
            return backup.last_backup_at(vault), bool(overdue.items)

        def flag(result: tuple[str | None, bool]) -> None:
            last, overdue = result
            workspace = self._workspace()
            if workspace is None or not shiboken6.isValid(home):
                return
            index = workspace.indexOf(home)
            due = backup_due(last, session.prefs.backup_reminder_days)
            reasons = []
            if due:
                reasons.append(self.tr("A backup is due."))
            if overdue:
                reasons.append(self.tr("Some follow-ups are overdue."))
            icon = workspace.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) \
                if reasons else None
            from PySide6.QtGui import QIcon

            workspace.setTabIcon(index, icon if icon is not None else QIcon())
            workspace.setTabToolTip(index, " ".join(reasons))
            home.ui.backupFrame.setVisible(due)

        Op(home, op=read, success=flag, failure=lambda _e: None).run_in_background()

    # --- opening things --------------------------------------------------------------------
    def show_home(self) -> None:
        workspace = self._workspace()
        if workspace is not None and self.home is not None:
            workspace.setCurrentWidget(self.home)

    def show_followups(self) -> None:
        workspace = self._workspace()
        if workspace is not None and self.followups is not None:
            workspace.setCurrentWidget(self.followups)
            self.followups.ui.tree.setFocus()

    def open_backup(self) -> None:
        from caseapp.gui.backup.backup_dialog import BackupDialog

        if self.window.session is None:
            return
        dialog = BackupDialog(self.window.session, self.main_widget)
        dialog.finished.connect(lambda _r: self.check_attention())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_verify(self) -> None:
        from caseapp.gui.backup.verify_dialog import VerifyDialog

        if self.window.session is None:
            return
        dialog = VerifyDialog(self.window.session, self.main_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_store_key(self) -> None:
        from caseapp.gui.handover.store_key_dialog import StoreKeyDialog

        if self.window.session is None:
            return
        dialog = StoreKeyDialog(self.window.session.vault, self.main_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _chosen_case_ids(self) -> list[int]:
        """The open case, or the case selected in the case list."""
        workspace = self._workspace()
        if workspace is None:
            return []
        editor = workspace.current_editor()
        if editor is not None:
            return [editor.case.id]
        if workspace.currentWidget() is workspace.case_list:
            chosen = workspace.case_list.current_case_id()
            return [] if chosen is None else [int(chosen)]
        return []

    def open_hand_over(self, case_ids: list[int] | None = None) -> HandOverDialog | None:
        from caseapp.gui.handover.handover_dialog import HandOverDialog

        if self.window.session is None:
            return None
        dialog = HandOverDialog(self.window.session.vault,
                                self._chosen_case_ids() if case_ids is None else case_ids,
                                self.main_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_receive(self) -> ReceiveHandoverDialog | None:
        from caseapp.gui.handover.receive_dialog import ReceiveHandoverDialog

        if self.window.session is None:
            return None
        dialog = ReceiveHandoverDialog(self.window.session.vault, self.main_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_hash_lists(self, show_matches: bool = False) -> HashListDialog | None:
        from caseapp.gui.evidence.hash_list_dialog import HashListDialog

        if self.window.session is None:
            return None
        dialog = HashListDialog(self.window.session, self.main_widget)
        if show_matches:
            dialog.ui.tabs.setCurrentWidget(dialog.ui.matchesPage)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_retention(self) -> RetentionDialog | None:
        from caseapp.gui.cases.retention_dialog import RetentionDialog

        if self.window.session is None:
            return None
        dialog = RetentionDialog(self.window.session, self.main_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- language -----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Work"))
        self.hash_lists_action.setText(self.tr("Hash &lists…"))
        self.hash_lists_action.setToolTip(self.tr("Known-material hash lists from partners, "
                                                  "the police and platforms, and the evidence "
                                                  "found on them"))
        self.retention_action.setText(self.tr("&Retention review…"))
        self.retention_action.setToolTip(self.tr("How long closed cases are kept, and deleting "
                                                 "those past it with a supervisor's PIN"))
        self.hand_over_action.setText(self.tr("Hand cases &over…"))
        self.hand_over_action.setToolTip(self.tr("Write the open or selected case (or others) "
                                                 "into an encrypted case bundle for another "
                                                 "office or a colleague"))
        self.receive_action.setText(self.tr("Rec&eive a handover…"))
        self.receive_action.setToolTip(self.tr("Import the cases of a case bundle sent to "
                                               "this store"))
        self.store_key_action.setText(self.tr("This store's &key…"))
        self.store_key_action.setToolTip(self.tr("The key another office needs to send this "
                                                 "store an encrypted case bundle"))
        self.home_action.setText(self.tr("&Home"))
        self.home_action.setToolTip(self.tr("What matters today: follow-ups, open cases, "
                                            "cases without activity"))
        self.followups_action.setText(self.tr("&Follow-ups"))
        self.followups_action.setToolTip(self.tr("Takedown follow-ups across all cases"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.backup_action.setToolTip(self.tr("Write an encrypted backup of all cases and "
                                              "evidence"))
        self.verify_action.setText(self.tr("&Verify the data…"))
        labels.plain_toolbar_texts(self.window.ui.toolBar)
