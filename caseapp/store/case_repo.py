"""SQL for case records: cases and tags, case numbers, the victim's identifying details,
consent history, incidents and perpetrator accounts, sessions, leaked information, proof of
victimhood and counsellor profiles. Every function runs in the caller's transaction; any
change that alters searchable text calls :func:`case_search.refresh` for the case."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from caseapp.domain import fields
from caseapp.domain.cases import (
    AccountKind,
    AccountRef,
    Case,
    CaseStatus,
    ContactChannel,
    ContactKind,
    CounsellingSession,
    Counsellor,
    CounsellorRole,
    Guardian,
    Incident,
    IncidentDraft,
    LeakedInfo,
    LeakKind,
    PerpetratorAccount,
    ProofEntry,
    ProofItem,
    RiskLevel,
    SessionAddendum,
    SessionDraft,
    Victim,
    format_number,
    handle_key,
    number_order,
)
from caseapp.domain.consent import ConsentMethod, ConsentRecord, ConsentScope
from caseapp.domain.fields import Moment, format_moment, format_timestamp, parse_stored_moment
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.store import case_search
from caseapp.store.connection import Connection


def _ts(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _moment(value: str | None) -> Moment | None:
    return None if value is None else parse_stored_moment(value)


def _opt_moment(value: Moment | None) -> str | None:
    return None if value is None else format_moment(value)


# --- counsellors --------------------------------------------------------------------------------
_COUNSELLOR = "SELECT id, name, role, active FROM counsellor"


def _counsellor(row: Sequence[Any]) -> Counsellor:
    return Counsellor(int(row[0]), row[1], CounsellorRole(row[2]), bool(row[3]))


def insert_counsellor(conn: Connection, name: str, role: CounsellorRole, active: bool,
                      at: datetime) -> Counsellor:
    cur = conn.execute("INSERT INTO counsellor (name, role, active, created_at) VALUES (?,?,?,?)",
                       (name, role.value, int(active), format_timestamp(at)))
    return Counsellor(int(cur.lastrowid or 0), name, role, active)


def get_counsellor(conn: Connection, counsellor_id: int) -> Counsellor | None:
    row = conn.execute(f"{_COUNSELLOR} WHERE id = ?", (counsellor_id,)).fetchone()
    return None if row is None else _counsellor(row)


def counsellor_by_name(conn: Connection, name: str) -> Counsellor | None:
    row = conn.execute(f"{_COUNSELLOR} WHERE name = ?", (name,)).fetchone()
    return None if row is None else _counsellor(row)


def list_counsellors(conn: Connection, include_inactive: bool) -> list[Counsellor]:
    where = "" if include_inactive else " WHERE active = 1"
    return [_counsellor(r) for r in conn.execute(f"{_COUNSELLOR}{where} ORDER BY name, id")]


def update_counsellor(conn: Connection, counsellor: Counsellor) -> None:
    conn.execute("UPDATE counsellor SET name = ?, role = ?, active = ? WHERE id = ?",
                 (counsellor.name, counsellor.role.value, int(counsellor.active), counsellor.id))


def counsellor_pin_hash(conn: Connection, counsellor_id: int) -> str | None:
    row = conn.execute("SELECT pin_hash FROM counsellor WHERE id = ?", (counsellor_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def set_counsellor_pin_hash(conn: Connection, counsellor_id: int, pin_hash: str | None) -> None:
    conn.execute("UPDATE counsellor SET pin_hash = ? WHERE id = ?", (pin_hash, counsellor_id))


# --- case numbers -------------------------------------------------------------------------------
def next_number(conn: Connection, year: int) -> tuple[int, int]:
    """The next sequence number of ``year``; never reused (the counter only grows)."""
    row = conn.execute(
        "INSERT INTO case_number_seq (year, last) VALUES (?, 1) ON CONFLICT(year) DO UPDATE"
        " SET last = last + 1 RETURNING last", (year,)).fetchone()
    return year, int(row[0])


def claim_number(conn: Connection, year: int, seq: int) -> None:
    """An imported number: later numbers of that year continue after it."""
    conn.execute("INSERT INTO case_number_seq (year, last) VALUES (?, ?) ON CONFLICT(year) DO"
                 " UPDATE SET last = max(last, excluded.last)", (year, seq))


# --- cases ----------------------------------------------------------------------------------------
_CASE = ("SELECT id, number, pseudonym, status, risk, counsellor_id, summary,"
         " created_at, updated_at FROM case_file")


def tags_of(conn: Connection, case_id: int) -> tuple[str, ...]:
    return tuple(r[0] for r in conn.execute(
        "SELECT tag FROM case_tag WHERE case_id = ? ORDER BY tag", (case_id,)))


def legal_categories_of(conn: Connection, case_id: int) -> tuple[LegalCategory, ...]:
    found = {LegalCategory(r[0]) for r in conn.execute(
        "SELECT category FROM case_legal_category WHERE case_id = ?", (case_id,))}
    return tuple(c for c in LegalCategory if c in found)


def _set_legal_categories(conn: Connection, case_id: int,
                          categories: Sequence[LegalCategory]) -> None:
    conn.execute("DELETE FROM case_legal_category WHERE case_id = ?", (case_id,))
    conn.executemany("INSERT INTO case_legal_category (case_id, category) VALUES (?, ?)",
                     [(case_id, c.value) for c in categories])


def _case(conn: Connection, row: Sequence[Any]) -> Case:
    return Case(
        id=int(row[0]), number=row[1], pseudonym=row[2], status=CaseStatus(row[3]),
        risk=RiskLevel(row[4]), counsellor_id=row[5],
        legal_categories=legal_categories_of(conn, int(row[0])),
        tags=tags_of(conn, int(row[0])), summary=row[6], created_at=_ts(row[7]),
        updated_at=_ts(row[8]))


def get_case(conn: Connection, case_id: int) -> Case | None:
    row = conn.execute(f"{_CASE} WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else _case(conn, row)


def case_by_number(conn: Connection, number: str) -> Case | None:
    row = conn.execute(f"{_CASE} WHERE number = ?", (number,)).fetchone()
    return None if row is None else _case(conn, row)


def number_exists(conn: Connection, number: str) -> bool:
    return conn.execute("SELECT 1 FROM case_file WHERE number = ?", (number,)).fetchone() \
        is not None


def all_numbers(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT number FROM case_file ORDER BY number_order")]


def case_ids(conn: Connection, numbers: Iterable[str] | None = None) -> list[int]:
    if numbers is None:
        return [int(r[0]) for r in conn.execute("SELECT id FROM case_file ORDER BY number_order")]
    found = []
    for number in numbers:
        row = conn.execute("SELECT id FROM case_file WHERE number = ?", (number,)).fetchone()
        if row is not None:
            found.append(int(row[0]))
    return found


def insert_case(conn: Connection, *, year: int, seq: int, pseudonym: str, status: CaseStatus,
                risk: RiskLevel, counsellor_id: int | None,
                legal_categories: Sequence[LegalCategory], summary: str, tags: Sequence[str],
                created_at: datetime, updated_at: datetime) -> int:
    cur = conn.execute(
        "INSERT INTO case_file (number, number_order, pseudonym, status, risk, counsellor_id,"
        " summary, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (format_number(year, seq), number_order(year, seq), pseudonym, status.value,
         risk.value, counsellor_id, summary, format_timestamp(created_at),
         format_timestamp(updated_at)))
    case_id = int(cur.lastrowid or 0)
    conn.executemany("INSERT INTO case_tag (case_id, tag) VALUES (?, ?)",
                     [(case_id, t) for t in tags])
    _set_legal_categories(conn, case_id, legal_categories)
    case_search.refresh(conn, case_id)
    return case_id


def update_case(conn: Connection, case: Case) -> None:
    """Write every field of ``case`` (the service decides what changed)."""
    conn.execute(
        "UPDATE case_file SET pseudonym = ?, status = ?, risk = ?, counsellor_id = ?,"
        " summary = ?, updated_at = ? WHERE id = ?",
        (case.pseudonym, case.status.value, case.risk.value, case.counsellor_id, case.summary,
         format_timestamp(case.updated_at), case.id))
    if legal_categories_of(conn, case.id) != case.legal_categories:
        _set_legal_categories(conn, case.id, case.legal_categories)
    if tags_of(conn, case.id) != case.tags:
        conn.execute("DELETE FROM case_tag WHERE case_id = ?", (case.id,))
        conn.executemany("INSERT INTO case_tag (case_id, tag) VALUES (?, ?)",
                         [(case.id, t) for t in case.tags])
    case_search.refresh(conn, case.id)


def touch(conn: Connection, case_id: int, at: datetime) -> None:
    conn.execute("UPDATE case_file SET updated_at = ? WHERE id = ?",
                 (format_timestamp(at), case_id))


def set_created_updated(conn: Connection, case_id: int, created_at: datetime,
                        updated_at: datetime) -> None:
    """Import only: keep the times the exported case carried."""
    conn.execute("UPDATE case_file SET created_at = ?, updated_at = ? WHERE id = ?",
                 (format_timestamp(created_at), format_timestamp(updated_at), case_id))


# --- victim ---------------------------------------------------------------------------------------
def get_victim(conn: Connection, case_id: int) -> Victim | None:
    row = conn.execute(
        "SELECT name, preferred_name, birth_year, gender, language, contacts,"
        " do_not_contact_by, guardian, note FROM victim WHERE case_id = ?",
        (case_id,)).fetchone()
    if row is None:
        return None
    contacts = tuple(ContactChannel(ContactKind(c["kind"]), c["value"], c["safe_times"],
                                    c["note"]) for c in json.loads(row[5]))
    guardian_data = None if row[7] is None else json.loads(row[7])
    guardian = None if guardian_data is None else Guardian(**guardian_data)
    return Victim(name=row[0], preferred_name=row[1], birth_year=row[2], gender=row[3],
                  language=row[4], contacts=contacts,
                  do_not_contact_by=tuple(ContactKind(k) for k in json.loads(row[6])),
                  guardian=guardian, note=row[8])


def save_victim(conn: Connection, case_id: int, victim: Victim) -> None:
    contacts = json.dumps([{"kind": c.kind.value, "value": c.value, "safe_times": c.safe_times,
                            "note": c.note} for c in victim.contacts], ensure_ascii=False)
    avoid = json.dumps([k.value for k in victim.do_not_contact_by])
    guardian = None if victim.guardian is None else json.dumps(
        {"name": victim.guardian.name, "relation": victim.guardian.relation,
         "contact": victim.guardian.contact, "note": victim.guardian.note}, ensure_ascii=False)
    conn.execute(
        "INSERT INTO victim (case_id, name, preferred_name, birth_year, gender, language,"
        " contacts, do_not_contact_by, guardian, note) VALUES (?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(case_id) DO UPDATE SET name = excluded.name,"
        " preferred_name = excluded.preferred_name, birth_year = excluded.birth_year,"
        " gender = excluded.gender, language = excluded.language,"
        " contacts = excluded.contacts, do_not_contact_by = excluded.do_not_contact_by,"
        " guardian = excluded.guardian, note = excluded.note",
        (case_id, victim.name, victim.preferred_name, victim.birth_year, victim.gender,
         victim.language, contacts, avoid, guardian, victim.note))
    case_search.refresh(conn, case_id)  # the values blanked out of its text changed


def victim_identity(victim: Victim) -> list[str]:
    """The values :func:`case_search.victim_values` reads back for ``victim``."""
    values = [victim.name, victim.preferred_name, *(c.value for c in victim.contacts)]
    if victim.guardian is not None:
        values.extend((victim.guardian.name, victim.guardian.contact))
    return [v for v in values if v]


# --- consent --------------------------------------------------------------------------------------
_CONSENT = ("SELECT id, case_id, scope, granted, given_at, method, recorded_by, recorded_at,"
            " note FROM consent_event")


def _consent(row: Sequence[Any]) -> ConsentRecord:
    return ConsentRecord(id=int(row[0]), case_id=int(row[1]), scope=ConsentScope(row[2]),
                         granted=bool(row[3]), given_at=parse_stored_moment(row[4]),
                         method=ConsentMethod(row[5]), recorded_by=row[6],
                         recorded_at=_ts(row[7]), note=row[8])


def add_consent(conn: Connection, case_id: int, scope: ConsentScope, granted: bool,
                given_at: Moment, method: ConsentMethod, recorded_by: str,
                recorded_at: datetime, note: str) -> ConsentRecord:
    cur = conn.execute(
        "INSERT INTO consent_event (case_id, scope, granted, given_at, given_utc, method,"
        " recorded_by, recorded_at, note) VALUES (?,?,?,?,?,?,?,?,?)",
        (case_id, scope.value, int(granted), format_moment(given_at), fields.utc_key(given_at),
         method.value, recorded_by, format_timestamp(recorded_at), note))
    return ConsentRecord(int(cur.lastrowid or 0), case_id, scope, granted, given_at, method,
                         recorded_by, recorded_at, note)


def consent_history(conn: Connection, case_id: int) -> list[ConsentRecord]:
    return [_consent(r) for r in conn.execute(
        f"{_CONSENT} WHERE case_id = ? ORDER BY given_utc, id", (case_id,))]


def latest_consent(conn: Connection, case_id: int, scope: ConsentScope) -> ConsentRecord | None:
    row = conn.execute(f"{_CONSENT} WHERE case_id = ? AND scope = ? ORDER BY given_utc DESC,"
                       " id DESC LIMIT 1", (case_id, scope.value)).fetchone()
    return None if row is None else _consent(row)


# --- perpetrator accounts -------------------------------------------------------------------------
def _display_names(conn: Connection, account_id: int) -> tuple[str, ...]:
    return tuple(r[0] for r in conn.execute(
        "SELECT name FROM perpetrator_display_name WHERE account_id = ?"
        " ORDER BY first_seen, name", (account_id,)))


def _account(conn: Connection, row: Sequence[Any]) -> PerpetratorAccount:
    return PerpetratorAccount(id=int(row[0]), platform=Platform(row[1]), handle=row[2],
                              kind=AccountKind(row[3]),
                              display_names=_display_names(conn, int(row[0])), note=row[4])


_ACCOUNT = "SELECT id, platform, handle, kind, note FROM perpetrator_account"


def get_account(conn: Connection, account_id: int) -> PerpetratorAccount | None:
    row = conn.execute(f"{_ACCOUNT} WHERE id = ?", (account_id,)).fetchone()
    return None if row is None else _account(conn, row)


def find_account(conn: Connection, platform: Platform, handle: str) -> PerpetratorAccount | None:
    row = conn.execute(f"{_ACCOUNT} WHERE platform = ? AND handle_key = ?",
                       (platform.value, handle_key(handle))).fetchone()
    return None if row is None else _account(conn, row)


def ensure_account(conn: Connection, ref: AccountRef, at: datetime, note: str = "") -> int:
    """The account ``ref`` names, created if new; a new display name is remembered."""
    row = conn.execute("SELECT id FROM perpetrator_account WHERE platform = ? AND handle_key = ?",
                       (ref.platform.value, handle_key(ref.handle))).fetchone()
    if row is None:
        cur = conn.execute(
            "INSERT INTO perpetrator_account (platform, handle, handle_key, kind, note,"
            " created_at) VALUES (?,?,?,?,?,?)",
            (ref.platform.value, ref.handle, handle_key(ref.handle), ref.kind.value, note,
             format_timestamp(at)))
        account_id = int(cur.lastrowid or 0)
    else:
        account_id = int(row[0])
    if ref.display_name:
        add_display_name(conn, account_id, ref.display_name, format_timestamp(at))
    return account_id


def add_display_name(conn: Connection, account_id: int, name: str, first_seen: str) -> None:
    conn.execute("INSERT INTO perpetrator_display_name (account_id, name, first_seen)"
                 " VALUES (?,?,?) ON CONFLICT DO NOTHING", (account_id, name, first_seen))


def display_names_with_times(conn: Connection, account_id: int) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT name, first_seen FROM perpetrator_display_name WHERE account_id = ?"
        " ORDER BY first_seen, name", (account_id,))]


def link_account(conn: Connection, incident_id: int, account_id: int) -> None:
    conn.execute("INSERT INTO incident_account (incident_id, account_id) VALUES (?, ?)"
                 " ON CONFLICT DO NOTHING", (incident_id, account_id))


def unlink_account(conn: Connection, incident_id: int, account_id: int) -> None:
    conn.execute("DELETE FROM incident_account WHERE incident_id = ? AND account_id = ?",
                 (incident_id, account_id))


def accounts_of_incident(conn: Connection, incident_id: int) -> tuple[PerpetratorAccount, ...]:
    rows = conn.execute(
        "SELECT a.id, a.platform, a.handle, a.kind, a.note FROM perpetrator_account a"
        " JOIN incident_account ia ON ia.account_id = a.id WHERE ia.incident_id = ?"
        " ORDER BY a.platform, a.handle_key", (incident_id,)).fetchall()
    return tuple(_account(conn, r) for r in rows)


def accounts_of_case(conn: Connection, case_id: int) -> list[PerpetratorAccount]:
    rows = conn.execute(
        "SELECT DISTINCT a.id, a.platform, a.handle, a.kind, a.note FROM perpetrator_account a"
        " JOIN perpetrator_account_case pc ON pc.account_id = a.id WHERE pc.case_id = ?"
        " ORDER BY a.platform, a.handle_key", (case_id,)).fetchall()
    return [_account(conn, r) for r in rows]


def case_numbers_of_account(conn: Connection, account_id: int) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT c.number FROM perpetrator_account_case pc"
        " JOIN case_file c ON c.id = pc.case_id WHERE pc.account_id = ?"
        " ORDER BY c.number_order", (account_id,))]


# --- incidents ------------------------------------------------------------------------------------
_INCIDENT = ("SELECT id, case_id, description, occurred_at, time_zone, platform, place,"
             " legal_category, perpetrator_relation, perpetrator_details, created_at,"
             " updated_at FROM incident")


def _incident(conn: Connection, row: Sequence[Any]) -> Incident:
    return Incident(
        id=int(row[0]), case_id=int(row[1]), description=row[2], occurred_at=_moment(row[3]),
        time_zone=row[4], platform=None if row[5] is None else Platform(row[5]), place=row[6],
        legal_category=None if row[7] is None else LegalCategory(row[7]),
        perpetrator_relation=row[8], perpetrator_details=row[9],
        accounts=accounts_of_incident(conn, int(row[0])), created_at=_ts(row[10]),
        updated_at=_ts(row[11]))


def _incident_values(draft: IncidentDraft) -> tuple[Any, ...]:
    return (draft.description, _opt_moment(draft.occurred_at),
            None if draft.occurred_at is None else fields.utc_key(draft.occurred_at),
            draft.time_zone, None if draft.platform is None else draft.platform.value,
            draft.place, None if draft.legal_category is None else draft.legal_category.value,
            draft.perpetrator_relation, draft.perpetrator_details)


def insert_incident(conn: Connection, case_id: int, draft: IncidentDraft,
                    at: datetime, *, refresh: bool = True) -> int:
    stamp = format_timestamp(at)
    cur = conn.execute(
        "INSERT INTO incident (description, occurred_at, occurred_utc, time_zone, platform,"
        " place, legal_category, perpetrator_relation, perpetrator_details, case_id,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (*_incident_values(draft), case_id, stamp, stamp))
    incident_id = int(cur.lastrowid or 0)
    for ref in draft.accounts:
        link_account(conn, incident_id, ensure_account(conn, ref, at))
    if refresh:
        case_search.refresh(conn, case_id)
    return incident_id


def update_incident(conn: Connection, incident_id: int, case_id: int, draft: IncidentDraft,
                    at: datetime) -> None:
    conn.execute(
        "UPDATE incident SET description = ?, occurred_at = ?, occurred_utc = ?, time_zone = ?,"
        " platform = ?, place = ?, legal_category = ?, perpetrator_relation = ?,"
        " perpetrator_details = ?, updated_at = ? WHERE id = ?",
        (*_incident_values(draft), format_timestamp(at), incident_id))
    conn.execute("DELETE FROM incident_account WHERE incident_id = ?", (incident_id,))
    for ref in draft.accounts:
        link_account(conn, incident_id, ensure_account(conn, ref, at))
    case_search.refresh(conn, case_id)


def set_incident_times(conn: Connection, incident_id: int, created_at: datetime,
                       updated_at: datetime) -> None:
    conn.execute("UPDATE incident SET created_at = ?, updated_at = ? WHERE id = ?",
                 (format_timestamp(created_at), format_timestamp(updated_at), incident_id))


def get_incident(conn: Connection, incident_id: int) -> Incident | None:
    row = conn.execute(f"{_INCIDENT} WHERE id = ?", (incident_id,)).fetchone()
    return None if row is None else _incident(conn, row)


def list_incidents(conn: Connection, case_id: int) -> list[Incident]:
    # undated incidents last, in the order they were entered
    return [_incident(conn, r) for r in conn.execute(
        f"{_INCIDENT} WHERE case_id = ? ORDER BY occurred_utc IS NULL, occurred_utc, id",
        (case_id,))]


# --- counselling sessions -----------------------------------------------------------------------
_SESSION = ("SELECT id, case_id, held_at, counsellor_id, duration_minutes, mode, notes,"
            " next_steps, created_at FROM counselling_session")


def _session(row: Sequence[Any]) -> CounsellingSession:
    return CounsellingSession(id=int(row[0]), case_id=int(row[1]),
                              held_at=parse_stored_moment(row[2]), counsellor_id=row[3],
                              duration_minutes=row[4], mode=row[5], notes=row[6],
                              next_steps=row[7], created_at=_ts(row[8]))


def insert_session(conn: Connection, case_id: int, draft: SessionDraft,
                   at: datetime) -> CounsellingSession:
    cur = conn.execute(
        "INSERT INTO counselling_session (case_id, held_at, held_utc, counsellor_id,"
        " duration_minutes, mode, notes, next_steps, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (case_id, format_moment(draft.held_at), fields.utc_key(draft.held_at),
         draft.counsellor_id, draft.duration_minutes, draft.mode, draft.notes,
         draft.next_steps, format_timestamp(at)))
    return CounsellingSession(int(cur.lastrowid or 0), case_id, draft.held_at,
                              draft.counsellor_id, draft.duration_minutes, draft.mode,
                              draft.notes, draft.next_steps, at)


def list_sessions(conn: Connection, case_id: int) -> list[CounsellingSession]:
    return [_session(r) for r in conn.execute(
        f"{_SESSION} WHERE case_id = ? ORDER BY held_utc, id", (case_id,))]


def session_case_id(conn: Connection, session_id: int) -> int | None:
    row = conn.execute("SELECT case_id FROM counselling_session WHERE id = ?",
                       (session_id,)).fetchone()
    return None if row is None else int(row[0])


def insert_addendum(conn: Connection, session_id: int, text: str, at: datetime,
                    by: str) -> SessionAddendum:
    cur = conn.execute("INSERT INTO session_addendum (session_id, text, written_at, written_by)"
                       " VALUES (?,?,?,?)", (session_id, text, format_timestamp(at), by))
    return SessionAddendum(int(cur.lastrowid or 0), session_id, text, at, by)


def addenda_of_case(conn: Connection, case_id: int) -> list[SessionAddendum]:
    return [SessionAddendum(int(r[0]), int(r[1]), r[2], _ts(r[3]), r[4]) for r in conn.execute(
        "SELECT a.id, a.session_id, a.text, a.written_at, a.written_by FROM session_addendum a"
        " JOIN counselling_session s ON s.id = a.session_id WHERE s.case_id = ?"
        " ORDER BY a.session_id, a.id", (case_id,))]


# --- leaked personal information ----------------------------------------------------------------
_LEAK = ("SELECT id, case_id, kind, found_where, found_at, deletion_requested_at, deleted_at,"
         " note FROM leaked_info")


def _leak(row: Sequence[Any]) -> LeakedInfo:
    return LeakedInfo(id=int(row[0]), case_id=int(row[1]), kind=LeakKind(row[2]),
                      found_where=row[3], found_at=_moment(row[4]),
                      deletion_requested_at=_moment(row[5]), deleted_at=_moment(row[6]),
                      note=row[7])


def insert_leak(conn: Connection, leak: LeakedInfo) -> LeakedInfo:
    cur = conn.execute(
        "INSERT INTO leaked_info (case_id, kind, found_where, found_at, deletion_requested_at,"
        " deleted_at, note) VALUES (?,?,?,?,?,?,?)",
        (leak.case_id, leak.kind.value, leak.found_where, _opt_moment(leak.found_at),
         _opt_moment(leak.deletion_requested_at), _opt_moment(leak.deleted_at), leak.note))
    return LeakedInfo(int(cur.lastrowid or 0), leak.case_id, leak.kind, leak.found_where,
                      leak.found_at, leak.deletion_requested_at, leak.deleted_at, leak.note)


def update_leak(conn: Connection, leak: LeakedInfo) -> None:
    conn.execute(
        "UPDATE leaked_info SET kind = ?, found_where = ?, found_at = ?,"
        " deletion_requested_at = ?, deleted_at = ?, note = ? WHERE id = ?",
        (leak.kind.value, leak.found_where, _opt_moment(leak.found_at),
         _opt_moment(leak.deletion_requested_at), _opt_moment(leak.deleted_at), leak.note,
         leak.id))


def get_leak(conn: Connection, leak_id: int) -> LeakedInfo | None:
    row = conn.execute(f"{_LEAK} WHERE id = ?", (leak_id,)).fetchone()
    return None if row is None else _leak(row)


def list_leaks(conn: Connection, case_id: int) -> list[LeakedInfo]:
    return [_leak(r) for r in conn.execute(f"{_LEAK} WHERE case_id = ? ORDER BY id",
                                           (case_id,))]


# --- proof of victimhood ---------------------------------------------------------------------
def set_proof(conn: Connection, case_id: int, entry: ProofEntry) -> None:
    conn.execute(
        "INSERT INTO victimhood_proof (case_id, item, held, checked_by, checked_on, note)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT(case_id, item) DO UPDATE SET held = excluded.held,"
        " checked_by = excluded.checked_by, checked_on = excluded.checked_on,"
        " note = excluded.note",
        (case_id, entry.item.value, int(entry.held), entry.checked_by,
         None if entry.checked_on is None else entry.checked_on.isoformat(), entry.note))


def list_proof(conn: Connection, case_id: int) -> list[ProofEntry]:
    return [ProofEntry(ProofItem(r[0]), bool(r[1]), r[2],
                       None if r[3] is None else date.fromisoformat(r[3]), r[4])
            for r in conn.execute("SELECT item, held, checked_by, checked_on, note FROM"
                                  " victimhood_proof WHERE case_id = ? ORDER BY item",
                                  (case_id,))]


# --- anonymous counts -----------------------------------------------------------------------------
_COUNTS = {
    "status": "SELECT status, count(*) FROM case_file GROUP BY status",
    # a case in two categories counts in both; '' counts cases not categorised yet
    "legal_category": "SELECT category, count(*) FROM case_legal_category GROUP BY category"
                      " UNION ALL SELECT '', count(*) FROM case_file c WHERE NOT EXISTS"
                      " (SELECT 1 FROM case_legal_category l WHERE l.case_id = c.id)",
    "tag": "SELECT tag, count(*) FROM case_tag GROUP BY tag",
    "month_opened": "SELECT substr(created_at, 1, 7), count(*) FROM case_file GROUP BY 1",
    "platform": "SELECT platform, count(DISTINCT case_id) FROM incident"
                " WHERE platform IS NOT NULL GROUP BY platform",
}


def case_counts(conn: Connection, dimension: str) -> dict[str, int]:
    """Number of cases per value of ``dimension`` (a key of ``_COUNTS``)."""
    return {str(k): int(n) for k, n in conn.execute(_COUNTS[dimension])}


def total_cases(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM case_file").fetchone()[0])


# --- bulk path (demo generator, benchmarks) -----------------------------------------------------
@dataclass(frozen=True, slots=True)
class CaseBundle:
    """A whole case for :func:`bulk_insert`: fields already validated by the caller.
    ``consents`` are (scope, granted, given_at, method, recorded_by, note); ``incidents``
    are (draft, perpetrator account ids)."""

    year: int
    seq: int
    pseudonym: str
    status: CaseStatus
    risk: RiskLevel
    counsellor_id: int | None
    legal_categories: tuple[LegalCategory, ...]
    tags: tuple[str, ...]
    summary: str
    created_at: datetime
    updated_at: datetime
    victim: Victim | None = None
    consents: tuple[tuple[ConsentScope, bool, Moment, ConsentMethod, str, str], ...] = ()
    incidents: tuple[tuple[IncidentDraft, tuple[int, ...]], ...] = ()
    sessions: tuple[SessionDraft, ...] = ()


def reserve_numbers(conn: Connection, year: int, count: int) -> int:
    """Claim ``count`` consecutive numbers of ``year``; returns the first."""
    row = conn.execute(
        "INSERT INTO case_number_seq (year, last) VALUES (?, ?) ON CONFLICT(year) DO UPDATE"
        " SET last = last + excluded.last RETURNING last", (year, count)).fetchone()
    return int(row[0]) - count + 1


def account_words(conn: Connection) -> dict[int, tuple[str, str, tuple[str, ...]]]:
    """Every account's (platform, handle, display names), for building search documents."""
    names: dict[int, list[str]] = {}
    for account_id, name in conn.execute("SELECT account_id, name FROM perpetrator_display_name"
                                         " ORDER BY name"):
        names.setdefault(int(account_id), []).append(name)
    return {int(i): (p, h, tuple(names.get(int(i), ()))) for i, p, h in
            conn.execute("SELECT id, platform, handle FROM perpetrator_account")}


def bulk_insert(conn: Connection, bundles: Sequence[CaseBundle],
                accounts: dict[int, tuple[str, str, tuple[str, ...]]]) -> list[int]:
    """Insert many whole cases with a few executemany calls (100,000 cases in seconds).
    ``accounts`` is :func:`account_words` (to index account names). Returns the new ids."""
    first_case = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM case_file")
                     .fetchone()[0])
    next_incident = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM incident")
                        .fetchone()[0])
    cases: list[tuple[Any, ...]] = []
    tags: list[tuple[int, str]] = []
    categories: list[tuple[int, str]] = []
    victims: list[tuple[Any, ...]] = []
    consents: list[tuple[Any, ...]] = []
    incidents: list[tuple[Any, ...]] = []
    links: list[tuple[int, int]] = []
    sessions: list[tuple[Any, ...]] = []
    docs: list[tuple[int, str]] = []
    ids: list[int] = []
    for offset, b in enumerate(bundles):
        case_id = first_case + offset
        ids.append(case_id)
        number = format_number(b.year, b.seq)
        created, updated = format_timestamp(b.created_at), format_timestamp(b.updated_at)
        cases.append((case_id, number, number_order(b.year, b.seq), b.pseudonym, b.status.value,
                      b.risk.value, b.counsellor_id, b.summary, created, updated))
        tags.extend((case_id, t) for t in b.tags)
        categories.extend((case_id, c.value) for c in b.legal_categories)
        if b.victim is not None:
            v = b.victim
            victims.append((case_id, v.name, v.preferred_name, v.birth_year, v.gender,
                            v.language, json.dumps(
                                [{"kind": c.kind.value, "value": c.value,
                                  "safe_times": c.safe_times, "note": c.note}
                                 for c in v.contacts], ensure_ascii=False),
                            json.dumps([k.value for k in v.do_not_contact_by]),
                            None if v.guardian is None else json.dumps(
                                {"name": v.guardian.name, "relation": v.guardian.relation,
                                 "contact": v.guardian.contact, "note": v.guardian.note},
                                ensure_ascii=False), v.note))
        for scope, granted, given, method, by, note in b.consents:
            consents.append((case_id, scope.value, int(granted), format_moment(given),
                             fields.utc_key(given), method.value, by, created, note))
        doc_incidents: list[tuple[str, str | None, str]] = []
        doc_accounts: list[tuple[str, str, tuple[str, ...]]] = []
        for draft, account_ids in b.incidents:
            incidents.append((next_incident, *_incident_values(draft), case_id, created,
                              created))
            links.extend((next_incident, a) for a in account_ids)
            next_incident += 1
            doc_incidents.append((draft.description,
                                  None if draft.platform is None else draft.platform.value,
                                  draft.place))
            doc_accounts.extend(accounts[a] for a in account_ids)
        for s in b.sessions:
            sessions.append((case_id, format_moment(s.held_at), fields.utc_key(s.held_at),
                             s.counsellor_id, s.duration_minutes, s.mode, s.notes,
                             s.next_steps, created))
        hidden = () if b.victim is None else victim_identity(b.victim)
        docs.append((case_id, case_search.build_document(
            number, b.pseudonym, b.tags, doc_incidents, dict.fromkeys(doc_accounts),
            hidden=hidden)))
    conn.executemany(
        "INSERT INTO case_file (id, number, number_order, pseudonym, status, risk, counsellor_id,"
        " summary, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", cases)
    conn.executemany("INSERT INTO case_tag (case_id, tag) VALUES (?, ?)", tags)
    conn.executemany("INSERT INTO case_legal_category (case_id, category) VALUES (?, ?)",
                     categories)
    conn.executemany(
        "INSERT INTO victim (case_id, name, preferred_name, birth_year, gender, language,"
        " contacts, do_not_contact_by, guardian, note) VALUES (?,?,?,?,?,?,?,?,?,?)", victims)
    conn.executemany(
        "INSERT INTO consent_event (case_id, scope, granted, given_at, given_utc, method,"
        " recorded_by, recorded_at, note) VALUES (?,?,?,?,?,?,?,?,?)", consents)
    conn.executemany(
        "INSERT INTO incident (id, description, occurred_at, occurred_utc, time_zone, platform,"
        " place, legal_category, perpetrator_relation, perpetrator_details, case_id,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", incidents)
    conn.executemany("INSERT INTO incident_account (incident_id, account_id) VALUES (?, ?)"
                     " ON CONFLICT DO NOTHING", links)
    conn.executemany(
        "INSERT INTO counselling_session (case_id, held_at, held_utc, counsellor_id,"
        " duration_minutes, mode, notes, next_steps, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        sessions)
    case_search.insert_documents(conn, docs)
    return ids
