"""Video-to-video matching the way Meta's vPDQ does it: each video is the PDQ hashes of about
one frame a second; two videos match by the share of one's frames that lie within PDQ
distance of some frame of the other, counted both ways.

vPDQ's defaults (ThreatExchange ``vpdq_util``): frames of quality below 50 are left out,
duplicate hashes counted once, a frame matches within distance 31, and a video matches when
at least 80 % of the query's frames match (the index-side threshold is 0 %). A counsellor
needs to hear about a copy whichever of the two was stored first, so the query rule is
applied with each video as the query: the new video mostly inside a stored one (a trimmed or
re-encoded copy), or a stored video mostly inside the new one (a longer cut containing it).
"""

from __future__ import annotations

import struct
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

from caseapp.domain.evidence import PackedFrames

VPDQ_DISTANCE_THRESHOLD = 31
VPDQ_QUALITY_THRESHOLD = 50
VPDQ_QUERY_MATCH_PERCENT = 80.0
VPDQ_INDEX_MATCH_PERCENT = 0.0

K = TypeVar("K", bound=Hashable)


def pack_frames(frames: Iterable[tuple[float, str, int]]) -> PackedFrames:
    """(seconds, 64-hex PDQ, quality) per frame to the stored form."""
    hashes, qualities, times = bytearray(), bytearray(), bytearray()
    for seconds, pdq_hex, quality in frames:
        hashes += bytes.fromhex(pdq_hex)
        qualities.append(max(0, min(100, int(quality))))
        times += struct.pack("<I", max(0, min(0xFFFFFFFF, round(seconds * 1000))))
    return PackedFrames(bytes(hashes), bytes(qualities), bytes(times))


def unpack_frames(packed: PackedFrames) -> list[tuple[float, str, int]]:
    n = packed.count
    if len(packed.hashes) != 32 * n or len(packed.times_ms) != 4 * n:
        raise ValueError("damaged frame hashes")
    return [(struct.unpack_from("<I", packed.times_ms, 4 * i)[0] / 1000,
             packed.hashes[32 * i:32 * i + 32].hex(), packed.qualities[i]) for i in range(n)]


def _usable_rows(packed: PackedFrames) -> np.ndarray:
    """The frames vPDQ compares: quality at least the threshold, each distinct hash once."""
    n = packed.count
    if n == 0 or len(packed.hashes) != 32 * n:
        return np.empty((0, 4), dtype=np.uint64)
    rows = np.frombuffer(packed.hashes, dtype=">u8").reshape(n, 4).astype(np.uint64)
    quality = np.frombuffer(packed.qualities, dtype=np.uint8)
    rows = rows[quality >= VPDQ_QUALITY_THRESHOLD]
    if len(rows) == 0:
        return rows
    _, first = np.unique(rows, axis=0, return_index=True)
    return rows[np.sort(first)]


if hasattr(np, "bitwise_count"):  # numpy >= 2.0

    def _distances(rows: np.ndarray, query: np.ndarray) -> np.ndarray:
        counts: np.ndarray = np.bitwise_count(rows ^ query).sum(axis=1, dtype=np.int32)
        return counts

else:  # pragma: no cover - numpy 1.26
    _BYTE_POP = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)

    def _distances(rows: np.ndarray, query: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(rows ^ query)
        counts: np.ndarray = _BYTE_POP[x.view(np.uint8)].sum(axis=1, dtype=np.int32)
        return counts


@dataclass(frozen=True, slots=True)
class VideoMatch(Generic[K]):
    key: K
    query_percent: float  # share of the new video's frames found in the stored one
    target_percent: float  # share of the stored video's frames found in the new one

    @property
    def percent(self) -> float:
        return max(self.query_percent, self.target_percent)


def is_video_match(query_percent: float, target_percent: float) -> bool:
    """vPDQ's rule, applied with either video as the query."""
    forward = (query_percent >= VPDQ_QUERY_MATCH_PERCENT
               and target_percent >= VPDQ_INDEX_MATCH_PERCENT)
    backward = (target_percent >= VPDQ_QUERY_MATCH_PERCENT
                and query_percent >= VPDQ_INDEX_MATCH_PERCENT)
    return (forward or backward) and max(query_percent, target_percent) > 0


def match_percentages(query: PackedFrames, target: PackedFrames) -> tuple[float, float]:
    """vPDQ's brute-force comparison of two videos: (share of query frames within distance
    of some target frame, the same the other way), in percent."""
    index: VideoIndex[int] = VideoIndex()
    index.add(0, target)
    found = index.compare(query)
    return (found[0].query_percent, found[0].target_percent) if found else (0.0, 0.0)


class VideoIndex(Generic[K]):
    """The usable frames of every stored video in one ``(n, 4) uint64`` array with the
    video each row belongs to, scanned once per query frame."""

    def __init__(self) -> None:
        self._keys: list[K] = []
        self._parts: list[np.ndarray] = []
        self._rows = np.empty((0, 4), dtype=np.uint64)
        self._owner = np.empty(0, dtype=np.int64)
        self._sizes: list[int] = []
        self._dirty = False

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: K, frames: PackedFrames) -> None:
        rows = _usable_rows(frames)
        if len(rows) == 0:
            return
        self._keys.append(key)
        self._parts.append(rows)
        self._sizes.append(len(rows))
        self._dirty = True

    def extend(self, items: Iterable[tuple[K, PackedFrames]]) -> None:
        for key, frames in items:
            self.add(key, frames)

    def _packed(self) -> tuple[np.ndarray, np.ndarray]:
        if self._dirty:
            self._rows = (np.concatenate(self._parts) if self._parts
                          else np.empty((0, 4), dtype=np.uint64))
            self._owner = np.repeat(np.arange(len(self._keys)), self._sizes)
            self._dirty = False
        return self._rows, self._owner

    def compare(self, query: PackedFrames,
                threshold: int = VPDQ_DISTANCE_THRESHOLD) -> list[VideoMatch[K]]:
        """Every stored video sharing at least one frame with ``query``, with both
        percentages, best first. Callers keep those :func:`is_video_match` accepts."""
        wanted = _usable_rows(query)
        rows, owner = self._packed()
        if len(wanted) == 0 or len(rows) == 0:
            return []
        query_hits = np.zeros(len(self._keys), dtype=np.int64)
        target_hit = np.zeros(len(rows), dtype=bool)
        for frame in wanted:
            close = _distances(rows, frame) <= threshold
            if not close.any():
                continue
            target_hit |= close
            query_hits[np.unique(owner[close])] += 1
        target_hits = np.bincount(owner[target_hit], minlength=len(self._keys))
        found = []
        for i in np.flatnonzero(query_hits):
            found.append(VideoMatch(
                key=self._keys[int(i)],
                query_percent=round(100.0 * int(query_hits[i]) / len(wanted), 1),
                target_percent=round(100.0 * int(target_hits[i]) / self._sizes[int(i)], 1)))
        found.sort(key=lambda m: -m.percent)
        return found

    def matches(self, query: PackedFrames) -> Sequence[VideoMatch[K]]:
        return [m for m in self.compare(query)
                if is_video_match(m.query_percent, m.target_percent)]
