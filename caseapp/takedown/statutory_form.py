"""The statutory 불법촬영물등 유통 신고·삭제요청서 (request for reporting and deletion of illegal
filmed material; Telecommunications Business Act Art. 22-5 (1) and its enforcement decree
Art. 30-5), prefilled from a request, as text and as a boxed PDF form in the order of the
official form: reception boxes, requester (with its type and designation), victim, the
material (type, URL, title, poster ID, posting time, board or channel), the action and the
reason, attachments, the declaration, date, signature and the addressee. It goes to service
providers only; the caller refuses it for the regulator, the police and the support centre.
docs/legal-basis.md says which version of the form this follows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from caseapp.domain.takedowns import ContentType, RequestedAction
from caseapp.i18n import N_
from caseapp.reports.toolkit import (
    CONTENT_WIDTH,
    RULE_COLOUR,
    ReportStyles,
    data_table,
    hash_column_width,
    hash_paragraph,
    paragraph,
)
from caseapp.takedown.letters import (
    LetterFacts,
    channel_names,
    content_statement,
    day,
    evidence_lines,
    link_reason,
    moment_text,
    poster_ids,
    posting_times,
    previous_lines,
    recipient_name,
    target_text,
)
from caseapp.takedown.letters import tr as _t

TITLE = N_("Request for Reporting and Deletion of Illegal Filmed Material")
BASIS = N_("Telecommunications Business Act, Article 22-5 (1), and its Enforcement Decree, "
           "Article 30-5")
TICKED, UNTICKED = "■", "□"
_FILL = colors.HexColor("#eef1f5")


@dataclass(frozen=True, slots=True)
class FormBlock:
    heading: str                               # the boxed block's name, left column
    rows: tuple[tuple[str, str], ...]          # (field label, value) in the form's order


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    code: str
    kind: str
    captured: str
    sha256: str | None


@dataclass(frozen=True, slots=True)
class StatutoryForm:
    title: str
    basis: str
    note: str
    receipt: tuple[tuple[str, str], ...]       # reception number, date, processing period
    blocks: tuple[FormBlock, ...]
    declaration: str
    date: str
    signature: str
    addressee: str                             # "{recipient} 귀하"
    annex_heading: str
    annex_header: tuple[str, str, str, str]
    annex: tuple[EvidenceRow, ...]


def _ticks(facts: LetterFacts, choices: Sequence[tuple[bool, str]]) -> str:
    return "  ".join(f"{TICKED if on else UNTICKED} {label}" for on, label in choices)


def _requester(facts: LetterFacts) -> FormBlock:
    org = facts.org
    designated = org.designated_reporter
    rows: list[tuple[str, str]] = [
        (_t(N_("Requester type"), facts), _ticks(facts, (
            (False, _t(N_("Victim in person"), facts)),
            (not designated, _t(N_("Representative"), facts)),
            (designated, _t(N_("Designated reporting organisation"), facts))))),
    ]
    if designated:
        rows.append((_t(N_("Designation"), facts), org.designation or _t(N_(
            "Designated as a reporting and deletion-requesting organisation (the "
            "designation is not recorded in the organisation settings)"), facts)))
    rows += [
        (_t(N_("Name (organisation)"), facts), org.name),
        (_t(N_("Person in charge"), facts), facts.signatory),
        (_t(N_("Address"), facts), org.address),
        (_t(N_("Phone number"), facts), org.phone),
        (_t(N_("E-mail"), facts), org.email),
        (_t(N_("Relationship to the victim"), facts), _t(
            N_("Designated organisation requesting on the victim's behalf, with their "
               "consent") if designated else
            N_("Support organisation requesting on the victim's behalf, with their consent"),
            facts)),
    ]
    return FormBlock(_t(N_("Requester"), facts), tuple(rows))


def _victim(facts: LetterFacts) -> FormBlock:
    if facts.victim:
        rows = ((_t(N_("Name"), facts), facts.victim),)
    elif facts.org.designated_reporter:
        rows = ((_t(N_("Personal details"), facts), _t(N_(
            "※ A designated reporting organisation may leave out the victim's details; they "
            "are left out of this request. The organisation has confirmed who the victim is "
            "and acts with their consent."), facts)),)
    else:
        rows = ((_t(N_("Personal details"), facts), _t(N_(
            "Not named in this request. The requesting organisation has confirmed who the "
            "victim is and acts with their consent; it can confirm this on request."),
            facts)),)
    return FormBlock(_t(N_("Victim"), facts), rows)


def _material(facts: LetterFacts) -> FormBlock:
    request = facts.request
    kinds = "\n".join(
        f"{TICKED if kind is request.content_type else UNTICKED} {kind.label(facts.lang)} "
        f"({kind.legal_reference(facts.lang)})" for kind in ContentType)
    return FormBlock(_t(N_("Illegal filmed material reported"), facts), (
        (_t(N_("Type"), facts), kinds),
        (_t(N_("URL"), facts), target_text(facts)),
        (_t(N_("Title of the post"), facts), request.keywords),
        (_t(N_("Poster ID"), facts), poster_ids(facts)),
        (_t(N_("Posted at"), facts), posting_times(facts)),
        (_t(N_("Board or channel name"), facts), channel_names(facts)),
    ))


def _request(facts: LetterFacts) -> FormBlock:
    request = facts.request
    delete = request.action in (RequestedAction.DELETE, RequestedAction.SUSPEND)
    action = _ticks(facts, ((delete, _t(N_("Deletion"), facts)),
                            (not delete, _t(N_("Blocking of access"), facts))))
    if request.action not in (RequestedAction.DELETE, RequestedAction.BLOCK):
        action += f" ({request.action.label(facts.lang)})"
    reason = [content_statement(facts)]
    if request.description.strip():
        reason.append(request.description.strip())
    if link_reason(facts):
        reason.append(link_reason(facts))
    previous = previous_lines(facts)
    if previous:
        reason.append(_t(N_("Earlier requests:"), facts) + "\n" + "\n".join(previous))
    return FormBlock(_t(N_("Request"), facts), (
        (_t(N_("Action requested"), facts), action),
        (_t(N_("Reason"), facts), "\n".join(reason)),
        (_t(N_("Our reference"), facts), _t(N_("{code} (case {number})"), facts,
                                           code=request.code, number=request.case_number)),
    ))


def _attachments(facts: LetterFacts) -> FormBlock:
    items = []
    if facts.evidence:
        items.append(_t(N_("List of evidence (annex: code, kind, capture time, SHA-256)"),
                        facts))
    items.append(_t(
        N_("Document showing the organisation's designation as a reporting organisation")
        if facts.org.designated_reporter else
        N_("Document showing the victim's consent to this request (shown on request)"),
        facts))
    numbered = "\n".join(f"{n}. {text}" for n, text in enumerate(items, 1))
    return FormBlock(_t(N_("Attachments"), facts),
                     ((_t(N_("Attached documents"), facts), numbered),))


def statutory_form(facts: LetterFacts) -> StatutoryForm:
    """The form with every field of the official one, in its order; empty fields print as
    "-" so the reviewer sees they were not left out by mistake."""
    blocks = tuple(FormBlock(b.heading, tuple((label, value if value.strip() else "-")
                                              for label, value in b.rows))
                   for b in (_requester(facts), _victim(facts), _material(facts),
                             _request(facts), _attachments(facts)))
    annex = []
    from caseapp.domain.evidence import EvidenceKind

    for item in facts.evidence:
        try:
            kind = EvidenceKind(item.kind).label(facts.lang)
        except ValueError:
            kind = item.kind
        annex.append(EvidenceRow(item.code, kind, moment_text(facts, item.captured_at) or "-",
                                 item.sha256))
    return StatutoryForm(
        title=_t(TITLE, facts),
        basis=_t(BASIS, facts),
        note=_t(N_("■ marks what applies."), facts),
        receipt=((_t(N_("Reception number"), facts), ""),
                 (_t(N_("Reception date"), facts), ""),
                 (_t(N_("Processing period"), facts), _t(N_("Without delay"), facts))),
        blocks=blocks,
        declaration=_t(N_("Under Article 22-5 (1) of the Telecommunications Business Act and "
                          "Article 30-5 of its Enforcement Decree, we report the illegal "
                          "filmed material above and request its deletion or the blocking "
                          "of access to it."), facts),
        date=day(facts, facts.letter_date),
        signature=_t(N_("Requester: {organisation}, {person} (signature or seal)"), facts,
                     organisation=facts.org.name, person=facts.signatory),
        addressee=_t(N_("To {recipient}"), facts, recipient=recipient_name(facts)),
        annex_heading=_t(N_("Annex: list of evidence"), facts),
        annex_header=(_t(N_("Code"), facts), _t(N_("Kind"), facts),
                      _t(N_("Captured at"), facts), "SHA-256"),
        annex=tuple(annex),
    )


def statutory_text(form: StatutoryForm, facts: LetterFacts) -> str:
    """The same form as plain text, field by field in the same order."""
    lines = [form.title, form.basis, form.note, ""]
    lines.append(" | ".join(f"{label}: {value}" for label, value in form.receipt))
    lines.append("")
    for block in form.blocks:
        lines.append(f"[{block.heading}]")
        for label, value in block.rows:
            value_lines = (value or "").split("\n")
            lines.append(f"{label}: {value_lines[0]}")
            lines.extend(f"    {more}" for more in value_lines[1:])
        lines.append("")
    lines.extend((form.declaration, "", form.date, "", form.signature, "", form.addressee))
    if form.annex:
        lines.extend(("", f"[{form.annex_heading}]", *evidence_lines(facts)))
    return "\n".join(lines) + "\n"


def _boxed(rows: list[list[object]], widths: list[float], commands: list[tuple[object, ...]]
           ) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *commands,
    ]))
    return table


def statutory_story(form: StatutoryForm) -> object:
    def story(styles: ReportStyles) -> Sequence[Flowable]:
        centred = ParagraphStyle(f"{styles.lang}-form-title", parent=styles.title,
                                 alignment=TA_CENTER, textColor=colors.black)
        middle = ParagraphStyle(f"{styles.lang}-form-mid", parent=styles.label,
                                alignment=TA_CENTER)
        right = ParagraphStyle(f"{styles.lang}-form-right", parent=styles.body,
                               alignment=TA_RIGHT)
        out: list[Flowable] = [paragraph(form.basis, styles.muted),
                               paragraph(form.title, centred),
                               paragraph(form.note, styles.muted), Spacer(1, 2 * mm)]
        third = CONTENT_WIDTH / 3
        receipt = [[paragraph(label, styles.label), paragraph(value, styles.small)]
                   for label, value in form.receipt]
        out.append(_boxed([[cell for pair in receipt for cell in pair]],
                          [third * 0.45, third * 0.55] * 3,
                          [("BACKGROUND", (0, 0), (0, 0), _FILL),
                           ("BACKGROUND", (2, 0), (2, 0), _FILL),
                           ("BACKGROUND", (4, 0), (4, 0), _FILL)]))
        head_w, label_w = 24 * mm, 36 * mm
        value_w = CONTENT_WIDTH - head_w - label_w
        for block in form.blocks:
            rows: list[list[object]] = []
            for n, (label, value) in enumerate(block.rows):
                rows.append([paragraph(block.heading, middle) if n == 0 else "",
                             paragraph(label, styles.label), paragraph(value, styles.small)])
            last = len(rows) - 1
            out.append(_boxed(rows, [head_w, label_w, value_w], [
                ("SPAN", (0, 0), (0, last)),
                ("BACKGROUND", (0, 0), (0, last), _FILL),
                ("BACKGROUND", (1, 0), (1, last), colors.HexColor("#f7f8fa")),
            ]))
        closing = [[paragraph(form.declaration, styles.body)], [Spacer(1, 3 * mm)],
                   [paragraph(form.date, right)], [paragraph(form.signature, right)],
                   [Spacer(1, 4 * mm)], [paragraph(form.addressee, styles.subheading)]]
        # the declaration, date, signature and addressee stay together on one page
        out.append(KeepTogether([_boxed(closing, [CONTENT_WIDTH], [
            ("INNERGRID", (0, 0), (-1, -1), 0, colors.white)])]))
        if form.annex:
            out.append(Spacer(1, 6 * mm))
            out.append(paragraph(form.annex_heading, styles.subheading))
            # the SHA-256 column holds a whole hash on one line (copied and searched whole)
            hash_w = hash_column_width(64)
            widths = [30 * mm, 16 * mm, 0.0, hash_w]
            widths[2] = CONTENT_WIDTH - sum(widths)
            rows = [[row.code, row.kind, row.captured,
                     hash_paragraph(row.sha256) if row.sha256 else "-"] for row in form.annex]
            out.append(data_table(list(form.annex_header), rows, widths, styles=styles))
        return out

    return story
