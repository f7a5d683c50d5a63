"""A backup as one tar file (``.cabk``), written as ``*.partial`` and renamed when
complete, so an interrupted write never leaves a file that looks finished."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import tarfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseapp.services.backup.parts import (
    CHUNK,
    MANIFEST,
    BackupResult,
    CancelCheck,
    Meter,
    Progress,
    Source,
    iter_part,
    part_size,
    record,
    set_entry,
    storage_error,
)
from caseapp.store import store_lock
from caseapp.store.chunk_stream import ChunkStream
from caseapp.store.vault import Vault, fsync_dir

log = logging.getLogger(__name__)


_active: set[str] = set()  # this process's backups being written


def _clean_stale_partials(folder: Path, own: Path) -> None:
    """A killed backup leaves ``NAME.partial``: remove those no running backup (here or in
    another process, which holds a lock on its file) is still writing."""
    candidates = set(folder.glob("*.cabk.partial")) | ({own} if own.exists() else set())
    for path in candidates:
        if str(path) in _active or not path.is_file():
            continue
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            continue
        try:
            if store_lock.try_lock_file(fd):
                log.info("removing a killed backup's partial file")
                path.unlink(missing_ok=True)
        finally:
            os.close(fd)


def _hashed(chunks: Iterator[bytes], digest: Any, meter: Meter) -> Iterator[bytes]:
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
    _clean_stale_partials(out.parent, partial)
    with Source(vault) as parts:
        names = parts.names()
        sizes = {name: part_size(parts, name) for name in names}
        meter = Meter(sum(sizes.values()), progress, cancel)
        try:
            _active.add(str(partial))
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC
                         | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w",
                                                         format=tarfile.PAX_FORMAT) as tar:
                store_lock.try_lock_file(raw.fileno())  # tells a running backup from a dead one
                for name in names:
                    info = tarfile.TarInfo(name)
                    info.size = sizes[name]
                    info.mtime = 0
                    digest = hashlib.sha256()
                    reader = ChunkStream(_hashed(iter_part(parts, name), digest, meter))
                    tar.addfile(info, io.BufferedReader(reader, CHUNK))
                    set_entry(parts.manifest, name, {"size": sizes[name],
                                                     "sha256": digest.hexdigest()})
                payload = json.dumps(parts.manifest, indent=2, sort_keys=True).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size = len(payload)
                tar.addfile(info, io.BytesIO(payload))
                tar.close()
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(partial, out)
            _active.discard(str(partial))
            fsync_dir(out.parent)
        except BaseException as exc:
            _active.discard(str(partial))
            try:
                partial.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove an incomplete backup file")
            if isinstance(exc, OSError):
                raise storage_error(exc) from None
            raise
        manifest = parts.manifest
    record(vault, "file", out, manifest)
    return BackupResult(out, manifest, out.stat().st_size)


