"""The bundle's authenticated chunk stream: whatever sizes the writer is fed, the reader gives
back exactly the bytes written, and an empty, exact-multiple or odd-sized payload all end in
an authenticated last chunk."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.security import bundle_crypto
from caseapp.security.bundle_crypto import CHUNK, BundleDamaged, Sealing

PASS = bundle_crypto.new_passphrase()


def seal(pieces: list[bytes]) -> bytes:
    out = io.BytesIO()
    writer = bundle_crypto.BundleWriter(out, Sealing(passphrase=PASS))
    for piece in pieces:
        writer.write(piece)
    writer.finish()
    return out.getvalue()


def open_(data: bytes) -> bytes:
    fh = io.BytesIO(data)
    header = bundle_crypto.read_header(fh)
    key = bundle_crypto.file_key_from_passphrase(header, PASS)
    return bundle_crypto.BundleReader(fh, header, key).read()


@settings(max_examples=8, deadline=None)
@given(st.lists(st.integers(0, 3 * CHUNK), max_size=6))
def test_any_write_sizes_round_trip(sizes):
    pieces = [bytes([n % 251]) * n for n in sizes]
    assert open_(seal(pieces)) == b"".join(pieces)


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK])
def test_boundaries_and_truncation_at_a_chunk_edge(size):
    payload = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    sealed = seal([payload])
    assert open_(sealed) == payload
    cut = len(sealed) - (len(sealed) - 12 - int.from_bytes(sealed[8:12], "big")) % (CHUNK + 16)
    if size >= CHUNK and cut < len(sealed):
        with pytest.raises(BundleDamaged):        # the last chunk dropped whole
            open_(sealed[:cut])
