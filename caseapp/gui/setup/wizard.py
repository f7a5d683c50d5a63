"""First run: language, organisation, the first counsellor profile, the passphrase, the
recovery code with its Recovery Kit (cannot be skipped by accident) and optional quick
unlock. The store is created (Argon2 calibration included) in an :class:`~caseapp.gui.ops.Op`
when the passphrase page is committed; ``completed`` hands the unlocked vault onwards."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard, QWizardPage

from caseapp.gui import language
from caseapp.gui.forms.ui_setup_language_page import Ui_SetupLanguagePage
from caseapp.gui.forms.ui_setup_organisation_page import Ui_SetupOrganisationPage
from caseapp.gui.forms.ui_setup_passphrase_page import Ui_SetupPassphrasePage
from caseapp.gui.forms.ui_setup_profile_page import Ui_SetupProfilePage
from caseapp.gui.forms.ui_setup_quick_unlock_page import Ui_SetupQuickUnlockPage
from caseapp.gui.forms.ui_setup_recovery_page import Ui_SetupRecoveryPage
from caseapp.gui.labels import role_label
from caseapp.gui.ops import Op
from caseapp.gui.preferences import Preferences

if TYPE_CHECKING:
    from caseapp.domain.cases import Counsellor
    from caseapp.services.vault import (
        Argon2Params,  # the security layer's, as services.vault uses it
        Vault,
    )

log = logging.getLogger(__name__)

PAGE_LANGUAGE, PAGE_ORGANISATION, PAGE_PROFILE, PAGE_PASSPHRASE, PAGE_RECOVERY, PAGE_QUICK = \
    range(6)
ROLES = ("counsellor", "supervisor")


@dataclass(slots=True)
class Created:
    """What the creation op hands back to the GUI thread."""

    vault: Vault
    counsellor: Counsellor
    recovery_code: str
    kit_text: str
    quick_unlock_available: bool


class _Page(QWizardPage):
    """A wizard page built from a Designer form; retranslates itself."""

    form: type

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.form()
        self.ui.setupUi(self)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePage(_Page):
    form = Ui_SetupLanguagePage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        (self.ui.koreanButton if language.current() == "ko"
         else self.ui.englishButton).setChecked(True)
        self.ui.koreanButton.toggled.connect(self._switch)

    def chosen(self) -> str:
        return "ko" if self.ui.koreanButton.isChecked() else "en"

    def _switch(self) -> None:
        if self.chosen() != language.current():
            language.apply(self.chosen())


class OrganisationPage(_Page):
    form = Ui_SetupOrganisationPage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui.nameEdit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.ui.nameEdit.text().strip())

    def details(self) -> dict[str, str]:
        return {"address": self.ui.addressEdit.text(), "phone": self.ui.phoneEdit.text(),
                "email": self.ui.emailEdit.text()}


class ProfilePage(_Page):
    form = Ui_SetupProfilePage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui.nameEdit.textChanged.connect(self.completeChanged)
        self._fill_roles()

    def _fill_roles(self) -> None:
        current = self.ui.roleCombo.currentIndex()
        self.ui.roleCombo.clear()
        for role in ROLES:
            self.ui.roleCombo.addItem(role_label(role), role)
        self.ui.roleCombo.setCurrentIndex(max(0, current))

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_roles()

    def isComplete(self) -> bool:
        return bool(self.ui.nameEdit.text().strip())

    def role(self) -> str:
        return str(self.ui.roleCombo.currentData())


class PassphrasePage(_Page):
    form = Ui_SetupPassphrasePage

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setCommitPage(True)
        self.ui.fields.changed.connect(self.completeChanged)
        self._creating = False

    def initializePage(self) -> None:
        org = self._wizard.organisation_page.ui.nameEdit.text()
        person = self._wizard.profile_page.ui.nameEdit.text()
        self.ui.fields.set_context(org, person)
        self._set_commit_text()
        self.ui.fields.setFocus()

    def _set_commit_text(self) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           self.tr("Create the encrypted store"))

    def retranslate(self) -> None:
        super().retranslate()
        self._set_commit_text()
        if self._creating:
            self._show_busy()

    def isComplete(self) -> bool:
        return not self._creating and self.ui.fields.is_acceptable()

    def _show_busy(self) -> None:
        self.ui.busyLabel.setText(self.tr(
            "Creating the encrypted store. Measuring this computer's speed to set the key "
            "strength takes a few seconds…"))

    def validatePage(self) -> bool:
        if self._wizard.created is not None:
            return True
        if self._creating or not self.ui.fields.is_acceptable():
            return False
        self._creating = True
        self._show_busy()
        self.ui.fields.setEnabled(False)
        self.completeChanged.emit()
        self._wizard.create_store(self.ui.fields.passphrase(), self._on_created,
                                  self._on_failed)
        return False

    def _on_created(self, created: Created) -> None:
        self._creating = False
        self.ui.fields.clear()
        self.ui.busyLabel.clear()
        self.completeChanged.emit()
        self._wizard.created = created
        self._wizard.next()

    def _on_failed(self, exc: BaseException) -> None:
        from caseapp.gui.error_dialog import show_error

        self._creating = False
        self.ui.busyLabel.clear()
        self.ui.fields.setEnabled(True)
        self.completeChanged.emit()
        show_error(self, exc)


class RecoveryPage(_Page):
    form = Ui_SetupRecoveryPage

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.ui.panel.completeChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        created = self._wizard.created
        if created is not None:
            self.ui.panel.show_code(created.vault, created.recovery_code, created.kit_text)
        self.ui.panel.ui.saveButton.setFocus()

    def isComplete(self) -> bool:
        return self.ui.panel.is_complete()

    def nextId(self) -> int:
        created = self._wizard.created
        if created is not None and created.quick_unlock_available:
            return PAGE_QUICK
        return -1


class QuickUnlockPage(_Page):
    form = Ui_SetupQuickUnlockPage

    def nextId(self) -> int:
        return -1


class SetupWizard(QWizard):
    """Emits ``completed(vault, counsellor)`` once the store exists, the kit is saved and the
    last page is finished."""

    completed = Signal(object, object)

    def __init__(self, data_dir: Path, prefs: Preferences, *,
                 kdf_params: Argon2Params | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.prefs = prefs
        self.kdf_params = kdf_params  # tests pass a fast profile; production calibrates
        self.created: Created | None = None
        self._finishing = False
        self.setObjectName("SetupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.language_page = LanguagePage(self)
        self.organisation_page = OrganisationPage(self)
        self.profile_page = ProfilePage(self)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.quick_page = QuickUnlockPage(self)
        for page_id, page in ((PAGE_LANGUAGE, self.language_page),
                              (PAGE_ORGANISATION, self.organisation_page),
                              (PAGE_PROFILE, self.profile_page),
                              (PAGE_PASSPHRASE, self.passphrase_page),
                              (PAGE_RECOVERY, self.recovery_page),
                              (PAGE_QUICK, self.quick_page)):
            self.setPage(page_id, page)
        self.setMinimumSize(640, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CaseApp setup"))
        # QWizard sets its buttons' texts once; after the language page switches to Korean
        # they would stay "< Back" / "Next >". Set them again from Qt's own catalogue
        # (qtbase_LANG.qm), with the texts Qt uses for this style.
        style = self.wizardStyle()
        mac = style == QWizard.WizardStyle.MacStyle
        texts = {
            QWizard.WizardButton.BackButton: "Go Back" if mac else "< &Back",
            QWizard.WizardButton.NextButton: "Continue" if mac else (
                "&Next" if style == QWizard.WizardStyle.AeroStyle else "&Next >"),
            QWizard.WizardButton.CommitButton: "Commit",
            QWizard.WizardButton.FinishButton: "Done" if mac else "&Finish",
            QWizard.WizardButton.CancelButton: "Cancel",
        }
        for button, text in texts.items():
            self.setButtonText(button, QCoreApplication.translate("QWizard", text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- store creation ------------------------------------------------------------------
    def create_store(self, passphrase: str, success: Callable[[Created], None],
                     failure: Callable[[BaseException], None]) -> None:
        data_dir, params = self.data_dir, self.kdf_params
        org = self.organisation_page.ui.nameEdit.text().strip()
        details = self.organisation_page.details()
        person = self.profile_page.ui.nameEdit.text().strip()
        role = self.profile_page.role()

        def create() -> Created:
            from caseapp.services import cases
            from caseapp.services import vault as vault_service

            # Explicit parameters come only from tests and screenshots (production
            # calibrates, never below the floor).
            new = vault_service.create_store(data_dir, passphrase, organisation=org,
                                             actor=person, params=params,
                                             allow_weak_kdf=params is not None)
            try:
                counsellor = cases.add_counsellor(new.vault, person, role)
                if any(details.values()):
                    vault_service.set_organisation_details(new.vault, **details)
            except BaseException:
                new.vault.close()
                raise
            return Created(new.vault, counsellor, new.recovery_code, new.kit_text,
                           vault_service.quick_unlock_available())

        Op(self, op=create, success=success, failure=failure).with_progress(
            self.tr("Creating the encrypted store…")).run_in_background()

    # --- finishing ----------------------------------------------------------------------
    def accept(self) -> None:
        created = self.created
        if created is None or self._finishing:
            return
        if self.currentId() == PAGE_QUICK and self.quick_page.ui.enableCheck.isChecked():
            self._finishing = True
            vault = created.vault

            def enable() -> None:
                from caseapp.services import vault as vault_service

                vault_service.enable_device_unlock(vault)

            Op(self, op=enable, success=lambda _r: self._finish(),
               failure=self._quick_unlock_failed).with_progress(
                self.tr("Setting up quick unlock…")).run_in_background()
            return
        self._finish()

    def _quick_unlock_failed(self, exc: BaseException) -> None:
        from caseapp.gui.error_dialog import show_error

        self._finishing = False
        self.quick_page.ui.enableCheck.setChecked(False)
        show_error(self, exc)

    def _finish(self) -> None:
        created = self.created
        assert created is not None
        self.recovery_page.ui.panel.forget()
        self.prefs.language = language.current()
        self.prefs.last_profile_id = str(created.counsellor.id)
        self.prefs.last_profile_name = created.counsellor.name
        self.prefs.save(self.data_dir)
        created.recovery_code = created.kit_text = ""
        log.info("setup finished")
        super().accept()
        self.completed.emit(created.vault, created.counsellor)

    def reject(self) -> None:
        created = self.created
        if created is not None:
            if not self.recovery_page.ui.panel.kit_saved():
                answer = QMessageBox.warning(
                    self, self.tr("Recovery Kit not saved"),
                    self.tr("The store was created, but the Recovery Kit was not saved. The "
                            "recovery code will not be shown again. Close anyway?"),
                    QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes,
                    QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
            # The store exists and is usable: closing now is the same as finishing.
            self._finish()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.created is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
