"""Encryption of case bundles (``.cabundle``, docs/formats/case-bundle.md): a random file key
wrapped either for a bundle passphrase (Argon2id) or for a receiving store's X25519 public
key (ephemeral X25519 + HKDF-SHA256), and the payload in authenticated AES-256-GCM chunks
(the STREAM construction: a counter and a last-chunk flag in every nonce, so reordering,
truncation and appending are all detected). Built only from `cryptography` primitives.

Layout: ``MAGIC`` (8 bytes), a 4-byte big-endian header length, the header (UTF-8 JSON, no
case data), then the payload chunks. The header is bound to the payload: the payload key
is derived from the file key with the SHA-256 of the header bytes as salt."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from caseapp.errors import BadImport, WrongSecret
from caseapp.i18n import N_
from caseapp.security import recovery_code
from caseapp.security.store_keypair import StorePublicKey

MAGIC = b"CABUNDL1"
FORMAT = "caseapp-bundle"
VERSION = 1
CHUNK = 64 * 1024
TAG = 16
MAX_HEADER = 16 * 1024
PASSPHRASE = "passphrase"          # noqa: S105 - a recipient type, not a secret
STORE_KEY = "store-key"
# The bundle passphrase is random (~158 bits), so Argon2id only has to make each guess
# cost something; the floor parameters of the store's own passphrase slots.
ARGON2 = {"memory_kib": 64 * 1024, "time_cost": 3, "parallelism": 1}
# A receiving store never spends more than this on a header's parameters.
ARGON2_LIMITS = {"memory_kib": 1024 * 1024, "time_cost": 20, "parallelism": 8}
_LABEL_PAYLOAD = b"caseapp/v1/bundle-payload"
_LABEL_RECIPIENT = b"caseapp/v1/bundle-store-key"


class BundleDamaged(BadImport):
    default_message = N_("The bundle is damaged or was altered ({detail}); nothing was "
                         "imported.")


class WrongBundlePassphrase(WrongSecret):
    default_message = N_("The bundle passphrase is not correct (or the bundle is damaged); "
                         "nothing was imported.")


class NotForThisStore(BadImport):
    default_message = N_("This bundle was made for another store (key {wanted}); this "
                         "store's key is {have}. Nothing was imported.")
    hint = N_("Ask the sender to make it again with the key 'caseapp-admin store-key show' "
              "prints here.")


def new_passphrase() -> str:
    """A one-time bundle passphrase in the recovery code's alphabet and groups."""
    return recovery_code.generate()


def normalise_passphrase(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if not recovery_code.is_well_formed(cleaned):  # one made with L before it was dropped too
        raise WrongBundlePassphrase(N_(
            "A bundle passphrase has {length} letters and digits in groups, like "
            "ABCD-EFGH-…; check what you typed. Nothing was imported."),
            length=recovery_code.LENGTH)
    return recovery_code.format_code(cleaned)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(value), validate=True)
    except (ValueError, TypeError):
        raise BundleDamaged(detail=f"header: {what}") from None


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _wrap_aad(header: dict[str, Any]) -> bytes:
    """Everything in the header but the wrapped key itself."""
    recipient = {k: v for k, v in header["recipient"].items() if k not in ("nonce", "wrapped")}
    return _canonical({**{k: v for k, v in header.items() if k != "recipient"},
                       "recipient": recipient})


def _argon2(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(normalise_passphrase(passphrase).encode("ascii"), salt,
                           params["time_cost"], params["memory_kib"], params["parallelism"],
                           32, Type.ID)


def _recipient_kek(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=_LABEL_RECIPIENT).derive(shared)


def _payload_key(file_key: bytes, header_bytes: bytes) -> AESGCM:
    salt = hashlib.sha256(header_bytes).digest()
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                       info=_LABEL_PAYLOAD).derive(file_key))


def _nonce(counter: int, last: bool) -> bytes:
    if counter >= 1 << 88:
        raise OverflowError("bundle too large")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# --- writing ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Sealing:
    """How a bundle is locked: for a passphrase (give ``passphrase``) or for a store key."""

    passphrase: str | None = None
    recipient: StorePublicKey | None = None


def _header(file_key: bytes, sealing: Sealing) -> dict[str, Any]:
    header: dict[str, Any] = {"format": FORMAT, "version": VERSION, "chunk_size": CHUNK}
    nonce = os.urandom(12)
    if sealing.recipient is not None:
        ephemeral = X25519PrivateKey.generate()
        eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        shared = ephemeral.exchange(sealing.recipient.key())
        kek = _recipient_kek(shared, eph_pub, sealing.recipient.raw)
        header["recipient"] = {"type": STORE_KEY, "ephemeral": _b64(eph_pub),
                               "key_fingerprint": sealing.recipient.fingerprint}
    elif sealing.passphrase is not None:
        salt = os.urandom(16)
        kek = _argon2(sealing.passphrase, salt, ARGON2)
        header["recipient"] = {"type": PASSPHRASE, "kdf": "argon2id", "salt": _b64(salt),
                               **ARGON2}
    else:
        raise ValueError("a bundle needs a passphrase or a recipient key")
    wrapped = AESGCM(kek).encrypt(nonce, file_key, _wrap_aad(header))
    header["recipient"]["nonce"] = _b64(nonce)
    header["recipient"]["wrapped"] = _b64(wrapped)
    return header


class BundleWriter(io.RawIOBase):
    """A write-only stream: what is written is encrypted chunk by chunk into ``out``.
    :meth:`finish` writes the last chunk (required; without it the bundle is incomplete)."""

    def __init__(self, out: BinaryIO, sealing: Sealing) -> None:
        super().__init__()
        self._out = out
        file_key = os.urandom(32)
        header_bytes = _canonical(_header(file_key, sealing))
        out.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
        self._aead = _payload_key(file_key, header_bytes)
        self._buffer = bytearray()
        self._counter = 0
        self.plaintext_bytes = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        size = len(view)
        self.plaintext_bytes += size
        # Up to one full chunk is held back: only finish() knows which chunk is the last.
        pos = min(CHUNK - len(self._buffer), size)
        self._buffer += view[:pos]
        if len(self._buffer) == CHUNK and pos < size:
            self._emit(bytes(self._buffer), last=False)
            self._buffer.clear()
        while size - pos > CHUNK:
            self._emit(view[pos:pos + CHUNK], last=False)
            pos += CHUNK
        self._buffer += view[pos:]
        return size

    def _emit(self, plain: bytes | memoryview, *, last: bool) -> None:
        self._out.write(self._aead.encrypt(_nonce(self._counter, last), plain, None))
        self._counter += 1

    def finish(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()


# --- reading ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BundleHeader:
    raw: bytes
    data: dict[str, Any]
    payload_offset: int

    @property
    def recipient_type(self) -> str:
        return str(self.data["recipient"]["type"])

    @property
    def key_fingerprint(self) -> str | None:
        value = self.data["recipient"].get("key_fingerprint")
        return None if value is None else str(value)


def is_bundle(path_or_head: bytes) -> bool:
    return path_or_head[:len(MAGIC)] == MAGIC


def read_header(fh: BinaryIO) -> BundleHeader:
    start = fh.read(len(MAGIC) + 4)
    if len(start) < len(MAGIC) + 4 or not is_bundle(start):
        raise BundleDamaged(N_("This is not a CaseApp case bundle ({detail}); nothing was "
                               "imported."), detail="no bundle signature")
    (length,) = struct.unpack(">I", start[len(MAGIC):])
    if not 0 < length <= MAX_HEADER:
        raise BundleDamaged(detail="header length")
    raw = fh.read(length)
    if len(raw) != length:
        raise BundleDamaged(detail="header cut off")
    try:
        data = json.loads(raw.decode("utf-8"))
        ok = (isinstance(data, dict) and data.get("format") == FORMAT
              and isinstance(data.get("recipient"), dict)
              and data["recipient"].get("type") in (PASSPHRASE, STORE_KEY))
    except (UnicodeDecodeError, ValueError):
        ok = False
    if not ok:
        raise BundleDamaged(detail="header")
    if data.get("version") != VERSION:
        raise BadImport(N_("The bundle is format version {found}; this CaseApp reads version "
                           "{known}."), found=str(data.get("version"))[:20], known=VERSION)
    if data.get("chunk_size") != CHUNK:
        raise BundleDamaged(detail="chunk size")
    return BundleHeader(raw, data, len(MAGIC) + 4 + length)


def _unwrap(header: BundleHeader, kek: bytes) -> bytes:
    recipient = header.data["recipient"]
    nonce = _unb64(recipient.get("nonce"), "nonce")
    wrapped = _unb64(recipient.get("wrapped"), "wrapped key")
    return AESGCM(kek).decrypt(nonce, wrapped, _wrap_aad(header.data))


def file_key_from_passphrase(header: BundleHeader, passphrase: str) -> bytes:
    recipient = header.data["recipient"]
    if header.recipient_type != PASSPHRASE:
        raise BadImport(N_("This bundle was made for a store key, not a passphrase; import "
                           "it without --bundle-passphrase-stdin on the store it was made "
                           "for."))
    try:
        params = {k: int(recipient[k]) for k in ARGON2}
    except (KeyError, TypeError, ValueError):
        raise BundleDamaged(detail="header: key derivation") from None
    if any(not 1 <= params[k] <= ARGON2_LIMITS[k] for k in params) or \
            recipient.get("kdf") != "argon2id":
        raise BundleDamaged(detail="header: key derivation")
    kek = _argon2(passphrase, _unb64(recipient.get("salt"), "salt"), params)
    try:
        return _unwrap(header, kek)
    except InvalidTag:
        raise WrongBundlePassphrase() from None


def file_key_from_store_key(header: BundleHeader, private: X25519PrivateKey) -> bytes:
    if header.recipient_type != STORE_KEY:
        raise BadImport(N_("This bundle is locked with a bundle passphrase: give it on the "
                           "second line of standard input with --bundle-passphrase-stdin."))
    own = StorePublicKey(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    if header.key_fingerprint != own.fingerprint:
        raise NotForThisStore(wanted=str(header.key_fingerprint)[:40], have=own.fingerprint)
    ephemeral = _unb64(header.data["recipient"].get("ephemeral"), "ephemeral key")
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        return _unwrap(header, _recipient_kek(shared, ephemeral, own.raw))
    except (InvalidTag, ValueError):
        raise BundleDamaged(detail="key") from None


class BundleReader(io.RawIOBase):
    """A read-only stream of the decrypted payload; every chunk is authenticated before a
    byte of it is returned, and the end must be the authenticated last chunk."""

    def __init__(self, fh: BinaryIO, header: BundleHeader, file_key: bytes,
                 on_chunk: Callable[[int], None] | None = None) -> None:
        super().__init__()
        fh.seek(header.payload_offset)
        self._fh = fh
        self._aead = _payload_key(file_key, header.raw)
        self._counter = 0
        self._pending = fh.read(CHUNK + TAG)
        self._plain = b""
        self._pos = 0
        self._done = False
        self._on_chunk = on_chunk

    def readable(self) -> bool:
        return True

    def _next(self) -> None:
        data = self._pending
        self._pending = self._fh.read(CHUNK + TAG)
        last = not self._pending
        if len(data) < TAG:
            raise BundleDamaged(detail="cut off")
        try:
            self._plain = self._aead.decrypt(_nonce(self._counter, last), data, None)
        except InvalidTag:
            where = "cut off" if last and len(data) == CHUNK + TAG else f"chunk {self._counter}"
            raise BundleDamaged(detail=where) from None
        self._pos = 0
        self._counter += 1
        self._done = last
        if self._on_chunk is not None:
            self._on_chunk(len(data))

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while self._pos >= len(self._plain):
            if self._done:
                return 0
            self._next()
        n = min(len(view), len(self._plain) - self._pos)
        view[:n] = self._plain[self._pos:self._pos + n]
        self._pos += n
        return n

    def drain(self) -> None:
        """Read (and so authenticate) everything left, to the last chunk."""
        while not self._done:
            self._next()
        self._pos = len(self._plain)
