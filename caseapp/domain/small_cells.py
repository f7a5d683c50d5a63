"""Small-cell suppression for figures that leave the centre: a count below the threshold
can point to one person in a small community, so it is never shown, and neither is a count
that the shown ones and a total would give away (secondary suppression).

A table is *additive* when its cells add up to the published total (every case in exactly
one cell: status, legal category, month opened). There, hiding one cell is not enough: it
is the total minus the others. Cells are hidden until, for an observer who knows the total,
the shown cells and that shown zeros are real zeros (so each hidden cell is at least 1),
no hidden cell has a single possible value: at least two hidden cells whose sum is at least
the threshold and more than their number. When the table cannot be made safe that way, all
of it is withheld. Non-additive tables (a case counts once per tag or platform) give no
such sum, so only their small cells are hidden."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_THRESHOLD = 3
MIN_THRESHOLD = 2        # a count of 1 is always one person
MAX_THRESHOLD = 50


@dataclass(frozen=True, slots=True)
class SuppressedTable:
    """Cells as published: a count, or None where hidden. ``withheld`` when nothing of the
    table can be shown."""

    cells: dict[str, int | None]
    withheld: bool = False

    @property
    def hidden(self) -> int:
        return sum(1 for v in self.cells.values() if v is None)


def _safe(hidden: Mapping[str, int], threshold: int) -> bool:
    total, count = sum(hidden.values()), len(hidden)
    return count >= 2 and total >= threshold and total > count


def suppress(cells: Mapping[str, int], threshold: int, *, additive: bool,
             total: int | None = None) -> SuppressedTable:
    """Hide what must be hidden in one table. ``total`` is the published total an additive
    table adds up to (default: the sum of its cells)."""
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    values = dict(cells)
    if any(n < 0 for n in values.values()):
        raise ValueError("counts cannot be negative")
    if additive:
        expected = sum(values.values()) if total is None else total
        if expected != sum(values.values()):
            raise ValueError("an additive table must add up to its total")
        if 0 < expected < threshold:
            return SuppressedTable(dict.fromkeys(values), withheld=True)
    hidden = {k: n for k, n in values.items() if 0 < n < threshold}
    if additive and hidden:
        # secondary suppression: the smallest counts that are safe to show go next
        candidates = sorted((n, k) for k, n in values.items() if n >= threshold)
        while not _safe(hidden, threshold) and candidates:
            n, key = candidates.pop(0)
            hidden[key] = n
        if not _safe(hidden, threshold):
            return SuppressedTable(dict.fromkeys(values), withheld=True)
    return SuppressedTable({k: None if k in hidden else n for k, n in values.items()})


def published_total(total: int, threshold: int) -> int | None:
    """The total itself is a cell: below the threshold it is hidden too."""
    return None if 0 < total < threshold else total
