"""Takedown commands: ``takedown add``, ``set-status``, ``list`` (the follow-up queue),
``show``, ``letter``, ``stats``, ``escalate``, ``reupload``, ``check``, ``verify``,
``recheck``, ``due``, ``recipients``, ``recipient-add``, ``template`` and ``settings``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from caseapp.cli.common import (
    OK,
    enum_option,
    jsonable,
    print_json,
    say,
    subcommand,
    unlocked,
    warn,
)
from caseapp.domain.takedowns import (
    Channel,
    ContentType,
    LetterForm,
    RecipientKind,
    RequestedAction,
    TakedownStatus,
)
from caseapp.errors import BadInput
from caseapp.i18n import N_, _, current_language


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    top = sub.add_parser("takedown", help=_("takedown requests, follow-ups and letters"))
    ts = top.add_subparsers(dest="takedown_command", metavar="ACTION")
    ts.required = True

    p = subcommand(ts, "add", _("record a new takedown request (a draft) for a case"), cmd_add)
    p.add_argument("case", metavar="CASE")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--url", help=_("the exact web address of the material"))
    target.add_argument("--account", help=_("an account or channel to take down as a whole"))
    p.add_argument("--recipient", required=True, metavar="NAME",
                   help=_("recipient name or key (see 'takedown recipients')"))
    p.add_argument("--evidence", nargs="+", default=[], metavar="ID",
                   help=_("evidence items covered (ids or codes)"))
    p.add_argument("--channel", **enum_option(Channel))
    p.add_argument("--content-type", **enum_option(ContentType))
    p.add_argument("--action", **enum_option(RequestedAction))
    p.add_argument("--description", default="", help=_("what the material is (never who)"))
    p.add_argument("--keywords", default="", help=_("titles or search keywords"))
    p.add_argument("--note", default="")
    p.add_argument("--submit", action="store_true", help=_("it has been sent already"))
    p.add_argument("--at", metavar="TIME", help=_("when it was sent (with --submit)"))
    p.add_argument("--reference", metavar="REF", help=_("the recipient's reference number"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(ts, "set-status", _("record a status change"), cmd_set_status)
    p.add_argument("request", metavar="ID")
    p.add_argument("status", **enum_option(TakedownStatus))
    p.add_argument("--reference", metavar="REF", help=_("the recipient's reference number"))
    p.add_argument("--at", metavar="TIME", help=_("when it happened (default now), e.g. "
                                                  "2024-03-01T10:00+09:00"))
    p.add_argument("--verified-at", metavar="TIME",
                   help=_("for removed: when you confirmed the material is gone"))
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(ts, "list", _("the follow-up queue: overdue first, then due today, then "
                                 "upcoming"), cmd_list)
    p.add_argument("--case", metavar="CASE", help=_("only this case"))
    p.add_argument("--all", action="store_true",
                   help=_("with --case: every request of the case, whatever its state"))
    p.add_argument("--counsellor", metavar="NAME", help=_("only this counsellor's cases"))
    p.add_argument("--overdue", action="store_true", help=_("only overdue follow-ups"))
    p.add_argument("--as-of", metavar="TIME", help=_("treat this time as now"))
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--after", metavar="CURSOR", help=_("continue after this page cursor"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(ts, "show", _("a request with its history, tasks, chain and escalation step"),
             cmd_show)
    p.add_argument("request", metavar="ID")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(ts, "letter", _("write a letter, web-form text or the statutory request form"),
             cmd_letter)
    p.add_argument("request", metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE", help=_("a .pdf or .txt file"))
    p.add_argument("--lang", dest="letter_lang", choices=("ko", "en"),
                   help=_("language of the letter"))
    p.add_argument("--form", default="letter", **enum_option(LetterForm))
    p.add_argument("--name-victim", action="store_true",
                   help=_("name the victim in this letter (needs their consent to be named to "
                          "platforms and regulators: case consent --grant identify; audited)"))

    p = subcommand(ts, "stats", _("figures per recipient, counted in requests (not in cases "
                                  "or victims)"), cmd_stats)
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(ts, "escalate", _("next step of the escalation path (regulator, then police)"),
             cmd_escalate)
    p.add_argument("request", metavar="ID")
    p.add_argument("--recipient", metavar="NAME", help=_("default: the step's usual recipient"))
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(ts, "reupload", _("the material came back: a linked request for the new "
                                     "address"), cmd_reupload)
    p.add_argument("request", metavar="ID")
    p.add_argument("--url", required=True)
    p.add_argument("--recipient", metavar="NAME")
    p.add_argument("--evidence", nargs="+", default=[], metavar="ID")
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(ts, "check", _("you looked: still online, no answer yet"), cmd_check)
    p.add_argument("request", metavar="ID")
    p.add_argument("--at", metavar="TIME")
    p.add_argument("--note", default="")

    p = subcommand(ts, "verify", _("record when the removal was confirmed"), cmd_verify)
    p.add_argument("request", metavar="ID")
    p.add_argument("--at", metavar="TIME")

    p = subcommand(ts, "recheck", _("close a re-check task"), cmd_recheck)
    p.add_argument("task", type=int, metavar="TASK")
    found = p.add_mutually_exclusive_group(required=True)
    found.add_argument("--still-removed", action="store_true")
    found.add_argument("--found-again", action="store_true")
    p.add_argument("--url", help=_("where it turned up (default: the same address)"))
    p.add_argument("--at", metavar="TIME")

    p = subcommand(ts, "due", _("move a follow-up date or change the request's policy"), cmd_due)
    p.add_argument("request", metavar="ID")
    p.add_argument("--due", metavar="TIME", help=_("new due date of the open follow-up"))
    p.add_argument("--escalate-at", metavar="TIME")
    p.add_argument("--check-hours", type=int)
    p.add_argument("--escalate-hours", type=int)
    p.add_argument("--recheck-days", metavar="DAYS", help=_("e.g. 7,30"))

    p = subcommand(ts, "recipients", _("the recipient directory with guidance"), cmd_recipients)
    p.add_argument("--all", action="store_true", help=_("include deactivated recipients"))
    p.add_argument("--json", action="store_true", help=_("print as JSON"))

    p = subcommand(ts, "recipient-add", _("add a recipient to the directory"), cmd_recipient_add)
    p.add_argument("name")
    p.add_argument("--kind", required=True, **enum_option(RecipientKind))
    p.add_argument("--channel", required=True, **enum_option(Channel))
    p.add_argument("--web-form", default="")
    p.add_argument("--email", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--address", default="")
    p.add_argument("--guidance", default="")
    p.add_argument("--check-hours", type=int, default=24)
    p.add_argument("--escalate-hours", type=int, default=72)
    p.add_argument("--recheck-days", default="7,30")
    p.add_argument("--statutory", action="store_true",
                   help=_("a Korean service provider bound by Art. 22-5"))

    p = subcommand(ts, "template", _("show, replace or reset a letter template"), cmd_template)
    p.add_argument("kind", **enum_option(RecipientKind))
    p.add_argument("--form", default="letter", **enum_option(
        LetterForm, members=(LetterForm.LETTER, LetterForm.WEBFORM)))
    p.add_argument("--lang", dest="template_lang", choices=("ko", "en"), required=True)
    action = p.add_mutually_exclusive_group()
    action.add_argument("--set", metavar="FILE", help=_("use the text of this UTF-8 file"))
    action.add_argument("--reset", action="store_true", help=_("back to the shipped text"))
    action.add_argument("--placeholders", action="store_true",
                        help=_("list the placeholders a template can use"))

    p = subcommand(ts, "settings", _("the legal basis letters to service providers use"),
                   cmd_settings)
    p.add_argument("--legal-basis-ko")
    p.add_argument("--legal-basis-en")
    # kept for scripts: letters are now signed by the counsellor profile that makes them
    p.add_argument("--signatory", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help=_("print as JSON"))


# --- printing ---------------------------------------------------------------------------------
def _local(moment: datetime | None, tz: Any = None) -> str:
    if moment is None:
        return "-"
    shown = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return shown.strftime("%Y-%m-%d %H:%M %z")


def _target(request: Any) -> str:
    from caseapp.takedown import targets

    return " / ".join(targets.display_lines(request.target_kind, request.target))


def _print_request(request: Any) -> None:
    say(f"{request.code}  {request.case_number}  {request.recipient_name}  "
        f"{request.status.label()}  {_target(request)}")


def _request_json(vault: Any, request: Any) -> dict[str, Any]:
    from caseapp.services import takedowns

    data: dict[str, Any] = jsonable(request)
    data["evidence"] = [e.code for e in takedowns.evidence_of(vault, request)]
    data["open_tasks"] = jsonable(takedowns.tasks(vault, request, open_only=True))
    return data


def _when(text: str | None) -> str | None:
    return text or None


# --- commands -----------------------------------------------------------------------------------
def cmd_add(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    if (args.at or args.reference) and not args.submit:
        raise BadInput(N_("--at and --reference go with --submit (or use set-status)."))
    with unlocked(args) as vault:
        kind = "url" if args.url is not None else "account"
        request = takedowns.create_request(
            vault, args.case, args.url if args.url is not None else args.account,
            args.recipient, target_kind=kind, evidence=args.evidence, channel=args.channel,
            content_type=args.content_type, description=args.description,
            keywords=args.keywords, action=args.action, note=args.note)
        if args.submit:
            request = takedowns.submit(vault, request, at=_when(args.at),
                                       reference=args.reference)
        if args.json:
            print_json(_request_json(vault, request))
        else:
            _print_request(request)
            recipient = takedowns.get_recipient(vault, request.recipient_id)
            for line in takedowns.recipient_guidance(recipient):
                say(f"  - {line}")
    return OK


def cmd_set_status(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        request = takedowns.set_status(vault, args.request, args.status, at=_when(args.at),
                                       reference=args.reference,
                                       verified_at=_when(args.verified_at), note=args.note)
        if args.json:
            print_json(_request_json(vault, request))
            return OK
        _print_request(request)
        if request.status.value == "removed" and request.removal_verified_at is None:
            warn(_("Removal not verified yet: when you have confirmed the material is gone, "
                   "run 'caseapp-admin takedown verify {code} --at TIME'; the re-checks are "
                   "planned from that date.", code=request.code))
    return OK


def _cursor(text: str | None) -> tuple[str, int] | None:
    if not text:
        return None
    due, sep, task = text.rpartition("|")
    if not sep or not task.isdigit():
        raise BadInput(N_("'{value}' is not a page cursor from an earlier list."),
                       value=text[:60])
    return due, int(task)


def cmd_list(args: argparse.Namespace) -> int:
    from caseapp.domain import fields
    from caseapp.services import takedowns
    from caseapp.takedown import lifecycle

    if args.all and not args.case:
        raise BadInput(N_("--all lists the requests of one case; add --case."))
    with unlocked(args) as vault:
        if args.all:
            requests = takedowns.list_requests(vault, args.case)
            if args.overdue:
                now = fields.now_utc() if not args.as_of else lifecycle.parse_due(
                    args.as_of, N_("As of"), now=fields.now_utc())
                due_ids = {row.request_id for row in takedowns.queue(
                    vault, as_of=now, case=args.case, overdue_only=True, limit=1000).items}
                requests = [r for r in requests if r.id in due_ids]
            if args.json:
                print_json([_request_json(vault, r) for r in requests])
            else:
                for request in requests:
                    _print_request(request)
            return OK
        page = takedowns.queue(vault, as_of=args.as_of, case=args.case,
                               counsellor=args.counsellor, overdue_only=args.overdue,
                               limit=args.limit, after=_cursor(args.after))
        cursor = None if page.next_after is None else f"{page.next_after[0]}|" \
            f"{page.next_after[1]}"
        if args.json:
            print_json({"items": jsonable(list(page.items)), "next_after": cursor})
            return OK
        tz = None
        if args.as_of:
            tz = lifecycle.parse_due(args.as_of, N_("As of"), now=fields.now_utc()).tzinfo
        for row in page.items:
            from caseapp.takedown import targets

            say(f"{row.bucket.label():<10} {_local(row.due_at, tz)}  {row.task.label()}  "
                f"{row.request_code}  {row.case_number}  {row.recipient_name}  "
                f"{row.status.label()}  {targets.visible(row.target)}")
        if not page.items:
            say(_("Nothing is due."))
        if cursor:
            say(_("More: --after {cursor}", cursor=cursor))
    return OK


def cmd_show(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        request = takedowns.get_request(vault, args.request)
        events = takedowns.history(vault, request)
        task_list = takedowns.tasks(vault, request)
        chain = takedowns.chain(vault, request)
        state = takedowns.escalation_state(vault, request)
        recipient = takedowns.get_recipient(vault, request.recipient_id)
        guidance = takedowns.recipient_guidance(recipient)
        if args.json:
            data = _request_json(vault, request)
            data["history"] = jsonable(events)
            data["tasks"] = jsonable(task_list)
            data["chain"] = [r.code for r in chain]
            data["escalation"] = {
                "step": state.step.value,
                "next_step": None if state.next_step is None else state.next_step.value,
                "next_recipient": state.next_recipient, "ready": state.ready,
                "requirements": [{"requirement": c.requirement.value, "met": c.met,
                                  "blocking": c.blocking} for c in state.checks]}
            data["guidance"] = guidance
            print_json(data)
            return OK
        _print_request(request)
        rows = [
            (_("Target"), _target(request)),
            (_("Recipient"), f"{recipient.name} ({recipient.kind.label()}, "
                             f"{request.channel.label()})"),
            (_("Reference"), request.recipient_reference or "-"),
            (_("Submitted"), _local(request.submitted_at)),
            (_("Escalate at"), _local(request.escalate_at)),
            (_("Removal verified"), _local(request.removal_verified_at)),
            (_("Evidence"), ", ".join(e.code for e in takedowns.evidence_of(vault, request))
             or "-"),
        ]
        for label, value in rows:
            say(f"  {label}: {value}")
        say(_("History:"))
        for event in events:
            old = "-" if event.old_status is None else event.old_status.value
            extra = f"  ({event.reference})" if event.reference else ""
            say(f"  {event.at.isoformat()}  {old} -> {event.new_status.value}  "
                f"{event.recorded_by}{extra}")
        say(_("Follow-ups:"))
        for task in task_list:
            state_text = _("open") if task.open else f"{_('done')} ({task.outcome})"
            say(f"  #{task.id}  {_local(task.due_at)}  {task.kind.label()}  {state_text}")
        if len(chain) > 1:
            say(_("Chain:"))
            for member in chain:
                link = "" if member.link is None else f" [{member.link.label()}]"
                say(f"  {member.code}{link}  {member.recipient_name}  "
                    f"{member.status.label()}  {_target(member)}")
        say(_("Escalation step: {step}", step=state.step.label()))
        if state.next_step is not None:
            say("  " + _("Next: {step}", step=state.next_step.label()))
            for check in state.checks:
                mark = "[x]" if check.met else "[ ]"
                say(f"    {mark} {check.requirement.label()}")
        say(_("How to report there:"))
        for line in guidance:
            say(f"  - {line}")
    return OK


def cmd_letter(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        result = takedowns.write_letter(vault, args.request, Path(args.out), form=args.form,
                                        lang=args.letter_lang or current_language(),
                                        include_victim_identity=args.name_victim)
    say(_("Written: {path} (SHA-256 {sha256})", path=str(result.path), sha256=result.sha256))
    return OK


def cmd_stats(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        rows = takedowns.figures(vault)
    if args.json:
        print_json(jsonable(rows))
        return OK
    say(_("Recipient | sent | removed | median hours to removal | rejection rate | "
          "re-uploads found"))
    for row in rows:
        median = "-" if row.median_hours_to_removal is None \
            else f"{row.median_hours_to_removal:.1f}"
        rate = "-" if row.rejection_rate is None else f"{row.rejection_rate:.0%}"
        say(f"{row.recipient_name} | {row.sent} | {row.removed} | {median} | {rate} | "
            f"{row.reuploads}")
    return OK


def cmd_escalate(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        request = takedowns.escalate(vault, args.request, recipient=args.recipient,
                                     note=args.note)
        if args.json:
            print_json(_request_json(vault, request))
        else:
            _print_request(request)
    return OK


def cmd_reupload(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        request = takedowns.reupload(vault, args.request, args.url, recipient=args.recipient,
                                     evidence=args.evidence, note=args.note)
        if args.json:
            print_json(_request_json(vault, request))
        else:
            _print_request(request)
    return OK


def cmd_check(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        request = takedowns.record_check(vault, args.request, at=_when(args.at),
                                         note=args.note)
        _print_request(request)
    return OK


def cmd_verify(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        request = takedowns.verify_removal(vault, args.request, at=_when(args.at))
        _print_request(request)
    return OK


def cmd_recheck(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        created = takedowns.complete_recheck(vault, args.task, found_again=args.found_again,
                                             at=_when(args.at), url=args.url)
        if created is not None:
            _print_request(created)
    return OK


def cmd_due(args: argparse.Namespace) -> int:
    from caseapp.domain.takedowns import FollowUpPolicy, parse_recheck_days
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        current = takedowns.get_request(vault, args.request)
        policy = None
        if args.check_hours is not None or args.escalate_hours is not None \
                or args.recheck_days is not None:
            policy = FollowUpPolicy(
                args.check_hours if args.check_hours is not None
                else current.policy.check_after_hours,
                args.escalate_hours if args.escalate_hours is not None
                else current.policy.escalate_after_hours,
                parse_recheck_days(args.recheck_days) if args.recheck_days is not None
                else current.policy.recheck_days)
        request = takedowns.set_follow_up(vault, current, due=_when(args.due),
                                          escalate_at=_when(args.escalate_at), policy=policy)
        _print_request(request)
        for task in takedowns.tasks(vault, request, open_only=True):
            say(f"  #{task.id}  {_local(task.due_at)}  {task.kind.label()}")
    return OK


def cmd_recipients(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    with unlocked(args) as vault:
        recipients = takedowns.list_recipients(vault, include_inactive=args.all)
    if args.json:
        print_json([{**jsonable(r), "guidance": takedowns.recipient_guidance(r)}
                    for r in recipients])
        return OK
    for r in recipients:
        state = "" if r.active else f" [{_('deactivated')}]"
        say(f"{r.key or r.id}: {r.name} ({r.kind.label()}, {r.channel.label()}){state}")
        for value in (r.web_form, r.email, r.phone):
            if value:
                say(f"    {value}")
        for line in takedowns.recipient_guidance(r):
            say(f"  - {line}")
    return OK


def cmd_recipient_add(args: argparse.Namespace) -> int:
    from caseapp.domain.takedowns import FollowUpPolicy, RecipientDraft, parse_recheck_days
    from caseapp.services import takedowns

    draft = RecipientDraft(args.name, args.kind, args.channel, args.web_form, args.email,
                           args.address, args.phone, args.guidance,
                           FollowUpPolicy(args.check_hours, args.escalate_hours,
                                          parse_recheck_days(args.recheck_days)),
                           args.statutory)
    with unlocked(args) as vault:
        recipient = takedowns.add_recipient(vault, draft)
    say(f"{recipient.id}: {recipient.name}")
    return OK


def cmd_template(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns
    from caseapp.takedown import templates

    if args.placeholders:
        for name, what in templates.PLACEHOLDERS.items():
            say(f"${{{name}}}  {_(what)}")
        return OK
    with unlocked(args) as vault:
        if args.reset:
            takedowns.reset_template(vault, args.kind, args.form, args.template_lang)
            return OK
        if args.set:
            try:
                # utf-8-sig: Notepad's BOM is not part of the letter (CRLF becomes \n here).
                body = Path(args.set).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise BadInput(N_("Could not read {path}: {detail}"), path=args.set,
                               detail=type(exc).__name__) from exc
            takedowns.set_template(vault, args.kind, args.form, args.template_lang, body)
            return OK
        text, _edited = takedowns.template_text(vault, args.kind, args.form,
                                                args.template_lang)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return OK


def cmd_settings(args: argparse.Namespace) -> int:
    from caseapp.services import takedowns

    changes = {k: v for k, v in (("legal_basis_ko", args.legal_basis_ko),
                                 ("legal_basis_en", args.legal_basis_en),
                                 ("signatory", args.signatory)) if v is not None}
    if args.signatory is not None:
        warn(_("Letters are signed by the counsellor profile that makes them (caseapp-admin "
               "--actor NAME); the stored signatory is kept but no longer printed."))
    with unlocked(args) as vault:
        settings = takedowns.set_letter_settings(vault, **changes) if changes \
            else takedowns.letter_settings(vault)
    if args.json:
        print_json(jsonable(settings))
    else:
        for key, value in jsonable(settings).items():
            say(f"{key}: {value}")
    return OK
