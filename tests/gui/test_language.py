"""Korean and English: the language switches without a restart, the Korean catalogue has
every string of the GUI, and no window shows an English app string while in Korean."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWizardPage,
)

from tests.conftest import ROOT
from tests.gui.conftest import unlock
from tests.gui.windows import all_windows, widgets_of

TRANSLATIONS = ROOT / "resources" / "translations"
MNEMONIC = re.compile(r"&(?=\w)|\(&\w\)")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.find("source").text or "", translation))
    return found


def _finished(translation: ET.Element) -> bool:
    if translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def test_the_korean_catalogue_has_every_gui_string_translated(tmp_path):
    """lupdate over all the GUI code and forms: every message must be translated in the one
    Korean catalogue, caseapp_ko.ts."""
    fresh = tmp_path / "all_ko.ts"
    sources = [str(p) for p in sorted((ROOT / "caseapp" / "gui").rglob("*.py"))
               if "forms" not in p.parts and p.name not in ("selftest_qt.py", "startup_probe.py")]
    sources += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts",
                    str(fresh)], check=True, capture_output=True, cwd=tmp_path)
    translated = {(context, source)
                  for context, source, translation in _messages(TRANSLATIONS / "caseapp_ko.ts")
                  if _finished(translation)}
    missing = sorted(f"{context}: {source}" for context, source, _ in _messages(fresh)
                     if (context, source) not in translated)
    assert not missing, "untranslated (run 'make ts' and translate):\n" + "\n".join(missing)


def test_english_plural_forms_are_complete():
    for context, source, translation in _messages(TRANSLATIONS / "caseapp_en.ts"):
        assert len(translation.findall("numerusform")) == 2, f"{context}: {source}"
        assert _finished(translation), f"{context}: {source}"


def _english_app_strings() -> set[str]:
    """App strings whose Korean is missing or differs from the English source (seeing the
    English one in a Korean window means it was not translated)."""
    strings = set()
    messages = _messages(TRANSLATIONS / "caseapp_ko.ts")
    for _context, source, translation in messages:
        korean = translation.text or ""
        if source and (not _finished(translation) or korean != source):
            strings.add(source)
            strings.add(MNEMONIC.sub("", source))
    return strings


def _texts(widget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QWizardPage):
        texts.extend([widget.title(), widget.subTitle()])
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                     for c in range(model.columnCount(QModelIndex())))
    return [MNEMONIC.sub("", t.rstrip(" *")) for t in texts if t]


def test_no_window_shows_an_english_app_string_in_korean(qtbot, store_dir, sample_cases,
                                                         tmp_path, no_keyring):
    from caseapp.gui import language

    english = _english_app_strings()
    language.apply("ko")
    leftovers = set()
    for name, window in all_windows(store_dir, tmp_path):
        for widget in widgets_of(window):
            for text in _texts(widget):
                if text in english:
                    leftovers.add(f"{name}: {type(widget).__name__} {text!r}")
    assert not leftovers, "\n".join(sorted(leftovers))


def test_language_switches_without_restart(qtbot, window, sample_cases, store_dir):
    from caseapp.gui.preferences import Preferences
    from caseapp.gui.settings.settings_dialog import SettingsDialog

    unlock(qtbot, window)
    case_list = window.workspace.case_list
    editor = window.workspace.open_case(case_list.model.case_at(0).id)
    assert window.ui.fileMenu.title() == "&File"
    window.open_settings()
    settings = window.findChild(SettingsDialog)
    combo = settings.ui.languageCombo
    combo.setCurrentIndex(combo.findData("ko"))
    # everything already open speaks Korean at once (Qt delivers the change as an event)
    qtbot.waitUntil(lambda: window.ui.fileMenu.title() == "파일(&F)")
    assert settings.windowTitle() == "설정"
    assert window.workspace.tabText(window.workspace.indexOf(case_list)) == "사건"
    assert editor.ui.sections.tabText(0) == "개요"
    assert case_list.model.headerData(0, Qt.Orientation.Horizontal) == "사건 번호"
    assert editor.tab("overview").ui.currentStatus.text() == "접수"  # core label, Korean
    assert case_list.ui.statusCombo.itemText(0) == "전체"
    settings.ui.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not settings.isVisible())
    assert Preferences.load(store_dir).language == "ko"
    window.lock()
    assert window.unlock_screen.ui.heading.text() == "CaseApp이 잠겨 있습니다"


def test_cancel_in_settings_switches_the_language_back(qtbot, unlocked):
    from caseapp.gui import language
    from caseapp.gui.settings.settings_dialog import SettingsDialog

    unlocked.open_settings()
    settings = unlocked.findChild(SettingsDialog)
    settings.ui.languageCombo.setCurrentIndex(settings.ui.languageCombo.findData("ko"))
    assert language.current() == "ko"
    qtbot.waitUntil(lambda: unlocked.ui.fileMenu.title() == "파일(&F)")
    settings.reject()
    assert language.current() == "en"
    qtbot.waitUntil(lambda: unlocked.ui.fileMenu.title() == "&File")


def test_date_filters_follow_a_language_switch(qtbot, unlocked):
    from PySide6.QtCore import QDate

    from caseapp.gui import language

    case_list = unlocked.workspace.case_list
    language.apply("ko")
    case_list.ui.fromDate.setDate(QDate(2026, 7, 26))
    assert case_list.ui.fromDate.text() == "26. 7. 26."
    language.apply("en")
    assert case_list.ui.fromDate.text() == "26/07/2026"
