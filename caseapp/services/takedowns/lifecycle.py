"""Moving requests through their lifecycle: status changes with dated, attributed history,
removal checks, follow-up dates and re-check tasks."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from caseapp.domain import fields
from caseapp.domain.takedowns import (
    FollowUpPolicy,
    TakedownRequest,
    TakedownStatus,
    TakedownTask,
    TaskKind,
)
from caseapp.errors import BadInput, NotAllowed, NotFound
from caseapp.i18n import N_
from caseapp.services import cases as cases_service
from caseapp.services.takedowns.escalation import _reupload
from caseapp.services.takedowns.refs import FOLLOW_UP_TASKS, RecipientRef, RequestRef, _now
from caseapp.services.takedowns.requests import (
    _reference,
    _request,
    _require_takedown_consent,
    _when,
)
from caseapp.store import case_repo, takedown_repo
from caseapp.store.connection import Connection
from caseapp.store.vault import Vault
from caseapp.takedown import deadlines, lifecycle

log = logging.getLogger(__name__)



# --- the lifecycle ----------------------------------------------------------------------------
def _apply(vault: Vault, conn: Connection, current: TakedownRequest,
           change: lifecycle.StatusChange, now: datetime, close: Sequence[TaskKind],
           outcome: str) -> TakedownRequest:
    takedown_repo.update_request(conn, change.request)
    takedown_repo.close_tasks(conn, current.id, close, now, vault.actor, outcome)
    for kind, due in change.tasks:
        takedown_repo.add_task(conn, current.id, current.case_id, kind, due)
    case_repo.touch(conn, current.case_id, now)
    updated = takedown_repo.get_request(conn, current.id)
    assert updated is not None
    return updated


def set_status(vault: Vault, ref: RequestRef, status: TakedownStatus | str, *,
               at: object = None, reference: str | None = None,
               verified_at: object = None, note: str = "") -> TakedownRequest:
    """Move a request along draft → submitted → acknowledged → removed / rejected / no
    response, or withdraw it. ``at`` is when it happened (default now; a date means the
    start of that day here). ``reference`` records the recipient's reference number.
    ``verified_at`` (removals only) is when someone confirmed the material is gone; without
    it a "verify the removal" task is queued. Submitting needs takedown consent."""
    target = fields.choice(TakedownStatus, status, N_("Status"))
    now = _now()
    when = _when(at, N_("Time"), now)
    verified = None if verified_at is None else lifecycle.parse_when(
        verified_at, N_("Verified at"), now=now)
    ref_text = None if reference is None else _reference(reference)
    note_text = fields.long_text(note, N_("Note"))
    with vault.write() as conn:
        current = _request(conn, ref)
        if target is TakedownStatus.SUBMITTED:
            _require_takedown_consent(vault, cases_service.get_case(vault, current.case_id))
        change = lifecycle.change_status(
            current, target, when, last_event_at=takedown_repo.last_event_at(conn, current.id),
            now=now, verified_at=verified, reference=ref_text)
        updated = _apply(vault, conn, current, change, now, FOLLOW_UP_TASKS,
                         f"status:{target.value}")
        takedown_repo.add_event(conn, current.id, current.status, target, when, now,
                                vault.actor, ref_text or "", note_text)
        vault.audit("takedown.status_changed", "takedown", current.code,
                    case=current.case_number, old=current.status.value, new=target.value,
                    at=when.isoformat(), reference=ref_text is not None,
                    verified=verified is not None)
    log.info("takedown request id=%s: %s -> %s", current.id, current.status.value, target.value)
    return updated


def submit(vault: Vault, ref: RequestRef, *, at: object = None,
           reference: str | None = None) -> TakedownRequest:
    return set_status(vault, ref, TakedownStatus.SUBMITTED, at=at, reference=reference)


def verify_removal(vault: Vault, ref: RequestRef, at: object = None) -> TakedownRequest:
    """Record when the removal was confirmed; re-check tasks follow from that date."""
    now = _now()
    when = _when(at, N_("Verified at"), now)
    with vault.write() as conn:
        current = _request(conn, ref)
        change = lifecycle.verify_removal(current, when, now=now)
        updated = _apply(vault, conn, current, change, now,
                         (TaskKind.VERIFY_REMOVAL, TaskKind.RECHECK), "verified")
        vault.audit("takedown.removal_verified", "takedown", current.code,
                    case=current.case_number, at=when.isoformat())
    return updated


def record_check(vault: Vault, ref: RequestRef, at: object = None,
                 note: str = "") -> TakedownRequest:
    """The counsellor looked and the material is still there: the next follow-up is
    planned from this check."""
    now = _now()
    when = _when(at, N_("Checked at"), now)
    note_text = fields.long_text(note, N_("Note"))
    with vault.write() as conn:
        current = _request(conn, ref)
        change = lifecycle.record_check(current, when, now=now)
        updated = _apply(vault, conn, current, change, now,
                         (TaskKind.CHECK, TaskKind.ESCALATE), "checked")
        vault.audit("takedown.checked", "takedown", current.code, case=current.case_number,
                    at=when.isoformat(), note=bool(note_text))
    return updated


def set_follow_up(vault: Vault, ref: RequestRef, *, due: object = None,
                  escalate_at: object = None,
                  policy: FollowUpPolicy | None = None) -> TakedownRequest:
    """Edit a request's follow-up: the due date of its open follow-up task, its escalation
    date, and/or its policy (hours and re-check days; a new escalation time follows from the
    submission unless ``escalate_at`` is given). Dates before the submission are refused."""
    now = _now()
    due_at = None if due is None else lifecycle.parse_due(due, N_("Due date"), now=now)
    escalate = None if escalate_at is None else lifecycle.parse_due(
        escalate_at, N_("Escalation date"), now=now)
    if policy is not None and not isinstance(policy, FollowUpPolicy):
        raise BadInput(N_("The follow-up policy is not valid."))
    with vault.write() as conn:
        current = _request(conn, ref)
        updated = current
        changed = []
        if policy is not None and policy != current.policy:
            updated = replace(updated, policy=policy)
            if current.submitted_at is not None and escalate is None \
                    and current.status.awaiting_answer:
                escalate = deadlines.escalation_due(current.submitted_at, policy)
            changed.append("policy")
        if escalate is not None:
            lifecycle.check_escalate_time(current, escalate)
            updated = replace(updated, escalate_at=escalate)
            changed.append("escalate_at")
        open_tasks = [t for t in takedown_repo.tasks_of(conn, current.id, open_only=True)
                      if t.kind in FOLLOW_UP_TASKS]
        if due_at is not None:
            lifecycle.check_due_time(current, due_at)
            if not open_tasks:
                raise NotAllowed(N_("Request {code} has no open follow-up to move."),
                                 code=current.code)
            takedown_repo.set_task_due(conn, open_tasks[0].id, due_at)
            changed.append("due")
        elif escalate is not None:
            for task in open_tasks:
                if task.kind is TaskKind.ESCALATE and task.due_at == current.escalate_at:
                    takedown_repo.set_task_due(conn, task.id, escalate)
        if not changed:
            return current
        updated = replace(updated, updated_at=now)
        takedown_repo.update_request(conn, updated)
        vault.audit("takedown.follow_up_changed", "takedown", current.code,
                    case=current.case_number, fields=changed,
                    due=None if due_at is None else due_at.isoformat())
        result = takedown_repo.get_request(conn, current.id)
    assert result is not None
    return result


def complete_recheck(vault: Vault, task_id: int, *, found_again: bool, at: object = None,
                     url: str | None = None,
                     recipient: RecipientRef | None = None) -> TakedownRequest | None:
    """Close a re-check task. ``found_again`` with a ``url`` (or the same address when
    none is given) creates the linked re-upload request in the same step; returns it."""
    if not isinstance(found_again, bool):
        raise BadInput(N_("Say whether the material was found again."))
    now = _now()
    when = _when(at, N_("Checked at"), now)
    with vault.write() as conn:
        task = takedown_repo.get_task(conn, task_id)
        if task is None or task.kind is not TaskKind.RECHECK:
            raise NotFound(N_("There is no re-check task {id}."), id=task_id)
        if not task.open:
            raise NotAllowed(N_("Re-check task {id} is already done."), id=task_id)
        current = _request(conn, task.request_id)
        takedown_repo.close_task(conn, task.id, now, vault.actor,
                                 "found_again" if found_again else "still_removed")
        vault.audit("takedown.rechecked", "takedown", current.code, case=current.case_number,
                    at=when.isoformat(), found_again=found_again)
        if not found_again:
            case_repo.touch(conn, current.case_id, now)
            return None
        return _reupload(vault, conn, current, url if url is not None else current.target,
                         recipient, (), "", now, target_kind=None if url is not None
                         else current.target_kind)



# --- one follow-up at a time (the follow-ups view and the takedown tab) ------------------------
MAX_POSTPONE_DAYS = 365


def _open_task(conn: Connection, task_id: int) -> TakedownTask:
    task = takedown_repo.get_task(conn, task_id)
    if task is None:
        raise NotFound(N_("There is no follow-up {id}."), id=task_id)
    if not task.open:
        raise NotAllowed(N_("Follow-up {id} is already done."), id=task_id)
    return task


def move_follow_up(vault: Vault, task_id: int, *, due: object = None,
                   days: object = None) -> TakedownRequest:
    """Give one open follow-up a new due date (``due``) or postpone it by a number of days
    (``days``, 1 to 365, counted from its current due date). Dates before the request was
    submitted are refused; nothing is written on bad input."""
    if (due is None) == (days is None):
        raise BadInput(N_("Give either a new due date or a number of days."))
    now = _now()
    new_due = None
    if due is not None:
        new_due = lifecycle.parse_due(due, N_("Due date"), now=now)
    elif isinstance(days, bool) or not isinstance(days, int) \
            or not 1 <= days <= MAX_POSTPONE_DAYS:
        raise BadInput(N_("Postpone by 1 to {most} days."), most=MAX_POSTPONE_DAYS)
    with vault.write() as conn:
        task = _open_task(conn, task_id)
        current = _request(conn, task.request_id)
        if new_due is None:
            assert isinstance(days, int)
            new_due = task.due_at + timedelta(days=days)
        lifecycle.check_due_time(current, new_due)
        takedown_repo.set_task_due(conn, task.id, new_due)
        if task.kind is TaskKind.ESCALATE and current.escalate_at == task.due_at:
            takedown_repo.update_request(conn, replace(current, escalate_at=new_due,
                                                       updated_at=now))
        else:
            takedown_repo.update_request(conn, replace(current, updated_at=now))
        case_repo.touch(conn, current.case_id, now)
        vault.audit("takedown.follow_up_moved", "takedown", current.code,
                    case=current.case_number, task=task.id, kind=task.kind.value,
                    old=task.due_at.isoformat(), due=new_due.isoformat(),
                    days=days if isinstance(days, int) else None)
        result = takedown_repo.get_request(conn, current.id)
    assert result is not None
    return result


def complete_follow_up(vault: Vault, task_id: int, *, note: str = "",
                       at: object = None) -> TakedownRequest:
    """Mark one open follow-up done, with an optional note kept on it. A "check the
    request" follow-up done means the counsellor looked and no answer came yet: the next
    check is planned as with :func:`record_check`."""
    now = _now()
    when = _when(at, N_("Done at"), now)
    note_text = fields.long_text(note, N_("Note"))
    with vault.write() as conn:
        task = _open_task(conn, task_id)
        current = _request(conn, task.request_id)
        takedown_repo.close_task(conn, task.id, now, vault.actor, "done", note_text)
        if task.kind is TaskKind.CHECK and current.status.awaiting_answer:
            change = lifecycle.record_check(current, when, now=now)
            _apply(vault, conn, current, change, now, (), "done")
        else:
            case_repo.touch(conn, current.case_id, now)
        vault.audit("takedown.follow_up_done", "takedown", current.code,
                    case=current.case_number, task=task.id, kind=task.kind.value,
                    at=when.isoformat(), note=bool(note_text))
        result = takedown_repo.get_request(conn, current.id)
    assert result is not None
    return result
