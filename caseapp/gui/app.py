"""Application start-up: arguments, QApplication, fonts and translations, first window."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="caseapp")
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--demo", action="store_true",
                        help="open a throw-away store filled with synthetic cases")
    parser.add_argument("--lang", choices=("ko", "en"), default=None)
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a temporary store and exit "
                             "(no display needed)")
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.self_test:  # packaging checks: before any window is made
        from caseapp.gui.selftest_qt import run_self_test

        return run_self_test()
    if args.startup_probe:
        from caseapp.gui.selftest_qt import run_startup_probe

        return run_startup_probe(lambda: run([a for a in argv if a != "--startup-probe"]))
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("CaseApp")
    window.setCentralWidget(QLabel("CaseApp"))
    window.resize(900, 600)
    window.show()
    del args
    return int(app.exec())
