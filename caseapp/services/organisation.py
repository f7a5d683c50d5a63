"""The organisation's settings that documents print (name, contact details, time zone,
designated-reporter status): read and changed here by the CLI (``caseapp-admin
organisation``) and the desktop Settings, each change audited by field name."""

from __future__ import annotations

import json
from dataclasses import asdict, fields, replace
from typing import Any

from caseapp.domain.organisation import Organisation
from caseapp.errors import BadInput
from caseapp.i18n import N_
from caseapp.store import meta_repo
from caseapp.store.vault import Vault

# Kept as they were stored before this module: the name on its own, the contact details in
# one JSON object; the newer settings join that object.
_NAME_KEY = "organisation"
_DETAILS_KEY = "organisation_details"
SETTINGS = tuple(f.name for f in fields(Organisation))


def get(vault: Vault) -> Organisation:
    with vault.read() as conn:
        name = meta_repo.get_meta(conn, _NAME_KEY) or ""
        raw = meta_repo.get_meta(conn, _DETAILS_KEY)
    try:
        stored = json.loads(raw) if raw else {}
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        stored = {}
    values: dict[str, Any] = {k: stored[k] for k in SETTINGS if k in stored and k != "name"}
    try:
        return Organisation(name=name, **values)
    except BadInput:
        # a value written by hand or by an older version: fall back field by field
        return Organisation(name=name if isinstance(name, str) else "")


def check_changes(**changes: Any) -> None:
    """Refuse unknown settings and bad values before anything is opened or written (the CLI
    checks its options with this before it unlocks the store)."""
    unknown = sorted(set(changes) - set(SETTINGS))
    if unknown:
        raise BadInput(N_("Unknown organisation detail: {name}."), name=unknown[0])
    replace(Organisation(), **changes)


def update(vault: Vault, **changes: Any) -> Organisation:
    """Change the named settings (others stay); a bad value is refused with nothing
    stored. Returns the settings as stored."""
    check_changes(**changes)
    with vault.write() as conn:
        current = get(vault)
        updated = replace(current, **changes)
        changed = sorted(k for k in changes if getattr(current, k) != getattr(updated, k))
        if not changed:
            return current
        meta_repo.set_meta(conn, _NAME_KEY, updated.name)
        details = {k: v for k, v in asdict(updated).items() if k != "name"}
        meta_repo.set_meta(conn, _DETAILS_KEY, json.dumps(details, ensure_ascii=False))
        vault.audit("settings.changed", "store", vault.store_id, fields=changed)
    return updated
