"""What each dependency costs in the one-folder build: every file (and every module inside the
executable's PYZ archive) attributed to the distribution or component it comes from, for
CaseApp and for the bare PySide6 window built the same way, so the difference is what each
dependency adds on top of Qt itself.

    python packaging/size_report.py [dist/CaseApp] [dist/bare-window]"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from importlib import metadata
from pathlib import Path, PurePosixPath

MiB = 2**20
PYTHON = "Python runtime"
SYSTEM = "system libraries"


def _owners() -> dict[str, str]:
    return {top: names[0] for top, names in metadata.packages_distributions().items()}


def owner_of(relative: str, owners: dict[str, str]) -> str:
    parts = PurePosixPath(relative).parts
    top = parts[0]
    if top in ("PySide6", "shiboken6"):
        if "icu" in parts[-1].lower():
            return "Qt: ICU"
        if (len(parts) > 3 and parts[-3] == "plugins") or "plugins" in parts:
            return "Qt: plugins"
        return "Qt (PySide6)"
    if top.endswith(".libs"):
        return owners.get(top[: -len(".libs")], top[: -len(".libs")]) + " (native libs)"
    if top in ("resources", "ui"):
        return "CaseApp resources (fonts, translations, forms)"
    if top in ("licenses", "THIRD-PARTY-NOTICES.txt"):
        return "licence texts"
    if top.startswith("python3") or top.startswith("libpython") or top == "base_library.zip":
        return PYTHON
    if top.endswith(".dist-info"):
        return "package metadata"
    module = top.split(".", 1)[0]
    if module in owners:
        return owners[module]
    if len(parts) == 1 and ".so" in top:
        return SYSTEM
    return "other"


def archive_sizes(executable: Path, owners: dict[str, str]) -> Counter[str]:
    """Compressed size of each module in the executable's PYZ, by owner."""
    from PyInstaller.archive.readers import CArchiveReader

    sizes: Counter[str] = Counter()
    archive = CArchiveReader(str(executable))
    name = next((n for n in archive.toc if n.endswith(".pyz")), None)
    if name is None:
        return sizes
    pyz = archive.open_embedded_archive(name)
    for module, (_kind, _offset, length) in pyz.toc.items():
        top = module.split(".", 1)[0]
        owner = owners.get(top, "caseapp" if top == "caseapp" else PYTHON)
        sizes[f"{owner} (Python code)" if owner != PYTHON else PYTHON] += length
    return sizes


def attribute(folder: Path) -> Counter[str]:
    owners = _owners()
    internal = folder / "_internal" if (folder / "_internal").is_dir() else folder
    sizes: Counter[str] = Counter()
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[owner_of(str(path.relative_to(internal)).replace("\\", "/"), owners)] += \
                path.stat().st_size
    for path in folder.iterdir():
        if path.is_file() and not path.is_symlink():
            modules = archive_sizes(path, owners) if _is_pyinstaller(path) else Counter()
            sizes.update(modules)
            sizes["executable (bootloader)"] += path.stat().st_size - sum(modules.values())
    return sizes


def _is_pyinstaller(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(4)
    return head in (b"\x7fELF", b"MZ\x90\x00") or head[:2] == b"MZ" or head[:4] in (
        b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")


def compare(app: Path, bare: Path | None) -> list[tuple[str, float, float]]:
    """(owner, MiB in CaseApp, MiB in the bare window), biggest addition first."""
    mine = attribute(app)
    base = attribute(bare) if bare is not None and bare.exists() else Counter()
    rows = [(name, mine[name] / MiB, base[name] / MiB) for name in set(mine) | set(base)]
    return sorted(rows, key=lambda r: r[1] - r[2], reverse=True)


def print_table(rows: list[tuple[str, float, float]],
                say: Callable[[str], None] = print) -> None:
    say(f"   {'component':<52} {'CaseApp':>8} {'bare':>8} {'added':>8}  (MiB)")
    for name, mine, base in rows:
        if mine - base >= 0.05 or mine >= 1:
            say(f"   {name[:52]:<52} {mine:8.1f} {base:8.1f} {mine - base:8.1f}")
    total_mine = sum(r[1] for r in rows)
    total_base = sum(r[2] for r in rows)
    say(f"   {'total':<52} {total_mine:8.1f} {total_base:8.1f} {total_mine - total_base:8.1f}")


def main(argv: list[str]) -> int:
    app = Path(argv[0]) if argv else Path("dist/CaseApp")
    bare = Path(argv[1]) if len(argv) > 1 else app.parent / "bare-window"
    print_table(compare(app, bare))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
