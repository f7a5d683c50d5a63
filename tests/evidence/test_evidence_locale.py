from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import caseapp.evidence
from caseapp.paths import resource_path

PLACEHOLDER = re.compile(r"\{\w+\}")


def _evidence_msgids() -> set[str]:
    folder = Path(caseapp.evidence.__file__).parent
    found = extract_from_dir(str(folder), method_map=[("**.py", "python")], keywords={"N_": None})
    return {str(message) for _, _, message, _, _ in found}


def _korean(name: str = "evidence.po") -> dict[str, str]:
    with resource_path("locale", "ko", name).open("rb") as fh:
        catalog = read_po(fh, locale="ko")
    return {str(m.id): str(m.string) for m in catalog if m.id and not m.fuzzy}


def test_every_evidence_message_has_a_korean_translation() -> None:
    # the chat export readers (caseapp/evidence/chat) keep theirs with the chat import, the
    # hash-list file reader with the hash lists
    korean = {**_korean("chat_import.po"), **_korean("hash_lists.po"), **_korean()}
    missing = {msgid for msgid in _evidence_msgids() if not korean.get(msgid)}
    assert not missing


def test_translations_keep_their_placeholders_and_nothing_is_stale() -> None:
    korean = _korean()
    msgids = _evidence_msgids()
    assert set(korean) <= msgids, set(korean) - msgids
    for msgid, text in korean.items():
        assert sorted(PLACEHOLDER.findall(msgid)) == sorted(PLACEHOLDER.findall(text)), msgid
