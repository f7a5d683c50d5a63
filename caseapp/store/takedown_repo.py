"""SQL for takedowns: the recipient directory, requests with their evidence links, status
history, follow-up tasks (the queue, keyset-paged over a partial index of open tasks),
per-recipient figures, letter templates and settings. Every function runs in the caller's
transaction and takes or returns domain objects."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from caseapp.domain.chat import ParticipantRole
from caseapp.domain.evidence import EvidenceItem
from caseapp.domain.fields import format_timestamp, utc_key
from caseapp.domain.platforms import Platform
from caseapp.domain.takedowns import (
    Channel,
    ContentType,
    EvidenceRef,
    FollowUpPolicy,
    LinkKind,
    QueueQuery,
    QueueRow,
    Recipient,
    RecipientDraft,
    RecipientFigures,
    RecipientKind,
    RequestedAction,
    StatusEvent,
    TakedownRequest,
    TakedownStatus,
    TakedownTask,
    TargetKind,
    TaskKind,
    name_key,
)
from caseapp.store import chat_repo, evidence_repo
from caseapp.store.connection import Connection


def _ts(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _opt(value: datetime | None) -> str | None:
    return None if value is None else format_timestamp(value)


def request_code(case_number: str, seq: int) -> str:
    return f"T-{case_number}-{seq:03d}"


# --- recipients -----------------------------------------------------------------------------------
_RECIPIENT = ("SELECT id, key, name, kind, channel, web_form, email, postal_address, phone,"
              " guidance, check_after_hours, escalate_after_hours, recheck_days, statutory,"
              " active, created_at, updated_at FROM takedown_recipient")


def _recipient(row: Sequence[Any]) -> Recipient:
    policy = FollowUpPolicy(int(row[10]), int(row[11]), tuple(json.loads(row[12])))
    created, updated = _ts(row[15]), _ts(row[16])
    assert created is not None and updated is not None
    return Recipient(
        id=int(row[0]), key=row[1], name=row[2], kind=RecipientKind(row[3]),
        channel=Channel(row[4]), web_form=row[5], email=row[6], postal_address=row[7],
        phone=row[8], guidance=row[9], policy=policy, statutory=bool(row[13]),
        active=bool(row[14]), created_at=created, updated_at=updated)


def insert_recipient(conn: Connection, key: str | None, draft: RecipientDraft, active: bool,
                     at: datetime) -> Recipient:
    cur = conn.execute(
        "INSERT INTO takedown_recipient (key, name, name_key, kind, channel, web_form, email,"
        " postal_address, phone, guidance, check_after_hours, escalate_after_hours,"
        " recheck_days, statutory, active, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (key, draft.name, name_key(draft.name), draft.kind.value, draft.channel.value,
         draft.web_form, draft.email, draft.postal_address, draft.phone, draft.guidance,
         draft.policy.check_after_hours, draft.policy.escalate_after_hours,
         json.dumps(list(draft.policy.recheck_days)), int(draft.statutory), int(active),
         format_timestamp(at), format_timestamp(at)))
    found = get_recipient(conn, int(cur.lastrowid or 0))
    assert found is not None
    return found


def update_recipient(conn: Connection, recipient_id: int, draft: RecipientDraft, active: bool,
                     at: datetime) -> None:
    conn.execute(
        "UPDATE takedown_recipient SET name = ?, name_key = ?, kind = ?, channel = ?,"
        " web_form = ?, email = ?, postal_address = ?, phone = ?, guidance = ?,"
        " check_after_hours = ?, escalate_after_hours = ?, recheck_days = ?, statutory = ?,"
        " active = ?, updated_at = ? WHERE id = ?",
        (draft.name, name_key(draft.name), draft.kind.value, draft.channel.value,
         draft.web_form, draft.email, draft.postal_address, draft.phone, draft.guidance,
         draft.policy.check_after_hours, draft.policy.escalate_after_hours,
         json.dumps(list(draft.policy.recheck_days)), int(draft.statutory), int(active),
         format_timestamp(at), recipient_id))


def get_recipient(conn: Connection, recipient_id: int) -> Recipient | None:
    row = conn.execute(f"{_RECIPIENT} WHERE id = ?", (recipient_id,)).fetchone()
    return None if row is None else _recipient(row)


def recipient_by_key(conn: Connection, key: str) -> Recipient | None:
    row = conn.execute(f"{_RECIPIENT} WHERE key = ?", (key,)).fetchone()
    return None if row is None else _recipient(row)


def recipient_by_name(conn: Connection, name: str) -> Recipient | None:
    row = conn.execute(f"{_RECIPIENT} WHERE name_key = ?", (name_key(name),)).fetchone()
    return None if row is None else _recipient(row)


def list_recipients(conn: Connection, include_inactive: bool) -> list[Recipient]:
    where = "" if include_inactive else " WHERE active = 1"
    return [_recipient(r) for r in conn.execute(f"{_RECIPIENT}{where} ORDER BY id")]


def builtin_keys(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT key FROM takedown_recipient WHERE key IS NOT"
                                       " NULL")}


# --- settings and templates -----------------------------------------------------------------------
def get_setting(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM takedown_setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO takedown_setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                 " DO UPDATE SET value = excluded.value", (key, value))


def get_template(conn: Connection, kind: str, form: str, lang: str) -> str | None:
    row = conn.execute("SELECT body FROM takedown_template WHERE kind = ? AND form = ? AND"
                       " lang = ?", (kind, form, lang)).fetchone()
    return None if row is None else str(row[0])


def set_template(conn: Connection, kind: str, form: str, lang: str, body: str, at: datetime,
                 by: str) -> None:
    conn.execute("INSERT INTO takedown_template (kind, form, lang, body, updated_at,"
                 " updated_by) VALUES (?,?,?,?,?,?) ON CONFLICT(kind, form, lang) DO UPDATE"
                 " SET body = excluded.body, updated_at = excluded.updated_at,"
                 " updated_by = excluded.updated_by",
                 (kind, form, lang, body, format_timestamp(at), by))


def delete_template(conn: Connection, kind: str, form: str, lang: str) -> bool:
    cur = conn.execute("DELETE FROM takedown_template WHERE kind = ? AND form = ? AND"
                       " lang = ?", (kind, form, lang))
    return bool(cur.rowcount > 0)


def edited_templates(conn: Connection) -> list[tuple[str, str, str]]:
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT kind, form, lang FROM takedown_template ORDER BY kind, form, lang")]


# --- requests -------------------------------------------------------------------------------------
_REQUEST = (
    "SELECT r.id, r.case_id, c.number, r.seq, r.code, r.target_kind, r.target, r.platform,"
    " r.recipient_id, t.name, t.kind, r.channel, r.status, r.recipient_reference,"
    " r.content_type, r.description, r.keywords, r.action, r.note, r.parent_id, r.link,"
    " r.root_id, r.check_after_hours, r.escalate_after_hours, r.recheck_days,"
    " r.submitted_at, r.acknowledged_at, r.resolved_at, r.removal_verified_at,"
    " r.last_checked_at, r.escalate_at, r.created_at, r.created_by, r.updated_at"
    " FROM takedown_request r JOIN case_file c ON c.id = r.case_id"
    " JOIN takedown_recipient t ON t.id = r.recipient_id")


def _request(conn: Connection, row: Sequence[Any]) -> TakedownRequest:
    created, updated = _ts(row[31]), _ts(row[33])
    assert created is not None and updated is not None
    request_id = int(row[0])
    return TakedownRequest(
        id=request_id, case_id=int(row[1]), case_number=row[2], seq=int(row[3]), code=row[4],
        target_kind=TargetKind(row[5]), target=row[6],
        platform=None if row[7] is None else Platform(row[7]), recipient_id=int(row[8]),
        recipient_name=row[9], recipient_kind=RecipientKind(row[10]), channel=Channel(row[11]),
        status=TakedownStatus(row[12]), recipient_reference=row[13],
        content_type=ContentType(row[14]), description=row[15], keywords=row[16],
        action=RequestedAction(row[17]), note=row[18], parent_id=row[19],
        link=None if row[20] is None else LinkKind(row[20]), root_id=int(row[21]),
        policy=FollowUpPolicy(int(row[22]), int(row[23]), tuple(json.loads(row[24]))),
        submitted_at=_ts(row[25]), acknowledged_at=_ts(row[26]), resolved_at=_ts(row[27]),
        removal_verified_at=_ts(row[28]), last_checked_at=_ts(row[29]),
        escalate_at=_ts(row[30]), created_at=created, created_by=row[32], updated_at=updated,
        evidence_ids=evidence_ids_of(conn, request_id))


def next_seq(conn: Connection, case_id: int) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM takedown_request WHERE"
                       " case_id = ?", (case_id,)).fetchone()
    return int(row[0])


def _request_values(r: TakedownRequest) -> tuple[Any, ...]:
    return (r.case_id, r.seq, r.code, r.target_kind.value, r.target,
            None if r.platform is None else r.platform.value, r.recipient_id, r.channel.value,
            r.status.value, r.recipient_reference, r.content_type.value, r.description,
            r.keywords, r.action.value, r.note, r.parent_id,
            None if r.link is None else r.link.value, r.policy.check_after_hours,
            r.policy.escalate_after_hours, json.dumps(list(r.policy.recheck_days)),
            _opt(r.submitted_at), _opt(r.acknowledged_at), _opt(r.resolved_at),
            _opt(r.removal_verified_at), _opt(r.last_checked_at), _opt(r.escalate_at),
            format_timestamp(r.created_at), r.created_by, format_timestamp(r.updated_at))


_INSERT_COLUMNS = (
    "case_id, seq, code, target_kind, target, platform, recipient_id, channel, status,"
    " recipient_reference, content_type, description, keywords, action, note, parent_id,"
    " link, check_after_hours, escalate_after_hours, recheck_days, submitted_at,"
    " acknowledged_at, resolved_at, removal_verified_at, last_checked_at, escalate_at,"
    " created_at, created_by, updated_at")


def insert_request(conn: Connection, request: TakedownRequest) -> int:
    """Insert ``request`` (its id is ignored; ``root_id`` 0 makes it the root of a new
    chain) and link its evidence. Returns the new id."""
    cur = conn.execute(
        f"INSERT INTO takedown_request ({_INSERT_COLUMNS}, root_id)"
        f" VALUES ({','.join('?' * 29)}, ?)", (*_request_values(request), request.root_id))
    new_id = int(cur.lastrowid or 0)
    if request.root_id == 0:
        conn.execute("UPDATE takedown_request SET root_id = ? WHERE id = ?", (new_id, new_id))
    conn.executemany("INSERT INTO takedown_evidence (request_id, evidence_id) VALUES (?, ?)",
                     [(new_id, e) for e in request.evidence_ids])
    return new_id


def update_request(conn: Connection, request: TakedownRequest) -> None:
    """Write the changeable fields of ``request`` (status, dates, reference, policy, text)."""
    conn.execute(
        "UPDATE takedown_request SET status = ?, recipient_reference = ?, content_type = ?,"
        " description = ?, keywords = ?, action = ?, note = ?, check_after_hours = ?,"
        " escalate_after_hours = ?, recheck_days = ?, submitted_at = ?, acknowledged_at = ?,"
        " resolved_at = ?, removal_verified_at = ?, last_checked_at = ?, escalate_at = ?,"
        " updated_at = ? WHERE id = ?",
        (request.status.value, request.recipient_reference, request.content_type.value,
         request.description, request.keywords, request.action.value, request.note,
         request.policy.check_after_hours, request.policy.escalate_after_hours,
         json.dumps(list(request.policy.recheck_days)), _opt(request.submitted_at),
         _opt(request.acknowledged_at), _opt(request.resolved_at),
         _opt(request.removal_verified_at), _opt(request.last_checked_at),
         _opt(request.escalate_at), format_timestamp(request.updated_at), request.id))


def get_request(conn: Connection, request_id: int) -> TakedownRequest | None:
    row = conn.execute(f"{_REQUEST} WHERE r.id = ?", (request_id,)).fetchone()
    return None if row is None else _request(conn, row)


def request_by_code(conn: Connection, code: str) -> TakedownRequest | None:
    row = conn.execute(f"{_REQUEST} WHERE r.code = ?", (code,)).fetchone()
    return None if row is None else _request(conn, row)


def requests_of_case(conn: Connection, case_id: int) -> list[TakedownRequest]:
    return [_request(conn, r) for r in conn.execute(
        f"{_REQUEST} WHERE r.case_id = ? ORDER BY r.seq", (case_id,))]


def chain(conn: Connection, root_id: int) -> list[TakedownRequest]:
    return [_request(conn, r) for r in conn.execute(
        f"{_REQUEST} WHERE r.root_id = ? ORDER BY r.id", (root_id,))]


def evidence_ids_of(conn: Connection, request_id: int) -> tuple[int, ...]:
    return tuple(int(r[0]) for r in conn.execute(
        "SELECT evidence_id FROM takedown_evidence WHERE request_id = ? ORDER BY evidence_id",
        (request_id,)))


def set_evidence(conn: Connection, request_id: int, evidence_ids: Iterable[int]) -> None:
    conn.execute("DELETE FROM takedown_evidence WHERE request_id = ?", (request_id,))
    conn.executemany("INSERT INTO takedown_evidence (request_id, evidence_id) VALUES (?, ?)",
                     [(request_id, e) for e in evidence_ids])


def requests_covering(conn: Connection, evidence_ids: Iterable[int]) -> list[TakedownRequest]:
    """Requests that cover any of ``evidence_ids``, oldest first."""
    ids = sorted(set(evidence_ids))
    if not ids:
        return []
    found = conn.execute(
        f"SELECT DISTINCT request_id FROM takedown_evidence WHERE evidence_id IN"
        f" ({','.join('?' * len(ids))}) ORDER BY request_id", ids).fetchall()
    out = []
    for (request_id,) in found:
        request = get_request(conn, int(request_id))
        if request is not None:
            out.append(request)
    return out


# --- evidence, as takedowns see it ------------------------------------------------------------
def _evidence(conn: Connection, item: EvidenceItem | None) -> EvidenceRef | None:
    if item is None:
        return None
    # an imported chat message knows when it was sent; other items know where, not when
    message = chat_repo.message_of_item(conn, item.id)
    posted = None if message is None else message.sent_at
    poster = item.poster_account
    if not poster and message is not None and message.sender_role is ParticipantRole.SUSPECT:
        poster = message.sender_id or message.sender_name     # never the victim's own name
    return EvidenceRef(item.id, item.case_id, item.code, item.kind.value, item.url, item.sha256,
                       item.captured_at, channel_name=item.channel_name,
                       channel_id=item.channel_id, message_id=item.message_id,
                       poster_account=poster or None, posted_at=posted)


def evidence_ref(conn: Connection, evidence_id: int) -> EvidenceRef | None:
    """The facts of an evidence item a takedown uses (read through the evidence and chat
    repositories)."""
    return _evidence(conn, evidence_repo.get_item(conn, evidence_id))


def evidence_by_code(conn: Connection, code: str) -> EvidenceRef | None:
    return _evidence(conn, evidence_repo.item_by_code(conn, code))


def evidence_refs(conn: Connection, ids: Iterable[int]) -> list[EvidenceRef]:
    out = []
    for evidence_id in ids:
        found = evidence_ref(conn, evidence_id)
        if found is not None:
            out.append(found)
    return out


# --- history --------------------------------------------------------------------------------------
def add_event(conn: Connection, request_id: int, old: TakedownStatus | None,
              new: TakedownStatus, at: datetime, recorded_at: datetime, recorded_by: str,
              reference: str = "", note: str = "") -> None:
    conn.execute(
        "INSERT INTO takedown_status_event (request_id, old_status, new_status, at, at_utc,"
        " recorded_at, recorded_by, reference, note) VALUES (?,?,?,?,?,?,?,?,?)",
        (request_id, None if old is None else old.value, new.value, at.isoformat(),
         utc_key(at), format_timestamp(recorded_at), recorded_by, reference, note))


def events(conn: Connection, request_id: int) -> list[StatusEvent]:
    out = []
    for row in conn.execute(
            "SELECT id, request_id, old_status, new_status, at, recorded_at, recorded_by,"
            " reference, note FROM takedown_status_event WHERE request_id = ? ORDER BY id",
            (request_id,)):
        at, recorded = _ts(row[4]), _ts(row[5])
        assert at is not None and recorded is not None
        out.append(StatusEvent(int(row[0]), int(row[1]),
                               None if row[2] is None else TakedownStatus(row[2]),
                               TakedownStatus(row[3]), at, recorded, row[6], row[7], row[8]))
    return out


def last_event_at(conn: Connection, request_id: int) -> datetime | None:
    """When the latest status change happened (the draft's creation is not a change: a
    request logged after it was sent is dated back to the real submission)."""
    row = conn.execute("SELECT at FROM takedown_status_event WHERE request_id = ? AND"
                       " old_status IS NOT NULL ORDER BY id DESC LIMIT 1",
                       (request_id,)).fetchone()
    return None if row is None else _ts(row[0])


# --- tasks --------------------------------------------------------------------------------------
_TASK = ("SELECT id, request_id, kind, due_at, done_at, done_by, outcome, note"
         " FROM takedown_task")


def _task(row: Sequence[Any]) -> TakedownTask:
    due = _ts(row[3])
    assert due is not None
    return TakedownTask(int(row[0]), int(row[1]), TaskKind(row[2]), due, _ts(row[4]),
                        row[5], row[6], row[7])


def add_task(conn: Connection, request_id: int, case_id: int, kind: TaskKind,
             due_at: datetime) -> int:
    cur = conn.execute("INSERT INTO takedown_task (request_id, case_id, kind, due_at)"
                       " VALUES (?,?,?,?)",
                       (request_id, case_id, kind.value, format_timestamp(due_at)))
    return int(cur.lastrowid or 0)


def get_task(conn: Connection, task_id: int) -> TakedownTask | None:
    row = conn.execute(f"{_TASK} WHERE id = ?", (task_id,)).fetchone()
    return None if row is None else _task(row)


def tasks_of(conn: Connection, request_id: int, *, open_only: bool = False) -> list[TakedownTask]:
    where = " AND done_at IS NULL" if open_only else ""
    return [_task(r) for r in conn.execute(
        f"{_TASK} WHERE request_id = ?{where} ORDER BY due_at, id", (request_id,))]


def close_tasks(conn: Connection, request_id: int, kinds: Iterable[TaskKind], at: datetime,
                by: str, outcome: str) -> int:
    wanted = [k.value for k in kinds]
    if not wanted:
        return 0
    cur = conn.execute(
        f"UPDATE takedown_task SET done_at = ?, done_by = ?, outcome = ? WHERE request_id = ?"
        f" AND done_at IS NULL AND kind IN ({','.join('?' * len(wanted))})",
        (format_timestamp(at), by, outcome, request_id, *wanted))
    return int(cur.rowcount)


def close_task(conn: Connection, task_id: int, at: datetime, by: str, outcome: str,
               note: str = "") -> None:
    conn.execute("UPDATE takedown_task SET done_at = ?, done_by = ?, outcome = ?, note = ?"
                 " WHERE id = ?", (format_timestamp(at), by, outcome, note, task_id))


def set_task_due(conn: Connection, task_id: int, due_at: datetime) -> None:
    conn.execute("UPDATE takedown_task SET due_at = ? WHERE id = ?",
                 (format_timestamp(due_at), task_id))


def insert_task_row(conn: Connection, request_id: int, case_id: int, task: TakedownTask) -> None:
    """Import: a task with its history (done or not)."""
    conn.execute("INSERT INTO takedown_task (request_id, case_id, kind, due_at, done_at,"
                 " done_by, outcome, note) VALUES (?,?,?,?,?,?,?,?)",
                 (request_id, case_id, task.kind.value, format_timestamp(task.due_at),
                  _opt(task.done_at), task.done_by, task.outcome, task.note))


# --- the queue ------------------------------------------------------------------------------------
_QUEUE = (
    "SELECT k.id, k.kind, k.due_at, r.id, r.code, r.case_id, c.number, c.pseudonym,"
    " c.counsellor_id, coalesce(co.name, ''), t.name, r.status, r.target_kind, r.target"
    " FROM takedown_task k"
    # CROSS JOIN keeps the open-task index as the outer loop: rows come out in due order
    # and the first page stops after `limit` rows instead of sorting every open task.
    " CROSS JOIN takedown_request r ON r.id = k.request_id"
    " CROSS JOIN case_file c ON c.id = k.case_id"
    " CROSS JOIN takedown_recipient t ON t.id = r.recipient_id"
    " LEFT JOIN counsellor co ON co.id = c.counsellor_id")


def queue_rows(conn: Connection, query: QueueQuery
               ) -> tuple[list[tuple[Any, ...]], tuple[str, int] | None, bool]:
    """Open tasks in due order (then task id), ``limit`` rows after ``query.after``.
    Returns (rows, cursor of the last row when there is more, has_more)."""
    where = ["k.done_at IS NULL"]
    params: list[Any] = []
    if query.case_id is not None:
        where.append("k.case_id = ?")
        params.append(query.case_id)
    if query.counsellor_id is not None:
        where.append(_counsellor_clause(conn, query.counsellor_id))
        params.append(query.counsellor_id)
    if query.overdue_only:
        where.append("k.due_at < ?")
        params.append(format_timestamp(query.as_of))
    if query.kinds:
        where.append(f"k.kind IN ({','.join('?' * len(query.kinds))})")
        params.extend(k.value for k in query.kinds)
    if query.after is not None:
        where.append("(k.due_at, k.id) > (?, ?)")
        params.extend(query.after)
    sql = f"{_QUEUE} WHERE {' AND '.join(where)} ORDER BY k.due_at, k.id LIMIT ?"
    params.append(query.limit + 1)
    rows = [tuple(r) for r in conn.execute(sql, params)]
    has_more = len(rows) > query.limit
    rows = rows[:query.limit]
    cursor = (rows[-1][2], int(rows[-1][0])) if has_more and rows else None
    return rows, cursor, has_more


def _counsellor_clause(conn: Connection, counsellor_id: int) -> str:
    """One counsellor's part of the queue, planned by how much of the store is theirs. Most
    counsellors hold a good share of the cases: walking the open tasks in due order and
    checking each task's case stops after a few hundred rows. For a counsellor with very few
    cases that walk would cross most of the queue, so their cases' open tasks are gathered
    through the per-case index and sorted instead. (A plain join condition on the case row
    makes SQLite build a Bloom filter over every case first, which costs ~50 ms at 100,000
    cases.)"""
    theirs = int(conn.execute("SELECT count(*) FROM case_file WHERE counsellor_id = ?",
                              (counsellor_id,)).fetchone()[0])
    row = conn.execute("SELECT max(id) FROM case_file").fetchone()
    everyone = int(row[0] or 0)
    if theirs * 100 < everyone:
        return "k.case_id IN (SELECT id FROM case_file WHERE counsellor_id = ?)"
    return "(SELECT counsellor_id FROM case_file WHERE id = k.case_id) = ?"


def queue_row(row: Sequence[Any], bucket: Any) -> QueueRow:
    due = _ts(row[2])
    assert due is not None
    return QueueRow(
        task_id=int(row[0]), task=TaskKind(row[1]), due_at=due, bucket=bucket,
        request_id=int(row[3]), request_code=row[4], case_id=int(row[5]), case_number=row[6],
        pseudonym=row[7], counsellor_id=row[8], counsellor_name=row[9], recipient_name=row[10],
        status=TakedownStatus(row[11]), target_kind=TargetKind(row[12]), target=row[13])


def count_open_tasks(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM takedown_task WHERE done_at IS NULL")
               .fetchone()[0])


# --- figures --------------------------------------------------------------------------------------
def figures(conn: Connection) -> list[RecipientFigures]:
    """Per recipient with at least one request: counts from the (recipient, status, link,
    submitted) index and the median hours from submission to removal, read from the partial
    index of removal times (the wide request rows are never scanned)."""
    counts = conn.execute(
        "SELECT recipient_id, count(submitted_at), sum(status = 'removed'),"
        " sum(status = 'rejected'), sum(status = 'no_response'),"
        " sum(status IN ('submitted', 'acknowledged')), sum(link IS 'reupload')"
        " FROM takedown_request INDEXED BY takedown_request_recipient"
        " GROUP BY recipient_id ORDER BY recipient_id").fetchall()
    timed = dict(conn.execute(
        "SELECT recipient_id, count(*) FROM takedown_request"
        " INDEXED BY takedown_request_removal_hours WHERE removal_hours IS NOT NULL"
        " GROUP BY recipient_id").fetchall())
    out = []
    for row in counts:
        recipient_id = int(row[0])
        recipient = get_recipient(conn, recipient_id)
        assert recipient is not None
        removed, rejected = int(row[2]), int(row[3])
        answered = removed + rejected
        out.append(RecipientFigures(
            recipient_id=recipient_id, recipient_name=recipient.name, kind=recipient.kind,
            sent=int(row[1]), removed=removed, rejected=rejected, no_response=int(row[4]),
            open=int(row[5]), median_hours_to_removal=_median_hours(
                conn, recipient_id, int(timed.get(recipient_id, 0))),
            rejection_rate=None if answered == 0 else rejected / answered,
            reuploads=int(row[6])))
    return out


def _median_hours(conn: Connection, recipient_id: int, n: int) -> float | None:
    if n == 0:
        return None
    row = conn.execute(
        "SELECT avg(removal_hours) FROM (SELECT removal_hours FROM takedown_request"
        " INDEXED BY takedown_request_removal_hours"
        " WHERE recipient_id = ? AND removal_hours IS NOT NULL ORDER BY removal_hours"
        " LIMIT ? OFFSET ?)", (recipient_id, 2 - n % 2, (n - 1) // 2)).fetchone()
    return float(row[0])


# --- bulk (benchmarks and generators) ---------------------------------------------------------
def bulk_insert(conn: Connection, requests: Sequence[TakedownRequest],
                tasks: Sequence[tuple[int, TaskKind, datetime]]) -> int:
    """Insert many requests (root of their own chain, no evidence) with executemany, and
    tasks given as (index into ``requests``, kind, due). Returns the first new id."""
    row = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM takedown_request").fetchone()
    first = int(row[0])
    conn.executemany(
        f"INSERT INTO takedown_request (id, {_INSERT_COLUMNS}, root_id)"
        f" VALUES (?, {','.join('?' * 29)}, ?)",
        [(first + i, *_request_values(r), first + i) for i, r in enumerate(requests)])
    conn.executemany(
        "INSERT INTO takedown_task (request_id, case_id, kind, due_at) VALUES (?,?,?,?)",
        [(first + index, requests[index].case_id, kind.value, format_timestamp(due))
         for index, kind, due in tasks])
    return first


# --- verification ----------------------------------------------------------------------------
def consistency_problems(conn: Connection) -> list[tuple[str, str]]:
    """(request code, problem) for records that contradict each other: a chain root that is
    missing or in another case, a follow-up filed under another case, a request still being
    chased (or a draft) with no open follow-up and no later request taking over."""
    found: list[tuple[str, str]] = []
    for (code,) in conn.execute(
            "SELECT r.code FROM takedown_request r LEFT JOIN takedown_request root"
            " ON root.id = r.root_id WHERE root.id IS NULL OR root.case_id != r.case_id"
            " ORDER BY r.id"):
        found.append((code, "root"))
    for (code,) in conn.execute(
            "SELECT DISTINCT r.code FROM takedown_task k JOIN takedown_request r"
            " ON r.id = k.request_id WHERE k.case_id != r.case_id ORDER BY r.id"):
        found.append((code, "task_case"))
    for (code,) in conn.execute(
            "SELECT r.code FROM takedown_request r WHERE r.status IN ('draft', 'submitted',"
            " 'acknowledged', 'no_response') AND NOT EXISTS (SELECT 1 FROM takedown_task k"
            " WHERE k.request_id = r.id AND k.done_at IS NULL) AND NOT EXISTS (SELECT 1 FROM"
            " takedown_request c WHERE c.parent_id = r.id) ORDER BY r.id"):
        found.append((code, "no_follow_up"))
    return found


def activity_since(conn: Connection, since: datetime,
                   counsellor_id: int | None = None) -> list[tuple[datetime | None, str,
                                                                   datetime | None]]:
    """(submitted_at, status, resolved_at) of requests submitted or resolved since ``since``,
    optionally only for one counsellor's cases: one query for a dashboard chart."""
    cutoff = format_timestamp(since)
    sql = ("SELECT t.submitted_at, t.status, t.resolved_at FROM takedown_request t"
           " JOIN case_file c ON c.id = t.case_id"
           " WHERE (t.submitted_at >= ? OR t.resolved_at >= ?)")
    params: list[object] = [cutoff, cutoff]
    if counsellor_id is not None:
        sql += " AND c.counsellor_id = ?"
        params.append(counsellor_id)
    return [(_ts(r[0]), r[1], _ts(r[2])) for r in conn.execute(sql, params)]
