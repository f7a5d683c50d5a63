"""Kill a writer child with SIGKILL at random moments and check the store afterwards; shared
by the test suite and benchmarks/reliability.py (which runs it at larger counts)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from caseapp.services.verification import verify_all

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashFigures:
    runs: int = 0
    kills: int = 0
    committed_checked: int = 0
    kinds: dict[str, int] = field(default_factory=dict)  # committed writes checked, by kind
    lost: list[str] = field(default_factory=list)
    verify_problems: list[str] = field(default_factory=list)


def crash_runs(data_dir: Path, passphrase: str, runs: int, seed: int = 1) -> CrashFigures:
    rng = random.Random(seed)
    figures = CrashFigures()
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(runs):
            child = subprocess.Popen(
                [sys.executable, "-m", "tests.reliability.writer_child", str(data_dir), passphrase,
                 str(seed * 1000 + run), "60", scratch],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                cwd=ROOT)
            assert child.stdout is not None
            kill_after = rng.randrange(1, 12)
            reported: list[list[str]] = []
            for line in child.stdout:
                parts = line.split()
                if parts == ["done"]:
                    break
                reported.append(parts)
                if len(reported) >= kill_after:
                    child.send_signal(signal.SIGKILL)
                    figures.kills += 1
                    break
            child.wait(timeout=120)
            reported += [p.split() for p in child.stdout.read().splitlines() if p != "done"]
            figures.runs += 1
            _check(data_dir, passphrase, reported, figures)
    return figures


def _check(data_dir: Path, passphrase: str, reported: list[list[str]],
           figures: CrashFigures) -> None:
    from caseapp.services import takedowns
    from tests.reliability.writer_child import TAKEDOWN_PATH

    latest = {parts[1]: parts for parts in reported if parts[0] in ("tdstatus", "casestatus")}
    vault = vault_service.unlock(data_dir, passphrase=passphrase, actor="checker")
    try:
        figures.verify_problems += verify_all(vault)
        for parts in reported:
            figures.committed_checked += 1
            figures.kinds[parts[0]] = figures.kinds.get(parts[0], 0) + 1
            try:
                if parts[0] == "tdstatus":
                    found = takedowns.get_request(vault, parts[1]).status.value
                    if (latest[parts[1]] is parts
                            and TAKEDOWN_PATH.index(found) < TAKEDOWN_PATH.index(parts[2])):
                        figures.lost.append(" ".join(parts))
                elif parts[0] == "casestatus":
                    if case_service.get_case(vault, parts[1]).status.value != parts[2]:
                        figures.lost.append(" ".join(parts))
                elif parts[0] == "case":
                    case_service.get_case(vault, parts[1])
                elif parts[0] == "incident":
                    case_service.get_incident(vault, int(parts[1]))
                elif parts[0] == "evidence":
                    item = evidence_service.get_evidence(vault, parts[1])
                    if parts[2] != "-" and item.sha256 != parts[2]:
                        figures.lost.append(" ".join(parts))
            except Exception:  # anything reported committed must be readable
                figures.lost.append(" ".join(parts))
    finally:
        vault.close()
