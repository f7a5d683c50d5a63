"""Licence files shipped in the package: every runtime dependency's own licence files (found
through its installed metadata, so a new dependency is covered without editing this file), a
THIRD-PARTY-NOTICES.txt naming what is bundled inside the wheels, and the Windows version
resource. Used by caseapp.spec at build time."""

from __future__ import annotations

import re
import shutil
from importlib import metadata
from pathlib import Path

LICENCE_NAME = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)

LICENCE_TEXTS = Path(__file__).resolve().parent / "licenses"
LICENCE_TEXTS_FOR = {"PySide6_Essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
                     "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt")}

# What the wheels carry inside them that their own licence files do not name.
BUNDLED_INSIDE = """\
Components bundled inside the Python wheels
-------------------------------------------
sqlcipher3: SQLCipher (BSD-style licence, Zetetic LLC) and OpenSSL 3 (Apache-2.0) are linked
  statically into sqlcipher3/_sqlite3; the wheel's own licence (pysqlite, zlib-style) is in
  licenses/sqlcipher3/.
PySide6-Essentials / shiboken6: Qt 6 and Qt for Python under the GNU LGPL v3. The Qt libraries
  are shipped as separate shared libraries in this folder and can be replaced by the user.
  Source: https://download.qt.io/official_releases/QtForPython/ and https://code.qt.io/.
  ICU (Unicode licence) is shipped with Qt.
numpy: OpenBLAS (BSD-3-Clause) and libgfortran (GPL-3.0 with the GCC runtime exception),
  see licenses/numpy/.
pillow, pikepdf: libjpeg-turbo, libpng, libtiff, libwebp, zlib, freetype, lcms2, openjpeg,
  qpdf and others under their own permissive licences, see licenses/pillow/ and
  licenses/pikepdf/.
cryptography: Rust crates and OpenSSL (Apache-2.0), see licenses/cryptography/.
Python: PSF licence.
NanumGothic font: SIL Open Font License 1.1, see resources/fonts/OFL-NanumGothic.txt.
"""


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
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        queue.extend(n for n in map(_requirement_name, dist.requires or []) if n)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def bundle_entries(folder: Path) -> list[tuple[str, str]]:
    """Copy licence files under ``folder`` and return PyInstaller ``datas`` entries that put
    them in ``licenses/<distribution>/`` plus ``THIRD-PARTY-NOTICES.txt`` at the top."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    lines = ["CaseApp third-party notices", "=" * 27, "",
             "Python distributions in this package (licence files in licenses/<name>/):", ""]
    entries: list[tuple[str, str]] = []
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        if name.lower() == "caseapp":
            continue
        licence = (dist.metadata.get("License-Expression") or dist.metadata.get("License")
                   or "see files").splitlines()[0][:80]
        lines.append(f"  {name} {dist.version}: {licence}")
        for file in dist.files or []:
            text = str(file)
            if ".dist-info/" not in text or not LICENCE_NAME.search(text):
                continue
            source = Path(str(file.locate()))
            if not source.is_file():
                continue
            target = folder / name / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            entries.append((str(target), f"licenses/{name}"))
        if name in LICENCE_TEXTS_FOR:  # wheels that name their licence but ship no text
            for text_name in LICENCE_TEXTS_FOR[name]:
                target = folder / name / text_name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(LICENCE_TEXTS / text_name, target)
                entries.append((str(target), f"licenses/{name}"))
    lines += ["", BUNDLED_INSIDE]
    notices = folder / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("\n".join(lines), encoding="utf-8")
    entries.append((str(notices), "."))
    return entries


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
