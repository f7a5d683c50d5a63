"""The evidence preview: a blurred picture of the selected image item, and the audited
"reveal" behind a content warning. A revealed picture is dropped again (re-blurred) as soon as
the item loses focus: another item is chosen, focus leaves the evidence view, the window is
deactivated or hidden, or the app locks. Only the blurred previews are kept, in memory."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.ops import Op

if TYPE_CHECKING:
    from caseapp.domain.evidence import EvidenceItem
    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)

PREVIEW_SIZE = 256
CACHE_LIMIT = 64  # blurred previews kept per case window


class EvidencePreview(QWidget):
    """Shows one item. ``focus_scope`` (the evidence view) is where focus may move without
    re-blurring a revealed picture."""

    revealed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self.vault: Vault | None = None
        self.focus_scope: QWidget | None = None
        self.item: EvidenceItem | None = None
        self._blurred: dict[int, QPixmap | None] = {}
        self._shown: QPixmap | None = None
        self._revealed = False
        self._warning: QMessageBox | None = None
        self.picture = QLabel(self)
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(QSize(200, 160))
        # Ignored: the picture is scaled to the space it gets, never the other way round
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setFrameShape(QLabel.Shape.StyledPanel)
        self.picture.setWordWrap(True)
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.picture.setAccessibleName(self.tr("Evidence preview"))
        self.caption = QLabel(self)
        self.caption.setObjectName("previewCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("revealButton")
        self.blur_button = QPushButton(self)
        self.blur_button.setObjectName("blurButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.blur_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        self.reveal_button.clicked.connect(self.ask_reveal)
        self.blur_button.clicked.connect(self.blur)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._retranslate()
        self.show_item(None)

    # --- state ------------------------------------------------------------------------------
    @property
    def revealed(self) -> bool:
        return self._revealed

    def blurred_pixmap(self) -> QPixmap | None:
        return None if self.item is None else self._blurred.get(self.item.id)

    def shown_pixmap(self) -> QPixmap | None:
        return self._shown

    def _has_picture(self, item: EvidenceItem | None) -> bool:
        # a video shows one of its frames, blurred like a photo until revealed
        return bool(item is not None and item.content_kept
                    and (item.mime or "").startswith(("image/", "video/")))

    def show_item(self, item: EvidenceItem | None) -> None:
        """Show ``item`` (an EvidenceItem or None) blurred."""
        same = item is not None and self.item is not None and item.id == self.item.id
        if self._revealed and not same:
            self.blur()
        self.item = item
        if not same:
            self._revealed = False
        self._update_buttons()
        if item is None:
            self._set_text(self.tr("Select an evidence item to see it here."))
            self.caption.clear()
            return
        self.caption.setText(self._describe(item))
        if self._revealed:
            return
        if not self._has_picture(item):
            self._set_text(self._no_picture_text(item))
            return
        if item.id in self._blurred:
            self._show_blurred()
            return
        self._set_text(self.tr("Preparing a blurred preview…"))
        if self.vault is None:
            return
        vault, evidence_id = self.vault, item.id

        def made(data: bytes | None) -> None:
            pixmap = None
            if data:
                pixmap = QPixmap()
                if not pixmap.loadFromData(data, "PNG"):
                    pixmap = None
            if len(self._blurred) >= CACHE_LIMIT:
                self._blurred.pop(next(iter(self._blurred)))
            self._blurred[evidence_id] = pixmap
            if self.item is not None and self.item.id == evidence_id and not self._revealed:
                self._show_blurred()

        def failed(_exc: BaseException) -> None:
            if self.item is not None and self.item.id == evidence_id:
                self._set_text(self.tr("No preview could be made for this item."))

        from caseapp.services import evidence

        Op(self, op=lambda: evidence.preview(vault, evidence_id, reveal=False,
                                             max_size=PREVIEW_SIZE),
           success=made, failure=failed).run_in_background()

    def _show_blurred(self) -> None:
        pixmap = self.blurred_pixmap()
        if pixmap is None:
            self._set_text(self.tr("No preview could be made for this item."))
        else:
            self._set_pixmap(pixmap)
        self._update_buttons()

    def _set_text(self, text: str) -> None:
        self._shown = None
        self.picture.clear()
        self.picture.setText(text)

    def _set_pixmap(self, pixmap: QPixmap) -> None:
        self._shown = pixmap
        self._fit()

    def _fit(self) -> None:
        if self._shown is None:
            return
        area = self.picture.contentsRect().size()
        scaled = self._shown.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation) \
            if area.width() > 10 and area.height() > 10 else self._shown
        self.picture.setPixmap(scaled)

    def _describe(self, item: EvidenceItem) -> str:
        if self._has_picture(item) and item.width and item.height:
            return self.tr("%1 · %2 × %3 pixels").replace("%1", item.code) \
                .replace("%2", str(item.width)).replace("%3", str(item.height))
        return item.code

    def _no_picture_text(self, item: EvidenceItem) -> str:
        if item.has_file and not item.content_kept:
            return self.tr("The content of this file was not kept (no consent to keep "
                           "copies). Its hashes are recorded.")
        if item.has_file:
            mime = item.mime or self.tr("unknown type")
            return self.tr("No picture preview for this kind of file (%1).").replace("%1", mime)
        return self.tr("This item has no file; see its details below.")

    def _update_buttons(self) -> None:
        picture = self._has_picture(self.item) and self.blurred_pixmap() is not None
        self.reveal_button.setVisible(picture and not self._revealed)
        self.blur_button.setVisible(picture and self._revealed)

    # --- revealing --------------------------------------------------------------------------
    def ask_reveal(self) -> None:
        """The content warning; revealing happens only when the person chooses to see it."""
        if self.item is None or self._revealed or not self._has_picture(self.item):
            return
        box = QMessageBox(self.window())
        box.setObjectName("contentWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Content warning"))
        box.setText(self.tr("This image may show sexual or violent material."))
        box.setInformativeText(self.tr(
            "It is shown unblurred until you select another item or leave this view. "
            "Seeing it is recorded in the item's chain of custody. Take a moment first if "
            "you need one."))
        show = box.addButton(self.tr("Show the image"), QMessageBox.ButtonRole.AcceptRole)
        show.setObjectName("showImageButton")
        keep = box.addButton(self.tr("Keep it blurred"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        item_id = self.item.id

        def answered() -> None:
            self._warning = None
            if box.clickedButton() is show and self.item is not None \
                    and self.item.id == item_id:
                self.reveal()
            box.deleteLater()

        box.finished.connect(lambda _r: answered())
        self._warning = box
        box.open()

    def reveal(self) -> None:
        """Fetch and show the unblurred picture (the service records the reveal)."""
        from caseapp.services import evidence

        if self.item is None or self.vault is None:
            return
        vault, evidence_id = self.vault, self.item.id

        def shown(data: bytes | None) -> None:
            if self.item is None or self.item.id != evidence_id or not data:
                return
            pixmap = QPixmap()
            if not pixmap.loadFromData(data, "PNG"):
                return
            self._revealed = True
            self._set_pixmap(pixmap)
            self._update_buttons()
            self.blur_button.setFocus()
            self.revealed_changed.emit(True)

        Op(self, op=lambda: evidence.preview(vault, evidence_id, reveal=True,
                                             max_size=PREVIEW_SIZE * 2),
           success=shown).run_in_background()

    def blur(self) -> None:
        if not self._revealed:
            return
        self._revealed = False
        self._shown = None
        self.picture.clear()
        if self.item is not None and self.item.id in self._blurred:
            self._show_blurred()
        else:
            self._set_text(self.tr("Preview blurred again."))
        self._update_buttons()
        self.revealed_changed.emit(False)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self._revealed:
            return
        scope = self.focus_scope or self
        if new is None or not (new is scope or scope.isAncestorOf(new)):
            self.blur()

    def clear(self) -> None:
        """Forget every picture (the case window closes or the app locks)."""
        self.blur()
        if self._warning is not None:
            self._warning.done(0)
        self._blurred.clear()
        self.item = None
        self._set_text("")
        self._update_buttons()

    # --- events ----------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        self.blur()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _retranslate(self) -> None:
        self.reveal_button.setText(self.tr("&Reveal image…"))
        self.reveal_button.setToolTip(self.tr("Show this image unblurred, after a content "
                                              "warning. Recorded in the chain of custody."))
        self.blur_button.setText(self.tr("&Blur again"))
        self.picture.setAccessibleName(self.tr("Evidence preview"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            item = self.item
            if item is None:
                self._set_text(self.tr("Select an evidence item to see it here."))
            else:
                self.caption.setText(self._describe(item))
                if self._shown is None:
                    if not self._has_picture(item):
                        self._set_text(self._no_picture_text(item))
                    elif item.id in self._blurred:
                        self._show_blurred()
                    else:
                        self._set_text(self.tr("Preparing a blurred preview…"))
        super().changeEvent(event)
