"""Restore a backup from the desktop: pick a .cabk file or a backup folder and one of its
snapshots, see what it holds (date, number of cases, size), verify it, and restore it into a
new data folder (a trial that leaves the current store alone) or over the current store (its
data kept aside; only while this app has the store locked). Verify and restore run in Ops
with a progress bar and Cancel; a cancelled restore leaves every folder as it was."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.errors import Cancelled
from caseapp.gui import file_dialogs, labels
from caseapp.gui.changes import Area, Changes
from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from caseapp.gui.ops import Op, Task
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.services.backup import BackupSummary, RestoreResult

log = logging.getLogger(__name__)


class RestoreDialog(QDialog):
    described = Signal(object)   # BackupSummary
    verified = Signal()
    restored = Signal(object)    # RestoreResult

    def __init__(self, data_dir: Path, *, store_open: bool, actor: str = "admin",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.data_dir = Path(data_dir)
        self.store_open = store_open
        self.actor = actor
        self.summary: BackupSummary | None = None
        # shadows QDialog.result() (the exit code), which nothing here reads
        self.result: RestoreResult | None = None  # type: ignore[assignment]
        self._filling = False
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        for label in (self.ui.summaryLabel, self.ui.replaceHint, self.ui.resultLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.targetEdit.setText(str(self.data_dir.parent / f"{self.data_dir.name}-restored"))
        # Return in a field reads the backup; it must never open a file chooser or restore.
        for button in (self.ui.fileButton, self.ui.folderButton, self.ui.targetButton,
                       self.ui.verifyButton, self.ui.restoreButton, self.ui.closeButton):
            button.setAutoDefault(False)
        self._read_source: Path | None = None
        self.ui.sourceEdit.editingFinished.connect(self._source_edited)
        self.ui.fileButton.clicked.connect(self.choose_file)
        self.ui.folderButton.clicked.connect(self.choose_folder)
        self.ui.targetButton.clicked.connect(self.choose_target)
        self.ui.snapshotCombo.currentIndexChanged.connect(lambda _i: self._snapshot_chosen())
        self.ui.secretEdit.textChanged.connect(lambda _t: self._enable())
        self.ui.newFolderRadio.toggled.connect(lambda _on: self._enable())
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.replaceRadio.setEnabled(not store_open)
        self.ui.replaceHint.setText(self.tr(
            "To replace the current store, lock CaseApp first and open Restore from the "
            "unlock screen's File menu.") if store_open else self.tr(
            "The current data folder is renamed and kept next to it, so nothing is lost."))
        self._enable()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, lambda: grow_to_fit(self))

    def _fit(self) -> None:
        QTimer.singleShot(0, lambda: grow_to_fit(self))

    # --- choosing the backup ------------------------------------------------------------------
    def source(self) -> Path | None:
        text = self.ui.sourceEdit.text().strip()
        return Path(text) if text else None

    def snapshot(self) -> str | None:
        value = self.ui.snapshotCombo.currentData()
        return str(value) if value else None

    def _source_edited(self) -> None:
        if self.source() != self._read_source:  # leaving the field is not a new choice
            self.describe()

    def choose_file(self) -> None:
        paths = file_dialogs.ask_open_paths(self, self.tr("Choose a backup file"),
                                            self.tr("CaseApp backups (*.cabk)"))
        if paths:
            self.ui.sourceEdit.setText(str(paths[0]))
            self.describe()

    def choose_folder(self) -> None:
        folder = file_dialogs.ask_open_folder(self, self.tr("Choose a backup folder"))
        if folder is not None:
            self.ui.sourceEdit.setText(str(folder))
            self.describe()

    def choose_target(self) -> None:
        folder = file_dialogs.ask_open_folder(self, self.tr("Choose where to restore"))
        if folder is not None:
            self.ui.targetEdit.setText(str(folder / "CaseApp data (restored)"))

    def describe(self, snapshot: str | None = None) -> None:
        """Read the backup's manifest (no key needed) and show what it holds."""
        from caseapp.services import backup

        source = self.source()
        self._read_source = source
        self.summary = None
        self.ui.resultLabel.clear()
        if source is None:
            self._enable()
            return
        reread_list = snapshot is None

        def read() -> tuple[list[str], BackupSummary]:
            return backup.snapshots_of(source), backup.describe_backup(source, snapshot)

        def shown(found: tuple[list[str], BackupSummary]) -> None:
            names, summary = found
            if reread_list:
                self._filling = True
                self.ui.snapshotCombo.clear()
                for name in names:
                    self.ui.snapshotCombo.addItem(_snapshot_label(name), name)
                self._filling = False
            self.summary = summary
            self.ui.summaryLabel.setText(self._summary_text(summary))
            self._enable()
            self._fit()
            self.described.emit(summary)

        def failed(exc: BaseException) -> None:
            from caseapp.errors import CaseAppError
            from caseapp.gui.error_dialog import user_message

            self.ui.snapshotCombo.clear()
            self.ui.summaryLabel.setText(user_message(exc) if isinstance(exc, CaseAppError)
                                         else self.tr("This is not a backup CaseApp can "
                                                      "read."))
            self._enable()

        Op(self, op=read, success=shown, failure=failed).run_in_background()

    def _snapshot_chosen(self) -> None:
        if not self._filling and self.snapshot() is not None:
            self.describe(self.snapshot())

    def _summary_text(self, summary: BackupSummary) -> str:
        try:
            made = labels.format_local(datetime.fromisoformat(summary.created_at))
        except ValueError:
            made = summary.created_at
        return fill(self.tr("Made %1 · %n case(s) · %2", "", summary.cases), made,
                    QLocale().formattedDataSize(summary.size))

    def _enable(self) -> None:
        ready = self.summary is not None and bool(self.ui.secretEdit.text())
        self.ui.verifyButton.setEnabled(ready)
        self.ui.restoreButton.setEnabled(ready)
        self.ui.snapshotCombo.setEnabled(self.ui.snapshotCombo.count() > 1)
        for widget in (self.ui.targetEdit, self.ui.targetButton):
            widget.setEnabled(self.ui.newFolderRadio.isChecked())

    def _secrets(self) -> dict[str, str]:
        secret = self.ui.secretEdit.text()
        return ({"recovery_code": secret} if self.ui.recoveryCheck.isChecked()
                else {"passphrase": secret})

    # --- verify and restore ---------------------------------------------------------------------
    def verify(self) -> Op | None:
        from caseapp.services import backup

        source = self.source()
        if source is None or self.summary is None:
            return None
        secrets, snapshot = self._secrets(), self.snapshot()

        def work(task: Task) -> dict[str, Any]:  # the manifest, a JSON document
            return backup.verify_backup(source, snapshot=snapshot, progress=task.progress,
                                        cancel=task.cancel_event, **secrets)

        def done(_manifest: dict[str, Any]) -> None:
            self.ui.resultLabel.setText(self.tr(
                "The backup is complete: every part matches its checksum, both databases "
                "open with this secret and the audit log is intact."))
            self.verified.emit()

        return Op(self, op=work, success=done, failure=self._failed) \
            .with_progress(self.tr("Verifying the backup…"), cancellable=True) \
            .run_in_background()

    def restore(self) -> Op | None:
        from caseapp.services import backup

        source = self.source()
        if source is None or self.summary is None:
            return None
        replace = self.ui.replaceRadio.isChecked()
        if replace and self.store_open:
            return None
        target = self.data_dir if replace else Path(self.ui.targetEdit.text().strip())
        secrets, snapshot, actor = self._secrets(), self.snapshot(), self.actor

        def work(task: Task) -> RestoreResult:
            return backup.restore_backup(source, target, replace=replace, snapshot=snapshot,
                                         actor=actor, progress=task.progress,
                                         cancel=task.cancel_event, **secrets)

        def done(result: RestoreResult) -> None:
            self.result = result
            text = fill(self.tr("Restored into %1."), result.data_dir)
            if result.previous_data is not None:
                text += " " + fill(self.tr("The data that was there is kept in %1."),
                                   result.previous_data)
            if not replace:
                text += " " + self.tr("The current store was not touched.")
            self.ui.resultLabel.setText(text)
            self._fit()
            log.info("backup restored (replace=%s)", replace)
            self.restored.emit(result)

        return Op(self, op=work, success=done, failure=self._failed,
                  changes=Changes.of(Area.STORE) if replace else None) \
            .with_progress(self.tr("Restoring the backup…"), cancellable=True) \
            .run_in_background()

    def _failed(self, exc: BaseException) -> None:
        from caseapp.gui.error_dialog import show_error

        if isinstance(exc, Cancelled):
            self.ui.resultLabel.setText(self.tr("Cancelled. Nothing was changed."))
            return
        self.ui.resultLabel.setText(self.tr("Nothing was restored."))
        show_error(self, exc)


def _snapshot_label(name: str) -> str:
    """``20261202-231500-123456.json`` shown as a local date and time."""
    from datetime import UTC

    try:
        when = datetime.strptime(name.split(".")[0][:15], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return name
    return labels.format_local(when)
