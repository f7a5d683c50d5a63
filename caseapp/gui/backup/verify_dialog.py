"""Verify the data on demand: every check ``caseapp-admin verify`` makes (database pages,
structure, the audit chain, the search index, evidence hashes), run in an Op with a progress
bar and the current step, ending in a plain report a counsellor can read and copy."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.forms.ui_verify_dialog import Ui_VerifyDialog
from caseapp.gui.ops import Op, Relay, Task
from caseapp.gui.session import Session

log = logging.getLogger(__name__)


class VerifyDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.session = session
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        for label in (self.ui.introLabel, self.ui.stepLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.copyButton.setEnabled(False)
        self.ui.startButton.clicked.connect(self.start)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.copyButton.clicked.connect(self.copy_report)
        self._op: Op | None = None
        self.problems: list[str] | None = None
        self._step: tuple[str, int, int] | None = None
        self._retranslate()

    def _step_name(self, name: str) -> str:
        return {"databases": self.tr("Checking the encrypted databases and the audit log…"),
                "search index": self.tr("Checking the search index…"),
                "evidence": self.tr("Re-reading every evidence file and comparing its "
                                    "SHA-256…"),
                "takedowns": self.tr("Checking the takedown records…"),
                "reports": self.tr("Checking the report registry…"),
                "done": self.tr("Finished.")}.get(name, self.tr("Checking %1…")
                                                  .replace("%1", name))

    def start(self) -> None:
        from caseapp.services import verification

        if self._op is not None:
            return
        vault = self.session.vault
        relay = Relay(self, self._progress)

        def work(task: Task) -> list[str]:
            return verification.verify_all(
                vault, progress=lambda name, i, n: relay.send(name, i, n, final=True),
                cancel=task.cancel_event.is_set)

        self.problems = None
        self.ui.reportEdit.clear()
        self.ui.copyButton.setEnabled(False)
        self.ui.startButton.setEnabled(False)
        self.ui.closeButton.setText(self.tr("Ca&ncel"))
        self.ui.progressBar.setRange(0, 0)
        self.ui.stepLabel.setText(self.tr("Starting…"))
        self._op = Op(self, op=work, success=self._done, failure=self._failed)
        self._op.run_in_background()

    def _progress(self, name: str, index: int, count: int) -> None:
        self._step = (name, index, count)
        self.ui.progressBar.setRange(0, max(count, 1))
        self.ui.progressBar.setValue(index)
        self.ui.stepLabel.setText(self.tr("Step %1 of %2: %3")
                                  .replace("%1", str(min(index + 1, count)))
                                  .replace("%2", str(count))
                                  .replace("%3", self._step_name(name))
                                  if name != "done" else self._step_name(name))

    def _finish(self) -> None:
        self._op = None
        self.ui.startButton.setEnabled(True)
        self.ui.closeButton.setText(self.tr("Close"))
        self.ui.copyButton.setEnabled(True)

    def _done(self, problems: list[str]) -> None:
        self._finish()
        self.problems = problems
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(1)
        self._show_report()
        log.info("verification finished: %d problem(s)", len(problems))

    def _failed(self, exc: BaseException) -> None:
        from caseapp.errors import Cancelled, CaseAppError
        from caseapp.gui.error_dialog import show_error, user_message

        self._finish()
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.problems = None
        if isinstance(exc, Cancelled):
            self.ui.stepLabel.setText(self.tr("Cancelled. Nothing was changed; run the check "
                                              "again to see its result."))
            return
        if isinstance(exc, CaseAppError):
            self.ui.stepLabel.setText(self.tr("The check could not finish."))
            self.ui.reportEdit.setPlainText(user_message(exc))
        else:
            show_error(self, exc)

    def report_text(self) -> str:
        problems = self.problems
        if problems is None:
            return ""
        lines = []
        if not problems:
            lines.append(self.tr("Everything checks out."))
            lines.append(self.tr("The encrypted databases, the audit log, the search index "
                                 "and every stored evidence file were read and match what "
                                 "was recorded."))
        else:
            lines.append(self.tr("%n problem(s) found.", "", len(problems)))
            lines.append(self.tr("Do not delete or change anything. Stop using this computer "
                                 "for CaseApp and restore the most recent backup (see the "
                                 "user guide, 'Restore a backup'), or ask your "
                                 "administrator. Copy this report for them."))
            lines.append("")
            lines.extend(f"• {line}" for line in problems)
        return "\n".join(lines)

    def _show_report(self) -> None:
        if self.problems is None:
            return
        self.ui.stepLabel.setText(self.tr("Finished: no problems.") if not self.problems
                                  else self.tr("Finished: problems were found."))
        self.ui.stepLabel.setStyleSheet("color: #1b7f3b;" if not self.problems
                                        else "color: #b3261e;")
        self.ui.reportEdit.setPlainText(self.report_text())

    def copy_report(self) -> None:
        text = self.report_text() or self.ui.reportEdit.toPlainText()
        if text:
            QApplication.clipboard().setText(text)

    def cancel(self) -> None:
        """Stop a running check (it only reads; the evidence step stops between files)."""
        if self._op is not None:
            self._op.cancel()
            self.ui.stepLabel.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self._op is not None:
            self.cancel()  # Esc or Cancel while checking stops the check, not the dialog
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._op is not None:
            event.ignore()
            return
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.ui.introLabel.setText(self.tr(
            "Reads everything CaseApp stores and checks it against what was recorded: the "
            "encrypted databases, the tamper-evident audit log, the search index and the "
            "SHA-256 of every evidence file. Nothing is changed. With much evidence this "
            "takes a while; you can keep this window open and wait."))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self._step is not None and self._op is not None:
                self._progress(*self._step)
            self._show_report()
        super().changeEvent(event)
