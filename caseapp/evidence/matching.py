"""PDQ near-duplicate matching: Hamming distance, dihedral matching (rotated and mirrored
re-uploads) and an in-memory index of every stored hash (evidence and hash lists), updated
as hashes come and go.

Thresholds follow industry hash sharing: distance <= 31 of 256 bits is a likely match, and
hashes of quality below 50 are kept but not matched (flat or tiny images collide)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from caseapp.evidence.pdq import DIHEDRAL_ORDER, Dihedral, normalise_pdq_hex

log = logging.getLogger(__name__)

PDQ_MATCH_THRESHOLD = 31
PDQ_MIN_QUALITY = 50

_BLOCKS = 16                # PDQ's 256 bits as sixteen 16-bit blocks
_BLOCK_VALUES = 1 << 16
_DELTA_MIN = 1 << 16        # rows scanned outright before they join the multi-index
_KEY_BITS = 40
_KEY_MASK = (1 << _KEY_BITS) - 1


def hamming(a_hex: str, b_hex: str) -> int:
    """Number of differing bits between two PDQ hashes in hex form."""
    return (int(normalise_pdq_hex(a_hex), 16) ^ int(normalise_pdq_hex(b_hex), 16)).bit_count()


def best_match(candidate_dihedral: Sequence[str], stored_hex: str) -> tuple[int, Dihedral]:
    """Smallest distance between any of a new image's eight dihedral hashes and a stored
    hash, and how the new image differs from the stored one.

    ``candidate_dihedral[i]`` is the hash of the new image transformed by
    ``DIHEDRAL_ORDER[i]``; if that is close to the stored image, the new image is the stored
    one transformed by the *inverse*, which is what is returned: a copy made by turning the
    original 90° anticlockwise is reported as ``Dihedral.ROTATE90``. Ties prefer the plain
    orientation, then pdqhash's order."""
    if len(candidate_dihedral) != len(DIHEDRAL_ORDER):
        raise ValueError("expected the eight dihedral hashes in pdqhash's order")
    stored = int(normalise_pdq_hex(stored_hex), 16)
    best: tuple[int, Dihedral] | None = None
    for transform, candidate in zip(DIHEDRAL_ORDER, candidate_dihedral, strict=True):
        distance = (int(normalise_pdq_hex(candidate), 16) ^ stored).bit_count()
        if best is None or distance < best[0]:
            best = (distance, transform.inverse)
    assert best is not None
    return best


def is_match(distance: int, threshold: int = PDQ_MATCH_THRESHOLD) -> bool:
    return distance <= threshold


def usable_for_matching(quality: int) -> bool:
    return quality >= PDQ_MIN_QUALITY


@dataclass(frozen=True, slots=True)
class PdqMatch:
    key: int  # what the store registered: an evidence id, a hash-list entry id, …
    distance: int
    transform: Dihedral  # how the new image differs from the stored one
    group: int = 0  # 0 for evidence, a hash list's id for its entries


def _words(hex_text: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(normalise_pdq_hex(hex_text)), dtype=">u8").astype(np.uint64)


if hasattr(np, "bitwise_count"):  # numpy >= 2.0

    def _popcount(x: np.ndarray) -> np.ndarray:
        counts: np.ndarray = np.bitwise_count(x)
        return counts

else:  # pragma: no cover - numpy 1.26
    _BYTE_POP = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)

    def _popcount(x: np.ndarray) -> np.ndarray:
        counts: np.ndarray = _BYTE_POP[x.view(np.uint8).reshape(-1, 8)].sum(axis=1,
                                                                            dtype=np.uint8)
        return counts


class PdqIndex:
    """Stored PDQ hashes, kept in memory and searched without scanning them all.

    Each hash carries an integer ``key`` (an evidence id, a hash-list entry id) and a
    ``group`` (0 for evidence, a hash list's id for its entries; any small integer below
    2**23). Two parts:

    - the *base*: a packed ``(n, 4) uint64`` array with a multi-index over PDQ's sixteen
      16-bit blocks (for each block, the row numbers sorted by that block's value, and where
      each of the 65,536 values starts). Two hashes within distance ``d`` agree to within
      ``d // 16`` bits in at least one block (pigeonhole), so a query looks up, per block,
      the values within that many bits of its own, and checks only those rows: exact, no
      missed matches. Up to distance 47 this is a lookup; beyond, a full scan.
    - the *delta*: rows added since the base was built, scanned with vectorised XOR and
      popcount. Removals mark rows dead. When the delta passes a quarter of the base (at
      least 65,536 rows) or half the base is dead, both are merged into a new base, so
      each insert costs amortised O(1) and no insert rebuilds the whole index.

    Not thread-safe: the caller serialises ``add``/``remove`` and ``search``.
    """

    def __init__(self) -> None:
        self._rows = np.empty((0, 4), dtype=np.uint64)
        self._codes = np.empty(0, dtype=np.int64)  # group << 40 | key, sorted
        self._alive = np.empty(0, dtype=bool)
        self._dead = 0
        self._perm = np.empty((_BLOCKS, 0), dtype=np.uint32)
        self._starts = np.zeros((_BLOCKS, _BLOCK_VALUES + 1), dtype=np.int64)
        self._d_rows = np.empty((1024, 4), dtype=np.uint64)
        self._d_codes = np.empty(1024, dtype=np.int64)
        self._d_alive = np.empty(1024, dtype=bool)
        self._d_size = 0
        self.merges = 0  # how often the base was rebuilt (the benchmark shows it)

    def __len__(self) -> int:
        return len(self._rows) - self._dead + int(self._d_alive[: self._d_size].sum())

    @property
    def nbytes(self) -> int:
        """Memory held by the arrays (the benchmark reports it per million hashes)."""
        arrays = (self._rows, self._codes, self._alive, self._perm, self._starts,
                  self._d_rows, self._d_codes, self._d_alive)
        return sum(a.nbytes for a in arrays)

    # --- adding and removing ---------------------------------------------------------------
    def add(self, key: int, pdq_hex: str, group: int = 0) -> None:
        self.extend([(key, pdq_hex)], group)

    def extend(self, items: Iterable[tuple[int, str]], group: int = 0) -> None:
        """Add many hashes given as ``(key, hex)`` pairs."""
        keys: list[int] = []
        texts: list[str] = []
        for key, text in items:
            keys.append(key)
            texts.append(normalise_pdq_hex(text))
        if keys:
            self.extend_raw(np.asarray(keys, dtype=np.int64), bytes.fromhex("".join(texts)),
                            group)

    def extend_raw(self, keys: np.ndarray, packed: bytes, group: int | np.ndarray = 0) -> None:
        """Add hashes as their 32 raw bytes each, concatenated (as the store keeps them):
        loading a million this way takes a fraction of a second. ``group`` is one group for
        all or one per key."""
        rows = np.frombuffer(packed, dtype=">u8").reshape(-1, 4).astype(np.uint64)
        if len(rows) != len(keys):
            raise ValueError("one key per 32-byte hash")
        codes = _codes(np.asarray(group, dtype=np.int64), np.asarray(keys, dtype=np.int64))
        if not len(self._rows) and len(rows) >= _DELTA_MIN:
            self._build(rows, np.broadcast_to(codes, (len(rows),)).copy())
            return
        need = self._d_size + len(rows)
        if need > len(self._d_rows):
            size = max(need, 2 * len(self._d_rows))
            self._d_rows = _grown(self._d_rows, size, self._d_size)
            self._d_codes = _grown(self._d_codes, size, self._d_size)
            self._d_alive = _grown(self._d_alive, size, self._d_size)
        self._d_rows[self._d_size : need] = rows
        self._d_codes[self._d_size : need] = codes
        self._d_alive[self._d_size : need] = True
        self._d_size = need
        if self._d_size > max(_DELTA_MIN, len(self._rows) // 4):
            self._merge()

    def remove(self, key: int, group: int = 0) -> int:
        """Forget one hash; returns how many rows it had (0 when it was not there)."""
        code = int(_codes(np.asarray(group, dtype=np.int64), np.asarray(key, dtype=np.int64)))
        lo, hi = np.searchsorted(self._codes, [code, code + 1])
        return self._kill(lo, hi, self._d_codes[: self._d_size] == code)

    def remove_group(self, group: int) -> int:
        """Forget every hash of a group (a hash list being removed)."""
        lo, hi = np.searchsorted(self._codes, [group << _KEY_BITS, (group + 1) << _KEY_BITS])
        return self._kill(lo, hi, (self._d_codes[: self._d_size] >> _KEY_BITS) == group)

    def _kill(self, lo: int, hi: int, delta_hits: np.ndarray) -> int:
        base = int(self._alive[lo:hi].sum())
        self._alive[lo:hi] = False
        self._dead += base
        delta = int((delta_hits & self._d_alive[: self._d_size]).sum())
        self._d_alive[: self._d_size][delta_hits] = False
        if self._dead > max(_DELTA_MIN, len(self._rows) // 2):
            self._merge()
        return base + delta

    def _merge(self) -> None:
        keep = self._alive
        d_keep = self._d_alive[: self._d_size]
        rows = np.concatenate([self._rows[keep], self._d_rows[: self._d_size][d_keep]])
        codes = np.concatenate([self._codes[keep], self._d_codes[: self._d_size][d_keep]])
        self._d_size = 0
        self._build(rows, codes)

    def _build(self, rows: np.ndarray, codes: np.ndarray) -> None:
        order = np.argsort(codes, kind="stable")
        self._rows = np.ascontiguousarray(rows[order])
        self._codes = codes[order]
        self._alive = np.ones(len(rows), dtype=bool)
        self._dead = 0
        blocks = self._rows.view(np.uint16)  # (n, 16): any fixed split works for pigeonhole
        self._perm = np.empty((_BLOCKS, len(rows)), dtype=np.uint32)
        self._starts = np.zeros((_BLOCKS, _BLOCK_VALUES + 1), dtype=np.int64)
        for b in range(_BLOCKS):
            column = np.ascontiguousarray(blocks[:, b])
            self._perm[b] = np.argsort(column, kind="stable")  # radix sort for 16-bit keys
            np.cumsum(np.bincount(column, minlength=_BLOCK_VALUES), out=self._starts[b, 1:])
        self.merges += 1

    # --- searching ----------------------------------------------------------------------------
    def search(self, candidate_dihedral: Sequence[str], threshold: int = PDQ_MATCH_THRESHOLD,
               *, groups: Callable[[np.ndarray], np.ndarray] | None = None,
               ) -> list[PdqMatch]:
        """Every stored hash within ``threshold`` of any of the new image's dihedral hashes,
        nearest first, each with its best distance and transform. Pass a one-element
        sequence to match the plain orientation only. ``groups`` keeps only the rows whose
        group it accepts (it gets an array of groups and returns a boolean mask)."""
        if not candidate_dihedral or len(candidate_dihedral) > len(DIHEDRAL_ORDER):
            raise ValueError("expected one to eight hashes in pdqhash's order")
        query = np.stack([_words(text) for text in candidate_dihedral])
        found_rows: list[np.ndarray] = []
        found_codes: list[np.ndarray] = []
        if len(self._rows):
            picked = self._base_candidates(query, threshold)
            found_rows.append(self._rows[picked])
            found_codes.append(self._codes[picked])
        if self._d_size:
            live = np.flatnonzero(self._d_alive[: self._d_size])
            found_rows.append(self._d_rows[live])
            found_codes.append(self._d_codes[live])
        if not found_rows:
            return []
        rows = np.concatenate(found_rows)
        codes = np.concatenate(found_codes)
        if groups is not None and len(codes):
            mask = groups(codes >> _KEY_BITS)
            rows, codes = rows[mask], codes[mask]
        distance, slot = _best(rows, query)
        hits = np.flatnonzero(distance <= threshold)
        hits = hits[np.unique(codes[hits], return_index=True)[1]]
        order = hits[np.lexsort((codes[hits], distance[hits]))]
        return [PdqMatch(key=int(codes[i] & _KEY_MASK), group=int(codes[i] >> _KEY_BITS),
                         distance=int(distance[i]),
                         transform=DIHEDRAL_ORDER[int(slot[i])].inverse)
                for i in order]

    def _base_candidates(self, query: np.ndarray, threshold: int) -> np.ndarray:
        """Row numbers of the base worth checking: live rows sharing a near block value."""
        radius = max(threshold, 0) // _BLOCKS
        if radius >= len(_NEAR_MASKS):
            return np.flatnonzero(self._alive)
        n = len(self._rows)
        masks = _NEAR_MASKS[radius]
        values = (query.view(np.uint16)[:, :, None] ^ masks[None, None, :]).astype(np.int64)
        block = np.arange(_BLOCKS)[None, :, None]
        starts = self._starts[block, values].ravel()
        ends = self._starts[block, values + 1].ravel()
        lengths = ends - starts
        total = int(lengths.sum())
        if not total:
            return np.empty(0, dtype=np.int64)
        shift = np.broadcast_to(block * n, values.shape).ravel()
        begin = np.cumsum(lengths) - lengths
        flat = np.repeat(starts + shift - begin, lengths) + np.arange(total)
        rows = self._perm.ravel()[flat]  # a row can come twice; duplicates go after scoring
        return rows[self._alive[rows]]


def brute_force_search(rows: np.ndarray, candidate_dihedral: Sequence[str],
                       threshold: int = PDQ_MATCH_THRESHOLD) -> np.ndarray:
    """Row numbers of ``rows`` (packed ``(n, 4) uint64``) within ``threshold`` of any query
    hash, by scanning them all: the baseline the benchmark compares the index with."""
    query = np.stack([_words(text) for text in candidate_dihedral])
    distance, _ = _best(rows, query)
    return np.flatnonzero(distance <= threshold)


def _best(rows: np.ndarray, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the smallest distance to any query hash and which query gave it (the
    first one on ties, so the plain orientation wins). Word by word over a transposed
    copy: XOR and popcount on contiguous columns run several times faster than on rows."""
    columns = np.ascontiguousarray(rows.T)
    best_distance = np.full(len(rows), 257, dtype=np.uint16)
    best_slot = np.zeros(len(rows), dtype=np.int8)
    for slot, words in enumerate(query):
        distance = np.zeros(len(rows), dtype=np.uint16)
        for w in range(4):
            np.add(distance, _popcount(columns[w] ^ words[w]), out=distance)
        better = distance < best_distance
        best_distance[better] = distance[better]
        best_slot[better] = slot
    return best_distance, best_slot


def _codes(group: np.ndarray, key: np.ndarray) -> np.ndarray:
    if np.any(key < 0) or np.any(key > _KEY_MASK) or np.any(group < 0) or np.any(
            group >= 1 << 23):
        raise ValueError("keys must be 0..2**40-1 and groups 0..2**23-1")
    codes: np.ndarray = (group << _KEY_BITS) | key
    return codes


def _grown(array: np.ndarray, size: int, used: int) -> np.ndarray:
    grown = np.empty((size, *array.shape[1:]), dtype=array.dtype)
    grown[:used] = array[:used]
    return grown


def _near_masks(radius: int) -> np.ndarray:
    values = [m for m in range(_BLOCK_VALUES) if m.bit_count() <= radius]
    return np.asarray(values, dtype=np.uint16)


_NEAR_MASKS = tuple(_near_masks(r) for r in range(3))  # 1, 17 and 137 values per block
