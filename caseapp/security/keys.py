"""The master key and the sub-keys derived from it with HKDF-SHA256 and distinct labels."""

from __future__ import annotations

import ctypes
import os
import sys
import uuid

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MASTER_KEY_BYTES = 32

LABEL_AUDIT = b"caseapp/v1/audit-hmac"
LABEL_AUDIT_ARCHIVE = b"caseapp/v1/audit-archive"


def new_master_key() -> bytearray:
    return bytearray(os.urandom(MASTER_KEY_BYTES))


def new_store_id() -> str:
    return str(uuid.uuid4())


def derive(master_key: bytes | bytearray, label: bytes, store_id: str) -> bytes:
    """A 256-bit sub-key for one purpose. The store id salts every derivation so two stores
    never share sub-keys even with equal master keys."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=uuid.UUID(store_id).bytes,
        info=label,
    ).derive(bytes(master_key))


def wipe(buffer: bytearray | None) -> None:
    """Best-effort overwrite of a key held in a mutable buffer (CPython may keep copies)."""
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0


def scrub(value: bytes | str) -> None:
    """Best-effort overwrite, in place, of an immutable copy of key material this program
    made itself (a derived key, its hex form, a ``PRAGMA key`` statement): CPython keeps the
    characters of a ``bytes`` or ASCII ``str`` object in one buffer at the end of the
    object. Only ever called on objects nothing else refers to (they are never interned:
    each is built at run time), and a no-op on other interpreters or non-ASCII text. What
    this cannot reach is listed in docs/threat-model.md."""
    if sys.implementation.name != "cpython" or len(value) < 16:
        return  # short objects may be shared singletons; no key is that short
    if isinstance(value, bytes):
        length = len(value)
        fill = 0
    elif isinstance(value, str) and value.isascii():
        length = len(value)
        fill = ord("0")
    else:
        return
    # bytes and compact ASCII str: the data ends one byte (the NUL) before the object ends
    offset = sys.getsizeof(value) - length - 1
    if offset <= 0:
        return
    ctypes.memset(id(value) + offset, fill, length)
