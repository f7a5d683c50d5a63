"""Entry script of the frozen app. One program, two names: started as ``caseapp-admin``
(a symlink on Linux and macOS, a console twin of the executable on Windows) it runs the admin
command line; otherwise the desktop app, with the same arguments as the installed one."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def entry(argv: list[str]) -> int:
    if Path(argv[0]).stem.lower() == "caseapp-admin":
        from caseapp.cli import main as admin_main

        return admin_main(argv[1:])
    from caseapp.__main__ import main

    return main(argv[1:])


if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(entry(sys.argv))
