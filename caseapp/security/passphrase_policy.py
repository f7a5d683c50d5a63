"""What makes a passphrase acceptable: a minimum length and a zxcvbn strength score."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.errors import WeakPassphrase
from caseapp.i18n import N_

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attack"


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0..4
    long_enough: bool
    acceptable: bool
    guesses_log10: float


def estimate(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
    from zxcvbn import zxcvbn

    # zxcvbn refuses more than 72 characters (and is quadratic in length); a passphrase
    # whose first 72 characters are strong is strong.
    result = zxcvbn(passphrase[:72], user_inputs=[c[:72] for c in context if c])
    score = int(result["score"])
    long_enough = len(passphrase) >= MIN_LENGTH
    return Strength(score, long_enough, long_enough and score >= MIN_SCORE,
                    float(result["guesses_log10"]))


def check(passphrase: str, context: tuple[str, ...] = ()) -> None:
    if not passphrase.strip():
        raise WeakPassphrase(N_("The passphrase is empty."))
    strength = estimate(passphrase, context)
    if not strength.long_enough:
        raise WeakPassphrase(
            N_("The passphrase must have at least {min} characters."), min=MIN_LENGTH)
    if not strength.acceptable:
        raise WeakPassphrase(
            N_("The passphrase is too easy to guess. Use four or more unrelated words, "
               "or a longer sentence only you would think of."))
