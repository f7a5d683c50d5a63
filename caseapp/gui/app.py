"""Application start-up: arguments, QApplication, fonts and translations, first window.

The path to the unlock screen imports Qt, our forms and a few small modules only: the
cryptography, Argon2, SQLCipher, keyring and zxcvbn imports happen in the unlock Op (off
the GUI thread) or when the first wizard page needs them, so the locked window appears at
close to bare-Qt speed."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from caseapp.domain.cases import Counsellor
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.preferences import Preferences
    from caseapp.gui.setup.wizard import SetupWizard
    from caseapp.services.vault import Vault

log = logging.getLogger(__name__)

# The throw-away demo store gets a known passphrase (shown on its unlock screen) so people
# trying the app can lock and unlock it.
# Called with the first top-level window right after it is shown: the start-up probe
# (caseapp.gui.startup_probe) listens here rather than through an application-wide event
# filter, which would itself slow start-up (PySide6 then builds every widget type it sees).
FIRST_WINDOW_HOOKS: list[Callable[[QWidget], None]] = []

DEMO_PASSPHRASE = "데모 상담소 연습용 암호 demo practice"  # noqa: S105 - synthetic demo data only
KEYSLOTS_FILE = "keyslots.json"  # the file that makes a folder a store (security.keyslots)


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
        from caseapp.gui.startup_probe import run_startup_probe

        return run_startup_probe(lambda: run([a for a in argv if a != "--startup-probe"]),
                                 FIRST_WINDOW_HOOKS)
    return start(args)


def make_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    # instance() is typed as the QCoreApplication base; here it is always a QApplication
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv[:1])
    app.setApplicationName("CaseApp")
    app.setOrganizationName("CaseApp")
    # Qt's file dialog history would name victims' folders: every file dialog goes through
    # gui.file_dialogs.without_history, which points Qt's settings nowhere first (not done
    # here: that module and QSettings' enums cost 5 ms of start-up).
    return app


def install_excepthook() -> None:
    """Exceptions escaping a slot are shown like any other failure; the dialog code is
    imported only when one happens."""

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        from caseapp.gui.error_dialog import handle_uncaught

        handle_uncaught(kind, exc, tb)

    sys.excepthook = hook


def store_exists(data_dir: Path) -> bool:
    return (Path(data_dir) / KEYSLOTS_FILE).exists()


def start(args: argparse.Namespace) -> int:
    app = make_application()
    from caseapp import i18n
    from caseapp.gui import language
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.preferences import Preferences

    previous_hook = sys.excepthook
    install_excepthook()
    language.load_fonts()
    demo_root: Path | None = None
    if args.demo:
        import tempfile

        demo_root = Path(tempfile.mkdtemp(prefix="caseapp-demo-"))
        data_dir = demo_root / "data"
    elif args.data_dir:
        data_dir = Path(args.data_dir)
    else:
        from caseapp.paths import default_data_dir

        data_dir = default_data_dir()
    prefs = Preferences.load(data_dir)
    language.apply(args.lang or prefs.language or i18n.default_language())
    window = MainWindow(data_dir, prefs)
    wizard = None
    try:
        if demo_root is not None:
            window.show()
            first_window_shown(window)
            open_demo(window, data_dir)
        elif store_exists(data_dir):
            window.show()
            first_window_shown(window)
        else:
            wizard = open_setup(window, data_dir, prefs)
            first_window_shown(wizard)
        return int(app.exec())
    finally:
        window.shutdown()
        sys.excepthook = previous_hook
        if wizard is not None:
            wizard.deleteLater()
        if demo_root is not None:
            import shutil

            shutil.rmtree(demo_root, ignore_errors=True)


def first_window_shown(window: QWidget) -> None:
    for hook in FIRST_WINDOW_HOOKS:
        hook(window)


def open_setup(window: MainWindow, data_dir: Path, prefs: Preferences) -> SetupWizard:
    from caseapp.gui.setup.wizard import SetupWizard

    wizard = SetupWizard(data_dir, prefs)

    def completed(vault: Vault, counsellor: Counsellor) -> None:
        window.show()
        window.start_session(vault, counsellor)

    wizard.completed.connect(completed)
    wizard.show()
    return wizard


def open_demo(window: MainWindow, data_dir: Path) -> None:
    """Fill a throw-away store with synthetic cases (in an Op, with progress) and open it."""
    from PySide6.QtCore import QCoreApplication

    from caseapp.gui.ops import Op

    def create() -> tuple[Vault, Counsellor]:
        from caseapp.services import cases, demo
        from caseapp.services import vault as vault_service

        vault = demo.create_demo_store(data_dir)
        try:
            vault_service.change_passphrase(vault, DEMO_PASSPHRASE, params=demo.DEMO_KDF)
            counsellor = cases.actor_counsellor(vault) or cases.list_counsellors(vault)[0]
        except BaseException:
            vault.close()
            raise
        return vault, counsellor

    def opened(result: tuple[Vault, Counsellor]) -> None:
        vault, counsellor = result
        window.unlock_screen.set_demo_hint(DEMO_PASSPHRASE)
        window.start_session(vault, counsellor)

    Op(window, op=create, success=opened).with_progress(
        QCoreApplication.translate("App", "Preparing the demo cases…")).run_in_background()
