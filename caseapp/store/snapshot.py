"""Consistent copies of the encrypted database files while the app may be writing.

``cases.db`` (WAL) is copied with SQLite's online backup API into a keyed temporary file.
``evidence.db`` (rollback journal) is read as raw encrypted bytes while a read transaction
holds its SHARED lock, so no writer can commit underneath: the bytes are one consistent
state, and unchanged pages keep their ciphertext, which makes incremental backups cheap."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from caseapp.store.connection import (
    CASES_DB,
    EVIDENCE_DB,
    Connection,
    DbSpec,
    configure,
    open_database,
)

CHUNK = 1024 * 1024


def backup_cases_db(source: Connection, target: Path, key: bytes,
                    progress: Callable[[int, int], None] | None = None) -> None:
    """Online backup of cases.db into ``target`` (same key, same page size)."""
    if target.exists():
        target.unlink()
    dest = open_database(target, CASES_DB, key, create=True)
    try:
        def _progress(_status: int, remaining: int, total: int) -> None:
            if progress:
                progress(total - remaining, total)

        source.backup(dest, pages=256, progress=_progress)
        dest.execute("PRAGMA journal_mode = DELETE")  # a self-contained single file
    finally:
        dest.close()


@contextmanager
def frozen_evidence(path: Path, key: bytes) -> Iterator[tuple[Path, list[Path]]]:
    """Hold a read transaction on evidence.db: writers wait until the block ends. Yields the
    file and the content files its rows name (written once, never changed, and deleted only
    after a deleting transaction commits, which waits for this one)."""
    from caseapp.store import content_files, evidence_repo

    conn = open_database(path, EVIDENCE_DB, key)
    try:
        conn.execute("PRAGMA busy_timeout = 60000")
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        has_files = any(r[1] == "file_id" for r in conn.execute("PRAGMA table_info(content)"))
        names = sorted(evidence_repo.content_file_ids(conn)) if has_files else []
        yield path, [content_files.path_of(path.parent, n) for n in names]
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")
        conn.close()


def read_chunks(path: Path, chunk: int = CHUNK) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        yield from stream_chunks(fh, chunk)


def stream_chunks(fh: IO[bytes], chunk: int = CHUNK) -> Iterator[bytes]:
    while block := fh.read(chunk):
        yield block


def open_copy(path: Path, spec: DbSpec, key: bytes) -> Connection:
    """Open a copied database for checking; configured but never migrated."""
    conn = open_database(path, spec, key)
    configure(conn, spec)
    return conn


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())
