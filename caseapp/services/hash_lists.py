"""Known-material hash lists: import a list (refused whole when a line is bad, unless the
caller skips bad lines), list and remove lists, check evidence against every list when
either arrives, read the matches, and export a case's hashes as a list for a partner."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from caseapp.domain import fields
from caseapp.domain.hash_lists import (
    HashEntry,
    HashList,
    HashListFormat,
    HashListMatch,
    ImportResult,
    LineProblem,
    MatchMethod,
)
from caseapp.errors import BadImport, BadInput, NotFound
from caseapp.evidence.hash_list_file import read_hash_list, write_hash_list
from caseapp.evidence.matching import PdqIndex
from caseapp.i18n import N_, translate
from caseapp.services import cases as case_service
from caseapp.services import pdq_index
from caseapp.store import evidence_repo, hashlist_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

MAX_FILE = 512 << 20
MAX_SOURCE = 200


class BadLines(BadImport):
    """A list with malformed lines: nothing is imported; ``problems`` names each line."""

    default_message = N_("{count} line(s) of the hash list are not valid, so nothing was "
                         "imported. Correct them, or import the other lines with "
                         "--skip-bad.")

    def __init__(self, problems: Sequence[LineProblem]) -> None:
        super().__init__(count=len(problems))
        self.problems = tuple(problems)

    def lines(self, lang: str | None = None, limit: int = 20) -> list[str]:
        shown = [p.message(lang) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            shown.append(translate(N_("… and {count} more"), lang,
                                   count=len(self.problems) - limit))
        return shown


def _now() -> datetime:
    return datetime.now(UTC)


# --- import, list, remove ---------------------------------------------------------------------

def import_list(vault: Vault, path: Path | str, *, source: str, label: str = "",
                skip_bad: bool = False) -> ImportResult:
    """Read a list file and store its entries under ``source`` (who supplied it) and
    ``label``. A file with a malformed line is refused whole (:class:`BadLines`, nothing
    stored) unless ``skip_bad``; then the other lines are imported and the skipped ones
    counted. The import is audited, and evidence already in the store is checked against
    the new list at once."""
    source = fields.text(source, N_("Source"), limit=MAX_SOURCE).strip()
    if not source:
        raise BadInput(N_("Say who supplied the hash list (--source), e.g. a partner, the "
                          "police or a platform."))
    label = fields.text(label, N_("Label"), limit=MAX_SOURCE).strip()
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise BadImport(N_("The hash list is larger than {limit} MiB; nothing was "
                               "imported."), limit=MAX_FILE >> 20)
        raw = path.read_bytes()
    except OSError:
        raise BadImport(N_("The hash list {name} cannot be read; nothing was imported."),
                        name=path.name[:100]) from None
    parsed = read_hash_list(raw)
    if parsed.problems and not skip_bad:
        raise BadLines(parsed.problems)
    if not parsed.entries:
        raise BadImport(N_("The hash list has no entries; nothing was imported."))
    now = _now()
    digest = hashlib.sha256(raw).hexdigest()
    with vault.write() as conn:
        list_id = hashlist_repo.insert_list(
            conn, source=source, label=label or path.name[:MAX_SOURCE], file_name=path.name,
            file_sha256=digest, imported_at=now, imported_by=vault.actor,
            entries=parsed.entries, skipped_lines=len(parsed.problems))
        found = _match_new_list(conn, list_id, now)
        vault.audit("hashlist.imported", "hash_list", list_id, source=source,
                    file=path.name, file_sha256=digest, entries=len(parsed.entries),
                    sha256=sum(1 for e in parsed.entries if e.sha256),
                    md5=sum(1 for e in parsed.entries if e.md5),
                    pdq=sum(1 for e in parsed.entries if e.pdq),
                    skipped_lines=[p.line for p in parsed.problems][:1000],
                    matches=found)
        hash_list = hashlist_repo.get_list(conn, list_id)
    assert hash_list is not None
    return ImportResult(hash_list, tuple(parsed.problems), found)


def _match_new_list(conn: Connection, list_id: int, now: datetime) -> int:
    """Evidence already stored that is on the new list: exact hashes through SQL; PDQ through
    a small index of the list's entries, queried with each item's dihedral hashes (items
    stored before dihedral hashes were kept match in their plain orientation only)."""
    before = conn.total_changes
    hashlist_repo.match_list_exactly(conn, list_id, now)
    entry_ids, packed, _ = hashlist_repo.matchable_entries(conn, list_id)
    if entry_ids:
        index = PdqIndex()
        index.extend_raw(np.asarray(entry_ids, dtype=np.int64), packed)
        rows: list[tuple[int, int, MatchMethod, int, str]] = []
        for evidence_id, plain, dihedral in hashlist_repo.evidence_dihedral(conn):
            query = ([dihedral[32 * i: 32 * i + 32].hex() for i in range(8)] if dihedral
                     else [plain.hex()])
            rows.extend((evidence_id, m.key, MatchMethod.PDQ, m.distance, m.transform.value)
                        for m in index.search(query))
        hashlist_repo.add_matches(conn, rows, now)
    return _distinct_items(conn, list_id) if conn.total_changes != before else 0


def _distinct_items(conn: Connection, list_id: int) -> int:
    found = hashlist_repo.get_list(conn, list_id)
    return found.match_count if found else 0


def list_lists(vault: Vault) -> list[HashList]:
    with vault.read() as conn:
        return hashlist_repo.all_lists(conn)


def get_list(vault: Vault, list_id: int | str) -> HashList:
    number = _list_number(list_id)
    with vault.read() as conn:
        found = hashlist_repo.get_list(conn, number)
    if found is None:
        raise NotFound(N_("There is no hash list {ref}."), ref=str(list_id)[:40])
    return found


def _list_number(list_id: int | str) -> int:
    if isinstance(list_id, int) and not isinstance(list_id, bool):
        return list_id
    text = str(list_id).strip()
    if not text.isdigit():
        raise NotFound(N_("There is no hash list {ref}."), ref=text[:40])
    return int(text)


def remove_list(vault: Vault, list_id: int | str) -> HashList:
    """Remove a list, its entries and the matches found through it (audited)."""
    found = get_list(vault, list_id)
    with vault.write() as conn:
        hashlist_repo.delete_list(conn, found.id)
        vault.audit("hashlist.removed", "hash_list", found.id, source=found.source,
                    entries=found.entry_count, matches=found.match_count)
    return found


# --- evidence arriving ------------------------------------------------------------------------

def check_new_item(conn: Connection, vault: Vault, evidence_id: int, *, sha256: str | None,
                   md5: str | None, dihedral: Sequence[str] = ()) -> int:
    """In the caller's write transaction: record every list entry the new item matches
    (same SHA-256, same MD5, or a PDQ within the threshold in any rotation or mirror).
    Returns how many entries matched."""
    now = _now()
    rows: list[tuple[int, int, MatchMethod, int, str]] = []
    for method, value in ((MatchMethod.SHA256, sha256), (MatchMethod.MD5, md5)):
        if value:
            rows.extend((evidence_id, entry, method, 0, "original")
                        for entry in hashlist_repo.entries_with(conn, method, value))
    if dihedral:
        rows.extend((evidence_id, m.key, MatchMethod.PDQ, m.distance, m.transform.value)
                    for m in pdq_index.search(vault, dihedral, groups=pdq_index.only_lists))
    added = hashlist_repo.add_matches(conn, rows, now)
    if added:
        vault.audit("hashlist.matched", "evidence", evidence_id, entries=added)
    return added


# --- reading matches --------------------------------------------------------------------------

def matches(vault: Vault, *, case: case_service.CaseRef | None = None,
            evidence_id: int | None = None, limit: int | None = None) -> list[HashListMatch]:
    case_id = None if case is None else case_service.get_case(vault, case).id
    with vault.read() as conn:
        return hashlist_repo.matches(conn, case_id=case_id, evidence_id=evidence_id,
                                     limit=limit)


def match_summary(vault: Vault) -> tuple[int, int]:
    """(evidence items on some list, cases holding one), for the home view."""
    with vault.read() as conn:
        return hashlist_repo.match_summary(conn)


def matched_items(vault: Vault, case_id: int) -> set[int]:
    with vault.read() as conn:
        return hashlist_repo.matched_evidence_ids(conn, case_id)


# --- export -----------------------------------------------------------------------------------

def export_case_hashes(vault: Vault, case: case_service.CaseRef, out: Path | str, *,
                       fmt: HashListFormat | str = HashListFormat.CSV,
                       items: Iterable[str] = ()) -> int:
    """Write the hashes of a case's files (or of the items named by code) as a hash list in
    the import format: SHA-256, MD5, PDQ with quality, and the item's code as label. No
    content, no victim data. Audited as an export; returns the number of entries."""
    fmt = fields.choice(HashListFormat, fmt, N_("Format"))
    current = case_service.get_case(vault, case)
    with vault.read() as conn:
        all_items = evidence_repo.list_items(conn, current.id)
    wanted = [code.strip() for code in items]
    if wanted:
        by_code = {i.code.casefold(): i for i in all_items}
        missing = [c for c in wanted if c.casefold() not in by_code]
        if missing:
            raise NotFound(N_("Case {number} has no evidence item {code}."),
                           number=current.number, code=missing[0][:40])
        chosen = [by_code[c.casefold()] for c in dict.fromkeys(wanted)]
    else:
        chosen = all_items
    entries = [HashEntry(line=n, sha256=i.sha256, md5=i.md5,
                         pdq=i.pdq_hex if i.pdq_hex else None,
                         pdq_quality=i.pdq_quality if i.pdq_hex else None, label=i.code)
               for n, i in enumerate((i for i in chosen if i.sha256), start=1)]
    if not entries:
        raise BadInput(N_("Case {number} has no evidence files with hashes to export."),
                       number=current.number)
    target = Path(out)
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as fh:
            fh.write(write_hash_list(entries, fmt))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)
        raise BadInput(N_("The hash list cannot be written to {name}."),
                       name=target.name[:100]) from None
    vault.audit("evidence.hashes_exported", "case", current.id, case=current.number,
                items=[e.label for e in entries], format=fmt.value)
    return len(entries)

