"""Backups that cannot lie, through ``caseapp-admin backup-verify`` and ``restore``: a crafted
archive is refused before a byte of a member is read, wrong-typed manifest fields are a
damaged backup (and leave nothing behind), a killed backup's leftovers go at the next run,
and any snapshot of a backup folder can be listed, verified and restored."""

from __future__ import annotations

import io
import json
import tarfile

import pytest

from caseapp.services import backup
from caseapp.services import cases as case_service
from caseapp.services import vault as vault_service
from tests.conftest import PASSPHRASE, run_cli
from tests.services.test_backup_integrity import _backup
from tests.store.holder import holding


@pytest.fixture
def closed_store(new_store, data_dir):
    case_service.open_case(new_store.vault, pseudonym="first")
    new_store.vault.close()
    return data_dir


def _members(path):
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}


def _write_tar(path, members, *, sparse_evidence_size=None):
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            if name == "evidence.db" and sparse_evidence_size:
                # GNU sparse 1.0 in PAX: a map of one hole, then one data byte
                info.pax_headers = {"GNU.sparse.major": "1", "GNU.sparse.minor": "0",
                                    "GNU.sparse.name": name,
                                    "GNU.sparse.realsize": str(sparse_evidence_size)}
                sparse_map = f"1\n{sparse_evidence_size - 1}\n1\n".encode().ljust(512, b"\0")
                data = sparse_map + b"x"
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def _verify(path, *extra, max_file_size=None):
    return run_cli("backup-verify", str(path), *extra, "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n", max_file_size=max_file_size)


def test_a_sparse_member_declaring_2_gb_is_refused_before_it_is_read(closed_store, tmp_path):
    members = _members(_backup(closed_store, tmp_path))
    manifest = json.loads(members["manifest.json"])
    manifest["files"]["evidence.db"]["size"] = 2 << 30
    members["manifest.json"] = json.dumps(manifest).encode()
    crafted = tmp_path / "crafted.cabk"
    _write_tar(crafted, members, sparse_evidence_size=2 << 30)
    assert crafted.stat().st_size < 1 << 20
    # the store's files are a few hundred KiB: writing the member out in full first would
    # fail at 64 MiB (EFBIG), never reaching the refusal below
    result = _verify(crafted, max_file_size=64 << 20)
    assert result.returncode == 1, result.stderr
    assert "evidence.db does not match the manifest" in result.stderr


@pytest.mark.parametrize("field", ["version", "size", "sha256", "created_at", "audit_head",
                                   "files"])
def test_wrong_typed_manifest_fields_are_a_damaged_backup_leaving_nothing(
        closed_store, tmp_path, field):
    members = _members(_backup(closed_store, tmp_path))
    manifest = json.loads(members["manifest.json"])
    if field == "version":
        manifest["version"] = "1"
    elif field == "size":
        manifest["files"]["cases.db"]["size"] = "4096"
    elif field == "sha256":
        manifest["files"]["cases.db"]["sha256"] = 12
    elif field == "created_at":
        manifest["created_at"] = ["2026"]
    elif field == "audit_head":
        manifest["audit_head"] = "head"
    else:
        manifest["files"]["cases.db"] = None
    members["manifest.json"] = json.dumps(manifest).encode()
    crafted = tmp_path / "typed.cabk"
    _write_tar(crafted, members)
    target = tmp_path / "restore-here" / "data"
    result = run_cli("--data-dir", str(target), "restore", str(crafted), "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 1, result.stderr
    assert "The backup is damaged or incomplete" in result.stderr
    assert "Something went wrong" not in result.stderr
    assert not list(target.parent.glob(".*restore-*"))
    assert not target.exists()


def test_a_killed_backups_copies_are_cleaned_at_the_next_run(closed_store, tmp_path):
    stale = closed_store / ".backup-killed1"
    stale.mkdir()
    (stale / "cases.db").write_bytes(b"encrypted copy of a killed run")
    out = tmp_path / "backups"
    out.mkdir()
    partial = out / "caseapp-20260101-000000.cabk.partial"
    partial.write_bytes(b"half a tar")
    running = closed_store / ".backup-running"
    running.mkdir()
    with holding("exclusive", running):  # another process's backup, still at work
        result = run_cli("--data-dir", str(closed_store), "backup", "--out", str(out),
                         "--passphrase-stdin", stdin=PASSPHRASE + "\n")
        assert result.returncode == 0, result.stderr
        assert running.exists()
    assert not stale.exists() and not partial.exists()
    assert [p.suffix for p in out.iterdir()] == [".cabk"]


def test_any_snapshot_of_a_folder_is_listed_verified_and_restored(closed_store, tmp_path):
    repo = tmp_path / "repo"
    vault = vault_service.unlock(closed_store, passphrase=PASSPHRASE)
    try:
        first = backup.create_repository_backup(vault, repo)
        case_service.open_case(vault, pseudonym="second")
        backup.create_repository_backup(vault, repo)
    finally:
        vault.close()
    listed = run_cli("backup-verify", str(repo), "--list", "--json")
    assert listed.returncode == 0, listed.stderr
    snaps = json.loads(listed.stdout)
    assert snaps[0]["id"] == first.path.stem and len(snaps) == 2
    assert [s["cases"] for s in snaps] == [1, 2]
    text = run_cli("backup-verify", str(repo), "--list")
    assert first.path.stem in text.stdout and "1 case(s)" in text.stdout
    assert _verify(repo, "--snapshot", first.path.stem).returncode == 0
    target = tmp_path / "older"
    result = run_cli("--data-dir", str(target), "restore", str(repo), "--snapshot",
                     first.path.stem, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    restored = vault_service.unlock(target, passphrase=PASSPHRASE)
    try:
        assert case_service.count_cases(restored) == 1
    finally:
        restored.close()
    missing = run_cli("--data-dir", str(tmp_path / "x"), "restore", str(repo), "--snapshot",
                      "nope", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert missing.returncode == 2 and "--list" in missing.stderr
