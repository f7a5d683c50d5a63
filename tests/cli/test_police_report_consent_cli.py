"""``caseapp-admin report`` and the victim's consent to share with police: without it exit 1
and nothing written; an explicit internal draft is built and listed as a draft."""

from __future__ import annotations

import pytest

from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, SIGNER_ARGS, run_cli
from tests.reports.report_case import fill_case

# --- the command line ----------------------------------------------------------------------

@pytest.fixture
def store(tmp_path):
    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, actor="김상담", params=FAST_KDF,
                                         allow_weak_kdf=True)
    try:
        number = fill_case(created.vault, police_consent=None, files=1,
                           takedowns=False).number
    finally:
        created.vault.close()
    return data, number


def report(data, *args):
    return run_cli("--data-dir", str(data), *SIGNER_ARGS, "report", *args, "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")


def test_cli_report_without_consent_exits_1_and_writes_nothing(store, tmp_path):
    data, number = store
    out = tmp_path / "out" / "r.pdf"
    out.parent.mkdir()
    result = report(data, number, "--out", str(out))
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and number in lines[0] and "share with police" in lines[0]
    assert "--internal-draft" not in result.stdout and result.stdout == ""
    assert list(out.parent.iterdir()) == []
    listed = report(data, "list", number)
    assert listed.returncode == 0 and "No report" in listed.stdout
    with vault_service.unlock(data, passphrase=PASSPHRASE) as vault:
        # the CLI's own unlock is audited; nothing about a report or the victim is
        assert vault_service.audit_events(vault, action="report.built") == []
        assert vault_service.audit_events(vault, action="victim.revealed") == []


def test_cli_internal_draft_is_built_and_listed_as_one(store, tmp_path):
    data, number = store
    out = tmp_path / "draft.pdf"
    result = report(data, number, "--out", str(out), "--internal-draft", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert f"DRF-{number}-01" in result.stdout and "Internal draft" in result.stdout
    assert "not for submission" in result.stderr
    listed = report(data, "list", number)
    assert "internal draft, not for submission" in listed.stdout
