"""The case record and everything hanging off it: status workflow, risk, tags, the victim's
identifying details, incidents, counselling sessions, leaked personal information, proof of
victimhood, perpetrator accounts, counsellor profiles, and the list/search query shapes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from caseapp.domain import fields
from caseapp.domain.fields import Moment
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.errors import BadInput, NotAllowed
from caseapp.i18n import N_, translate

NUMBER_PATTERN = re.compile(r"^(\d{4})-(\d{4,6})$")
MAX_TAGS = 50
EARLIEST_BIRTH_YEAR = 1900


# --- closed sets ------------------------------------------------------------------------------
class CaseStatus(StrEnum):
    INTAKE = "intake"
    ACTIVE = "active"
    AWAITING_TAKEDOWN = "awaiting_takedown"
    REFERRED_TO_POLICE = "referred_to_police"
    CLOSED = "closed"

    def label(self, lang: str | None = None) -> str:
        return translate(_STATUS_LABELS[self], lang)


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"    # e.g. self-harm risk or an active threat: contact today

    def label(self, lang: str | None = None) -> str:
        return translate(_RISK_LABELS[self], lang)


class CounsellorRole(StrEnum):
    COUNSELLOR = "counsellor"
    SUPERVISOR = "supervisor"


class ContactKind(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    KAKAOTALK = "kakaotalk"
    EMAIL = "email"
    TELEGRAM = "telegram"
    LETTER = "letter"
    IN_PERSON = "in_person"
    OTHER = "other"


class LeakKind(StrEnum):
    NAME = "name"
    AGE = "age"
    SCHOOL = "school"
    WORKPLACE = "workplace"
    PHONE = "phone"
    ADDRESS = "address"
    SOCIAL_ACCOUNT = "social_account"
    OTHER = "other"


class ProofItem(StrEnum):
    """What the centre holds that shows the material depicts this person."""

    ORIGINAL_PHOTOS = "original_photos"        # the photos a deepfake was made from
    ID_CHECK = "id_check"                      # identity checked in person (no copy kept)
    OWN_ACCOUNT = "own_account"                # the victim showed the account photos came from
    VICTIM_STATEMENT = "victim_statement"      # signed statement of the victim
    OTHER = "other"


class AccountKind(StrEnum):
    ACCOUNT = "account"
    CHANNEL = "channel"
    CHAT_ROOM = "chat_room"


PREDEFINED_TAGS = ("deepfake", "ncii", "sextortion", "grooming", "minor_victim")
# The predefined tags are stored by key and shown by label, in the GUI and documents alike;
# a tag someone typed is stored and shown as typed.
_TAG_LABELS = {
    "deepfake": N_("Deepfake"),
    "ncii": N_("Non-consensual intimate images"),
    "sextortion": N_("Sextortion"),
    "grooming": N_("Grooming"),
    "minor_victim": N_("Minor victim"),
}


def tag_label(tag: str, lang: str | None = None) -> str:
    label = _TAG_LABELS.get(tag)
    return translate(label, lang) if label else tag


def tag_key(text: str) -> str:
    """The stored form of a tag typed or picked in either language: a predefined tag's label
    (Korean or English, any letter case) becomes its key; anything else stays as typed."""
    wanted = text.strip().casefold()
    for key, label in _TAG_LABELS.items():
        if wanted in (key, label.casefold(), *(translate(label, lang).casefold()
                                               for lang in ("ko", "en"))):
            return key
    return text.strip()

_STATUS_LABELS = {
    CaseStatus.INTAKE: N_("Intake"),
    CaseStatus.ACTIVE: N_("Active"),
    CaseStatus.AWAITING_TAKEDOWN: N_("Awaiting takedown"),
    CaseStatus.REFERRED_TO_POLICE: N_("Referred to police"),
    CaseStatus.CLOSED: N_("Closed"),
}
_RISK_LABELS = {
    RiskLevel.LOW: N_("Low"),
    RiskLevel.MEDIUM: N_("Medium"),
    RiskLevel.HIGH: N_("High"),
    RiskLevel.CRITICAL: N_("Critical"),
}

# The workflow runs intake → active → awaiting takedown → referred to police → closed, with
# the steps back a real case takes (a re-upload sends it back to awaiting takedown).
# closed → active is a reopen: allowed, audited as its own action.
ALLOWED_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.INTAKE: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.AWAITING_TAKEDOWN, CaseStatus.REFERRED_TO_POLICE,
                                  CaseStatus.CLOSED}),
    CaseStatus.AWAITING_TAKEDOWN: frozenset({CaseStatus.ACTIVE, CaseStatus.REFERRED_TO_POLICE,
                                             CaseStatus.CLOSED}),
    CaseStatus.REFERRED_TO_POLICE: frozenset({CaseStatus.ACTIVE, CaseStatus.AWAITING_TAKEDOWN,
                                              CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.ACTIVE}),
}


def check_transition(old: CaseStatus, new: CaseStatus) -> None:
    if new not in ALLOWED_TRANSITIONS[old]:
        allowed = ", ".join(sorted(s.value for s in ALLOWED_TRANSITIONS[old]))
        raise NotAllowed(N_("A case cannot go from {old} to {new}. From {old} it can go to: "
                            "{allowed}."), old=old.value, new=new.value, allowed=allowed)


def is_reopen(old: CaseStatus, new: CaseStatus) -> bool:
    return old is CaseStatus.CLOSED and new is not CaseStatus.CLOSED


# --- small value rules --------------------------------------------------------------------------
def parse_number(value: str) -> tuple[int, int]:
    """``'2024-0007'`` → ``(2024, 7)``."""
    match = NUMBER_PATTERN.match(value) if isinstance(value, str) else None
    if not match:
        raise BadInput(N_("'{value}' is not a case number (YYYY-NNNN)."), value=str(value)[:40])
    return int(match.group(1)), int(match.group(2))


def format_number(year: int, seq: int) -> str:
    return f"{year:04d}-{seq:04d}"


def number_order(year: int, seq: int) -> int:
    return year * 1_000_000 + seq


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags are kept as typed (any language), de-duplicated and sorted."""
    if isinstance(tags, str):
        tags = (tags,)
    found: set[str] = set()
    for tag in tags:
        value = fields.text(tag, N_("Tag"), limit=64)
        if not value.strip() or any(ch in value for ch in "\r\n\t"):
            raise BadInput(N_("A tag must be a short word or phrase on one line: '{tag}'."),
                           tag=value[:40])
        found.add(value)
    if len(found) > MAX_TAGS:
        raise BadInput(N_("A case can have at most {count} tags."), count=MAX_TAGS)
    return tuple(sorted(found))


def check_birth_year(year: int | None, *, today: date | None = None) -> int | None:
    if year is None:
        return None
    if isinstance(year, bool) or not isinstance(year, int):
        raise BadInput(N_("Birth year must be a whole number like 2008."))
    this_year = (today or date.today()).year
    if year > this_year:
        raise BadInput(N_("Birth year {year} is in the future."), year=year)
    if year < EARLIEST_BIRTH_YEAR:
        raise BadInput(N_("Birth year {year} is before {earliest}."), year=year,
                       earliest=EARLIEST_BIRTH_YEAR)
    return year


# --- records ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Counsellor:
    id: int
    name: str
    role: CounsellorRole = CounsellorRole.COUNSELLOR
    active: bool = True


@dataclass(frozen=True, slots=True)
class Case:
    """A case as lists, the case view and other areas see it: no identifying fields."""

    id: int
    number: str
    pseudonym: str
    status: CaseStatus
    risk: RiskLevel
    counsellor_id: int | None
    legal_categories: tuple[LegalCategory, ...]
    tags: tuple[str, ...]
    summary: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ContactChannel:
    kind: ContactKind
    value: str                 # the number, address or ID
    safe_times: str = ""       # e.g. "weekdays after 18:00, not at home"
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", fields.choice(ContactKind, self.kind,
                                                       N_("Contact channel")))
        fields.text(self.value, N_("Contact"))
        fields.text(self.safe_times, N_("Safe times"))
        fields.long_text(self.note, N_("Note"))


@dataclass(frozen=True, slots=True)
class Guardian:
    name: str
    relation: str = ""
    contact: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        fields.text(self.name, N_("Guardian name"))
        fields.text(self.relation, N_("Relation"))
        fields.text(self.contact, N_("Guardian contact"))
        fields.long_text(self.note, N_("Note"))


@dataclass(frozen=True, slots=True)
class Victim:
    """Identifying details. Read only through ``services.cases.reveal_victim`` (audited).
    There is deliberately no resident registration number field."""

    name: str = ""
    preferred_name: str = ""
    birth_year: int | None = None
    gender: str = ""                                   # free text
    language: str = ""
    contacts: tuple[ContactChannel, ...] = ()
    do_not_contact_by: tuple[ContactKind, ...] = ()
    guardian: Guardian | None = None
    note: str = ""

    def __post_init__(self) -> None:
        fields.text(self.name, N_("Name"))
        fields.text(self.preferred_name, N_("Preferred name"))
        check_birth_year(self.birth_year)
        fields.text(self.gender, N_("Gender"))
        fields.text(self.language, N_("Language"))
        fields.long_text(self.note, N_("Note"))
        object.__setattr__(self, "contacts", tuple(self.contacts))
        for contact in self.contacts:
            if not isinstance(contact, ContactChannel):
                raise BadInput(N_("A contact channel is not valid."))
        avoid = tuple(fields.choice(ContactKind, k, N_("Do not contact by"))
                      for k in self.do_not_contact_by)
        object.__setattr__(self, "do_not_contact_by", avoid)
        if self.guardian is not None and not isinstance(self.guardian, Guardian):
            raise BadInput(N_("The guardian details are not valid."))


@dataclass(frozen=True, slots=True)
class PerpetratorAccount:
    id: int
    platform: Platform
    handle: str
    kind: AccountKind = AccountKind.ACCOUNT
    display_names: tuple[str, ...] = ()      # as seen over time, oldest first
    note: str = ""


@dataclass(frozen=True, slots=True)
class AccountRef:
    """A perpetrator account named by platform and handle (found or created on save)."""

    platform: Platform
    handle: str
    kind: AccountKind = AccountKind.ACCOUNT
    display_name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "platform", fields.choice(Platform, self.platform,
                                                           N_("Platform")))
        object.__setattr__(self, "kind", fields.choice(AccountKind, self.kind,
                                                       N_("Account kind")))
        handle = fields.text(self.handle, N_("Account or channel ID"))
        if not handle.strip():
            raise BadInput(N_("An account or channel ID cannot be empty."))
        fields.text(self.display_name, N_("Display name"))


def handle_key(handle: str) -> str:
    """Handles match across cases regardless of case and a leading '@'."""
    return handle.strip().lstrip("@").casefold()


@dataclass(frozen=True, slots=True)
class IncidentDraft:
    """What a counsellor enters for an incident; validated on creation."""

    description: str = ""
    occurred_at: Moment | None = None
    time_zone: str = ""
    platform: Platform | None = None
    place: str = ""                       # chat room, channel or account name
    legal_category: LegalCategory | None = None
    perpetrator_relation: str = ""        # e.g. classmate, ex-partner, unknown
    perpetrator_details: str = ""
    accounts: tuple[AccountRef, ...] = ()

    def __post_init__(self) -> None:
        fields.long_text(self.description, N_("What happened"))
        object.__setattr__(self, "occurred_at",
                           fields.optional_moment(self.occurred_at, N_("When")))
        fields.time_zone(self.time_zone, N_("Time zone"))
        object.__setattr__(self, "platform",
                           fields.optional_choice(Platform, self.platform, N_("Platform")))
        fields.text(self.place, N_("Chat room or account"))
        object.__setattr__(self, "legal_category",
                           fields.optional_choice(LegalCategory, self.legal_category,
                                                  N_("Legal category")))
        fields.text(self.perpetrator_relation, N_("Relation to the victim"))
        fields.long_text(self.perpetrator_details, N_("Perpetrator details"))
        object.__setattr__(self, "accounts", tuple(self.accounts))
        for ref in self.accounts:
            if not isinstance(ref, AccountRef):
                raise BadInput(N_("A perpetrator account is not valid."))


@dataclass(frozen=True, slots=True)
class Incident:
    id: int
    case_id: int
    description: str
    occurred_at: Moment | None
    time_zone: str
    platform: Platform | None
    place: str
    legal_category: LegalCategory | None
    perpetrator_relation: str
    perpetrator_details: str
    accounts: tuple[PerpetratorAccount, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class SessionDraft:
    held_at: Moment
    counsellor_id: int | None = None
    duration_minutes: int | None = None
    mode: str = ""                        # phone, in person, video, chat …
    notes: str = ""
    next_steps: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "held_at", fields.moment(self.held_at, N_("Session date")))
        minutes = self.duration_minutes
        if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int)
                                    or not 0 <= minutes <= 24 * 60):
            raise BadInput(N_("Duration must be a number of minutes between 0 and 1440."))
        fields.text(self.mode, N_("Session type"))
        fields.long_text(self.notes, N_("Notes"))
        fields.long_text(self.next_steps, N_("Next steps"))


@dataclass(frozen=True, slots=True)
class CounsellingSession:
    id: int
    case_id: int
    held_at: Moment
    counsellor_id: int | None
    duration_minutes: int | None
    mode: str
    notes: str
    next_steps: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class SessionAddendum:
    """A dated correction or addition to a session's notes; the notes stay as written."""

    id: int
    session_id: int
    text: str
    written_at: datetime
    written_by: str


@dataclass(frozen=True, slots=True)
class LeakedInfo:
    """An item of the victim's personal information found spread with the material. Only
    its kind and where it was found are kept, not the information itself."""

    id: int
    case_id: int
    kind: LeakKind
    found_where: str = ""
    found_at: Moment | None = None
    deletion_requested_at: Moment | None = None
    deleted_at: Moment | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProofEntry:
    item: ProofItem
    held: bool
    checked_by: str = ""
    checked_on: date | None = None
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "item", fields.choice(ProofItem, self.item,
                                                       N_("Proof item")))
        fields.text(self.checked_by, N_("Checked by"))
        if self.checked_on is not None:
            value = fields.moment(self.checked_on, N_("Checked on"))
            if isinstance(value, datetime):
                value = value.date()
            object.__setattr__(self, "checked_on", value)
        fields.long_text(self.note, N_("Note"))


# --- lists and search ---------------------------------------------------------------------------
class SortField(StrEnum):
    UPDATED = "updated"
    CREATED = "created"
    NUMBER = "number"
    STATUS = "status"
    RISK = "risk"
    PSEUDONYM = "pseudonym"
    COUNSELLOR = "counsellor"        # the assigned counsellor's name (none first)
    TAGS = "tags"                    # the case's alphabetically first tag (none first)


Cursor = tuple[str | int, int]   # (sort value, case id) of the last row of a page


@dataclass(frozen=True, slots=True)
class CaseQuery:
    """Filters, sort and paging for the case list. ``after`` is the previous page's
    ``next_after`` (keyset paging: page 1,000 costs what page 1 does); ``offset`` is there for
    callers that jump, and ignored when ``after`` is given."""

    search: str = ""
    statuses: tuple[CaseStatus, ...] = ()
    risks: tuple[RiskLevel, ...] = ()
    counsellor_id: int | None = None
    tags: tuple[str, ...] = ()                  # all must be present
    legal_category: LegalCategory | None = None
    opened_from: date | None = None             # inclusive, UTC dates
    opened_to: date | None = None               # inclusive
    updated_from: date | None = None
    updated_to: date | None = None
    sort: SortField = SortField.UPDATED
    descending: bool = True
    limit: int = 50
    after: Cursor | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        fields.text(self.search, N_("Search text"))
        object.__setattr__(self, "statuses", tuple(
            fields.choice(CaseStatus, s, N_("Status")) for s in self.statuses))
        object.__setattr__(self, "risks", tuple(
            fields.choice(RiskLevel, r, N_("Risk level")) for r in self.risks))
        object.__setattr__(self, "sort", fields.choice(SortField, self.sort, N_("Sort")))
        object.__setattr__(self, "legal_category", fields.optional_choice(
            LegalCategory, self.legal_category, N_("Legal category")))
        if isinstance(self.tags, str):
            object.__setattr__(self, "tags", (self.tags,))
        if not 1 <= self.limit <= 1000:
            raise BadInput(N_("A page holds between 1 and 1000 rows."))
        if self.offset < 0:
            raise BadInput(N_("The offset cannot be negative."))


@dataclass(frozen=True, slots=True)
class CaseListRow:
    """One row of the case list or of search results: never identifying fields."""

    id: int
    number: str
    pseudonym: str
    status: CaseStatus
    risk: RiskLevel
    counsellor_id: int | None
    counsellor_name: str
    legal_categories: tuple[LegalCategory, ...]
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: tuple[T, ...]
    next_after: Cursor | None = None        # pass as CaseQuery.after for the next page
    has_more: bool = False
