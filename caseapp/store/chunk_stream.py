"""A read-only file-like stream over an iterator of byte chunks (stored evidence content,
backup parts), so Pillow, tarfile and copy loops can read it without holding it whole."""

from __future__ import annotations

import bisect
import io
from collections.abc import Callable, Iterator
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


class SeekableChunks(io.RawIOBase):
    """A read-only, seekable stream over stored chunks fetched one at a time by index, for
    readers that jump about (a video's index is often at the end of the file). ``sizes``
    lists every chunk's length in order; ``fetch(i)`` returns chunk ``i``."""

    def __init__(self, sizes: list[int], fetch: Callable[[int], bytes]) -> None:
        self._starts = [0]
        for size in sizes:
            self._starts.append(self._starts[-1] + size)
        self._fetch = fetch
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    @property
    def size(self) -> int:
        return self._starts[-1]

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, b: Any) -> int:
        if self._pos >= self.size:
            return 0
        index = bisect.bisect_right(self._starts, self._pos) - 1
        if self._cached is None or self._cached[0] != index:
            data = self._fetch(index)
            if len(data) != self._starts[index + 1] - self._starts[index]:
                raise OSError("stored chunk has the wrong length")
            self._cached = (index, data)
        data = self._cached[1]
        start = self._pos - self._starts[index]
        n = min(len(b), len(data) - start)
        b[:n] = data[start:start + n]
        self._pos += n
        return n
