"""Per-build state and the small formatting every section shares: language, styles, times in
the organisation's time zone (with the zone a time was recorded in, where it differs)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from caseapp.domain.fields import Moment
from caseapp.domain.legal import material_term
from caseapp.errors import Cancelled
from caseapp.i18n import translate
from caseapp.reports import toolkit
from caseapp.reports.police_report.data import PoliceReportData
from caseapp.reports.police_report.wording import (
    DATE_ONLY,
    NOT_RECORDED,
    RECORDED_IN_ZONE,
    SIZE,
)
from caseapp.reports.toolkit import ACCENT_COLOUR, MUTED_COLOUR, ReportStyles, escape, paragraph

CancelCheck = Callable[[], bool] | threading.Event | None


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
        self.zone = ZoneInfo(data.time_zone)
        self.s = styles
        self.cancel = cancel
        self.cell_muted = ParagraphStyle(f"{lang}-pr-cell-muted", parent=styles.cell,
                                         textColor=MUTED_COLOUR)
        self.command = ParagraphStyle(f"{lang}-pr-command", parent=styles.body,
                                      fontName=toolkit.FONT_BOLD, wordWrap=None)
        self.hash_row = ParagraphStyle(f"{lang}-pr-hash-row", parent=styles.cell,
                                       fontSize=toolkit.HASH_FONT_SIZE, wordWrap=None,
                                       splitLongWords=0)
        self.hash_only_mark = ParagraphStyle(f"{lang}-pr-hash-only", parent=styles.cell,
                                             textColor=toolkit.MARKING_COLOUR, spaceBefore=2)
        self.detail = ParagraphStyle(f"{lang}-pr-detail", parent=styles.small, spaceBefore=7,
                                     textColor=ACCENT_COLOUR, keepWithNext=1)
        self._variants: dict[tuple[str, bool], ParagraphStyle] = {}

    def tr(self, msgid: str, **params: object) -> str:
        # {material} names the case's material as its legal categories say (false video
        # material for a deepfake, filmed material ...), never "filmed" for a synthetic one
        params.setdefault("material", translate(material_term(self.data.case.legal_categories),
                                                self.lang))
        return translate(msgid, self.lang, **params)

    def check(self) -> None:
        if _cancelled(self.cancel):
            raise Cancelled()

    # formatting
    def when(self, value: Moment | None, zone: str = "") -> str:
        """A moment in the organisation's zone and, when it was recorded in another zone
        (an incident abroad, a screenshot's clock), also as recorded there."""
        if value is None:
            return self.tr(NOT_RECORDED)
        if not isinstance(value, datetime):
            return self.tr(DATE_ONLY, date=toolkit.format_date(value, self.lang))
        shown = self.app_time(value)
        if value.utcoffset() == value.astimezone(self.zone).utcoffset():
            return shown
        recorded = toolkit.format_timestamp(value, self.lang)
        return shown + "\n" + self.tr(RECORDED_IN_ZONE, time=recorded,
                                       zone=zone or recorded.rsplit(" ", 1)[-1])

    def app_time(self, value: datetime) -> str:
        """A time in the organisation's zone, with its offset."""
        return toolkit.format_timestamp(toolkit.in_zone(value, self.zone), self.lang)

    def day(self, value: Moment | None) -> str:
        """A date, or a moment (shown in the organisation's zone)."""
        if value is None:
            return self.tr(NOT_RECORDED)
        if isinstance(value, datetime):
            return self.app_time(value)
        return self.date(value)

    def date(self, value: date) -> str:
        return toolkit.format_date(value, self.lang)

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


