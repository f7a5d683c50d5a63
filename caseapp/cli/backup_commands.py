"""Backup commands: backup (file or incremental folder), restore, backup-verify."""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp.cli.common import OK, SecretInput, add_unlock_options, print_json, say, warn
from caseapp.cli.common import unlocked as unlocked_store
from caseapp.errors import BadInput
from caseapp.i18n import N_, _


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help=_("write an encrypted backup of the whole store"))
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", metavar="FILE", help=_("backup file to write (.cabk)"))
    target.add_argument("--repo", metavar="DIR", help=_(
        "incremental backup folder: unchanged evidence is not copied again"))
    add_unlock_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backup-prune", help=_(
        "keep the newest N backups in a backup folder and delete chunks nothing needs"))
    p.add_argument("repo", metavar="DIR")
    p.add_argument("--keep", type=int, required=True, metavar="N")
    p.set_defaults(func=cmd_backup_prune)

    for name, helptext in (("restore", _("restore a backup into the data directory")),
                           ("backup-verify", _("check a backup completely without restoring"))):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("source", metavar="FILE_OR_DIR")
        add_unlock_options(p)
        p.add_argument("--snapshot", metavar="ID", help=_(
            "in a backup folder: this snapshot instead of the newest (backup-verify DIR "
            "--list shows them)"))
        if name == "restore":
            p.add_argument("--replace", action="store_true", help=_(
                "replace existing data (it is kept aside in a folder next to it)"))
        else:
            p.add_argument("--list", action="store_true", help=_(
                "list the snapshots of a backup folder (no passphrase needed) and stop"))
            p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_restore if name == "restore" else cmd_backup_verify)


def cmd_backup(args: argparse.Namespace) -> int:
    from caseapp.services import backup

    with unlocked_store(args) as vault:
        if args.repo:
            result = backup.create_repository_backup(vault, Path(args.repo))
        else:
            result = backup.create_backup(vault, Path(args.out))
    if args.json:
        print_json({"path": str(result.path), "bytes_written": result.bytes_written,
                    "chunks_written": result.chunks_written,
                    "chunks_reused": result.chunks_reused,
                    "chunks_repaired": result.chunks_repaired, "manifest": result.manifest})
    else:
        say(str(result.path))
        if result.chunks_repaired:
            warn(_("{count} damaged chunk(s) in the backup folder were rewritten.",
                   count=result.chunks_repaired))
        warn(_("Backup written ({size} MB). Keep it somewhere other than this laptop.",
               size=f"{result.bytes_written / 1e6:.1f}"))
    return OK


def _secret(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(passphrase, recovery code): exactly one is given."""
    if args.recovery_code_stdin:
        return None, SecretInput(True).read(_("Recovery code"))
    return SecretInput(args.passphrase_stdin).read(_("Passphrase")), None


def cmd_restore(args: argparse.Namespace) -> int:
    from caseapp.services import backup

    passphrase, code = _secret(args)
    result = backup.restore_backup(Path(args.source), Path(args.data_dir), replace=args.replace,
                                   actor=args.actor, passphrase=passphrase, recovery_code=code,
                                   snapshot=args.snapshot)
    warn(_("Restored the backup of {date} into {path}.", date=result.manifest["created_at"],
           path=str(result.data_dir)))
    if result.previous_data:
        warn(_("The data that was there before is kept in {path}; delete it when you are sure.",
               path=str(result.previous_data)))
    return OK


def cmd_backup_verify(args: argparse.Namespace) -> int:
    from caseapp.services import backup

    if args.list:
        source = Path(args.source)
        if not source.is_dir():
            raise BadInput(N_("--list applies to a backup folder."))
        found = backup.snapshots(source)
        if args.json:
            print_json(found)
        for snap in [] if args.json else found:
            if snap["readable"]:
                say(_("{id}  {date}  {cases} case(s)  {size} MB", id=snap["id"],
                      date=snap["created_at"], cases=snap["cases"],
                      size=f"{snap['size'] / 1e6:.1f}"))
            else:
                say(_("{id}  unreadable manifest", id=snap["id"]))
        return OK
    passphrase, code = _secret(args)
    manifest = backup.verify_backup(Path(args.source), passphrase=passphrase, recovery_code=code,
                                    snapshot=args.snapshot)
    say(_("The backup of {date} is complete and intact.", date=manifest["created_at"]))
    return OK


def cmd_backup_prune(args: argparse.Namespace) -> int:
    from caseapp.services import backup

    result = backup.prune_repository(Path(args.repo), args.keep)
    say(_("{snapshots} old backup(s) and {chunks} unused chunk(s) removed ({size} MB freed).",
          snapshots=result.snapshots_removed, chunks=result.chunks_removed,
          size=f"{result.bytes_freed / 1e6:.1f}"))
    return OK
