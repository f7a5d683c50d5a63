"""``caseapp --startup-probe``: start the real app and leave as soon as its first window is
shown, printing how long that took (``benchmarks/startup.py`` and ``packaging/build.py`` time
it from outside as well). Kept apart from the self-test so that timing start-up does not
import what start-up itself never needs."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Set (to anything) to have the probe also print the caseapp modules loaded when the first
# window showed (benchmarks/startup.py and tests/gui/test_startup_imports.py use it).
LIST_MODULES = "CASEAPP_PROBE_MODULES"


def run_startup_probe(start_app: Callable[[], int],
                      first_window_hooks: list[Callable[[QWidget], None]],
                      timeout_ms: int = 60_000) -> int:
    """Start the real app and leave as soon as its first top-level window is shown: the
    start-up time a counsellor waits for. Prints the seconds since the interpreter started
    (frozen or not) and ends the process (exit 0, or 1 when no window appeared in time).
    ``first_window_hooks``: where the app announces its first window (``app.py``)."""
    from PySide6.QtCore import QTimer

    started = _process_start()
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    shown: dict[str, float | str] = {}

    def first_window(window: QWidget) -> None:
        # as packaging/bare_window.py: the window is shown, then one turn of the event loop
        # (expose and first paint) before leaving
        shown["seconds"] = time.time() - started
        shown["window"] = type(window).__name__
        if os.environ.get(LIST_MODULES):
            shown["modules"] = " ".join(sorted(
                name for name in sys.modules if name.startswith("caseapp")))
        QTimer.singleShot(0, app.quit)

    first_window_hooks.append(first_window)
    QTimer.singleShot(timeout_ms, lambda: app.exit(1))
    code = start_app()
    first_window_hooks.remove(first_window)
    if not shown:
        print("startup-probe: no window was shown", file=sys.stderr)
        return leave(1)
    print(f"startup-probe: {shown['window']} shown after {float(shown['seconds']):.3f} s")
    if "modules" in shown:
        print(f"startup-probe: caseapp modules loaded: {shown['modules']}")
    return leave(0 if code == 0 else code)


def leave(code: int) -> int:
    """End the probe process right away, as packaging/bare_window.py's probe does: both
    sides of the start-up comparison then time start-up, not the interpreter's teardown."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _process_start() -> float:
    """When this process started, as ``time.time()`` (Linux: from /proc, 10 ms ticks;
    elsewhere: now, which misses interpreter start-up, so build.py also times the whole
    process from outside)."""
    try:
        fields = Path(f"/proc/{os.getpid()}/stat").read_text().rsplit(")", 1)[1].split()
        since_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - since_boot
        return time.time() - age
    except (OSError, ValueError, IndexError, AttributeError):
        return time.time()
