"""Every piece of the package ships its licence: the texts are generated from the installed
distributions' metadata (fast check, every run), and the built folder is checked against
its own contents when packaging/ci.sh points CASEAPP_FROZEN_APP at it: each shared library
is listed with a licence that is in the folder, and each Python package inside the
executable's archive has its distribution's licence beside it."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from tests.packaging.selftest_runner import FROZEN_APP
from tests.packaging.test_bundle_contents import licences

TEST_TOOLS = {"pytest", "hypothesis", "pyinstaller", "ruff", "mypy", "check-jsonschema"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, list[tuple[str, str]]]:
    folder = tmp_path_factory.mktemp("licences")
    return folder, licences.bundle_entries(folder)


def test_every_runtime_distribution_ships_its_own_licence_text(generated):
    folder, _entries = generated
    missing = []
    for dist in licences.runtime_distributions():
        if dist.metadata["Name"].lower() == "caseapp":
            continue
        texts = [p for p in (folder / licences.folder_name(dist)).rglob("*") if p.is_file()]
        if not texts or not any(p.stat().st_size > 200 for p in texts):
            missing.append(dist.metadata["Name"])
    assert missing == []


def test_no_test_or_build_tool_is_listed(generated):
    folder, _entries = generated
    names = {p.name.lower() for p in folder.iterdir()}
    assert not names & TEST_TOOLS


def test_vendored_licences_are_nested_not_overwritten(generated):
    """numpy ships one LICENSE.md per vendored library in sub-folders; each must survive."""
    folder, _entries = generated
    numpy = metadata.distribution("numpy")
    expected = {relative for _source, relative in licences.licence_files(numpy)}
    shipped = {str(p.relative_to(folder / "numpy")) for p in (folder / "numpy").rglob("*")
               if p.is_file()}
    assert expected <= shipped
    assert len(expected) > 3


def test_texts_the_wheels_only_name_are_added(generated):
    folder, _entries = generated
    qt = (folder / "PySide6_Essentials" / "Qt-LGPL-NOTICE.txt").read_text(encoding="utf-8")
    assert "Replacing or relinking the Qt libraries" in qt
    assert "LESSER GENERAL PUBLIC" in (folder / "PySide6_Essentials" / "LGPL-3.0.txt").read_text()
    assert "ZETETIC LLC" in (folder / "sqlcipher3" / "SQLCipher.txt").read_text()
    assert "Apache License" in (folder / "sqlcipher3" / "OpenSSL-Apache-2.0.txt").read_text()
    assert "Unicode" in (folder / "PySide6_Essentials" / "ICU.txt").read_text()
    assert "SIL OPEN FONT LICENSE" in (folder / "fonts" / "OFL-NanumGothic.txt").read_text().upper()
    assert "PYTHON SOFTWARE FOUNDATION" in (folder / "Python" / "LICENSE.txt").read_text().upper()
    notices = (folder / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for name in ("SQLCipher", "OpenSSL", "LGPL", "OpenBLAS", "qpdf", "NanumGothic", "FFmpeg"):
        assert name in notices
    ffmpeg = (folder / "av" / "FFmpeg-NOTICE.txt").read_text(encoding="utf-8")
    assert "x264, x265" in ffmpeg and "--enable-version3" in ffmpeg
    assert "GNU GENERAL PUBLIC LICENSE" in (folder / "av" / "GPL-2.0.txt").read_text()


def test_openblas_is_covered_when_numpy_bundles_it(generated):
    folder, _entries = generated
    spec = importlib.util.find_spec("numpy")
    assert spec and spec.origin
    libs = Path(spec.origin).parent.parent / "numpy.libs"
    if not any(libs.glob("*openblas*")):
        pytest.skip("this numpy is built without OpenBLAS")
    assert "OpenBLAS" in (folder / "numpy" / "LICENSE.txt").read_text(encoding="utf-8")


# --- the built folder ------------------------------------------------------------------------

frozen = pytest.mark.skipif(not FROZEN_APP, reason="set by packaging/ci.sh after the build")


def _internal() -> Path:
    app = Path(FROZEN_APP).parent
    return app / "_internal" if (app / "_internal").is_dir() else app


@frozen
def test_every_shared_library_in_the_folder_has_its_licence_beside_it():
    internal = _internal()
    listed = {}
    for line in (internal / "licenses" / licences.NATIVE_LIST).read_text(
            encoding="utf-8").splitlines()[1:]:
        dest, component, licence = line.split("\t")
        listed[dest] = (component, licence)
    shipped = sorted(str(p.relative_to(internal)).replace("\\", "/")
                     for p in internal.rglob("*")
                     if p.is_file() and not p.is_symlink()
                     and licences.NATIVE_SUFFIX.search(p.name))
    unlisted = [name for name in shipped if name not in listed]
    uncovered = [f"{name}: {listed[name][0]}" for name in shipped if name in listed
                 and (listed[name][1] == "NONE" or not (internal / listed[name][1]).is_file())]
    assert unlisted == []
    assert uncovered == []
    assert len(shipped) > 50


@frozen
def test_every_python_package_in_the_archive_has_its_distribution_licence():
    viewer = shutil.which("pyi-archive_viewer") or str(Path(sys.executable).parent
                                                       / "pyi-archive_viewer")
    result = subprocess.run([viewer, "-r", "-b", FROZEN_APP], capture_output=True, text=True,
                            check=True, timeout=120)
    modules = result.stdout.split("(PYZ):", 1)[1].split()
    tops = {name.split(".", 1)[0] for name in modules}
    owners = metadata.packages_distributions()
    internal = _internal()
    missing = []
    for top in sorted(tops):
        for dist_name in owners.get(top, []):
            if dist_name.lower() == "caseapp":
                continue
            dist = metadata.distribution(dist_name)
            folder = internal / "licenses" / licences.folder_name(dist)
            if not any(folder.rglob("*")):
                missing.append(f"{top} ({dist_name})")
    assert missing == []
    assert {"PIL", "numpy", "reportlab", "pikepdf", "keyring"} <= tops
