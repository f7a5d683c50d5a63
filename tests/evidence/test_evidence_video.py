import io
import struct

from caseapp.evidence.video import mp4_duration


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def mvhd(timescale: int, duration: int, version: int = 0) -> bytes:
    if version == 1:
        body = bytes([1, 0, 0, 0]) + b"\0" * 16 + struct.pack(">IQ", timescale, duration)
    else:
        body = bytes([0, 0, 0, 0]) + b"\0" * 8 + struct.pack(">II", timescale, duration)
    return box(b"mvhd", body + b"\0" * 80)


def test_duration_from_moov_after_media_data():
    data = (box(b"ftyp", b"isom\0\0\0\0") + box(b"mdat", b"\x01" * 5000)
            + box(b"moov", mvhd(1000, 93_500)))
    assert mp4_duration(io.BytesIO(data), len(data)) == 93.5


def test_version_1_header_and_garbage():
    data = box(b"ftyp", b"mp42") + box(b"moov", mvhd(600, 600 * 3600, version=1))
    assert mp4_duration(io.BytesIO(data), len(data)) == 3600
    junk = b"\xff" * 100
    assert mp4_duration(io.BytesIO(junk), len(junk)) is None
    truncated = data[:30]
    assert mp4_duration(io.BytesIO(truncated), len(truncated)) is None


def test_ingested_video_records_its_duration(vault, tmp_path):
    from caseapp.services import cases as case_service
    from caseapp.services import evidence as evidence_service

    case = case_service.open_case(vault, pseudonym="영상")
    data = (box(b"ftyp", b"mp42\0\0\0\0mp42isom") + box(b"mdat", b"\x02" * 4000)
            + box(b"moov", mvhd(90000, 90000 * 42)))
    path = tmp_path / "clip.mp4"
    path.write_bytes(data)
    item = evidence_service.ingest_file(vault, case, path, hash_only=True).item
    assert item.mime.startswith("video/") and item.duration_seconds == 42
