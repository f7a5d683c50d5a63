"""Addenda to counselling session notes: a saved session's notes are never edited; a
correction or later addition is a dated addendum kept next to them, by whom, audited."""

from __future__ import annotations

from datetime import UTC, datetime

from caseapp.domain import fields
from caseapp.domain.cases import SessionAddendum
from caseapp.errors import BadInput, NotFound
from caseapp.i18n import N_
from caseapp.services import cases as case_service
from caseapp.store import case_repo
from caseapp.store.vault import Vault


def add_addendum(vault: Vault, session_id: int, text: str) -> SessionAddendum:
    """Add a dated addendum to session ``session_id``; its notes stay as written."""
    body = fields.long_text(text, N_("Addendum"))
    if not body.strip():
        raise BadInput(N_("Write the correction or addition first."))
    if isinstance(session_id, bool) or not isinstance(session_id, int):
        raise BadInput(N_("There is no counselling session {id}."), id=str(session_id)[:20])
    now = datetime.now(UTC)
    with vault.write() as conn:
        case_id = case_repo.session_case_id(conn, session_id)
        if case_id is None:
            raise NotFound(N_("There is no counselling session {id}."), id=session_id)
        case = case_service.get_case(vault, case_id)
        added = case_repo.insert_addendum(conn, session_id, body, now, vault.actor)
        case_repo.touch(conn, case_id, now)
        vault.audit("session.addendum_added", "case", case.number, session=session_id,
                    addendum=added.id)
    return added


def addenda(vault: Vault, case: case_service.CaseRef) -> dict[int, list[SessionAddendum]]:
    """Every addendum of the case's sessions, by session id, oldest first."""
    with vault.read() as conn:
        case_id = case_service.get_case(vault, case).id
        found: dict[int, list[SessionAddendum]] = {}
        for item in case_repo.addenda_of_case(conn, case_id):
            found.setdefault(item.session_id, []).append(item)
    return found
