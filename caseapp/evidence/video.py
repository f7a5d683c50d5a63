"""Video facts: the duration of MP4/MOV/3GP files from their ``moov/mvhd`` box (a pure-Python
box walk, never decoding media), and vPDQ frame hashes: the PDQ hash of about one frame per
second, decoded with PyAV (FFmpeg's decoders, shipped in its wheels), as Meta's vPDQ hashes
a video so that a re-encoded, resized or trimmed copy can be found.

Decoding is bounded: at most ``MAX_HASHED_FRAMES`` hashes (the first hour at one a second),
``MAX_DECODED_FRAMES`` decoded frames and ``MAX_FRAME_PIXELS`` pixels a frame. A file FFmpeg
cannot decode gives a warning code and no hashes at all, never an exception; nothing partial
is kept."""

from __future__ import annotations

import io
import logging
import os
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, BinaryIO

from caseapp.evidence.warning_codes import EvidenceWarning

log = logging.getLogger(__name__)

_CONTAINERS = {b"moov", b"trak", b"mdia"}
MAX_BOXES = 10_000

FRAME_INTERVAL = 1.0  # seconds between hashed frames, as vPDQ's default
MAX_HASHED_FRAMES = 3600
MAX_DECODED_FRAMES = 250_000  # a broken time base must not make decoding endless
MAX_FRAME_PIXELS = 8192 * 8192
HASH_MAX_SIDE = 512  # frames are scaled (area averaging) to at most this before PDQ

VideoSource = str | os.PathLike[str] | bytes | BinaryIO
CancelCheck = Callable[[], bool] | threading.Event | None


@dataclass(frozen=True, slots=True)
class FrameHash:
    seconds: float  # presentation time of the frame
    pdq_hex: str
    quality: int


@dataclass(frozen=True, slots=True)
class VideoFacts:
    width: int
    height: int
    duration: float | None
    frames: tuple[FrameHash, ...]  # about one a second, in time order
    complete: bool  # False when the bounds stopped hashing before the end


@dataclass(frozen=True, slots=True)
class VideoAnalysis:
    facts: VideoFacts | None  # None when the video could not be decoded
    warnings: tuple[EvidenceWarning, ...] = ()


class _Damaged(Exception):
    pass


class VideoCancelled(Exception):
    """Raised out of :func:`analyse_video` when ``cancel`` is set."""


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


def _cancelled(cancel: CancelCheck) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if isinstance(cancel, threading.Event) else bool(cancel())


@contextmanager
def _opened(source: VideoSource) -> Iterator[Any]:
    import av

    target: Any = io.BytesIO(source) if isinstance(source, bytes) else source
    if isinstance(target, os.PathLike):
        target = os.fspath(target)
    # FFmpeg guesses the container from the bytes; its log stays quiet (no case data, but
    # no noise on the console either).
    container = av.open(target, mode="r", metadata_errors="ignore")
    try:
        yield container
    finally:
        container.close()


def _decoded_frames(container: Any, cancel: CancelCheck) -> Iterator[tuple[float, Any]]:
    """(seconds, frame) for every decoded frame of the first video stream, bounded."""
    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    fps = float(stream.average_rate or stream.guessed_rate or 25)
    for count, frame in enumerate(container.decode(stream)):
        if count >= MAX_DECODED_FRAMES:
            log.info("video decoding stopped after %d frames", count)
            return
        if count % 32 == 0 and _cancelled(cancel):
            raise VideoCancelled
        if frame.width * frame.height > MAX_FRAME_PIXELS:
            raise _Damaged("frame too large")
        seconds = frame.time if frame.time is not None else count / fps
        yield float(seconds), frame


def frame_image(frame: Any, max_side: int) -> Any:
    """A decoded frame as an RGB Pillow image of at most ``max_side`` pixels a side."""
    width, height = frame.width, frame.height
    side = max(width, height)
    if side > max_side:
        width = max(1, round(width * max_side / side))
        height = max(1, round(height * max_side / side))
    return frame.to_image(width=width, height=height, interpolation="AREA")


def analyse_video(source: VideoSource, *, cancel: CancelCheck = None) -> VideoAnalysis:
    """vPDQ frame hashes and the picture size and duration. A video FFmpeg cannot open or
    decode yields ``facts=None`` and a warning; :class:`VideoCancelled` when ``cancel``."""
    import av

    from caseapp.evidence.pdq import bits_to_hex

    try:
        import numpy as np
        import pdqhash

        hashes: list[FrameHash] = []
        complete = True
        next_at: float | None = None
        last_seconds = 0.0
        with _opened(source) as container:
            if not container.streams.video:
                raise _Damaged("no video stream")
            stream = container.streams.video[0]
            width = int(stream.codec_context.width or 0)
            height = int(stream.codec_context.height or 0)
            for seconds, frame in _decoded_frames(container, cancel):
                last_seconds = max(last_seconds, seconds)
                width, height = frame.width, frame.height
                if next_at is not None and seconds < next_at:
                    continue
                if len(hashes) >= MAX_HASHED_FRAMES:
                    complete = False
                    break
                pixels = np.ascontiguousarray(
                    np.asarray(frame_image(frame, HASH_MAX_SIDE), dtype=np.uint8))
                vector, quality = pdqhash.compute(pixels)
                hashes.append(FrameHash(round(seconds, 3), bits_to_hex(vector), int(quality)))
                next_at = (seconds if next_at is None else next_at) + FRAME_INTERVAL
                while next_at <= seconds:  # a gap in the stream: resume at the next second
                    next_at += FRAME_INTERVAL
            duration = _duration(container, stream, last_seconds)
    except VideoCancelled:
        raise
    except (av.error.FFmpegError, _Damaged, OSError, ValueError, MemoryError, IndexError) as exc:
        log.info("video undecodable: %s", type(exc).__name__)
        return VideoAnalysis(None, (EvidenceWarning.VIDEO_DAMAGED,))
    if not hashes or width <= 0 or height <= 0:
        log.info("video has no decodable frame")
        return VideoAnalysis(None, (EvidenceWarning.VIDEO_DAMAGED,))
    warnings = [] if complete else [EvidenceWarning.VIDEO_PARTLY_HASHED]
    return VideoAnalysis(VideoFacts(width, height, duration, tuple(hashes), complete),
                         tuple(warnings))


def _duration(container: Any, stream: Any, last_seconds: float) -> float | None:
    if container.duration:
        return float(container.duration) / 1_000_000  # AV_TIME_BASE
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return last_seconds or None


def still_frame(source: VideoSource, max_side: int, *, at: float = 1.0) -> Any:
    """One frame as a Pillow image for a preview: the first frame at or after ``at``
    seconds, or the last one of a shorter video. ``ValueError`` when nothing decodes."""
    import av

    chosen = None
    try:
        with _opened(source) as container:
            if not container.streams.video:
                raise ValueError("no video stream")
            for seconds, frame in _decoded_frames(container, None):
                chosen = frame_image(frame, max_side)
                if seconds >= at:
                    break
    except (av.error.FFmpegError, _Damaged, OSError) as exc:
        raise ValueError(type(exc).__name__) from None
    if chosen is None:
        raise ValueError("no frame")
    return chosen
