"""A supervisor's own secret: a PIN (at least six digits) or a passphrase, kept only as an
Argon2id hash in the encrypted store. Acts that need a supervisor's say-so (deleting a case)
are confirmed by the supervisor's name and PIN, checked here; every refusal is audited."""

from __future__ import annotations

import logging

from caseapp.domain.cases import Counsellor, CounsellorRole
from caseapp.errors import BadInput, CaseAppError
from caseapp.i18n import N_
from caseapp.security import pin_hash
from caseapp.store import case_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

PIN_DIGITS = 6
PASSPHRASE_CHARS = 8
MAX_PIN_CHARS = 1024


class SupervisorNotConfirmed(CaseAppError):
    """The named supervisor did not confirm. The attempt is in the audit log; nothing else
    changed."""

    exit_code = 1
    default_message = N_("There is no active supervisor profile named {name}.")
    hint = N_("Nothing was deleted or changed. The attempt was recorded in the audit log.")
    audit_reason = "not a supervisor"


class WrongSupervisorPin(SupervisorNotConfirmed):
    default_message = N_("The supervisor PIN of {name} is not correct.")
    audit_reason = "wrong pin"


class NoSupervisorPin(SupervisorNotConfirmed):
    default_message = N_("{name} has no supervisor PIN yet, so cannot confirm.")
    hint = N_("Nothing was deleted or changed. Set one first: caseapp-admin counsellor "
              "set-pin NAME --pin-stdin.")
    audit_reason = "no pin"


def check_pin_rule(pin: object) -> str:
    """The PIN as given, or ``BadInput``: six digits or more, or a passphrase of eight
    characters or more (not only spaces)."""
    if not isinstance(pin, str) or len(pin) > MAX_PIN_CHARS:
        raise BadInput(N_("A supervisor PIN must be at least {digits} digits, or a passphrase "
                          "of at least {chars} characters."),
                       digits=PIN_DIGITS, chars=PASSPHRASE_CHARS)
    text = pin.strip()
    if text.isdigit() and text.isascii():
        if len(text) >= PIN_DIGITS:
            return pin
    elif len(text) >= PASSPHRASE_CHARS:
        return pin
    raise BadInput(N_("A supervisor PIN must be at least {digits} digits, or a passphrase of "
                      "at least {chars} characters."), digits=PIN_DIGITS, chars=PASSPHRASE_CHARS)


def _profile(conn: Connection, name_or_id: str | int) -> Counsellor | None:
    return (case_repo.get_counsellor(conn, name_or_id) if isinstance(name_or_id, int)
            else case_repo.counsellor_by_name(conn, name_or_id))


def new_pin_hash(role: CounsellorRole, pin: str) -> str:
    """The hash to store for a new profile's PIN (only a supervisor has one)."""
    if role is not CounsellorRole.SUPERVISOR:
        raise BadInput(N_("Only a supervisor profile has a PIN; add it with --role "
                          "supervisor."))
    return pin_hash.hash_pin(check_pin_rule(pin))


def set_pin(vault: Vault, name_or_id: str | int, pin: str, *,
            current_pin: str | None = None) -> Counsellor:
    """Give a supervisor profile its PIN. Replacing a PIN needs the current one."""
    hashed = pin_hash.hash_pin(check_pin_rule(pin))
    with vault.write() as conn:
        who = _profile(conn, name_or_id)
        if who is None:
            raise BadInput(N_("There is no counsellor profile {id}."), id=name_or_id)
        if who.role is not CounsellorRole.SUPERVISOR:
            raise BadInput(N_("Only a supervisor profile has a PIN; {name} is a counsellor."),
                           name=who.name)
        old = case_repo.counsellor_pin_hash(conn, who.id)
        if old is not None and (current_pin is None or not pin_hash.pin_matches(old,
                                                                               current_pin)):
            raise WrongSupervisorPin(name=who.name)
        case_repo.set_counsellor_pin_hash(conn, who.id, hashed)
        vault.audit("supervisor.pin_set", "counsellor", who.id, replaced=old is not None)
    return who


def has_pin(vault: Vault, name_or_id: str | int) -> bool:
    with vault.read() as conn:
        who = _profile(conn, name_or_id)
        return who is not None and case_repo.counsellor_pin_hash(conn, who.id) is not None


def supervisors_with_pin(vault: Vault) -> list[Counsellor]:
    """Active supervisors who can confirm (the desktop app offers these names)."""
    with vault.read() as conn:
        return [c for c in case_repo.list_counsellors(conn, False)
                if c.role is CounsellorRole.SUPERVISOR
                and case_repo.counsellor_pin_hash(conn, c.id) is not None]


def confirm(vault: Vault, name: str, pin: str, *, purpose: str) -> Counsellor:
    """The active supervisor ``name`` whose PIN is ``pin``, or ``SupervisorNotConfirmed``
    after auditing the refused attempt (``purpose`` names what it was for, e.g.
    ``case.delete``)."""
    with vault.read() as conn:
        who = case_repo.counsellor_by_name(conn, name) if isinstance(name, str) else None
        stored = None if who is None else case_repo.counsellor_pin_hash(conn, who.id)
    refusal: SupervisorNotConfirmed | None = None
    shown = str(name)[:200]
    if who is None or who.role is not CounsellorRole.SUPERVISOR or not who.active:
        refusal = SupervisorNotConfirmed(name=shown)
    elif stored is None:
        refusal = NoSupervisorPin(name=shown)
    elif not isinstance(pin, str) or not pin_hash.pin_matches(stored, pin):
        refusal = WrongSupervisorPin(name=shown)
    if refusal is not None:
        # Audited (the profile id, never the typed name, which could be anything) and
        # committed before the refusal is raised, so a guesser leaves a trail.
        vault.audit("supervisor.confirmation_refused", "counsellor",
                    "" if who is None else who.id, purpose=purpose,
                    reason=refusal.audit_reason)
        log.info("supervisor confirmation refused for %s", purpose)
        raise refusal
    assert who is not None
    return who
