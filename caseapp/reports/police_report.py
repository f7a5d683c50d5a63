"""The police report PDF: everything an investigating officer needs to act without calling
back (case, victim as far as consent allows, timeline, legal categories, proof of victimhood,
leaked information, perpetrator accounts, every evidence item with its hashes and custody,
takedown history, the counsellor's statement and how to check the files), laid out from plain
data. Gathering the data and checking consent is the service's job (services.reports)."""

from __future__ import annotations

import io
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import StrEnum

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseapp.domain.cases import (
    AccountKind,
    Case,
    ContactKind,
    Incident,
    LeakedInfo,
    LeakKind,
    PerpetratorAccount,
    ProofEntry,
    ProofItem,
    Victim,
)
from caseapp.domain.consent import ConsentRecord, ConsentScope
from caseapp.domain.evidence import CustodyAction, CustodyEvent, EvidenceItem, EvidenceKind
from caseapp.domain.fields import Moment
from caseapp.errors import Cancelled
from caseapp.evidence.matching import usable_for_matching
from caseapp.evidence.warning_codes import EvidenceWarning
from caseapp.i18n import N_, translate
from caseapp.reports import toolkit
from caseapp.reports.toolkit import (
    ACCENT_COLOUR,
    CONTENT_WIDTH,
    HASH_GROUP,
    MARKING_COLOUR,
    MUTED_COLOUR,
    RULE_COLOUR,
    BuiltDocument,
    ReportStyles,
    escape,
    hash_column_width,
    paragraph,
)

log = logging.getLogger(__name__)

# Korea has had no daylight saving time since 1988: a fixed offset is exact.
KST = timezone(timedelta(hours=9), "KST")
THUMBNAIL_SIZE = 28 * mm
_MUTED_HEX = "#" + MUTED_COLOUR.hexval()[2:]
_ACCENT_HEX = "#" + ACCENT_COLOUR.hexval()[2:]
_WARNING_HEX = "#" + MARKING_COLOUR.hexval()[2:]
_HEX = re.compile(r"[0-9a-f]+")

CancelCheck = Callable[[], bool] | threading.Event | None


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


# --- wording ---------------------------------------------------------------------------------

TITLE = N_("Case report for the police")
SUBTITLE = N_("Support for a victim of a digital sex crime: case {number}")
METADATA_TITLE = N_("Case report for the police: case {number}")
MARKING = N_("Confidential: for the investigation only")

ORGANISATION = N_("Organisation")
ADDRESS = N_("Address")
PHONE = N_("Phone")
EMAIL = N_("E-mail")
CASE_NUMBER = N_("Case number")
REPORT_ID = N_("Report ID")
REPORT_DATE = N_("Date of report")
PREPARED_BY = N_("Prepared by")
ADDRESSED_TO = N_("Addressed to")
NOT_SPECIFIED = N_("Not specified")
NOT_RECORDED = N_("Not recorded")
NONE_RECORDED = N_("None recorded.")
YES = N_("Yes")
NO = N_("No")
CONFIDENTIAL_NOTICE = N_(
    "This report contains sensitive personal information about a victim of a digital sex "
    "crime and is provided for the investigation only. Do not copy, forward or disclose it "
    "beyond the investigating team. Disclosing a victim's identity or private life is "
    "prohibited under Article 24 of the Act on Special Cases Concerning the Punishment of "
    "Sexual Crimes.")
CONTENTS = N_("Contents")

SECTION_SUMMARY = N_("1. Summary and what the victim asks for")
SECTION_VICTIM = N_("2. Victim")
SECTION_TIMELINE = N_("3. Incident timeline")
SECTION_PROOF = N_("4. How the victim is shown to be the person in the material")
SECTION_LEAKS = N_("5. Leaked personal information")
SECTION_ACCOUNTS = N_("6. Perpetrator accounts and channels")
SECTION_EVIDENCE = N_("7. Evidence")
SECTION_TAKEDOWNS = N_("8. Takedown history")
SECTION_STATEMENT = N_("9. Counsellor's statement")
SECTION_CHECKING = N_("10. How to check the evidence files")
SECTIONS = (SECTION_SUMMARY, SECTION_VICTIM, SECTION_TIMELINE, SECTION_PROOF, SECTION_LEAKS,
            SECTION_ACCOUNTS, SECTION_EVIDENCE, SECTION_TAKEDOWNS, SECTION_STATEMENT,
            SECTION_CHECKING)

STATUS = N_("Status")
OPENED = N_("Case opened")
LEGAL_CATEGORY = N_("Legal category of the case")
TAGS = N_("Tags")
SUPPORT = N_("Counselling")
SUPPORT_LINE = N_("{count} session(s) since {date}")
NO_SESSIONS = N_("No counselling session recorded yet")
FIGURES = N_("Recorded")
FIGURES_LINE = N_("{incidents} incident(s), {evidence} evidence item(s), {accounts} "
                  "perpetrator account(s) or channel(s), {takedowns} takedown request(s)")
CASE_SUMMARY = N_("Summary of the case")
NO_SUMMARY = N_("No summary was written for this case.")
VICTIM_ASKS = N_("What the victim asks for")
NO_REQUESTS = N_("The counsellor did not write down the victim's requests for this report.")
CONSENTS = N_("Consent recorded")
CONSENT_GRANTED = N_("given on {date} ({method}), recorded by {by}")
CONSENT_WITHDRAWN_LINE = N_("withdrawn on {date} ({method}), recorded by {by}")
CONSENT_NEVER = N_("not recorded")

PSEUDONYM = N_("Pseudonym")
WITHHELD_NOT_SELECTED = N_(
    "The victim has consented to sharing with police, but identifying details were not "
    "included in this report. The centre can provide them on request.")
WITHHELD_NO_CONSENT = N_(
    "Identifying details are withheld: the victim has not consented to sharing them with "
    "police. The victim is referred to by the pseudonym above; contact the centre, which "
    "will ask the victim.")
WITHHELD_WITHDRAWN = N_(
    "Identifying details are withheld: the victim withdrew consent to sharing with police "
    "on {date}. The victim is referred to by the pseudonym above.")
NAME = N_("Name")
PREFERRED_NAME = N_("Preferred name")
BIRTH_YEAR = N_("Birth year")
GENDER = N_("Gender")
LANGUAGE = N_("Language")
CONTACTS = N_("Contact")
SAFE_TIMES = N_("safe times: {times}")
DO_NOT_CONTACT = N_("Do not contact by")
GUARDIAN = N_("Guardian")
IDENTITY_SHARED = N_("Identifying details are included with the victim's consent to share "
                     "with police ({consent}).")

WHEN = N_("When")
WHAT_HAPPENED = N_("What happened")
WHERE = N_("Platform and place")
CATEGORY = N_("Legal category")
PERPETRATOR = N_("Perpetrator: {details}")
ACCOUNTS_LINE = N_("Accounts: {handles}")
TIME_KST = N_("{time} (KST)")
TIME_IN_KST = N_("= {time} KST")
DATE_ONLY = N_("{date} (date only)")
TIMES_NOTE = N_("Times are shown in the time zone they were recorded in, followed by Korean "
                "Standard Time (KST, UTC+09:00).")

PROOF_ITEM = N_("Item")
HELD = N_("Held")
CHECKED = N_("Checked by / on")
NOTE = N_("Note")
ORIGINALS = N_("Original source photos")
ORIGINALS_HELD = N_("The centre holds the original photos the material was made from.")
ORIGINALS_WHERE = N_("Where the originals are kept: {where}")
ORIGINALS_NOT_HELD = N_("The centre does not hold the original photos the material was made "
                        "from.")
CONTENT_KEPT = N_("Evidence files: {kept} of {files} kept in the centre's encrypted evidence "
                  "store; {discarded} hashed and not kept (no consent to keep copies).")

LEAK_KIND = N_("Information")
FOUND_WHERE = N_("Where it was found")
FOUND_ON = N_("Found on")
DELETION = N_("What was done")
DELETION_REQUESTED = N_("deletion requested {date}")
DELETED = N_("deleted {date}")
NOTHING_DONE = N_("no action recorded")
LEAKS_NOTE = N_("Only the kind of information and where it was found are recorded, not the "
                "information itself.")

PLATFORM = N_("Platform")
KIND = N_("Kind")
IDENTIFIER = N_("Account or channel ID")
DISPLAY_NAMES = N_("Display names seen")
OTHER_CASES = N_("Also named in {count} other case(s) of this centre.")

EVIDENCE_INTRO = N_(
    "{count} item(s). Hashes were computed by CaseApp when each file was acquired. Times are "
    "shown in the zone they were recorded in. Unless an item says otherwise, its file is kept "
    "in the centre's encrypted evidence store.")
EVIDENCE_NONE = N_("No evidence item recorded.")
COL_ITEM = N_("No. / file")
COL_WHERE = N_("Where it was found")
COL_CAPTURED = N_("Captured")
COL_HASHES = N_("SHA-256 / MD5")
URL = N_("URL")
ROOM = N_("Chat room or channel")
CHANNEL_ID = N_("ID {id}")
MESSAGE = N_("Message")
POSTER = N_("Posted by")
BY = N_("by {name}")
SIZE = N_("{size} bytes")
NO_FILE = N_("no file (link or note only)")
EVIDENCE_DETAILS = N_("Evidence details")
NO_DESCRIPTION = N_("No description.")
PIXELS = N_("{width} × {height} pixels")
DURATION = N_("{seconds} s")
CAMERA = N_("camera {value}")
SOFTWARE = N_("software {value}")
TAKEN = N_("taken {value}")
PDQ = N_("PDQ {hash} (quality {quality})")
NOT_KEPT = N_("The file was hashed and not kept (no consent to keep copies).")
GPS_WARNING = N_("The original file contains GPS location data. The coordinates are not "
                 "reproduced in this report.")
CUSTODY_LABEL = N_("Chain of custody:")
HASH_MATCHES = N_("SHA-256 matched")
HASH_DIFFERS = N_("SHA-256 DID NOT MATCH")
PACKAGE = N_("package {name}")
NO_CUSTODY = N_("No custody event recorded.")
THUMBNAIL_NOTE = N_("Blurred preview")

TAKEDOWNS_NONE = N_("No takedown request recorded.")
RECIPIENT = N_("Recipient")
SUBMITTED = N_("Submitted")
TAKEDOWN_STATUS = N_("Status")
REFERENCE = N_("Reference")
HISTORY = N_("History")
REMOVED_ON = N_("removal verified {date}")
CHECKED_ON = N_("last checked {date}")
VIA = N_("via {channel}")

STATEMENT = N_(
    "I, {name}, prepared this report on {date} for {organisation} from the case record the "
    "centre keeps. The evidence items listed were collected as shown in each item's chain of "
    "custody; their SHA-256 and MD5 hashes were computed by CaseApp when each item was "
    "acquired. To the best of my knowledge the information in this report is accurate and "
    "complete as of its date.")
SIGNATURE = N_("Signature")
SEAL = N_("Seal of the organisation")
DATE = N_("Date")

CHECKING_INTRO = N_(
    "The evidence package handed over with this report holds the evidence files and a file "
    "named SHA256SUMS that lists the SHA-256 of every file, one per line.")
CHECKING_LINUX = N_("On Linux, open a terminal in the package folder and run:")
CHECKING_MAC = N_("On macOS:")
CHECKING_WINDOWS = N_("On Windows (PowerShell), for one file:")
CHECKING_OK = N_(
    "Every line must end in OK. A line with FAILED means that file differs from what the "
    "centre collected. The SHA-256 of each file must also match the evidence table in section "
    "7 of this report. Items without a file (links and notes) have no hash.")
CHECKING_REPORT = N_(
    "The centre records the SHA-256 of this PDF in its report register under report ID "
    "{id}, so a copy of this report can be checked against the centre's record.")

_LEAK_LABELS = {
    LeakKind.NAME: N_("Name"),
    LeakKind.AGE: N_("Age"),
    LeakKind.SCHOOL: N_("School"),
    LeakKind.WORKPLACE: N_("Workplace"),
    LeakKind.PHONE: N_("Phone number"),
    LeakKind.ADDRESS: N_("Address"),
    LeakKind.SOCIAL_ACCOUNT: N_("Social media account"),
    LeakKind.OTHER: N_("Other"),
}
_PROOF_LABELS = {
    ProofItem.ORIGINAL_PHOTOS: N_("Original source photos the material was made from"),
    ProofItem.ID_CHECK: N_("Identity checked in person (no copy kept)"),
    ProofItem.OWN_ACCOUNT: N_("The victim showed the account the photos came from"),
    ProofItem.VICTIM_STATEMENT: N_("Signed statement of the victim"),
    ProofItem.OTHER: N_("Other"),
}
_ACCOUNT_KIND_LABELS = {
    AccountKind.ACCOUNT: N_("Account"),
    AccountKind.CHANNEL: N_("Channel"),
    AccountKind.CHAT_ROOM: N_("Chat room"),
}
_CONTACT_LABELS = {
    ContactKind.PHONE: N_("Phone"),
    ContactKind.SMS: N_("Text message"),
    ContactKind.KAKAOTALK: N_("KakaoTalk"),
    ContactKind.EMAIL: N_("E-mail"),
    ContactKind.TELEGRAM: N_("Telegram"),
    ContactKind.LETTER: N_("Letter"),
    ContactKind.IN_PERSON: N_("In person"),
    ContactKind.OTHER: N_("Other"),
}


# --- small formatting ------------------------------------------------------------------------

def _cancelled(cancel: CancelCheck) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


class _Writer:
    """Per-build state: language, styles and the few derived styles the report adds."""

    def __init__(self, data: PoliceReportData, lang: str, styles: ReportStyles,
                 cancel: CancelCheck) -> None:
        self.data = data
        self.lang = lang
        self.s = styles
        self.cancel = cancel
        self.cell_muted = ParagraphStyle(f"{lang}-pr-cell-muted", parent=styles.cell,
                                         textColor=MUTED_COLOUR)
        self.command = ParagraphStyle(f"{lang}-pr-command", parent=styles.body,
                                      fontName=toolkit.FONT_BOLD, wordWrap=None)
        self.detail = ParagraphStyle(f"{lang}-pr-detail", parent=styles.small, spaceBefore=7,
                                     textColor=ACCENT_COLOUR, keepWithNext=1)
        self._variants: dict[tuple[str, bool], ParagraphStyle] = {}

    def tr(self, msgid: str, **params: object) -> str:
        return translate(msgid, self.lang, **params)

    def check(self) -> None:
        if _cancelled(self.cancel):
            raise Cancelled()

    # formatting
    def when(self, value: Moment | None, zone: str = "") -> str:
        """A moment in the zone it was recorded in and, when that is not KST, also in KST."""
        if value is None:
            return self.tr(NOT_RECORDED)
        if not isinstance(value, datetime):
            return self.tr(DATE_ONLY, date=value.isoformat())
        original = toolkit.format_timestamp(value, self.lang)
        if zone:
            original = f"{original} ({zone})"
        if value.utcoffset() == timedelta(hours=9):
            return self.tr(TIME_KST, time=original) if not zone else original
        return original + "\n" + self.tr(TIME_IN_KST, time=toolkit.format_timestamp(
            value.astimezone(KST), self.lang))

    def app_time(self, value: datetime) -> str:
        """A time CaseApp wrote (UTC inside) shown in KST with its offset."""
        return toolkit.format_timestamp(value.astimezone(KST), self.lang)

    def day(self, value: Moment | None) -> str:
        if value is None:
            return self.tr(NOT_RECORDED)
        if isinstance(value, datetime):
            return toolkit.format_timestamp(value, self.lang)
        return value.isoformat()

    def kst_day(self, value: Moment | None) -> str:
        """A time the centre recorded (takedowns): in KST, whatever zone it was stored in."""
        if isinstance(value, datetime):
            return self.app_time(value)
        return self.day(value)

    def size(self, value: int) -> str:
        from babel.numbers import format_decimal

        return self.tr(SIZE, size=format_decimal(value, locale=self.lang))

    def heading(self, msgid: str) -> Paragraph:
        return paragraph(self.tr(msgid), self.s.heading)

    def style_for(self, style: ParagraphStyle, text: str, *, prose: bool = True
                  ) -> ParagraphStyle:
        """``style`` with CJK line breaking for prose that holds Korean (or other CJK) text.
        Everything else (table cells of codes, URLs, times, names; metadata lines) breaks
        between words, as Korean word processors do by default: reportlab's CJK breaker
        costs several times more and grows with the number of font changes in a paragraph,
        which made a 500-item report several times slower than its table."""
        cjk = prose and toolkit.has_cjk(text)
        if cjk == (style.wordWrap == "CJK"):
            return style
        key = (style.name, cjk)
        variant = self._variants.get(key)
        if variant is None:
            variant = ParagraphStyle(f"{style.name}-{'cjk' if cjk else 'words'}", parent=style,
                                     wordWrap="CJK" if cjk else None)
            self._variants[key] = variant
        return variant

    def text(self, value: str, style: ParagraphStyle, *, prose: bool = True) -> Paragraph:
        """User or translated text shown literally (the toolkit's escaping)."""
        return Paragraph(escape(value), self.style_for(style, value, prose=prose))

    def cell(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        return self.text(value, style or self.s.cell, prose=False)

    def lines(self, pairs: Iterable[tuple[str | None, str]], style: ParagraphStyle) -> Paragraph:
        """One paragraph of lines, each an optional label and a literal value (plain text and
        line breaks only: every extra tag costs parsing time in a 500-row table)."""
        text = "\n".join(f"{label}: {value}" if label else value for label, value in pairs)
        return self.cell(text, style)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[toolkit.Cell]],
              widths: Sequence[float]) -> Table:
        """A toolkit data table; plain-text cells (identifiers, dates, short notes) break
        between words so a reference number or handle is never cut between characters.
        Prose cells are passed in as paragraphs already."""
        cells = [[self.cell(c) if isinstance(c, str) else c for c in row] for row in rows]
        return toolkit.data_table([self.tr(h) for h in header], cells, widths, styles=self.s)


# --- sections --------------------------------------------------------------------------------

def _cover(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    rows: list[tuple[str, toolkit.Cell]] = [(w.tr(ORGANISATION), d.organisation)]
    for key, label in (("address", ADDRESS), ("phone", PHONE), ("email", EMAIL)):
        value = d.organisation_details.get(key, "")
        if value:
            rows.append((w.tr(label), value))
    rows += [
        (w.tr(CASE_NUMBER), d.case.number),
        (w.tr(REPORT_ID), d.report_id),
        (w.tr(REPORT_DATE), toolkit.format_timestamp(d.generated_at, w.lang)),
        (w.tr(PREPARED_BY), d.prepared_by),
        (w.tr(ADDRESSED_TO), d.addressed_to or w.tr(NOT_SPECIFIED)),
    ]
    notice = Table([[paragraph(w.tr(CONFIDENTIAL_NOTICE), s.body)]], colWidths=[CONTENT_WIDTH],
                   hAlign="LEFT")
    notice.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, MARKING_COLOUR),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf1f1")),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    contents = [paragraph(w.tr(name), s.small) for name in SECTIONS]
    return [
        Spacer(1, 18 * mm),
        paragraph(w.tr(TITLE), s.title),
        paragraph(w.tr(SUBTITLE, number=d.case.number), s.subtitle),
        Spacer(1, 6 * mm),
        toolkit.key_value_table(rows, styles=s, label_width=38 * mm),
        Spacer(1, 8 * mm),
        notice,
        Spacer(1, 10 * mm),
        paragraph(w.tr(CONTENTS), s.subheading),
        *contents,
        PageBreak(),
    ]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _consent_text(w: _Writer, record: ConsentRecord | None) -> str:
    if record is None:
        return w.tr(CONSENT_NEVER)
    msgid = CONSENT_GRANTED if record.granted else CONSENT_WITHDRAWN_LINE
    return w.tr(msgid, date=w.day(record.given_at), method=record.method.label(w.lang),
                by=record.recorded_by)


def _summary(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    case = d.case
    first = d.first_session
    first_day = first.date() if isinstance(first, datetime) else first
    support = (w.tr(SUPPORT_LINE, count=d.sessions, date=w.day(first_day))
               if d.sessions else w.tr(NO_SESSIONS))
    rows: list[tuple[str, toolkit.Cell]] = [
        (w.tr(CASE_NUMBER), case.number),
        (w.tr(STATUS), case.status.label(w.lang)),
        (w.tr(OPENED), w.app_time(case.created_at)),
        (w.tr(LEGAL_CATEGORY), case.legal_category.label(w.lang) if case.legal_category
         else w.tr(NOT_RECORDED)),
        (w.tr(TAGS), ", ".join(case.tags) if case.tags else "—"),
        (w.tr(SUPPORT), support),
        (w.tr(FIGURES), w.tr(FIGURES_LINE, incidents=len(d.incidents), evidence=len(d.evidence),
                             accounts=len(d.accounts), takedowns=len(d.takedowns))),
    ]
    consents = [(_capitalised(scope.label(w.lang)), _consent_text(w, d.consents.get(scope)))
                for scope in ConsentScope]
    return [
        w.heading(SECTION_SUMMARY),
        toolkit.key_value_table(rows, styles=s, label_width=38 * mm),
        paragraph(w.tr(CASE_SUMMARY), s.subheading),
        paragraph(case.summary, s.body) if case.summary.strip()
        else paragraph(w.tr(NO_SUMMARY), s.muted),
        paragraph(w.tr(VICTIM_ASKS), s.subheading),
        paragraph(d.victim_requests, s.body) if d.victim_requests.strip()
        else paragraph(w.tr(NO_REQUESTS), s.muted),
        paragraph(w.tr(CONSENTS), s.subheading),
        toolkit.key_value_table(consents, styles=s, label_width=58 * mm),
    ]


def _victim(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    police = d.consents.get(ConsentScope.POLICE)
    out: list[Flowable] = [w.heading(SECTION_VICTIM)]
    victim = d.victim
    if victim is None:
        out.append(toolkit.key_value_table([(w.tr(PSEUDONYM), d.case.pseudonym)], styles=s,
                                           label_width=38 * mm))
        reason = d.withheld or IdentityWithheld.NO_CONSENT
        if reason is IdentityWithheld.NOT_SELECTED:
            text = w.tr(WITHHELD_NOT_SELECTED)
        elif reason is IdentityWithheld.CONSENT_WITHDRAWN and police is not None:
            text = w.tr(WITHHELD_WITHDRAWN, date=w.day(police.given_at))
        else:
            text = w.tr(WITHHELD_NO_CONSENT)
        out.append(Spacer(1, 2 * mm))
        out.append(paragraph(text, s.body))
        return out
    contacts = []
    for contact in victim.contacts:
        line = f"{w.tr(_CONTACT_LABELS[contact.kind])}: {contact.value}"
        if contact.safe_times:
            line += f" ({w.tr(SAFE_TIMES, times=contact.safe_times)})"
        if contact.note:
            line += f" — {contact.note}"
        contacts.append(line)
    rows: list[tuple[str, toolkit.Cell]] = [
        (w.tr(NAME), victim.name or w.tr(NOT_RECORDED)),
        (w.tr(PSEUDONYM), d.case.pseudonym),
    ]
    if victim.preferred_name:
        rows.append((w.tr(PREFERRED_NAME), victim.preferred_name))
    rows += [
        (w.tr(BIRTH_YEAR), str(victim.birth_year) if victim.birth_year else w.tr(NOT_RECORDED)),
        (w.tr(GENDER), victim.gender or w.tr(NOT_RECORDED)),
        (w.tr(LANGUAGE), victim.language or w.tr(NOT_RECORDED)),
        (w.tr(CONTACTS), "\n".join(contacts) if contacts else w.tr(NOT_RECORDED)),
    ]
    if victim.do_not_contact_by:
        rows.append((w.tr(DO_NOT_CONTACT),
                     ", ".join(w.tr(_CONTACT_LABELS[k]) for k in victim.do_not_contact_by)))
    if victim.guardian is not None:
        g = victim.guardian
        rows.append((w.tr(GUARDIAN), " · ".join(p for p in (g.name, g.relation, g.contact, g.note)
                                                if p)))
    out.append(toolkit.key_value_table(rows, styles=s, label_width=38 * mm))
    out.append(Spacer(1, 2 * mm))
    out.append(paragraph(w.tr(IDENTITY_SHARED, consent=_consent_text(w, police)), s.muted))
    return out


def _timeline(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    out: list[Flowable] = [w.heading(SECTION_TIMELINE)]
    if not d.incidents:
        return [*out, paragraph(w.tr(NONE_RECORDED), s.muted)]
    out.append(paragraph(w.tr(TIMES_NOTE), s.muted))
    out.append(Spacer(1, 2 * mm))
    rows = []
    for n, incident in enumerate(d.incidents, start=1):
        what: list[Flowable] = [paragraph(incident.description or "—", s.cell)]
        perpetrator = " · ".join(p for p in (incident.perpetrator_relation,
                                             incident.perpetrator_details) if p)
        if perpetrator:
            what.append(paragraph(w.tr(PERPETRATOR, details=perpetrator), w.cell_muted))
        if incident.accounts:
            handles = ", ".join(a.handle for a in incident.accounts)
            what.append(paragraph(w.tr(ACCOUNTS_LINE, handles=handles), w.cell_muted))
        where = "\n".join(p for p in (incident.platform.label(w.lang) if incident.platform
                                      else "", incident.place) if p) or "—"
        category = (incident.legal_category.label(w.lang) if incident.legal_category
                    else w.tr(NOT_RECORDED))
        rows.append([str(n), w.when(incident.occurred_at, incident.time_zone), what, where,
                     category])
    widths = [9 * mm, 40 * mm, 0.0, 30 * mm, 34 * mm]
    widths[2] = CONTENT_WIDTH - sum(widths)
    out.append(w.table(["#", WHEN, WHAT_HAPPENED, WHERE, CATEGORY], rows, widths))
    return out


def _proof(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    out: list[Flowable] = [w.heading(SECTION_PROOF)]
    entries = {e.item: e for e in d.proof}
    rows = []
    for item in ProofItem:
        entry = entries.get(item, ProofEntry(item, False))
        checked = " / ".join(p for p in (entry.checked_by, entry.checked_on.isoformat()
                                         if entry.checked_on else "") if p) or "—"
        rows.append([w.tr(_PROOF_LABELS[item]), w.tr(YES if entry.held else NO), checked,
                     entry.note or "—"])
    widths = [62 * mm, 14 * mm, 34 * mm, 0.0]
    widths[3] = CONTENT_WIDTH - sum(widths)
    out.append(w.table([PROOF_ITEM, HELD, CHECKED, NOTE], rows, widths))
    originals = entries.get(ProofItem.ORIGINAL_PHOTOS)
    out.append(paragraph(w.tr(ORIGINALS), s.subheading))
    if originals is not None and originals.held:
        out.append(paragraph(w.tr(ORIGINALS_HELD), s.body))
        out.append(paragraph(w.tr(ORIGINALS_WHERE, where=originals.note or w.tr(NOT_RECORDED)),
                             s.body))
    else:
        out.append(paragraph(w.tr(ORIGINALS_NOT_HELD), s.body))
    files = [e.item for e in d.evidence if e.item.has_file]
    if files:
        kept = sum(1 for item in files if item.content_kept)
        out.append(paragraph(w.tr(CONTENT_KEPT, kept=kept, files=len(files),
                                  discarded=len(files) - kept), s.body))
    return out


def _leaks(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    out: list[Flowable] = [w.heading(SECTION_LEAKS)]
    if not d.leaks:
        return [*out, paragraph(w.tr(NONE_RECORDED), s.muted)]
    out.append(paragraph(w.tr(LEAKS_NOTE), s.muted))
    out.append(Spacer(1, 2 * mm))
    rows = []
    for leak in d.leaks:
        done = [w.tr(DELETION_REQUESTED, date=w.day(leak.deletion_requested_at))
                if leak.deletion_requested_at else "",
                w.tr(DELETED, date=w.day(leak.deleted_at)) if leak.deleted_at else ""]
        rows.append([w.tr(_LEAK_LABELS[leak.kind]), leak.found_where or "—",
                     w.day(leak.found_at) if leak.found_at else "—",
                     "\n".join(x for x in done if x) or w.tr(NOTHING_DONE), leak.note or "—"])
    widths = [28 * mm, 0.0, 26 * mm, 38 * mm, 36 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    out.append(w.table([LEAK_KIND, FOUND_WHERE, FOUND_ON, DELETION, NOTE], rows, widths))
    return out


def _accounts(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    out: list[Flowable] = [w.heading(SECTION_ACCOUNTS)]
    if not d.accounts:
        return [*out, paragraph(w.tr(NONE_RECORDED), s.muted)]
    rows = []
    for entry in d.accounts:
        a = entry.account
        note: list[Flowable] = []
        if a.note:
            note.append(paragraph(a.note, s.cell))
        if entry.other_cases:
            note.append(paragraph(w.tr(OTHER_CASES, count=entry.other_cases), w.cell_muted))
        rows.append([a.platform.label(w.lang), w.tr(_ACCOUNT_KIND_LABELS[a.kind]), a.handle,
                     "\n".join(a.display_names) or "—", note or "—"])
    widths = [26 * mm, 20 * mm, 0.0, 38 * mm, 42 * mm]
    widths[2] = CONTENT_WIDTH - sum(widths)
    out.append(w.table([PLATFORM, KIND, IDENTIFIER, DISPLAY_NAMES, NOTE], rows, widths))
    return out


# evidence ---------------------------------------------------------------------------------

def _evidence_columns() -> list[float]:
    hash_w = hash_column_width(4)
    item_w, captured_w = 31 * mm, 33 * mm
    return [item_w, CONTENT_WIDTH - hash_w - item_w - captured_w, captured_w, hash_w]


def _hash_lines(digest: str, per_line: int) -> str:
    """Paragraph markup of a hex digest in 8-digit groups; anything that is not plain hex
    (it never should be) is shown escaped, not interpreted."""
    digest = digest.strip().lower()
    if not _HEX.fullmatch(digest):
        return escape(digest)
    groups = [digest[i:i + HASH_GROUP] for i in range(0, len(digest), HASH_GROUP)]
    return "<br/>".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def _hashes_cell(w: _Writer, item: EvidenceItem) -> Paragraph:
    """SHA-256 in two lines of four 8-digit groups (the column is sized for four groups of the
    widest hex digit, see toolkit.hash_column_width), then the MD5 on one line: one Paragraph
    in the hash style, so a 500-row table stays cheap to lay out."""
    if not item.sha256:
        return w.text(w.tr(NO_FILE), w.cell_muted)
    markup = _hash_lines(item.sha256, 4)
    if item.md5:
        markup += (f'<br/><font color="{_MUTED_HEX}">MD5</font><br/>'
                   + _hash_lines(item.md5, 4))
    return Paragraph(markup, w.s.hash)


def _evidence_row(w: _Writer, item: EvidenceItem) -> list[toolkit.Cell]:
    kind = item.kind.label(w.lang)
    if item.platform is not None:
        kind = f"{kind} · {item.platform.label(w.lang)}"
    first: list[tuple[str | None, str]] = [(None, item.code), (None, kind)]
    if item.original_filename:
        first.append((None, item.original_filename))
    if item.size is not None:
        first.append((None, w.size(item.size)))
    where: list[tuple[str | None, str]] = []
    if item.url:
        where.append((None, item.url))
    if item.channel_name or item.channel_id:
        room = item.channel_name or ""
        if item.channel_id:
            room = f"{room} ({w.tr(CHANNEL_ID, id=item.channel_id)})".strip()
        where.append((w.tr(ROOM), room))
    if item.message_id:
        where.append((w.tr(MESSAGE), item.message_id))
    if item.poster_account:
        where.append((w.tr(POSTER), item.poster_account))
    captured = w.when(item.captured_at, item.captured_tz)
    if item.captured_by:
        captured += "\n" + w.tr(BY, name=item.captured_by)
    return [w.lines(first, w.s.cell), w.lines(where, w.s.cell) if where else "—",
            w.cell(captured), _hashes_cell(w, item)]


def _exif_line(w: _Writer, item: EvidenceItem) -> str:
    parts = []
    if item.mime:
        parts.append(item.mime)
    if item.width and item.height:
        parts.append(w.tr(PIXELS, width=item.width, height=item.height))
    if item.duration_seconds:
        parts.append(w.tr(DURATION, seconds=f"{item.duration_seconds:.1f}"))
    exif = item.exif
    if exif is not None:
        if exif.camera:
            parts.append(w.tr(CAMERA, value=exif.camera))
        if exif.software:
            parts.append(w.tr(SOFTWARE, value=exif.software))
        if exif.taken_at:
            parts.append(w.tr(TAKEN, value=exif.taken_at))
    if item.pdq_hex and item.pdq_quality is not None and usable_for_matching(item.pdq_quality):
        parts.append(w.tr(PDQ, hash=item.pdq_hex, quality=item.pdq_quality))
    return " · ".join(parts)


def _custody_detail(w: _Writer, event: CustodyEvent) -> str:
    """What the event's details mean to an officer; hashes (already in the table) and
    anything about GPS are left out, unknown details are shown as they are."""
    details = dict(event.details)
    shown: list[str] = []
    if event.action is CustodyAction.VERIFIED and isinstance(details.get("ok"), bool):
        shown.append(w.tr(HASH_MATCHES if details.pop("ok") else HASH_DIFFERS))
    if event.action is CustodyAction.ACQUIRED and isinstance(details.get("from"), str):
        source = details.pop("from")
        try:
            shown.append(EvidenceKind(source).label(w.lang))
        except ValueError:
            shown.append(source)
    if event.action is CustodyAction.CONTENT_DISCARDED:
        details.pop("reason", None)  # the action's label says why
    if event.action is CustodyAction.EXPORTED and isinstance(details.get("package"), str):
        shown.append(w.tr(PACKAGE, name=details.pop("package")))
    shown += [f"{k}: {v}" for k, v in sorted(details.items())
              if isinstance(v, str | int | float) and not isinstance(v, bool)
              and k.lower() not in _CUSTODY_SKIPPED and "gps" not in k.lower()]
    return ", ".join(shown)


def _custody_lines(w: _Writer, events: Sequence[CustodyEvent]) -> list[str]:
    lines = []
    for event in events:
        line = f"{w.app_time(event.at)} — {event.action.label(w.lang)} — {event.actor}"
        details = _custody_detail(w, event)
        if details:
            line += f" ({details})"
        lines.append(line)
    return lines


# hashes are in the evidence table already; GPS keys never reach a report
_CUSTODY_SKIPPED = frozenset({"sha256", "md5", "pdq", "pdq_hex"})
# warnings about the centre's own matching are not the officer's concern
_WARNINGS_LEFT_OUT = frozenset({EvidenceWarning.GPS_PRESENT.value,
                                EvidenceWarning.PDQ_LOW_QUALITY.value})


def _has_gps(item: EvidenceItem) -> bool:
    return (EvidenceWarning.GPS_PRESENT.value in item.warnings
            or (item.exif is not None and item.exif.has_gps))


def _evidence_detail(w: _Writer, entry: EvidenceEntry) -> list[Flowable]:
    """One item's block: its code, description, file facts, warnings (GPS: that it is
    there, never where) and chain of custody, as a single paragraph (cheap for 500 items)."""
    item = entry.item
    title = f"{item.code} · {item.kind.label(w.lang)}"
    muted: list[str] = []
    facts = _exif_line(w, item)
    if facts:
        muted.append(facts)
    if item.has_file and not item.content_kept:  # kept is the rule, said in the intro
        muted.append(w.tr(NOT_KEPT))
    warnings = [w.tr(GPS_WARNING)] if _has_gps(item) else []
    for code in item.warnings:
        if code in _WARNINGS_LEFT_OUT:
            continue
        try:
            warnings.append(EvidenceWarning(code).message(w.lang))
        except ValueError:
            warnings.append(code)
    custody = _custody_lines(w, entry.custody) or [w.tr(NO_CUSTODY)]
    meta = ""
    if muted:
        meta += f'<font color="{_MUTED_HEX}">{escape(chr(10).join(muted))}</font><br/>'
    if warnings:
        meta += f'<font color="{_WARNING_HEX}">{escape(chr(10).join(warnings))}</font><br/>'
    meta += (f"<b>{escape(w.tr(CUSTODY_LABEL))}</b> "
             f'<font color="{_MUTED_HEX}">{escape(chr(10).join(custody))}</font>')
    description = (w.text(item.description, w.s.small) if item.description.strip()
                   else w.cell(w.tr(NO_DESCRIPTION), w.s.muted))
    block: list[Flowable] = [
        Paragraph(f"<b>{escape(title)}</b>", w.style_for(w.detail, title, prose=False)),
        description,
        Paragraph(meta, w.style_for(w.s.small, "", prose=False)),
    ]
    if w.data.include_thumbnails and entry.thumbnail:
        image = _thumbnail(entry.thumbnail)
        if image is not None:
            side = Table([[[image, w.text(w.tr(THUMBNAIL_NOTE), w.s.muted)], block]],
                         colWidths=[THUMBNAIL_SIZE + 4 * mm,
                                    CONTENT_WIDTH - THUMBNAIL_SIZE - 4 * mm], hAlign="LEFT")
            side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 7),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            return [side]
    # a block is a few lines: it moves to the next page whole rather than split
    return [KeepTogether(block)]


def _thumbnail(png: bytes) -> Image | None:
    """The blurred preview from memory (reportlab reads the bytes; nothing touches disk)."""
    try:
        from PIL import Image as PILImage

        with PILImage.open(io.BytesIO(png)) as probe:
            width, height = probe.size
    except Exception:
        log.info("evidence thumbnail could not be read; left out")
        return None
    if width <= 0 or height <= 0:
        return None
    scale = THUMBNAIL_SIZE / max(width, height)
    image = Image(io.BytesIO(png), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def _evidence(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    out: list[Flowable] = [w.heading(SECTION_EVIDENCE)]
    if not d.evidence:
        return [*out, paragraph(w.tr(EVIDENCE_NONE), s.muted)]
    out.append(paragraph(w.tr(EVIDENCE_INTRO, count=len(d.evidence)), s.muted))
    out.append(Spacer(1, 2 * mm))
    rows = []
    for n, entry in enumerate(d.evidence):
        if n % 50 == 0:
            w.check()
        rows.append(_evidence_row(w, entry.item))
    out.append(w.table([COL_ITEM, COL_WHERE, COL_CAPTURED, COL_HASHES], rows,
                       _evidence_columns()))
    out.append(CondPageBreak(40 * mm))
    out.append(paragraph(w.tr(EVIDENCE_DETAILS), s.heading))
    for n, entry in enumerate(d.evidence):
        if n % 50 == 0:
            w.check()
        out.extend(_evidence_detail(w, entry))
    return out


def _takedowns(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    out: list[Flowable] = [w.heading(SECTION_TAKEDOWNS)]
    if not d.takedowns:
        return [*out, paragraph(w.tr(TAKEDOWNS_NONE), s.muted)]
    by_target: dict[str, list[TakedownEntry]] = {}
    for entry in d.takedowns:
        by_target.setdefault(entry.target, []).append(entry)
    widths = [40 * mm, 30 * mm, 38 * mm, 0.0]
    widths[3] = CONTENT_WIDTH - sum(widths)
    for target, entries in by_target.items():
        rows = []
        for e in entries:
            recipient = "\n".join(p for p in (e.code, e.recipient, w.tr(VIA, channel=e.channel)
                                                if e.channel else "") if p)
            status = [e.status or "—"]
            if e.removed_at:
                status.append(w.tr(REMOVED_ON, date=w.kst_day(e.removed_at)))
            if e.last_checked_at:
                status.append(w.tr(CHECKED_ON, date=w.kst_day(e.last_checked_at)))
            history = "\n".join(f"{w.kst_day(step.at)} {step.status}"
                                + (f" — {step.note}" if step.note else "")
                                for step in e.history) or "—"
            rows.append([recipient, w.kst_day(e.submitted_at) if e.submitted_at else "—",
                         "\n".join(status) + (f"\n{w.tr(REFERENCE)}: {e.reference}"
                                              if e.reference else ""), history])
        out.append(KeepTogether([paragraph(target, s.subheading)]))
        out.append(w.table([RECIPIENT, SUBMITTED, TAKEDOWN_STATUS, HISTORY], rows, widths))
    return out


def _statement(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    text = w.tr(STATEMENT, name=d.prepared_by, organisation=d.organisation,
                date=toolkit.format_timestamp(d.generated_at, w.lang)[:10])
    label = ParagraphStyle(f"{w.lang}-pr-sign-label", parent=s.muted)
    box_h = 26 * mm
    left_w = CONTENT_WIDTH * 0.6
    sign = Table(
        [[paragraph(w.tr(PREPARED_BY), label), paragraph(w.tr(SEAL), label)],
         [paragraph(d.prepared_by, s.body), ""],
         [paragraph(w.tr(SIGNATURE), label), ""],
         ["", ""],
         [paragraph(w.tr(DATE), label), ""]],
        colWidths=[left_w - 6 * mm, CONTENT_WIDTH - left_w],
        rowHeights=[None, None, None, box_h - 10 * mm, 14 * mm], hAlign="LEFT")
    sign.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("BOX", (1, 1), (1, 4), 0.8, RULE_COLOUR),
        ("SPAN", (1, 1), (1, 4)),
        ("LINEBELOW", (0, 3), (0, 3), 0.8, ACCENT_COLOUR),
        ("LINEBELOW", (0, 4), (0, 4), 0.8, ACCENT_COLOUR),
    ]))
    return [KeepTogether([w.heading(SECTION_STATEMENT), paragraph(text, s.body),
                          Spacer(1, 5 * mm), sign])]


def _checking(w: _Writer) -> list[Flowable]:
    s = w.s

    def command(text: str) -> Table:
        box = Table([[Paragraph(escape(text), w.command)]], colWidths=[CONTENT_WIDTH],
                    hAlign="LEFT")
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f2f4")),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, MUTED_COLOUR),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        return box

    return [KeepTogether([
        w.heading(SECTION_CHECKING),
        paragraph(w.tr(CHECKING_INTRO), s.body),
        paragraph(w.tr(CHECKING_LINUX), s.body),
        command("sha256sum -c SHA256SUMS"),
        Spacer(1, 2 * mm),
        paragraph(w.tr(CHECKING_MAC), s.body),
        command("shasum -a 256 -c SHA256SUMS"),
        Spacer(1, 2 * mm),
        paragraph(w.tr(CHECKING_WINDOWS), s.body),
        command("Get-FileHash -Algorithm SHA256 FILE"),
        Spacer(1, 2 * mm),
        paragraph(w.tr(CHECKING_OK), s.body),
        paragraph(w.tr(CHECKING_REPORT, id=w.data.report_id), s.body),
    ])]


SECTION_BUILDERS: tuple[Callable[[_Writer], list[Flowable]], ...] = (
    _cover, _summary, _victim, _timeline, _proof, _leaks, _accounts, _evidence, _takedowns,
    _statement, _checking,
)


def police_report_story(data: PoliceReportData, lang: str, *, cancel: CancelCheck = None,
                        progress: Callable[[int, int], None] | None = None,
                        ) -> toolkit.Story:
    """The report's flowables (a toolkit story); checks ``cancel`` between sections."""

    def build(styles: ReportStyles) -> list[Flowable]:
        w = _Writer(data, lang, styles, cancel)
        story: list[Flowable] = []
        for n, section in enumerate(SECTION_BUILDERS):
            w.check()
            story.extend(section(w))
            if progress is not None:
                progress(n + 1, len(SECTION_BUILDERS))
        return story

    return build


def build_police_report_pdf(out: str | os.PathLike[str], data: PoliceReportData, *, lang: str,
                            password: str | None = None, invariant: bool = False,
                            cancel: CancelCheck = None,
                            progress: Callable[[int, int], None] | None = None,
                            on_page: Callable[[int], None] | None = None) -> BuiltDocument:
    """Write the police report for ``data`` at ``out`` (atomically; AES-256 with
    ``password``). ``progress(done, total)`` is called per section while the story is
    built; ``on_page(n)`` per page laid out. ``cancel`` stops the build (Cancelled) before
    anything is written. PDF metadata name the case number only, never the victim."""
    toolkit.check_language(lang)

    def page_done(page: int) -> None:
        if _cancelled(cancel):
            raise Cancelled()
        if on_page is not None:
            on_page(page)

    result = toolkit.build_document(
        out, police_report_story(data, lang, cancel=cancel, progress=progress),
        title=translate(METADATA_TITLE, lang, number=data.case.number),
        organisation=data.organisation, document_id=data.report_id,
        generated_at=data.generated_at, lang=lang, marking=translate(MARKING, lang),
        password=password, invariant=invariant, on_page=page_done)
    log.info("police report %s built: %d pages, %d evidence items", data.report_id,
             result.pages, len(data.evidence))
    return result


def estimated_pages(data: PoliceReportData) -> int:
    """A rough page count for progress bars (the true count is known only at the end)."""
    evidence = len(data.evidence)
    return max(3, 4 + evidence // 9 + evidence // 8 + len(data.incidents) // 8
               + len(data.takedowns) // 10)
