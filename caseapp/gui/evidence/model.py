"""The evidence list of a case as a Qt table model, and how its cells are formatted."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import QWidget

from caseapp.gui import labels
from caseapp.gui.rich_text import plain_tip

if TYPE_CHECKING:
    from caseapp.domain.evidence import EvidenceItem, VerifyResult
    from caseapp.domain.fields import Moment
    from caseapp.domain.hash_lists import HashListMatch

CODE, KIND, PLATFORM, WHERE, CAPTURED, SIZE, SHA256, CHECK = range(8)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_HASH = 12
Index = QModelIndex | QPersistentModelIndex


def short_hash(value: str | None) -> str:
    return f"{value[:SHORT_HASH]}…" if value else ""


def short_when(value: Moment | None) -> str:
    """A capture time for a list: date and time as given, without the offset (the details
    show it in full)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return QLocale().toString(QDateTime(QDate(value.year, value.month, value.day),
                                            QTime(value.hour, value.minute)),
                                  QLocale.FormatType.ShortFormat)
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def format_size(size: int | None) -> str:
    return QLocale().formattedDataSize(size) if size is not None else ""


def where_of(item: EvidenceItem) -> str:
    """URL or file name: what the list shows to tell items apart."""
    if item.url:
        return str(item.url)
    if item.original_filename:
        return str(item.original_filename)
    if item.channel_name:
        return str(item.channel_name)
    return str(item.description).split("\n", 1)[0][:120]


# --- the list ---------------------------------------------------------------------------------
class EvidenceModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[EvidenceItem] = []
        self.checks: dict[int, VerifyResult] = {}
        self.listed: dict[int, list[HashListMatch]] = {}  # evidence id -> its hash-list matches
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def set_items(self, items: list[EvidenceItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        known = {i.id for i in self.items}
        self.checks = {k: v for k, v in self.checks.items() if k in known}
        self.endResetModel()

    def set_checks(self, results: list[VerifyResult]) -> None:
        for result in results:
            self.checks[result.evidence_id] = result
        if self.items:
            self.dataChanged.emit(self.index(0, CHECK), self.index(len(self.items) - 1, CHECK))

    def item_at(self, row: int) -> EvidenceItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, evidence_id: int) -> int:
        return next((r for r, i in enumerate(self.items) if i.id == evidence_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:  # a QVariant
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Type"), self.tr("Platform"),
                self.tr("URL or file name"), self.tr("Captured at"), self.tr("Size"),
                self.tr("SHA-256"), self.tr("Check"))[section]

    def check_text(self, item: EvidenceItem) -> str:
        result = self.checks.get(item.id)
        if result is None:
            return ""
        if not result.checked:
            return self.tr("— no stored copy")
        return self.tr("✓ matches") if result.ok else self.tr("✗ problem")

    def data(self, index: Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:  # a QVariant
        item = self.item_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CODE:
                return item.code
            if column == KIND:
                return labels.core_label(item.kind)
            if column == PLATFORM:
                return labels.core_label(item.platform)
            if column == WHERE:
                text = where_of(item)
                if item.hash_only:  # marked in every list: the file itself is not kept
                    text += "  [" + self.tr("hashes only") + "]"
                if item.id in self.listed:
                    text += "  [" + self.tr("on a hash list") + "]"
                return text
            if column == CAPTURED:
                return short_when(item.captured_at)
            if column == SIZE:
                return format_size(item.size)
            if column == SHA256:
                return short_hash(item.sha256)
            return self.check_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SHA256 and item.sha256:
                return plain_tip(self.tr("SHA-256: %1\nCtrl+C copies it.")
                                 .replace("%1", item.sha256))
            if column == WHERE:
                tip = where_of(item)
                if item.hash_only:
                    tip += "\n" + self.tr(
                        "Only the file's fingerprints (SHA-256, MD5) are kept, not the file: "
                        "the victim has not consented to copies being kept, or withdrew it.")
                sources = sorted({m.source for m in self.listed.get(item.id, ())})
                if sources:
                    tip += "\n" + self.tr("On a known-material hash list from: %1").replace(
                        "%1", ", ".join(sources))
                return plain_tip(tip)
            if column == CHECK:
                result = self.checks.get(item.id)
                if result is not None and not result.ok and result.problem:
                    from caseapp.services.evidence import translate_problem

                    return plain_tip(translate_problem(result))
            if column == CODE and item.description:
                return plain_tip(item.description[:500])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == SHA256:
            return self._mono
        if role == Qt.ItemDataRole.ForegroundRole and column == WHERE and item.id in self.listed:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ForegroundRole and column == CHECK:
            result = self.checks.get(item.id)
            if result is not None and result.checked:
                return QBrush(QColor("#1b7f3b") if result.ok else QColor("#b3261e"))
        if role == ID_ROLE:
            return item.id
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 7))


