"""Checks any window can be put through: shared Alt keys (mnemonics), English words and
retired glossary terms in the Korean interface, text wider than its widget. The GUI tests and
the scaling probe (tests/gui/scaling_probe.py) run them over every window tests/gui/windows.py
walks."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

MNEMONIC_KEY = re.compile(r"&([^&\s])")

# Latin words a Korean reader meets as they are: product, platform and format names,
# abbreviations used in Korean too, keys on the keyboard, the command-line tool. Everything
# else in a Korean window is English that was not translated. (PDQ only as the name of a
# hash format beside SHA-256 and MD5; what the counsellor sees is 비슷한 이미지 검사.)
_ALLOWED_WORDS = """
CaseApp caseapp caseapp-admin Telegram KakaoTalk Kakao Google YouTube Instagram Facebook
Meta Discord Naver NAVER X Twitter TikTok Line LINE WhatsApp Signal Pornhub Reddit OnlyFans
Windows macOS Linux Android iPhone iOS
PDF ZIP QR URL ID SHA-256 SHA256 SHA256SUMS MD5 PDQ USB JSON CSV PNG JPEG EXIF MIME AES PIN
IP DNS WHOIS RDAP HTML TXT MB KB GB TB KCSC ECRM DM DMCA OK UTC
Ctrl Alt Shift Tab Enter Esc Caps Lock Home Del English
"""
LATIN_ALLOWED = frozenset(_ALLOWED_WORDS.split())

_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|\S+@\S+\.\S+|"
                  r"\b[\w.-]+\.(?:com|org|net|kr|me|io|gov|go\.kr|or\.kr)(?:/\S*)?", re.I)
_FILE = re.compile(r"[\w.()-]*\.(?:pdf|png|jpe?g|gif|webp|mp4|mov|zip|json|csv|txt|html|db|"
                   r"cabk|cabundle|caseapp|bundle|ts|qm|po)(?![A-Za-z0-9])|ChatExport_\S*|"
                   r"\b(?:image|video|audio|text|application)/[\w.+-]+", re.I)
_PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w+\}|\$\{\w+\}")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*")
_KEY_COMBO = re.compile(r"\b(?:Ctrl|Alt|Shift|Meta|Cmd)\+\S+")
_COMMAND = re.compile(r"caseapp-admin(?:\s+(?:--)?[\w-]+)*")  # a command to type, as written


def _strip_mnemonic(text: str) -> str:
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def _key(text: str) -> str | None:
    match = MNEMONIC_KEY.search(text.replace("&&", ""))
    return match.group(1).upper() if match else None


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def mnemonic_owners(root: QWidget) -> dict[str, list[str]]:
    """Alt key -> the controls of ``root`` it reaches (labels with a buddy, buttons, group
    boxes, tabs, the menu bar's menus)."""
    owners: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = _key(text)
        if key:
            owners[key].append(f"{what} {_strip_mnemonic(text)!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), f"label {widget.objectName()!r}")
        elif isinstance(widget, QAbstractButton) and not (
                isinstance(widget, QToolButton) and widget.defaultAction() is not None):
            add(widget.text(), f"button {widget.objectName()!r}")  # not a toolbar's action
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"group {widget.objectName()!r}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    if isinstance(root, QMainWindow) and root.menuWidget() is not None:
        for action in root.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    return owners


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt keys that reach two controls in one window, and two items in one menu."""
    found = [f"Alt+{key}: " + ", ".join(sorted(names))
             for key, names in sorted(mnemonic_owners(root).items()) if len(names) > 1]
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            keys: dict[str, list[str]] = defaultdict(list)
            for action in menu.actions():
                key = _key(action.text())
                if key and action.isVisible():
                    keys[key].append(_strip_mnemonic(action.text()))
            found += [f"menu {_strip_mnemonic(menu.title())!r} Alt+{key}: " + ", ".join(names)
                      for key, names in sorted(keys.items()) if len(names) > 1]
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person could read or hear in ``root``: labels,
    buttons, titles, tabs, items, headers, placeholders, tooltips, accessible names, the
    menu bar and its menus."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, text: Any) -> None:
        if text:
            found.append((f"{type(widget).__name__} {widget.objectName()!r}", str(text)))

    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root):
            continue
        if widget.isWindow():
            add(widget, widget.windowTitle())
        add(widget, widget.toolTip())
        add(widget, widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, widget.text())
        if isinstance(widget, QLineEdit):
            add(widget, widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            add(widget, widget.placeholderText())
            if widget.isReadOnly():
                add(widget, widget.toPlainText())
        if isinstance(widget, QTextEdit):
            add(widget, widget.placeholderText())
            if widget.isReadOnly():
                add(widget, widget.toPlainText())
        if isinstance(widget, QGroupBox):
            add(widget, widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, widget.itemText(i))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, widget.tabText(i))
                add(widget, widget.tabToolTip(i))
        if isinstance(widget, QWizardPage):
            add(widget, widget.title())
            add(widget, widget.subTitle())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top = QModelIndex()
            columns = 1 if isinstance(widget, QListWidget) else model.columnCount(top)
            for row in range(min(model.rowCount(top), 50)):
                for column in range(columns):
                    index = model.index(row, column)
                    add(widget, index.data())
                    add(widget, index.data(Qt.ItemDataRole.ToolTipRole))
            for column in range(columns):
                add(widget, model.headerData(column, Qt.Orientation.Horizontal))
    if isinstance(root, QMainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            found.append(("menu", menu.title()))
            for action in menu.actions():
                found.append(("menu item", action.text()))
    return [(where, text) for where, text in found if text and where not in TEXT_NOT_INTERFACE]


# What these show is not the interface speaking: the developer's error report (English on
# purpose, to be pasted into a bug report), a letter's own text (formal, checked with the
# letter templates by tests/test_glossary.py) and the names of folders on this computer.
TEXT_NOT_INTERFACE = {"QPlainTextEdit 'report'", "QPlainTextEdit 'previewEdit'",
                      # the file dialog's folders: this computer's paths and user names
                      "QListView 'sidebar'", "QComboBox 'lookInCombo'"}


def latin_words(text: str, allowed: frozenset[str] = LATIN_ALLOWED) -> list[str]:
    """English words in a Korean text, outside the allow-list (URLs, e-mail addresses, file
    names, placeholders and key combinations are not words)."""
    text = re.sub(r"<[^>]+>", " ", _strip_mnemonic(text))
    for pattern in (_COMMAND, _URL, _FILE, _PLACEHOLDER, _KEY_COMBO):
        text = pattern.sub(" ", text)
    return [word for word in _LATIN_WORD.findall(text)
            if word not in allowed and not re.search(r"\d", word)
            and not re.fullmatch(r"X+(?:-X+)*|[A-Z0-9]{4}(?:-[A-Z0-9]{4})+", word)]


def english_in_korean(root: QWidget) -> list[str]:
    return sorted({f"{where}: {text!r} has {', '.join(words)}"
                   for where, text in visible_texts(root)
                   if (words := latin_words(text))})


def retired_terms_shown(root: QWidget) -> list[str]:
    from tools import glossary

    terms = glossary.terms()
    return sorted({f"{where}: {hit.retired} -> {hit.use} in {text!r}"
                   for where, text in visible_texts(root)
                   for hit in glossary.retired_uses(text, where, terms)})


# --- windows wider than a laptop's screen -----------------------------------------------------
# Logical pixels a window may need at most: a 1366-px laptop screen at 100 %, or a 1920-px one
# at 150 % (1280), with room to spare. A text too long for its label does not clip when the
# label may grow: the window grows instead, off a small screen.
NARROWEST_SCREEN = 1024


def too_wide(root: QWidget) -> list[str]:
    window = root.window()
    needed = window.minimumSizeHint().width()
    if needed > NARROWEST_SCREEN:
        return [f"{type(window).__name__} {window.objectName()!r} needs {needed} px of width, "
                f"more than a laptop's {NARROWEST_SCREEN}"]
    return []


# --- text wider than its widget ---------------------------------------------------------------
def clipped(root: QWidget) -> list[str]:
    """Labels, buttons and combo boxes whose text does not fit their widget: one-line text
    wider than the widget, word-wrapped text taller than the label, a combo box's current
    item wider than its field."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # let pending layouts settle, as they would before a person looks
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _visible(widget, root) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                need_h = widget.heightForWidth(widget.contentsRect().width() +
                                               widget.contentsMargins().left() +
                                               widget.contentsMargins().right())
                if need_h > widget.height() + 2:
                    problems.append(f"{name} {widget.text()[:60]!r} is {widget.height()} px "
                                    f"high, its words need {need_h}")
            elif widget.width() + 1 < widget.minimumSizeHint().width():
                problems.append(f"{name} {widget.text()[:60]!r} is {widget.width()} px "
                                f"wide, needs {widget.minimumSizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            if widget.text() and widget.width() + 1 < widget.sizeHint().width():
                problems.append(f"{name} {widget.text()!r} is {widget.width()} px wide, "
                                f"needs {widget.sizeHint().width()}")
        elif isinstance(widget, QComboBox) and widget.currentText() and not widget.isEditable() \
                and widget.objectName() != "lookInCombo":  # Qt's file dialog elides a folder
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option,
                QStyle.SubControl.SC_ComboBoxEditField, widget)
            need = widget.fontMetrics().horizontalAdvance(widget.currentText())
            if field.width() + 1 < need:
                problems.append(f"{name} shows {widget.currentText()!r} in {field.width()} px, "
                                f"needs {need}")
    return problems


def is_wizard(root: QWidget) -> bool:
    return isinstance(root, QWizard)


# --- keyboard order -------------------------------------------------------------------------
def tab_order_problems(root: QWidget) -> list[str]:
    """A dialog walked with Tab: every control it shows is reached, in reading order (Tab never
    jumps back up to a control above the one before it, except from the last control to the
    first, or into the next column to the right)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialog

    if not isinstance(root, QDialog | QWizard) or not root.isVisible():
        return []
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget not in chain and len(chain) < 500:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    focusable = [w for w in chain if w.isVisibleTo(root) and w.isEnabled()
                 and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and not (w.focusProxy() is not None)]
    jumps = []
    # the chain is a cycle: going once round it, Tab may go back up once (last to first)
    for before, after in zip(focusable, focusable[1:] + focusable[:1], strict=False):
        a = before.mapTo(root, QPoint(0, 0))
        b = after.mapTo(root, QPoint(0, 0))
        if b.y() + after.height() < a.y() and b.x() <= a.x():
            jumps.append(f"Tab goes up from {type(before).__name__} "
                         f"{before.objectName()!r} to {type(after).__name__} "
                         f"{after.objectName()!r}")
    return jumps if len(jumps) > 1 else []
