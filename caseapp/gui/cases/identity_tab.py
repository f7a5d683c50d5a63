"""Identity section: the victim's identifying details stay hidden until the counsellor
presses "Show identity", which goes through ``services.cases.reveal_victim`` (an audit
event with their name). Edits are saved with the case window's Save; "Hide identity"
clears the form. Unsaved edits kept across a lock are applied only after a new reveal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from caseapp.gui import labels
from caseapp.gui.case_tab import CaseContext, CaseTab, SaveStep, ask_unsaved
from caseapp.gui.forms.ui_case_identity_tab import Ui_IdentityTab

if TYPE_CHECKING:
    from caseapp.domain.cases import Victim

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


def victim_from_values(values: dict[str, Any]) -> Victim:
    """Build the domain object (validation included) from the form's plain values."""
    from caseapp.domain.cases import ContactChannel, Guardian, Victim

    year_text = str(values.get("birth_year", "")).strip()
    # Any: typed text that is no number goes to Victim as it is, so its check names the field
    birth_year: Any = int(year_text) if year_text.isdigit() else (year_text or None)
    guardian_values = values.get("guardian")
    guardian = Guardian(**guardian_values) if guardian_values else None
    return Victim(
        name=values.get("name", ""), preferred_name=values.get("preferred_name", ""),
        birth_year=birth_year, gender=values.get("gender", ""),
        language=values.get("language", ""),
        contacts=tuple(ContactChannel(**c) for c in values.get("contacts", [])),
        do_not_contact_by=tuple(values.get("do_not_contact_by", [])),
        guardian=guardian, note=values.get("note", ""))


class IdentityTab(CaseTab):
    key = "identity"
    order = 20

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_IdentityTab()
        self.ui.setupUi(self)
        self._revealed = False
        self._pending_draft: dict[str, Any] | None = None
        self.ui.stack.setCurrentWidget(self.ui.hiddenPage)
        self.ui.draftNotice.hide()
        self.ui.revealButton.clicked.connect(self.reveal)
        self.ui.hideButton.clicked.connect(self.hide_identity)
        self.ui.addContactButton.clicked.connect(self._add_contact_clicked)
        self.ui.removeContactButton.clicked.connect(self._remove_contact)
        for edit in (self.ui.nameEdit, self.ui.preferredEdit, self.ui.birthYearEdit,
                     self.ui.genderEdit, self.ui.languageEdit, self.ui.guardianNameEdit,
                     self.ui.guardianRelationEdit, self.ui.guardianContactEdit):
            edit.textEdited.connect(self.mark_dirty)
        self.ui.noteEdit.textChanged.connect(self.mark_dirty)
        self.ui.contactsTable.itemChanged.connect(self.mark_dirty)
        self.ui.avoidList.itemChanged.connect(self.mark_dirty)
        self._fill_avoid_list([])
        header = self.ui.contactsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def title(self) -> str:
        return self.tr("Identity")

    @property
    def revealed(self) -> bool:
        return self._revealed

    # --- reveal and hide ----------------------------------------------------------------
    def reveal(self) -> None:
        from caseapp.services import cases

        vault, case_id = self.context.vault, self.context.case.id
        self.ui.revealButton.setEnabled(False)

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self.ui.revealButton.setEnabled(True)
            show_error(self, exc)

        self.context.run(lambda: cases.reveal_victim(vault, case_id), success=self._show,
                         failure=failed)

    def _show(self, victim: Victim) -> None:
        self._loading = True
        try:
            self._fill(victim)
        finally:
            self._loading = False
        self._revealed = True
        self.ui.revealButton.setEnabled(True)
        self.ui.stack.setCurrentWidget(self.ui.shownPage)
        self.context.status(self.tr("Identity shown; this was recorded in the audit log."))
        if self._pending_draft is not None:
            draft, self._pending_draft = self._pending_draft, None
            self._apply(draft)
            self.set_dirty(True)
            self.ui.draftNotice.hide()
        self.ui.nameEdit.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the identity tab (another section, another case, another window) hides a
        revealed identity again, as previews re-blur; unsaved edits keep it shown."""
        super().hideEvent(event)
        if self._revealed and not self.is_dirty() and not self._loading:
            self._clear()

    def hide_identity(self) -> None:
        if self.is_dirty():
            answer = ask_unsaved(self, [self.context.editor.case_label()])
            if answer == "cancel":
                return
            if answer == "save":
                self.context.editor.save(lambda ok: self._clear() if ok else None)
                return
        self._clear()

    def _clear(self) -> None:
        self._loading = True
        try:
            self._fill(None)
        finally:
            self._loading = False
        self._revealed = False
        self.set_dirty(False)
        self.ui.stack.setCurrentWidget(self.ui.hiddenPage)
        self.ui.revealButton.setFocus()

    # --- form <-> values ------------------------------------------------------------
    def _fill(self, victim: Victim | None) -> None:
        from caseapp.domain.cases import Victim

        v = victim if victim is not None else Victim()
        self.ui.nameEdit.setText(v.name)
        self.ui.preferredEdit.setText(v.preferred_name)
        self.ui.birthYearEdit.setText("" if v.birth_year is None else str(v.birth_year))
        self.ui.genderEdit.setText(v.gender)
        self.ui.languageEdit.setText(v.language)
        self.ui.contactsTable.setRowCount(0)
        for contact in v.contacts:
            self._add_contact(str(contact.kind), contact.value, contact.safe_times, contact.note)
        self._fill_avoid_list([str(k) for k in v.do_not_contact_by])
        guardian = v.guardian
        self.ui.guardianNameEdit.setText(guardian.name if guardian else "")
        self.ui.guardianRelationEdit.setText(guardian.relation if guardian else "")
        self.ui.guardianContactEdit.setText(guardian.contact if guardian else "")
        self._guardian_note = guardian.note if guardian else ""
        self.ui.noteEdit.setPlainText(v.note)

    def _fill_avoid_list(self, checked: list[str]) -> None:
        from caseapp.domain.cases import ContactKind

        was, self._loading = self._loading, True
        self.ui.avoidList.clear()
        for kind in ContactKind:
            item = QListWidgetItem(labels.contact_kind_label(kind.value))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if kind.value in checked
                               else Qt.CheckState.Unchecked)
            self.ui.avoidList.addItem(item)
        self._loading = was

    def _kind_combo(self, kind: str) -> QComboBox:
        from caseapp.domain.cases import ContactKind

        combo = QComboBox()
        combo.setAccessibleName(self.tr("How to contact"))
        for value in ContactKind:
            combo.addItem(labels.contact_kind_label(value.value), value.value)
        index = combo.findData(kind)
        combo.setCurrentIndex(max(0, index))
        combo.currentIndexChanged.connect(self.mark_dirty)
        return combo

    def _add_contact(self, kind: str = "phone", value: str = "", safe: str = "",
                     note: str = "") -> int:
        table = self.ui.contactsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setCellWidget(row, 0, self._kind_combo(kind))
        value_item = QTableWidgetItem(value)
        value_item.setData(NOTE_ROLE, note)
        table.setItem(row, 1, value_item)
        table.setItem(row, 2, QTableWidgetItem(safe))
        return row

    def _add_contact_clicked(self) -> None:
        row = self._add_contact()
        self.mark_dirty()
        self.ui.contactsTable.setCurrentCell(row, 1)
        cell = self.ui.contactsTable.item(row, 1)
        if cell is not None:
            self.ui.contactsTable.editItem(cell)

    def _remove_contact(self) -> None:
        row = self.ui.contactsTable.currentRow()
        if row >= 0:
            self.ui.contactsTable.removeRow(row)
            self.mark_dirty()

    def values(self) -> dict[str, Any]:
        table = self.ui.contactsTable
        contacts = []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 0)
            value_item, safe_item = table.item(row, 1), table.item(row, 2)
            contacts.append({
                "kind": combo.currentData() if isinstance(combo, QComboBox) else "other",
                "value": value_item.text() if value_item else "",
                "safe_times": safe_item.text() if safe_item else "",
                "note": str(value_item.data(NOTE_ROLE) or "") if value_item else "",
            })
        avoid = []
        for index in range(self.ui.avoidList.count()):
            item = self.ui.avoidList.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                avoid.append(item.data(Qt.ItemDataRole.UserRole))
        guardian = {"name": self.ui.guardianNameEdit.text(),
                    "relation": self.ui.guardianRelationEdit.text(),
                    "contact": self.ui.guardianContactEdit.text(),
                    "note": getattr(self, "_guardian_note", "")}
        has_guardian = any(guardian[k] for k in ("name", "relation", "contact"))
        return {
            "name": self.ui.nameEdit.text(), "preferred_name": self.ui.preferredEdit.text(),
            "birth_year": self.ui.birthYearEdit.text(), "gender": self.ui.genderEdit.text(),
            "language": self.ui.languageEdit.text(), "contacts": contacts,
            "do_not_contact_by": avoid, "guardian": guardian if has_guardian else None,
            "note": self.ui.noteEdit.toPlainText(),
        }

    def _apply(self, values: dict[str, Any]) -> None:
        from caseapp.domain.cases import Victim

        self._loading = True
        try:
            self._fill(Victim())
            self.ui.nameEdit.setText(str(values.get("name", "")))
            self.ui.preferredEdit.setText(str(values.get("preferred_name", "")))
            self.ui.birthYearEdit.setText(str(values.get("birth_year", "")))
            self.ui.genderEdit.setText(str(values.get("gender", "")))
            self.ui.languageEdit.setText(str(values.get("language", "")))
            for contact in values.get("contacts", []):
                self._add_contact(str(contact.get("kind", "other")),
                                  str(contact.get("value", "")),
                                  str(contact.get("safe_times", "")),
                                  str(contact.get("note", "")))
            self._fill_avoid_list([str(k) for k in values.get("do_not_contact_by", [])])
            guardian = values.get("guardian") or {}
            self.ui.guardianNameEdit.setText(str(guardian.get("name", "")))
            self.ui.guardianRelationEdit.setText(str(guardian.get("relation", "")))
            self.ui.guardianContactEdit.setText(str(guardian.get("contact", "")))
            self._guardian_note = str(guardian.get("note", ""))
            self.ui.noteEdit.setPlainText(str(values.get("note", "")))
        finally:
            self._loading = False

    # --- CaseTab ----------------------------------------------------------------------
    def save_steps(self) -> list[SaveStep]:
        from caseapp.services import cases

        if not self._revealed:
            return []
        vault, case_id, values = self.context.vault, self.context.case.id, self.values()
        return [SaveStep(lambda: cases.save_victim(vault, case_id, victim_from_values(values)))]

    def is_dirty(self) -> bool:
        return super().is_dirty() and (self._revealed or self._pending_draft is not None)

    def draft(self) -> dict[str, Any] | None:
        if self._pending_draft is not None:
            return self._pending_draft
        return self.values() if self._revealed else None

    def restore_draft(self, data: dict[str, Any]) -> None:
        self._pending_draft = data
        self.ui.draftNotice.setText(self.tr(
            "You have unsaved changes to these details from before CaseApp locked. Show the "
            "identity to review and save them."))
        self.ui.draftNotice.show()

    def retranslate(self) -> None:
        checked = [v for v in self.values()["do_not_contact_by"]]
        self._fill_avoid_list(checked)
        table = self.ui.contactsTable
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 0)
            if isinstance(combo, QComboBox):
                kind = combo.currentData()
                table.setCellWidget(row, 0, self._kind_combo(kind))
        if self._pending_draft is not None:
            self.restore_draft(self._pending_draft)

    def shutdown(self) -> None:
        self._pending_draft = None
        self._fill(None)


TABS = [IdentityTab]
