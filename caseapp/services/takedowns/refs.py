"""Shared pieces of the takedown verbs: how requests, recipients, cases and evidence are
referred to, the "unchanged" marker, and one-line text checks."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from caseapp.domain import fields
from caseapp.domain.takedowns import EvidenceRef, Recipient, TakedownRequest, TaskKind
from caseapp.errors import BadInput
from caseapp.i18n import N_
from caseapp.services import cases as cases_service

log = logging.getLogger(__name__)

RequestRef = TakedownRequest | int | str
RecipientRef = Recipient | int | str


CaseRef = cases_service.CaseRef
EvidenceInput = int | str | EvidenceRef

DIRECTORY_SETTING = "directory_version"
LETTER_SETTING = "letter_settings"
FOLLOW_UP_TASKS = (TaskKind.SUBMIT, TaskKind.CHECK, TaskKind.ESCALATE, TaskKind.VERIFY_REMOVAL)


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


def _now() -> datetime:
    return fields.now_utc()


def _line(value: object, field: str) -> str:
    text = fields.text(value, field)
    if any(ch in text for ch in "\r\n"):
        raise BadInput(N_("{field} must be on one line."), field=fields.FieldName(field))
    return text

