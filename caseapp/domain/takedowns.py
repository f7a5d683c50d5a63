"""Takedown requests as the rest of the app sees them: recipients and their channels, the
request status workflow, follow-up policy and tasks, history events, the cross-case queue and
the per-recipient figures. Validation lives here; no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from caseapp.domain import fields
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.errors import BadInput, NotAllowed
from caseapp.i18n import N_, translate

MAX_POLICY_HOURS = 24 * 365
MAX_RECHECK_DAYS = 3650
MAX_RECHECKS = 10
_EMAIL = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")


# --- closed sets ------------------------------------------------------------------------------
class RecipientKind(StrEnum):
    PLATFORM = "platform"
    HOSTING = "hosting"              # hosting provider's abuse contact
    SEARCH_ENGINE = "search_engine"
    REGULATOR = "regulator"          # KCSC (방송미디어통신심의위원회) in Korea
    POLICE = "police"                # a police referral: the last step of the escalation path
    OTHER = "other"
    SUPPORT_CENTRE = "support_centre"  # 디지털성범죄피해자지원센터: deletion support, referral

    def label(self, lang: str | None = None) -> str:
        return translate(_KIND_LABELS[self], lang)

    @property
    def service_provider(self) -> bool:
        """A provider of the service the material is on (or found through): the only kind
        the statutory 신고·삭제요청서 (Telecommunications Business Act Art. 22-5) is for.
        The regulator, the police and the support centre get letters of their own."""
        return self in (RecipientKind.PLATFORM, RecipientKind.HOSTING,
                        RecipientKind.SEARCH_ENGINE, RecipientKind.OTHER)


class Channel(StrEnum):
    WEB_FORM = "web_form"
    EMAIL = "email"
    IN_APP = "in_app"                # the platform's own report button
    LETTER = "letter"

    def label(self, lang: str | None = None) -> str:
        return translate(_CHANNEL_LABELS[self], lang)


class TakedownStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACKNOWLEDGED = "acknowledged"
    REMOVED = "removed"
    REJECTED = "rejected"
    NO_RESPONSE = "no_response"
    WITHDRAWN = "withdrawn"

    def label(self, lang: str | None = None) -> str:
        return translate(_STATUS_LABELS[self], lang)

    @property
    def awaiting_answer(self) -> bool:
        """Sent and not yet answered for good: the request is being chased."""
        return self in (TakedownStatus.SUBMITTED, TakedownStatus.ACKNOWLEDGED,
                        TakedownStatus.NO_RESPONSE)

    @property
    def was_sent(self) -> bool:
        return self not in (TakedownStatus.DRAFT,)


class TargetKind(StrEnum):
    URL = "url"                      # one web address (post, file, page, search result)
    ACCOUNT = "account"              # one account, channel or chat room as a whole

    def label(self, lang: str | None = None) -> str:
        return translate(_TARGET_LABELS[self], lang)


class RequestedAction(StrEnum):
    DELETE = "delete"                # 삭제
    BLOCK = "block"                  # 접속차단 (block access)
    DELIST = "delist"                # remove from search results
    SUSPEND = "suspend"              # suspend the account or channel

    def label(self, lang: str | None = None) -> str:
        return translate(_ACTION_LABELS[self], lang)


class ContentType(StrEnum):
    """The three kinds of 불법촬영물등 named in Telecommunications Business Act Art. 22-5."""

    FILMED = "filmed"                # 성폭력처벌법 제14조: filmed material or copies
    SYNTHETIC = "synthetic"          # 성폭력처벌법 제14조의2: edited, synthesised (deepfake)
    MINOR = "minor"                  # 청소년성보호법 제2조제5호: sexual exploitation of a minor

    def label(self, lang: str | None = None) -> str:
        return translate(_CONTENT_LABELS[self], lang)

    def legal_reference(self, lang: str | None = None) -> str:
        return translate(_CONTENT_LAW[self], lang)


class LinkKind(StrEnum):
    ESCALATION = "escalation"        # the next step after a rejection or no answer
    REUPLOAD = "reupload"            # the same material turned up again

    def label(self, lang: str | None = None) -> str:
        return translate(_LINK_LABELS[self], lang)


class TaskKind(StrEnum):
    SUBMIT = "submit"
    CHECK = "check"
    ESCALATE = "escalate"
    VERIFY_REMOVAL = "verify_removal"
    RECHECK = "recheck"

    def label(self, lang: str | None = None) -> str:
        return translate(_TASK_LABELS[self], lang)


class QueueBucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"

    def label(self, lang: str | None = None) -> str:
        return translate(_BUCKET_LABELS[self], lang)


class LetterForm(StrEnum):
    LETTER = "letter"                # a request letter (PDF to send, or text for an e-mail)
    WEBFORM = "webform"              # short text to paste into a web form
    STATUTORY = "statutory"          # 불법촬영물등 유통 신고·삭제요청서 (Art. 22-5)

    def label(self, lang: str | None = None) -> str:
        return translate(_FORM_LABELS[self], lang)


_KIND_LABELS = {
    RecipientKind.PLATFORM: N_("Platform"),
    RecipientKind.HOSTING: N_("Hosting provider"),
    RecipientKind.SEARCH_ENGINE: N_("Search engine"),
    RecipientKind.REGULATOR: N_("Regulator"),
    RecipientKind.POLICE: N_("Police referral"),
    RecipientKind.OTHER: N_("Other recipient"),
    RecipientKind.SUPPORT_CENTRE: N_("Victim support centre"),
}
_CHANNEL_LABELS = {
    Channel.WEB_FORM: N_("Web form"),
    Channel.EMAIL: N_("E-mail"),
    Channel.IN_APP: N_("In-app report"),
    Channel.LETTER: N_("Postal letter"),
}
_STATUS_LABELS = {
    TakedownStatus.DRAFT: N_("Draft"),
    TakedownStatus.SUBMITTED: N_("Submitted"),
    TakedownStatus.ACKNOWLEDGED: N_("Acknowledged"),
    TakedownStatus.REMOVED: N_("Removed"),
    TakedownStatus.REJECTED: N_("Rejected"),
    TakedownStatus.NO_RESPONSE: N_("No response"),
    TakedownStatus.WITHDRAWN: N_("Withdrawn"),
}
_TARGET_LABELS = {
    TargetKind.URL: N_("Web address"),
    TargetKind.ACCOUNT: N_("Account or channel"),
}
_ACTION_LABELS = {
    RequestedAction.DELETE: N_("Delete the material"),
    RequestedAction.BLOCK: N_("Block access to the material"),
    RequestedAction.DELIST: N_("Remove it from search results"),
    RequestedAction.SUSPEND: N_("Suspend the account or channel"),
}
_CONTENT_LABELS = {
    ContentType.FILMED: N_("Filmed material or copies (illegal filming or non-consensual "
                           "sharing)"),
    ContentType.SYNTHETIC: N_("Edited, synthesised or processed material (deepfake)"),
    ContentType.MINOR: N_("Sexual exploitation material of a child or adolescent"),
}
_CONTENT_LAW = {
    ContentType.FILMED: N_("Act on Special Cases Concerning the Punishment of Sexual Crimes, "
                           "Article 14"),
    ContentType.SYNTHETIC: N_("Act on Special Cases Concerning the Punishment of Sexual "
                              "Crimes, Article 14-2"),
    ContentType.MINOR: N_("Act on the Protection of Children and Youth against Sex Offenses, "
                          "Article 2 (5)"),
}
_LINK_LABELS = {
    LinkKind.ESCALATION: N_("Escalation"),
    LinkKind.REUPLOAD: N_("Re-upload"),
}
_TASK_LABELS = {
    TaskKind.SUBMIT: N_("Send the request"),
    TaskKind.CHECK: N_("Check whether it is still online"),
    TaskKind.ESCALATE: N_("Escalate or chase"),
    TaskKind.VERIFY_REMOVAL: N_("Verify the removal"),
    TaskKind.RECHECK: N_("Re-check for re-uploads"),
}
_BUCKET_LABELS = {
    QueueBucket.OVERDUE: N_("Overdue"),
    QueueBucket.TODAY: N_("Due today"),
    QueueBucket.UPCOMING: N_("Upcoming"),
}
_FORM_LABELS = {
    LetterForm.LETTER: N_("Request letter"),
    LetterForm.WEBFORM: N_("Web form text"),
    LetterForm.STATUTORY: N_("Request for reporting and deletion of illegal filmed material"),
}


def content_type_for(categories: Iterable[LegalCategory]) -> ContentType:
    """The statutory content type a case's legal categories usually mean (editable per
    request): material of a minor first (the heaviest law, and it covers synthetic images of
    minors too), then synthetic material, else filmed material."""
    found = set(categories)
    if LegalCategory.MINOR_EXPLOITATION_MATERIAL in found:
        return ContentType.MINOR
    if LegalCategory.SYNTHETIC_SEXUAL_MATERIAL in found:
        return ContentType.SYNTHETIC
    return ContentType.FILMED


# --- the status workflow --------------------------------------------------------------------
# draft → submitted → acknowledged → removed / rejected / no response; withdrawn from any
# state that is not final. A late answer moves "no response" on; a platform that reverses a
# rejection (after an appeal) moves "rejected" to "removed". Removed and withdrawn are final:
# material that comes back gets a linked re-upload request, never a reopened one.
ALLOWED_TRANSITIONS: dict[TakedownStatus, frozenset[TakedownStatus]] = {
    TakedownStatus.DRAFT: frozenset({TakedownStatus.SUBMITTED, TakedownStatus.WITHDRAWN}),
    TakedownStatus.SUBMITTED: frozenset({
        TakedownStatus.ACKNOWLEDGED, TakedownStatus.REMOVED, TakedownStatus.REJECTED,
        TakedownStatus.NO_RESPONSE, TakedownStatus.WITHDRAWN}),
    TakedownStatus.ACKNOWLEDGED: frozenset({
        TakedownStatus.REMOVED, TakedownStatus.REJECTED, TakedownStatus.NO_RESPONSE,
        TakedownStatus.WITHDRAWN}),
    TakedownStatus.NO_RESPONSE: frozenset({
        TakedownStatus.ACKNOWLEDGED, TakedownStatus.REMOVED, TakedownStatus.REJECTED,
        TakedownStatus.WITHDRAWN}),
    TakedownStatus.REJECTED: frozenset({TakedownStatus.REMOVED, TakedownStatus.WITHDRAWN}),
    TakedownStatus.REMOVED: frozenset(),
    TakedownStatus.WITHDRAWN: frozenset(),
}


def check_transition(old: TakedownStatus, new: TakedownStatus) -> None:
    allowed = ALLOWED_TRANSITIONS[old]
    if new in allowed:
        return
    if not allowed:
        raise NotAllowed(N_("A request that is {old} cannot become {new}: {old} is final. If "
                            "the material is back online, record a re-upload instead."),
                         old=old.value, new=new.value)
    raise NotAllowed(N_("A request cannot go from {old} to {new}. From {old} it can go to: "
                        "{allowed}."), old=old.value, new=new.value,
                     allowed=", ".join(s.value for s in TakedownStatus if s in allowed))


# --- policy -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FollowUpPolicy:
    """When to look again after sending (``check_after_hours``), when to escalate if the
    material is still up (``escalate_after_hours``), and the re-checks after a removal
    (days after the removal was verified)."""

    check_after_hours: int = 24
    escalate_after_hours: int = 72
    recheck_days: tuple[int, ...] = (7, 30)

    def __post_init__(self) -> None:
        for value in (self.check_after_hours, self.escalate_after_hours):
            if isinstance(value, bool) or not isinstance(value, int) \
                    or not 1 <= value <= MAX_POLICY_HOURS:
                raise BadInput(N_("Follow-up hours must be whole numbers between 1 and "
                                  "{limit}."), limit=MAX_POLICY_HOURS)
        days = self.recheck_days
        if isinstance(days, int) and not isinstance(days, bool):
            days = (days,)
        if not isinstance(days, tuple | list) or len(days) > MAX_RECHECKS or any(
                isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= MAX_RECHECK_DAYS
                for d in days):
            raise BadInput(N_("Re-checks are up to {count} whole numbers of days between 1 "
                              "and {limit}, e.g. 7,30."), count=MAX_RECHECKS,
                           limit=MAX_RECHECK_DAYS)
        object.__setattr__(self, "recheck_days", tuple(sorted(set(days))))


DEFAULT_POLICY = FollowUpPolicy()


def parse_recheck_days(text: str) -> tuple[int, ...]:
    """``"7,30"`` → ``(7, 30)``; empty text means no re-checks."""
    parts = [p.strip() for p in str(text).split(",") if p.strip()]
    try:
        days = tuple(int(p) for p in parts)
    except ValueError:
        raise BadInput(N_("Re-checks are up to {count} whole numbers of days between 1 "
                          "and {limit}, e.g. 7,30."), count=MAX_RECHECKS,
                       limit=MAX_RECHECK_DAYS) from None
    return FollowUpPolicy(recheck_days=days).recheck_days


# --- recipients ---------------------------------------------------------------------------------
def _single_line(value: object, field: str, *, required: bool = False) -> str:
    text = fields.text(value, field)
    if any(ch in text for ch in "\r\n"):
        raise BadInput(N_("{field} must be on one line."), field=fields.FieldName(field))
    if required and not text.strip():
        raise BadInput(N_("{field} cannot be empty."), field=fields.FieldName(field))
    return text


def check_web_address(value: object, field: str) -> str:
    """A recipient's web form address: empty, or an http(s) address on one line."""
    text = _single_line(value, field)
    if text and not re.match(r"^https?://[^\s/]+", text, re.IGNORECASE):
        raise BadInput(N_("{field}: '{value}' is not a web address starting with https://."),
                       field=fields.FieldName(field), value=text[:80])
    return text


def check_email(value: object, field: str) -> str:
    text = _single_line(value, field)
    if text and not _EMAIL.match(text):
        raise BadInput(N_("{field}: '{value}' is not an e-mail address."),
                       field=fields.FieldName(field), value=text[:80])
    return text


@dataclass(frozen=True, slots=True)
class RecipientDraft:
    """A recipient the organisation adds or edits. ``guidance`` is shown with it (how to
    report there); built-in recipients also carry the translated guidance of the directory."""

    name: str
    kind: RecipientKind = RecipientKind.OTHER
    channel: Channel = Channel.EMAIL
    web_form: str = ""
    email: str = ""
    postal_address: str = ""
    phone: str = ""
    guidance: str = ""
    policy: FollowUpPolicy = DEFAULT_POLICY
    statutory: bool = False          # a Korean service provider bound by Art. 22-5

    def __post_init__(self) -> None:
        _single_line(self.name, N_("Recipient name"), required=True)
        object.__setattr__(self, "kind", fields.choice(RecipientKind, self.kind,
                                                       N_("Recipient type")))
        object.__setattr__(self, "channel", fields.choice(Channel, self.channel,
                                                          N_("Reporting channel")))
        check_web_address(self.web_form, N_("Web form address"))
        check_email(self.email, N_("E-mail address"))
        fields.long_text(self.postal_address, N_("Postal address"))
        _single_line(self.phone, N_("Phone number"))
        fields.long_text(self.guidance, N_("Guidance"))
        if not isinstance(self.policy, FollowUpPolicy):
            raise BadInput(N_("The follow-up policy is not valid."))
        if not isinstance(self.statutory, bool):
            raise BadInput(N_("Say whether the recipient accepts the statutory request form."))


@dataclass(frozen=True, slots=True)
class Recipient:
    id: int
    key: str | None                  # built-in directory entry ('telegram', 'kcsc', …)
    name: str
    kind: RecipientKind
    channel: Channel
    web_form: str
    email: str
    postal_address: str
    phone: str
    guidance: str                    # the organisation's own guidance text
    policy: FollowUpPolicy
    statutory: bool
    active: bool
    created_at: datetime
    updated_at: datetime

    @property
    def builtin(self) -> bool:
        return self.key is not None

    def draft(self) -> RecipientDraft:
        return RecipientDraft(self.name, self.kind, self.channel, self.web_form, self.email,
                              self.postal_address, self.phone, self.guidance, self.policy,
                              self.statutory)


def name_key(name: str) -> str:
    """Recipient names match regardless of case and surrounding blanks."""
    return " ".join(name.split()).casefold()


# --- requests ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TakedownRequest:
    id: int
    case_id: int
    case_number: str
    seq: int
    code: str                        # T-2024-0007-001: case number and request sequence
    target_kind: TargetKind
    target: str                      # the URL or account exactly as entered
    platform: Platform | None
    recipient_id: int
    recipient_name: str
    recipient_kind: RecipientKind
    channel: Channel
    status: TakedownStatus
    recipient_reference: str         # the recipient's ticket or case number
    content_type: ContentType
    description: str                 # what the material is (never who it shows)
    keywords: str                    # titles or search keywords the material is posted under
    action: RequestedAction
    note: str
    parent_id: int | None
    link: LinkKind | None
    root_id: int                     # the first request of the chain for this material
    policy: FollowUpPolicy
    submitted_at: datetime | None
    acknowledged_at: datetime | None
    resolved_at: datetime | None     # removed, rejected, no response or withdrawn
    removal_verified_at: datetime | None
    last_checked_at: datetime | None
    escalate_at: datetime | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    evidence_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class RequestDraft:
    """What a counsellor enters for a new request (the recipient is resolved by the
    service). Text is kept verbatim; the target is checked by ``takedown.targets``."""

    target: str
    target_kind: TargetKind = TargetKind.URL
    channel: Channel | None = None            # default: the recipient's channel
    content_type: ContentType | None = None   # default: from the case's legal category
    description: str = ""
    keywords: str = ""
    action: RequestedAction | None = None     # default: delist for search engines, else delete
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "target_kind", fields.choice(TargetKind, self.target_kind,
                                                              N_("Target type")))
        object.__setattr__(self, "channel", fields.optional_choice(
            Channel, self.channel, N_("Reporting channel")))
        object.__setattr__(self, "content_type", fields.optional_choice(
            ContentType, self.content_type, N_("Content type")))
        fields.long_text(self.description, N_("What the material is"))
        fields.long_text(self.keywords, N_("Titles or keywords"))
        object.__setattr__(self, "action", fields.optional_choice(
            RequestedAction, self.action, N_("Requested action")))
        fields.long_text(self.note, N_("Note"))


@dataclass(frozen=True, slots=True)
class StatusEvent:
    id: int
    request_id: int
    old_status: TakedownStatus | None
    new_status: TakedownStatus
    at: datetime                     # when it happened, offset kept as given
    recorded_at: datetime
    recorded_by: str
    reference: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class TakedownTask:
    id: int
    request_id: int
    kind: TaskKind
    due_at: datetime
    done_at: datetime | None = None
    done_by: str = ""
    outcome: str = ""
    note: str = ""                   # written when the counsellor marked it done

    @property
    def open(self) -> bool:
        return self.done_at is None


# --- queue and figures ----------------------------------------------------------------------------
QueueCursor = tuple[str, int]        # (due time as stored, task id) of a page's last row


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """The follow-up queue across cases (or of one case / one counsellor), due first.
    ``as_of`` is "now" (tests and ``--as-of`` pass a fixed one); "today" is the calendar day
    of ``as_of`` in its own offset. ``after`` is the previous page's ``next_after``."""

    as_of: datetime
    case_id: int | None = None
    counsellor_id: int | None = None
    overdue_only: bool = False
    kinds: tuple[TaskKind, ...] = ()
    limit: int = 50
    after: QueueCursor | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.as_of, datetime) or self.as_of.utcoffset() is None:
            raise BadInput(N_("The queue needs a date and time with offset for 'now'."))
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) \
                or not 1 <= self.limit <= 1000:
            raise BadInput(N_("A page holds between 1 and 1000 rows."))
        object.__setattr__(self, "kinds", tuple(fields.choice(TaskKind, k, N_("Task"))
                                                for k in self.kinds))


@dataclass(frozen=True, slots=True)
class QueueRow:
    task_id: int
    task: TaskKind
    due_at: datetime
    bucket: QueueBucket
    request_id: int
    request_code: str
    case_id: int
    case_number: str
    pseudonym: str
    counsellor_id: int | None
    counsellor_name: str
    recipient_name: str
    status: TakedownStatus
    target_kind: TargetKind
    target: str


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class QueuePage(Generic[T]):
    items: tuple[T, ...]
    next_after: QueueCursor | None = None
    has_more: bool = False


@dataclass(frozen=True, slots=True)
class RecipientFigures:
    """``sent``: requests ever submitted; ``rejection_rate``: rejected ÷ (removed +
    rejected), the share of final answers that were refusals (None before any answer);
    ``reuploads``: re-upload requests addressed to the recipient (material that came back
    there)."""

    recipient_id: int
    recipient_name: str
    kind: RecipientKind
    sent: int
    removed: int
    rejected: int
    no_response: int
    open: int
    median_hours_to_removal: float | None
    rejection_rate: float | None
    reuploads: int


@dataclass(frozen=True, slots=True)
class EvidenceRef:
    """What takedowns use of an evidence item. Deliberately without its file name or
    description: those can carry the victim's name. Where the material was posted (channel or
    board, poster account, message number and posting time) is printed as recorded: it is
    what the recipient looks up on its own service, and the statutory form asks for it."""

    id: int
    case_id: int
    code: str
    kind: str
    url: str | None
    sha256: str | None
    captured_at: fields.Moment | None
    channel_name: str | None = None
    channel_id: str | None = None
    message_id: str | None = None
    poster_account: str | None = None
    posted_at: datetime | None = None   # a chat message's sending time, as exported
