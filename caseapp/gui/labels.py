"""Display names for the closed sets, in the GUI's language: the core's own labels
(status, risk, legal category, consent scope, platform) and the few it leaves to the GUI
(counsellor roles, contact kinds). Dates and times are formatted here too."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
    QTimeZone,
)

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


def format_when(value: date | datetime | None) -> str:
    """A time as the person gave it: date only, or date and time in its own offset."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            offset = value.utcoffset()
            seconds = int(offset.total_seconds()) if offset is not None else 0
            qdt = QDateTime(QDate(value.year, value.month, value.day),
                            QTime(value.hour, value.minute, value.second),
                            QTimeZone.fromSecondsAheadOfUtc(seconds))
            text = _locale().toString(qdt, QLocale.FormatType.ShortFormat)
            hours, rest = divmod(abs(seconds), 3600)
            sign = "+" if seconds >= 0 else "-"
            return f"{text} (UTC{sign}{hours:02d}:{rest // 60:02d})"
        return _locale().toString(QDateTime(QDate(value.year, value.month, value.day),
                                            QTime(value.hour, value.minute)),
                                  QLocale.FormatType.ShortFormat)
    return _locale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def format_local(value: datetime | None) -> str:
    """An app-written UTC time shown in this computer's time zone."""
    if value is None:
        return ""
    local = value.astimezone()
    qdt = QDateTime(QDate(local.year, local.month, local.day),
                    QTime(local.hour, local.minute))
    return _locale().toString(qdt, QLocale.FormatType.ShortFormat)
