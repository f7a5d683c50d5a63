"""Import chat: choose a Telegram Desktop or KakaoTalk export (folder, file or .zip), see what
it holds, mark who is who, pick the messages (by participant, chat, dates, words, media, or one
by one) and import them as evidence. Reading and importing run as Ops (progress, cancel); the
rules live in ``services.chat_preview`` and ``services.chat_import``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from caseapp.gui import file_dialogs, time_zones
from caseapp.gui.changes import Area, Changes
from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.forms.ui_chat_import_dialog import Ui_ChatImportDialog
from caseapp.gui.ops import Op

if TYPE_CHECKING:
    from caseapp.domain.cases import Case
    from caseapp.gui.ops import Task
    from caseapp.services.chat_import import ChatImportResult
    from caseapp.services.chat_preview import ExportPreview, Selection
    from caseapp.store.vault import Vault

ROWS = 500                 # messages listed for ticking; the rest follow the filters
ZONES = ("Asia/Seoul", "Asia/Tokyo", "Asia/Shanghai", "Asia/Bangkok", "UTC",
         "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles",
         "Australia/Sydney")
INCLUDE, NAME, ROLE, COUNT, MEDIA, IDENT = range(6)
ROLES = ("other", "victim", "suspect")


class ChatImportDialog(QDialog):
    """Opened from the evidence section. ``imported(result)`` is told after a good import."""

    def __init__(self, vault: Vault, case: Case, parent: QWidget | None = None,
                 on_imported: Callable[[ChatImportResult], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatImportDialog")
        self.vault = vault
        self.case = case
        self.on_imported = on_imported
        self.path: Path | None = None
        self.preview: ExportPreview | None = None
        self.listing: ExportPreview | None = None
        # shadows QDialog.result() (the exit code), which nothing here reads
        self.result: ChatImportResult | None = None  # type: ignore[assignment]
        self._filling = False
        self._op: Op | None = None
        self.ui = Ui_ChatImportDialog()
        self.ui.setupUi(self)
        for label in (self.ui.summaryLabel, self.ui.matchLabel, self.ui.zoneHint):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.ui.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self.ui.folderButton.clicked.connect(self.choose_folder)
        self.ui.fileButton.clicked.connect(self.choose_file)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(350)
        self._refresh_timer.timeout.connect(self.refresh_list)
        self.ui.formatCombo.currentIndexChanged.connect(lambda _i: self._format_changed())
        for check in (self.ui.sinceCheck, self.ui.untilCheck, self.ui.mediaCheck):
            check.toggled.connect(lambda _on: self._filters_changed())
        self.ui.sinceCheck.toggled.connect(self.ui.sinceEdit.setEnabled)
        self.ui.untilCheck.toggled.connect(self.ui.untilEdit.setEnabled)
        self.ui.sinceEdit.dateChanged.connect(lambda _d: self._filters_changed())
        self.ui.untilEdit.dateChanged.connect(lambda _d: self._filters_changed())
        self.ui.textEdit.textChanged.connect(lambda _t: self._filters_changed())
        self.ui.chatCombo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.ui.zoneCombo.editTextChanged.connect(lambda _t: self._update_buttons())
        self.ui.peopleTable.itemChanged.connect(self._person_ticked)
        self.ui.messagesTable.itemChanged.connect(lambda _i: self._update_count())
        time_zones.fill(self.ui.zoneCombo, ZONES, ZONES[0])
        self._set_up_tables()
        self._retranslate()
        self._show_preview()
        grow_to_fit(self)

    # --- text ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._filling = True
        combo = self.ui.formatCombo
        current = combo.currentData()
        combo.clear()
        for value, label in (("auto", self.tr("Recognise it")),
                             ("telegram-json", self.tr("Telegram Desktop (JSON)")),
                             ("telegram-html", self.tr("Telegram Desktop (HTML)")),
                             ("kakao", self.tr("KakaoTalk (.txt or .csv)"))):
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        self._filling = False
        self.ui.peopleTable.setHorizontalHeaderLabels(
            [self.tr("Include"), self.tr("Name"), self.tr("Role"), self.tr("Messages"),
             self.tr("With media"), self.tr("ID")])
        self.ui.messagesTable.setHorizontalHeaderLabels(
            [self.tr("Import"), self.tr("Time"), self.tr("Sender"), self.tr("Message"),
             self.tr("Media")])
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_preview()
        super().changeEvent(event)

    def role_label(self, role: str) -> str:
        return {"victim": self.tr("Victim"), "suspect": self.tr("Suspect"),
                "other": self.tr("Other")}[role]

    def media_label(self, kind: str | None) -> str:
        return {"photo": self.tr("Photo"), "video": self.tr("Video"),
                "round_video": self.tr("Video message"), "animation": self.tr("Animation"),
                "voice": self.tr("Voice message"), "audio": self.tr("Audio"),
                "file": self.tr("File"), "sticker": self.tr("Sticker")}.get(kind or "", "")

    # --- choosing the export -------------------------------------------------------------
    def _set_up_tables(self) -> None:
        people = self.ui.peopleTable
        people.setColumnCount(6)
        header = people.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        people.setWordWrap(False)
        messages = self.ui.messagesTable
        messages.setColumnCount(5)
        header = messages.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([520, 500])
        self.ui.dialogLayout.setStretchFactor(self.ui.splitter, 1)
        today = QDate.currentDate()
        self.ui.sinceEdit.setDate(today)
        self.ui.untilEdit.setDate(today)
        self.ui.sinceEdit.setEnabled(False)
        self.ui.untilEdit.setEnabled(False)

    def choose_folder(self) -> None:
        folder = file_dialogs.ask_open_folder(self, self.tr("Choose the export folder"))
        if folder is not None:
            self.load(folder)

    def choose_file(self) -> None:
        chosen = file_dialogs.ask_open_paths(
            self, self.tr("Choose the export file"),
            self.tr("Chat exports (*.json *.html *.txt *.csv *.zip);;All files (*)"))
        if chosen:
            self.load(chosen[0])

    def _format_changed(self) -> None:
        if not self._filling and self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> None:
        """Read the whole export once (refusing a damaged one) and show what it holds."""
        from caseapp.services.chat_preview import Selection, scan_export

        self.path = Path(path)
        self.ui.pathEdit.setText(str(self.path))
        fmt = self.ui.formatCombo.currentData() or "auto"
        vault, case = self.vault, self.case

        def work(task: Task) -> ExportPreview:
            return scan_export(self.path or Path(path), fmt=fmt, selection=Selection(),
                               vault=vault, case=case, rows=ROWS, progress=task.progress,
                               cancel=task.cancel_event)

        self.preview = self.listing = None
        self._show_preview()
        self._op = Op(self, op=work, success=self._loaded, failure=self._load_failed)
        self._op.with_progress(self.tr("Reading the export…"), cancellable=True)
        self._op.run_in_background()

    def _loaded(self, preview: ExportPreview) -> None:
        self._op = None
        self.preview = self.listing = preview
        self._show_preview()

    def _load_failed(self, exc: BaseException) -> None:
        self._op = None
        self.preview = self.listing = None
        self._show_preview()
        if not _is_cancel(exc):
            self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        from caseapp.errors import CaseAppError

        text = exc.message() if isinstance(exc, CaseAppError) else \
            self.tr("The export could not be read.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import a chat export"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("chatImportRefused")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    # --- what the export holds -------------------------------------------------------------
    def _show_preview(self) -> None:
        preview = self.preview
        self._filling = True
        try:
            self.ui.peopleTable.setRowCount(0)
            self.ui.chatCombo.clear()
            if preview is None:
                self.ui.summaryLabel.setText(self.tr(
                    "Choose a Telegram Desktop export (its folder, result.json or "
                    "messages.html) or a KakaoTalk conversation saved as .txt or .csv."))
                self.ui.messagesTable.setRowCount(0)
                self.ui.matchLabel.setText("")
                self._update_buttons()
                return
            self.ui.summaryLabel.setText(self._summary(preview))
            self.ui.chatCombo.addItem(self.tr("All chats"), None)
            for chat in preview.chats:
                ident = f" ({chat.chat_id})" if chat.chat_id else ""
                self.ui.chatCombo.addItem(
                    self.tr("%1%2 — %n message(s)", "", chat.messages)
                    .replace("%1", chat.name or self.tr("(no name)")).replace("%2", ident),
                    chat.key)
            self.ui.chatCombo.setEnabled(len(preview.chats) > 1)
            self._fill_people(preview)
            if preview.first and preview.last:
                self.ui.sinceEdit.setDate(QDate(preview.first.year, preview.first.month,
                                                preview.first.day))
                self.ui.untilEdit.setDate(QDate(preview.last.year, preview.last.month,
                                                preview.last.day))
        finally:
            self._filling = False
        self._show_listing()

    def _summary(self, preview: ExportPreview) -> str:
        chats = ", ".join(f"{c.name or self.tr('(no name)')}"
                          + (f" ({c.chat_id})" if c.chat_id else "") for c in preview.chats[:3])
        if len(preview.chats) > 3:
            chats += self.tr(" and %n more", "", len(preview.chats) - 3)
        span = "—"
        if preview.first and preview.last:
            span = f"{preview.first:%Y-%m-%d %H:%M} – {preview.last:%Y-%m-%d %H:%M}"
        media = sum(preview.media.values())
        lines = [
            f"{preview.format.label()}: {chats}",
            self.tr("%n message(s), %1. People: %2. Media: %3 (%4 not in the export).", "",
                    preview.messages).replace("%1", span)
            .replace("%2", str(len(preview.participants))).replace("%3", str(media))
            .replace("%4", str(preview.media_not_included)),
            "SHA-256 " + preview.sha256,
        ]
        return "\n".join(lines)

    def _fill_people(self, preview: ExportPreview) -> None:
        table = self.ui.peopleTable
        table.setRowCount(len(preview.participants))
        for row, person in enumerate(preview.participants):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            tick.setData(Qt.ItemDataRole.UserRole, person.key)
            table.setItem(row, INCLUDE, tick)
            table.setItem(row, NAME, QTableWidgetItem(person.name or "—"))
            table.setItem(row, IDENT, QTableWidgetItem(person.sender_id or ""))
            for column, value in ((COUNT, person.messages), (MEDIA, person.media)):
                cell = QTableWidgetItem(str(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                      Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
            combo = QComboBox(table)
            combo.setObjectName(f"role{row}")
            for role in ROLES:
                combo.addItem(self.role_label(role), role)
            combo.setAccessibleName(self.tr("Role of %1").replace("%1", person.name))
            table.setCellWidget(row, ROLE, combo)
        table.setColumnHidden(IDENT, not any(p.sender_id for p in preview.participants))

    def role_combo(self, row: int) -> QComboBox:
        widget = self.ui.peopleTable.cellWidget(row, ROLE)
        assert isinstance(widget, QComboBox)
        return widget

    def set_role(self, name_or_key: str, role: str) -> None:
        """Mark a participant (as the counsellor does with the Role column)."""
        preview = self.preview
        assert preview is not None
        keys = {p.key for p in preview.participant(name_or_key)} | {name_or_key}
        for row in range(self.ui.peopleTable.rowCount()):
            tick = self.ui.peopleTable.item(row, INCLUDE)
            if tick is not None and tick.data(Qt.ItemDataRole.UserRole) in keys:
                combo = self.role_combo(row)
                combo.setCurrentIndex(combo.findData(role))

    def roles(self) -> dict[str, str]:
        found = {}
        for row in range(self.ui.peopleTable.rowCount()):
            tick = self.ui.peopleTable.item(row, INCLUDE)
            role = self.role_combo(row).currentData()
            if tick is not None and role != "other":
                found[str(tick.data(Qt.ItemDataRole.UserRole))] = str(role)
        return found

    def _person_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == INCLUDE and not self._filling:
            self._filters_changed()

    # --- picking messages ------------------------------------------------------------------
    def selection(self, *, with_unticked: bool = True) -> Selection:
        from caseapp.services.chat_preview import Selection

        people = []
        unticked = 0
        for row in range(self.ui.peopleTable.rowCount()):
            tick = self.ui.peopleTable.item(row, INCLUDE)
            if tick is None:
                continue
            if tick.checkState() == Qt.CheckState.Checked:
                people.append(str(tick.data(Qt.ItemDataRole.UserRole)))
            else:
                unticked += 1
        chat = self.ui.chatCombo.currentData()
        left_out: set[str] = set()
        if with_unticked:
            table = self.ui.messagesTable
            for row in range(table.rowCount()):
                cell = table.item(row, 0)
                if cell is not None and cell.checkState() != Qt.CheckState.Checked:
                    left_out.add(str(cell.data(Qt.ItemDataRole.UserRole)))
        return Selection(
            chats=frozenset({chat}) if chat else None,
            participants=tuple(people) if unticked else (),
            since=_day(self.ui.sinceEdit.date()) if self.ui.sinceCheck.isChecked() else None,
            until=_day(self.ui.untilEdit.date()) if self.ui.untilCheck.isChecked() else None,
            text=self.ui.textEdit.text().strip(),
            with_media_only=self.ui.mediaCheck.isChecked(),
            left_out=frozenset(left_out))

    def _filters_changed(self) -> None:
        if self._filling or self.preview is None:
            return
        self._refresh_timer.start()
        self._update_buttons()

    def refresh_list(self) -> None:
        """List the messages the filters take (one more reading of the export)."""
        from caseapp.services.chat_preview import scan_export

        if self.path is None or self.preview is None:
            return
        if self._op is not None:  # a reading is under way: list again when it is done
            self._refresh_timer.start()
            return
        selection = self.selection(with_unticked=False)
        path, fmt = self.path, self.preview.format.value
        vault, case = self.vault, self.case

        def work(task: Task) -> ExportPreview:
            return scan_export(path, fmt=fmt, selection=selection, vault=vault, case=case,
                               rows=ROWS, progress=task.progress, cancel=task.cancel_event)

        self._op = Op(self, op=work, success=self._listed, failure=self._list_failed)
        self._op.with_progress(self.tr("Finding the messages…"), cancellable=True)
        self._op.run_in_background()

    def _list_failed(self, exc: BaseException) -> None:
        self._op = None
        self._update_buttons()
        if not _is_cancel(exc):
            self._show_error(exc)

    def _listed(self, listing: ExportPreview) -> None:
        self._op = None
        self.listing = listing
        self._show_listing()

    def _show_listing(self) -> None:
        listing = self.listing
        table = self.ui.messagesTable
        self._filling = True
        try:
            table.setRowCount(0 if listing is None else len(listing.rows))
            for row, message in enumerate(listing.rows if listing else []):
                tick = QTableWidgetItem()
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                tick.setCheckState(Qt.CheckState.Unchecked if message.imported
                                   else Qt.CheckState.Checked)
                tick.setData(Qt.ItemDataRole.UserRole, message.ref)
                if message.imported:
                    tick.setFlags(Qt.ItemFlag.NoItemFlags)
                    tick.setToolTip(self.tr("Already in this case"))
                table.setItem(row, 0, tick)
                when = f"{message.wall:%Y-%m-%d %H:%M}" if message.wall else ""
                table.setItem(row, 1, QTableWidgetItem(when))
                table.setItem(row, 2, QTableWidgetItem(message.sender))
                text = " ".join(message.text.split())
                cell = QTableWidgetItem(text[:200])
                cell.setToolTip(message.text[:1000])
                table.setItem(row, 3, cell)
                table.setItem(row, 4, QTableWidgetItem(self.media_label(message.media)))
        finally:
            self._filling = False
        self._update_count()

    def _update_count(self) -> None:
        if self._filling:
            return
        listing = self.listing
        if listing is None:
            self.ui.matchLabel.setText("")
        else:
            unticked = sum(1 for row in range(self.ui.messagesTable.rowCount())
                           if (cell := self.ui.messagesTable.item(row, 0)) is not None
                           and cell.flags() & Qt.ItemFlag.ItemIsEnabled
                           and cell.checkState() != Qt.CheckState.Checked)
            new = listing.selected - listing.already_imported - unticked
            text = self.tr("%n message(s) match", "", listing.selected)
            text += self.tr(", %n already in this case", "", listing.already_imported)
            text += self.tr(". %n will be imported.", "", max(new, 0))
            if listing.rows_truncated:
                text += " " + self.tr("The list shows the first %n.", "", len(listing.rows))
            self.ui.matchLabel.setText(text)
        self._update_buttons()

    def new_messages(self) -> int:
        listing = self.listing
        if listing is None:
            return 0
        unticked = sum(1 for row in range(self.ui.messagesTable.rowCount())
                       if (cell := self.ui.messagesTable.item(row, 0)) is not None
                       and cell.flags() & Qt.ItemFlag.ItemIsEnabled
                       and cell.checkState() != Qt.CheckState.Checked)
        return max(0, listing.selected - listing.already_imported - unticked)

    # --- time zone and import ------------------------------------------------------------
    def zone(self) -> str:
        return time_zones.zone_of(self.ui.zoneCombo)

    def _update_buttons(self) -> None:
        preview = self.preview
        needs_zone = preview is not None and preview.local_times_only
        self.ui.zoneHint.setText(
            self.tr("This export has local times only: choose the zone it was made in.")
            if needs_zone else self.tr("The export gives its own time zone."))
        self.ui.zoneCombo.setEnabled(preview is None or needs_zone)
        count = self.new_messages()
        self.import_button.setText(self.tr("&Import %n message(s)", "", count))
        self.import_button.setEnabled(
            preview is not None and self._op is None and count > 0
            and not self._refresh_timer.isActive() and (not needs_zone or bool(self.zone())))

    def start_import(self) -> None:
        from caseapp.domain.chat import ParticipantRole
        from caseapp.services.chat_import import import_chat_export

        if self.preview is None or self.path is None or not self.import_button.isEnabled():
            return
        path, fmt = self.path, self.preview.format.value
        zone = self.zone() if self.preview.local_times_only else None
        selection = self.selection()
        roles = {key: ParticipantRole(role) for key, role in self.roles().items()}
        vault, case = self.vault, self.case

        def work(task: Task) -> ChatImportResult:
            return import_chat_export(vault, case, path, fmt=fmt, zone=zone or None,
                                      selection=selection, roles=roles,
                                      progress=task.progress, cancel=task.cancel_event)

        self._op = Op(self, op=work, success=self._imported, failure=self._import_failed,
                      changes=Changes.of_case(case.id, Area.EVIDENCE, Area.TIMELINE,
                                              Area.CASE))
        self._op.with_progress(self.tr("Importing messages…"), cancellable=True)
        self._update_buttons()
        self._op.run_in_background()

    def _imported(self, result: ChatImportResult) -> None:
        self._op = None
        self.result = result
        if self.on_imported is not None:
            self.on_imported(result)
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._op = None
        self._update_buttons()
        if not _is_cancel(exc):
            self._show_error(exc)

    def reject(self) -> None:
        if self._op is not None:
            self._op.cancel()
        super().reject()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _is_cancel(exc: BaseException) -> bool:
    from caseapp.errors import Cancelled

    return isinstance(exc, Cancelled)
