"""The Korean glossary (``docs/glossary.md``) read as data, and the check that no Korean text
uses a retired term: the tables of the glossary are the machine-readable form.

    python tools/glossary.py check     # list every retired term in a Korean text, with its file
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
LETTER_TEMPLATES = ROOT / "resources" / "templates" / "takedown"
_CODE = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Term:
    english: str
    korean: str
    retired: tuple[str, ...]
    fine_in: tuple[str, ...]
    checked_in: str  # "all" or "interface" (not the letter templates)


@dataclass(frozen=True)
class Hit:
    source: str
    retired: str
    use: str
    excerpt: str


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def terms(path: Path = GLOSSARY) -> list[Term]:
    """Every row of every table whose header starts with ``English | 한국어 | Retired``."""
    found: list[Term] = []
    header: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = _cells(line)
        if header is None:
            header = cells
            continue
        if set(line) <= set("|-: "):
            continue
        if header[:3] != ["English", "한국어", "Retired"]:
            continue
        row = dict(zip(header, cells, strict=False))
        found.append(Term(
            english=row["English"], korean=row["한국어"],
            retired=tuple(_CODE.findall(row.get("Retired", ""))),
            fine_in=tuple(_CODE.findall(row.get("Still fine in", ""))),
            checked_in=row.get("Checked in", "all") or "all"))
    return found


def _inside_fine_word(text: str, start: int, end: int, fine_in: tuple[str, ...]) -> bool:
    for word in fine_in:
        for m in re.finditer(re.escape(word), text):
            if m.start() <= start and end <= m.end():
                return True
    return False


def retired_uses(text: str, source: str, glossary: list[Term],
                 letter: bool = False) -> Iterator[Hit]:
    """Each place in ``text`` where a retired term is used."""
    for term in glossary:
        if letter and term.checked_in != "all":
            continue
        for retired in term.retired:
            for m in re.finditer(re.escape(retired), text):
                if _inside_fine_word(text, m.start(), m.end(), term.fine_in):
                    continue
                excerpt = text[max(0, m.start() - 20):m.end() + 20].replace("\n", " ")
                yield Hit(source, retired, term.korean, excerpt)


def korean_texts(root: Path = ROOT) -> Iterator[tuple[str, str, bool]]:
    """(where, text, is a letter template) for every Korean text the app ships."""
    from babel.messages.pofile import read_po

    for po in sorted((root / "resources" / "locale" / "ko").glob("*.po")):
        with po.open("rb") as fh:
            catalog = read_po(fh, locale="ko")
        for message in catalog:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in strings:
                if message.id and text:
                    yield f"{po.relative_to(root)}: {message.id!s:.60}", str(text), False
    ts = root / "resources" / "translations" / "caseapp_ko.ts"
    tree = ET.parse(ts)  # noqa: S314 - our own catalogue
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                if form.text:
                    source = message.findtext("source") or ""
                    yield f"{ts.relative_to(root)}: {name}|{source:.60}", form.text, False
    for template in sorted((root / "resources" / "templates").rglob("*.ko.txt")):
        yield str(template.relative_to(root)), template.read_text(encoding="utf-8"), True
    for guide in sorted((root / "docs").glob("*.ko.md")):
        yield str(guide.relative_to(root)), guide.read_text(encoding="utf-8"), False


def check(root: Path = ROOT) -> list[Hit]:
    glossary = terms(root / "docs" / "glossary.md")
    return [hit for where, text, letter in korean_texts(root)
            for hit in retired_uses(text, where, glossary, letter)]


def main(argv: list[str]) -> int:
    if argv[:1] != ["check"]:
        print(__doc__)
        return 2
    hits = check()
    for hit in hits:
        print(f"{hit.source}\n    {hit.retired} -> {hit.use}: …{hit.excerpt}…")
    print(f"{len(hits)} retired term(s)")
    return 1 if hits else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
