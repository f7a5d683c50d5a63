"""Audit details that carry case data, sealed under a per-case key kept with the case.

The audit chain hashes the sealed text, so destroying the case's key (when the case is
erased) makes those details unreadable for good while every event still verifies."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# Kept in clear: what verify and the report registry check need, and nothing about the
# victim or the case's content (ids, codes, hashes).
CLEAR_KEYS = frozenset({"case", "code", "report", "sha256"})
SEALED = "sealed"
ERASED = {"details": "erased"}


def new_case_key() -> bytes:
    return os.urandom(32)


def _aad(case_id: int) -> bytes:
    return f"caseapp/v1/audit-details/{int(case_id)}".encode("ascii")


def seal(key: bytes, case_id: int, details: dict[str, Any]) -> dict[str, Any]:
    """``details`` with every key but the clear ones moved into one AES-GCM box."""
    clear = {k: v for k, v in details.items() if k in CLEAR_KEYS}
    hidden = {k: v for k, v in details.items() if k not in CLEAR_KEYS}
    if not hidden:
        return clear
    body = json.dumps(hidden, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str).encode("utf-8")
    nonce = os.urandom(12)
    box = nonce + AESGCM(key).encrypt(nonce, body, _aad(case_id))
    clear[SEALED] = {"case_id": int(case_id), "box": base64.b64encode(box).decode("ascii")}
    return clear


def sealed_case_id(details: dict[str, Any]) -> int | None:
    found = details.get(SEALED)
    if isinstance(found, dict) and isinstance(found.get("case_id"), int):
        return int(found["case_id"])
    return None


def unseal(key: bytes | None, details: dict[str, Any]) -> dict[str, Any]:
    """The details as written; without the key (the case was erased) the clear keys and
    ``{"details": "erased"}``."""
    case_id = sealed_case_id(details)
    if case_id is None:
        return details
    clear = {k: v for k, v in details.items() if k != SEALED}
    if key is None:
        return {**clear, **ERASED}
    try:
        box = base64.b64decode(details[SEALED]["box"])
        body = AESGCM(key).decrypt(box[:12], box[12:], _aad(case_id))
        hidden = json.loads(body)
    except (InvalidTag, ValueError, KeyError, TypeError):
        return {**clear, "details": "unreadable"}
    return {**clear, **hidden} if isinstance(hidden, dict) else clear
