"""Report commands: ``report CASE --out FILE.pdf`` (the police report), ``report list CASE``
(the report register) and ``report match FILE|SHA256`` (which registered report a copy is)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from caseapp.cli.common import (
    OK,
    PROBLEM,
    SecretInput,
    add_unlock_options,
    print_json,
    say,
    unlocked,
    warn,
)
from caseapp.errors import BadInput
from caseapp.i18n import N_, _, current_language

USAGE = ("caseapp-admin report CASE --out FILE.pdf [--lang ko|en] [--include-identity] "
         "[--include-thumbnails] [--internal-draft] [--addressed-to TEXT] "
         "[--victim-requests TEXT] "
         "[--password-stdin | --ask-password] [--passphrase-stdin]\n"
         "       caseapp-admin report list CASE [--json] [--passphrase-stdin]\n"
         "       caseapp-admin report match FILE.pdf|SHA256 [--json] [--passphrase-stdin]")
_SHA256 = re.compile(r"^\s*(sha256:)?[0-9a-fA-F]{64}\s*$")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report", usage=USAGE,
        help=_("police report PDF for a case, and the register of generated reports"),
        description=_(
            "Build the police report of a case, list the reports registered for a case, or "
            "find which registered report a PDF copy is. A report for police needs the "
            "victim's consent to share with police; without it only --internal-draft builds "
            "one, marked on every page as not for submission. The victim's identifying "
            "details are included only with --include-identity and that consent. With "
            "--password-stdin and --passphrase-stdin, standard input holds the "
            "store passphrase on the first line and the PDF password on the second."))
    p.add_argument("target", nargs="+", metavar="CASE",
                   help=_("case number; or 'list CASE'; or 'match FILE.pdf|SHA256'"))
    p.add_argument("--out", metavar="FILE.pdf", help=_("where to write the report"))
    p.add_argument("--lang", dest="report_lang", choices=("ko", "en"), default=None,
                   help=_("language of the report (default: the message language)"))
    p.add_argument("--include-identity", action="store_true",
                   help=_("include the victim's identifying details (needs the victim's "
                          "consent to share with police)"))
    p.add_argument("--include-thumbnails", action="store_true",
                   help=_("include blurred thumbnails of image evidence (needs the same "
                          "consent)"))
    p.add_argument("--internal-draft", action="store_true",
                   help=_("build an internal draft for the centre's own use, marked on every "
                          "page as not for submission (works without the victim's consent to "
                          "share with police)"))
    p.add_argument("--addressed-to", default="", metavar="TEXT",
                   help=_("police station or officer the report is for"))
    p.add_argument("--victim-requests", default="", metavar="TEXT",
                   help=_("what the victim asks for, in the counsellor's words"))
    secret = p.add_mutually_exclusive_group()
    secret.add_argument("--password-stdin", action="store_true",
                        help=_("encrypt the PDF (AES-256) with a password read from a line of "
                               "standard input"))
    secret.add_argument("--ask-password", action="store_true",
                        help=_("encrypt the PDF (AES-256) with a password typed at the "
                               "terminal"))
    secret.add_argument("--generate-password", action="store_true",
                        help=_("encrypt the PDF (AES-256) with a strong password CaseApp "
                               "makes and prints once, alone on the last line"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    target = list(args.target)
    if target[0] == "list":
        if len(target) != 2:
            raise BadInput(N_("Usage: caseapp-admin report list CASE"))
        return _list(args, target[1])
    if target[0] == "match":
        if len(target) != 2:
            raise BadInput(N_("Usage: caseapp-admin report match FILE.pdf|SHA256"))
        return _match(args, target[1])
    if len(target) != 1:
        raise BadInput(N_("Give one case number, e.g. caseapp-admin report 2026-0012 --out "
                          "report.pdf"))
    if not args.out:
        raise BadInput(N_("Say where to write the report: --out FILE.pdf"))
    return _build(args, target[0])


def _build(args: argparse.Namespace, case: str) -> int:
    from caseapp.services import reports

    lang = args.report_lang or args.lang or current_language()
    with unlocked(args) as vault:
        password = None
        if args.password_stdin:
            password = SecretInput(True).read(_("PDF password"))
        elif args.ask_password:
            password = SecretInput(False).read_new(_("PDF password"),
                                                   _("Repeat the PDF password"))
        elif args.generate_password:
            password = reports.new_pdf_password()
        if password is not None:  # refused before anything is built
            reports.check_pdf_password(password)
        record = reports.build_police_report(
            vault, case, Path(args.out), lang=lang, include_identity=args.include_identity,
            include_thumbnails=args.include_thumbnails, addressed_to=args.addressed_to,
            password=password, victim_requests=args.victim_requests,
            internal_draft=args.internal_draft)
    if args.json:
        shown = record.as_json()
        if args.generate_password:
            shown["pdf_password"] = password
        print_json(shown)
    elif args.internal_draft:
        say(_("Internal draft {id} written to {path}: {pages} pages.", id=record.report_id,
              path=args.out, pages=record.pages))
        say(f"SHA-256: {record.sha256}")
    else:
        say(_("Report {id} written to {path}: {pages} pages.", id=record.report_id,
              path=args.out, pages=record.pages))
        say(f"SHA-256: {record.sha256}")
    if args.internal_draft:
        warn(_("This is an internal draft: every page says it is not for submission. Do not "
               "hand it to police."))
    if record.options.get("include_identity"):
        warn(_("The report contains the victim's identifying details. Hand it only to the "
               "investigating officer."))
    if record.encrypted:
        warn(_("The PDF is encrypted with AES-256. Give the password to the officer "
               "separately, not with the file."))
    if args.generate_password and not args.json:
        warn(_("The PDF password is the last line of the output. CaseApp does not keep it: "
               "write it down now; it is not shown again."))
        say(password or "")  # alone on the last line, for a script to take
    return OK


def _list(args: argparse.Namespace, case: str) -> int:
    from caseapp.services import reports

    with unlocked(args) as vault:
        found = reports.list_reports(vault, case)
    if args.json:
        print_json([r.as_json() for r in found])
        return OK
    if not found:
        say(_("No report has been generated for case {number}.", number=case))
    for r in found:
        flags = []
        if r.options.get("internal_draft"):
            flags.append(_("internal draft, not for submission"))
        if r.options.get("include_identity"):
            flags.append(_("identity included"))
        if r.encrypted:
            flags.append(_("encrypted"))
        pages = _("{pages} pages", pages=r.pages)
        when = r.created_at.astimezone().isoformat(timespec="seconds")
        say(f"{r.report_id}  {when}  {r.created_by}  {r.lang}  {pages}  {r.sha256}"
            + (f"  ({', '.join(flags)})" if flags else ""))
    return OK


def _match(args: argparse.Namespace, what: str) -> int:
    from caseapp.services import reports

    with unlocked(args) as vault:
        if _SHA256.match(what) and not Path(what).exists():
            digest = what.strip().lower().removeprefix("sha256:")
            record = reports.find_report_by_sha256(vault, digest)
        else:
            digest, record = reports.match_report_file(vault, Path(what))
    if args.json:
        print_json({"sha256": digest, "report": record.as_json() if record else None})
    elif record is None:
        say(_("No registered report has SHA-256 {sha256}.", sha256=digest))
    else:
        say(_("This is report {id} of case {number}, generated {time} by {by}.",
              id=record.report_id, number=record.case_number,
              time=record.created_at.astimezone().isoformat(timespec="seconds"),
              by=record.created_by))
    return OK if record is not None else PROBLEM
