"""``caseapp-admin organisation show|set``: what documents print about the centre."""

from __future__ import annotations

import argparse
import dataclasses

from caseapp.cli.common import OK, print_json, say, subcommand
from caseapp.cli.common import unlocked as unlocked_store
from caseapp.errors import BadInput
from caseapp.i18n import N_, _

_YES = ("yes", "y", "true", "1", "예", "네")
_NO = ("no", "n", "false", "0", "아니오", "아니요")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    org = sub.add_parser("organisation", help=_(
        "the organisation's name, contact details and time zone, as documents print them"))
    os_ = org.add_subparsers(dest="organisation_command", metavar="ACTION")
    os_.required = True
    p = subcommand(os_, "show", _("show the organisation's settings"), cmd_show)
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p = subcommand(os_, "set", _("change the organisation's settings (the others stay)"),
                   cmd_set)
    p.add_argument("--name", help=_("the organisation's name"))
    p.add_argument("--address", help=_("postal address printed in every letter"))
    p.add_argument("--phone", help=_("phone number printed in every letter"))
    p.add_argument("--email", help=_("e-mail address printed in every letter"))
    p.add_argument("--time-zone", metavar="ZONE", help=_(
        "time zone every time in a document is shown in (default Asia/Seoul)"))
    p.add_argument("--designated-reporter", metavar="yes|no", help=_(
        "whether the organisation is designated to report and request deletion for victims "
        "(전기통신사업법 시행령 제30조의5)"))
    p.add_argument("--designation", help=_(
        "the designation as the statutory form names it, e.g. the notice number and date"))


def _settings_json(found: object) -> dict[str, object]:
    return dataclasses.asdict(found)  # type: ignore[call-overload,no-any-return]


def cmd_show(args: argparse.Namespace) -> int:
    from caseapp.services import organisation

    with unlocked_store(args) as vault:
        found = organisation.get(vault)
    if args.json:
        print_json(_settings_json(found))
        return OK
    yes_no = _("yes") if found.designated_reporter else _("no")
    for label, value in ((_("Name"), found.name), (_("Address"), found.address),
                         (_("Phone"), found.phone), (_("E-mail"), found.email),
                         (_("Time zone"), found.time_zone),
                         (_("Designated reporting organisation"), yes_no),
                         (_("Designation"), found.designation)):
        say(f"{label}: {value or '-'}")
    return OK


def _yes_no(value: str) -> bool:
    text = value.strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise BadInput(N_("--designated-reporter takes yes or no, not '{value}'."), value=value[:20])


def cmd_set(args: argparse.Namespace) -> int:
    from caseapp.services import organisation

    changes: dict[str, object] = {}
    for option in ("name", "address", "phone", "email", "time_zone", "designation"):
        value = getattr(args, option)
        if value is not None:
            changes[option] = value
    if args.designated_reporter is not None:
        changes["designated_reporter"] = _yes_no(args.designated_reporter)
    if not changes:
        raise BadInput(N_("Nothing to change: give at least one option (see --help)."))
    organisation.check_changes(**changes)
    with unlocked_store(args) as vault:
        updated = organisation.update(vault, **changes)
    say(_("Saved the organisation's settings."))
    if updated.designated_reporter and not updated.designation.strip():
        say(_("Add the designation (--designation) so the statutory form can name it."))
    return OK
