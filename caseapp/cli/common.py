"""What every command shares: reading secrets, unlocking, printing, exit codes."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from caseapp.errors import BadInput
from caseapp.i18n import LANGUAGES, N_, _, translate

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
            # Windows: a file saved by Notepad or piped by cmd may start with a byte order
            # mark, and its lines end in CRLF; neither is part of the secret.
            return line.removeprefix("\ufeff").rstrip("\r\n")
        if not sys.stdin.isatty():
            raise BadInput(N_("No terminal to ask for the secret. Use --passphrase-stdin."))
        return getpass.getpass(f"{prompt}: ")

    def read_new(self, prompt: str, again: str) -> str:
        first = self.read(prompt)
        if not self.from_stdin and self.read(again) != first:
            raise BadInput(N_("The two passphrases do not match."))
        return first


# --- case text kept out of the process list -------------------------------------------------

TEXT_FILE_DESTS: set[str] = set()


def text_option(parser: argparse.ArgumentParser, flag: str, help_text: str, *,
                default: str | None = "", required: bool = False) -> None:
    """``--notes TEXT`` and ``--notes-file FILE`` (``-``: standard input). Text given as an
    argument is visible to other users of the computer in the process list; from a file or
    standard input it is not."""
    dest = flag.lstrip("-").replace("-", "_")
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument(flag, dest=dest, default=default, metavar="TEXT", help=_(
        "{what} (other users of this computer can see arguments in the process list: for "
        "case details prefer {flag}-file)", what=help_text, flag=flag))
    group.add_argument(f"{flag}-file", dest=f"{dest}_file", metavar="FILE", help=_(
        "read {flag} from a UTF-8 file, or from standard input with '-' (after the "
        "passphrase line when --passphrase-stdin is given)", flag=flag))
    TEXT_FILE_DESTS.add(dest)


def resolve_text_files(args: argparse.Namespace) -> None:
    """Fill each ``--X-file`` option's text into ``args.X`` (before the command runs)."""
    wanted = [(d, getattr(args, f"{d}_file")) for d in sorted(TEXT_FILE_DESTS)
              if getattr(args, f"{d}_file", None)]
    if sum(1 for _d, source in wanted if source == "-") > 1:
        raise BadInput(N_("Only one text can come from standard input."))
    for dest, source in wanted:
        if source == "-":
            data = sys.stdin.read()
            if getattr(args, "passphrase_stdin", False) or getattr(args, "recovery_code_stdin",
                                                                   False):
                secret, _sep, data = data.partition("\n")
                sys.stdin = io.StringIO(secret + "\n")
            text = data.removeprefix("\ufeff")
        else:
            try:
                text = Path(source).read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                raise BadInput(N_("{path} is not UTF-8 text."), path=source) from None
            except OSError as exc:
                raise BadInput(N_("{path} cannot be read: {reason}"), path=source,
                               reason=exc.strerror or type(exc).__name__) from None
        # one trailing line end is the file's, not the text's
        setattr(args, dest, text.removesuffix("\n").removesuffix("\r"))


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
    if vault.damaged:
        from caseapp.errors import StoreReadOnly

        warn(StoreReadOnly(name=vault.damaged).message())
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


def _label(member: StrEnum, lang: str | None = None) -> str:
    label = getattr(member, "label", None)
    return str(label(lang)) if callable(label) else member.value


def enum_option(cls: type[StrEnum], help_text: str = "", *,
                members: Iterable[StrEnum] | None = None) -> dict[str, Any]:
    """``add_argument`` keywords for a closed set from the domain (statuses, platforms,
    recipients...): the value is accepted in any letter case, or as its label in either
    language (``--platform Telegram``, ``--status 진행``), and ``--help`` lists every value
    with its translated label. The parsed value is the member's ``value``."""
    allowed = list(members) if members is not None else list(cls)
    names: dict[str, str] = {}
    for member in allowed:
        names[member.value.casefold()] = member.value
        for lang in LANGUAGES:
            names.setdefault(_label(member, lang).casefold(), member.value)

    def convert(text: str) -> str:
        found = names.get(text.strip().casefold())
        if found is None:
            raise argparse.ArgumentTypeError(translate(
                N_("unknown value '{value}'; choose one of: {choices}"), None,
                value=text[:60], choices=", ".join(m.value for m in allowed)))
        return found

    convert.__name__ = cls.__name__  # argparse names the type in its own messages
    listed = "; ".join(m.value if _label(m) == m.value else f"{m.value} = {_label(m)}"
                       for m in allowed)
    full_help = f"{help_text} ({listed})" if help_text else listed
    return {"type": convert, "metavar": cls.__name__.upper() if len(allowed) > 6
            else "{" + ",".join(m.value for m in allowed) + "}",
            "help": full_help.replace("%", "%%")}
