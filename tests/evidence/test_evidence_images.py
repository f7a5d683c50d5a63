from __future__ import annotations

import io
import os
import struct
import tempfile
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pdqhash
import pytest
from PIL import Image

from caseapp.errors import BadInput
from caseapp.evidence.exif import ExifSummary
from caseapp.evidence.images import analyse_image, blurred_preview, preview
from caseapp.evidence.matching import hamming
from caseapp.evidence.pdq import bits_to_hex
from caseapp.evidence.warning_codes import EvidenceWarning

PILLOW_DEFAULT_LIMIT = 1024 * 1024 * 1024 // 4 // 3


def png_claiming(width: int, height: int) -> bytes:
    """A syntactically valid PNG whose header claims ``width`` x ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_pillow_limit_is_left_as_shipped() -> None:
    assert Image.MAX_IMAGE_PIXELS == PILLOW_DEFAULT_LIMIT


def test_jpeg_exif_summary_and_gps_warning(jpeg_with_gps: bytes) -> None:
    analysis = analyse_image(jpeg_with_gps)
    facts = analysis.facts
    assert facts is not None
    assert (facts.width, facts.height, facts.format) == (640, 480, "JPEG")
    assert facts.exif == ExifSummary(
        camera_make="Canon",
        camera_model="Canon EOS 5D Mark IV",
        software="Adobe Photoshop 25.0",
        datetime_original_text="2024:03:01 21:15:07",
        datetime_original=datetime(2024, 3, 1, 21, 15, 7, tzinfo=timezone(timedelta(hours=9))),
        orientation=None,
        has_gps=True,
    )
    assert analysis.warnings == (EvidenceWarning.GPS_PRESENT,)
    assert "GPS" in EvidenceWarning.GPS_PRESENT.message("en")
    assert "GPS" in EvidenceWarning.GPS_PRESENT.message("ko")


def test_gps_coordinates_are_never_part_of_the_summary(jpeg_with_gps: bytes) -> None:
    facts = analyse_image(jpeg_with_gps).facts
    assert facts is not None
    text = repr(facts)
    for coordinate in ("37", "33.0", "59.4", "126", "58.0", "40.7"):
        assert coordinate not in repr(facts.exif)
    assert "lat" not in text.lower() and "lon" not in text.lower()


def test_photo_without_gps_has_no_warning(jpeg_without_gps: bytes) -> None:
    analysis = analyse_image(jpeg_without_gps)
    assert analysis.facts is not None
    assert analysis.facts.exif.has_gps is False
    assert analysis.warnings == ()


def test_image_without_exif_gives_empty_summary(photo: Image.Image, encode_image) -> None:
    facts = analyse_image(encode_image(photo, "PNG")).facts
    assert facts is not None and facts.format == "PNG"
    assert facts.exif.empty


def test_facts_have_pdq_hash_quality_and_eight_dihedral_hashes(jpeg_with_gps: bytes) -> None:
    facts = analyse_image(jpeg_with_gps).facts
    assert facts is not None
    assert len(facts.pdq_hex) == 64 and int(facts.pdq_hex, 16) >= 0
    assert facts.pdq_quality >= 50 and facts.pdq_usable
    assert len(facts.dihedral) == 8 and facts.dihedral[0] == facts.pdq_hex
    assert len(set(facts.dihedral)) == 8


def test_all_source_forms_give_the_same_facts(tmp_path: Path, jpeg_with_gps: bytes) -> None:
    path = tmp_path / "사진.jpg"
    path.write_bytes(jpeg_with_gps)
    expected = analyse_image(jpeg_with_gps)
    assert analyse_image(path) == expected
    assert analyse_image(str(path)) == expected
    assert analyse_image(io.BytesIO(jpeg_with_gps)) == expected
    assert analyse_image(lambda: path.open("rb")) == expected


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        analyse_image(tmp_path / "gone.jpg")


def test_truncated_jpeg_gives_damaged_warning(jpeg_with_gps: bytes) -> None:
    analysis = analyse_image(jpeg_with_gps[: len(jpeg_with_gps) // 2])
    assert analysis.facts is None
    assert EvidenceWarning.IMAGE_DAMAGED in analysis.warnings
    assert EvidenceWarning.GPS_PRESENT in analysis.warnings  # the header was still read


def test_corrupt_png_gives_damaged_warning(photo: Image.Image, encode_image) -> None:
    data = bytearray(encode_image(photo, "PNG"))
    middle = data.find(b"IDAT") + 5000
    data[middle : middle + 200] = bytes(200)
    analysis = analyse_image(bytes(data))
    assert analysis.facts is None
    assert analysis.warnings == (EvidenceWarning.IMAGE_DAMAGED,)


def test_decompression_bomb_header_is_refused() -> None:
    analysis = analyse_image(png_claiming(100_000, 100_000))
    assert analysis == type(analysis)(None, (EvidenceWarning.IMAGE_TOO_LARGE,))
    assert "decompression bomb" in EvidenceWarning.IMAGE_TOO_LARGE.message("en")
    with pytest.raises(BadInput):
        blurred_preview(png_claiming(100_000, 100_000))


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_image_between_pillow_warning_and_error_limits_is_refused(
    monkeypatch: pytest.MonkeyPatch,
    photo: Image.Image,
    encode_image,
) -> None:
    data = encode_image(photo, "PNG")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 640 * 480 - 1)  # Pillow itself only warns
    assert analyse_image(data).facts is None
    assert analyse_image(data).warnings == (EvidenceWarning.IMAGE_TOO_LARGE,)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)  # Pillow raises
    assert analyse_image(data).warnings == (EvidenceWarning.IMAGE_TOO_LARGE,)


def test_non_image_and_empty_input_are_unreadable() -> None:
    assert analyse_image(b"just some text").warnings == (EvidenceWarning.IMAGE_UNREADABLE,)
    assert analyse_image(b"").facts is None


def test_flat_image_hash_is_kept_but_flagged_low_quality(encode_image) -> None:
    analysis = analyse_image(encode_image(Image.new("RGB", (300, 200), (90, 90, 90))))
    assert analysis.facts is not None
    assert not analysis.facts.pdq_usable
    assert analysis.warnings == (EvidenceWarning.PDQ_LOW_QUALITY,)


def test_other_modes_are_hashed(photo: Image.Image, encode_image) -> None:
    for image, fmt in (
        (photo.convert("P"), "GIF"),
        (photo.convert("RGBA"), "WEBP"),
        (photo.convert("L"), "PNG"),
        (photo.convert("CMYK"), "JPEG"),
    ):
        facts = analyse_image(encode_image(image, fmt)).facts
        assert facts is not None, fmt
        assert facts.format == fmt


def test_12_megapixel_photo_is_reduced_and_agrees_with_full_resolution(
    make_image,
    encode_image,
) -> None:
    data = encode_image(make_image(seed=11, size=(4000, 3000)), "JPEG", quality=92)
    full = Image.open(io.BytesIO(data)).convert("RGB")
    full_hash = bits_to_hex(pdqhash.compute(np.asarray(full))[0])
    facts = analyse_image(data).facts
    assert facts is not None and (facts.width, facts.height) == (4000, 3000)
    assert hamming(full_hash, facts.pdq_hex) <= 10


def _decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    image.load()
    return image


def _detail(image: Image.Image) -> float:
    grey = np.asarray(image.convert("L"), dtype=np.float32)
    return float(np.abs(np.diff(grey, axis=0)).mean() + np.abs(np.diff(grey, axis=1)).mean())


def test_previews_are_small_pngs_without_metadata(jpeg_with_gps: bytes) -> None:
    sharp = _decode(preview(jpeg_with_gps))
    assert max(sharp.size) == 256 and sharp.mode == "RGB"
    assert not sharp.getexif() and "exif" not in sharp.info
    assert max(_decode(preview(jpeg_with_gps, max_size=64)).size) == 64


def test_blurred_preview_removes_detail(jpeg_with_gps: bytes) -> None:
    sharp = _decode(preview(jpeg_with_gps))
    blurred = _decode(blurred_preview(jpeg_with_gps))
    assert blurred.size == sharp.size
    assert _detail(blurred) < _detail(sharp) / 5
    assert _decode(preview(jpeg_with_gps, blurred=True)).tobytes() == blurred.tobytes()


def test_preview_is_turned_upright_by_exif_orientation(
    photo: Image.Image,
    encode_image,
    camera_exif,
) -> None:
    data = encode_image(photo, "JPEG", exif=camera_exif(gps=False, orientation=6))
    assert _decode(preview(data)).size == (192, 256)


def test_previews_write_nothing_to_disk(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    jpeg_with_gps: bytes,
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.chdir(scratch)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    preview(jpeg_with_gps)
    blurred_preview(io.BytesIO(jpeg_with_gps))
    analyse_image(jpeg_with_gps)
    assert os.listdir(scratch) == []


def test_preview_of_damaged_image_is_bad_input(jpeg_with_gps: bytes) -> None:
    with pytest.raises(BadInput) as info:
        preview(jpeg_with_gps[:2000])
    assert info.value.message("ko").startswith("이 이미지를 표시할 수 없습니다")
