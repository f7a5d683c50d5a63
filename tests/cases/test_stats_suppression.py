"""Figures for funders never show a count below the organisation's threshold, nor one that a
total and the shown counts would give away, in the text, the JSON and the CSV."""

from __future__ import annotations

import csv
import io
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.domain.small_cells import SuppressedTable, suppress
from caseapp.errors import BadInput
from caseapp.services import cases, stats
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE


def feasible_values(table: SuppressedTable, raw: dict[str, int], total: int) -> dict[str, set]:
    """What an observer who knows the total, the shown counts and that shown zeros are real
    can tell about each hidden cell: every value it could have (brute force)."""
    hidden = [k for k, v in table.cells.items() if v is None]
    left = total - sum(v for v in table.cells.values() if v is not None)
    options: dict[str, set[int]] = {k: set() for k in hidden}
    if not hidden:
        return options
    for combo in itertools.product(range(1, left + 1), repeat=len(hidden)):
        if sum(combo) == left:
            for key, value in zip(hidden, combo, strict=True):
                options[key].add(value)
    return options


tables = st.dictionaries(st.text("abcdefgh", min_size=1, max_size=2),
                         st.integers(0, 9), min_size=1, max_size=5)


@settings(max_examples=400, deadline=None)
@given(cells=tables, threshold=st.integers(2, 5))
def test_an_additive_table_never_shows_or_gives_away_a_small_count(cells, threshold):
    total = sum(cells.values())
    table = suppress(cells, threshold, additive=True)
    for key, value in table.cells.items():
        assert value is None or value == cells[key]
        assert value is None or value == 0 or value >= threshold
    if table.withheld:
        assert all(v is None for v in table.cells.values())
        return
    for key, values in feasible_values(table, cells, total).items():
        assert cells[key] in values
        assert len(values) > 1, (cells, threshold, table)


@settings(max_examples=200, deadline=None)
@given(cells=tables, threshold=st.integers(2, 5))
def test_a_non_additive_table_hides_only_its_small_cells(cells, threshold):
    table = suppress(cells, threshold, additive=False)
    for key, value in table.cells.items():
        small = 0 < cells[key] < threshold
        assert (value is None) is small


def test_secondary_suppression_hides_the_next_smallest_count():
    table = suppress({"intake": 1, "active": 7, "closed": 12, "referred": 0}, 3,
                     additive=True)
    assert table.cells == {"intake": None, "active": None, "closed": 12, "referred": 0}


def test_a_table_that_cannot_be_made_safe_is_withheld():
    # three cases, one per status: hiding any two would still leave 1 + 1 + 1
    assert suppress({"a": 1, "b": 1, "c": 1}, 3, additive=True).withheld
    assert suppress({"a": 2}, 3, additive=True).withheld


# --- the service, the CLI and the exported table ------------------------------------------

@pytest.fixture
def store(tmp_path):
    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, params=FAST_KDF, allow_weak_kdf=True)
    with created.vault as vault:
        for n in range(9):
            tags = ["deepfake"] if n < 8 else ["minor_victim"]      # one case with a rare tag
            case = cases.open_case(vault, tags=tags)
            if n == 0:
                cases.change_status(vault, case, "active")        # one active case
            if n < 2:
                cases.add_incident(vault, case, description="", platform="x")
    return data


def test_stats_hide_small_and_derivable_counts(store):
    with vault_service.unlock(store, passphrase=PASSPHRASE) as vault:
        figures = stats.case_statistics(vault)
    data = figures.as_json()
    assert data["total_cases"] == 9 and data["small_cell_threshold"] == 3
    assert data["by_tag"] == {"deepfake": 8, "minor_victim": None}
    # 1 active, 8 intake: hiding only 'active' would leave 9 - 8 = 1 to read off
    assert data["by_status"]["active"] is None and data["by_status"]["intake"] is None
    assert data["by_platform"] == {"x": None}
    shown = [v for k in ("by_status", "by_legal_category", "by_tag", "by_month_opened",
                         "by_platform") for v in data[k].values() if v is not None]
    assert all(v == 0 or v >= 3 for v in shown)


def test_the_threshold_is_the_organisations_and_is_checked(store):
    with vault_service.unlock(store, passphrase=PASSPHRASE) as vault:
        stats.set_small_cell_threshold(vault, 9)
        figures = stats.case_statistics(vault)
        assert figures.as_json()["by_tag"] == {"deepfake": None, "minor_victim": None}
        for bad in (1, 0, 51, "3", True):
            with pytest.raises(BadInput):
                stats.set_small_cell_threshold(vault, bad)
        assert stats.small_cell_threshold(vault) == 9


@pytest.mark.parametrize("lead", ["=", "+", "-", "@"], ids=["equals", "plus", "minus", "at"])
def test_stats_csv_never_hands_a_spreadsheet_a_formula(tmp_path, lead):
    """Tags are typed by people (a tab or CR cannot be in one: the tag rule refuses them)."""

    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, params=FAST_KDF, allow_weak_kdf=True)
    with created.vault as vault:
        for _n in range(3):
            cases.open_case(vault, tags=[f"{lead}SUM(1)"])
        text = stats.render_csv(stats.case_statistics(vault), "en")
    cells = [c for row in csv.reader(io.StringIO(text, newline="")) for c in row]
    assert [c for c in cells if "SUM(1)" in c] == [f"'{lead}SUM(1)"]


@pytest.mark.parametrize("lead", ["\t", "\r"], ids=["tab", "cr"])
def test_the_stats_csv_guard_covers_tab_and_carriage_return(lead):
    """No tag can start with these today (the tag rule refuses them), but the guard is for
    every value the CSV writes: a spreadsheet also runs a cell that starts with them."""
    assert stats._cell(f"{lead}=SUM(1)") == f"'{lead}=SUM(1)"
    assert stats._cell("deepfake") == "deepfake"
