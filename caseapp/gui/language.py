"""Which language the GUI speaks, and the fonts it speaks it in.

:func:`apply` installs our translator (``resources/translations/caseapp_LANG.qm``) and Qt's
own (``qtbase_LANG.qm``: standard buttons, context menus), keeps ``caseapp.i18n`` (error
messages and labels from the core) in step, and lets Qt send ``LanguageChange`` to every
widget. Each widget answers that in ``changeEvent`` by calling ``ui.retranslateUi`` and
re-setting the texts it builds itself, so the language switches without a restart."""

from __future__ import annotations

import logging
import re
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from caseapp import i18n
from caseapp.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES = i18n.LANGUAGES  # ("ko", "en")
FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
KOREAN_FAMILY = "NanumGothic"

_current = "en"
_installed: list[QTranslator] = []


class _QtTextsWithNewMnemonics(QTranslator):
    """Qt's own Korean catalogue predates some of Qt 6's texts: the file dialog now says
    "&Look in:" and "Files of &type:", which it has only without the Alt key ("Look in:"), so
    they showed in English. Asked after every other catalogue: a Qt text with an Alt key gets
    the translation of the same text without it, with the key added the Korean way
    ("다음에서 찾기(&L):"); a file list's names of kinds ("Drive") come from the file dialog's."""

    _ALSO: ClassVar[dict[str, tuple[str, ...]]] = {
        context: ("QFileDialog", "QFileSystemModel") for context in (
            "QFileSystemModel", "QAbstractFileIconProvider", "QFileIconProvider")}

    def __init__(self, qt_own: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._qt = qt_own

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # None: not ours (an empty text would be one)
        if not context.startswith("Q") or not source:
            return None
        key = re.search(r"&([^&\s])", source)
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        for where in (context, *self._ALSO.get(context, ())):
            found = self._qt.translate(where, plain, disambiguation, n)
            if not found or (where == context and key is None):
                continue
            if key is None:
                return found
            body, colon = (found[:-1], ":") if found.endswith(":") else (found, "")
            return f"{body}(&{key.group(1).upper()}){colon}"
        return None


def current() -> str:
    return _current


def native_name(lang: str) -> str:
    """Language names are shown in their own language, whatever the GUI speaks now."""
    return {"ko": "한국어", "en": "English"}[lang]


def apply(lang: str) -> None:
    """Switch every translator to ``lang``. Widgets retranslate on the LanguageChange event
    that installing (and removing) a translator sends them."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication")
    wanted: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"caseapp_{lang}", str(resource_path("translations"))):
        wanted.append(ours)
    elif lang != "en":
        log.warning("no compiled translation for %s (run 'make translations')", lang)
    if lang != "en":
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{lang}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            wanted.insert(0, _QtTextsWithNewMnemonics(qt_own, app))  # asked last
            wanted.append(qt_own)
    _current = lang
    i18n.set_language(lang)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
                       if lang == "ko" else
                       QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _follow_locale(before, QLocale())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed[:] = wanted
    for translator in wanted:
        app.installTranslator(translator)


def _follow_locale(before: QLocale, after: QLocale) -> None:
    """Date and time boxes take their display format from the locale once, when made: give
    every open one that still shows the old language's format the new one, so a date
    filter reads 26/07/2026 after switching to English, not 26. 7. 26."""
    from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QTimeEdit

    short = QLocale.FormatType.ShortFormat
    for widget in QApplication.allWidgets():
        if not isinstance(widget, QDateTimeEdit):
            continue
        if isinstance(widget, QDateEdit):
            old, new = before.dateFormat(short), after.dateFormat(short)
        elif isinstance(widget, QTimeEdit):
            old, new = before.timeFormat(short), after.timeFormat(short)
        else:
            old, new = before.dateTimeFormat(short), after.dateTimeFormat(short)
        widget.setLocale(after)
        if widget.displayFormat() == old:
            widget.setDisplayFormat(new)


def load_fonts() -> None:
    """Register the bundled Korean font and put it after the system font in the
    application font's family list, so Hangul renders on machines without a Korean font
    while Latin text keeps the platform's look."""
    loaded = False
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) >= 0:
            loaded = True
        else:
            log.warning("could not load bundled font %s", name)
    if not loaded:
        return
    font = QGuiApplication.font()
    # The platform font by its real name (an alias such as "Sans Serif" would let Qt pick
    # the next family for Latin text too), then ours for what it lacks.
    system = QFontInfo(font).family()
    if system == KOREAN_FAMILY:
        return
    font.setFamilies([system, KOREAN_FAMILY])
    QGuiApplication.setFont(QFont(font))
