"""The unlocked store: both SQLCipher connections, the derived keys, the acting counsellor
and the audit chain. Services receive a :class:`Vault` and write through it."""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from caseapp.errors import DamagedDatabase, StoreBusy, StoreReadOnly
from caseapp.security import audit_seal, keys
from caseapp.security.audit_chain import ChainEvent
from caseapp.store import audit_repo, damage_marks, last_seen, meta_repo, schema, store_lock
from caseapp.store.connection import (
    CASES_DB,
    EVIDENCE_DB,
    Connection,
    DatabaseError,
    DbSpec,
    classify_error,
    configure,
    configure_reader,
    is_busy,
    open_database,
    page_damage,
)

log = logging.getLogger(__name__)

BUSY_MS = 10_000        # how long a write waits for another process's write lock
QUICK_BUSY_MS = 250     # how long an unlock's audit event waits before it is queued
QUEUE_PREFIX = "audit-pending-"
LABEL_AUDIT_QUEUE = b"caseapp/v1/audit-queue"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def open_checked(data_dir: Path, spec: DbSpec, key: bytes, *, create: bool = False,
                 check_pages: bool = False) -> tuple[Connection, list[str]]:
    """Open, refuse a newer schema untouched, then configure and migrate. With
    ``check_pages`` every page's HMAC is checked first; a damaged file is reopened read-only
    (SQLite itself then cannot write to it) and its problem lines are returned."""
    path = data_dir / spec.filename
    conn = open_database(path, spec, key, create=create)
    try:
        damage = page_damage(conn, spec) if check_pages else []
        schema.check_not_newer(conn, spec)
        if damage:
            if schema.current_version(conn) != schema.latest_version(spec):
                raise DamagedDatabase(name=spec.filename)  # a damaged file is never migrated
            conn.close()
            conn = open_database(path, spec, key, readonly=True)
            configure_reader(conn)
            return conn, damage
        configure(conn, spec)
        schema.migrate(conn, spec)
    except DatabaseError as exc:
        conn.close()
        if is_busy(exc):
            raise StoreBusy() from None
        raise DamagedDatabase(name=spec.filename) from exc
    except BaseException:
        conn.close()
        raise
    return conn, []


class Vault:
    """An unlocked CaseApp store. ``close()`` drops the connections and wipes the keys."""

    def __init__(self, data_dir: Path, store_id: str, master_key: bytearray, actor: str,
                 *, create: bool = False) -> None:
        self.data_dir = data_dir
        self.store_id = store_id
        self.actor = actor
        self._master = master_key
        self.damaged: str | None = None  # name of a database found damaged while open
        self.orphans_swept = False       # evidence content of interrupted saves, once a session
        # What services keep in memory while the store is unlocked (the PDQ index); dropped
        # with the keys on close.
        self.session_cache: dict[str, Any] = {}
        self._lock = threading.RLock()
        # Audit events that could not be appended yet because another process held cases.db's
        # write lock (an unlock while a long write runs): appended by the next write, or
        # sealed to a file at close for the next process that writes.
        self._pending: list[tuple[str, str, str, str, dict[str, Any]]] = []
        self._queue_files_checked = False
        # evidence.db has its own lock: a long ingest must not block reads of cases.db.
        self.evidence_lock = threading.RLock()
        # Held while open: a rekey or restore in another process waits for this to go.
        self.folder_lock = store_lock.shared(data_dir)
        self.damage: list[str] = []  # problem lines of the checks made at unlock
        try:
            self._open_databases(create=create)
        except BaseException:
            self.folder_lock.release()
            raise

    def _open_databases(self, *, create: bool = False) -> None:
        data_dir, store_id = self.data_dir, self.store_id
        # The fast check at every unlock covers cases.db (records only, small); evidence.db
        # (file contents, large) is checked in full by verify, page by page as it is read,
        # and at unlock only while it is remembered as damaged.
        marks = set() if create else damage_marks.marked(store_id, data_dir)
        self.damage = []
        cases_key, evidence_key = self.db_key(CASES_DB), self.db_key(EVIDENCE_DB)
        try:
            self._open_with(data_dir, store_id, marks, cases_key, evidence_key, create)
        finally:  # the derived keys live on only inside SQLCipher
            keys.scrub(cases_key)
            keys.scrub(evidence_key)

    def _open_with(self, data_dir: Path, store_id: str, marks: set[str], cases_key: bytes,
                   evidence_key: bytes, create: bool) -> None:
        self.cases, found = open_checked(data_dir, CASES_DB, cases_key,
                                         create=create, check_pages=not create)
        self.damage += found
        try:
            self.evidence, found = open_checked(
                data_dir, EVIDENCE_DB, evidence_key, create=create,
                check_pages=EVIDENCE_DB.filename in marks)
            self.damage += found
        except BaseException:
            self.cases.close()
            raise
        for spec, checked in ((CASES_DB, not create), (EVIDENCE_DB, EVIDENCE_DB.filename in marks)):
            if any(line.startswith(spec.filename + ":") for line in self.damage):
                self.note_damage(spec.filename)
            elif checked and spec.filename in marks:
                damage_marks.clear(store_id, data_dir, spec.filename)  # restored since
        self._audit_key = keys.derive(self._master, keys.LABEL_AUDIT, store_id)
        try:
            if not create:
                for conn, spec in ((self.cases, CASES_DB), (self.evidence, EVIDENCE_DB)):
                    with storage_errors(self, spec.filename):
                        owner = meta_repo.get_meta(conn, "store_id")
                    if owner != self.store_id:
                        # A database of another store (or an empty one) put in its place.
                        log.error("store identity mismatch in %s", spec.filename)
                        raise DamagedDatabase(name=spec.filename)
            with storage_errors(self, CASES_DB.filename):
                self._epoch = self._current_epoch()
        except BaseException:
            self.cases.close()
            self.evidence.close()
            raise

    def close_databases(self) -> None:
        """Close both connections but keep the keys and the folder lock (a rekey swaps the
        files underneath, then :meth:`reopen` under the new master key)."""
        with self._lock, self.evidence_lock:
            for conn in (self.cases, self.evidence):
                try:
                    conn.close()
                except DatabaseError:
                    log.warning("error while closing a database")

    def reopen(self, master_key: bytearray) -> None:
        """Open the databases again under ``master_key`` (the old one is wiped): the same
        object stays the open store, so every window holding it keeps working."""
        with self._lock, self.evidence_lock:
            old, self._master = self._master, master_key
            keys.wipe(old)
            self._open_databases()

    def note_damage(self, name: str) -> None:
        """From now on (and at every unlock until a full check of ``name`` passes) the
        store is read-only."""
        self.damaged = self.damaged or name
        damage_marks.mark(self.store_id, self.data_dir, name)

    def require_writable(self) -> None:
        """Refuse a write before it starts while a database of the store is damaged."""
        if self.damaged:
            raise StoreReadOnly(name=self.damaged)

    # --- keys -------------------------------------------------------------------------
    def db_key(self, spec: DbSpec) -> bytes:
        return keys.derive(self._require_master(), spec.key_label, self.store_id)

    def _require_master(self) -> bytearray:
        if self._master is None:
            raise RuntimeError("the vault is locked")
        return self._master

    @property
    def master_key(self) -> bytearray:
        return self._require_master()

    @property
    def is_open(self) -> bool:
        return self._master is not None

    def _current_epoch(self) -> int:
        rows = audit_repo.epochs(self.cases)
        if not rows:
            with self.write() as conn:
                audit_repo.add_epoch(conn, 1, utc_now())
            return 1
        return rows[-1][0]

    def audit_keys(self) -> dict[int, bytes]:
        """Every epoch's audit key: the current one derived, older ones unwrapped."""
        return audit_keys_for(self.cases, self._require_master(), self.store_id)

    @property
    def cases_lock(self) -> threading.RLock:
        """Held by every use of the cases.db connection (writes, snapshot reads)."""
        return self._lock

    # --- transactions and audit ---------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction on cases.db. Everything inside commits or nothing does.
        Once a damaged page was met, every later write is refused (restore instead)."""
        with self._lock:
            self.require_writable()
            conn = self.cases
            with storage_errors(self, CASES_DB.filename):
                conn.execute("BEGIN IMMEDIATE")
                pending = list(self._pending)
                claimed: list[Path] = []
                try:
                    claimed = self._append_queued(conn, pending)
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    for path in claimed:  # their events were not kept: put them back
                        os.replace(path, path.with_name(path.name.removesuffix(".claimed")))
                    raise
                else:
                    conn.execute("COMMIT")
                    del self._pending[:len(pending)]
                    self._queue_files_checked = True
                    for path in claimed:
                        path.unlink(missing_ok=True)
                    last_seen.record(self.cases, self.store_id, self.data_dir)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent snapshot for multi-statement reads."""
        with self._lock, storage_errors(self, CASES_DB.filename):
            conn = self.cases
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    def audit(self, action: str, object_type: str = "", object_id: str | int = "",
              /, **details: Any) -> ChainEvent:
        """Append an event in the caller's transaction (opened here if there is none).
        Details must never carry passphrases or keys; identifying fields only by name.
        The details of an event about a case (object ``case``, or a ``case`` detail) are
        sealed under that case's own key (see ``security.audit_seal``)."""
        if self.cases.in_transaction:
            return self._append(self.cases, action, object_type, str(object_id), details)
        with self.write() as conn:
            return self._append(conn, action, object_type, str(object_id), details)

    def _append(self, conn: Connection, action: str, object_type: str, object_id: str,
                details: dict[str, Any], at: str | None = None) -> ChainEvent:
        ref = details.get("case", object_id if object_type == "case" else None)
        case_id = None if ref is None else audit_repo.case_id_of(conn, str(ref))
        if case_id is not None:
            key = audit_repo.case_audit_key(conn, case_id)
            if key is None:
                key = audit_seal.new_case_key()
                audit_repo.new_case_audit_key(conn, case_id, key)
            details = audit_seal.seal(key, case_id, details)
        return audit_repo.append(conn, self._audit_key, self._epoch, at or utc_now(),
                                 self.actor, action, object_type, object_id, details)

    def readable_details(self, details_json: str) -> dict[str, Any]:
        """An event's details as written; sealed ones opened with their case's key, or
        ``{"details": "erased"}`` when the case (and its key) was deleted."""
        import json

        details = json.loads(details_json)
        if not isinstance(details, dict):
            return {}
        case_id = audit_seal.sealed_case_id(details)
        if case_id is None:
            return details
        with self.read() as conn:
            key = audit_repo.case_audit_key(conn, case_id)
        return audit_seal.unseal(key, details)

    def audit_when_free(self, action: str, object_type: str = "", object_id: str | int = "",
                        /, **details: Any) -> None:
        """Append an event now if cases.db's write lock is free within a moment, otherwise
        keep it (with its time) for this session's next write, or for the next process that
        writes (sealed at close). A read must not fail because another process writes."""
        with self._lock:
            self._pending.append((utc_now(), action, object_type, str(object_id), details))
            self.cases.execute(f"PRAGMA busy_timeout = {QUICK_BUSY_MS}")
            try:
                with self.write():
                    pass
            except StoreBusy:
                log.info("store busy: audit event %s queued", action)
            finally:
                self.cases.execute(f"PRAGMA busy_timeout = {BUSY_MS}")

    @property
    def queued_audit_events(self) -> int:
        return len(self._pending)

    def _queue_key(self) -> bytes:
        return keys.derive(self._require_master(), LABEL_AUDIT_QUEUE, self.store_id)

    def _append_queued(self, conn: Connection,
                       pending: list[tuple[str, str, str, str, dict[str, Any]]]) -> list[Path]:
        """Inside a write transaction: append this session's pending events and, once a
        session, those other processes sealed to files. The files are claimed by renaming
        (only one process can be inside a write transaction) and deleted after the commit."""
        claimed: list[Path] = []
        events = list(pending)
        if not self._queue_files_checked:
            box = AESGCM(self._queue_key())
            for path in sorted(self.data_dir.glob(QUEUE_PREFIX + "*.bin")):
                mine = path.with_name(path.name + ".claimed")
                try:
                    os.replace(path, mine)
                    raw = mine.read_bytes()
                    found = json.loads(box.decrypt(raw[:12], raw[12:], self.store_id.encode()))
                except (OSError, ValueError, InvalidTag):
                    log.warning("an audit queue file could not be read; it is kept")
                    if mine.exists() and not path.exists():
                        os.replace(mine, path.with_suffix(".unreadable"))
                    continue
                claimed.append(mine)
                events += [(str(e[0]), str(e[1]), str(e[2]), str(e[3]), dict(e[4]))
                           for e in found]
        for at, action, object_type, object_id, details in sorted(events, key=lambda e: e[0]):
            self._append(conn, action, object_type, object_id, details, at)
        return claimed

    def _seal_pending(self) -> None:
        """Close with events still pending (another process kept writing): seal them to a
        file the next writer appends, so none is lost."""
        payload = json.dumps(self._pending).encode("utf-8")
        nonce = os.urandom(12)
        sealed = nonce + AESGCM(self._queue_key()).encrypt(nonce, payload,
                                                           self.store_id.encode())
        name = f"{QUEUE_PREFIX}{uuid.uuid4().hex}.bin"
        tmp = self.data_dir / f".{name}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(sealed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.data_dir / name)
        fsync_dir(self.data_dir)
        self._pending.clear()

    # --- closing --------------------------------------------------------------------------
    def checkpoint(self) -> None:
        with self._lock:
            self.cases.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self, *, checkpoint: bool = True) -> None:
        with self._lock:
            if self._pending and self._master is not None and not self.damaged:
                try:
                    self.cases.execute(f"PRAGMA busy_timeout = {QUICK_BUSY_MS}")
                    with self.write():
                        pass
                except (StoreBusy, DatabaseError):
                    pass
                if self._pending:
                    try:
                        self._seal_pending()
                    except OSError:
                        log.error("could not keep %d queued audit event(s)", len(self._pending))
            if checkpoint and self._master is not None and not self.damaged:
                try:  # an empty WAL on close: a lost -wal file cannot take commits with it
                    # (skipped at once while another process writes: it checkpoints then)
                    self.cases.execute(f"PRAGMA busy_timeout = {QUICK_BUSY_MS}")
                    self.checkpoint()
                except DatabaseError:
                    log.warning("could not checkpoint on close")
            for conn in (getattr(self, "cases", None), getattr(self, "evidence", None)):
                if conn is not None:
                    try:
                        conn.close()
                    except DatabaseError:
                        log.warning("error while closing a database")
            self.session_cache.clear()
            keys.wipe(self._master)
            self._master = None  # type: ignore[assignment]
            keys.scrub(self._audit_key)
            self._audit_key = b""
            folder_lock = getattr(self, "folder_lock", None)
            if folder_lock is not None:
                folder_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def audit_keys_for(conn: Connection, master: bytes | bytearray, store_id: str) -> dict[int, bytes]:
    """The audit key of every epoch recorded in ``conn``: the newest epoch's derived from
    ``master``, older ones unwrapped from their archive entries."""
    archive = AESGCM(keys.derive(master, keys.LABEL_AUDIT_ARCHIVE, store_id))
    rows = audit_repo.epochs(conn)
    found: dict[int, bytes] = {}
    for epoch, nonce, wrapped in rows:
        if epoch == rows[-1][0]:
            found[epoch] = keys.derive(master, keys.LABEL_AUDIT, store_id)
        elif nonce and wrapped:
            found[epoch] = archive.decrypt(nonce, wrapped, str(epoch).encode())
    return found


@contextmanager
def storage_errors(vault: Vault | None, name: str) -> Iterator[None]:
    """Turn SQLite's damage and disk errors into messages a user can act on; remember damage
    so nothing more is written to that database."""
    try:
        yield
    except DatabaseError as exc:
        mapped = classify_error(exc, name)
        if mapped is None:
            raise
        if isinstance(mapped, DamagedDatabase) and vault is not None:
            vault.note_damage(name)
        raise mapped from None


def store_files(data_dir: Path) -> list[Path]:
    names = [CASES_DB.filename, EVIDENCE_DB.filename]
    found = [data_dir / n for n in names if (data_dir / n).exists()]
    return found


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
