"""The takedown queue at the scale of ten years of a national centre: 1,000,000 requests
across 100,000 cases (synthetic cases from caseapp.services.demo, requests bulk-inserted through the
takedown repository). Prints the time of the queue's first page (target < 100 ms), of a
later page, per counsellor, per case, overdue only, and of the per-recipient figures, with
the query plan.

    python benchmarks/takedowns.py [--cases 100000] [--requests 1000000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from caseapp.domain.takedowns import (
    Channel,
    ContentType,
    FollowUpPolicy,
    QueueQuery,
    RequestedAction,
    TakedownRequest,
    TakedownStatus,
    TargetKind,
    TaskKind,
)
from caseapp.security.keyslots import Argon2Params
from caseapp.services import cases, demo, takedowns
from caseapp.services import vault as vault_service
from caseapp.store import takedown_repo

PASS = "benchmark passphrase that is long enough 삭제"
NOW = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)
BATCH = 50_000
# What ten years of requests look like: most were answered long ago and have no open task.
OUTCOMES = ((TakedownStatus.REMOVED, 80), (TakedownStatus.REJECTED, 6),
            (TakedownStatus.NO_RESPONSE, 3), (TakedownStatus.WITHDRAWN, 3),
            (TakedownStatus.SUBMITTED, 5), (TakedownStatus.ACKNOWLEDGED, 2),
            (TakedownStatus.DRAFT, 1))


def build(vault, n_cases: int, n_requests: int, seed: int = 1) -> tuple[int, int]:
    rng = random.Random(seed)
    vault.cases.execute("PRAGMA cache_size = -262144")  # building only; reopened before timing
    recipients = [r for r in takedowns.list_recipients(vault)]
    cases = [(int(r[0]), r[1]) for r in vault.cases.execute(
        "SELECT id, number FROM case_file ORDER BY id")]
    statuses = [s for s, w in OUTCOMES for _ in range(w)]
    policy = FollowUpPolicy()
    open_tasks = 0
    seqs: dict[int, int] = {}
    done = 0
    while done < n_requests:
        batch: list[TakedownRequest] = []
        tasks: list[tuple[int, TaskKind, datetime]] = []
        for _ in range(min(BATCH, n_requests - done)):
            # newer requests are more frequent: the last years carry most of them
            age = timedelta(days=3650 * rng.random() ** 2)
            created = NOW - age
            case_id, number = cases[rng.randrange(len(cases))]
            seq = seqs[case_id] = seqs.get(case_id, 0) + 1
            recipient = recipients[rng.randrange(len(recipients))]
            status = statuses[rng.randrange(len(statuses))] if age > timedelta(days=4) \
                else rng.choice((TakedownStatus.DRAFT, TakedownStatus.SUBMITTED,
                                 TakedownStatus.ACKNOWLEDGED, TakedownStatus.REMOVED))
            submitted = None if status is TakedownStatus.DRAFT else \
                created + timedelta(minutes=rng.randint(5, 600))
            resolved = None
            if status in (TakedownStatus.REMOVED, TakedownStatus.REJECTED,
                          TakedownStatus.NO_RESPONSE, TakedownStatus.WITHDRAWN):
                assert submitted is not None
                resolved = min(NOW, submitted + timedelta(hours=rng.expovariate(1 / 40)))
            index = len(batch)
            batch.append(TakedownRequest(
                id=0, case_id=case_id, case_number=number, seq=seq,
                code=takedown_repo.request_code(number, seq), target_kind=TargetKind.URL,
                target=f"https://t.me/room{rng.randrange(5000)}/{rng.randrange(10**6)}",
                platform=None, recipient_id=recipient.id, recipient_name=recipient.name,
                recipient_kind=recipient.kind, channel=Channel.WEB_FORM, status=status,
                recipient_reference="", content_type=ContentType.FILMED, description="",
                keywords="", action=RequestedAction.DELETE, note="", parent_id=None,
                link=None, root_id=0, policy=policy, submitted_at=submitted,
                acknowledged_at=None, resolved_at=resolved,
                removal_verified_at=resolved if status is TakedownStatus.REMOVED else None,
                last_checked_at=None,
                escalate_at=None if submitted is None else submitted + timedelta(hours=72),
                created_at=created, created_by="bench", updated_at=resolved or created))
            # the closed history (the submission task) and whatever is still open
            if submitted is not None:
                tasks.append((index, TaskKind.SUBMIT, created))
            due: tuple[TaskKind, datetime] | None = None
            if status is TakedownStatus.DRAFT:
                due = (TaskKind.SUBMIT, created)
            elif status in (TakedownStatus.SUBMITTED, TakedownStatus.ACKNOWLEDGED):
                assert submitted is not None
                due = (TaskKind.CHECK, submitted + timedelta(hours=24))
            elif status is TakedownStatus.NO_RESPONSE and age < timedelta(days=60):
                due = (TaskKind.ESCALATE, resolved or created)
            elif status is TakedownStatus.REMOVED and resolved is not None:
                for days in policy.recheck_days:
                    if resolved + timedelta(days=days) > NOW - timedelta(days=7):
                        tasks.append((index, TaskKind.RECHECK, resolved + timedelta(days=days)))
                        open_tasks += 1
            if due is not None:
                tasks.append((index, *due))
                open_tasks += 1
        with vault.write() as conn:
            first = takedown_repo.bulk_insert(conn, batch, [t for t in tasks])
            # close the history tasks the bulk path inserted as open
            conn.execute("UPDATE takedown_task SET done_at = due_at, outcome = 'submitted'"
                         " WHERE request_id >= ? AND kind = 'submit' AND request_id IN"
                         " (SELECT id FROM takedown_request WHERE id >= ? AND status !="
                         " 'draft')", (first, first))
        done += len(batch)
        print(f"  {done:,} requests", end="\r", flush=True)
    print()
    return done, open_tasks


def timed(fn, repeat: int = 15) -> tuple[float, float]:
    """(median, worst) milliseconds over ``repeat`` runs after one warm-up."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=1_000_000)
    args = parser.parse_args()
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp())
    with tempfile.TemporaryDirectory() as tmp:
        created = vault_service.create_store(
            Path(tmp) / "data", PASS, organisation="Benchmark", actor="bench",
            params=Argon2Params(1024, 1, 1), allow_weak_kdf=True, check_strength=False)
        vault = created.vault
        start = time.perf_counter()
        demo.generate(vault, args.cases, seed=3)
        print(f"{args.cases:,} synthetic cases in {time.perf_counter() - start:.0f} s")
        start = time.perf_counter()
        total, _open = build(vault, args.cases, args.requests)
        vault.cases.execute("ANALYZE")
        open_tasks = takedown_repo.count_open_tasks(vault.cases)
        print(f"{total:,} requests ({open_tasks:,} open follow-ups) in "
              f"{time.perf_counter() - start:.0f} s; cases.db "
              f"{(Path(tmp) / 'data' / 'cases.db').stat().st_size / 1e6:.0f} MB")

        newcomer = cases.add_counsellor(vault, "신입 상담원")
        for number in cases.case_numbers(vault)[:40]:
            cases.update_case(vault, number, counsellor_id=newcomer.id)
        vault.close()
        # cold: the first page right after unlocking, nothing of the queue cached yet
        vault = vault_service.unlock(Path(tmp) / "data", passphrase=PASS, actor="bench")
        as_of = NOW.astimezone()
        start = time.perf_counter()
        takedowns.queue(vault, as_of=as_of)
        print(f"{'queue, first page right after unlock':<42} "
              f"{(time.perf_counter() - start) * 1000:7.2f} ms")
        first = takedowns.queue(vault, as_of=as_of)
        page_50 = first
        for _ in range(50):
            page_50 = takedowns.queue(vault, as_of=as_of, after=page_50.next_after)
        counsellor = vault.cases.execute(
            "SELECT counsellor_id FROM case_file WHERE counsellor_id IS NOT NULL LIMIT 1"
        ).fetchone()[0]
        busy_case = vault.cases.execute(
            "SELECT case_id FROM takedown_task WHERE done_at IS NULL GROUP BY case_id"
            " ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        checks = [
            ("queue, first page (50 rows), all cases", lambda: takedowns.queue(
                vault, as_of=as_of)),
            ("queue, page 51 (keyset cursor)", lambda: takedowns.queue(
                vault, as_of=as_of, after=page_50.next_after)),
            ("queue, overdue only, first page", lambda: takedowns.queue(
                vault, as_of=as_of, overdue_only=True)),
            ("queue, one counsellor, first page", lambda: takedowns.queue(
                vault, as_of=as_of, counsellor=counsellor)),
            ("queue, counsellor with 40 cases", lambda: takedowns.queue(
                vault, as_of=as_of, counsellor=newcomer.id)),
            ("queue, one case", lambda: takedowns.queue(vault, as_of=as_of, case=busy_case)),
        ]
        for label, fn in checks:
            median, worst = timed(fn)
            verdict = "ok" if median < 100 else "SLOW"
            print(f"{label:<42} median {median:7.2f} ms  worst {worst:7.2f} ms  [{verdict}]")
        median, worst = timed(lambda: takedowns.figures(vault), repeat=3)
        print(f"{'figures per recipient (whole store)':<42} median {median:7.0f} ms  "
              f"worst {worst:7.0f} ms")
        query = QueueQuery(as_of=as_of, limit=50)
        sql = takedown_repo._QUEUE + " WHERE k.done_at IS NULL ORDER BY k.due_at, k.id LIMIT ?"
        print("plan:", "; ".join(r[3] for r in vault.cases.execute(
            "EXPLAIN QUERY PLAN " + sql, (query.limit + 1,))))
        vault.close()


if __name__ == "__main__":
    main()
