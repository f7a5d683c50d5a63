"""Unsaved edits sealed to the store's X25519 public key: an ephemeral key pair, HKDF-SHA256
over the shared secret, AES-256-GCM. Sealing needs no secret (so it works while the store is
locked); opening needs the store's private key, which only the master key unwraps."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

FORMAT = "caseapp-sealed-drafts"
VERSION = 1
_LABEL = b"caseapp/v1/sealed-drafts"


class NotOurs(ValueError):
    """Sealed for another store, damaged, or not a sealed-drafts file."""


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> AESGCM:
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                       info=_LABEL).derive(shared))


def _aad(store_id: str, ephemeral: bytes, recipient: bytes) -> bytes:
    return b"|".join((FORMAT.encode(), str(VERSION).encode(), store_id.encode("ascii"),
                      ephemeral, recipient))


def seal(recipient: X25519PublicKey, store_id: str, drafts: dict[str, Any]) -> bytes:
    """The file's bytes: a JSON header with no case data, the drafts only as ciphertext."""
    ephemeral = X25519PrivateKey.generate()
    eph_raw, rec_raw = _raw(ephemeral.public_key()), _raw(recipient)
    nonce = os.urandom(12)
    body = json.dumps(drafts, ensure_ascii=False).encode("utf-8")
    box = _key(ephemeral.exchange(recipient), eph_raw, rec_raw).encrypt(
        nonce, body, _aad(store_id, eph_raw, rec_raw))
    return json.dumps({"format": FORMAT, "version": VERSION, "store_id": store_id,
                       "ephemeral": base64.b64encode(eph_raw).decode("ascii"),
                       "nonce": base64.b64encode(nonce).decode("ascii"),
                       "ciphertext": base64.b64encode(box).decode("ascii")},
                      sort_keys=True).encode("ascii")


def open_sealed(private: X25519PrivateKey, store_id: str, blob: bytes) -> dict[str, Any]:
    try:
        head = json.loads(blob)
        if head.get("format") != FORMAT or head.get("version") != VERSION:
            raise NotOurs("not a sealed-drafts file")
        if head.get("store_id") != store_id:
            raise NotOurs("sealed for another store")
        eph_raw = base64.b64decode(head["ephemeral"], validate=True)
        rec_raw = _raw(private.public_key())
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph_raw))
        body = _key(shared, eph_raw, rec_raw).decrypt(
            base64.b64decode(head["nonce"], validate=True),
            base64.b64decode(head["ciphertext"], validate=True),
            _aad(store_id, eph_raw, rec_raw))
        drafts = json.loads(body)
    except NotOurs:
        raise
    except (InvalidTag, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise NotOurs(type(exc).__name__) from None
    if not isinstance(drafts, dict):
        raise NotOurs("not a mapping")
    return drafts
