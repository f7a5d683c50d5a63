"""Consent to keep copies through ``caseapp-admin evidence``: ``add`` refuses a file without
it unless hash-only is chosen, and a withdrawal says what goes and needs ``--yes``."""

from __future__ import annotations

import json
from pathlib import Path

from caseapp.services import cases, evidence
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli
from tests.evidence.conftest import encode, structured_image


def image_file(tmp_path: Path, name: str, seed: int) -> Path:
    path = tmp_path / name
    path.write_bytes(encode(structured_image(seed)))
    return path


# --- the command line ------------------------------------------------------------------------

def test_cli_add_refuses_without_consent_unless_hash_only(tmp_path):
    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, params=FAST_KDF, allow_weak_kdf=True)
    with created.vault as v:
        number = cases.open_case(v).number
    source = image_file(tmp_path, "shot.png", 21)

    def cli(*args):
        return run_cli("--data-dir", str(data), *args, "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n")

    refused = cli("evidence", "add", number, str(source))
    assert refused.returncode == 1 and refused.stdout == ""
    [line] = refused.stderr.strip().splitlines()
    assert number in line and "copies" in line and "--hash-only" in line
    listed = cli("evidence", "list", number, "--json")
    assert json.loads(listed.stdout) == []

    added = cli("evidence", "add", number, str(source), "--hash-only")
    assert added.returncode == 0, added.stderr
    code = added.stdout.strip()
    assert "Only the hashes" in added.stderr
    plain = cli("evidence", "list", number)
    assert code in plain.stdout and "[hash only]" in plain.stdout
    assert json.loads(cli("evidence", "list", number, "--json").stdout)[0]["hash_only"] is True


def test_cli_withdrawal_says_what_goes_and_needs_yes(tmp_path):
    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, params=FAST_KDF, allow_weak_kdf=True)
    with created.vault as v:
        number = cases.open_case(v).number
        cases.record_consent(v, number, "copies", True, "written")
        code = evidence.ingest_file(v, number, image_file(tmp_path, "k.png", 31)).item.code

    def cli(*args):
        return run_cli("--data-dir", str(data), *args, "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n")

    asked = cli("case", "consent", number, "--withdraw", "copies", "--how", "verbal")
    assert asked.returncode == 2
    assert code in asked.stderr and "--yes" in asked.stderr
    assert "granted" in cli("case", "consent", number).stdout.split("copies:")[1].split("\n")[0]
    done = cli("case", "consent", number, "--withdraw", "copies", "--how", "verbal", "--yes")
    assert done.returncode == 0, done.stderr
    assert code in done.stderr and "removed" in done.stderr
    verified = cli("evidence", "verify", number)
    assert verified.returncode == 0
    assert f"{code}: content removed when consent to keep copies was withdrawn" in \
        verified.stdout
    custody = json.loads(cli("evidence", "custody", code, "--json").stdout)
    assert custody[-1]["action"] == "content_removed"
