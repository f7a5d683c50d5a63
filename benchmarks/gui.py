"""Desktop app start-up and the case list at scale, each measured in a fresh process
(offscreen unless a display is set):

* process start → unlock screen painted, against a bare PySide6 window in the same run
  (median of several runs; target ratio under 1.5);
* unlock → case list painted with 100,000 demo cases, then scrolling to the end of the
  list (every page fetched by the model), with the longest GUI-thread stall;
* peak memory of that process (target under 400 MB).

    .venv/bin/python benchmarks/gui.py [N_CASES] [--runs N]

The 100,000-case store is built once with the demo generator and kept in benchmarks/out/
(git-ignored). It uses a fast test KDF, so "unlock" here is the app's own work; the
calibrated Argon2 time (about 0.5 s by design) is measured by benchmarks/unlock.py.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
PASS = "benchmark passphrase that is long enough 벤치마크"
COUNSELLOR = "김하늘"


def process_age() -> float:
    """Seconds since this process started (Linux /proc; elsewhere since import)."""
    try:
        fields = Path(f"/proc/{os.getpid()}/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


# --- children -------------------------------------------------------------------------------
def child_bare() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("CaseApp"))
    window.resize(900, 600)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window.centralWidget():
                print(f"shown {process_age():.4f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Painted()
    app.installEventFilter(watcher)
    window.show()
    app.exec()


def child_app(data_dir: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from caseapp.gui.app import make_application, parse_args, start

    app = make_application()
    done = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (not done and event.type() == QEvent.Type.Paint
                    and type(watched).__name__ == "UnlockScreen"):
                done.append(process_age())
                print(f"shown {done[0]:.4f}", flush=True)
                modules = sorted(m for m in sys.modules
                                 if m.split(".")[0] in HEAVY)
                print(f"heavy {','.join(modules) or '-'}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Painted()
    app.installEventFilter(watcher)
    start(parse_args(["--data-dir", data_dir, "--lang", "ko"]))


HEAVY = ("reportlab", "numpy", "pdqhash", "PIL", "cryptography", "argon2", "sqlcipher3",
         "keyring", "zxcvbn", "babel")


def child_list(data_dir: str) -> None:
    from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from caseapp.gui import ops
    from caseapp.gui.app import make_application
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.preferences import Preferences

    app = make_application()
    prefs = Preferences.load(Path(data_dir))
    prefs.last_profile_name = COUNSELLOR
    window = MainWindow(Path(data_dir), prefs)
    window.resize(1180, 760)
    window.show()
    while ops.busy():
        app.processEvents()
    marks: dict[str, float] = {}
    stalls: list[float] = []
    ticker = QElapsedTimer()

    def tick() -> None:  # a 10 ms heartbeat on the GUI thread: a late beat is a stall
        if ticker.isValid():
            stalls.append(max(0.0, ticker.elapsed() / 1000 - 0.010))
        ticker.restart()

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(tick)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if ("painted" not in marks and event.type() == QEvent.Type.Paint
                    and window.workspace is not None
                    and watched is window.workspace.case_list.ui.table.viewport()
                    and window.workspace.case_list.model.rowCount()):
                marks["painted"] = time.perf_counter()
                QTimer.singleShot(0, scroll)
            return False

    def scroll() -> None:
        table = window.workspace.case_list.ui.table
        model = window.workspace.case_list.model
        start = time.perf_counter()
        stalls.clear()
        heartbeat.start()
        bar = table.verticalScrollBar()
        while model.canFetchMore():
            bar.setValue(bar.maximum())
            app.processEvents()
        bar.setValue(bar.maximum())
        app.processEvents()
        marks["scrolled"] = time.perf_counter() - start
        marks["rows"] = model.rowCount()
        heartbeat.stop()
        search = window.workspace.case_list
        t0 = time.perf_counter()
        search.ui.searchEdit.setText("겹지인")
        search.apply_filters()
        marks["search"] = time.perf_counter() - t0
        marks["found"] = model.rowCount()
        app.quit()

    watcher = Painted()
    app.installEventFilter(watcher)
    window.unlock_screen.ui.passphraseEdit.setText(PASS)
    marks["start"] = time.perf_counter()
    window.unlock_screen.unlock_with_passphrase()
    app.exec()
    window._quitting = True
    window.shutdown()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    longest = max(stalls) if stalls else 0.0
    print(f"painted {marks['painted'] - marks['start']:.4f}")
    print(f"scrolled {marks['scrolled']:.4f} {int(marks['rows'])} {longest:.4f}")
    print(f"search {marks['search']:.4f} {int(marks['found'])}")
    print(f"peak {peak_mib:.1f}")
    del QApplication


# --- parent ---------------------------------------------------------------------------------
def run_child(*args: str, env: dict[str, str] | None = None) -> dict[str, list[str]]:
    full = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            **(env or {})}
    # Installed apps run from compiled bytecode (site-packages and the frozen build have
    # it); without this, every run would recompile the app's modules but not Qt's.
    full.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                            text=True, env=full, cwd=ROOT, timeout=1800, check=False)
    if result.returncode:
        raise SystemExit(f"child {args} failed:\n{result.stdout}\n{result.stderr[-3000:]}")
    found: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        key, _, rest = line.partition(" ")
        found[key] = rest.split()
    return found


def build_store(n_cases: int) -> Path:
    folder = OUT / f"gui-{n_cases}"
    data_dir = folder / "data"
    if (data_dir / "keyslots.json").exists():
        return data_dir
    from caseapp.services import cases, demo
    from caseapp.services import vault as vault_service

    if data_dir.exists():
        import shutil

        shutil.rmtree(data_dir)
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {n_cases:,} demo cases (once; kept in {folder}) …", flush=True)
    started = time.perf_counter()
    created = vault_service.create_store(data_dir, PASS, actor=COUNSELLOR, params=demo.DEMO_KDF,
                                         allow_weak_kdf=True)
    try:
        cases.add_counsellor(created.vault, COUNSELLOR)
        demo.generate(created.vault, n_cases, seed=1)
    finally:
        created.vault.close()
    print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return data_dir


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n_cases", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CASEAPP_STATE_DIR", str(OUT / "state"))
    data_dir = build_store(args.n_cases)

    run_child("bare")  # warm-up: bytecode written, files in the page cache
    run_child("app", str(data_dir))
    bare, full = [], []
    heavy = ""
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        bare.append(float(run_child("bare")["shown"][0]))
        found = run_child("app", str(data_dir))
        full.append(float(found["shown"][0]))
        heavy = " ".join(found.get("heavy", ["-"]))
    bare_s, full_s = statistics.median(bare), statistics.median(full)
    print(f"bare PySide6 window painted:     {bare_s * 1000:7.0f} ms (median of {args.runs})")
    print(f"CaseApp unlock screen painted:   {full_s * 1000:7.0f} ms "
          f"(ratio {full_s / bare_s:.2f}; target < 1.5)")
    print(f"  heavy modules loaded by then:  {heavy}")

    listing = run_child("list", str(data_dir))
    rows = int(listing["scrolled"][1])
    print(f"unlock → case list painted ({args.n_cases:,} cases): "
          f"{float(listing['painted'][0]) * 1000:.0f} ms")
    print(f"scroll to the end ({rows:,} rows fetched page by page): "
          f"{float(listing['scrolled'][0]):.1f} s, longest GUI stall "
          f"{float(listing['scrolled'][2]) * 1000:.0f} ms")
    print(f"Korean search '겹지인' → {listing['search'][1]} rows in "
          f"{float(listing['search'][0]) * 1000:.0f} ms")
    print(f"peak memory with {rows:,} rows loaded: {float(listing['peak'][0]):.0f} MB "
          f"(target < 400 MB)")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind = sys.argv[2]
        if kind == "bare":
            child_bare()
        elif kind == "app":
            child_app(sys.argv[3])
        else:
            child_list(sys.argv[3])
    else:
        main()
