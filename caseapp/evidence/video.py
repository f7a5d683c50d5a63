"""Video facts a pure-Python reader can give: the duration of MP4/MOV/3GP files from their
``moov/mvhd`` box, found by walking box headers (never decoding media). Other formats get
file-level facts only."""

from __future__ import annotations

import logging
import struct
from typing import BinaryIO

log = logging.getLogger(__name__)

_CONTAINERS = {b"moov", b"trak", b"mdia"}
MAX_BOXES = 10_000


def mp4_duration(stream: BinaryIO, size: int) -> float | None:
    """Seconds from the movie header, or None when the file is not an ISO media file, has no
    readable ``mvhd`` or claims nonsense."""
    try:
        return _walk(stream, 0, size, 0)
    except (OSError, struct.error, ValueError) as exc:
        log.info("no video duration: %s", type(exc).__name__)
        return None


def _walk(stream: BinaryIO, start: int, end: int, depth: int) -> float | None:
    offset = start
    for _ in range(MAX_BOXES):
        if offset + 8 > end or depth > 4:
            return None
        stream.seek(offset)
        header = stream.read(16)
        if len(header) < 8:
            return None
        box_size, kind = struct.unpack(">I4s", header[:8])
        body = offset + 8
        if box_size == 1:
            box_size = struct.unpack(">Q", header[8:16])[0]
            body = offset + 16
        elif box_size == 0:
            box_size = end - offset
        if box_size < 8 or offset + box_size > end:
            return None
        if kind == b"mvhd":
            stream.seek(body)
            data = stream.read(32)
            version = data[0]
            if version == 1:
                timescale, duration = struct.unpack(">IQ", data[20:32])
            else:
                timescale, duration = struct.unpack(">II", data[12:20])
            if timescale == 0 or duration in (0, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
                return None
            seconds = duration / timescale
            return seconds if 0 < seconds < 1e7 else None
        if kind in _CONTAINERS:
            found = _walk(stream, body, offset + box_size, depth + 1)
            if found is not None:
                return found
        offset += box_size
    return None
