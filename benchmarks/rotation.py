"""Key rotation at scale: a store with N synthetic cases (demo generator) and G GiB of
evidence content (random 1 MiB chunks, 64 MiB per item; kept in encrypted content files since
evidence schema 3, which a rotation does not rewrite), then

- the baseline: copying both database files once with fsync (what any re-encryption into
  new files must at least do), in this process;
- ``change_passphrase`` (re-wraps one slot: instant, but old slot copies still open the data);
- ``rotate_keys`` (new master key, both databases re-encrypted into new files, authenticated
  journal, atomic switch): seconds, MB/s, and the ratio to the baseline copy.

Evidence sizes can be several (``1 2``): the rotation time per GiB shows whether it grows
linearly, so larger stores (10 GiB) can be extrapolated where the disk here is too slow or
too small to hold the store twice. The CPU seconds of this process (AES and HMAC of every
page) are printed too: on a shared machine they vary far less than the wall time.

    .venv/bin/python benchmarks/rotation.py [N_CASES] [GIB ...]     # default 100000 1
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

from caseapp.security.keyslots import Argon2Params
from caseapp.services import demo
from caseapp.services import vault as vault_service
from caseapp.store import evidence_repo

PASS = "benchmark passphrase that is long enough 회전"
NEW = "another benchmark passphrase, also long 회전 2"
FAST = Argon2Params(memory_kib=1024, time_cost=1, parallelism=1)  # the KDF is not measured
CHUNK = 1 << 20
ITEM_MIB = 64


def add_evidence(vault, mib: int) -> None:
    block = os.urandom(CHUNK)
    written = 0
    while written < mib:
        sink = evidence_repo.ContentSink(vault.evidence, vault.evidence_lock)
        digest = hashlib.sha256()
        for index in range(min(ITEM_MIB, mib - written)):
            data = block[index:] + block[:index]  # distinct chunks without urandom's cost
            digest.update(data)
            sink.write_chunk(index, data)
        sink.finalise(digest.hexdigest())
        sink.commit()
        written += min(ITEM_MIB, mib - written)


def copy_once(data: Path) -> float:
    """Copy both files once and fsync the copies: what any re-encryption into new files
    must at least do (read everything, write everything, make it durable)."""
    start = time.perf_counter()
    for name in ("cases.db", "evidence.db"):
        target = data.parent / (name + ".copy")
        with open(data / name, "rb") as src, open(target, "wb") as dst:
            while block := src.read(8 * CHUNK):
                dst.write(block)
            dst.flush()
            os.fsync(dst.fileno())
        target.unlink()
    return time.perf_counter() - start


def main() -> None:
    n_cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    sizes = [int(a) for a in sys.argv[2:]] or [1]
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    os.environ.setdefault("CASEAPP_KDF_TARGET_SECONDS", "0")
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as tmp:
        data = Path(tmp) / "data"
        created = vault_service.create_store(data, PASS, params=FAST, allow_weak_kdf=True)
        vault = created.vault
        start = time.perf_counter()
        demo.generate(vault, n_cases, seed=1)
        print(f"build: {n_cases:,} cases in {time.perf_counter() - start:.0f} s")
        have = 0
        passphrase = PASS
        for gib in sorted(sizes):
            start = time.perf_counter()
            add_evidence(vault, (gib - have) * 1024)
            have = gib
            vault.checkpoint()
            total = sum((data / n).stat().st_size for n in ("cases.db", "evidence.db"))
            content = sum(p.stat().st_size for p in (data / "content").glob("*.cec"))
            print(f"\nstore: cases.db {(data / 'cases.db').stat().st_size / 1e6:,.0f} MB, "
                  f"evidence.db {(data / 'evidence.db').stat().st_size / 1e9:.2f} GB, "
                  f"content files {content / 1e9:.2f} GB (their keys move with evidence.db; "
                  f"a rotation does not rewrite them) "
                  f"(filled in {time.perf_counter() - start:.0f} s)")
            baseline = copy_once(data)
            start = time.perf_counter()
            vault_service.change_passphrase(vault, NEW if passphrase == PASS else PASS,
                                            params=FAST)
            rewrap = time.perf_counter() - start
            passphrase = NEW if passphrase == PASS else PASS
            start, cpu = time.perf_counter(), time.process_time()
            vault_service.rotate_keys(vault, passphrase, params=FAST)
            rotation = time.perf_counter() - start
            rotation_cpu = time.process_time() - cpu
            baseline = (baseline + copy_once(data)) / 2  # before and after: a shared machine
            print(f"  copy both files (baseline, mean of before and after): {baseline:6.1f} s "
                  f"({total / baseline / 1e6:,.0f} MB/s)")
            print(f"  change-passphrase (re-wrap):     {rewrap:6.2f} s")
            print(f"  rotate keys (re-encrypt, switch): {rotation:6.1f} s "
                  f"({total / rotation / 1e6:,.0f} MB/s, {rotation / baseline:.1f}x the "
                  f"baseline copy, {rotation / (total / 2**30):.1f} s per GiB; CPU "
                  f"{rotation_cpu:.1f} s, {rotation_cpu / (total / 2**30):.1f} s per GiB)")
            assert vault_service.verify_audit_chain(vault) == []
        vault.close()


if __name__ == "__main__":
    main()
