"""Backing up from the GUI: the Back up dialog (a single encrypted file or an incremental
backup folder, written in an Op with progress and Cancel, to a folder outside the data
directory), the reminder rule (a backup is due when the last one is older than the
counsellor's reminder interval), and the backup lines of the settings dialog (the last
backup date, always shown, and the reminder interval)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    Qt,
    QTime,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from caseapp.errors import Cancelled
from caseapp.gui.changes import Area, Changes
from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.forms.ui_backup_dialog import Ui_BackupDialog
from caseapp.gui.ops import Op, Relay
from caseapp.gui.session import Session

if TYPE_CHECKING:
    from caseapp.gui.forms.ui_settings_dialog import Ui_SettingsDialog
    from caseapp.gui.ops import Task
    from caseapp.services.backup import BackupResult

log = logging.getLogger(__name__)

BAR_STEPS = 1000
REMINDER_RANGE = (0, 90)


def parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def backup_due(last: str | None, reminder_days: int, now: datetime | None = None) -> bool:
    """A reminder is due when there was never a backup, or the last one is older than
    ``reminder_days`` (0 turns reminders off)."""
    if reminder_days <= 0:
        return False
    moment = parse_when(last)
    if moment is None:
        return True
    return (now or datetime.now(UTC)) - moment >= timedelta(days=reminder_days)


def describe_last_backup(last: str | None) -> str:
    moment = parse_when(last)
    if moment is None:
        return QCoreApplication.translate("Backup", "No backup has been made yet.")
    local = moment.astimezone()
    when = QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)),
                              QLocale.FormatType.ShortFormat)
    days = (datetime.now(UTC) - moment).days
    if days <= 0:
        ago = QCoreApplication.translate("Backup", "today")
    else:
        ago = QCoreApplication.translate("Backup", "%n day(s) ago", "", days)
    return QCoreApplication.translate("Backup", "Last backup: %1 (%2).").replace(
        "%1", when).replace("%2", ago)


def default_folder(session: Session) -> Path:
    from caseapp.paths import default_backup_dir

    chosen = session.prefs.backup_dir
    return Path(chosen) if chosen else default_backup_dir()


def inside_data_dir(folder: Path, data_dir: Path) -> bool:
    try:
        target, data = folder.resolve(), Path(data_dir).resolve()
    except OSError:
        return False
    return target == data or data in target.parents


class BackupDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.session = session
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        for label in (self.ui.introLabel, self.ui.lastLabel, self.ui.folderHint,
                      self.ui.resultLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.progressBar.setRange(0, BAR_STEPS)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.hide()
        self.ui.openFolderButton.hide()
        self.ui.folderEdit.setText(str(default_folder(session)))
        self.ui.folderEdit.textChanged.connect(lambda _t: self._check_folder())
        self.ui.browseButton.clicked.connect(self.choose_folder)
        self.ui.startButton.clicked.connect(self.start)
        self.ui.closeButton.clicked.connect(self._close_or_cancel)
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self._op: Op | None = None
        self._last: str | None = None
        # shadows QDialog.result() (the exit code), which nothing here reads
        self.result: BackupResult | None = None  # type: ignore[assignment]
        self._retranslate()
        self._check_folder()
        self._read_last()

    # --- state ------------------------------------------------------------------------------
    def _read_last(self) -> None:
        from caseapp.services import backup

        vault = self.session.vault

        def shown(last: str | None) -> None:
            self._last = last
            self._show_last()

        Op(self, op=lambda: backup.last_backup_at(vault), success=shown).run_in_background()

    def _show_last(self) -> None:
        text = describe_last_backup(self._last)
        days = self.session.prefs.backup_reminder_days
        if days > 0:
            text += " " + self.tr("You are reminded when the last backup is more than %n "
                                  "day(s) old.", "", days)
        self.ui.lastLabel.setText(text)

    def folder(self) -> Path:
        return Path(self.ui.folderEdit.text().strip()).expanduser()

    def _check_folder(self) -> bool:
        text = self.ui.folderEdit.text().strip()
        problem = ""
        if not text:
            problem = self.tr("Choose a folder.")
        elif inside_data_dir(self.folder(), self.session.data_dir):
            problem = self.tr("This folder is inside the CaseApp data folder: a backup there "
                              "is lost with the computer. Choose another folder, ideally on "
                              "a USB drive kept in the office safe.")
        self.ui.folderHint.setText(problem or self.tr(
            "The backup is encrypted like the data itself: it opens only with the "
            "passphrase or the recovery code."))
        self.ui.folderHint.setStyleSheet("color: #b3261e;" if problem else "")
        grow_to_fit(self)
        self.ui.startButton.setEnabled(not problem and self._op is None)
        return not problem

    def choose_folder(self) -> None:
        from caseapp.gui.file_dialogs import ask_existing_folder

        chosen = ask_existing_folder(self, self.tr("Where to save backups"),
                                     self.ui.folderEdit.text())
        if chosen:
            self.ui.folderEdit.setText(str(chosen))

    # --- running ---------------------------------------------------------------------------
    def start(self) -> None:
        from caseapp.services import backup

        if self._op is not None or not self._check_folder():
            return
        folder = self.folder()
        repository = self.ui.repoRadio.isChecked()
        vault = self.session.vault
        relay = Relay(self, self._progress)

        def work(task: Task) -> BackupResult:
            def progress(done: int, total: int) -> None:
                relay.send(done, total)

            if repository:
                target = folder / "CaseApp incremental backup"
                return backup.create_repository_backup(vault, target, progress=progress,
                                                       cancel=task.cancel_event)
            folder.mkdir(parents=True, exist_ok=True)
            return backup.create_backup(vault, folder, progress=progress,
                                        cancel=task.cancel_event)

        self.result = None
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.openFolderButton.hide()
        self.ui.resultLabel.setText(self.tr("Backing up…"))
        self.ui.startButton.setEnabled(False)
        self.ui.closeButton.setText(self.tr("&Cancel"))
        for widget in (self.ui.folderEdit, self.ui.browseButton, self.ui.fileRadio,
                       self.ui.repoRadio):
            widget.setEnabled(False)
        self._op = Op(self, op=work, success=self._done, failure=self._failed,
                      changes=Changes.of(Area.BACKUPS))
        self._op.run_in_background()
        if self.session.prefs.backup_dir != str(folder):
            self.session.prefs.backup_dir = str(folder)
            self.session.prefs.save(self.session.data_dir)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setValue(min(BAR_STEPS, int(done / max(total, 1) * BAR_STEPS)))

    def _finish(self) -> None:
        self._op = None
        self.ui.closeButton.setText(self.tr("Close"))
        for widget in (self.ui.folderEdit, self.ui.browseButton, self.ui.fileRadio,
                       self.ui.repoRadio):
            widget.setEnabled(True)
        self._check_folder()

    def _done(self, result: BackupResult) -> None:
        self._finish()
        self.result = result
        self.ui.progressBar.setValue(BAR_STEPS)
        self._last = result.manifest.get("created_at")
        self._show_last()
        size = QLocale().formattedDataSize(result.bytes_written)
        text = self.tr("Backup written to %1 (%2 written).").replace("%1", str(result.path)) \
            .replace("%2", size)
        if result.chunks_reused:
            text += " " + self.tr("%n unchanged part(s) were not copied again.", "",
                                  result.chunks_reused)
        text += " " + self.tr("Keep it away from this computer, e.g. on a USB drive in the "
                              "office safe.")
        self.ui.resultLabel.setText(text)
        self.ui.openFolderButton.show()
        grow_to_fit(self)
        log.info("backup written (%d bytes)", result.bytes_written)

    def _failed(self, exc: BaseException) -> None:
        from caseapp.gui.error_dialog import show_error

        self._finish()
        self.ui.progressBar.hide()
        if isinstance(exc, Cancelled):
            self.ui.resultLabel.setText(self.tr("Cancelled. No backup file was left "
                                                "behind."))
            return
        self.ui.resultLabel.setText(self.tr("The backup was not written."))
        show_error(self, exc)

    def open_folder(self) -> None:
        if self.result is not None:
            path = Path(self.result.path)
            folder = path.parent if path.is_file() else path
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _close_or_cancel(self) -> None:
        if self._op is not None:
            self.ui.resultLabel.setText(self.tr("Cancelling…"))
            self._op.cancel()
        else:
            self.accept()

    def reject(self) -> None:
        if self._op is not None:
            self._op.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._op is not None:
            self._op.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.ui.introLabel.setText(self.tr(
            "A backup holds every case and all evidence, still encrypted. Make one at least "
            "weekly and keep it away from this computer."))
        self._show_last()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._check_folder()
            if self._op is not None:
                self.ui.closeButton.setText(self.tr("&Cancel"))
        super().changeEvent(event)


class BackupSettings(QWidget):
    """The backup lines of the settings dialog's General page: the last backup date (always
    visible), the reminder interval and a button to back up now. Saved with OK."""

    def __init__(self, dialog: QDialog, session: Session, ui: Ui_SettingsDialog) -> None:
        # (the settings dialog and its form, passed apart: gui.settings imports this module)
        super().__init__(dialog)
        self.setObjectName("backupSettings")
        self.dialog = dialog
        self.session: Session = session
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastBackupLabel")
        self.last_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_label.setWordWrap(True)
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupNowButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.last_label, 1)
        row.addWidget(self.backup_button)
        self.reminder_spin = QSpinBox(dialog)
        self.reminder_spin.setObjectName("backupReminderSpin")
        self.reminder_spin.setRange(*REMINDER_RANGE)
        self.reminder_spin.setValue(min(REMINDER_RANGE[1], max(
            REMINDER_RANGE[0], self.session.prefs.backup_reminder_days)))
        self.backup_label = QLabel(dialog)
        self.reminder_label = QLabel(dialog)
        self.reminder_label.setBuddy(self.reminder_spin)
        layout = ui.generalLayout
        fields = [item.widget() for i in range(layout.count())
                  if (item := layout.itemAt(i)) is not None]
        above = [w for w in fields if w is not None
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        layout.addRow(self.backup_label, self)
        layout.addRow(self.reminder_label, self.reminder_spin)
        # made after the dialog's own controls, so Tab would reach them last (after OK):
        # put them in reading order, after the row above
        if above:
            QWidget.setTabOrder(above[-1], self.backup_button)
        QWidget.setTabOrder(self.backup_button, self.reminder_spin)
        self.backup_button.clicked.connect(self.back_up_now)
        ui.buttons.accepted.connect(self.apply)
        self._last: str | None = None
        self._retranslate()
        self.refresh()

    def refresh(self) -> None:
        from caseapp.services import backup

        vault = self.session.vault

        def shown(last: str | None) -> None:
            self._last = last
            self._retranslate()

        Op(self, op=lambda: backup.last_backup_at(vault), success=shown,
           failure=lambda _e: None).run_in_background()

    def back_up_now(self) -> None:
        dialog = BackupDialog(self.session, self.dialog)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def apply(self) -> None:
        days = self.reminder_spin.value()
        if days != self.session.prefs.backup_reminder_days:
            self.session.prefs.backup_reminder_days = days
            self.session.prefs.save(self.session.data_dir)

    def _retranslate(self) -> None:
        self.backup_label.setText(self.tr("Backup:"))
        self.last_label.setText(describe_last_backup(self._last))
        self.backup_button.setText(self.tr("&Back up now…"))
        self.reminder_label.setText(self.tr("Backup &reminder:"))
        self.reminder_spin.setSuffix(" " + self.tr("days (0 = off)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
