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
    return parser.parse_args(argv)


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("CaseApp")
    window.setCentralWidget(QLabel("CaseApp"))
    window.resize(900, 600)
    window.show()
    del args
    return int(app.exec())
