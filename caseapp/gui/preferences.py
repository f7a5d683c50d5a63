"""The app's few non-secret settings, kept in ``settings.json`` in the data directory:
language, idle-lock minutes and the last counsellor profile (id and display name, so the
unlock screen can greet them). Never case data, never a secret."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILENAME = "settings.json"
DEFAULT_IDLE_MINUTES = 5
IDLE_MINUTES_RANGE = (1, 120)


@dataclass(slots=True)
class Preferences:
    language: str = ""  # "" = follow the system
    idle_lock_minutes: int = DEFAULT_IDLE_MINUTES
    last_profile_id: str = ""
    last_profile_name: str = ""
    backup_reminder_days: int = 7  # remind when the last backup is older (0: never remind)
    backup_dir: str = ""  # "" = caseapp.paths.default_backup_dir()

    @classmethod
    def load(cls, data_dir: Path) -> Preferences:
        path = Path(data_dir) / FILENAME
        try:
            raw: Any = json.loads(  # a JSON document: checked key by key below
                path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable %s: %s", FILENAME, type(exc).__name__)
            return cls()
        prefs = cls()
        if not isinstance(raw, dict):
            return prefs
        for f in fields(cls):
            value = raw.get(f.name)
            if isinstance(value, type(getattr(prefs, f.name))):
                setattr(prefs, f.name, value)
        if prefs.language not in ("", "ko", "en"):
            prefs.language = ""
        low, high = IDLE_MINUTES_RANGE
        prefs.idle_lock_minutes = min(high, max(low, prefs.idle_lock_minutes))
        return prefs

    def save(self, data_dir: Path) -> None:
        """Atomic replace; a failure to save settings never stops the app."""
        path = Path(data_dir) / FILENAME
        tmp = path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2),
                           encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("could not save %s: %s", FILENAME, type(exc).__name__)
