"""Ingest throughput on one 1 GB file: our ingest (read, SHA-256 + MD5 on threads, SQLCipher
evidence store with 64 KiB pages) against hashlib.sha256 alone and the disk's plain
write+fsync of the same bytes; peak memory during ingest; PDQ time per 12-megapixel image.

Usage: python benchmarks/ingest.py [SIZE_MB]   (default 1024)"""

from __future__ import annotations

import hashlib
import io
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

from caseapp.security.keyslots import Argon2Params
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service

PASS = "benchmark passphrase that is long enough 증거"
MB = 1 << 20


def make_file(path: Path, size_mb: int) -> None:
    block = os.urandom(MB)
    with open(path, "wb") as fh:
        for i in range(size_mb):
            fh.write(block[:-8] + i.to_bytes(8, "big"))


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def drop_cache(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)
    except (AttributeError, OSError):
        pass


def main() -> None:
    size_mb = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as tmp:
        root = Path(tmp)
        src = root / "evidence.bin"
        make_file(src, size_mb)
        size = src.stat().st_size

        def hash_only() -> None:
            digest = hashlib.sha256()
            with open(src, "rb") as fh:
                while block := fh.read(MB):
                    digest.update(block)

        def plain_write() -> None:
            with open(src, "rb") as fh, open(root / "copy.bin", "wb") as out:
                while block := fh.read(MB):
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())

        t_hash = timed(hash_only)
        t_plain = timed(plain_write)
        (root / "copy.bin").unlink()

        created = vault_service.create_store(root / "data", PASS,
                                             params=Argon2Params(65536, 3, 2))
        vault = created.vault
        case = case_service.open_case(vault, pseudonym="bench")
        case_service.record_consent(vault, case, "copies", True, "written")
        peak = {"rss": 0}
        stop = threading.Event()

        def watch() -> None:
            while not stop.is_set():
                peak["rss"] = max(peak["rss"], _rss_mb())
                stop.wait(0.05)

        watcher = threading.Thread(target=watch, daemon=True)
        base_rss = _rss_mb()
        watcher.start()
        t_ingest = timed(lambda: evidence_service.ingest_file(vault, case, src))
        stop.set()
        watcher.join()
        mbps = size / MB
        print(f"file: {mbps:.0f} MB")
        print(f"hashlib.sha256 alone:        {mbps / t_hash:7.0f} MB/s")
        print(f"plain write + fsync:         {mbps / t_plain:7.0f} MB/s")
        print(f"CaseApp ingest (SHA-256+MD5, encrypted store, fsync): {mbps / t_ingest:7.0f} MB/s")
        print(f"ratio ingest / plain write:  {t_plain / t_ingest:.2f}  (target >= 0.6)")
        print(f"peak RSS during ingest: {peak['rss']:.0f} MB (before: {base_rss:.0f} MB; "
              f"target < 150 MB)")
        vault.close()

    from PIL import Image

    from caseapp.evidence.images import analyse_image

    image = Image.effect_noise((4000, 3000), 64).convert("RGB")
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    runs = 5
    t = timed(lambda: [analyse_image(data) for _ in range(runs)]) / runs
    print(f"PDQ + EXIF per 12-megapixel JPEG: {t * 1000:.0f} ms")


def _rss_mb() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
