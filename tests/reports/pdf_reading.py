"""Reading generated PDFs back the way a person or an officer's tools would: poppler's
pdftotext/pdffonts (skipped when poppler-utils is missing, a failure in CI) and pypdf."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader


def poppler(tool: str) -> str:
    from tests.conftest import require_tool

    return require_tool(tool, "poppler-utils: apt-get install poppler-utils")


def pdftotext(pdf: Path, *, page: int | None = None, layout: bool = False,
              password: str | None = None) -> str:
    args = [poppler("pdftotext"), "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    if password is not None:
        args += ["-upw", password]
    args += [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def page_texts(pdf: Path) -> list[str]:
    pages = len(PdfReader(pdf).pages)
    return [pdftotext(pdf, page=n) for n in range(1, pages + 1)]


def fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts rows as dicts: name, type, emb ("yes"/"no")."""
    out = subprocess.run([poppler("pdffonts"), str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: count from the right, types have spaces
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def word_boxes(pdf: Path) -> list[tuple[int, float, float, str]]:
    """(page, xMin, xMax, word) for every word poppler finds."""
    import html
    import re

    out = subprocess.run([poppler("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    boxes: list[tuple[int, float, float, str]] = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">'
                      r"(.*)</word>", line)
        if m:
            boxes.append((page, float(m.group(1)), float(m.group(2)), html.unescape(m.group(3))))
    return boxes
