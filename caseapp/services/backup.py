"""Backups and restore. A backup holds consistent copies of both encrypted databases,
``keyslots.json`` and a manifest (versions, row counts, audit chain head, SHA-256 of each
part); it is as encrypted as the data directory itself.

Two forms share one restore path:
- a single file (``.cabk``, a tar archive, written as ``*.partial`` and renamed when
  complete, so an interrupted write never leaves a file that looks finished);
- a repository folder of content-addressed 1 MiB chunks of the encrypted files plus one
  snapshot manifest per backup: unchanged evidence is not copied again (SQLCipher rewrites
  only the pages that change, so most chunks of a growing evidence store repeat)."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import tarfile
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseapp import __version__
from caseapp.errors import BadInput, Cancelled, CaseAppError, StorageFull, StoreExists, WrongSecret
from caseapp.i18n import N_
from caseapp.security import keyslots
from caseapp.security.keyslots import KeySlots
from caseapp.security.throttle import UnlockThrottle
from caseapp.services import vault as vault_service
from caseapp.store import audit_repo, meta_repo, snapshot
from caseapp.store.chunk_stream import ChunkStream
from caseapp.store.connection import CASES_DB, EVIDENCE_DB, DatabaseError, integrity_problems
from caseapp.store.vault import Vault, audit_keys_for, fsync_dir

log = logging.getLogger(__name__)

FORMAT = "caseapp-backup"
VERSION = 1
MANIFEST = "manifest.json"
PARTS = (keyslots.FILENAME, CASES_DB.filename, EVIDENCE_DB.filename)
CHUNK = snapshot.CHUNK

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool] | threading.Event | None


class DamagedBackup(CaseAppError):
    exit_code = 1
    default_message = N_("The backup is damaged or incomplete: {detail}")
    hint = N_("Nothing was restored. Use another backup.")


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    manifest: dict[str, Any]
    bytes_written: int
    chunks_written: int = 0
    chunks_reused: int = 0


@dataclass(frozen=True, slots=True)
class RestoreResult:
    data_dir: Path
    manifest: dict[str, Any]
    previous_data: Path | None


@dataclass(slots=True)
class _Meter:
    total: int
    progress: Progress | None
    cancel: CancelCheck
    done: int = 0

    def advance(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, self.total)
        if _cancelled(self.cancel):
            raise Cancelled()


def _cancelled(cancel: CancelCheck) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _storage_error(exc: OSError) -> CaseAppError:
    return StorageFull(detail=exc.strerror or type(exc).__name__)


# --- building the parts ---------------------------------------------------------------------

@dataclass(slots=True)
class _Parts:
    """Consistent sources for the three parts, valid while the context is open."""
    staging: Path
    keyslots_bytes: bytes
    cases_path: Path
    evidence_path: Path
    manifest: dict[str, Any] = field(default_factory=dict)


def _table_counts(conn: Any) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    counts = {}
    for name in names:
        if "_fts" in name or name.endswith(("_data", "_idx", "_docsize", "_config", "_content")):
            continue
        counts[name] = int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
    return counts


class _Source:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def __enter__(self) -> _Parts:
        vault = self.vault
        staging = Path(tempfile.mkdtemp(prefix=".backup-", dir=vault.data_dir))
        self._staging = staging
        try:
            cases_copy = staging / CASES_DB.filename
            snapshot.backup_cases_db(vault.cases, cases_copy, vault.db_key(CASES_DB))
            self._frozen = snapshot.frozen_evidence(vault.data_dir / EVIDENCE_DB.filename,
                                                    vault.db_key(EVIDENCE_DB))
            evidence_path = self._frozen.__enter__()
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        copy = snapshot.open_copy(cases_copy, CASES_DB, vault.db_key(CASES_DB))
        try:
            seq, head = audit_repo.head(copy)
            counts = _table_counts(copy)
            cases_version = int(copy.execute("PRAGMA user_version").fetchone()[0])
        finally:
            copy.close()
        evidence_version = int(vault.evidence.execute("PRAGMA user_version").fetchone()[0])
        manifest = {
            "format": FORMAT, "version": VERSION, "app_version": __version__,
            "created_at": _now(), "store_id": vault.store_id,
            "schema": {CASES_DB.filename: cases_version, EVIDENCE_DB.filename: evidence_version},
            "counts": counts, "audit_head": {"seq": seq, "hash": head.hex()}, "files": {},
        }
        return _Parts(staging, keyslots.path_in(vault.data_dir).read_bytes(), cases_copy,
                      evidence_path, manifest)

    def __exit__(self, *exc: object) -> None:
        try:
            self._frozen.__exit__(None, None, None)
        finally:
            shutil.rmtree(self._staging, ignore_errors=True)


def _iter_part(parts: _Parts, name: str) -> Iterator[bytes]:
    if name == keyslots.FILENAME:
        yield parts.keyslots_bytes
    elif name == CASES_DB.filename:
        yield from snapshot.read_chunks(parts.cases_path)
    else:
        yield from snapshot.read_chunks(parts.evidence_path)


def _part_size(parts: _Parts, name: str) -> int:
    if name == keyslots.FILENAME:
        return len(parts.keyslots_bytes)
    return (parts.cases_path if name == CASES_DB.filename else parts.evidence_path).stat().st_size


def _record(vault: Vault, kind: str, target: Path, manifest: dict[str, Any]) -> None:
    with vault.write() as conn:
        meta_repo.set_meta(conn, "last_backup_at", manifest["created_at"])
        vault.audit("backup.created", "store", vault.store_id, kind=kind, file=target.name,
                    audit_head=manifest["audit_head"]["seq"])


def last_backup_at(vault: Vault) -> str | None:
    return meta_repo.get_meta(vault.cases, "last_backup_at")


# --- single-file backup -----------------------------------------------------------------------

def _hashed(chunks: Iterator[bytes], digest: Any, meter: _Meter) -> Iterator[bytes]:
    for block in chunks:
        digest.update(block)
        meter.advance(len(block))
        yield block


def create_backup(vault: Vault, out: Path, *, progress: Progress | None = None,
                  cancel: CancelCheck = None) -> BackupResult:
    out = Path(out)
    if out.is_dir():
        out = out / f"caseapp-{datetime.now(UTC):%Y%m%d-%H%M%S}.cabk"
    partial = out.with_name(out.name + ".partial")
    with _Source(vault) as parts:
        sizes = {name: _part_size(parts, name) for name in PARTS}
        meter = _Meter(sum(sizes.values()), progress, cancel)
        try:
            with open(partial, "wb") as raw, tarfile.open(fileobj=raw, mode="w",
                                                         format=tarfile.PAX_FORMAT) as tar:
                for name in PARTS:
                    info = tarfile.TarInfo(name)
                    info.size = sizes[name]
                    info.mtime = 0
                    digest = hashlib.sha256()
                    reader = ChunkStream(_hashed(_iter_part(parts, name), digest, meter))
                    tar.addfile(info, io.BufferedReader(reader, CHUNK))
                    parts.manifest["files"][name] = {"size": sizes[name],
                                                     "sha256": digest.hexdigest()}
                payload = json.dumps(parts.manifest, indent=2, sort_keys=True).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(payload)
                tar.addfile(info, io.BytesIO(payload))
                tar.close()
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(partial, out)
            fsync_dir(out.parent)
        except BaseException as exc:
            try:
                partial.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove an incomplete backup file")
            if isinstance(exc, OSError):
                raise _storage_error(exc) from None
            raise
        manifest = parts.manifest
    _record(vault, "file", out, manifest)
    return BackupResult(out, manifest, out.stat().st_size)


# --- incremental repository -------------------------------------------------------------------

def _chunk_path(repo: Path, digest: str) -> Path:
    return repo / "chunks" / digest[:2] / digest


def create_repository_backup(vault: Vault, repo: Path, *, progress: Progress | None = None,
                             cancel: CancelCheck = None) -> BackupResult:
    repo = Path(repo)
    (repo / "snapshots").mkdir(parents=True, exist_ok=True)
    (repo / "chunks").mkdir(exist_ok=True)
    written = reused = bytes_written = 0
    new_chunks: list[Path] = []
    with _Source(vault) as parts:
        meter = _Meter(sum(_part_size(parts, n) for n in PARTS), progress, cancel)
        try:
            for name in PARTS:
                whole = hashlib.sha256()
                listing = []
                size = 0
                for block in _iter_part(parts, name):
                    whole.update(block)
                    size += len(block)
                    digest = hashlib.sha256(block).hexdigest()
                    listing.append(digest)
                    path = _chunk_path(repo, digest)
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
            keyslots.atomic_write(repo / "snapshots" / name, payload, keep_previous=False)
        except BaseException as exc:
            for path in new_chunks:  # chunks only this run referenced
                path.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise _storage_error(exc) from None
            raise
        manifest = parts.manifest
    target = repo / "snapshots" / name
    _record(vault, "repository", target, manifest)
    return BackupResult(target, manifest, bytes_written, written, reused)


def list_snapshots(repo: Path) -> list[Path]:
    return sorted((Path(repo) / "snapshots").glob("*.json"))


# --- reading a backup ---------------------------------------------------------------------------

def _check_manifest(manifest: Any) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DamagedBackup(detail="not a CaseApp backup")
    if int(manifest.get("version", 0)) > VERSION:
        raise DamagedBackup(detail="written by a newer CaseApp")
    files = manifest.get("files")
    if not isinstance(files, dict) or set(files) != set(PARTS):
        raise DamagedBackup(detail="the manifest does not list the three parts")
    return manifest


def read_manifest(source: Path) -> dict[str, Any]:
    source = Path(source)
    try:
        if source.is_dir():
            snaps = list_snapshots(source)
            if not snaps:
                raise DamagedBackup(detail="the backup folder has no snapshot")
            return _check_manifest(json.loads(snaps[-1].read_text()))
        with tarfile.open(source, "r:") as tar:
            member = tar.getmember(MANIFEST)
            fh = tar.extractfile(member)
            if fh is None:
                raise DamagedBackup(detail="no manifest")
            return _check_manifest(json.loads(fh.read()))
    except (OSError, tarfile.TarError, KeyError, ValueError) as exc:
        raise DamagedBackup(detail=type(exc).__name__) from None


def _copy_verified(chunks: Iterator[bytes], target: Path, expected: dict[str, Any],
                   meter: _Meter, name: str) -> None:
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


def _stage(source: Path, staging: Path, manifest: dict[str, Any], meter: _Meter,
           snapshot_file: Path | None) -> None:
    files = manifest["files"]
    if source.is_dir():
        repo = source
        for name in PARTS:
            listing = files[name].get("chunks")
            if not isinstance(listing, list):
                raise DamagedBackup(detail="the snapshot lists no chunks")

            def blocks(listing: list[str] = listing) -> Iterator[bytes]:
                for digest in listing:
                    path = _chunk_path(repo, str(digest))
                    try:
                        block = path.read_bytes()
                    except OSError:
                        raise DamagedBackup(detail=f"chunk {str(digest)[:12]} is missing") from None
                    if hashlib.sha256(block).hexdigest() != digest:
                        raise DamagedBackup(detail=f"chunk {str(digest)[:12]} is damaged")
                    yield block

            _copy_verified(blocks(), staging / name, files[name], meter, name)
        del snapshot_file
        return
    try:
        with tarfile.open(source, "r:") as tar:
            for name in PARTS:
                member = tar.getmember(name)
                if not member.isfile():
                    raise DamagedBackup(detail=f"{name} is not a file")
                fh = tar.extractfile(member)
                if fh is None:
                    raise DamagedBackup(detail=f"{name} is missing")
                _copy_verified(snapshot.stream_chunks(fh), staging / name, files[name], meter,
                               name)
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


def verify_backup(source: Path, *, passphrase: str | None = None,
                  recovery_code: str | None = None, progress: Progress | None = None,
                  cancel: CancelCheck = None) -> dict[str, Any]:
    """Every check a restore makes, without touching any data directory."""
    source = Path(source)
    manifest = read_manifest(source)
    meter = _Meter(sum(int(f.get("size", 0)) for f in manifest["files"].values()), progress,
                   cancel)
    with tempfile.TemporaryDirectory(prefix="caseapp-verify-") as tmp:
        _stage(source, Path(tmp), manifest, meter, None)
        _verify_staged(Path(tmp), manifest, passphrase=passphrase, recovery_code=recovery_code)
    return manifest


def restore_backup(source: Path, data_dir: Path, *, passphrase: str | None = None,
                   recovery_code: str | None = None, replace: bool = False,
                   actor: str = "admin", progress: Progress | None = None,
                   cancel: CancelCheck = None) -> RestoreResult:
    """Verify the whole backup in a staging folder next to the data directory, then swap it
    in. Existing data is only replaced with ``replace=True`` and is kept aside."""
    source, data_dir = Path(source), Path(data_dir)
    manifest = read_manifest(source)
    has_data = any((data_dir / n).exists() for n in PARTS)
    if has_data and not replace:
        raise StoreExists(N_("{path} already holds CaseApp data. Restoring would replace it: "
                             "choose replace explicitly (--replace)."), path=str(data_dir))
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    staging = data_dir.parent / f".{data_dir.name}.restore-{stamp}"
    staging.mkdir()
    meter = _Meter(sum(int(f.get("size", 0)) for f in manifest["files"].values()), progress,
                   cancel)
    aside: Path | None = None
    try:
        try:
            _stage(source, staging, manifest, meter, None)
        except OSError as exc:
            raise _storage_error(exc) from None
        _verify_staged(staging, manifest, passphrase=passphrase, recovery_code=recovery_code)
        if has_data:
            aside = data_dir.parent / f"{data_dir.name}.before-restore-{stamp}"
            os.replace(data_dir, aside)
        if data_dir.exists() and not any(data_dir.iterdir()):
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
            manifest = _check_manifest(json.loads(snap.read_text(encoding="utf-8")))
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
