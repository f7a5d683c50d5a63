"""A police report for a case with 500 evidence items: many pages, the evidence table's header
on every page it runs over, no row cut in half, every hash present, every page numbered."""

from __future__ import annotations

import re

import pytest

from caseapp.reports.police_report import build_police_report_pdf
from tests.reports.pdf_reading import page_texts
from tests.reports.police_report_data import md5, report_data, sha

ITEMS = 500
LINK_ITEM = 3  # a link: no file, no hash
HEADER = ("No. / file", "Where it was found", "Captured")


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    folder = tmp_path_factory.mktemp("large")
    result = build_police_report_pdf(folder / "large.pdf", report_data(ITEMS), lang="en")
    return result, page_texts(result.path)


def table_pages(texts: list[str]) -> list[str]:
    """The text of each page the evidence table is on, cut where the details begin."""
    first = next(n for n, t in enumerate(texts) if "E-2026-0012-001" in t)
    out = []
    for text in texts[first:]:
        if "Evidence details" in text:
            before = text.split("Evidence details")[0]
            if "E-2026-0012-" in before:  # the table may end exactly at a page's foot
                out.append(before)
            break
        out.append(text)
    return out


def test_the_evidence_table_header_repeats_on_every_page_it_runs_over(large):
    result, texts = large
    assert result.pages == len(texts) > 60
    pages = table_pages(texts)
    assert len(pages) > 20
    for number, text in enumerate(pages):
        for label in HEADER:
            assert label in text, f"table page {number + 1} has no '{label}' header"


def test_no_evidence_row_is_cut_in_half_and_every_row_is_there(large):
    _result, texts = large
    seen = []
    for text in table_pages(texts):
        flat = re.sub(r"\s+", "", text)
        for code in re.findall(r"E-2026-0012-(\d{3})", text):
            i = int(code)
            seen.append(i)
            if i == LINK_ITEM:
                continue
            # the row's first line (code) and its last (the MD5's last group) share a page
            assert sha(i) in flat and md5(i)[-8:] in flat, f"row {i} split across pages"
    assert sorted(seen) == list(range(1, ITEMS + 1))


def test_every_sha256_appears_and_every_page_is_numbered(large):
    result, texts = large
    flat = re.sub(r"\s+", "", "".join(texts))
    for i in range(1, ITEMS + 1):
        if i != LINK_ITEM:
            assert sha(i) in flat
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {result.pages}" in text
        assert "RPT-2026-0012-01" in text


def test_every_item_has_its_detail_block_with_custody(large):
    _result, texts = large
    details = "".join(texts).split("Evidence details", 1)[1]
    for i in range(1, ITEMS + 1):
        assert f"E-2026-0012-{i:03d} · " in details
    assert details.count("Chain of custody") == ITEMS
