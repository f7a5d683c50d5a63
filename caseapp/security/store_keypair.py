"""The store's own X25519 key pair. Its public key is what others encrypt to (case bundles
made for this store; sealed drafts); its private key is kept only wrapped with AES-256-GCM
under a sub-key of the master key, and is rewrapped when the master key changes (rekey).

The public key travels as one line of text (and a QR code), e.g.
``CASEAPP-KEY-1:7MQ2…`` : the 32 key bytes and a 4-byte checksum in base32 (letters and
digits only, so a QR code can use its compact alphanumeric mode and a typo is caught)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from caseapp.errors import BadInput, DamagedDatabase
from caseapp.i18n import N_
from caseapp.security import keys

LABEL_WRAP = b"caseapp/v1/store-keypair-wrap"
TEXT_PREFIX = "CASEAPP-KEY-1:"
RECORD_VERSION = 1
_CHECKSUM_LABEL = b"caseapp store public key"


@dataclass(frozen=True, slots=True)
class StorePublicKey:
    raw: bytes                          # the 32 bytes of the X25519 public key

    def __post_init__(self) -> None:
        if len(self.raw) != 32:
            raise ValueError("an X25519 public key has 32 bytes")

    @property
    def text(self) -> str:
        """The one line ``store-key show`` prints and the QR code holds."""
        body = base64.b32encode(self.raw + _checksum(self.raw)).decode("ascii").rstrip("=")
        return TEXT_PREFIX + body

    @property
    def fingerprint(self) -> str:
        """A short form to compare by eye or over the phone: ``AB12-CD34-EF56-GH78``."""
        digest = base64.b32encode(hashlib.sha256(self.raw).digest()).decode("ascii")[:16]
        return "-".join(digest[i:i + 4] for i in range(0, 16, 4))

    def key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.raw)


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(_CHECKSUM_LABEL + raw).digest()[:4]


def parse_public_key(text: str) -> StorePublicKey:
    """A public key as printed by ``store-key show`` (any case; spaces, dashes and line
    breaks ignored). A wrong prefix, a typo or a cut-off key is a clear BadInput."""
    cleaned = "".join(ch for ch in str(text) if not ch.isspace()).upper()
    if not cleaned.startswith(TEXT_PREFIX):
        raise BadInput(N_("This is not a CaseApp store key; it starts with {prefix}. Copy "
                          "the line 'caseapp-admin store-key show' prints on the receiving "
                          "computer."), prefix=TEXT_PREFIX)
    body = cleaned[len(TEXT_PREFIX):].replace("-", "")
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except (ValueError, TypeError):
        data = b""
    if len(data) != 36 or _checksum(data[:32]) != data[32:]:
        raise BadInput(N_("The store key is mistyped or incomplete (its checksum does not "
                          "match). Copy it again from the receiving computer."))
    return StorePublicKey(data[:32])


# --- the stored record ----------------------------------------------------------------------

def _aad(store_id: str, public: bytes) -> bytes:
    return b"caseapp-store-keypair/v1|" + store_id.encode("ascii") + b"|" + public


def _wrapper(master: bytes | bytearray, store_id: str) -> AESGCM:
    return AESGCM(keys.derive(master, LABEL_WRAP, store_id))


def new_record(master: bytes | bytearray, store_id: str) -> str:
    """A fresh key pair as the JSON text kept in the store: the public key, and the private
    key wrapped under the master key (bound to the store id and the public key)."""
    private = X25519PrivateKey.generate()
    return _record(master, store_id, private)


def _record(master: bytes | bytearray, store_id: str, private: X25519PrivateKey) -> str:
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    secret = private.private_bytes_raw()
    nonce = os.urandom(12)
    wrapped = _wrapper(master, store_id).encrypt(nonce, secret, _aad(store_id, public))
    return json.dumps({"version": RECORD_VERSION, "public": _b64(public), "nonce": _b64(nonce),
                       "wrapped": _b64(wrapped)}, sort_keys=True)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _fields(record: str) -> tuple[bytes, bytes, bytes]:
    try:
        data = json.loads(record)
        if data["version"] != RECORD_VERSION:
            raise ValueError("version")
        return (base64.b64decode(data["public"], validate=True),
                base64.b64decode(data["nonce"], validate=True),
                base64.b64decode(data["wrapped"], validate=True))
    except (ValueError, KeyError, TypeError) as exc:
        raise DamagedDatabase(name="cases.db (store key)") from exc


def public_of(record: str) -> StorePublicKey:
    public, _nonce, _wrapped = _fields(record)
    try:
        return StorePublicKey(public)
    except ValueError as exc:
        raise DamagedDatabase(name="cases.db (store key)") from exc


def private_of(record: str, master: bytes | bytearray, store_id: str) -> X25519PrivateKey:
    """Unwrap the private key; a record that does not open (edited, or from another store)
    is reported as damage, never used."""
    public, nonce, wrapped = _fields(record)
    try:
        secret = _wrapper(master, store_id).decrypt(nonce, wrapped, _aad(store_id, public))
    except InvalidTag as exc:
        raise DamagedDatabase(name="cases.db (store key)") from exc
    private = X25519PrivateKey.from_private_bytes(secret)
    if private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) != public:
        raise DamagedDatabase(name="cases.db (store key)")
    return private


def rewrapped(record: str, old_master: bytes | bytearray, new_master: bytes | bytearray,
              store_id: str) -> str:
    """The same key pair wrapped under a new master key (rekey keeps the public key, so
    bundles and drafts already made for this store still open)."""
    return _record(new_master, store_id, private_of(record, old_master, store_id))
