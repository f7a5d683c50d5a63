"""The reliability suite at larger counts, reported per database (cases.db, evidence.db):

- SIGKILL: a writer (cases, incidents, evidence files and links, takedown requests, takedown
  and case status changes) killed at random moments; committed writes checked and lost.
- bit flips: one flipped bit per copy of the store, each copy opened with a fresh state folder
  (no throttle count or remembered damage carried over from the copy before), plus clean
  control copies that must open (a detector that refuses everything would score 100 %).
- disk full: a write that outgrows the disk, per database: the outcome, and whether the store
  still verifies with everything committed before it.
- fuzzed inputs: mutated CSV and JSON imports (cases.db) and random evidence files
  (evidence.db): refused with a clear error, accepted whole, or crashed / half-written.

Usage: python benchmarks/reliability.py [CRASH_RUNS] [FLIPS_PER_DB] [FUZZ_INPUTS]
Every "lost", "undetected", "crashed" and "half-written" figure must be 0."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from caseapp.errors import CaseAppError, DamagedDatabase  # noqa: E402
from caseapp.security.keyslots import Argon2Params  # noqa: E402
from caseapp.services import case_csv, case_io  # noqa: E402
from caseapp.services import cases as case_service  # noqa: E402
from caseapp.services import evidence as evidence_service  # noqa: E402
from caseapp.services import vault as vault_service  # noqa: E402
from caseapp.services.verification import verify_all  # noqa: E402
from caseapp.store.connection import CASES_DB, EVIDENCE_DB, DbSpec  # noqa: E402
from tests.reliability.crash_harness import crash_runs  # noqa: E402

PASS = "reliability passphrase long enough 신뢰성"
FAST = Argon2Params(1024, 1, 1)  # a throw-away store: the KDF is not what is measured
# Which database each kind of committed write the crash writer reports lives in.
WRITES_IN = {"case": CASES_DB.filename, "incident": CASES_DB.filename,
             "tdstatus": CASES_DB.filename, "casestatus": CASES_DB.filename,
             "evidence": EVIDENCE_DB.filename}


def fresh_state(root: Path, name: str) -> None:
    state = root / "state" / name
    state.mkdir(parents=True)
    os.environ["CASEAPP_STATE_DIR"] = str(state)


def new_store(root: Path) -> Path:
    data = root / "data"
    created = vault_service.create_store(data, PASS, params=FAST, allow_weak_kdf=True)
    vault = created.vault
    for i in range(40):
        case = case_service.open_case(vault, pseudonym=f"가명-{i}", summary="요약 " * 80)
        case_service.add_incident(vault, case, description="대화방 유포 " * 30)
        if i % 8 == 0:
            case_service.record_consent(vault, case, "copies", True, "written")
            sample = root / f"e{i}.bin"
            sample.write_bytes(random.Random(i).randbytes(200_000))
            evidence_service.ingest_file(vault, case, sample)
            sample.unlink()
    vault.close()
    return data


# --- SIGKILL ---------------------------------------------------------------------------------
def crash_figures(data: Path, runs: int) -> None:
    start = time.perf_counter()
    figures = crash_runs(data, PASS, runs, seed=7)
    lost_by_db: dict[str, int] = {}
    for line in figures.lost:
        db = WRITES_IN.get(line.split()[0], "?")
        lost_by_db[db] = lost_by_db.get(db, 0) + 1
    checked_by_db: dict[str, int] = {}
    for kind, count in figures.kinds.items():
        db = WRITES_IN.get(kind, "?")
        checked_by_db[db] = checked_by_db.get(db, 0) + count
    print(f"SIGKILL: {figures.runs} runs, {figures.kills} killed midway "
          f"({time.perf_counter() - start:.0f} s); "
          f"writes by kind {dict(sorted(figures.kinds.items()))}")
    for spec in (CASES_DB, EVIDENCE_DB):
        name = spec.filename
        print(f"  {name:12} committed writes checked {checked_by_db.get(name, 0):5}, "
              f"lost {lost_by_db.get(name, 0)}")
    print(f"  verify problems after the runs: {len(figures.verify_problems)}")


# --- bit flips -------------------------------------------------------------------------------
def detected(work: Path, root: Path, label: str) -> bool:
    fresh_state(root, label)
    try:
        vault = vault_service.unlock(work, passphrase=PASS)
    except DamagedDatabase:
        return True
    try:
        return bool(vault.damaged) or bool(verify_all(vault))
    finally:
        vault.close()


def flip_figures(data: Path, root: Path, spec: DbSpec, count: int) -> None:
    rng = random.Random(spec.filename)
    size = (data / spec.filename).stat().st_size
    missed = at_unlock = clean_refused = 0
    controls = max(1, count // 10)
    start = time.perf_counter()
    for run in range(count):
        work = root / f"flip-{spec.filename}-{run}"
        shutil.copytree(data, work)
        blob = bytearray((work / spec.filename).read_bytes())
        blob[rng.randrange(size)] ^= 1 << rng.randrange(8)
        (work / spec.filename).write_bytes(bytes(blob))
        fresh_state(root, f"unlock-{spec.filename}-{run}")
        try:
            vault = vault_service.unlock(work, passphrase=PASS)
            found_now = bool(vault.damaged)
            vault.close()
        except DamagedDatabase:
            found_now = True
        at_unlock += found_now
        if not detected(work, root, f"{spec.filename}-{run}"):
            missed += 1
        shutil.rmtree(work)
    for run in range(controls):
        work = root / f"clean-{spec.filename}-{run}"
        shutil.copytree(data, work)
        clean_refused += detected(work, root, f"clean-{spec.filename}-{run}")
        shutil.rmtree(work)
    print(f"  {spec.filename:12} {count} single-bit flips ({size // 1024} KiB file): "
          f"detected {count - missed} ({at_unlock} already at unlock), undetected {missed}; "
          f"clean copies refused {clean_refused} of {controls} "
          f"({time.perf_counter() - start:.0f} s)")


def unlock_cost(data: Path, root: Path) -> None:
    """The fast check at unlock is every cases.db page's HMAC: its cost against the rest."""
    from caseapp.store.connection import open_database, page_damage

    vault = vault_service.unlock(data, passphrase=PASS)
    key = vault.db_key(CASES_DB)
    vault.close()
    conn = open_database(data / CASES_DB.filename, CASES_DB, key, readonly=True)
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        page_damage(conn, CASES_DB)
    check = (time.perf_counter() - start) / rounds
    conn.close()
    start = time.perf_counter()
    for i in range(5):
        fresh_state(root, f"cost-{i}")
        vault_service.unlock(data, passphrase=PASS).close()
    whole = (time.perf_counter() - start) / 5
    size = (data / CASES_DB.filename).stat().st_size
    print(f"  fast check at unlock: {check * 1000:.1f} ms for {size // 1024} KiB of cases.db, "
          f"{check / whole:.0%} of a whole unlock ({whole * 1000:.0f} ms, test KDF)")


# --- disk full -------------------------------------------------------------------------------
DISK_FULL_CHILD = textwrap.dedent("""
    import os, resource, signal, sys
    from pathlib import Path
    from caseapp.errors import CaseAppError
    from caseapp.services import cases as case_service
    from caseapp.services import evidence as evidence_service
    from caseapp.services import vault as vault_service

    data_dir, passphrase, scratch = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    which = sys.argv[4]
    vault = vault_service.unlock(data_dir, passphrase=passphrase)
    case = case_service.open_case(vault, pseudonym="before the disk filled")
    case_service.record_consent(vault, case, "copies", True, "written")
    print("committed", case.number, flush=True)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    # From here no file may grow past the largest one plus 1 MiB: a nearly full disk.
    limit = max(p.stat().st_size for p in data_dir.iterdir() if p.is_file()) + (1 << 20)
    big = scratch / "big.bin"
    if which == "evidence.db":
        with open(big, "wb") as fh:
            fh.write(os.urandom(limit + (4 << 20)))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        if which == "evidence.db":
            evidence_service.ingest_file(vault, case, big)
        else:
            for i in range(100000):
                case_service.add_incident(vault, case, description=os.urandom(3000).hex())
        print("outcome no error", flush=True)
    except CaseAppError as exc:
        print("outcome", type(exc).__name__, flush=True)
    except Exception as exc:
        print("outcome crashed", type(exc).__name__, flush=True)
    try:
        vault.close()
    except Exception as exc:
        print("close failed", type(exc).__name__, flush=True)
""")


def disk_full_figures(data: Path, root: Path) -> None:
    if not hasattr(os, "setrlimit") and sys.platform == "win32":
        print("  disk full: needs RLIMIT_FSIZE (Linux, macOS)")
        return
    for spec in (CASES_DB, EVIDENCE_DB):
        work = root / f"full-{spec.filename}"
        shutil.copytree(data, work)
        scratch = root / f"scratch-{spec.filename}"
        scratch.mkdir()
        fresh_state(root, f"full-{spec.filename}")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", DISK_FULL_CHILD, str(work), PASS,
                               str(scratch), spec.filename], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=600, check=False)
        lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
        vault = vault_service.unlock(work, passphrase=PASS)
        try:
            problems = verify_all(vault)
            kept = case_service.get_case(vault, lines["committed"]).pseudonym == \
                "before the disk filled"
        finally:
            vault.close()
        print(f"  {spec.filename:12} outcome {lines.get('outcome', '?')}, "
              f"{'close failed, ' if 'close' in lines else ''}"
              f"earlier commit kept {kept}, verify problems afterwards {len(problems)}")
        shutil.rmtree(work)


# --- fuzzed inputs ---------------------------------------------------------------------------
def _mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(text))
        insert = "".join(chr(rng.choice((rng.randrange(32, 127), rng.randrange(0xAC00, 0xD7A4),
                                          rng.randrange(0, 32)))) for _ in range(rng.randint(0, 8)))
        text = text[:at] + insert + text[at + rng.randint(0, 6):]
    return text


def _counts(vault) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    return (case_service.count_cases(vault),
            vault.cases.execute("SELECT count(*) FROM evidence_item").fetchone()[0],
            vault.evidence.execute("SELECT count(*) FROM content").fetchone()[0])


def fuzz_figures(root: Path, count: int) -> None:
    from tests.cases.test_case_csv import GOOD, HEADER, MAPPING

    fresh_state(root, "fuzz")
    data = root / "fuzz-data"
    vault = vault_service.create_store(data, PASS, params=FAST, allow_weak_kdf=True).vault
    rng = random.Random(19)
    case = case_service.open_case(vault, pseudonym="fuzz")
    case_service.record_consent(vault, case, "copies", True, "written")
    exported = json.dumps(case_io.build_export(vault, [case.number]), ensure_ascii=False,
                          default=str)
    mapping = case_csv.mapping_from_json(MAPPING)
    tally = {db: {"refused": 0, "accepted": 0, "crashed": 0, "half-written": 0}
             for db in (CASES_DB.filename, EVIDENCE_DB.filename)}
    try:
        for i in range(count):
            before = _counts(vault)
            kind = ("csv", "json", "file")[i % 3]
            db = EVIDENCE_DB.filename if kind == "file" else CASES_DB.filename
            try:
                if kind == "csv":
                    raw = _mutate(HEADER + "".join(GOOD), rng).encode(
                        rng.choice(("utf-8", "cp949", "utf-16")), errors="replace")
                    result = case_csv.import_rows(vault, mapping, raw[: rng.randint(0, len(raw))]
                                                  if rng.random() < 0.3 else raw)
                    grown = _counts(vault)[0] - before[0] == len(result.numbers)
                elif kind == "json":
                    raw = _mutate(exported, rng).encode("utf-8", errors="replace")
                    case_io.import_document(vault, case_io.parse_document(raw), source="fuzz")
                    grown = True
                else:
                    path = root / "fuzz.bin"
                    content = rng.randbytes(rng.randrange(0, 5000))
                    path.write_bytes(content)
                    item = evidence_service.ingest_file(vault, case, path).item
                    grown = (item.sha256 == hashlib.sha256(content).hexdigest()
                             and _counts(vault)[1] == before[1] + 1)
                tally[db]["accepted" if grown else "half-written"] += 1
            except CaseAppError:
                tally[db]["refused" if _counts(vault) == before else "half-written"] += 1
            except Exception:
                tally[db]["crashed"] += 1
    finally:
        vault.close()
    for db, figures in tally.items():
        print(f"  {db:12} {sum(figures.values())} fuzzed inputs: refused {figures['refused']}, "
              f"accepted whole {figures['accepted']}, crashed {figures['crashed']}, "
              f"half-written {figures['half-written']}")


def main() -> None:
    crash_count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    flip_count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    fuzz_count = int(sys.argv[3]) if len(sys.argv) > 3 else 600
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        fresh_state(root, "setup")
        data = new_store(root)
        pristine = root / "pristine"
        shutil.copytree(data, pristine)
        print("bit flips (fresh state folder per copy):")
        for spec in (CASES_DB, EVIDENCE_DB):
            flip_figures(pristine, root, spec, flip_count)
        unlock_cost(pristine, root)
        print("disk full:")
        disk_full_figures(pristine, root)
        print("fuzzed inputs:")
        fuzz_figures(root, fuzz_count)
        fresh_state(root, "crash")
        crash_figures(data, crash_count)


if __name__ == "__main__":
    main()
