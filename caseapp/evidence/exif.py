"""A short EXIF summary of a photo: camera, original time, software, orientation, and only
whether GPS coordinates are present. The coordinates themselves are never read into the
summary, so they cannot end up in a record or a report by accident."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from PIL import ExifTags, Image

log = logging.getLogger(__name__)

MAX_TEXT = 200

_TAG_MAKE = 0x010F
_TAG_MODEL = 0x0110
_TAG_ORIENTATION = 0x0112
_TAG_SOFTWARE = 0x0131
_TAG_DATETIME = 0x0132
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_OFFSET_TIME_ORIGINAL = 0x9011
_GPS_POSITION_TAGS = (0x0002, 0x0004)  # GPSLatitude, GPSLongitude
_EXIF_TIME = re.compile(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"([+-])(\d{2}):(\d{2})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class ExifSummary:
    camera_make: str | None = None
    camera_model: str | None = None
    software: str | None = None
    datetime_original_text: str | None = None  # as written in the file
    datetime_original: datetime | None = None  # parsed; aware when the file gives an offset
    orientation: int | None = None  # EXIF 1-8; previews are turned upright by it
    has_gps: bool = False

    @property
    def empty(self) -> bool:
        return self == ExifSummary()


def summarise_exif(image: Image.Image) -> ExifSummary:
    """Summary of an opened image's EXIF. Broken EXIF gives an empty or partial summary,
    never an exception: camera metadata is a courtesy, not the evidence."""
    try:
        exif = image.getexif()
    except Exception as exc:
        log.info("EXIF unreadable: %s", type(exc).__name__)
        return ExifSummary()
    sub: dict[int, Any] = {}
    gps: dict[int, Any] = {}
    try:
        sub = dict(exif.get_ifd(ExifTags.IFD.Exif))
    except Exception as exc:
        log.info("EXIF sub-IFD unreadable: %s", type(exc).__name__)
    try:
        gps = dict(exif.get_ifd(ExifTags.IFD.GPSInfo))
    except Exception as exc:
        log.info("GPS IFD unreadable: %s", type(exc).__name__)
    original_text = _text(sub.get(_TAG_DATETIME_ORIGINAL)) or _text(exif.get(_TAG_DATETIME))
    return ExifSummary(
        camera_make=_text(exif.get(_TAG_MAKE)),
        camera_model=_text(exif.get(_TAG_MODEL)),
        software=_text(exif.get(_TAG_SOFTWARE)),
        datetime_original_text=original_text,
        datetime_original=_parse_time(original_text, _text(sub.get(_TAG_OFFSET_TIME_ORIGINAL))),
        orientation=_orientation(exif.get(_TAG_ORIENTATION)),
        has_gps=any(gps.get(tag) not in (None, b"", (), "") for tag in _GPS_POSITION_TAGS),
    )


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    cleaned = _CONTROL.sub("", value).strip()
    return cleaned[:MAX_TEXT] or None


def _orientation(value: Any) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= 8 else None


def _parse_time(text: str | None, offset: str | None) -> datetime | None:
    if not text:
        return None
    match = _EXIF_TIME.match(text)
    if not match:
        return None
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        moment = datetime(year, month, day, hour, minute, second)  # zone added below if known
    except ValueError:  # "0000:00:00 00:00:00" and other placeholders
        return None
    zone = _OFFSET.fullmatch(offset or "")
    if zone:
        sign = -1 if zone.group(1) == "-" else 1
        delta = timedelta(hours=int(zone.group(2)), minutes=int(zone.group(3)))
        if delta < timedelta(hours=24):
            moment = moment.replace(tzinfo=timezone(sign * delta))
    return moment
