"""The app icon, drawn with Pillow: a calm blue-green rounded square with a white folder and
a small lock, readable at 16 px. Writes PNGs at the usual sizes, a Windows .ico and (where
Pillow can) a macOS .icns into ``resources/icons/``. ``caseapp.svg`` is the same drawing as
vector art for Linux desktops."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BACKGROUND = (47, 111, 115)  # muted teal: calm, not alarming
PAPER = (246, 244, 238)
LOCK = (226, 178, 92)


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then downsample for smooth edges
    s = size * scale
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((0, 0, s - 1, s - 1), radius=s * 0.22, fill=BACKGROUND)
    # folder
    left, right, top, bottom = s * 0.20, s * 0.80, s * 0.30, s * 0.74
    d.rounded_rectangle((left, top, left + s * 0.24, top + s * 0.10), radius=s * 0.03, fill=PAPER)
    d.rounded_rectangle((left, top + s * 0.05, right, bottom), radius=s * 0.05, fill=PAPER)
    # lock on the folder
    cx, cy = s * 0.62, s * 0.62
    w, h = s * 0.20, s * 0.15
    d.arc((cx - w * 0.32, cy - h * 1.05, cx + w * 0.32, cy + h * 0.2), 180, 360,
          fill=LOCK, width=max(1, int(s * 0.035)))
    d.rounded_rectangle((cx - w / 2, cy - h * 0.35, cx + w / 2, cy + h * 0.75),
                        radius=s * 0.02, fill=LOCK)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(folder: Path = ICON_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        path = folder / f"caseapp-{size}.png"
        draw(size).save(path, optimize=True)
        written.append(path)
    big = draw(256)
    ico = folder / "caseapp.ico"
    big.save(ico, sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    written.append(ico)
    try:
        icns = folder / "caseapp.icns"
        draw(512).save(icns)
        written.append(icns)
    except (OSError, KeyError, ValueError):  # Pillow without an ICNS writer: macOS notes say how
        pass
    return written


if __name__ == "__main__":
    for path in write_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else ICON_DIR):
        print(path)
