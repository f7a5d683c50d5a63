"""Help inside the app: the user guide in the current language with its screenshots (from
the docs shipped with the app) and the keyboard shortcuts read from the window's actions;
the packaging spec ships the guides and every 100 % screenshot they show."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from tests.conftest import ROOT


def _images(markdown: str) -> list[str]:
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", markdown)


def test_the_guide_opens_in_the_current_language_with_its_screenshots(qtbot, window):
    from caseapp.gui import language
    from caseapp.gui.help_viewer import HelpDialog

    for lang, heading in (("en", "CaseApp user guide"), ("ko", "CaseApp 사용자 안내서")):
        language.apply(lang)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        dialog = next(w for w in window.findChildren(HelpDialog) if w.isVisible())
        text = dialog.browser.toPlainText()
        assert text.startswith(heading)
        source = (ROOT / "docs" / f"user-guide.{lang}.md").read_text(encoding="utf-8")
        shown = _images(source)
        assert shown
        for image in shown[:5]:
            loaded = dialog.browser.document().resource(
                QTextDocument.ResourceType.ImageResource, QUrl(image))
            assert loaded is not None and not loaded.isNull(), image
        dialog.close()
    language.apply("en")


def test_the_shortcut_list_comes_from_the_window(qtbot, window):
    dialog = window.open_help("shortcuts")
    text = dialog.browser.toPlainText()
    assert "New case" in text and "Ctrl+N" in text
    assert "Esc twice" in text
    dialog.close()


def test_the_package_ships_the_guides_and_their_screenshots():
    spec = (ROOT / "packaging" / "caseapp.spec").read_text(encoding="utf-8")
    assert 'glob("user-guide.*.md")' in spec and 'glob("*/1x/*.png")' in spec
    for lang in ("ko", "en"):
        source = (ROOT / "docs" / f"user-guide.{lang}.md").read_text(encoding="utf-8")
        for image in _images(source):
            assert "/1x/" in image, image  # the package carries the 100 % ones only
        for flow in ("follow-up", "close-case", "session-addendum", "retention", "restore"):
            assert f"screenshots/{lang}/1x/work-{flow}.png" in source
            assert (ROOT / "docs" / "screenshots" / lang / "1x" / f"work-{flow}.png").exists()


def test_menu_shortcuts_reach_every_window_and_f1_works_while_locked(window):
    a = window.ui
    assert a.actionNewCase.shortcut().toString() == "Ctrl+N"
    assert a.actionLock.shortcut().toString() == "Ctrl+L"
    assert window.guide_action.shortcut().toString() == "F1"
    assert a.actionNewCase.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert a.toolBar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert not window.is_unlocked
