"""The report registry record: which PDF was generated for which case, with what options, by
whom and when, and the SHA-256 of the file as written (so a copy can be matched later)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from caseapp.errors import BadInput
from caseapp.i18n import N_, translate

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ReportKind(StrEnum):
    POLICE_REPORT = "police_report"
    # built without the victim's consent to share with police, for the centre's own use
    POLICE_REPORT_DRAFT = "police_report_draft"

    def label(self, lang: str | None = None) -> str:
        return translate(_KIND_LABELS[self], lang)

    @property
    def id_prefix(self) -> str:
        return _ID_PREFIXES[self]


_KIND_LABELS = {
    ReportKind.POLICE_REPORT: N_("Police report"),
    ReportKind.POLICE_REPORT_DRAFT: N_("Internal draft (not for submission)"),
}
_ID_PREFIXES = {ReportKind.POLICE_REPORT: "RPT", ReportKind.POLICE_REPORT_DRAFT: "DRF"}


def report_id(kind: ReportKind, case_number: str, seq: int) -> str:
    """The id printed on every page of a report: ``RPT-2026-0012-01``."""
    return f"{kind.id_prefix}-{case_number}-{seq:02d}"


def normalise_sha256(value: str) -> str:
    """A SHA-256 as typed or pasted (any case, spaces or a ``sha256:`` prefix allowed)."""
    text = "".join(str(value).split()).lower()
    if text.startswith("sha256:"):
        text = text[len("sha256:"):]
    if not _SHA256.match(text):
        raise BadInput(N_("'{value}' is not a SHA-256 hash (64 hexadecimal digits)."),
                       value=str(value)[:80])
    return text


@dataclass(frozen=True, slots=True)
class ReportRecord:
    """One generated report as registered. ``options`` are the choices it was built with
    (language, identity included, thumbnails, addressed to, encrypted, consent in force)."""

    id: int
    report_id: str
    case_id: int
    case_number: str
    kind: ReportKind
    lang: str
    created_at: datetime
    created_by: str
    sha256: str
    pages: int
    size: int
    encrypted: bool
    file_name: str
    options: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "case": self.case_number,
            "kind": self.kind.value,
            "lang": self.lang,
            "created_at": self.created_at.isoformat(),
            "created_by": self.created_by,
            "sha256": self.sha256,
            "pages": self.pages,
            "size": self.size,
            "encrypted": self.encrypted,
            "file_name": self.file_name,
            "options": dict(self.options),
        }
