"""What the one-folder build leaves out, and the stripping that follows it. Shared by the
CaseApp build and the bare PySide6 window baseline, so the size ratio compares like with like.

Kept on purpose (Korean users need them): the xcb, wayland and offscreen platform plugins, the
ibus and compose input-context plugins (without them Hangul cannot be typed on Linux), the JPEG
image plugin, Qt's Korean translation, ICU (Qt Core links it), and numpy's vendored
libraries unstripped (stripping its bundled OpenBLAS breaks it)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

# Python modules the app never uses: Qt modules for other kinds of app, test and build tools,
# and lxml (pikepdf only imports it for XMP metadata, which CaseApp does not touch).
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuick3D",
        "QtPdf", "QtPdfWidgets", "QtSql", "QtTest", "QtDesigner", "QtHelp", "QtUiTools",
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
        "QtWebSockets", "QtHttpServer", "QtMultimedia", "QtMultimediaWidgets",
        "QtSpatialAudio", "QtTextToSpeech", "QtBluetooth", "QtNfc", "QtPositioning",
        "QtLocation", "QtSensors", "QtSerialPort", "QtSerialBus", "QtRemoteObjects",
        "QtScxml", "QtStateMachine", "QtCharts", "QtGraphs", "QtGraphsWidgets",
        "QtDataVisualization", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic",
        "Qt3DExtras", "Qt3DAnimation", "QtNetworkAuth", "QtOpenGLWidgets", "QtAxContainer",
        "QtLabsStyleKit")),
    "tkinter", "_tkinter", "unittest", "pydoc", "pydoc_data", "lib2to3", "test",
    "distutils", "setuptools", "pkg_resources", "pip", "IPython", "matplotlib",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "importlinter", "grimp",
    "lxml", "numpy.f2py", "numpy.distutils", "numpy.testing", "numpy.tests",
    "numpy.random", "numpy.fft", "numpy.polynomial", "numpy.ma",  # pdqhash needs none of them
    # An offline app has no use for TLS (urllib and http.client import ssl only if present).
    "ssl", "_ssl", "readline", "PIL.ImageTk", "PIL._imagingtk",
    # Pillow's FreeType text drawing (CaseApp draws no text with Pillow; reportlab and Qt
    # have their own): dropping it lets harfbuzz, freetype and brotli go too (~3 MiB).
    "PIL._imagingft",
    # keyrings.alt holds plaintext backends: installed for the test suite, never shipped.
    "keyrings", "keyrings.alt",
]

# Qt plugins kept, by category (file stem without "lib"/"q" prefixes handled below).
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa", "qdirect2d"),
    "platforminputcontexts": ("ibusplatforminputcontextplugin",
                              "composeplatforminputcontextplugin"),
    "imageformats": ("qjpeg", "qgif", "qico", "qwebp", "qsvg"),
    "iconengines": ("qsvgicon",),
    "platformthemes": ("qxdgdesktopportal",),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient", "adwaita"),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl", "shm-emulation-server"),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"),
    "printsupport": ("cupsprintersupport",),  # printing a bundle passphrase sheet (Linux)
}

# Qt's own translations: Korean only (English is Qt's source language).
KEPT_QT_TRANSLATIONS = re.compile(r"^qt(base)?_ko\.qm$")

# Babel locale data: CaseApp formats dates and numbers in Korean and English only.
KEPT_BABEL_LOCALES = re.compile(r"^(root|en|ko)(_[A-Za-z0-9]+)*\.dat$")

_QT_DIR = re.compile(r"(^|/)PySide6/(Qt/)?")


def _posix(dest: str) -> PurePosixPath:
    return PurePosixPath(dest.replace("\\", "/"))


def plugin_wanted(dest: str) -> bool | None:
    """True/False for a Qt plugin, None for anything that is not one."""
    path = _posix(dest)
    parts = path.parts
    if "plugins" not in parts or "PySide6" not in parts:
        return None
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return None
    category = parts[index + 1]
    stem = path.name.split(".")[0].removeprefix("lib")
    return stem in KEPT_PLUGINS.get(category, ())


def data_wanted(dest: str) -> bool:
    path = _posix(dest)
    parts = path.parts
    if "PySide6" in parts and "translations" in parts:
        return bool(KEPT_QT_TRANSLATIONS.match(path.name))
    if parts[:2] == ("babel", "locale-data"):
        return bool(KEPT_BABEL_LOCALES.match(path.name))
    if plugin_wanted(dest) is False:
        return False
    return not ("PySide6" in parts and ("qml" in parts or "metatypes" in parts))


def _is_qt_library(dest: str) -> bool:
    name = _posix(dest).name
    return bool(_QT_DIR.search(dest.replace("\\", "/"))) and (
        name.startswith(("libQt6", "Qt6")) or ".framework" in dest)


def _in_wheel_libs(dest: str) -> bool:
    """A library a wheel vendored (``pillow.libs/``, ``pikepdf.libs/`` …): linked by name, so
    it can go when no kept extension links it."""
    return any(part.endswith(".libs") for part in _posix(dest).parts[:-1])


def _imports(source: str) -> set[str]:
    from PyInstaller.depend import bindepend

    try:
        return {Path(name).name for name, _ in bindepend.get_imports(source)}
    except Exception:  # an unreadable file keeps whatever it might need
        return set()


def slim_binaries(binaries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop unwanted Qt plugins, then every Qt library (and every system library) that no
    kept binary links any more: what only the dropped plugins and modules needed."""
    entries = [e for e in binaries if plugin_wanted(e[0]) is not False]
    by_name = {_posix(dest).name: (dest, source, kind) for dest, source, kind in entries}
    prunable = {name for name, (dest, source, _) in by_name.items()
                if _is_qt_library(dest) or source.startswith(("/usr/", "/lib"))
                or _in_wheel_libs(dest)}
    reached: set[str] = set()
    queue = [name for name in by_name if name not in prunable]
    while queue:
        name = queue.pop()
        if name in reached:
            continue
        reached.add(name)
        queue.extend(n for n in _imports(by_name[name][1]) if n in by_name and n not in reached)
    return [e for e in entries if _posix(e[0]).name in reached]


def slim_datas(datas: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [e for e in datas if data_wanted(e[0])]


# Vendored library folders left unstripped: stripping OpenBLAS (and its gfortran runtime) in
# numpy's wheel breaks it. Other wheels' libraries (Pillow's, pikepdf's) strip cleanly.
UNSTRIPPED_FOLDERS = ("numpy.libs",)


def strip_outside_libs(folder: Path) -> int:
    """``strip --strip-unneeded`` every ELF library and extension except in the folders of
    UNSTRIPPED_FOLDERS (Linux only). Returns the bytes saved."""
    if not sys.platform.startswith("linux"):
        return 0
    saved = 0
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part in UNSTRIPPED_FOLDERS for part in path.relative_to(folder).parts):
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        before = path.stat().st_size
        result = subprocess.run(["strip", "--strip-unneeded", str(path)],  # noqa: S603, S607
                                capture_output=True, check=False)
        if result.returncode == 0:
            saved += before - path.stat().st_size
    return saved


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def slimming_enabled() -> bool:
    return os.environ.get("CASEAPP_PACKAGE_NO_SLIM", "") != "1"
