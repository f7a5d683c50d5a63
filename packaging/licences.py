"""Licence files shipped in the package, generated at build time from what is installed:

- ``licenses/<distribution>/``: every runtime dependency's own licence files, found through
  its installed metadata (so a new dependency is covered without editing this file), with
  their sub-folders kept (numpy and pikepdf ship one file per bundled library), plus the
  texts a wheel only names (Qt's LGPL and relinking notice, SQLCipher, OpenSSL, ICU);
- ``licenses/Python/``, ``licenses/fonts/``: the interpreter's licence (with the notices of
  what CPython bundles) and the Korean font's OFL;
- ``licenses/system/<package>.txt``: for each system library PyInstaller copied in (Linux),
  the Debian copyright file of the package that installed it;
- ``licenses/NATIVE-LIBRARIES.txt``: every shared library in the folder and the licence that
  covers it, written after the analysis so it names exactly what is shipped;
- ``THIRD-PARTY-NOTICES.txt`` at the top, and the Windows version resource.

Used by caseapp.spec; checked against the built folder by tests/packaging."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path, PurePosixPath

LICENCE_NAME = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
ROOT = Path(__file__).resolve().parent.parent
LICENCE_TEXTS = Path(__file__).resolve().parent / "licenses"
QT_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt", "Qt-LGPL-NOTICE.txt")
# Texts a wheel names (or links in statically) without shipping them.
LICENCE_TEXTS_FOR = {
    "pyside6-essentials": (*QT_TEXTS, "ICU.txt"),
    "shiboken6": QT_TEXTS,
    "sqlcipher3": ("SQLCipher.txt", "OpenSSL-Apache-2.0.txt"),
    "cryptography": ("OpenSSL-Apache-2.0.txt",),
    "av": ("FFmpeg-NOTICE.txt", "LGPL-3.0.txt", "LGPL-2.1.txt", "GPL-2.0.txt"),
}
NATIVE_LIST = "NATIVE-LIBRARIES.txt"
NATIVE_SUFFIX = re.compile(r"\.(so(\.[0-9.]+)?|dll|dylib|pyd)$", re.IGNORECASE)

BUNDLED_INSIDE = """\
What the Python wheels carry inside them
----------------------------------------
sqlcipher3: SQLCipher (BSD-style, Zetetic LLC; licenses/sqlcipher3/SQLCipher.txt) and
  OpenSSL 3 (Apache-2.0; licenses/sqlcipher3/OpenSSL-Apache-2.0.txt) are linked statically
  into sqlcipher3/_sqlite3; the wheel's own licence (pysqlite, zlib-style) is beside them.
PySide6-Essentials / shiboken6: Qt 6 and Qt for Python under the GNU LGPL v3. The Qt
  libraries are separate shared libraries in this folder and can be replaced by the user:
  licenses/PySide6_Essentials/Qt-LGPL-NOTICE.txt says how, and where the source is. ICU
  (Unicode licence, licenses/PySide6_Essentials/ICU.txt) is shipped with Qt.
numpy: OpenBLAS (BSD-3-Clause) and libgfortran/libquadmath (GPL-3.0 with the GCC runtime
  library exception) when the numpy build links them: licenses/numpy/LICENSE.txt.
pillow: libjpeg-turbo, libpng, libtiff, libwebp, zlib, freetype, lcms2, openjpeg, harfbuzz,
  brotli, libxcb and others under their own permissive licences: licenses/pillow/LICENSE.
pikepdf: qpdf (Apache-2.0), libjpeg-turbo, zlib, OpenSSL: licenses/pikepdf/.
av (PyAV, BSD-3-Clause): FFmpeg under the GNU LGPL v3 as separate shared libraries, with the
  codec libraries it links (x264/x265 under the GNU GPL v2+, others LGPL/BSD/MIT/Apache):
  licenses/av/FFmpeg-NOTICE.txt lists each.
cryptography: Rust crates and OpenSSL (Apache-2.0): licenses/cryptography/.
reportlab: BSD-style: licenses/reportlab/.
Python: the PSF licence and the licences of what CPython bundles: licenses/Python/.
NanumGothic and NanumGothicCoding (hashes) fonts: SIL Open Font License 1.1:
licenses/fonts/OFL-NanumGothic.txt.
Every shared library in this folder and the licence covering it: licenses/NATIVE-LIBRARIES.txt.
"""


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(spec: str) -> str | None:
    if ";" in spec:
        marker = spec.split(";", 1)[1]
        if "extra" in marker:
            return None
    match = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
    return match.group(1) if match else None


def runtime_distributions(root: str = "caseapp") -> list[metadata.Distribution]:
    """``root`` and everything it needs at run time (extras left out)."""
    seen: dict[str, metadata.Distribution] = {}
    queue = [root]
    while queue:
        name = queue.pop()
        key = _key(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        queue.extend(n for n in map(_requirement_name, dist.requires or []) if n)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def folder_name(dist: metadata.Distribution) -> str:
    """The ``licenses/`` sub-folder of a distribution (its project name, as the wheel's
    dist-info spells it: PySide6_Essentials, sqlcipher3, pillow …)."""
    for file in dist.files or []:
        top = str(file).split("/", 1)[0]
        if top.endswith(".dist-info"):
            name = top[: -len(".dist-info")].rsplit("-", 1)[0]
            return "PySide6_Essentials" if _key(name) == "pyside6-essentials" else name
    return dist.metadata["Name"]


def licence_files(dist: metadata.Distribution) -> list[tuple[Path, str]]:
    """The distribution's licence files and where each goes under its folder (sub-folders
    kept, so numpy's one LICENSE.md per vendored library do not overwrite each other)."""
    found = []
    for file in dist.files or []:
        text = str(file)
        if ".dist-info/" not in text or not LICENCE_NAME.search(text):
            continue
        source = Path(str(file.locate()))
        if not source.is_file():
            continue
        relative = text.split(".dist-info/", 1)[1].removeprefix("licenses/")
        found.append((source, relative))
    return found


def python_licence() -> Path | None:
    """CPython's LICENSE.txt (the PSF licence and what the interpreter bundles)."""
    candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt",
                  Path(sys.base_prefix) / "share" / "doc" / "python3" / "copyright"]
    return next((path for path in candidates if path.is_file()), None)


def _copy(source: Path, target: Path, dest: str, entries: list[tuple[str, str]]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    entries.append((str(target), dest))


def bundle_entries(folder: Path) -> list[tuple[str, str]]:
    """Copy licence files under ``folder`` and return PyInstaller ``datas`` entries that put
    them in ``licenses/<distribution>/`` plus ``THIRD-PARTY-NOTICES.txt`` at the top."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    lines = ["CaseApp third-party notices", "=" * 27, "",
             "CaseApp is built from the following software. Each one's licence is in",
             "licenses/<name>/ next to this file.", "",
             "Python distributions in this package:", ""]
    entries: list[tuple[str, str]] = []
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        if _key(name) == "caseapp":
            continue
        where = folder_name(dist)
        licence = (dist.metadata.get("License-Expression") or dist.metadata.get("License")
                   or "see files").splitlines()[0][:80]
        lines.append(f"  {name} {dist.version}: {licence} (licenses/{where}/)")
        for source, relative in licence_files(dist):
            target = folder / where / relative
            _copy(source, target, str(PurePosixPath("licenses", where, relative).parent),
                  entries)
        for text_name in LICENCE_TEXTS_FOR.get(_key(name), ()):
            _copy(LICENCE_TEXTS / text_name, folder / where / text_name, f"licenses/{where}",
                  entries)
    python = python_licence()
    lines += ["", f"Python {sys.version.split()[0]}: PSF-2.0 (licenses/Python/)"]
    if python is not None:
        _copy(python, folder / "Python" / "LICENSE.txt", "licenses/Python", entries)
    for font_licence in sorted((ROOT / "resources" / "fonts").glob("OFL*.txt")):
        _copy(font_licence, folder / "fonts" / font_licence.name, "licenses/fonts", entries)
    lines += ["", BUNDLED_INSIDE]
    notices = folder / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("\n".join(lines), encoding="utf-8")
    entries.append((str(notices), "."))
    return entries


# --- native libraries, after the analysis ---------------------------------------------------

def _debian_package(source: str) -> str | None:
    if not shutil.which("dpkg-query"):
        return None
    for path in dict.fromkeys((source, str(Path(source).resolve()))):
        result = subprocess.run(["dpkg-query", "-S", path], capture_output=True,  # noqa: S603, S607
                                text=True, check=False)
        if result.returncode == 0 and ":" in result.stdout:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def _distribution_of_top(top: str) -> metadata.Distribution | None:
    names = metadata.packages_distributions().get(top) or []
    if not names and top.endswith(".libs"):
        names = [top[: -len(".libs")]]
    for name in names:
        try:
            return metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def native_owner(dest: str, source: str) -> tuple[str, str, list[tuple[Path, str]]]:
    """Who made a shared library in the bundle: (component, licence path in the bundle,
    files to copy for it). The licence path is empty when nothing covers it."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    name = parts[-1].lower()
    top = parts[0] if len(parts) > 1 else ""
    if top in ("PySide6", "shiboken6"):
        if name.startswith(("libicu", "icu")):
            return "ICU (shipped with Qt)", "licenses/PySide6_Essentials/ICU.txt", []
        return ("Qt 6 / Qt for Python (LGPL-3.0)",
                "licenses/PySide6_Essentials/Qt-LGPL-NOTICE.txt", [])
    if top == "sqlcipher3":
        return "SQLCipher + OpenSSL (sqlcipher3)", "licenses/sqlcipher3/SQLCipher.txt", []
    # PyAV's vendored FFmpeg: av.libs/ (auditwheel, delvewheel) or av/.dylibs/ (delocate)
    if top == "av.libs" or (top == "av" and ".dylibs" in parts):
        if name.startswith(("libx264", "libx265")):
            return "x264/x265 via PyAV (GPL-2.0-or-later)", "licenses/av/GPL-2.0.txt", []
        return ("FFmpeg (LGPL-3.0) and codec libraries via PyAV",
                "licenses/av/FFmpeg-NOTICE.txt", [])
    if top.startswith("python3") or name.startswith(("libpython", "python3")) or (
            Path(source).is_relative_to(Path(sys.base_prefix).resolve())
            and not Path(source).is_relative_to(Path(sys.prefix).resolve())
            and not source.startswith(("/usr/", "/lib"))):
        return "Python (PSF-2.0)", "licenses/Python/LICENSE.txt", []
    module = top or parts[0].split(".", 1)[0]
    dist = _distribution_of_top(module)
    if dist is not None:
        where = folder_name(dist)
        files = licence_files(dist)
        first = files[0][1] if files else ""
        return (f"{dist.metadata['Name']} {dist.version}",
                f"licenses/{where}/{first}" if first else "", [])
    package = _debian_package(source) if source.startswith(("/usr/", "/lib")) else None
    if package:
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            return (f"system library from Debian package {package}",
                    f"licenses/system/{package}.txt",
                    [(copyright_file, f"system/{package}.txt")])
    return f"unknown origin ({source})", "", []


def native_entries(binaries: list[tuple[str, str, str]],
                   folder: Path) -> list[tuple[str, str, str]]:
    """Write ``licenses/NATIVE-LIBRARIES.txt`` (and copy system libraries' copyright files)
    for the binaries PyInstaller will ship; returns TOC entries for ``a.datas``."""
    rows = []
    toc: list[tuple[str, str, str]] = []
    copied: set[str] = set()
    for dest, source, _kind in sorted(binaries):
        if not NATIVE_SUFFIX.search(dest):
            continue
        component, licence, copies = native_owner(dest, source)
        for origin, relative in copies:
            if relative not in copied:
                copied.add(relative)
                target = folder / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(origin, target)
                toc.append((f"licenses/{relative}", str(target), "DATA"))
        rows.append(f"{dest.replace(chr(92), '/')}\t{component}\t{licence or 'NONE'}")
    listing = folder / NATIVE_LIST
    listing.write_text("# shared library\tcomponent\tlicence in this folder\n"
                       + "\n".join(rows) + "\n", encoding="utf-8")
    toc.append((f"licenses/{NATIVE_LIST}", str(listing), "DATA"))
    return toc


def windows_version_file(path: Path, version: str) -> str:
    """A VERSIONINFO resource so Explorer's Properties and the installer show the version."""
    parts = [int(p) for p in re.findall(r"\d+", version)[:4]]
    parts += [0] * (4 - len(parts))
    numbers = ", ".join(map(str, parts))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers}), mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'CaseApp'),
      StringStruct('FileDescription', 'CaseApp case manager'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'caseapp'),
      StringStruct('OriginalFilename', 'caseapp.exe'),
      StringStruct('ProductName', 'CaseApp'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200, 1042, 1200])])
  ]
)
""", encoding="utf-8")
    return str(path)
