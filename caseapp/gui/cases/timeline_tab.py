"""Timeline section: the case's incidents in time order and a form for the selected or a
new one (what happened, when with its time zone, platform, place, legal category,
perpetrator, accounts or channels). Accounts seen in other cases are named by case
number only."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from caseapp.gui import labels, time_zones
from caseapp.gui.case_tab import CaseContext, CaseTab, SaveStep, ask_unsaved
from caseapp.gui.forms.ui_case_timeline_tab import Ui_TimelineTab

if TYPE_CHECKING:
    from caseapp.domain.cases import Case, Incident
    from caseapp.services.cases import SharedAccount

ZONES = ("Asia/Seoul", "UTC", "Asia/Tokyo", "Asia/Shanghai", "Europe/London",
         "America/New_York", "America/Los_Angeles")
DEFAULT_ZONE = "Asia/Seoul"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def moment_text(day: date | None, time: tuple[int, int] | None, zone: str) -> str | None:
    """The incident time as the domain takes it: a date, or a date-time with the offset the
    zone had then (the zone name is kept beside it)."""
    if day is None:
        return None
    if time is None:
        return day.isoformat()
    tz = QTimeZone(QByteArray(zone.encode("ascii", "ignore"))) if zone else QTimeZone()
    local = QDateTime(QDate(day.year, day.month, day.day), QTime(time[0], time[1]))
    seconds = tz.offsetFromUtc(local) if tz.isValid() else 0
    moment = datetime(day.year, day.month, day.day, time[0], time[1],
                      tzinfo=timezone(timedelta(seconds=seconds)))
    return moment.isoformat()


def parse_account_lines(text: str, default_platform: str | None) -> list[dict[str, str]]:
    """One account per line; ``platform: handle`` names another platform than the
    incident's."""
    from caseapp.domain.platforms import Platform

    accounts = []
    known = {p.value for p in Platform}
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        platform = default_platform or Platform.OTHER.value
        prefix, sep, rest = line.partition(":")
        if sep and prefix.strip().lower() in known and rest.strip():
            platform, line = prefix.strip().lower(), rest.strip()
        accounts.append({"platform": platform, "handle": line})
    return accounts


class TimelineTab(CaseTab):
    key = "timeline"
    order = 40

    def __init__(self, context: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_TimelineTab()
        self.ui.setupUi(self)
        self.ui.formTitle.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.sharedLabel.setTextFormat(Qt.TextFormat.PlainText)
        self._incidents: list[Incident] = []
        self._editing: int | None = None  # incident id; None = a new one
        self._selecting = False
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        header = self.ui.incidentTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.whenDate.setDate(QDate.currentDate())
        self.ui.whenTime.setTime(QTime(12, 0))
        self.ui.newButton.clicked.connect(self.new_incident)
        self.ui.incidentTable.currentCellChanged.connect(self._row_changed)
        self.ui.dateKnownCheck.toggled.connect(self._date_known)
        self._fill_choices()
        self.ui.descriptionEdit.textChanged.connect(self.mark_dirty)
        self.ui.perpetratorEdit.textChanged.connect(self.mark_dirty)
        self.ui.accountsEdit.textChanged.connect(self.mark_dirty)
        for edit in (self.ui.placeEdit, self.ui.relationEdit):
            edit.textEdited.connect(self.mark_dirty)
        for combo in (self.ui.platformCombo, self.ui.categoryCombo):
            combo.currentIndexChanged.connect(self.mark_dirty)
        self.ui.zoneCombo.editTextChanged.connect(self.mark_dirty)
        self.ui.whenDate.dateChanged.connect(self.mark_dirty)
        self.ui.whenTime.timeChanged.connect(self.mark_dirty)
        self.ui.dateKnownCheck.toggled.connect(self.mark_dirty)
        self.ui.timeKnownCheck.toggled.connect(self.mark_dirty)

    def title(self) -> str:
        return self.tr("Timeline")

    def _fill_choices(self) -> None:
        from caseapp.domain.legal import LegalCategory
        from caseapp.domain.platforms import Platform

        was, self._loading = self._loading, True
        platform = self.ui.platformCombo.currentData()
        self.ui.platformCombo.clear()
        self.ui.platformCombo.addItem(self.tr("Unknown"), None)
        for platform_option in Platform:
            self.ui.platformCombo.addItem(labels.core_label(platform_option),
                                          platform_option.value)
        self.ui.platformCombo.setCurrentIndex(max(0, self.ui.platformCombo.findData(platform)))
        category = self.ui.categoryCombo.currentData()
        self.ui.categoryCombo.clear()
        self.ui.categoryCombo.addItem(self.tr("Not decided yet"), None)
        for category_option in LegalCategory:
            self.ui.categoryCombo.addItem(labels.core_label(category_option), category_option.value)
        self.ui.categoryCombo.setCurrentIndex(max(0, self.ui.categoryCombo.findData(category)))
        system = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
        time_zones.fill(self.ui.zoneCombo, (DEFAULT_ZONE, system, *ZONES),
                        time_zones.zone_of(self.ui.zoneCombo) or DEFAULT_ZONE)
        self._loading = was

    def _date_known(self, known: bool) -> None:
        self.ui.whenDate.setEnabled(known)
        self.ui.timeKnownCheck.setEnabled(known)
        self.ui.whenTime.setEnabled(known and self.ui.timeKnownCheck.isChecked())

    # --- list ---------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        from caseapp.services import cases

        self._incidents = cases.list_incidents(self.context.vault, case.id)
        shared = cases.case_accounts(self.context.vault, case.id)
        self._show_list()
        self._show_shared(shared)
        if self._editing is not None and any(i.id == self._editing for i in self._incidents):
            self._show_incident(self._editing)
        elif self._incidents and self._editing is None and not self._new_form_used():
            self._show_incident(self._incidents[0].id)
        else:
            self._show_new_form()

    def _new_form_used(self) -> bool:
        return bool(self.ui.descriptionEdit.toPlainText()) and self._editing is None

    def _show_list(self) -> None:
        table = self.ui.incidentTable
        self._selecting = True
        table.setRowCount(len(self._incidents))
        for row, incident in enumerate(self._incidents):
            when = QTableWidgetItem(labels.format_when(incident.occurred_at)
                                    or self.tr("Date unknown"))
            when.setData(ID_ROLE, incident.id)
            table.setItem(row, 0, when)
            table.setItem(row, 1, QTableWidgetItem(labels.core_label(incident.platform)))
            summary = incident.description.splitlines()[0] if incident.description else ""
            item = QTableWidgetItem(summary[:200])
            item.setToolTip(incident.place)
            table.setItem(row, 2, item)
        self._selecting = False

    def _show_shared(self, shared: list[SharedAccount]) -> None:
        lines = [self.tr("%1 also appears in: %2").replace("%1", s.account.handle)
                 .replace("%2", ", ".join(s.other_cases)) for s in shared if s.other_cases]
        self.ui.sharedLabel.setText("\n".join(lines))
        self.ui.sharedLabel.setVisible(bool(lines))
        self._shared = shared

    def _row_changed(self, row: int, _col: int, old_row: int, _old_col: int) -> None:
        if self._selecting or row < 0 or row == old_row:
            return
        cell = self.ui.incidentTable.item(row, 0)
        if cell is None:
            return
        incident_id = cell.data(ID_ROLE)
        if incident_id == self._editing:
            return
        if self.is_dirty():
            answer = ask_unsaved(self, [self.context.editor.case_label()])
            if answer == "cancel":
                self._select_row_of(self._editing)
                return
            if answer == "save":
                self.context.editor.save(lambda ok: self._show_incident(incident_id) if ok
                                         else None)
                return
            self.set_dirty(False)
        self._show_incident(incident_id)

    def _select_row_of(self, incident_id: int | None) -> None:
        self._selecting = True
        for row in range(self.ui.incidentTable.rowCount()):
            cell = self.ui.incidentTable.item(row, 0)
            if cell is not None and cell.data(ID_ROLE) == incident_id:
                self.ui.incidentTable.selectRow(row)
                break
        else:
            self.ui.incidentTable.clearSelection()
        self._selecting = False

    # --- form ---------------------------------------------------------------------------
    def new_incident(self) -> None:
        if self.is_dirty():
            answer = ask_unsaved(self, [self.context.editor.case_label()])
            if answer == "cancel":
                return
            if answer == "save":
                self.context.editor.save(lambda ok: self._show_new_form() if ok else None)
                return
            self.set_dirty(False)
        self._show_new_form()
        self.ui.descriptionEdit.setFocus()

    def _show_new_form(self) -> None:
        self._editing = None
        self._apply({})
        self._select_row_of(None)
        self.ui.formTitle.setText(self.tr("New incident"))

    def _show_incident(self, incident_id: int) -> None:
        incident = next((i for i in self._incidents if i.id == incident_id), None)
        if incident is None:
            self._show_new_form()
            return
        self._editing = incident_id
        self._apply(self._values_of(incident))
        self._select_row_of(incident_id)
        self.ui.formTitle.setText(self.tr("Incident of %1").replace(
            "%1", labels.format_when(incident.occurred_at) or self.tr("unknown date")))

    @staticmethod
    def _values_of(incident: Incident) -> dict[str, Any]:
        when = incident.occurred_at
        day = time = None
        if isinstance(when, datetime):
            day, time = when.date().isoformat(), [when.hour, when.minute]
        elif isinstance(when, date):
            day = when.isoformat()
        platform = incident.platform.value if incident.platform else None
        lines = []
        for account in incident.accounts:
            if account.platform.value == platform:
                lines.append(account.handle)
            else:
                lines.append(f"{account.platform.value}: {account.handle}")
        return {"description": incident.description, "day": day, "time": time,
                "zone": incident.time_zone, "platform": platform, "place": incident.place,
                "legal_category": incident.legal_category.value if incident.legal_category
                else None,
                "relation": incident.perpetrator_relation,
                "perpetrator": incident.perpetrator_details, "accounts": "\n".join(lines)}

    def _apply(self, values: dict[str, Any]) -> None:
        was, self._loading = self._loading, True
        try:
            self.ui.descriptionEdit.setPlainText(str(values.get("description", "")))
            day = values.get("day", date.today().isoformat() if not values else None)
            self.ui.dateKnownCheck.setChecked(day is not None)
            if day:
                parsed = date.fromisoformat(day)
                self.ui.whenDate.setDate(QDate(parsed.year, parsed.month, parsed.day))
            time = values.get("time")
            self.ui.timeKnownCheck.setChecked(time is not None)
            if time:
                self.ui.whenTime.setTime(QTime(int(time[0]), int(time[1])))
            self._date_known(day is not None)
            time_zones.select(self.ui.zoneCombo, str(values.get("zone") or DEFAULT_ZONE))
            index = self.ui.platformCombo.findData(values.get("platform"))
            self.ui.platformCombo.setCurrentIndex(max(0, index))
            self.ui.placeEdit.setText(str(values.get("place", "")))
            index = self.ui.categoryCombo.findData(values.get("legal_category"))
            self.ui.categoryCombo.setCurrentIndex(max(0, index))
            self.ui.relationEdit.setText(str(values.get("relation", "")))
            self.ui.perpetratorEdit.setPlainText(str(values.get("perpetrator", "")))
            self.ui.accountsEdit.setPlainText(str(values.get("accounts", "")))
        finally:
            self._loading = was

    def values(self) -> dict[str, Any]:
        day = time = None
        if self.ui.dateKnownCheck.isChecked():
            d = self.ui.whenDate.date()
            day = date(d.year(), d.month(), d.day()).isoformat()
            if self.ui.timeKnownCheck.isChecked():
                t = self.ui.whenTime.time()
                time = [t.hour(), t.minute()]
        return {"editing": self._editing,
                "description": self.ui.descriptionEdit.toPlainText(), "day": day,
                "time": time, "zone": time_zones.zone_of(self.ui.zoneCombo),
                "platform": self.ui.platformCombo.currentData(),
                "place": self.ui.placeEdit.text(),
                "legal_category": self.ui.categoryCombo.currentData(),
                "relation": self.ui.relationEdit.text(),
                "perpetrator": self.ui.perpetratorEdit.toPlainText(),
                "accounts": self.ui.accountsEdit.toPlainText()}

    # --- CaseTab ----------------------------------------------------------------------
    def save_steps(self) -> list[SaveStep]:
        from caseapp.services import cases

        values = self.values()
        day = date.fromisoformat(values["day"]) if values["day"] else None
        time = tuple(values["time"]) if values["time"] else None
        occurred = moment_text(day, time, values["zone"])  # type: ignore[arg-type]
        fields = {
            "description": values["description"], "occurred_at": occurred,
            "time_zone": values["zone"], "platform": values["platform"],
            "place": values["place"], "legal_category": values["legal_category"],
            "perpetrator_relation": values["relation"],
            "perpetrator_details": values["perpetrator"],
            "accounts": parse_account_lines(values["accounts"], values["platform"]),
        }
        vault, case_id, editing = self.context.vault, self.context.case.id, self._editing

        def run() -> Incident:
            if editing is None:
                return cases.add_incident(vault, case_id, **fields)
            return cases.update_incident(vault, editing, **fields)

        def done(incident: Incident) -> None:
            self._editing = incident.id

        return [SaveStep(run, done)]

    def draft(self) -> dict[str, Any]:
        return self.values()

    def restore_draft(self, data: dict[str, Any]) -> None:
        editing = data.get("editing")
        self._editing = editing if any(i.id == editing for i in self._incidents) else None
        self._apply(data)
        self._select_row_of(self._editing)
        self.ui.formTitle.setText(self.tr("New incident") if self._editing is None
                                  else self.tr("Incident (unsaved changes)"))

    def retranslate(self) -> None:
        self._fill_choices()
        self._show_list()
        self._show_shared(getattr(self, "_shared", []))
        if self._editing is None:
            self.ui.formTitle.setText(self.tr("New incident"))
        else:
            incident = next((i for i in self._incidents if i.id == self._editing), None)
            when = labels.format_when(incident.occurred_at) if incident else ""
            self.ui.formTitle.setText(self.tr("Incident of %1").replace(
                "%1", when or self.tr("unknown date")))

    def shutdown(self) -> None:
        self._incidents = []
        self._apply({"day": None})


TABS = [TimelineTab]
