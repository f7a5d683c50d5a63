"""The recovery code: 32 characters from an alphabet without look-alike characters (about
158 random bits), shown in 8 groups of 4 so it can be read aloud and typed back."""

from __future__ import annotations

import secrets

from caseapp.errors import WrongRecoveryCode
from caseapp.i18n import N_

# No 0/O and no 1/I/L: the kit tells the reader so, and a code read aloud or copied by hand
# cannot be mistaken. 31 symbols x 32 characters = 158.5 bits.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
# Codes made before L was dropped (the alphabet had 32 symbols with L) still unlock: L is
# accepted as typed, never generated.
LEGACY = "L"
GROUPS = 8
GROUP_LEN = 4
LENGTH = GROUPS * GROUP_LEN
_ACCEPTED = frozenset(ALPHABET + LEGACY)


def generate() -> str:
    return format_code("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_LEN] for i in range(0, LENGTH, GROUP_LEN))


def normalise(text: str) -> str:
    """Accept what a person types: any letter case, with or without spaces and dashes. The
    characters are kept as they are (no look-alike is mapped: a code never holds 0, O, 1 or
    I, so typing one is an error that says so); L is accepted for codes made before it was
    dropped from the alphabet. Anything else is an error with a clear message."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != LENGTH or any(ch not in _ACCEPTED for ch in cleaned):
        raise WrongRecoveryCode(
            N_("A recovery code has {length} characters: capital letters and the digits 2 "
               "to 9, never 0, O, 1 or I (for example ABCD-EFGH-…); check what you typed."),
            length=LENGTH,
        )
    return format_code(cleaned)


def is_well_formed(text: str) -> bool:
    """Whether ``text`` would normalise (an old code with L included)."""
    try:
        normalise(text)
    except WrongRecoveryCode:
        return False
    return True
