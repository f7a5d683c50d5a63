"""The Follow-ups view: open takedown follow-ups across all cases (the counsellor's own by
default, or everyone's), grouped as overdue, due today and upcoming. Double-clicking one
opens its case at that request. The queue is read in an Op whenever the view is shown."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from caseapp.gui import changes, labels, ops, table_spacing
from caseapp.gui.forms.ui_followups import Ui_FollowUpsView
from caseapp.gui.navigation import open_case_at
from caseapp.gui.ops import Op
from caseapp.gui.rich_text import plain_tip
from caseapp.gui.session import Session

if TYPE_CHECKING:
    from caseapp.domain.takedowns import QueueRow
    from caseapp.gui.followups.follow_up_dialog import FollowUpDialog
    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)

MINE, EVERYONE = "mine", "everyone"
PAGE = 500
MAX_ROWS = 2000
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
BUCKET_COLOURS = {"overdue": "#b3261e", "today": "#8a5a00", "upcoming": ""}


def read_queue(vault: Vault, counsellor_id: int | None) -> list[QueueRow]:
    """Every open follow-up (up to MAX_ROWS), due first; runs on the worker."""
    from caseapp.services import takedowns

    rows: list[QueueRow] = []
    after = None
    while len(rows) < MAX_ROWS:
        page = takedowns.queue(vault, counsellor=counsellor_id, limit=PAGE, after=after)
        rows.extend(page.items)
        if not page.has_more or page.next_after is None:
            break
        after = page.next_after
    return rows


class FollowUpsView(QWidget):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsView")
        self.session = session
        self.rows: list[QueueRow] = []
        self._loading = False
        self._again = False
        self.ui = Ui_FollowUpsView()
        self.ui.setupUi(self)
        for label in (self.ui.summaryLabel, self.ui.hintLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        table_spacing.roomy(self.ui.tree)
        header = self.ui.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._fill_scope()
        self.ui.scopeCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.followUpButton.clicked.connect(lambda: self.change_follow_up())
        self.ui.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.ui.tree.itemActivated.connect(lambda item, _c: self.open_row(item))
        self.ui.tree.itemDoubleClicked.connect(lambda item, _c: self.open_row(item))
        changes.hub().changed.connect(self.on_changes)
        self._retranslate()

    def _fill_scope(self) -> None:
        combo = self.ui.scopeCombo
        current = combo.currentData() or MINE
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("My cases"), MINE)
        combo.addItem(self.tr("Everyone's cases"), EVERYONE)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # --- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        vault = self.session.vault
        mine = self.ui.scopeCombo.currentData() == MINE
        counsellor = self.session.counsellor.id if mine else None

        def shown(rows: list[QueueRow]) -> None:
            self._loading = False
            self.rows = rows
            self._show()
            self.loaded.emit()
            if self._again:
                self._again = False
                self.refresh()

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._loading = False
            show_error(self, exc)

        Op(self, op=lambda: read_queue(vault, counsellor), success=shown, failure=failed) \
            .run_in_background()

    def on_changes(self, what: changes.Changes) -> None:
        if ops.widget_alive(self) and self.isVisible() and what.touches(
                changes.Area.TAKEDOWNS, changes.Area.FOLLOWUPS, changes.Area.CASE):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _show(self) -> None:
        from caseapp.domain.takedowns import QueueBucket

        tree = self.ui.tree
        tree.clear()
        counts = {b: 0 for b in QueueBucket}
        for row in self.rows:
            counts[row.bucket] += 1
        bold = QFont(tree.font())
        bold.setBold(True)
        for bucket in QueueBucket:
            group = QTreeWidgetItem([f"{labels.core_label(bucket)} ({counts[bucket]})"])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            colour = BUCKET_COLOURS.get(bucket.value)
            if colour:
                group.setForeground(0, QBrush(QColor(colour)))
            tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for index, row in enumerate(self.rows):
                if row.bucket is not bucket:
                    continue
                cells = [labels.format_local(row.due_at), f"{row.case_number} · {row.pseudonym}",
                         row.request_code, labels.core_label(row.task),
                         labels.recipient_name(row.recipient_name),
                         labels.core_label(row.status), row.target, row.counsellor_name]
                item = QTreeWidgetItem(cells)
                item.setData(0, ROW_ROLE, index)
                item.setToolTip(6, plain_tip(row.target))
                if colour:
                    item.setForeground(0, QBrush(QColor(colour)))
                group.addChild(item)
            group.setExpanded(True)
        self.ui.summaryLabel.setText(self.tr("%1 overdue · %2 due today · %3 upcoming")
                                     .replace("%1", str(counts[QueueBucket.OVERDUE]))
                                     .replace("%2", str(counts[QueueBucket.TODAY]))
                                     .replace("%3", str(counts[QueueBucket.UPCOMING])))
        self._enable()

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {"overdue": 0, "today": 0, "upcoming": 0}
        for row in self.rows:
            found[row.bucket.value] += 1
        return found

    def row_items(self) -> list[QTreeWidgetItem]:
        tree = self.ui.tree
        groups = [tree.topLevelItem(g) for g in range(tree.topLevelItemCount())]
        return [row for group in groups if group is not None
                for c in range(group.childCount()) if (row := group.child(c)) is not None]

    def selected_row(self) -> QueueRow | None:
        item = self.ui.tree.currentItem()
        index = None if item is None else item.data(0, ROW_ROLE)
        if index is None or not 0 <= int(index) < len(self.rows):
            return None
        return self.rows[int(index)]

    def _enable(self) -> None:
        self.ui.followUpButton.setEnabled(self.selected_row() is not None)

    def change_follow_up(self, action: str | None = None) -> FollowUpDialog | None:
        """Postpone, re-date or complete the selected follow-up (the dialog's Op announces
        the change, and this view refreshes on it)."""
        from caseapp.gui.followups.follow_up_dialog import FollowUpDialog, FollowUpRef

        row = self.selected_row()
        if row is None:
            return None
        dialog = FollowUpDialog(self.session.vault, FollowUpRef(
            row.task_id, labels.core_label(row.task), row.due_at, row.request_code,
            row.case_id), self)
        if action is not None:
            dialog.choose(action)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_row(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, ROW_ROLE)
        if index is None or not 0 <= int(index) < len(self.rows):
            return
        row = self.rows[int(index)]
        open_case_at(self, row.case_id, "takedowns",
                     lambda tab: getattr(tab, "select_request", lambda _i: None)(row.request_id))

    # --- language and lock ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Follow-ups")

    def _retranslate(self) -> None:
        self.ui.hintLabel.setText(self.tr(
            "Takedown requests waiting for you: send the request, check whether the "
            "material is still online, escalate, verify a removal or re-check for "
            "re-uploads. Double-click one to open its case."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_scope()
            self._retranslate()
            self._show()
            retitle(self, self.title())
        super().changeEvent(event)

    def shutdown(self) -> None:
        self.rows = []
        self.ui.tree.clear()


def retitle(view: QWidget, title: str) -> None:
    """Set the workspace tab text of a view that lives in the workspace to ``title``."""
    from PySide6.QtWidgets import QTabWidget

    parent = view.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is not None:
        index = parent.indexOf(view)
        if index >= 0:
            parent.setTabText(index, title)
