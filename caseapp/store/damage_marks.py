"""Damage found in a database (by verify, by a page that failed its HMAC on read) is
remembered outside the data directory, per store and data folder, so the next unlock opens
that store read-only until a full check of that database passes again (after a restore).
The damaged file itself is never written to record it."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path

from caseapp.paths import state_dir

log = logging.getLogger(__name__)


def _path(store_id: str, data_dir: Path) -> Path:
    try:
        where = str(Path(data_dir).resolve())
    except OSError:
        where = str(Path(data_dir).absolute())
    folder = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return state_dir() / f"damage-{store_id}-{folder}.json"


def marked(store_id: str, data_dir: Path) -> set[str]:
    """Names of the databases of this store found damaged and not checked clean since."""
    try:
        found = json.loads(_path(store_id, data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {str(n) for n in found} if isinstance(found, list) else set()


def _write(store_id: str, data_dir: Path, names: set[str]) -> None:
    path = _path(store_id, data_dir)
    try:
        if not names:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(sorted(names)), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not record damage: %s", type(exc).__name__)


def mark(store_id: str, data_dir: Path, name: str) -> None:
    _write(store_id, data_dir, marked(store_id, data_dir) | {name})


def clear(store_id: str, data_dir: Path, name: str) -> None:
    with contextlib.suppress(OSError):
        names = marked(store_id, data_dir)
        if name in names:
            _write(store_id, data_dir, names - {name})
