"""SQL for known-material hash lists: the lists and their entries, the matches between
evidence and entries, and the change log the in-memory PDQ index catches up from."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from caseapp.domain import fields
from caseapp.domain.hash_lists import HashEntry, HashList, HashListMatch, MatchMethod
from caseapp.store.connection import Connection

PDQ_MIN_QUALITY = 50  # the same floor as evidence (caseapp.evidence.matching)

_LIST = ("SELECT l.id, l.source, l.label, l.file_name, l.file_sha256, l.imported_at,"
         " l.imported_by, l.entry_count, l.skipped_lines,"
         " (SELECT count(*) FROM hash_list_entry e WHERE e.list_id = l.id"
         "  AND e.sha256 IS NOT NULL),"
         " (SELECT count(*) FROM hash_list_entry e WHERE e.list_id = l.id AND e.md5 IS NOT NULL),"
         " (SELECT count(*) FROM hash_list_entry e WHERE e.list_id = l.id AND e.pdq IS NOT NULL),"
         " (SELECT count(DISTINCT m.evidence_id) FROM hash_list_match m"
         "  JOIN hash_list_entry e ON e.id = m.entry_id WHERE e.list_id = l.id)"
         " FROM hash_list l")


def _list(row: Sequence[Any]) -> HashList:
    return HashList(id=int(row[0]), source=row[1], label=row[2], file_name=row[3],
                    file_sha256=row[4], imported_at=datetime.fromisoformat(row[5]),
                    imported_by=row[6], entry_count=int(row[7]), skipped_lines=int(row[8]),
                    sha256_count=int(row[9]), md5_count=int(row[10]), pdq_count=int(row[11]),
                    match_count=int(row[12]))


def insert_list(conn: Connection, *, source: str, label: str, file_name: str,
                file_sha256: str, imported_at: datetime, imported_by: str,
                entries: Sequence[HashEntry], skipped_lines: int) -> int:
    cur = conn.execute(
        "INSERT INTO hash_list (source, label, file_name, file_sha256, imported_at,"
        " imported_by, entry_count, skipped_lines) VALUES (?,?,?,?,?,?,?,?)",
        (source, label, file_name, file_sha256, fields.format_timestamp(imported_at),
         imported_by, len(entries), skipped_lines))
    list_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT INTO hash_list_entry (list_id, line, sha256, md5, pdq, pdq_quality, label)"
        " VALUES (?,?,?,?,?,?,?)",
        ((list_id, e.line, e.sha256, e.md5, bytes.fromhex(e.pdq) if e.pdq else None,
          e.pdq_quality, e.label) for e in entries))
    return list_id


def get_list(conn: Connection, list_id: int) -> HashList | None:
    row = conn.execute(f"{_LIST} WHERE l.id = ?", (list_id,)).fetchone()
    return _list(row) if row else None


def all_lists(conn: Connection) -> list[HashList]:
    return [_list(r) for r in conn.execute(f"{_LIST} ORDER BY l.id")]


def delete_list(conn: Connection, list_id: int) -> None:
    conn.execute("DELETE FROM hash_list_match WHERE entry_id IN"
                 " (SELECT id FROM hash_list_entry WHERE list_id = ?)", (list_id,))
    conn.execute("DELETE FROM hash_list_entry WHERE list_id = ?", (list_id,))
    conn.execute("DELETE FROM hash_list WHERE id = ?", (list_id,))


# --- matching --------------------------------------------------------------------------------

def entries_with(conn: Connection, method: MatchMethod, value: str) -> list[int]:
    column = {MatchMethod.SHA256: "sha256", MatchMethod.MD5: "md5"}[method]
    return [int(r[0]) for r in conn.execute(
        f"SELECT id FROM hash_list_entry WHERE {column} = ? ORDER BY id", (value,))]


def add_matches(conn: Connection, rows: Iterable[tuple[int, int, MatchMethod, int, str]],
                found_at: datetime) -> int:
    """Record (evidence id, entry id, method, distance, transform); a pair already recorded
    keeps its first (exact before PDQ) finding. Returns how many were new."""
    before = conn.total_changes
    conn.executemany(
        "INSERT INTO hash_list_match (evidence_id, entry_id, method, distance, transform,"
        " found_at) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
        ((e, h, m.value, d, t, fields.format_timestamp(found_at)) for e, h, m, d, t in rows))
    return conn.total_changes - before


def match_list_exactly(conn: Connection, list_id: int, found_at: datetime) -> int:
    """Every evidence item with the SHA-256 or MD5 of an entry of the list."""
    before = conn.total_changes
    for column in ("sha256", "md5"):
        conn.execute(
            "INSERT INTO hash_list_match (evidence_id, entry_id, method, distance, transform,"
            f" found_at) SELECT ev.id, h.id, '{column}', 0, 'original', ?"
            " FROM hash_list_entry h JOIN evidence_item ev"
            f" ON ev.{column} = h.{column} WHERE h.list_id = ? AND h.{column} IS NOT NULL"
            " ORDER BY ev.id, h.id ON CONFLICT DO NOTHING",
            (fields.format_timestamp(found_at), list_id))
    return conn.total_changes - before


def matchable_entries(conn: Connection, list_id: int | None = None
                      ) -> tuple[list[int], bytes, list[int]]:
    """(entry ids, their PDQ hashes packed 32 bytes each, their list ids) of entries whose
    PDQ is usable for matching, of one list or all."""
    sql = ("SELECT id, pdq, list_id FROM hash_list_entry WHERE pdq IS NOT NULL"
           " AND (pdq_quality IS NULL OR pdq_quality >= ?)")
    params: tuple[Any, ...] = (PDQ_MIN_QUALITY,)
    if list_id is not None:
        sql += " AND list_id = ?"
        params += (list_id,)
    ids: list[int] = []
    blobs: list[bytes] = []
    lists: list[int] = []
    for entry_id, blob, owner in conn.execute(sql, params):
        ids.append(int(entry_id))
        blobs.append(bytes(blob))
        lists.append(int(owner))
    return ids, b"".join(blobs), lists


def evidence_pdq_packed(conn: Connection, evidence_ids: Iterable[int] | None = None
                        ) -> tuple[list[int], bytes]:
    """(evidence ids, matchable PDQ hashes packed) of every item or of the ones given."""
    ids: list[int] = []
    blobs: list[bytes] = []
    if evidence_ids is None:
        rows: Iterable[Any] = conn.execute("SELECT evidence_id, hash FROM evidence_pdq")
    else:
        rows = (r for i in evidence_ids for r in conn.execute(
            "SELECT evidence_id, hash FROM evidence_pdq WHERE evidence_id = ?", (i,)))
    for evidence_id, blob in rows:
        ids.append(int(evidence_id))
        blobs.append(bytes(blob))
    return ids, b"".join(blobs)


def matchable_page(conn: Connection, *, lists: bool, after: int, limit: int
                   ) -> tuple[list[int], bytes, list[int]]:
    """One keyset page (ids above ``after``) of matchable PDQ hashes: evidence (group 0) or
    hash-list entries (group = list id), for loading the index without holding the
    connection for long."""
    if lists:
        rows = conn.execute(
            "SELECT id, pdq, list_id FROM hash_list_entry WHERE id > ? AND pdq IS NOT NULL"
            " AND (pdq_quality IS NULL OR pdq_quality >= ?) ORDER BY id LIMIT ?",
            (after, PDQ_MIN_QUALITY, limit))
    else:
        rows = conn.execute("SELECT evidence_id, hash, 0 FROM evidence_pdq"
                            " WHERE evidence_id > ? ORDER BY evidence_id LIMIT ?",
                            (after, limit))
    ids: list[int] = []
    blobs: list[bytes] = []
    groups: list[int] = []
    for key, blob, group in rows:
        ids.append(int(key))
        blobs.append(bytes(blob))
        groups.append(int(group))
    return ids, b"".join(blobs), groups


def evidence_dihedral(conn: Connection) -> Iterator[tuple[int, bytes, bytes | None]]:
    """(evidence id, plain hash, the eight dihedral hashes or None) of every matchable item."""
    for evidence_id, blob, dihedral in conn.execute(
            "SELECT evidence_id, hash, dihedral FROM evidence_pdq ORDER BY evidence_id"):
        yield int(evidence_id), bytes(blob), bytes(dihedral) if dihedral else None


def last_change(conn: Connection) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM pdq_change").fetchone()
    return int(row[0])


def changes_after(conn: Connection, seq: int) -> tuple[int, set[int], set[int]]:
    """(newest seq, evidence ids touched, list ids touched) since ``seq``."""
    newest = seq
    evidence: set[int] = set()
    lists: set[int] = set()
    for number, evidence_id, list_id in conn.execute(
            "SELECT seq, evidence_id, list_id FROM pdq_change WHERE seq > ? ORDER BY seq",
            (seq,)):
        newest = int(number)
        if evidence_id is not None:
            evidence.add(int(evidence_id))
        if list_id is not None:
            lists.add(int(list_id))
    return newest, evidence, lists


# --- reading matches ---------------------------------------------------------------------------

_MATCH = ("SELECT m.evidence_id, ev.code, c.number, l.id, l.source, l.label, h.label,"
          " m.method, m.distance, m.transform, m.found_at"
          " FROM hash_list_match m JOIN hash_list_entry h ON h.id = m.entry_id"
          " JOIN hash_list l ON l.id = h.list_id JOIN evidence_item ev ON ev.id = m.evidence_id"
          " JOIN case_file c ON c.id = ev.case_id")


def _match(row: Sequence[Any]) -> HashListMatch:
    return HashListMatch(evidence_id=int(row[0]), code=row[1], case_number=row[2],
                         list_id=int(row[3]), source=row[4], list_label=row[5],
                         entry_label=row[6], method=MatchMethod(row[7]), distance=int(row[8]),
                         transform=row[9], found_at=datetime.fromisoformat(row[10]))


def matches(conn: Connection, *, case_id: int | None = None, evidence_id: int | None = None,
            limit: int | None = None) -> list[HashListMatch]:
    where: list[str] = []
    params: list[Any] = []
    if case_id is not None:
        where.append("ev.case_id = ?")
        params.append(case_id)
    if evidence_id is not None:
        where.append("m.evidence_id = ?")
        params.append(evidence_id)
    sql = _MATCH + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY c.number, ev.seq, l.id, m.entry_id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_match(r) for r in conn.execute(sql, params)]


def match_summary(conn: Connection) -> tuple[int, int]:
    """(evidence items on some list, cases holding one)."""
    row = conn.execute("SELECT count(DISTINCT m.evidence_id), count(DISTINCT ev.case_id)"
                       " FROM hash_list_match m JOIN evidence_item ev"
                       " ON ev.id = m.evidence_id").fetchone()
    return int(row[0]), int(row[1])


def matched_evidence_ids(conn: Connection, case_id: int) -> set[int]:
    return {int(r[0]) for r in conn.execute(
        "SELECT DISTINCT m.evidence_id FROM hash_list_match m JOIN evidence_item ev"
        " ON ev.id = m.evidence_id WHERE ev.case_id = ?", (case_id,))}
