"""Letters built from a request: the request letter and the web-form text (from the
organisation's templates), each as plain text and as a PDF story for the report toolkit. The
statutory 신고·삭제요청서 is :mod:`caseapp.takedown.statutory_form`.

Every value comes from :class:`LetterFacts`, which the service fills. It never holds the
victim's identity unless the victim consented and the counsellor chose to include it for
this letter; evidence appears by code, kind, time and hash, never by file name. What the
letter says about the material follows its content type (filmed material, false video
material, exploitation material of a minor) and the case's legal categories (threats,
disclosed personal information); its legal basis follows the recipient: a service provider's
duty to delete, the commission's deliberation and correction request, the offences for the
police, the State's deletion support for the victim support centre."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from caseapp.domain import fields
from caseapp.domain.legal import LegalCategory
from caseapp.domain.organisation import Organisation
from caseapp.domain.takedowns import (
    ContentType,
    EvidenceRef,
    LinkKind,
    Recipient,
    RecipientKind,
    TakedownRequest,
)
from caseapp.i18n import N_, translate
from caseapp.reports import toolkit
from caseapp.reports.toolkit import ReportStyles, key_value_table, paragraph
from caseapp.takedown import directory, targets, templates

DEFAULT_LEGAL_BASIS = N_(
    "Telecommunications Business Act, Article 22-5 (duty of service providers to delete or "
    "block illegal filmed material without delay once it is reported), and the Act on "
    "Special Cases Concerning the Punishment of Sexual Crimes, Articles 14 and 14-2.")
REGULATOR_BASIS = N_(
    "Act on the Establishment and Operation of the Korea Media and Communications Commission "
    "(in force since 1 October 2025; formerly the Act on the Establishment and Operation of "
    "the Korea Communications Commission, Article 21 (4)): the commission's deliberation on "
    "information circulated through information and communications networks and its "
    "requests for correction; Act on Promotion of Information and Communications Network "
    "Utilization and Information Protection, Article 44-7 (illegal information).")
SUPPORT_BASIS = N_(
    "Act on the Prevention of Sexual Violence and Protection of Victims, Article 7-3 "
    "(support for victims of illegally filmed material and similar, including its deletion).")
POLICE_BASIS = N_("Offences the material points to: {laws}.")
LETTER_TITLE = N_("Takedown request {code}")
SEXTORTION_LAW = N_("Act on Special Cases Concerning the Punishment of Sexual Crimes, "
                    "Article 14-3")

# What the letter says about the material, by content type (one sentence or two each).
_STATEMENT = {
    ContentType.FILMED: N_(
        "The material was filmed against the will of the person filmed, or distributed "
        "against their will after it was filmed (filmed material or copies of it). Filming "
        "or distributing it is a crime under the Act on Special Cases Concerning the "
        "Punishment of Sexual Crimes, Article 14."),
    ContentType.SYNTHETIC: N_(
        "The material is false video material: the victim's face or body was edited, "
        "synthesised or processed against their will into a form that can cause sexual "
        "desire or shame. It was never filmed; making or distributing it is a crime all the "
        "same under the Act on Special Cases Concerning the Punishment of Sexual Crimes, "
        "Article 14-2."),
    ContentType.MINOR: N_(
        "The material shows a child or adolescent, or a person clearly recognisable as one, "
        "and is sexual exploitation material of a child or adolescent. Making, distributing "
        "or possessing it is a crime under the Act on the Protection of Children and Youth "
        "against Sex Offenses, Article 11."),
}
_ALSO_SYNTHETIC = N_("It was made by editing or synthesising images of the victim (false "
                     "video material, Act on Special Cases Concerning the Punishment of "
                     "Sexual Crimes, Article 14-2).")
_ALSO_FILMED = N_("It was filmed, or distributed, against the victim's will (Act on Special "
                  "Cases Concerning the Punishment of Sexual Crimes, Article 14).")
_ALSO_THREAT = N_("The material is being used to threaten or coerce the victim (Act on "
                  "Special Cases Concerning the Punishment of Sexual Crimes, Article 14-3).")
_ALSO_PERSONAL = N_("The victim's personal information (such as name, school, workplace or "
                    "contact details) is posted with it, which exposes them to further harm.")
_MATERIAL = {
    ContentType.FILMED: N_("filmed material"),
    ContentType.SYNTHETIC: N_("false video material"),
    ContentType.MINOR: N_("exploitation material"),
}
_FILMED_CATEGORIES = (LegalCategory.ILLEGAL_FILMING, LegalCategory.NON_CONSENSUAL_DISTRIBUTION)


@dataclass(frozen=True, slots=True)
class LetterFacts:
    lang: str
    org: Organisation                # name, contact details and the zone dates are shown in
    signatory: str                   # the display name of the counsellor profile signing
    legal_basis: str                 # the organisation's wording for providers; empty: default
    letter_date: datetime            # aware; shown in the organisation's zone
    request: TakedownRequest
    recipient: Recipient
    evidence: tuple[EvidenceRef, ...]
    earlier: tuple[TakedownRequest, ...]     # earlier requests of the same chain, oldest first
    parent: TakedownRequest | None
    victim: str | None = None        # the person shown; only with consent and a choice
    categories: tuple[LegalCategory, ...] = ()   # the case's legal categories

    @property
    def organisation(self) -> str:
        return self.org.name


def tr(msgid: str, facts: LetterFacts, **params: object) -> str:
    """``msgid`` in the letter's language."""
    return translate(msgid, facts.lang, **params)


_t = tr


def day(facts: LetterFacts, moment: datetime | date | None) -> str:
    """A date as the letter's language writes it; a moment on the organisation's calendar."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        moment = moment.astimezone(facts.org.zone).date() if moment.tzinfo else moment.date()
    return toolkit.format_date(moment, facts.lang)


def moment_text(facts: LetterFacts, moment: fields.Moment | None) -> str:
    """A time in the organisation's zone with its offset; the clock it was recorded in is
    kept beside it when that zone differs. A bare date stays a date."""
    if moment is None:
        return ""
    if not isinstance(moment, datetime):
        return toolkit.format_date(moment, facts.lang)
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    shown = toolkit.format_timestamp(moment.astimezone(facts.org.zone), facts.lang)
    if moment.utcoffset() != moment.astimezone(facts.org.zone).utcoffset():
        shown += " (" + toolkit.format_timestamp(moment, facts.lang) + ")"
    return shown


def recipient_name(facts: LetterFacts) -> str:
    return directory.recipient_label(facts.recipient.name, facts.lang)


def target_text(facts: LetterFacts) -> str:
    request = facts.request
    lines = targets.display_lines(request.target_kind, request.target)
    if len(lines) > 1:
        lines[1] = _t(N_("(ASCII form: {address})"), facts, address=lines[1])
    return "\n".join(lines)


def evidence_lines(facts: LetterFacts, *, with_hash: bool = True) -> list[str]:
    from caseapp.domain.evidence import EvidenceKind

    out = []
    for item in facts.evidence:
        try:
            kind = EvidenceKind(item.kind).label(facts.lang)
        except ValueError:
            kind = item.kind
        parts = [item.code, kind]
        if item.captured_at is not None:
            parts.append(_t(N_("captured {time}"), facts,
                            time=moment_text(facts, item.captured_at)))
        if item.url and item.url != facts.request.target:
            parts.append(targets.visible(item.url))
        if with_hash and item.sha256:
            parts.append(f"SHA-256 {item.sha256}")
        out.append(" · ".join(parts))
    return out


def _distinct(values: Sequence[str | None]) -> str:
    seen: list[str] = []
    for value in values:
        if value and value.strip() and value not in seen:
            seen.append(value)
    return "\n".join(seen)


def poster_ids(facts: LetterFacts) -> str:
    return _distinct([e.poster_account for e in facts.evidence])


def channel_names(facts: LetterFacts) -> str:
    return _distinct([" ".join(p for p in (e.channel_name or "", f"({e.channel_id})"
                                           if e.channel_id else "") if p)
                      for e in facts.evidence])


def posting_times(facts: LetterFacts) -> str:
    return _distinct([moment_text(facts, e.posted_at) if e.posted_at else None
                      for e in facts.evidence])


def previous_lines(facts: LetterFacts) -> list[str]:
    out = []
    for earlier in facts.earlier:
        when = day(facts, earlier.submitted_at or earlier.created_at)
        line = _t(N_("{date} {recipient}: {status}"), facts, date=when,
                  recipient=directory.recipient_label(earlier.recipient_name, facts.lang),
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
                  recipient=directory.recipient_label(parent.recipient_name, facts.lang),
                  status=parent.status.label(facts.lang))
    return _t(N_("This material was the subject of our earlier request {code}. It has been "
                 "uploaded again at the address below."), facts, code=parent.code)


def contact_line(facts: LetterFacts) -> str:
    return facts.org.contact_line()


def content_statement(facts: LetterFacts) -> str:
    """What the material is, in the words of the law for its content type, with what the
    case's other legal categories add (also synthetic or filmed, threats, personal
    information posted with it)."""
    kind = facts.request.content_type
    categories = set(facts.categories)
    sentences = [_t(_STATEMENT[kind], facts)]
    if kind is ContentType.MINOR:
        if LegalCategory.SYNTHETIC_SEXUAL_MATERIAL in categories:
            sentences.append(_t(_ALSO_SYNTHETIC, facts))
        elif categories & set(_FILMED_CATEGORIES):
            sentences.append(_t(_ALSO_FILMED, facts))
    if LegalCategory.SEXTORTION in categories:
        sentences.append(_t(_ALSO_THREAT, facts))
    if LegalCategory.PERSONAL_INFORMATION_DISCLOSURE in categories:
        sentences.append(_t(_ALSO_PERSONAL, facts))
    return " ".join(sentences)


def material(facts: LetterFacts) -> str:
    return _t(_MATERIAL[facts.request.content_type], facts)


def _offence_laws(facts: LetterFacts) -> list[str]:
    kind = facts.request.content_type
    laws = [kind.legal_reference(facts.lang)]
    categories = set(facts.categories)
    if kind is ContentType.MINOR and LegalCategory.SYNTHETIC_SEXUAL_MATERIAL in categories:
        laws.append(ContentType.SYNTHETIC.legal_reference(facts.lang))
    if LegalCategory.SEXTORTION in categories:
        laws.append(_t(SEXTORTION_LAW, facts))
    return laws


def legal_basis(facts: LetterFacts) -> str:
    """The basis the letter stands on, by recipient: a service provider's duty to delete (the
    organisation may word it), the commission's deliberation and correction request, the
    offences for the police, the State's deletion support for the support centre."""
    kind = facts.recipient.kind
    if kind is RecipientKind.REGULATOR:
        return _t(REGULATOR_BASIS, facts)
    if kind is RecipientKind.POLICE:
        return _t(POLICE_BASIS, facts, laws="; ".join(_offence_laws(facts)))
    if kind is RecipientKind.SUPPORT_CENTRE:
        return _t(SUPPORT_BASIS, facts)
    return facts.legal_basis.strip() or _t(DEFAULT_LEGAL_BASIS, facts)


def values(facts: LetterFacts) -> dict[str, str]:
    """Every template placeholder's value for this letter (plain text)."""
    request = facts.request
    victim = ""
    if facts.victim:
        victim = _t(N_("Person shown in the material: {name}"), facts, name=facts.victim)
    return {
        "organisation": facts.org.name,
        "organisation_address": facts.org.address,
        "organisation_phone": facts.org.phone,
        "organisation_email": facts.org.email,
        "organisation_contact": contact_line(facts),
        "signatory": facts.signatory,
        "legal_basis": legal_basis(facts),
        "date": day(facts, facts.letter_date),
        "case_number": request.case_number,
        "request_code": request.code,
        "recipient": recipient_name(facts),
        "recipient_reference": request.recipient_reference,
        "target_kind": request.target_kind.label(facts.lang),
        "target": target_text(facts),
        "platform": request.platform.label(facts.lang) if request.platform else "",
        "content_type": request.content_type.label(facts.lang),
        "content_law": request.content_type.legal_reference(facts.lang),
        "content_statement": content_statement(facts),
        "material": material(facts),
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


# --- template letters as PDF ----------------------------------------------------------------------
def letter_story(facts: LetterFacts, filled: templates.FilledLetter) -> object:
    """A letter on the organisation's letterhead: its name, address, phone and e-mail at the
    top, the recipient, date and references, then the template's text. Letters go outside
    the centre, so they carry no confidentiality marking (the caller builds them without)."""
    def story(styles: ReportStyles) -> Sequence[Flowable]:
        out: list[Flowable] = []
        if facts.org.name.strip():
            out.append(paragraph(facts.org.name, styles.subheading))
        if contact_line(facts).strip():
            out.append(paragraph(contact_line(facts), styles.small))
        out.append(Spacer(1, 5 * mm))
        meta = [(_t(N_("To"), facts), recipient_name(facts)),
                (_t(N_("Date"), facts), day(facts, facts.letter_date)),
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
