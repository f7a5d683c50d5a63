"""The chain of custody of one evidence item, as a dialog."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from caseapp.gui import labels
from caseapp.gui.forms.ui_evidence_custody_dialog import Ui_CustodyDialog
from caseapp.gui.rich_text import plain_tip

if TYPE_CHECKING:
    from caseapp.domain.evidence import CustodyEvent, EvidenceItem
    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)


class CustodyDialog(QDialog):
    def __init__(self, vault: Vault, item: EvidenceItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.item = item
        self.ui = Ui_CustodyDialog()
        self.ui.setupUi(self)
        self.ui.itemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.accepted.connect(self.accept)
        header = self.ui.eventTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._events: list[CustodyEvent] = []
        self.reload()

    def reload(self) -> None:
        from caseapp.services import evidence

        self._events = evidence.custody_events(self.vault, self.item.id)
        self._show()

    def _details(self, event: CustodyEvent) -> str:
        parts = []
        for key, value in sorted(event.details.items()):
            if key == "ok":
                parts.append(self.tr("matches its SHA-256") if value
                             else self.tr("does NOT match its SHA-256"))
            elif key == "sha256":
                parts.append(f"SHA-256 {value}")
            elif key == "package":
                parts.append(self.tr("package %1").replace("%1", str(value)))
            elif key == "from":
                parts.append(self.tr("from a %1").replace("%1", self._source(str(value))))
            elif key == "reason":
                continue
            else:
                parts.append(f"{key}: {value}")
        return "; ".join(parts)

    def _source(self, value: str) -> str:
        return {"file": self.tr("file"), "url": self.tr("link"), "note": self.tr("note"),
                "chat_log": self.tr("chat log")}.get(value, value)

    def _show(self) -> None:
        self.setWindowTitle(self.tr("Chain of custody of %1").replace("%1", self.item.code))
        self.ui.itemLabel.setText(self.tr(
            "Every acquisition, reveal, export and verification of %1, oldest first. These "
            "entries cannot be changed.").replace("%1", self.item.code))
        table = self.ui.eventTable
        table.setRowCount(len(self._events))
        for row, event in enumerate(self._events):
            cells = (labels.format_local(event.at), labels.core_label(event.action),
                     event.actor, self._details(event))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3:
                    cell.setToolTip(plain_tip(text))
                table.setItem(row, column, cell)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show()
        super().changeEvent(event)


# --- the tab ----------------------------------------------------------------------------------
