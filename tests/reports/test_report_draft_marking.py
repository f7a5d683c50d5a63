"""An internal draft of the police report can never pass for the real thing: its own title, and
"not for submission" in the header and across every page. pdftotext leaves diagonal text out
of its reading order, so the watermark is read with pypdf, the header with poppler."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from caseapp.i18n import translate
from caseapp.reports import police_report as doc
from caseapp.reports.police_report import wording
from caseapp.reports.toolkit import paragraph
from tests.reports.pdf_reading import page_texts
from tests.reports.police_report_data import report_data
from tests.reports.test_report_toolkit import build


def collapsed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pypdf_pages(pdf) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(pdf).pages]


def test_watermark_is_printed_on_every_page(tmp_path):
    result = build(tmp_path, lambda s: [paragraph("line " * 30, s.body) for _ in range(120)],
                   watermark="NOT FOR SUBMISSION")
    texts = pypdf_pages(result.path)
    assert len(texts) == result.pages > 2
    for text in texts:
        assert "NOT FOR SUBMISSION" in text


def test_no_watermark_unless_asked(tmp_path):
    result = build(tmp_path, lambda s: [paragraph("x", s.body)])
    assert "SUBMISSION" not in pypdf_pages(result.path)[0]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_draft_report_says_not_for_submission_on_every_page(tmp_path, lang):
    data = report_data(12, police=None, draft=True)
    built = doc.build_police_report_pdf(tmp_path / "draft.pdf", data, lang=lang)
    texts = page_texts(built.path)
    assert len(texts) == built.pages > 2
    for text, drawn in zip(texts, pypdf_pages(built.path), strict=True):
        assert collapsed(translate(wording.DRAFT_MARKING, lang)) in collapsed(text)
        assert collapsed(translate(wording.DRAFT_WATERMARK, lang)) in collapsed(drawn)
    cover = collapsed(texts[0])
    assert collapsed(translate(wording.DRAFT_TITLE, lang)) in cover
    assert collapsed(translate(wording.TITLE, lang)) not in cover
    assert "수사기관제출용" not in collapsed("".join(texts))
    title = PdfReader(built.path).metadata.title
    assert title == translate(wording.DRAFT_METADATA_TITLE, lang, number="2026-0012")


def test_real_report_carries_no_draft_wording(tmp_path):
    built = doc.build_police_report_pdf(tmp_path / "r.pdf", report_data(3), lang="ko")
    text = collapsed("".join(page_texts(built.path)))
    drawn = collapsed("".join(pypdf_pages(built.path)))
    assert collapsed(translate(wording.DRAFT_WATERMARK, "ko")) not in drawn
    assert "수사기관제출용" in text
