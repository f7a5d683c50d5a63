"""Retention commands: review closed cases past the keeping time, delete a case."""

from __future__ import annotations

import argparse

from caseapp.cli.common import OK, SecretInput, add_unlock_options, print_json, say, warn
from caseapp.cli.common import unlocked as unlocked_store
from caseapp.errors import BadInput
from caseapp.i18n import N_, _


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ret = sub.add_parser("retention", help=_("keeping and deleting closed cases"))
    rs = ret.add_subparsers(dest="retention_command", metavar="ACTION")
    rs.required = True
    p = rs.add_parser("list", help=_("closed cases past the retention period, for review"))
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = rs.add_parser("set-years", help=_("keep closed cases for N years (supervisor)"))
    p.add_argument("years", type=int)
    add_unlock_options(p)
    p.set_defaults(func=cmd_set_years)
    p = rs.add_parser("delete", help=_(
        "delete a case with its evidence and identifying data (supervisor)"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("--victim-request", action="store_true",
                   help=_("the victim asked for erasure: delete now, even if not closed"))
    p.add_argument("--yes", action="store_true", help=_("confirm: this cannot be undone"))
    p.add_argument("--confirmed-by", metavar="NAME", required=True,
                   help=_("the supervisor profile who confirms the deletion with their PIN"))
    p.add_argument("--supervisor-pin-stdin", action="store_true", help=_(
        "read the supervisor's PIN from the next line of standard input (the line after the "
        "store passphrase); without it the PIN is asked for"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_delete)


def cmd_list(args: argparse.Namespace) -> int:
    from caseapp.services import retention

    with unlocked_store(args) as vault:
        years = retention.retention_years(vault)
        due = retention.due_for_review(vault)
    if args.json:
        print_json({"retention_years": years, "cases": [
            {"number": c.number, "last_activity": c.last_activity.isoformat()} for c in due]})
    else:
        for c in due:
            say(f"{c.number}  {c.last_activity:%Y-%m-%d}")
        warn(_("{count} closed case(s) have had no activity for {years} years.",
               count=len(due), years=years))
    return OK


def cmd_set_years(args: argparse.Namespace) -> int:
    from caseapp.services import retention

    with unlocked_store(args) as vault:
        retention.set_retention_years(vault, args.years)
    return OK


def cmd_delete(args: argparse.Namespace) -> int:
    from caseapp.services import retention

    if not args.yes:
        raise BadInput(N_("Deleting a case cannot be undone. Add --yes to confirm."))
    with unlocked_store(args) as vault:
        pin = SecretInput(args.supervisor_pin_stdin).read(_("Supervisor PIN"))
        result = retention.delete_case(vault, args.case, victim_request=args.victim_request,
                                       confirmed_by=args.confirmed_by, supervisor_pin=pin)
    warn(_("Case {number} was deleted with its evidence; the databases were compacted.",
           number=result.number))
    return OK
