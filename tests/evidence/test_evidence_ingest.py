from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from caseapp.errors import BadInput, Cancelled, CaseAppError, StorageFull
from caseapp.evidence.ingest import (
    CHUNK_SIZE,
    HEAD_SIZE,
    CapturingSink,
    ChunkSink,
    DiscardSink,
    IngestResult,
    MemorySink,
    ingest_stream,
)

EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e"


def _ingest_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("ingest-")]


def _chunked_digest(path: Path, algorithm: str) -> str:
    digest = hashlib.new(algorithm)
    with path.open("rb") as fh:
        while block := fh.read(CHUNK_SIZE):
            digest.update(block)
    return digest.hexdigest()


class RecordingSink(MemorySink):
    """MemorySink that also records call order and which threads were alive while writing."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []
        self.helper_threads: set[str] = set()

    def write_chunk(self, index: int, data: bytes) -> None:
        self.calls.append(f"write {index}")
        self.helper_threads.update(t.name for t in _ingest_threads())
        super().write_chunk(index, data)

    def commit(self) -> None:
        self.calls.append("commit")
        super().commit()

    def abort(self) -> None:
        self.calls.append("abort")
        super().abort()


class FailingStream(io.RawIOBase):
    """Gives ``good`` bytes, then fails like a USB stick pulled out mid-read."""

    def __init__(self, good: int) -> None:
        self.good = good
        self.pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self.pos >= self.good:
            raise OSError(errno.EIO, "Input/output error", "/media/usb/피해자_사진.jpg")
        n = min(len(buffer), self.good - self.pos)
        buffer[:n] = b"x" * n
        self.pos += n
        return n


class TrickleStream(io.RawIOBase):
    """A non-seekable stream that returns at most 1000 bytes per read (like a pipe)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buffer), 1000, len(self.data) - self.pos)
        buffer[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n


def test_sinks_satisfy_the_protocol() -> None:
    assert isinstance(MemorySink(), ChunkSink)
    assert isinstance(DiscardSink(), ChunkSink)
    assert isinstance(CapturingSink(DiscardSink()), ChunkSink)


def test_file_is_stored_in_fixed_chunks_with_correct_hashes(tmp_path: Path) -> None:
    data = os.urandom(3 * 65536 + 1234)
    path = tmp_path / "증거 사진.bin"
    path.write_bytes(data)
    sink = RecordingSink()
    seen: list[tuple[int, int | None]] = []

    result = ingest_stream(path, sink, chunk_size=65536, progress=lambda d, t: seen.append((d, t)))

    assert result == IngestResult(
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        md5=hashlib.md5(data).hexdigest(),
        head=data[:HEAD_SIZE],
        chunks=4,
    )
    assert sink.getvalue() == data
    assert [len(c) for c in sink.chunks] == [65536, 65536, 65536, 1234]
    assert sink.calls == ["write 0", "write 1", "write 2", "write 3", "commit"]
    assert seen == [
        (65536, len(data)),
        (131072, len(data)),
        (196608, len(data)),
        (len(data), len(data)),
    ]
    assert not result.empty


def test_hashing_runs_on_other_threads_while_the_sink_writes(tmp_path: Path) -> None:
    path = tmp_path / "clip.bin"
    path.write_bytes(os.urandom(5 << 20))
    sink = RecordingSink()
    ingest_stream(path, sink)
    assert sink.helper_threads == {"ingest-sha256", "ingest-md5"}
    assert _ingest_threads() == []


def test_head_is_collected_across_small_chunks(tmp_path: Path) -> None:
    data = os.urandom(HEAD_SIZE * 2)
    result = ingest_stream(io.BytesIO(data), DiscardSink(), chunk_size=1000)
    assert result.head == data[:HEAD_SIZE]
    assert result.chunks == -(-len(data) // 1000)


def test_short_reads_still_give_fixed_size_chunks_and_unknown_total() -> None:
    data = os.urandom(10_000)
    sink = MemorySink()
    totals: list[int | None] = []
    result = ingest_stream(
        TrickleStream(data), sink, chunk_size=4096, progress=lambda d, t: totals.append(t)
    )
    assert [len(c) for c in sink.chunks] == [4096, 4096, 1808]
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert totals == [None, None, None]


def test_stream_is_read_from_its_position_and_left_open() -> None:
    stream = io.BytesIO(b"header:" + b"payload")
    stream.seek(7)
    totals: list[int | None] = []
    result = ingest_stream(stream, MemorySink(), progress=lambda d, t: totals.append(t))
    assert result.sha256 == hashlib.sha256(b"payload").hexdigest()
    assert totals == [7]
    assert not stream.closed


def test_zero_byte_file_gives_empty_result(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.touch()
    sink = RecordingSink()
    result = ingest_stream(path, sink)
    assert result.empty
    assert (result.size, result.chunks, result.head) == (0, 0, b"")
    assert (result.sha256, result.md5) == (EMPTY_SHA256, EMPTY_MD5)
    assert sink.calls == ["commit"]


def test_300_mb_file_streams_with_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "video.mp4"
    with path.open("wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42")
        fh.truncate(300 * 2**20)
        fh.seek(150 * 2**20)
        fh.write(b"middle marker")
    sink = DiscardSink()
    tracemalloc.start()
    try:
        result = ingest_stream(path, sink)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.size == 300 * 2**20 == sink.size
    assert result.chunks == 300
    assert result.sha256 == _chunked_digest(path, "sha256")
    assert result.md5 == _chunked_digest(path, "md5")
    assert sink.committed
    assert peak < 50 * 2**20, f"peak {peak / 2**20:.1f} MiB"


def test_cancel_midway_aborts_and_raises_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    path.write_bytes(os.urandom(10 * 65536))
    cancel = threading.Event()
    sink = RecordingSink()

    def progress(done: int, total: int | None) -> None:
        if done >= 3 * 65536:
            cancel.set()

    with pytest.raises(Cancelled):
        ingest_stream(path, sink, chunk_size=65536, progress=progress, cancel=cancel)
    assert sink.calls == ["write 0", "write 1", "write 2", "abort"]
    assert sink.aborted and not sink.committed and sink.chunks == []
    assert _ingest_threads() == []


def test_cancel_callable_is_polled_before_reading() -> None:
    sink = RecordingSink()
    with pytest.raises(Cancelled):
        ingest_stream(io.BytesIO(b"abc"), sink, cancel=lambda: True)
    assert sink.calls == ["abort"]


def test_unreadable_mid_read_gives_clear_error_without_path_in_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sink = RecordingSink()
    caplog.set_level(logging.DEBUG)
    with pytest.raises(BadInput) as info:
        ingest_stream(FailingStream(good=5000), sink, chunk_size=2048)
    assert info.value.message("en") == "The file could not be read: Input/output error"
    assert info.value.message("ko").startswith("파일을 읽을 수 없습니다")
    assert "/media/usb" not in str(info.value)
    assert sink.calls[-1] == "abort" and not sink.committed
    assert "피해자" not in caplog.text and "/media" not in caplog.text
    assert _ingest_threads() == []


def test_vanished_file_is_bad_input_and_name_not_logged(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sink = RecordingSink()
    with pytest.raises(BadInput) as info:
        ingest_stream(tmp_path / "victim-name-사진.jpg", sink)
    assert "moved, renamed or deleted" in info.value.message("en")
    assert "victim-name" not in caplog.text
    assert sink.calls == ["abort"]


def test_disk_full_in_sink_is_storage_full_and_aborts() -> None:
    class FullSink(RecordingSink):
        def write_chunk(self, index: int, data: bytes) -> None:
            if index == 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            super().write_chunk(index, data)

    sink = FullSink()
    with pytest.raises(StorageFull) as info:
        ingest_stream(io.BytesIO(os.urandom(10_000)), sink, chunk_size=1000)
    assert "No space left on device" in info.value.message("en")
    assert sink.calls == ["write 0", "write 1", "abort"]
    assert _ingest_threads() == []


def test_failed_commit_aborts() -> None:
    class BrokenCommit(RecordingSink):
        def commit(self) -> None:
            self.calls.append("commit")
            raise CaseAppError()

    sink = BrokenCommit()
    with pytest.raises(CaseAppError):
        ingest_stream(io.BytesIO(b"data"), sink)
    assert sink.calls == ["write 0", "commit", "abort"]


def test_progress_callback_failure_aborts() -> None:
    sink = RecordingSink()

    def progress(done: int, total: int | None) -> None:
        raise RuntimeError("window closed")

    with pytest.raises(RuntimeError):
        ingest_stream(io.BytesIO(b"data"), sink, progress=progress)
    assert sink.calls == ["write 0", "abort"]
    assert _ingest_threads() == []


def test_commit_false_leaves_the_decision_to_the_caller() -> None:
    sink = RecordingSink()
    result = ingest_stream(io.BytesIO(b"data"), sink, commit=False)
    assert result.sha256 == hashlib.sha256(b"data").hexdigest()
    assert sink.calls == ["write 0"]


def test_capturing_sink_keeps_small_content_only() -> None:
    small = CapturingSink(DiscardSink(), limit=10_000)
    ingest_stream(io.BytesIO(b"a" * 9_000), small, chunk_size=4096)
    assert small.captured == b"a" * 9_000
    assert isinstance(small.inner, DiscardSink) and small.inner.committed

    large = CapturingSink(MemorySink(), limit=10_000)
    ingest_stream(io.BytesIO(b"b" * 20_000), large, chunk_size=4096)
    assert large.captured is None
    assert isinstance(large.inner, MemorySink) and large.inner.getvalue() == b"b" * 20_000


def test_bad_chunk_size_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        ingest_stream(io.BytesIO(b"x"), DiscardSink(), chunk_size=0)
