"""The pieces every section of the whole-case JSON format shares: reading JSON values with
their path (so a problem names its place), and the contexts a section's exporter and importer
get. Sections live with their area (cases here in ``case_io``, evidence in ``evidence_io``,
takedowns in ``takedowns.transfer``) and are listed explicitly in ``case_io.SECTIONS``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from caseapp.domain import fields
from caseapp.domain.cases import CounsellorRole
from caseapp.errors import BadImport, BadInput, CaseAppError
from caseapp.i18n import N_
from caseapp.store import case_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault

E = TypeVar("E", bound=StrEnum)



# --- reading JSON with paths --------------------------------------------------------------------
def fail(path: str, problem: str | CaseAppError, **params: Any) -> NoReturn:
    """Raise BadImport naming the place. ``problem`` is a msgid (with params) or an error
    whose message is reused."""
    text = problem.message() if isinstance(problem, CaseAppError) else _render(problem, params)
    raise BadImport(N_("{path}: {problem}"), path=path, problem=text)


def _render(msgid: str, params: dict[str, Any]) -> str:
    from caseapp.i18n import translate

    return translate(msgid, None, **params)


class JsonObject:
    """A JSON object being read: typed getters that fail with the path, and :meth:`done`
    refusing fields nobody read (unknown fields are an error, not silently dropped)."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, dict):
            fail(path, N_("expected an object {{…}}, found {found}."), found=kind_of(data))
        self.data: dict[str, Any] = data
        self.path = path
        self._seen: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, *, required: bool = True, default: Any = None) -> Any:
        self._seen.add(key)
        if key not in self.data:
            if required:
                fail(self.at(key), N_("this field is missing."))
            return default
        return self.data[key]

    def _check(self, key: str, check: Callable[[], Any]) -> Any:
        try:
            return check()
        except BadInput as exc:
            fail(self.at(key), exc)

    def text(self, key: str, *, long: bool = False, required: bool = True) -> str:
        value = self.raw(key, required=required, default="")
        if not isinstance(value, str):
            fail(self.at(key), N_("expected text, found {found}."), found=kind_of(value))
        return self._check(key, lambda: fields.text(
            value, key, limit=fields.LONG_TEXT if long else fields.SHORT_TEXT))

    def optional_text(self, key: str) -> str | None:
        value = self.raw(key)
        if value is None:
            return None
        if not isinstance(value, str):
            fail(self.at(key), N_("expected text or null, found {found}."), found=kind_of(value))
        return self._check(key, lambda: fields.text(value, key))

    def integer(self, key: str, *, optional: bool = False) -> int | None:
        value = self.raw(key)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            fail(self.at(key), N_("expected a whole number, found {found}."),
                 found=kind_of(value))
        return value

    def boolean(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            fail(self.at(key), N_("expected true or false, found {found}."), found=kind_of(value))
        return value

    def choice(self, key: str, cls: type[E]) -> E:
        value = self.raw(key)
        return self._check(key, lambda: fields.choice(cls, value, key))

    def optional_choice(self, key: str, cls: type[E]) -> E | None:
        value = self.raw(key)
        if value is None:
            return None
        return self._check(key, lambda: fields.choice(cls, value, key))

    def moment(self, key: str, *, optional: bool = False) -> fields.Moment | None:
        value = self.raw(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            fail(self.at(key), N_("expected a date or date-time text, found {found}."),
                 found=kind_of(value))
        return self._check(key, lambda: fields.moment(value, key))

    def timestamp(self, key: str) -> datetime:
        value = self.raw(key)
        if not isinstance(value, str):
            fail(self.at(key), N_("expected a date-time text, found {found}."),
                 found=kind_of(value))
        return self._check(key, lambda: fields.utc_timestamp(value, key))

    def items(self, key: str, *, required: bool = True) -> Iterator[tuple[Any, str]]:
        value = self.raw(key, required=required, default=[])
        if not isinstance(value, list):
            fail(self.at(key), N_("expected a list […], found {found}."), found=kind_of(value))
        for index, item in enumerate(value):
            yield item, f"{self.at(key)}[{index}]"

    def done(self) -> None:
        unknown = sorted(set(self.data) - self._seen)
        if unknown:
            fail(self.at(unknown[0]), N_("unknown field; this CaseApp version does not know "
                                         "what to do with it."))


def kind_of(value: Any) -> str:
    if value is None:
        kind = N_("null")
    elif isinstance(value, bool):
        kind = N_("true/false")
    elif isinstance(value, int | float):
        kind = N_("a number")
    elif isinstance(value, str):
        kind = N_("text")
    elif isinstance(value, list):
        kind = N_("a list")
    else:
        kind = N_("an object")
    return fields.FieldName(kind)


# --- sections -------------------------------------------------------------------------------------
@dataclass
class ExportContext:
    """What a section exporter gets: the connection (inside the export's transaction),
    references for shared records, and a place for warnings shown to the user."""

    vault: Vault
    conn: Connection
    warnings: list[str] = field(default_factory=list)
    with_content: bool = False          # evidence content travels too (a case bundle)
    _accounts: dict[int, str] = field(default_factory=dict)
    _counsellors: dict[int, str] = field(default_factory=dict)

    def account_ref(self, account_id: int) -> str:
        """The file-local reference (``A1``, ``A2``…) of a perpetrator account; the account
        itself is written once in the top-level ``accounts`` list."""
        if account_id not in self._accounts:
            self._accounts[account_id] = f"A{len(self._accounts) + 1}"
        return self._accounts[account_id]

    def counsellor_ref(self, counsellor_id: int | None) -> str | None:
        """Counsellors travel by profile name."""
        if counsellor_id is None:
            return None
        if counsellor_id not in self._counsellors:
            found = case_repo.get_counsellor(self.conn, counsellor_id)
            self._counsellors[counsellor_id] = found.name if found else ""
        return self._counsellors[counsellor_id] or None

    def warn(self, msgid: str, **params: Any) -> None:
        self.warnings.append(_render(msgid, params))


@dataclass
class ImportContext:
    """What a section importer gets: the connection (inside the one import transaction),
    shared records resolved from references, and a memory for ids other sections need."""

    vault: Vault
    conn: Connection
    now: datetime
    format_version: int = 2
    source: str = ""                    # the file's name, for custody and audit
    # evidence code -> content already stored from a case bundle (None: a JSON file)
    bundle_content: dict[str, int] | None = None
    content_used: dict[str, int] = field(default_factory=dict)   # case number -> files
    accounts: dict[str, int] = field(default_factory=dict)
    _counsellor_roles: dict[str, tuple[CounsellorRole, bool]] = field(default_factory=dict)
    _remembered: dict[tuple[str, str], int] = field(default_factory=dict)

    def account_id(self, ref: Any, path: str) -> int:
        if not isinstance(ref, str) or ref not in self.accounts:
            fail(path, N_("'{ref}' is not in the file's accounts list."), ref=str(ref)[:40])
        return self.accounts[ref]

    def counsellor_id(self, name: Any, path: str) -> int | None:
        """The profile with this name, created (with the role the file gives) if missing."""
        if name is None:
            return None
        if not isinstance(name, str) or not name.strip():
            fail(path, N_("expected a counsellor name or null."))
        found = case_repo.counsellor_by_name(self.conn, name)
        if found is not None:
            return found.id
        role, active = self._counsellor_roles.get(name, (CounsellorRole.COUNSELLOR, True))
        return case_repo.insert_counsellor(self.conn, name, role, active, self.now).id

    def remember(self, kind: str, ref: str, new_id: int) -> None:
        """E.g. evidence ids, so a later section (takedowns) can find them."""
        self._remembered[(kind, ref)] = new_id

    def recall(self, kind: str, ref: Any, path: str) -> int:
        key = (kind, str(ref))
        if key not in self._remembered:
            fail(path, N_("'{ref}' does not name a {kind} in this file."), ref=str(ref)[:40],
                 kind=kind)
        return self._remembered[key]


Exporter = Callable[[ExportContext, int], Any]
Importer = Callable[[ImportContext, int, Any, str], None]


@dataclass(frozen=True, slots=True)
class Section:
    name: str
    export: Exporter
    import_: Importer


_SECTIONS: dict[str, Section] = {}
