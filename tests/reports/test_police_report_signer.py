"""The police report is signed by the counsellor profile that built it (its display name,
never the CLI's default "admin"), is refused for an actor who is not an active profile, and
calls a deepfake what it is: the person is "in the false video material", not "in the filmed
material"."""

from __future__ import annotations

import pytest

from caseapp.services import cases as case_service
from caseapp.services import reports
from caseapp.services.signer import NoSigningProfile
from tests.conftest import SIGNER, snapshot
from tests.reports.pdf_reading import pdftotext
from tests.reports.report_case import fill_case


def _flat(text: str) -> str:
    return "".join(text.split())


def test_the_report_is_signed_by_the_profile_and_names_a_deepfake_as_such(vault, tmp_path):
    filled = fill_case(vault, files=1)       # a synthetic (deepfake) case
    out = tmp_path / "ko.pdf"
    reports.build_police_report(vault, filled.number, out, lang="ko")
    text = pdftotext(out)
    flat = _flat(text)
    assert _flat(f"본인 {SIGNER}") in flat or _flat(SIGNER) in flat
    assert "admin" not in text
    assert _flat("허위영상물 속 인물이 피해자 본인임을 확인한 근거") in flat
    assert _flat("촬영물 속 인물") not in flat
    english = tmp_path / "en.pdf"
    reports.build_police_report(vault, filled.number, english, lang="en")
    assert "person in the false video material" in " ".join(pdftotext(english).split())


def test_a_filmed_case_keeps_the_word_filmed(vault, tmp_path):
    filled = fill_case(vault, files=1)
    case_service.update_case(vault, filled.number, legal_categories=["illegal_filming"])
    out = tmp_path / "filmed.pdf"
    reports.build_police_report(vault, filled.number, out, lang="ko")
    assert _flat("촬영물 속 인물이 피해자 본인임을 확인한 근거") in _flat(pdftotext(out))


def test_a_report_is_refused_for_an_actor_without_an_active_profile(vault, data_dir,
                                                                   tmp_path):
    filled = fill_case(vault, files=1)
    vault.actor = "admin"
    before = snapshot(data_dir)
    with pytest.raises(NoSigningProfile) as info:
        reports.build_police_report(vault, filled.number, tmp_path / "r.pdf", lang="en")
    assert SIGNER in info.value.message("en")
    assert not (tmp_path / "r.pdf").exists()
    assert reports.list_reports(vault, filled.number) == []
    assert snapshot(data_dir).keys() == before.keys()
