"""The one-time bundle passphrase, shown once after a bundle was written, Recovery-Kit-style:
large enough to read out by phone, and printable on a sheet to hand over apart from the file.
Printing goes straight to the printer (or a PDF the person chooses in the print dialog); the
passphrase is never written anywhere by CaseApp and is dropped when the dialog closes."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.gui.forms.ui_bundle_passphrase_dialog import Ui_BundlePassphraseDialog


class BundlePassphraseDialog(QDialog):
    def __init__(self, passphrase: str, summary: str, notes: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundlePassphraseDialog")
        self.ui = Ui_BundlePassphraseDialog()
        self.ui.setupUi(self)
        self._passphrase = passphrase
        self._summary = summary
        self._notes = notes
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.ui.passphraseLabel.setFont(font)
        self.ui.passphraseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.passphraseLabel.setText(passphrase)
        self.ui.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self._show_summary()
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.printButton.clicked.connect(self.ask_print)
        self.finished.connect(lambda _r: self._forget())

    def _show_summary(self) -> None:
        self.ui.summaryLabel.setText(self._summary + ("\n\n" + self._notes if self._notes
                                                      else ""))

    def _forget(self) -> None:
        self._passphrase = ""
        self.ui.passphraseLabel.clear()

    def sheet_html(self) -> str:
        """What the printed sheet says: the passphrase and what to do with it (no case
        details: the sheet travels apart from the bundle)."""
        title = self.tr("Case bundle passphrase")
        advice = self.tr("Type this passphrase when CaseApp asks for it under Work → Receive a "
                         "handover. Keep this sheet apart from the bundle file, and destroy it "
                         "once the cases are imported.")
        return (f"<h2>{html.escape(title)}</h2>"
                "<p style='font-family: monospace; font-size: 15pt; font-weight: bold; "
                "white-space: nowrap'>"
                f"{html.escape(self._passphrase)}</p><p>{html.escape(advice)}</p>")

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument()
        document.setHtml(self.sheet_html())
        document.print_(printer)

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_summary()
        super().changeEvent(event)
