"""SQL for the audit chain: append inside the caller's transaction, list, and walk."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from caseapp.security import audit_chain
from caseapp.security.audit_chain import GENESIS, ChainEvent
from caseapp.store.connection import Connection


@dataclass(frozen=True, slots=True)
class StoredEvent:
    event: ChainEvent
    prev_hash: bytes
    hash: bytes


def head(conn: Connection) -> tuple[int, bytes]:
    row = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), bytes(row[1])) if row else (0, GENESIS)


def append(conn: Connection, key: bytes, epoch: int, at: str, actor: str, action: str,
           object_type: str, object_id: str, details: dict[str, Any]) -> ChainEvent:
    """Must run inside a write transaction (BEGIN IMMEDIATE), so the head cannot move."""
    if not conn.in_transaction:
        raise RuntimeError("audit events are appended inside a write transaction")
    seq, prev = head(conn)
    event = ChainEvent(seq + 1, at, actor, action, object_type, str(object_id),
                       audit_chain.canonical_details(details), epoch)
    conn.execute(
        "INSERT INTO audit_event (seq, at, actor, action, object_type, object_id, details,"
        " epoch, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (event.seq, event.at, event.actor, event.action, event.object_type, event.object_id,
         event.details, event.epoch, prev, audit_chain.link(key, prev, event)),
    )
    return event


def case_audit_key(conn: Connection, case_id: int) -> bytes | None:
    row = conn.execute("SELECT key FROM case_audit_key WHERE case_id = ?", (case_id,)).fetchone()
    return None if row is None else bytes(row[0])


def new_case_audit_key(conn: Connection, case_id: int, key: bytes) -> None:
    conn.execute("INSERT INTO case_audit_key (case_id, key) VALUES (?, ?)", (case_id, key))


def case_id_of(conn: Connection, ref: str) -> int | None:
    """The id of the case an audit event names (its number, or its id as text)."""
    row = conn.execute("SELECT id FROM case_file WHERE number = ?", (ref,)).fetchone()
    if row is None and ref.isdigit():
        row = conn.execute("SELECT id FROM case_file WHERE id = ?", (int(ref),)).fetchone()
    return None if row is None else int(row[0])


_COLUMNS = "seq, at, actor, action, object_type, object_id, details, epoch, prev_hash, hash"


def _row(row: tuple[Any, ...]) -> StoredEvent:
    return StoredEvent(ChainEvent(int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6],
                                  int(row[7])), bytes(row[8]), bytes(row[9]))


def walk(conn: Connection, batch: int = 1000) -> Iterator[StoredEvent]:
    last = 0
    while True:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_event WHERE seq > ? ORDER BY seq"
                            " LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return
        for row in rows:
            yield _row(row)
        last = int(rows[-1][0])


def page(conn: Connection, *, after: int = 0, limit: int = 100, object_type: str | None = None,
         object_id: str | None = None, action: str | None = None,
         newest_first: bool = False) -> list[StoredEvent]:
    where: list[str] = []
    params: list[object] = []
    if newest_first:
        if after:
            where.append("seq < ?")
            params.append(after)
    else:
        where.append("seq > ?")
        params.append(after)
    for column, value in (("object_type", object_type), ("object_id", object_id),
                          ("action", action)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    order = "DESC" if newest_first else "ASC"
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_event {clause} ORDER BY seq {order}"
                        " LIMIT ?", (*params, limit)).fetchall()
    return [_row(r) for r in rows]


def epochs(conn: Connection) -> list[tuple[int, bytes | None, bytes | None]]:
    return [(int(e), n, w) for e, n, w in
            conn.execute("SELECT epoch, nonce, wrapped FROM audit_epoch ORDER BY epoch")]


def add_epoch(conn: Connection, epoch: int, started_at: str) -> None:
    conn.execute("INSERT INTO audit_epoch (epoch, started_at, nonce, wrapped) VALUES (?,?,?,?)",
                 (epoch, started_at, None, None))


def archive_epoch_key(conn: Connection, epoch: int, nonce: bytes, wrapped: bytes) -> None:
    conn.execute("UPDATE audit_epoch SET nonce = ?, wrapped = ? WHERE epoch = ?",
                 (nonce, wrapped, epoch))
