"""What indexing evidence text costs the case search. Builds N synthetic cases (the demo
generator), times searches on the case-only index, then gives every case a few evidence
items (chat messages with room name and ID, sender and Telegram ID, message link and text;
some links and notes), re-indexes every case (what the one-time upgrade at unlock does) and
times the same searches again, plus searches for words only evidence holds. Then the write
cost of adding one evidence item through the service (a note, its own transaction), with
the case re-indexed as now against the case-only re-index (the text without evidence), in a
case of a few items and in one of many imported messages; alternating batches in this
process. Prints ratios and peak memory.

    .venv/bin/python benchmarks/case_search_evidence.py [N_CASES] [BIG_CASE_ITEMS]
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from caseapp.domain.cases import CaseQuery
from caseapp.domain.evidence import EvidenceDraft
from caseapp.security.keyslots import Argon2Params
from caseapp.services import demo
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from caseapp.store import case_search

PASS = "benchmark passphrase that is long enough 벤치마크"
FAST = Argon2Params(memory_kib=1024, time_cost=1, parallelism=1)
CASE_TERMS = ("능욕방", "능욕", "겹", "방")          # in the demo cases' own text
EVIDENCE_TERMS = ("합성방", "협박", "돈", "threatened", "t.me/c/")  # only on evidence
ROOMS = ("비밀 합성방", "Leak channel", "지인 사진 공유방", "deepnude trade", "겹지인 단톡")
TEXTS = ("사진 지우려면 돈 보내", "영상 유포한다고 협박함", "I will post your photos everywhere",
         "They threatened to send it to her school", "링크 확인해 봐", "ㅋㅋ 다 퍼뜨림",
         "pay or the video goes public", "새 방으로 옮겼음")
WRITE_BATCH = 10
WRITE_ROUNDS = 9


def add_evidence_rows(vault, rng: random.Random, per_case: tuple[int, int]) -> int:
    """Evidence items straight into the tables (the service would take hours for
    100,000 cases); the index is rebuilt afterwards. Returns how many were added."""
    now = datetime.now(UTC).isoformat()
    ids = [int(r[0]) for r in vault.cases.execute("SELECT id, number FROM case_file")]
    numbers = dict(vault.cases.execute("SELECT id, number FROM case_file").fetchall())
    rows = []
    for case_id in ids:
        chat_id = rng.randint(1_000_000_000, 1_999_999_999)
        room = f"{rng.choice(ROOMS)} {rng.randint(1, 500)}"
        for seq in range(1, rng.randint(*per_case) + 1):
            kind = rng.choice(("chat_log", "chat_log", "chat_log", "url", "note"))
            message = rng.randint(1, 90_000)
            url = (f"https://t.me/c/{chat_id}/{message}" if kind == "chat_log" else
                   f"https://example{rng.randint(1, 999)}.com/{rng.choice(('gallery', 'v', 'p'))}"
                   f"/{message}" if kind == "url" else None)
            sender = f"user{rng.randint(10**9, 10**10 - 1)}"
            rows.append((case_id, seq, f"E-{numbers[case_id]}-{seq:03d}", kind, "telegram", url,
                         room if kind != "note" else None,
                         str(chat_id) if kind == "chat_log" else None,
                         f"익명{rng.randint(1, 99)} ({sender})" if kind == "chat_log" else None,
                         rng.choice(TEXTS), now, "bench"))
    with vault.write() as conn:
        conn.executemany(
            "INSERT INTO evidence_item (case_id, seq, code, kind, platform, url, channel_name,"
            " channel_id, poster_account, description, created_at, created_by)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    return len(rows)


def timed(fn: Callable[[], object], repeat: int = 9) -> float:
    """Median of ``repeat`` calls after one warm-up, in ms."""
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def search_times(vault, terms: tuple[str, ...]) -> dict[str, tuple[float, int]]:
    found = {}
    for term in terms:
        query = CaseQuery(search=term, limit=50)
        hits = case_search.count(vault.cases, CaseQuery(search=term))
        found[term] = (timed(lambda q=query: case_search.list_page(vault.cases, q)), hits)
    return found


def case_only_refresh(conn, case_id: int) -> None:
    """The index upkeep of one case without its evidence text (as before): the baseline."""
    conn.execute("DELETE FROM case_fts WHERE rowid = ?", (case_id,))
    conn.execute("DELETE FROM case_fts_pairs WHERE rowid = ?", (case_id,))
    conn.execute("DELETE FROM case_fts_letters WHERE rowid = ?", (case_id,))
    row = conn.execute("SELECT number, pseudonym FROM case_file WHERE id = ?",
                       (case_id,)).fetchone()
    doc = case_search.build_document(row[0], row[1], (), (), ())
    case_search.insert_documents(conn, [(case_id, doc)])


def write_cost(vault, number: str) -> tuple[float, float]:
    """Median ms per evidence add (a note through the service, its own transaction) with
    the case re-indexed with its evidence text, and with the case-only re-index."""
    current = case_search.refresh
    with_text: list[float] = []
    case_only: list[float] = []
    for _ in range(WRITE_ROUNDS):
        for variant, bucket in ((current, with_text), (case_only_refresh, case_only)):
            case_search.refresh = variant
            try:
                start = time.perf_counter()
                for i in range(WRITE_BATCH):
                    evidence_service.add_note_evidence(vault, number, EvidenceDraft(
                        description=f"쓰기 시험 {i} threatened", channel_name="시험방"))
                bucket.append((time.perf_counter() - start) * 1000 / WRITE_BATCH)
            finally:
                case_search.refresh = current
    return statistics.median(with_text), statistics.median(case_only)


def main() -> None:
    n_cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    big_items = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        vault = vault_service.create_store(data, PASS, params=FAST, allow_weak_kdf=True).vault
        start = time.perf_counter()
        demo.generate(vault, n_cases, seed=1)
        print(f"build: {n_cases:,} demo cases in {time.perf_counter() - start:.1f} s")
        vault.checkpoint()
        size_before = (data / "cases.db").stat().st_size / 1e6
        before = search_times(vault, CASE_TERMS)

        start = time.perf_counter()
        items = add_evidence_rows(vault, rng, (2, 8))
        print(f"evidence: {items:,} items added in {time.perf_counter() - start:.1f} s")
        with vault.write() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (case_search.VERSION_KEY,))
        vault.close()
        start = time.perf_counter()
        vault = vault_service.unlock(data, passphrase=PASS)  # the one-time upgrade
        upgrade = time.perf_counter() - start
        print(f"unlock with the one-time re-index of {n_cases:,} cases: {upgrade:.1f} s "
              f"({n_cases / upgrade:,.0f} cases/s)")
        vault.checkpoint()
        size_after = (data / "cases.db").stat().st_size / 1e6
        print(f"cases.db: {size_before:.0f} MB before the evidence, {size_after:.0f} MB after")
        after = search_times(vault, CASE_TERMS)
        for term in CASE_TERMS:
            (was, was_hits), (now, now_hits) = before[term], after[term]
            print(f"search '{term}': {was:.2f} ms case-only ({was_hits:,} hits), {now:.2f} ms "
                  f"with evidence text ({now_hits:,} hits): x{now / was:.2f}")
        for term, (ms, hits) in search_times(vault, EVIDENCE_TERMS).items():
            print(f"search '{term}' (evidence only): {ms:.2f} ms, first page of {hits:,} hits")
        rare = vault.cases.execute("SELECT poster_account FROM evidence_item"
                                   " WHERE poster_account IS NOT NULL LIMIT 1").fetchone()[0]
        sender_id = rare.split("(")[1].rstrip(")")
        ms, hits = search_times(vault, (sender_id,))[sender_id]
        print(f"search a sender ID (rare): {ms:.2f} ms, {hits} hit(s)")

        small = vault.cases.execute("SELECT c.number, count(*) FROM case_file c"
                                    " JOIN evidence_item e ON e.case_id = c.id"
                                    " GROUP BY c.id LIMIT 1").fetchone()
        with_text, case_only = write_cost(vault, small[0])
        print(f"evidence add, case of ~{small[1]} items: {with_text:.2f} ms with its evidence "
              f"text re-indexed, {case_only:.2f} ms case-only: x{with_text / case_only:.2f} "
              f"(median of {WRITE_ROUNDS} alternating batches of {WRITE_BATCH})")
        big_number = vault.cases.execute("SELECT number FROM case_file ORDER BY id DESC"
                                         " LIMIT 1").fetchone()[0]
        big_id = vault.cases.execute("SELECT id FROM case_file WHERE number = ?",
                                     (big_number,)).fetchone()[0]
        with vault.write() as conn:
            first = conn.execute("SELECT coalesce(max(seq), 0) FROM evidence_item"
                                 " WHERE case_id = ?", (big_id,)).fetchone()[0]
            conn.executemany(
                "INSERT INTO evidence_item (case_id, seq, code, kind, platform, url,"
                " channel_name, channel_id, poster_account, description, created_at,"
                " created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(big_id, first + i, f"E-{big_number}-{first + i:05d}", "chat_log", "telegram",
                  f"https://t.me/c/1555000111/{i}", "큰 단톡방", "1555000111",
                  f"member{i % 40} (user{5_000_000_000 + i % 40})",
                  f"{rng.choice(TEXTS)} #{i}", datetime.now(UTC).isoformat(), "bench")
                 for i in range(1, big_items + 1)])
            case_search.refresh(conn, big_id)
        doc_kb = len(vault.cases.execute("SELECT doc FROM case_fts WHERE rowid = ?",
                                         (big_id,)).fetchone()[0].encode()) / 1024
        with_text, case_only = write_cost(vault, big_number)
        print(f"evidence add, case of {big_items:,} imported messages ({doc_kb:.0f} KiB of "
              f"text): {with_text:.2f} ms re-indexed with its evidence text, {case_only:.2f} ms "
              f"case-only: x{with_text / case_only:.2f}")
        vault.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
