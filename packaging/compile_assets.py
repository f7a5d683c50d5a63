"""What ``make forms translations`` does, for build machines without make (the Windows and
macOS workflow runners): compile every ``ui/*.ui`` into ``caseapp/gui/forms/ui_*.py`` and
every ``resources/translations/*.ts`` into its ``.qm``, with the tools PySide6 installs.

    python packaging/compile_assets.py"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (``.venv/bin`` or ``.venv\\Scripts``)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project first (pip install -e .)")
    return found


def main() -> int:
    uic, lrelease = tool("pyside6-uic"), tool("pyside6-lrelease")
    forms = ROOT / "caseapp" / "gui" / "forms"
    forms.mkdir(parents=True, exist_ok=True)
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        subprocess.run([uic, "--from-imports", str(ui), "-o",  # noqa: S603
                        str(forms / f"ui_{ui.stem}.py")], check=True)
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm",  # noqa: S603
                        str(ts.with_suffix(".qm"))], check=True)
    print("forms and translations compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
