"""Korean and English ship complete: every core message has a Korean translation with the
same placeholders."""

import string
import sys
from pathlib import Path

from caseapp.i18n import catalogue_ids, translate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import messages


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_core_message_has_a_korean_translation():
    missing = messages.missing()
    assert not missing, "untranslated: " + "; ".join(f"{f}: {m}" for m, f in missing.items())


def test_translations_keep_the_placeholders():
    bad = []
    for msgid in catalogue_ids("ko"):
        wanted = _fields(msgid)
        got = _fields(translate(msgid, "ko"))
        if wanted != got:
            bad.append(msgid)
    assert not bad


def test_language_switch():
    assert translate("The store is locked.", "en") == "The store is locked."
    assert translate("The store is locked.", "ko") == "저장소가 잠겨 있습니다."
    assert "3" in translate("Too many wrong attempts. Wait {seconds} seconds and try again.",
                            "ko", seconds=3)
