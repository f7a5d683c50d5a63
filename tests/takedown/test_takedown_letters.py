"""Letters in Korean and English, read back the way the recipient would (pypdf): the URL and
the case number appear, the victim's name does not; the statutory 신고·삭제요청서 is filled
from the case; templates are the organisation's to edit and never run code."""

import pytest
from pypdf import PdfReader

from caseapp.errors import BadInput
from caseapp.services import takedowns
from caseapp.services import vault as vault_service
from caseapp.takedown import targets, templates
from tests.takedown.conftest import (
    VICTIM_LATIN,
    VICTIM_NAME,
    audit_actions,
    dump,
    kst,
    url_evidence,
)

URL = "https://t.me/leakroom/42"


def _pdf_text(path):
    return "".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _flat(text):
    return "".join(text.split())


@pytest.fixture
def request_(vault, case):
    vault_service.set_organisation_details(vault, address="서울시 중구 1", phone="02-000-0000",
                                           email="help@centre.example")
    item = url_evidence(vault, case, URL)
    request = takedowns.create_request(vault, case.number, URL, "naver", evidence=[item.id],
                                       keywords="OO고 합성 사진", description="합성 이미지 3장")
    return takedowns.submit(vault, request, at=kst(2024, 3, 1, 10), reference="NV-2024-1")


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("form", ["letter", "webform", "statutory"])
def test_letters_show_the_url_and_case_number_but_not_the_victim(vault, case, request_,
                                                                 tmp_path, lang, form):
    out = tmp_path / f"{form}-{lang}.pdf"
    result = takedowns.write_letter(vault, request_, out, form=form, lang=lang)
    assert result.format == "pdf" and result.pages >= 1 and not result.victim_identity
    text = _flat(_pdf_text(out))
    assert URL in text
    assert case.number in text
    assert request_.code in text
    assert _flat(VICTIM_NAME) not in text and _flat(VICTIM_LATIN) not in text
    txt = tmp_path / f"{form}-{lang}.txt"
    takedowns.write_letter(vault, request_, txt, form=form, lang=lang)
    plain = txt.read_text(encoding="utf-8")
    assert URL in plain and case.number in plain
    assert VICTIM_NAME not in plain and VICTIM_LATIN not in plain


def test_the_statutory_form_is_prefilled_from_the_case(vault, case, request_, tmp_path):
    out = tmp_path / "statutory.pdf"
    takedowns.write_letter(vault, request_, out, form="statutory", lang="ko")
    text = _flat(_pdf_text(out))
    assert _flat("불법촬영물등 유통 신고·삭제요청서") in text
    assert "전기통신사업법」제22조의5제1항" in text
    assert "TestCentre" in text                                  # requester: the organisation
    assert _flat("OO고 합성 사진") in text                       # titles or keywords
    assert "■" + _flat("편집물·합성물·가공물") in text          # the case is a deepfake case
    assert _flat("help@centre.example") in text
    english = takedowns.letter_text(vault, request_, form="statutory", lang="en")
    assert "Request for Reporting and Deletion of Illegal Filmed Material" in english
    assert "■ Edited, synthesised or processed material (deepfake)" in english


def test_every_letter_written_is_in_the_audit_chain(vault, request_, tmp_path):
    takedowns.write_letter(vault, request_, tmp_path / "a.pdf", lang="en")
    event = vault.cases.execute("SELECT object_id, details FROM audit_event WHERE action ="
                                " 'takedown.letter_written'").fetchall()
    assert len(event) == 1 and event[0][0] == request_.code
    details = vault.readable_details(event[0][1])  # sealed under the case's key
    assert details["file"] == "a.pdf" and "sha256" in details
    assert URL not in str(details) and URL not in event[0][1]


def test_a_letter_file_must_be_pdf_or_txt(vault, request_, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    before = dump(vault)
    with pytest.raises(BadInput):
        takedowns.write_letter(vault, request_, out / "letter.docx")
    with pytest.raises(BadInput):
        takedowns.write_letter(vault, request_, out / "missing" / "letter.pdf")
    with pytest.raises(BadInput):
        takedowns.write_letter(vault, request_, out)
    assert dump(vault) == before and list(out.iterdir()) == []


def test_an_escalation_letter_names_the_earlier_request(vault, case, tmp_path):
    first = takedowns.create_request(vault, case.number, URL, "telegram")
    takedowns.submit(vault, first, at=kst(2024, 3, 1, 10), reference="TG-1")
    takedowns.set_status(vault, first, "no_response", at=kst(2024, 3, 5, 10))
    second = takedowns.escalate(vault, first)
    text = takedowns.letter_text(vault, second, lang="en")
    assert first.code in text and "(reference TG-1)" in text and "No response" in text
    korean = takedowns.letter_text(vault, second, lang="ko")
    assert first.code in korean and "방송미디어통신심의위원회(구 방송통신심의위원회)" in korean


def test_unicode_addresses_are_kept_exactly_and_shown_safely(vault, case, tmp_path):
    url = "https://예시.한국/유출/사진?id=1"
    request = takedowns.create_request(vault, case.number, url, "hosting_abuse")
    assert request.target == url
    text = takedowns.letter_text(vault, request, lang="en")
    assert url in text
    assert "https://xn--" in text and "%EC%9C%A0%EC%B6%9C" in text        # ASCII form too
    disguised = "https://example.com/\u202egpj.exe"
    tricky = takedowns.create_request(vault, case.number, disguised, "hosting_abuse")
    assert tricky.target == disguised
    assert targets.visible(disguised) == "https://example.com/[U+202E]gpj.exe"
    takedowns.write_letter(vault, tricky, tmp_path / "t.pdf", lang="en")
    assert "[U+202E]" in _pdf_text(tmp_path / "t.pdf")


def test_an_edited_template_is_used_and_a_broken_one_is_refused(vault, request_):
    body = ("Subject: Custom ${request_code}\n\n"
            "Please remove ${target} now.\n\n? Keywords: ${keywords}\n\n"
            "Cost: $$0. Contact ${organisation_email}.\n")
    takedowns.set_template(vault, "platform", "letter", "en", body)
    text = takedowns.letter_text(vault, request_, lang="en")
    assert text.startswith(f"Custom {request_.code}\n\nPlease remove {URL} now.")
    assert "Cost: $0." in text
    before = dump(vault)
    with pytest.raises(BadInput) as info:
        takedowns.set_template(vault, "platform", "letter", "en", "Hello\n\n${victim_name}\n")
    assert "line 3" in info.value.message() and "victim_name" in info.value.message()
    with pytest.raises(BadInput):
        takedowns.set_template(vault, "platform", "letter", "en", "Pay $ 5 now")
    with pytest.raises(BadInput):
        takedowns.set_template(vault, "platform", "statutory", "en", body)
    assert dump(vault) == before
    assert takedowns.reset_template(vault, "platform", "letter", "en")
    assert takedowns.template_text(vault, "platform", "letter", "en")[1] is False
    assert "takedown.template_changed" in audit_actions(vault)


def test_typed_text_can_never_act_as_template_syntax(vault, case):
    request = takedowns.create_request(
        vault, case.number, URL, "telegram",
        description="# Not a heading\n\nSubject: not a subject ${victim} $organisation",
        keywords="{__import__('os')} <b>bold</b>")
    text = takedowns.letter_text(vault, request, lang="en")
    assert "# Not a heading" in text
    assert "Subject: not a subject ${victim} $organisation" in text
    assert "{__import__('os')} <b>bold</b>" in text
    assert VICTIM_NAME not in text
    parsed = templates.parse("Subject: S\n\n# Head\n\n? opt ${keywords}\n\nbody\n")
    filled = templates.fill(parsed, {"keywords": ""})
    assert filled.subject == "S" and [b.text for b in filled.blocks] == ["Head", "body"]


def test_every_shipped_template_parses():
    from caseapp.domain.takedowns import RecipientKind

    for kind in RecipientKind:
        for form in templates.TEMPLATE_FORMS:
            for lang in ("ko", "en"):
                templates.parse(templates.default_text(kind, form, lang))
