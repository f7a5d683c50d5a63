"""SQL for the report registry (table ``report``): register a generated PDF, list a case's
reports, find a report by the SHA-256 of its file. Runs in the caller's transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from caseapp.domain.fields import format_timestamp
from caseapp.domain.reports import ReportKind, ReportRecord
from caseapp.store.connection import Connection

_SELECT = ("SELECT r.id, r.report_id, r.case_id, c.number, r.kind, r.lang, r.created_at,"
           " r.created_by, r.sha256, r.pages, r.size, r.encrypted, r.file_name, r.options"
           " FROM report r JOIN case_file c ON c.id = r.case_id")


def _record(row: Sequence[Any]) -> ReportRecord:
    try:
        options = json.loads(row[13])
    except ValueError:
        options = {}
    return ReportRecord(
        id=int(row[0]), report_id=row[1], case_id=int(row[2]), case_number=row[3],
        kind=ReportKind(row[4]), lang=row[5], created_at=datetime.fromisoformat(row[6]),
        created_by=row[7], sha256=row[8], pages=int(row[9]), size=int(row[10]),
        encrypted=bool(row[11]), file_name=row[12],
        options=options if isinstance(options, dict) else {},
    )


def next_seq(conn: Connection, case_id: int, kind: ReportKind) -> int:
    row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM report WHERE case_id = ? AND kind = ?",
                       (case_id, kind.value)).fetchone()
    return int(row[0]) + 1


def report_id_taken(conn: Connection, report_id: str) -> bool:
    return conn.execute("SELECT 1 FROM report WHERE report_id = ?",
                        (report_id,)).fetchone() is not None


def insert_report(conn: Connection, *, report_id: str, case_id: int, seq: int,
                  kind: ReportKind, lang: str, options: dict[str, Any], created_at: datetime,
                  created_by: str, sha256: str, pages: int, size: int, encrypted: bool,
                  file_name: str) -> ReportRecord:
    cur = conn.execute(
        "INSERT INTO report (report_id, case_id, seq, kind, lang, options, created_at,"
        " created_by, sha256, pages, size, encrypted, file_name)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (report_id, case_id, seq, kind.value, lang,
         json.dumps(options, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
         format_timestamp(created_at), created_by, sha256, pages, size, int(encrypted),
         file_name))
    found = get_report(conn, int(cur.lastrowid or 0))
    assert found is not None
    return found


def get_report(conn: Connection, row_id: int) -> ReportRecord | None:
    row = conn.execute(f"{_SELECT} WHERE r.id = ?", (row_id,)).fetchone()
    return None if row is None else _record(row)


def list_reports(conn: Connection, case_id: int) -> list[ReportRecord]:
    return [_record(r) for r in conn.execute(f"{_SELECT} WHERE r.case_id = ? ORDER BY r.id",
                                             (case_id,))]


def reports_by_sha256(conn: Connection, sha256: str) -> list[ReportRecord]:
    return [_record(r) for r in conn.execute(f"{_SELECT} WHERE r.sha256 = ? ORDER BY r.id",
                                             (sha256,))]


def all_reports(conn: Connection) -> list[ReportRecord]:
    return [_record(r) for r in conn.execute(f"{_SELECT} ORDER BY r.id")]
