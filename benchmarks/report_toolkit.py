"""PDF build cost: an evidence-style table of 500 and 5,000 rows (Korean text, SHA-256
column) laid out with the report toolkit, and the extra cost of AES-256 encryption."""

from __future__ import annotations

import hashlib
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reportlab.lib.units import mm

from caseapp.reports.toolkit import (
    CONTENT_WIDTH,
    build_document,
    data_table,
    hash_column_width,
    hash_paragraph,
    paragraph,
)

KST = timezone(timedelta(hours=9))


def story(rows: int):
    def build(s):
        data = [[f"{i:05d}", f"https://t.me/c/1234567/{i} 텔레그램 대화방 게시물 캡처 {i}",
                 hash_paragraph(hashlib.sha256(str(i).encode()).hexdigest(), s.hash)]
                for i in range(rows)]
        hash_w = hash_column_width(4)
        return [paragraph("증거 목록", s.heading),
                data_table(["번호", "출처", "SHA-256"], data,
                           [16 * mm, CONTENT_WIDTH - 16 * mm - hash_w, hash_w], styles=s)]
    return build


def timed(out: Path, rows: int, password: str | None = None) -> tuple[float, int, int]:
    start = time.perf_counter()
    result = build_document(out, story(rows), title="benchmark", organisation="Bench",
                            document_id="BENCH", generated_at=datetime.now(KST), lang="ko",
                            password=password)
    return time.perf_counter() - start, result.pages, out.stat().st_size


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        timed(Path(tmp) / "warm.pdf", 10)  # font registration and subsetting tables
        for rows in (500, 5000):
            plain_s, pages, size = timed(Path(tmp) / f"plain-{rows}.pdf", rows)
            enc_s, _pages, _size = timed(Path(tmp) / f"enc-{rows}.pdf", rows, "benchmark")
            print(f"{rows:>5} rows: {pages:>4} pages, {size / 1024:8.0f} KiB, "
                  f"{plain_s:6.2f} s ({plain_s / pages * 1000:5.1f} ms/page); "
                  f"with AES-256 {enc_s:6.2f} s (x{enc_s / plain_s:.2f})")


if __name__ == "__main__":
    main()
