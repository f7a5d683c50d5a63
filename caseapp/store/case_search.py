"""The case list: the FTS5 trigram index (what goes in it, keeping it in step) and the
filtered, sorted, keyset-paged list query. Victim identifying fields never enter the index:
the victim table is not read into it, a victim's own chat messages are left out, and the
victim's name and contact values are blanked wherever evidence or incident text repeats them."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import unquote, unquote_plus, urlsplit

from caseapp.domain.cases import (
    CaseListRow,
    CaseQuery,
    CaseStatus,
    Cursor,
    Page,
    RiskLevel,
    SortField,
)
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.i18n import translate
from caseapp.store import meta_repo
from caseapp.store.connection import Connection

TRIGRAM = 3
# A search matching at least this many cases is answered by walking the sort index and
# probing the match set (stops after a page); rarer ones look their rows up directly.
DENSE = 2_000
_TAG_SEPARATOR = "\x1f"
_WORD = re.compile(r"[^\W_]+")
# What build_document puts in a case's text. Raised whenever that changes: an existing
# store is then re-indexed once at its next unlock (services.vault), and verify reports an
# index built by an older version until that has happened.
DOCUMENT_VERSION = 2
VERSION_KEY = "search_document_version"
_DIGITS = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z0-9]")
_SEPARATOR = r"[\s.\-()+]?"

_SORT_COLUMN = {
    SortField.UPDATED: "c.updated_at",
    SortField.CREATED: "c.created_at",
    SortField.NUMBER: "c.number_order",
    SortField.STATUS: "c.status_rank",
    SortField.RISK: "c.risk_rank",
    SortField.PSEUDONYM: "c.pseudonym",
    # Computed per row (no index): the list is paged by keyset on (value, id) all the same.
    SortField.COUNSELLOR: "coalesce((SELECT co.name FROM counsellor co"
                          " WHERE co.id = c.counsellor_id), '')",
    SortField.TAGS: "coalesce((SELECT min(t.tag) FROM case_tag t WHERE t.case_id = c.id), '')",
}


# --- the index ----------------------------------------------------------------------------------
@functools.lru_cache(maxsize=64)
def platform_words(value: str | None) -> str:
    """A platform as searchable words: its code and its English and Korean names, so
    '텔레그램' and 'telegram' both find it."""
    if not value:
        return ""
    try:
        platform = Platform(value)
    except ValueError:
        return value
    label = str(platform.label("en"))
    return f"{platform.value} {label} {translate(label, 'ko')}"


def url_words(url: str) -> str:
    """A link's host and its path, query and fragment decoded, as words, beside the link as
    written: 'https://t.me/%EC%A7%80%EC%9D%B8' also gives 't.me 지인'."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return ""
    words = [host, unquote(parts.path), unquote_plus(parts.query), unquote(parts.fragment)]
    return " ".join(" ".join(_WORD.findall(w)) for w in words if w)


@dataclass(frozen=True, slots=True)
class EvidenceText:
    """What one evidence item gives the case's text. ``from_victim`` marks a chat message
    the victim sent: it adds nothing (their account and their words are their identity)."""

    platform: str | None = None
    url: str | None = None
    channel_name: str | None = None
    channel_id: str | None = None
    poster: str | None = None
    text: str = ""
    from_victim: bool = False
    links: tuple[str, ...] = ()  # a chat message's hidden text-link targets


def evidence_lines(items: Iterable[EvidenceText]) -> list[str]:
    """Chat and channel names and IDs, links (whole, and their words), senders and message
    or note text, each distinct line once. File names are left out: a file's own name says
    little a search needs and is often the victim's own."""
    lines: dict[str, None] = {}
    for item in items:
        if item.from_victim:
            continue
        for value in (item.channel_name, item.channel_id, platform_words(item.platform),
                      item.poster, item.text.strip()):
            if value:
                lines[value] = None
        for url in (item.url, *item.links):
            if url:
                lines[url] = None
                if "%" in url or "+" in url:
                    # decoded words differ from the link as written (which the index
                    # already splits into its words)
                    lines[url_words(url)] = None
    lines.pop("", None)
    return list(lines)


def hide(text: str, hidden: Iterable[str]) -> str:
    """``text`` with every identifying value blanked: as written (any letter case), and a
    value of seven or more digits (a phone number) also with other separators or none.
    Only values the text seems to hold cost a pattern."""
    lowered = text.lower()
    text_digits: str | None = None
    patterns: set[str] = set()
    for value in hidden:
        value = value.strip()
        if len(value) < 2:
            continue
        if value.lower() in lowered:
            # Latin names stop at word edges ('Jo' is not blanked out of 'join'); Korean
            # ones do not, a particle follows them in the same word (김하늘님, 김하늘이).
            start = r"(?<![a-z0-9])" if _LATIN.match(value[0]) else ""
            end = r"(?![a-z0-9])" if _LATIN.match(value[-1]) else ""
            patterns.add(start + re.escape(value) + end)
        digits = _DIGITS.findall(value)
        if len(digits) >= 7:
            if text_digits is None:
                text_digits = "".join(_DIGITS.findall(text))
            if "".join(digits) in text_digits:
                patterns.add(_SEPARATOR.join(digits))
    if not patterns:
        return text
    pattern = "|".join(sorted(patterns, key=len, reverse=True))
    return re.sub(pattern, " ", text, flags=re.IGNORECASE)


def build_document(number: str, pseudonym: str, tags: Iterable[str],
                   incidents: Iterable[tuple[str, str | None, str]],
                   accounts: Iterable[tuple[str, str, Iterable[str]]],
                   evidence: Iterable[EvidenceText] = (),
                   hidden: Iterable[str] = ()) -> str:
    """The indexed text of one case. ``incidents`` are (description, platform, place);
    ``accounts`` are (platform, handle, display names); ``evidence`` what its evidence
    items hold; ``hidden`` the victim's identifying values, blanked wherever the text after
    the number and pseudonym repeats them. One field per line."""
    lines = [" ".join(tags)]
    for description, platform, place in incidents:
        lines.extend((place, platform_words(platform), description))
    for platform, handle, names in accounts:
        lines.append(" ".join((platform_words(platform), handle, *names)))
    lines.extend(evidence_lines(evidence))
    text = hide("\n".join(line for line in lines if line), hidden)
    return "\n".join(line for line in (number, pseudonym, text) if line)


def document_for(conn: Connection, case_id: int) -> str | None:
    row = conn.execute("SELECT number, pseudonym FROM case_file WHERE id = ?",
                       (case_id,)).fetchone()
    if row is None:
        return None
    tags = [r[0] for r in conn.execute("SELECT tag FROM case_tag WHERE case_id = ? ORDER BY tag",
                                       (case_id,))]
    incidents = conn.execute("SELECT description, platform, place FROM incident"
                             " WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
    accounts = []
    for account_id, platform, handle in conn.execute(
            "SELECT DISTINCT a.id, a.platform, a.handle FROM perpetrator_account a"
            " JOIN perpetrator_account_case pc ON pc.account_id = a.id WHERE pc.case_id = ?"
            " ORDER BY a.id", (case_id,)).fetchall():
        names = [r[0] for r in conn.execute(
            "SELECT name FROM perpetrator_display_name WHERE account_id = ? ORDER BY name",
            (account_id,))]
        accounts.append((platform, handle, names))
    evidence = [EvidenceText(platform, url, channel, channel_id, poster, text or "",
                             role == "victim",
                             tuple(json.loads(links)) if links and links != "[]" else ())
                for platform, url, channel, channel_id, poster, text, role, links
                in conn.execute(
                    "SELECT e.platform, e.url, e.channel_name, e.channel_id, e.poster_account,"
                    " e.description, m.sender_role, m.links FROM evidence_item e"
                    " LEFT JOIN chat_message m ON m.evidence_id = e.id"
                    " WHERE e.case_id = ? ORDER BY e.seq", (case_id,))]
    return build_document(row[0], row[1], tags, incidents, accounts, evidence,
                          victim_values(conn, case_id))


def victim_values(conn: Connection, case_id: int) -> list[str]:
    """The victim's name, preferred name, contact values and guardian's name and contact,
    and the name and sender ID of whoever was marked as the victim in an imported chat:
    what the index must never hold, even where evidence text repeats it."""
    values: list[str] = []
    row = conn.execute("SELECT name, preferred_name, contacts, guardian FROM victim"
                       " WHERE case_id = ?", (case_id,)).fetchone()
    if row is not None:
        values.extend((row[0], row[1]))
        values.extend(str(c.get("value", "")) for c in json.loads(row[2] or "[]"))
        guardian = json.loads(row[3]) if row[3] else None
        if guardian:
            values.extend((str(guardian.get("name", "")), str(guardian.get("contact", ""))))
    for name, sender_id in conn.execute(
            "SELECT p.name, p.sender_id FROM chat_participant p"
            " JOIN chat_export x ON x.id = p.export_id"
            " WHERE x.case_id = ? AND p.role = 'victim'", (case_id,)):
        values.extend((name, sender_id or ""))
    return [v for v in values if v]


def _words(doc: str) -> set[str]:
    return set(_WORD.findall(doc.lower()))  # each once: chat text repeats its words


def letter_pairs(doc: str, words: set[str] | None = None) -> str:
    """Every two-letter window inside the words of ``doc``, once each, as space-separated
    tokens for the pairs index: "지인능욕방" → "욕방 인능 지인 능욕"."""
    found: set[str] = set()
    for word in _words(doc) if words is None else words:
        found.update(word[i:i + 2] for i in range(len(word) - 1))
    return " ".join(sorted(found))


def letters(doc: str, words: set[str] | None = None) -> str:
    """Every distinct letter (or digit) inside the words of ``doc``, as space-separated
    tokens for the letters index: "김민지 김" → "김 민 지"."""
    return " ".join(sorted(set().union(*(_words(doc) if words is None else words))))


def _is_word_term(term: str, length: int) -> bool:
    return len(term) == length and all(unicodedata.category(ch)[0] in "LN" for ch in term)


# Waiting one-letter entries are brought up to date inside a write once this many wait (an
# app that is never locked, a long script): a search scans each waiting case's text.
CATCH_UP_AT = 500


def refresh(conn: Connection, case_id: int) -> None:
    """Re-index one case inside the caller's transaction. Its one-letter entry is only
    noted as waiting (see :func:`catch_up_letters`): keeping that index current on every
    write made a write 69 % slower at 100,000 cases."""
    conn.execute("DELETE FROM case_fts WHERE rowid = ?", (case_id,))
    conn.execute("DELETE FROM case_fts_pairs WHERE rowid = ?", (case_id,))
    doc = document_for(conn, case_id)
    if doc is not None:
        conn.execute("INSERT INTO case_fts (rowid, doc) VALUES (?, ?)", (case_id, doc))
        words = _words(doc)
        conn.execute("INSERT INTO case_fts_pairs (rowid, pairs) VALUES (?, ?)",
                     (case_id, letter_pairs(doc, words)))
        conn.execute("INSERT OR IGNORE INTO case_letters_pending (case_id) VALUES (?)",
                     (case_id,))
    else:
        conn.execute("DELETE FROM case_fts_letters WHERE rowid = ?", (case_id,))
        conn.execute("DELETE FROM case_letters_pending WHERE case_id = ?", (case_id,))
    if conn.execute("SELECT count(*) FROM case_letters_pending").fetchone()[0] >= CATCH_UP_AT:
        catch_up_letters(conn)


def letters_waiting(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM case_letters_pending").fetchone()[0])


def catch_up_letters(conn: Connection) -> int:
    """Bring the one-letter entries of the cases written since the last catch-up up to
    date, inside the caller's transaction, from the text the trigram index holds. Returns
    how many were brought up to date."""
    waiting = [int(r[0]) for r in conn.execute("SELECT case_id FROM case_letters_pending")]
    for case_id in waiting:
        conn.execute("DELETE FROM case_fts_letters WHERE rowid = ?", (case_id,))
        row = conn.execute("SELECT doc FROM case_fts WHERE rowid = ?", (case_id,)).fetchone()
        if row is not None:
            conn.execute("INSERT INTO case_fts_letters (rowid, letters) VALUES (?, ?)",
                         (case_id, letters(row[0])))
    conn.execute("DELETE FROM case_letters_pending")
    return len(waiting)


def refresh_cases_of_account(conn: Connection, account_id: int) -> None:
    for (case_id,) in conn.execute("SELECT DISTINCT case_id FROM perpetrator_account_case"
                                   " WHERE account_id = ?", (account_id,)).fetchall():
        refresh(conn, int(case_id))


def insert_documents(conn: Connection, docs: Sequence[tuple[int, str]]) -> None:
    """Bulk path (demo generator): documents built by the caller."""
    conn.executemany("INSERT INTO case_fts (rowid, doc) VALUES (?, ?)", docs)
    conn.executemany("INSERT INTO case_fts_pairs (rowid, pairs) VALUES (?, ?)",
                     [(case_id, letter_pairs(doc)) for case_id, doc in docs])
    conn.executemany("INSERT INTO case_fts_letters (rowid, letters) VALUES (?, ?)",
                     [(case_id, letters(doc)) for case_id, doc in docs])
    conn.executemany("DELETE FROM case_letters_pending WHERE case_id = ?",
                     [(case_id,) for case_id, _doc in docs])


def index_problems(conn: Connection) -> list[str]:
    """Every case indexed once and nothing else; FTS5's own structure check."""
    problems: list[str] = []
    try:
        conn.execute("INSERT INTO case_fts (case_fts) VALUES ('integrity-check')")
    except Exception as exc:  # any failure here is a finding to report
        problems.append(f"cases.db: search index damaged ({type(exc).__name__})")
    missing = conn.execute("SELECT count(*) FROM case_file WHERE id NOT IN"
                           " (SELECT rowid FROM case_fts)").fetchone()[0]
    extra = conn.execute("SELECT count(*) FROM case_fts WHERE rowid NOT IN"
                         " (SELECT id FROM case_file)").fetchone()[0]
    if missing or extra:
        problems.append(f"cases.db: search index out of step ({missing} cases not indexed, "
                        f"{extra} stale entries)")
    total = conn.execute("SELECT count(*) FROM case_file").fetchone()[0]
    for table, what in (("case_fts_pairs", "two-letter"), ("case_fts_letters", "one-letter")):
        entries = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if table == "case_fts_letters":  # a new case waiting for its first entry has none
            entries += conn.execute(
                "SELECT count(*) FROM case_letters_pending WHERE case_id IN"
                " (SELECT id FROM case_file) AND case_id NOT IN"
                " (SELECT rowid FROM case_fts_letters)").fetchone()[0]
        if entries != total:
            problems.append(f"cases.db: {what} search index out of step ({entries} entries "
                            f"for {total} cases)")
    if not is_current(conn):
        problems.append("cases.db: search index built by an older version (what evidence "
                        "holds is not searchable yet)")
    return problems


def is_current(conn: Connection) -> bool:
    """Whether every case's text was built the way :func:`build_document` builds it now."""
    return meta_repo.get_meta(conn, VERSION_KEY) == str(DOCUMENT_VERSION)


def mark_current(conn: Connection) -> None:
    meta_repo.set_meta(conn, VERSION_KEY, str(DOCUMENT_VERSION))


def rebuild(conn: Connection) -> int:
    conn.execute("DELETE FROM case_fts")
    conn.execute("DELETE FROM case_fts_pairs")
    conn.execute("DELETE FROM case_fts_letters")
    count = 0
    for (case_id,) in conn.execute("SELECT id FROM case_file").fetchall():
        refresh(conn, int(case_id))
        count += 1
    catch_up_letters(conn)
    mark_current(conn)
    return count


# --- the list query -----------------------------------------------------------------------------
def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_terms(text: str) -> list[str]:
    return [t for t in text.split() if t]


def _search_sets(text: str) -> list[tuple[str, list[Any]]]:
    """One subquery of matching case ids per index used. Terms of three or more characters
    go through the trigram index; two-letter terms (a two-syllable Korean word) through the
    pairs index; one-letter terms (a surname such as 김) through the letters index; a short
    term with punctuation is a LIKE over the indexed text, which FTS5 answers by scanning its
    rows. Every term must match."""
    long_terms, pair_terms, letter_terms, like_terms = [], [], [], []
    for term in search_terms(text):
        if len(term) >= TRIGRAM:
            long_terms.append(term)
        elif _is_word_term(term, 2):
            pair_terms.append(term)
        elif _is_word_term(term, 1):
            letter_terms.append(term)
        else:
            like_terms.append(term)
    sets: list[tuple[str, list[Any]]] = []
    trigram_where, trigram_params = [], []
    if long_terms:
        trigram_where.append("case_fts MATCH ?")
        trigram_params.append(" AND ".join(_phrase(t) for t in long_terms))
    for term in like_terms:
        trigram_where.append("doc LIKE ? ESCAPE '\\'")
        trigram_params.append(_like_pattern(term))
    if trigram_where:
        sets.append((f"SELECT rowid FROM case_fts WHERE {' AND '.join(trigram_where)}",
                     trigram_params))
    if pair_terms:
        sets.append(("SELECT rowid FROM case_fts_pairs WHERE case_fts_pairs MATCH ?",
                     [" AND ".join(_phrase(t.lower()) for t in pair_terms)]))
    if letter_terms:
        # cases whose entry waits (written since the last catch-up) are read from their text
        # (driven by the few waiting rows: a join would let the planner scan every text)
        doc = "(SELECT doc FROM case_fts WHERE rowid = p.case_id)"
        waiting = " AND ".join(f"{doc} LIKE ? ESCAPE '\\'" for _t in letter_terms)
        sets.append(("SELECT rowid FROM case_fts_letters WHERE case_fts_letters MATCH ?"
                     " AND rowid NOT IN (SELECT case_id FROM case_letters_pending)"
                     " UNION ALL SELECT p.case_id FROM case_letters_pending p"
                     f" WHERE {waiting}",
                     [" AND ".join(_phrase(t.lower()) for t in letter_terms),
                      *(_like_pattern(t) for t in letter_terms)]))
    return sets


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _is_dense(conn: Connection, sets: list[tuple[str, list[Any]]]) -> bool:
    return all(conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", (*params, DENSE))
               .fetchone()[0] >= DENSE for sql, params in sets)


def _day_start(value: date) -> str:
    return value.isoformat()


def _day_after(value: date) -> str:
    return (value + timedelta(days=1)).isoformat()


def _filters(query: CaseQuery, search: list[tuple[str, list[Any]]],
             probe: bool = False) -> tuple[list[str], list[Any]]:
    """WHERE terms and parameters. ``probe`` keeps the planner from driving the query by
    the match set (``+c.id``), so it walks the sort index instead."""
    where: list[str] = []
    params: list[Any] = []
    for sql, found in search:
        where.append(f"{'+' if probe else ''}c.id IN ({sql})")
        params.extend(found)
    if query.statuses:
        where.append(f"c.status IN ({','.join('?' * len(query.statuses))})")
        params.extend(s.value for s in query.statuses)
    if query.risks:
        where.append(f"c.risk IN ({','.join('?' * len(query.risks))})")
        params.extend(r.value for r in query.risks)
    if query.counsellor_id is not None:
        where.append("c.counsellor_id = ?")
        params.append(query.counsellor_id)
    for tag in query.tags:
        where.append("EXISTS (SELECT 1 FROM case_tag t WHERE t.case_id = c.id AND t.tag = ?)")
        params.append(tag)
    if query.legal_category is not None:
        where.append("(EXISTS (SELECT 1 FROM case_legal_category l WHERE l.case_id = c.id"
                     " AND l.category = ?) OR EXISTS (SELECT 1 FROM incident i"
                     " WHERE i.case_id = c.id AND i.legal_category = ?))")
        params.extend((query.legal_category.value, query.legal_category.value))
    for column, start, end in (("c.created_at", query.opened_from, query.opened_to),
                               ("c.updated_at", query.updated_from, query.updated_to)):
        if start is not None:
            where.append(f"{column} >= ?")
            params.append(_day_start(start))
        if end is not None:
            where.append(f"{column} < ?")
            params.append(_day_after(end))
    return where, params


_ROW = ("SELECT c.id, c.number, c.pseudonym, c.status, c.risk, c.counsellor_id,"
        " coalesce(co.name, ''),"
        " (SELECT group_concat(category, char(31)) FROM case_legal_category"
        "  WHERE case_id = c.id),"
        " (SELECT group_concat(tag, char(31)) FROM"
        "  (SELECT tag FROM case_tag WHERE case_id = c.id ORDER BY tag)),"
        " c.created_at, c.updated_at"
        " FROM case_file c LEFT JOIN counsellor co ON co.id = c.counsellor_id")


def _row(row: Sequence[Any]) -> CaseListRow:
    return CaseListRow(
        id=int(row[0]), number=row[1], pseudonym=row[2], status=CaseStatus(row[3]),
        risk=RiskLevel(row[4]), counsellor_id=row[5], counsellor_name=row[6],
        legal_categories=tuple(c for c in LegalCategory
                               if row[7] and c.value in row[7].split(_TAG_SEPARATOR)),
        tags=tuple(row[8].split(_TAG_SEPARATOR)) if row[8] else (),
        created_at=datetime.fromisoformat(row[9]), updated_at=datetime.fromisoformat(row[10]))


def list_page(conn: Connection, query: CaseQuery) -> Page[CaseListRow]:
    """One page in two steps: the ids and sort keys of the page (an index walk, or row
    lookups for a rare search term), then the display columns of just those rows."""
    sort = _SORT_COLUMN[query.sort]
    search = _search_sets(query.search)
    where, params = _filters(query, search, probe=bool(search) and _is_dense(conn, search))
    direction = "DESC" if query.descending else "ASC"
    if query.after is not None:
        where.append(f"({sort}, c.id) {'<' if query.descending else '>'} (?, ?)")
        params.extend(query.after)
    sql = f"SELECT c.id, {sort} FROM case_file c"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {sort} {direction}, c.id {direction} LIMIT ?"
    params.append(query.limit + 1)
    if query.after is None and query.offset:
        sql += " OFFSET ?"
        params.append(query.offset)
    keys = conn.execute(sql, params).fetchall()
    has_more = len(keys) > query.limit
    keys = keys[:query.limit]
    rows: dict[int, CaseListRow] = {}
    if keys:
        ids = [int(k[0]) for k in keys]
        for row in conn.execute(f"{_ROW} WHERE c.id IN ({','.join('?' * len(ids))})", ids):
            rows[int(row[0])] = _row(row)
    after: Cursor | None = (keys[-1][1], int(keys[-1][0])) if has_more and keys else None
    return Page(tuple(rows[int(k[0])] for k in keys if int(k[0]) in rows), after, has_more)


def count(conn: Connection, query: CaseQuery) -> int:
    where, params = _filters(query, _search_sets(query.search))
    sql = "SELECT count(*) FROM case_file c"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return int(conn.execute(sql, params).fetchone()[0])
