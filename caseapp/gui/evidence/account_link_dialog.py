"""Linking an evidence item to a perpetrator account or channel: one of the case's known
accounts, or a new one by platform and handle (found or created). The answer says in how
many other cases the account appears."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.gui import labels
from caseapp.gui.changes import Area
from caseapp.gui.forms.ui_evidence_account_dialog import Ui_AccountLinkDialog
from caseapp.gui.text_args import fill

if TYPE_CHECKING:
    from caseapp.domain.evidence import EvidenceItem
    from caseapp.gui.case_tab import CaseContext
    from caseapp.services.cases import SharedAccount

NEW = -1


class AccountLinkDialog(QDialog):
    linked = Signal(object)  # services.cases.SharedAccount

    def __init__(self, context: CaseContext, item: EvidenceItem,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from caseapp.domain.platforms import Platform
        from caseapp.services import cases

        self.setObjectName("accountLinkDialog")
        self.context = context
        self.item = item
        self.ui = Ui_AccountLinkDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.introLabel.setText(fill(self.tr(
            "Link %1 to the account or channel that posted or spread it. Accounts seen in "
            "other cases are counted across cases (only case numbers are shown)."), item.code))
        self.known = cases.case_accounts(context.vault, context.case.id)
        combo = self.ui.accountCombo
        for shared in self.known:
            text = f"{labels.core_label(shared.account.platform)} · {shared.account.handle}"
            if shared.other_cases:
                text += " — " + self.tr("in %n other case(s)", "", len(shared.other_cases))
            combo.addItem(text, shared.account.id)
        combo.addItem(self.tr("A new account or channel…"), NEW)
        for value in Platform:
            self.ui.platformCombo.addItem(labels.core_label(value), value.value)
        if item.platform is not None:
            self.ui.platformCombo.setCurrentIndex(
                max(0, self.ui.platformCombo.findData(str(item.platform))))
        self.ui.handleEdit.setText(item.poster_account or item.channel_name or "")
        combo.currentIndexChanged.connect(lambda _i: self._enable())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._enable()

    def _enable(self) -> None:
        new = self.ui.accountCombo.currentData() == NEW
        for widget in (self.ui.platformLabel, self.ui.platformCombo, self.ui.handleLabel,
                       self.ui.handleEdit):
            widget.setEnabled(new)

    def accept(self) -> None:
        from caseapp.domain.cases import AccountRef
        from caseapp.errors import CaseAppError
        from caseapp.services import evidence

        chosen = self.ui.accountCombo.currentData()
        try:
            account: int | AccountRef = chosen if chosen != NEW else AccountRef(
                platform=self.ui.platformCombo.currentData(),
                handle=self.ui.handleEdit.text())
        except CaseAppError as exc:
            from caseapp.gui.error_dialog import show_error

            show_error(self, exc)
            return
        vault, item_id = self.context.vault, self.item.id
        self.ui.buttons.setEnabled(False)

        def done(shared: SharedAccount) -> None:
            self.linked.emit(shared)
            super(AccountLinkDialog, self).accept()

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self.ui.buttons.setEnabled(True)
            show_error(self, exc)

        self.context.run(lambda: evidence.link_account(vault, item_id, account), success=done,
                         failure=failed, changes=(Area.EVIDENCE, Area.TIMELINE))
