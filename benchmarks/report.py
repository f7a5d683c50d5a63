"""Police report build cost for a case with 500 evidence items, against bare reportlab.

In one run, on the same data:
  * the full service path (``services.reports.build_police_report``: gathering the record from
    the encrypted store, laying out, writing, registering);
  * the document alone (the same PoliceReportData laid out and written);
  * a bare reportlab document holding the same evidence table content (same cell text, same
    font, plain ``Table(repeatRows=1)`` in a ``SimpleDocTemplate``);
  * a bare reportlab document holding the same table *and* the same per-item detail text.
Ratios are report / bare (target under 1.5 against the table); pages per second of the report.
Each figure is the best of several runs (the machine is shared), wall clock and CPU time.

    .venv/bin/python benchmarks/report.py [--items 500] [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from caseapp.domain.evidence import EvidenceDraft
from caseapp.i18n import translate
from caseapp.reports import police_report as doc
from caseapp.reports import toolkit
from caseapp.security.keyslots import Argon2Params
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import reports
from caseapp.services import vault as vault_service
from caseapp.store.vault import Vault

FAST_KDF = Argon2Params(memory_kib=1024, time_cost=1, parallelism=1)  # a throw-away store


def png(seed: int) -> bytes:
    image = Image.new("RGB", (32, 24), ((seed * 53) % 256, (seed * 97) % 256, 120))
    image.putpixel((seed % 32, seed % 24), (255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fill(vault: Vault, items: int) -> str:
    case = case_service.open_case(vault, pseudonym="민들레-042", tags=["deepfake"],
                                  legal_categories=["synthetic_sexual_material"],
                                  summary="텔레그램 대화방에 합성물이 유포된 사건.")
    for scope in ("police", "takedown", "copies"):
        case_service.record_consent(vault, case, scope, True, "written")
    case_service.add_incident(vault, case, description="'지인능욕방'에 합성물 게시.",
                              occurred_at="2026-01-02T23:40:00+09:00", time_zone="Asia/Seoul",
                              platform="telegram", place="지인능욕방")
    for i in range(items):
        evidence_service.ingest_file(
            vault, case, io.BytesIO(png(i)), filename=f"capture_{i:04d}.png",
            draft=EvidenceDraft(platform="telegram", url=f"https://t.me/c/1234567/{1000 + i}",
                                channel_name="지인능욕방 합성 요청방", channel_id="-1001234567",
                                message_id=str(1000 + i), poster_account="@hapsung_bot",
                                captured_at=f"2026-01-04T22:{i // 60 % 60:02d}:{i % 60:02d}"
                                            "+09:00",
                                captured_tz="Asia/Seoul", captured_by="김상담",
                                description=f"대화방에 게시된 합성 이미지 캡처 {i}번. "
                                            "게시자 닉네임과 학교명이 함께 보임."))
    return case.number


def best(runs: int, work: Callable[[], object]) -> tuple[float, float]:
    """(best wall seconds, best CPU seconds) over ``runs`` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def bare_document(rows: list[list[str]], widths: list[float], details: list[str],
                  font: str) -> Callable[[], int]:
    cell = ParagraphStyle("bare-cell", fontName=font, fontSize=8.5, leading=12)
    small = ParagraphStyle("bare-small", fontName=font, fontSize=8.5, leading=12.5)

    def build() -> int:
        data = [[Paragraph(text, cell) for text in row] for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.35, "grey"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story = [table, *(Paragraph(text, small) for text in details)]
        out = io.BytesIO()
        SimpleDocTemplate(out, pagesize=A4, leftMargin=toolkit.MARGIN_LEFT,
                          rightMargin=toolkit.MARGIN_RIGHT, topMargin=toolkit.MARGIN_TOP,
                          bottomMargin=toolkit.MARGIN_BOTTOM).build(story)
        return len(out.getvalue())

    return build


def table_content(data: doc.PoliceReportData, lang: str) -> tuple[list[list[str]], list[str]]:
    """The evidence table's cell markup and each detail block's markup, as the report has
    them (read from the report's own builders, so both documents hold the same text)."""
    writer = doc._Writer(data, lang, toolkit.report_styles(lang), None)
    header = [translate(h, lang) for h in (doc.COL_ITEM, doc.COL_WHERE, doc.COL_CAPTURED,
                                            doc.COL_HASHES)]
    rows = [header]
    details = []
    for entry in data.evidence:
        rows.append([cell.text if isinstance(cell, Paragraph) else str(cell)
                     for cell in doc._evidence_row(writer, entry.item)])
        for block in doc._evidence_detail(writer, entry):
            parts = block._content if isinstance(block, KeepTogether) else [block]
            details += [p.text for p in parts if isinstance(p, Paragraph)]
    return rows, details


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        created = vault_service.create_store(folder / "data", "benchmark passphrase 2026",
                                             organisation="벤치마크 상담소", actor="김상담",
                                             params=FAST_KDF, allow_weak_kdf=True)
        vault = created.vault
        try:
            case_service.add_counsellor(vault, "김상담")   # documents are signed by a profile
            start = time.perf_counter()
            number = fill(vault, args.items)
            print(f"setup: {args.items} evidence items ingested in "
                  f"{time.perf_counter() - start:.1f} s (not part of the figures)")
            toolkit.register_fonts()
            # warm-up: font subsetting tables, babel locale data, catalogues
            reports.build_police_report(vault, number, folder / "warm.pdf", lang=args.lang)

            n = [0]

            def service() -> None:
                n[0] += 1
                reports.build_police_report(vault, number, folder / f"svc-{n[0]}.pdf",
                                            lang=args.lang)

            svc_wall, svc_cpu = best(args.runs, service)
            pages = reports.list_reports(vault, number)[-1].pages

            # the same data, gathered once, for the document-only and bare builds
            data = reports.gather_police_report(vault, number, lang=args.lang)

            doc_wall, doc_cpu = best(args.runs, lambda: doc.build_police_report_pdf(
                folder / "doc.pdf", data, lang=args.lang))
            rows, details = table_content(data, args.lang)
            widths = doc._evidence_columns()
            table_wall, table_cpu = best(args.runs, bare_document(rows, widths, [],
                                                                  toolkit.FONT))
            same_wall, same_cpu = best(args.runs, bare_document(rows, widths, details,
                                                                toolkit.FONT))
        finally:
            vault.close()

    print(f"police report, {args.items} evidence items, {pages} pages ({args.lang}); "
          f"best of {args.runs}, wall / CPU seconds:")
    print(f"  service (gather + layout + write + register) {svc_wall:6.2f} / {svc_cpu:6.2f}")
    print(f"  document only                                 {doc_wall:6.2f} / {doc_cpu:6.2f}")
    print(f"  bare reportlab, same table                    {table_wall:6.2f} / {table_cpu:6.2f}")
    print(f"  bare reportlab, same table + detail text      {same_wall:6.2f} / {same_cpu:6.2f}")
    print(f"ratio document / bare table:          {doc_wall / table_wall:5.2f} wall, "
          f"{doc_cpu / table_cpu:5.2f} CPU  (target < 1.5)")
    print(f"ratio document / bare same content:   {doc_wall / same_wall:5.2f} wall, "
          f"{doc_cpu / same_cpu:5.2f} CPU")
    print(f"ratio service / bare table:           {svc_wall / table_wall:5.2f} wall")
    print(f"pages per second: document {pages / doc_wall:5.1f}, service {pages / svc_wall:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
