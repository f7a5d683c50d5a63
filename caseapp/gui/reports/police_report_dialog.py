"""The "Create police report" dialog: language, who it is addressed to, what to include (the
victim's identifying details only when their consent to share with police is in force;
blurred thumbnails off by default), what the victim asks for, an optional PDF password and
where to save it. The report is built and registered in an Op with progress and Cancel; then
the dialog offers to open the folder."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from caseapp.gui import file_dialogs, language
from caseapp.gui.changes import Area
from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.forms.ui_report_police_dialog import Ui_PoliceReportDialog
from caseapp.gui.ops import Op, Relay, responsive

if TYPE_CHECKING:
    from caseapp.domain.reports import ReportRecord
    from caseapp.gui.case_tab import CaseContext
    from caseapp.gui.ops import Task

log = logging.getLogger(__name__)


def warm_up() -> None:
    from caseapp.reports import police_report, toolkit  # noqa: F401 - imported to load

    toolkit.register_fonts()


def free_name(folder: Path, stem: str, suffix: str = ".pdf") -> Path:
    """``stem.pdf`` in ``folder``, or ``stem (2).pdf`` … when that exists already."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


class PoliceReportDialog(QDialog):
    built = Signal(object)  # the ReportRecord

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from caseapp.domain.consent import ConsentScope
        from caseapp.services import cases

        self.setObjectName("policeReportDialog")
        self.context = context
        self.ui = Ui_PoliceReportDialog()
        self.ui.setupUi(self)
        for label in (self.ui.introLabel, self.ui.consentLabel, self.ui.problemLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.problemLabel.setStyleSheet("color: #b3261e;")
        police = cases.consent_state(context.vault, context.case.id)[ConsentScope.POLICE]
        self.police = "none" if police is None else ("granted" if police.granted
                                                     else "withdrawn")
        allowed = self.police == "granted"
        self.ui.identityCheck.setEnabled(allowed)
        self.ui.identityCheck.setChecked(allowed)
        self.ui.thumbnailsCheck.setEnabled(allowed)
        self.ui.thumbnailsCheck.setChecked(False)
        self._fill_languages()
        self.ui.languageCombo.setCurrentIndex(
            max(0, self.ui.languageCombo.findData(language.current())))
        self.ui.fileEdit.setText(str(free_name(file_dialogs.documents_dir(),
                                               self._stem())))
        self.ui.browseButton.clicked.connect(self.choose_file)
        self.ui.generateButton.clicked.connect(self.generate_password)
        self._generated: str | None = None
        for edit in (self.ui.passwordEdit, self.ui.repeatEdit, self.ui.fileEdit):
            edit.textChanged.connect(lambda _t: self._check())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._busy = False
        self._op: Op | None = None
        # load the report fonts and modules while the counsellor fills in the form: done
        # during the build, the first report of a session stalled the window ~60 ms
        Op(self, op=warm_up, failure=lambda _e: None).run_in_background()
        self.ui.progressBar.setRange(0, 1000)
        self.ui.progressBar.hide()
        self._retranslate()
        self._check()

    def _stem(self) -> str:
        return self.tr("%1 police report").replace("%1", self.context.case.number)

    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        current = combo.currentData()
        combo.clear()
        for lang in language.LANGUAGES:
            combo.addItem(language.native_name(lang), lang)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def choose_file(self) -> None:
        current = Path(self.ui.fileEdit.text()) if self.ui.fileEdit.text() else \
            file_dialogs.documents_dir() / f"{self._stem()}.pdf"
        chosen = file_dialogs.ask_save_path(self, self.tr("Save the police report"), current,
                                            self.tr("PDF document (*.pdf)"))
        if chosen is not None:
            if chosen.suffix.lower() != ".pdf":
                chosen = chosen.with_name(chosen.name + ".pdf")
            self.ui.fileEdit.setText(str(chosen))

    def generate_password(self) -> None:
        """Fill both fields with a strong random password, shown in clear in the field (and
        again when the report is written), never stored."""
        from caseapp.services import reports

        password = reports.new_pdf_password()
        self._generated = password
        for edit in (self.ui.passwordEdit, self.ui.repeatEdit):
            edit.setEchoMode(edit.EchoMode.Normal)
            edit.setText(password)
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()

    def _password_edited(self) -> None:
        # typed over a generated password: hide it again like any typed one
        if self._generated is not None and self.ui.passwordEdit.text() != self._generated:
            self._generated = None
            for edit in (self.ui.passwordEdit, self.ui.repeatEdit):
                edit.setEchoMode(edit.EchoMode.Password)

    def _check(self) -> bool:
        self._password_edited()
        problem = ""
        if self.ui.passwordEdit.text() != self.ui.repeatEdit.text():
            problem = self.tr("The two passwords are not the same.")
        elif not self.ui.fileEdit.text().strip():
            problem = self.tr("Choose where to save the report.")
        self.ui.problemLabel.setText(problem)
        self.ui.problemLabel.setVisible(bool(problem))
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem and not self._busy)
        return not problem

    def options(self) -> dict[str, Any]:
        password = self.ui.passwordEdit.text()
        return {
            "lang": self.ui.languageCombo.currentData(),
            "include_identity": self.ui.identityCheck.isEnabled()
            and self.ui.identityCheck.isChecked(),
            "include_thumbnails": self.ui.thumbnailsCheck.isEnabled()
            and self.ui.thumbnailsCheck.isChecked(),
            "addressed_to": self.ui.addressedEdit.text(),
            "victim_requests": self.ui.requestsEdit.toPlainText(),
            "password": password or None,
        }

    def accept(self, internal_draft: bool = False) -> None:
        from caseapp.services import reports

        if self._busy or not self._check():
            return
        vault, case_id = self.context.vault, self.context.case.id
        target = Path(self.ui.fileEdit.text().strip()).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        options = self.options()
        options["internal_draft"] = internal_draft
        if options["password"] is not None:
            from caseapp.errors import CaseAppError

            try:  # refused here, in words, before anything is built
                reports.check_pdf_password(options["password"])
            except CaseAppError as exc:
                self.ui.problemLabel.setText(exc.message(language.current()))
                self.ui.problemLabel.setVisible(True)
                self.ui.passwordEdit.setFocus()
                return
        self._busy = True
        self._check()
        self._set_running(True)
        relay = Relay(self, self._progress)

        def work(task: Task) -> ReportRecord:
            def progress(done: int, total: int) -> None:
                relay.send(done, total)

            with responsive():
                return reports.build_police_report(vault, case_id, target, progress=progress,
                                                   cancel=task.cancel_event, **options)

        generated = self._generated if options.get("password") == self._generated else None

        def done(record: ReportRecord) -> None:
            from caseapp.gui.written_files import offer_folder

            self._busy = False
            self._op = None
            self._set_running(False)
            self.ui.passwordEdit.clear()
            self.ui.repeatEdit.clear()
            self._generated = None
            self.built.emit(record)
            super(PoliceReportDialog, self).accept()
            text = (self.tr("Report %1 (%2 pages) was written to:\n%3\n\nSHA-256: %4\n"
                            "It is registered in the case; a copy can be matched later with "
                            "Check a copy.")
                    .replace("%1", record.report_id).replace("%2", str(record.pages))
                    .replace("%3", str(target)).replace("%4", record.sha256))
            if generated is not None:
                text += "\n\n" + self.tr(
                    "PDF password: %1\nWrite it down now and give it to the officer "
                    "separately. CaseApp does not keep it and will not show it again."
                ).replace("%1", generated)
            offer_folder(self.parentWidget() or self, self.tr("Police report written"), text,
                         target)

        def failed(exc: BaseException) -> None:
            from caseapp.errors import Cancelled
            from caseapp.gui.error_dialog import show_error

            self._busy = False
            self._op = None
            self._set_running(False)
            self._check()
            if isinstance(exc, Cancelled):
                return
            # no consent to share with police: record it right here (then build), or build an
            # internal draft that says on every page it is not for submission
            from caseapp.gui.consent_prompt import offer_consent

            draft = (self.tr("Build an internal draft"),
                     lambda: self.accept(internal_draft=True))
            if offer_consent(self, self.context, exc, retry=self.accept,
                             extra=None if internal_draft else draft) is None:
                show_error(self, exc)

        # progress in the dialog itself: a separate progress window would take the GUI
        # thread ~100 ms to appear
        self._op = Op(self, op=work, success=done, failure=failed,
                      changes=self.context.changes(Area.REPORTS))
        self._op.run_in_background()
        log.info("police report build started")

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setValue(min(1000, int(done / max(total, 1) * 1000)))

    def _set_running(self, running: bool) -> None:
        self.ui.progressBar.setVisible(running)
        self.ui.progressBar.setValue(0)
        for widget in (self.ui.languageCombo, self.ui.addressedEdit, self.ui.includeBox,
                       self.ui.requestsEdit, self.ui.passwordEdit, self.ui.repeatEdit,
                       self.ui.generateButton, self.ui.fileEdit, self.ui.browseButton):
            widget.setEnabled(not running)
        if running:
            self.ui.problemLabel.setVisible(True)
            self.ui.problemLabel.setStyleSheet("")
            self.ui.problemLabel.setText(self.tr("Writing the police report…"))
        else:
            self.ui.problemLabel.setStyleSheet("color: #b3261e;")

    def reject(self) -> None:
        if self._op is not None:  # Cancel (or Esc) while writing stops the writing
            self.ui.problemLabel.setText(self.tr("Cancelling…"))
            self._op.cancel()
            return
        super().reject()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Police report for %1").replace(
            "%1", self.context.case.number))
        self.ui.introLabel.setText(self.tr(
            "The report lists the case, its timeline, every evidence item with its SHA-256 "
            "and chain of custody, and the takedown history. Every report is registered so "
            "a copy handed to police can be matched later."))
        if self.police == "granted":
            text = self.tr("The victim agreed to share the case with police.")
        elif self.police == "withdrawn":
            text = self.tr("The victim withdrew consent to share with police. A report for "
                           "police needs it: record it again if they agree, or build an "
                           "internal draft marked as not for submission.")
        else:
            text = self.tr("The victim has not given consent to share with police. A report "
                           "for police needs it: record it if they agree, or build an "
                           "internal draft marked as not for submission.")
        self.ui.consentLabel.setText(text)
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create report"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_languages()
            self._retranslate()
            self._check()
        super().changeEvent(event)
