"""The due-date policy: which follow-up task a request has after each event and when it is
due (check after 24 h, escalate after 72 h, re-check 7 and 30 days after a verified removal,
by default; each recipient and each request can change the numbers), and how a due time
falls into the queue's overdue / today / upcoming buckets."""

from __future__ import annotations

from datetime import datetime, timedelta

from caseapp.domain.takedowns import FollowUpPolicy, QueueBucket, TakedownStatus, TaskKind

Planned = tuple[TaskKind, datetime]


def escalation_due(submitted_at: datetime, policy: FollowUpPolicy) -> datetime:
    return submitted_at + timedelta(hours=policy.escalate_after_hours)


def follow_up_after(moment: datetime, policy: FollowUpPolicy,
                    escalate_at: datetime | None) -> Planned:
    """The next follow-up of a request still waiting for an answer, seen at ``moment``:
    another check while the escalation date is more than one check interval away, then the
    escalation on its date; past the escalation date, a reminder to escalate every check
    interval (the counsellor chose to wait). A check that lands exactly on the escalation
    date leaves the escalation due then, not one interval later."""
    step = timedelta(hours=policy.check_after_hours)
    if escalate_at is None or moment + step < escalate_at:
        return TaskKind.CHECK, moment + step
    if moment <= escalate_at:
        return TaskKind.ESCALATE, escalate_at
    return TaskKind.ESCALATE, moment + step


def recheck_times(verified_at: datetime, policy: FollowUpPolicy) -> tuple[Planned, ...]:
    return tuple((TaskKind.RECHECK, verified_at + timedelta(days=d))
                 for d in policy.recheck_days)


def plan_for_status(status: TakedownStatus, at: datetime, policy: FollowUpPolicy,
                    escalate_at: datetime | None,
                    verified_at: datetime | None = None) -> tuple[Planned, ...]:
    """The tasks a request gets when it enters ``status`` at ``at`` (the tasks it had
    before are closed by the caller)."""
    if status is TakedownStatus.DRAFT:
        return ((TaskKind.SUBMIT, at),)
    if status in (TakedownStatus.SUBMITTED, TakedownStatus.ACKNOWLEDGED):
        return (follow_up_after(at, policy, escalate_at),)
    if status in (TakedownStatus.NO_RESPONSE, TakedownStatus.REJECTED):
        # the next step is the counsellor's decision: escalate, or withdraw
        return ((TaskKind.ESCALATE, at),)
    if status is TakedownStatus.REMOVED:
        if verified_at is None:
            return ((TaskKind.VERIFY_REMOVAL, at),)
        return recheck_times(verified_at, policy)
    return ()


def bucket(due_at: datetime, as_of: datetime) -> QueueBucket:
    """Overdue before ``as_of``; due today until the end of ``as_of``'s calendar day (in
    ``as_of``'s own offset); upcoming after that."""
    if due_at < as_of:
        return QueueBucket.OVERDUE
    if due_at.astimezone(as_of.tzinfo).date() == as_of.date():
        return QueueBucket.TODAY
    return QueueBucket.UPCOMING
