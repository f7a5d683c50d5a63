"""``verify``: every integrity check CaseApp can make, as one list of problem lines."""

from __future__ import annotations

from collections.abc import Callable

from caseapp.errors import Cancelled, DamagedDatabase
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import reports as report_service
from caseapp.services import store_key
from caseapp.services import takedowns as takedown_service
from caseapp.services import vault as vault_service
from caseapp.store.connection import DatabaseError
from caseapp.store.vault import Vault

Progress = Callable[[str, int, int], None]


def verify_all(vault: Vault, progress: Progress | None = None,
               cancel: Callable[[], bool] | None = None) -> list[str]:
    """SQLCipher page HMACs, SQLite structure and the audit chain of both databases.
    Empty list: clean."""
    steps: list[tuple[str, Callable[[Vault], list[str]]]] = [
        ("databases", vault_service.verify_store),
        ("search index", case_service.search_index_problems),
        ("evidence", lambda v: evidence_service.verification_problems(v, cancel=cancel)),
        ("takedowns", takedown_service.verification_problems),
        ("report registry", report_service.verification_problems),
        ("store key", store_key.verification_problems),
    ]
    problems: list[str] = []
    for index, (name, check) in enumerate(steps):
        if cancel is not None and cancel():
            raise Cancelled()  # checks only read: stopping between them changes nothing
        if progress:
            progress(name, index, len(steps))
        try:
            problems.extend(check(vault))
        except DamagedDatabase as exc:
            problems.append(f"{name}: {exc.message()}")
        except DatabaseError as exc:  # a damaged page met outside a write
            vault.note_damage(vault.damaged or "cases.db")
            problems.append(f"{name}: unreadable ({exc})")
    if progress:
        progress("done", len(steps), len(steps))
    return problems
