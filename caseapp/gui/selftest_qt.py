"""The Qt half of ``caseapp --self-test`` (offscreen QApplication, Korean font rendering, the
platform, input-method and image plugins a Korean user needs, Qt's Korean translation) and
``--startup-probe``, which lets the real app start and exits when its first window shows."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

from caseapp.selftest import KOREAN_SAMPLE, SelfTestRun, Step, check, core_steps

# The display session the self-test was started in (before it forces offscreen): which
# platform plugins must load depends on it (caseapp.display_plugins).
_SESSION_ENV: dict[str, str] = {}


def _app() -> QApplication:
    from PySide6.QtWidgets import QApplication

    # instance() is typed as the QCoreApplication base; here it is always a QApplication
    app = cast(QApplication, QApplication.instance()) \
        or QApplication([sys.argv[0] if sys.argv else "caseapp"])
    return app


def step_qt_application(run: SelfTestRun) -> str:
    from PySide6.QtCore import QLibraryInfo, qVersion

    app = _app()
    run.facts["Qt platform"] = app.platformName()
    run.facts["Qt"] = (f"{qVersion()}, plugins in "
                       f"{QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)}")
    check(app.platformName() == "offscreen",
          f"expected the offscreen platform, got {app.platformName()!r}")
    return f"Qt {qVersion()} on {app.platformName()}"


def step_korean_widget(run: SelfTestRun) -> str:
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics
    from PySide6.QtWidgets import QLabel

    from caseapp.paths import resource_path

    _app()
    font_file = resource_path("fonts", "NanumGothic.ttf")
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    check(font_id >= 0, f"Qt could not load {font_file}")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family, 14)
    check(QFontMetrics(font).inFontUcs4(ord("한")), f"{family} has no Hangul glyphs")
    label = QLabel(KOREAN_SAMPLE)
    label.setFont(font)
    label.setStyleSheet("background: white; color: black; padding: 8px")
    label.adjustSize()
    image = label.grab().toImage()
    check(not image.isNull() and image.width() > 0, "grabbing the widget gave no image")
    dark = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if QColor(image.pixel(x, y)).lightness() < 128)
    label.deleteLater()
    check(dark > 20, "the Korean label rendered blank")
    return f"{family}: {image.width()}×{image.height()} px grabbed, text drawn"


def _plugin_root() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def step_plugins(run: SelfTestRun) -> str:
    """Each plugin is loaded as a library (not started), so a missing system library such as
    libxcb-cursor shows up here rather than on a counsellor's desktop. Only the plugins this
    session can use must load; the others are reported as warnings."""
    from PySide6.QtCore import QPluginLoader

    from caseapp.display_plugins import check_plugins, plugin_plan

    _app()
    root = _plugin_root()

    def load(relative: str) -> str | None:
        path = root / relative
        if not path.exists():
            return "missing"
        loader = QPluginLoader(str(path))
        return None if loader.load() else loader.errorString()

    result = check_plugins(plugin_plan(sys.platform, _SESSION_ENV or dict(os.environ)), load)
    if result.warnings:
        run.facts["Qt plugins not usable in this session"] = "; ".join(result.warnings)
    check(not result.problems, "; ".join(result.problems))
    return result.summary()


def step_jpeg(run: SelfTestRun) -> str:
    from PySide6.QtGui import QImage, QImageReader

    from caseapp.selftest import make_test_image

    _app()
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    check("jpeg" in formats, "Qt has no JPEG reader")
    source = make_test_image(run.out_dir / "qt-jpeg.jpg")
    image = QImage()
    check(image.loadFromData(source.read_bytes(), "JPEG"), "Qt could not decode a JPEG")
    source.unlink()
    return f"decoded {image.width()}×{image.height()} JPEG"


def step_qt_korean_translation(run: SelfTestRun) -> str:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    from caseapp.paths import resource_path

    app = _app()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    check(translator.load(QLocale(QLocale.Language.Korean), "qtbase", "_", folder),
          f"qtbase_ko.qm not found in {folder}")
    app.installTranslator(translator)
    try:
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    finally:
        app.removeTranslator(translator)
    check(cancel != "Cancel", "Qt's Korean translation did not translate 'Cancel'")
    own = sorted(resource_path("translations").glob("*.qm"))
    for qm in own:
        check(QTranslator(app).load(str(qm)), f"{qm.name} does not load")
    return f"qtbase_ko: Cancel → {cancel}; CaseApp .qm files: {len(own)}"


def qt_steps() -> list[Step]:
    return [
        Step("Qt offscreen application", step_qt_application),
        Step("Korean font and widget grab", step_korean_widget,
             after=("Qt offscreen application",)),
        Step("Qt plugins for Korean users", step_plugins, after=("Qt offscreen application",)),
        Step("JPEG image plugin", step_jpeg, after=("Qt offscreen application",)),
        Step("Qt Korean translation", step_qt_korean_translation,
             after=("Qt offscreen application",)),
    ]


def run_self_test() -> int:
    """``caseapp --self-test``: no display needed (the offscreen platform is forced)."""
    from caseapp.selftest import run_steps

    _SESSION_ENV.clear()
    _SESSION_ENV.update(os.environ)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # A windowed Windows build has no stdout unless redirected (caseapp.exe --self-test > f).
    out = sys.stdout if sys.stdout is not None else open(os.devnull, "w")  # noqa: SIM115
    return run_steps([*core_steps(), *qt_steps()], out)
