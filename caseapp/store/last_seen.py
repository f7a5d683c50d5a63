"""Rollback detection: the audit chain head this computer last saw for a store (recorded
after every write transaction), kept outside the data directory. A store whose chain is now
shorter (a lost ``-wal`` file, an old copy put back by hand) is reported instead of silently
used.

The record is kept per store *and data folder*: a backup restored into a second folder (a
trial restore) carries the same store id, and its chain grows apart from the live one. One
record per store id let the trial copy's head overwrite the live store's, and the live store
then refused to open as "older than when it was last closed"."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path

from caseapp.paths import state_dir
from caseapp.store import audit_repo
from caseapp.store.connection import Connection

log = logging.getLogger(__name__)


def _path(store_id: str, data_dir: Path) -> Path:
    try:
        where = str(Path(data_dir).resolve())
    except OSError:
        where = str(Path(data_dir).absolute())
    folder = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return state_dir() / f"head-{store_id}-{folder}.json"


def record(cases: Connection, store_id: str, data_dir: Path) -> None:
    """Remember the head of the audit chain in ``cases`` (the cases.db in ``data_dir``)."""
    seq, head = audit_repo.head(cases)
    path = _path(store_id, data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"seq": seq, "hash": head.hex()}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("could not record the audit head: %s", type(exc).__name__)


def forget(store_id: str, data_dir: Path) -> None:
    with contextlib.suppress(OSError):
        _path(store_id, data_dir).unlink(missing_ok=True)


def rolled_back(cases: Connection, store_id: str, data_dir: Path) -> bool:
    """True when the chain no longer reaches the head recorded at the last close of the store
    in this data folder on this computer."""
    try:
        seen = json.loads(_path(store_id, data_dir).read_text(encoding="utf-8"))
        seq, digest = int(seen["seq"]), bytes.fromhex(seen["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    row = cases.execute("SELECT hash FROM audit_event WHERE seq = ?", (seq,)).fetchone()
    return row is None or bytes(row[0]) != digest
