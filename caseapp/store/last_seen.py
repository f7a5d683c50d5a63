"""Rollback detection: the audit chain head this computer last saw for a store (recorded
after every write transaction), kept outside the data directory. A store whose chain is now
shorter (a lost ``-wal`` file, an old copy put back by hand) is reported instead of silently
used."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from caseapp.paths import state_dir
from caseapp.store import audit_repo
from caseapp.store.connection import Connection

log = logging.getLogger(__name__)


def _path(store_id: str) -> Path:
    return state_dir() / f"head-{store_id}.json"


def record(cases: Connection, store_id: str) -> None:
    """Remember the head of the audit chain in ``cases`` (the store's cases.db)."""
    seq, head = audit_repo.head(cases)
    path = _path(store_id)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"seq": seq, "hash": head.hex()}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not record the audit head: %s", type(exc).__name__)


def forget(store_id: str) -> None:
    with contextlib.suppress(OSError):
        _path(store_id).unlink(missing_ok=True)


def rolled_back(cases: Connection, store_id: str) -> bool:
    """True when the chain no longer reaches the head recorded at the last close here."""
    try:
        seen = json.loads(_path(store_id).read_text(encoding="utf-8"))
        seq, digest = int(seen["seq"]), bytes.fromhex(seen["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    row = cases.execute("SELECT hash FROM audit_event WHERE seq = ?", (seq,)).fetchone()
    return row is None or bytes(row[0]) != digest
