"""What an operation changed, and the one signal that tells every open view.

As Anki's ``OpChanges``: an :class:`~caseapp.gui.ops.Op` that writes declares what it
changed (``Op(..., changes=Changes.of_case(case_id, Area.CONSENT))``); when it finishes, the
session-wide :func:`hub` emits ``changed`` with it, and each open view decides whether to
refresh (the case window when its case is touched, the case list, home and follow-ups when
their figures may have moved). No view calls another view's ``reload()``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Area(StrEnum):
    """The kinds of records an operation can change."""

    CASE = "case"                  # the case record: status, risk, summary, tags, counsellor
    IDENTITY = "identity"          # the victim's details
    CONSENT = "consent"
    TIMELINE = "timeline"          # incidents, counselling sessions, leaked info, proof
    EVIDENCE = "evidence"
    TAKEDOWNS = "takedowns"
    FOLLOWUPS = "followups"        # follow-up dates and re-check tasks
    REPORTS = "reports"
    HASH_LISTS = "hash_lists"
    COUNSELLORS = "counsellors"
    ORGANISATION = "organisation"
    BACKUPS = "backups"
    STORE = "store"                # everything may have changed (restore, key rotation)


# What a change to one case can touch; a view showing "a case" listens to all of them.
CASE_AREAS = frozenset({Area.CASE, Area.IDENTITY, Area.CONSENT, Area.TIMELINE, Area.EVIDENCE,
                        Area.TAKEDOWNS, Area.FOLLOWUPS, Area.REPORTS})


@dataclass(frozen=True, slots=True)
class Changes:
    """Areas an operation changed and, when it was about particular cases, their ids (an
    empty ``case_ids`` with case areas means "some cases": views treat it as any case)."""

    areas: frozenset[Area] = field(default_factory=frozenset)
    case_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *areas: Area) -> Changes:
        return cls(frozenset(areas))

    @classmethod
    def of_case(cls, case_id: int, *areas: Area) -> Changes:
        return cls(frozenset(areas or CASE_AREAS), frozenset({case_id}))

    @classmethod
    def of_cases(cls, case_ids: Iterable[int], *areas: Area) -> Changes:
        return cls(frozenset(areas or CASE_AREAS), frozenset(case_ids))

    def touches(self, *areas: Area) -> bool:
        """Whether any of ``areas`` (or the whole store) changed."""
        return Area.STORE in self.areas or not self.areas.isdisjoint(areas)

    def touches_case(self, case_id: int) -> bool:
        """Whether anything shown in the window of case ``case_id`` may have changed."""
        if Area.STORE in self.areas:
            return True
        if self.areas.isdisjoint(CASE_AREAS):
            return False
        return not self.case_ids or case_id in self.case_ids

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas, self.case_ids | other.case_ids)


class ChangeHub(QObject):
    """Carries every operation's :class:`Changes` to the views that listen."""

    changed = Signal(object)  # Changes


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def announce(changes: Changes) -> None:
    """Tell every open view (on the GUI thread; ops call this for you)."""
    if changes.areas:
        hub().changed.emit(changes)


# What a takedown action changes in its case: the request and its follow-ups.
TAKEDOWN_CHANGES = (Area.TAKEDOWNS, Area.FOLLOWUPS)
