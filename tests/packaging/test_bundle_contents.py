"""What the one-folder build keeps and drops. The rules are checked here on their own (fast,
in every test run); the built folder itself is checked when packaging/ci.sh points
CASEAPP_FROZEN_APP at it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.selftest_runner import FROZEN_APP, ROOT


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


slimming = _load("slimming")
licences = _load("licences")

QT = "PySide6/Qt/plugins/"
KOREAN_USERS_NEED = [
    QT + "platforms/libqxcb.so", QT + "platforms/libqwayland.so",
    QT + "platforms/libqoffscreen.so",
    QT + "platforminputcontexts/libibusplatforminputcontextplugin.so",
    QT + "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    QT + "imageformats/libqjpeg.so", QT + "wayland-shell-integration/libxdg-shell.so",
    "PySide6\\Qt\\plugins\\platforms\\qwindows.dll",
]
NOT_NEEDED = [
    QT + "platforms/libqeglfs.so", QT + "platforms/libqvnc.so", QT + "sqldrivers/libqsqlite.so",
    QT + "platforminputcontexts/libqtvirtualkeyboardplugin.so", QT + "tls/libqopensslbackend.so",
    QT + "qmltooling/libqmldbg_tcp.so", QT + "imageformats/libqpdf.so",
]


@pytest.mark.parametrize("dest", KOREAN_USERS_NEED)
def test_plugins_korean_users_need_are_kept(dest: str):
    assert slimming.plugin_wanted(dest) is True


# Where each system's PySide6 wheel puts its plugins, as PyInstaller names the destination.
PLUGIN_FOLDER = {"linux": "PySide6/Qt/plugins/", "darwin": "PySide6/Qt/plugins/",
                 "win32": "PySide6\\plugins\\"}


@pytest.mark.parametrize("system", sorted(PLUGIN_FOLDER))
def test_every_plugin_the_self_test_needs_is_kept_on_every_system(system: str):
    """Korean input (ibus/compose on Linux; the platform plugin itself on Windows and macOS,
    whose IMEs talk to it directly), every display platform and JPEG survive the slimming
    on each system the workflows build for."""
    from caseapp.display_plugins import ALWAYS, PLATFORMS

    folder = PLUGIN_FOLDER[system]
    wanted = {*ALWAYS[system], *PLATFORMS[system].values()}
    dropped = [p for p in sorted(wanted)
               if slimming.plugin_wanted(folder + p.replace("/", folder[-1])) is not True]
    assert dropped == []


@pytest.mark.parametrize("dest", NOT_NEEDED)
def test_plugins_for_other_kinds_of_app_are_dropped(dest: str):
    assert slimming.plugin_wanted(dest) is False


def test_only_korean_qt_translations_and_babel_locales_are_kept():
    assert slimming.data_wanted("PySide6/Qt/translations/qtbase_ko.qm")
    assert slimming.data_wanted("PySide6/Qt/translations/qt_ko.qm")
    assert not slimming.data_wanted("PySide6/Qt/translations/qtbase_de.qm")
    assert not slimming.data_wanted("PySide6/Qt/translations/designer_ko.qm")
    for kept in ("root.dat", "ko.dat", "ko_KR.dat", "en.dat", "en_US.dat", "en_001.dat"):
        assert slimming.data_wanted(f"babel/locale-data/{kept}"), kept
    assert not slimming.data_wanted("babel/locale-data/de_DE.dat")
    assert slimming.data_wanted("babel/global.dat")
    assert slimming.data_wanted("resources/fonts/NanumGothic.ttf")


def test_plaintext_keyrings_and_network_stacks_are_excluded():
    excluded = set(slimming.EXCLUDED_MODULES)
    assert {"keyrings", "keyrings.alt", "ssl", "PySide6.QtNetwork"} <= excluded
    assert not excluded & {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
                           "PySide6.QtDBus", "numpy", "keyring", "secretstorage"}


def test_stripping_leaves_libs_folders_alone(tmp_path: Path):
    if not sys.platform.startswith("linux"):
        pytest.skip("stripping is done on Linux builds only")
    built = Path(importlib.util.find_spec("sqlcipher3._sqlite3").origin)  # type: ignore[union-attr]
    outside = tmp_path / "sqlcipher3" / built.name
    inside = tmp_path / "numpy.libs" / "libopenblas.so"
    for target in (outside, inside):
        target.parent.mkdir(parents=True)
        target.write_bytes(built.read_bytes())

    saved = slimming.strip_outside_libs(tmp_path)

    assert saved > 0
    assert outside.stat().st_size < built.stat().st_size
    assert inside.read_bytes() == built.read_bytes()


def test_licences_cover_every_runtime_dependency_and_no_test_tool(tmp_path: Path):
    entries = licences.bundle_entries(tmp_path)
    names = {Path(dest).name for _, dest in entries if dest.startswith("licenses/")}
    assert {"sqlcipher3", "PySide6_Essentials", "shiboken6", "keyring", "cryptography",
            "numpy"} <= names
    assert not names & {"pytest", "hypothesis", "pyinstaller", "ruff"}
    assert (tmp_path / "sqlcipher3" / "LICENSE").read_text().startswith("Copyright")
    assert "LESSER GENERAL PUBLIC" in (tmp_path / "PySide6_Essentials" / "LGPL-3.0.txt").read_text()
    notices = (tmp_path / "THIRD-PARTY-NOTICES.txt").read_text()
    assert "SQLCipher" in notices and "OpenSSL" in notices and "LGPL" in notices


@pytest.mark.skipif(not FROZEN_APP, reason="set by packaging/ci.sh after the build")
def test_the_built_folder_ships_what_korean_users_and_auditors_need():
    internal = Path(FROZEN_APP).parent / "_internal"
    expected = [
        "licenses/sqlcipher3/LICENSE", "THIRD-PARTY-NOTICES.txt",
        "resources/fonts/NanumGothic.ttf", "resources/fonts/OFL-NanumGothic.txt",
        "resources/locale/ko", "resources/icons/caseapp-256.png",
        "PySide6/Qt/translations/qtbase_ko.qm",
        *(dest for dest in KOREAN_USERS_NEED if "/" in dest),
    ]
    missing = [name for name in expected if not (internal / name).exists()]
    assert missing == []
    assert not (internal / "keyrings").exists()
    assert not any((internal / "PySide6" / "Qt" / "lib").glob("libQt6Qml*"))
    assert list((internal / "caseapp" / "store" / "migrations" / "cases").glob("0001_*.sql"))


def test_admin_command_line_ships_with_the_version_of_the_package(tmp_path: Path):
    """caseapp-admin is the same program under a second name (frozen) and reports the version
    from the package metadata, which the build must carry."""
    import subprocess
    from importlib import metadata

    if FROZEN_APP:
        command = [str(Path(FROZEN_APP).parent / "caseapp-admin")]
    else:
        command = [sys.executable, "-m", "caseapp.cli"]
    result = subprocess.run([*command, "--version"], capture_output=True, text=True,
                            timeout=60, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"caseapp {metadata.version('caseapp')}"
