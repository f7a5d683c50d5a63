"""The report's sections other than evidence: cover, summary, victim, timeline, proof, leaked
information, accounts, takedowns, the counsellor's statement and how to check the files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseapp.domain.cases import ProofEntry, ProofItem, tag_label
from caseapp.domain.consent import ConsentRecord, ConsentScope
from caseapp.reports import toolkit
from caseapp.reports.police_report.data import IdentityWithheld, TakedownEntry
from caseapp.reports.police_report.evidence_section import _evidence
from caseapp.reports.police_report.wording import (
    _ACCOUNT_KIND_LABELS,
    _CONTACT_LABELS,
    _LEAK_LABELS,
    _PROOF_LABELS,
    ACCOUNTS_LINE,
    ADDRESS,
    ADDRESSED_TO,
    BIRTH_YEAR,
    CASE_NUMBER,
    CASE_SUMMARY,
    CATEGORY,
    CHECKED,
    CHECKED_ON,
    CHECKING_HASH_ONLY,
    CHECKING_INTRO,
    CHECKING_LINUX,
    CHECKING_MAC,
    CHECKING_NO_PACKAGE,
    CHECKING_OK,
    CHECKING_REPORT,
    CHECKING_WINDOWS,
    CONFIDENTIAL_NOTICE,
    CONSENT_GRANTED,
    CONSENT_NEVER,
    CONSENT_WITHDRAWN_LINE,
    CONSENTS,
    CONTACTS,
    CONTENT_KEPT,
    CONTENTS,
    DATE,
    DELETED,
    DELETION,
    DELETION_REQUESTED,
    DISPLAY_NAMES,
    DO_NOT_CONTACT,
    DRAFT_TITLE,
    EMAIL,
    FIGURES,
    FIGURES_LINE,
    FOUND_ON,
    FOUND_WHERE,
    GENDER,
    GUARDIAN,
    HASH_ONLY_MARK,
    HELD,
    HISTORY,
    IDENTIFIER,
    IDENTITY_SHARED,
    KIND,
    LANGUAGE,
    LEAK_KIND,
    LEAKS_NOTE,
    LEGAL_CATEGORY,
    NAME,
    NO,
    NO_OFFENCES,
    NO_REQUESTS,
    NO_SESSIONS,
    NO_SUMMARY,
    NONE_RECORDED,
    NOT_RECORDED,
    NOT_SPECIFIED,
    NOTE,
    NOTHING_DONE,
    OFFENCE_ARTICLE,
    OFFENCE_FACTS,
    OFFENCE_LAW,
    OFFENCES_NOTE,
    OPENED,
    ORGANISATION,
    ORIGINALS,
    ORIGINALS_HELD,
    ORIGINALS_NOT_HELD,
    ORIGINALS_WHERE,
    OTHER_CASES,
    PERPETRATOR,
    PHONE,
    PLATFORM,
    PREFERRED_NAME,
    PREPARED_BY,
    PROOF_ITEM,
    PSEUDONYM,
    RECIPIENT,
    REFERENCE,
    REMOVED_ON,
    REPORT_DATE,
    REPORT_ID,
    SAFE_TIMES,
    SEAL,
    SECTION_ACCOUNTS,
    SECTION_CHECKING,
    SECTION_LEAKS,
    SECTION_OFFENCES,
    SECTION_PROOF,
    SECTION_STATEMENT,
    SECTION_SUMMARY,
    SECTION_TAKEDOWNS,
    SECTION_TIMELINE,
    SECTION_VICTIM,
    SECTIONS,
    SIGNATURE,
    STATEMENT,
    STATUS,
    SUBMITTED,
    SUBTITLE,
    SUPPORT,
    SUPPORT_LINE,
    TAGS,
    TAKEDOWN_STATUS,
    TAKEDOWNS_NONE,
    TIMES_NOTE,
    TITLE,
    VIA,
    VICTIM_ASKS,
    WHAT_HAPPENED,
    WHEN,
    WHERE,
    WITHHELD_NO_CONSENT,
    WITHHELD_NOT_SELECTED,
    WITHHELD_WITHDRAWN,
    YES,
)
from caseapp.reports.police_report.writer import _Writer
from caseapp.reports.toolkit import (
    ACCENT_COLOUR,
    CONTENT_WIDTH,
    MARKING_COLOUR,
    MUTED_COLOUR,
    RULE_COLOUR,
    escape,
    paragraph,
)

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
        (w.tr(REPORT_DATE), w.app_time(d.generated_at)),
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
        paragraph(w.tr(DRAFT_TITLE if d.draft else TITLE), s.title),
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
        (w.tr(LEGAL_CATEGORY), ", ".join(c.label(w.lang) for c in case.legal_categories)
         or w.tr(NOT_RECORDED)),
        (w.tr(TAGS), ", ".join(tag_label(t, w.lang) for t in case.tags) if case.tags else "—"),
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


def _offences(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    out: list[Flowable] = [w.heading(SECTION_OFFENCES)]
    if not d.offences:
        return [*out, paragraph(w.tr(NO_OFFENCES), s.muted)]
    out.append(paragraph(w.tr(OFFENCES_NOTE), s.muted))
    out.append(Spacer(1, 2 * mm))
    rows = []
    for entry in d.offences:
        facts = "\n".join(f"· {fact.text(w.lang)}" for fact in entry.facts) or "—"
        rows.append([entry.offence.law_name(w.lang), entry.offence.citation(w.lang), facts])
    widths = [46 * mm, 52 * mm, 0.0]
    widths[2] = CONTENT_WIDTH - sum(widths)
    out.append(w.table([OFFENCE_LAW, OFFENCE_ARTICLE, OFFENCE_FACTS], rows, widths))
    return out


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
        (w.tr(LANGUAGE), toolkit.language_name(victim.language, w.lang)
         if victim.language else w.tr(NOT_RECORDED)),
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
    out.append(paragraph(w.tr(TIMES_NOTE, zone=w.data.time_zone), s.muted))
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
                status.append(w.tr(REMOVED_ON, date=w.day(e.removed_at)))
            if e.last_checked_at:
                status.append(w.tr(CHECKED_ON, date=w.day(e.last_checked_at)))
            history = "\n".join(f"{w.day(step.at)} {step.status}"
                                + (f" — {step.note}" if step.note else "")
                                for step in e.history) or "—"
            rows.append([recipient, w.day(e.submitted_at) if e.submitted_at else "—",
                         "\n".join(status) + (f"\n{w.tr(REFERENCE)}: {e.reference}"
                                              if e.reference else ""), history])
        out.append(toolkit.url_paragraph(target, s.subheading))  # kept with its table
        out.append(w.table([RECIPIENT, SUBMITTED, TAKEDOWN_STATUS, HISTORY], rows, widths))
    return out


def _statement(w: _Writer) -> list[Flowable]:
    d, s = w.data, w.s
    text = w.tr(STATEMENT, name=d.prepared_by, organisation=d.organisation,
                date=w.date(d.generated_at.astimezone(w.zone).date()))
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

    files = [e.item for e in w.data.evidence if e.item.has_file]
    hash_only = [item.code for item in files if item.hash_only]
    if files and len(hash_only) == len(files):  # no package can be made: promise none
        return [KeepTogether([
            w.heading(SECTION_CHECKING),
            paragraph(w.tr(CHECKING_NO_PACKAGE), s.body),
            paragraph(w.tr(CHECKING_REPORT, id=w.data.report_id), s.body),
        ])]
    left_out = ([paragraph(w.tr(CHECKING_HASH_ONLY, mark=w.tr(HASH_ONLY_MARK),
                                codes=", ".join(hash_only)), s.body)] if hash_only else [])
    return [KeepTogether([
        w.heading(SECTION_CHECKING),
        paragraph(w.tr(CHECKING_INTRO), s.body),
        *left_out,
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
    _cover, _summary, _offences, _victim, _timeline, _proof, _leaks, _accounts, _evidence,
    _takedowns, _statement, _checking,
)


