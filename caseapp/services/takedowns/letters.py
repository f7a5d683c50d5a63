"""Takedown letters as PDF or text: the request letter, the web-form text and the
statutory 신고·삭제요청서."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from caseapp.domain import fields
from caseapp.domain.consent import ConsentScope
from caseapp.domain.takedowns import LetterForm, TakedownRequest
from caseapp.errors import BadInput, CaseAppError
from caseapp.i18n import LANGUAGES, N_, current_language, translate
from caseapp.services import cases as cases_service
from caseapp.services import organisation as organisation_service
from caseapp.services.signer import signing_profile
from caseapp.services.takedowns.refs import RequestRef, _now
from caseapp.services.takedowns.requests import _request, _require_takedown_consent
from caseapp.services.takedowns.templates import _settings, template_text
from caseapp.store import takedown_repo
from caseapp.store.vault import Vault
from caseapp.takedown import directory, letters, statutory_form

log = logging.getLogger(__name__)



# --- letters --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LetterResult:
    path: Path
    form: LetterForm
    lang: str
    format: str                      # "pdf" or "txt"
    sha256: str
    pages: int | None
    victim_identity: bool


def _letter_facts(vault: Vault, request: TakedownRequest, lang: str,
                  victim: str | None, now: datetime, signer: str) -> letters.LetterFacts:
    org = organisation_service.get(vault)
    categories = cases_service.get_case(vault, request.case_id).legal_categories
    with vault.read() as conn:
        recipient = takedown_repo.get_recipient(conn, request.recipient_id)
        assert recipient is not None
        settings = _settings(conn)
        evidence = tuple(takedown_repo.evidence_refs(conn, request.evidence_ids))
        earlier = tuple(r for r in takedown_repo.chain(conn, request.root_id)
                        if r.id < request.id)
        parent = None if request.parent_id is None else \
            takedown_repo.get_request(conn, request.parent_id)
    return letters.LetterFacts(
        lang=lang, org=org, signatory=signer, legal_basis=settings.legal_basis(lang),
        letter_date=now.astimezone(org.zone), request=request, recipient=recipient,
        evidence=evidence, earlier=earlier, parent=parent, victim=victim,
        categories=tuple(categories))


class StatutoryFormRefused(CaseAppError):
    """The statutory form asked for a recipient that is not a service provider."""

    exit_code = 1
    default_message = N_("The statutory request form (불법촬영물등 유통 신고·삭제요청서) is for "
                         "service providers only (platforms, hosting providers, search "
                         "engines, other providers); {recipient} is a recipient of the kind "
                         "'{kind}'.")
    hint = N_("Write it the request letter instead (form 'letter').")


def _victim_name(vault: Vault, request: TakedownRequest) -> str:
    victim = cases_service.reveal_victim(vault, request.case_id)      # audited
    name = victim.name.strip() or victim.preferred_name.strip()
    if not name:
        raise BadInput(N_("No name is recorded for the victim of case {number}; the letter "
                          "cannot name them."), number=request.case_number)
    return name


def _lang(lang: str | None) -> str:
    value = lang or current_language()
    if value not in LANGUAGES:
        raise BadInput(N_("Unknown language {lang}; use one of {choices}."), lang=str(value),
                       choices=", ".join(LANGUAGES))
    return value


def _prepare_letter(vault: Vault, ref: RequestRef, form: LetterForm | str, lang: str | None,
                    include_victim_identity: bool, now: datetime
                    ) -> tuple[TakedownRequest, LetterForm, str, letters.LetterFacts]:
    letter_form = fields.choice(LetterForm, form, N_("Letter form"))
    language = _lang(lang)
    if not isinstance(include_victim_identity, bool):
        raise BadInput(N_("Say whether the letter names the victim."))
    with vault.read() as conn:
        request = _request(conn, ref)
    if letter_form is LetterForm.STATUTORY and not request.recipient_kind.service_provider:
        raise StatutoryFormRefused(
            recipient=directory.recipient_label(request.recipient_name, language),
            kind=request.recipient_kind.label(language))
    signer = signing_profile(vault).name         # refused before anything is revealed
    _require_takedown_consent(vault, cases_service.get_case(vault, request.case_id))
    if include_victim_identity:
        # takedown consent lets the centre ask on the victim's behalf; naming the victim to
        # the platform or regulator is a consent of its own
        cases_service.require_consent(vault, request.case_id, ConsentScope.IDENTIFY)
    victim = _victim_name(vault, request) if include_victim_identity else None
    return request, letter_form, language, _letter_facts(vault, request, language, victim, now,
                                                         signer)


def letter_text(vault: Vault, ref: RequestRef, *, form: LetterForm | str = LetterForm.LETTER,
                lang: str | None = None, include_victim_identity: bool = False) -> str:
    """The letter as plain text (e.g. to paste into a web form)."""
    now = _now()
    request, letter_form, language, facts = _prepare_letter(
        vault, ref, form, lang, include_victim_identity, now)
    if letter_form is LetterForm.STATUTORY:
        return statutory_form.statutory_text(statutory_form.statutory_form(facts), facts)
    body, _edited = template_text(vault, request.recipient_kind, letter_form, language)
    return letters.fill_template(facts, body).as_text()


def write_letter(vault: Vault, ref: RequestRef, out: Path | str, *,
                 form: LetterForm | str = LetterForm.LETTER, lang: str | None = None,
                 include_victim_identity: bool = False,
                 invariant: bool = False) -> LetterResult:
    """Write a letter for ``ref`` to ``out``: PDF when the name ends in .pdf, plain UTF-8 text
    when it ends in .txt. ``form``: the request letter, the web-form text, or the statutory
    신고·삭제요청서. Needs the victim's takedown consent; names the victim only with
    ``include_victim_identity`` and the victim's consent to be named to platforms and
    regulators (scope ``identify``; the reveal is audited). The file is the user's explicit
    export and is recorded in the audit chain with its SHA-256."""
    import hashlib

    from caseapp.reports import toolkit

    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".txt"):
        raise BadInput(N_("The letter file name must end in .pdf or .txt: {name}"),
                       name=target.name)
    if target.is_dir():
        raise BadInput(N_("{path} is a folder; give a file name."), path=str(target))
    if not target.parent.is_dir():
        raise BadInput(N_("The folder {path} does not exist."), path=str(target.parent))
    now = _now()
    request, letter_form, language, facts = _prepare_letter(
        vault, ref, form, lang, include_victim_identity, now)
    pages: int | None = None
    if letter_form is LetterForm.STATUTORY:
        statutory = statutory_form.statutory_form(facts)
        title = statutory.title
        text = statutory_form.statutory_text(statutory, facts)
        story: Any = statutory_form.statutory_story(statutory)
    else:
        body, _edited = template_text(vault, request.recipient_kind, letter_form, language)
        filled = letters.fill_template(facts, body)
        title = translate(letters.LETTER_TITLE, language, code=request.code)
        text = filled.as_text()
        story = letters.letter_story(facts, filled)
    if suffix == ".pdf":
        built = toolkit.build_document(
            target, story, title=title, organisation=facts.organisation or title,
            document_id=request.code,  # the title says which form; no English in the footer
            generated_at=facts.letter_date, lang=language, invariant=invariant,
            confidentiality=False)     # it goes outside: no "confidential" marking
        digest, pages = built.sha256, built.pages
    else:
        data = text.encode("utf-8")
        toolkit.write_atomically(target, data)
        digest = hashlib.sha256(data).hexdigest()
    with vault.write():
        vault.audit("takedown.letter_written", "takedown", request.code,
                    case=request.case_number, form=letter_form.value, lang=language,
                    format=suffix[1:], file=target.name, sha256=digest,
                    victim_identity=include_victim_identity)
    log.info("takedown letter for request id=%s written (%s)", request.id, suffix[1:])
    return LetterResult(target, letter_form, language, suffix[1:], digest, pages,
                        include_victim_identity)

