"""Hash-list commands: import a known-material list, list and remove lists, show the
evidence found on them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseapp.cli import common
from caseapp.cli.common import OK, add_unlock_options, print_json, say, warn
from caseapp.i18n import _, current_language


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    hl = sub.add_parser("hashlist", help=_("known-material hash lists from partners, police "
                                            "and platforms"))
    hs = hl.add_subparsers(dest="hashlist_command", metavar="ACTION")
    hs.required = True

    p = hs.add_parser("import", help=_("import a hash list (CSV or text with SHA-256, MD5 "
                                        "and/or PDQ); evidence is checked against it at once"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--source", required=True, metavar="TEXT",
                   help=_("who supplied the list: a partner, the police, a platform"))
    p.add_argument("--label", default="", metavar="TEXT",
                   help=_("a name for the list (default: the file name)"))
    p.add_argument("--skip-bad", action="store_true",
                   help=_("import the valid lines of a file with malformed ones"))
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = hs.add_parser("list", help=_("the imported hash lists"))
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = hs.add_parser("matches", help=_("evidence found on a hash list"))
    p.add_argument("--case", metavar="N", help=_("only this case"))
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_matches)

    p = hs.add_parser("remove", help=_("remove a hash list and the matches found through it"))
    p.add_argument("id", metavar="ID")
    add_unlock_options(p)
    p.set_defaults(func=cmd_remove)


def list_json(h: Any) -> dict[str, Any]:
    return {"id": h.id, "source": h.source, "label": h.label, "file": h.file_name,
            "file_sha256": h.file_sha256, "imported_at": h.imported_at.isoformat(),
            "imported_by": h.imported_by, "entries": h.entry_count, "sha256": h.sha256_count,
            "md5": h.md5_count, "pdq": h.pdq_count, "skipped_lines": h.skipped_lines,
            "matched_items": h.match_count}


def match_json(m: Any) -> dict[str, Any]:
    return {"evidence": m.code, "case": m.case_number, "list_id": m.list_id,
            "source": m.source, "list_label": m.list_label, "entry_label": m.entry_label,
            "method": m.method.value, "distance": m.distance, "transform": m.transform,
            "found_at": m.found_at.isoformat()}


def cmd_import(args: argparse.Namespace) -> int:
    from caseapp.services import hash_lists

    with common.unlocked(args) as vault:
        try:
            result = hash_lists.import_list(vault, Path(args.file), source=args.source,
                                            label=args.label, skip_bad=args.skip_bad)
        except hash_lists.BadLines as bad:
            for line in bad.lines(current_language()):
                warn(line)
            raise
    lang = current_language()
    if args.json:
        print_json({"list": list_json(result.hash_list),
                    "skipped": [{"line": p.line, "problem": p.message(lang)}
                                for p in result.skipped],
                    "matched_items": result.matches})
    else:
        say(str(result.hash_list.id))
    for problem in result.skipped:
        warn(_("skipped {problem}", problem=problem.message(lang)))
    warn(_("Hash list {id} ({source}): {entries} entries imported, {skipped} line(s) "
           "skipped; {matches} evidence item(s) already in the store are on it.",
           id=result.hash_list.id, source=result.hash_list.source,
           entries=result.hash_list.entry_count, skipped=len(result.skipped),
           matches=result.matches))
    return OK


def cmd_list(args: argparse.Namespace) -> int:
    from caseapp.services import hash_lists

    with common.unlocked(args) as vault:
        lists = hash_lists.list_lists(vault)
    if args.json:
        print_json([list_json(h) for h in lists])
        return OK
    for h in lists:
        say(f"{h.id}  {h.source}  {h.label}  {h.entry_count}  "
            f"{h.imported_at.date().isoformat()}  {h.imported_by}  "
            + _("{count} matched item(s)", count=h.match_count))
    if not lists:
        warn(_("No hash lists have been imported."))
    return OK


def cmd_matches(args: argparse.Namespace) -> int:
    from caseapp.domain.hash_lists import MatchMethod
    from caseapp.services import hash_lists

    with common.unlocked(args) as vault:
        found = hash_lists.matches(vault, case=args.case)
    if args.json:
        print_json([match_json(m) for m in found])
        return OK
    lang = current_language()
    for m in found:
        how = m.method.label(lang)
        if m.method is MatchMethod.PDQ:
            how += " " + _("distance {distance}", distance=m.distance)
        label = f" ({m.entry_label})" if m.entry_label else ""
        say(f"{m.code}  {m.case_number}  {m.source} / {m.list_label}{label}  {how}")
    if not found:
        warn(_("No evidence is on a hash list."))
    return OK


def cmd_remove(args: argparse.Namespace) -> int:
    from caseapp.services import hash_lists

    with common.unlocked(args) as vault:
        removed = hash_lists.remove_list(vault, args.id)
    warn(_("Hash list {id} ({source}) removed with its {entries} entries.", id=removed.id,
           source=removed.source, entries=removed.entry_count))
    return OK
