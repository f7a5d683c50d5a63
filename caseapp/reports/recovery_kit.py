"""The Recovery Kit PDF for the office safe: the recovery code, what it is for and where to
keep it, and the recovery slot's kit text both typed out in groups and as a QR code."""

from __future__ import annotations

import itertools
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseapp.errors import BadInput, WrongSecret
from caseapp.i18n import LANGUAGES, N_, translate
from caseapp.reports import toolkit
from caseapp.reports.toolkit import (
    ACCENT_COLOUR,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    MARKING_COLOUR,
    MUTED_COLOUR,
    RULE_COLOUR,
    BuiltDocument,
    ReportStyles,
    escape,
    paragraph,
)
from caseapp.security import keys, keyslots
from caseapp.security import recovery_code as recovery_codes

log = logging.getLogger(__name__)

KIT_GROUP = 5  # characters per group of the printed kit text
KIT_GROUPS_PER_LINE = 8
KIT_FONT_SIZE = 9.5
QR_SIZE = 62 * mm
QR_QUIET_MODULES = 4
QR_ERROR = "q"  # ~25 % of the symbol may be damaged (a folded or stained sheet) and still scan

TITLE = N_("CaseApp Recovery Kit")
TAGLINE = N_("Keep this sheet in the office safe. With it and the database files, anyone can "
             "open every case record.")
MARKING = N_("SECRET: recovery kit. Keep it in the office safe.")
ORGANISATION = N_("Organisation")
STORE_ID = N_("Store ID")
STORE_CREATED = N_("Created")
RECOVERY_CODE = N_("Recovery code")
CODE_NOTE = N_("32 characters in 8 groups. Only capital letters and the digits 2 to 9: there "
               "is no 0, O, 1, I or L.")
PURPOSE = N_("What this kit is for")
PURPOSE_ITEMS = (
    N_("Forgotten passphrase: the recovery code unlocks CaseApp so a new passphrase can be "
       "set."),
    N_("Lost or damaged keyslots.json: the recovery kit data printed in this kit, together "
       "with the recovery code, rebuilds the keys."),
    N_("It cannot bring back deleted records or a lost database. Only backups can."),
)
KEEPING = N_("Where to keep it")
KEEPING_ITEMS = (
    N_("Print it, seal it in an envelope, sign across the seal and keep it in the office "
       "safe."),
    N_("Never keep it on the laptop, a USB stick or a shared drive. Delete this PDF file as "
       "soon as it is printed."),
    N_("Do not photograph, scan or copy it, and never send it by e-mail or messenger."),
    N_("If someone else may have seen it, or after it has been used, make a new recovery "
       "kit at once (the old code stops working) and shred this sheet."),
)
USING = N_("How to use it")
USING_PASSPHRASE = N_("Forgotten passphrase: on the CaseApp unlock screen, choose to unlock "
                      "with the recovery code, type the code above and choose a new "
                      "passphrase.")
USING_KEYSLOTS = N_("Lost keyslots.json: an administrator runs the command below. It reads "
                    "three lines: the recovery kit data (typed, or scanned from the QR code), "
                    "then the recovery code, then the new passphrase.")
RECOVER_COMMAND = "caseapp-admin recover --kit-stdin"
COMMAND_NOTE = N_("Add --data-dir FOLDER if the data is not in the usual place.")
KIT_DATA = N_("Recovery kit data")
KIT_DATA_NOTE = N_("Needed only if keyslots.json is lost or damaged. Scan the QR code, or "
                   "type the groups in order: spaces, line breaks and small or capital "
                   "letters do not matter. The numbers on the left are only there to help "
                   "you keep your place; do not type them.")
QR_CAPTION = N_("The same recovery kit data as a QR code.")
NOT_THIS_STORE = N_("The recovery kit data belongs to another store ({found}).")
CODE_DOES_NOT_OPEN = N_("The recovery code does not open this recovery kit; it was not "
                        "printed.")


@dataclass(frozen=True, slots=True)
class KitLayout:
    """The kit text as printed: the prefix on its own line, then numbered lines of groups."""

    prefix: str
    lines: tuple[tuple[str, ...], ...]


def layout_kit_text(kit_text: str) -> KitLayout:
    compact = "".join(kit_text.split())
    body = compact[len(keyslots.KIT_PREFIX):]
    groups = [body[i:i + KIT_GROUP] for i in range(0, len(body), KIT_GROUP)]
    lines = tuple(tuple(groups[i:i + KIT_GROUPS_PER_LINE])
                  for i in range(0, len(groups), KIT_GROUPS_PER_LINE))
    return KitLayout(prefix=compact[:len(keyslots.KIT_PREFIX)], lines=lines)


class QrCode(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A QR code drawn as vector squares (no image file, sharp at any print resolution),
    kept in a form XObject named ``FormXob.<name>`` so it can be found in the file."""

    _counter = itertools.count(1)

    def __init__(self, data: str, size: float, *, error: str = QR_ERROR,
                 name: str = "caseapp-qr") -> None:
        super().__init__()
        qr = segno.make(data, error=error, micro=False, boost_error=False)
        self.version = qr.version
        self.error = qr.error
        self.matrix: tuple[tuple[int, ...], ...] = tuple(tuple(row) for row in qr.matrix)
        self.width = self.height = size
        self.form_name = f"{name}-{next(self._counter)}"

    @property
    def module_size(self) -> float:
        return self.width / (len(self.matrix) + 2 * QR_QUIET_MODULES)

    def draw(self) -> None:
        c = self.canv
        s = self.module_size
        c.beginForm(self.form_name, 0, 0, self.width, self.height)
        c.setFillColor(colors.white)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(colors.black)
        path = c.beginPath()  # one filled path: no hairline seams between adjacent modules
        for r, row in enumerate(self.matrix):
            y = self.height - (QR_QUIET_MODULES + r + 1) * s
            start: int | None = None
            for col, dark in enumerate((*row, 0)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.rect((QR_QUIET_MODULES + start) * s, y, (col - start) * s, s)
                    start = None
        c.drawPath(path, stroke=0, fill=1)
        c.endForm()
        c.doForm(self.form_name)


def _kit_styles(styles: ReportStyles) -> dict[str, ParagraphStyle]:
    return {
        "code": ParagraphStyle("rk-code", parent=styles.body, fontName=FONT_BOLD, fontSize=21,
                               leading=30, alignment=TA_CENTER, textColor=colors.black,
                               wordWrap=None),
        "kit": ParagraphStyle("rk-kit", parent=styles.body, fontName=FONT, wordWrap=None,
                              fontSize=KIT_FONT_SIZE, leading=KIT_FONT_SIZE * 1.35,
                              alignment=TA_CENTER, spaceAfter=0),
        "line_no": ParagraphStyle("rk-line-no", parent=styles.muted, fontSize=7, leading=8.5,
                                  alignment=TA_CENTER),
        "command": ParagraphStyle("rk-command", parent=styles.body, fontName=FONT_BOLD,
                                  fontSize=10.5, leading=15, wordWrap=None),
        "other": ParagraphStyle("rk-other", parent=styles.muted, fontSize=8.5, leading=12,
                                textColor=MARKING_COLOUR),
    }


def _bullets(items: tuple[str, ...], lang: str, style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [ListItem(paragraph(translate(item, lang), style), leftIndent=12, value="•")
         for item in items],
        bulletType="bullet", start="•", leftIndent=12, bulletFontName=FONT,
        bulletFontSize=style.fontSize, bulletOffsetY=0,
    )


def _code_box(code: str, st: dict[str, ParagraphStyle]) -> Table:
    groups = code.split("-")
    half = len(groups) // 2
    text = escape("-".join(groups[:half])) + "<br/>" + escape("-".join(groups[half:]))
    box = Table([[Paragraph(text, st["code"])]],
                colWidths=[CONTENT_WIDTH * 0.78], hAlign="CENTER")
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, ACCENT_COLOUR),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f7fb")),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return box


def _kit_grid(layout: KitLayout, st: dict[str, ParagraphStyle]) -> Table:
    # Every group cell is as wide as the widest possible group, so the columns line up like
    # a typewriter page even though NanumGothic letters vary in width.
    widest = max(pdfmetrics.stringWidth(ch, FONT, KIT_FONT_SIZE)
                 for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    cell_w = widest * KIT_GROUP + 8
    number_w = 9 * mm
    prefix_style = ParagraphStyle("rk-prefix", parent=st["kit"], alignment=TA_LEFT,
                                  leftIndent=4)
    rows: list[list[Any]] = [[Paragraph("01", st["line_no"]),
                              Paragraph(escape(layout.prefix), prefix_style)]
                             + [""] * (KIT_GROUPS_PER_LINE - 1)]
    for n, line in enumerate(layout.lines, start=2):
        cells: list[Any] = [Paragraph(escape(g), st["kit"]) for g in line]
        cells += [""] * (KIT_GROUPS_PER_LINE - len(cells))
        rows.append([Paragraph(f"{n:02d}", st["line_no"]), *cells])
    grid = Table(rows, colWidths=[number_w] + [cell_w] * KIT_GROUPS_PER_LINE,
                 hAlign="CENTER", repeatRows=0)
    grid.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, KIT_FONT_SIZE),
        ("SPAN", (1, 0), (-1, 0)),
        ("ALIGN", (1, 0), (-1, 0), "LEFT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("LINEAFTER", (0, 0), (0, -1), 0.5, RULE_COLOUR),
        ("LINEBELOW", (1, 0), (-1, -2), 0.25, colors.HexColor("#dde2e8")),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE_COLOUR),
    ]))
    return grid


def _display_time(value: str, lang: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
        return toolkit.format_timestamp(moment, lang)
    except ValueError:
        return value


def _story(*, organisation: str, store_id: str, created_at: str, code: str,
           kit_text: str, lang: str) -> toolkit.Story:
    other = next(x for x in LANGUAGES if x != lang)

    def build(styles: ReportStyles) -> list[Flowable]:
        st = _kit_styles(styles)
        qr = QrCode(kit_text, QR_SIZE)
        qr.hAlign = "CENTER"

        def tr(msgid: str) -> str:
            return translate(msgid, lang)

        story: list[Flowable] = [
            paragraph(tr(TITLE), styles.title),
            paragraph(tr(TAGLINE), styles.subtitle),
            paragraph(f"{translate(TITLE, other)}: {translate(TAGLINE, other)}", st["other"]),
            Spacer(1, 4 * mm),
            toolkit.key_value_table([
                (tr(ORGANISATION), organisation),
                (tr(STORE_ID), store_id),
                (tr(STORE_CREATED), _display_time(created_at, lang)),
            ], styles=styles, label_width=32 * mm),
            KeepTogether([
                paragraph(tr(RECOVERY_CODE), styles.heading),
                _code_box(code, st),
                Spacer(1, 2 * mm),
                paragraph(tr(CODE_NOTE), styles.muted),
            ]),
            paragraph(tr(PURPOSE), styles.heading),
            _bullets(PURPOSE_ITEMS, lang, styles.body),
            paragraph(tr(KEEPING), styles.heading),
            _bullets(KEEPING_ITEMS, lang, styles.body),
            KeepTogether([
                paragraph(tr(USING), styles.heading),
                paragraph(tr(USING_PASSPHRASE), styles.body),
                paragraph(tr(USING_KEYSLOTS), styles.body),
                _command_box(st),
                paragraph(tr(COMMAND_NOTE), styles.muted),
            ]),
            PageBreak(),
            paragraph(tr(KIT_DATA), styles.heading),
            paragraph(tr(KIT_DATA_NOTE), styles.body),
            Spacer(1, 3 * mm),
            qr,
            paragraph(tr(QR_CAPTION), ParagraphStyle("rk-caption", parent=styles.muted,
                                                     alignment=TA_CENTER)),
            Spacer(1, 5 * mm),
            CondPageBreak(60 * mm),
            _kit_grid(layout_kit_text(kit_text), st),
        ]
        return story

    return build


def _command_box(st: dict[str, ParagraphStyle]) -> Table:
    box = Table([[Paragraph(escape(RECOVER_COMMAND), st["command"])]],
                colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f2f4")),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, MUTED_COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return box


def build_recovery_kit(out_path: str | os.PathLike[str], *, organisation: str, store_id: str,
                       created_at: str, recovery_code: str, kit_text: str, lang: str = "ko",
                       generated_at: datetime | None = None, password: str | None = None,
                       invariant: bool = False) -> BuiltDocument:
    """Write the Recovery Kit PDF (main language ``lang``, a short line in the other one).

    Before anything is laid out the kit text is decoded and the recovery code is checked to
    open it, so a kit that could not recover this store is never printed. Neither secret is
    logged; the PDF is built in memory and appears at ``out_path`` only when complete."""
    toolkit.check_language(lang)
    code = recovery_codes.normalise(recovery_code)
    kit = keyslots.slots_from_kit_text(kit_text)
    if kit.store_id != store_id.strip().lower():
        raise BadInput(NOT_THIS_STORE, found=kit.store_id)
    try:
        master = kit.unlock(keyslots.RECOVERY, code)
    except WrongSecret:
        raise BadInput(CODE_DOES_NOT_OPEN) from None
    keys.wipe(master)
    canonical = "".join(kit_text.split()).upper()  # base32 and the prefix: case does not matter
    moment = generated_at or datetime.now().astimezone()
    result = toolkit.build_document(
        out_path,
        _story(organisation=organisation, store_id=kit.store_id, created_at=created_at,
               code=code, kit_text=canonical, lang=lang),
        title=translate(TITLE, lang), organisation=organisation,
        document_id=f"RK-{kit.store_id[:8]}", generated_at=moment, lang=lang,
        marking=translate(MARKING, lang), password=password, invariant=invariant,
    )
    log.info("recovery kit written for store %s (%d pages)", kit.store_id, result.pages)
    return result

