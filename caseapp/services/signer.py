"""Who signs a document the centre hands out (police report, takedown letter, statutory
form): the counsellor profile that makes it, by its display name. A store opened as anyone
else (the CLI's default ``admin``, a name with no profile, a deactivated profile) signs
nothing: the document is refused before anything is written."""

from __future__ import annotations

from caseapp.domain.cases import Counsellor
from caseapp.errors import CaseAppError
from caseapp.i18n import N_
from caseapp.store import case_repo
from caseapp.store.vault import Vault


class NoSigningProfile(CaseAppError):
    """The acting name is not an active counsellor profile, so nobody could sign."""

    exit_code = 1
    default_message = N_("Documents are signed by the counsellor profile that makes them, and "
                         "'{actor}' is not an active counsellor profile.")
    hint = N_("Act as one of these profiles (caseapp-admin --actor NAME …): {profiles}.")


class NoProfileYet(NoSigningProfile):
    hint = N_("This store has no active counsellor profile yet: add one with "
              "'caseapp-admin counsellor add NAME', then act as it with --actor NAME.")


def signing_profile(vault: Vault) -> Counsellor:
    """The active counsellor profile the store was unlocked as; refused (exit 1) otherwise,
    naming the profiles that could sign."""
    with vault.read() as conn:
        found = case_repo.counsellor_by_name(conn, vault.actor)
        active = case_repo.list_counsellors(conn, False)
    if found is not None and found.active:
        return found
    if not active:
        raise NoProfileYet(actor=vault.actor)
    raise NoSigningProfile(actor=vault.actor, profiles=", ".join(c.name for c in active))
