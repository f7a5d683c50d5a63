"""What the police report is built from: plain data gathered by the service
(``services.reports``), never read from the store here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from caseapp.domain.cases import Case, Incident, LeakedInfo, PerpetratorAccount, ProofEntry, Victim
from caseapp.domain.consent import ConsentRecord, ConsentScope
from caseapp.domain.evidence import CustodyEvent, EvidenceItem
from caseapp.domain.fields import Moment
from caseapp.domain.hash_lists import HashListMatch
from caseapp.domain.offences import OffenceEntry

# --- what the report is built from ---------------------------------------------------------

class IdentityWithheld(StrEnum):
    """Why the victim appears only by pseudonym."""

    NOT_SELECTED = "not_selected"          # consent recorded, identity not chosen for this report
    NO_CONSENT = "no_consent"              # consent to share with police never recorded
    CONSENT_WITHDRAWN = "consent_withdrawn"


@dataclass(frozen=True, slots=True)
class AccountEntry:
    account: PerpetratorAccount
    other_cases: int = 0            # how many other cases of the centre name it (no numbers)


@dataclass(frozen=True, slots=True)
class EvidenceEntry:
    item: EvidenceItem
    custody: tuple[CustodyEvent, ...] = ()
    thumbnail: bytes | None = None  # a blurred PNG made in memory; never a file
    list_matches: tuple[HashListMatch, ...] = ()  # known-material hash lists it is on


@dataclass(frozen=True, slots=True)
class TakedownStep:
    at: Moment
    status: str                     # shown as given (already in the report's language)
    note: str = ""


@dataclass(frozen=True, slots=True)
class TakedownEntry:
    """One removal request as the report shows it; texts are already translated."""

    target: str                     # the URL, account or channel the request was about
    recipient: str
    channel: str = ""
    status: str = ""
    submitted_at: Moment | None = None
    reference: str = ""
    removed_at: Moment | None = None
    last_checked_at: Moment | None = None
    history: tuple[TakedownStep, ...] = ()
    code: str = ""                  # the centre's request number, e.g. T-2026-0012-001


@dataclass(frozen=True, slots=True)
class PoliceReportData:
    organisation: str
    report_id: str
    generated_at: datetime
    prepared_by: str
    case: Case
    consents: dict[ConsentScope, ConsentRecord | None]
    victim: Victim | None                       # None: shown by pseudonym only
    withheld: IdentityWithheld | None = None    # why, when victim is None
    addressed_to: str = ""
    victim_requests: str = ""
    organisation_details: dict[str, str] = field(default_factory=dict)
    incidents: tuple[Incident, ...] = ()
    proof: tuple[ProofEntry, ...] = ()
    leaks: tuple[LeakedInfo, ...] = ()
    accounts: tuple[AccountEntry, ...] = ()
    evidence: tuple[EvidenceEntry, ...] = ()
    takedowns: tuple[TakedownEntry, ...] = ()
    sessions: int = 0
    first_session: Moment | None = None
    include_thumbnails: bool = False
    offences: tuple[OffenceEntry, ...] = ()
    time_zone: str = "Asia/Seoul"                # every time is shown in the centre's zone
    draft: bool = False                         # an internal draft: not for submission


