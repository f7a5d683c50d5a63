"""Time zones as a counsellor reads them: "대한민국 시간" / "South Korea Time" (babel's
location names) in the boxes that offer a zone, the IANA name ("Asia/Seoul") kept as the
item's data and stored. A zone box stays editable, so a name typed in still works."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from caseapp.gui import language

_UTC_NAMES = ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu")


def zone_label(zone: str, lang: str | None = None) -> str:
    """The zone's name in the GUI's language, or the name as given when babel does not know
    it."""
    from babel.core import Locale
    from babel.dates import get_timezone_location

    lang = lang or language.current()
    if zone in _UTC_NAMES:
        return "협정 세계시 (UTC)" if lang == "ko" else "UTC"
    try:
        return str(get_timezone_location(zone, locale=Locale.parse(
            "ko_KR" if lang == "ko" else "en_GB")))
    except (LookupError, ValueError):
        return zone


def fill(combo: QComboBox, zones: list[str] | tuple[str, ...], current: str | None = None) -> None:
    """Offer ``zones`` (each once, in order) and select ``current`` (added when missing)."""
    chosen = current if current is not None else zone_of(combo)
    wanted = list(dict.fromkeys(z for z in (*zones, chosen) if z))
    was = combo.blockSignals(True)
    combo.clear()
    for zone in wanted:
        combo.addItem(zone_label(zone), zone)
    combo.blockSignals(was)
    select(combo, chosen)


def select(combo: QComboBox, zone: str | None) -> None:
    index = combo.findData(zone) if zone else -1
    if index < 0 and zone:
        combo.addItem(zone_label(zone), zone)
        index = combo.count() - 1
    if index >= 0:
        combo.setCurrentIndex(index)
        if combo.isEditable():
            combo.setEditText(combo.itemText(index))


def zone_of(combo: QComboBox) -> str:
    """The IANA name of the chosen zone, or what was typed when it is not one of the items."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0 and combo.itemData(index):
        return str(combo.itemData(index))
    return text
