"""Case list at scale: build 100,000 synthetic cases with the demo generator, then time the
first page of the case list (50 rows by last update), a trigram search for a Korean
3-syllable substring (and a 2-syllable one through the letter-pairs index, and single
syllables through the letters index: a word's first letter, a surname), and the same search
on a plain-SQLite copy of the database (SQLCipher/plain ratio). Then the write cost of the
letters index: the same case writes (an incident added through the service, each its own
transaction) with today's index upkeep (the case noted as waiting) and with the upkeep as it
was before the letters index, alternating batches in this process; then a one-letter search
while entries wait and the catch-up the app does when it locks, per case. Prints peak
memory.

    .venv/bin/python benchmarks/cases.py [N_CASES]
"""

from __future__ import annotations

import os
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from caseapp.domain.cases import CaseQuery
from caseapp.security.keyslots import Argon2Params
from caseapp.services import demo
from caseapp.services import vault as vault_service
from caseapp.store import case_search
from caseapp.store.connection import CASES_DB, open_database

PASS = "benchmark passphrase that is long enough 벤치마크"
FAST = Argon2Params(memory_kib=1024, time_cost=1, parallelism=1)  # unlock is not measured
KOREAN_3 = "능욕방"
KOREAN_2 = "능욕"
KOREAN_1 = "겹"
COMMON = "방"  # in most demo cases: the dense plan
WRITE_BATCH = 20
WRITE_ROUNDS = 15


def refresh_before_letters(conn, case_id: int) -> None:
    """The index upkeep of one case as it was before migration 0012 (trigram and pairs
    only): the baseline for the letters index's write cost."""
    conn.execute("DELETE FROM case_fts WHERE rowid = ?", (case_id,))
    conn.execute("DELETE FROM case_fts_pairs WHERE rowid = ?", (case_id,))
    doc = case_search.document_for(conn, case_id)
    if doc is not None:
        conn.execute("INSERT INTO case_fts (rowid, doc) VALUES (?, ?)", (case_id, doc))
        conn.execute("INSERT INTO case_fts_pairs (rowid, pairs) VALUES (?, ?)",
                     (case_id, case_search.letter_pairs(doc)))


def write_cost(vault, numbers: list[str]) -> tuple[float, float]:
    """Median ms per case write with the letters index kept, and without it (the old
    upkeep), from alternating batches of WRITE_BATCH writes."""
    from caseapp.services import cases

    current = case_search.refresh
    with_letters: list[float] = []
    without: list[float] = []
    for round_number in range(WRITE_ROUNDS):
        for variant, bucket in ((current, with_letters), (refresh_before_letters, without)):
            case_search.refresh = variant
            try:
                start = time.perf_counter()
                for i in range(WRITE_BATCH):
                    number = numbers[(round_number * WRITE_BATCH + i) % len(numbers)]
                    cases.add_incident(vault, number, description=f"쓰기 시험 {i}",
                                       platform="telegram", place="겹지인방")
                bucket.append((time.perf_counter() - start) * 1000 / WRITE_BATCH)
            finally:
                case_search.refresh = current
    return statistics.median(with_letters), statistics.median(without)


def catch_up_cost(vault) -> tuple[int, float, float]:
    """The work a write no longer does: (cases waiting, one-letter search ms while they
    wait, ms per case to bring their entries up to date as the app does when it locks)."""
    waiting = case_search.letters_waiting(vault.cases)
    query = CaseQuery(search=COMMON, limit=50)
    _cold, search_ms, _ = timed(lambda: case_search.list_page(vault.cases, query), 5)
    start = time.perf_counter()
    with vault.write() as conn:
        case_search.catch_up_letters(conn)
    per_case = (time.perf_counter() - start) * 1000 / max(waiting, 1)
    with vault.write() as conn:  # the baseline batches left their cases' letters stale
        case_search.rebuild(conn)
    return waiting, search_ms, per_case


def timed(fn: Callable[[], object], repeat: int = 15) -> tuple[float, float, object]:
    """(first call, median of the next ``repeat`` calls) in ms, and the last result."""
    start = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - start) * 1000
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(runs), result


def main() -> None:
    n_cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        created = vault_service.create_store(data, PASS, params=FAST, allow_weak_kdf=True)
        vault = created.vault
        start = time.perf_counter()
        demo.generate(vault, n_cases, seed=1)
        build = time.perf_counter() - start
        vault.checkpoint()
        size_mb = (data / "cases.db").stat().st_size / 1e6
        print(f"build: {n_cases:,} cases in {build:.1f} s "
              f"({n_cases / build:,.0f} cases/s); cases.db {size_mb:.0f} MB")

        # reopen so the first timings start from a cold page cache
        key = vault.db_key(CASES_DB)
        vault.close()
        vault = vault_service.unlock(data, passphrase=PASS)
        first_page = CaseQuery(limit=50)
        search_3 = CaseQuery(search=KOREAN_3, limit=50)
        search_2 = CaseQuery(search=KOREAN_2, limit=50)
        cold, warm, page = timed(lambda: case_search.list_page(vault.cases, first_page))
        print(f"first page, 50 rows by last update: {warm:.2f} ms "
              f"(first call {cold:.2f} ms)")
        after = page.next_after  # type: ignore[attr-defined]
        _c, warm_next, _p = timed(lambda: case_search.list_page(
            vault.cases, CaseQuery(limit=50, after=after)))
        print(f"next page (keyset): {warm_next:.2f} ms")
        hits_3 = case_search.count(vault.cases, CaseQuery(search=KOREAN_3))
        cold3, warm3, _ = timed(lambda: case_search.list_page(vault.cases, search_3))
        print(f"search '{KOREAN_3}' (3 syllables, trigram MATCH), first page of {hits_3:,} "
              f"hits: {warm3:.2f} ms (first call {cold3:.2f} ms)")
        hits_2 = case_search.count(vault.cases, CaseQuery(search=KOREAN_2))
        cold2, warm2, _ = timed(lambda: case_search.list_page(vault.cases, search_2), 5)
        print(f"search '{KOREAN_2}' (2 syllables, letter-pairs index), first page of "
              f"{hits_2:,} hits: {warm2:.2f} ms (first call {cold2:.2f} ms)")
        for letter in (KOREAN_1, COMMON):
            query = CaseQuery(search=letter, limit=50)
            hits_1 = case_search.count(vault.cases, CaseQuery(search=letter))
            cold1, warm1, _ = timed(lambda q=query: case_search.list_page(vault.cases, q), 5)
            print(f"search '{letter}' (1 syllable, letters index), first page of {hits_1:,} "
                  f"hits: {warm1:.2f} ms (first call {cold1:.2f} ms)")
        sample = [row.number for row in case_search.list_page(
            vault.cases, CaseQuery(limit=WRITE_BATCH * WRITE_ROUNDS)).items]
        kept, before = write_cost(vault, sample)
        print(f"case write (incident added, own transaction): {kept:.2f} ms with the letters "
              f"index, {before:.2f} ms without: {(kept / before - 1) * 100:+.1f} % "
              f"(median of {WRITE_ROUNDS} alternating batches of {WRITE_BATCH})")
        waiting, search_ms, per_case = catch_up_cost(vault)
        print(f"  a write only notes its case; with {waiting} waiting, search '{COMMON}' "
              f"takes {search_ms:.2f} ms; catching them up (at lock) costs {per_case:.2f} ms "
              "per case")
        vault.close()

        # plain copy of the same schema and rows
        plain_path = Path(tmp) / "plain.db"
        conn = open_database(data / "cases.db", CASES_DB, key)
        conn.execute(f"ATTACH DATABASE '{plain_path.as_posix()}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        conn.close()
        plain = sqlite3.connect(plain_path, isolation_level=None)
        plain.execute("PRAGMA temp_store = MEMORY")
        pcold3, pwarm3, _ = timed(lambda: case_search.list_page(plain, search_3))
        _pcold_page, pwarm_page, _ = timed(lambda: case_search.list_page(plain, first_page))
        plain.close()
        print(f"same search on plain SQLite {sqlite3.sqlite_version}: {pwarm3:.2f} ms "
              f"(first call {pcold3:.2f} ms); first page {pwarm_page:.2f} ms")
        print(f"SQLCipher/plain ratio, search: {warm3 / pwarm3:.2f} warm, "
              f"{cold3 / pcold3:.2f} first call; first page: {warm / pwarm_page:.2f} warm")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
