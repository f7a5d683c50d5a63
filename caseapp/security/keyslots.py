"""Key slots: the master key wrapped with AES-256-GCM once per way of unlocking, in the
spirit of LUKS. ``keyslots.json`` holds no secret in clear; each slot's metadata is the
associated data of its ciphertext, so editing a slot's parameters breaks its tag."""

from __future__ import annotations

import base64
import json
import logging
import math
import os
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caseapp.errors import BadInput, StoreMissing, WrongPassphrase, WrongSecret
from caseapp.i18n import N_
from caseapp.security import recovery_code

log = logging.getLogger(__name__)

FILENAME = "keyslots.json"
FORMAT = "caseapp-keyslots"
VERSION = 1

PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
RECOVERY = "recovery"
DEVICE = "device"

# The floor for passphrase slots: never below m=64 MiB, t=3 (DESIGN.md).
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME = 3
TARGET_SECONDS = 0.5
MAX_MEMORY_KIB = 256 * 1024
# What a slot read from disk may ask for before its tag is checked (the tag can only be
# checked after the KDF ran): generous above anything calibrate() writes (256 MiB, t<=40,
# p<=4), far below what hangs the machine (t=2^31, m=16 GiB).
ACCEPTED_MEMORY_KIB = 1024 * 1024
ACCEPTED_TIME = 64
ACCEPTED_PARALLELISM = 16
SALT_BYTES = (16, 64)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Argon2Params:
    memory_kib: int
    time_cost: int
    parallelism: int

    @property
    def meets_floor(self) -> bool:
        return self.memory_kib >= FLOOR_MEMORY_KIB and self.time_cost >= FLOOR_TIME

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hash_secret_raw(secret, salt, self.time_cost, self.memory_kib,
                               self.parallelism, 32, Type.ID)


def calibrate(target_seconds: float | None = None) -> Argon2Params:
    """Parameters that take about ``target_seconds`` here, never below the floor. Memory
    grows first (it is what makes GPU guessing expensive), then iterations."""
    if target_seconds is None:
        target_seconds = float(os.environ.get("CASEAPP_KDF_TARGET_SECONDS", TARGET_SECONDS))
    parallelism = max(1, min(4, os.cpu_count() or 1))
    params = Argon2Params(FLOOR_MEMORY_KIB, FLOOR_TIME, parallelism)
    if target_seconds <= 0:
        return params
    salt = os.urandom(16)

    def timed(p: Argon2Params) -> float:
        best = float("inf")
        for _ in range(2):  # the first run also pays for allocating the memory
            start = time.perf_counter()
            p.derive(b"calibration", salt)
            best = min(best, time.perf_counter() - start)
        return best

    elapsed = timed(params)
    memory = params.memory_kib
    while elapsed * 2 <= target_seconds and memory * 2 <= MAX_MEMORY_KIB:
        memory *= 2
        elapsed *= 2
    if memory != params.memory_kib:
        params = Argon2Params(memory, FLOOR_TIME, parallelism)
        elapsed = timed(params)
    time_cost = max(FLOOR_TIME, math.ceil(FLOOR_TIME * target_seconds / max(elapsed, 1e-6)))
    return Argon2Params(memory, min(time_cost, 40), parallelism)


@dataclass(slots=True)
class Slot:
    id: str
    kind: str
    created_at: str
    kdf: dict[str, Any]
    nonce: bytes = b""
    wrapped: bytes = b""
    label: str = ""

    def metadata(self, store_id: str) -> bytes:
        """The associated data: everything about the slot except its ciphertext."""
        meta = {"format": FORMAT, "version": VERSION, "store_id": store_id, "id": self.id,
                "kind": self.kind, "created_at": self.created_at, "kdf": self.kdf,
                "label": self.label}
        return json.dumps(meta, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "created_at": self.created_at,
                "label": self.label, "kdf": self.kdf, "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        """A slot as read from disk, its KDF parameters bounded first: they are only
        authenticated after the KDF ran, so a tampered file must not choose its cost.
        Raises ValueError (or KeyError/TypeError) for anything out of shape."""
        slot = cls(id=str(data["id"]), kind=str(data["kind"]),
                   created_at=str(data["created_at"]), label=str(data.get("label", "")),
                   kdf=dict(data["kdf"]), nonce=_unb64(data["nonce"]),
                   wrapped=_unb64(data["wrapped"]))
        check_kdf(slot.kind, slot.kdf)
        if len(slot.nonce) != 12 or len(slot.wrapped) != 48:
            raise ValueError("nonce or wrapped key of the wrong length")
        return slot


def _bounded_int(kdf: dict[str, Any], name: str, low: int, high: int) -> int:
    value = kdf.get(name)
    if type(value) is not int or not low <= value <= high:
        raise ValueError(f"KDF parameter {name} out of range")
    return value


def check_kdf(kind: str, kdf: dict[str, Any]) -> None:
    """Refuse KDF parameters CaseApp never writes, before any KDF runs on them."""
    salt = kdf.get("salt")
    if not isinstance(salt, str) or not SALT_BYTES[0] <= len(_unb64(salt)) <= SALT_BYTES[1]:
        raise ValueError("KDF salt missing or of the wrong length")
    if kind == PASSPHRASE:
        if kdf.get("name") != "argon2id":  # extra fields are left to the slot's tag
            raise ValueError("unknown passphrase KDF")
        p = _bounded_int(kdf, "p", 1, ACCEPTED_PARALLELISM)
        _bounded_int(kdf, "m", 8 * p, ACCEPTED_MEMORY_KIB)
        _bounded_int(kdf, "t", 1, ACCEPTED_TIME)
    elif kind in (RECOVERY, DEVICE):
        if kdf.get("name") != "hkdf-sha256":
            raise ValueError("unknown key slot KDF")
    else:
        raise ValueError("unknown key slot kind")


def _kek_from_passphrase(kdf: dict[str, Any], passphrase: str) -> bytes:
    params = Argon2Params(int(kdf["m"]), int(kdf["t"]), int(kdf["p"]))
    return params.derive(passphrase.encode("utf-8"), _unb64(kdf["salt"]))


def _kek_from_random_secret(kdf: dict[str, Any], secret: bytes, info: bytes) -> bytes:
    # Recovery codes (~158 bits) and device secrets (256 bits) are random, so a slow KDF adds
    # nothing; HKDF separates them from every other use of the bytes.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_unb64(kdf["salt"]),
                info=info).derive(secret)


def _kek(slot: Slot, secret: str | bytes) -> bytes:
    name = slot.kdf.get("name")
    if slot.kind == PASSPHRASE and name == "argon2id":
        assert isinstance(secret, str)
        return _kek_from_passphrase(slot.kdf, secret)
    if slot.kind == RECOVERY and name == "hkdf-sha256":
        assert isinstance(secret, str)
        code = recovery_code.normalise(secret).replace("-", "")
        return _kek_from_random_secret(slot.kdf, code.encode("ascii"), b"caseapp/v1/recovery")
    if slot.kind == DEVICE and name == "hkdf-sha256":
        raw = secret if isinstance(secret, bytes) else _unb64(secret)
        return _kek_from_random_secret(slot.kdf, raw, b"caseapp/v1/device")
    raise BadInput(N_("Key slot {id} uses an unknown method."), id=slot.id)


def new_slot(kind: str, store_id: str, master_key: bytes | bytearray, secret: str | bytes,
             *, params: Argon2Params | None = None, label: str = "") -> Slot:
    salt = os.urandom(16)
    if kind == PASSPHRASE:
        params = params or calibrate()
        kdf: dict[str, Any] = {"name": "argon2id", "m": params.memory_kib, "t": params.time_cost,
                               "p": params.parallelism, "salt": _b64(salt)}
    else:
        kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
    slot = Slot(id=uuid.uuid4().hex[:12], kind=kind, created_at=now_iso(), kdf=kdf, label=label)
    kek = _kek(slot, secret)
    slot.nonce = os.urandom(12)
    slot.wrapped = AESGCM(kek).encrypt(slot.nonce, bytes(master_key), slot.metadata(store_id))
    return slot


def open_slot(slot: Slot, store_id: str, secret: str | bytes) -> bytearray:
    kek = _kek(slot, secret)
    try:
        return bytearray(AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.metadata(store_id)))
    except InvalidTag:
        raise WrongSecret() from None


@dataclass(slots=True)
class KeySlots:
    store_id: str
    created_at: str
    slots: list[Slot] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Slot]:
        return [s for s in self.slots if s.kind == kind]

    def replace_kind(self, kind: str, slot: Slot | None) -> None:
        self.slots = [s for s in self.slots if s.kind != kind]
        if slot is not None:
            self.slots.append(slot)

    def unlock(self, kind: str, secret: str | bytes) -> bytearray:
        slots = self.of_kind(kind)
        if not slots:
            raise WrongSecret(N_("This store has no {kind} key slot."), kind=kind)
        for slot in slots:
            try:
                return open_slot(slot, self.store_id, secret)
            except WrongSecret:
                continue
        if kind == PASSPHRASE:
            raise WrongPassphrase()
        if kind == RECOVERY:
            from caseapp.errors import WrongRecoveryCode

            raise WrongRecoveryCode()
        raise WrongSecret(N_("The quick-unlock key on this computer does not match this store."))

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "store_id": self.store_id,
                "created_at": self.created_at, "slots": [s.to_json() for s in self.slots]}

    @classmethod
    def from_json(cls, data: Any) -> KeySlots:
        try:
            if data.get("format") != FORMAT:
                raise ValueError("format")
            if int(data.get("version", 0)) > VERSION:
                raise BadInput(N_("keyslots.json was written by a newer CaseApp."))
            uuid.UUID(str(data["store_id"]))
            return cls(store_id=str(data["store_id"]), created_at=str(data["created_at"]),
                       slots=[Slot.from_json(s) for s in data["slots"]])
        except BadInput:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DamagedKeySlots(detail=str(exc)) from None


class DamagedKeySlots(BadInput):
    default_message = N_("keyslots.json is damaged ({detail}).")
    hint = N_("Nothing was changed. Put back keyslots.json from the latest backup, or rebuild "
              "it with the Recovery Kit (caseapp-admin recover --kit-stdin).")


def path_in(data_dir: Path) -> Path:
    return data_dir / FILENAME


def load(data_dir: Path) -> KeySlots:
    path = path_in(data_dir)
    if not path.exists():
        raise StoreMissing(path=str(data_dir))
    try:
        # utf-8-sig: an admin who opened the file in Windows Notepad may have saved a BOM.
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DamagedKeySlots(detail=str(exc)) from None
    return KeySlots.from_json(data)


def atomic_write(path: Path, payload: bytes) -> None:
    """Temp file in the same folder, fsync, rename over the old version. No copy of the
    previous version is kept: old key slots beside the store would let a revoked passphrase
    or recovery code open it again (copied back over ``keyslots.json``)."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # Windows cannot open directories; rename is durable enough there
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def save(data_dir: Path, slots: KeySlots) -> None:
    payload = json.dumps(slots.to_json(), indent=2, sort_keys=True).encode("utf-8") + b"\n"
    atomic_write(path_in(data_dir), payload)
    drop_previous_versions(data_dir)


def drop_previous_versions(data_dir: Path) -> None:
    """Remove ``keyslots.json.prev`` left by CaseApp versions that kept the previous slots
    (they still open the store with the passphrase or recovery code they revoked)."""
    prev = data_dir / f"{FILENAME}.prev"
    try:
        prev.unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove an old copy of the key slots")


# --- the recovery kit's copy of the recovery slot ----------------------------------------

KIT_PREFIX = "CASEAPP-RK1:"


def kit_text(slots: KeySlots) -> str:
    """The recovery slot as one line of text (also printed as a QR code on the kit), enough
    with the recovery code and the database files to recover if keyslots.json is lost."""
    (slot,) = slots.of_kind(RECOVERY)
    payload = {"store_id": slots.store_id, "created_at": slots.created_at,
               "slot": slot.to_json()}
    raw = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return KIT_PREFIX + base64.b32encode(raw).decode("ascii").rstrip("=")


def slots_from_kit_text(text: str) -> KeySlots:
    compact = "".join(text.split())
    if not compact.upper().startswith(KIT_PREFIX):
        raise BadInput(N_("This is not CaseApp recovery kit data (it starts with {prefix})."),
                       prefix=KIT_PREFIX)
    body = compact[len(KIT_PREFIX):].upper()
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
        data = json.loads(raw.decode("utf-8"))
        slot = Slot.from_json(data["slot"])
        if slot.kind != RECOVERY:
            raise ValueError("kind")
        return KeySlots(store_id=str(uuid.UUID(data["store_id"])),
                        created_at=str(data["created_at"]), slots=[slot])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise BadInput(N_("The recovery kit data is incomplete or mistyped ({detail})."),
                       detail=type(exc).__name__) from None
