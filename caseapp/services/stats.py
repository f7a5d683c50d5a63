"""Anonymous case counts for funders and annual reports: by status, legal category, tag,
month opened and platform. Counts only: no numbers, names, dates of birth or free text.
Figures leave the centre, so small cells are suppressed (threshold set by the organisation,
default 3) together with any count a total would give away: see
:mod:`caseapp.domain.small_cells`. Every output (text, JSON, CSV, the GUI) is built from the
suppressed figures; the raw counts never leave this module."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from caseapp.domain import fields
from caseapp.domain.cases import CaseStatus
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.domain.small_cells import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    SuppressedTable,
    published_total,
    suppress,
)
from caseapp.errors import BadInput
from caseapp.i18n import N_, _, translate
from caseapp.store import case_repo, meta_repo
from caseapp.store.vault import Vault

THRESHOLD_KEY = "stats_small_cell_threshold"
HIDDEN = "x"
NOTE = N_("Counts of cases; a case counts once per legal category, tag and platform it "
          "involves, so those tables add up to more than the total. Months are in UTC. Counts "
          "below {threshold} are hidden (x), and so are counts that the total would give "
          "away; a table that cannot be shown safely is withheld.")
# (key, title, additive over the total: every case in exactly one cell)
TABLES = (
    ("by_status", N_("By status"), True),
    ("by_legal_category", N_("By legal category"), False),   # a case can have several
    ("by_tag", N_("By tag"), False),
    ("by_month_opened", N_("By month opened"), True),
    ("by_platform", N_("By platform"), False),
)


@dataclass(frozen=True, slots=True)
class CaseStatistics:
    generated_at: datetime
    threshold: int
    total: int | None                     # None: fewer cases than the threshold
    tables: dict[str, SuppressedTable]

    def table(self, key: str) -> dict[str, int | None]:
        return self.tables[key].cells

    @property
    def hidden_cells(self) -> int:
        return sum(t.hidden for t in self.tables.values())

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "generated_at": fields.format_timestamp(self.generated_at),
            "small_cell_threshold": self.threshold,
            "total_cases": self.total,
        }
        for key, _title, _additive in TABLES:
            out[key] = self.tables[key].cells
        out["withheld_tables"] = [k for k, t in self.tables.items() if t.withheld]
        out["hidden_cells"] = self.hidden_cells
        out["note"] = _(NOTE, threshold=self.threshold)
        return out


def small_cell_threshold(vault: Vault) -> int:
    with vault.read() as conn:
        raw = meta_repo.get_meta(conn, THRESHOLD_KEY)
    try:
        value = int(raw) if raw is not None else DEFAULT_THRESHOLD
    except ValueError:
        value = DEFAULT_THRESHOLD
    return min(max(value, MIN_THRESHOLD), MAX_THRESHOLD)


def set_small_cell_threshold(vault: Vault, threshold: int) -> int:
    """The organisation's threshold for published figures (audited)."""
    if isinstance(threshold, bool) or not isinstance(threshold, int) or \
            not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        raise BadInput(N_("The small-cell threshold must be a whole number from {low} to "
                          "{high}."), low=MIN_THRESHOLD, high=MAX_THRESHOLD)
    with vault.write() as conn:
        meta_repo.set_meta(conn, THRESHOLD_KEY, str(threshold))
        vault.audit("settings.changed", "store", vault.store_id,
                    field="stats_small_cell_threshold", value=threshold)
    return threshold


def case_statistics(vault: Vault) -> CaseStatistics:
    threshold = small_cell_threshold(vault)
    with vault.read() as conn:
        status = case_repo.case_counts(conn, "status")
        category = case_repo.case_counts(conn, "legal_category")
        total = case_repo.total_cases(conn)
        raw = {
            "by_status": {s.value: status.get(s.value, 0) for s in CaseStatus},
            "by_legal_category": {**{c.value: category.get(c.value, 0)
                                     for c in LegalCategory}, "none": category.get("", 0)},
            "by_tag": dict(sorted(case_repo.case_counts(conn, "tag").items())),
            "by_month_opened": dict(sorted(case_repo.case_counts(conn, "month_opened")
                                           .items())),
            "by_platform": dict(sorted(case_repo.case_counts(conn, "platform").items())),
        }
    tables = {key: suppress(raw[key], threshold, additive=additive,
                            total=total if additive else None)
              for key, _title, additive in TABLES}
    figures = CaseStatistics(fields.now_utc(), threshold, published_total(total, threshold),
                             tables)
    vault.audit("stats.generated", "store", "", threshold=threshold,
                hidden_cells=figures.hidden_cells)
    return figures


def label(kind: str, key: str, lang: str | None = None) -> str:
    try:
        if kind == "by_status":
            return CaseStatus(key).label(lang)
        if kind == "by_legal_category":
            return (LegalCategory(key).label(lang) if key != "none"
                    else translate(N_("Not set"), lang))
        if kind == "by_platform":
            return Platform(key).label(lang)
    except ValueError:
        pass
    return key


def shown(value: int | None) -> str:
    return HIDDEN if value is None else str(value)


def render_text(figures: CaseStatistics) -> list[str]:
    total = (_("Cases in total: {count}", count=figures.total) if figures.total is not None
             else _("Cases in total: fewer than {threshold}", threshold=figures.threshold))
    lines = [total]
    for key, title, _additive in TABLES:
        lines.append("")
        lines.append(_(title))
        table = figures.tables[key]
        if table.withheld:
            lines.append("  " + _("withheld: too few cases to show without pointing to "
                                  "someone"))
            continue
        for cell, count in table.cells.items():
            lines.append(f"  {label(key, cell)}: {shown(count)}")
    lines.append("")
    lines.append(_(NOTE, threshold=figures.threshold))
    return lines


def _cell(text: str) -> str:
    # a spreadsheet runs a cell starting with these as a formula (tags are typed by people)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def render_csv(figures: CaseStatistics, lang: str | None = None) -> str:
    """One table (table, value, count) for a spreadsheet, with the same cells hidden."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([translate(N_("Table"), lang), translate(N_("Value"), lang),
                     translate(N_("Cases"), lang)])
    writer.writerow([translate(N_("Total"), lang), "", shown(figures.total)])
    for key, title, _additive in TABLES:
        for cell, count in figures.tables[key].cells.items():
            writer.writerow([translate(title, lang), _cell(label(key, cell, lang)),
                             shown(count)])
    writer.writerow([])
    writer.writerow([translate(NOTE, lang, threshold=figures.threshold)])
    return out.getvalue()
