"""Hash lists: import a known-material list (a file with a malformed line is refused whole
and its lines are listed here, unless the counsellor chooses to skip them), see the lists
and remove one, and see every evidence item found on a list. Reads and writes run in Ops;
an import or removal announces that hash lists and evidence changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from caseapp.gui import labels, language
from caseapp.gui.changes import Area, Changes
from caseapp.gui.file_dialogs import ask_open_paths
from caseapp.gui.forms.ui_hash_list_dialog import Ui_HashListDialog
from caseapp.gui.ops import Op
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.hash_lists import HashList, HashListMatch, ImportResult
    from caseapp.gui.session import Session


class HashListDialog(QDialog):
    loaded = Signal()
    imported = Signal(object)   # the ImportResult
    refused = Signal()          # an import refused for malformed lines (shown in the dialog)
    removed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hashListDialog")
        self.session = session
        self.lists: list[HashList] = []
        self.matches: list[HashListMatch] = []
        self.ui = Ui_HashListDialog()
        self.ui.setupUi(self)
        for label in (self.ui.introLabel, self.ui.problemsLabel, self.ui.matchesLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        for table in (self.ui.listsTable, self.ui.matchesTable):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        self.ui.problemsLabel.hide()
        self.ui.problemsView.hide()
        self.ui.importButton.clicked.connect(self.choose_file)
        self.ui.removeButton.clicked.connect(self.ask_remove)
        self.ui.sourceEdit.textChanged.connect(lambda _t: self._enable())
        self.ui.listsTable.currentCellChanged.connect(lambda *_a: self._enable())
        self.ui.buttons.rejected.connect(self.reject)
        self._enable()
        self.refresh()

    # --- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        from caseapp.services import hash_lists

        vault = self.session.vault

        def read() -> tuple[list[HashList], list[HashListMatch]]:
            return hash_lists.list_lists(vault), hash_lists.matches(vault, limit=2000)

        def shown(found: tuple[list[HashList], list[HashListMatch]]) -> None:
            self.lists, self.matches = found
            self._show()
            self.loaded.emit()

        Op(self, op=read, success=shown).run_in_background()

    def _show(self) -> None:
        table = self.ui.listsTable
        table.setRowCount(len(self.lists))
        for row, h in enumerate(self.lists):
            cells = (str(h.id), h.source, h.label, f"{h.entry_count:,}",
                     labels.format_local(h.imported_at), h.imported_by, str(h.match_count))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (0, 3, 6):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
        matches = self.ui.matchesTable
        matches.setRowCount(len(self.matches))
        for row, m in enumerate(self.matches):
            found = (m.code, m.case_number, m.source, m.list_label, self.how(m),
                     labels.format_local(m.found_at))
            for column, text in enumerate(found):
                matches.setItem(row, column, QTableWidgetItem(text))
        if self.matches:
            self.ui.matchesLabel.setText(self.tr(
                "%n evidence item(s) are on a hash list. They are marked in their case's "
                "evidence list and in police reports.", "", len({m.evidence_id
                                                                 for m in self.matches})))
        else:
            self.ui.matchesLabel.setText(self.tr("No evidence is on a hash list."))
        self._enable()

    def how(self, match: HashListMatch) -> str:
        from caseapp.domain.hash_lists import MatchMethod

        if match.method is MatchMethod.PDQ:
            return self.tr("similar image, PDQ distance %1").replace("%1", str(match.distance))
        if match.method is MatchMethod.MD5:
            return self.tr("same MD5")
        return self.tr("same SHA-256")

    def selected_list(self) -> HashList | None:
        row = self.ui.listsTable.currentRow()
        return self.lists[row] if 0 <= row < len(self.lists) else None

    def _enable(self) -> None:
        self.ui.importButton.setEnabled(bool(self.ui.sourceEdit.text().strip()))
        self.ui.removeButton.setEnabled(self.selected_list() is not None)

    # --- importing ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        paths = ask_open_paths(self, self.tr("Import a hash list"),
                               self.tr("Hash lists (*.csv *.txt);;All files (*)"))
        if paths:
            self.import_file(paths[0])

    def import_file(self, path: Path) -> None:
        from caseapp.services import hash_lists

        vault = self.session.vault
        source = self.ui.sourceEdit.text()
        label = self.ui.labelEdit.text()
        skip_bad = self.ui.skipBadCheck.isChecked()

        def done(result: ImportResult) -> None:
            self.ui.labelEdit.clear()
            if result.skipped:
                self._show_problems(
                    self.tr("%n malformed line(s) were skipped:", "", len(result.skipped)),
                    [p.message(language.current()) for p in result.skipped])
            else:
                self._show_problems("", [])
            self.imported.emit(result)
            self.refresh()

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            if isinstance(exc, hash_lists.BadLines):
                self._show_problems(
                    self.tr("%n line(s) of this file are not valid, so nothing was imported. "
                            "Correct them, or tick “Skip malformed lines” to import the "
                            "others.", "", len(exc.problems)),
                    exc.lines(language.current(), limit=200))
                self.refused.emit()
            else:
                show_error(self, exc)

        Op(self, op=lambda: hash_lists.import_list(vault, path, source=source, label=label,
                                                   skip_bad=skip_bad),
           success=done, failure=failed,
           changes=Changes.of(Area.HASH_LISTS, Area.EVIDENCE)).run_in_background()

    def _show_problems(self, title: str, lines: list[str]) -> None:
        self.ui.problemsLabel.setText(title)
        self.ui.problemsView.setPlainText("\n".join(lines))
        self.ui.problemsLabel.setVisible(bool(title))
        self.ui.problemsView.setVisible(bool(lines))

    # --- removing -----------------------------------------------------------------------------
    def ask_remove(self) -> QMessageBox | None:
        chosen = self.selected_list()
        if chosen is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove hash list"),
                          fill(self.tr("Remove the list “%1” from %2 with its %3 entries? "
                                       "Matches found through it are removed too."),
                               chosen.label, chosen.source, chosen.entry_count),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("removeListQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.remove(chosen.id) if box.clickedButton() is go
                             else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def remove(self, list_id: int) -> None:
        from caseapp.services import hash_lists

        vault = self.session.vault

        def done(_r: HashList) -> None:
            self.removed.emit(list_id)
            self.refresh()

        Op(self, op=lambda: hash_lists.remove_list(vault, list_id), success=done,
           changes=Changes.of(Area.HASH_LISTS, Area.EVIDENCE)).run_in_background()
