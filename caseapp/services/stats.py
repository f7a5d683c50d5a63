"""Anonymous case counts for funders and annual reports: by status, legal category, tag,
month opened and platform. Counts only: no numbers, names, dates of birth or free text.
Small cells (1 or 2 cases) are NOT suppressed; whoever publishes the figures decides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from caseapp.domain import fields
from caseapp.domain.cases import CaseStatus
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.i18n import N_, _
from caseapp.store import case_repo
from caseapp.store.vault import Vault

SMALL_CELL = 3
NOTE = N_("Counts of cases; a case counts once per tag and once per platform it involves, so "
          "those columns add up to more than the total. Months are in UTC. Small counts "
          "(below 3) are not hidden: a small count can point to a person in a small "
          "community, so merge or remove such cells before publishing.")


@dataclass(frozen=True, slots=True)
class CaseStatistics:
    generated_at: datetime
    total: int
    by_status: dict[str, int]
    by_legal_category: dict[str, int]
    by_tag: dict[str, int]
    by_month_opened: dict[str, int]
    by_platform: dict[str, int]

    def small_cells(self) -> int:
        return sum(1 for table in (self.by_status, self.by_legal_category, self.by_tag,
                                   self.by_month_opened, self.by_platform)
                   for n in table.values() if 0 < n < SMALL_CELL)

    def as_json(self) -> dict[str, Any]:
        return {
            "generated_at": fields.format_timestamp(self.generated_at),
            "total_cases": self.total,
            "by_status": self.by_status,
            "by_legal_category": self.by_legal_category,
            "by_tag": self.by_tag,
            "by_month_opened": self.by_month_opened,
            "by_platform": self.by_platform,
            "small_cells": self.small_cells(),
            "note": _(NOTE),
        }


def case_statistics(vault: Vault) -> CaseStatistics:
    with vault.read() as conn:
        status = case_repo.case_counts(conn, "status")
        category = case_repo.case_counts(conn, "legal_category")
        figures = CaseStatistics(
            generated_at=fields.now_utc(),
            total=case_repo.total_cases(conn),
            by_status={s.value: status.get(s.value, 0) for s in CaseStatus},
            by_legal_category={**{c.value: category.get(c.value, 0) for c in LegalCategory},
                               "none": category.get("", 0)},
            by_tag=dict(sorted(case_repo.case_counts(conn, "tag").items())),
            by_month_opened=dict(sorted(case_repo.case_counts(conn, "month_opened").items())),
            by_platform=dict(sorted(case_repo.case_counts(conn, "platform").items())),
        )
    vault.audit("stats.generated", "store", "", total=figures.total)
    return figures


def _label(kind: str, key: str) -> str:
    try:
        if kind == "status":
            return CaseStatus(key).label()
        if kind == "legal_category":
            return LegalCategory(key).label() if key != "none" else _("Not set")
        if kind == "platform":
            return Platform(key).label()
    except ValueError:
        pass
    return key


def render_text(figures: CaseStatistics) -> list[str]:
    lines = [_("Cases in total: {count}", count=figures.total)]
    for title, kind, table in (
            (_("By status"), "status", figures.by_status),
            (_("By legal category"), "legal_category", figures.by_legal_category),
            (_("By tag"), "tag", figures.by_tag),
            (_("By month opened"), "month", figures.by_month_opened),
            (_("By platform"), "platform", figures.by_platform)):
        lines.append("")
        lines.append(title)
        for key, count in table.items():
            lines.append(f"  {_label(kind, key)}: {count}")
    lines.append("")
    lines.append(_(NOTE))
    return lines
