"""GUI fixtures: the generated forms and translations are built when missing or stale (as
``make forms translations`` would), a real store on disk with a counsellor profile, and a
main window driven through pytest-qt."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from tests.conftest import FAST_KDF, PASSPHRASE, ROOT
from tests.gui import qtest_refcounts

BIN = Path(sys.executable).parent


def _build(source: Path, target: Path, command: list[str]) -> bool:
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
        return True
    return False


def build_generated_files() -> None:
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        target = ROOT / "caseapp" / "gui" / "forms" / f"ui_{ui.stem}.py"
        if _build(ui, target, [str(BIN / "pyside6-uic"), "--from-imports", str(ui), "-o",
                               str(target)]):
            subprocess.run([sys.executable, "tools/trim_uic_imports.py", str(target)],
                           check=True, cwd=ROOT, capture_output=True)  # as `make forms`
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        _build(ts, qm, [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])


build_generated_files()
qtest_refcounts.install()  # PySide6 6.12.0's QTest leaks a reference to None per call

COUNSELLOR = "김하늘"


@pytest.fixture(autouse=True)
def _english_gui(qapp) -> Iterator[None]:
    from caseapp.gui import language

    language.apply("en")
    yield
    from caseapp.gui import ops

    ops.cancel_all()
    ops.wait_for_all(10_000)
    qapp.processEvents()
    language.apply("en")


@pytest.fixture
def store(data_dir: Path) -> tuple[Path, str]:
    """A real store (fast test KDF) with one counsellor profile, closed again; with its
    recovery code."""
    from caseapp.services import cases
    from caseapp.services import vault as vault_service

    created = vault_service.create_store(data_dir, PASSPHRASE, organisation="Test Centre",
                                         actor=COUNSELLOR, params=FAST_KDF,
                                         allow_weak_kdf=True)
    try:
        cases.add_counsellor(created.vault, COUNSELLOR)
    finally:
        created.vault.close()
    return data_dir, created.recovery_code


@pytest.fixture
def store_dir(store: tuple[Path, str]) -> Path:
    return store[0]


@pytest.fixture
def prefs(store_dir: Path):
    from caseapp.gui.preferences import Preferences

    found = Preferences.load(store_dir)
    found.last_profile_name = COUNSELLOR
    found.save(store_dir)
    return found


@pytest.fixture
def window(qtbot, store_dir: Path, prefs):
    from caseapp.gui.main_window import MainWindow

    win = MainWindow(store_dir, prefs)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win._quitting = True  # a test that leaves edits unsaved must not hang on the prompt
    win.close()
    win.deleteLater()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: ASCII as key presses, Hangul (and anything else non-ASCII) the
    way an input method delivers it, as committed text."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    run = ""
    for ch in text + "\0":
        if ch != "\0" and ch.isascii() and ch.isprintable():
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif ch != "\0":
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def unlock(qtbot, win, passphrase: str = PASSPHRASE) -> None:
    from PySide6.QtCore import Qt

    edit = win.unlock_screen.ui.passphraseEdit
    type_text(qtbot, edit, passphrase)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=20_000)


@pytest.fixture
def unlocked(qtbot, window):
    unlock(qtbot, window)
    return window


def open_vault(data_dir: Path):
    """A second, independent vault on the same store (to check what was written)."""
    from caseapp.services import vault as vault_service

    return vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="checker")


def visible_texts(root) -> list[str]:
    """Every text a person could read in ``root`` and its visible children."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTabWidget,
    )

    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QComboBox):
            found.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            found.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top = QModelIndex()
            # a list widget's own model keeps columnCount() private: it has one column
            columns = 1 if isinstance(widget, QListWidget) else model.columnCount(top)
            for row in range(min(model.rowCount(top), 200)):
                for column in range(columns):
                    found.append(str(model.index(row, column).data() or ""))
            for column in range(columns):
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        found.append(widget.toolTip())
    return [t for t in found if t]


@pytest.fixture
def sample_cases(store_dir: Path) -> dict[str, str]:
    """Three cases written through the services: pseudonym -> case number."""
    from caseapp.domain.cases import IncidentDraft, Victim
    from caseapp.services import cases

    vault = open_vault(store_dir)
    made = {}
    try:
        me = cases.get_counsellor(vault, COUNSELLOR)
        one = cases.open_case(vault, pseudonym="푸른별", tags=["deepfake"], risk="high",
                              counsellor_id=me.id, summary="학교 단톡방 유포")
        cases.add_incident(vault, one, IncidentDraft(
            description="텔레그램 '리버사이드 겹지인방'에 합성 사진 게시", platform="telegram",
            place="리버사이드 겹지인방"))
        cases.save_victim(vault, one, Victim(name="홍길동", birth_year=2008))
        two = cases.open_case(vault, pseudonym="Willow", tags=["sextortion"], risk="low")
        cases.add_incident(vault, two, IncidentDraft(description="Threats on Instagram DM",
                                                     platform="instagram", place="dm"))
        three = cases.open_case(vault, pseudonym="바람", risk="medium")
        made = {c.pseudonym: c.number for c in (one, two, three)}
    finally:
        vault.close()
    return made


@pytest.fixture
def korean_store(data_dir: Path) -> Path:
    return make_korean_store(data_dir)


def make_korean_store(data_dir: Path) -> Path:
    """A store whose own data is all Korean (organisation, counsellor, cases), so any Latin
    word a Korean window shows comes from the interface, not from what was typed in."""
    from caseapp.domain.cases import IncidentDraft, Victim
    from caseapp.gui.preferences import Preferences
    from caseapp.services import cases
    from caseapp.services import vault as vault_service

    created = vault_service.create_store(data_dir, PASSPHRASE, organisation="해바라기 상담소",
                                         actor=COUNSELLOR, params=FAST_KDF,
                                         allow_weak_kdf=True)
    vault = created.vault
    try:
        me = cases.add_counsellor(vault, COUNSELLOR)
        one = cases.open_case(vault, pseudonym="푸른별", tags=["deepfake"], risk="high",
                              counsellor_id=me.id, summary="학교 단톡방 유포")
        cases.add_incident(vault, one, IncidentDraft(
            description="합성 사진 게시", platform="telegram", place="리버사이드 겹지인방"))
        cases.save_victim(vault, one, Victim(name="홍길동", birth_year=2008))
        cases.open_case(vault, pseudonym="바람", risk="medium", counsellor_id=me.id)
    finally:
        vault.close()
    found = Preferences.load(data_dir)
    found.last_profile_name = COUNSELLOR
    found.save(data_dir)
    return data_dir
