"""The incremental backup folder: content-addressed 1 MiB chunks of the encrypted files
plus one snapshot manifest per backup, and pruning old snapshots."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseapp.errors import BadInput
from caseapp.i18n import N_
from caseapp.security import keyslots
from caseapp.services.backup.parts import (
    BackupResult,
    CancelCheck,
    DamagedBackup,
    Meter,
    Progress,
    Source,
    check_manifest,
    iter_part,
    part_size,
    record,
    set_entry,
    storage_error,
)
from caseapp.store import store_lock
from caseapp.store.vault import Vault, fsync_dir

log = logging.getLogger(__name__)


def chunk_path(repo: Path, digest: str) -> Path:
    return repo / "chunks" / digest[:2] / digest


def create_repository_backup(vault: Vault, repo: Path, *, progress: Progress | None = None,
                             cancel: CancelCheck = None) -> BackupResult:
    repo = Path(repo)
    (repo / "snapshots").mkdir(parents=True, exist_ok=True)
    (repo / "chunks").mkdir(exist_ok=True)
    # A prune running meanwhile would delete chunks this snapshot is about to reuse.
    with store_lock.shared(repo, message=PRUNE_RUNNING):
        return _create_repository_backup(vault, repo, progress=progress, cancel=cancel)


PRUNE_RUNNING = N_("Another program is pruning this backup folder. Nothing was written; try "
                   "again when it has finished.")
BACKUP_RUNNING = N_("A backup is being written to this backup folder (or another prune runs). "
                    "Nothing was deleted; try again when it has finished.")


def _create_repository_backup(vault: Vault, repo: Path, *, progress: Progress | None,
                              cancel: CancelCheck) -> BackupResult:
    written = reused = repaired = bytes_written = 0
    new_chunks: list[Path] = []
    with Source(vault) as parts:
        names = parts.names()
        meter = Meter(sum(part_size(parts, n) for n in names), progress, cancel)
        try:
            for name in names:
                whole = hashlib.sha256()
                listing = []
                size = 0
                for block in iter_part(parts, name):
                    whole.update(block)
                    size += len(block)
                    digest = hashlib.sha256(block).hexdigest()
                    listing.append(digest)
                    path = chunk_path(repo, digest)
                    state = _stored_state(path, digest)
                    if state == "intact":
                        reused += 1
                    else:
                        if state == "damaged":  # rewritten with the good bytes in hand
                            repaired += 1
                            log.warning("backup folder: damaged chunk %s rewritten",
                                        digest[:12])
                        path.parent.mkdir(exist_ok=True)
                        tmp = path.with_name(path.name + ".partial")
                        with open(tmp, "wb") as fh:
                            fh.write(block)
                            fh.flush()
                            os.fsync(fh.fileno())
                        os.replace(tmp, path)
                        if state == "missing":
                            new_chunks.append(path)
                        written += 1
                        bytes_written += len(block)
                    meter.advance(len(block))
                set_entry(parts.manifest, name, {"size": size, "sha256": whole.hexdigest(),
                                                 "chunks": listing})
            name = f"{datetime.now(UTC):%Y%m%d-%H%M%S-%f}.json"
            payload = json.dumps(parts.manifest, indent=2, sort_keys=True).encode()
            keyslots.atomic_write(repo / "snapshots" / name, payload)
        except BaseException as exc:
            for path in new_chunks:  # chunks only this run referenced
                path.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise storage_error(exc) from None
            raise
        manifest = parts.manifest
    target = repo / "snapshots" / name
    record(vault, "repository", target, manifest)
    return BackupResult(target, manifest, bytes_written, written, reused, repaired)


def _stored_state(path: Path, digest: str) -> str:
    """"intact", "damaged" or "missing": a stored chunk is reused only once its content was
    read back and hashed (a size match let one flipped byte ride into every later
    snapshot)."""
    try:
        block = path.read_bytes()
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "damaged"
    return "intact" if hashlib.sha256(block).hexdigest() == digest else "damaged"


def list_snapshots(repo: Path) -> list[Path]:
    return sorted((Path(repo) / "snapshots").glob("*.json"))




@dataclass(frozen=True, slots=True)
class PruneResult:
    snapshots_removed: int
    chunks_removed: int
    bytes_freed: int


def prune_repository(repo: Path, keep: int) -> PruneResult:
    """Keep the newest ``keep`` snapshots of a backup folder and delete the chunks no kept
    snapshot needs. Needs no key: chunk names and manifests hold no secret. A snapshot file
    that cannot be read stops the prune (its chunks might still be needed)."""
    if keep < 1:
        raise BadInput(N_("Keep at least one backup."))
    repo = Path(repo)
    if not (repo / "snapshots").is_dir():
        raise DamagedBackup(detail="the backup folder has no snapshot")
    with store_lock.exclusive(repo, message=BACKUP_RUNNING):
        return _prune(repo, keep)


def snapshot_intact(repo: Path, manifest: dict[str, Any]) -> bool:
    """Every chunk the snapshot lists is there with its content hash."""
    for part in [*manifest["files"].values(), *manifest.get("content", {}).values()]:
        for digest in part.get("chunks", []):
            try:
                block = chunk_path(repo, str(digest)).read_bytes()
            except OSError:
                return False
            if hashlib.sha256(block).hexdigest() != digest:
                return False
    return True


def _prune(repo: Path, keep: int) -> PruneResult:
    snaps = list_snapshots(repo)
    if not snaps:
        raise DamagedBackup(detail="the backup folder has no snapshot")
    kept, dropped = snaps[-keep:], snaps[:-keep]
    manifests: dict[Path, dict[str, Any]] = {}
    for snap in kept:
        try:
            manifests[snap] = check_manifest(json.loads(snap.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError) as exc:
            raise DamagedBackup(detail=f"{snap.name}: {type(exc).__name__}") from None
    # Never leave the folder without a snapshot that can be restored: when no kept one is
    # intact, the newest intact older one is kept too.
    if not any(snapshot_intact(repo, m) for m in manifests.values()):
        for snap in reversed(dropped):
            try:
                manifest = check_manifest(json.loads(snap.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError, DamagedBackup):
                continue
            if snapshot_intact(repo, manifest):
                manifests[snap] = manifest
                dropped.remove(snap)
                break
    needed: set[str] = set()
    for manifest in manifests.values():
        for part in [*manifest["files"].values(), *manifest.get("content", {}).values()]:
            needed.update(str(d) for d in part.get("chunks", []))
    for snap in dropped:
        snap.unlink()
    removed = freed = 0
    for folder in sorted((repo / "chunks").iterdir()):
        if not folder.is_dir():
            continue
        for chunk in folder.iterdir():
            if chunk.name not in needed:
                freed += chunk.stat().st_size
                chunk.unlink()
                removed += 1
    fsync_dir(repo / "snapshots")
    return PruneResult(len(dropped), removed, freed)
