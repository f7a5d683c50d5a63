"""Spreadsheet migration: ``import-csv FILE --mapping MAP.json``. The mapping (documented in
docs/formats/case-csv-mapping.md) names which column fills which case field and how cell
values translate. Every row is checked first; bad rows are listed with their line numbers
and nothing is written unless the caller asks to skip them. One transaction."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from caseapp.domain import fields
from caseapp.domain.cases import (
    AccountRef,
    CaseStatus,
    ContactChannel,
    ContactKind,
    CounsellorRole,
    Guardian,
    IncidentDraft,
    RiskLevel,
    Victim,
    check_birth_year,
    clean_tags,
    format_number,
    parse_number,
)
from caseapp.domain.consent import ConsentMethod, ConsentScope
from caseapp.domain.legal import LegalCategory, clean_categories
from caseapp.domain.platforms import Platform
from caseapp.errors import BadImport, BadInput, CaseAppError
from caseapp.i18n import N_, translate
from caseapp.services.case_io import parse_document
from caseapp.services.cases import new_pseudonym
from caseapp.store import case_repo
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

MAPPING_FORMAT = "caseapp-csv-mapping"
MAPPING_VERSION = 1
MAX_LISTED = 50
IMPORTED_NOTE = "imported from a spreadsheet"

TARGETS = (
    "number", "pseudonym", "status", "risk", "tags", "summary", "legal_category",
    "counsellor", "opened",
    "victim.name", "victim.preferred_name", "victim.birth_year", "victim.gender",
    "victim.language", "victim.phone", "victim.email", "victim.kakaotalk", "victim.note",
    "victim.guardian_name", "victim.guardian_contact",
    "incident.description", "incident.occurred_at", "incident.time_zone", "incident.platform",
    "incident.place", "incident.account", "incident.legal_category",
    "incident.perpetrator_relation", "incident.perpetrator_details",
    "consent.police", "consent.takedown", "consent.copies", "consent.contact",
)
_MAPPING_KEYS = {"format", "version", "encoding", "delimiter", "columns", "values",
                 "list_separator", "date_formats", "time_zone", "consent_method", "defaults"}
YES = {"y", "yes", "true", "1", "o", "예", "네", "동의", "있음", "○"}
NO = {"n", "no", "false", "0", "x", "아니오", "아니요", "미동의", "없음", "×"}


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str


@dataclass(frozen=True, slots=True)
class CsvImportResult:
    numbers: tuple[str, ...]
    skipped: tuple[RowProblem, ...]
    ignored_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mapping:
    columns: dict[str, str]                      # CSV header → target
    values: dict[str, dict[str, str]]            # target → {cell text: stored value}
    encoding: str = "utf-8-sig"
    delimiter: str = ","
    list_separator: str = ";"
    date_formats: tuple[str, ...] = ()
    time_zone: str = "Asia/Seoul"
    consent_method: ConsentMethod = ConsentMethod.WRITTEN
    defaults: dict[str, str] = field(default_factory=dict)


def _mapping_fail(where: str, msgid: str, **params: Any) -> BadImport:
    return BadImport(N_("Mapping file, {where}: {problem}"), where=where,
                     problem=translate(msgid, None, **params))


def load_mapping(path: Path) -> Mapping:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise BadInput(N_("Could not read {path}: {detail}"), path=str(path),
                       detail=exc.strerror or type(exc).__name__) from exc
    try:
        data = parse_document(raw)
    except BadImport as exc:
        raise BadImport(N_("Mapping file: {problem}"), problem=exc.message()) from None
    return mapping_from_json(data)


def mapping_from_json(data: Any) -> Mapping:
    if not isinstance(data, dict):
        raise _mapping_fail("$", N_("expected a JSON object."))
    unknown = sorted(set(data) - _MAPPING_KEYS)
    if unknown:
        raise _mapping_fail(f"$.{unknown[0]}", N_("unknown field."))
    if data.get("format") != MAPPING_FORMAT or data.get("version") != MAPPING_VERSION:
        raise _mapping_fail("$.format", N_("expected \"format\": \"{format}\" and "
                                           "\"version\": {version}."),
                            format=MAPPING_FORMAT, version=MAPPING_VERSION)
    columns = data.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise _mapping_fail("$.columns", N_("expected an object of column name → field."))
    for column, target in columns.items():
        if target not in TARGETS:
            raise _mapping_fail(f"$.columns.{column}", N_("'{target}' is not a field CaseApp "
                                                          "can fill. Known: {known}."),
                                target=str(target)[:40], known=", ".join(TARGETS))
    targets = list(columns.values())
    for target in set(targets):
        if targets.count(target) > 1 and target not in ("tags", "victim.note",
                                                        "incident.account"):
            raise _mapping_fail("$.columns", N_("two columns fill '{target}'."), target=target)
    values = data.get("values", {})
    if not isinstance(values, dict) or any(
            not isinstance(v, dict) or not all(isinstance(x, str) for x in v.values())
            for v in values.values()):
        raise _mapping_fail("$.values", N_("expected an object that maps each field to "
                                           "an object of cell text → value."))
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict) or any(k not in TARGETS or not isinstance(v, str)
                                             for k, v in defaults.items()):
        raise _mapping_fail("$.defaults", N_("expected an object of field → text value."))
    date_formats = data.get("date_formats", [])
    if not isinstance(date_formats, list) or not all(isinstance(f, str) for f in date_formats):
        raise _mapping_fail("$.date_formats", N_("expected a list of formats like "
                                                 "\"%Y.%m.%d\"."))
    zone = data.get("time_zone", "Asia/Seoul")
    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError):
        raise _mapping_fail("$.time_zone", N_("'{zone}' is not a time zone name."),
                            zone=str(zone)[:40]) from None
    encoding = data.get("encoding", "utf-8-sig")
    try:
        "".encode(str(encoding))
    except LookupError:
        raise _mapping_fail("$.encoding", N_("unknown text encoding '{encoding}'."),
                            encoding=str(encoding)[:40]) from None
    delimiter = data.get("delimiter", ",")
    separator = data.get("list_separator", ";")
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise _mapping_fail("$.delimiter", N_("expected one character."))
    if not isinstance(separator, str) or not separator:
        raise _mapping_fail("$.list_separator", N_("expected one or more characters."))
    try:
        method = fields.choice(ConsentMethod, data.get("consent_method", "written"),
                               N_("Consent method"))
    except BadInput as exc:
        raise _mapping_fail("$.consent_method", exc.msgid, **exc.params) from None
    return Mapping(columns=dict(columns), values={k: dict(v) for k, v in values.items()},
                   encoding=str(encoding), delimiter=delimiter, list_separator=separator,
                   date_formats=tuple(date_formats), time_zone=str(zone),
                   consent_method=method, defaults=dict(defaults))


# --- one row --------------------------------------------------------------------------------------
@dataclass
class _Row:
    line: int
    number: tuple[int, int] | None = None
    pseudonym: str | None = None
    status: CaseStatus = CaseStatus.ACTIVE
    risk: RiskLevel = RiskLevel.MEDIUM
    tags: tuple[str, ...] = ()
    summary: str = ""
    legal_categories: tuple[LegalCategory, ...] = ()
    counsellor: str | None = None
    opened: datetime | None = None
    victim: Victim | None = None
    incident: IncidentDraft | None = None
    consents: list[tuple[ConsentScope, bool]] = field(default_factory=list)


class _Cells:
    def __init__(self, mapping: Mapping, header: list[str], cells: list[str]) -> None:
        self.mapping = mapping
        self.values: dict[str, list[str]] = {}
        for index, column in enumerate(header):
            target = mapping.columns.get(column)
            if target is None:
                continue
            value = cells[index] if index < len(cells) else ""
            if value != "":
                self.values.setdefault(target, []).append(value)
        for target, value in mapping.defaults.items():
            self.values.setdefault(target, [value])

    def get(self, target: str) -> str | None:
        found = self.values.get(target)
        if not found:
            return None
        value = found[0]
        short = target.rsplit(".", 1)[-1]
        table = self.mapping.values.get(target) or self.mapping.values.get(short) or {}
        return table.get(value, table.get(value.strip(), value))

    def all(self, target: str) -> list[str]:
        return self.values.get(target, [])


def _date_value(mapping: Mapping, text: str, what: str) -> fields.Moment:
    value = text.strip()
    for fmt in mapping.date_formats:
        try:
            parsed = datetime.strptime(value, fmt)  # zone attached below
        except ValueError:
            continue
        if any(code in fmt for code in ("%H", "%I", "%M")):
            return parsed.replace(tzinfo=ZoneInfo(mapping.time_zone))
        return parsed.date()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise BadInput(N_("{what}: '{value}' is not a date this mapping understands (add its "
                          "pattern to date_formats)."), what=what, value=value[:40]) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(mapping.time_zone))
    return parsed


def _fixed_offset(value: fields.Moment) -> fields.Moment:
    """ZoneInfo times are stored with their fixed offset (what ISO 8601 can carry)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        offset = value.utcoffset() or timedelta(0)
        return value.replace(tzinfo=timezone(offset))
    return value


def _yes_no(text: str, what: str) -> bool:
    value = text.strip().casefold()
    if value in YES:
        return True
    if value in NO:
        return False
    raise BadInput(N_("{what}: '{value}' is neither yes nor no."), what=what, value=text[:20])


def _parse_row(mapping: Mapping, line: int, cells: _Cells) -> _Row:
    row = _Row(line)
    number = cells.get("number")
    if number is not None:
        row.number = parse_number(number.strip())
    pseudonym = cells.get("pseudonym")
    row.pseudonym = None if pseudonym is None else fields.text(pseudonym, N_("Pseudonym"))
    status = cells.get("status")
    if status is not None:
        row.status = fields.choice(CaseStatus, status.strip(), N_("Status"))
    risk = cells.get("risk")
    if risk is not None:
        row.risk = fields.choice(RiskLevel, risk.strip(), N_("Risk level"))
    tags: list[str] = []
    for cell in cells.all("tags"):
        for part in cell.split(mapping.list_separator):
            if part.strip():
                table = mapping.values.get("tags", {})
                tags.append(table.get(part.strip(), part.strip()))
    row.tags = clean_tags(tags)
    row.summary = fields.long_text(cells.get("summary") or "", N_("Summary"))
    categories = [part.strip() for cell in cells.all("legal_category")
                  for part in cell.split(mapping.list_separator) if part.strip()]
    table = mapping.values.get("legal_category", {})
    row.legal_categories = clean_categories(table.get(c, c) for c in categories)
    row.counsellor = cells.get("counsellor")
    opened = cells.get("opened")
    if opened is not None:
        moment = _date_value(mapping, opened, "opened")
        if not isinstance(moment, datetime):
            moment = datetime.combine(moment, time(9, 0), ZoneInfo(mapping.time_zone))
        row.opened = moment
        if moment > fields.now_utc():
            raise BadInput(N_("The date opened {value} is in the future."), value=opened[:40])
    if any(t.startswith("victim.") for t in cells.values):
        birth = cells.get("victim.birth_year")
        year = None
        if birth is not None:
            try:
                year = int(birth.strip())
            except ValueError:
                raise BadInput(N_("Birth year must be a whole number like 2008.")) from None
            check_birth_year(year)
        contacts = tuple(ContactChannel(kind, value) for kind, value in (
            (ContactKind.PHONE, cells.get("victim.phone")),
            (ContactKind.EMAIL, cells.get("victim.email")),
            (ContactKind.KAKAOTALK, cells.get("victim.kakaotalk"))) if value)
        guardian_name = cells.get("victim.guardian_name")
        row.victim = Victim(
            name=cells.get("victim.name") or "",
            preferred_name=cells.get("victim.preferred_name") or "", birth_year=year,
            gender=cells.get("victim.gender") or "", language=cells.get("victim.language") or "",
            contacts=contacts,
            guardian=Guardian(guardian_name, contact=cells.get("victim.guardian_contact") or "")
            if guardian_name else None,
            note="\n".join(cells.all("victim.note")))
    if any(t.startswith("incident.") for t in cells.values):
        occurred = cells.get("incident.occurred_at")
        platform = cells.get("incident.platform")
        platform_value = fields.optional_choice(Platform, platform and platform.strip(),
                                                N_("Platform"))
        accounts = []
        for cell in cells.all("incident.account"):
            for handle in cell.split(mapping.list_separator):
                if handle.strip():
                    accounts.append(AccountRef(platform_value or Platform.OTHER, handle.strip()))
        category = cells.get("incident.legal_category")
        row.incident = IncidentDraft(
            description=cells.get("incident.description") or "",
            occurred_at=None if occurred is None else _fixed_offset(
                _date_value(mapping, occurred, "incident.occurred_at")),
            time_zone=cells.get("incident.time_zone") or (
                mapping.time_zone if occurred else ""),
            platform=platform_value, place=cells.get("incident.place") or "",
            legal_category=fields.optional_choice(LegalCategory, category and category.strip(),
                                                  N_("Legal category")),
            perpetrator_relation=cells.get("incident.perpetrator_relation") or "",
            perpetrator_details=cells.get("incident.perpetrator_details") or "",
            accounts=tuple(accounts))
    for scope in ConsentScope:
        value = cells.get(f"consent.{scope.value}")
        if value is not None:
            row.consents.append((scope, _yes_no(value, f"consent.{scope.value}")))
    return row


# --- the file -------------------------------------------------------------------------------------
def read_rows(mapping: Mapping, raw: bytes) -> tuple[list[_Row], list[RowProblem], list[str]]:
    try:
        text = raw.decode(mapping.encoding)
    except UnicodeDecodeError as exc:
        raise BadImport(N_("The CSV file is not {encoding} text (byte {offset}); set "
                           "\"encoding\" in the mapping, e.g. \"cp949\" for files saved by "
                           "Korean Excel."), encoding=mapping.encoding,
                        offset=exc.start) from None
    # Excel on Windows: a BOM even when the mapping says plain "utf-8", CRLF rows, and
    # sometimes CRLF inside a quoted cell; cells keep plain \n line breaks.
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=mapping.delimiter,
                        strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise BadImport(N_("The CSV file is empty.")) from None
    except csv.Error as exc:
        raise BadImport(N_("Line {line}: {problem}"), line=1, problem=str(exc)) from None
    missing = [c for c in mapping.columns if c not in header]
    if missing:
        raise BadImport(N_("The CSV file has no column '{column}' (named in the mapping). "
                           "Its columns are: {columns}."), column=missing[0],
                        columns=", ".join(header)[:400])
    ignored = [c for c in header if c not in mapping.columns]
    rows: list[_Row] = []
    problems: list[RowProblem] = []
    seen_numbers: dict[tuple[int, int], int] = {}
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(line, str(exc)))
            break
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            problems.append(RowProblem(line, translate(N_(
                "the row has {found} cells but the header has {expected}."), None,
                found=len(cells), expected=len(header))))
            continue
        try:
            row = _parse_row(mapping, line, _Cells(mapping, header, cells))
        except CaseAppError as exc:
            problems.append(RowProblem(line, exc.message()))
            continue
        if row.number is not None:
            if row.number in seen_numbers:
                problems.append(RowProblem(line, translate(N_(
                    "case number {number} is also on line {other}."), None,
                    number=format_number(*row.number), other=seen_numbers[row.number])))
                continue
            seen_numbers[row.number] = line
        rows.append(row)
    return rows, problems, ignored


def import_csv(vault: Vault, path: Path, mapping_path: Path, *,
               skip_bad: bool = False) -> CsvImportResult:
    mapping = load_mapping(mapping_path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise BadInput(N_("Could not read {path}: {detail}"), path=str(path),
                       detail=exc.strerror or type(exc).__name__) from exc
    return import_rows(vault, mapping, raw, source=Path(path).name, skip_bad=skip_bad)


def import_rows(vault: Vault, mapping: Mapping, raw: bytes, *, source: str = "",
                skip_bad: bool = False) -> CsvImportResult:
    rows, problems, ignored = read_rows(mapping, raw)
    numbers: list[str] = []
    with vault.write() as conn:
        good: list[_Row] = []
        for row in rows:
            if row.number is not None and case_repo.number_exists(
                    conn, format_number(*row.number)):
                problems.append(RowProblem(row.line, translate(N_(
                    "case {number} already exists in this store."), None,
                    number=format_number(*row.number))))
                continue
            good.append(row)
        problems.sort(key=lambda p: p.line)
        if problems and not skip_bad:
            listed = [translate(N_("line {line}: {problem}"), None, line=p.line,
                                problem=p.message) for p in problems[:MAX_LISTED]]
            if len(problems) > MAX_LISTED:
                listed.append(translate(N_("… and {count} more."), None,
                                        count=len(problems) - MAX_LISTED))
            raise BadImport(N_("{count} row(s) cannot be imported; nothing was imported. Fix "
                               "them or use --skip-bad:\n{rows}"), count=len(problems),
                            rows="\n".join(listed))
        now = fields.now_utc()
        for row in good:
            numbers.append(_write_row(vault, row, now, mapping))
        vault.audit("cases.imported_csv", "store", "", file=source, count=len(numbers),
                    skipped=[p.line for p in problems], cases=numbers[:1000])
    log.info("imported %d rows from CSV, skipped %d", len(numbers), len(problems))
    return CsvImportResult(tuple(numbers), tuple(problems), tuple(ignored))


def _write_row(vault: Vault, row: _Row, now: datetime, mapping: Mapping) -> str:
    conn = vault.cases
    opened = (row.opened or now).astimezone(UTC)
    if row.number is not None:
        year, seq = row.number
        case_repo.claim_number(conn, year, seq)
    else:
        year, seq = case_repo.next_number(conn, opened.astimezone(ZoneInfo(mapping.time_zone))
                                          .year)
    counsellor_id = None
    if row.counsellor:
        found = case_repo.counsellor_by_name(conn, row.counsellor)
        counsellor_id = found.id if found else case_repo.insert_counsellor(
            conn, row.counsellor, CounsellorRole.COUNSELLOR, True, now).id
    case_id = case_repo.insert_case(
        conn, year=year, seq=seq, pseudonym=row.pseudonym or new_pseudonym(),
        status=row.status, risk=row.risk, counsellor_id=counsellor_id,
        legal_categories=row.legal_categories, summary=row.summary, tags=row.tags,
        created_at=opened, updated_at=now)
    if row.victim is not None:
        case_repo.save_victim(conn, case_id, row.victim)
    if row.incident is not None:
        case_repo.insert_incident(conn, case_id, row.incident, now)
    for scope, granted in row.consents:
        case_repo.add_consent(conn, case_id, scope, granted, opened, mapping.consent_method,
                              vault.actor, now, IMPORTED_NOTE)
    return format_number(year, seq)
