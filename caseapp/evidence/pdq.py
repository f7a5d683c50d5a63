"""PDQ perceptual hashes: computing them with ``pdqhash`` and writing them in the 64-hex-digit
form the reference implementation (facebook/ThreatExchange ``pdq/cpp``) prints, so hash lists
can be exchanged with partners and platforms.

Bit order, established from the two sources:

- Reference C++: the hash is ``Hash256 { uint16 w[16]; }``; DCT coefficient ``k`` (row-major
  over the 16x16 block) sets bit ``k & 15`` of word ``w[k >> 4]``. ``Hash256::format`` prints
  ``"%04hx" * 16`` of ``w[15], w[14], …, w[0]``. So the text is the 256-bit big-endian
  number whose bit ``k`` is coefficient ``k``: the first hex digit holds bits 255..252.
- ``pdqhash`` (Cython binding) returns ``[(w[k >> 4] >> (k & 15)) & 1 for k in 0..255][::-1]``,
  i.e. element ``i`` is bit ``255 - i``: most significant bit first.

Hence the reference text is the bit vector packed MSB-first into 32 bytes, written as hex:
``np.packbits(bits).tobytes().hex()``. ``tests/evidence`` re-derives the text from the raw
DCT output (``pdqhash.compute_float``) with the reference's own word/format rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np
import pdqhash
from PIL import Image

from caseapp.errors import BadInput
from caseapp.i18n import N_, translate

PDQ_HEX_DIGITS = 64
_HEX = re.compile(r"[0-9a-f]{64}")


class Dihedral(StrEnum):
    """The eight rotations/mirrorings of an image, in the order ``pdqhash.compute_dihedral``
    returns their hashes. Meaning (checked against Pillow): ROTATE90 = turned 90°
    anticlockwise (``Transpose.ROTATE_90``), ROTATE270 = 90° clockwise, FLIP_X = flipped
    top to bottom (about the x axis), FLIP_Y = mirrored left to right, FLIP_PLUS1 =
    transposed about the main diagonal, FLIP_MINUS1 = about the other diagonal."""

    ORIGINAL = "original"
    ROTATE90 = "rotate90"
    ROTATE180 = "rotate180"
    ROTATE270 = "rotate270"
    FLIP_X = "flip_x"
    FLIP_Y = "flip_y"
    FLIP_PLUS1 = "flip_plus1"
    FLIP_MINUS1 = "flip_minus1"

    @property
    def inverse(self) -> Dihedral:
        return _INVERSE.get(self, self)

    @property
    def pillow(self) -> Image.Transpose | None:
        """The Pillow transpose producing this transform (None for the original)."""
        return _PILLOW.get(self)

    def label(self, lang: str | None = None) -> str:
        return translate(_LABELS[self], lang)


DIHEDRAL_ORDER: tuple[Dihedral, ...] = tuple(Dihedral)

_INVERSE = {Dihedral.ROTATE90: Dihedral.ROTATE270, Dihedral.ROTATE270: Dihedral.ROTATE90}
_PILLOW = {
    Dihedral.ROTATE90: Image.Transpose.ROTATE_90,
    Dihedral.ROTATE180: Image.Transpose.ROTATE_180,
    Dihedral.ROTATE270: Image.Transpose.ROTATE_270,
    Dihedral.FLIP_X: Image.Transpose.FLIP_TOP_BOTTOM,
    Dihedral.FLIP_Y: Image.Transpose.FLIP_LEFT_RIGHT,
    Dihedral.FLIP_PLUS1: Image.Transpose.TRANSPOSE,
    Dihedral.FLIP_MINUS1: Image.Transpose.TRANSVERSE,
}
_LABELS = {
    Dihedral.ORIGINAL: N_("same orientation"),
    Dihedral.ROTATE90: N_("rotated 90° anticlockwise"),
    Dihedral.ROTATE180: N_("rotated 180°"),
    Dihedral.ROTATE270: N_("rotated 90° clockwise"),
    Dihedral.FLIP_X: N_("flipped upside down"),
    Dihedral.FLIP_Y: N_("mirrored left to right"),
    Dihedral.FLIP_PLUS1: N_("mirrored along the diagonal"),
    Dihedral.FLIP_MINUS1: N_("mirrored along the other diagonal"),
}


@dataclass(frozen=True, slots=True)
class PdqHashes:
    hex: str  # of the image as stored, reference text form
    quality: int  # 0-100; below PDQ_MIN_QUALITY the hash is kept but not matched
    dihedral: tuple[str, ...]  # 8 hex hashes in DIHEDRAL_ORDER; dihedral[0] == hex

    @property
    def named(self) -> dict[Dihedral, str]:
        return dict(zip(DIHEDRAL_ORDER, self.dihedral, strict=True))


def bits_to_hex(bits: Any) -> str:
    """pdqhash's 256-element bit vector (most significant bit first) to reference hex."""
    arr = np.asarray(bits)
    if arr.shape != (256,):
        raise ValueError("a PDQ hash has 256 bits")
    return np.packbits(arr.astype(np.uint8) & 1).tobytes().hex()


def hex_to_bits(text: str) -> np.ndarray:
    """Reference hex to pdqhash's bit vector (uint8 0/1, most significant bit first)."""
    return np.unpackbits(np.frombuffer(bytes.fromhex(normalise_pdq_hex(text)), dtype=np.uint8))


def normalise_pdq_hex(text: str) -> str:
    """Lower-case 64-hex-digit form; BadInput for anything else (partner lists vary in case
    and surrounding blanks, not in length)."""
    value = text.strip().lower() if isinstance(text, str) else ""
    if not _HEX.fullmatch(value):
        raise BadInput(N_("This is not a PDQ hash: it must be exactly 64 hexadecimal digits."))
    return value


def pdq_hashes(image: Image.Image) -> PdqHashes:
    """Hash an already decoded (and preferably downscaled) Pillow image. PDQ takes the luma
    of RGB pixels; other modes are converted first. ``compute_dihedral`` gives the plain hash
    as its first entry, so one call yields all eight."""
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    pixels = np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8))
    vectors, quality = pdqhash.compute_dihedral(pixels)
    hexes = tuple(bits_to_hex(v) for v in vectors)
    return PdqHashes(hex=hexes[0], quality=int(quality), dihedral=hexes)
