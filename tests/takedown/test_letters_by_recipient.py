"""Each recipient gets the document that fits it, read back with pdftotext: service providers
a request letter and the statutory form, the standards commission a request for deliberation
and a correction request on its own legal basis, the police a referral naming the offences,
the national support centre a referral for deletion support. Every letter carries the
organisation's contact details and the signing counsellor's display name, never "admin" and
never a "confidential" marking; what the material is said to be follows its content type."""

import re

import pytest

from caseapp.domain.evidence import EvidenceDraft
from caseapp.services import cases, takedowns
from caseapp.services import evidence as evidence_service
from caseapp.services import organisation as organisation_service
from caseapp.services.chat_import import import_chat_export
from caseapp.services.signer import NoSigningProfile
from caseapp.services.takedowns.letters import StatutoryFormRefused
from tests.conftest import SIGNER, sign_as
from tests.evidence.chat import exports as ex
from tests.reports.pdf_reading import pdftotext
from tests.takedown.conftest import audit_actions, dump, kst

URL = "https://t.me/leakroom/4512"
ADDRESS, PHONE, EMAIL = "서울특별시 중구 세종대로 110", "02-123-4567", "help@centre.example"
DESIGNATION = "방송통신위원회 고시 제2022-21호 지정"
ALL_RECIPIENTS = ("telegram", "naver", "google_search", "hosting_abuse", "adult_site", "kcsc",
                  "police", "d4u")
PROVIDERS = ("telegram", "naver", "google_search", "hosting_abuse", "adult_site")
FILMED_WORDS = "촬영 대상자의 의사에 반하여 촬영"


def _flat(text):
    return "".join(text.split())


@pytest.fixture
def org(vault):
    organisation_service.update(vault, address=ADDRESS, phone=PHONE, email=EMAIL)
    return organisation_service.get(vault)


def _request(vault, case, key, **kw):
    item = evidence_service.add_url_evidence(vault, case.number, URL, draft=EvidenceDraft(
        poster_account="@leaker_01", channel_name="지인능욕방")).item
    request = takedowns.create_request(vault, case.number, URL, key, evidence=[item.id],
                                       keywords="OO고 합성", **kw)
    return takedowns.submit(vault, request, at=kst(2024, 3, 1, 10))


def _pdf(vault, request, tmp_path, form, lang):
    out = tmp_path / f"{request.code}-{form}-{lang}.pdf"
    takedowns.write_letter(vault, request, out, form=form, lang=lang)
    return pdftotext(out)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_letter_carries_contact_details_and_signer_and_no_confidential_marking(
        vault, case, org, tmp_path, lang):
    for key in ALL_RECIPIENTS:
        request = _request(vault, case, key)
        for form in ("letter", "webform"):
            text = _pdf(vault, request, tmp_path, form, lang)
            flat = _flat(text)
            for detail in (ADDRESS, PHONE, EMAIL):
                assert _flat(detail) in flat, (key, form, detail)
            assert "대외비" not in text and "Confidential" not in text, (key, form)
            assert "admin" not in text, (key, form)
            if form == "letter":
                assert _flat(SIGNER) in flat, (key, form)
            if lang == "ko":
                assert not re.search(r"\b(Telegram|KCSC|Naver|Police|Google)\b", text), \
                    (key, form, "an English recipient name in a Korean letter")


def test_the_commission_gets_a_request_for_deliberation_on_its_own_basis(vault, case, org,
                                                                         tmp_path):
    request = _request(vault, case, "kcsc")
    text = _pdf(vault, request, tmp_path, "letter", "ko")
    flat = _flat(text)
    assert "귀사" not in text and "이용약관" not in text
    assert _flat("심의 및 시정요구") in flat
    assert _flat("「방송미디어통신위원회의 설치 및 운영에 관한 법률」") in flat
    assert _flat("「방송통신위원회의 설치 및 운영에 관한 법률」 제21조제4호") in flat
    assert _flat("「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의7") in flat
    assert "제22조의5" not in text
    assert _flat("방송미디어통신심의위원회(구 방송통신심의위원회) 귀중") in flat
    english = _pdf(vault, request, tmp_path, "letter", "en")
    assert "deliberation" in english and "Article 44-7" in english
    assert "22-5" not in english and "terms of service" not in english


def test_police_and_support_centre_letters_are_not_platform_letters(vault, case, org,
                                                                    tmp_path):
    police = _flat(_pdf(vault, _request(vault, case, "police"), tmp_path, "letter", "ko"))
    assert _flat("수사 의뢰") in police and "제22조의5" not in police and "귀사" not in police
    assert _flat("관련 법조: 「성폭력범죄의 처벌 등에 관한 특례법」 제14조의2") in police
    centre = _flat(_pdf(vault, _request(vault, case, "d4u"), tmp_path, "letter", "ko"))
    assert _flat("디지털성범죄피해자지원센터 귀중") in centre
    assert _flat("삭제 지원 연계 의뢰") in centre and "귀사" not in centre
    assert _flat("「성폭력방지 및 피해자보호 등에 관한 법률」 제7조의3") in centre
    assert "제22조의5" not in centre


# field labels in the order of the official form (the boxed blocks' names sit beside them)
BLOCKS_KO = ("신고·삭제요청인", "피해자", "신고·삭제 대상 불법촬영물등", "요청 내용", "첨부서류")
STATUTORY_FIELDS_KO = (
    "불법촬영물등 유통 신고·삭제요청서", "접수번호", "접수일자", "처리기간", "구분",
    "피해자 본인", "대리인", "지정된 신고·삭제요청 기관", "지정 내용", "성명(기관명)", "담당자",
    "주소", "전화번호", "전자우편", "피해자와의 관계", "인적사항", "유형", "URL", "게시물 제목",
    "게시자 ID", "게시 일시", "게시판·채널명", "요청 조치", "삭제", "접속차단", "사유",
    "첨부서류", "위와 같이 불법촬영물등의 유통을 신고하고", "신고·삭제요청인:",
    "(서명 또는 인)", "네이버 귀하")


def test_the_statutory_form_has_every_field_of_the_official_form_in_order(vault, case, org,
                                                                          tmp_path):
    organisation_service.update(vault, designated_reporter=True, designation=DESIGNATION)
    request = _request(vault, case, "naver")
    flat = _flat(_pdf(vault, request, tmp_path, "statutory", "ko"))
    at = 0
    for label in STATUTORY_FIELDS_KO:
        found = flat.find(_flat(label), at)
        assert found >= 0, f"{label} missing or out of order"
        at = found + len(_flat(label))
    assert all(_flat(block) in flat for block in BLOCKS_KO)
    assert "■" + _flat("지정된 신고·삭제요청 기관") in flat     # the requester type is ticked
    assert _flat(DESIGNATION) in flat
    assert _flat("신고·삭제요청 기관이 요청하는 경우 피해자의 인적사항은 적지 않을 수") in flat
    assert "@leaker_01" in flat and _flat("지인능욕방") in flat and _flat("OO고 합성") in flat
    assert _flat(f"담당자 {SIGNER} (서명 또는 인)") in flat


def test_an_organisation_that_is_not_designated_requests_as_a_representative(vault, case,
                                                                             org):
    request = _request(vault, case, "naver")
    text = takedowns.letter_text(vault, request, form="statutory", lang="ko")
    assert "■ 대리인" in text and "□ 지정된 신고·삭제요청 기관" in text
    assert "지정 내용" not in text


def test_the_statutory_form_prints_when_a_chat_message_was_posted(vault, case, org, tmp_path):
    created = import_chat_export(vault, case.number, ex.telegram_json_chat(tmp_path / "x"),
                                 hash_only=True).created
    first = evidence_service.get_evidence(vault, created[0])
    request = takedowns.create_request(vault, case.number, URL, "naver", evidence=[first.id])
    text = takedowns.letter_text(vault, request, form="statutory", lang="ko")
    [posted] = [line for line in text.splitlines() if line.startswith("게시 일시:")]
    assert "+09:00" in posted and posted != "게시 일시: -"


@pytest.mark.parametrize("key", ["kcsc", "police", "d4u"])
def test_the_statutory_form_is_refused_for_recipients_that_are_not_providers(vault, case, org,
                                                                            tmp_path, key):
    request = _request(vault, case, key)
    before = dump(vault)
    out = tmp_path / "form.pdf"
    with pytest.raises(StatutoryFormRefused) as info:
        takedowns.write_letter(vault, request, out, form="statutory", lang="ko")
    assert "서비스 제공자" in info.value.message("ko") and "letter" in info.value.message("en")
    assert not out.exists() and dump(vault) == before
    with pytest.raises(StatutoryFormRefused):
        takedowns.letter_text(vault, request, form="statutory", lang="en")


@pytest.mark.parametrize("key", PROVIDERS)
def test_the_statutory_form_is_issued_to_every_kind_of_provider(vault, case, org, key):
    request = _request(vault, case, key)
    assert "불법촬영물등 유통 신고·삭제요청서" in takedowns.letter_text(
        vault, request, form="statutory", lang="ko")


def test_the_content_statement_follows_the_content_type(vault, case, org):
    synthetic = _request(vault, case, "telegram", content_type="synthetic")
    filmed = _request(vault, case, "telegram", content_type="filmed")
    deepfake = takedowns.letter_text(vault, synthetic, lang="ko")
    camera = takedowns.letter_text(vault, filmed, lang="ko")
    assert "허위영상물(합성·편집물)" in deepfake and "제14조의2" in deepfake
    assert FILMED_WORDS not in deepfake and "촬영물 자체" not in deepfake
    assert FILMED_WORDS in camera and "허위영상물" not in camera
    for form in ("webform", "statutory"):
        assert FILMED_WORDS not in takedowns.letter_text(vault, synthetic, form=form, lang="ko")
    english = takedowns.letter_text(vault, synthetic, lang="en")
    assert "false video material" in english and "never filmed" in english


def test_threats_and_personal_information_are_stated_when_the_case_has_them(vault, org):
    sign_as(vault)
    opened = cases.open_case(vault, legal_categories=[
        "synthetic_sexual_material", "sextortion", "personal_information_disclosure"])
    cases.record_consent(vault, opened.number, "takedown", True, "written")
    request = takedowns.create_request(vault, opened.number, URL, "telegram")
    text = takedowns.letter_text(vault, request, lang="ko")
    assert "협박하거나 강요" in text and "제14조의3" in text and "신상정보" in text


def test_a_document_is_refused_when_the_actor_is_not_an_active_profile(vault, case, org,
                                                                       tmp_path):
    request = _request(vault, case, "telegram")
    vault.actor = "admin"
    before = dump(vault)
    with pytest.raises(NoSigningProfile) as info:
        takedowns.write_letter(vault, request, tmp_path / "l.pdf", lang="ko")
    assert SIGNER in info.value.message("en") and "--actor" in info.value.message("en")
    assert "'admin'은" in info.value.message("ko")
    assert not (tmp_path / "l.pdf").exists() and dump(vault) == before
    sign_as(vault)
    cases.update_counsellor(vault, cases.get_counsellor(vault, SIGNER).id, active=False)
    with pytest.raises(NoSigningProfile):
        takedowns.letter_text(vault, request, lang="en")
    assert "takedown.letter_written" not in audit_actions(vault)
