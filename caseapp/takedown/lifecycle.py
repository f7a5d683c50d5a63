"""The request lifecycle rules: what a status change does to a request (dates set, follow-up
tasks replaced), which times a counsellor may give for an event, and when a follow-up date
may be moved. Pure functions; the service persists what they return."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from caseapp.domain import fields
from caseapp.domain.takedowns import TakedownRequest, TakedownStatus, check_transition
from caseapp.errors import BadInput, NotAllowed
from caseapp.i18n import N_
from caseapp.takedown import deadlines
from caseapp.takedown.deadlines import Planned

CLOCK_SKEW = timedelta(minutes=10)


def parse_when(value: object, field: str, *, now: datetime) -> datetime:
    """A time a counsellor gives: a date-time with offset, or a date (taken as the start of
    that day in this computer's time zone). Never later than now (a few minutes of clock
    difference allowed)."""
    moment = fields.moment(value, field)
    if not isinstance(moment, datetime):
        local = now.astimezone().tzinfo
        moment = datetime.combine(moment if isinstance(moment, date) else now.date(),
                                  time(0), tzinfo=local)
    if moment > now + CLOCK_SKEW:
        raise BadInput(N_("{field}: {value} is in the future."), field=fields.FieldName(field),
                       value=moment.isoformat())
    return moment


def parse_due(value: object, field: str, *, now: datetime) -> datetime:
    """A due time: like :func:`parse_when` but may lie in the future; a date means the
    start of that day locally."""
    moment = fields.moment(value, field)
    if not isinstance(moment, datetime):
        local = now.astimezone().tzinfo
        moment = datetime.combine(moment, time(0), tzinfo=local)
    return moment


@dataclass(frozen=True, slots=True)
class StatusChange:
    request: TakedownRequest                 # the request with its new status and dates
    tasks: tuple[Planned, ...]               # open these after closing the follow-up tasks


def change_status(request: TakedownRequest, new: TakedownStatus, at: datetime, *,
                  last_event_at: datetime | None, now: datetime,
                  verified_at: datetime | None = None, reference: str | None = None
                  ) -> StatusChange:
    """Check and apply one status change dated ``at``. Refused (nothing changes): a
    transition the workflow does not allow, a time before the request's previous event,
    a removal verification before the removal."""
    check_transition(request.status, new)
    if last_event_at is not None and request.status is not TakedownStatus.DRAFT \
            and at < last_event_at:
        raise BadInput(N_("The time {at} is before the request's previous change ({previous})."),
                       at=at.isoformat(), previous=last_event_at.isoformat())
    if request.submitted_at is not None and at < request.submitted_at:
        raise BadInput(N_("The time {at} is before the request was submitted ({submitted})."),
                       at=at.isoformat(), submitted=request.submitted_at.isoformat())
    if verified_at is not None:
        if new is not TakedownStatus.REMOVED:
            raise BadInput(N_("A verification date belongs to a removal only."))
        if verified_at < at:
            raise BadInput(N_("The removal cannot be verified ({verified}) before it happened "
                              "({at})."), verified=verified_at.isoformat(), at=at.isoformat())
    changes: dict[str, object] = {"status": new, "updated_at": now}
    if reference is not None:
        changes["recipient_reference"] = reference
    escalate_at = request.escalate_at
    if new is TakedownStatus.SUBMITTED:
        changes["submitted_at"] = at
        escalate_at = deadlines.escalation_due(at, request.policy)
        changes["escalate_at"] = escalate_at
    elif new is TakedownStatus.ACKNOWLEDGED:
        changes["acknowledged_at"] = at
        changes["resolved_at"] = None
    else:
        changes["resolved_at"] = at
    if new is TakedownStatus.REMOVED:
        changes["removal_verified_at"] = verified_at
    updated = replace(request, **changes)  # type: ignore[arg-type]
    tasks = deadlines.plan_for_status(new, at, request.policy, escalate_at, verified_at)
    return StatusChange(updated, tasks)


def verify_removal(request: TakedownRequest, at: datetime, *,
                   now: datetime) -> StatusChange:
    """Record when the removal was confirmed; the re-checks are scheduled from then."""
    if request.status is not TakedownStatus.REMOVED:
        raise NotAllowed(N_("Only a removed request can have its removal verified; {code} is "
                            "{status}."), code=request.code, status=request.status.value)
    if request.resolved_at is not None and at < request.resolved_at:
        raise BadInput(N_("The removal cannot be verified ({verified}) before it happened "
                          "({at})."), verified=at.isoformat(),
                       at=request.resolved_at.isoformat())
    updated = replace(request, removal_verified_at=at, updated_at=now)
    return StatusChange(updated, deadlines.recheck_times(at, request.policy))


def record_check(request: TakedownRequest, at: datetime, *, now: datetime) -> StatusChange:
    """The counsellor looked: the material is still there and no answer came. The next
    follow-up is planned from ``at``."""
    if not request.status.awaiting_answer:
        raise NotAllowed(N_("Checks are recorded for requests waiting for an answer; {code} "
                            "is {status}."), code=request.code, status=request.status.value)
    if request.submitted_at is not None and at < request.submitted_at:
        raise BadInput(N_("The time {at} is before the request was submitted ({submitted})."),
                       at=at.isoformat(), submitted=request.submitted_at.isoformat())
    updated = replace(request, last_checked_at=at, updated_at=now)
    if request.status is TakedownStatus.NO_RESPONSE:
        return StatusChange(updated, deadlines.plan_for_status(
            TakedownStatus.NO_RESPONSE, at + timedelta(hours=request.policy.check_after_hours),
            request.policy, request.escalate_at))
    return StatusChange(updated, (deadlines.follow_up_after(at, request.policy,
                                                            request.escalate_at),))


def check_due_time(request: TakedownRequest, due: datetime) -> None:
    """A follow-up date may not lie before the request was submitted (or created, for a
    draft)."""
    floor = request.submitted_at or request.created_at
    if due < floor:
        what = N_("submitted") if request.submitted_at is not None else N_("created")
        raise BadInput(N_("The due date {due} is before the request was {what} ({when})."),
                       due=due.isoformat(), what=fields.FieldName(what),
                       when=floor.isoformat())


def check_escalate_time(request: TakedownRequest, escalate_at: datetime) -> None:
    if request.submitted_at is None:
        raise NotAllowed(N_("An escalation date is set once the request has been submitted."))
    if escalate_at < request.submitted_at:
        raise BadInput(N_("The escalation date {due} is before the request was submitted "
                          "({when})."), due=escalate_at.isoformat(),
                       when=request.submitted_at.isoformat())
