"""How failures reach the person: a :class:`CaseAppError` becomes a calm dialog in their
language that says what to do next; anything unexpected is logged without case data and
shown as "something went wrong" with a redacted report they can copy. Never a traceback
with values in it."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from caseapp.errors import CaseAppError
from caseapp.gui import language
from caseapp.gui.forms.ui_error_report_dialog import Ui_ErrorReportDialog

log = logging.getLogger(__name__)

PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent


def _where(frame: traceback.FrameSummary) -> str:
    try:
        name = Path(frame.filename).resolve().relative_to(PACKAGE_ROOT).as_posix()
    except ValueError:
        parts = Path(frame.filename).parts
        name = "/".join(parts[-2:])  # site-packages paths can hold the user name
    return f"{name}:{frame.lineno} in {frame.name}"


def redacted_report(exc: BaseException) -> str:
    """Type names and code locations only: an exception's message or a frame's locals can
    hold case text, so neither is included."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    try:
        from importlib.metadata import version

        app_version = version("caseapp")
    except Exception:
        app_version = "unknown"
    lines = [
        f"CaseApp {app_version} error report (contains no case data)",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}, "
        f"{platform.system()} {platform.release()} {platform.machine()}",
    ]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines.append(f"{kind.__module__}.{kind.__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_where(frame)}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by:")
    return "\n".join(lines)


class ErrorReportDialog(QDialog):
    """"Something went wrong", with the redacted report and a copy button."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ErrorReportDialog()
        self.ui.setupUi(self)
        self.ui.report.setPlainText(report)
        heading = self.ui.heading.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        self.ui.heading.setFont(heading)
        self.ui.copyButton.clicked.connect(self.copy_report)

    def copy_report(self) -> None:
        QApplication.clipboard().setText(self.ui.report.toPlainText())
        self.ui.copyButton.setText(QCoreApplication.translate("ErrorDialog", "Copied"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


def user_message(exc: CaseAppError) -> str:
    return exc.message(language.current())


def show_error(parent: QWidget | None, exc: BaseException) -> QDialog:
    """Show ``exc`` without blocking (window-modal). Returns the dialog (tests read it)."""
    window = parent.window() if parent is not None else None
    if isinstance(exc, CaseAppError):
        log.info("showing %s", type(exc).__name__)
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("ErrorDialog", "CaseApp"),
                          user_message(exc), QMessageBox.StandardButton.Ok, window)
        box.setObjectName("errorMessage")
        box.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Could not finish"))
        box.open()
        return box
    report = redacted_report(exc)
    log.error("unexpected error\n%s", report)
    dialog = ErrorReportDialog(report, window)
    dialog.open()
    return dialog


def handle_uncaught(kind: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the GUI (installed by ``caseapp.gui.app``)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback__ = tb
    try:
        show_error(QApplication.activeWindow(), exc)
    except Exception:
        log.error("could not show an error dialog\n%s", redacted_report(exc))


def install_excepthook() -> None:
    """Exceptions escaping a slot reach ``sys.excepthook``; show them the same way."""
    sys.excepthook = handle_uncaught
