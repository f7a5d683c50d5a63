"""Letters built from a request: the request letter and the web-form text (from the
organisation's templates), and the statutory 불법촬영물등 유통 신고·삭제요청서 (request for
reporting and deletion of illegal filmed material, Telecommunications Business Act Art. 22-5)
prefilled from the case; each as plain text and as a PDF story for the report toolkit.

Every value comes from :class:`LetterFacts`, which the service fills. It never holds the
victim's identity unless the victim consented and the counsellor chose to include it for
this letter; evidence appears by code, kind, time and hash, never by file name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from caseapp.domain import fields
from caseapp.domain.takedowns import (
    ContentType,
    EvidenceRef,
    LinkKind,
    Recipient,
    TakedownRequest,
)
from caseapp.i18n import N_, translate
from caseapp.reports.toolkit import ReportStyles, key_value_table, paragraph
from caseapp.takedown import targets, templates
from caseapp.takedown.directory import recipient_label

STATUTORY_TITLE = N_("Request for Reporting and Deletion of Illegal Filmed Material")
STATUTORY_BASIS = N_("Telecommunications Business Act, Article 22-5 (1)")
DEFAULT_LEGAL_BASIS = N_(
    "Telecommunications Business Act, Article 22-5 (duty of service providers to delete or "
    "block illegal filmed material without delay once it is reported), and the Act on "
    "Special Cases Concerning the Punishment of Sexual Crimes, Articles 14 and 14-2.")
LETTER_TITLE = N_("Takedown request {code}")


@dataclass(frozen=True, slots=True)
class LetterFacts:
    lang: str
    organisation: str
    organisation_address: str
    organisation_phone: str
    organisation_email: str
    signatory: str
    legal_basis: str                 # empty: the default wording above
    letter_date: datetime
    request: TakedownRequest
    recipient: Recipient
    evidence: tuple[EvidenceRef, ...]
    earlier: tuple[TakedownRequest, ...]     # earlier requests of the same chain, oldest first
    parent: TakedownRequest | None
    victim: str | None = None        # the person shown; only with consent and a choice


def _t(msgid: str, facts: LetterFacts, **params: object) -> str:
    return translate(msgid, facts.lang, **params)


def _day(moment: datetime | date | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        return moment.astimezone().date().isoformat() if moment.tzinfo else \
            moment.date().isoformat()
    return moment.isoformat()


def _time(moment: fields.Moment | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        return moment.strftime("%Y-%m-%d %H:%M %z").strip()
    return moment.isoformat()


def target_text(facts: LetterFacts) -> str:
    request = facts.request
    lines = targets.display_lines(request.target_kind, request.target)
    if len(lines) > 1:
        lines[1] = _t(N_("(ASCII form: {address})"), facts, address=lines[1])
    return "\n".join(lines)


def evidence_lines(facts: LetterFacts) -> list[str]:
    from caseapp.domain.evidence import EvidenceKind

    out = []
    for item in facts.evidence:
        try:
            kind = EvidenceKind(item.kind).label(facts.lang)
        except ValueError:
            kind = item.kind
        parts = [item.code, kind]
        if item.captured_at is not None:
            parts.append(_t(N_("captured {time}"), facts, time=_time(item.captured_at)))
        if item.url and item.url != facts.request.target:
            parts.append(targets.visible(item.url))
        if item.sha256:
            parts.append(f"SHA-256 {item.sha256}")
        out.append(" · ".join(parts))
    return out


def previous_lines(facts: LetterFacts) -> list[str]:
    out = []
    for earlier in facts.earlier:
        when = _day(earlier.submitted_at or earlier.created_at)
        line = _t(N_("{date} {recipient}: {status}"), facts, date=when,
                  recipient=recipient_label(earlier.recipient_name, facts.lang),
                  status=earlier.status.label(facts.lang))
        if earlier.recipient_reference.strip():
            line += " " + _t(N_("(reference {reference})"), facts,
                             reference=earlier.recipient_reference)
        out.append(line)
    return out


def link_reason(facts: LetterFacts) -> str:
    parent = facts.parent
    if parent is None or facts.request.link is None:
        return ""
    if facts.request.link is LinkKind.ESCALATION:
        return _t(N_("This request follows our request {code} to {recipient}, which is "
                     "{status}; the material is still available."), facts, code=parent.code,
                  recipient=recipient_label(parent.recipient_name, facts.lang),
                  status=parent.status.label(facts.lang))
    return _t(N_("This material was the subject of our earlier request {code}. It has been "
                 "uploaded again at the address below."), facts, code=parent.code)


def contact_line(facts: LetterFacts) -> str:
    return " · ".join(p for p in (facts.organisation_address, facts.organisation_phone,
                                  facts.organisation_email) if p.strip())


def legal_basis(facts: LetterFacts) -> str:
    return facts.legal_basis.strip() or _t(DEFAULT_LEGAL_BASIS, facts)


def values(facts: LetterFacts) -> dict[str, str]:
    """Every template placeholder's value for this letter (plain text)."""
    request = facts.request
    victim = ""
    if facts.victim:
        victim = _t(N_("Person shown in the material: {name}"), facts, name=facts.victim)
    return {
        "organisation": facts.organisation,
        "organisation_address": facts.organisation_address,
        "organisation_phone": facts.organisation_phone,
        "organisation_email": facts.organisation_email,
        "organisation_contact": contact_line(facts),
        "signatory": facts.signatory,
        "legal_basis": legal_basis(facts),
        "date": _day(facts.letter_date),
        "case_number": request.case_number,
        "request_code": request.code,
        "recipient": recipient_label(facts.recipient.name, facts.lang),
        "recipient_reference": request.recipient_reference,
        "target_kind": request.target_kind.label(facts.lang),
        "target": target_text(facts),
        "platform": request.platform.label(facts.lang) if request.platform else "",
        "content_type": request.content_type.label(facts.lang),
        "content_law": request.content_type.legal_reference(facts.lang),
        "description": request.description,
        "keywords": request.keywords,
        "action": request.action.label(facts.lang),
        "evidence": "\n".join(evidence_lines(facts)),
        "previous": "\n".join(previous_lines(facts)),
        "link_reason": link_reason(facts),
        "victim": victim,
    }


def fill_template(facts: LetterFacts, template_text: str) -> templates.FilledLetter:
    return templates.fill(templates.parse(template_text), values(facts))


# --- the statutory form --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FormSection:
    heading: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class StatutoryForm:
    title: str
    basis: str
    sections: tuple[FormSection, ...]
    declaration: str
    signature: str


def statutory_form(facts: LetterFacts) -> StatutoryForm:
    """The 신고·삭제요청서 with the fields service providers ask for: requester, relationship
    to the victim, the kind of material (ticked), where it is (exact URLs), titles or
    keywords, the action requested."""
    request = facts.request
    tick = []
    for kind in ContentType:
        mark = "■" if kind is request.content_type else "□"
        tick.append(f"{mark} {kind.label(facts.lang)} ({kind.legal_reference(facts.lang)})")
    victim_value = facts.victim or _t(N_(
        "Not named in this request. The requesting organisation has confirmed who the "
        "victim is and acts with their consent; it can confirm this on request."), facts)
    evidence = evidence_lines(facts)
    requester = FormSection(_t(N_("Requester"), facts), (
        (_t(N_("Organisation"), facts), facts.organisation),
        (_t(N_("Address"), facts), facts.organisation_address),
        (_t(N_("Phone number"), facts), facts.organisation_phone),
        (_t(N_("E-mail"), facts), facts.organisation_email),
        (_t(N_("Person in charge"), facts), facts.signatory),
        (_t(N_("Relationship to the victim"), facts), _t(N_(
            "Support organisation requesting on the victim's behalf, with their consent"),
            facts)),
    ))
    victim = FormSection(_t(N_("Victim"), facts), ((_t(N_("Victim"), facts), victim_value),))
    rows: list[tuple[str, str]] = [
        (_t(N_("Type of material"), facts), "\n".join(tick)),
        (_t(N_("Where it is (URL)"), facts), target_text(facts)),
        (_t(N_("Titles or keywords"), facts), request.keywords),
        (_t(N_("What the material is"), facts), request.description),
    ]
    if evidence:
        rows.append((_t(N_("Evidence"), facts), "\n".join(evidence)))
    material = FormSection(_t(N_("Illegal filmed material"), facts), tuple(rows))
    ask_rows: list[tuple[str, str]] = [
        (_t(N_("Action requested"), facts), request.action.label(facts.lang)),
        (_t(N_("Legal basis"), facts), "\n".join(
            (_t(STATUTORY_BASIS, facts), legal_basis(facts)))),
        (_t(N_("Recipient"), facts), recipient_label(facts.recipient.name, facts.lang)),
        (_t(N_("Our reference"), facts), _t(N_("{code} (case {number})"), facts,
                                           code=request.code, number=request.case_number)),
        (_t(N_("Date"), facts), _day(facts.letter_date)),
    ]
    reason = link_reason(facts)
    if reason:
        ask_rows.append((_t(N_("Earlier requests"), facts),
                         "\n".join([reason, *previous_lines(facts)])))
    ask = FormSection(_t(N_("Request made"), facts), tuple(ask_rows))
    sections = tuple(FormSection(s.heading, tuple((label, value if value.strip() else "-")
                                                  for label, value in s.rows))
                     for s in (requester, victim, material, ask))
    return StatutoryForm(
        title=_t(STATUTORY_TITLE, facts),
        basis=_t(STATUTORY_BASIS, facts),
        sections=sections,
        declaration=_t(N_("Under Article 22-5 of the Telecommunications Business Act we "
                          "report the illegal filmed material above and request that its "
                          "distribution be stopped by deletion or blocking of access without "
                          "delay."), facts),
        signature=_t(N_("Requester: {organisation} (signature or seal)"), facts,
                     organisation=facts.organisation),
    )


def statutory_text(form: StatutoryForm) -> str:
    lines = [form.title, form.basis, ""]
    for section in form.sections:
        lines.append(f"[{section.heading}]")
        for label, value in section.rows:
            value_lines = (value or "").split("\n")
            lines.append(f"{label}: {value_lines[0]}")
            lines.extend(f"    {more}" for more in value_lines[1:])
        lines.append("")
    lines.extend((form.declaration, "", form.signature))
    return "\n".join(lines) + "\n"


def statutory_story(form: StatutoryForm) -> object:
    def story(styles: ReportStyles) -> Sequence[Flowable]:
        out: list[Flowable] = [paragraph(form.title, styles.title),
                               paragraph(form.basis, styles.subtitle)]
        for section in form.sections:
            out.append(paragraph(section.heading, styles.heading))
            out.append(key_value_table(list(section.rows), styles=styles,
                                       label_width=44 * mm))
        out.extend((Spacer(1, 6 * mm), paragraph(form.declaration, styles.body),
                    Spacer(1, 10 * mm), paragraph(form.signature, styles.body)))
        return out

    return story


# --- template letters as PDF ----------------------------------------------------------------------
def letter_story(facts: LetterFacts, filled: templates.FilledLetter) -> object:
    def story(styles: ReportStyles) -> Sequence[Flowable]:
        out: list[Flowable] = []
        head = [facts.organisation, contact_line(facts)]
        for line in head:
            if line.strip():
                out.append(paragraph(line, styles.small))
        out.append(Spacer(1, 4 * mm))
        meta = [(_t(N_("To"), facts), recipient_label(facts.recipient.name, facts.lang)),
                (_t(N_("Date"), facts), _day(facts.letter_date)),
                (_t(N_("Our reference"), facts),
                 _t(N_("{code} (case {number})"), facts, code=facts.request.code,
                    number=facts.request.case_number))]
        if facts.request.recipient_reference.strip():
            meta.append((_t(N_("Your reference"), facts), facts.request.recipient_reference))
        out.append(key_value_table(meta, styles=styles, label_width=32 * mm))
        out.append(Spacer(1, 4 * mm))
        title = filled.subject or _t(LETTER_TITLE, facts, code=facts.request.code)
        out.append(paragraph(title, styles.heading))
        for block in filled.blocks:
            style = styles.subheading if block.kind is templates.BlockKind.HEADING \
                else styles.body
            out.append(paragraph(block.text, style))
        return out

    return story
