"""What every command shares: reading secrets, unlocking, printing, exit codes."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from caseapp.errors import BadInput
from caseapp.i18n import N_, _

OK, PROBLEM, USAGE = 0, 1, 2


class SecretInput:
    """Secrets come from an interactive prompt, or line by line from standard input when a
    ``--…-stdin`` option is given; never from arguments."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise BadInput(N_("Expected a secret on standard input ({what}), found none."),
                               what=prompt)
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise BadInput(N_("No terminal to ask for the secret. Use --passphrase-stdin."))
        return getpass.getpass(f"{prompt}: ")

    def read_new(self, prompt: str, again: str) -> str:
        first = self.read(prompt)
        if not self.from_stdin and self.read(again) != first:
            raise BadInput(N_("The two passphrases do not match."))
        return first


def add_unlock_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--passphrase-stdin", action="store_true",
                       help=_("read the passphrase from the first line of standard input"))
    group.add_argument("--recovery-code-stdin", action="store_true",
                       help=_("read the recovery code from the first line of standard input"))


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Any]:
    """Unlock the store for one command and close it (dropping the keys) afterwards."""
    from caseapp.services import vault as vault_service

    data_dir = Path(args.data_dir)
    if getattr(args, "recovery_code_stdin", False):
        code = SecretInput(True).read(_("Recovery code"))
        vault = vault_service.unlock(data_dir, recovery_code=code, actor=args.actor)
    else:
        secret = SecretInput(bool(getattr(args, "passphrase_stdin", False)))
        vault = vault_service.unlock(data_dir, passphrase=secret.read(_("Passphrase")),
                                     actor=args.actor)
    try:
        yield vault
    finally:
        vault.close()


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def warn(text: str) -> None:
    sys.stderr.write(text + "\n")


def subcommand(sub: Any, name: str, help_text: str,
               func: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    """A sub-command that unlocks the store (``--passphrase-stdin`` after its name)."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    add_unlock_options(p)
    p.set_defaults(func=func)
    return p


def jsonable(value: Any) -> Any:
    """Domain objects as plain JSON values (enums by value, times in ISO 8601)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(jsonable(k)): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
