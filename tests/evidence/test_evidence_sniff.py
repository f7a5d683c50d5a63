from __future__ import annotations

import io
import json
import os
import wave
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from caseapp.evidence.ingest import DiscardSink, ingest_stream
from caseapp.evidence.sniff import EMPTY, EvidenceMediaKind, Sniffed, sniff

IMAGE = EvidenceMediaKind.IMAGE
TEXT = EvidenceMediaKind.TEXT


@pytest.mark.parametrize(
    ("fmt", "mime", "extension"),
    [
        ("JPEG", "image/jpeg", "jpg"),
        ("PNG", "image/png", "png"),
        ("GIF", "image/gif", "gif"),
        ("WEBP", "image/webp", "webp"),
        ("BMP", "image/bmp", "bmp"),
        ("TIFF", "image/tiff", "tif"),
    ],
)
def test_images_are_recognised_from_content(
    fmt: str, mime: str, extension: str, photo: Image.Image, encode_image
) -> None:
    assert sniff(encode_image(photo, fmt)[:65536]) == Sniffed(mime, IMAGE, extension)


def test_type_comes_from_content_not_name(tmp_path, photo: Image.Image, encode_image) -> None:
    disguised = tmp_path / "chat_log.txt"
    disguised.write_bytes(encode_image(photo, "PNG"))
    result = ingest_stream(disguised, DiscardSink())
    assert sniff(result.head).mime == "image/png"


def test_pdf_is_a_document() -> None:
    assert sniff(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") == Sniffed(
        "application/pdf", EvidenceMediaKind.DOCUMENT, "pdf"
    )


def test_telegram_json_export_is_json() -> None:
    export = {
        "name": "불법촬영 유포방",
        "type": "public_channel",
        "id": 1234567890,
        "messages": [{"id": 1, "type": "message", "text": "안녕"}],
    }
    data = json.dumps(export, ensure_ascii=False, indent=1).encode()
    assert sniff(data) == Sniffed("application/json", TEXT, "json")
    assert sniff(b"\xef\xbb\xbf  [1, 2]").mime == "application/json"


@pytest.mark.parametrize("log", [
    "[2026-03-01 22:09] 합성장인: 요청 받음\n[2026-03-01 22:10] 합성장인: (이미지)\n",
    "[오후 10:09] 닉네임 : 안녕\n",
    "[12] first line of a numbered transcript\n[13] next\n",
    "[2026.03.01] note\n",
])
def test_a_chat_log_whose_lines_start_with_brackets_is_plain_text(log: str) -> None:
    # was typed application/json because it starts with "[" and a digit
    assert sniff(log.encode("utf-8")) == Sniffed("text/plain", TEXT, "txt")


def test_a_json_export_longer_than_the_head_is_still_json() -> None:
    head = b'[{"id": 1, "text": "' + b"a" * 70_000
    assert sniff(head).mime == "application/json"
    assert sniff(b'{"name": "room", "messages": [').mime == "application/json"


def test_html_chat_export_is_html() -> None:
    page = b'<!DOCTYPE html>\n<html>\n <head>\n  <meta charset="utf-8"/>\n  <title>Exported'
    assert sniff(page) == Sniffed("text/html", TEXT, "html")
    assert sniff(b"<!-- saved -->\n<HTML><body>").mime == "text/html"


def test_korean_text_cut_mid_character_is_still_text() -> None:
    kakao = "카카오톡 대화\n저장한 날짜 : 2024-03-01 21:15\n".encode() * 3000
    head = kakao[:65536]
    assert head[-1] & 0xC0 == 0x80 or head[-1] >= 0xC0  # the head ends inside a character
    assert sniff(head) == Sniffed("text/plain", TEXT, "txt")


def test_utf16_text_with_bom_is_text() -> None:
    assert sniff("대화 내용".encode("utf-16")).kind is TEXT


def test_zip_is_an_archive() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/1.jpg", b"x" * 100)
    assert sniff(buffer.getvalue()) == Sniffed("application/zip", EvidenceMediaKind.ARCHIVE, "zip")


def test_wav_is_audio() -> None:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 800)
    assert sniff(buffer.getvalue()).kind is EvidenceMediaKind.AUDIO


def test_random_binary_is_other_and_empty_is_empty() -> None:
    assert sniff(b"\x00\x01\x02\x03" + os.urandom(100)).kind is EvidenceMediaKind.OTHER
    assert sniff(b"") == EMPTY


@given(st.binary(max_size=2048))
def test_sniff_never_raises(head: bytes) -> None:
    result = sniff(head)
    assert isinstance(result.kind, EvidenceMediaKind)
    assert "/" in result.mime
