"""The shared PDF toolkit every CaseApp document is built with: embedded Korean fonts, the one
escaping rule for user text, styles, tables, hash layout, and an A4 page frame with header,
"page X of Y" footer, metadata, optional AES-256 encryption and an all-or-nothing write.
Hashes print unbroken in a monospace face; URLs break only after ``/ ? & = #``."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import re
import secrets
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from functools import cache
from pathlib import Path
from typing import Any, TypeAlias

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus.tables import CellStyle, TableStyle

from caseapp.errors import BadInput, CaseAppError, StorageFull
from caseapp.i18n import LANGUAGES, N_, translate
from caseapp.paths import resource_path

log = logging.getLogger(__name__)

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
# Monospace for hashes: every hex digit the same width, so a 64-digit SHA-256 is one
# predictable line an officer can copy whole (embedded like the others).
FONT_MONO = "NanumGothicCoding"
_FONT_FILES = {FONT: "NanumGothic.ttf", FONT_BOLD: "NanumGothicBold.ttf",
               FONT_MONO: "NanumGothicCoding.ttf"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 21 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

TEXT_COLOUR = colors.HexColor("#1d1d1f")
MUTED_COLOUR = colors.HexColor("#5b6170")
ACCENT_COLOUR = colors.HexColor("#1f3a5f")
MARKING_COLOUR = colors.HexColor("#9b1c1c")
RULE_COLOUR = colors.HexColor("#9aa3ad")
HEADER_FILL = colors.HexColor("#e6ebf2")
ZEBRA_FILL = colors.HexColor("#f6f7f9")

CELL_PAD_H = 4.0
CELL_PAD_V = 3.0
HASH_FONT_SIZE = 8.0
URL_KEEP_WHOLE = 40  # a URL this long or shorter is never broken

CONFIDENTIAL = N_("Confidential: contains sensitive personal information")
PAGE_OF = N_("Page {page} of {pages}")
DOCUMENT_ID = N_("Document {id}")
GENERATED_AT = N_("Generated {time}")


class ReportFontMissing(CaseAppError):
    exit_code = 1
    default_message = N_("The report font {name} is missing from this installation.")
    hint = N_("Reinstall CaseApp.")


# --- fonts ---------------------------------------------------------------------------------

_font_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register NanumGothic (regular and bold, subset-embedded TrueType) and make it
    reportlab's base font, so no unembedded standard font can end up in a document.
    Idempotent and thread-safe; called when a document is built, not at import."""
    global _fonts_ready
    with _font_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise ReportFontMissing(name=filename)
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # No italic face ships with NanumGothic; <i> falls back to the upright face.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                      boldItalic=FONT_BOLD)
        rl_config.canvas_basefontname = FONT
        # Table cells default to Helvetica (captured at reportlab import); a table drawn with
        # that default would pull an unembedded font into the file.
        CellStyle.fontname = FONT
        _fonts_ready = True
        log.debug("report fonts registered")


# --- text ----------------------------------------------------------------------------------

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_LINE_BREAKS = {"\n", "\u2028", "\u2029", "\x85"}
# Bidi embedding/override/isolate controls can disguise text (a reversed URL); show them.
_BIDI_CONTROLS = {chr(cp) for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]"
)


@cache
def _font_coverage() -> frozenset[int]:
    register_fonts()
    face: Any = pdfmetrics.getFont(FONT).face
    return frozenset(face.charToGlyph)


def _stand_in(ch: str, covered: frozenset[int] | None) -> str | None:
    """What to print instead of ``ch``, or None to print it as it is."""
    cp = ord(ch)
    if ch == "\t":
        return " "
    if cp < 0x20 or 0x7F <= cp <= 0x9F or ch in _BIDI_CONTROLS or 0xD800 <= cp <= 0xDFFF \
            or cp in (0xFFFE, 0xFFFF):
        return f"[U+{cp:04X}]"
    if covered is not None and cp not in covered:
        # The embedded font has no glyph (emoji, Hebrew, Arabic, combining marks, zero-width
        # characters): reportlab would draw nothing and text extraction would lose it.
        return f"[U+{cp:04X}]"
    return None


def escape(text: str) -> str:
    """The one way user text becomes Paragraph markup. Markup characters become entities and
    line breaks <br/>; every character the embedded font can draw is kept as it is (Hangul,
    Latin, CJK, symbols). Control characters, bidi overrides and characters the font has no
    glyph for are printed as a visible ``[U+XXXX]`` so nothing disappears silently."""
    covered = _font_coverage()
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for ch in text:
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif ch in _LINE_BREAKS:
            out.append("<br/>")
        else:
            stand_in = _stand_in(ch, covered)
            out.append(ch if stand_in is None else stand_in)
    return "".join(out)


def plain(text: str, *, for_metadata: bool = False) -> str:
    """User text for one canvas line (header, footer) or a metadata field: no markup, no line
    breaks, the same visible stand-ins as :func:`escape` (metadata keeps every printable
    character, since viewers draw it with their own fonts)."""
    covered = None if for_metadata else _font_coverage()
    text = str(text).replace("\r\n", " ")
    out: list[str] = []
    for ch in text:
        if ch in _LINE_BREAKS or ch == "\r":
            out.append(" ")
        else:
            stand_in = _stand_in(ch, covered)
            out.append(ch if stand_in is None else stand_in)
    return "".join(out)


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise BadInput(N_("Unknown language {lang}; use one of {choices}."), lang=lang,
                       choices=", ".join(LANGUAGES))
    return lang


# How documents print dates and times, per language (babel patterns): Korean as Korean
# official documents write dates (2026. 3. 1.), English day-month-year; always 24-hour
# with seconds, and the UTC offset so a reader never has to guess the zone.
_DATE_PATTERN = {"ko": "yyyy. M. d.", "en": "d MMM yyyy"}
_TIME_PATTERN = {"ko": "yyyy. M. d. HH:mm:ss xxx", "en": "d MMM yyyy, HH:mm:ss xxx"}


def format_timestamp(moment: datetime, lang: str) -> str:
    """A date and time as printed on documents, in the zone the moment carries (callers
    convert to the organisation's zone first), with its UTC offset: ``2026. 3. 1. 22:10:00
    +09:00`` / ``1 Mar 2026, 22:10:00 +09:00``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("timestamps on documents must carry their time zone")
    from babel.dates import format_datetime

    language = check_language(lang)
    return format_datetime(moment, _TIME_PATTERN[language], tzinfo=moment.tzinfo,
                           locale=language)


def format_date(day: date, lang: str) -> str:
    """A calendar date as printed on documents: ``2026. 3. 1.`` / ``1 Mar 2026``."""
    from babel.dates import format_date as babel_date

    language = check_language(lang)
    return babel_date(day, _DATE_PATTERN[language], locale=language)


def language_name(code: str, lang: str) -> str:
    """A language code (``ko``, ``en``, ``vi``) as a word of the document's language (한국어,
    Korean); anything that is not a known code is shown as it was written."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code.strip().replace("-", "_")).get_display_name(check_language(lang))
    except (ValueError, TypeError, UnknownLocaleError):
        return code
    return str(name) if name else code


def in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """``moment`` as the clock in ``zone`` showed it (the same instant)."""
    return moment.astimezone(zone)


# --- styles --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReportStyles:
    """Paragraph styles for one language. Korean styles break lines between any two Hangul
    syllables (Latin words are still kept whole); English styles break between words. Both
    split a word longer than the line (a URL) rather than let it overflow."""

    lang: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    header_cell: ParagraphStyle
    hash: ParagraphStyle


_styles_cache: dict[str, ReportStyles] = {}
_cjk_variants: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}
_styles_lock = threading.Lock()


def report_styles(lang: str) -> ReportStyles:
    check_language(lang)
    register_fonts()
    with _styles_lock:
        cached = _styles_cache.get(lang)
        if cached is None:
            cached = _styles_cache[lang] = _make_styles(lang)
        return cached


def _make_styles(lang: str) -> ReportStyles:
    wrap = "CJK" if lang == "ko" else None
    base = ParagraphStyle(f"{lang}-base", fontName=FONT, fontSize=10, leading=15,
                          textColor=TEXT_COLOUR, wordWrap=wrap, splitLongWords=1,
                          allowWidows=0, allowOrphans=0)

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(f"{lang}-{name}", parent=base, **kw)

    return ReportStyles(
        lang=lang,
        title=make("title", fontName=FONT_BOLD, fontSize=18, leading=24, textColor=ACCENT_COLOUR,
                   spaceAfter=4),
        subtitle=make("subtitle", fontSize=10, leading=14, textColor=MUTED_COLOUR,
                      spaceAfter=10),
        heading=make("heading", fontName=FONT_BOLD, fontSize=13, leading=18,
                     textColor=ACCENT_COLOUR, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        subheading=make("subheading", fontName=FONT_BOLD, fontSize=10.5, leading=15,
                        spaceBefore=8, spaceAfter=3, keepWithNext=1),
        body=make("body", spaceAfter=5),
        small=make("small", fontSize=8.5, leading=12.5),
        muted=make("muted", fontSize=8.5, leading=12.5, textColor=MUTED_COLOUR),
        label=make("label", fontName=FONT_BOLD, fontSize=8.5, leading=12.5),
        cell=make("cell", fontSize=8.5, leading=12),
        header_cell=make("header-cell", fontName=FONT_BOLD, fontSize=8.5, leading=12),
        hash=make("hash", fontName=FONT_MONO, fontSize=HASH_FONT_SIZE,
                  leading=HASH_FONT_SIZE * 1.45, wordWrap=None, splitLongWords=0),
    )


def _style_for_text(text: str, style: ParagraphStyle) -> ParagraphStyle:
    """Korean (or other CJK) text inside an English document still breaks between syllables."""
    if style.wordWrap == "CJK" or not has_cjk(text):
        return style
    with _styles_lock:
        # keyed by id() but holding the style itself, so an id is never reused for another
        entry = _cjk_variants.get(id(style))
        if entry is None or entry[0] is not style:
            entry = (style, ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK"))
            _cjk_variants[id(style)] = entry
        return entry[1]


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing ``text`` literally (user data or a translated string)."""
    return Paragraph(escape(text), _style_for_text(text, style))


def labelled(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    """``label`` in bold followed by ``value``, both shown literally."""
    return Paragraph(f"<b>{escape(label)}</b>  {escape(value)}",
                     _style_for_text(label + value, style))


# --- hashes and URLs ------------------------------------------------------------------------

def mono_width(text: str, font_size: float = HASH_FONT_SIZE) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, FONT_MONO, font_size))


def hash_line_width(chars: int = 64, *, font_size: float = HASH_FONT_SIZE) -> float:
    """Width of ``chars`` hex digits on one line in the monospace face."""
    return mono_width("0" * chars, font_size) + 0.5


def hash_column_width(chars: int = 64, *, font_size: float = HASH_FONT_SIZE) -> float:
    """A data_table column width that holds a ``chars``-digit hash on one line."""
    return hash_line_width(chars, font_size=font_size) + 2 * CELL_PAD_H


def mono(text: str) -> str:
    """Paragraph markup showing ``text`` (a hash) literally in the monospace face."""
    return f'<font name="{FONT_MONO}">{escape(text)}</font>'


_HEX = re.compile(r"[0-9a-fA-F]+")
_HEX_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{32,128}(?![0-9A-Za-z])")


def mono_hashes(markup: str) -> str:
    """Escaped markup with every run of 32 to 128 lowercase hex digits (a hash) set in the
    monospace face, so it is read and copied whole."""
    return _HEX_RUN.sub(lambda m: f'<font name="{FONT_MONO}">{m.group(0)}</font>', markup)


def _chunks_that_fit(text: str, font: str, size: float, width: float) -> list[str]:
    """The last resort for a string wider than the line: as many characters per line as
    fit, nothing inserted."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if current and pdfmetrics.stringWidth(current + ch, font, size) > width:
            lines.append(current)
            current = ch
        else:
            current += ch
    if current:
        lines.append(current)
    return lines


class HashText(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A hex digest in the monospace face on one line; only when the line is narrower than
    the digest is it continued on the next (no character inserted, none dropped)."""

    def __init__(self, digest: str, style: ParagraphStyle) -> None:
        super().__init__()
        digest = digest.strip().lower()
        if not _HEX.fullmatch(digest):
            raise ValueError("not a hexadecimal digest")
        self.digest = digest
        self.style = style
        self._para: Paragraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        register_fonts()
        lines = _chunks_that_fit(self.digest, self.style.fontName, self.style.fontSize,
                                 availWidth)
        self._para = Paragraph("<br/>".join(lines), self.style)
        w, h = self._para.wrap(availWidth, availHeight)
        self.width, self.height = w, h
        return w, h

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


def hash_paragraph(hex_digest: str, style: ParagraphStyle | None = None) -> HashText:
    """A SHA-256 (or any hex digest) in the monospace face, unbroken where it fits."""
    return HashText(hex_digest, style or report_styles("en").hash)


_URL_BREAK_AFTER = frozenset("/?&=#")


def _url_pieces(url: str) -> list[str]:
    """The URL cut after each ``/ ? & = #``: the only places a line may end."""
    pieces: list[str] = []
    current = ""
    for ch in url:
        current += ch
        if ch in _URL_BREAK_AFTER:
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def _split_long_piece(piece: str, font: str, size: float, width: float) -> list[str]:
    """A piece wider than the line (a long token): break between characters, but never
    inside a run of digits (a message number stays whole)."""
    runs = re.findall(r"\d+|\D", piece)  # digit runs are atoms, other characters single
    lines: list[str] = []
    current = ""
    for run in runs:
        if current and pdfmetrics.stringWidth(current + run, font, size) > width:
            lines.append(current)
            current = ""
        current += run
    if current:
        lines.append(current)
    return lines


def url_lines(url: str, font: str, size: float, width: float) -> list[str]:
    """Lines to print ``url`` on: whole when it fits or has at most URL_KEEP_WHOLE
    characters; else broken only after ``/ ? & = #`` (a piece wider than the line is broken
    between characters, never inside a run of digits). Joined, the lines give the URL back
    exactly."""
    if len(url) <= URL_KEEP_WHOLE or pdfmetrics.stringWidth(url, font, size) <= width:
        return [url]
    lines: list[str] = []
    current = ""
    for piece in _url_pieces(url):
        if current and pdfmetrics.stringWidth(current + piece, font, size) > width:
            lines.append(current)
            current = ""
        if pdfmetrics.stringWidth(current + piece, font, size) > width:
            parts = _split_long_piece(current + piece, font, size, width)
            lines.extend(parts[:-1])
            current = parts[-1]
        else:
            current += piece
    if current:
        lines.append(current)
    return lines


class UrlText(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A URL laid out by :func:`url_lines` (optionally after a label), escaped like any
    user text; the line breaks are the only thing added."""

    def __init__(self, url: str, style: ParagraphStyle, label: str = "") -> None:
        super().__init__()
        self.url = url
        self.label = label
        self.style = style
        # a URL set as a subheading stays with what follows, as a Paragraph would
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.spaceBefore = getattr(style, "spaceBefore", 0)
        self.spaceAfter = getattr(style, "spaceAfter", 0)
        self._para: Paragraph | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        register_fonts()
        font, size = self.style.fontName, self.style.fontSize
        lead = ""
        first_width = availWidth
        if self.label:
            lead = f"{escape(self.label)} "
            first_width -= pdfmetrics.stringWidth(self.label + " ", font, size)
        lines = url_lines(self.url, font, size, availWidth)
        if lead and lines and pdfmetrics.stringWidth(lines[0], font, size) > first_width:
            lead += "<br/>"
        markup = lead + "<br/>".join(escape(line) for line in lines)
        self._para = Paragraph(markup, ParagraphStyle(f"{self.style.name}-url",
                                                       parent=self.style, wordWrap=None,
                                                       splitLongWords=0))
        w, h = self._para.wrap(availWidth, availHeight)
        self.width, self.height = w, h
        return w, h

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []


def url_paragraph(url: str, style: ParagraphStyle, label: str = "") -> UrlText:
    return UrlText(url, style, label)


# --- tables --------------------------------------------------------------------------------

Cell: TypeAlias = "str | Flowable | Sequence[Flowable] | None"


class _RowKeepingTable(Table):  # type: ignore[misc]
    """Moves a row that does not fit to the next page instead of splitting it; only a single
    row taller than a whole page (a very long note) is split, since it could never fit."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.splitInRow = 0
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts or availHeight < FRAME_HEIGHT - 1:
            return parts
        self.splitInRow = 1
        try:
            return list(super().split(availWidth, availHeight))
        finally:
            self.splitInRow = 0


def _cell(value: Cell, style: ParagraphStyle) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return paragraph(value, style)
    return value


def data_table(header: Sequence[str], rows: Sequence[Sequence[Cell]],
               col_widths: Sequence[float], *, styles: ReportStyles,
               zebra: bool = True) -> Table:
    """A full-width table whose header row repeats on every page and whose rows are never
    split across pages. String cells are shown literally and wrap inside their column."""
    if len(header) != len(col_widths):
        raise ValueError("one width per column")
    if sum(col_widths) > CONTENT_WIDTH + 0.5:
        raise ValueError("columns wider than the page")
    data: list[list[Any]] = [[paragraph(h, styles.header_cell) for h in header]]
    for row in rows:
        if len(row) != len(header):
            raise ValueError("row length differs from the header")
        data.append([_cell(value, styles.cell) for value in row])
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_H),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_H),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_V),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_V + 1),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT_COLOUR),
        ("GRID", (0, 0), (-1, -1), 0.35, RULE_COLOUR),
    ]
    if zebra and len(data) > 2:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]))
    return _RowKeepingTable(data, colWidths=list(col_widths), repeatRows=1, splitByRow=1,
                            splitInRow=0, style=TableStyle(commands), hAlign="LEFT")


def paired_table(header: Sequence[str], rows: Sequence[tuple[Sequence[Cell], Cell]],
                 col_widths: Sequence[float], *, styles: ReportStyles) -> Table:
    """Like :func:`data_table`, but each record is a row of cells followed by one cell as
    wide as the table (the evidence table's hashes, so a SHA-256 fits on one line). The two
    rows of a record share a background and never go to different pages."""
    if len(header) != len(col_widths):
        raise ValueError("one width per column")
    if sum(col_widths) > CONTENT_WIDTH + 0.5:
        raise ValueError("columns wider than the page")
    data: list[list[Any]] = [[paragraph(h, styles.header_cell) for h in header]]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_H),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_H),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_V),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_V + 1),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("BOX", (0, 0), (-1, -1), 0.35, RULE_COLOUR),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT_COLOUR),
    ]
    blank = [""] * (len(header) - 1)
    for n, (cells, wide) in enumerate(rows):
        if len(cells) != len(header):
            raise ValueError("row length differs from the header")
        top = 1 + 2 * n
        data.append([_cell(value, styles.cell) for value in cells])
        data.append([_cell(wide, styles.cell), *blank])
        commands += [
            ("SPAN", (0, top + 1), (-1, top + 1)),
            ("NOSPLIT", (0, top), (-1, top + 1)),
            ("LINEBELOW", (0, top + 1), (-1, top + 1), 0.35, RULE_COLOUR),
            ("LINEAFTER", (0, top), (-2, top), 0.35, RULE_COLOUR),
            ("TOPPADDING", (0, top + 1), (-1, top + 1), 0),
        ]
        if n % 2:
            commands.append(("BACKGROUND", (0, top), (-1, top + 1), ZEBRA_FILL))
    commands.append(("LINEAFTER", (0, 0), (-2, 0), 0.35, RULE_COLOUR))
    return _RowKeepingTable(data, colWidths=list(col_widths), repeatRows=1, splitByRow=1,
                            splitInRow=0, style=TableStyle(commands), hAlign="LEFT")


def key_value_table(rows: Sequence[tuple[str, Cell]], *, styles: ReportStyles,
                    label_width: float = 42 * mm, width: float = CONTENT_WIDTH) -> Table:
    """Label / value pairs (case number, dates, ...) as a borderless two-column table."""
    data = [[paragraph(label, styles.label), _cell(value, styles.small)] for label, value in rows]
    table = _RowKeepingTable(data, colWidths=[label_width, width - label_width], splitByRow=1,
                             splitInRow=0, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


# --- the page frame ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BuiltDocument:
    """What was written: register ``sha256`` with the report so a copy can be matched."""

    path: Path
    sha256: str
    pages: int
    encrypted: bool


Story: TypeAlias = "Sequence[Flowable] | Callable[[ReportStyles], Sequence[Flowable]]"


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    ellipsis = "…"
    while text and pdfmetrics.stringWidth(text + ellipsis, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ellipsis


@dataclass(frozen=True, slots=True)
class _PageDecor:
    organisation: str
    marking: str | None
    document_id: str
    generated: str
    lang: str
    watermark: str | None = None

    def draw(self, c: Canvas, page: int, pages: int) -> None:
        left, right = MARGIN_LEFT, PAGE_WIDTH - MARGIN_RIGHT
        if self.watermark:
            self._draw_watermark(c)
        c.saveState()
        # header: organisation left, confidentiality marking right, a rule below
        y = PAGE_HEIGHT - 13 * mm
        marking_width = 0.0
        if self.marking:
            c.setFont(FONT_BOLD, 8)
            c.setFillColor(MARKING_COLOUR)
            text = _fit(self.marking, FONT_BOLD, 8, CONTENT_WIDTH * 0.6)
            c.drawRightString(right, y, text)
            marking_width = pdfmetrics.stringWidth(text, FONT_BOLD, 8) + 6 * mm
        c.setFont(FONT_BOLD, 8.5)
        c.setFillColor(ACCENT_COLOUR)
        c.drawString(left, y, _fit(self.organisation, FONT_BOLD, 8.5,
                                   CONTENT_WIDTH - marking_width))
        c.setStrokeColor(RULE_COLOUR)
        c.setLineWidth(0.5)
        c.line(left, y - 2.5 * mm, right, y - 2.5 * mm)
        # footer: rule, then document id / generation time / page X of Y
        fy = 10 * mm
        c.line(left, fy + 4 * mm, right, fy + 4 * mm)
        c.setFont(FONT, 7.5)
        c.setFillColor(MUTED_COLOUR)
        page_text = translate(PAGE_OF, self.lang, page=page, pages=pages)
        c.drawRightString(right, fy, page_text)
        third = CONTENT_WIDTH / 3
        c.drawString(left, fy, _fit(translate(DOCUMENT_ID, self.lang, id=self.document_id),
                                    FONT, 7.5, third + 10 * mm))
        c.drawCentredString(PAGE_WIDTH / 2 + 8 * mm, fy,
                            translate(GENERATED_AT, self.lang, time=self.generated))
        c.restoreState()

    def _draw_watermark(self, c: Canvas) -> None:
        # Drawn over the page's content (translucent), so no image or table can hide it.
        assert self.watermark is not None
        size = 40.0
        width = PAGE_HEIGHT * 0.8
        while size > 14 and pdfmetrics.stringWidth(self.watermark, FONT_BOLD, size) > width:
            size -= 2
        c.saveState()
        c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        c.rotate(55)
        c.setFont(FONT_BOLD, size)
        c.setFillColor(MARKING_COLOUR)
        c.setFillAlpha(0.18)
        c.drawCentredString(0, -size / 3, _fit(self.watermark, FONT_BOLD, size, width))
        c.restoreState()


def _canvas_class(decor: _PageDecor, pdf_date: str, pages_out: list[int]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so every footer knows the total."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            self.setDateFormatter(lambda *_parts: pdf_date)

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                decor.draw(self, self._pageNumber, total)
                Canvas.showPage(self)
            pages_out.append(total)
            Canvas.save(self)

    return NumberedCanvas


def _pdf_date(moment: datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm_ = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hh:02d}'{mm_:02d}'"


def _encrypt(data: bytes, password: str) -> bytes:
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        # R=6 is AES-256 (PDF 2.0 / ISO 32000-2); the owner password is random and discarded.
        pdf.save(out, encryption=pikepdf.Encryption(owner=secrets.token_urlsafe(32),
                                                    user=password, R=6))
    return out.getvalue()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a directory; the rename is durable enough there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a private temp file beside ``target`` and rename it into place, so the target
    is either the complete new file or untouched."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(target.parent)
    except OSError as exc:
        raise StorageFull(detail=exc.strerror or type(exc).__name__) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def render_pdf(story: Story, *, title: str, organisation: str, document_id: str,
               generated_at: datetime, lang: str, confidentiality: bool = True,
               marking: str | None = None, invariant: bool = False,
               on_page: Callable[[int], None] | None = None,
               watermark: str | None = None) -> tuple[bytes, int]:
    """Lay the story out on A4 pages in memory; returns (PDF bytes, page count)."""
    styles = report_styles(lang)
    flowables = list(story(styles) if callable(story) else story)
    generated = format_timestamp(generated_at, lang)
    decor = _PageDecor(
        organisation=plain(organisation),
        marking=plain(marking or translate(CONFIDENTIAL, lang)) if confidentiality else None,
        document_id=plain(document_id),
        generated=generated,
        lang=lang,
        watermark=plain(watermark) if watermark else None,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=plain(title, for_metadata=True),
        author=plain(organisation, for_metadata=True), subject="", keywords=[],
        creator="CaseApp", lang=lang, displayDocTitle=True,
        invariant=True if invariant else None, initialFontName=FONT,
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, FRAME_HEIGHT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def page_end(_canvas: Canvas, template: BaseDocTemplate) -> None:
        if on_page is not None:
            on_page(template.page)  # may raise Cancelled: nothing has been written yet

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=page_end)])
    pages: list[int] = []
    doc.build(flowables, canvasmaker=_canvas_class(decor, _pdf_date(generated_at), pages))
    return buffer.getvalue(), pages[-1]


def build_document(out: str | os.PathLike[str], story: Story, *, title: str,
                   organisation: str, document_id: str, generated_at: datetime, lang: str,
                   confidentiality: bool = True, marking: str | None = None,
                   password: str | None = None, invariant: bool = False,
                   on_page: Callable[[int], None] | None = None,
                   watermark: str | None = None) -> BuiltDocument:
    """Build a CaseApp PDF at ``out``: header with the organisation and the confidentiality
    marking (``marking`` replaces the default wording), footer with the document id, the
    generation time and "page X of Y". With ``password`` the file is AES-256 encrypted before
    it touches the disk; the password is neither kept nor logged. ``invariant`` makes the
    output byte-for-byte reproducible (tests). ``on_page`` is called after each page is laid
    out (progress; raise ``Cancelled`` from it to stop). ``watermark`` is printed large and
    diagonally across every page (e.g. "not for submission" on an internal draft). The file
    appears only when complete.

    Metadata carries the title, the organisation as author and ``generated_at`` as the
    creation date; subject and keywords are left empty so no victim data lands there."""
    target = Path(out)
    if password is not None and not password:
        raise BadInput(N_("The PDF password must not be empty."))
    data, pages = render_pdf(story, title=title, organisation=organisation,
                             document_id=document_id, generated_at=generated_at, lang=lang,
                             confidentiality=confidentiality, marking=marking,
                             invariant=invariant, on_page=on_page, watermark=watermark)
    if password is not None:
        data = _encrypt(data, password)
    write_atomically(target, data)
    digest = hashlib.sha256(data).hexdigest()
    log.info("document %s written: %d pages, %d bytes, encrypted=%s", document_id, pages,
             len(data), password is not None)
    return BuiltDocument(path=target, sha256=digest, pages=pages, encrypted=password is not None)
