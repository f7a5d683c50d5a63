"""The "new passphrase" fields shared by the setup wizard, the forgotten-passphrase path and
Settings: two entries, a live strength meter (``passphrase_policy.estimate``) and the three
rules shown as met or not yet met."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from caseapp.gui.forms.ui_passphrase_fields import Ui_PassphraseFields

ZXCVBN_MAX = 72  # zxcvbn refuses longer input; the first 72 characters decide the score
METER_DELAY_MS = 80
BAR_COLOURS = ("#ef9a9a", "#ef9a9a", "#ffcc80", "#a5d6a7", "#81c784")  # light: text stays legible


class PassphraseFields(QWidget):
    """Emits ``changed`` whenever acceptability may have changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseFields()
        self.ui.setupUi(self)
        self.setFocusProxy(self.ui.passphraseEdit)  # focus on the fields means the first entry
        self._context: tuple[str, ...] = ()
        self._score = 0
        self._long_enough = False
        self._strong = False
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(METER_DELAY_MS)
        self._timer.timeout.connect(self._measure)
        self.ui.passphraseEdit.textChanged.connect(self._on_text)
        self.ui.repeatEdit.textChanged.connect(self._on_text)
        self.ui.showCheck.toggled.connect(self._show_text)
        self._show_rules()

    # --- API ---------------------------------------------------------------------------
    def set_context(self, *words: str) -> None:
        """Names the passphrase should not be built from (organisation, person)."""
        self._context = tuple(w for w in words if w)
        self._on_text()

    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()

    def matches(self) -> bool:
        return self.ui.passphraseEdit.text() == self.ui.repeatEdit.text()

    def is_acceptable(self) -> bool:
        if self._stale:
            self._measure()
        return self._long_enough and self._strong and self.matches()

    def clear(self) -> None:
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()
        self.ui.showCheck.setChecked(False)

    # --- behaviour ---------------------------------------------------------------------
    def _show_text(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.ui.passphraseEdit.setEchoMode(mode)
        self.ui.repeatEdit.setEchoMode(mode)

    def _on_text(self) -> None:
        self._stale = True
        self._timer.start()
        self._show_rules()
        self.changed.emit()

    def _measure(self) -> None:
        from caseapp.services import vault as vault_service

        self._timer.stop()
        self._stale = False
        text = self.ui.passphraseEdit.text()
        if text.strip():
            strength = vault_service.passphrase_strength(text[:ZXCVBN_MAX], self._context)
            self._score = strength.score
            self._strong = strength.score >= vault_service.PASSPHRASE_MIN_SCORE
        else:
            self._score, self._strong = 0, False
        self._long_enough = len(text) >= vault_service.PASSPHRASE_MIN_LENGTH
        self._show_rules()
        self.changed.emit()

    def _strength_name(self) -> str:
        names = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"),
                 self.tr("Strong"))
        return names[self._score]

    def _show_rules(self) -> None:
        from caseapp.services.vault import PASSPHRASE_MIN_LENGTH as MIN_LENGTH

        text = self.ui.passphraseEdit.text()
        long_enough = len(text) >= MIN_LENGTH
        bar = self.ui.strengthBar
        bar.setValue(self._score if text else 0)
        bar.setFormat(self._strength_name() if text else self.tr("Nothing typed yet"))
        bar.setStyleSheet("QProgressBar { text-align: center; } QProgressBar::chunk "
                          f"{{ background: {BAR_COLOURS[self._score]}; }}")

        def mark(ok: bool, text: str) -> str:
            return ("✔ " if ok else "✖ ") + text

        rule = self.tr("At least %1 characters").replace("%1", str(MIN_LENGTH))
        if text and not long_enough:
            rule += " " + self.tr("(%1 so far)").replace("%1", str(len(text)))
        self.ui.ruleLength.setText(mark(long_enough, rule))
        self.ui.ruleStrength.setText(mark(self._strong and bool(text), self.tr(
            "Hard to guess (Good or Strong)")))
        if not self.ui.repeatEdit.text():
            self.ui.ruleMatch.setText(mark(False, self.tr("Type it a second time")))
        else:
            self.ui.ruleMatch.setText(mark(self.matches(), self.tr("Both entries match")
                                           if self.matches()
                                           else self.tr("The two entries are different")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_rules()
        super().changeEvent(event)
