"""The recipient directory: built-in entries seeded on first use, lookup by id, key or
name, and the organisation's own additions and edits."""

from __future__ import annotations

import logging
from dataclasses import replace

from caseapp.domain.takedowns import Recipient, RecipientDraft
from caseapp.errors import BadInput, NotFound
from caseapp.i18n import N_
from caseapp.services.takedowns.refs import DIRECTORY_SETTING, UNCHANGED, RecipientRef, _now
from caseapp.store import takedown_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault
from caseapp.takedown import directory

log = logging.getLogger(__name__)



# --- the recipient directory ---------------------------------------------------------------------
def _seed_directory(vault: Vault, conn: Connection) -> None:
    """Add the built-in recipients this store does not have yet (inside the caller's write
    transaction). Entries the organisation edited or deactivated are left alone."""
    stored = takedown_repo.get_setting(conn, DIRECTORY_SETTING)
    if stored is not None and int(stored) >= directory.DIRECTORY_VERSION:
        return
    have = takedown_repo.builtin_keys(conn)
    now = _now()
    added = []
    renamed = []
    for entry in directory.DEFAULTS:
        if entry.key in have:
            current = takedown_repo.recipient_by_key(conn, entry.key)
            if current is not None and current.name in entry.former_names \
                    and takedown_repo.recipient_by_name(conn, entry.name) is None:
                # still under the name an older version seeded: the body was renamed
                takedown_repo.update_recipient(conn, current.id,
                                               replace(current.draft(), name=entry.name),
                                               current.active, now)
                renamed.append(entry.key)
            continue
        name = entry.name
        if takedown_repo.recipient_by_name(conn, name) is not None:
            name = f"{name} [{entry.key}]"      # a user-added recipient has the name already
        draft = RecipientDraft(name, entry.kind, entry.channel, entry.web_form, entry.email,
                               entry.postal_address, entry.phone, "", entry.policy,
                               entry.statutory)
        takedown_repo.insert_recipient(conn, entry.key, draft, True, now)
        added.append(entry.key)
    takedown_repo.set_setting(conn, DIRECTORY_SETTING, str(directory.DIRECTORY_VERSION))
    vault.audit("takedown.directory_seeded", "store", "", version=directory.DIRECTORY_VERSION,
                added=added, renamed=renamed)


def _ensure_directory(vault: Vault) -> None:
    if vault.cases.in_transaction:
        _seed_directory(vault, vault.cases)
        return
    with vault.read() as conn:
        stored = takedown_repo.get_setting(conn, DIRECTORY_SETTING)
    if stored is not None and int(stored) >= directory.DIRECTORY_VERSION:
        return
    with vault.write() as conn:
        _seed_directory(vault, conn)


def _recipient(conn: Connection, ref: RecipientRef) -> Recipient:
    if isinstance(ref, Recipient):
        found = takedown_repo.get_recipient(conn, ref.id)
        label = ref.name
    elif isinstance(ref, int) and not isinstance(ref, bool):
        found = takedown_repo.get_recipient(conn, ref)
        label = str(ref)
    elif isinstance(ref, str):
        text = ref.strip()
        found = takedown_repo.recipient_by_key(conn, text.casefold()) or \
            takedown_repo.recipient_by_name(conn, text)
        if found is None and text.isdigit():
            found = takedown_repo.get_recipient(conn, int(text))
        label = text
    else:
        raise BadInput(N_("'{value}' is not a recipient name."), value=str(ref)[:80])
    if found is None:
        names = ", ".join(r.key or r.name for r in takedown_repo.list_recipients(conn, False))
        raise NotFound(N_("There is no recipient '{name}'. Known recipients: {names}."),
                       name=label[:80], names=names)
    return found


def list_recipients(vault: Vault, *, include_inactive: bool = False) -> list[Recipient]:
    """The directory, built-in entries first (seeded on first use)."""
    _ensure_directory(vault)
    with vault.read() as conn:
        return takedown_repo.list_recipients(conn, include_inactive)


def get_recipient(vault: Vault, ref: RecipientRef) -> Recipient:
    """A recipient by id, directory key (``telegram``, ``kcsc``) or name (any case)."""
    _ensure_directory(vault)
    with vault.read() as conn:
        return _recipient(conn, ref)


def recipient_guidance(recipient: Recipient, lang: str | None = None) -> list[str]:
    """How to report there, then the reminder to record links and identifiers rather than
    open or download the material again."""
    return directory.guidance(recipient, lang)


def add_recipient(vault: Vault, draft: RecipientDraft) -> Recipient:
    if not isinstance(draft, RecipientDraft):
        raise BadInput(N_("The recipient details are not valid."))
    with vault.write() as conn:
        _seed_directory(vault, conn)
        if takedown_repo.recipient_by_name(conn, draft.name) is not None:
            raise BadInput(N_("A recipient named {name} already exists."), name=draft.name)
        recipient = takedown_repo.insert_recipient(conn, None, draft, True, _now())
        vault.audit("takedown.recipient_added", "takedown_recipient", recipient.id,
                    kind=recipient.kind.value, channel=recipient.channel.value)
    return recipient


def update_recipient(vault: Vault, ref: RecipientRef, draft: RecipientDraft | None = None, *,
                     active: bool = UNCHANGED) -> Recipient:
    """Replace a recipient's details with ``draft`` and/or (de)activate it. Built-in entries
    can be edited too (addresses change); requests keep pointing at the same entry."""
    if draft is not None and not isinstance(draft, RecipientDraft):
        raise BadInput(N_("The recipient details are not valid."))
    with vault.write() as conn:
        _seed_directory(vault, conn)
        current = _recipient(conn, ref)
        new_draft = draft or current.draft()
        other = takedown_repo.recipient_by_name(conn, new_draft.name)
        if other is not None and other.id != current.id:
            raise BadInput(N_("A recipient named {name} already exists."), name=new_draft.name)
        new_active = current.active if active is UNCHANGED else bool(active)
        takedown_repo.update_recipient(conn, current.id, new_draft, new_active, _now())
        updated = takedown_repo.get_recipient(conn, current.id)
        assert updated is not None
        changed = [name for name in ("name", "kind", "channel", "web_form", "email",
                                     "postal_address", "phone", "guidance", "policy",
                                     "statutory", "active")
                   if getattr(current, name) != getattr(updated, name)]
        vault.audit("takedown.recipient_updated", "takedown_recipient", current.id,
                    fields=changed)
    return updated

