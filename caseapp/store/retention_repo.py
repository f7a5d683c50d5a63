"""SQL for retention: which closed cases are past their keeping time, deleting a case with
everything that hangs off it, and compacting the databases afterwards."""

from __future__ import annotations

import threading
from datetime import datetime

from caseapp.domain.fields import format_timestamp
from caseapp.store.connection import Connection


def closed_before(conn: Connection, cutoff: datetime, limit: int = 500) -> list[tuple[int, str,
                                                                                     str]]:
    """(id, number, updated_at) of closed cases untouched since ``cutoff``, oldest first."""
    return [(int(r[0]), r[1], r[2]) for r in conn.execute(
        "SELECT id, number, updated_at FROM case_file WHERE status = 'closed'"
        " AND updated_at < ? ORDER BY updated_at, id LIMIT ?",
        (format_timestamp(cutoff), limit))]


def content_ids_of_case(conn: Connection, case_id: int) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        "SELECT content_id FROM evidence_item WHERE case_id = ? AND content_id IS NOT NULL",
        (case_id,))]


def counts_of_case(conn: Connection, case_id: int) -> dict[str, int]:
    """How much is deleted, by kind: kept in the audit event instead of any content."""
    tables = {"evidence": "evidence_item", "incidents": "incident",
              "sessions": "counselling_session", "consents": "consent_event",
              "leaked_info": "leaked_info"}
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "takedown_request" in existing:
        tables["takedowns"] = "takedown_request"
    counts = {}
    for label, table in tables.items():
        if table in existing:
            counts[label] = int(conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE case_id = ?', (case_id,)).fetchone()[0])
    return counts


def delete_case_rows(conn: Connection, case_id: int) -> None:
    """Delete the case; foreign keys cascade to every record hanging off it. Perpetrator
    accounts stay (they may appear in other cases) but lose this case's links."""
    conn.execute("DELETE FROM case_file WHERE id = ?", (case_id,))


def delete_orphan_accounts(conn: Connection) -> int:
    """Accounts no longer linked to any case: identifiers of a deleted case's perpetrators."""
    cur = conn.execute(
        "DELETE FROM perpetrator_account WHERE id NOT IN"
        " (SELECT account_id FROM perpetrator_account_case)")
    return cur.rowcount


def compact(conn: Connection, lock: threading.RLock | None = None, *, wal: bool) -> None:
    """Rewrite the database so freed pages (already zeroed by secure_delete) are dropped and
    the file holds only live data; a WAL is checkpointed and truncated first."""
    if lock is not None:
        lock.acquire()
    try:
        if wal:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        if wal:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        if lock is not None:
            lock.release()
