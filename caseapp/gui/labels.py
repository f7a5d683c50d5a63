"""Display names for the closed sets, in the GUI's language: the core's own labels
(status, risk, legal category, consent scope, platform) and the few it leaves to the GUI
(counsellor roles, contact kinds). Dates and times are formatted here too."""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
)
from PySide6.QtWidgets import QToolBar

from caseapp.gui import language


def core_label(value: StrEnum | None) -> str:
    """Labels of enums that carry ``label(lang)`` (status, risk, categories, scopes)."""
    if value is None:
        return ""
    label = getattr(value, "label", None)
    return label(language.current()) if callable(label) else str(value)


_ROLES = {
    "counsellor": QT_TRANSLATE_NOOP("Labels", "Counsellor"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
}
_CONTACT_KINDS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
    "sms": QT_TRANSLATE_NOOP("Labels", "Text message"),
    "kakaotalk": QT_TRANSLATE_NOOP("Labels", "KakaoTalk"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "telegram": QT_TRANSLATE_NOOP("Labels", "Telegram"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}


def _label(table: dict[str, object], value: object) -> str:
    text = table.get(str(value))
    return QCoreApplication.translate("Labels", str(text)) if text else str(value)


def role_label(role: object) -> str:
    return _label(_ROLES, role)


def contact_kind_label(kind: object) -> str:
    return _label(_CONTACT_KINDS, kind)


def _locale() -> QLocale:
    return QLocale()


_display_zone: tzinfo | None = None


def set_display_zone(zone: str | None) -> None:
    """Show times in the organisation's time zone (None: this computer's)."""
    global _display_zone
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # not at start-up

    try:
        _display_zone = ZoneInfo(zone) if zone else None
    except (ZoneInfoNotFoundError, ValueError):
        _display_zone = None


def in_display_zone(value: datetime) -> datetime:
    """An aware time as the organisation's wall-clock time (what the views show)."""
    return _in_display_zone(value)


def from_display_zone(wall: datetime) -> datetime:
    """A wall-clock time typed in a view, read in the organisation's time zone."""
    if _display_zone is not None:
        return wall.replace(tzinfo=_display_zone)
    return wall.astimezone()


def _in_display_zone(value: datetime) -> datetime:
    return value.astimezone(_display_zone) if _display_zone is not None else value.astimezone()


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))


def format_when(value: date | datetime | None) -> str:
    """A date, or a date and time: a time that knows its zone is shown in the organisation's
    time zone, named once in the view rather than after every time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = _in_display_zone(value)
        return _locale().toString(_qdatetime(value), QLocale.FormatType.ShortFormat)
    return _locale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def format_local(value: datetime | None) -> str:
    """An app-written UTC time shown in the organisation's time zone."""
    if value is None:
        return ""
    return _locale().toString(_qdatetime(_in_display_zone(value)),
                              QLocale.FormatType.ShortFormat)


def recipient_name(name: str) -> str:
    """A takedown recipient's name in the GUI's language (built-in names are translated)."""
    from caseapp.takedown.directory import recipient_label

    return recipient_label(name, language.current())


def tag_name(tag: str) -> str:
    """A case tag in the GUI's language (predefined tags by label, others as typed)."""
    from caseapp.domain.cases import tag_label

    return tag_label(tag, language.current())


def without_mnemonic(text: str) -> str:
    """``"백업(&B)…"`` → ``"백업…"``, ``"&Back up…"`` → ``"Back up…"``: Qt strips the ampersand
    from a toolbar button's text but leaves a Korean mnemonic's "(B)"."""
    return re.sub(r"\(&[^&]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def plain_toolbar_texts(toolbar: QToolBar) -> None:
    """Toolbar buttons show their action's text without the Alt key (that belongs to the
    menu item), and so does their tooltip when the action has none of its own."""
    for action in toolbar.actions():
        if action.isSeparator() or not action.text():
            continue
        plain = without_mnemonic(action.text()).rstrip("…").strip()
        action.setIconText(plain)
        if action.property("caseappPlainTip") or re.search(r"\([A-Za-z0-9]\)",
                                                            action.toolTip()):
            action.setToolTip(plain)
            action.setProperty("caseappPlainTip", True)
