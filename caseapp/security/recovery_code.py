"""The recovery code: 32 characters (160 random bits) from an alphabet without look-alike
characters, shown in 8 groups of 4 so it can be read aloud and typed back."""

from __future__ import annotations

import secrets

from caseapp.errors import WrongRecoveryCode
from caseapp.i18n import N_

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I/L confusion
GROUPS = 8
GROUP_LEN = 4
LENGTH = GROUPS * GROUP_LEN


def generate() -> str:
    return format_code("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_LEN] for i in range(0, LENGTH, GROUP_LEN))


def normalise(text: str) -> str:
    """Accept what a person types: any case, spaces or dashes, O for 0 and I/L for 1 are
    mapped to the characters that exist; anything else is an error with a clear message."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        raise WrongRecoveryCode(
            N_("A recovery code has {length} characters (letters and digits 2-9), "
               "for example ABCD-EFGH-…; check what you typed."),
            length=LENGTH,
        )
    return format_code(cleaned)
