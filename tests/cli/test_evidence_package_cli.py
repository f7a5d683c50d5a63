"""``caseapp-admin evidence package``: items recorded by hash only are named, and a package
that would hold no file is refused with nothing written."""

from __future__ import annotations

from pathlib import Path

from caseapp.services import cases, evidence
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli
from tests.evidence.conftest import encode, structured_image


def image_file(tmp_path: Path, name: str, seed: int) -> Path:
    path = tmp_path / name
    path.write_bytes(encode(structured_image(seed)))
    return path


def test_cli_package_names_hash_only_items_and_refuses_an_empty_one(tmp_path):
    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, params=FAST_KDF, allow_weak_kdf=True)
    with created.vault as v:
        number = cases.open_case(v).number
        cases.record_consent(v, number, "police", True, "written")
        hashed = evidence.ingest_file(v, number, image_file(tmp_path, "h.png", 7),
                                      hash_only=True).item.code

    def cli(*args):
        return run_cli("--data-dir", str(data), *args, "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n")

    refused = cli("evidence", "package", number, "--out", str(tmp_path / "p"))
    assert refused.returncode == 1 and refused.stdout == ""
    [line] = refused.stderr.strip().splitlines()
    assert "hash only" in line and "No package was written" in line
    assert not (tmp_path / "p").exists()
    with vault_service.unlock(data, passphrase=PASSPHRASE) as v:
        [item] = evidence.list_evidence(v, number)
        assert "exported" not in [e.action for e in evidence.custody_events(v, item.id)]
        cases.record_consent(v, number, "copies", True, "written")
        evidence.ingest_file(v, number, image_file(tmp_path, "k.png", 8))
    done = cli("evidence", "package", number, "--out", str(tmp_path / "p"), "--lang", "ko")
    assert done.returncode == 0, done.stderr
    assert hashed in done.stderr and "해시만" in done.stderr
    assert (tmp_path / "p" / "README.txt").read_text(encoding="utf-8").startswith("사건 ")
