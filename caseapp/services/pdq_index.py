"""The PDQ index of an unlocked store: every matchable PDQ hash of evidence (group 0) and of
hash-list entries (group = the list's id), loaded once from cases.db at the first search
after unlock and then caught up from the store's change log (``pdq_change``, filled by
triggers on insert and delete), never rebuilt per ingest. The log also carries what another
process (the CLI beside the GUI) wrote. Dropped with the keys when the store locks."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from caseapp.evidence.matching import PDQ_MATCH_THRESHOLD, PdqIndex, PdqMatch
from caseapp.store import hashlist_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

EVIDENCE = 0
_KEY = "pdq_index"


PAGE = 50_000  # rows read per hold of the connection while loading


@dataclass(slots=True)
class _Live:
    lock: threading.Lock = field(default_factory=threading.Lock)        # after cases_lock
    loading: threading.Lock = field(default_factory=threading.Lock)     # one loader at a time
    index: PdqIndex | None = None
    seq: int = 0
    builds: int = 0


def _live(vault: Vault) -> _Live:
    with vault.cases_lock:
        live = vault.session_cache.get(_KEY)
        if live is None:
            live = vault.session_cache[_KEY] = _Live()
        assert isinstance(live, _Live)
        return live


def builds(vault: Vault) -> int:
    """How often this session loaded the whole index (once, however many ingests)."""
    return _live(vault).builds


def index_of(vault: Vault) -> PdqIndex | None:
    return _live(vault).index


def only_evidence(groups: np.ndarray) -> np.ndarray:
    mask: np.ndarray = groups == EVIDENCE
    return mask


def only_lists(groups: np.ndarray) -> np.ndarray:
    mask: np.ndarray = groups != EVIDENCE
    return mask


def warm(vault: Vault) -> int:
    """Load the index now (the GUI does it in the background after unlock, so the first
    ingest does not wait). Returns how many hashes it holds."""
    live = _live(vault)
    with vault.cases_lock:
        if vault.cases.in_transaction:  # this thread's own: it may roll back; load later
            return 0
    _ensure_loaded(vault, live)
    index = live.index
    return len(index) if index is not None else 0


def _ensure_loaded(vault: Vault, live: _Live) -> None:
    """Read every matchable hash in pages, the connection held for one page at a time (a
    GUI read waits for a page, not for the whole load). The change log's position is taken
    first, so whatever is written meanwhile is replayed by the next catch-up. Must not be
    called with the connection's lock held (it waits for it)."""
    with live.loading:
        if live.index is not None:
            return
        with vault.read() as conn:
            seq = hashlist_repo.last_change(conn)
        keys: list[int] = []
        packed: list[bytes] = []
        groups: list[int] = []
        for lists in (False, True):
            after = 0
            while True:
                with vault.read() as conn:
                    ids, blob, owners = hashlist_repo.matchable_page(conn, lists=lists,
                                                                     after=after, limit=PAGE)
                if not ids:
                    break
                keys += ids
                packed.append(blob)
                groups += owners
                after = ids[-1]
        index = PdqIndex()
        if keys:
            index.extend_raw(np.asarray(keys, dtype=np.int64), b"".join(packed),
                             np.asarray(groups, dtype=np.int64))
        with vault.cases_lock, live.lock:
            live.index = index
            live.seq = seq
            live.builds += 1
        log.info("PDQ index loaded: %d hashes", len(index))


def search(vault: Vault, dihedral: Sequence[str], *,
           groups: Callable[[np.ndarray], np.ndarray] | None = None,
           threshold: int = PDQ_MATCH_THRESHOLD) -> list[PdqMatch]:
    """Stored hashes within ``threshold`` of any of the query's dihedral hashes. Outside a
    transaction the index first takes in every committed change; inside the caller's write
    transaction (whose changes may still roll back) those changes are looked at for this
    search only and the index itself stays as committed."""
    live = _live(vault)
    with vault.cases_lock:
        inside = vault.cases.in_transaction  # this thread's own (the lock is re-entrant)
    if not inside and live.index is None:
        _ensure_loaded(vault, live)
    with vault.cases_lock, live.lock:
        if vault.cases.in_transaction:
            return _search_uncommitted(vault.cases, live, dihedral, groups, threshold)
        with vault.read() as conn:
            _catch_up(conn, live)
            assert live.index is not None
            return live.index.search(dihedral, threshold, groups=groups)


def _build(conn: Connection, live: _Live) -> None:
    index = PdqIndex()
    live.seq = hashlist_repo.last_change(conn)
    ids, packed = hashlist_repo.evidence_pdq_packed(conn)
    entry_ids, entry_packed, owners = hashlist_repo.matchable_entries(conn)
    keys = np.asarray(ids + entry_ids, dtype=np.int64)
    groups = np.asarray([EVIDENCE] * len(ids) + owners, dtype=np.int64)
    if len(keys):
        index.extend_raw(keys, packed + entry_packed, groups)
    live.index = index
    live.builds += 1
    log.info("PDQ index loaded: %d hashes", len(index))


def _catch_up(conn: Connection, live: _Live) -> None:
    if live.index is None:  # unloaded again meanwhile (not expected): load in one go
        _build(conn, live)
        return
    newest, evidence, lists = hashlist_repo.changes_after(conn, live.seq)
    if newest == live.seq:
        return
    index = live.index
    for evidence_id in evidence:
        index.remove(evidence_id, EVIDENCE)
    ids, packed = hashlist_repo.evidence_pdq_packed(conn, sorted(evidence))
    if ids:
        index.extend_raw(np.asarray(ids, dtype=np.int64), packed, EVIDENCE)
    for list_id in lists:
        index.remove_group(list_id)
        entry_ids, entry_packed, _ = hashlist_repo.matchable_entries(conn, list_id)
        if entry_ids:
            index.extend_raw(np.asarray(entry_ids, dtype=np.int64), entry_packed, list_id)
    live.seq = newest


def _search_uncommitted(conn: Connection, live: _Live, dihedral: Sequence[str],
                        groups: Callable[[np.ndarray], np.ndarray] | None,
                        threshold: int) -> list[PdqMatch]:
    if live.index is None:
        # Not loaded yet: load what this transaction sees for this search only (it may hold
        # rows that roll back); the kept index is loaded at the next search outside one.
        scratch = _Live()
        _build(conn, scratch)
        assert scratch.index is not None
        return scratch.index.search(dihedral, threshold, groups=groups)
    _, evidence, lists = hashlist_repo.changes_after(conn, live.seq)
    found = [m for m in live.index.search(dihedral, threshold, groups=groups)
             if not (m.group == EVIDENCE and m.key in evidence) and m.group not in lists]
    overlay = PdqIndex()
    ids, packed = hashlist_repo.evidence_pdq_packed(conn, sorted(evidence))
    if ids:
        overlay.extend_raw(np.asarray(ids, dtype=np.int64), packed, EVIDENCE)
    for list_id in sorted(lists):
        entry_ids, entry_packed, _ = hashlist_repo.matchable_entries(conn, list_id)
        if entry_ids:
            overlay.extend_raw(np.asarray(entry_ids, dtype=np.int64), entry_packed, list_id)
    found += overlay.search(dihedral, threshold, groups=groups)
    return sorted(found, key=lambda m: (m.distance, m.group, m.key))
