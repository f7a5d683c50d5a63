"""Takedown dialogs: a new request (from selected evidence, with the address filled in and a
recipient suggested from the directory), the letter (preview, text to copy into a web form,
PDF or text file), a status change with its date and reference number, and a re-upload.
Each write is one service call in an Op; a dialog stays open when the service refuses."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QWidget

from caseapp.gui import file_dialogs, labels, language
from caseapp.gui.changes import TAKEDOWN_CHANGES
from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.forms.ui_takedown_letter_dialog import Ui_LetterDialog
from caseapp.gui.forms.ui_takedown_new_dialog import Ui_NewTakedownDialog
from caseapp.gui.forms.ui_takedown_reupload_dialog import Ui_ReuploadDialog
from caseapp.gui.forms.ui_takedown_status_dialog import Ui_StatusDialog
from caseapp.gui.ops import Op
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.evidence import EvidenceItem
    from caseapp.domain.takedowns import TakedownRequest
    from caseapp.gui.case_tab import CaseContext

log = logging.getLogger(__name__)

CLIPBOARD_SECONDS = 120
# Which directory entry a link's platform usually goes to first; the counsellor can pick any.
def aware(value: QDateTime) -> datetime:
    """A date-time edited on this computer, with this computer's offset."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


def copy_for_a_while(text: str, seconds: int = CLIPBOARD_SECONDS) -> None:
    """Put ``text`` on the clipboard and take it off again later, unless something else
    was copied meanwhile: case text should not sit on the clipboard."""
    clipboard = QApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        board = QApplication.clipboard()
        if board is not None and board.text() == text:
            board.clear()

    QTimer.singleShot(seconds * 1000, clear)


def _fill(combo: Any, entries: list[tuple[str, Any]], keep: bool = True) -> None:
    current = combo.currentData() if keep else None
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def _failed(dialog: QDialog, buttons: Any) -> Callable[[BaseException], None]:
    def failed(exc: BaseException) -> None:
        from caseapp.gui.error_dialog import show_error

        buttons.setEnabled(True)
        show_error(dialog, exc)

    return failed


def start_takedown(context: CaseContext, items: list[EvidenceItem],
                   parent: QWidget) -> NewTakedownDialog:
    """The takedown for the selected evidence: one click opened this, one click on Create
    makes the request; then the Takedowns section shows it."""
    from caseapp.gui.navigation import open_case_at

    dialog = NewTakedownDialog(context, items, parent)

    def created(request: TakedownRequest) -> None:
        context.status(fill(QCoreApplication.translate(
            "NewTakedownDialog", "Takedown request %1 created as a draft."), request.code))
        open_case_at(parent, context.case.id, "takedowns",
                     lambda tab: getattr(tab, "select_request", lambda _i: None)(request.id))

    dialog.created.connect(created)
    dialog.open()
    return dialog


# --- a new request ---------------------------------------------------------------------------
class NewTakedownDialog(QDialog):
    created = Signal(object)

    def __init__(self, context: CaseContext, items: list[EvidenceItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from caseapp.services import takedowns

        self.setObjectName("newTakedownDialog")
        self.context = context
        self.items = list(items)
        self.ui = Ui_NewTakedownDialog()
        self.ui.setupUi(self)
        for label in (self.ui.introLabel, self.ui.consentLabel, self.ui.targetHint,
                      self.ui.guidanceLabel, self.ui.evidenceList):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.consentLabel.setStyleSheet("color: #b3261e;")
        # the longest content type must show whole, in both languages
        self.ui.contentCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.recipients = takedowns.list_recipients(context.vault)
        self._chosen_by_hand = False
        self._consent = takedowns.require_consent_message(context.vault, context.case.id)
        self._fill()
        addresses = []
        for item in self.items:
            if item.url and item.url not in addresses:
                addresses.append(item.url)
        self.ui.targetCombo.addItems(addresses)
        self.ui.targetCombo.setCurrentIndex(0 if addresses else -1)
        self.ui.targetCombo.editTextChanged.connect(self._target_changed)
        self.ui.targetKindCombo.currentIndexChanged.connect(
            lambda _i: self._target_changed(self.ui.targetCombo.currentText()))
        self.ui.recipientCombo.activated.connect(self._recipient_chosen)
        self.ui.recipientCombo.currentIndexChanged.connect(lambda _i: self._recipient_changed())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.recordConsentButton.clicked.connect(self.record_consent)
        platform = next((i.platform.value for i in self.items if i.platform), None)
        self._suggest(platform)
        self._target_changed(self.ui.targetCombo.currentText())
        self._recipient_changed()
        self._retranslate()

    def _fill(self) -> None:
        from caseapp.domain.takedowns import Channel, ContentType, RequestedAction, TargetKind

        _fill(self.ui.targetKindCombo, [(labels.core_label(k), k.value) for k in TargetKind])
        _fill(self.ui.recipientCombo, [(self._recipient_text(r), r.id) for r in self.recipients
                                       if r.active])
        _fill(self.ui.channelCombo, [(labels.core_label(c), c.value) for c in Channel])
        _fill(self.ui.actionCombo, [(labels.core_label(a), a.value) for a in RequestedAction])
        content = self.ui.contentCombo.currentData()
        _fill(self.ui.contentCombo, [(labels.core_label(c), c.value) for c in ContentType])
        if content is None:
            from caseapp.domain.takedowns import content_type_for

            default = content_type_for(self.context.case.legal_categories).value
            self.ui.contentCombo.setCurrentIndex(max(0, self.ui.contentCombo.findData(default)))

    def _recipient_text(self, recipient: Any) -> str:
        return f"{labels.recipient_name(recipient.name)} ({labels.core_label(recipient.kind)})"

    def recipient(self) -> Any:
        wanted = self.ui.recipientCombo.currentData()
        return next((r for r in self.recipients if r.id == wanted), None)

    def _suggest(self, platform: str | None) -> None:
        from caseapp.takedown.directory import suggested_recipient

        key = suggested_recipient(platform)
        if key is None or self._chosen_by_hand:
            return
        found = next((r for r in self.recipients if r.key == key and r.active), None)
        if found is not None:
            self.ui.recipientCombo.setCurrentIndex(self.ui.recipientCombo.findData(found.id))

    def _recipient_chosen(self, _index: int) -> None:
        self._chosen_by_hand = True

    def _recipient_changed(self) -> None:
        from caseapp.services import takedowns

        recipient = self.recipient()
        if recipient is None:
            self.ui.guidanceLabel.clear()
            return
        self.ui.channelCombo.setCurrentIndex(
            max(0, self.ui.channelCombo.findData(recipient.channel.value)))
        self.ui.actionCombo.setCurrentIndex(
            max(0, self.ui.actionCombo.findData(takedowns.default_action(recipient.kind).value)))
        lines = takedowns.recipient_guidance(recipient, language.current())
        contact = [v for v in (recipient.web_form, recipient.email) if v]
        text = "\n".join(f"• {line}" for line in lines)
        if contact:
            text = " · ".join(contact) + "\n" + text
        self.ui.guidanceLabel.setText(text)

    def _target_changed(self, text: str) -> None:
        from caseapp.domain.takedowns import TargetKind
        from caseapp.errors import CaseAppError
        from caseapp.gui.error_dialog import user_message
        from caseapp.takedown import targets

        kind = TargetKind(self.ui.targetKindCombo.currentData() or "url")
        hint = ""
        ok = False
        if text.strip():
            try:
                _stored, platform = targets.check_target(kind, text)
                ok = True
                if platform is not None:
                    self._suggest(platform.value)
                shown = targets.display_lines(kind, text.strip())
                if len(shown) > 1 or shown[0] != text.strip():
                    hint = self.tr("Shown to the recipient as:") + "\n" + "\n".join(shown)
            except CaseAppError as exc:
                hint = user_message(exc)
        else:
            hint = self.tr("Type or paste the address of the material.")
        self.ui.targetHint.setText(hint)
        self.ui.targetHint.setVisible(bool(hint))
        self.ui.targetHint.setStyleSheet("" if ok else "color: #b3261e;")
        self._update_ok(ok)
        grow_to_fit(self)

    def _update_ok(self, target_ok: bool | None = None) -> None:
        if target_ok is None:
            target_ok = bool(self.ui.targetCombo.currentText().strip())
        button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(target_ok and self._consent is None and self.recipient() is not None)

    def record_consent(self) -> None:
        """Consent to takedowns is missing: record it right here (its own audited write),
        then carry on with everything entered in this dialog as it was."""
        from caseapp.domain.consent import ConsentScope
        from caseapp.gui.consent_prompt import record_consent_here

        if self._consent is not None:
            record_consent_here(self, self.context, ConsentScope.TAKEDOWN, self._consent,
                                self._recheck_consent)

    def _recheck_consent(self) -> None:
        from caseapp.services import takedowns

        vault, case_id = self.context.vault, self.context.case.id

        def checked(message: str | None) -> None:
            self._consent = message
            self._retranslate()
            self._update_ok()
            if message is None:
                self.ui.targetCombo.setFocus()

        Op(self, op=lambda: takedowns.require_consent_message(vault, case_id),
           success=checked).run_in_background()

    def accept(self) -> None:
        from caseapp.services import takedowns

        vault, case_id = self.context.vault, self.context.case.id
        target = self.ui.targetCombo.currentText()
        recipient = self.ui.recipientCombo.currentData()
        values = {
            "target_kind": self.ui.targetKindCombo.currentData(),
            "evidence": [i.id for i in self.items],
            "channel": self.ui.channelCombo.currentData(),
            "content_type": self.ui.contentCombo.currentData(),
            "action": self.ui.actionCombo.currentData(),
            "description": self.ui.descriptionEdit.toPlainText(),
            "keywords": self.ui.keywordsEdit.text(),
        }
        self.ui.buttons.setEnabled(False)

        def made(request: TakedownRequest) -> None:
            self.created.emit(request)
            super(NewTakedownDialog, self).accept()

        Op(self, op=lambda: takedowns.create_request(vault, case_id, target, recipient,
                                                     **values),
           success=made, failure=_failed(self, self.ui.buttons),
           changes=self.context.changes(TAKEDOWN_CHANGES)).run_in_background()

    def _retranslate(self) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create request"))
        self.ui.consentLabel.setVisible(self._consent is not None)
        self.ui.recordConsentButton.setVisible(self._consent is not None)
        if self._consent is not None:
            self.ui.consentLabel.setText(self._consent)
        codes = ", ".join(i.code for i in self.items)
        self.ui.evidenceList.setText(codes or self.tr("None selected"))
        if self.items:
            self.ui.introLabel.setText(self.tr(
                "A draft request for the selected evidence. Check the address and the "
                "recipient, then create it; you write and send the letter next."))
        else:
            self.ui.introLabel.setText(self.tr(
                "A draft request for one address. To cover evidence items, start from the "
                "Evidence section."))
        distinct = self.ui.targetCombo.count()
        if distinct > 1:
            self.ui.introLabel.setText(self.ui.introLabel.text() + " " + self.tr(
                "The selected items have %1 different addresses; one request covers one "
                "address, so choose it here and create one request per address.")
                .replace("%1", str(distinct)))
        self._update_ok()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
            self._recipient_changed()
            self._target_changed(self.ui.targetCombo.currentText())
            self._retranslate()
            if self._consent is not None:  # the refusal, again in the new language
                self._recheck_consent()
        super().changeEvent(event)


# --- the letter -------------------------------------------------------------------------------
class LetterDialog(QDialog):
    def __init__(self, context: CaseContext, request: TakedownRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from caseapp.services import takedowns

        self.setObjectName("letterDialog")
        self.context = context
        self.request = request
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self.ui.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.recipient = takedowns.get_recipient(context.vault, request.recipient_id)
        self._text = ""
        self._generation = 0
        self._fill()
        self.ui.languageCombo.setCurrentIndex(
            max(0, self.ui.languageCombo.findData(language.current())))
        self.ui.formCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.languageCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.identityCheck.toggled.connect(lambda _c: self.refresh())
        self.ui.copyButton.clicked.connect(self.copy_text)
        self.ui.savePdfButton.clicked.connect(lambda: self.save(".pdf"))
        self.ui.saveTextButton.clicked.connect(lambda: self.save(".txt"))
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()
        self.refresh()

    def _fill(self) -> None:
        from caseapp.domain.takedowns import LetterForm

        forms = [LetterForm.LETTER, LetterForm.WEBFORM]
        if self.recipient.statutory and self.recipient.kind.service_provider:
            forms.append(LetterForm.STATUTORY)
        _fill(self.ui.formCombo, [(labels.core_label(f), f.value) for f in forms])
        _fill(self.ui.languageCombo, [(language.native_name(lang), lang)
                                      for lang in language.LANGUAGES])

    def options(self) -> dict[str, Any]:
        return {"form": self.ui.formCombo.currentData(),
                "lang": self.ui.languageCombo.currentData(),
                "include_victim_identity": self.ui.identityCheck.isChecked()}

    def refresh(self) -> None:
        from caseapp.gui.error_dialog import user_message
        from caseapp.services import takedowns

        vault, request_id, options = self.context.vault, self.request.id, self.options()
        self._generation += 1
        generation = self._generation
        self._set_ready(False)
        self.ui.statusLabel.setText(self.tr("Writing the letter…"))

        def shown(text: str) -> None:
            if generation != self._generation:
                return
            self._text = text
            self.ui.previewEdit.setPlainText(text)
            self.ui.statusLabel.setText(self.tr(
                "Check the text before sending it. Copy it into the recipient's web form or "
                "e-mail, or save it; then record that it was sent."))
            self._set_ready(True)

        def failed(exc: BaseException) -> None:
            from caseapp.errors import CaseAppError

            if generation != self._generation:
                return
            self._text = ""
            self.ui.previewEdit.clear()
            if isinstance(exc, CaseAppError):
                self.ui.statusLabel.setText(user_message(exc))
            else:
                from caseapp.gui.error_dialog import show_error

                show_error(self, exc)

        Op(self, op=lambda: takedowns.letter_text(vault, request_id, **options),
           success=shown, failure=failed).run_in_background()

    def _set_ready(self, ready: bool) -> None:
        for button in (self.ui.copyButton, self.ui.savePdfButton, self.ui.saveTextButton):
            button.setEnabled(ready)

    def copy_text(self) -> None:
        if self._text:
            copy_for_a_while(self._text)
            self.ui.statusLabel.setText(self.tr(
                "Copied. Paste it into the web form or e-mail; the clipboard is cleared in "
                "two minutes."))

    def save(self, suffix: str) -> None:
        from caseapp.gui.written_files import offer_folder
        from caseapp.services import takedowns

        name = f"{self.request.code} {self.ui.formCombo.currentText()}{suffix}"
        name = "".join(ch if ch not in '\\/:*?"<>|' else "_" for ch in name)
        pattern = self.tr("PDF document (*.pdf)") if suffix == ".pdf" \
            else self.tr("Text file (*.txt)")
        target = file_dialogs.ask_save_path(self, self.tr("Save the letter"),
                                            file_dialogs.documents_dir() / name, pattern)
        if target is None:
            return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        vault, request_id, options = self.context.vault, self.request.id, self.options()

        def written(result: Any) -> None:
            self.ui.statusLabel.setText(self.tr("Saved %1 (SHA-256 %2).")
                                        .replace("%1", str(result.path))
                                        .replace("%2", result.sha256))
            offer_folder(self, self.tr("Letter saved"),
                         self.tr("The letter was saved to:\n%1").replace("%1", str(result.path)),
                         Path(result.path))

        Op(self, op=lambda: takedowns.write_letter(vault, request_id, target, **options),
           success=written).with_progress(self.tr("Writing the letter…")).run_in_background()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Letter for %1 to %2").replace("%1", self.request.code)
                            .replace("%2", labels.recipient_name(self.request.recipient_name)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
            self._retranslate()
        super().changeEvent(event)


# --- a status change --------------------------------------------------------------------------
class StatusDialog(QDialog):
    changed = Signal(object)

    def __init__(self, context: CaseContext, request: TakedownRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.context = context
        self.request = request
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        now = QDateTime.currentDateTime()
        for edit in (self.ui.whenEdit, self.ui.verifiedEdit):
            edit.setDateTime(now)
            edit.setMaximumDateTime(now.addSecs(600))
        self.ui.referenceEdit.setText(request.recipient_reference)
        self.ui.verifiedCheck.toggled.connect(self.ui.verifiedEdit.setEnabled)
        self.ui.verifiedEdit.setEnabled(False)
        self.ui.statusCombo.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill()
        self._retranslate()
        self._status_changed()

    def _fill(self) -> None:
        from caseapp.domain.takedowns import ALLOWED_TRANSITIONS, TakedownStatus

        allowed = ALLOWED_TRANSITIONS[self.request.status]
        _fill(self.ui.statusCombo, [(labels.core_label(s), s.value) for s in TakedownStatus
                                    if s in allowed])

    def choose(self, status: str) -> None:
        self.ui.statusCombo.setCurrentIndex(max(0, self.ui.statusCombo.findData(status)))

    def _status_changed(self) -> None:
        removed = self.ui.statusCombo.currentData() == "removed"
        for widget in (self.ui.verifiedLabel, self.ui.verifiedCheck, self.ui.verifiedEdit):
            widget.setVisible(removed)

    def accept(self) -> None:
        from caseapp.services import takedowns

        status = self.ui.statusCombo.currentData()
        if status is None:
            return
        vault, request_id = self.context.vault, self.request.id
        reference = self.ui.referenceEdit.text().strip()
        at = aware(self.ui.whenEdit.dateTime())
        verified = aware(self.ui.verifiedEdit.dateTime()) \
            if status == "removed" and self.ui.verifiedCheck.isChecked() else None
        note = self.ui.noteEdit.toPlainText()
        changed_reference = reference if reference != self.request.recipient_reference \
            else None
        self.ui.buttons.setEnabled(False)

        def done(request: TakedownRequest) -> None:
            self.changed.emit(request)
            super(StatusDialog, self).accept()

        Op(self, op=lambda: takedowns.set_status(vault, request_id, status, at=at,
                                                 reference=changed_reference,
                                                 verified_at=verified, note=note),
           success=done, failure=_failed(self, self.ui.buttons),
           changes=self.context.changes(TAKEDOWN_CHANGES)).run_in_background()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Status of %1").replace("%1", self.request.code))
        self.ui.introLabel.setText(fill(self.tr("%1 is %2 now. Record what happened and when; "
                                                "the follow-ups are planned from that date."),
                                        self.request.code,
                                        labels.core_label(self.request.status)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
            self._retranslate()
        super().changeEvent(event)


# --- a re-upload ------------------------------------------------------------------------------
class ReuploadDialog(QDialog):
    """The material of ``request`` is online again. With ``recheck_task`` the re-check that
    found it is closed in the same step."""

    created = Signal(object)

    def __init__(self, context: CaseContext, request: TakedownRequest,
                 recheck_task: int | None = None, parent: QWidget | None = None, *,
                 match: tuple[int, int] | None = None) -> None:
        """``match``: (new evidence id, matched evidence id) when ingest found the new item
        looks like evidence ``request`` covered; the new item joins the new request."""
        super().__init__(parent)
        from caseapp.services import takedowns

        self.setObjectName("reuploadDialog")
        self.context = context
        self.request = request
        self.recheck_task = recheck_task
        self.match = match
        self.ui = Ui_ReuploadDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.recipients = [r for r in takedowns.list_recipients(context.vault) if r.active]
        self.ui.urlEdit.setText(request.target)
        self._fill()
        self.ui.recipientCombo.setCurrentIndex(
            max(0, self.ui.recipientCombo.findData(request.recipient_id)))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._retranslate()

    def _fill(self) -> None:
        _fill(self.ui.recipientCombo, [(f"{labels.recipient_name(r.name)} "
                                          f"({labels.core_label(r.kind)})", r.id)
                                       for r in self.recipients])

    def accept(self) -> None:
        from caseapp.services import takedowns

        vault, request_id = self.context.vault, self.request.id
        url = self.ui.urlEdit.text()
        recipient = self.ui.recipientCombo.currentData()
        note = self.ui.noteEdit.text()
        task = self.recheck_task
        match = self.match
        self.ui.buttons.setEnabled(False)

        def work() -> Any:
            if match is not None:
                return takedowns.reupload_for_match(vault, match[0], match[1], url=url,
                                                    recipient=recipient, note=note)
            if task is not None:
                return takedowns.complete_recheck(vault, task, found_again=True, url=url,
                                                  recipient=recipient)
            return takedowns.reupload(vault, request_id, url, recipient=recipient, note=note)

        def done(created: Any) -> None:
            self.created.emit(created)
            super(ReuploadDialog, self).accept()

        Op(self, op=work, success=done, failure=_failed(self, self.ui.buttons),
           changes=self.context.changes(TAKEDOWN_CHANGES)).run_in_background()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("%1: material found again").replace("%1",
                                                                        self.request.code))
        self.ui.introLabel.setText(self.tr(
            "A new request is linked to %1 and covers the same evidence. Give the address "
            "where it turned up; the recipient is the same unless you choose another.")
            .replace("%1", self.request.code))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
            self._retranslate()
        super().changeEvent(event)
