"""Reports section of the case window: create a police report (the dialog builds and
registers it in an Op), the case's report registry with each PDF's SHA-256, and "check a
copy": whether a PDF someone hands back is a registered report, by its SHA-256."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from caseapp.gui import file_dialogs, labels, language, table_spacing
from caseapp.gui.case_tab import CaseContext, CaseTab
from caseapp.gui.forms.ui_report_tab import Ui_ReportsTab
from caseapp.gui.ops import Op
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.cases import Case
    from caseapp.domain.reports import ReportRecord

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportsTab(CaseTab):
    key = "reports"
    order = 80

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        for label in (self.ui.hintLabel, self.ui.detailsLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        table = self.ui.reportTable
        table_spacing.roomy(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self.records: list[ReportRecord] = []
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.ui.createButton.clicked.connect(self.create_report)
        self.ui.checkCopyButton.clicked.connect(self.check_copy)
        self.ui.copyHashButton.clicked.connect(self.copy_hash)
        table.currentCellChanged.connect(lambda *_a: self._show_selected())
        self._retranslate()

    def title(self) -> str:
        return self.tr("Reports")

    def load(self, case: Case) -> None:
        from caseapp.services import reports

        selected = self.selected_record()
        self.records = list(reversed(reports.list_reports(self.context.vault, case.id)))
        self._show(selected.id if selected is not None else None)

    def _included(self, record: ReportRecord) -> str:
        options = record.options
        parts = [self.tr("identity") if options.get("include_identity")
                 else self.tr("pseudonym only")]
        if options.get("include_thumbnails"):
            parts.append(self.tr("thumbnails"))
        if record.encrypted:
            parts.append(self.tr("password"))
        return ", ".join(parts)

    def _show(self, select: int | None = None) -> None:
        table = self.ui.reportTable
        table.setRowCount(len(self.records))
        chosen = -1
        for row, record in enumerate(self.records):
            cells = (record.report_id, labels.format_local(record.created_at),
                     record.created_by, language.native_name(record.lang)
                     if record.lang in language.LANGUAGES else record.lang,
                     str(record.pages), self._included(record), record.sha256)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, record.id)
                if column == 6:
                    cell.setFont(self._mono)
                table.setItem(row, column, cell)
            if record.id == select:
                chosen = row
        if chosen >= 0:
            table.setCurrentCell(chosen, 0)
        self._show_selected()

    def selected_record(self) -> ReportRecord | None:
        row = self.ui.reportTable.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _show_selected(self) -> None:
        record = self.selected_record()
        self.ui.copyHashButton.setEnabled(record is not None)
        if record is None:
            self.ui.detailsLabel.clear()
            return
        lines = [f"{record.report_id} · {record.file_name}",
                 f"SHA-256: {record.sha256}",
                 self.tr("Size: %1").replace("%1", QLocale().formattedDataSize(record.size))]
        addressed = record.options.get("addressed_to")
        if addressed:
            lines.append(self.tr("Addressed to: %1").replace("%1", str(addressed)))
        self.ui.detailsLabel.setText("\n".join(lines))

    # --- actions -----------------------------------------------------------------------------
    def create_report(self) -> None:
        from caseapp.gui.reports.police_report_dialog import PoliceReportDialog

        dialog = PoliceReportDialog(self.context, self)

        def built(record: ReportRecord) -> None:
            self._show(record.id)
            self.context.status(fill(self.tr("Report %1 written and registered."),
                                     record.report_id))

        dialog.built.connect(built)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def copy_hash(self) -> None:
        record = self.selected_record()
        if record is not None:
            QApplication.clipboard().setText(record.sha256)
            self.context.status(self.tr("Copied the SHA-256 of %1.").replace(
                "%1", record.report_id))

    def check_copy(self) -> None:
        from caseapp.services import reports

        paths = file_dialogs.ask_open_paths(self, self.tr("Choose the PDF to check"),
                                            self.tr("PDF document (*.pdf)"))
        if not paths:
            return
        path, vault = paths[0], self.context.vault

        def shown(result: tuple[str, ReportRecord | None]) -> None:
            digest, record = result
            box = QMessageBox(self.window())
            box.setObjectName("copyCheck")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setWindowTitle(self.tr("Check a copy"))
            if record is None:
                box.setIcon(QMessageBox.Icon.Warning)
                box.setText(fill(self.tr("%1 is not a report registered in CaseApp: it may "
                                         "have been changed, or it comes from elsewhere."),
                                 path.name))
            else:
                box.setIcon(QMessageBox.Icon.Information)
                box.setText(fill(self.tr("%1 is report %2 of case %3, created %4 by %5, "
                                         "unchanged."),
                                 path.name, record.report_id, record.case_number,
                                 labels.format_local(record.created_at), record.created_by))
                if record.case_id == self.context.case.id:
                    self._show(record.id)
            box.setInformativeText(f"SHA-256: {digest}")
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        Op(self, op=lambda: reports.match_report_file(vault, path), success=shown) \
            .with_progress(self.tr("Reading the file…")).run_in_background()

    # --- CaseTab ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.ui.hintLabel.setText(self.tr(
            "Every report written for this case, newest first. The SHA-256 identifies the "
            "exact file; a copy handed to police can be checked against it."))

    def retranslate(self) -> None:
        self._retranslate()
        selected = self.selected_record()
        self._show(selected.id if selected is not None else None)

    def shutdown(self) -> None:
        self.records = []
        self.ui.reportTable.setRowCount(0)
        self.ui.detailsLabel.clear()


TABS = [ReportsTab]
