"""Real evidence files made in the tests: structured photos (seeded noise, gradients, shapes,
text), JPEGs with EXIF and GPS, and helpers to re-encode them."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import ExifTags, Image, ImageDraw, ImageFilter


def structured_image(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A photo-like image with structure at several scales, different for every seed."""
    rng = np.random.default_rng(seed)
    width, height = size
    noise = (rng.random((height // 8, width // 8, 3)) * 255).astype(np.uint8)
    image = Image.fromarray(noise).resize(size, Image.Resampling.BICUBIC)
    image = image.filter(ImageFilter.GaussianBlur(max(2, width // 160)))
    x = np.linspace(0, 1, width, dtype=np.float32)
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None]
    gradient = (np.clip(x * 0.6 + y * 0.4, 0, 1) * 120).astype(np.uint8)
    pixels = np.asarray(image, dtype=np.uint16)
    pixels[..., rng.integers(0, 3)] += gradient
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x0, y0 = int(rng.integers(0, width - 40)), int(rng.integers(0, height - 40))
        x1 = x0 + int(rng.integers(30, width // 3))
        y1 = y0 + int(rng.integers(30, height // 3))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=colour)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=colour)
    draw.text(
        (width // 10, height // 2),
        f"evidence {seed}",
        fill=(255, 255, 255),
        font_size=max(12, width // 12),
    )
    return image


def encode(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def exif_for_camera(*, gps: bool, orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 5D Mark IV"
    exif[0x0131] = "Adobe Photoshop 25.0"
    if orientation is not None:
        exif[0x0112] = orientation
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[0x9003] = "2024:03:01 21:15:07"
    sub[0x9011] = "+09:00"
    if gps:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        info[1] = "N"
        info[2] = (37.0, 33.0, 59.4)
        info[3] = "E"
        info[4] = (126.0, 58.0, 40.7)
    return exif


@pytest.fixture
def photo() -> Image.Image:
    return structured_image(seed=7)


@pytest.fixture
def jpeg_with_gps(photo: Image.Image) -> bytes:
    return encode(photo, "JPEG", quality=90, exif=exif_for_camera(gps=True))


@pytest.fixture
def jpeg_without_gps(photo: Image.Image) -> bytes:
    return encode(photo, "JPEG", quality=90, exif=exif_for_camera(gps=False))


@pytest.fixture
def make_image():  # type: ignore[no-untyped-def]
    return structured_image


@pytest.fixture
def encode_image():  # type: ignore[no-untyped-def]
    return encode


@pytest.fixture
def camera_exif():  # type: ignore[no-untyped-def]
    return exif_for_camera
