"""Case-record commands: ``case …`` (new, show, list, update, status, consent, victim,
incident, session, leak, proof, accounts), ``counsellor …``, ``export``, ``import``,
``import-csv`` and ``stats``. Scripts drive the whole record through these."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.cli.common import (
    OK,
    SecretInput,
    enum_option,
    jsonable,
    print_json,
    say,
    subcommand,
    text_option,
    unlocked,
    warn,
)
from caseapp.domain.cases import CaseStatus, CounsellorRole, RiskLevel, SortField
from caseapp.domain.consent import ConsentMethod, ConsentScope
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.errors import BadInput
from caseapp.i18n import N_, _


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    case = sub.add_parser("case", help=_("case records"))
    cs = case.add_subparsers(dest="case_command", metavar="ACTION")
    cs.required = True

    p = subcommand(cs, "new", _("open a new case and print its number"), cmd_new)
    p.add_argument("--pseudonym", help=_("pseudonym code shown in lists (default: generated)"))
    p.add_argument("--tag", action="append", default=[], help=_("a tag (repeat for more)"))
    p.add_argument("--risk", default="medium", **enum_option(RiskLevel, _("risk level")))
    p.add_argument("--counsellor", metavar="NAME", help=_("assigned counsellor profile"))
    p.add_argument("--legal-category", dest="legal_categories", action="append", default=[],
                   **enum_option(LegalCategory, _("legal category (repeat for each one the case "
                                                  "falls under)")))
    text_option(p, "--summary", _("short summary"))
    p.add_argument("--json", action="store_true", help=_("print the case as JSON"))

    p = subcommand(cs, "show", _("show a case"), cmd_show)
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p.add_argument("--reveal", action="store_true",
                   help=_("include the victim's identifying details (recorded in the audit "
                          "log)"))

    p = subcommand(cs, "list", _("list or search cases"), cmd_list)
    text_option(p, "--search", _("text to find: part of a case number, pseudonym, tag, "
                                 "incident, account or of what its evidence holds"))
    p.add_argument("--status", action="append", default=[], **enum_option(CaseStatus))
    p.add_argument("--risk", action="append", default=[], **enum_option(RiskLevel))
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--counsellor", metavar="NAME")
    p.add_argument("--legal-category", **enum_option(LegalCategory,
                                                     _("cases under this legal category")))
    p.add_argument("--opened-from", metavar="YYYY-MM-DD")
    p.add_argument("--opened-to", metavar="YYYY-MM-DD")
    p.add_argument("--sort", default="updated", **enum_option(SortField))
    p.add_argument("--ascending", action="store_true", help=_("oldest or lowest first"))
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--after", metavar="CURSOR", help=_("continue after this page cursor"))
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(cs, "update", _("change a case's pseudonym, risk, counsellor, category, "
                                   "summary or tags"), cmd_update)
    p.add_argument("number")
    p.add_argument("--pseudonym")
    p.add_argument("--risk", **enum_option(RiskLevel))
    p.add_argument("--counsellor", metavar="NAME", help=_("assign ('' to unassign)"))
    p.add_argument("--legal-category", dest="legal_categories", action="append", default=None,
                   **enum_option(LegalCategory, _("the case's legal categories: repeat for "
                                                  "each; replaces the ones it had")))
    p.add_argument("--no-legal-category", action="store_true",
                   help=_("remove every legal category from the case"))
    text_option(p, "--summary", _("new short summary"), default=None)
    p.add_argument("--add-tag", action="append", default=[])
    p.add_argument("--remove-tag", action="append", default=[])
    p.add_argument("--json", action="store_true", help=_("print the case as JSON"))

    p = subcommand(cs, "status", _("move a case to another status (reopen a closed case with "
                                   "active)"), cmd_status)
    p.add_argument("number")
    p.add_argument("status", **enum_option(CaseStatus))
    p.add_argument("--reason", default="")

    p = subcommand(cs, "consent", _("record or show the victim's consent"), cmd_consent)
    p.add_argument("number")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--grant", **enum_option(ConsentScope, _("consent given")))
    group.add_argument("--withdraw", **enum_option(ConsentScope, _("consent withdrawn")))
    p.add_argument("--how", **enum_option(ConsentMethod, _("how it was given")))
    p.add_argument("--at", metavar="WHEN", help=_("when (default now), e.g. "
                                                  "2024-03-01T10:00+09:00"))
    p.add_argument("--note", default="")
    p.add_argument("--yes", action="store_true",
                   help=_("confirm that withdrawing consent to keep copies removes the stored "
                          "evidence files of the case"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(cs, "victim", _("save the victim's details from a JSON object (file or the rest "
                                   "of standard input)"), cmd_victim)
    p.add_argument("number")
    p.add_argument("--file", metavar="FILE", help=_("read the JSON from this file"))

    incident = cs.add_parser("incident", help=_("incidents on the case timeline"))
    inc = incident.add_subparsers(dest="incident_command", metavar="ACTION")
    inc.required = True
    p = subcommand(inc, "add", _("add an incident"), cmd_incident_add)
    p.add_argument("number")
    _incident_options(p)
    p = subcommand(inc, "update", _("change an incident (options given replace the old values)"),
             cmd_incident_update)
    p.add_argument("incident_id", type=int)
    _incident_options(p)
    p = subcommand(inc, "list", _("list a case's incidents"), cmd_incident_list)
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    session = cs.add_parser("session", help=_("counselling sessions"))
    ses = session.add_subparsers(dest="session_command", metavar="ACTION")
    ses.required = True
    p = subcommand(ses, "add", _("record a counselling session"), cmd_session_add)
    p.add_argument("number")
    p.add_argument("--when", required=True, metavar="WHEN",
                   help=_("date, or date and time with offset"))
    p.add_argument("--minutes", type=int)
    p.add_argument("--mode", default="", help=_("phone, in person, video, chat …"))
    text_option(p, "--notes", _("what was said and done"))
    text_option(p, "--next-steps", _("what happens next"))
    p.add_argument("--counsellor", metavar="NAME")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p = subcommand(ses, "list", _("list a case's sessions"), cmd_session_list)
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p = subcommand(ses, "addendum", _("add a dated correction to a session's notes (the "
                                      "notes stay as written)"), cmd_session_addendum)
    p.add_argument("session", type=int, metavar="SESSION",
                   help=_("session number, as 'session list' shows it"))
    text_option(p, "--text", _("the correction or addition"), default=None, required=True)
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    leak = cs.add_parser("leak", help=_("leaked personal information"))
    lk = leak.add_subparsers(dest="leak_command", metavar="ACTION")
    lk.required = True
    p = subcommand(lk, "add", _("record an item of leaked personal information"), cmd_leak_add)
    p.add_argument("number")
    p.add_argument("--kind", required=True, help=_("name, age, school, workplace, phone, "
                                                   "address, social_account, other"))
    _leak_options(p)
    p = subcommand(lk, "update", _("change a leaked-information item"), cmd_leak_update)
    p.add_argument("leak_id", type=int)
    p.add_argument("--kind")
    _leak_options(p)
    p = subcommand(lk, "list", _("list leaked information"), cmd_leak_list)
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(cs, "proof", _("show or set the proof-of-victimhood checklist"), cmd_proof)
    p.add_argument("number")
    p.add_argument("--item", help=_("original_photos, id_check, own_account, "
                                    "victim_statement, other"))
    held = p.add_mutually_exclusive_group()
    held.add_argument("--held", dest="held", action="store_true", default=None)
    held.add_argument("--not-held", dest="held", action="store_false")
    p.add_argument("--by", default="", help=_("who checked"))
    p.add_argument("--on", metavar="YYYY-MM-DD", help=_("when it was checked"))
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(cs, "accounts", _("perpetrator accounts of a case and the other cases they "
                                     "appear in"), cmd_accounts)
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    counsellor = sub.add_parser("counsellor", help=_("counsellor profiles"))
    cn = counsellor.add_subparsers(dest="counsellor_command", metavar="ACTION")
    cn.required = True
    p = subcommand(cn, "add", _("add a counsellor profile"), cmd_counsellor_add)
    p.add_argument("name")
    p.add_argument("--role", default="counsellor", **enum_option(CounsellorRole))
    p.add_argument("--pin-stdin", action="store_true", help=_(
        "a supervisor's PIN (at least 6 digits, or a passphrase) from the next line of "
        "standard input (the line after the store passphrase)"))
    p = subcommand(cn, "set-pin", _("set or change a supervisor's PIN (changing one needs "
                                    "the current PIN first)"), cmd_counsellor_set_pin)
    p.add_argument("name")
    p.add_argument("--pin-stdin", action="store_true", help=_(
        "read the current PIN (when there is one), then the new PIN, from the next lines of "
        "standard input"))
    p = subcommand(cn, "list", _("list counsellor profiles"), cmd_counsellor_list)
    p.add_argument("--all", action="store_true", help=_("include inactive profiles"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p = subcommand(cn, "update", _("rename, change role, or (de)activate a profile"),
             cmd_counsellor_update)
    p.add_argument("counsellor_id", type=int)
    p.add_argument("--name")
    p.add_argument("--role", **enum_option(CounsellorRole))
    active = p.add_mutually_exclusive_group()
    active.add_argument("--active", dest="active", action="store_true", default=None)
    active.add_argument("--inactive", dest="active", action="store_false")

    p = subcommand(sub, "export", _("hand cases over in an encrypted case bundle (or plain "
                                     "JSON for scripts)"), cmd_export)
    p.add_argument("--out", required=True, metavar="FILE",
                   help=_("the bundle to write, e.g. cases.cabundle"))
    p.add_argument("--case", action="append", default=None, metavar="NUMBER",
                   help=_("only this case (repeat for more; default all)"))
    p.add_argument("--for", dest="purpose", **enum_option(
        ConsentScope, _("who the file is for: police, takedown (a deletion-support partner) "
                        "or transfer (another office); every case needs that consent"),
        members=(ConsentScope.POLICE, ConsentScope.TAKEDOWN, ConsentScope.TRANSFER)))
    p.add_argument("--include-identity", action="store_true",
                   help=_("include victims' identifying details, for the cases whose consent "
                          "covers the recipient (needs --for)"))
    p.add_argument("--recipient-key", metavar="KEY",
                   help=_("the receiving store's key (one line from 'store-key show' there); "
                          "without it a one-time bundle passphrase is printed"))
    p.add_argument("--format", choices=("bundle", "json"), default="bundle",
                   help=_("bundle (encrypted, the default) or json"))
    p.add_argument("--plaintext", action="store_true",
                   help=_("confirm that --format json writes the cases in clear"))
    p.add_argument("--no-victim", action="store_true", help=argparse.SUPPRESS)

    p = subcommand(sub, "import", _("import cases from a case bundle or a CaseApp JSON export"),
                   cmd_import)
    p.add_argument("file")
    p.add_argument("--bundle-passphrase-stdin", action="store_true",
                   help=_("read the bundle passphrase from the second line of standard input "
                          "(the store passphrase stays on the first)"))

    p = subcommand(sub, "import-csv", _("import cases from a spreadsheet (CSV) with a column "
                                        "mapping"), cmd_import_csv)
    p.add_argument("file")
    p.add_argument("--mapping", required=True, metavar="MAP.json")
    p.add_argument("--skip-bad", action="store_true",
                   help=_("import the good rows and skip the bad ones"))

    p = subcommand(sub, "stats", _("anonymous case counts for funders (small counts hidden)"),
                   cmd_stats)
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    p.add_argument("--csv", metavar="FILE", help=_("also write the table as CSV"))
    p.add_argument("--set-threshold", type=int, metavar="N",
                   help=_("the organisation's threshold: counts below N are hidden "
                          "(default 3)"))


def _incident_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--what", help=_("what happened"))
    p.add_argument("--when", metavar="WHEN", help=_("date, or date and time with offset"))
    p.add_argument("--tz", metavar="ZONE", help=_("time zone name, e.g. Asia/Seoul"))
    p.add_argument("--platform", **enum_option(Platform))
    p.add_argument("--place", help=_("chat room, channel or account"))
    p.add_argument("--legal-category", metavar="CATEGORY")
    p.add_argument("--relation", help=_("perpetrator's relation to the victim"))
    p.add_argument("--perpetrator", help=_("what is known about the perpetrator"))
    p.add_argument("--account", action="append", default=None, metavar="PLATFORM:ID[:NAME]",
                   help=_("perpetrator account or channel (repeat for more)"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))


def _leak_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--where", help=_("where it was found"))
    p.add_argument("--found-on", metavar="DATE")
    p.add_argument("--deletion-requested", metavar="DATE",
                   help=_("when deletion was requested"))
    p.add_argument("--deleted", metavar="DATE", help=_("when it was confirmed deleted"))
    p.add_argument("--note")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))


# --- helpers --------------------------------------------------------------------------------------
def _counsellor_id(vault: Any, name: str | None) -> int | None:
    from caseapp.services import cases

    if name is None or name == "":
        return None
    return cases.get_counsellor(vault, name).id


def _case_json(vault: Any, case: Any) -> dict[str, Any]:
    from caseapp.services import cases

    data = jsonable(case)
    data["counsellor"] = (None if case.counsellor_id is None
                          else cases.get_counsellor(vault, case.counsellor_id).name)
    return data


def _print_case_line(case: Any) -> None:
    say(f"{case.number}  {case.pseudonym}  {case.status.label()}  {case.risk.label()}  "
        f"{', '.join(case.tags)}")


# --- case -----------------------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        case = cases.open_case(vault, pseudonym=args.pseudonym, tags=args.tag, risk=args.risk,
                               counsellor_id=_counsellor_id(vault, args.counsellor),
                               legal_categories=args.legal_categories, summary=args.summary)
        if args.json:
            print_json(_case_json(vault, case))
        else:
            say(case.number)
    return OK


def cmd_show(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        case = cases.get_case(vault, args.number)
        data = _case_json(vault, case)
        data["consent"] = jsonable({k.value: v for k, v in
                                    cases.consent_state(vault, case).items()})
        data["incidents"] = jsonable(cases.list_incidents(vault, case))
        data["sessions"] = jsonable(cases.list_sessions(vault, case))
        data["leaked_info"] = jsonable(cases.list_leaked_info(vault, case))
        data["proof"] = jsonable(cases.proof_checklist(vault, case))
        data["accounts"] = jsonable(cases.case_accounts(vault, case))
        if args.reveal:
            data["victim"] = jsonable(cases.reveal_victim(vault, case))
    if args.json:
        print_json(data)
        return OK
    say(f"{data['number']}  {data['pseudonym']}")
    say(f"  {_('Status')}: {case.status.label()}    {_('Risk')}: {case.risk.label()}")
    say(f"  {_('Counsellor')}: {data['counsellor'] or '-'}    {_('Legal categories')}: "
        f"{', '.join(c.label() for c in case.legal_categories) or '-'}")
    say(f"  {_('Tags')}: {', '.join(case.tags) or '-'}")
    say(f"  {_('Opened')}: {data['created_at']}    {_('Updated')}: {data['updated_at']}")
    if case.summary:
        say(f"  {_('Summary')}: {case.summary}")
    say(f"  {_('Consent')}:")
    for scope, record in data["consent"].items():
        state = "-" if record is None else (
            _("granted {when} ({how})", when=record["given_at"], how=record["method"])
            if record["granted"] else
            _("withdrawn {when} ({how})", when=record["given_at"], how=record["method"]))
        say(f"    {scope}: {state}")
    say(f"  {_('Incidents')}: {len(data['incidents'])}    {_('Sessions')}: "
        f"{len(data['sessions'])}    {_('Leaked information items')}: "
        f"{len(data['leaked_info'])}")
    for shared in data["accounts"]:
        account = shared["account"]
        others = shared["other_cases"]
        say(f"    {account['platform']} {account['handle']}: "
            + _("appears in {count} other case(s)", count=len(others)))
    if args.reveal:
        victim = data["victim"]
        say(f"  {_('Victim')}: {victim['name']} ({victim['preferred_name']}), "
            f"{victim['birth_year'] or '-'}")
    return OK


def _cursor(text: str | None) -> tuple[Any, int] | None:
    if not text:
        return None
    try:
        value, case_id = json.loads(text)
    except (ValueError, TypeError):
        raise BadInput(N_("'{value}' is not a page cursor printed by 'case list'."),
                       value=text[:60]) from None
    if not isinstance(case_id, int) or not isinstance(value, str | int):
        raise BadInput(N_("'{value}' is not a page cursor printed by 'case list'."),
                       value=text[:60])
    return value, case_id


def _date(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(N_("{what}: '{value}' is not a date (YYYY-MM-DD)."), what=what,
                       value=text[:40]) from None


def cmd_list(args: argparse.Namespace) -> int:
    from caseapp.domain.cases import CaseQuery
    from caseapp.services import cases

    with unlocked(args) as vault:
        query = CaseQuery(
            search=args.search, statuses=tuple(args.status), risks=tuple(args.risk),
            tags=tuple(args.tag), counsellor_id=_counsellor_id(vault, args.counsellor),
            legal_category=args.legal_category or None,
            opened_from=_date(args.opened_from, "--opened-from"),
            opened_to=_date(args.opened_to, "--opened-to"), sort=args.sort,
            descending=not args.ascending, limit=args.limit, after=_cursor(args.after),
            offset=args.offset)
        page = cases.list_cases(vault, query)
    cursor = None if page.next_after is None else json.dumps(list(page.next_after),
                                                             ensure_ascii=False)
    if args.json:
        print_json({"cases": jsonable(page.items), "has_more": page.has_more,
                    "next_after": cursor})
        return OK
    for row in page.items:
        say(f"{row.number}  {row.pseudonym}  {row.status.label()}  {row.risk.label()}  "
            f"{row.counsellor_name or '-'}  {', '.join(row.tags)}  "
            f"{row.updated_at.isoformat(timespec='minutes')}")
    if page.has_more:
        warn(_("More cases: add --after '{cursor}'", cursor=cursor))
    return OK


def cmd_update(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        case = cases.get_case(vault, args.number)
        changes: dict[str, Any] = {}
        if args.pseudonym is not None:
            changes["pseudonym"] = args.pseudonym
        if args.risk is not None:
            changes["risk"] = args.risk
        if args.counsellor is not None:
            changes["counsellor_id"] = _counsellor_id(vault, args.counsellor)
        if args.no_legal_category:
            changes["legal_categories"] = ()
        elif args.legal_categories is not None:
            changes["legal_categories"] = args.legal_categories
        if args.summary is not None:
            changes["summary"] = args.summary
        if args.add_tag or args.remove_tag:
            changes["tags"] = (set(case.tags) | set(args.add_tag)) - set(args.remove_tag)
        case = cases.update_case(vault, case, **changes)
        if args.json:
            print_json(_case_json(vault, case))
        else:
            _print_case_line(case)
    return OK


def cmd_status(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        case = cases.change_status(vault, args.number, args.status, args.reason)
    say(f"{case.number}: {case.status.label()}")
    return OK


def cmd_consent(args: argparse.Namespace) -> int:
    from caseapp.services import cases, evidence_consent

    with unlocked(args) as vault:
        if args.grant or args.withdraw:
            if not args.how:
                raise BadInput(N_("Say how the consent was given: --how verbal, written or "
                                  "guardian."))
            removed = _confirm_removal(vault, args)
            evidence_consent.record_consent(vault, args.number, args.grant or args.withdraw,
                                            bool(args.grant), args.how, at=args.at,
                                            note=args.note)
            if removed and not cases.has_consent(vault, args.number, "copies"):
                warn(_("The stored files of {count} evidence item(s) were removed: {codes}. "
                       "Their hashes and chain of custody are kept.", count=len(removed),
                       codes=", ".join(removed)))
        state = cases.consent_state(vault, args.number)
    if args.json:
        print_json(jsonable({k.value: v for k, v in state.items()}))
        return OK
    for scope, record in state.items():
        if record is None:
            say(f"{scope.value}: -")
        else:
            what = _("granted") if record.granted else _("withdrawn")
            say(f"{scope.value}: {what} {record.given_at.isoformat()} ({record.method.value}, "
                f"{record.recorded_by})")
    return OK


def _confirm_removal(vault: Any, args: argparse.Namespace) -> list[str]:
    """Withdrawing consent to keep copies removes content: say what, and go on only with
    --yes. Returns the codes of the items whose files go."""
    from caseapp.services import evidence_consent

    if args.withdraw != "copies":
        return []
    codes = [i.code for i in evidence_consent.kept_content(vault, args.number)]
    if codes and not args.yes:
        raise BadInput(N_("Withdrawing consent to keep copies removes the stored files of "
                          "{count} evidence item(s) of case {number}: {codes}. Their hashes "
                          "and chain of custody stay. Add --yes to confirm."),
                       count=len(codes), number=args.number, codes=", ".join(codes))
    return codes


def _read_json_input(path: str | None) -> Any:
    from caseapp.services.case_io import parse_document

    # The text layer, not sys.stdin.buffer: the passphrase line was read through it and its
    # buffer may already hold the JSON that follows.
    raw = Path(path).read_bytes() if path else sys.stdin.read().encode("utf-8")
    return parse_document(raw)


def cmd_victim(args: argparse.Namespace) -> int:
    from caseapp.services import case_io, cases

    with unlocked(args) as vault:
        case = cases.get_case(vault, args.number)
        data = _read_json_input(args.file)
        victim = case_io.victim_from_json(data, "$")
        cases.save_victim(vault, case, victim)
    warn(_("The victim's details for {number} were saved.", number=case.number))
    return OK


def _accounts(values: list[str] | None) -> Any:
    from caseapp.domain.cases import AccountRef

    if values is None:
        return None
    refs = []
    for value in values:
        platform, sep, rest = value.partition(":")
        if not sep or not rest:
            raise BadInput(N_("--account needs PLATFORM:ID, e.g. telegram:@channel_name."))
        handle, _sep, display = rest.partition(":") if not rest.startswith("http") \
            else (rest, "", "")
        refs.append(AccountRef(platform, handle, display_name=display))  # type: ignore[arg-type]
    return tuple(refs)


def _incident_values(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for option, name in (("what", "description"), ("when", "occurred_at"),
                         ("tz", "time_zone"), ("platform", "platform"), ("place", "place"),
                         ("legal_category", "legal_category"),
                         ("relation", "perpetrator_relation"),
                         ("perpetrator", "perpetrator_details")):
        value = getattr(args, option)
        if value is not None:
            values[name] = value if value != "" or name in (
                "description", "time_zone", "place", "perpetrator_relation",
                "perpetrator_details") else None
    accounts = _accounts(args.account)
    if accounts is not None:
        values["accounts"] = accounts
    return values


def _print_incident(incident: Any) -> None:
    when = "-" if incident.occurred_at is None else incident.occurred_at.isoformat()
    platform = incident.platform.label() if incident.platform else "-"
    say(f"#{incident.id}  {when}  {platform}  {incident.place}  "
        f"{incident.description[:60]}")


def cmd_incident_add(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        incident = cases.add_incident(vault, args.number, **_incident_values(args))
    if args.json:
        print_json(jsonable(incident))
    else:
        say(str(incident.id))
    return OK


def cmd_incident_update(args: argparse.Namespace) -> int:
    from caseapp.domain.cases import AccountRef
    from caseapp.services import cases

    with unlocked(args) as vault:
        old = cases.get_incident(vault, args.incident_id)
        values: dict[str, Any] = {
            "description": old.description, "occurred_at": old.occurred_at,
            "time_zone": old.time_zone, "platform": old.platform, "place": old.place,
            "legal_category": old.legal_category,
            "perpetrator_relation": old.perpetrator_relation,
            "perpetrator_details": old.perpetrator_details,
            "accounts": tuple(AccountRef(a.platform, a.handle, a.kind) for a in old.accounts)}
        values.update(_incident_values(args))
        incident = cases.update_incident(vault, args.incident_id, **values)
    if args.json:
        print_json(jsonable(incident))
    else:
        _print_incident(incident)
    return OK


def cmd_incident_list(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        incidents = cases.list_incidents(vault, args.number)
    if args.json:
        print_json(jsonable(incidents))
    else:
        for incident in incidents:
            _print_incident(incident)
    return OK


def cmd_session_add(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        session = cases.add_session(vault, args.number, held_at=args.when,
                                    counsellor_id=_counsellor_id(vault, args.counsellor),
                                    duration_minutes=args.minutes, mode=args.mode,
                                    notes=args.notes, next_steps=args.next_steps)
    if args.json:
        print_json(jsonable(session))
    else:
        say(str(session.id))
    return OK


def cmd_session_list(args: argparse.Namespace) -> int:
    from caseapp.services import cases, session_addenda

    with unlocked(args) as vault:
        sessions = cases.list_sessions(vault, args.number)
        addenda = session_addenda.addenda(vault, args.number)
    if args.json:
        print_json([{**jsonable(s), "addenda": jsonable(addenda.get(s.id, []))}
                    for s in sessions])
    else:
        for s in sessions:
            say(f"#{s.id}  {s.held_at.isoformat()}  {s.duration_minutes or '-'} min  "
                f"{s.mode}  {s.next_steps[:60]}")
            for a in addenda.get(s.id, []):
                say(f"    + {a.written_at.isoformat(timespec='minutes')}  {a.written_by}  "
                    f"{a.text.splitlines()[0][:60] if a.text else ''}")
    return OK


def cmd_session_addendum(args: argparse.Namespace) -> int:
    from caseapp.services import session_addenda

    with unlocked(args) as vault:
        added = session_addenda.add_addendum(vault, args.session, args.text)
    if args.json:
        print_json(jsonable(added))
    else:
        say(str(added.id))
    return OK


def _leak_values(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for option, name in (("where", "found_where"), ("found_on", "found_at"),
                         ("deletion_requested", "deletion_requested_at"),
                         ("deleted", "deleted_at"), ("note", "note")):
        value = getattr(args, option)
        if value is not None:
            values[name] = value
    return values


def cmd_leak_add(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        leak = cases.add_leaked_info(vault, args.number, args.kind, **_leak_values(args))
    if args.json:
        print_json(jsonable(leak))
    else:
        say(str(leak.id))
    return OK


def cmd_leak_update(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    values = _leak_values(args)
    if args.kind is not None:
        values["kind"] = args.kind
    with unlocked(args) as vault:
        leak = cases.update_leaked_info(vault, args.leak_id, **values)
    if args.json:
        print_json(jsonable(leak))
    return OK


def cmd_leak_list(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        leaks = cases.list_leaked_info(vault, args.number)
    if args.json:
        print_json(jsonable(leaks))
    else:
        for x in leaks:
            requested = x.deletion_requested_at.isoformat() if x.deletion_requested_at else "-"
            deleted = x.deleted_at.isoformat() if x.deleted_at else "-"
            say(f"#{x.id}  {x.kind.value}  {x.found_where[:40]}  "
                f"{_('deletion requested')}: {requested}  {_('deleted')}: {deleted}")
    return OK


def cmd_proof(args: argparse.Namespace) -> int:
    from caseapp.domain.cases import ProofEntry
    from caseapp.services import cases

    with unlocked(args) as vault:
        if args.item:
            if args.held is None:
                raise BadInput(N_("Say whether the centre holds it: --held or --not-held."))
            cases.set_proof(vault, args.number, ProofEntry(
                args.item, args.held, args.by, _date(args.on, "--on"), args.note))
        checklist = cases.proof_checklist(vault, args.number)
    if args.json:
        print_json(jsonable(checklist))
    else:
        for entry in checklist:
            mark = "x" if entry.held else " "
            on = entry.checked_on.isoformat() if entry.checked_on else ""
            say(f"[{mark}] {entry.item.value}  {entry.checked_by}  {on}  {entry.note[:60]}")
    return OK


def cmd_accounts(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        shared = cases.case_accounts(vault, args.number)
    if args.json:
        print_json(jsonable(shared))
    else:
        for s in shared:
            say(f"#{s.account.id}  {s.account.platform.value}  {s.account.handle}  "
                + _("appears in {count} other case(s)", count=len(s.other_cases))
                + (f": {', '.join(s.other_cases)}" if s.other_cases else ""))
    return OK


# --- counsellors ----------------------------------------------------------------------------------
def cmd_counsellor_add(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        pin = SecretInput(True).read(_("Supervisor PIN")) if args.pin_stdin else None
        counsellor = cases.add_counsellor(vault, args.name, args.role, pin=pin)
    say(str(counsellor.id))
    if pin is None and counsellor.role is CounsellorRole.SUPERVISOR:
        warn(_("This supervisor has no PIN yet and cannot confirm deletions: set one with "
               "'caseapp-admin counsellor set-pin NAME --pin-stdin'."))
    return OK


def cmd_counsellor_set_pin(args: argparse.Namespace) -> int:
    from caseapp.services import supervisor

    secrets = SecretInput(args.pin_stdin)
    with unlocked(args) as vault:
        current = (secrets.read(_("Current supervisor PIN"))
                   if supervisor.has_pin(vault, args.name) else None)
        pin = secrets.read_new(_("New supervisor PIN"), _("New supervisor PIN again"))
        supervisor.set_pin(vault, args.name, pin, current_pin=current)
    say(_("The supervisor PIN was saved."))
    return OK


def cmd_counsellor_list(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    with unlocked(args) as vault:
        found = cases.list_counsellors(vault, include_inactive=args.all)
    if args.json:
        print_json(jsonable(found))
    else:
        for c in found:
            say(f"#{c.id}  {c.name}  {c.role.value}{'' if c.active else '  (inactive)'}")
    return OK


def cmd_counsellor_update(args: argparse.Namespace) -> int:
    from caseapp.services import cases

    changes: dict[str, Any] = {}
    if args.name is not None:
        changes["name"] = args.name
    if args.role is not None:
        changes["role"] = args.role
    if args.active is not None:
        changes["active"] = args.active
    with unlocked(args) as vault:
        c = cases.update_counsellor(vault, args.counsellor_id, **changes)
    say(f"#{c.id}  {c.name}  {c.role.value}{'' if c.active else '  (inactive)'}")
    return OK


# --- export, import, stats ----------------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    from caseapp.services import case_bundle, case_share

    if args.format == "json":
        if not args.plaintext:
            raise BadInput(N_("Plain JSON is not encrypted: add --plaintext to write it anyway, "
                              "or leave out --format json for an encrypted bundle."))
        if args.recipient_key:
            raise BadInput(N_("--recipient-key is for bundles; plain JSON is not encrypted."))
        with unlocked(args) as vault:
            result = case_share.export_cases(vault, Path(args.out), args.case,
                                             purpose=args.purpose,
                                             include_identity=args.include_identity)
        for line in result.warnings:
            warn(line)
        warn(_("{count} case(s) written to {path}. The file is NOT encrypted"
               "{victim}: keep it safe and delete it when done.", count=len(result.numbers),
               path=str(result.path), victim=_(" and contains victims' identifying details")
               if result.identity_cases else ""))
        return OK
    if args.plaintext:
        raise BadInput(N_("--plaintext goes with --format json; a bundle is always "
                          "encrypted."))
    with unlocked(args) as vault:
        bundle = case_bundle.export_bundle(vault, Path(args.out), args.case,
                                           purpose=args.purpose,
                                           include_identity=args.include_identity,
                                           recipient_key=args.recipient_key)
    for line in bundle.warnings:
        warn(line)
    for number in bundle.numbers:
        say(number)
    warn(_("{count} case(s) and {files} evidence file(s) written to {path}; victims' details "
           "in {identity} of them.", count=len(bundle.numbers), files=bundle.content_files,
           path=str(bundle.path), identity=len(bundle.identity_cases)))
    if bundle.passphrase is not None:
        warn(_("The bundle passphrase is on the last line below. It is shown only now: give "
               "it to the recipient separately from the file (not in the same e-mail or on "
               "the same USB stick)."))
        say(bundle.passphrase)
    else:
        warn(_("Only the store with key {fingerprint} can open it.",
               fingerprint=bundle.recipient_fingerprint))
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    from caseapp.cli.common import SecretInput
    from caseapp.services import case_bundle, case_io

    path = Path(args.file)
    kind = case_bundle.bundle_kind(path)
    if kind is None and args.bundle_passphrase_stdin:
        raise BadInput(N_("{path} is not a case bundle; --bundle-passphrase-stdin is only for "
                          "bundles."), path=str(path))
    with unlocked(args) as vault:
        if kind is None:
            result = case_io.import_file(vault, path)
            numbers, files = result.numbers, None
        else:
            passphrase = None
            if args.bundle_passphrase_stdin:
                passphrase = SecretInput(True).read(_("Bundle passphrase"))
            elif kind == "passphrase":
                if not sys.stdin.isatty():
                    raise BadInput(N_("This bundle is locked with a bundle passphrase: give it "
                                      "on the second line of standard input with "
                                      "--bundle-passphrase-stdin."))
                passphrase = SecretInput(False).read(_("Bundle passphrase"))
            received = case_bundle.import_bundle(vault, path, passphrase=passphrase)
            numbers, files = received.numbers, received.content_files
    for number in numbers:
        say(number)
    if files is None:
        warn(_("{count} case(s) imported.", count=len(numbers)))
    else:
        warn(_("{count} case(s) and {files} evidence file(s) imported.", count=len(numbers),
               files=files))
    return OK


def cmd_import_csv(args: argparse.Namespace) -> int:
    from caseapp.services import case_csv

    with unlocked(args) as vault:
        result = case_csv.import_csv(vault, Path(args.file), Path(args.mapping),
                                       skip_bad=args.skip_bad)
    for problem in result.skipped:
        warn(_("Line {line} skipped: {problem}", line=problem.line, problem=problem.message))
    for number in result.numbers:
        say(number)
    warn(_("{count} case(s) imported.", count=len(result.numbers)))
    return OK


def cmd_stats(args: argparse.Namespace) -> int:
    from caseapp.services import stats

    with unlocked(args) as vault:
        if args.set_threshold is not None:
            stats.set_small_cell_threshold(vault, args.set_threshold)
            warn(_("Counts below {threshold} are now hidden in published figures.",
                   threshold=args.set_threshold))
        figures = stats.case_statistics(vault)
    if args.csv:
        _write_text(Path(args.csv), stats.render_csv(figures))
    if args.json:
        print_json(figures.as_json())
        return OK
    for line in stats.render_text(figures):
        say(line)
    return OK


def _write_text(path: Path, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        raise BadInput(N_("Could not write {path}: {detail}"), path=str(path),
                       detail=exc.strerror or type(exc).__name__) from exc
