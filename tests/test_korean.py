"""Korean particles are chosen for the word they follow, everywhere text is rendered: core
messages, letter templates and Qt strings. A reader never has to pick between two forms."""

from __future__ import annotations

import re
import string

import pytest

from caseapp.i18n import catalogue_ids, translate
from caseapp.korean import PARTICLES, Final, WithParticles, attach, final_sound
from caseapp.takedown import templates
from tests.conftest import ROOT

ALTERNATIVES = re.compile(r"은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|와\(과\)|"
                          r"과\(와\)|\(으\)로|으로\(로\)")

# Names ending in a consonant, a vowel, ㄹ, a digit and a Latin letter (word and acronym).
ENDINGS = ("해바라기센터", "김민지", "박철", "디지털성범죄피해자지원센터 서울", "2026-0013",
           "3", "admin", "KCSC", "Telegram", "X (Twitter)")


@pytest.mark.parametrize(("word", "final"), [
    ("사건", Final.CONSONANT), ("센터", Final.VOWEL), ("서울", Final.RIEUL),
    ("2026-0012", Final.VOWEL), ("2026-0013", Final.CONSONANT), ("1", Final.RIEUL),
    ("10", Final.CONSONANT), ("admin", Final.CONSONANT), ("Telegram", Final.CONSONANT),
    ("Discord", Final.VOWEL), ("email", Final.RIEUL), ("KCSC", Final.VOWEL),
    ("URL", Final.RIEUL), ("X (Twitter)", Final.VOWEL), ("KakaoTalk", Final.CONSONANT),
    ("'방'", Final.CONSONANT), ("Facebook", Final.CONSONANT),
])
def test_the_final_sound_is_read_as_a_korean_speaker_would(word, final):
    assert final_sound(word) is final


def test_each_particle_takes_the_form_its_word_needs():
    assert attach("센터", "은") == "센터는" and attach("사건", "는") == "사건은"
    assert attach("센터", "이") == "센터가" and attach("사건", "가") == "사건이"
    assert attach("센터", "을") == "센터를" and attach("사건", "를") == "사건을"
    assert attach("센터", "과") == "센터와" and attach("사건", "와") == "사건과"
    assert attach("서울", "으로") == "서울로" and attach("사건", "로") == "사건으로"
    assert attach("센터", "으로") == "센터로"
    assert format(WithParticles("2026-13"), "'은") == "'2026-13'은"
    assert format(WithParticles(12345), ",") == "12,345"
    with pytest.raises(ValueError):
        attach("센터", "께서")


def _render_all(word: str) -> list[tuple[str, str]]:
    rendered = []
    for msgid in sorted(catalogue_ids("ko")):
        names = {n for _l, n, _s, _c in string.Formatter().parse(translate(msgid, "ko")) if n}
        rendered.append((msgid, translate(msgid, "ko", **dict.fromkeys(names, word))))
    return rendered


@pytest.mark.parametrize("word", ENDINGS)
def test_every_korean_message_renders_without_particle_alternatives(word):
    rendered = _render_all(word)
    assert len(rendered) > 500
    offered = [text for _msgid, text in rendered if ALTERNATIVES.search(text)]
    assert offered == []


@pytest.mark.parametrize("word", ENDINGS)
def test_every_korean_letter_template_renders_without_particle_alternatives(word):
    folder = ROOT / "resources" / "templates" / "takedown"
    files = sorted(folder.glob("*.ko.txt"))
    assert files
    for path in files:
        parsed = templates.parse(path.read_text(encoding="utf-8"))
        text = templates.fill(parsed, dict.fromkeys(templates.PLACEHOLDERS, word)).as_text()
        assert not ALTERNATIVES.search(text), path.name
        assert "${" not in text and "$" + "{" not in text


def test_a_particle_after_a_placeholder_in_a_template_follows_the_value():
    parsed = templates.parse("저희 ${organisation:은} ${action:을} 요청합니다.")
    assert templates.fill(parsed, {"organisation": "해바라기센터", "action": "삭제"}) \
        .as_text().strip() == "저희 해바라기센터는 삭제를 요청합니다."
    assert templates.fill(parsed, {"organisation": "경찰청", "action": "접근 차단"}) \
        .as_text().strip() == "저희 경찰청은 접근 차단을 요청합니다."
    from caseapp.errors import BadInput

    with pytest.raises(BadInput):
        templates.parse("${organisation:께서} 요청합니다.")


def test_no_source_text_offers_particle_alternatives():
    sources = [p for pattern in ("caseapp/**/*.py", "resources/**/*.po", "resources/**/*.ts",
                                 "resources/**/*.txt", "docs/*.md")
               for p in ROOT.glob(pattern) if "forms" not in p.parts]
    offending = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in sources
                 for m in ALTERNATIVES.finditer(p.read_text(encoding="utf-8"))]
    assert offending == []


# A placeholder followed by a particle written out by hand ("{code}와", "%1을"), possibly
# after the closing quote or bracket around it: the particle fits some values and not others
# (E-…-001과 but E-…-002와), so it must come from the placeholder's spec ({code:와}, %1{을},
# ${code:을}). A particle after an aside in brackets ("시간대({zone})로") belongs to the word
# before the bracket and is fine.
_HAND_WRITTEN = re.compile(
    r"(\$\{[^}]*\}|\{[^{}]*\}|%\d)([”’)\]'\"]?)("
    + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")(?![가-힣])")


def _hand_written_particles(text: str) -> list[str]:
    found = []
    for m in _HAND_WRITTEN.finditer(text):
        closing = m.group(2)
        before = text[:m.start()]
        if closing in (")", "]") and before.endswith("([" [closing == "]"]) \
                and len(before) > 1 and "가" <= before[-2] <= "힣":
            continue
        found.append(text[max(0, m.start() - 12):m.end()])
    return found


def test_no_particle_after_a_placeholder_is_written_by_hand():
    import xml.etree.ElementTree as ET

    from caseapp.i18n import _catalogue

    texts = [(f"message {msgid!r}", text) for msgid, text in _catalogue("ko").items()]
    ts = ET.parse(ROOT / "resources" / "translations" / "caseapp_ko.ts")
    texts += [(f"Qt {m.findtext('source')!r}", "".join(m.find("translation").itertext()))
              for m in ts.iter("message") if m.find("translation") is not None]
    texts += [(path.name, path.read_text(encoding="utf-8"))
              for path in sorted((ROOT / "resources" / "templates").rglob("*.ko.txt"))]
    assert len(texts) > 1000
    offending = [f"{where}: {hit}" for where, text in texts
                 for hit in _hand_written_particles(text)]
    assert offending == []
