"""The ``evidence`` section of the case JSON format: every item's metadata, hashes, custody
events and account links travel with their case. Content bytes are not in a JSON file (an
imported item records that its content was not in the file); a case bundle carries them
beside the document, and its import links each stored content to its item."""

from __future__ import annotations

import json
from typing import Any

from caseapp.domain import fields
from caseapp.domain.consent import ConsentScope
from caseapp.domain.evidence import (
    CustodyAction,
    EvidenceDraft,
    EvidenceKind,
    ExifFacts,
    PackedFrames,
)
from caseapp.domain.platforms import Platform
from caseapp.errors import BadInput
from caseapp.evidence.matching import PDQ_MIN_QUALITY
from caseapp.evidence.pdq import normalise_pdq_hex
from caseapp.evidence.video import MAX_HASHED_FRAMES
from caseapp.evidence.video_matching import pack_frames, unpack_frames
from caseapp.i18n import N_
from caseapp.services import case_json, hash_lists
from caseapp.store import case_repo, evidence_repo


def _export(ctx: case_json.ExportContext, case_id: int) -> Any:
    out: list[dict[str, Any]] = []
    for item in evidence_repo.list_items(ctx.conn, case_id):
        out.append({
            "code": item.code, "kind": item.kind.value,
            "platform": item.platform.value if item.platform else None, "url": item.url,
            "channel_name": item.channel_name, "channel_id": item.channel_id,
            "message_id": item.message_id, "poster_account": item.poster_account,
            "captured_at": fields.format_moment(item.captured_at) if item.captured_at else None,
            "captured_tz": item.captured_tz, "captured_by": item.captured_by,
            "description": item.description, "original_filename": item.original_filename,
            "size": item.size, "mime": item.mime, "sha256": item.sha256, "md5": item.md5,
            "pdq_hex": item.pdq_hex, "pdq_quality": item.pdq_quality, "width": item.width,
            "height": item.height, "duration_seconds": item.duration_seconds,
            "exif": None if item.exif is None else {
                "camera": item.exif.camera, "taken_at": item.exif.taken_at,
                "software": item.exif.software, "has_gps": item.exif.has_gps},
            "warnings": list(item.warnings),
            "content_kept": item.content_kept,
            "created_at": fields.format_timestamp(item.created_at),
            "created_by": item.created_by,
            "accounts": [ctx.account_ref(a) for a in
                         evidence_repo.accounts_of_item(ctx.conn, item.id)],
            "custody": [{"action": e.action.value, "at": fields.format_timestamp(e.at),
                         "actor": e.actor, "details": e.details}
                        for e in evidence_repo.custody_events(ctx.conn, item.id)],
        })
        frames = evidence_repo.video_frames_of(ctx.conn, item.id) if item.video_frames else None
        if frames is not None:
            out[-1]["video_frames"] = [{"seconds": t, "pdq": h, "quality": q}
                                       for t, h, q in unpack_frames(frames)]
    if any(i["content_kept"] for i in out) and not ctx.with_content:
        ctx.warn(N_("Evidence files are not in a JSON export (only their hashes and "
                    "metadata); use a backup or an evidence package for the files."))
    return out


def _optional_int(o: case_json.JsonObject, key: str) -> int | None:
    return o.integer(key, optional=True)


def _import(ctx: case_json.ImportContext, case_id: int, data: Any, path: str) -> None:
    if data is None:
        return
    if not isinstance(data, list):
        case_json.fail(path, N_("expected a list […], found {found}."), found="?")
    case = case_repo.get_case(ctx.conn, case_id)
    assert case is not None
    seen: set[int] = set()
    for index, raw in enumerate(data):
        o = case_json.JsonObject(raw, f"{path}[{index}]")
        code = o.text("code")
        prefix = f"E-{case.number}-"
        tail = code[len(prefix):] if code.startswith(prefix) else ""
        if not tail.isdigit() or int(tail) < 1 or int(tail) in seen:
            case_json.fail(o.at("code"), N_("expected a unique evidence code of this case like "
                                          "{example}."), example=f"{prefix}001")
        seq = int(tail)
        seen.add(seq)
        try:
            draft = EvidenceDraft(
                kind=o.choice("kind", EvidenceKind),
                platform=o.optional_choice("platform", Platform), url=o.optional_text("url"),
                channel_name=o.optional_text("channel_name"),
                channel_id=o.optional_text("channel_id"),
                message_id=o.optional_text("message_id"),
                poster_account=o.optional_text("poster_account"),
                captured_at=o.moment("captured_at", optional=True),
                captured_tz=o.text("captured_tz"), captured_by=o.text("captured_by"),
                description=o.text("description", long=True))
        except BadInput as exc:
            case_json.fail(o.path, exc)
        sha256 = o.optional_text("sha256")
        md5 = o.optional_text("md5")
        for key, value, length in (("sha256", sha256, 64), ("md5", md5, 32)):
            if value is not None and (len(value) != length or
                                      any(c not in "0123456789abcdef" for c in value)):
                case_json.fail(o.at(key), N_("expected {length} lower-case hex digits."),
                             length=length)
        pdq_hex = o.optional_text("pdq_hex")
        if pdq_hex is not None:
            try:
                pdq_hex = normalise_pdq_hex(pdq_hex)
            except (ValueError, BadInput):
                case_json.fail(o.at("pdq_hex"), N_("expected 64 hex digits."))
        exif_raw = o.raw("exif")
        exif = None
        if exif_raw is not None:
            e = case_json.JsonObject(exif_raw, o.at("exif"))
            exif = ExifFacts(camera=e.optional_text("camera"),
                             taken_at=e.optional_text("taken_at"),
                             software=e.optional_text("software"), has_gps=e.boolean("has_gps"))
            e.done()
        warnings = [w for w, _ in o.items("warnings")]
        if not all(isinstance(w, str) for w in warnings):
            case_json.fail(o.at("warnings"), N_("expected a list of warning codes."))
        duration = o.raw("duration_seconds")
        if duration is not None and not isinstance(duration, int | float):
            case_json.fail(o.at("duration_seconds"), N_("expected a number or null."))
        had_content = o.boolean("content_kept")
        pdq_quality = _optional_int(o, "pdq_quality")
        content_id = _bundled_content(ctx, case_id, case.number, code, o.at("code"))
        evidence_id = evidence_repo.insert_item(
            ctx.conn, case_id=case_id, seq=seq, code=code, draft=draft,
            original_filename=o.optional_text("original_filename"),
            size=_optional_int(o, "size"), mime=o.optional_text("mime"), sha256=sha256,
            md5=md5, pdq_hex=pdq_hex, pdq_quality=pdq_quality,
            width=_optional_int(o, "width"), height=_optional_int(o, "height"),
            duration_seconds=duration, exif=exif, warnings=warnings, content_id=content_id,
            content_kept=content_id is not None, created_at=o.timestamp("created_at"),
            created_by=o.text("created_by"))
        usable = (pdq_hex if pdq_hex and pdq_quality is not None
                  and pdq_quality >= PDQ_MIN_QUALITY else None)
        if usable:
            evidence_repo.add_pdq(ctx.conn, evidence_id, usable)
        if sha256:
            hash_lists.check_new_item(ctx.conn, ctx.vault, evidence_id, sha256=sha256, md5=md5,
                                      dihedral=(usable,) if usable else ())
        frames = _video_frames(o)
        if frames is not None and frames.count:
            evidence_repo.add_video_frames(ctx.conn, evidence_id, frames)
        for ref, ref_path in o.items("accounts"):
            evidence_repo.link_account(ctx.conn, evidence_id, ctx.account_id(ref, ref_path))
        for event, event_path in o.items("custody"):
            c = case_json.JsonObject(event, event_path)
            details = c.raw("details")
            if not isinstance(details, dict):
                case_json.fail(c.at("details"), N_("expected an object {{…}}, found {found}."),
                             found="?")
            json.dumps(details)
            evidence_repo.add_custody(ctx.conn, evidence_id, c.choice("action", CustodyAction),
                                      c.timestamp("at"), c.text("actor"), details)
            c.done()
        if content_id is not None:
            evidence_repo.add_custody(ctx.conn, evidence_id, CustodyAction.RECEIVED, ctx.now,
                                      ctx.vault.actor, {"bundle": ctx.source, "sha256": sha256,
                                                        "checked": "sha256"})
        elif had_content:
            evidence_repo.add_custody(ctx.conn, evidence_id, CustodyAction.CONTENT_DISCARDED,
                                      ctx.now, ctx.vault.actor,
                                      {"reason": "imported from JSON; the file was not in it"})
        o.done()


def _video_frames(o: case_json.JsonObject) -> PackedFrames | None:
    """The optional ``video_frames`` list (vPDQ frame hashes), checked entry by entry."""
    if o.raw("video_frames", required=False) is None:
        return None
    bad = N_("expected a frame hash: seconds (0 or more), a PDQ of 64 hex digits and a "
             "quality from 0 to 100.")
    found: list[tuple[float, str, int]] = []
    for raw, at in o.items("video_frames", required=False):
        if len(found) >= MAX_HASHED_FRAMES or not isinstance(raw, dict):
            case_json.fail(at, bad)
        seconds, pdq, quality = raw.get("seconds"), raw.get("pdq"), raw.get("quality")
        try:
            if (set(raw) != {"seconds", "pdq", "quality"} or isinstance(seconds, bool)
                    or not isinstance(seconds, int | float) or not 0 <= seconds < 1e7
                    or isinstance(quality, bool) or not isinstance(quality, int)
                    or not 0 <= quality <= 100 or not isinstance(pdq, str)):
                raise ValueError
            found.append((float(seconds), normalise_pdq_hex(pdq), quality))
        except (ValueError, BadInput):
            case_json.fail(at, bad)
    return pack_frames(found)


def _bundled_content(ctx: case_json.ImportContext, case_id: int, number: str, code: str,
                     path: str) -> int | None:
    """The stored content a bundle brought for this item; it is kept only under the case's
    (imported) consent to keep copies, which the sender also required."""
    if ctx.bundle_content is None or code not in ctx.bundle_content:
        return None
    record = case_repo.latest_consent(ctx.conn, case_id, ConsentScope.COPIES)
    if record is None or not record.granted:
        case_json.fail(path, N_("the bundle carries this item's file, but the case has no "
                                "consent to keep copies."))
    ctx.content_used[number] = ctx.content_used.get(number, 0) + 1
    return ctx.bundle_content[code]


SECTION = case_json.Section("evidence", _export, _import)
