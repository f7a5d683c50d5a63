"""The cross-case follow-up queue, per-recipient figures, monthly activity and the
consistency checks `verify` runs."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta

from caseapp.domain.takedowns import (
    QueuePage,
    QueueQuery,
    QueueRow,
    RecipientFigures,
    TakedownStatus,
    TaskKind,
)
from caseapp.i18n import N_, translate
from caseapp.services import cases as cases_service
from caseapp.services.takedowns.refs import CaseRef, _now
from caseapp.store import takedown_repo
from caseapp.store.vault import Vault
from caseapp.takedown import deadlines, lifecycle

log = logging.getLogger(__name__)



# --- queue and figures ------------------------------------------------------------------------
def queue(vault: Vault, *, as_of: object = None, case: CaseRef | None = None,
          counsellor: int | str | None = None, overdue_only: bool = False,
          kinds: Sequence[TaskKind | str] = (), limit: int = 50,
          after: tuple[str, int] | None = None) -> QueuePage[QueueRow]:
    """Open follow-ups across all cases (or one case, or one counsellor's cases): overdue
    first, then due today, then upcoming (that is, due order). ``as_of`` fixes "now"
    (default: this moment, in this computer's zone). Pass ``page.next_after`` as ``after``
    for the next page."""
    now = _now()
    moment = now.astimezone() if as_of is None else lifecycle.parse_due(
        as_of, N_("As of"), now=now)
    with vault.read() as conn:
        case_id = None if case is None else cases_service.get_case(vault, case).id
        counsellor_id = None
        if counsellor is not None:
            counsellor_id = cases_service.get_counsellor(vault, counsellor).id
        query = QueueQuery(as_of=moment, case_id=case_id, counsellor_id=counsellor_id,
                           overdue_only=overdue_only, kinds=tuple(kinds),  # type: ignore[arg-type]
                           limit=limit, after=after)
        rows, cursor, has_more = takedown_repo.queue_rows(conn, query)
    items = []
    for row in rows:
        due = datetime.fromisoformat(row[2])
        items.append(takedown_repo.queue_row(row, deadlines.bucket(due, moment)))
    return QueuePage(tuple(items), cursor, has_more)


def figures(vault: Vault) -> list[RecipientFigures]:
    """Per recipient: requests sent, removed, rejected, without response and still open,
    the median hours from submission to removal, the rejection rate and re-uploads found."""
    with vault.read() as conn:
        return takedown_repo.figures(conn)


# --- verification ---------------------------------------------------------------------------
_PROBLEMS = {
    "root": N_("Takedown request {code}: the first request of its chain is missing or belongs "
               "to another case."),
    "task_case": N_("Takedown request {code}: a follow-up is filed under another case."),
    "no_follow_up": N_("Takedown request {code} is still open but has no follow-up date."),
}


def verification_problems(vault: Vault) -> list[str]:
    """Takedown records that contradict each other (for ``caseapp-admin verify``)."""
    with vault.read() as conn:
        found = takedown_repo.consistency_problems(conn)
    return [translate(_PROBLEMS[problem], None, code=code) for code, problem in found]



def monthly_activity(vault: Vault, months: Sequence[str], *,
                     counsellor: int | None = None) -> list[tuple[str, int, int]]:
    """Requests sent and removals recorded per month (``YYYY-MM`` in this computer's zone),
    for the months given, optionally for one counsellor's cases."""
    if not months:
        return []
    first = datetime.fromisoformat(months[0] + "-01").astimezone() - timedelta(days=1)
    sent = dict.fromkeys(months, 0)
    removed = dict.fromkeys(months, 0)
    with vault.read() as conn:
        rows = takedown_repo.activity_since(conn, first, counsellor)
    for submitted_at, status, resolved_at in rows:
        if submitted_at is not None:
            key = submitted_at.astimezone().strftime("%Y-%m")
            if key in sent:
                sent[key] += 1
        if status == TakedownStatus.REMOVED.value and resolved_at is not None:
            key = resolved_at.astimezone().strftime("%Y-%m")
            if key in removed:
                removed[key] += 1
    return [(m, sent[m], removed[m]) for m in months]
