"""Whole-case JSON export and import (format ``caseapp-cases`` version 2, documented in
docs/formats/case-json.md), built from per-case sections listed in :data:`SECTIONS`: the
case's own records here, evidence and takedowns from their areas. Import is one transaction:
any problem names its place (JSON path or line) and leaves the database as it was."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from caseapp.domain import fields
from caseapp.domain.cases import (
    AccountKind,
    AccountRef,
    Case,
    CaseStatus,
    ContactChannel,
    ContactKind,
    CounsellorRole,
    Guardian,
    IncidentDraft,
    LeakedInfo,
    LeakKind,
    ProofEntry,
    ProofItem,
    RiskLevel,
    SessionDraft,
    Victim,
    clean_tags,
    parse_number,
)
from caseapp.domain.consent import ConsentMethod, ConsentScope
from caseapp.domain.legal import LegalCategory, clean_categories
from caseapp.domain.platforms import Platform
from caseapp.errors import BadImport, BadInput, ConsentMissing, NotFound
from caseapp.i18n import N_
from caseapp.services import evidence_io, pdq_index
from caseapp.services.case_json import (
    ExportContext,
    ImportContext,
    JsonObject,
    Section,
    fail,
    kind_of,
)
from caseapp.services.takedowns import transfer as takedown_transfer
from caseapp.store import case_repo, case_search
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

FORMAT = "caseapp-cases"
VERSION = 2
READABLE_VERSIONS = (1, 2)  # version 1 gave a case one legal category, not a list
E = TypeVar("E", bound=StrEnum)

# --- core sections ------------------------------------------------------------------------------
def _m(value: fields.Moment | None) -> str | None:
    return None if value is None else fields.format_moment(value)


def _export_victim(ctx: ExportContext, case_id: int) -> Any:
    victim = case_repo.get_victim(ctx.conn, case_id)
    if victim is None:
        return None
    return {
        "name": victim.name, "preferred_name": victim.preferred_name,
        "birth_year": victim.birth_year, "gender": victim.gender, "language": victim.language,
        "contacts": [{"kind": c.kind.value, "value": c.value, "safe_times": c.safe_times,
                      "note": c.note} for c in victim.contacts],
        "do_not_contact_by": [k.value for k in victim.do_not_contact_by],
        "guardian": None if victim.guardian is None else {
            "name": victim.guardian.name, "relation": victim.guardian.relation,
            "contact": victim.guardian.contact, "note": victim.guardian.note},
        "note": victim.note,
    }


def victim_from_json(data: Any, path: str) -> Victim:
    """A victim object in the export format (also what ``case victim`` reads)."""
    obj = JsonObject(data, path)
    contacts = []
    for item, where in obj.items("contacts", required=False):
        c = JsonObject(item, where)
        contacts.append(_build(where, ContactChannel, c.choice("kind", ContactKind),
                               c.text("value"), c.text("safe_times", required=False),
                               c.text("note", long=True, required=False)))
        c.done()
    avoid = []
    for item, where in obj.items("do_not_contact_by", required=False):
        avoid.append(_build(where, fields.choice, ContactKind, item, N_("Do not contact by")))
    guardian_data = obj.raw("guardian", required=False)
    guardian = None
    if guardian_data is not None:
        g = JsonObject(guardian_data, obj.at("guardian"))
        guardian = _build(g.path, lambda: Guardian(
            g.text("name"), g.text("relation", required=False),
            g.text("contact", required=False), g.text("note", long=True, required=False)))
        g.done()
    birth_year = obj.integer("birth_year", optional=True) if obj.has("birth_year") else None
    obj.raw("birth_year", required=False)
    victim = _build(path, lambda: Victim(
        name=obj.text("name", required=False),
        preferred_name=obj.text("preferred_name", required=False),
        birth_year=birth_year, gender=obj.text("gender", required=False),
        language=obj.text("language", required=False), contacts=tuple(contacts),
        do_not_contact_by=tuple(avoid), guardian=guardian,
        note=obj.text("note", long=True, required=False)))
    obj.done()
    return victim


def _import_victim(ctx: ImportContext, case_id: int, data: Any, path: str) -> None:
    if data is None:
        return
    case_repo.save_victim(ctx.conn, case_id, victim_from_json(data, path))


def _build(path: str, make: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``make(*args, **kwargs)`` (a domain constructor), its BadInput as BadImport at
    ``path``."""
    try:
        return make(*args, **kwargs)
    except BadImport:
        raise
    except BadInput as exc:
        fail(path, exc)


def _export_consents(ctx: ExportContext, case_id: int) -> Any:
    return [{"scope": r.scope.value, "granted": r.granted,
             "given_at": fields.format_moment(r.given_at), "method": r.method.value,
             "recorded_by": r.recorded_by, "recorded_at": fields.format_timestamp(r.recorded_at),
             "note": r.note} for r in case_repo.consent_history(ctx.conn, case_id)]


def _import_consents(ctx: ImportContext, case_id: int, data: Any, path: str) -> None:
    for item, where in _list(data, path):
        o = JsonObject(item, where)
        scope = o.choice("scope", ConsentScope)
        granted = o.boolean("granted")
        given = o.moment("given_at")
        assert given is not None
        method = o.choice("method", ConsentMethod)
        by = o.text("recorded_by")
        at = o.timestamp("recorded_at")
        note = o.text("note", long=True)
        o.done()
        case_repo.add_consent(ctx.conn, case_id, scope, granted, given, method, by, at, note)


def _list(data: Any, path: str) -> list[tuple[Any, str]]:
    if not isinstance(data, list):
        fail(path, N_("expected a list […], found {found}."), found=kind_of(data))
    return [(item, f"{path}[{i}]") for i, item in enumerate(data)]


def _export_incidents(ctx: ExportContext, case_id: int) -> Any:
    return [{
        "description": i.description, "occurred_at": _m(i.occurred_at),
        "time_zone": i.time_zone, "platform": None if i.platform is None else i.platform.value,
        "place": i.place,
        "legal_category": None if i.legal_category is None else i.legal_category.value,
        "perpetrator_relation": i.perpetrator_relation,
        "perpetrator_details": i.perpetrator_details,
        "accounts": [ctx.account_ref(a.id) for a in i.accounts],
        "created_at": fields.format_timestamp(i.created_at),
        "updated_at": fields.format_timestamp(i.updated_at),
    } for i in case_repo.list_incidents(ctx.conn, case_id)]


def _import_incidents(ctx: ImportContext, case_id: int, data: Any, path: str) -> None:
    for item, where in _list(data, path):
        o = JsonObject(item, where)
        draft = _build(
            where, IncidentDraft, description=o.text("description", long=True),
            occurred_at=o.moment("occurred_at", optional=True), time_zone=o.text("time_zone"),
            platform=o.optional_choice("platform", Platform), place=o.text("place"),
            legal_category=o.optional_choice("legal_category", LegalCategory),
            perpetrator_relation=o.text("perpetrator_relation"),
            perpetrator_details=o.text("perpetrator_details", long=True))
        account_ids = [ctx.account_id(ref, ref_path) for ref, ref_path in o.items("accounts")]
        created, updated = o.timestamp("created_at"), o.timestamp("updated_at")
        o.done()
        incident_id = case_repo.insert_incident(ctx.conn, case_id, draft, created,
                                                refresh=False)
        for account_id in account_ids:
            case_repo.link_account(ctx.conn, incident_id, account_id)
        case_repo.set_incident_times(ctx.conn, incident_id, created, updated)


def _export_sessions(ctx: ExportContext, case_id: int) -> Any:
    return [{"held_at": fields.format_moment(s.held_at),
             "counsellor": ctx.counsellor_ref(s.counsellor_id),
             "duration_minutes": s.duration_minutes, "mode": s.mode, "notes": s.notes,
             "next_steps": s.next_steps, "created_at": fields.format_timestamp(s.created_at)}
            for s in case_repo.list_sessions(ctx.conn, case_id)]


def _import_sessions(ctx: ImportContext, case_id: int, data: Any, path: str) -> None:
    for item, where in _list(data, path):
        o = JsonObject(item, where)
        counsellor = ctx.counsellor_id(o.raw("counsellor"), o.at("counsellor"))
        draft = _build(
            where, SessionDraft, held_at=o.moment("held_at"), counsellor_id=counsellor,
            duration_minutes=o.integer("duration_minutes", optional=True),
            mode=o.text("mode"), notes=o.text("notes", long=True),
            next_steps=o.text("next_steps", long=True))
        created = o.timestamp("created_at")
        o.done()
        case_repo.insert_session(ctx.conn, case_id, draft, created)


def _export_leaks(ctx: ExportContext, case_id: int) -> Any:
    return [{"kind": x.kind.value, "found_where": x.found_where, "found_at": _m(x.found_at),
             "deletion_requested_at": _m(x.deletion_requested_at),
             "deleted_at": _m(x.deleted_at), "note": x.note}
            for x in case_repo.list_leaks(ctx.conn, case_id)]


def _import_leaks(ctx: ImportContext, case_id: int, data: Any, path: str) -> None:
    for item, where in _list(data, path):
        o = JsonObject(item, where)
        leak = LeakedInfo(
            id=0, case_id=case_id, kind=o.choice("kind", LeakKind),
            found_where=o.text("found_where", long=True),
            found_at=o.moment("found_at", optional=True),
            deletion_requested_at=o.moment("deletion_requested_at", optional=True),
            deleted_at=o.moment("deleted_at", optional=True), note=o.text("note", long=True))
        o.done()
        case_repo.insert_leak(ctx.conn, leak)


def _export_proof(ctx: ExportContext, case_id: int) -> Any:
    return [{"item": p.item.value, "held": p.held, "checked_by": p.checked_by,
             "checked_on": None if p.checked_on is None else p.checked_on.isoformat(),
             "note": p.note} for p in case_repo.list_proof(ctx.conn, case_id)]


def _import_proof(ctx: ImportContext, case_id: int, data: Any, path: str) -> None:
    seen: set[ProofItem] = set()
    for item, where in _list(data, path):
        o = JsonObject(item, where)
        checked_on = o.moment("checked_on", optional=True)
        if isinstance(checked_on, datetime):
            fail(o.at("checked_on"), N_("expected a date (YYYY-MM-DD)."))
        entry = _build(where, ProofEntry, o.choice("item", ProofItem), o.boolean("held"),
                       o.text("checked_by"), checked_on, o.text("note", long=True))
        o.done()
        if entry.item in seen:
            fail(o.at("item"), N_("this checklist item appears twice."))
        seen.add(entry.item)
        case_repo.set_proof(ctx.conn, case_id, entry)




# The sections of a case object, in the order they are written and read: evidence before
# takedowns, whose requests name evidence items.
SECTIONS: tuple[Section, ...] = (
    Section("victim", _export_victim, _import_victim),
    Section("consents", _export_consents, _import_consents),
    Section("incidents", _export_incidents, _import_incidents),
    Section("sessions", _export_sessions, _import_sessions),
    Section("leaked_info", _export_leaks, _import_leaks),
    Section("proof", _export_proof, _import_proof),
    evidence_io.SECTION,
    takedown_transfer.SECTION,
)


# --- export ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    numbers: tuple[str, ...]
    warnings: tuple[str, ...]
    identity_cases: tuple[str, ...] = ()     # cases whose victim details are in the file


def build_export(vault: Vault, numbers: Sequence[str] | None = None, *,
                 purpose: ConsentScope | None = None,
                 identity: Callable[[ExportContext, Case], bool] | None = None,
                 with_content: bool = False) -> tuple[dict[str, Any], list[str]]:
    """The export document as a dict (inside one read snapshot), and warnings.
    ``purpose`` names the consent every exported case needs (e.g. police when the file is
    for an investigator); a case without it refuses the whole export. ``identity(ctx, case)``
    decides per case whether the victim's identifying details go in (never, without it);
    the consent rules for that live in :mod:`caseapp.services.case_share`."""
    found_sections = SECTIONS
    with vault.read() as conn:
        ctx = ExportContext(vault, conn, with_content=with_content)
        if numbers is None:
            ids = case_repo.case_ids(conn)
        else:
            ids = []
            for number in numbers:
                parse_number(number)
                case = case_repo.case_by_number(conn, number)
                if case is None:
                    raise NotFound(N_("There is no case {number}."), number=number)
                if case.id not in ids:
                    ids.append(case.id)
        cases_out = []
        for case_id in ids:
            case = case_repo.get_case(conn, case_id)
            assert case is not None
            if purpose is not None:
                record = case_repo.latest_consent(conn, case_id, purpose)
                if record is None or not record.granted:
                    raise ConsentMissing(N_("Case {number}: the victim has not given consent "
                                            "to {scope}; nothing was exported."),
                                         number=case.number,
                                         scope=fields.FieldName(purpose.msgid))
        for case_id in ids:
            case = case_repo.get_case(conn, case_id)
            assert case is not None
            with_identity = identity is not None and identity(ctx, case)
            out: dict[str, Any] = {
                "number": case.number, "pseudonym": case.pseudonym,
                "status": case.status.value, "risk": case.risk.value,
                "counsellor": ctx.counsellor_ref(case.counsellor_id),
                "legal_categories": [c.value for c in case.legal_categories],
                "tags": list(case.tags), "summary": case.summary,
                "created_at": fields.format_timestamp(case.created_at),
                "updated_at": fields.format_timestamp(case.updated_at),
            }
            for section in found_sections:
                if section.name == "victim" and not with_identity:
                    out[section.name] = None
                    continue
                out[section.name] = section.export(ctx, case_id)
            cases_out.append(out)
        accounts_out = []
        for account_id, ref in ctx._accounts.items():
            account = case_repo.get_account(conn, account_id)
            assert account is not None
            accounts_out.append({
                "ref": ref, "platform": account.platform.value, "handle": account.handle,
                "kind": account.kind.value, "note": account.note,
                "display_names": [{"name": n, "first_seen": s} for n, s in
                                  case_repo.display_names_with_times(conn, account_id)]})
        counsellors_out = []
        for counsellor_id in sorted(ctx._counsellors):
            counsellor = case_repo.get_counsellor(conn, counsellor_id)
            if counsellor is not None:
                counsellors_out.append({"name": counsellor.name, "role": counsellor.role.value,
                                        "active": counsellor.active})
    document = {
        "format": FORMAT, "version": VERSION,
        "exported_at": fields.format_timestamp(fields.now_utc()),
        "counsellors": sorted(counsellors_out, key=lambda c: c["name"]),
        "accounts": accounts_out,
        "cases": cases_out,
    }
    return document, ctx.warnings


# --- import ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ImportResult:
    numbers: tuple[str, ...]
    accounts_created: int
    counsellors_created: int


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def _bad_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse_document(raw: bytes) -> Any:
    """JSON from bytes, with syntax errors named by line and column."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadImport(N_("The file is not UTF-8 text (byte {offset})."),
                        offset=exc.start) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_bad_constant)
    except _DuplicateKey as exc:
        raise BadImport(N_("The field '{name}' appears twice in one object."),
                        name=str(exc)[:60]) from None
    except json.JSONDecodeError as exc:
        raise BadImport(N_("Line {line}, column {column}: the JSON is broken or cut off "
                           "({detail})."), line=exc.lineno, column=exc.colno,
                        detail=exc.msg) from None
    except (ValueError, RecursionError) as exc:
        raise BadImport(N_("The file is not valid JSON ({detail})."),
                        detail=type(exc).__name__) from None


def import_file(vault: Vault, path: Path) -> ImportResult:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BadInput(N_("Could not read {path}: {detail}"), path=str(path),
                       detail=exc.strerror or type(exc).__name__) from exc
    return import_document(vault, parse_document(raw), source=path.name)


class _DryRun(Exception):
    """Raised inside a dry-run import so its transaction rolls back."""


def import_document(vault: Vault, document: Any, *, source: str = "",
                    bundle_content: dict[str, int] | None = None,
                    dry_run: bool = False) -> ImportResult:
    """Add the cases of an export document. All or nothing: the first problem raises
    BadImport naming its JSON path and nothing is stored. Case numbers already in this
    store are refused (no silent merge). ``bundle_content`` maps evidence codes to content
    already stored from a case bundle. ``dry_run`` does everything and rolls it back (a
    bundle is tried whole before any content is written)."""
    try:
        return _import_document(vault, document, source=source,
                                bundle_content=bundle_content, dry_run=dry_run)
    except _DryRun as finished:
        result = finished.args[0]
        assert isinstance(result, ImportResult)
        return result


def _import_document(vault: Vault, document: Any, *, source: str,
                     bundle_content: dict[str, int] | None, dry_run: bool) -> ImportResult:
    found_sections = SECTIONS
    top = JsonObject(document, "$")
    if top.raw("format") != FORMAT:
        fail("$.format", N_("this is not a CaseApp case export (expected \"{format}\")."),
             format=FORMAT)
    version = top.raw("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        fail("$.version", N_("the file is format version {found}; this CaseApp reads "
                             "version {known}."), found=str(version)[:20],
             known=" / ".join(str(v) for v in READABLE_VERSIONS))
    top.timestamp("exported_at")
    pdq_index.warm(vault)  # items are checked against hash lists inside the transaction
    with vault.write() as conn:
        ctx = ImportContext(vault, conn, fields.now_utc(), format_version=int(version),
                            source=source, bundle_content=bundle_content)
        counsellors_before = len(case_repo.list_counsellors(conn, True))
        for item, where in top.items("counsellors"):
            o = JsonObject(item, where)
            name = o.text("name")
            if not name.strip():
                fail(o.at("name"), N_("a counsellor needs a name."))
            ctx._counsellor_roles[name] = (o.choice("role", CounsellorRole),
                                           o.boolean("active"))
            o.done()
        accounts_created = _import_accounts(ctx, top)
        numbers: list[str] = []
        seen: set[str] = set()
        for item, where in top.items("cases"):
            numbers.append(_import_case(ctx, item, where, found_sections, seen))
        top.done()
        counsellors_created = len(case_repo.list_counsellors(conn, True)) - counsellors_before
        for number in numbers:
            case = case_repo.case_by_number(conn, number)
            assert case is not None
            vault.audit("case.imported", "case", number, file=source,
                        form="json" if bundle_content is None else "bundle",
                        victim_details=case_repo.get_victim(conn, case.id) is not None,
                        evidence_files=ctx.content_used.get(number, 0))
        vault.audit("cases.imported", "store", "", file=source, count=len(numbers),
                    cases=numbers[:1000])
        result = ImportResult(tuple(numbers), accounts_created, counsellors_created)
        if dry_run:
            raise _DryRun(result)
    log.info("imported %d cases", len(numbers))
    return result


def _import_accounts(ctx: ImportContext, top: JsonObject) -> int:
    created = 0
    for item, where in top.items("accounts"):
        o = JsonObject(item, where)
        ref = o.text("ref")
        if not ref or ref in ctx.accounts:
            fail(o.at("ref"), N_("account references must be unique and not empty."))
        platform = o.choice("platform", Platform)
        handle = o.text("handle")
        kind = o.choice("kind", AccountKind)
        note = o.text("note", long=True)
        names = []
        for name_item, name_where in o.items("display_names"):
            n = JsonObject(name_item, name_where)
            names.append((n.text("name"), n.timestamp("first_seen")))
            n.done()
        o.done()
        account_ref = _build(where, AccountRef, platform, handle, kind)
        existing = case_repo.find_account(ctx.conn, platform, handle)
        if existing is None:
            created += 1
        account_id = case_repo.ensure_account(ctx.conn, account_ref, ctx.now, note)
        for name, first_seen in names:
            case_repo.add_display_name(ctx.conn, account_id, name,
                                       fields.format_timestamp(first_seen))
        ctx.accounts[ref] = account_id
    return created


def _import_case(ctx: ImportContext, item: Any, where: str, found_sections: Sequence[Section],
                 seen: set[str]) -> str:
    o = JsonObject(item, where)
    number = o.text("number")
    try:
        year, seq = parse_number(number)
    except BadInput as exc:
        fail(o.at("number"), exc)
    if number in seen or case_repo.number_exists(ctx.conn, number):
        fail(o.at("number"), N_("case {number} already exists in this store; nothing was "
                                "imported."), number=number)
    seen.add(number)
    status = o.choice("status", CaseStatus)
    risk = o.choice("risk", RiskLevel)
    counsellor = ctx.counsellor_id(o.raw("counsellor"), o.at("counsellor"))
    if ctx.format_version == 1:
        single = o.optional_choice("legal_category", LegalCategory)
        categories: tuple[LegalCategory, ...] = () if single is None else (single,)
    else:
        listed = [c for c, _ in o.items("legal_categories")]
        categories = _build(o.at("legal_categories"), lambda: clean_categories(listed))
        if len(categories) != len(listed):
            fail(o.at("legal_categories"), N_("a legal category appears twice."))
    tags = [t for t, _ in o.items("tags")]
    tag_set = _build(o.at("tags"), lambda: clean_tags(tags))
    if len(tag_set) != len(tags):
        fail(o.at("tags"), N_("a tag appears twice."))
    pseudonym = o.text("pseudonym")
    summary = o.text("summary", long=True)
    created, updated = o.timestamp("created_at"), o.timestamp("updated_at")
    case_repo.claim_number(ctx.conn, year, seq)
    case_id = case_repo.insert_case(
        ctx.conn, year=year, seq=seq, pseudonym=pseudonym, status=status, risk=risk,
        counsellor_id=counsellor, legal_categories=categories, summary=summary, tags=tag_set,
        created_at=created, updated_at=updated)
    for section in found_sections:
        if o.has(section.name):
            section.import_(ctx, case_id, o.raw(section.name), o.at(section.name))
    o.done()
    case_repo.set_created_updated(ctx.conn, case_id, created, updated)
    case_search.refresh(ctx.conn, case_id)
    return number


def document_bytes(document: dict[str, Any]) -> bytes:
    """The exact bytes export writes, for callers that stream elsewhere (tests, backups)."""
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def without_export_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}
