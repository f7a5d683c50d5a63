"""The master key and the sub-keys derived from it with HKDF-SHA256 and distinct labels."""

from __future__ import annotations

import os
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
