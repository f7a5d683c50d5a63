"""The takedown section of the whole-case JSON export and import."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from caseapp.domain import fields
from caseapp.domain.takedowns import (
    Channel,
    ContentType,
    FollowUpPolicy,
    LinkKind,
    Recipient,
    RecipientDraft,
    RecipientKind,
    RequestedAction,
    TakedownRequest,
    TakedownStatus,
    TakedownTask,
    TargetKind,
    TaskKind,
)
from caseapp.errors import BadInput
from caseapp.i18n import N_
from caseapp.services import case_json
from caseapp.services.takedowns.recipients import _seed_directory
from caseapp.store import case_repo, takedown_repo
from caseapp.takedown import targets

log = logging.getLogger(__name__)



# --- case export / import section -------------------------------------------------------------
def _m(value: datetime | None) -> str | None:
    return None if value is None else fields.format_timestamp(value)


def _export(ctx: case_json.ExportContext, case_id: int) -> Any:
    out = []
    conn = ctx.conn
    by_id: dict[int, str] = {}
    for request in takedown_repo.requests_of_case(conn, case_id):
        by_id[request.id] = request.code
    for request in takedown_repo.requests_of_case(conn, case_id):
        recipient = takedown_repo.get_recipient(conn, request.recipient_id)
        assert recipient is not None
        evidence = [e.code for e in takedown_repo.evidence_refs(conn, request.evidence_ids)]
        out.append({
            "code": request.code, "seq": request.seq,
            "target_kind": request.target_kind.value, "target": request.target,
            "recipient": _export_recipient(recipient), "channel": request.channel.value,
            "status": request.status.value, "recipient_reference": request.recipient_reference,
            "content_type": request.content_type.value, "description": request.description,
            "keywords": request.keywords, "action": request.action.value, "note": request.note,
            "parent": None if request.parent_id is None else by_id.get(request.parent_id),
            "link": None if request.link is None else request.link.value,
            "root": by_id.get(request.root_id, request.code),
            "policy": {"check_after_hours": request.policy.check_after_hours,
                       "escalate_after_hours": request.policy.escalate_after_hours,
                       "recheck_days": list(request.policy.recheck_days)},
            "submitted_at": _m(request.submitted_at),
            "acknowledged_at": _m(request.acknowledged_at),
            "resolved_at": _m(request.resolved_at),
            "removal_verified_at": _m(request.removal_verified_at),
            "last_checked_at": _m(request.last_checked_at),
            "escalate_at": _m(request.escalate_at),
            "created_at": fields.format_timestamp(request.created_at),
            "created_by": request.created_by,
            "updated_at": fields.format_timestamp(request.updated_at),
            "evidence": evidence,
            "history": [{"old_status": None if e.old_status is None else e.old_status.value,
                         "new_status": e.new_status.value, "at": e.at.isoformat(),
                         "recorded_at": fields.format_timestamp(e.recorded_at),
                         "recorded_by": e.recorded_by, "reference": e.reference,
                         "note": e.note} for e in takedown_repo.events(conn, request.id)],
            "tasks": [{"kind": t.kind.value, "due_at": fields.format_timestamp(t.due_at),
                       "done_at": _m(t.done_at), "done_by": t.done_by, "outcome": t.outcome,
                       "note": t.note}
                      for t in takedown_repo.tasks_of(conn, request.id)],
        })
    return out


def _export_recipient(recipient: Recipient) -> dict[str, Any]:
    return {"key": recipient.key, "name": recipient.name, "kind": recipient.kind.value,
            "channel": recipient.channel.value, "web_form": recipient.web_form,
            "email": recipient.email, "postal_address": recipient.postal_address,
            "phone": recipient.phone, "guidance": recipient.guidance,
            "check_after_hours": recipient.policy.check_after_hours,
            "escalate_after_hours": recipient.policy.escalate_after_hours,
            "recheck_days": list(recipient.policy.recheck_days),
            "statutory": recipient.statutory}


def _opt_ts(o: case_json.JsonObject, key: str) -> datetime | None:
    if o.raw(key) is None:
        return None
    return o.timestamp(key)


def _import_recipient(ctx: case_json.ImportContext, data: Any, path: str) -> int:
    o = case_json.JsonObject(data, path)
    key = o.raw("key")
    if key is not None and not isinstance(key, str):
        case_json.fail(o.at("key"), N_("expected text or null, found {found}."), found="?")
    name = o.text("name")
    kind = o.choice("kind", RecipientKind)
    channel = o.choice("channel", Channel)
    values = {k: o.text(k, long=k in ("postal_address", "guidance"))
              for k in ("web_form", "email", "postal_address", "phone", "guidance")}
    check_h = o.integer("check_after_hours")
    escalate_h = o.integer("escalate_after_hours")
    days = [d for d, _ in o.items("recheck_days")]
    statutory = o.boolean("statutory")
    o.done()
    if key is not None:
        found = takedown_repo.recipient_by_key(ctx.conn, key)
        if found is not None:
            return found.id
    found = takedown_repo.recipient_by_name(ctx.conn, name)
    if found is not None:
        return found.id
    draft = _build(path, lambda: RecipientDraft(
        name, kind, channel, values["web_form"], values["email"], values["postal_address"],
        values["phone"], values["guidance"],
        FollowUpPolicy(check_h, escalate_h, tuple(days)), statutory))  # type: ignore[arg-type]
    return takedown_repo.insert_recipient(ctx.conn, None, draft, True, ctx.now).id


def _build(path: str, make: Any) -> Any:
    try:
        return make()
    except BadInput as exc:
        case_json.fail(path, exc)


def _import(ctx: case_json.ImportContext, case_id: int, data: Any, path: str) -> None:
    if data is None:
        return
    if not isinstance(data, list):
        case_json.fail(path, N_("expected a list […], found {found}."), found="?")
    _seed_directory(ctx.vault, ctx.conn)
    case = case_repo.get_case(ctx.conn, case_id)
    assert case is not None
    ids: dict[str, int] = {}
    roots: dict[str, str] = {}
    for index, item in enumerate(data):
        where = f"{path}[{index}]"
        o = case_json.JsonObject(item, where)
        seq = o.integer("seq")
        code = o.text("code")
        if seq is None or seq < 1 or code != takedown_repo.request_code(case.number, seq) \
                or code in ids:
            case_json.fail(o.at("code"), N_("expected a unique request code of this case like "
                                          "{example}."),
                         example=takedown_repo.request_code(case.number, 1))
        target_kind = o.choice("target_kind", TargetKind)
        raw_target = o.text("target")
        try:
            target, platform = targets.check_target(target_kind, raw_target)
        except BadInput as exc:
            case_json.fail(o.at("target"), exc)
        recipient_id = _import_recipient(ctx, o.raw("recipient"), o.at("recipient"))
        recipient = takedown_repo.get_recipient(ctx.conn, recipient_id)
        assert recipient is not None
        parent_code = o.raw("parent")
        root_code = o.text("root")
        link = o.optional_choice("link", LinkKind)
        if parent_code is not None and parent_code not in ids:
            case_json.fail(o.at("parent"), N_("'{ref}' does not name an earlier request of this "
                                            "case."), ref=str(parent_code)[:40])
        if (parent_code is None) != (link is None):
            case_json.fail(o.at("link"), N_("a link kind goes with a parent request, and only "
                                          "with one."))
        if root_code != code and root_code not in ids:
            case_json.fail(o.at("root"), N_("'{ref}' does not name an earlier request of this "
                                          "case."), ref=root_code[:40])
        policy_obj = case_json.JsonObject(o.raw("policy"), o.at("policy"))
        policy = _build(o.at("policy"), lambda p=policy_obj: FollowUpPolicy(
            p.integer("check_after_hours"), p.integer("escalate_after_hours"),
            tuple(d for d, _ in p.items("recheck_days"))))
        policy_obj.done()
        evidence_ids = []
        for ref, ref_path in o.items("evidence"):
            found = takedown_repo.evidence_by_code(ctx.conn, ref) if isinstance(ref, str) \
                else None
            if found is not None and found.case_id == case_id:
                evidence_ids.append(found.id)
            else:
                case_json.fail(ref_path, N_("'{ref}' does not name an evidence item of this "
                                            "case in the file."), ref=str(ref)[:60])
        created_at = o.timestamp("created_at")
        updated_at = o.timestamp("updated_at")
        request = TakedownRequest(
            id=0, case_id=case_id, case_number=case.number, seq=seq, code=code,
            target_kind=target_kind, target=target, platform=platform,
            recipient_id=recipient_id, recipient_name=recipient.name,
            recipient_kind=recipient.kind, channel=o.choice("channel", Channel),
            status=o.choice("status", TakedownStatus),
            recipient_reference=o.text("recipient_reference"),
            content_type=o.choice("content_type", ContentType),
            description=o.text("description", long=True),
            keywords=o.text("keywords", long=True), action=o.choice("action", RequestedAction),
            note=o.text("note", long=True),
            parent_id=None if parent_code is None else ids[parent_code], link=link,
            root_id=0 if root_code == code else ids[root_code], policy=policy,
            submitted_at=_opt_ts(o, "submitted_at"),
            acknowledged_at=_opt_ts(o, "acknowledged_at"), resolved_at=_opt_ts(o, "resolved_at"),
            removal_verified_at=_opt_ts(o, "removal_verified_at"),
            last_checked_at=_opt_ts(o, "last_checked_at"), escalate_at=_opt_ts(o, "escalate_at"),
            created_at=created_at, created_by=o.text("created_by"), updated_at=updated_at,
            evidence_ids=tuple(sorted(set(evidence_ids))))
        new_id = takedown_repo.insert_request(ctx.conn, request)
        ids[code] = new_id
        roots[code] = root_code
        for event, event_path in o.items("history"):
            e = case_json.JsonObject(event, event_path)
            old = e.optional_choice("old_status", TakedownStatus)
            new = e.choice("new_status", TakedownStatus)
            at = e.moment("at")
            if not isinstance(at, datetime):
                case_json.fail(e.at("at"), N_("expected a date and time with offset."))
            recorded_at = e.timestamp("recorded_at")
            takedown_repo.add_event(ctx.conn, new_id, old, new, at, recorded_at,
                                    e.text("recorded_by"), e.text("reference"),
                                    e.text("note", long=True))
            e.done()
        for task_item, task_path in o.items("tasks"):
            t = case_json.JsonObject(task_item, task_path)
            task = TakedownTask(0, new_id, t.choice("kind", TaskKind), t.timestamp("due_at"),
                                _opt_ts(t, "done_at"), t.text("done_by"), t.text("outcome"),
                                t.text("note", long=True, required=False))
            takedown_repo.insert_task_row(ctx.conn, new_id, case_id, task)
            t.done()
        o.done()


SECTION = case_json.Section("takedowns", _export, _import)

