"""Facts about an evidence image (pixel size, format, EXIF summary, PDQ hashes) and previews
made in memory only (blurred unless the counsellor reveals the image).

Pillow's decompression-bomb limit (``Image.MAX_IMAGE_PIXELS``) is kept as it is: images
above it are reported as too large and never decoded. Damaged, truncated or unknown images
give a warning code, never an exception.

Large images are reduced before hashing (PDQ reduces every image to 64x64 anyway): JPEGs
are decoded at 1/2, 1/4 or 1/8 scale by the decoder (``Image.draft``), then any image is
box-averaged by an integer factor (``Image.reduce``) to at most ``PDQ_MAX_SIDE`` pixels.
Box averaging composes with PDQ's own box (Jarosz) filters, so the hash stays within about
4-6 bits of hashing the full-resolution image, as the reference does; resampling to 512 px
with ``thumbnail`` was measured at 6-14 bits and slower. A 12-megapixel JPEG takes about
35 ms.

PDQ is computed on the pixels as stored, without applying the EXIF orientation, which is
what the reference hasher does; rotated copies are caught by the dihedral hashes anyway.
"""

from __future__ import annotations

import io
import logging
import math
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from caseapp.errors import BadInput
from caseapp.evidence.exif import ExifSummary, summarise_exif
from caseapp.evidence.ingest import read_error
from caseapp.evidence.matching import PDQ_MIN_QUALITY
from caseapp.evidence.pdq import DIHEDRAL_ORDER, Dihedral, pdq_hashes
from caseapp.evidence.warning_codes import EvidenceWarning
from caseapp.i18n import N_

log = logging.getLogger(__name__)

PDQ_MAX_SIDE = 1024
PREVIEW_SIZE = 256

ImageSource = (
    bytes | bytearray | memoryview | str | os.PathLike[str] | BinaryIO | Callable[[], BinaryIO]
)


@dataclass(frozen=True, slots=True)
class ImageFacts:
    width: int
    height: int
    format: str  # Pillow's format name: JPEG, PNG, WEBP, GIF, …
    exif: ExifSummary
    pdq_hex: str  # 64 hex digits, reference text form
    pdq_quality: int
    dihedral: tuple[str, ...]  # 8 hex hashes in DIHEDRAL_ORDER (pdqhash's order)

    @property
    def pdq_usable(self) -> bool:
        """Quality high enough for matching; lower hashes are kept but not matched."""
        return self.pdq_quality >= PDQ_MIN_QUALITY

    @property
    def dihedral_named(self) -> dict[Dihedral, str]:
        return dict(zip(DIHEDRAL_ORDER, self.dihedral, strict=True))


@dataclass(frozen=True, slots=True)
class ImageAnalysis:
    facts: ImageFacts | None  # None when the image could not be decoded safely
    warnings: tuple[EvidenceWarning, ...] = ()


class _TooLarge(Exception):
    pass


@contextmanager
def _stream(source: ImageSource) -> Iterator[BinaryIO]:
    if isinstance(source, bytes | bytearray | memoryview):
        yield io.BytesIO(source)
    elif isinstance(source, str | os.PathLike):
        try:
            fh = open(source, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            log.warning("image file could not be opened: %s", type(exc).__name__)
            raise read_error(exc) from None
        with fh:
            yield fh
    elif callable(source):
        with source() as opened:
            yield opened
    else:
        yield source


def _open_checked(fh: BinaryIO) -> Image.Image:
    """Open lazily (header only) and refuse anything above Pillow's pixel limit, including
    the band between the limit and twice the limit where Pillow only warns."""
    image = Image.open(fh)
    limit = Image.MAX_IMAGE_PIXELS
    if limit is not None and image.width * image.height > limit:
        image.close()
        raise _TooLarge
    return image


def analyse_image(source: ImageSource) -> ImageAnalysis:
    """Image facts and warnings. Unreadable input yields ``facts=None`` and a warning; only a
    path that cannot be opened at all raises (:class:`BadInput`, as in ingest)."""
    with _stream(source) as fh:
        try:
            image = _open_checked(fh)
        except (_TooLarge, Image.DecompressionBombError):
            log.info("image refused: above the pixel limit")
            return ImageAnalysis(None, (EvidenceWarning.IMAGE_TOO_LARGE,))
        except UnidentifiedImageError:
            log.info("image format not recognised")
            return ImageAnalysis(None, (EvidenceWarning.IMAGE_UNREADABLE,))
        except Exception as exc:
            log.info("image header unreadable: %s", type(exc).__name__)
            return ImageAnalysis(None, (EvidenceWarning.IMAGE_DAMAGED,))
        with image:
            width, height, fmt = image.width, image.height, image.format or "unknown"
            try:
                # Decode before reading EXIF: for some formats (PNG) getexif() would load
                # the pixels itself and swallow a decoding error.
                image.draft("RGB", (PDQ_MAX_SIDE, PDQ_MAX_SIDE))  # JPEG only; else a no-op
                image.load()
                failure: Exception | None = None
            except Exception as exc:  # truncated data, broken streams, decoder bugs
                failure = exc
            exif = summarise_exif(image)
            warnings = [EvidenceWarning.GPS_PRESENT] if exif.has_gps else []
            try:
                if failure is not None:
                    raise failure
                hashes = pdq_hashes(_reduced_for_pdq(image))
            except Exception as exc:
                log.info("image undecodable: %s", type(exc).__name__)
                return ImageAnalysis(None, (*warnings, EvidenceWarning.IMAGE_DAMAGED))
    facts = ImageFacts(
        width=width,
        height=height,
        format=fmt,
        exif=exif,
        pdq_hex=hashes.hex,
        pdq_quality=hashes.quality,
        dihedral=hashes.dihedral,
    )
    if not facts.pdq_usable:
        warnings.append(EvidenceWarning.PDQ_LOW_QUALITY)
    return ImageAnalysis(facts, tuple(warnings))


def _reduced_for_pdq(image: Image.Image) -> Image.Image:
    rgb = image.convert("RGB")
    factor = math.ceil(max(rgb.size) / PDQ_MAX_SIDE)
    return rgb.reduce(factor) if factor > 1 else rgb


def preview(
    source: ImageSource,
    *,
    max_size: int = PREVIEW_SIZE,
    blurred: bool = False,
    radius: float | None = None,
) -> bytes:
    """A PNG (bytes, in memory only, no metadata) of at most ``max_size`` pixels a side,
    turned upright by its EXIF orientation. With ``blurred`` the image is first reduced to
    a few dozen pixels and then blurred: information is removed, not just hidden, so the
    preview cannot be sharpened back."""
    if max_size < 1:
        raise ValueError("max_size must be positive")
    with _stream(source) as fh:
        try:
            with _open_checked(fh) as image:
                image.thumbnail((max_size, max_size))
                shown = ImageOps.exif_transpose(image)
                shown = _flatten(shown)
        except Exception as exc:
            log.info("preview failed: %s", type(exc).__name__)
            raise BadInput(
                N_("This image cannot be shown: it is damaged, too large or not an image.")
            ) from None
    if blurred:
        shown = _blur(shown, radius if radius is not None else max(4.0, max_size / 16))
    out = io.BytesIO()
    shown.save(out, format="PNG")
    return out.getvalue()


def blurred_preview(
    source: ImageSource, max_size: int = PREVIEW_SIZE, radius: float | None = None
) -> bytes:
    return preview(source, max_size=max_size, blurred=True, radius=radius)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB on a neutral grey, so transparency cannot carry hidden detail into the preview."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (128, 128, 128, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def _blur(image: Image.Image, radius: float) -> Image.Image:
    width, height = image.size
    factor = 12
    small = image.resize((max(1, width // factor), max(1, height // factor)), Image.Resampling.BOX)
    return small.resize((width, height), Image.Resampling.BILINEAR).filter(
        ImageFilter.GaussianBlur(radius)
    )
