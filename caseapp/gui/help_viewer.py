"""Help inside the app, offline: the user guide in the current language (the Markdown file
shipped with the app, its screenshots beside it) and the list of keyboard shortcuts, read
from the window's own actions so it never goes stale."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from caseapp.gui import language
from caseapp.paths import docs_root


def guide_path(lang: str | None = None) -> Path:
    lang = lang or language.current()
    path = docs_root() / f"user-guide.{lang}.md"
    return path if path.exists() else docs_root() / "user-guide.en.md"


class HelpDialog(QDialog):
    """A reader for the user guide or the shortcut list (one dialog, two contents)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.resize(860, 700)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_guide(self) -> None:
        path = guide_path()
        self.setWindowTitle(self.tr("User guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setSearchPaths([str(path.parent)])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("The user guide is missing from this installation.")
        self.browser.setMarkdown(text)

    def show_shortcuts(self, actions: list[QAction]) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = []
        seen = set()
        for action in actions:
            keys = action.shortcut()
            if keys.isEmpty():
                continue
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            name = name.split("(")[0].strip() if "(&" in action.text() else name
            entry = (name, keys.toString(QKeySequence.SequenceFormat.NativeText))
            if entry not in seen:
                seen.add(entry)
                rows.append(entry)
        rows.append((self.tr("Lock at once (quick hide)"), self.tr("Esc twice")))
        rows.append((self.tr("Move between fields"), self.tr("Tab / Shift+Tab")))
        body = "".join(f"<tr><td>{html.escape(k)}</td><td>&nbsp;&nbsp;</td>"
                       f"<td>{html.escape(n)}</td></tr>" for n, k in rows)
        self.browser.setHtml(f"<h2>{html.escape(self.tr('Keyboard shortcuts'))}</h2>"
                             f"<table>{body}</table>")


def open_help(parent: QWidget, what: str, actions: list[QAction] | None = None) -> HelpDialog:
    dialog = HelpDialog(parent)
    if what == "shortcuts":
        dialog.show_shortcuts(actions or [])
    else:
        dialog.show_guide()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
