"""Details of a link, a note or an evidence item: the form to record or edit them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimer, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from caseapp.errors import CaseAppError
from caseapp.gui import labels, time_zones
from caseapp.gui.changes import Changes
from caseapp.gui.dialog_size import grow_to_fit
from caseapp.gui.forms.ui_evidence_details_dialog import Ui_EvidenceDetailsDialog
from caseapp.gui.ops import Op

if TYPE_CHECKING:
    from caseapp.domain.evidence import EvidenceDraft, EvidenceItem


# --- details of a link, a note, or an item ----------------------------------------------------
class EvidenceDetailsDialog(QDialog):
    """``mode``: "link" (a new link, fields filled from it as it is pasted), "note" (a new
    note) or "edit" (the details of ``item``). ``save(values)`` runs in an Op; the dialog
    stays open when it fails."""

    def __init__(self, mode: str, save: Callable[[dict[str, Any]], EvidenceItem],
                 done: Callable[[EvidenceItem], None], item: EvidenceItem | None = None,
                 parent: QWidget | None = None, changes: Changes | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.item = item
        self._save = save
        self._changes = changes
        self._done = done
        self._auto: dict[str, str] = {}
        self._busy = False
        self.ui = Ui_EvidenceDetailsDialog()
        self.ui.setupUi(self)
        for label in (self.ui.introLabel, self.ui.parseLabel, self.ui.zoneLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        zone = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
        self.zone = zone if zone and "/" in zone else ""
        self.ui.zoneLabel.setText(time_zones.zone_label(self.zone) if self.zone else "")
        self.ui.capturedEdit.setDateTime(QDateTime.currentDateTime())
        self.ui.capturedEdit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(600))
        self.ui.capturedCheck.toggled.connect(self.ui.capturedEdit.setEnabled)
        self.ui.urlEdit.textChanged.connect(self._url_changed)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._fill_platforms()
        self._apply_item()
        self._retranslate()

    def _fill_platforms(self) -> None:
        from caseapp.domain.platforms import Platform

        combo = self.ui.platformCombo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("(not set)"), None)
        for value in Platform:
            combo.addItem(labels.core_label(value), value.value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _apply_item(self) -> None:
        is_note = self.mode == "note" or (self.item is not None
                                          and str(self.item.kind) == "note")
        for widget in (self.ui.urlLabel, self.ui.urlEdit, self.ui.parseLabel):
            widget.setVisible(not is_note)
        self.ui.capturedCheck.setChecked(self.mode == "link")
        self.ui.capturedEdit.setEnabled(self.mode == "link")
        item = self.item
        if item is None:
            return
        self.ui.urlEdit.setText(item.url or "")
        self.ui.platformCombo.setCurrentIndex(
            max(0, self.ui.platformCombo.findData(item.platform.value if item.platform
                                                  else None)))
        self.ui.channelEdit.setText(item.channel_name or "")
        self.ui.channelIdEdit.setText(item.channel_id or "")
        self.ui.messageIdEdit.setText(item.message_id or "")
        self.ui.posterEdit.setText(item.poster_account or "")
        self.ui.capturedByEdit.setText(item.captured_by)
        self.ui.descriptionEdit.setPlainText(item.description)
        if item.captured_tz:
            self.zone = item.captured_tz
            self.ui.zoneLabel.setText(time_zones.zone_label(self.zone))
        moment = item.captured_at
        if moment is not None:
            self.ui.capturedCheck.setChecked(True)
            self.ui.capturedEdit.setEnabled(True)
            if isinstance(moment, datetime):
                local = moment if moment.tzinfo is None else moment.astimezone()
                self.ui.capturedEdit.setDateTime(QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
            else:
                self.ui.capturedEdit.setDateTime(QDateTime(
                    QDate(moment.year, moment.month, moment.day), QTime(0, 0)))
        self._auto = {}

    # --- the link, parsed as it is pasted -------------------------------------------------
    def _url_changed(self, text: str) -> None:
        from caseapp.evidence.links import parse_link
        from caseapp.gui.error_dialog import user_message

        if not text.strip():
            self.ui.parseLabel.clear()
            return
        try:
            parsed = parse_link(text)
        except CaseAppError as exc:
            self.ui.parseLabel.setText(user_message(exc))
            self.ui.parseLabel.setStyleSheet("color: #b3261e;")
            return
        self.ui.parseLabel.setStyleSheet("")
        found = {"platform": parsed.platform.value, "channel": parsed.channel or "",
                 "channel_id": parsed.channel_id or "", "message_id": parsed.message_id or "",
                 "account": parsed.account or ""}
        edits = {"channel": self.ui.channelEdit, "channel_id": self.ui.channelIdEdit,
                 "message_id": self.ui.messageIdEdit, "account": self.ui.posterEdit}
        for key, edit in edits.items():
            if not edit.text() or edit.text() == self._auto.get(key):
                edit.setText(found[key])
                self._auto[key] = found[key]
        combo = self.ui.platformCombo
        if combo.currentData() is None or combo.currentData() == self._auto.get("platform"):
            combo.setCurrentIndex(max(0, combo.findData(found["platform"])))
            self._auto["platform"] = found["platform"]
        parts = [labels.core_label(parsed.platform)]
        if parsed.channel or parsed.channel_id:
            parts.append(self.tr("channel %1").replace("%1", parsed.channel or
                                                       parsed.channel_id or ""))
        if parsed.message_id:
            parts.append(self.tr("message %1").replace("%1", parsed.message_id))
        if parsed.account:
            parts.append(self.tr("account %1").replace("%1", parsed.account))
        if parsed.invite:
            parts.append(self.tr("private invite link"))
        self.ui.parseLabel.setText(self.tr("Recognised: %1").replace("%1", ", ".join(parts)))
        grow_to_fit(self)

    # --- values ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        captured: datetime | None = None
        if self.ui.capturedCheck.isChecked():
            moment = self.ui.capturedEdit.dateTime()
            d, t = moment.date(), moment.time()
            captured = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
        return {
            "url": self.ui.urlEdit.text().strip(),
            "platform": self.ui.platformCombo.currentData(),
            "channel_name": self.ui.channelEdit.text(),
            "channel_id": self.ui.channelIdEdit.text(),
            "message_id": self.ui.messageIdEdit.text(),
            "poster_account": self.ui.posterEdit.text(),
            "captured_at": captured,
            "captured_tz": self.zone if captured is not None else "",
            "captured_by": self.ui.capturedByEdit.text(),
            "description": self.ui.descriptionEdit.toPlainText(),
        }

    def accept(self) -> None:
        if self._busy:
            return
        values = self.values()
        self._busy = True
        self.ui.buttons.setEnabled(False)

        def saved(result: EvidenceItem) -> None:
            self._busy = False
            self._done(result)
            super(EvidenceDetailsDialog, self).accept()

        def failed(exc: BaseException) -> None:
            from caseapp.gui.error_dialog import show_error

            self._busy = False
            self.ui.buttons.setEnabled(True)
            show_error(self, exc)

        Op(self, op=lambda: self._save(values), success=saved, failure=failed,
           changes=self._changes).run_in_background()

    def _retranslate(self) -> None:
        if self.mode == "link":
            self.setWindowTitle(self.tr("Add a link"))
            self.ui.introLabel.setText(self.tr(
                "Paste the address of the post, message, channel or account. The platform, "
                "channel and message ID are read from it; complete the rest. Nothing is "
                "downloaded."))
        elif self.mode == "note":
            self.setWindowTitle(self.tr("Add a note"))
            self.ui.introLabel.setText(self.tr(
                "An observation without a file or link, e.g. what the victim saw in a chat "
                "room that has since been deleted."))
        else:
            code = self.item.code if self.item is not None else ""
            self.setWindowTitle(self.tr("Details of %1").replace("%1", code))
            self.ui.introLabel.setText(self.tr(
                "The file and its hashes stay as they are; these details describe where it "
                "was found."))
            self.ui.urlLabel.setText(self.tr("Found &at (link):"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_platforms()
            self._retranslate()
        super().changeEvent(event)


def draft_from(values: dict[str, Any], kind: str) -> EvidenceDraft:
    from caseapp.domain.evidence import EvidenceDraft, EvidenceKind

    return EvidenceDraft(
        kind=EvidenceKind(kind), platform=values["platform"], url=values["url"] or None,
        channel_name=values["channel_name"], channel_id=values["channel_id"],
        message_id=values["message_id"], poster_account=values["poster_account"],
        captured_at=values["captured_at"], captured_tz=values["captured_tz"],
        captured_by=values["captured_by"], description=values["description"])


# --- chain of custody -------------------------------------------------------------------------
