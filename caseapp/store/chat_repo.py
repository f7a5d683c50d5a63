"""SQL for imported chat exports: the export records, their participants' roles and the
imported messages (one per evidence item)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from caseapp.domain.chat import ChatExportRecord, ChatMessageRecord, ParticipantRole
from caseapp.domain.fields import format_timestamp
from caseapp.store.connection import Connection

_EXPORT = ("SELECT id, case_id, sha256, format, source_name, source_kind, size, files,"
           " saved_at, time_zone, imported_at, imported_by FROM chat_export")


def _export(row: Sequence[Any]) -> ChatExportRecord:
    return ChatExportRecord(
        id=int(row[0]), case_id=int(row[1]), sha256=row[2], format=row[3],
        source_name=row[4], source_kind=row[5], size=int(row[6]),
        files=tuple((str(f[0]), str(f[1]), int(f[2])) for f in json.loads(row[7])),
        saved_at=row[8], time_zone=row[9], imported_at=datetime.fromisoformat(row[10]),
        imported_by=row[11])


def find_export(conn: Connection, case_id: int, sha256: str) -> ChatExportRecord | None:
    row = conn.execute(f"{_EXPORT} WHERE case_id = ? AND sha256 = ?",
                       (case_id, sha256)).fetchone()
    return _export(row) if row else None


def get_export(conn: Connection, export_id: int) -> ChatExportRecord | None:
    row = conn.execute(f"{_EXPORT} WHERE id = ?", (export_id,)).fetchone()
    return _export(row) if row else None


def insert_export(conn: Connection, *, case_id: int, sha256: str, fmt: str, source_name: str,
                  source_kind: str, size: int, files: Sequence[tuple[str, str, int]],
                  chats: Sequence[dict[str, Any]], saved_at: str, time_zone: str,
                  imported_at: datetime, imported_by: str) -> int:
    cur = conn.execute(
        "INSERT INTO chat_export (case_id, sha256, format, source_name, source_kind, size,"
        " files, chats, saved_at, time_zone, imported_at, imported_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (case_id, sha256, fmt, source_name, source_kind, size,
         json.dumps([list(f) for f in files], ensure_ascii=False),
         json.dumps(list(chats), ensure_ascii=False), saved_at, time_zone,
         format_timestamp(imported_at), imported_by))
    return int(cur.lastrowid or 0)


def set_participant(conn: Connection, export_id: int, key: str, *, name: str,
                    sender_id: str | None, role: ParticipantRole,
                    account_id: int | None) -> None:
    conn.execute(
        "INSERT INTO chat_participant (export_id, key, name, sender_id, role, account_id)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT (export_id, key) DO UPDATE SET"
        " name = excluded.name, sender_id = excluded.sender_id, role = excluded.role,"
        " account_id = coalesce(excluded.account_id, chat_participant.account_id)",
        (export_id, key, name, sender_id, role.value, account_id))


def participant_roles(conn: Connection, case_id: int, platform: str
                      ) -> dict[str, ParticipantRole]:
    """Roles given in earlier imports into this case (the latest wins), by participant key."""
    rows = conn.execute(
        "SELECT p.key, p.role FROM chat_participant p JOIN chat_export e ON e.id = p.export_id"
        " WHERE e.case_id = ? AND e.format LIKE ? ORDER BY e.id",
        (case_id, "kakao%" if platform == "kakaotalk" else "telegram%"))
    return {str(key): ParticipantRole(role) for key, role in rows}


def message_exists(conn: Connection, case_id: int, platform: str, chat_key: str,
                   message_key: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM chat_message WHERE case_id = ? AND platform = ? AND chat_key = ?"
        " AND message_key = ?", (case_id, platform, chat_key, message_key)).fetchone() is not None


def insert_message(conn: Connection, evidence_id: int, *, case_id: int, export_id: int,
                   values: dict[str, Any]) -> None:
    columns = ("platform", "chat_key", "message_key", "chat_name", "chat_type", "chat_id",
               "message_id", "position", "line", "sender_name", "sender_id", "sender_role",
               "wall_time", "sent_at", "sent_zone", "sent_at_org", "org_zone", "reply_to",
               "forwarded_from", "edited", "deleted", "links", "media_kind", "media_path",
               "media_note")
    row = [values.get(c) for c in columns]
    row[columns.index("links")] = json.dumps(list(values.get("links") or ()),
                                             ensure_ascii=False)
    row[columns.index("deleted")] = int(bool(values.get("deleted")))
    row[columns.index("media_note")] = values.get("media_note") or ""
    row[columns.index("sent_zone")] = values.get("sent_zone") or ""
    row[columns.index("org_zone")] = values.get("org_zone") or ""
    row[columns.index("chat_name")] = values.get("chat_name") or ""
    row[columns.index("chat_type")] = values.get("chat_type") or ""
    placeholders = ",".join("?" * (len(columns) + 3))
    conn.execute(f"INSERT INTO chat_message (evidence_id, case_id, export_id,"
                 f" {', '.join(columns)}) VALUES ({placeholders})",
                 (evidence_id, case_id, export_id, *row))


_MESSAGE = (
    "SELECT m.evidence_id, m.export_id, m.platform, m.chat_name, m.chat_type, m.chat_id,"
    " m.message_id, m.position, m.line, m.sender_name, m.sender_id, m.sender_role, m.wall_time,"
    " m.sent_at, m.sent_zone, m.sent_at_org, m.org_zone, m.reply_to, m.forwarded_from,"
    " m.edited, m.deleted, m.links, m.media_kind, m.media_path, m.media_note FROM chat_message m")


def _message(conn: Connection, row: Sequence[Any],
             exports: dict[int, ChatExportRecord]) -> ChatMessageRecord:
    export_id = int(row[1])
    if export_id not in exports:
        found = get_export(conn, export_id)
        assert found is not None
        exports[export_id] = found

    def moment(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return ChatMessageRecord(
        evidence_id=int(row[0]), export=exports[export_id], platform=row[2], chat_name=row[3],
        chat_type=row[4], chat_id=row[5], message_id=row[6], position=int(row[7]),
        line=row[8], sender_name=row[9], sender_id=row[10],
        sender_role=ParticipantRole(row[11]), wall_time=row[12], sent_at=moment(row[13]),
        sent_zone=row[14], sent_at_org=moment(row[15]), org_zone=row[16], reply_to=row[17],
        forwarded_from=row[18], edited=row[19], deleted=bool(row[20]),
        links=tuple(json.loads(row[21])), media_kind=row[22], media_path=row[23],
        media_note=row[24])


def message_of_item(conn: Connection, evidence_id: int) -> ChatMessageRecord | None:
    row = conn.execute(f"{_MESSAGE} WHERE m.evidence_id = ?", (evidence_id,)).fetchone()
    return _message(conn, row, {}) if row else None


def messages_of_case(conn: Connection, case_id: int) -> dict[int, ChatMessageRecord]:
    """Every imported message of a case, by evidence id."""
    exports: dict[int, ChatExportRecord] = {}
    return {int(r[0]): _message(conn, r, exports) for r in conn.execute(
        f"{_MESSAGE} WHERE m.case_id = ? ORDER BY m.evidence_id", (case_id,))}
