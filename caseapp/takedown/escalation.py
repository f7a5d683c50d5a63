"""The escalation path as data: platform (or host, search engine, other site) → the regulator
(KCSC in Korea) → a police referral; the step each request is on, and what the next step
needs before a counsellor can take it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from caseapp.domain.takedowns import RecipientKind, TakedownRequest, TakedownStatus
from caseapp.i18n import N_, translate


class EscalationStep(StrEnum):
    PLATFORM = "platform"
    REGULATOR = "regulator"
    POLICE = "police"

    def label(self, lang: str | None = None) -> str:
        return translate(_STEP_LABELS[self], lang)


class Requirement(StrEnum):
    ANSWER_OR_DEADLINE = "answer_or_deadline"
    TAKEDOWN_CONSENT = "takedown_consent"
    POLICE_CONSENT = "police_consent"
    EVIDENCE = "evidence"
    REFERENCE = "reference"

    def label(self, lang: str | None = None) -> str:
        return translate(_REQUIREMENT_LABELS[self], lang)


_STEP_LABELS = {
    EscalationStep.PLATFORM: N_("Platform, host or search engine"),
    EscalationStep.REGULATOR: N_("Regulator (KCSC)"),
    EscalationStep.POLICE: N_("Police referral"),
}
_REQUIREMENT_LABELS = {
    Requirement.ANSWER_OR_DEADLINE: N_("The current request was rejected, got no response, "
                                       "or is past its escalation date"),
    Requirement.TAKEDOWN_CONSENT: N_("The victim's consent to takedown requests on their "
                                     "behalf"),
    Requirement.POLICE_CONSENT: N_("The victim's consent to share the case with police"),
    Requirement.EVIDENCE: N_("At least one evidence item linked to the request"),
    Requirement.REFERENCE: N_("The earlier recipient's reference number (recommended)"),
}


@dataclass(frozen=True, slots=True)
class StepInfo:
    step: EscalationStep
    kinds: frozenset[RecipientKind]
    default_recipient: str | None            # directory key offered for a new request
    needs: tuple[tuple[Requirement, bool], ...]   # (requirement, blocking)


PATH: tuple[StepInfo, ...] = (
    StepInfo(EscalationStep.PLATFORM,
             frozenset({RecipientKind.PLATFORM, RecipientKind.HOSTING,
                        RecipientKind.SEARCH_ENGINE, RecipientKind.OTHER,
                        RecipientKind.SUPPORT_CENTRE}),
             None, ((Requirement.TAKEDOWN_CONSENT, True),)),
    StepInfo(EscalationStep.REGULATOR, frozenset({RecipientKind.REGULATOR}), "kcsc",
             ((Requirement.ANSWER_OR_DEADLINE, True), (Requirement.TAKEDOWN_CONSENT, True),
              (Requirement.REFERENCE, False))),
    StepInfo(EscalationStep.POLICE, frozenset({RecipientKind.POLICE}), "police",
             ((Requirement.ANSWER_OR_DEADLINE, True), (Requirement.TAKEDOWN_CONSENT, True),
              (Requirement.POLICE_CONSENT, True), (Requirement.EVIDENCE, True))),
)


def step_of(kind: RecipientKind) -> StepInfo:
    for info in PATH:
        if kind in info.kinds:
            return info
    raise ValueError(kind)


def step_after(step: EscalationStep) -> StepInfo | None:
    steps = [info.step for info in PATH]
    index = steps.index(step) + 1
    return PATH[index] if index < len(PATH) else None


@dataclass(frozen=True, slots=True)
class RequirementCheck:
    requirement: Requirement
    met: bool
    blocking: bool


@dataclass(frozen=True, slots=True)
class EscalationState:
    step: EscalationStep
    next_step: EscalationStep | None
    next_recipient: str | None               # directory key of the default next recipient
    checks: tuple[RequirementCheck, ...]

    @property
    def ready(self) -> bool:
        return self.next_step is not None and all(c.met for c in self.checks if c.blocking)

    @property
    def missing(self) -> tuple[Requirement, ...]:
        return tuple(c.requirement for c in self.checks if c.blocking and not c.met)


def answered_or_due(request: TakedownRequest, now: datetime) -> bool:
    if request.status in (TakedownStatus.REJECTED, TakedownStatus.NO_RESPONSE):
        return True
    return (request.status in (TakedownStatus.SUBMITTED, TakedownStatus.ACKNOWLEDGED)
            and request.escalate_at is not None and request.escalate_at <= now)


def assess(request: TakedownRequest, *, now: datetime, takedown_consent: bool,
           police_consent: bool) -> EscalationState:
    """Where ``request`` stands on the path and whether its next step can be taken."""
    current = step_of(request.recipient_kind)
    following = step_after(current.step)
    if following is None or request.status in (TakedownStatus.REMOVED,
                                               TakedownStatus.WITHDRAWN):
        return EscalationState(current.step, None, None, ())
    facts = {
        Requirement.ANSWER_OR_DEADLINE: answered_or_due(request, now),
        Requirement.TAKEDOWN_CONSENT: takedown_consent,
        Requirement.POLICE_CONSENT: police_consent,
        Requirement.EVIDENCE: bool(request.evidence_ids),
        Requirement.REFERENCE: bool(request.recipient_reference.strip()),
    }
    checks = tuple(RequirementCheck(req, facts[req], blocking)
                   for req, blocking in following.needs)
    return EscalationState(current.step, following.step, following.default_recipient, checks)
