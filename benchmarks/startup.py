"""Start-up to the first window, as a counsellor waits for it: whole processes, timed from
outside, each pair run alternately (A, B, A, B, ...) so both see the same machine load.

Pairs:
- ``python -m caseapp --startup-probe`` (an initialised data folder, so the unlock screen
  shows) against ``python packaging/bare_window.py --startup-probe``;
- when ``make package`` has built them (``dist/CaseApp`` and ``dist/bare-window``), the frozen
  app against the bare window frozen the same way.

For each pair: one warm-up run each, then ``--runs`` (at least 7) alternating runs; prints
the median wall time of each side and the median of the pairwise ratios A/B. The target is a
ratio of at most 1.5.

    python benchmarks/startup.py [--runs 7]

Both probes end their process as soon as the window has shown (``os._exit``), so the figures
are start-up, not the interpreter's teardown. Also prints which caseapp modules were loaded
when the unlock screen showed, so a module that sneaks onto the path before the passphrase
is typed shows up."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
EXE = ".exe" if sys.platform == "win32" else ""


def make_store(data_dir: Path) -> None:
    """A real store, so the probe reaches the unlock screen rather than first-run setup."""
    from caseapp.selftest import floor_params
    from caseapp.services import vault as vault_service

    created = vault_service.create_store(data_dir, "startup probe 자가진단 " + os.urandom(8).hex(),
                                         organisation="Probe", params=floor_params())
    created.vault.close()


def probe_env(state: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "CASEAPP_STATE_DIR": str(state),
                "PYTHONIOENCODING": "utf-8"})
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole process."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    wall = time.perf_counter() - start
    if result.returncode != 0 or "shown" not in result.stdout:
        raise SystemExit(f"start-up probe failed: {' '.join(command)}\n{result.stdout}\n"
                         f"{result.stderr[-2000:]}")
    return wall, _children_cpu() - cpu_before


def _children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (0 where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def alternate(a: list[str], b: list[str], env: dict[str, str],
              runs: int) -> dict[str, float]:
    """Median wall seconds of A and of B and the median of the pairwise ratios A/B, from
    ``runs`` alternating pairs after one warm-up pair; the same for CPU time (user +
    system), which a busy machine disturbs less than wall time."""
    one_run(a, env)
    one_run(b, env)
    runs_a: list[tuple[float, float]] = []
    runs_b: list[tuple[float, float]] = []
    for _ in range(runs):
        runs_a.append(one_run(a, env))
        runs_b.append(one_run(b, env))
    figures: dict[str, float] = {}
    for index, kind in ((0, "wall"), (1, "cpu")):
        side_a = [r[index] for r in runs_a]
        side_b = [r[index] for r in runs_b]
        figures[f"{kind}_a"] = statistics.median(side_a)
        figures[f"{kind}_b"] = statistics.median(side_b)
        figures[f"{kind}_ratio"] = statistics.median(
            x / y for x, y in zip(side_a, side_b, strict=True) if y > 0) if any(side_b) else 0
    return figures


def modules_at_first_window(command: list[str], env: dict[str, str]) -> list[str]:
    """The caseapp modules loaded when the probe's first window showed."""
    result = subprocess.run(command, env={**env, "CASEAPP_PROBE_MODULES": "1"},
                            capture_output=True, text=True, timeout=120, check=True)
    for line in result.stdout.splitlines():
        if line.startswith("startup-probe: caseapp modules loaded:"):
            return line.split(":", 2)[2].split()
    raise SystemExit("the probe did not list its modules")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    runs = max(7, args.runs)
    with tempfile.TemporaryDirectory(prefix="caseapp-startup-") as tmp:
        state = Path(tmp) / "state"
        os.environ["CASEAPP_STATE_DIR"] = str(state)
        data_dir = Path(tmp) / "data"
        make_store(data_dir)
        env = probe_env(state)
        pairs = {"python -m caseapp / python bare_window.py": (
            [sys.executable, "-m", "caseapp", "--startup-probe", "--data-dir", str(data_dir)],
            [sys.executable, str(ROOT / "packaging" / "bare_window.py"), "--startup-probe"])}
        frozen_app = DIST / "CaseApp" / f"caseapp{EXE}"
        frozen_bare = DIST / "bare-window" / f"bare-window{EXE}"
        if frozen_app.exists() and frozen_bare.exists():
            pairs["frozen caseapp / frozen bare window"] = (
                [str(frozen_app), "--startup-probe", "--data-dir", str(data_dir)],
                [str(frozen_bare), "--startup-probe"])
        else:
            print("(no frozen builds in dist/: run `make package` to time the frozen pair)")
        print(f"start-up to the first window, whole processes, offscreen, {runs} alternating "
              "runs after a warm-up; target ratio <= 1.5")
        for name, (a, b) in pairs.items():
            figures = alternate(a, b, env, runs)
            print(f"  {name}: wall {figures['wall_a']:.3f} s / {figures['wall_b']:.3f} s "
                  f"(medians), median pairwise ratio {figures['wall_ratio']:.2f}; CPU "
                  f"{figures['cpu_a']:.3f} s / {figures['cpu_b']:.3f} s, ratio "
                  f"{figures['cpu_ratio']:.2f}")
        loaded = modules_at_first_window(pairs["python -m caseapp / python bare_window.py"][0],
                                         env)
        print(f"  caseapp modules loaded when the unlock screen shows ({len(loaded)}):")
        print("    " + " ".join(name.removeprefix("caseapp.") for name in loaded))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
