"""The police report's "relevant offences" section: built from the case's legal categories
(a set), with the facts that point to each article, and the Youth Protection Act whenever the
victim was a minor."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from caseapp.domain.cases import Incident
from caseapp.domain.legal import LegalCategory
from caseapp.domain.offences import Offence, relevant_offences
from caseapp.services import cases as case_service
from caseapp.services import reports
from tests.conftest import sign_as
from tests.reports.pdf_reading import pdftotext
from tests.reports.report_case import fill_case

KST = timezone(timedelta(hours=9))


def _incident(category: LegalCategory | None, year: int = 2026) -> Incident:
    at = datetime(year, 3, 1, 22, 10, tzinfo=KST)
    return Incident(0, 1, "합성물 유포", at, "Asia/Seoul", None, "방", category, "", "", (),
                    at, at)


def test_each_category_points_to_its_articles_and_a_case_may_have_several():
    found = relevant_offences([LegalCategory.SYNTHETIC_SEXUAL_MATERIAL,
                               LegalCategory.MINOR_EXPLOITATION_MATERIAL,
                               LegalCategory.SEXTORTION])
    assert [e.offence for e in found] == [Offence.SYNTHETIC, Offence.MINOR_MATERIAL,
                                          Offence.THREATS]
    filming = relevant_offences([LegalCategory.ILLEGAL_FILMING,
                                 LegalCategory.NON_CONSENSUAL_DISTRIBUTION])
    assert [e.offence for e in filming] == [Offence.FILMING, Offence.DISTRIBUTION]
    assert relevant_offences([]) == []


def test_a_minor_victim_adds_the_youth_protection_act_even_when_not_ticked():
    incidents = [_incident(LegalCategory.SYNTHETIC_SEXUAL_MATERIAL)]
    by_year = relevant_offences([LegalCategory.SYNTHETIC_SEXUAL_MATERIAL], incidents=incidents,
                                birth_year=2009)
    assert Offence.MINOR_MATERIAL in [e.offence for e in by_year]
    adult = relevant_offences([LegalCategory.SYNTHETIC_SEXUAL_MATERIAL], incidents=incidents,
                              birth_year=2001)
    assert Offence.MINOR_MATERIAL not in [e.offence for e in adult]
    tagged = relevant_offences([LegalCategory.SYNTHETIC_SEXUAL_MATERIAL], minor_tag=True)
    facts = [f.text("en") for e in tagged if e.offence is Offence.MINOR_MATERIAL
             for f in e.facts]
    assert "The case is tagged as involving a minor victim." in facts
    # the birth year is printed only when the report shares the identity
    hidden = [f.text("en") for e in by_year for f in e.facts]
    assert not any("2009" in fact for fact in hidden)


def _section(text: str, start: str, end: str) -> str:
    """The section's text (its heading's last occurrence: the first is in the contents)."""
    begin = text.rindex(start)
    return text[begin:text.index(end, begin)]


def test_the_korean_report_cites_article_14_2_and_the_youth_act_for_a_deepfake_of_a_minor(
        vault, tmp_path):
    filled = fill_case(vault)
    case_service.update_case(vault, filled.number, tags=["deepfake", "minor_victim"])
    pdf = tmp_path / "ko.pdf"
    reports.build_police_report(vault, filled.number, pdf, lang="ko")
    text = pdftotext(pdf)
    section = re.sub(r"\s+", " ", _section(text, "2. 관련 법조", "3. 피해자"))
    assert "성폭력범죄의 처벌 등에 관한 특례법" in section
    assert "제14조의2" in section
    assert "아동·청소년의 성보호에 관한 법률" in section and "제11조" in section
    assert "수사기관이 판단합니다" in section
    english = tmp_path / "en.pdf"
    reports.build_police_report(vault, filled.number, english, lang="en")
    section = re.sub(r"\s+", " ", _section(pdftotext(english), "2. Relevant offences",
                                           "3. Victim"))
    assert "Article 14-2" in section and "Article 11" in section


def test_a_case_without_categories_says_no_article_is_suggested(vault, tmp_path):
    sign_as(vault)
    case = case_service.open_case(vault, pseudonym="빈칸-001")
    case_service.record_consent(vault, case, "police", True, "verbal")  # a report for police
    pdf = tmp_path / "none.pdf"
    reports.build_police_report(vault, case.number, pdf, lang="en")
    assert "no article is suggested" in re.sub(r"\s+", " ", pdftotext(pdf))
