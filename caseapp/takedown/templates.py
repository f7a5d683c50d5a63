"""Letter and web-form templates: the small, documented format the organisation edits
(docs/formats/takedown-templates.md), loading the shipped defaults from
``resources/templates/takedown/``, checking a template before it is stored, and filling it.

The format is plain text with ``$name`` / ``${name}`` placeholders (Python's
``string.Template``: substitution only, nothing is ever evaluated). The structure (subject,
headings, paragraphs) is read from the template *before* values are filled in, so text typed
by a counsellor can never turn into a heading, a subject or another placeholder."""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from caseapp import korean
from caseapp.domain.takedowns import LetterForm, RecipientKind
from caseapp.errors import BadInput
from caseapp.i18n import LANGUAGES, N_
from caseapp.paths import resource_path

MAX_TEMPLATE = 100_000
TEMPLATE_FORMS = (LetterForm.LETTER, LetterForm.WEBFORM)

# Every placeholder a template may use, with what it holds (shown by the CLI and the docs).
PLACEHOLDERS: dict[str, str] = {
    "organisation": N_("the organisation's name"),
    "organisation_address": N_("the organisation's postal address"),
    "organisation_phone": N_("the organisation's phone number"),
    "organisation_email": N_("the organisation's e-mail address"),
    "organisation_contact": N_("the organisation's address, phone and e-mail on one line"),
    "signatory": N_("who signs: the display name of the counsellor profile making the "
                    "letter"),
    "legal_basis": N_("the legal basis for this recipient: the organisation's wording in its "
                      "letter settings for service providers; the commission's, the "
                      "offences' or the support centre's basis for the others"),
    "date": N_("the date of the letter"),
    "case_number": N_("the case number"),
    "request_code": N_("the request's code, e.g. T-2024-0007-001"),
    "recipient": N_("the recipient's name"),
    "recipient_reference": N_("the recipient's reference number, if one was recorded"),
    "target_kind": N_("web address, or account or channel"),
    "target": N_("the URL or account exactly as recorded (and its ASCII form for a "
                 "non-ASCII address)"),
    "platform": N_("the platform read from the URL"),
    "content_type": N_("what kind of material it is, in the words of the law"),
    "content_law": N_("the law that names that kind of material"),
    "content_statement": N_("what the material is, in the words of the law for its content "
                            "type (filmed, false video material, exploitation material of a "
                            "minor), with threats or personal information posted with it when "
                            "the case says so"),
    "material": N_("the short name of that kind of material (filmed material, false video "
                   "material, exploitation material)"),
    "description": N_("what the material is, as entered on the request"),
    "keywords": N_("titles or search keywords the material is posted under"),
    "action": N_("the action requested"),
    "evidence": N_("one line per evidence item: code, kind, capture time, SHA-256"),
    "previous": N_("one line per earlier request about the same material"),
    "link_reason": N_("why this request follows an earlier one (escalation or re-upload)"),
    "victim": N_("the person shown, only when consent and the per-letter choice allow it"),
}


class LetterTemplate(string.Template):
    """``$name`` / ``${name}``, and ``${name:은}`` for a name followed by a Korean particle
    chosen for its value (``caseapp.korean``): 센터는, 경찰청은."""

    braceidpattern = r"(?a:[_a-z][_a-z0-9]*)(?::[가-힣]{1,4})?"


def _split(identifier: str) -> tuple[str, str]:
    name, _sep, form = identifier.partition(":")
    return name, form


class BlockKind(StrEnum):
    SUBJECT = "subject"
    HEADING = "heading"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    template: LetterTemplate
    optional: bool = False           # left out when any placeholder in it is empty


@dataclass(frozen=True, slots=True)
class ParsedTemplate:
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class FilledBlock:
    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class FilledLetter:
    subject: str
    blocks: tuple[FilledBlock, ...]

    def as_text(self) -> str:
        """Plain text: subject line, blank line, then the blocks separated by blank lines."""
        parts = []
        if self.subject:
            parts.append(self.subject)
        parts.extend(block.text for block in self.blocks)
        return "\n\n".join(parts) + "\n"


def _bad(message: str, **params: object) -> BadInput:
    return BadInput(message, **params)


def parse(text: object) -> ParsedTemplate:
    """Read a template. Raises BadInput naming the line for a placeholder that does not
    exist, a stray ``$``, or a template without any text."""
    if not isinstance(text, str):
        raise _bad(N_("A template must be text."))
    if len(text) > MAX_TEMPLATE:
        raise _bad(N_("A template is at most {limit} characters."), limit=MAX_TEMPLATE)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(n, line.rstrip()) for n, line in enumerate(lines, 1)
                if not line.lstrip().startswith("##")]
    blocks: list[Block] = []
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if not paragraph:
            return
        first = paragraph[0][1]
        optional = first.startswith("? ") or first == "?"
        if optional:
            paragraph[0] = (paragraph[0][0], first[2:])
        body = "\n".join(line for _, line in paragraph)
        if body.startswith("# ") and len(paragraph) == 1:
            blocks.append(_block(BlockKind.HEADING, body[2:], paragraph[0][0], optional))
        else:
            blocks.append(_block(BlockKind.PARAGRAPH, body, paragraph[0][0], optional))
        paragraph.clear()

    seen_text = False
    for number, line in numbered:
        if not seen_text and not line.strip():
            continue
        if not seen_text and line.lower().startswith("subject:"):
            blocks.append(_block(BlockKind.SUBJECT, line[len("subject:"):].strip(), number,
                                 False))
            seen_text = True
            continue
        seen_text = True
        if line.strip():
            paragraph.append((number, line))
        else:
            flush()
    flush()
    if not any(b.kind is not BlockKind.SUBJECT for b in blocks):
        raise _bad(N_("The template has no text."))
    return ParsedTemplate(tuple(blocks))


def _block(kind: BlockKind, text: str, line: int, optional: bool) -> Block:
    template = LetterTemplate(text)
    if not template.is_valid():
        raise _bad(N_("Template line {line}: a '$' must start a placeholder such as "
                      "${{case_number}}; write $$ for a dollar sign."), line=line)
    for identifier in template.get_identifiers():
        name, form = _split(identifier)
        if name not in PLACEHOLDERS:
            raise _bad(N_("Template line {line}: unknown placeholder ${name}. Known "
                          "placeholders: {known}."), line=line, name=name,
                       known=", ".join(sorted(PLACEHOLDERS)))
        if form and form not in korean.PARTICLES:
            raise _bad(N_("Template line {line}: '{form}' after ${name} is not a particle "
                          "CaseApp can choose; use one of {known}."), line=line, name=name,
                       form=form, known=" ".join(sorted(korean.PARTICLES)))
    return Block(kind, template, optional)


def fill(parsed: ParsedTemplate, values: Mapping[str, str]) -> FilledLetter:
    """Fill every placeholder with its value (plain text, inserted once, never re-read as
    template). Optional blocks with an empty placeholder, and blocks that end up blank, are
    left out."""
    complete = {name: str(values.get(name, "")) for name in PLACEHOLDERS}
    subject = ""
    out: list[FilledBlock] = []
    for block in parsed.blocks:
        identifiers = block.template.get_identifiers()
        if block.optional and any(not complete[_split(i)[0]].strip() for i in identifiers):
            continue
        filled = dict(complete)
        for identifier in identifiers:
            name, form = _split(identifier)
            if form:
                filled[identifier] = korean.attach(complete[name], form) \
                    if complete[name] else ""
        text = "\n".join(line.rstrip() for line in
                         block.template.substitute(filled).split("\n")).strip("\n")
        if block.kind is BlockKind.SUBJECT:
            subject = " ".join(text.split())
            continue
        if not text.strip():
            continue
        out.append(FilledBlock(block.kind, text))
    return FilledLetter(subject, tuple(out))


def template_path_name(kind: RecipientKind, form: LetterForm, lang: str) -> str:
    return f"{kind.value}.{form.value}.{lang}.txt"


def check_choice(kind: RecipientKind, form: LetterForm, lang: str) -> None:
    if form not in TEMPLATE_FORMS:
        raise _bad(N_("The statutory form is built from the law's fields and has no "
                      "template; choose letter or webform."))
    if lang not in LANGUAGES:
        raise _bad(N_("Unknown language {lang}; use one of {choices}."), lang=lang,
                   choices=", ".join(LANGUAGES))


def default_text(kind: RecipientKind, form: LetterForm, lang: str) -> str:
    """The shipped template for a recipient type (the 'other' template when a type has no
    file of its own)."""
    check_choice(kind, form, lang)
    folder = resource_path("templates", "takedown")
    for candidate in (kind, RecipientKind.OTHER):
        path = folder / template_path_name(candidate, form, lang)
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(template_path_name(kind, form, lang))
