"""After unlocking, when the person said "not you" (or several profiles exist and none was
remembered): choose the counsellor profile every following action is recorded under."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from caseapp.gui.forms.ui_profile_picker import Ui_ProfilePicker
from caseapp.gui.labels import role_label

if TYPE_CHECKING:
    from caseapp.domain.cases import Counsellor


class ProfilePicker(QWidget):
    chosen = Signal(object)  # a caseapp.domain.cases.Counsellor
    add_requested = Signal(str)  # the name of a profile to create, then choose

    def __init__(self, counsellors: Sequence[Counsellor], preselect: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfilePicker()
        self.ui.setupUi(self)
        heading = self.ui.heading.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.5)
        heading.setBold(True)
        self.ui.heading.setFont(heading)
        self._counsellors = list(counsellors)
        self._fill()
        for row, counsellor in enumerate(self._counsellors):
            if counsellor.name == preselect:
                self.ui.profileList.setCurrentRow(row)
        if self.ui.profileList.currentRow() < 0 and self._counsellors:
            self.ui.profileList.setCurrentRow(0)
        self.ui.profileList.itemActivated.connect(lambda _item: self._choose())
        self.ui.continueButton.clicked.connect(self._choose)
        self.ui.addButton.clicked.connect(self._add)
        self.ui.newNameEdit.returnPressed.connect(self._add)
        self.ui.newNameEdit.textChanged.connect(self._update)
        self._update()
        self.ui.profileList.setFocus()

    def _fill(self) -> None:
        row = self.ui.profileList.currentRow()
        self.ui.profileList.clear()
        for counsellor in self._counsellors:
            item = QListWidgetItem(f"{counsellor.name} · {role_label(counsellor.role)}")
            item.setData(Qt.ItemDataRole.UserRole, counsellor.id)
            self.ui.profileList.addItem(item)
        self.ui.profileList.setCurrentRow(row)

    def _choose(self) -> None:
        row = self.ui.profileList.currentRow()
        if 0 <= row < len(self._counsellors):
            self.chosen.emit(self._counsellors[row])

    def _add(self) -> None:
        name = self.ui.newNameEdit.text()
        if name.strip():
            self.add_requested.emit(name.strip())

    def _update(self) -> None:
        self.ui.addButton.setEnabled(bool(self.ui.newNameEdit.text().strip()))
        self.ui.continueButton.setEnabled(bool(self._counsellors))
        if not self._counsellors:
            self.ui.newNameEdit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)
