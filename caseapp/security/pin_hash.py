"""Argon2id hashes of supervisor PINs: only the PHC string (parameters, salt, hash) is kept,
inside the encrypted store, never the PIN."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from caseapp.security.keyslots import FLOOR_MEMORY_KIB, FLOOR_TIME

# The keyslot floor (m=64 MiB, t=3): a PIN has few possibilities, so each guess must cost.
_HASHER = PasswordHasher(time_cost=FLOOR_TIME, memory_cost=FLOOR_MEMORY_KIB, parallelism=1)


def hash_pin(pin: str) -> str:
    return _HASHER.hash(pin)


def pin_matches(stored: str, pin: str) -> bool:
    try:
        return _HASHER.verify(stored, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
