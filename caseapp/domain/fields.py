"""Field rules shared by the case records: text that is stored verbatim (within limits),
closed-set values, and the dates and times people give (offset kept as given)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TypeVar

from caseapp.errors import BadInput
from caseapp.i18n import N_, translate

SHORT_TEXT = 1_000          # names, places, handles, pseudonyms
LONG_TEXT = 1_000_000       # notes, descriptions: 100,000-character notes fit easily

E = TypeVar("E", bound=StrEnum)
Moment = date | datetime    # a calendar date, or a date-time that carries its UTC offset

_ZONE = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,3}$")


class FieldName(str):
    """A field name (an English msgid) used as a message parameter: it renders in the
    language of the message it is formatted into."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return format(translate(str(self)), spec)

    def translated(self, lang: str | None) -> str:
        return translate(str(self), lang)


def _name(field: str) -> FieldName:
    return field if isinstance(field, FieldName) else FieldName(field)


def text(value: object, field: str, *, limit: int = SHORT_TEXT) -> str:
    """Text is kept exactly as given (no trimming, no normalisation) within ``limit``."""
    if not isinstance(value, str):
        raise BadInput(N_("{field} must be text."), field=_name(field))
    if len(value) > limit:
        raise BadInput(N_("{field} is longer than {limit} characters."), field=_name(field),
                       limit=limit)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(N_("{field} contains characters that cannot be stored (unpaired "
                          "surrogates)."), field=_name(field)) from None
    return value


def long_text(value: object, field: str) -> str:
    return text(value, field, limit=LONG_TEXT)


def optional_text(value: object, field: str) -> str | None:
    return None if value is None else text(value, field)


def choice(cls: type[E], value: object, field: str) -> E:
    """``value`` as a member of the closed set ``cls``; a clear message lists the choices."""
    if isinstance(value, cls):
        return value
    if isinstance(value, str):
        try:
            return cls(value)
        except ValueError:
            pass
    raise BadInput(N_("Unknown {field}: {value}. Choose one of: {choices}."), field=_name(field),
                   value=str(value)[:80], choices=", ".join(m.value for m in cls))


def optional_choice(cls: type[E], value: object, field: str) -> E | None:
    if value is None or value == "":
        return None
    return choice(cls, value, field)


def moment(value: object, field: str) -> Moment:
    """A date (``2024-03-01``) or a date-time with its UTC offset
    (``2024-03-01T22:10:00+09:00``). A date-time without an offset is refused: the zone it
    happened in must be kept, not guessed."""
    parsed: datetime
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        _in_range(value, field)
        return value
    elif isinstance(value, str):
        try:
            if len(value) == 10:
                day = date.fromisoformat(value)
                _in_range(day, field)
                return day
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise BadInput(N_("{field}: '{value}' is not a date (YYYY-MM-DD) or a date and "
                              "time with offset (YYYY-MM-DDTHH:MM+09:00)."),
                           field=_name(field), value=value[:40]) from None
    else:
        raise BadInput(N_("{field}: '{value}' is not a date (YYYY-MM-DD) or a date and time "
                          "with offset (YYYY-MM-DDTHH:MM+09:00)."), field=_name(field),
                       value=str(value)[:40])
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise BadInput(N_("{field}: the time '{value}' has no UTC offset; add one, e.g. "
                          "+09:00 for Korea."), field=_name(field), value=str(value)[:40])
    _in_range(parsed, field)
    return parsed


# Dates a record can plausibly carry. Outside them a time-zone shift in a report overflows
# Python's datetime (year 9999 + 9 h) and the report cannot be made.
YEAR_RANGE = (1900, 2200)


def _in_range(value: date, field: str) -> None:
    if not YEAR_RANGE[0] <= value.year <= YEAR_RANGE[1]:
        raise BadInput(N_("{field}: the year {year} is outside {low}–{high}."),
                       field=_name(field), year=value.year, low=YEAR_RANGE[0],
                       high=YEAR_RANGE[1])


def optional_moment(value: object, field: str) -> Moment | None:
    if value is None or value == "":
        return None
    return moment(value, field)


def format_moment(value: Moment) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return value.isoformat()


def parse_stored_moment(value: str) -> Moment:
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def utc_key(value: Moment) -> str:
    """A string that sorts moments in time order (dates sort as the start of their day)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    return value.isoformat()


def time_zone(value: object, field: str) -> str:
    """An IANA zone name (``Asia/Seoul``) or empty."""
    zone = text(value, field, limit=64)
    if zone and not _ZONE.match(zone):
        raise BadInput(N_("{field}: '{value}' is not a time zone name like Asia/Seoul."),
                       field=_name(field), value=zone)
    return zone


def utc_timestamp(value: object, field: str) -> datetime:
    """An app-written time (created, updated): aware, kept in UTC."""
    parsed = value
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise BadInput(N_("{field}: '{value}' is not a date and time."),
                           field=_name(field), value=value[:40]) from None
    if not isinstance(parsed, datetime) or parsed.tzinfo is None:
        raise BadInput(N_("{field}: '{value}' is not a date and time with offset."),
                       field=_name(field), value=str(value)[:40])
    _in_range(parsed, field)
    return parsed.astimezone(UTC)


def format_timestamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def now_utc() -> datetime:
    return datetime.now(UTC)
