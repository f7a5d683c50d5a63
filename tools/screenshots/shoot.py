"""``make screenshots``: every window and dialog, in Korean and English, at 100 % and 200 %
scaling, grabbed offscreen into ``docs/screenshots/<lang>/<scale>x/NN-name.png`` for people
to look at (not a test). Uses a throw-away store filled with synthetic demo cases.

    python -m tools.screenshots.shoot docs/screenshots            # both scales
    python -m tools.screenshots.shoot docs/screenshots --scale 2  # one scale (a child run)

Each scale runs in its own process: ``QT_SCALE_FACTOR`` must be set before Qt starts."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCALES = ("1", "2")
LANGUAGES = ("ko", "en")
PASSPHRASE = "screenshot store passphrase 화면 캡처"  # noqa: S105 - a throw-away demo store
DEMO_CASES = 120


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        QApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot step did not finish")
        time.sleep(0.01)


def settle(rounds: int = 5) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        time.sleep(0.005)


class Shooter:
    def __init__(self, out: Path, lang: str, scale: str) -> None:
        self.folder = out / lang / f"{scale}x"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def grab(self, widget: Any, name: str) -> None:
        settle()
        self.count += 1
        target = widget.window() if widget.isWindow() is False and widget.window() else widget
        pixmap = target.grab()
        pixmap.save(str(self.folder / f"{self.count:02d}-{name}.png"), "PNG", 0)  # smallest


def make_store(folder: Path) -> Path:
    from caseapp.services import cases, demo
    from caseapp.services import vault as vault_service

    data_dir = folder / "data"
    created = vault_service.create_store(data_dir, PASSPHRASE, organisation="해바라기 상담소",
                                         actor="김하늘", params=demo.DEMO_KDF,
                                         allow_weak_kdf=True)
    vault = created.vault
    try:
        cases.add_counsellor(vault, "김하늘")
        cases.add_counsellor(vault, "Alex Morgan", "supervisor")
        vault_service.set_organisation_details(vault, address="서울특별시 중구 세종대로 110",
                                               phone="02-000-0000", email="help@example.org")
        demo.generate(vault, DEMO_CASES, seed=7)
    finally:
        vault.close()
    return data_dir


def shoot_wizard(shot: Shooter, folder: Path) -> None:
    from caseapp.gui.preferences import Preferences
    from caseapp.gui.setup import wizard as setup_wizard
    from caseapp.services import cases, demo
    from caseapp.services import vault as vault_service

    data_dir = folder / f"wizard-{shot.folder.parent.name}"
    wizard = setup_wizard.SetupWizard(data_dir, Preferences(), kdf_params=demo.DEMO_KDF)
    wizard.show()
    shot.grab(wizard, "setup-language")
    wizard.next()
    wizard.organisation_page.ui.nameEdit.setText("해바라기 상담소")
    wizard.organisation_page.ui.phoneEdit.setText("02-000-0000")
    shot.grab(wizard, "setup-organisation")
    wizard.next()
    wizard.profile_page.ui.nameEdit.setText("김하늘")
    shot.grab(wizard, "setup-profile")
    wizard.next()
    fields = wizard.passphrase_page.ui.fields
    fields.ui.passphraseEdit.setText("sunflower")
    fields.ui.repeatEdit.setText("sun")
    fields.is_acceptable()
    shot.grab(wizard, "setup-passphrase-weak")
    fields.ui.passphraseEdit.setText(PASSPHRASE)
    fields.ui.repeatEdit.setText(PASSPHRASE)
    fields.is_acceptable()
    shot.grab(wizard, "setup-passphrase-strong")
    new = vault_service.create_store(folder / f"kit-{shot.folder.parent.name}", PASSPHRASE,
                                     actor="김하늘", params=demo.DEMO_KDF, allow_weak_kdf=True)
    counsellor = cases.add_counsellor(new.vault, "김하늘")
    wizard.created = setup_wizard.Created(new.vault, counsellor, new.recovery_code,
                                          new.kit_text, True)
    wizard.next()
    shot.grab(wizard, "setup-recovery-kit")
    panel = wizard.recovery_page.ui.panel
    panel._on_saved(Path("/home/counsellor/Documents/CaseApp Recovery Kit.pdf"))
    shot.grab(wizard, "setup-recovery-kit-saved")
    panel.ui.confirmCheck.setChecked(True)
    wizard.next()
    shot.grab(wizard, "setup-quick-unlock")
    wizard.created = None
    wizard.hide()
    wizard.deleteLater()
    new.vault.close()


def shoot_app(shot: Shooter, data_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from caseapp.errors import BadInput, TooManyAttempts, WrongPassphrase
    from caseapp.gui import ops
    from caseapp.gui.error_dialog import ErrorReportDialog, redacted_report, show_error
    from caseapp.gui.lock.recovery_dialog import RecoveryDialog
    from caseapp.gui.lock.unlock_screen import UnlockOutcome
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.preferences import Preferences
    from caseapp.i18n import N_

    prefs = Preferences.load(data_dir)
    prefs.last_profile_name = "김하늘"
    window = MainWindow(data_dir, prefs)
    window.resize(1180, 760)
    window.show()
    wait_until(lambda: not ops.busy())
    screen = window.unlock_screen
    shot.grab(window, "unlock")
    screen.ui.passphraseEdit.setText("wrong")
    screen._on_outcome(UnlockOutcome(error=WrongPassphrase()))
    shot.grab(window, "unlock-wrong-passphrase")
    screen._on_outcome(UnlockOutcome(error=TooManyAttempts(seconds=16), wait_seconds=16))
    shot.grab(window, "unlock-countdown")
    screen._countdown.stop()
    screen._wait_left = 0
    screen.reset()
    recovery = RecoveryDialog(data_dir, "김하늘", window)
    recovery.show()
    shot.grab(recovery, "forgot-passphrase")
    recovery.close()
    screen.ui.switchProfileButton.setChecked(True)
    screen.ui.passphraseEdit.setText(PASSPHRASE)
    screen.unlock_with_passphrase()
    wait_until(lambda: window._picker is not None)
    shot.grab(window, "choose-profile")
    window._picker.ui.profileList.setCurrentRow(1)
    window._picker._choose()
    wait_until(lambda: window.is_unlocked and not ops.busy())
    workspace = window.workspace
    shot.grab(window, "case-list")
    workspace.case_list.ui.searchEdit.setText("텔레그램")
    workspace.case_list.apply_filters()
    wait_until(lambda: not ops.busy())
    shot.grab(window, "case-list-search")
    workspace.case_list.clear_filters()
    wait_until(lambda: not ops.busy())
    first = workspace.case_list.model.case_at(0)
    editor = workspace.open_case(first.id)
    for index, name in enumerate(("overview", "identity", "consent", "timeline", "sessions")):
        editor.ui.sections.setCurrentIndex(index)
        shot.grab(window, f"case-{name}")
        if name == "identity":
            editor.tab("identity").reveal()
            wait_until(lambda: editor.tab("identity").revealed)
            shot.grab(window, "case-identity-shown")
    overview = editor.tab("overview")
    editor.ui.sections.setCurrentIndex(0)
    overview.ui.summaryEdit.setPlainText(overview.ui.summaryEdit.toPlainText() + " …")
    shot.grab(window, "case-unsaved")
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_translate("CaseEditor", "Unsaved changes"))  # the prompt's texts
    box.setText(_translate("CaseEditor", "These cases have changes that are not saved yet:")
                + "\n" + editor.case_label())
    box.setInformativeText(_translate("CaseEditor", "Save them now?"))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.show()
    shot.grab(box, "unsaved-prompt")
    box.close()
    for tab in editor.tabs:
        tab.set_dirty(False)
    from caseapp.gui.cases.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(window.session, window)
    dialog.show()
    shot.grab(dialog, "new-case")
    dialog.close()
    from caseapp.gui.settings.settings_dialog import ChangePassphraseDialog, SettingsDialog

    settings = SettingsDialog(window.session, window)
    settings.show()
    wait_until(lambda: not ops.busy())
    for index, name in enumerate(("general", "organisation", "counsellors", "security")):
        settings.ui.pages.setCurrentIndex(index)
        shot.grab(settings, f"settings-{name}")
    settings.ui.quickUnlockGroup.show()
    shot.grab(settings, "settings-security-quick-unlock")
    change = ChangePassphraseDialog(window.session, settings)
    change.show()
    shot.grab(change, "change-passphrase")
    change.close()
    settings.done(0)
    from caseapp.gui.setup.recovery_kit_dialog import RecoveryKitDialog

    kit = RecoveryKitDialog(window.session.vault, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
                            "", window)
    kit.show()
    shot.grab(kit, "new-recovery-kit")
    kit.ui.panel._saved_to = Path("x")  # let it close without asking
    kit.done(0)
    box = show_error(window, BadInput(N_("Birth year {year} is in the future."), year=2099))
    shot.grab(box, "error-message")
    box.done(0)
    try:
        raise KeyError("something")
    except KeyError as exc:
        report = ErrorReportDialog(redacted_report(exc), window)
    report.show()
    shot.grab(report, "something-went-wrong")
    report.close()
    from tools.screenshots.work_area import shoot_work  # evidence, takedowns, reports, …

    shoot_work(shot, window)
    window.lock("screenshots")
    shot.grab(window, "locked-again")
    window.shutdown()
    window.deleteLater()


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def child(out: Path, scale: str) -> int:
    os.environ.setdefault("CASEAPP_STATE_DIR", tempfile.mkdtemp(prefix="caseapp-shots-state-"))
    from caseapp.gui import language
    from caseapp.gui.app import make_application

    app = make_application()
    language.load_fonts()
    with tempfile.TemporaryDirectory(prefix="caseapp-shots-") as tmp:
        folder = Path(tmp)
        data_dir = make_store(folder)
        for lang in LANGUAGES:
            language.apply(lang)
            shot = Shooter(out, lang, scale)
            shoot_wizard(shot, folder)
            shoot_app(shot, data_dir)
            print(f"{lang} {scale}x: {shot.count} screenshots in {shot.folder}")
    app.processEvents()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots.shoot")
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", choices=SCALES)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:
        return child(args.out, args.scale)
    for lang in LANGUAGES:
        for scale in SCALES:
            shutil.rmtree(args.out / lang / f"{scale}x", ignore_errors=True)
    for scale in SCALES:
        env = {**os.environ, "QT_SCALE_FACTOR": scale}
        result = subprocess.run([sys.executable, "-m", "tools.screenshots.shoot",  # noqa: S603
                                 str(args.out), "--scale", scale], env=env, check=False)
        if result.returncode:
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
