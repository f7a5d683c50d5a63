"""Files recorded by hash only (no consent to keep copies) in the police report: each row is
marked, the intro does not say every file is kept, and the checking instructions leave them
out, or give no sha256sum instructions at all when no file is kept (no package can be made)."""

from __future__ import annotations

import re

import pytest

from caseapp.services import cases, evidence, reports
from tests.conftest import sign_as
from tests.evidence.conftest import encode, structured_image
from tests.reports.pdf_reading import pdftotext

MARK = {"en": "Hash only (file not kept)", "ko": "해시만 기록(파일 미보관)"}


def image(tmp_path, name, seed):
    path = tmp_path / name
    path.write_bytes(encode(structured_image(seed)))
    return path


@pytest.fixture
def case(vault):
    sign_as(vault)                   # the report is signed by this counsellor profile
    opened = cases.open_case(vault)
    cases.record_consent(vault, opened, "police", True, "written")
    return opened


def table_text(text: str) -> str:
    """From the evidence section's heading to the details."""
    start = max(text.find("8. Evidence"), text.find("8. 증거"))
    end = max(text.find("Evidence details"), text.find("증거 상세"))
    return text[start:end]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_hash_only_row_is_marked_and_left_out_of_the_checking_steps(vault, case, tmp_path,
                                                                       lang):
    hashed = evidence.ingest_file(vault, case, image(tmp_path, "h.png", 1), hash_only=True).item
    cases.record_consent(vault, case, "copies", True, "written")
    kept = evidence.ingest_file(vault, case, image(tmp_path, "k.png", 2)).item
    out = tmp_path / f"r-{lang}.pdf"
    reports.build_police_report(vault, case.number, out, lang=lang)
    text = pdftotext(out)
    table = table_text(text)
    # the mark sits in the hash-only item's row, between its code and the next item's code
    row = table.split(hashed.code, 1)[1].split(kept.code, 1)[0]
    assert MARK[lang] in row
    assert table.count(MARK[lang]) == 1 + 1  # the row and the intro naming the mark
    assert any(hashed.sha256 in line for line in text.splitlines())
    checking = text.split("11. ", 2)[-1]
    flat = re.sub(r"\s+", " ", checking)
    assert "sha256sum -c SHA256SUMS" in flat
    assert hashed.code in flat and kept.code not in flat


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_with_no_kept_file_the_report_promises_no_package(vault, case, tmp_path, lang):
    evidence.ingest_file(vault, case, image(tmp_path, "h.png", 3), hash_only=True)
    out = tmp_path / f"r-{lang}.pdf"
    reports.build_police_report(vault, case.number, out, lang=lang)
    flat = re.sub(r"\s+", " ", pdftotext(out))
    assert "sha256sum" not in flat and "SHA256SUMS" not in flat
    nospace = flat.replace(" ", "")
    assert ("noevidencepackageaccompaniesthisreport" in nospace if lang == "en"
            else "증거묶음이함께전달되지않습니다" in nospace)
    # the evidence intro does not say the files are kept
    assert ("1file(s)marked" in nospace if lang == "en" else "파일1건은보관하지않았으며" in nospace)
