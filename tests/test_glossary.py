"""The Korean glossary (docs/glossary.md) holds for every Korean text CaseApp ships: no
message catalogue, Qt translation, letter template or user guide uses a retired term."""

from __future__ import annotations

import shutil
from pathlib import Path

from tools import glossary

ROOT = Path(__file__).resolve().parent.parent


def test_the_glossary_names_the_terms_counsellors_meet():
    table = {t.english: t for t in glossary.terms()}
    expected = {"case": "사건", "counsellor": "상담사", "victim": "피해자",
                "takedown request": "삭제 요청", "evidence": "증거",
                "chain of custody": "보관 이력", "passphrase": "암호 문구",
                "recovery code": "복구 코드", "consent": "동의", "follow-up": "후속 조치",
                "similar-image check": "비슷한 이미지 검사"}
    assert {english: table[english].korean for english in expected} == expected
    assert "사례" in table["case"].retired
    assert "상담원" in table["counsellor"].retired
    assert "암호" in table["passphrase"].retired
    assert "암호화" in table["passphrase"].fine_in


def test_no_korean_text_uses_a_retired_term():
    hits = glossary.check()
    assert not hits, "retired glossary terms (docs/glossary.md):\n" + "\n".join(
        f"  {h.source}: {h.retired} -> {h.use}: …{h.excerpt}…" for h in hits)


def _copy_of_the_texts(tmp_path: Path) -> Path:
    for part in ("docs/glossary.md", "docs/user-guide.ko.md",
                 "resources/translations/caseapp_ko.ts", "resources/locale/ko",
                 "resources/templates/takedown"):
        source, target = ROOT / part, tmp_path / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_retired_term_is_found_in_each_kind_of_korean_text(tmp_path):
    root = _copy_of_the_texts(tmp_path)
    assert glossary.check(root) == []
    _edit(root / "resources/locale/ko/cases.po", "상담사 프로필", "상담원 프로필")
    _edit(root / "resources/translations/caseapp_ko.ts", "<translation>담당 상담사",
          "<translation>담당 상담원")
    _edit(root / "resources/templates/takedown/police.letter.ko.txt", "사건", "사례")
    _edit(root / "docs/user-guide.ko.md", "암호 문구", "암호")
    hits = glossary.check(root)
    assert {(h.source.split(":")[0], h.retired) for h in hits} == {
        ("resources/locale/ko/cases.po", "상담원"),
        ("resources/translations/caseapp_ko.ts", "상담원"),
        ("resources/translations/caseapp_ko.ts", "담당 상담원"),
        ("resources/templates/takedown/police.letter.ko.txt", "사례"),
        ("docs/user-guide.ko.md", "암호"),
    }


def test_words_that_contain_a_retired_term_but_are_right_are_not_hits():
    terms = glossary.terms()
    fine = "암호화된 저장소, 암호 문구, 신고·삭제요청서, 오픈채팅방, PDF 비밀번호"
    assert list(glossary.retired_uses(fine, "x", terms)) == []
    assert [h.retired for h in glossary.retired_uses("저장소 암호를 입력", "x", terms)] == ["암호"]


def test_letters_to_platforms_keep_the_formal_register_the_interface_does_not():
    terms = glossary.terms()
    text = "처리 결과를 알려 주십시오."
    assert list(glossary.retired_uses(text, "letter", terms, letter=True)) == []
    assert [h.retired for h in glossary.retired_uses(text, "ui", terms)] == ["십시오"]
