"""Takedown verbs the GUI, the CLI and other areas call: the recipient directory, creating and
moving requests through their lifecycle (with consent checks and dated, attributed history),
follow-up dates and re-checks, escalation and re-upload chains, the cross-case queue,
per-recipient figures, letters (PDF and text) and the case-export section. Every change is
one transaction with an audit event; bad input changes nothing.

One module per area of that work; this package exposes their verbs under one name
(``from caseapp.services import takedowns``)."""

from __future__ import annotations

from caseapp.services.takedowns.escalation import (
    escalate,
    escalation_state,
    reupload,
    reupload_candidates,
    reupload_for_match,
)
from caseapp.services.takedowns.letters import LetterResult, letter_text, write_letter
from caseapp.services.takedowns.lifecycle import (
    complete_follow_up,
    complete_recheck,
    move_follow_up,
    record_check,
    set_follow_up,
    set_status,
    submit,
    verify_removal,
)
from caseapp.services.takedowns.overview import (
    figures,
    monthly_activity,
    queue,
    verification_problems,
)
from caseapp.services.takedowns.recipients import (
    add_recipient,
    get_recipient,
    list_recipients,
    recipient_guidance,
    update_recipient,
)
from caseapp.services.takedowns.refs import (
    DIRECTORY_SETTING,
    FOLLOW_UP_TASKS,
    LETTER_SETTING,
    UNCHANGED,
    CaseRef,
    EvidenceInput,
    RecipientRef,
    RequestRef,
)
from caseapp.services.takedowns.requests import (
    chain,
    create_request,
    default_action,
    evidence_of,
    get_request,
    history,
    list_requests,
    require_consent_message,
    tasks,
    update_request,
)
from caseapp.services.takedowns.templates import (
    LetterSettings,
    letter_settings,
    reset_template,
    set_letter_settings,
    set_template,
    template_text,
)

__all__ = [
    "DIRECTORY_SETTING",
    "FOLLOW_UP_TASKS",
    "LETTER_SETTING",
    "UNCHANGED",
    "CaseRef",
    "EvidenceInput",
    "LetterResult",
    "LetterSettings",
    "RecipientRef",
    "RequestRef",
    "add_recipient",
    "chain",
    "complete_follow_up",
    "complete_recheck",
    "create_request",
    "default_action",
    "escalate",
    "escalation_state",
    "evidence_of",
    "figures",
    "get_recipient",
    "get_request",
    "history",
    "letter_settings",
    "letter_text",
    "list_recipients",
    "list_requests",
    "monthly_activity",
    "move_follow_up",
    "queue",
    "recipient_guidance",
    "record_check",
    "require_consent_message",
    "reset_template",
    "reupload",
    "reupload_candidates",
    "reupload_for_match",
    "set_follow_up",
    "set_letter_settings",
    "set_status",
    "set_template",
    "submit",
    "tasks",
    "template_text",
    "update_recipient",
    "update_request",
    "verification_problems",
    "verify_removal",
    "write_letter",
]
