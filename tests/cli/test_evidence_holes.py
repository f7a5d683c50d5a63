"""Evidence holes a security review found: devices and pipes are refused before a byte is
read, the SHA-256 in the MAC'd audit event catches content and hash swapped together, and a
package of decrypted evidence is for its maker's eyes only."""

from __future__ import annotations

import json
import os
import stat

import pytest

from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from caseapp.store.connection import CASES_DB, open_database
from tests.cli.test_evidence_cli import cli, store  # noqa: F401 - the fixture
from tests.conftest import PASSPHRASE
from tests.evidence.conftest import encode, structured_image


@pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs as POSIX has them")
@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_evidence_add_refuses_what_is_not_a_regular_file(store, tmp_path, kind):  # noqa: F811
    data, number = store
    if kind == "device":
        source = "/dev/zero"
    elif kind == "fifo":
        source = str(tmp_path / "pipe")
        os.mkfifo(source)
    else:
        source = str(tmp_path)
    r = cli(data, "evidence", "add", number, source)
    assert r.returncode == 2, r.stderr
    assert "is not a regular file" in r.stderr
    assert cli(data, "evidence", "list", number, "--json").stdout.strip() == "[]"


def test_content_and_hash_swapped_together_are_caught_by_verify(store, tmp_path):  # noqa: F811
    data, number = store
    image = tmp_path / "a.png"
    image.write_bytes(encode(structured_image(5)))
    r = cli(data, "evidence", "add", number, str(image), "--json")
    assert r.returncode == 0, r.stderr
    code = json.loads(r.stdout)["item"]["code"]
    events = json.loads(cli(data, "audit", "list", "--json").stdout)
    added = next(e for e in events if e["action"] == "evidence.added")
    details = added["details"]
    details = json.loads(details) if isinstance(details, str) else details
    assert len(details["sha256"]) == 64
    assert cli(data, "verify").returncode == 0
    # someone with the database keys records another file's hash (and would swap content)
    vault = vault_service.unlock(data, passphrase=PASSPHRASE)
    key = vault.db_key(CASES_DB)
    vault.close()
    conn = open_database(data / "cases.db", CASES_DB, key)
    conn.execute("UPDATE evidence_item SET sha256 = ? WHERE code = ?", ("ab" * 32, code))
    conn.close()
    r = cli(data, "verify")
    assert r.returncode == 1
    assert f"evidence {code}: its SHA-256 or size differs from the one recorded in the audit" \
        in r.stdout


def test_an_evidence_package_is_private(store, tmp_path):  # noqa: F811
    data, number = store
    image = tmp_path / "a.png"
    image.write_bytes(encode(structured_image(6)))
    assert cli(data, "evidence", "add", number, str(image)).returncode == 0
    for args, target in ((["--out", str(tmp_path / "pkg")], tmp_path / "pkg"),
                         (["--out", str(tmp_path / "pkg2"), "--zip"], tmp_path / "pkg2.zip")):
        r = cli(data, "evidence", "package", number, *args)
        assert r.returncode == 0, r.stderr
        assert stat.S_IMODE(target.stat().st_mode) & 0o077 == 0
        if target.is_dir():
            assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in target.iterdir())


def test_verify_without_audit_hashes_skips_older_items(vault):
    assert evidence_service.audit_hash_problems(vault) == []
