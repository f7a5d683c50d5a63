"""Videos generated in the test with PyAV: a slowly panning colour field with a moving disc,
so every second looks different and PDQ has detail to work with."""

from __future__ import annotations

import io

import av
import numpy as np
from PIL import Image, ImageDraw

FPS = 10


def frames(seed: int, seconds: float = 8.0, width: int = 320, height: int = 240):
    rng = np.random.default_rng(seed)
    field = Image.fromarray(rng.integers(0, 256, (6, 8, 3), dtype=np.uint8)).resize(
        (width * 2, height * 2), Image.Resampling.BICUBIC)
    for n in range(int(seconds * FPS)):
        t = n / FPS
        x, y = int(t * 4), int(t * 2)
        image = field.crop((x, y, x + width, y + height))
        cx, cy = int(width * 0.3 + 8 * t), height // 2
        ImageDraw.Draw(image).ellipse((cx - 30, cy - 30, cx + 30, cy + 30), fill=(250, 250, 250))
        yield image


def encode(images, *, container: str = "mp4", codec: str = "mpeg4", size=(320, 240),
           skip: int = 0, keep: int | None = None) -> bytes:
    """Encode ``images`` (frames ``skip`` to ``keep`` only: a trimmed copy) at ``size``."""
    out = io.BytesIO()
    with av.open(out, "w", format=container) as movie:
        stream = movie.add_stream(codec, rate=FPS)
        stream.width, stream.height = size
        stream.pix_fmt = "yuv420p"
        stream.bit_rate = 800_000
        for n, image in enumerate(images):
            if n < skip or (keep is not None and n >= keep):
                continue
            frame = av.VideoFrame.from_image(image.resize(size))
            for packet in stream.encode(frame):
                movie.mux(packet)
        for packet in stream.encode():
            movie.mux(packet)
    return out.getvalue()


def original(seed: int = 1) -> bytes:
    """8 s, 320x240, MPEG-4 Part 2 in MP4."""
    return encode(frames(seed))


def trimmed_copy(seed: int = 1) -> bytes:
    """The same material cut to 1.5–7 s, re-encoded as VP9 in WebM at 240x180."""
    return encode(frames(seed), container="webm", codec="libvpx-vp9", size=(240, 180),
                  skip=15, keep=70)
