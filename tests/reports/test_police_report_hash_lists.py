"""An item found on a known-material hash list says so in the police report: a summary
under the evidence table naming the lists' sources, and a line in the item's block."""

from __future__ import annotations

import re

from caseapp.services import hash_lists, reports
from tests.reports.pdf_reading import pdftotext
from tests.reports.report_case import fill_case


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_matched_item_is_marked_with_the_lists_source(vault, tmp_path):
    filled = fill_case(vault, takedowns=False, files=2)
    listed = tmp_path / "list.txt"
    listed.write_text(f"sha256 {filled.files[1].sha256} batch\n", encoding="utf-8")
    hash_lists.import_list(vault, listed, source="Korea Police NCII unit", label="Nov-2026")

    for lang, marker in (("en", "On a known-material hash list: Korea Police NCII unit, "
                                "list \"Nov-2026\" (same SHA-256)."),
                         ("ko", "알려진 자료의 해시 목록에 있음: Korea Police NCII unit, "
                                "목록 \"Nov-2026\" (SHA-256 일치).")):
        out = tmp_path / f"{lang}.pdf"
        reports.build_police_report(vault, filled.number, out, lang=lang)
        text = flat(pdftotext(out))
        assert marker in text
        assert text.count(marker) == 1  # the second file only, not the first
    assert "1 item(s) of this case are on hash lists of known material supplied by: Korea " \
           "Police NCII unit." in flat(pdftotext(tmp_path / "en.pdf"))


def test_report_without_matches_has_no_hash_list_lines(vault, tmp_path):
    filled = fill_case(vault, takedowns=False, files=1)
    out = tmp_path / "r.pdf"
    reports.build_police_report(vault, filled.number, out, lang="en")
    assert "hash list" not in pdftotext(out)
