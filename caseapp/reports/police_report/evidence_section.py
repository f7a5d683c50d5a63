"""Section 7, the evidence: a table of every item with its full hashes, then a detail block
per item (EXIF summary, custody, thumbnail when consent allows)."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseapp.domain.evidence import CustodyAction, CustodyEvent, EvidenceItem, EvidenceKind
from caseapp.domain.hash_lists import HashListMatch, MatchMethod
from caseapp.evidence.matching import usable_for_matching
from caseapp.evidence.pdq import Dihedral
from caseapp.evidence.warning_codes import EvidenceWarning
from caseapp.reports import toolkit
from caseapp.reports.police_report.data import EvidenceEntry
from caseapp.reports.police_report.wording import (
    BY,
    CAMERA,
    CAMERA_CLOCK,
    CHANNEL_ID,
    CHAT_EXPORT,
    CHAT_LINE,
    CHAT_MESSAGE,
    COL_CAPTURED,
    COL_ITEM,
    COL_WHERE,
    CUSTODY_LABEL,
    DURATION,
    EVIDENCE_DETAILS,
    EVIDENCE_INTRO,
    EVIDENCE_INTRO_HASH_ONLY,
    EVIDENCE_NONE,
    GPS_WARNING,
    HASH_DIFFERS,
    HASH_LISTS_SUMMARY,
    HASH_MATCHES,
    HASH_ONLY_MARK,
    MESSAGE,
    NO_CUSTODY,
    NO_DESCRIPTION,
    NO_FILE,
    NOT_KEPT,
    ON_HASH_LIST,
    ON_HASH_LIST_PDQ,
    PACKAGE,
    PDQ,
    PIXELS,
    POSTER,
    ROOM,
    SECTION_EVIDENCE,
    SOFTWARE,
    TAKEN,
    THUMBNAIL_NOTE,
    VIDEO_PDQ,
)
from caseapp.reports.police_report.writer import _Writer
from caseapp.reports.toolkit import (
    CONTENT_WIDTH,
    MARKING_COLOUR,
    MUTED_COLOUR,
    escape,
    mono,
    mono_hashes,
    paragraph,
)

log = logging.getLogger(__name__)


THUMBNAIL_SIZE = 28 * mm
_MUTED_HEX = "#" + MUTED_COLOUR.hexval()[2:]
_WARNING_HEX = "#" + MARKING_COLOUR.hexval()[2:]


def _evidence_columns() -> list[float]:
    item_w, captured_w = 36 * mm, 50 * mm  # a time with its offset on one line
    return [item_w, CONTENT_WIDTH - item_w - captured_w, captured_w]


def _hashes_cell(w: _Writer, item: EvidenceItem) -> Paragraph:
    """The row under an item, as wide as the table: SHA-256 and MD5 in the monospace face,
    each on one line (copied whole, found by any hash search), or why there is none."""
    if not item.sha256:
        return w.text(w.tr(NO_FILE), w.cell_muted, prose=False)
    markup = f'<font color="{_MUTED_HEX}">SHA-256</font> {mono(item.sha256.lower())}'
    if item.md5:
        markup += (f'&nbsp;&nbsp;&nbsp; <font color="{_MUTED_HEX}">MD5</font> '
                   f"{mono(item.md5.lower())}")
    return Paragraph(markup, w.hash_row)


def _evidence_rows(w: _Writer, item: EvidenceItem) -> tuple[list[toolkit.Cell], Paragraph]:
    kind = item.kind.label(w.lang)
    if item.platform is not None:
        kind = f"{kind} · {item.platform.label(w.lang)}"
    first: list[tuple[str | None, str]] = [(None, item.code), (None, kind)]
    if item.original_filename:
        first.append((None, item.original_filename))
    if item.size is not None:
        first.append((None, w.size(item.size)))
    item_cell: list[Flowable] = [w.lines(first, w.s.cell)]
    if item.hash_only:
        item_cell.append(Paragraph(f"<b>{escape(w.tr(HASH_ONLY_MARK))}</b>", w.hash_only_mark))
    where: list[Flowable] = []
    if item.url:
        where.append(toolkit.url_paragraph(item.url, w.s.cell))
    rest: list[tuple[str | None, str]] = []
    if item.channel_name or item.channel_id:
        room = item.channel_name or ""
        if item.channel_id:
            room = f"{room} ({w.tr(CHANNEL_ID, id=item.channel_id)})".strip()
        rest.append((w.tr(ROOM), room))
    if item.message_id:
        rest.append((w.tr(MESSAGE), item.message_id))
    if item.poster_account:
        rest.append((w.tr(POSTER), item.poster_account))
    if rest:
        where.append(w.lines(rest, w.s.cell))
    captured = w.when(item.captured_at, item.captured_tz)
    if item.captured_by:
        captured += "\n" + w.tr(BY, name=item.captured_by)
    return ([item_cell, where or "—", w.cell(captured)], _hashes_cell(w, item))


def _camera_time(w: _Writer, raw: str) -> str:
    """EXIF's ``2026:03:10 14:22:01`` in the document's date format; the camera's clock has
    no zone, so the time is shown as the camera gave it and says so."""
    try:
        taken = datetime.strptime(raw.strip()[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return raw
    return w.tr(CAMERA_CLOCK, time=f"{w.date(taken.date())} {taken:%H:%M:%S}")


def _exif_line(w: _Writer, item: EvidenceItem) -> str:
    parts = []
    if item.mime:
        parts.append(item.mime)
    if item.width and item.height:
        parts.append(w.tr(PIXELS, width=item.width, height=item.height))
    if item.duration_seconds:
        parts.append(w.tr(DURATION, seconds=f"{item.duration_seconds:.1f}"))
    exif = item.exif
    if exif is not None:
        if exif.camera:
            parts.append(w.tr(CAMERA, value=exif.camera))
        if exif.software:
            parts.append(w.tr(SOFTWARE, value=exif.software))
        if exif.taken_at:
            parts.append(w.tr(TAKEN, value=_camera_time(w, exif.taken_at)))
    if item.pdq_hex and item.pdq_quality is not None and usable_for_matching(item.pdq_quality):
        parts.append(w.tr(PDQ, hash=item.pdq_hex, quality=item.pdq_quality))
    if item.video_frames:
        parts.append(w.tr(VIDEO_PDQ, frames=item.video_frames))
    return " · ".join(parts)


def _custody_detail(w: _Writer, event: CustodyEvent) -> str:
    """What the event's details mean to an officer; hashes (already in the table) and
    anything about GPS are left out, unknown details are shown as they are."""
    details = dict(event.details)
    shown: list[str] = []
    if event.action is CustodyAction.VERIFIED and isinstance(details.get("ok"), bool):
        shown.append(w.tr(HASH_MATCHES if details.pop("ok") else HASH_DIFFERS))
    if event.action is CustodyAction.ACQUIRED and details.get("from") == "chat_export":
        details.pop("from")  # an imported chat message: the export it came from, hashed
        digest = str(details.pop("export_sha256", ""))
        shown.append(w.tr(CHAT_EXPORT, name=str(details.pop("export", "")), sha256=digest))
        details.pop("export_format", None)
        if "message" in details:
            shown.append(w.tr(CHAT_MESSAGE, id=str(details.pop("message"))))
        if "line" in details:
            shown.append(w.tr(CHAT_LINE, line=str(details.pop("line"))))
    if event.action is CustodyAction.ACQUIRED and isinstance(details.get("from"), str):
        source = details.pop("from")
        try:
            shown.append(EvidenceKind(source).label(w.lang))
        except ValueError:
            shown.append(source)
    if event.action is CustodyAction.CONTENT_DISCARDED:
        details.pop("reason", None)  # the action's label says why
    if event.action is CustodyAction.EXPORTED and isinstance(details.get("package"), str):
        shown.append(w.tr(PACKAGE, name=details.pop("package")))
    shown += [f"{k}: {v}" for k, v in sorted(details.items())
              if isinstance(v, str | int | float) and not isinstance(v, bool)
              and k.lower() not in _CUSTODY_SKIPPED and "gps" not in k.lower()]
    return ", ".join(shown)


def _custody_lines(w: _Writer, events: Sequence[CustodyEvent]) -> list[str]:
    lines = []
    for event in events:
        line = f"{w.app_time(event.at)} — {event.action.label(w.lang)} — {event.actor}"
        details = _custody_detail(w, event)
        if details:
            line += f" ({details})"
        lines.append(line)
    return lines


# hashes are in the evidence table already; GPS keys never reach a report
_CUSTODY_SKIPPED = frozenset({"sha256", "md5", "pdq", "pdq_hex"})
# warnings about the centre's own matching are not the officer's concern
_WARNINGS_LEFT_OUT = frozenset({EvidenceWarning.GPS_PRESENT.value,
                                EvidenceWarning.PDQ_LOW_QUALITY.value})


def _has_gps(item: EvidenceItem) -> bool:
    return (EvidenceWarning.GPS_PRESENT.value in item.warnings
            or (item.exif is not None and item.exif.has_gps))


def _evidence_detail(w: _Writer, entry: EvidenceEntry) -> list[Flowable]:
    """One item's block: its code, description, file facts, warnings (GPS: that it is
    there, never where) and chain of custody, as a single paragraph (cheap for 500 items)."""
    item = entry.item
    title = f"{item.code} · {item.kind.label(w.lang)}"
    muted: list[str] = []
    facts = _exif_line(w, item)
    if facts:
        muted.append(facts)
    if item.hash_only:  # kept is the rule, said in the intro
        muted.append(w.tr(NOT_KEPT))
    warnings = [_list_match_line(w, m) for m in entry.list_matches]
    if _has_gps(item):
        warnings.append(w.tr(GPS_WARNING))
    for code in item.warnings:
        if code in _WARNINGS_LEFT_OUT:
            continue
        try:
            warnings.append(EvidenceWarning(code).message(w.lang))
        except ValueError:
            warnings.append(code)
    custody = _custody_lines(w, entry.custody) or [w.tr(NO_CUSTODY)]
    meta = ""
    if muted:
        meta += f'<font color="{_MUTED_HEX}">{mono_hashes(escape(chr(10).join(muted)))}</font><br/>'
    if warnings:
        meta += f'<font color="{_WARNING_HEX}">{escape(chr(10).join(warnings))}</font><br/>'
    meta += (f"<b>{escape(w.tr(CUSTODY_LABEL))}</b> "
             f'<font color="{_MUTED_HEX}">{mono_hashes(escape(chr(10).join(custody)))}</font>')
    description = (w.text(item.description, w.s.small) if item.description.strip()
                   else w.cell(w.tr(NO_DESCRIPTION), w.s.muted))
    block: list[Flowable] = [
        Paragraph(f"<b>{escape(title)}</b>", w.style_for(w.detail, title, prose=False)),
        description,
        Paragraph(meta, w.style_for(w.s.small, "", prose=False)),
    ]
    if w.data.include_thumbnails and entry.thumbnail:
        image = _thumbnail(entry.thumbnail)
        if image is not None:
            side = Table([[[image, w.text(w.tr(THUMBNAIL_NOTE), w.s.muted)], block]],
                         colWidths=[THUMBNAIL_SIZE + 4 * mm,
                                    CONTENT_WIDTH - THUMBNAIL_SIZE - 4 * mm], hAlign="LEFT")
            side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 7),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            return [side]
    # a block is a few lines: it moves to the next page whole rather than split
    return [KeepTogether(block)]


def _list_match_line(w: _Writer, match: HashListMatch) -> str:
    if match.method is MatchMethod.PDQ:
        try:
            transform = Dihedral(match.transform).label(w.lang)
        except ValueError:
            transform = match.transform
        return w.tr(ON_HASH_LIST_PDQ, source=match.source, label=match.list_label,
                    distance=match.distance, transform=transform)
    return w.tr(ON_HASH_LIST, source=match.source, label=match.list_label,
                method=match.method.label(w.lang))


def _thumbnail(png: bytes) -> Image | None:
    """The blurred preview from memory (reportlab reads the bytes; nothing touches disk)."""
    try:
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(png)) as probe:
            width, height = probe.size
    except Exception:
        log.info("evidence thumbnail could not be read; left out")
        return None
    if width <= 0 or height <= 0:
        return None
    scale = THUMBNAIL_SIZE / max(width, height)
    image = Image(io.BytesIO(png), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _evidence(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    out: list[Flowable] = [w.heading(SECTION_EVIDENCE)]
    if not d.evidence:
        return [*out, paragraph(w.tr(EVIDENCE_NONE), s.muted)]
    hash_only = [e.item.code for e in d.evidence if e.item.hash_only]
    if hash_only:
        out.append(paragraph(w.tr(EVIDENCE_INTRO_HASH_ONLY, count=len(d.evidence),
                                  hash_only=len(hash_only), mark=w.tr(HASH_ONLY_MARK)),
                             s.muted))
    else:
        out.append(paragraph(w.tr(EVIDENCE_INTRO, count=len(d.evidence)), s.muted))
    out.append(Spacer(1, 2 * mm))
    rows = []
    for n, entry in enumerate(d.evidence):
        if n % 50 == 0:
            w.check()
        rows.append(_evidence_rows(w, entry.item))
    out.append(toolkit.paired_table([w.tr(h) for h in (COL_ITEM, COL_WHERE, COL_CAPTURED)],
                                    rows, _evidence_columns(), styles=s))
    listed = [e for e in d.evidence if e.list_matches]
    if listed:
        sources = sorted({m.source for e in listed for m in e.list_matches})
        out.append(Spacer(1, 2 * mm))
        out.append(paragraph(w.tr(HASH_LISTS_SUMMARY, count=len(listed),
                                  sources=", ".join(sources)), s.body))
    out.append(CondPageBreak(40 * mm))
    out.append(paragraph(w.tr(EVIDENCE_DETAILS), s.heading))
    for n, entry in enumerate(d.evidence):
        if n % 50 == 0:
            w.check()
        out.extend(_evidence_detail(w, entry))
    return out


