"""Store commands: init, verify, change-passphrase, rekey, recover, recovery-code,
quick-unlock, audit."""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp.cli.common import OK, PROBLEM, SecretInput, add_unlock_options, print_json, say, warn
from caseapp.cli.common import unlocked as unlocked_store
from caseapp.errors import BadInput
from caseapp.i18n import N_, _, current_language
from caseapp.services.vault import Vault


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help=_("create a new encrypted store"))
    p.add_argument("--passphrase-stdin", action="store_true",
                   help=_("read the new passphrase from the first line of standard input"))
    p.add_argument("--organisation", default="", help=_("organisation name"))
    p.add_argument("--recovery-kit", metavar="PATH", help=_("write the Recovery Kit PDF here"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help=_("check database integrity and the audit chain"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("change-passphrase",
                       help=_("change the passphrase (old, then new, as two stdin lines)"))
    p.add_argument("--passphrase-stdin", action="store_true",
                   help=_("read the old and the new passphrase from standard input"))
    p.add_argument("--rotate-keys", action="store_true", help=_(
        "the old passphrase may have leaked: also make a new master key (both databases are "
        "re-encrypted) and a new recovery code, so no older copy of the key slots opens "
        "this data"))
    p.add_argument("--recovery-kit", metavar="PATH",
                   help=_("with --rotate-keys: write the new Recovery Kit PDF here"))
    p.set_defaults(func=cmd_change_passphrase)

    p = sub.add_parser("rekey", help=_("new master key; re-encrypts both databases"))
    p.add_argument("--passphrase-stdin", action="store_true",
                   help=_("read the passphrase from the first line of standard input"))
    p.add_argument("--recovery-kit", metavar="PATH",
                   help=_("write the new Recovery Kit PDF here"))
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("recover", help=_(
        "forgotten passphrase or lost keyslots.json: set a new passphrase with the recovery "
        "code"))
    p.add_argument("--recovery-code-stdin", action="store_true",
                   help=_("read the recovery code, then the new passphrase, from standard "
                          "input"))
    p.add_argument("--kit-stdin", action="store_true",
                   help=_("keyslots.json is lost: first read the kit text (CASEAPP-RK1:…) "
                          "from standard input"))
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("recovery-code", help=_(
        "make a new recovery code and kit; the master key is replaced with it, so the old "
        "code and kit open nothing (needs the passphrase)"))
    p.add_argument("--passphrase-stdin", action="store_true",
                   help=_("read the passphrase from the first line of standard input"))
    p.add_argument("--recovery-kit", metavar="PATH", required=True,
                   help=_("write the new Recovery Kit PDF here"))
    p.set_defaults(func=cmd_recovery_code)

    p = sub.add_parser("quick-unlock", help=_("turn quick unlock with the OS keyring on or off"))
    p.add_argument("state", choices=("on", "off"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_quick_unlock)

    p = sub.add_parser("accept-older-copy", help=_(
        "open a store that is older than when it was last closed here (an older copy put "
        "back on purpose)"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_accept_older_copy)

    audit = sub.add_parser("audit", help=_("the audit log"))
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION")
    audit_sub.required = True
    p = audit_sub.add_parser("verify", help=_("verify the audit hash chain"))
    add_unlock_options(p)
    p.set_defaults(func=cmd_audit_verify)
    p = audit_sub.add_parser("list", help=_("list audit events"))
    add_unlock_options(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--object", metavar="TYPE:ID", help=_("only events about this object"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit_list)


def _write_kit(path: str | None, vault: Vault, code: str, kit_text: str) -> None:
    if not path:
        return
    from caseapp.services import documents

    documents.write_recovery_kit(vault, Path(path), code, kit_text, lang=current_language())
    warn(_("Recovery Kit written to {path}. Print it and keep it in the office safe.",
           path=path))


def cmd_init(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    secrets = SecretInput(args.passphrase_stdin)
    passphrase = secrets.read_new(_("New passphrase"), _("Repeat the passphrase"))
    created = vault_service.create_store(Path(args.data_dir), passphrase,
                                         organisation=args.organisation, actor=args.actor)
    try:
        _write_kit(args.recovery_kit, created.vault, created.recovery_code, created.kit_text)
    finally:
        created.vault.close()
    say(created.recovery_code)
    warn(_("This is the recovery code. It is shown once: write it down or print the Recovery "
           "Kit, and keep it in the office safe."))
    return OK


def cmd_verify(args: argparse.Namespace) -> int:
    from caseapp.services import verification

    with unlocked_store(args) as vault:
        problems = verification.verify_all(vault)
    for line in problems:
        say(line)
    if problems:
        warn(_("{count} problem(s) found.", count=len(problems)))
        return PROBLEM
    say(_("No problems found."))
    return OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    if args.recovery_kit and not args.rotate_keys:
        raise BadInput(N_("--recovery-kit needs --rotate-keys here."))
    secrets = SecretInput(args.passphrase_stdin)
    data_dir = Path(args.data_dir)
    old = secrets.read(_("Passphrase"))
    if not args.rotate_keys:
        vault = vault_service.unlock(data_dir, passphrase=old, actor=args.actor)
        try:
            new = secrets.read_new(_("New passphrase"), _("Repeat the passphrase"))
            vault_service.change_passphrase(vault, new)
        finally:
            vault.close()
        warn(_("The passphrase was changed."))
        return OK
    with vault_service.exclusive_access(data_dir):
        vault = vault_service.unlock(data_dir, passphrase=old, actor=args.actor)
        try:
            new = secrets.read_new(_("New passphrase"), _("Repeat the passphrase"))
            rotated = vault_service.rotate_keys(vault, old, new_passphrase=new)
            _write_kit(args.recovery_kit, vault, rotated.recovery_code, rotated.kit_text)
        finally:
            vault.close()
    say(rotated.recovery_code)
    warn(_("The passphrase was changed and the store has a new master key: no older copy of "
           "the key slots, recovery code or kit opens it. This is the new recovery code: "
           "print the new Recovery Kit."))
    return OK


def cmd_rekey(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    secrets = SecretInput(args.passphrase_stdin)
    passphrase = secrets.read(_("Passphrase"))
    with vault_service.exclusive_access(Path(args.data_dir)):
        vault = vault_service.unlock(Path(args.data_dir), passphrase=passphrase,
                                     actor=args.actor)
        try:
            vault, code, kit_text = vault_service.rekey(vault, passphrase)
            _write_kit(args.recovery_kit, vault, code, kit_text)
        finally:
            vault.close()
    say(code)
    warn(_("The store has a new master key. The old recovery code and quick unlock no longer "
           "work; this is the new recovery code: print the new Recovery Kit."))
    return OK


def cmd_recover(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    secrets = SecretInput(args.recovery_code_stdin or args.kit_stdin)
    if args.kit_stdin:
        kit_text = secrets.read(_("Recovery kit text"))
        code = secrets.read(_("Recovery code"))
        new = secrets.read_new(_("New passphrase"), _("Repeat the passphrase"))
        vault = vault_service.recover_with_kit(Path(args.data_dir), kit_text, code, new,
                                               actor=args.actor)
    else:
        code = secrets.read(_("Recovery code"))
        vault = vault_service.unlock(Path(args.data_dir), recovery_code=code, actor=args.actor)
        try:
            new = secrets.read_new(_("New passphrase"), _("Repeat the passphrase"))
            vault_service.change_passphrase(vault, new)
        except BaseException:
            vault.close()
            raise
    vault.close()
    warn(_("A new passphrase is set. The recovery code still works; keep the kit safe."))
    return OK


def cmd_recovery_code(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    data_dir = Path(args.data_dir)
    passphrase = SecretInput(args.passphrase_stdin).read(_("Passphrase"))
    with vault_service.exclusive_access(data_dir):
        vault = vault_service.unlock(data_dir, passphrase=passphrase, actor=args.actor)
        try:
            code, kit_text = vault_service.regenerate_recovery_code(vault, passphrase)
            _write_kit(args.recovery_kit, vault, code, kit_text)
        finally:
            vault.close()
    say(code)
    warn(_("The old recovery code and every printed kit no longer open this store (its "
           "master key was replaced); quick unlock is off. Keep the new kit in the safe."))
    return OK


def cmd_quick_unlock(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    with unlocked_store(args) as vault:
        if args.state == "on":
            vault_service.enable_device_unlock(vault)
            warn(_("Quick unlock is on for this computer."))
        else:
            vault_service.disable_device_unlock(vault)
            warn(_("Quick unlock is off."))
    return OK


def cmd_accept_older_copy(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    if args.recovery_code_stdin:
        code = SecretInput(True).read(_("Recovery code"))
        vault = vault_service.unlock(Path(args.data_dir), recovery_code=code, actor=args.actor,
                                     accept_rollback=True)
    else:
        secret = SecretInput(args.passphrase_stdin).read(_("Passphrase"))
        vault = vault_service.unlock(Path(args.data_dir), passphrase=secret, actor=args.actor,
                                     accept_rollback=True)
    vault.close()
    warn(_("This copy is now the store; the change is in the audit log."))
    return OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    with unlocked_store(args) as vault:
        problems = vault_service.verify_audit_chain(vault)
    for line in problems:
        say(line)
    if problems:
        return PROBLEM
    say(_("The audit chain is intact."))
    return OK


def cmd_audit_list(args: argparse.Namespace) -> int:
    from caseapp.services import vault as vault_service

    object_type = object_id = None
    if args.object:
        object_type, _sep, object_id = args.object.partition(":")
    with unlocked_store(args) as vault:
        events = vault_service.audit_events(vault, limit=max(1, args.limit),
                                            object_type=object_type,
                                            object_id=object_id or None)
    rows = [{"seq": e.event.seq, "at": e.event.at, "actor": e.event.actor,
             "action": e.event.action, "object": f"{e.event.object_type}:{e.event.object_id}",
             "details": e.event.details} for e in events]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            say(f"{r['seq']:>6}  {r['at']}  {r['actor']}  {r['action']}  {r['object']}  "
                f"{r['details']}")
    return OK
