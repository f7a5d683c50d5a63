"""Reading a backup (file or folder): the manifest, every part checked against it, the
databases opened and verified in a staging folder, then swapped in."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseapp.errors import BadInput, CaseAppError, NotFound, StoreExists, WrongSecret
from caseapp.i18n import N_
from caseapp.security import keyslots
from caseapp.security.keyslots import KeySlots
from caseapp.security.throttle import UnlockThrottle
from caseapp.services import vault as vault_service
from caseapp.services.backup.parts import (
    MANIFEST,
    PARTS,
    CancelCheck,
    DamagedBackup,
    Meter,
    Progress,
    RestoreResult,
    check_manifest,
    entry_of,
    part_names,
    storage_error,
    total_size,
)
from caseapp.services.backup.parts import (
    is_digest as _is_digest,
)
from caseapp.services.backup.repository import chunk_path, list_snapshots
from caseapp.store import audit_repo, content_files, evidence_repo, snapshot, store_lock
from caseapp.store.connection import CASES_DB, EVIDENCE_DB, DatabaseError, integrity_problems
from caseapp.store.vault import audit_keys_for, fsync_dir


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds, read from its manifest (no key needed, nothing opened)."""

    source: Path
    snapshot: str | None          # the snapshot's file name, for a backup folder
    created_at: str
    cases: int
    size: int                     # bytes of the encrypted parts
    store_id: str


def snapshots_of(source: Path) -> list[str]:
    """The snapshot names of a backup folder, newest first ([] for a .cabk file)."""
    source = Path(source)
    return [p.name for p in reversed(list_snapshots(source))] if source.is_dir() else []


def snapshot_file(repo: Path, snapshot: str | None) -> Path:
    """The snapshot manifest named ``snapshot`` (its id, the file name with or without
    .json), or the newest one."""
    snaps = list_snapshots(repo)
    if not snaps:
        raise DamagedBackup(detail="the backup folder has no snapshot")
    if snapshot is None:
        return snaps[-1]
    for snap in snaps:
        if snap.stem == snapshot or snap.name == snapshot:
            return snap
    raise NotFound(N_("The backup folder has no snapshot {id}. 'caseapp-admin backup-verify "
                      "{folder} --list' lists them."), id=str(snapshot)[:80], folder=str(repo))


_snapshot_file = snapshot_file


def describe_backup(source: Path, snapshot: str | None = None) -> BackupSummary:
    source = Path(source)
    manifest = read_manifest(source, snapshot)
    counts = manifest.get("counts") or {}
    size = total_size(manifest)
    return BackupSummary(source, _snapshot_file(source, snapshot).name if source.is_dir()
                         else None, str(manifest.get("created_at", "")),
                         int(counts.get("case_file", 0)), size,
                         str(manifest.get("store_id", "")))


def read_manifest(source: Path, snapshot: str | None = None) -> dict[str, Any]:
    """The manifest of a .cabk file, or of one snapshot of a backup folder (the newest
    unless ``snapshot`` names one)."""
    source = Path(source)
    if not source.exists():
        raise BadInput(N_("There is no backup at {path}."), path=str(source))
    try:
        if source.is_dir():
            return check_manifest(json.loads(snapshot_file(source, snapshot).read_text(
                encoding="utf-8")))
        if snapshot is not None:
            raise BadInput(N_("--snapshot applies to a backup folder, not a backup file."))
        with tarfile.open(source, "r:") as tar:
            member = tar.getmember(MANIFEST)
            if not member.isreg() or member.sparse is not None or member.size > MAX_MANIFEST:
                raise DamagedBackup(detail="the manifest is not a plain file")
            fh = tar.extractfile(member)
            if fh is None:
                raise DamagedBackup(detail="no manifest")
            return check_manifest(json.loads(fh.read()))
    except (OSError, tarfile.TarError, KeyError, ValueError) as exc:
        raise DamagedBackup(detail=type(exc).__name__) from None


MAX_MANIFEST = 16 * 1024 * 1024


def snapshots(repo: Path) -> list[dict[str, Any]]:
    """Every snapshot of a backup folder, oldest first: id, when, how many cases, size, and
    whether each manifest can be read (no key needed)."""
    found = []
    for snap in list_snapshots(Path(repo)):
        try:
            manifest = check_manifest(json.loads(snap.read_text(encoding="utf-8")))
        except (OSError, ValueError, DamagedBackup):
            found.append({"id": snap.stem, "readable": False})
            continue
        found.append({"id": snap.stem, "readable": True, "created_at": manifest["created_at"],
                      "cases": manifest.get("counts", {}).get("case_file"),
                      "size": total_size(manifest)})
    return found


def _copy_verified(chunks: Iterator[bytes], target: Path, expected: dict[str, Any],
                   meter: Meter, name: str) -> None:
    digest = hashlib.sha256()
    size = 0
    with open(target, "wb") as fh:
        for block in chunks:
            digest.update(block)
            size += len(block)
            fh.write(block)
            meter.advance(len(block))
        fh.flush()
        os.fsync(fh.fileno())
    if size != expected.get("size") or digest.hexdigest() != expected.get("sha256"):
        raise DamagedBackup(detail=f"{name} does not match its SHA-256 in the manifest")


def _stage(source: Path, staging: Path, manifest: dict[str, Any], meter: Meter,
           snapshot_file: Path | None) -> None:
    names = part_names(manifest)
    if names != list(PARTS):
        content_files.folder(staging).mkdir(mode=0o700)
    if source.is_dir():
        repo = source
        for name in names:
            found = entry_of(manifest, name).get("chunks")
            if not isinstance(found, list) or not all(_is_digest(d) for d in found):
                raise DamagedBackup(detail="the snapshot lists no chunks")
            digests: list[str] = [str(d) for d in found]

            def blocks(listing: list[str] = digests) -> Iterator[bytes]:
                for digest in listing:
                    path = chunk_path(repo, str(digest))
                    try:
                        block = path.read_bytes()
                    except OSError:
                        raise DamagedBackup(detail=f"chunk {str(digest)[:12]} is missing") from None
                    if hashlib.sha256(block).hexdigest() != digest:
                        raise DamagedBackup(detail=f"chunk {str(digest)[:12]} is damaged")
                    yield block

            _copy_verified(blocks(), staging / name, entry_of(manifest, name), meter, name)
        del snapshot_file
        return
    try:
        with tarfile.open(source, "r:") as tar:
            members = {name: tar.getmember(name) for name in names}
            # Every member's type and size against the manifest before a byte is read: a
            # sparse member declaring 2 GB would otherwise be written out in full first.
            for name, member in members.items():
                if member.type != tarfile.REGTYPE or member.sparse is not None \
                        or member.size != entry_of(manifest, name)["size"]:
                    raise DamagedBackup(detail=f"{name} does not match the manifest")
            for name in names:
                fh = tar.extractfile(members[name])
                if fh is None:
                    raise DamagedBackup(detail=f"{name} is missing")
                _copy_verified(snapshot.stream_chunks(fh), staging / name,
                               entry_of(manifest, name), meter, name)
    except (tarfile.TarError, KeyError, EOFError) as exc:
        raise DamagedBackup(detail=type(exc).__name__) from None


def _verify_staged(staging: Path, manifest: dict[str, Any], *, passphrase: str | None,
                   recovery_code: str | None) -> None:
    try:
        slots = KeySlots.from_json(json.loads((staging / keyslots.FILENAME).read_text()))
    except (ValueError, BadInput) as exc:
        raise DamagedBackup(detail="keyslots.json") from exc
    if slots.store_id != manifest.get("store_id"):
        raise DamagedBackup(detail="the key slots belong to another store")
    throttle = UnlockThrottle(slots.store_id)
    throttle.check()
    try:
        if passphrase is not None:
            master = slots.unlock(keyslots.PASSPHRASE, passphrase)
        elif recovery_code is not None:
            master = slots.unlock(keyslots.RECOVERY, recovery_code)
        else:
            raise BadInput(N_("No passphrase or recovery code was given."))
    except WrongSecret:
        throttle.failed()
        raise
    from caseapp.security import keys

    problems: list[str] = []
    for spec in (CASES_DB, EVIDENCE_DB):
        try:
            conn = snapshot.open_copy(staging / spec.filename, spec,
                                      keys.derive(master, spec.key_label, slots.store_id))
        except (CaseAppError, DatabaseError):
            raise DamagedBackup(detail=f"{spec.filename} cannot be opened") from None
        try:
            problems += integrity_problems(conn, spec)
            if spec is EVIDENCE_DB and not problems:
                problems += _content_problems(conn, staging, manifest)
            if spec is CASES_DB and not problems:
                problems += vault_service.audit_chain_problems(
                    conn, audit_keys_for(conn, master, slots.store_id))
                seq, head = audit_repo.head(conn)
                expected = manifest.get("audit_head", {})
                if seq != expected.get("seq") or head.hex() != expected.get("hash"):
                    problems.append("audit chain head differs from the manifest")
        finally:
            conn.close()
    if problems:
        raise DamagedBackup(detail="; ".join(problems[:3]))


def _content_problems(conn: Any, staging: Path, manifest: dict[str, Any]) -> list[str]:
    """The staged content files are exactly those the staged evidence.db names, and every
    one authenticates under its item key and hashes to its recorded SHA-256."""
    has_files = any(r[1] == "file_id" for r in conn.execute("PRAGMA table_info(content)"))
    named = {content_files.file_name(f) for f in evidence_repo.content_file_ids(conn)} \
        if has_files else set()
    listed = set(manifest.get("content", {}))
    if named - listed:
        return [f"{len(named - listed)} evidence content file(s) are missing from the backup"]
    if listed - named:
        return [f"{len(listed - named)} content file(s) in the backup belong to no evidence"]
    return evidence_repo.content_problems(conn) if named else []


def verify_backup(source: Path, *, passphrase: str | None = None,
                  recovery_code: str | None = None, progress: Progress | None = None,
                  cancel: CancelCheck = None, snapshot: str | None = None) -> dict[str, Any]:
    """Every check a restore makes, without touching any data directory. In a backup folder
    every chunk is read back and hashed."""
    source = Path(source)
    manifest = read_manifest(source, snapshot)
    meter = Meter(total_size(manifest), progress, cancel)
    with tempfile.TemporaryDirectory(prefix="caseapp-verify-") as tmp:
        _stage(source, Path(tmp), manifest, meter, None)
        _verify_staged(Path(tmp), manifest, passphrase=passphrase, recovery_code=recovery_code)
    return manifest


def restore_backup(source: Path, data_dir: Path, *, passphrase: str | None = None,
                   recovery_code: str | None = None, replace: bool = False,
                   actor: str = "admin", progress: Progress | None = None,
                   cancel: CancelCheck = None, snapshot: str | None = None) -> RestoreResult:
    """Verify the whole backup in a staging folder next to the data directory, then swap it
    in. Existing data is only replaced with ``replace=True`` and is kept aside. A backup
    folder restores its newest snapshot unless ``snapshot`` names one."""
    source, data_dir = Path(source), Path(data_dir)
    manifest = read_manifest(source, snapshot)
    has_data = any((data_dir / n).exists() for n in PARTS)
    if has_data and not replace:
        raise StoreExists(N_("{path} already holds CaseApp data. Restoring would replace it: "
                             "choose replace explicitly (--replace)."), path=str(data_dir))
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    # Replacing a store another process has open would silently drop what it saves later.
    alone = store_lock.exclusive(data_dir) if has_data else None
    try:
        return _restore(source, data_dir, manifest, has_data, passphrase=passphrase,
                        recovery_code=recovery_code, actor=actor, progress=progress,
                        cancel=cancel)
    finally:
        if alone is not None:
            alone.release()


def _restore(source: Path, data_dir: Path, manifest: dict[str, Any], has_data: bool, *,
             passphrase: str | None, recovery_code: str | None, actor: str,
             progress: Progress | None, cancel: CancelCheck) -> RestoreResult:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    meter = Meter(total_size(manifest), progress, cancel)
    staging = data_dir.parent / f".{data_dir.name}.restore-{stamp}"
    aside: Path | None = None
    try:
        staging.mkdir(mode=0o700)
        try:
            _stage(source, staging, manifest, meter, None)
        except OSError as exc:
            raise storage_error(exc) from None
        _verify_staged(staging, manifest, passphrase=passphrase, recovery_code=recovery_code)
        if has_data:
            aside = data_dir.parent / f"{data_dir.name}.before-restore-{stamp}"
            os.replace(data_dir, aside)
        if data_dir.exists() and {p.name for p in data_dir.iterdir()} <= {
                store_lock.LOCK_FILENAME}:
            (data_dir / store_lock.LOCK_FILENAME).unlink(missing_ok=True)
            data_dir.rmdir()
        os.replace(staging, data_dir)
        fsync_dir(data_dir.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if aside is not None and not data_dir.exists():
            os.replace(aside, data_dir)
            aside = None
        raise
    vault = vault_service.unlock(data_dir, passphrase=passphrase, recovery_code=recovery_code,
                                 actor=actor, accept_rollback=True)
    try:
        vault.audit("backup.restored", "store", vault.store_id,
                    backup_created_at=manifest.get("created_at"),
                    previous_data_kept=aside.name if aside else None)
    finally:
        vault.close()
    return RestoreResult(data_dir, manifest, aside)


