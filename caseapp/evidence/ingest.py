"""Streaming ingest: read an evidence file exactly once, in fixed-size chunks, hand each chunk
to a :class:`ChunkSink` (the encrypted store, or nowhere) and compute SHA-256 and MD5 of the
same bytes on other threads. Memory stays flat whatever the file size.

Pipeline (one pass)::

    caller thread: read chunk i ──► digest queues (bounded) ──► sha256 thread, md5 thread
                                └─► sink.write_chunk(i, chunk)

hashlib releases the GIL for buffers over 2 KiB, so hashing runs truly in parallel with the
sink's encryption and disk writes. Each queue holds at most ``QUEUE_DEPTH`` chunks, so at
most about ``QUEUE_DEPTH + 2`` chunks are alive at any moment.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import queue
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

from caseapp.errors import BadInput, Cancelled, CaseAppError, StorageFull
from caseapp.i18n import N_

log = logging.getLogger(__name__)

CHUNK_SIZE = 1 << 20
HEAD_SIZE = 64 << 10
QUEUE_DEPTH = 4

ProgressFn = Callable[[int, int | None], None]
CancelCheck = Callable[[], bool] | threading.Event


@runtime_checkable
class ChunkSink(Protocol):
    """Where ingested bytes go. The store implements this over ``evidence.db``.

    Contract:
    - ``write_chunk`` is called with indexes 0, 1, 2, … in order, from the ingesting thread;
      every chunk is exactly ``chunk_size`` bytes except the last, which may be shorter.
      A zero-byte file produces no ``write_chunk`` call at all.
    - ``commit`` is called once after the last chunk and after the hashes are final (so a
      sink may be asked for them through the result afterwards). If it returns, the content
      is durable.
    - ``abort`` is called once on cancel or any failure, including a failed ``commit``; it
      must discard everything written so far, must not raise, and must be safe to call
      when nothing was written. Neither is called twice.
    """

    def write_chunk(self, index: int, data: bytes) -> None: ...

    def commit(self) -> None: ...

    def abort(self) -> None: ...


@dataclass(frozen=True, slots=True)
class IngestResult:
    size: int
    sha256: str
    md5: str
    head: bytes = field(repr=False)
    chunks: int

    @property
    def empty(self) -> bool:
        """A zero-byte file: hashes are those of empty input. The caller decides whether
        such evidence is accepted (a vanished download often looks like this)."""
        return self.size == 0


class MemorySink:
    """Keeps the chunks in memory: for tests and for small items analysed right away."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.committed = False
        self.aborted = False

    def write_chunk(self, index: int, data: bytes) -> None:
        if index != len(self.chunks):
            raise ValueError(f"chunk {index} out of order")
        self.chunks.append(data)

    def commit(self) -> None:
        self.committed = True

    def abort(self) -> None:
        self.aborted = True
        self.chunks.clear()

    def getvalue(self) -> bytes:
        return b"".join(self.chunks)


class DiscardSink:
    """Hash only: the content is not kept (the victim's consent does not allow copies)."""

    def __init__(self) -> None:
        self.size = 0
        self.chunks = 0
        self.committed = False
        self.aborted = False

    def write_chunk(self, index: int, data: bytes) -> None:
        self.size += len(data)
        self.chunks += 1

    def commit(self) -> None:
        self.committed = True

    def abort(self) -> None:
        self.aborted = True


class CapturingSink:
    """Passes chunks on to ``inner`` and also keeps a copy in memory while the total stays
    within ``limit`` bytes, so an image can be analysed after ingest without reading the
    file a second time (also when ``inner`` is a DiscardSink). ``captured`` is ``None`` when
    the file was larger than ``limit``."""

    def __init__(self, inner: ChunkSink, limit: int = 64 << 20) -> None:
        self.inner = inner
        self.limit = limit
        self._parts: list[bytes] | None = []
        self._size = 0

    def write_chunk(self, index: int, data: bytes) -> None:
        self.inner.write_chunk(index, data)
        if self._parts is not None:
            self._size += len(data)
            if self._size > self.limit:
                self._parts = None
            else:
                self._parts.append(data)

    def commit(self) -> None:
        self.inner.commit()

    def abort(self) -> None:
        self._parts = None
        self.inner.abort()

    @property
    def captured(self) -> bytes | None:
        return None if self._parts is None else b"".join(self._parts)


class _DigestWorker(threading.Thread):
    """Feeds chunks to one hashlib object. Keeps draining its queue after a failure or a
    stop so the producer never blocks on a full queue."""

    _STOP = None

    def __init__(self, algorithm: str) -> None:
        super().__init__(name=f"ingest-{algorithm}", daemon=True)
        self.digest = hashlib.new(algorithm)
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUE_DEPTH)
        self.error: BaseException | None = None
        self.stopping = threading.Event()

    def run(self) -> None:
        while True:
            chunk = self.queue.get()
            if chunk is self._STOP:
                return
            if self.error is not None or self.stopping.is_set():
                continue
            try:
                self.digest.update(chunk)
            except BaseException as exc:  # surfaced by the producer; the thread stays alive
                self.error = exc

    def finish(self) -> str:
        self.queue.put(self._STOP)
        self.join()
        if self.error is not None:
            raise self.error
        return self.digest.hexdigest()

    def stop(self) -> None:
        self.stopping.set()
        self.queue.put(self._STOP)
        self.join()


def _is_cancelled(cancel: CancelCheck | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def _total_size(stream: BinaryIO) -> int | None:
    try:
        st = os.fstat(stream.fileno())
        if stat.S_ISREG(st.st_mode):
            return max(0, st.st_size - stream.tell())
    except (AttributeError, OSError, ValueError):
        pass
    try:
        if stream.seekable():
            here = stream.tell()
            end = stream.seek(0, os.SEEK_END)
            stream.seek(here)
            return max(0, end - here)
    except (AttributeError, OSError, ValueError):
        pass
    return None


def _read_chunk(stream: BinaryIO, size: int) -> bytes:
    """Exactly ``size`` bytes unless the end of the file comes first (raw streams and pipes
    may return short reads; the store relies on fixed-size chunks)."""
    data = stream.read(size)
    if not data or len(data) == size:
        return data or b""
    parts = [data]
    have = len(data)
    while have < size:
        more = stream.read(size - have)
        if not more:
            break
        parts.append(more)
        have += len(more)
    return b"".join(parts)


def read_error(exc: OSError) -> BadInput:
    """The user-facing error for a file that cannot be read; never carries the path."""
    if isinstance(exc, FileNotFoundError):
        return BadInput(N_("The file could not be read: it was moved, renamed or deleted."))
    if isinstance(exc, PermissionError):
        return BadInput(N_("The file could not be read: permission denied."))
    if isinstance(exc, IsADirectoryError):
        return BadInput(N_("The file could not be read: it is a folder, not a file."))
    reason = exc.strerror or (errno.errorcode.get(exc.errno or 0) if exc.errno else None)
    return BadInput(N_("The file could not be read: {reason}"), reason=reason or type(exc).__name__)


def _write_error(exc: OSError) -> CaseAppError:
    # Disk full, quota, read-only medium, I/O error: to the counsellor all mean "could not
    # store"; the sink has rolled back, so what was stored before is unchanged.
    return StorageFull(detail=exc.strerror or type(exc).__name__)


def ingest_stream(
    source: BinaryIO | Path | str,
    sink: ChunkSink,
    *,
    chunk_size: int = CHUNK_SIZE,
    progress: ProgressFn | None = None,
    cancel: CancelCheck | None = None,
    commit: bool = True,
) -> IngestResult:
    """Stream ``source`` into ``sink`` once, hashing on separate threads.

    ``source`` is a path (opened and closed here) or a binary stream read from its current
    position (not closed). ``progress(done, total)`` is called after each chunk; ``total``
    is ``None`` when the size is unknown. ``cancel`` is polled before each chunk.

    With ``commit=False`` the sink is left open on success so the caller can decide (for
    example after a duplicate check) and must then call ``commit`` or ``abort`` itself.

    On cancel or any failure ``sink.abort()`` is called and :class:`Cancelled`,
    :class:`BadInput` (unreadable file), :class:`StorageFull` (sink could not write) or the
    sink's own :class:`CaseAppError` is raised. Nothing is logged but sizes and error types.
    """
    if chunk_size <= 0:
        raise ValueError("chunk_size must be positive")
    if isinstance(source, str | os.PathLike):
        try:
            stream: BinaryIO = open(source, "rb", buffering=0)  # noqa: SIM115 - closed below
        except OSError as exc:
            log.warning("evidence file could not be opened: %s", type(exc).__name__)
            sink.abort()
            raise read_error(exc) from None
        try:
            return _ingest(stream, sink, chunk_size, progress, cancel, commit)
        finally:
            stream.close()
    return _ingest(source, sink, chunk_size, progress, cancel, commit)


def _ingest(
    stream: BinaryIO,
    sink: ChunkSink,
    chunk_size: int,
    progress: ProgressFn | None,
    cancel: CancelCheck | None,
    commit: bool,
) -> IngestResult:
    workers = [_DigestWorker("sha256"), _DigestWorker("md5")]
    for worker in workers:
        worker.start()
    finished = False
    done = 0
    index = 0
    head = bytearray()
    try:
        total = _total_size(stream)
        while True:
            if _is_cancelled(cancel):
                log.info("ingest cancelled after %d bytes", done)
                raise Cancelled()
            try:
                chunk = _read_chunk(stream, chunk_size)
            except OSError as exc:
                log.warning("evidence read failed after %d bytes: %s", done, type(exc).__name__)
                raise read_error(exc) from None
            if not chunk:
                break
            for worker in workers:
                worker.queue.put(chunk)
            if len(head) < HEAD_SIZE:
                head += chunk[: HEAD_SIZE - len(head)]
            try:
                sink.write_chunk(index, chunk)
            except OSError as exc:
                log.warning("evidence sink write failed at chunk %d: %s", index, type(exc).__name__)
                raise _write_error(exc) from None
            index += 1
            done += len(chunk)
            del chunk
            for worker in workers:
                if worker.error is not None:
                    raise worker.error
            if progress is not None:
                progress(done, total if total is not None and total >= done else None)
        sha256, md5 = (worker.finish() for worker in workers)
        finished = True
        result = IngestResult(size=done, sha256=sha256, md5=md5, head=bytes(head), chunks=index)
        if commit:
            try:
                sink.commit()
            except OSError as exc:
                log.warning("evidence sink commit failed: %s", type(exc).__name__)
                raise _write_error(exc) from None
        log.debug("ingested %d bytes in %d chunks", done, index)
        return result
    except BaseException:
        if not finished:
            for worker in workers:
                worker.stop()
        try:
            sink.abort()
        except Exception as exc:  # abort must not hide the original failure
            log.error("evidence sink abort failed: %s", type(exc).__name__)
        raise
