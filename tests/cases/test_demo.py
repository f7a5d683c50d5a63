"""The synthetic data generator: realistic Korean and English cases, shared perpetrator
channels, nothing that breaks the rules real data follows."""

from caseapp.domain.cases import CaseQuery
from caseapp.services import case_io, cases, demo, stats
from caseapp.store import case_search


def test_generated_cases_look_like_real_work(vault):
    assert demo.generate(vault, 120, seed=7) == 120
    page = cases.list_cases(vault, CaseQuery(limit=200))
    assert len(page.items) == 120
    assert {r.number[:4] for r in page.items} >= {str(page.items[-1].created_at.year)}
    assert any("-" in r.pseudonym and not r.pseudonym.isascii() for r in page.items)
    assert any(r.pseudonym.isascii() for r in page.items)
    assert case_search.index_problems(vault.cases) == []
    assert cases.count_cases(vault, CaseQuery(search="방")) > 0
    # some perpetrator channel appears in several cases
    shared = [s for r in page.items[:40] for s in cases.case_accounts(vault, r)
              if s.other_cases]
    assert shared
    figures = stats.case_statistics(vault)
    assert figures.total == 120
    assert sum(v or 0 for v in figures.table("by_status").values()) <= 120
    victim = cases.reveal_victim(vault, page.items[0])
    assert victim.name and victim.birth_year


def test_same_seed_same_cases(tmp_path):
    first = demo.create_demo_store(tmp_path / "a", 30, seed=3)
    second = demo.create_demo_store(tmp_path / "b", 30, seed=3)
    try:
        one, _ = case_io.build_export(first)
        two, _ = case_io.build_export(second)
    finally:
        first.close()
        second.close()
    strip = ("created_at", "updated_at", "recorded_at")

    def stable(doc):
        return [{k: v for k, v in c.items() if k not in strip and k not in (
            "incidents", "sessions", "consents")} for c in doc["cases"]]

    assert stable(one) == stable(two)


def test_demo_store_is_unlocked_and_filled(tmp_path):
    vault = demo.create_demo_store(tmp_path / "demo")
    try:
        assert cases.count_cases(vault) == demo.DEMO_CASES
        assert len(cases.list_counsellors(vault)) == len(demo.COUNSELLORS)
    finally:
        vault.close()
