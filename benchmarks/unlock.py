"""Unlock cost (Argon2id KDF as calibrated here), open cost with raw keys, and 10,000
inserts in SQLCipher against the same schema in stdlib sqlite3 (ratio)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from caseapp.security import keyslots
from caseapp.services import vault as vault_service
from caseapp.store.connection import CASES_DB, configure, open_database

PASS = "benchmark passphrase that is long enough 벤치마크"
SCHEMA = "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c INTEGER)"


def inserts(conn, n: int = 10_000) -> float:
    conn.execute(SCHEMA)
    start = time.perf_counter()
    conn.execute("BEGIN")
    for i in range(n):
        conn.execute("INSERT INTO t (a, b, c) VALUES (?, ?, ?)",
                     (f"사건 {i} 텔레그램 방", "x" * 200, i))
    conn.execute("COMMIT")
    return time.perf_counter() - start


def main() -> None:
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        start = time.perf_counter()
        params = keyslots.calibrate()
        calib = time.perf_counter() - start
        created = vault_service.create_store(data, PASS, params=params)
        created.vault.close()
        print(f"calibrated Argon2id: m={params.memory_kib // 1024} MiB t={params.time_cost} "
              f"p={params.parallelism} (calibration {calib:.2f} s)")

        start = time.perf_counter()
        vault = vault_service.unlock(data, passphrase=PASS)
        unlock_total = time.perf_counter() - start
        key = vault.db_key(CASES_DB)
        vault.close()
        slots = keyslots.load(data)
        start = time.perf_counter()
        slots.unlock(keyslots.PASSPHRASE, PASS)
        kdf = time.perf_counter() - start
        start = time.perf_counter()
        for _ in range(20):
            conn = open_database(data / "cases.db", CASES_DB, key)
            conn.close()
        open_time = (time.perf_counter() - start) / 20
        print(f"unlock (KDF only): {kdf * 1000:.0f} ms; full unlock incl. both databases and "
              f"audit event: {unlock_total * 1000:.0f} ms")
        print(f"open cases.db with raw key: {open_time * 1000:.2f} ms")

        enc = open_database(Path(tmp) / "bench.db", CASES_DB, os.urandom(32), create=True)
        configure(enc, CASES_DB)
        t_enc = inserts(enc)
        enc.close()
        plain = sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None)
        for pragma in ("journal_mode = wal", "synchronous = FULL", "secure_delete = ON",
                       "temp_store = MEMORY"):
            plain.execute(f"PRAGMA {pragma}")
        t_plain = inserts(plain)
        plain.close()
        print(f"10,000 inserts: SQLCipher {t_enc * 1000:.0f} ms, sqlite3 {t_plain * 1000:.0f} ms,"
              f" ratio {t_enc / t_plain:.2f}")


if __name__ == "__main__":
    main()
