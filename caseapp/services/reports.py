"""Report verbs: build the police report for a case (consent checked, data gathered through the
case, evidence and takedown services), register every generated PDF with its options, author,
time and SHA-256 and audit it; list a case's reports; match a copy to its registry entry."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp import __version__
from caseapp.domain import fields
from caseapp.domain.cases import Case
from caseapp.domain.consent import ConsentScope
from caseapp.domain.hash_lists import HashListMatch
from caseapp.domain.offences import relevant_offences
from caseapp.domain.reports import ReportKind, ReportRecord, normalise_sha256, report_id
from caseapp.domain.takedowns import TakedownStatus
from caseapp.errors import BadInput, Cancelled, CaseAppError, ConsentMissing, WeakPassphrase
from caseapp.i18n import N_
from caseapp.reports import toolkit
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import hash_lists
from caseapp.services import organisation as organisation_service
from caseapp.services import takedowns as takedown_service
from caseapp.services import vault as vault_service
from caseapp.services.signer import signing_profile
from caseapp.store import case_repo, report_repo
from caseapp.store.vault import Vault
from caseapp.takedown import directory

if TYPE_CHECKING:
    from caseapp.reports.police_report import PoliceReportData

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool] | threading.Event | None
CaseRef = Case | int | str

# Progress runs on one scale: gathering the record, laying out pages, writing and registering.
PROGRESS_TOTAL = 100
_GATHERED = 15
_LAID_OUT = 95
_READ_CHUNK = 1 << 20


def _cancelled(cancel: CancelCheck) -> bool:
    if cancel is None:
        return False
    return cancel.is_set() if isinstance(cancel, threading.Event) else bool(cancel())


class _Steps:
    def __init__(self, progress: Progress | None, cancel: CancelCheck) -> None:
        self.progress = progress
        self.cancel = cancel
        self.done = 0

    def at(self, done: int) -> None:
        self.done = max(self.done, min(done, PROGRESS_TOTAL))
        if self.progress is not None:
            self.progress(self.done, PROGRESS_TOTAL)
        if _cancelled(self.cancel):
            raise Cancelled()


def _check_out(vault: Vault, out: Path) -> Path:
    target = Path(out)
    if target.is_dir():
        raise BadInput(N_("{path} is a folder; give the name of the PDF file to write."),
                       path=str(target))
    if not target.parent.is_dir():
        raise BadInput(N_("The folder {path} does not exist."), path=str(target.parent))
    data_dir = Path(vault.data_dir).resolve()
    resolved = target.resolve()
    if resolved == data_dir or data_dir in resolved.parents:
        raise BadInput(N_("Reports are not written into the CaseApp data folder; choose "
                          "another folder."))
    return target


def _options(*, lang: str, include_identity: bool, include_thumbnails: bool,
             addressed_to: str, victim_requests: str, encrypted: bool, police: str,
             evidence_items: int, internal_draft: bool) -> dict[str, Any]:
    return {
        "internal_draft": internal_draft,
        "lang": lang,
        "include_identity": include_identity,
        "include_thumbnails": include_thumbnails,
        "addressed_to": addressed_to,
        "victim_requests": victim_requests,
        "encrypted": encrypted,
        "police_consent": police,
        "evidence_items": evidence_items,
        "app_version": __version__,
    }


@dataclass(frozen=True, slots=True)
class _Gathered:
    data: PoliceReportData
    seq: int
    police_consent: str          # granted / withdrawn / none, for the register
    evidence_items: int
    kind: ReportKind


def gather_police_report(vault: Vault, case: CaseRef, *, lang: str,
                         include_identity: bool = False, include_thumbnails: bool = False,
                         addressed_to: str = "", victim_requests: str = "",
                         generated_at: datetime | None = None,
                         internal_draft: bool = False) -> PoliceReportData:
    """Everything the police report shows, gathered and consent-checked (as for
    :func:`build_police_report`, whose rules apply) but not laid out or registered."""
    toolkit.check_language(lang)
    return _gather(vault, case, lang=lang, include_identity=include_identity,
                   include_thumbnails=include_thumbnails,
                   addressed_to=fields.text(addressed_to, N_("Addressed to")),
                   victim_requests=fields.long_text(victim_requests,
                                                    N_("What the victim asks for")),
                   generated_at=generated_at, steps=_Steps(None, None),
                   internal_draft=internal_draft).data


class PoliceConsentMissing(ConsentMissing):
    """A report for police without the victim's consent to share with police. The
    counsellor can record the consent, or ask explicitly for an internal draft."""

    hint = N_("Record the victim's consent to share with police first, or build an internal "
              "draft that is marked as not for submission.")
    scope = ConsentScope.POLICE.value


def require_police_consent(vault: Vault, case: CaseRef) -> None:
    """Raise :class:`PoliceConsentMissing` unless consent to share with police is in force
    (never given, or withdrawn, are both named)."""
    current = case_service.get_case(vault, case)
    police = case_service.consent_state(vault, current)[ConsentScope.POLICE]
    if police is None:
        raise PoliceConsentMissing(N_("Case {number}: the victim has not given consent to "
                                      "share with police, so no report for police was "
                                      "built."), number=current.number)
    if not police.granted:
        raise PoliceConsentMissing(N_("Case {number}: the victim withdrew consent to share "
                                      "with police on {date}, so no report for police was "
                                      "built."), number=current.number,
                                   date=fields.format_moment(police.given_at)[:10])


def _gather(vault: Vault, case: CaseRef, *, lang: str, include_identity: bool,
            include_thumbnails: bool, addressed_to: str, victim_requests: str,
            generated_at: datetime | None, steps: _Steps,
            internal_draft: bool = False) -> _Gathered:
    from caseapp.reports import police_report as doc

    if not isinstance(internal_draft, bool):
        raise BadInput(N_("Say whether this is an internal draft."))
    current = case_service.get_case(vault, case)
    consents = case_service.consent_state(vault, current)
    police = consents[ConsentScope.POLICE]
    if not internal_draft:
        require_police_consent(vault, current)
    if include_identity or include_thumbnails:
        # raises ConsentMissing naming the case and whether consent was never given or withdrawn
        case_service.require_consent(vault, current, ConsentScope.POLICE)
    kind = ReportKind.POLICE_REPORT_DRAFT if internal_draft else ReportKind.POLICE_REPORT
    signer = signing_profile(vault)             # refused before anything is gathered

    incidents = case_service.list_incidents(vault, current)
    proof = case_service.proof_checklist(vault, current)
    leaks = case_service.list_leaked_info(vault, current)
    accounts = [doc.AccountEntry(shared.account, len(shared.other_cases))
                for shared in case_service.case_accounts(vault, current)]
    sessions = case_service.list_sessions(vault, current)
    steps.at(3)

    items = evidence_service.list_evidence(vault, current)
    listed: dict[int, list[HashListMatch]] = {}
    for match in hash_lists.matches(vault, case=current):
        listed.setdefault(match.evidence_id, []).append(match)
    evidence = []
    for n, item in enumerate(items):
        thumbnail = None
        if include_thumbnails and item.content_kept and (item.mime or "").startswith("image/"):
            thumbnail = evidence_service.blurred_thumbnail(vault, item.id)
        evidence.append(doc.EvidenceEntry(item, tuple(evidence_service.custody_events(
            vault, item.id)), thumbnail, tuple(listed.get(item.id, ()))))
        if n % 25 == 0:
            steps.at(3 + (n * 9) // max(1, len(items)))
    steps.at(12)

    takedowns = []
    for request in takedown_service.list_requests(vault, current):
        # drafting is the centre's own business; the officer sees what was sent and answered
        history = tuple(doc.TakedownStep(e.at, e.new_status.label(lang),
                                         " · ".join(p for p in (e.reference, e.note) if p))
                        for e in takedown_service.history(vault, request.id)
                        if e.new_status is not TakedownStatus.DRAFT)
        takedowns.append(doc.TakedownEntry(
            target=request.target,
            recipient=directory.recipient_label(request.recipient_name, lang),
            channel=request.channel.label(lang), status=request.status.label(lang),
            submitted_at=request.submitted_at, reference=request.recipient_reference,
            removed_at=request.removal_verified_at, last_checked_at=request.last_checked_at,
            history=history, code=request.code))
    steps.at(_GATHERED - 1)

    victim = None
    withheld: doc.IdentityWithheld | None
    if include_identity:
        victim = case_service.reveal_victim(vault, current)  # audited as victim.revealed
        withheld = None
    elif police is None:
        withheld = doc.IdentityWithheld.NO_CONSENT
    elif not police.granted:
        withheld = doc.IdentityWithheld.CONSENT_WITHDRAWN
    else:
        withheld = doc.IdentityWithheld.NOT_SELECTED

    org = organisation_service.get(vault)
    offences = relevant_offences(
        current.legal_categories, incidents=incidents, leaks=leaks, evidence_count=len(items),
        minor_tag="minor_victim" in current.tags,
        birth_year=case_service.victim_birth_year(vault, current),
        identity_shared=victim is not None)
    with vault.read() as conn:
        seq = report_repo.next_seq(conn, current.id, kind)
    held = sorted(s.held_at for s in sessions if isinstance(s.held_at, datetime))
    data = doc.PoliceReportData(
        organisation=vault_service.organisation(vault),
        report_id=report_id(kind, current.number, seq),
        generated_at=(generated_at or datetime.now().astimezone()).astimezone(org.zone),
        prepared_by=signer.name, time_zone=org.time_zone,
        case=current, consents=consents, victim=victim, withheld=withheld,
        addressed_to=addressed_to, victim_requests=victim_requests,
        organisation_details=vault_service.organisation_details(vault),
        incidents=tuple(incidents), proof=tuple(proof), leaks=tuple(leaks),
        accounts=tuple(accounts), evidence=tuple(evidence), takedowns=tuple(takedowns),
        sessions=len(sessions), first_session=held[0] if held else None,
        include_thumbnails=include_thumbnails, offences=tuple(offences),
        draft=internal_draft)
    steps.at(_GATHERED)
    state = "none" if police is None else ("granted" if police.granted else "withdrawn")
    return _Gathered(data, seq, state, len(items), kind)


WEAK_PDF_PASSWORD = N_(
    "This PDF password is too easy to guess for a report about a victim: use at least {min} "
    "characters that are hard to guess (four or more unrelated words), or let CaseApp "
    "generate one.")
PDF_PASSWORD_GROUPS = 5


def check_pdf_password(password: str) -> None:
    """A password on a report is held to the store's passphrase rules (length and zxcvbn
    score): the PDF leaves the office, and a short password is opened offline in seconds."""
    from caseapp.security import passphrase_policy

    if not password:
        raise BadInput(N_("The PDF password must not be empty."))
    if not passphrase_policy.estimate(password).acceptable:
        raise WeakPassphrase(WEAK_PDF_PASSWORD, min=passphrase_policy.MIN_LENGTH)


def new_pdf_password() -> str:
    """A random PDF password (five groups of four from the recovery code's alphabet, about
    99 bits) to show once and hand over separately; never stored."""
    from caseapp.security import recovery_code

    return recovery_code.generate()[:PDF_PASSWORD_GROUPS * 5 - 1]


def build_police_report(vault: Vault, case: CaseRef, out: Path, *, lang: str,
                        include_identity: bool = False, include_thumbnails: bool = False,
                        addressed_to: str = "", password: str | None = None,
                        victim_requests: str = "", progress: Progress | None = None,
                        cancel: CancelCheck = None,
                        generated_at: datetime | None = None,
                        internal_draft: bool = False) -> ReportRecord:
    """Build the police report of ``case`` at ``out`` and register it.

    A report for police needs the victim's consent to share with police: without it (never
    given, or withdrawn) it raises PoliceConsentMissing before anything is written or
    registered. With ``internal_draft`` (the counsellor's explicit choice) it is built anyway
    as an internal draft: titled as one, "not for submission" on every page, registered with
    its own kind and id (``DRF-…``).

    The victim's identifying details (and blurred thumbnails of the material) are included
    only when the victim's consent to share with police is in force AND the counsellor asks
    for them; asking without consent raises ConsentMissing and writes nothing. Without them
    the report names the pseudonym and says why. ``password`` encrypts the PDF with AES-256
    (never stored or logged); it must meet the store's passphrase rules
    (:func:`check_pdf_password`; :func:`new_pdf_password` makes one).
    ``progress(done, total)`` and ``cancel`` work as for other long jobs; a cancelled or
    failed build leaves no file and no registry entry."""
    from caseapp.reports import police_report as doc

    toolkit.check_language(lang)
    addressed = fields.text(addressed_to, N_("Addressed to"))
    requests = fields.long_text(victim_requests, N_("What the victim asks for"))
    if password is not None:
        check_pdf_password(password)
    target = _check_out(vault, out)
    steps = _Steps(progress, cancel)
    steps.at(0)
    gathered = _gather(vault, case, lang=lang, include_identity=include_identity,
                       include_thumbnails=include_thumbnails, addressed_to=addressed,
                       victim_requests=requests, generated_at=generated_at, steps=steps,
                       internal_draft=internal_draft)
    data = gathered.data
    expected = doc.estimated_pages(data)

    def on_page(page: int) -> None:
        steps.at(_GATHERED + (page * (_LAID_OUT - _GATHERED - 1)) // max(expected, page + 1))

    built = doc.build_police_report_pdf(target, data, lang=lang, password=password,
                                        cancel=cancel, on_page=on_page)
    steps.done = _LAID_OUT
    try:
        if _cancelled(cancel):
            raise Cancelled()
        record = _register(vault, data.case, seq=gathered.seq, rid=data.report_id, lang=lang,
                           kind=gathered.kind, built=built, at=data.generated_at,
                           options=_options(
                               lang=lang, include_identity=include_identity,
                               include_thumbnails=include_thumbnails, addressed_to=addressed,
                               victim_requests=requests, encrypted=built.encrypted,
                               police=gathered.police_consent,
                               evidence_items=gathered.evidence_items,
                               internal_draft=internal_draft))
    except BaseException:
        # an unregistered copy must never be handed over: the file goes with the failure
        try:
            os.unlink(built.path)
        except OSError:
            log.warning("could not remove unregistered report %s", data.report_id)
        raise
    steps.at(PROGRESS_TOTAL)
    log.info("police report %s registered for case id=%s (%d pages)", data.report_id,
             data.case.id, built.pages)
    return record


def _register(vault: Vault, case: Case, *, seq: int, rid: str, lang: str, kind: ReportKind,
              built: toolkit.BuiltDocument, at: datetime,
              options: dict[str, Any]) -> ReportRecord:
    size = built.path.stat().st_size
    with vault.write() as conn:
        if report_repo.report_id_taken(conn, rid):
            raise ReportBuiltTwice(id=rid)
        record = report_repo.insert_report(
            conn, report_id=rid, case_id=case.id, seq=seq,
            kind=kind, lang=lang, options=options, created_at=at,
            created_by=vault.actor, sha256=built.sha256, pages=built.pages, size=size,
            encrypted=built.encrypted, file_name=built.path.name)
        vault.audit("report.built", "case", case.number, report=rid,
                    kind=kind.value, sha256=built.sha256,
                    pages=built.pages, lang=lang, include_identity=options["include_identity"],
                    include_thumbnails=options["include_thumbnails"],
                    encrypted=built.encrypted)
    return record


class ReportBuiltTwice(CaseAppError):
    """Another report of the same case was registered while this one was being built."""

    exit_code = 1
    default_message = N_("Report {id} was registered by another build at the same time; "
                         "this copy was removed. Build the report again.")


def list_reports(vault: Vault, case: CaseRef) -> list[ReportRecord]:
    """Every registered report of a case, oldest first."""
    current = case_service.get_case(vault, case)
    with vault.read() as conn:
        return report_repo.list_reports(conn, current.id)


def find_report_by_sha256(vault: Vault, sha256: str) -> ReportRecord | None:
    """The registered report whose PDF has this SHA-256 (a copy handed to police), or None."""
    digest = normalise_sha256(sha256)
    with vault.read() as conn:
        found = report_repo.reports_by_sha256(conn, digest)
    return found[-1] if found else None


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_READ_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise BadInput(N_("Cannot read {path}: {reason}"), path=str(path),
                       reason=exc.strerror or type(exc).__name__) from None
    return digest.hexdigest()


def match_report_file(vault: Vault, path: Path) -> tuple[str, ReportRecord | None]:
    """The SHA-256 of a PDF (e.g. a copy returned by police) and its registry entry, if any."""
    digest = sha256_of_file(path)
    return digest, find_report_by_sha256(vault, digest)


def verification_problems(vault: Vault) -> list[str]:
    """For ``verify``: every registry row must match the audit event written with it (same
    report id and SHA-256), and every report the audit log records for a case that still
    exists must be in the registry. A mismatch means the registry was edited outside CaseApp."""
    from caseapp.store import audit_repo

    audited: dict[str, tuple[str, str]] = {}
    last = 0
    while True:
        events = audit_repo.page(vault.cases, after=last, limit=500, action="report.built")
        if not events:
            break
        for stored in events:
            details = json.loads(stored.event.details)
            audited[str(details.get("report"))] = (str(details.get("sha256")),
                                                    stored.event.object_id)
        last = events[-1].event.seq
    problems = []
    with vault.read() as conn:
        rows = report_repo.all_reports(conn)
        numbers = set(case_repo.all_numbers(conn))
    registered = set()
    for row in rows:
        registered.add(row.report_id)
        found = audited.get(row.report_id)
        if found is None:
            problems.append(f"report registry: {row.report_id} has no audit event")
        elif found[0] != row.sha256:
            problems.append(f"report registry: {row.report_id} SHA-256 differs from the audit "
                            "log")
    for rid, (_sha, number) in audited.items():
        if rid not in registered and number in numbers:
            problems.append(f"report registry: {rid} (case {number}) is missing")
    return problems
