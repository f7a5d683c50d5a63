"""The recovery code shown once, and the step that saves it as the Recovery Kit PDF. The
panel is complete only when the PDF was written and the person confirmed they will keep it,
so the step cannot be skipped by accident (setup wizard and Settings both use it)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from caseapp.gui import file_dialogs, language
from caseapp.gui.forms.ui_recovery_kit_panel import Ui_RecoveryKitPanel
from caseapp.gui.ops import Op

log = logging.getLogger(__name__)


class RecoveryKitPanel(QWidget):
    completeChanged = Signal()
    saved = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKitPanel()
        self.ui.setupUi(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.ui.codeLabel.setFont(font)
        self.ui.codeLabel.clear()
        self._vault: object | None = None
        self._code = ""
        self._kit_text = ""
        self._saved_to: Path | None = None
        self.ui.saveButton.clicked.connect(self.save_kit)
        self.ui.savedLabel.linkActivated.connect(lambda _link: self.open_kit())
        self.ui.confirmCheck.toggled.connect(lambda _checked: self.completeChanged.emit())

    def show_code(self, vault: object, code: str, kit_text: str) -> None:
        self._vault, self._code, self._kit_text = vault, code, kit_text
        self._saved_to = None
        self.ui.codeLabel.setText(code)
        self.ui.savedLabel.clear()
        self.ui.confirmCheck.setChecked(False)
        self.ui.confirmCheck.setEnabled(False)
        self.completeChanged.emit()

    def is_complete(self) -> bool:
        return self._saved_to is not None and self.ui.confirmCheck.isChecked()

    def kit_saved(self) -> bool:
        return self._saved_to is not None

    def forget(self) -> None:
        """Drop the code from this widget once the step is done."""
        self._code = self._kit_text = ""
        self._vault = None
        self.ui.codeLabel.clear()

    def suggested_path(self) -> Path:
        name = self.tr("CaseApp Recovery Kit") + f" {date.today().isoformat()}.pdf"
        return file_dialogs.documents_dir() / name

    def save_kit(self) -> None:
        if self._vault is None or not self._code:
            return
        path = file_dialogs.ask_save_path(self, self.tr("Save the Recovery Kit"),
                                          self.suggested_path(), self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        vault, code, kit_text, lang = self._vault, self._code, self._kit_text, language.current()

        def write() -> Path:
            from caseapp.services.documents import write_recovery_kit

            return write_recovery_kit(vault, path, code, kit_text, lang=lang)  # type: ignore[arg-type]

        Op(self, op=write, success=self._on_saved).with_progress(
            self.tr("Writing the Recovery Kit…")).run_in_background()

    def _on_saved(self, path: Path) -> None:
        self._saved_to = Path(path)
        log.info("recovery kit written")
        self._show_saved()
        self.ui.confirmCheck.setEnabled(True)
        self.ui.confirmCheck.setFocus()
        self.saved.emit(self._saved_to)
        self.completeChanged.emit()

    def _show_saved(self) -> None:
        if self._saved_to is not None:
            import html

            self.ui.savedLabel.setTextFormat(Qt.TextFormat.RichText)
            self.ui.savedLabel.setText(html.escape(self.tr(
                "Saved to %1. Print it now, put it in the office safe, then delete the file.")
                .replace("%1", str(self._saved_to))) + " <a href='open'>"
                + html.escape(self.tr("Open it to print")) + "</a>")

    def open_kit(self) -> None:
        from caseapp.gui.written_files import open_path

        if self._saved_to is not None:
            open_path(self._saved_to)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            code = self.ui.codeLabel.text()
            self.ui.retranslateUi(self)
            self.ui.codeLabel.setText(code)
            self._show_saved()
        super().changeEvent(event)
