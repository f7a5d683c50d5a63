"""Evidence commands: add a file, a link or a note; list; verify; package for police."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseapp.cli.common import (
    OK,
    PROBLEM,
    add_unlock_options,
    enum_option,
    print_json,
    say,
    warn,
)
from caseapp.cli.common import unlocked as unlocked_store
from caseapp.domain.hash_lists import HashListFormat
from caseapp.domain.platforms import Platform
from caseapp.i18n import _, current_language, translate


def _metadata_options(p: argparse.ArgumentParser, *, url: bool = True) -> None:
    if url:
        p.add_argument("--url", help=_("where the material was found"))
    p.add_argument("--platform", **enum_option(Platform))
    p.add_argument("--channel", help=_("channel or chat room name"))
    p.add_argument("--channel-id", help=_("channel or chat room ID"))
    p.add_argument("--message-id", help=_("message ID or link"))
    p.add_argument("--poster", help=_("account that posted it"))
    p.add_argument("--captured-at", help=_("when it was captured, e.g. 2026-11-20T22:10+09:00"))
    p.add_argument("--time-zone", default="", help=_("time zone name, e.g. Asia/Seoul"))
    p.add_argument("--captured-by", default=None, help=_("who captured it"))
    p.add_argument("--description", default="", help=_("what it shows"))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ev = sub.add_parser("evidence", help=_("evidence items"))
    es = ev.add_subparsers(dest="evidence_command", metavar="ACTION")
    es.required = True

    p = es.add_parser("add", help=_("add an evidence file (streamed into the encrypted store)"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--hash-only", action="store_true",
                   help=_("keep only the file's hashes, not the file (needed when the victim "
                          "has not consented to copies being kept)"))
    _metadata_options(p)
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = es.add_parser("add-url", help=_("record a link without a file"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("url", metavar="URL")
    _metadata_options(p, url=False)
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add_url)

    p = es.add_parser("add-note", help=_("record an observation without a file or link"))
    p.add_argument("case", metavar="CASE")
    _metadata_options(p)
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add_note)

    p = es.add_parser("list", help=_("list a case's evidence"))
    p.add_argument("case", metavar="CASE")
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = es.add_parser("custody", help=_("chain of custody of one item"))
    p.add_argument("item", metavar="ITEM", help=_("evidence code (E-…) or id"))
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_custody)

    p = es.add_parser("link", help=_("link an item to a perpetrator account or channel, so it "
                                     "counts where that account appears in other cases"))
    p.add_argument("item", metavar="ITEM", help=_("evidence code (E-…) or id"))
    p.add_argument("--account", required=True, type=int, metavar="ID",
                   help=_("account number, as 'case accounts' shows it"))
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_link)

    p = es.add_parser("verify", help=_("re-read stored content and compare SHA-256"))
    p.add_argument("case", metavar="CASE", nargs="?")
    add_unlock_options(p)
    p.set_defaults(func=cmd_verify)

    p = es.add_parser("package", help=_("export an evidence package for police"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--zip", action="store_true", help=_("write one .zip file instead"))
    p.add_argument("--lang", dest="package_lang", choices=("ko", "en"), default=None,
                   help=_("language of the README and the manifest's headers (default: the "
                          "message language)"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_package)

    p = es.add_parser("hashes", help=_("export a case's hashes as a hash list (no content, "
                                        "no victim data)"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--format", default="csv",
                   **enum_option(HashListFormat, _("file format")))
    p.add_argument("--item", action="append", default=[], metavar="CODE",
                   help=_("only this evidence item (repeat for more)"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_hashes)

    p = es.add_parser("sweep", help=_("remove content left by an interrupted save"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_sweep)

    from caseapp.cli import chat_commands

    chat_commands.register(es)


def _draft(args: argparse.Namespace, kind: str, actor: str) -> Any:
    from caseapp.domain.evidence import EvidenceDraft, EvidenceKind

    return EvidenceDraft(
        kind=EvidenceKind(kind), platform=args.platform or None,
        url=getattr(args, "url", None) or None,
        channel_name=args.channel, channel_id=args.channel_id, message_id=args.message_id,
        poster_account=args.poster, captured_at=args.captured_at or None,
        captured_tz=args.time_zone, captured_by=args.captured_by or actor,
        description=args.description)


def item_json(item: Any) -> dict[str, Any]:
    from caseapp.services.evidence_package import manifest_row

    row = manifest_row(item, None)
    row.pop("package_file")
    row.pop("held_as")
    row["id"] = item.id
    row["warnings"] = list(item.warnings)
    row["hash_only"] = item.hash_only
    return row


def _report_outcome(args: argparse.Namespace, outcome: Any) -> None:
    from caseapp.evidence.warning_codes import EvidenceWarning

    if args.json:
        print_json({"item": item_json(outcome.item), "matches": [
            {"code": m.code, "case": m.case_number, "exact": m.exact, "distance": m.distance,
             "transform": m.transform, "video_percent": m.video_percent}
            for m in outcome.matches]})
    else:
        say(outcome.item.code)
    for code in outcome.warnings:
        try:
            warn(EvidenceWarning(code).message(current_language()))
        except ValueError:
            warn(code)
    for hit in outcome.list_matches:
        warn(_("On the hash list {label} from {source} ({method}).", label=hit.list_label,
               source=hit.source, method=hit.method.label(current_language())))
    for m in outcome.matches:
        if m.exact:
            warn(_("Also evidence {code} in case {case} (same SHA-256).", code=m.code,
                   case=m.case_number))
        elif m.video_percent is not None:
            warn(_("Likely re-upload of evidence {code} in case {case} (similar video, "
                   "{percent}% of frames match).", code=m.code, case=m.case_number,
                   percent=f"{m.video_percent:.0f}"))
        else:
            warn(_("Likely re-upload of evidence {code} in case {case} (PDQ distance "
                   "{distance}, {transform}).", code=m.code, case=m.case_number,
                   distance=m.distance, transform=m.transform or ""))


def cmd_add(args: argparse.Namespace) -> int:
    from caseapp.services import evidence

    with unlocked_store(args) as vault:
        outcome = evidence.ingest_file(vault, args.case, Path(args.file),
                                       draft=_draft(args, "file", vault.actor),
                                       hash_only=args.hash_only)
    _report_outcome(args, outcome)
    if outcome.item.hash_only:
        warn(_("Only the hashes of {code} were kept; the file itself is not stored.",
               code=outcome.item.code))
    return OK


def cmd_add_url(args: argparse.Namespace) -> int:
    from caseapp.services import evidence

    with unlocked_store(args) as vault:
        outcome = evidence.add_url_evidence(vault, args.case, args.url,
                                            draft=_draft(args, "url", vault.actor))
    _report_outcome(args, outcome)
    return OK


def cmd_add_note(args: argparse.Namespace) -> int:
    from caseapp.domain.evidence import IngestOutcome
    from caseapp.services import evidence

    with unlocked_store(args) as vault:
        item = evidence.add_note_evidence(vault, args.case, _draft(args, "note", vault.actor))
    _report_outcome(args, IngestOutcome(item, (), ()))
    return OK


def cmd_list(args: argparse.Namespace) -> int:
    from caseapp.services import evidence

    with unlocked_store(args) as vault:
        items = evidence.list_evidence(vault, args.case)
    if args.json:
        print_json([item_json(i) for i in items])
        return OK
    hash_only = _("hash only")
    for i in items:
        what = i.original_filename or i.url or i.description[:40]
        mark = f"  [{hash_only}]" if i.hash_only else ""
        say(f"{i.code}  {i.kind.value:<8}  {(i.sha256 or '-')[:16]}  {i.size or '-':>10}  "
            f"{what}{mark}")
    return OK


def cmd_custody(args: argparse.Namespace) -> int:
    from caseapp.services import evidence

    with unlocked_store(args) as vault:
        item = evidence.get_evidence(vault, args.item)
        events = evidence.custody_events(vault, item.id)
    rows = [{"at": e.at.isoformat(), "action": e.action.value, "actor": e.actor,
             "details": e.details} for e in events]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            say(f"{r['at']}  {r['action']:<18}  {r['actor']}  {r['details']}")
    return OK


def cmd_link(args: argparse.Namespace) -> int:
    from caseapp.services import evidence

    with unlocked_store(args) as vault:
        shared = evidence.link_account(vault, args.item, args.account)
    if args.json:
        print_json({"account": shared.account.id, "platform": shared.account.platform.value,
                    "handle": shared.account.handle, "other_cases": list(shared.other_cases)})
    elif shared.other_cases:
        say(_("Linked to {handle}; it appears in {count} other case(s): {numbers}",
              handle=shared.account.handle, count=len(shared.other_cases),
              numbers=", ".join(shared.other_cases)))
    else:
        say(_("Linked to {handle}; it appears in no other case.",
              handle=shared.account.handle))
    return OK


def cmd_verify(args: argparse.Namespace) -> int:
    from caseapp.services import evidence

    with unlocked_store(args) as vault:
        results = evidence.verify_evidence(vault, args.case)
    bad = [r for r in results if not r.ok]
    for r in results:
        if not r.checked:
            if r.note:
                say(f"{r.code}: " + translate(r.note))
            continue
        say(f"{r.code}: " + (_("OK") if r.ok else evidence.translate_problem(r)))
    if bad:
        warn(_("{count} problem(s) found.", count=len(bad)))
        return PROBLEM
    say(_("No problems found."))
    return OK


def cmd_package(args: argparse.Namespace) -> int:
    from caseapp.services import evidence_package

    lang = args.package_lang or args.lang or current_language()
    with unlocked_store(args) as vault:
        result = evidence_package.build_package(vault, args.case, Path(args.out),
                                                as_zip=args.zip, lang=lang)
    say(str(result.path))
    warn(_("{items} item(s), {files} file(s). Officers can check the files with "
           "'sha256sum -c SHA256SUMS'.", items=result.items, files=result.files))
    if result.hash_only:
        warn(_("Recorded by hash only, no file in the package (no consent to keep copies): "
               "{codes}.", codes=", ".join(result.hash_only)))
    return OK


def cmd_hashes(args: argparse.Namespace) -> int:
    from caseapp.services import hash_lists

    with unlocked_store(args) as vault:
        count = hash_lists.export_case_hashes(vault, args.case, Path(args.out),
                                              fmt=args.format, items=args.item)
    say(str(Path(args.out)))
    warn(_("{count} item(s) written as a hash list.", count=count))
    return OK


def cmd_sweep(args: argparse.Namespace) -> int:
    from caseapp.services import evidence

    with unlocked_store(args) as vault:
        removed = evidence.sweep_orphan_content(vault)
    say(_("{count} orphaned content block(s) removed.", count=removed))
    return OK
