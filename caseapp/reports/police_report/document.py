"""The whole police report as a PDF: the sections in order, paginated and registered by
the caller."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

from reportlab.platypus import Flowable

from caseapp.errors import Cancelled
from caseapp.i18n import translate
from caseapp.reports import toolkit
from caseapp.reports.police_report.data import PoliceReportData
from caseapp.reports.police_report.sections import SECTION_BUILDERS
from caseapp.reports.police_report.wording import (
    DRAFT_MARKING,
    DRAFT_METADATA_TITLE,
    DRAFT_WATERMARK,
    MARKING,
    METADATA_TITLE,
)
from caseapp.reports.police_report.writer import _cancelled, _Writer
from caseapp.reports.toolkit import BuiltDocument, ReportStyles

log = logging.getLogger(__name__)


CancelCheck = Callable[[], bool] | threading.Event | None


def police_report_story(data: PoliceReportData, lang: str, *, cancel: CancelCheck = None,
                        progress: Callable[[int, int], None] | None = None,
                        ) -> toolkit.Story:
    """The report's flowables (a toolkit story); checks ``cancel`` between sections."""

    def build(styles: ReportStyles) -> list[Flowable]:
        w = _Writer(data, lang, styles, cancel)
        story: list[Flowable] = []
        for n, section in enumerate(SECTION_BUILDERS):
            w.check()
            story.extend(section(w))
            if progress is not None:
                progress(n + 1, len(SECTION_BUILDERS))
        return story

    return build


def build_police_report_pdf(out: str | os.PathLike[str], data: PoliceReportData, *, lang: str,
                            password: str | None = None, invariant: bool = False,
                            cancel: CancelCheck = None,
                            progress: Callable[[int, int], None] | None = None,
                            on_page: Callable[[int], None] | None = None) -> BuiltDocument:
    """Write the police report for ``data`` at ``out`` (atomically; AES-256 with
    ``password``). ``progress(done, total)`` is called per section while the story is
    built; ``on_page(n)`` per page laid out. ``cancel`` stops the build (Cancelled) before
    anything is written. PDF metadata name the case number only, never the victim."""
    toolkit.check_language(lang)

    def page_done(page: int) -> None:
        if _cancelled(cancel):
            raise Cancelled()
        if on_page is not None:
            on_page(page)

    result = toolkit.build_document(
        out, police_report_story(data, lang, cancel=cancel, progress=progress),
        title=translate(DRAFT_METADATA_TITLE if data.draft else METADATA_TITLE, lang,
                        number=data.case.number),
        organisation=data.organisation, document_id=data.report_id,
        generated_at=data.generated_at, lang=lang,
        marking=translate(DRAFT_MARKING if data.draft else MARKING, lang),
        watermark=translate(DRAFT_WATERMARK, lang) if data.draft else None,
        password=password, invariant=invariant, on_page=page_done)
    log.info("police report %s built: %d pages, %d evidence items", data.report_id,
             result.pages, len(data.evidence))
    return result


def estimated_pages(data: PoliceReportData) -> int:
    """A rough page count for progress bars (the true count is known only at the end)."""
    evidence = len(data.evidence)
    return max(3, 4 + evidence // 9 + evidence // 8 + len(data.incidents) // 8
               + len(data.takedowns) // 10)
