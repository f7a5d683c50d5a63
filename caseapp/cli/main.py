"""Argument parsing and the error-to-exit-code mapping for ``caseapp-admin``."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from caseapp import __version__
from caseapp.cli.common import PROBLEM, USAGE
from caseapp.errors import CaseAppError
from caseapp.i18n import _, set_language
from caseapp.paths import default_data_dir

log = logging.getLogger(__name__)

# Each module adds its sub-commands with ``register(subparsers)``.
COMMAND_MODULES = (
    "caseapp.cli.vault_commands",
    "caseapp.cli.case_commands",
    "caseapp.cli.evidence_commands",
    "caseapp.cli.hashlist_commands",
    "caseapp.cli.takedown_commands",
    "caseapp.cli.report_commands",
    "caseapp.cli.backup_commands",
    "caseapp.cli.retention_commands",
    "caseapp.cli.organisation_commands",
    "caseapp.cli.store_key_commands",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line on stderr, exit 2
        self.exit(USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="caseapp-admin",
                     description=_("CaseApp administration: store, backups, imports, reports."))
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument("--data-dir", default=None,
                        help=_("data directory (default: $CASEAPP_DATA_DIR or the user data "
                               "folder)"))
    parser.add_argument("--lang", choices=("ko", "en"), default=None,
                        help=_("language of messages and documents"))
    parser.add_argument("--actor", default=None,
                        help=_("counsellor profile named in the audit log (default: admin)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("CASEAPP_LOG_LEVEL", "WARNING"),
                        format="%(levelname)s %(name)s: %(message)s")
    lang_early = None
    args_list = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in args_list:
        idx = args_list.index("--lang")
        if idx + 1 < len(args_list) and args_list[idx + 1] in ("ko", "en"):
            lang_early = args_list[idx + 1]
    set_language(lang_early)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    args.data_dir = args.data_dir or str(default_data_dir())
    args.actor = args.actor or "admin"
    try:
        from caseapp.cli.common import resolve_text_files

        resolve_text_files(args)
        return int(args.func(args) or 0)
    except CaseAppError as exc:
        sys.stderr.write(f"caseapp-admin: {exc.message()}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write(f"caseapp-admin: {_('Interrupted. Nothing more was written.')}\n")
        return PROBLEM
    except BrokenPipeError:
        return PROBLEM
    except Exception:
        # Exception text can quote stored values, so only its type is shown by default;
        # CASEAPP_LOG_LEVEL=DEBUG shows the traceback for a developer.
        log.debug("unexpected failure", exc_info=True)
        log.error("unexpected failure: %s", type(sys.exc_info()[1]).__name__)
        sys.stderr.write("caseapp-admin: " + _(
            "Something went wrong. Nothing more was written; run 'caseapp-admin verify' and "
            "report the problem with the log above.") + "\n")
        return PROBLEM


if __name__ == "__main__":
    raise SystemExit(main())
