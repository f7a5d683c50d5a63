"""A report for police needs the victim's consent to share with police. Without it (never given
or withdrawn) nothing is written and nothing registered; only an explicit internal draft is
built, marked on every page and registered as a draft. Through the service (the command is in
tests/cli/test_police_report_consent_cli.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.domain.reports import ReportKind
from caseapp.errors import ConsentMissing
from caseapp.services import cases as case_service
from caseapp.services import reports
from caseapp.services import vault as vault_service
from tests.conftest import snapshot
from tests.reports.pdf_reading import page_texts
from tests.reports.report_case import VICTIM_NAME, fill_case


def stored(data_dir: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(data_dir).items() if not k.endswith("-shm")}


def collapsed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("consent", [None, False], ids=["never-given", "withdrawn"])
def test_report_without_police_consent_writes_and_registers_nothing(vault, data_dir, tmp_path,
                                                                    consent):
    filled = fill_case(vault, police_consent=consent, takedowns=False, files=1)
    before = stored(data_dir)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ConsentMissing) as caught:
        reports.build_police_report(vault, filled.number, out / "r.pdf", lang="en")
    assert caught.value.exit_code == 1
    message = caught.value.message("en")
    assert filled.number in message and "share with police" in message
    assert ("withdrew" in message) is (consent is False)
    assert "internal draft" in message
    assert "동의" in caught.value.message("ko")
    assert list(out.iterdir()) == []
    assert stored(data_dir) == before
    assert reports.list_reports(vault, filled.number) == []


def test_consent_withdrawn_after_a_report_refuses_the_next_one(vault, tmp_path):
    filled = fill_case(vault, takedowns=False, files=1)
    reports.build_police_report(vault, filled.number, tmp_path / "first.pdf", lang="en")
    case_service.record_consent(vault, filled.number, "police", False, "verbal")
    with pytest.raises(ConsentMissing):
        reports.build_police_report(vault, filled.number, tmp_path / "second.pdf", lang="en")
    assert not (tmp_path / "second.pdf").exists()
    assert len(reports.list_reports(vault, filled.number)) == 1


def test_explicit_internal_draft_is_marked_and_registered_as_a_draft(vault, tmp_path):
    filled = fill_case(vault, police_consent=False, takedowns=False, files=2)
    record = reports.build_police_report(vault, filled.number, tmp_path / "d.pdf", lang="ko",
                                         internal_draft=True)
    assert record.kind is ReportKind.POLICE_REPORT_DRAFT
    assert record.report_id == f"DRF-{filled.number}-01"
    assert record.options["internal_draft"] is True
    assert record.options["police_consent"] == "withdrawn"
    [listed] = reports.list_reports(vault, filled.number)
    assert listed.kind is ReportKind.POLICE_REPORT_DRAFT
    texts = page_texts(tmp_path / "d.pdf")
    drawn = [p.extract_text() or "" for p in PdfReader(tmp_path / "d.pdf").pages]
    assert len(texts) == record.pages
    for text, overlay in zip(texts, drawn, strict=True):
        assert "내부초안:수사기관에제출하지마세요" in collapsed(text)
        assert "내부초안·제출불가" in collapsed(overlay)
        assert "수사기관제출용" not in collapsed(text)
        assert VICTIM_NAME not in text
    assert reports.find_report_by_sha256(vault, record.sha256) == listed
    events = vault_service.audit_events(vault, limit=5, action="report.built")
    assert '"kind":"police_report_draft"' in events[0].event.details.replace(" ", "")


def test_a_draft_still_cannot_carry_identity_without_consent(vault, tmp_path):
    filled = fill_case(vault, police_consent=None, takedowns=False, files=1)
    with pytest.raises(ConsentMissing):
        reports.build_police_report(vault, filled.number, tmp_path / "d.pdf", lang="en",
                                    internal_draft=True, include_identity=True)
    assert not (tmp_path / "d.pdf").exists()


def test_gathering_for_a_preview_obeys_the_same_rule(vault):
    filled = fill_case(vault, police_consent=None, takedowns=False, files=1)
    with pytest.raises(ConsentMissing):
        reports.gather_police_report(vault, filled.number, lang="en")
    data = reports.gather_police_report(vault, filled.number, lang="en", internal_draft=True)
    assert data.draft and data.report_id.startswith("DRF-")
