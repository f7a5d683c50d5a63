"""Full vs incremental backup of a store with ~200 MB of evidence, and a second backup after
adding 10 MB: bytes written and time, single file against the chunk repository. The evidence
is ingested as the app does (encrypted content files since evidence schema 3), so running
this script against an older checkout (PYTHONPATH) compares the two stores."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from caseapp.security.keyslots import Argon2Params
from caseapp.services import backup
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service

PASS = "benchmark passphrase that is long enough 백업"


def add_content(vault, megabytes: int, tag: str) -> None:
    """Ingest ``megabytes`` of incompressible evidence as 10 MB files."""
    case = case_service.open_case(vault, pseudonym=f"backup bench {tag}")
    case_service.record_consent(vault, case, "copies", True, "written")
    folder = Path(tempfile.mkdtemp())
    for i in range(0, megabytes, 10):
        path = folder / f"{tag}{i}.bin"
        path.write_bytes(os.urandom(min(10, megabytes - i) << 20))
        evidence_service.ingest_file(vault, case, path)
        path.unlink()
    folder.rmdir()


def store_size(data: Path) -> int:
    return sum(p.stat().st_size for p in data.rglob("*") if p.is_file())


def main() -> None:
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        created = vault_service.create_store(root / "data", PASS,
                                             params=Argon2Params(65536, 3, 2))
        vault = created.vault
        add_content(vault, 200, "a")
        print(f"store (evidence.db and content files): {store_size(root / 'data') / 1e6:.0f} MB")
        for label, fn in (("file", lambda: backup.create_backup(vault, root / "full.cabk")),
                          ("repo", lambda: backup.create_repository_backup(vault, root / "r"))):
            start = time.perf_counter()
            result = fn()
            elapsed = time.perf_counter() - start
            print(f"first {label} backup: {result.bytes_written / 1e6:.0f} MB written in "
                  f"{elapsed:.2f} s ({result.bytes_written / 1e6 / elapsed:.0f} MB/s)")
        add_content(vault, 10, "b")
        start = time.perf_counter()
        full = backup.create_backup(vault, root / "full2.cabk")
        t_full = time.perf_counter() - start
        start = time.perf_counter()
        inc = backup.create_repository_backup(vault, root / "r")
        t_inc = time.perf_counter() - start
        print(f"after adding 10 MB: file backup {full.bytes_written / 1e6:.0f} MB in "
              f"{t_full:.2f} s; repository {inc.bytes_written / 1e6:.1f} MB new "
              f"({inc.chunks_written} chunks new, {inc.chunks_reused} reused) in {t_inc:.2f} s;"
              f" ratio written {inc.bytes_written / full.bytes_written:.3f}")
        vault.close()
        start = time.perf_counter()
        backup.verify_backup(root / "r", passphrase=PASS)
        print(f"verify repository backup: {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        backup.restore_backup(root / "full2.cabk", root / "restored", passphrase=PASS)
        print(f"restore file backup: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
