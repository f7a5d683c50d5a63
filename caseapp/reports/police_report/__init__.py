"""The police report PDF: everything an investigating officer needs to act without calling
back (case, victim as far as consent allows, timeline, legal categories, proof of victimhood,
leaked information, perpetrator accounts, every evidence item with its hashes and custody,
takedown history, the counsellor's statement and how to check the files), laid out from plain
data. Gathering the data and checking consent is the service's job (services.reports)."""

from caseapp.reports.police_report.data import (
    AccountEntry,
    EvidenceEntry,
    IdentityWithheld,
    PoliceReportData,
    TakedownEntry,
    TakedownStep,
)
from caseapp.reports.police_report.document import (
    build_police_report_pdf,
    estimated_pages,
    police_report_story,
)

__all__ = [
    "AccountEntry",
    "EvidenceEntry",
    "IdentityWithheld",
    "PoliceReportData",
    "TakedownEntry",
    "TakedownStep",
    "build_police_report_pdf",
    "estimated_pages",
    "police_report_story",
]
