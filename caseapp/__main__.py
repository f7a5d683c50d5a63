"""``caseapp``: the desktop app. Heavy imports happen inside main() so ``--help`` is fast."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from caseapp.gui.app import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
