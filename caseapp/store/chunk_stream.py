"""A read-only file-like stream over an iterator of byte chunks (stored evidence content,
backup parts), so Pillow, tarfile and copy loops can read it without holding it whole."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any


class ChunkStream(io.RawIOBase):
    """Reads ``chunks`` in order; ``read`` returns b"" once they are used up."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buffer:
            try:
                self._buffer = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(b), len(self._buffer))
        b[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n
