from __future__ import annotations

import numpy as np
import pdqhash
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from caseapp.errors import BadInput
from caseapp.evidence.images import analyse_image
from caseapp.evidence.matching import (
    PDQ_MATCH_THRESHOLD,
    PDQ_MIN_QUALITY,
    PdqIndex,
    best_match,
    brute_force_search,
    hamming,
    is_match,
)
from caseapp.evidence.pdq import (
    DIHEDRAL_ORDER,
    Dihedral,
    bits_to_hex,
    hex_to_bits,
    normalise_pdq_hex,
    pdq_hashes,
)

# A synthetic image built with numpy only (no codec, no resampler), so its hash depends on
# pdqhash alone. The value was cross-checked with reference_text() below.
VECTOR_HEX = "6a969169b1796b946a96974e4606d76f9769f8b078b09169976946064e86d979"


def vector_image() -> np.ndarray:
    y, x = np.mgrid[0:256, 0:384]
    img = np.stack([(x * 255 // 383), y, ((x * y) % 256)], axis=-1).astype(np.uint8)
    img[64:192, 96:200] = (255, 255, 255)
    img[100:150, 250:330] = (0, 0, 0)
    return img


def reference_text(rgb: np.ndarray) -> str:
    """The reference C++ hash text, rebuilt from the raw 16x16 DCT with the reference's own
    rules (not pdqhash's bit-vector conversion): coefficient k = 16*row + col is set when
    above the median (torben: the 128th smallest of 256), lands in bit k & 15 of word
    w[k >> 4], and Hash256::format prints "%04hx" of w[15] down to w[0]."""
    vector, _ = pdqhash.compute_float(rgb)
    dct = np.asarray(vector)[::-1]  # the binding returns the flattened buffer reversed
    median = np.sort(dct)[127]
    words = [0] * 16
    for k in range(256):
        if dct[k] > median:
            words[k >> 4] |= 1 << (k & 15)
    return "".join(f"{words[j]:04x}" for j in range(15, -1, -1))


def test_hex_form_matches_the_reference_text_form() -> None:
    img = vector_image()
    bits, quality = pdqhash.compute(img)
    assert bits_to_hex(bits) == reference_text(img) == VECTOR_HEX
    assert quality >= PDQ_MIN_QUALITY


def test_hex_form_matches_reference_on_random_images() -> None:
    rng = np.random.default_rng(0)
    for i in range(10):
        img = (rng.random((90 + 7 * i, 70 + 5 * i, 3)) * 255).astype(np.uint8)
        assert bits_to_hex(pdqhash.compute(img)[0]) == reference_text(img)


def test_hex_round_trips_to_the_same_bit_vector() -> None:
    bits, _ = pdqhash.compute(vector_image())
    text = bits_to_hex(bits)
    assert len(text) == 64
    assert np.array_equal(hex_to_bits(text), bits)
    assert bits_to_hex(hex_to_bits(text)) == text


@given(st.binary(min_size=32, max_size=32))
def test_hex_and_bits_are_inverse(raw: bytes) -> None:
    text = raw.hex()
    assert bits_to_hex(hex_to_bits(text)) == text
    assert hamming(text, text) == 0


def test_pdq_hashes_first_dihedral_is_the_plain_hash() -> None:
    img = vector_image()
    hashes = pdq_hashes(Image.fromarray(img))
    assert hashes.hex == hashes.dihedral[0] == VECTOR_HEX
    assert list(hashes.named) == list(DIHEDRAL_ORDER)


def test_hamming_counts_bits_and_accepts_partner_formatting() -> None:
    a = "0" * 64
    assert hamming(a, "f" + "0" * 63) == 4
    assert hamming(a, " " + "F" * 64 + "\n") == 256
    for bad in ("", "0" * 63, "g" * 64, "0x" + "0" * 62):
        with pytest.raises(BadInput):
            hamming(a, bad)
    assert normalise_pdq_hex("AB" * 32) == "ab" * 32


def test_reencoded_resized_and_cropped_copies_match(make_image, encode_image) -> None:
    original = make_image(seed=7)
    stored = analyse_image(encode_image(original)).facts
    assert stored is not None and stored.pdq_usable
    width, height = original.size
    dx, dy = round(width * 0.0075), round(height * 0.0075)  # ~3% of the pixels trimmed
    copies = {
        "jpeg q50": encode_image(original, "JPEG", quality=50),
        "resized 50%": encode_image(original.resize((width // 2, height // 2))),
        "cropped 3%": encode_image(original.crop((dx, dy, width - dx, height - dy))),
        "all three": encode_image(
            original.crop((dx, dy, width - dx, height - dy)).resize((width // 2, height // 2)),
            "JPEG",
            quality=50,
        ),
    }
    for name, data in copies.items():
        copy = analyse_image(data).facts
        assert copy is not None
        distance = hamming(stored.pdq_hex, copy.pdq_hex)
        assert distance <= PDQ_MATCH_THRESHOLD, (name, distance)
        assert best_match(copy.dihedral, stored.pdq_hex)[0] <= distance


def test_unrelated_image_is_far(make_image, encode_image) -> None:
    stored = analyse_image(encode_image(make_image(seed=7))).facts
    other = analyse_image(encode_image(make_image(seed=8))).facts
    assert stored is not None and other is not None
    assert hamming(stored.pdq_hex, other.pdq_hex) > 2 * PDQ_MATCH_THRESHOLD
    distance, _ = best_match(other.dihedral, stored.pdq_hex)
    assert not is_match(distance)


@pytest.mark.parametrize("transform", [d for d in Dihedral if d is not Dihedral.ORIGINAL])
def test_rotated_and_mirrored_copies_are_caught_with_the_transform(
    transform: Dihedral,
    make_image,
    encode_image,
) -> None:
    original = make_image(seed=7)
    stored = analyse_image(encode_image(original)).facts
    assert transform.pillow is not None
    copy = analyse_image(
        encode_image(original.transpose(transform.pillow), "JPEG", quality=80)
    ).facts
    assert stored is not None and copy is not None
    assert hamming(stored.pdq_hex, copy.pdq_hex) > PDQ_MATCH_THRESHOLD  # plain PDQ misses it
    distance, found = best_match(copy.dihedral, stored.pdq_hex)
    assert found is transform
    assert distance <= 16


def test_transform_labels_are_translated() -> None:
    assert Dihedral.ROTATE90.label("en") == "rotated 90° anticlockwise"
    assert Dihedral.FLIP_Y.label("ko") == "좌우 반전"
    assert Dihedral.ROTATE90.inverse is Dihedral.ROTATE270
    assert Dihedral.FLIP_X.inverse is Dihedral.FLIP_X


def test_best_match_needs_eight_hashes() -> None:
    with pytest.raises(ValueError):
        best_match(["0" * 64], "0" * 64)


def test_index_finds_rotated_reupload_among_many(make_image, encode_image) -> None:
    original = make_image(seed=7)
    stored = analyse_image(encode_image(original)).facts
    rotated = analyse_image(encode_image(original.transpose(Image.Transpose.ROTATE_90))).facts
    assert stored is not None and rotated is not None
    rng = np.random.default_rng(1)
    index = PdqIndex()
    index.extend((i, rng.bytes(32).hex()) for i in range(5000))
    index.add(77_777, stored.pdq_hex)
    assert len(index) == 5001

    matches = index.search(rotated.dihedral)
    assert [m.key for m in matches] == [77_777]
    assert matches[0].transform is Dihedral.ROTATE90
    assert (matches[0].distance, matches[0].transform) == best_match(
        rotated.dihedral, stored.pdq_hex
    )
    assert index.search(rotated.dihedral[:1]) == []  # plain orientation alone misses it


@given(
    st.lists(st.binary(min_size=32, max_size=32), min_size=1, max_size=30),
    st.lists(st.binary(min_size=32, max_size=32), min_size=8, max_size=8),
    st.integers(min_value=0, max_value=256),
)
def test_index_agrees_with_best_match(
    stored: list[bytes], query: list[bytes], threshold: int
) -> None:
    index = PdqIndex()
    index.extend(enumerate(h.hex() for h in stored))
    dihedral = [h.hex() for h in query]
    expected = {}
    for key, h in enumerate(stored):
        distance, transform = best_match(dihedral, h.hex())
        if distance <= threshold:
            expected[key] = (distance, transform)
    found = {m.key: (m.distance, m.transform) for m in index.search(dihedral, threshold)}
    assert {k: v[0] for k, v in found.items()} == {k: v[0] for k, v in expected.items()}


def near(packed: bytes, i: int, flips: int, rng: np.random.Generator) -> str:
    bits = np.unpackbits(np.frombuffer(packed[32 * i : 32 * i + 32], dtype=np.uint8))
    bits[rng.choice(256, size=flips, replace=False)] ^= 1
    return np.packbits(bits).tobytes().hex()


def test_index_at_a_million_hashes_finds_exactly_what_a_full_scan_finds() -> None:
    """Correctness only (speed is benchmarks/matching.py's business): the multi-index finds
    every hash within the threshold, in any of the eight query slots, and nothing else."""
    rng = np.random.default_rng(2)
    n = 1_000_000
    packed = rng.bytes(32 * n)
    rows = np.frombuffer(packed, dtype=">u8").reshape(-1, 4).astype(np.uint64)
    index = PdqIndex()
    index.extend_raw(np.arange(n, dtype=np.int64), packed)
    assert len(index) == n
    for trial, flips in enumerate((0, 1, 15, 16, 17, 30, 31, 32, 33)):
        target = int(rng.integers(n))
        query = [rng.bytes(32).hex() for _ in range(8)]
        query[trial % 8] = near(packed, target, flips, rng)
        found = index.search(query)
        assert sorted(m.key for m in found) == sorted(brute_force_search(rows, query).tolist())
        assert (target in {m.key for m in found}) == (flips <= PDQ_MATCH_THRESHOLD)
    # the hardest case for a multi-index: the differences spread so every 16-bit block
    # differs (two bits in fifteen blocks, one in the last: distance 31, still a match)
    target = 123_456
    bits = np.unpackbits(np.frombuffer(packed[32 * target : 32 * target + 32], dtype=np.uint8))
    for block in range(16):
        bits[16 * block] ^= 1
        if block:
            bits[16 * block + 9] ^= 1
    spread = np.packbits(bits).tobytes().hex()
    assert hamming(spread, packed[32 * target : 32 * target + 32].hex()) == 31
    assert target in {m.key for m in index.search([spread])}


@settings(deadline=None)  # a merge rebuilds the multi-index: slow on a loaded machine, not wrong
@given(st.lists(st.sampled_from(["add", "add", "add", "remove", "remove_group", "search"]),
                max_size=60),
       st.integers(min_value=0, max_value=2**32 - 1))
def test_index_stays_exact_through_inserts_and_removals(steps: list[str], seed: int) -> None:
    """Hashes added one by one (the scanned delta), merged into the multi-index, removed one
    by one or by group: every search agrees with a full scan of what should be there."""
    rng = np.random.default_rng(seed)
    index = PdqIndex()
    base = rng.bytes(32 * 300)
    index.extend_raw(np.arange(300, dtype=np.int64), base, 0)
    index._merge()  # the first 300 go into the multi-index, the rest stay in the delta
    alive: dict[tuple[int, int], str] = {(0, i): base[32 * i : 32 * i + 32].hex()
                                         for i in range(300)}
    next_key = 300
    for step in steps:
        if step == "add":
            group = int(rng.integers(0, 3))
            source = next(iter(alive.values())) if alive else rng.bytes(32).hex()
            text = near(bytes.fromhex(source), 0, int(rng.integers(0, 40)), rng)
            index.add(next_key, text, group)
            alive[(group, next_key)] = text
            next_key += 1
        elif step == "remove" and alive:
            group, key = list(alive)[int(rng.integers(len(alive)))]
            assert index.remove(key, group) == 1
            del alive[(group, key)]
        elif step == "remove_group":
            group = int(rng.integers(1, 3))
            gone = [k for k in alive if k[0] == group]
            assert index.remove_group(group) == len(gone)
            for k in gone:
                del alive[k]
        else:
            source = next(iter(alive.values())) if alive else rng.bytes(32).hex()
            query = [near(bytes.fromhex(source), 0, 20, rng)] + [
                rng.bytes(32).hex() for _ in range(7)]
            found = {(m.group, m.key): m.distance for m in index.search(query)}
            expected = {k: best_match(query, v)[0] for k, v in alive.items()
                        if best_match(query, v)[0] <= PDQ_MATCH_THRESHOLD}
            assert found == expected
    assert len(index) == len(alive)
