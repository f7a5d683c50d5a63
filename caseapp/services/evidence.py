"""Evidence verbs: ingest a file (streamed into evidence.db with its hashes), record a link or
a note, find duplicates and near-duplicates across cases, previews (blurred unless revealed)
and verification. The package handed to police is built in ``evidence_package``."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import stat
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from caseapp.domain.cases import AccountRef, Case
from caseapp.domain.consent import ConsentScope
from caseapp.domain.evidence import (
    CustodyAction,
    CustodyEvent,
    EvidenceDraft,
    EvidenceItem,
    EvidenceKind,
    EvidenceMatch,
    ExifFacts,
    IngestOutcome,
    PackedFrames,
    VerifyResult,
)
from caseapp.errors import BadInput, Cancelled, ConsentMissing, NotFound
from caseapp.evidence import ingest as ingest_pipeline
from caseapp.evidence.links import parse_link
from caseapp.evidence.sniff import EvidenceMediaKind, sniff
from caseapp.i18n import N_, translate
from caseapp.services import cases as case_service
from caseapp.services import hash_lists, pdq_index
from caseapp.store import case_repo, case_search, evidence_repo
from caseapp.store.chunk_stream import ChunkStream, SeekableChunks
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]
CancelCheck = Callable[[], bool] | threading.Event | None
CaseRef = Case | int | str
IMAGE_CAPTURE_LIMIT = 64 << 20


def _now() -> datetime:
    return datetime.now(UTC)


def _case(vault: Vault, ref: CaseRef) -> Case:
    return ref if isinstance(ref, Case) else case_service.get_case(vault, ref)


def code_for(case_number: str, seq: int) -> str:
    return f"E-{case_number}-{seq:03d}"


# --- matching -------------------------------------------------------------------------------

def find_matches(vault: Vault, *, sha256: str | None, dihedral: tuple[str, ...] = (),
                 exclude_id: int | None = None) -> list[EvidenceMatch]:
    """Exact SHA-256 matches and PDQ near-duplicates (any rotation or mirror) in every case,
    through the store's PDQ index (kept in memory while unlocked, not rebuilt per call)."""
    found: dict[int, EvidenceMatch] = {}
    near = (pdq_index.search(vault, dihedral, groups=pdq_index.only_evidence)
            if dihedral else [])
    with vault.read() as conn:
        if sha256:
            for evidence_id, code, number in evidence_repo.same_sha256(conn, sha256):
                if evidence_id != exclude_id:
                    found[evidence_id] = EvidenceMatch(evidence_id, code, number, exact=True)
        for match in near:
            if match.key == exclude_id or match.key in found:
                continue
            where = evidence_repo.code_and_case(conn, match.key)
            if where:
                found[match.key] = EvidenceMatch(match.key, where[0], where[1], exact=False,
                                                 distance=match.distance,
                                                 transform=match.transform.value)
    return sorted(found.values(), key=lambda m: (not m.exact, m.distance, m.evidence_id))


def find_video_matches(vault: Vault, frames: PackedFrames,
                       exclude_id: int | None = None) -> list[EvidenceMatch]:
    """Stored videos whose frame hashes match ``frames`` the way vPDQ compares videos (see
    ``caseapp.evidence.video_matching``), best first."""
    from caseapp.evidence.video_matching import VideoIndex

    found = []
    with vault.read() as conn:
        index: VideoIndex[int] = VideoIndex()
        index.extend(evidence_repo.video_frames(conn))
        for match in index.matches(frames):
            where = evidence_repo.code_and_case(conn, match.key)
            if match.key != exclude_id and where:
                found.append(EvidenceMatch(match.key, where[0], where[1], exact=False,
                                           video_percent=match.percent))
    return found


# --- ingest ---------------------------------------------------------------------------------

@dataclass(slots=True)
class _Facts:
    mime: str | None = None
    pdq_hex: str | None = None
    pdq_quality: int | None = None
    width: int | None = None
    height: int | None = None
    exif: ExifFacts | None = None
    dihedral: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    usable_pdq: bool = False
    duration: float | None = None
    video_frames: PackedFrames | None = None


def _image_facts(source: Any) -> _Facts:
    from caseapp.evidence.images import analyse_image

    analysis = analyse_image(source)
    facts = analysis.facts
    warnings = tuple(w.value for w in analysis.warnings)
    if facts is None:
        return _Facts(warnings=warnings)
    exif = facts.exif
    camera = " ".join(p for p in (exif.camera_make, exif.camera_model) if p) or None
    return _Facts(pdq_hex=facts.pdq_hex, pdq_quality=facts.pdq_quality, width=facts.width,
                  height=facts.height,
                  exif=ExifFacts(camera=camera, taken_at=exif.datetime_original_text,
                                 software=exif.software, has_gps=exif.has_gps),
                  dihedral=facts.dihedral, warnings=warnings, usable_pdq=facts.pdq_usable)


def _video_facts(source: Any, size: int, cancel: CancelCheck) -> _Facts:
    """Frame hashes, picture size and duration of a video; a video FFmpeg cannot decode
    keeps its file hashes and a warning (and an MP4's duration from its header)."""
    from caseapp.evidence.video import VideoCancelled, analyse_video
    from caseapp.evidence.video_matching import pack_frames

    try:
        analysis = analyse_video(source, cancel=cancel)
    except VideoCancelled:
        raise Cancelled() from None
    warnings = tuple(w.value for w in analysis.warnings)
    facts = analysis.facts
    if facts is None:
        return _Facts(warnings=warnings, duration=_mp4_duration(source, size))
    return _Facts(width=facts.width, height=facts.height, warnings=warnings,
                  duration=facts.duration or _mp4_duration(source, size),
                  video_frames=pack_frames((f.seconds, f.pdq_hex, f.quality)
                                           for f in facts.frames))


def _mp4_duration(source: Any, size: int) -> float | None:
    from caseapp.evidence.video import mp4_duration

    try:
        if isinstance(source, bytes):
            return mp4_duration(io.BytesIO(source), size)
        with open(source, "rb") as fh:
            return mp4_duration(fh, size)
    except OSError:
        return None


class CopiesConsentMissing(ConsentMissing):
    """A file offered as evidence while the victim has not agreed to copies being kept: it
    is neither stored nor silently reduced to its hashes."""

    default_message = N_("Case {number}: the victim has not consented to copies of the "
                         "material being kept, so the file was not added.")
    hint = N_("Record that consent first, or add the file keeping only its hashes "
              "(--hash-only on the command line).")
    scope = ConsentScope.COPIES.value


@dataclass(slots=True)
class StoredContent:
    """A file streamed once into evidence.db (or only hashed, without consent to keep copies)
    and analysed, not yet recorded as an item. :func:`record_file_item` records it inside the
    caller's transaction; :func:`discard_content` undoes it when that transaction fails."""

    sha256: str
    md5: str
    size: int
    facts: _Facts
    content_id: int | None
    keep: bool
    matches: tuple[EvidenceMatch, ...]
    same_case: tuple[tuple[int, str], ...]  # (evidence id, code) in this case, same SHA-256
    discard_reason: str = "no consent to keep copies"   # for custody, when not kept


def require_regular_file(path: Path) -> None:
    """Evidence comes from regular files: a device (/dev/zero), a named pipe or a socket
    would be read without end or block the ingest."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # reading it says what is wrong, as for any unreadable file
    if not stat.S_ISREG(mode):
        raise BadInput(N_("{path} is not a regular file (a folder, device or pipe); nothing "
                          "was stored."), path=str(path))


def store_content(vault: Vault, case: Case, source: Path | str | BinaryIO, *,
                  progress: Progress | None = None, cancel: CancelCheck = None,
                  keep_duplicates: bool = False, hash_only: bool = False) -> StoredContent:
    """Stream ``source`` into the encrypted store once, hashing as it goes; kept only with
    consent to keep copies. Without that consent the file is refused (CopiesConsentMissing,
    nothing read) unless ``hash_only``, the counsellor's explicit choice to record only its
    hashes; content is never dropped silently. A file already in this case is not stored a
    second time (``same_case`` says where it is) unless ``keep_duplicates``. Nothing is left
    behind on failure or cancel."""
    if not isinstance(hash_only, bool):
        raise BadInput(N_("Say whether only the file's hashes are kept."))
    if isinstance(source, str | os.PathLike):
        require_regular_file(Path(source))
    consent = case_service.has_consent(vault, case, ConsentScope.COPIES)
    if not consent and not hash_only:
        raise CopiesConsentMissing(number=case.number)
    keep = consent and not hash_only
    if not vault.orphans_swept:
        vault.orphans_swept = True
        sweep_orphan_content(vault)
    sink: Any
    if keep:
        vault.require_writable()
        with vault.evidence_lock:
            sink = evidence_repo.ContentSink(vault.evidence, vault.evidence_lock)
    else:
        sink = ingest_pipeline.DiscardSink()
    capture = ingest_pipeline.CapturingSink(sink, IMAGE_CAPTURE_LIMIT)
    result = ingest_pipeline.ingest_stream(source, capture, progress=progress, cancel=cancel,
                                           commit=False)
    try:
        if result.empty:
            raise BadInput(N_("The file is empty (0 bytes); nothing was stored."))
        if _cancelled(cancel):
            raise Cancelled()
        sniffed = sniff(result.head)
        facts = _Facts()
        if sniffed.kind is EvidenceMediaKind.IMAGE:
            if capture.captured is not None:
                facts = _image_facts(capture.captured)
            elif isinstance(source, str | os.PathLike):
                facts = _image_facts(Path(source))
        if sniffed.kind is EvidenceMediaKind.VIDEO:
            if isinstance(source, str | os.PathLike):
                facts = _video_facts(Path(source), result.size, cancel)
            elif capture.captured is not None:
                facts = _video_facts(capture.captured, result.size, cancel)
        facts.mime = sniffed.mime
        same_case = tuple((m[0], m[1]) for m in evidence_repo.same_sha256(vault.cases,
                                                                          result.sha256)
                          if m[2] == case.number)
        matches = tuple(find_matches(vault, sha256=result.sha256,
                                     dihedral=facts.dihedral if facts.usable_pdq else ()))
        if facts.video_frames is not None:
            known = {m.evidence_id for m in matches}
            matches += tuple(m for m in find_video_matches(vault, facts.video_frames)
                             if m.evidence_id not in known)
        content_id = None
        if keep and (keep_duplicates or not same_case):
            sink.finalise(result.sha256)
            content_id = sink.content_id
            capture.commit()  # evidence.db commits first; an interrupted save leaves an orphan
        else:
            capture.abort()
    except BaseException:
        capture.abort()
        raise
    return StoredContent(result.sha256, result.md5, result.size, facts, content_id, keep,
                         matches, same_case,
                         "no consent to keep copies" if not consent
                         else "hashes only, as the counsellor chose")


def discard_content(vault: Vault, stored: Iterable[StoredContent]) -> None:
    """Remove content whose record was never committed."""
    ids = [s.content_id for s in stored if s.content_id is not None]
    if ids and not vault.damaged:  # a damaged store is never written, not even to tidy up
        evidence_repo.delete_content(vault.evidence, vault.evidence_lock, ids)


def ingest_file(vault: Vault, case: CaseRef, source: Path | str | BinaryIO, *,
                draft: EvidenceDraft | None = None, filename: str | None = None,
                progress: Progress | None = None, cancel: CancelCheck = None,
                hash_only: bool = False) -> IngestOutcome:
    """Stream a file into the encrypted store once, hashing as it goes. The content is kept
    only with consent to keep copies; without it the file is refused unless ``hash_only``
    (see :func:`store_content`), and a hash-only item's custody says why. A link given with
    the file is checked like one added on its own. A cancelled or failed ingest leaves
    nothing behind."""
    current = _case(vault, case)
    draft = with_link(draft or EvidenceDraft())
    if draft.kind not in (EvidenceKind.FILE, EvidenceKind.CHAT_LOG):
        draft = replace(draft, kind=EvidenceKind.FILE)
    if filename is None:
        filename = Path(source).name if isinstance(source, str | os.PathLike) else None
    stored = store_content(vault, current, source, progress=progress, cancel=cancel,
                           hash_only=hash_only)
    if stored.same_case:
        raise BadInput(N_("This file is already evidence {code} in this case; nothing was "
                          "added."), code=stored.same_case[0][1])
    try:
        with vault.write() as conn:
            item = record_file_item(conn, vault, current, draft, stored, filename=filename)
    except BaseException:
        discard_content(vault, [stored])
        raise
    return IngestOutcome(item, stored.matches, stored.facts.warnings,
                         tuple(hash_lists.matches(vault, evidence_id=item.id)))


def _cancelled(cancel: CancelCheck) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if isinstance(cancel, threading.Event) else bool(cancel())


def record_file_item(conn: Connection, vault: Vault, case: Case, draft: EvidenceDraft,
                     stored: StoredContent, *, filename: str | None,
                     acquired: dict[str, Any] | None = None,
                     index: bool = True) -> EvidenceItem:
    """Record stored content as an item of ``case`` in the caller's write transaction.
    ``acquired`` adds to the details of the custody entry that says where it came from.
    ``index=False``: the caller re-indexes the case once after many items."""
    return _insert_item(conn, vault, case, draft, filename=filename, size=stored.size,
                        sha256=stored.sha256, md5=stored.md5, facts=stored.facts,
                        content_id=stored.content_id, keep=stored.keep, acquired=acquired,
                        discard_reason=stored.discard_reason, index=index)


def record_item(conn: Connection, vault: Vault, case: Case, draft: EvidenceDraft, *,
                acquired: dict[str, Any] | None = None, index: bool = True) -> EvidenceItem:
    """Record an item without a file (a link, a note, a chat message) in the caller's write
    transaction (``index`` as for :func:`record_file_item`)."""
    return _insert_item(conn, vault, case, draft, filename=None, size=None, sha256=None,
                        md5=None, facts=_Facts(), content_id=None, keep=False,
                        acquired=acquired, index=index)


def _record_item(vault: Vault, case: Case, draft: EvidenceDraft) -> EvidenceItem:
    with vault.write() as conn:
        return record_item(conn, vault, case, draft)


def _insert_item(conn: Connection, vault: Vault, case: Case, draft: EvidenceDraft, *,
                 filename: str | None, size: int | None, sha256: str | None, md5: str | None,
                 facts: _Facts, content_id: int | None, keep: bool,
                 acquired: dict[str, Any] | None,
                 discard_reason: str = "no consent to keep copies",
                 index: bool = True) -> EvidenceItem:
    if filename is not None:
        filename = filename[:1000]
    now = _now()
    seq = evidence_repo.next_seq(conn, case.id)
    code = code_for(case.number, seq)
    evidence_id = evidence_repo.insert_item(
        conn, case_id=case.id, seq=seq, code=code, draft=draft, original_filename=filename,
        size=size, mime=facts.mime, sha256=sha256, md5=md5, pdq_hex=facts.pdq_hex,
        pdq_quality=facts.pdq_quality, width=facts.width, height=facts.height,
        duration_seconds=facts.duration, exif=facts.exif, warnings=facts.warnings,
        content_id=content_id, content_kept=keep and content_id is not None,
        created_at=now, created_by=vault.actor)
    if facts.pdq_hex and facts.usable_pdq:
        evidence_repo.add_pdq(conn, evidence_id, facts.pdq_hex, facts.dihedral)
    if sha256:
        hash_lists.check_new_item(
            conn, vault, evidence_id, sha256=sha256, md5=md5,
            dihedral=(facts.dihedral or (facts.pdq_hex,)) if facts.pdq_hex and facts.usable_pdq
            else ())
    if facts.video_frames is not None and facts.video_frames.count:
        evidence_repo.add_video_frames(conn, evidence_id, facts.video_frames)
    details: dict[str, Any] = {"from": "file" if sha256 else draft.kind.value}
    details.update(acquired or {})
    if sha256:
        details["sha256"] = sha256
    evidence_repo.add_custody(conn, evidence_id, CustodyAction.ACQUIRED, now, vault.actor,
                              details)
    if sha256 and not (keep and content_id is not None):
        evidence_repo.add_custody(conn, evidence_id, CustodyAction.CONTENT_DISCARDED, now,
                                  vault.actor, {"reason": discard_reason})
    # The hash in the MAC'd audit chain: someone holding the database keys who swaps content
    # and recorded hash together is caught by verify's cross-check against this event.
    added: dict[str, Any] = {"sha256": sha256, "size": size} if sha256 else {}
    vault.audit("evidence.added", "evidence", evidence_id, case=case.number, code=code,
                kind=draft.kind.value, content_kept=bool(content_id), **added)
    case_repo.touch(conn, case.id, now)
    if index:  # the case is found by what the item holds (chat, link, sender, text)
        case_search.refresh(conn, case.id)
    item = evidence_repo.get_item(conn, evidence_id)
    assert item is not None
    return item


def with_link(draft: EvidenceDraft) -> EvidenceDraft:
    """The draft with its link checked by the link parser (a ``javascript:`` or malformed
    link is refused) and the fields the link reveals filled in where left empty."""
    if draft.url is None:
        return draft
    parsed = parse_link(draft.url)
    return replace(
        draft, url=parsed.url, platform=draft.platform or parsed.platform,
        channel_name=draft.channel_name or parsed.channel,
        channel_id=draft.channel_id or parsed.channel_id,
        message_id=draft.message_id or parsed.message_id,
        poster_account=draft.poster_account or parsed.account)


def add_url_evidence(vault: Vault, case: CaseRef, url: str, *,
                     draft: EvidenceDraft | None = None) -> IngestOutcome:
    """A link only: the material stays where it is. Fields the link reveals (platform,
    channel, message ID, account) fill in what the counsellor left empty."""
    current = _case(vault, case)
    filled = with_link(replace(draft or EvidenceDraft(), kind=EvidenceKind.URL, url=url))
    item = _record_item(vault, current, filled)
    return IngestOutcome(item, (), ())


def add_note_evidence(vault: Vault, case: CaseRef, draft: EvidenceDraft) -> EvidenceItem:
    current = _case(vault, case)
    if not draft.description.strip():
        raise BadInput(N_("A note needs a description."))
    return _record_item(vault, current, replace(draft, kind=EvidenceKind.NOTE))


def update_evidence(vault: Vault, evidence: int | str, draft: EvidenceDraft) -> EvidenceItem:
    item = get_evidence(vault, evidence)
    if draft.url is not None and draft.url != item.url:
        draft = replace(draft, url=parse_link(draft.url).url)  # a new link is checked
    with vault.write() as conn:
        evidence_repo.update_metadata(conn, item.id, replace(draft, kind=item.kind))
        case_search.refresh(conn, item.case_id)
        vault.audit("evidence.updated", "evidence", item.id, code=item.code)
        updated = evidence_repo.get_item(conn, item.id)
    assert updated is not None
    return updated


# --- reading ----------------------------------------------------------------------------------

def get_evidence(vault: Vault, evidence: int | str) -> EvidenceItem:
    with vault.read() as conn:
        if isinstance(evidence, int) and not isinstance(evidence, bool):
            item = evidence_repo.get_item(conn, evidence)
        else:
            text = str(evidence).strip()
            item = (evidence_repo.get_item(conn, int(text)) if text.isdigit()
                    else evidence_repo.item_by_code(conn, text))
    if item is None:
        raise NotFound(N_("There is no evidence item {ref}."), ref=str(evidence)[:40])
    return item


def list_evidence(vault: Vault, case: CaseRef) -> list[EvidenceItem]:
    current = _case(vault, case)
    with vault.read() as conn:
        return evidence_repo.list_items(conn, current.id)


def custody_events(vault: Vault, evidence_id: int) -> list[CustodyEvent]:
    with vault.read() as conn:
        return evidence_repo.custody_events(conn, evidence_id)


def _content_stream(vault: Vault, item: EvidenceItem) -> BinaryIO | None:
    content_id = evidence_repo.content_id_of(vault.cases, item.id)
    if content_id is None:
        return None
    chunks = evidence_repo.iter_chunks(vault.evidence, content_id, vault.evidence_lock)
    return io.BufferedReader(ChunkStream(chunks), 1 << 20)


# --- stored content: the one way in and out for other areas --------------------------------

def open_content(vault: Vault, evidence_id: int) -> BinaryIO | None:
    """The stored content of an item as a stream (None when nothing is kept)."""
    return _content_stream(vault, get_evidence(vault, evidence_id))


def store_received_content(vault: Vault, source: BinaryIO, *, sha256: str) -> int:
    """Stream content (e.g. from a case bundle) into the store and return its content id,
    committed; it must hash to ``sha256`` or nothing is kept. The caller links it to an
    item, or removes it with :func:`remove_content` when that fails."""
    vault.require_writable()
    with vault.evidence_lock:
        sink = evidence_repo.ContentSink(vault.evidence, vault.evidence_lock)
    result = ingest_pipeline.ingest_stream(source, sink, commit=False)
    if result.sha256 != sha256:
        sink.abort()
        raise BadInput(N_("The content does not match its SHA-256; nothing was stored."))
    sink.finalise(result.sha256)
    sink.commit()
    return int(sink.content_id)


def remove_content(vault: Vault, content_ids: Iterable[int]) -> int:
    """Remove stored content for good (the items' records are the caller's business)."""
    vault.require_writable()
    return evidence_repo.delete_content(vault.evidence, vault.evidence_lock, list(content_ids))


def preview(vault: Vault, evidence: int | str, *, reveal: bool = False,
            max_size: int = 256) -> bytes | None:
    """A PNG preview made in memory, blurred unless ``reveal`` (an audited act)."""
    from caseapp.evidence.images import preview as make_preview

    item = get_evidence(vault, evidence)
    mime = item.mime or ""
    if not item.content_kept or not mime.startswith(("image/", "video/")):
        return None
    stream = (_seekable_content(vault, item) if mime.startswith("video/")
              else _content_stream(vault, item))
    if stream is None:
        return None
    try:
        source: bytes | BinaryIO = (_frame_png(stream, max_size) if mime.startswith("video/")
                                    else stream)
        data = make_preview(source, max_size=max_size, blurred=not reveal)
    except Exception as exc:  # a damaged image has no preview; the hashes still stand
        log.info("no preview for evidence %d: %s", item.id, type(exc).__name__)
        return None
    if reveal:
        with vault.write() as conn:
            evidence_repo.add_custody(conn, item.id, CustodyAction.REVEALED, _now(),
                                      vault.actor)
            vault.audit("evidence.revealed", "evidence", item.id, code=item.code)
    return data


def _seekable_content(vault: Vault, item: EvidenceItem) -> BinaryIO | None:
    content_id = evidence_repo.content_id_of(vault.cases, item.id)
    if content_id is None:
        return None
    with vault.evidence_lock:
        sizes = evidence_repo.chunk_sizes(vault.evidence, content_id)
    stream = SeekableChunks(sizes, lambda idx: evidence_repo.read_chunk(
        vault.evidence, content_id, idx, vault.evidence_lock))
    return io.BufferedReader(stream, 1 << 20)


def _frame_png(stream: BinaryIO, max_size: int) -> bytes:
    """One frame of a video, as a lossless in-memory PNG for the image preview path (which
    then blurs it exactly as it blurs a photo)."""
    from caseapp.evidence.video import still_frame

    image = still_frame(stream, max(max_size, 64))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def blurred_thumbnail(vault: Vault, evidence_id: int, max_size: int = 160) -> bytes | None:
    return preview(vault, evidence_id, reveal=False, max_size=max_size)


# --- verification -------------------------------------------------------------------------------

def verify_evidence(vault: Vault, case: CaseRef | None = None, *,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: CancelCheck = None,
                    evidence_ids: Iterable[int] | None = None) -> list[VerifyResult]:
    """Re-read stored content and compare its SHA-256 with the recorded one. A mismatch or an
    unreadable chunk is reported per item, never repaired. ``evidence_ids`` limits the check
    to those items (of ``case``, when given)."""
    case_id = None if case is None else _case(vault, case).id
    ids = evidence_repo.all_item_ids(vault.cases, case_id)
    if evidence_ids is not None:
        wanted = set(evidence_ids)
        ids = [i for i in ids if i in wanted]
    results: list[VerifyResult] = []
    for done, evidence_id in enumerate(ids, start=1):
        if _cancelled(cancel):
            raise Cancelled()
        item = evidence_repo.get_item(vault.cases, evidence_id)
        assert item is not None
        results.append(_verify_one(vault, item))
        if progress:
            progress(done, len(ids))
    with vault.write() as conn:
        for result in results:
            if result.checked:
                evidence_repo.add_custody(conn, result.evidence_id, CustodyAction.VERIFIED,
                                          _now(), vault.actor, {"ok": result.ok})
        vault.audit("evidence.verified", "case" if case_id else "store",
                    case_id or vault.store_id, items=len(results),
                    problems=sum(1 for r in results if not r.ok))
    return results


def _verify_one(vault: Vault, item: EvidenceItem) -> VerifyResult:
    content_id = evidence_repo.content_id_of(vault.cases, item.id)
    if content_id is None:
        return VerifyResult(item.id, item.code, ok=True, checked=False,
                            note=_no_content_note(vault, item))
    with vault.evidence_lock:
        info = evidence_repo.content_info(vault.evidence, content_id)
        if info is None or not info[3]:
            return VerifyResult(item.id, item.code, ok=False,
                                problem=N_("The stored content is missing."))
        digest = hashlib.sha256()
        size = 0
        try:
            for chunk in evidence_repo.iter_chunks(vault.evidence, content_id):
                digest.update(chunk)
                size += len(chunk)
        except Exception as exc:  # LookupError for a gap, DatabaseError for a bad page
            log.warning("evidence %d unreadable: %s", item.id, type(exc).__name__)
            return VerifyResult(item.id, item.code, ok=False,
                                problem=N_("The stored content cannot be read completely."))
    if digest.hexdigest() != item.sha256 or size != item.size:
        return VerifyResult(item.id, item.code, ok=False,
                            problem=N_("The stored content does not match its SHA-256."))
    return VerifyResult(item.id, item.code, ok=True)


def _no_content_note(vault: Vault, item: EvidenceItem) -> str | None:
    if not item.has_file:
        return None
    for event in reversed(evidence_repo.custody_events(vault.cases, item.id)):
        if event.action is CustodyAction.CONTENT_REMOVED:
            return N_("content removed when consent to keep copies was withdrawn; only the "
                      "hashes are kept")
    return N_("hashes only; the content was never kept")


def verification_problems(vault: Vault, *, cancel: CancelCheck = None) -> list[str]:
    """For ``verify``: one line per evidence item whose content does not check out."""
    lines = []
    for result in verify_evidence(vault, cancel=cancel):
        if not result.ok:
            lines.append(f"evidence {result.code}: {translate(result.problem or '')}")
    lines += audit_hash_problems(vault)
    orphans = orphan_content_ids(vault)
    if orphans:
        lines.append(f"evidence.db: {len(orphans)} stored content block(s) belong to no "
                     "evidence item (an interrupted save); 'caseapp-admin evidence sweep' "
                     "removes them")
    with vault.evidence_lock:
        strays = evidence_repo.stray_content_files(vault.evidence, _now() - ORPHAN_GRACE)
    if strays:
        lines.append(f"content: {len(strays)} encrypted file(s) belong to no stored content "
                     "(an interrupted save; their key was never kept); 'caseapp-admin "
                     "evidence sweep' removes them")
    return lines


def audit_hash_problems(vault: Vault) -> list[str]:
    """Every item's recorded SHA-256 and size against those in its ``evidence.added`` audit
    event (events written before the hash was recorded there carry none and are skipped).
    The chain's MACs make the event the witness the database row cannot be."""
    from caseapp.store import audit_repo

    recorded: dict[str, tuple[str, int | None]] = {}
    after = 0
    while True:
        with vault.read() as conn:
            batch = audit_repo.page(conn, after=after, limit=1000, action="evidence.added")
        if not batch:
            break
        for stored in batch:
            after = stored.event.seq
            try:  # sealed under the case's key since audit details are encrypted per case
                details = vault.readable_details(stored.event.details)
            except ValueError:
                continue
            if isinstance(details, dict) and isinstance(details.get("sha256"), str):
                recorded[stored.event.object_id] = (details["sha256"], details.get("size"))
    lines = []
    for evidence_id in evidence_repo.all_item_ids(vault.cases, None):
        witness = recorded.get(str(evidence_id))
        if witness is None:
            continue
        item = evidence_repo.get_item(vault.cases, evidence_id)
        if item is None:
            continue
        if item.sha256 != witness[0] or (witness[1] is not None and item.size != witness[1]):
            lines.append(f"evidence {item.code}: its SHA-256 or size differs from the one "
                         "recorded in the audit chain when it was added")
    return lines


# Content is committed a moment before its record; younger orphans may be a save still
# under way in another process (the GUI and caseapp-admin can share a store).
ORPHAN_GRACE = timedelta(minutes=10)


def orphan_content_ids(vault: Vault, *, grace: timedelta = ORPHAN_GRACE) -> set[int]:
    with vault.evidence_lock:
        stored = evidence_repo.all_content_ids(vault.evidence, _now() - grace)
    return stored - evidence_repo.referenced_content_ids(vault.cases)


def sweep_orphan_content(vault: Vault, *, grace: timedelta = ORPHAN_GRACE) -> int:
    """Remove content left by a save interrupted between the two databases."""
    if vault.damaged:
        return 0  # read-only: the orphans wait for a restored store
    orphans = orphan_content_ids(vault, grace=grace)
    removed = evidence_repo.delete_content(vault.evidence, vault.evidence_lock, orphans)
    with vault.evidence_lock:
        # files without a row: written by a save killed before its row committed
        strays = evidence_repo.remove_stray_files(
            evidence_repo.stray_content_files(vault.evidence, _now() - grace))
    if removed or strays:
        vault.audit("evidence.swept", "store", vault.store_id, blocks=removed, files=strays)
    return removed + strays


def link_account(vault: Vault, evidence: int | str,
                 account: int | AccountRef) -> case_service.SharedAccount:
    """Link an evidence item to a perpetrator account or channel (an existing one by id, or
    one named by platform and handle, found or created), so "this channel appears in N other
    cases" counts it. Returns the account with the other cases it appears in."""
    item = get_evidence(vault, evidence)
    if isinstance(account, bool) or not isinstance(account, int | AccountRef):
        raise BadInput(N_("Name the account by its number or by platform and handle."))
    now = datetime.now(UTC)
    with vault.write() as conn:
        if isinstance(account, AccountRef):
            account_id = case_repo.ensure_account(conn, account, now)
        else:
            if case_repo.get_account(conn, account) is None:
                raise NotFound(N_("There is no perpetrator account {id}."), id=account)
            account_id = account
        evidence_repo.link_account(conn, item.id, account_id)
        case_search.refresh_cases_of_account(conn, account_id)
        case_repo.touch(conn, item.case_id, now)
        found = case_repo.get_account(conn, account_id)
        assert found is not None
        number = case_repo.get_case(conn, item.case_id)
        vault.audit("evidence.account_linked", "evidence", item.code, account=account_id)
        others = tuple(n for n in case_repo.case_numbers_of_account(conn, account_id)
                       if number is None or n != number.number)
    return case_service.SharedAccount(found, others)


def accounts_of_item(vault: Vault, evidence: int | str) -> list[case_service.SharedAccount]:
    """The accounts an item is linked to, each with the other cases it appears in."""
    item = get_evidence(vault, evidence)
    with vault.read() as conn:
        case = case_repo.get_case(conn, item.case_id)
        found = []
        for account_id in evidence_repo.accounts_of_item(conn, item.id):
            account = case_repo.get_account(conn, account_id)
            if account is None:
                continue
            found.append(case_service.SharedAccount(account, tuple(
                n for n in case_repo.case_numbers_of_account(conn, account_id)
                if case is None or n != case.number)))
    return found


def translate_problem(result: VerifyResult, lang: str | None = None) -> str:
    return translate(result.problem, lang) if result.problem else ""
