"""The evidence package as an officer receives it: SHA256SUMS covers exactly the other files
(the manifests and the README too), files recorded by hash only are marked and never
promised, a Korean package speaks Korean, and a package that would hold no file is refused
with nothing written (the command: tests/cli/test_evidence_package_cli.py)."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from caseapp.services import cases, evidence, evidence_package
from tests.evidence.conftest import encode, structured_image


def image_file(tmp_path: Path, name: str, seed: int) -> Path:
    path = tmp_path / name
    path.write_bytes(encode(structured_image(seed)))
    return path


@pytest.fixture
def mixed(vault, tmp_path):
    """A case with a kept file, a file recorded by hash only (before consent to keep copies
    was given) and a link."""
    case = cases.open_case(vault)
    cases.record_consent(vault, case, "police", True, "written")
    hashed = evidence.ingest_file(vault, case, image_file(tmp_path, "hashed.png", 2),
                                  hash_only=True).item
    cases.record_consent(vault, case, "copies", True, "written")
    kept = evidence.ingest_file(vault, case, image_file(tmp_path, "kept.png", 1)).item
    evidence.add_url_evidence(vault, case, "https://x.com/someone/status/123")
    assert hashed.hash_only and kept.content_kept
    return case, kept, hashed


def sums(folder: Path) -> dict[str, str]:
    out = {}
    for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        out[name] = digest
    return out


def test_sha256sums_lists_exactly_every_other_file_of_the_package(vault, mixed, tmp_path):
    case, kept, _hashed = mixed
    pkg = evidence_package.build_package(vault, case, tmp_path / "pkg").path
    listed = sums(pkg)
    present = {p.name for p in pkg.iterdir()} - {"SHA256SUMS"}
    assert set(listed) == present
    assert {"manifest.csv", "manifest.json", "README.txt"} <= present
    for name, digest in listed.items():
        assert hashlib.sha256((pkg / name).read_bytes()).hexdigest() == digest
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=pkg, capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == len(present)
    assert kept.sha256 in listed.values()


def test_a_hash_only_item_is_marked_and_never_promised(vault, mixed, tmp_path):
    case, kept, hashed = mixed
    result = evidence_package.build_package(vault, case, tmp_path / "pkg")
    assert result.files == 1 and result.hash_only == (hashed.code,)
    pkg = result.path
    assert hashed.sha256 not in (pkg / "SHA256SUMS").read_text()
    assert not any(p.name.startswith(hashed.code) for p in pkg.iterdir())
    rows = {r["code"]: r for r in json.loads((pkg / "manifest.json").read_text())["items"]}
    assert rows[hashed.code]["held_as"] == "hash_only"
    assert rows[hashed.code]["sha256"] == hashed.sha256  # its hash is still recorded
    assert rows[kept.code]["held_as"] == "file"
    readme = (pkg / "README.txt").read_text(encoding="utf-8")
    english = readme.split("=" * 72)[0]
    hash_only_part = english.split("Recorded by hash only")[1].split("How to check")[0]
    assert hashed.code in hash_only_part and kept.code not in hash_only_part
    assert "cannot be checked with SHA256SUMS" in hash_only_part


def test_a_korean_package_has_korean_headers_and_a_korean_readme_first(vault, mixed,
                                                                       tmp_path):
    case, _kept, hashed = mixed
    pkg = evidence_package.build_package(vault, case, tmp_path / "pkg", lang="ko").path
    with open(pkg / "manifest.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    assert header[:3] == ["증거 번호", "종류", "플랫폼"]
    assert "SHA-256" in header and not any(h.isascii() and h.islower() for h in header)
    by_code = {r["증거 번호"]: r for r in rows}
    assert by_code[hashed.code]["묶음 포함 여부"].startswith("해시만 기록")
    readme = (pkg / "README.txt").read_text(encoding="utf-8")
    korean, english = readme.split("=" * 72)
    assert f"사건 {case.number} 증거 묶음" in korean and "sha256sum -c SHA256SUMS" in korean
    assert f"Evidence package for case {case.number}" in english
    assert "+09:00" in korean  # made at, in the organisation's zone


def test_a_package_with_no_kept_file_is_refused_and_nothing_is_written(vault, tmp_path):
    case = cases.open_case(vault)
    cases.record_consent(vault, case, "police", True, "written")
    evidence.ingest_file(vault, case, image_file(tmp_path, "h.png", 5), hash_only=True)
    evidence.add_url_evidence(vault, case, "https://t.me/room/12")
    with pytest.raises(evidence_package.NothingToPackage) as refused:
        evidence_package.build_package(vault, case, tmp_path / "pkg", as_zip=True)
    assert refused.value.exit_code == 1
    message = refused.value.message("en")
    assert "1 file(s) are recorded by hash only" in message and "No package" in message
    assert "해시만" in refused.value.message("ko")
    assert list(tmp_path.glob("pkg*")) == [] and list(tmp_path.glob(".pkg*")) == []


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"],
                         ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_manifest_csv_never_hands_a_spreadsheet_a_formula(vault, tmp_path, lead):
    case = cases.open_case(vault)
    for scope in ("police", "copies"):
        cases.record_consent(vault, case, scope, True, "written")
    evidence.ingest_file(vault, case, image_file(tmp_path, "a.png", 3),
                         filename=f"{lead}HYPERLINK(1).png")
    pkg = evidence_package.build_package(vault, case, tmp_path / "pkg").path
    with open(pkg / "manifest.csv", encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    typed = [c for c in cells if "HYPERLINK(1)" in c]
    assert typed == [f"'{lead}HYPERLINK(1).png"]  # kept verbatim behind a quote
