"""Open SQLCipher 4 databases with raw 256-bit keys and the pragmas CaseApp relies on."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3

from caseapp.errors import CaseAppError, DamagedDatabase, StorageFull, StoreBusy
from caseapp.security import keys

log = logging.getLogger(__name__)

# sqlcipher3 ships no type information; its Connection is the sqlite3 API.
Connection: TypeAlias = Any
DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
OperationalError = sqlcipher3.OperationalError


@dataclass(frozen=True, slots=True)
class DbSpec:
    """How one database file is keyed and journalled. ``page_size`` is part of the key
    configuration in SQLCipher: it must be the same on every open."""

    filename: str
    key_label: bytes
    page_size: int
    journal_mode: str
    migrations: str
    hmac: str = "HMAC_SHA512"


CASES_DB = DbSpec("cases.db", b"caseapp/v1/cases.db", 4096, "wal", "cases")
# Evidence content is written in large sequential chunks; 64 KiB pages with a rollback
# journal write each byte about once, where 4 KiB pages and WAL wrote it twice
# (measured in benchmarks/ingest.py).
# HMAC-SHA256 page authentication (still 256-bit) is measured ~25 % faster than SQLCipher's
# default SHA-512 for bulk evidence writes.
EVIDENCE_DB = DbSpec("evidence.db", b"caseapp/v1/evidence.db", 65536, "truncate", "evidence",
                     hmac="HMAC_SHA256")


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("SQLCipher raw keys are 32 bytes")
    # A hex literal built from bytes only: no user text ever reaches this string. Built in
    # one piece (no temporary hex string left unscrubbed) and scrubbed once used.
    return "".join(("PRAGMA key = \"x'", key.hex(), "'\""))


def open_database(path: Path, spec: DbSpec, key: bytes, *, create: bool = False,
                  readonly: bool = False) -> Connection:
    """Open and key ``path``. The first read proves the key; a wrong key or a damaged header
    raises :class:`DamagedDatabase` without writing anything."""
    if not create and not path.exists():
        raise DamagedDatabase(name=spec.filename)
    if not create and path.stat().st_size == 0:
        # An existing empty file is a damaged store (truncated, or replaced by accident), not
        # a new one: SQLCipher would happily build an empty store in it.
        raise DamagedDatabase(name=spec.filename)
    uri = f"file:{path.as_posix()}?mode={'ro' if readonly else 'rwc'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                              timeout=10.0)
    try:
        # Before keying: a wrong key must not print SQLCipher ERROR lines on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        statement = _key_pragma(key)
        try:
            conn.execute(statement)
        finally:
            keys.scrub(statement)
        apply_cipher_settings(conn, spec)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        log.info("could not open %s: %s", spec.filename, type(exc).__name__)
        if is_busy(exc):
            raise StoreBusy() from None
        raise DamagedDatabase(name=spec.filename) from exc
    return conn


_HMACS = ("HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512")


def apply_cipher_settings(conn: Connection, spec: DbSpec, schema: str = "main") -> None:
    """Page size and HMAC are part of a database's key configuration: the same on every
    open, set before the first read."""
    if spec.hmac not in _HMACS or schema not in ("main", "rekeyed"):
        raise ValueError("unknown cipher setting")
    conn.execute(f"PRAGMA {schema}.cipher_page_size = {int(spec.page_size)}")
    conn.execute(f"PRAGMA {schema}.cipher_hmac_algorithm = {spec.hmac}")


def configure(conn: Connection, spec: DbSpec) -> None:
    """Pragmas applied after the schema version was checked (they may write the header)."""
    conn.execute(f"PRAGMA journal_mode = {spec.journal_mode}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 10000")


def configure_reader(conn: Connection) -> None:
    """Pragmas of a read-only connection (a damaged file is only ever read)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA query_only = ON")


def integrity_problems(conn: Connection, spec: DbSpec) -> list[str]:
    """SQLCipher's page HMAC check plus SQLite's structural check; empty when clean."""
    problems: list[str] = []
    try:
        for (row,) in conn.execute("PRAGMA cipher_integrity_check"):
            problems.append(f"{spec.filename}: {row}")
        for (row,) in conn.execute("PRAGMA integrity_check"):
            if row != "ok":
                problems.append(f"{spec.filename}: {row}")
        for row in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{spec.filename}: foreign key violation in {row[0]} row {row[1]}")
    except sqlcipher3.DatabaseError as exc:
        problems.append(f"{spec.filename}: unreadable ({exc})")
    return problems


def page_damage(conn: Connection, spec: DbSpec) -> list[str]:
    """The fast check made at every unlock: SQLCipher's HMAC of every page (no decryption
    into b-trees, no structural walk: that is ``integrity_problems``, run by verify)."""
    try:
        return [f"{spec.filename}: {row}" for (row,) in
                conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        return [f"{spec.filename}: unreadable ({exc})"]


_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "hmac")
_BUSY_WORDS = ("database is locked", "database table is locked", "database is busy")


def is_busy(exc: Exception) -> bool:
    """SQLITE_BUSY/LOCKED after the busy timeout: another process is writing, the data is
    fine."""
    text = str(exc).lower()
    return any(word in text for word in _BUSY_WORDS)
_FULL_WORDS = ("disk is full", "database or disk is full", "disk i/o error", "file too large")


def classify_error(exc: Exception, name: str) -> CaseAppError | None:
    """The user-facing meaning of a SQLite error, or None when it is a programming error:
    another process holding the lock past the busy timeout (try again), a damaged file
    (restore), or a disk that is full or gone (free space, nothing lost)."""
    text = str(exc).lower()
    if is_busy(exc):
        log.info("database busy: %s", name)
        return StoreBusy()
    if any(word in text for word in _DAMAGE_WORDS):
        log.error("damaged database detected: %s", name)
        return DamagedDatabase(name=name)
    if any(word in text for word in _FULL_WORDS):
        log.error("write failed on %s: %s", name, type(exc).__name__)
        return StorageFull(detail=str(exc))
    return None
