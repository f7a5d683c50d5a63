"""This store's public key, for receiving case bundles: as a QR code (for a phone or another
laptop's camera), as the one line of text ``caseapp-admin store-key show`` prints, and its
short fingerprint to compare by phone. The key pair is made on first use (in an Op)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.gui.forms.ui_store_key_dialog import Ui_StoreKeyDialog
from caseapp.gui.ops import Op

if TYPE_CHECKING:
    from caseapp.services.store_key import StorePublicKey
    from caseapp.services.vault import Vault


def qr_png(text: str, scale: int = 6) -> bytes:
    """The QR code of ``text`` as PNG bytes (segno; letters, digits and ':' fit the compact
    alphanumeric mode)."""
    import io

    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=scale, border=3)
    return out.getvalue()


class StoreKeyDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from caseapp.services import store_key

        self.setObjectName("storeKeyDialog")
        self.ui = Ui_StoreKeyDialog()
        self.ui.setupUi(self)
        self.ui.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.copyButton.clicked.connect(self.copy_key)
        self.ui.copyButton.setEnabled(False)
        self.key: StorePublicKey | None = None
        Op(self, op=lambda: store_key.public_key(vault), success=self.show_key
           ).run_in_background()

    def show_key(self, key: StorePublicKey) -> None:
        self.key = key
        self.ui.keyEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.keyEdit.setText(key.text)
        self.ui.keyEdit.setCursorPosition(0)  # the start says what it is: CASEAPP-KEY-1:
        self.ui.fingerprintLabel.setText(key.fingerprint)
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(key.text), "PNG")
        self.ui.qrLabel.setPixmap(pixmap)
        self.ui.copyButton.setEnabled(True)

    def copy_key(self) -> None:
        if self.key is not None:  # a public key: nothing secret on the clipboard
            QGuiApplication.clipboard().setText(self.key.text)
