"""Figures for funders from ``caseapp-admin stats``: the text, the JSON and the CSV hide the
same cells (a count below the threshold, or one a total and the shown counts give away)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from caseapp.services import cases
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

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


def test_cli_text_json_and_csv_hide_the_same_cells(store, tmp_path):
    def cli(*args, lang="en"):
        return run_cli("--lang", lang, "--data-dir", str(store), "stats", *args,
                       "--passphrase-stdin", stdin=PASSPHRASE + "\n")

    out = tmp_path / "figures.csv"
    result = cli("--json", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["by_tag"]["minor_victim"] is None and data["hidden_cells"] >= 3
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    counts = [r[2] for r in rows[1:] if len(r) == 3]
    assert "1" not in counts and "2" not in counts and "x" in counts
    text = cli().stdout
    assert "minor_victim: x" in text and ": 1\n" not in text
    assert "전체 사건: 9건" in cli(lang="ko").stdout
    assert cli("--set-threshold", "1").returncode == 2
    raised = cli("--set-threshold", "10", "--json")
    assert raised.returncode == 0 and json.loads(raised.stdout)["total_cases"] is None
