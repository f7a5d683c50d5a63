"""SQL for evidence: metadata rows and custody events in cases.db; content rows in evidence.db,
each naming an encrypted chunk file in content/ (written through :class:`ContentSink`, read
back with :func:`iter_chunks`), or, for content stored before those files, chunk rows."""

from __future__ import annotations

import errno
import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseapp.domain import fields
from caseapp.domain.evidence import (
    CustodyAction,
    CustodyEvent,
    EvidenceDraft,
    EvidenceItem,
    EvidenceKind,
    ExifFacts,
    PackedFrames,
)
from caseapp.domain.platforms import Platform
from caseapp.store import content_files
from caseapp.store.connection import Connection, DatabaseError, classify_error

_COLUMNS = (
    "id, case_id, code, kind, platform, url, channel_name, channel_id, message_id, "
    "poster_account, captured_at, captured_tz, captured_by, description, original_filename, "
    "size, mime, sha256, md5, pdq_hex, pdq_quality, width, height, duration_seconds, exif, "
    "warnings, content_kept, created_at, created_by, "
    "(SELECT frames FROM evidence_video_pdq v WHERE v.evidence_id = evidence_item.id)"
)


def _item(row: Sequence[Any]) -> EvidenceItem:
    exif = json.loads(row[24]) if row[24] else None
    return EvidenceItem(
        id=int(row[0]), case_id=int(row[1]), code=row[2], kind=EvidenceKind(row[3]),
        platform=Platform(row[4]) if row[4] else None, url=row[5], channel_name=row[6],
        channel_id=row[7], message_id=row[8], poster_account=row[9],
        captured_at=fields.parse_stored_moment(row[10]) if row[10] else None,
        captured_tz=row[11], captured_by=row[12], description=row[13],
        original_filename=row[14], size=row[15], mime=row[16], sha256=row[17], md5=row[18],
        pdq_hex=row[19], pdq_quality=row[20], width=row[21], height=row[22],
        duration_seconds=row[23], exif=ExifFacts(**exif) if exif else None,
        warnings=tuple(json.loads(row[25])), content_kept=bool(row[26]),
        created_at=datetime.fromisoformat(row[27]), created_by=row[28],
        video_frames=int(row[29] or 0),
    )


def next_seq(conn: Connection, case_id: int) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM evidence_item WHERE case_id = ?",
                       (case_id,)).fetchone()
    return int(row[0])


def insert_item(conn: Connection, *, case_id: int, seq: int, code: str, draft: EvidenceDraft,
                original_filename: str | None, size: int | None, mime: str | None,
                sha256: str | None, md5: str | None, pdq_hex: str | None,
                pdq_quality: int | None, width: int | None, height: int | None,
                duration_seconds: float | None, exif: ExifFacts | None,
                warnings: Iterable[str], content_id: int | None, content_kept: bool,
                created_at: datetime, created_by: str) -> int:
    captured = draft.captured_at
    cur = conn.execute(
        "INSERT INTO evidence_item (case_id, seq, code, kind, platform, url, channel_name,"
        " channel_id, message_id, poster_account, captured_at, captured_at_utc, captured_tz,"
        " captured_by, description, original_filename, size, mime, sha256, md5, pdq_hex,"
        " pdq_quality, width, height, duration_seconds, exif, warnings, content_id,"
        " content_kept, created_at, created_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (case_id, seq, code, draft.kind.value, draft.platform.value if draft.platform else None,
         draft.url, draft.channel_name, draft.channel_id, draft.message_id, draft.poster_account,
         fields.format_moment(captured) if captured else None,
         fields.utc_key(captured) if captured else None, draft.captured_tz, draft.captured_by,
         draft.description, original_filename, size, mime, sha256, md5, pdq_hex, pdq_quality,
         width, height, duration_seconds,
         json.dumps(_exif_json(exif), ensure_ascii=False) if exif else None,
         json.dumps(list(warnings)), content_id, int(content_kept),
         fields.format_timestamp(created_at), created_by))
    return int(cur.lastrowid or 0)


def _exif_json(exif: ExifFacts) -> dict[str, Any]:
    return {"camera": exif.camera, "taken_at": exif.taken_at, "software": exif.software,
            "has_gps": exif.has_gps}


def update_metadata(conn: Connection, evidence_id: int, draft: EvidenceDraft) -> None:
    captured = draft.captured_at
    conn.execute(
        "UPDATE evidence_item SET platform = ?, url = ?, channel_name = ?, channel_id = ?,"
        " message_id = ?, poster_account = ?, captured_at = ?, captured_at_utc = ?,"
        " captured_tz = ?, captured_by = ?, description = ? WHERE id = ?",
        (draft.platform.value if draft.platform else None, draft.url, draft.channel_name,
         draft.channel_id, draft.message_id, draft.poster_account,
         fields.format_moment(captured) if captured else None,
         fields.utc_key(captured) if captured else None, draft.captured_tz, draft.captured_by,
         draft.description, evidence_id))


def get_item(conn: Connection, evidence_id: int) -> EvidenceItem | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM evidence_item WHERE id = ?",
                       (evidence_id,)).fetchone()
    return _item(row) if row else None


def item_by_code(conn: Connection, code: str) -> EvidenceItem | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM evidence_item WHERE code = ?",
                       (code,)).fetchone()
    return _item(row) if row else None


def list_items(conn: Connection, case_id: int) -> list[EvidenceItem]:
    return [_item(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM evidence_item WHERE case_id = ? ORDER BY seq", (case_id,))]


def all_item_ids(conn: Connection, case_id: int | None = None) -> list[int]:
    if case_id is None:
        return [int(r[0]) for r in conn.execute("SELECT id FROM evidence_item ORDER BY id")]
    return [int(r[0]) for r in conn.execute(
        "SELECT id FROM evidence_item WHERE case_id = ? ORDER BY seq", (case_id,))]


def content_id_of(conn: Connection, evidence_id: int) -> int | None:
    row = conn.execute("SELECT content_id FROM evidence_item WHERE id = ?",
                       (evidence_id,)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def kept_content_count(conn: Connection, case_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM evidence_item WHERE case_id = ? AND "
                            "(content_kept = 1 OR content_id IS NOT NULL)",
                            (case_id,)).fetchone()[0])


def clear_content(conn: Connection, evidence_id: int) -> None:
    """The item no longer has stored content (its hashes and custody stay)."""
    conn.execute("UPDATE evidence_item SET content_id = NULL, content_kept = 0 WHERE id = ?",
                 (evidence_id,))


def referenced_content_ids(conn: Connection) -> set[int]:
    return {int(r[0]) for r in conn.execute(
        "SELECT content_id FROM evidence_item WHERE content_id IS NOT NULL")}


def same_sha256(conn: Connection, sha256: str) -> list[tuple[int, str, str]]:
    """(evidence id, code, case number) of items with this SHA-256, in any case."""
    return [(int(r[0]), r[1], r[2]) for r in conn.execute(
        "SELECT e.id, e.code, c.number FROM evidence_item e JOIN case_file c ON c.id = e.case_id"
        " WHERE e.sha256 = ? ORDER BY e.id", (sha256,))]


def pdq_hashes(conn: Connection) -> Iterator[tuple[int, str]]:
    for evidence_id, blob in conn.execute("SELECT evidence_id, hash FROM evidence_pdq"):
        yield int(evidence_id), bytes(blob).hex()


def add_pdq(conn: Connection, evidence_id: int, pdq_hex: str,
            dihedral: Sequence[str] = ()) -> None:
    """A matchable PDQ hash, with the eight dihedral hashes when known (hash lists imported
    later match rotated copies through them)."""
    conn.execute("INSERT INTO evidence_pdq (evidence_id, hash, dihedral) VALUES (?, ?, ?)",
                 (evidence_id, bytes.fromhex(pdq_hex),
                  bytes.fromhex("".join(dihedral)) if len(dihedral) == 8 else None))


def add_video_frames(conn: Connection, evidence_id: int, frames: PackedFrames) -> None:
    conn.execute("INSERT INTO evidence_video_pdq (evidence_id, frames, hashes, qualities,"
                 " times_ms) VALUES (?, ?, ?, ?, ?)",
                 (evidence_id, frames.count, frames.hashes, frames.qualities, frames.times_ms))


def video_frames(conn: Connection) -> Iterator[tuple[int, PackedFrames]]:
    """Every video item's frame hashes, for vPDQ matching."""
    for evidence_id, hashes, qualities, times in conn.execute(
            "SELECT evidence_id, hashes, qualities, times_ms FROM evidence_video_pdq"):
        yield int(evidence_id), PackedFrames(bytes(hashes), bytes(qualities), bytes(times))


def video_frames_of(conn: Connection, evidence_id: int) -> PackedFrames | None:
    row = conn.execute("SELECT hashes, qualities, times_ms FROM evidence_video_pdq"
                       " WHERE evidence_id = ?", (evidence_id,)).fetchone()
    return PackedFrames(bytes(row[0]), bytes(row[1]), bytes(row[2])) if row else None


def code_and_case(conn: Connection, evidence_id: int) -> tuple[str, str] | None:
    row = conn.execute("SELECT e.code, c.number FROM evidence_item e JOIN case_file c"
                       " ON c.id = e.case_id WHERE e.id = ?", (evidence_id,)).fetchone()
    return (row[0], row[1]) if row else None


def add_custody(conn: Connection, evidence_id: int, action: CustodyAction, at: datetime,
                actor: str, details: dict[str, Any] | None = None) -> None:
    conn.execute("INSERT INTO custody_event (evidence_id, action, at, actor, details)"
                 " VALUES (?,?,?,?,?)",
                 (evidence_id, action.value, fields.format_timestamp(at), actor,
                  json.dumps(details or {}, ensure_ascii=False, sort_keys=True)))


def custody_events(conn: Connection, evidence_id: int) -> list[CustodyEvent]:
    return [CustodyEvent(int(r[0]), int(r[1]), CustodyAction(r[2]),
                         datetime.fromisoformat(r[3]), r[4], json.loads(r[5]))
            for r in conn.execute("SELECT id, evidence_id, action, at, actor, details FROM"
                                  " custody_event WHERE evidence_id = ? ORDER BY id",
                                  (evidence_id,))]


def link_account(conn: Connection, evidence_id: int, account_id: int) -> None:
    conn.execute("INSERT OR IGNORE INTO evidence_account (evidence_id, account_id)"
                 " VALUES (?, ?)", (evidence_id, account_id))


def accounts_of_item(conn: Connection, evidence_id: int) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        "SELECT account_id FROM evidence_account WHERE evidence_id = ?", (evidence_id,))]


# --- content: encrypted chunk files, their rows (and older chunk rows) in evidence.db ----------

def data_dir_of(conn: Connection) -> Path:
    """The folder of the connection's evidence.db: content files live beside it (in the
    store, a backup's staging copy or a restore's, alike)."""
    for _seq, name, path in conn.execute("PRAGMA database_list"):
        if name == "main" and path:
            return Path(path).parent
    raise RuntimeError("evidence.db has no file")


class ContentSink:
    """A :class:`caseapp.evidence.ingest.ChunkSink` sealing content into a new encrypted
    chunk file. :meth:`finalise` makes the file durable and inserts its row (with the item
    key) in an open evidence.db transaction; :meth:`commit` commits it. Until then no key
    exists outside memory, and :meth:`abort` removes the file."""

    def __init__(self, conn: Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock
        self._held = False
        self._done = False
        self.content_id = 0
        try:
            self._file = content_files.ContentFileWriter(data_dir_of(conn))
        except OSError as exc:
            raise classify_os_error(exc) from None

    @property
    def size(self) -> int:
        return self._file.size

    @property
    def chunks(self) -> int:
        return self._file.chunks

    def write_chunk(self, index: int, data: bytes) -> None:
        self._file.write_chunk(index, data)  # an OSError is the ingest's "could not store"

    def finalise(self, sha256: str) -> None:
        try:
            sealed = self._file.finish()
        except OSError as exc:
            raise classify_os_error(exc) from None
        self._lock.acquire()
        self._held = True
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            cur = self._conn.execute(
                "INSERT INTO content (sha256, size, chunks, complete, created_at, file_id,"
                " item_key, chunk_size) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
                (sha256, sealed.size, sealed.chunks, datetime.now(UTC).isoformat(),
                 sealed.file_id, sealed.key, sealed.chunk_size))
            self.content_id = int(cur.lastrowid or 0)
        except DatabaseError as exc:
            raise classify_error(exc, "evidence.db") or exc from None

    def commit(self) -> None:
        if self._done:
            return
        try:
            self._conn.execute("COMMIT")
        except DatabaseError as exc:
            self.abort()
            raise classify_error(exc, "evidence.db") or exc from None
        self._done = True
        self._release()

    def abort(self) -> None:
        if self._done:
            return
        self._done = True
        try:
            if self._held and self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        finally:
            self._release()
            self._file.discard()

    def _release(self) -> None:
        if self._held:
            self._held = False
            self._lock.release()


def classify_os_error(exc: OSError) -> Exception:
    """Disk full, quota, file too large, read-only medium, I/O error: to the counsellor all
    mean "could not store" (the file is discarded, what was stored before is unchanged)."""
    from caseapp.errors import StorageFull

    return StorageFull(detail=exc.strerror or errno.errorcode.get(exc.errno or 0)
                       or type(exc).__name__)


def delete_content(conn: Connection, lock: threading.RLock, content_ids: Iterable[int]) -> int:
    """Shred content: the rows (with each item's key, zeroed by ``secure_delete``) go in one
    transaction, then the files; a file left by a crash in between has no key and is swept."""
    ids = list(content_ids)
    if not ids:
        return 0
    with lock:
        files: list[Path] = []
        folder = data_dir_of(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for cid in ids:
                row = conn.execute("SELECT file_id FROM content WHERE id = ?", (cid,)).fetchone()
                if row is not None and row[0]:
                    files.append(content_files.path_of(folder, str(row[0])))
                conn.execute("DELETE FROM chunk WHERE content_id = ?", (cid,))
                conn.execute("DELETE FROM content WHERE id = ?", (cid,))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        content_files.remove(files)
    return len(ids)


def all_content_ids(conn: Connection, created_before: datetime | None = None) -> set[int]:
    if created_before is None:
        return {int(r[0]) for r in conn.execute("SELECT id FROM content")}
    return {int(r[0]) for r in conn.execute("SELECT id FROM content WHERE created_at < ?",
                                            (created_before.isoformat(),))}


def content_info(conn: Connection, content_id: int) -> tuple[str, int, int, bool] | None:
    row = conn.execute("SELECT sha256, size, chunks, complete FROM content WHERE id = ?",
                       (content_id,)).fetchone()
    return (row[0], int(row[1]), int(row[2]), bool(row[3])) if row else None


def content_file_ids(conn: Connection) -> set[str]:
    """The file id of every content row kept in a file."""
    return {str(r[0]) for r in conn.execute(
        "SELECT file_id FROM content WHERE file_id IS NOT NULL")}


def stray_content_files(conn: Connection, older_than: datetime | None = None) -> list[Path]:
    """Files in content/ no row names (a killed ingest's, or one whose row was deleted
    just before a crash); with ``older_than``, only those last written before it (a younger
    one may be an ingest still under way in another process)."""
    known = {content_files.file_name(f) for f in content_file_ids(conn)}
    found = []
    for path in content_files.stored_names(data_dir_of(conn)):
        if path.name in known:
            continue
        if older_than is not None:
            try:
                if path.stat().st_mtime >= older_than.timestamp():
                    continue
            except OSError:
                continue
        found.append(path)
    return found


def remove_stray_files(paths: list[Path]) -> int:
    content_files.remove(paths)
    return len(paths)


def _file_reader(conn: Connection, content_id: int,
                 lock: threading.RLock | None = None) -> content_files.ContentFileReader | None:
    """A reader over the content's file, or None for content kept in chunk rows."""
    with lock or _NO_LOCK:
        row = conn.execute("SELECT file_id, item_key, chunk_size, size, chunks FROM content"
                           " WHERE id = ?", (content_id,)).fetchone()
        folder = data_dir_of(conn)
    if row is None:
        raise LookupError("the content is missing")
    if row[0] is None:
        return None
    if row[1] is None:
        raise content_files.DamagedContent("the content has no key")
    return content_files.ContentFileReader(folder, str(row[0]), bytes(row[1]), int(row[2]),
                                           int(row[3]), int(row[4]))


def iter_chunks(conn: Connection, content_id: int,
                lock: threading.RLock | None = None) -> Iterator[bytes]:
    """Chunks in order, one at a time (never the whole content in memory), each checked as
    it is read (a damaged chunk raises LookupError). With ``lock``, each database fetch
    holds it, so reads interleave safely with an ingest on another thread."""
    reader = _file_reader(conn, content_id, lock)
    if reader is not None:
        yield from reader.iter_chunks()
        return
    last = -1
    while True:
        with lock or _NO_LOCK:
            row = conn.execute("SELECT idx, data FROM chunk WHERE content_id = ? AND idx > ?"
                               " ORDER BY idx LIMIT 1", (content_id, last)).fetchone()
        if row is None:
            return
        if int(row[0]) != last + 1:
            raise LookupError(f"chunk {last + 1} is missing")
        last = int(row[0])
        yield bytes(row[1])


def chunk_sizes(conn: Connection, content_id: int) -> list[int]:
    """Each chunk's length in order (for seeking); LookupError when one is missing."""
    reader = _file_reader(conn, content_id)
    if reader is not None:
        return reader.chunk_sizes()
    sizes: list[int] = []
    for idx, size in conn.execute("SELECT idx, length(data) FROM chunk WHERE content_id = ?"
                                  " ORDER BY idx", (content_id,)):
        if int(idx) != len(sizes):
            raise LookupError(f"chunk {len(sizes)} is missing")
        sizes.append(int(size))
    return sizes


def read_chunk(conn: Connection, content_id: int, idx: int,
               lock: threading.RLock | None = None) -> bytes:
    reader = _file_reader(conn, content_id, lock)
    if reader is not None:
        return reader.read_chunk(idx)
    with lock or _NO_LOCK:
        row = conn.execute("SELECT data FROM chunk WHERE content_id = ? AND idx = ?",
                           (content_id, idx)).fetchone()
    if row is None:
        raise LookupError(f"chunk {idx} is missing")
    return bytes(row[0])


def content_problems(conn: Connection) -> list[str]:
    """Every stored content (files and chunk rows) read back whole: authenticated, and its
    SHA-256 and size against its row. For a backup's staged copy, where no item record is
    at hand."""
    import hashlib

    problems = []
    for cid, sha256, size in conn.execute(
            "SELECT id, sha256, size FROM content WHERE complete = 1 ORDER BY id").fetchall():
        digest = hashlib.sha256()
        length = 0
        try:
            for chunk in iter_chunks(conn, int(cid)):
                digest.update(chunk)
                length += len(chunk)
        except LookupError as exc:
            problems.append(f"content {cid}: {exc}")
            continue
        if digest.hexdigest() != sha256 or length != int(size):
            problems.append(f"content {cid}: does not match its SHA-256")
    return problems


class _NoLock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


_NO_LOCK = _NoLock()


def never_verified(conn: Connection, case_id: int) -> list[str]:
    """Codes of the case's items with stored content that no verification has read back."""
    return [str(r[0]) for r in conn.execute(
        "SELECT i.code FROM evidence_item i WHERE i.case_id = ? AND i.content_id IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM custody_event c WHERE c.evidence_id = i.id"
        " AND c.action = 'verified') ORDER BY i.seq", (case_id,))]
