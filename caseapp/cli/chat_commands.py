"""``evidence import-chat``: a Telegram Desktop or KakaoTalk export into a case's evidence,
or (``--dry-run``) only what it holds and what would be imported."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from caseapp.cli.common import OK, add_unlock_options, print_json, say, warn
from caseapp.cli.common import unlocked as unlocked_store
from caseapp.errors import BadInput
from caseapp.i18n import N_, _

FORMAT_CHOICES = ("auto", "telegram-json", "telegram-html", "kakao")


def register(es: Any) -> None:
    p = es.add_parser("import-chat", help=_("import messages of a Telegram Desktop or "
                                            "KakaoTalk chat export as evidence"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("path", metavar="PATH",
                   help=_("the export: its folder, result.json, messages.html, a KakaoTalk "
                          ".txt or .csv, or a .zip of one"))
    p.add_argument("--format", default="auto", choices=FORMAT_CHOICES)
    p.add_argument("--hash-only", action="store_true",
                   help=_("keep only the hashes of attached media, not the files (needed when "
                          "the victim has not consented to copies being kept)"))
    p.add_argument("--time-zone", metavar="TZ", default=None,
                   help=_("zone of the computer or phone that made the export, e.g. "
                          "Asia/Seoul (needed when it wrote local times only)"))
    p.add_argument("--from-participant", metavar="NAME_OR_ID", nargs="+", action="extend",
                   default=[], help=_("only messages from these participants"))
    p.add_argument("--since", metavar="DATE", help=_("only messages on or after this date "
                                                     "(YYYY-MM-DD, the export's own dates)"))
    p.add_argument("--until", metavar="DATE", help=_("only messages on or before this date"))
    p.add_argument("--with-media-only", action="store_true",
                   help=_("only messages with a photo, video or file"))
    p.add_argument("--suspect", metavar="NAME_OR_ID", nargs="+", action="extend", default=[],
                   help=_("participants who are suspects (recorded as perpetrator accounts)"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("show what the export holds and what would be imported; write "
                          "nothing"))
    p.add_argument("--json", action="store_true")
    add_unlock_options(p)
    p.set_defaults(func=cmd_import_chat)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(N_("{option}: '{value}' is not a date (YYYY-MM-DD)."), option=option,
                       value=value[:40]) from None


def _moment(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def preview_json(preview: Any) -> dict[str, Any]:
    return {
        "format": preview.format.value, "source": preview.source_name,
        "source_kind": preview.source_kind, "sha256": preview.sha256, "size": preview.size,
        "saved_at": preview.saved_at,
        "files": [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in preview.files],
        "chats": [{"name": c.name, "id": c.chat_id, "type": c.chat_type,
                   "link": c.link_base, "messages": c.messages,
                   "service_messages": c.service, "first": _moment(c.first),
                   "last": _moment(c.last)} for c in preview.chats],
        "participants": [{"name": p.name, "id": p.sender_id, "key": p.key,
                          "messages": p.messages, "media": p.media, "selected": p.selected}
                         for p in preview.participants],
        "messages": preview.messages, "service_messages": preview.service_messages,
        "media": dict(sorted(preview.media.items())),
        "media_in_export": preview.media_in_export,
        "media_not_included": preview.media_not_included,
        "first": _moment(preview.first), "last": _moment(preview.last),
        "local_times_only": preview.local_times_only,
        "needs_time_zone": preview.needs_time_zone,
        "selected": {"messages": preview.selected, "with_media": preview.selected_media,
                     "already_imported": preview.already_imported,
                     "new": preview.selected - preview.already_imported},
    }


def _say_preview(preview: Any) -> None:
    say(_("{format}: {name}", format=preview.format.label(), name=preview.source_name))
    say(f"SHA-256 {preview.sha256}")
    for chat in preview.chats:
        ident = f" ({chat.chat_id})" if chat.chat_id else ""
        say(_("Chat {name}{id}: {count} message(s), {first} – {last}",
              name=chat.name or "—", id=ident, count=chat.messages,
              first=_moment(chat.first) or "—", last=_moment(chat.last) or "—"))
    for person in preview.participants:
        ident = f" ({person.sender_id})" if person.sender_id else ""
        say(_("  {name}{id}: {count} message(s), {media} with media",
              name=person.name or "—", id=ident, count=person.messages, media=person.media))
    media = ", ".join(f"{k} {v}" for k, v in sorted(preview.media.items())) or "—"
    say(_("Media: {media} ({missing} not included in the export)", media=media,
          missing=preview.media_not_included))
    say(_("Selected: {count} message(s), {new} not yet in the case.", count=preview.selected,
          new=preview.selected - preview.already_imported))
    if preview.needs_time_zone:
        warn(_("This export gives only local times: add --time-zone (for example "
               "Asia/Seoul) to import it."))


def cmd_import_chat(args: argparse.Namespace) -> int:
    from caseapp.domain.chat import ParticipantRole
    from caseapp.services import cases as case_service
    from caseapp.services.chat_import import import_chat_export
    from caseapp.services.chat_preview import Selection, participant_keys, scan_export

    selection = Selection(participants=tuple(args.from_participant),
                          since=_date(args.since, "--since"), until=_date(args.until, "--until"),
                          with_media_only=args.with_media_only)
    path = Path(args.path)
    with unlocked_store(args) as vault:
        case = case_service.get_case(vault, args.case)
        preview = scan_export(path, fmt=args.format, selection=selection, vault=vault,
                              case=case)
        if preview.unknown_names:
            participant_keys(preview, preview.unknown_names)
        participant_keys(preview, args.suspect)
        if args.dry_run:
            if args.json:
                print_json(preview_json(preview))
            else:
                _say_preview(preview)
            return OK
        roles = dict.fromkeys(args.suspect, ParticipantRole.SUSPECT)
        result = import_chat_export(vault, case, path, fmt=args.format, zone=args.time_zone,
                                    hash_only=args.hash_only,
                                    selection=selection, roles=roles, preview=preview)
    if args.json:
        print_json({"created": list(result.created), "skipped": result.skipped,
                    "media_files": result.media_files,
                    "export": {"name": result.export_name, "sha256": result.export_sha256},
                    "matches": list(result.matches)})
    else:
        for code in result.created:
            say(code)
    if result.skipped:
        warn(_("{count} message(s) were already in the case and were not added again.",
               count=result.skipped))
    for code in result.matches:
        warn(_("A media file matches evidence {code} in another case.", code=code))
    for warning in result.warnings:
        warn(_(warning))
    return OK
