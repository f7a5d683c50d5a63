"""Decrypt every page of a SQLCipher 4 file with its raw key, to look at what freed pages
still hold (a test-only reader of SQLCipher's documented page format)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def decrypted_pages(path: Path, key: bytes, page_size: int, hmac_bytes: int) -> list[bytes]:
    reserve = 16 + hmac_bytes
    reserve += -reserve % 16
    data = path.read_bytes()
    pages = []
    for start in range(0, len(data) - page_size + 1, page_size):
        page = data[start:start + page_size]
        offset = 16 if start == 0 else 0  # page 1 starts with the clear salt
        body = page[offset:page_size - reserve]
        iv = page[page_size - reserve:page_size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages
