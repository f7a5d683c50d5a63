"""The one exception family users can act on. Each error carries an untranslated message
(an English msgid with ``{placeholders}``) and renders it in the user's language on demand."""

from __future__ import annotations

from typing import Any

from caseapp.i18n import N_, translate


class CaseAppError(Exception):
    """Base of every expected failure. ``exit_code`` follows the CLI contract: 1 a problem
    found, 2 usage or bad input."""

    exit_code = 2
    default_message = N_("Something went wrong.")
    hint: str | None = None

    def __init__(self, message: str | None = None, /, **params: Any) -> None:
        self.msgid = message or self.default_message
        self.params = params
        super().__init__(self.msgid.format(**params) if params else self.msgid)

    def message(self, lang: str | None = None) -> str:
        # A parameter that is itself a message (e.g. a field name) renders in ``lang`` too.
        params = {k: v.translated(lang) if hasattr(v, "translated") else v
                  for k, v in self.params.items()}
        text = translate(self.msgid, lang, **params)
        if self.hint:
            text = f"{text} {translate(self.hint, lang, **params)}"
        return text


class BadInput(CaseAppError):
    """A value from a form, the command line or an import that cannot be accepted."""

    exit_code = 2
    default_message = N_("The input is not valid.")


class BadImport(BadInput):
    default_message = N_("The import file is not valid.")


class NotFound(BadInput):
    default_message = N_("Not found.")


class WrongSecret(CaseAppError):
    """Wrong passphrase or recovery code. Nothing on disk was changed."""

    exit_code = 2
    default_message = N_("The passphrase is not correct.")


class WrongPassphrase(WrongSecret):
    default_message = N_("The passphrase is not correct.")


class WrongRecoveryCode(WrongSecret):
    default_message = N_("The recovery code is not correct.")


class WeakPassphrase(BadInput):
    default_message = N_("The passphrase is too weak.")


class TooManyAttempts(WrongSecret):
    default_message = N_("Too many wrong attempts. Wait {seconds} seconds and try again.")


class StoreMissing(CaseAppError):
    exit_code = 2
    default_message = N_("No CaseApp data was found in {path}.")
    hint = N_("Run 'caseapp-admin init' or the setup wizard first.")


class StoreExists(CaseAppError):
    exit_code = 2
    default_message = N_("CaseApp data already exists in {path}; refusing to overwrite it.")


class DamagedDatabase(CaseAppError):
    exit_code = 1
    default_message = N_("The database {name} is damaged or unreadable.")
    hint = N_("Nothing was written to it. Restore the latest backup (caseapp-admin restore), "
              "or export what can still be read (caseapp-admin export).")


class StoreReadOnly(DamagedDatabase):
    """A write refused because a database of the store was found damaged."""

    default_message = N_("The store is open read-only because the database {name} is "
                         "damaged; nothing more is written to it.")


class StoreBusy(CaseAppError):
    """Another process holds the store (or one of its databases) for a moment: nothing is
    wrong with the data, try again."""

    exit_code = 1
    default_message = N_(
        "The store is busy: another CaseApp window or caseapp-admin command is writing to it "
        "or changing it.")
    hint = N_("Nothing was changed. Try again in a moment, or when the other program has "
              "finished.")


class StoreInUse(StoreBusy):
    """An operation that needs the store to itself while another process has it open."""

    default_message = N_(
        "Another CaseApp window or caseapp-admin command has this store open, and this "
        "operation needs it to itself.")
    hint = N_("Nothing was changed. Close the desktop app (and any other caseapp-admin "
              "command using this data folder), then try again.")


class SchemaTooNew(CaseAppError):
    exit_code = 1
    default_message = N_(
        "The database {name} was written by a newer CaseApp (schema {found}, this app knows "
        "{known}). It was not changed."
    )
    hint = N_("Install the newer CaseApp version to open it.")


class ConsentMissing(CaseAppError):
    exit_code = 1
    default_message = N_("The victim has not given consent for this: {scope}.")
    scope: str | None = None   # the missing scope's value, when known (the GUI offers it)


class NotAllowed(CaseAppError):
    exit_code = 2
    default_message = N_("This action is not allowed.")


class Cancelled(CaseAppError):
    exit_code = 1
    default_message = N_("The operation was cancelled. Nothing was stored.")


class StorageFull(CaseAppError):
    exit_code = 1
    default_message = N_("The disk is full or not writable: {detail}")
    hint = N_("Free some space; the data already stored is unchanged.")


class KeyringUnavailable(CaseAppError):
    exit_code = 1
    default_message = N_(
        "No secure keyring is available on this computer; quick unlock cannot be used. "
        "Use the passphrase."
    )
