"""Korean particles chosen for the word they follow, so no text ever offers a choice
between two forms (은 or 는) for the reader to make.

A particle's form depends on how the preceding word ends when read aloud: after a final
consonant 은/이/을/과/으로, after a vowel 는/가/를/와/로, and after ㄹ 으로 becomes 로. Names
in the app end in Hangul, digits or Latin letters (a counsellor profile "admin", a platform
"Telegram", a case number "2026-0012"), so :func:`final_sound` reads those as a Korean
speaker would: digits by their Sino-Korean names, an acronym by its letter names, an English
word by its usual Korean transcription's last sound.

Messages use it through format specs: ``"{organisation:은} {name:을} 요청합니다"`` (see
``caseapp.i18n.translate``), letter templates through ``${organisation:은}``."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # the index of ㄹ among final consonants (jongseong)


class Final(Enum):
    """How a word ends when read aloud."""

    VOWEL = "vowel"
    RIEUL = "rieul"          # ㄹ: 으로 becomes 로
    CONSONANT = "consonant"


# Each particle: (after a consonant, after a vowel, after ㄹ).
_FORMS: dict[str, tuple[str, str, str]] = {}
for _consonant, _vowel, _rieul in (
        ("은", "는", "은"), ("이", "가", "이"), ("을", "를", "을"), ("과", "와", "과"),
        ("으로", "로", "로"), ("으로서", "로서", "로서"), ("으로써", "로써", "로써"),
        ("이나", "나", "이나"), ("이며", "며", "이며"), ("이고", "고", "이고"),
        ("이라", "라", "이라"), ("이라는", "라는", "이라는"), ("이에요", "예요", "이에요"),
        ("아", "야", "아"), ("이랑", "랑", "이랑")):
    for _form in (_consonant, _vowel):
        _FORMS[_form] = (_consonant, _vowel, _rieul)

PARTICLES = frozenset(_FORMS)

# Sino-Korean readings of the last non-zero digit (일, 이, 삼, 사, 오, 육, 칠, 팔, 구) and of
# the unit a run of zeros reads as (십, 백, 천, 만, 십만, 백만, 천만, 억...).
_DIGIT = {"1": Final.RIEUL, "2": Final.VOWEL, "3": Final.CONSONANT, "4": Final.VOWEL,
          "5": Final.VOWEL, "6": Final.CONSONANT, "7": Final.RIEUL, "8": Final.RIEUL,
          "9": Final.VOWEL}
_ZEROS = {1: Final.CONSONANT, 2: Final.CONSONANT, 3: Final.CONSONANT, 4: Final.CONSONANT,
          5: Final.CONSONANT, 6: Final.CONSONANT, 7: Final.CONSONANT, 8: Final.CONSONANT}

# Letter names as read in Korean (에이, 비, 씨, 디, 이, 에프, 지, 에이치, 아이, 제이, 케이,
# 엘, 엠, 엔, 오, 피, 큐, 아르, 에스, 티, 유, 브이, 더블유, 엑스, 와이, 제트).
_LETTER_NAME = {**dict.fromkeys("abcdeghijkopqrstuvwxy", Final.VOWEL), "f": Final.VOWEL,
                "l": Final.RIEUL, "m": Final.CONSONANT, "n": Final.CONSONANT,
                "z": Final.VOWEL}

# Names the app itself prints, read as Korean speakers say them.
_KNOWN = {"kakaotalk": Final.CONSONANT, "kakao": Final.VOWEL, "line": Final.CONSONANT,
          "facebook": Final.CONSONANT, "tiktok": Final.CONSONANT, "youtube": Final.VOWEL,
          "instagram": Final.CONSONANT, "telegram": Final.CONSONANT, "twitter": Final.VOWEL,
          "discord": Final.VOWEL, "naver": Final.VOWEL, "google": Final.RIEUL,
          "caseapp": Final.CONSONANT, "admin": Final.CONSONANT, "onlyfans": Final.VOWEL,
          "reddit": Final.VOWEL, "pornhub": Final.CONSONANT, "signal": Final.RIEUL,
          "whatsapp": Final.CONSONANT, "snapchat": Final.CONSONANT, "threads": Final.VOWEL}

_WORD_END = re.compile(r"[A-Za-z]+$")
_SHORT_VOWEL_STOP = re.compile(r"(?:(?:^|[^aeiou])[aeiou](?:ck|[kpt])|oo[kp])$")


def _hangul_final(ch: str) -> Final:
    index = (ord(ch) - _HANGUL_FIRST) % 28
    if index == 0:
        return Final.VOWEL
    return Final.RIEUL if index == _RIEUL else Final.CONSONANT


def _number_final(digits: str) -> Final:
    stripped = digits.rstrip("0")
    if not stripped:  # 0, 00: 영
        return Final.CONSONANT
    zeros = len(digits) - len(stripped)
    if zeros:
        return _ZEROS.get(zeros, Final.CONSONANT)
    return _DIGIT[stripped[-1]]


def _latin_final(word: str) -> Final:
    lower = word.lower()
    if lower in _KNOWN:
        return _KNOWN[lower]
    if word.isupper() or len(word) <= 2:
        # An acronym (KCSC, URL, ID) is read letter by letter.
        return _LETTER_NAME.get(lower[-1], Final.VOWEL)
    if lower.endswith(("ng", "m", "n")):
        return Final.CONSONANT                     # Telegram 텔레그램, admin 어드민
    if lower.endswith(("l", "le")):
        return Final.RIEUL                         # email 이메일, Google 구글
    if _SHORT_VOWEL_STOP.search(lower):
        return Final.CONSONANT                     # Facebook 페이스북, chat 챗
    return Final.VOWEL                             # Discord 디스코드, Twitter 트위터, Kakao 카카오


def final_sound(word: str) -> Final:
    """How ``word`` ends when read aloud, looking past closing brackets, quotes and
    punctuation (``X (Twitter)`` is read as ending in Twitter)."""
    text = unicodedata.normalize("NFC", str(word)).rstrip()
    while text and not (text[-1].isalnum()):
        text = text[:-1].rstrip()
    if not text:
        return Final.VOWEL
    last = text[-1]
    if _HANGUL_FIRST <= ord(last) <= _HANGUL_LAST:
        return _hangul_final(last)
    if last.isdigit():
        digits = re.search(r"[0-9]+$", text)
        return _number_final(digits.group(0) if digits else last)
    latin = _WORD_END.search(text)
    if latin:
        return _latin_final(latin.group(0))
    return Final.VOWEL


def particle(word: str, form: str) -> str:
    """The form of particle ``form`` (either spelling: 은 or 는, 으로 or 로) that follows
    ``word``."""
    try:
        consonant, vowel, rieul = _FORMS[form]
    except KeyError:
        raise ValueError(f"not a Korean particle this function knows: {form!r}") from None
    final = final_sound(word)
    if final is Final.VOWEL:
        return vowel
    return rieul if final is Final.RIEUL else consonant


def attach(word: str, form: str) -> str:
    """``word`` followed by the right form of ``form``: attach("센터", "은") == "센터는"."""
    return f"{word}{particle(word, form)}"


_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”", "(": ")", "[": "]"}


def is_particle_spec(spec: str) -> bool:
    """Whether a format spec names a particle (``은``), optionally after an opening quote
    or bracket the value is wrapped in (``'은`` gives ``'value'는``)."""
    return spec in _FORMS or (len(spec) > 1 and spec[0] in _QUOTES and spec[1:] in _FORMS)


class WithParticles:
    """Wraps a message parameter so a format spec that names a particle attaches it:
    ``"{name:은}".format(name=WithParticles("김민지"))`` gives ``김민지는``, and
    ``"{value:'은}"`` gives ``'2026-13'은`` (quoted, the particle after the quote). Any other
    spec is the value's own (``{count:,}``)."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if spec in _FORMS:
            return attach(str(self.value), spec)
        if is_particle_spec(spec):
            opening, form = spec[0], spec[1:]
            return attach(f"{opening}{self.value}{_QUOTES[opening]}", form)
        return format(self.value, spec)

    def __str__(self) -> str:
        return str(self.value)
