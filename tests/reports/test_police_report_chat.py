"""Imported chat messages in the police report: each item names the export it came from,
with the export's SHA-256, so an officer can match the file handed over with the report."""

from __future__ import annotations

import hashlib
import re

from caseapp.services import cases as case_service
from caseapp.services import reports
from caseapp.services.chat_import import import_chat_export
from tests.conftest import sign_as
from tests.evidence.chat import exports as ex
from tests.reports.pdf_reading import pdftotext


def test_report_shows_each_imported_message_with_its_source_export(vault, tmp_path):
    sign_as(vault)
    case = case_service.open_case(vault, pseudonym="채팅")
    case_service.record_consent(vault, case, "police", granted=True, how="written")
    path = ex.telegram_json_chat(tmp_path / "export")
    created = import_chat_export(vault, case, path, hash_only=True).created
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    for lang, source in (("en", "from chat export result.json"),
                         ("ko", "대화 내보내기 파일 result.json")):
        out = tmp_path / f"report-{lang}.pdf"
        reports.build_police_report(vault, case.number, out, lang=lang)
        text = re.sub(r"\s+", " ", pdftotext(out))
        assert text.count(source) == len(created), lang
        assert digest in text  # unbroken, no spaces inserted
        assert ex.SUSPECT[1] in text and "https://t.me/c/1987654321/102" in text
