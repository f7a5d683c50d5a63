"""``store-key show``: this store's public key, the one line another office needs to make a
case bundle only this store can open (``export --recipient-key``)."""

from __future__ import annotations

import argparse

from caseapp.cli.common import OK, say, subcommand, unlocked
from caseapp.i18n import _


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = sub.add_parser("store-key", help=_("this store's public key, for receiving case "
                                             "bundles"))
    ks = top.add_subparsers(dest="store_key_command", metavar="ACTION")
    ks.required = True
    p = subcommand(ks, "show", _("print the public key as one line (give it to whoever sends "
                                 "this store a bundle)"), cmd_show)
    p.add_argument("--fingerprint", action="store_true",
                   help=_("print only the short fingerprint, to compare by eye or by phone"))


def cmd_show(args: argparse.Namespace) -> int:
    from caseapp.services import store_key

    with unlocked(args) as vault:
        key = store_key.public_key(vault)
    say(key.fingerprint if args.fingerprint else key.text)
    return OK
