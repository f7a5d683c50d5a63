"""Takedown fixtures: a case whose victim consented to takedowns (with a name that must never
leak into letters), URL evidence through the evidence service, fixed Korean times, and a
whole-database dump for "nothing changed" asserts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from caseapp.domain.cases import Victim
from caseapp.services import cases
from caseapp.services import evidence as evidence_service
from tests.conftest import sign_as

KST = timezone(timedelta(hours=9))
VICTIM_NAME = "김비밀"
VICTIM_LATIN = "Haneul Secretname"


def kst(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=KST)  # type: ignore[misc]


@pytest.fixture
def case(vault):
    """A deepfake case with takedown consent and a named victim; letters are signed by the
    test's counsellor profile."""
    sign_as(vault)
    opened = cases.open_case(vault, legal_categories=["synthetic_sexual_material"],
                             summary="synthetic case for takedown tests")
    cases.save_victim(vault, opened.number, Victim(name=VICTIM_NAME,
                                                   preferred_name=VICTIM_LATIN))
    cases.record_consent(vault, opened.number, "takedown", True, "written",
                         at="2024-01-01T09:00:00+09:00")
    return cases.get_case(vault, opened.number)


@pytest.fixture
def bare_case(vault):
    """A case where nobody asked the victim about takedowns yet."""
    return cases.open_case(vault, summary="no consent yet")


def url_evidence(vault: Any, case: Any, url: str) -> Any:
    return evidence_service.add_url_evidence(vault, case.number, url).item


def dump(vault: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of cases.db (the full-text shadow tables left out)."""
    conn = vault.cases
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'case_fts%' ORDER BY name")]
    return {name: sorted((tuple(r) for r in conn.execute(f'SELECT * FROM "{name}"')), key=repr)
            for name in names}


def audit_actions(vault: Any) -> list[str]:
    return [r[0] for r in vault.cases.execute("SELECT action FROM audit_event ORDER BY seq")]
