"""How long the GUI thread is ever blocked while the work views do slow things through their
Ops: ingesting a 1 GB file in the evidence section, and building the police report of a case
with 500 evidence items from the report dialog. A QTimer on the GUI thread ticks every 5 ms;
the longest gap between ticks (minus the interval) is the longest stall. Target: < 100 ms.

    python benchmarks/gui_responsiveness.py [--size-mb 1024] [--items 500]

Runs offscreen in a throw-away store (fast test KDF); needs about twice --size-mb of disk."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp(prefix="caseapp-bench-state-"))

TICK_MS = 5
PASSPHRASE = "benchmark passphrase 벤치마크"


class StallMeter:
    """Gaps between ticks of a timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def longest_stall(self) -> float:
        return max(0.0, max(self.gaps, default=0.0) - TICK_MS)

    def p99_stall(self) -> float:
        if len(self.gaps) < 2:
            return 0.0
        return max(0.0, statistics.quantiles(self.gaps, n=100)[98] - TICK_MS)


def run_until(condition, timeout: float) -> None:  # type: ignore[no-untyped-def]
    """Spin the real event loop until ``condition()``; QEventLoop, not sleeping, so the
    meter sees exactly what a person would."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    check.start()
    deadline.start(int(timeout * 1000))
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError("the operation did not finish in time")


def make_big_file(path: Path, size_mb: int) -> None:
    block = os.urandom(1 << 20)
    with open(path, "wb") as fh:
        for n in range(size_mb):
            fh.write(block[n % 251:] + block[: n % 251])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--items", type=int, default=500)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from caseapp.domain.evidence import EvidenceDraft
    from caseapp.gui import language, ops
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.preferences import Preferences
    from caseapp.security.keyslots import Argon2Params
    from caseapp.services import cases, evidence
    from caseapp.services import vault as vault_service

    language.load_fonts()
    language.apply("en")
    results: list[str] = []
    failed = False
    with tempfile.TemporaryDirectory(prefix="caseapp-bench-") as tmp:
        folder = Path(tmp)
        created = vault_service.create_store(
            folder / "data", PASSPHRASE, organisation="Bench", actor="bench",
            params=Argon2Params(memory_kib=1024, time_cost=1, parallelism=1),
            allow_weak_kdf=True)
        vault = created.vault
        counsellor = cases.add_counsellor(vault, "Bench Counsellor")
        big_case = cases.open_case(vault, pseudonym="Bench-1", counsellor_id=counsellor.id)
        many_case = cases.open_case(vault, pseudonym="Bench-2", counsellor_id=counsellor.id)
        for case in (big_case, many_case):
            for scope in ("copies", "police", "takedown"):
                cases.record_consent(vault, case, scope, True, "written")
        started = time.perf_counter()
        for n in range(args.items):
            evidence.add_url_evidence(vault, many_case, f"https://t.me/bench_room/{n + 1}",
                                      draft=EvidenceDraft(description=f"post {n + 1}"))
        print(f"prepared {args.items} evidence items in {time.perf_counter() - started:.1f} s")
        big = folder / "recording.mp4"
        started = time.perf_counter()
        make_big_file(big, args.size_mb)
        print(f"wrote a {args.size_mb} MiB test file in {time.perf_counter() - started:.1f} s")

        window = MainWindow(folder / "data", Preferences())
        window.resize(1280, 800)
        window.show()
        window.start_session(vault, counsellor)
        meter = StallMeter()

        # 1. ingest the big file through the evidence section
        editor = window.workspace.open_case(big_case.id)
        tab = editor.tab("evidence")
        editor.ui.sections.setCurrentWidget(tab)
        run_until(lambda: not ops.busy(), 30)
        meter.start()
        started = time.perf_counter()
        tab.add_paths([big])
        run_until(lambda: tab.ui.resultsFrame.isVisible() and not ops.busy(), 3600)
        seconds = time.perf_counter() - started
        meter.stop()
        stored = evidence.list_evidence(vault, big_case)
        ok = len(stored) == 1 and stored[0].size == big.stat().st_size
        stall = meter.longest_stall()
        failed |= not ok or stall >= 100
        results.append(f"ingest {args.size_mb} MiB: {seconds:.1f} s "
                       f"({args.size_mb / seconds:.0f} MiB/s), longest GUI stall "
                       f"{stall:.0f} ms, p99 {meter.p99_stall():.0f} ms over "
                       f"{len(meter.gaps)} ticks{'' if ok else ' [NOT STORED]'}")
        big.unlink()

        # 2. the police report of a case with many items, from the report dialog
        from caseapp.gui.reports.police_report_dialog import PoliceReportDialog

        editor = window.workspace.open_case(many_case.id)
        reports_tab = editor.tab("reports")
        editor.ui.sections.setCurrentWidget(reports_tab)
        run_until(lambda: not ops.busy(), 30)
        dialog = PoliceReportDialog(editor.context, reports_tab)
        built: list[object] = []
        dialog.built.connect(built.append)
        dialog.ui.fileEdit.setText(str(folder / "report.pdf"))
        dialog.show()
        run_until(lambda: not ops.busy(), 30)  # a person reads the dialog first
        meter.start()
        started = time.perf_counter()
        dialog.accept()
        run_until(lambda: bool(built) and not ops.busy(), 3600)
        seconds = time.perf_counter() - started
        meter.stop()
        pages = getattr(built[0], "pages", 0)
        stall = meter.longest_stall()
        failed |= stall >= 100
        results.append(f"police report, {args.items} items ({pages} pages): {seconds:.1f} s, "
                       f"longest GUI stall {stall:.0f} ms, p99 {meter.p99_stall():.0f} ms "
                       f"over {len(meter.gaps)} ticks")
        window.shutdown()
        window.deleteLater()
        app.processEvents()
    print("\n".join(results))
    print("target: longest stall < 100 ms —", "FAILED" if failed else "met")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
