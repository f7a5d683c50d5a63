"""Overview section: pseudonym, risk, assigned counsellor, legal categories, tags and summary
(saved with the case window's Save), and the status change, offered only along the allowed
transitions and written at once."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QListWidgetItem, QWidget

from caseapp.gui import labels
from caseapp.gui.case_tab import CaseContext, CaseTab, SaveStep
from caseapp.gui.changes import Area
from caseapp.gui.forms.ui_case_overview_tab import Ui_OverviewTab

if TYPE_CHECKING:
    from caseapp.domain.cases import Case
    from caseapp.gui.cases.close_dialog import CloseCaseDialog

TAG_SEPARATORS = re.compile(r"[,，、;]")


def split_tags(text: str) -> list[str]:
    """Tags typed in either language: a predefined tag's label is stored as its key."""
    from caseapp.domain.cases import tag_key

    return [tag_key(part) for part in TAG_SEPARATORS.split(text) if part.strip()]


def join_tags(tags: Iterable[object]) -> str:
    return ", ".join(labels.tag_name(str(t)) for t in tags)


class OverviewTab(CaseTab):
    key = "overview"
    order = 10

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from caseapp.domain.cases import PREDEFINED_TAGS

        self.ui = Ui_OverviewTab()
        self.ui.setupUi(self)
        self.ui.currentStatus.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.datesLabel.setTextFormat(Qt.TextFormat.PlainText)
        completer = QCompleter([labels.tag_name(t) for t in PREDEFINED_TAGS], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.tagsEdit.setCompleter(completer)
        self._fill_choices()
        self.ui.pseudonymEdit.textEdited.connect(self.mark_dirty)
        self.ui.tagsEdit.textEdited.connect(self.mark_dirty)
        self.ui.summaryEdit.textChanged.connect(self.mark_dirty)
        for combo in (self.ui.riskCombo, self.ui.counsellorCombo):
            combo.currentIndexChanged.connect(self.mark_dirty)
        self.ui.categoryList.itemChanged.connect(self.mark_dirty)
        self.ui.changeStatusButton.clicked.connect(self.change_status)
        self.ui.statusCombo.currentIndexChanged.connect(self._update_status_button)

    def title(self) -> str:
        return self.tr("Overview")

    # --- choices ----------------------------------------------------------------------
    def _fill_choices(self) -> None:
        from caseapp.domain.cases import RiskLevel
        from caseapp.domain.legal import LegalCategory

        was, self._loading = self._loading, True
        risk = self.ui.riskCombo.currentData()
        self.ui.riskCombo.clear()
        for risk_option in RiskLevel:
            self.ui.riskCombo.addItem(labels.core_label(risk_option), risk_option.value)
        _select(self.ui.riskCombo, risk)
        ticked = self._categories()
        self.ui.categoryList.clear()
        for category_option in LegalCategory:
            item = QListWidgetItem(labels.core_label(category_option), self.ui.categoryList)
            item.setData(Qt.ItemDataRole.UserRole, category_option.value)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if category_option.value in ticked
                               else Qt.CheckState.Unchecked)
        rows = self.ui.categoryList.count()
        self.ui.categoryList.setFixedHeight(
            self.ui.categoryList.sizeHintForRow(0) * rows + 2 * self.ui.categoryList.frameWidth())
        counsellor = self.ui.counsellorCombo.currentData()
        self.ui.counsellorCombo.clear()
        self.ui.counsellorCombo.addItem(self.tr("Nobody yet"), None)
        for person in self.context.counsellors():
            if person.active or person.id == counsellor:
                self.ui.counsellorCombo.addItem(person.name, person.id)
        _select(self.ui.counsellorCombo, counsellor)
        self._loading = was

    def _fill_statuses(self, case: Case) -> None:
        from caseapp.domain.cases import ALLOWED_TRANSITIONS, CaseStatus

        chosen = self.ui.statusCombo.currentData()
        self.ui.statusCombo.clear()
        order = list(CaseStatus)
        for value in sorted(ALLOWED_TRANSITIONS[case.status], key=order.index):
            text = labels.core_label(value)
            if case.status is CaseStatus.CLOSED:
                text = self.tr("%1 (reopen)").replace("%1", text)
            self.ui.statusCombo.addItem(text, value.value)
        _select(self.ui.statusCombo, chosen)
        self.ui.currentStatus.setText(labels.core_label(case.status))
        self._update_status_button()

    def _update_status_button(self) -> None:
        self.ui.changeStatusButton.setEnabled(self.ui.statusCombo.count() > 0)

    # --- loading ----------------------------------------------------------------------
    def load(self, case: Case) -> None:
        self._fill_statuses(case)
        self.ui.pseudonymEdit.setText(case.pseudonym)
        _select(self.ui.riskCombo, case.risk.value)
        if case.counsellor_id is not None and self.ui.counsellorCombo.findData(
                case.counsellor_id) < 0:
            self._fill_choices()
        _select(self.ui.counsellorCombo, case.counsellor_id)
        self._tick_categories([c.value for c in case.legal_categories])
        self.ui.tagsEdit.setText(join_tags(case.tags))
        if self.ui.summaryEdit.toPlainText() != case.summary:
            self.ui.summaryEdit.setPlainText(case.summary)
        self._show_dates(case)

    def _show_dates(self, case: Case) -> None:
        self.ui.datesLabel.setText(self.tr("Opened %1 · last updated %2")
                                   .replace("%1", labels.format_local(case.created_at))
                                   .replace("%2", labels.format_local(case.updated_at)))

    # --- saving -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "pseudonym": self.ui.pseudonymEdit.text(),
            "risk": self.ui.riskCombo.currentData(),
            "counsellor_id": self.ui.counsellorCombo.currentData(),
            "legal_categories": self._categories(),
            "tags": split_tags(self.ui.tagsEdit.text()),
            "summary": self.ui.summaryEdit.toPlainText(),
        }

    def save_steps(self) -> list[SaveStep]:
        from caseapp.services import cases

        vault, case_id, values = self.context.vault, self.context.case.id, self.values()
        return [SaveStep(lambda: cases.update_case(vault, case_id, **values))]

    def draft(self) -> dict[str, Any]:
        return self.values()

    def restore_draft(self, data: dict[str, Any]) -> None:
        self.ui.pseudonymEdit.setText(str(data.get("pseudonym", "")))
        _select(self.ui.riskCombo, data.get("risk"))
        _select(self.ui.counsellorCombo, data.get("counsellor_id"))
        self._tick_categories([str(c) for c in data.get("legal_categories", [])])
        self.ui.tagsEdit.setText(join_tags(data.get("tags", [])))
        self.ui.summaryEdit.setPlainText(str(data.get("summary", "")))

    def _categories(self) -> list[str]:
        """The ticked legal categories, by value."""
        found = []
        for row in range(self.ui.categoryList.count()):
            item = self.ui.categoryList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _tick_categories(self, values: list[str]) -> None:
        was, self._loading = self._loading, True
        for row in range(self.ui.categoryList.count()):
            item = self.ui.categoryList.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in values
                               else Qt.CheckState.Unchecked)
        self._loading = was

    # --- status -----------------------------------------------------------------------
    def change_status(self) -> None:
        from caseapp.services import cases

        target = self.ui.statusCombo.currentData()
        if not target:
            return
        vault, case_id = self.context.vault, self.context.case.id
        reason = self.ui.reasonEdit.text()

        def changed(case: Case) -> None:
            self.ui.reasonEdit.clear()
            self.context.status(self.tr("Case %1 is now: %2").replace("%1", case.number)
                                .replace("%2", labels.core_label(case.status)))

        if target == "closed":
            self.close_case(reason, changed)
            return

        self.ui.changeStatusButton.setEnabled(False)
        self.context.run(lambda: cases.change_status(vault, case_id, target, reason),
                         success=changed, failure=self._status_failed, changes=Area.CASE)

    def close_case(self, reason: str = "",
                   changed: Callable[[Case], None] | None = None) -> CloseCaseDialog:
        """Closing goes through the checklist and asks for a reason."""
        from caseapp.gui.cases.close_dialog import CloseCaseDialog

        dialog = CloseCaseDialog(self.context, reason, self)
        if changed is not None:
            dialog.closed.connect(changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _status_failed(self, exc: BaseException) -> None:
        from caseapp.gui.error_dialog import show_error

        self._update_status_button()
        show_error(self, exc)

    def retranslate(self) -> None:
        self._fill_choices()
        self._fill_statuses(self.context.case)
        self._show_dates(self.context.case)

    def shutdown(self) -> None:
        self.ui.summaryEdit.clear()


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


TABS = [OverviewTab]
