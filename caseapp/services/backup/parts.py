"""What every backup form shares: the three parts and the encrypted content files read
consistently from an unlocked store, the manifest, progress and cancel, and the record of a
finished backup."""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseapp import __version__
from caseapp.errors import Cancelled, CaseAppError, StorageFull
from caseapp.i18n import N_
from caseapp.security import keyslots
from caseapp.store import audit_repo, content_files, meta_repo, snapshot, store_lock
from caseapp.store.connection import CASES_DB, EVIDENCE_DB
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

FORMAT = "caseapp-backup"
# 2: evidence content files (``content/<id>.cec``) listed under "content" in the manifest. A
# CaseApp that reads only version 1 refuses such a backup rather than restore it without them.
VERSION = 2
MANIFEST = "manifest.json"
PARTS = (keyslots.FILENAME, CASES_DB.filename, EVIDENCE_DB.filename)
CONTENT_PREFIX = content_files.FOLDER + "/"
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
    chunks_repaired: int = 0


@dataclass(frozen=True, slots=True)
class RestoreResult:
    data_dir: Path
    manifest: dict[str, Any]
    previous_data: Path | None


@dataclass(slots=True)
class Meter:
    total: int
    progress: Progress | None
    cancel: CancelCheck
    done: int = 0

    def advance(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, self.total)
        if cancelled(self.cancel):
            raise Cancelled()


def cancelled(cancel: CancelCheck) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def storage_error(exc: OSError) -> CaseAppError:
    return StorageFull(detail=exc.strerror or type(exc).__name__)


# --- building the parts ---------------------------------------------------------------------

@dataclass(slots=True)
class Parts:
    """Consistent sources for the three parts, valid while the context is open."""
    staging: Path
    keyslots_bytes: bytes
    cases_path: Path
    evidence_path: Path
    manifest: dict[str, Any] = field(default_factory=dict)
    content: list[Path] = field(default_factory=list)  # the encrypted content files

    def names(self) -> list[str]:
        """Every part in backup order: the three files, then ``content/<id>.cec``."""
        return list(PARTS) + [CONTENT_PREFIX + p.name for p in self.content]


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


class Source:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def __enter__(self) -> Parts:
        vault = self.vault
        clean_stale_staging(vault.data_dir)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=vault.data_dir))
        self._staging = staging
        # Held while the copy is in use, so the next backup can tell it from a killed one's.
        self._staging_lock = store_lock.exclusive(staging)
        try:
            cases_copy = staging / CASES_DB.filename
            snapshot.backup_cases_db(vault.cases, cases_copy, vault.db_key(CASES_DB))
            self._frozen = snapshot.frozen_evidence(vault.data_dir / EVIDENCE_DB.filename,
                                                    vault.db_key(EVIDENCE_DB))
            evidence_path, content = self._frozen.__enter__()
        except BaseException:
            self._staging_lock.release()
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
            "created_at": now(), "store_id": vault.store_id,
            "schema": {CASES_DB.filename: cases_version, EVIDENCE_DB.filename: evidence_version},
            "counts": counts, "audit_head": {"seq": seq, "hash": head.hex()}, "files": {},
            "content": {},
        }
        return Parts(staging, keyslots.path_in(vault.data_dir).read_bytes(), cases_copy,
                     evidence_path, manifest, content)

    def __exit__(self, *exc: object) -> None:
        try:
            self._frozen.__exit__(None, None, None)
        finally:
            self._staging_lock.release()
            shutil.rmtree(self._staging, ignore_errors=True)


STAGING_PREFIX = ".backup-"


def clean_stale_staging(data_dir: Path) -> None:
    """Remove the encrypted cases.db copies killed backups left in the data folder: a
    staging folder nobody holds any more (a running backup, in this process or another,
    holds its own)."""
    for folder in Path(data_dir).glob(STAGING_PREFIX + "*"):
        if not folder.is_dir() or store_lock.held_by_this_process(folder):
            continue
        try:
            with store_lock.exclusive(folder):
                pass
        except CaseAppError:
            continue  # another process's backup is still using it
        log.info("removing a killed backup's staging folder")
        shutil.rmtree(folder, ignore_errors=True)


def _part_path(parts: Parts, name: str) -> Path:
    if name == CASES_DB.filename:
        return parts.cases_path
    if name == EVIDENCE_DB.filename:
        return parts.evidence_path
    return content_files.folder(parts.evidence_path.parent) / name.removeprefix(CONTENT_PREFIX)


def iter_part(parts: Parts, name: str) -> Iterator[bytes]:
    if name == keyslots.FILENAME:
        yield parts.keyslots_bytes
    else:
        yield from snapshot.read_chunks(_part_path(parts, name))


def part_size(parts: Parts, name: str) -> int:
    if name == keyslots.FILENAME:
        return len(parts.keyslots_bytes)
    return _part_path(parts, name).stat().st_size


def entry_of(manifest: dict[str, Any], name: str) -> dict[str, Any]:
    """The manifest entry of a part or of a content file."""
    if name.startswith(CONTENT_PREFIX):
        entry: dict[str, Any] = manifest["content"][name.removeprefix(CONTENT_PREFIX)]
        return entry
    found: dict[str, Any] = manifest["files"][name]
    return found


def set_entry(manifest: dict[str, Any], name: str, entry: dict[str, Any]) -> None:
    if name.startswith(CONTENT_PREFIX):
        manifest["content"][name.removeprefix(CONTENT_PREFIX)] = entry
    else:
        manifest["files"][name] = entry


def part_names(manifest: dict[str, Any]) -> list[str]:
    """Every part a (checked) manifest lists, in backup order."""
    return list(PARTS) + [CONTENT_PREFIX + n for n in sorted(manifest.get("content", {}))]


def total_size(manifest: dict[str, Any]) -> int:
    return sum(int(f["size"]) for f in manifest["files"].values()) + sum(
        int(f["size"]) for f in manifest.get("content", {}).values())


def record(vault: Vault, kind: str, target: Path, manifest: dict[str, Any]) -> None:
    with vault.write() as conn:
        meta_repo.set_meta(conn, "last_backup_at", manifest["created_at"])
        vault.audit("backup.created", "store", vault.store_id, kind=kind, file=target.name,
                    audit_head=manifest["audit_head"]["seq"])


def last_backup_at(vault: Vault) -> str | None:
    return meta_repo.get_meta(vault.cases, "last_backup_at")


def is_digest(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(
        c in "0123456789abcdef" for c in value)


def check_manifest(manifest: Any) -> dict[str, Any]:
    """The manifest's shape, every field of the type the reader uses (a wrong-typed field is
    a damaged backup, never "something went wrong")."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DamagedBackup(detail="not a CaseApp backup")
    version = manifest.get("version")
    if type(version) is not int:
        raise DamagedBackup(detail="the manifest has no version")
    if version > VERSION:
        raise DamagedBackup(detail="written by a newer CaseApp")
    files = manifest.get("files")
    if not isinstance(files, dict) or set(files) != set(PARTS):
        raise DamagedBackup(detail="the manifest does not list the three parts")
    content = manifest.get("content", {})
    if not isinstance(content, dict) or (content and version < 2):
        raise DamagedBackup(detail="the manifest's content list is malformed")
    for name in content:
        # a name is a file name in content/ and nothing else (no path can escape staging)
        if not isinstance(name, str) or not content_files.NAME.match(name):
            raise DamagedBackup(detail="the manifest names a content file wrongly")
    for name, entry in list(files.items()) + list(content.items()):
        if not isinstance(entry, dict) or type(entry.get("size")) is not int \
                or entry["size"] < 0 or not is_digest(entry.get("sha256")):
            raise DamagedBackup(detail=f"the manifest entry for {name} is malformed")
        if "chunks" in entry and not isinstance(entry["chunks"], list):
            raise DamagedBackup(detail=f"the manifest entry for {name} is malformed")
    head = manifest.get("audit_head")
    if not isinstance(manifest.get("created_at"), str) \
            or not isinstance(manifest.get("store_id"), str) \
            or not isinstance(head, dict) or type(head.get("seq")) is not int \
            or not isinstance(head.get("hash"), str) \
            or not isinstance(manifest.get("counts", {}), dict):
        raise DamagedBackup(detail="the manifest fields are malformed")
    return manifest
