"""The incremental backup folder: content-addressed 1 MiB chunks of the encrypted files
plus one snapshot manifest per backup, and pruning old snapshots."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseapp.errors import BadInput
from caseapp.i18n import N_
from caseapp.security import keyslots
from caseapp.services.backup.parts import (
    PARTS,
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
    storage_error,
)
from caseapp.store.vault import Vault, fsync_dir


def chunk_path(repo: Path, digest: str) -> Path:
    return repo / "chunks" / digest[:2] / digest


def create_repository_backup(vault: Vault, repo: Path, *, progress: Progress | None = None,
                             cancel: CancelCheck = None) -> BackupResult:
    repo = Path(repo)
    (repo / "snapshots").mkdir(parents=True, exist_ok=True)
    (repo / "chunks").mkdir(exist_ok=True)
    written = reused = bytes_written = 0
    new_chunks: list[Path] = []
    with Source(vault) as parts:
        meter = Meter(sum(part_size(parts, n) for n in PARTS), progress, cancel)
        try:
            for name in PARTS:
                whole = hashlib.sha256()
                listing = []
                size = 0
                for block in iter_part(parts, name):
                    whole.update(block)
                    size += len(block)
                    digest = hashlib.sha256(block).hexdigest()
                    listing.append(digest)
                    path = chunk_path(repo, digest)
                    if path.exists() and path.stat().st_size == len(block):
                        reused += 1
                    else:
                        path.parent.mkdir(exist_ok=True)
                        tmp = path.with_name(path.name + ".partial")
                        with open(tmp, "wb") as fh:
                            fh.write(block)
                            fh.flush()
                            os.fsync(fh.fileno())
                        os.replace(tmp, path)
                        new_chunks.append(path)
                        written += 1
                        bytes_written += len(block)
                    meter.advance(len(block))
                parts.manifest["files"][name] = {"size": size, "sha256": whole.hexdigest(),
                                                 "chunks": listing}
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
    return BackupResult(target, manifest, bytes_written, written, reused)


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
    snaps = list_snapshots(repo)
    if not snaps:
        raise DamagedBackup(detail="the backup folder has no snapshot")
    kept, dropped = snaps[-keep:], snaps[:-keep]
    needed: set[str] = set()
    for snap in kept:
        try:
            manifest = check_manifest(json.loads(snap.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise DamagedBackup(detail=f"{snap.name}: {type(exc).__name__}") from None
        for part in manifest["files"].values():
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
