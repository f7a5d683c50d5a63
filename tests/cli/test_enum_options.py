"""Closed sets on the command line come from the domain enums: any letter case or the
translated label is accepted, a wrong value is refused with exit 2 and the list of choices,
and --help shows each value with its label in the chosen language."""

from __future__ import annotations

import pytest

from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

IN = PASSPHRASE + "\n"


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "data"
    created = vault_service.create_store(folder, PASSPHRASE, actor="tester", params=FAST_KDF,
                                         allow_weak_kdf=True)
    created.vault.close()
    return folder


def cli(store, *args, lang="en"):
    return run_cli("--lang", lang, "--data-dir", str(store), *args, stdin=IN)


def test_values_in_any_case_and_labels_in_either_language_are_accepted(store):
    made = cli(store, "case", "new", "--risk", "HIGH", "--passphrase-stdin")
    assert made.returncode == 0, made.stderr
    number = made.stdout.strip()
    added = cli(store, "case", "incident", "add", number, "--what", "유포", "--platform",
                "Telegram", "--passphrase-stdin")
    assert added.returncode == 0, added.stderr
    listed = cli(store, "case", "list", "--status", "접수", "--risk", "High", "--json",
                 "--passphrase-stdin")
    assert listed.returncode == 0, listed.stderr
    assert number in listed.stdout
    shown = cli(store, "case", "show", number, "--json", "--passphrase-stdin")
    assert '"platform": "telegram"' in shown.stdout and '"risk": "high"' in shown.stdout


def test_an_unknown_value_is_refused_with_the_choices(store):
    result = cli(store, "case", "new", "--risk", "extreme", "--passphrase-stdin")
    assert result.returncode == 2
    assert "extreme" in result.stderr and "low, medium, high, critical" in result.stderr
    assert result.stderr.count("\n") == 1


def test_help_lists_each_value_with_its_translated_label(store):
    english = cli(store, "case", "consent", "--help")
    assert "police = " in english.stdout
    korean = cli(store, "case", "consent", "--help", lang="ko")
    assert "takedown = " in korean.stdout and "삭제" in korean.stdout


def test_a_case_takes_several_legal_categories_and_update_replaces_them(store):
    made = cli(store, "case", "new", "--legal-category", "synthetic_sexual_material",
               "--legal-category", "아동·청소년성착취물",  # the Korean label works too
               "--passphrase-stdin")
    assert made.returncode == 0, made.stderr
    number = made.stdout.strip()
    shown = cli(store, "case", "show", number, "--json", "--passphrase-stdin")
    assert '"legal_categories": [\n' in shown.stdout
    assert shown.stdout.index("synthetic_sexual_material") < shown.stdout.index(
        "minor_exploitation_material")
    updated = cli(store, "case", "update", number, "--legal-category", "sextortion",
                  "--json", "--passphrase-stdin")
    assert updated.returncode == 0, updated.stderr
    assert "sextortion" in updated.stdout and "synthetic_sexual_material" not in updated.stdout
    cleared = cli(store, "case", "update", number, "--no-legal-category", "--json",
                  "--passphrase-stdin")
    assert '"legal_categories": []' in cleared.stdout
    found = cli(store, "case", "list", "--legal-category", "sextortion", "--json",
                "--passphrase-stdin")
    assert number not in found.stdout
