"""The size baseline: a bare PySide6 window, built with the same slimming as CaseApp. With
``--startup-probe`` it exits as soon as the window shows (for start-up timing);
``--self-test`` only checks that Qt starts offscreen."""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    if "--self-test" in argv or "--startup-probe" in argv:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("안녕하세요"))
    window.resize(640, 400)
    window.show()
    if "--self-test" in argv or "--startup-probe" in argv:
        print(f"bare-window: shown on {app.platformName()}")
        QTimer.singleShot(0, app.quit)
    code = int(app.exec())
    if "--startup-probe" in argv:  # as caseapp's probe: time start-up, not the teardown
        sys.stdout.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
