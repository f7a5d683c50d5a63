"""Consent asked for where the work is: before the first file of a case without consent to
keep copies (record it now, keep hashes only, or cancel); when an action is blocked by a
missing consent (say which, record it right here and carry on with the same selection, or
open the Consent section); and before a withdrawal of consent to keep copies removes files
(naming them). Every prompt is window-modal and non-blocking, like the error dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from caseapp.gui import labels
from caseapp.gui.changes import Area
from caseapp.gui.forms.ui_record_consent_dialog import Ui_RecordConsentDialog

if TYPE_CHECKING:
    from caseapp.domain.consent import ConsentScope
    from caseapp.gui.case_tab import CaseContext

RECORD, HASH_ONLY, CANCEL = "record", "hash_only", "cancel"


def _box(parent: QWidget, name: str, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent.window())
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def ask_copies_choice(parent: QWidget, files: int,
                      answer: Callable[[str], None]) -> QMessageBox:
    """Before the first file of a case without consent to keep copies: ``answer`` gets
    RECORD, HASH_ONLY or CANCEL. Nothing is read until the counsellor chooses."""
    text = QCoreApplication.translate(
        "ConsentPrompt", "The victim has not consented to copies of the material being kept, "
        "so CaseApp must not store these files.\n\n"
        "If they have agreed, record their consent now. Otherwise CaseApp can keep only each "
        "file's fingerprints (SHA-256 and MD5), which still prove later that a copy is the "
        "same file, but not the files themselves.")
    box = _box(parent, "copiesConsentPrompt",
               QCoreApplication.translate("ConsentPrompt", "%n file(s): consent to keep copies is "
                                          "missing", None, files),
               text)
    record = box.addButton(QCoreApplication.translate("ConsentPrompt", "Record consent now…"),
                           QMessageBox.ButtonRole.AcceptRole)
    hashes = box.addButton(QCoreApplication.translate("ConsentPrompt", "Keep hashes only"),
                           QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    record.setObjectName("recordConsentButton")
    hashes.setObjectName("hashOnlyButton")
    box.setDefaultButton(record)

    def done(_result: int) -> None:
        clicked = box.clickedButton()
        answer(RECORD if clicked is record else HASH_ONLY if clicked is hashes else CANCEL)

    box.finished.connect(done)
    box.open()
    return box


class RecordConsentDialog(QDialog):
    """Record one consent scope as given, right where it was needed."""

    def __init__(self, scope: ConsentScope | str, reason: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from caseapp.domain.consent import ConsentMethod, ConsentScope

        self.setObjectName("recordConsentDialog")
        self.scope = scope = ConsentScope(scope)
        self.ui = Ui_RecordConsentDialog()
        self.ui.setupUi(self)
        self.ui.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.explanation.setText(reason + "\n\n" + self.tr(
            "Record only what the victim actually agreed to."))
        self.ui.scopeLabel.setText(labels.core_label(scope))
        for method in ConsentMethod:
            self.ui.methodCombo.addItem(labels.core_label(method), method.value)
        self.ui.givenDate.setDate(QDate.currentDate())
        self.ui.givenDate.setMaximumDate(QDate.currentDate())
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record consent"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def values(self) -> dict[str, Any]:
        chosen = self.ui.givenDate.date()
        given: date | None = date(chosen.year(), chosen.month(), chosen.day())
        return {"how": self.ui.methodCombo.currentData(),
                "at": None if given == date.today() else given,
                "note": self.ui.noteEdit.text()}


def record_consent_here(parent: QWidget, context: CaseContext, scope: ConsentScope | str,
                        reason: str,
                        then: Callable[[], None]) -> RecordConsentDialog:
    """Ask for the details of a grant of ``scope``, record it (its own audited write), then
    carry on with ``then`` (the blocked action, with everything still selected)."""
    from caseapp.services import cases

    dialog = RecordConsentDialog(scope, reason, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    vault, case_id = context.vault, context.case.id

    def accepted() -> None:
        values = dialog.values()
        context.run(lambda: cases.record_consent(vault, case_id, scope, True, values["how"],
                                                 at=values["at"], note=values["note"]),
                    success=lambda _record: then(), changes=Area.CONSENT)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def offer_consent(parent: QWidget, context: CaseContext, exc: BaseException,
                  retry: Callable[[], None],
                  extra: tuple[str, Callable[[], None]] | None = None) -> QMessageBox | None:
    """When ``exc`` is a missing consent the GUI can name: say which, and offer to record it
    right here (then ``retry``), to open the Consent section, or ``extra`` (e.g. "build an
    internal draft"). Returns None for any other failure (the caller shows it)."""
    from caseapp.domain.consent import ConsentScope
    from caseapp.errors import ConsentMissing
    from caseapp.gui.error_dialog import user_message

    if not isinstance(exc, ConsentMissing) or exc.scope is None:
        return None
    scope = ConsentScope(exc.scope)
    message = user_message(exc)
    hint = QCoreApplication.translate(
        "ConsentPrompt", "If the victim has agreed, you can record their consent here and "
        "carry on.")
    box = _box(parent, "consentNeeded",
               QCoreApplication.translate("ConsentPrompt", "Consent needed"),
               message + "\n\n" + hint)
    record = box.addButton(QCoreApplication.translate("ConsentPrompt", "Record consent now…"),
                           QMessageBox.ButtonRole.AcceptRole)
    record.setObjectName("recordConsentButton")
    other: QPushButton | None = None
    if extra is not None:
        other = box.addButton(extra[0], QMessageBox.ButtonRole.ActionRole)
        other.setObjectName("extraButton")
    consent_tab = box.addButton(
        QCoreApplication.translate("ConsentPrompt", "Open the Consent section"),
        QMessageBox.ButtonRole.ActionRole)
    consent_tab.setObjectName("openConsentButton")
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(record)

    def done(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is record:
            record_consent_here(parent, context, scope, message, retry)
        elif other is not None and clicked is other and extra is not None:
            extra[1]()
        elif clicked is consent_tab:
            context.editor.show_tab("consent")

    box.finished.connect(done)
    box.open()
    return box


def confirm_copies_withdrawal(parent: QWidget, codes: list[str],
                              go_on: Callable[[], None]) -> QMessageBox | None:
    """Before a withdrawal of consent to keep copies: name the files it removes. With
    nothing kept there is nothing to confirm (``go_on`` runs at once, None returned)."""
    if not codes:
        go_on()
        return None
    shown = ", ".join(codes[:12]) + (" …" if len(codes) > 12 else "")
    text = QCoreApplication.translate(
        "ConsentPrompt", "Withdrawing consent to keep copies removes the stored files of %n "
        "evidence item(s) of this case:", None, len(codes)) + "\n" + shown + "\n\n" \
        + QCoreApplication.translate(
            "ConsentPrompt", "Their fingerprints (SHA-256, MD5) and chain of custody stay, so "
            "the evidence can still be matched later, but the files can no longer be "
            "previewed, put in a police package or handed over. This cannot be undone.")
    box = _box(parent, "copiesWithdrawalPrompt",
               QCoreApplication.translate("ConsentPrompt", "Remove the stored files?"), text)
    box.setIcon(QMessageBox.Icon.Warning)
    remove = box.addButton(
        QCoreApplication.translate("ConsentPrompt", "Remove the files and record the withdrawal"),
        QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("removeFilesButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)

    def done(_result: int) -> None:
        if box.clickedButton() is remove:
            go_on()

    box.finished.connect(done)
    box.open()
    return box
