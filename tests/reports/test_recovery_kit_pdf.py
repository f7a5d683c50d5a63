"""The Recovery Kit PDF: what the office admin prints for the safe, read back from the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pikepdf
import pytest
import segno

from caseapp.errors import BadInput, WrongRecoveryCode
from caseapp.reports.recovery_kit import QR_ERROR, QR_QUIET_MODULES, build_recovery_kit
from caseapp.security import keys, keyslots, recovery_code
from tests.reports.pdf_reading import fonts, page_texts, pdftotext

KST = timezone(timedelta(hours=9))
PRINTED = datetime(2025, 3, 14, 9, 0, tzinfo=KST)


@dataclass
class Kit:
    store_id: str
    created_at: str
    code: str
    text: str
    master: bytearray


@pytest.fixture
def kit() -> Kit:
    master = keys.new_master_key()
    store_id = keys.new_store_id()
    code = recovery_code.generate()
    slots = keyslots.KeySlots(store_id=store_id, created_at="2025-03-14T00:00:00+00:00")
    slots.slots.append(keyslots.new_slot(keyslots.RECOVERY, store_id, master, code))
    return Kit(store_id, slots.created_at, code, keyslots.kit_text(slots), master)


def make(tmp_path: Path, kit: Kit, *, lang: str = "ko", name: str = "kit.pdf", **kw):
    options = dict(organisation="해바라기센터 Seoul", store_id=kit.store_id,
                   created_at=kit.created_at, recovery_code=kit.code, kit_text=kit.text,
                   lang=lang, generated_at=PRINTED)
    options.update(kw)
    return build_recovery_kit(tmp_path / name, **options)


def printed_kit_text(pdf: Path) -> str:
    """The numbered kit text lines as pdftotext -layout sees them, line numbers dropped."""
    text = pdftotext(pdf, layout=True)
    lines = text[text.index(keyslots.KIT_PREFIX) - 20:].splitlines()
    body = []
    for line in lines:
        m = re.fullmatch(r"\s*(\d{2})\s+(\S.*)", line)
        if m:
            body.append(m.group(2))
        elif body and line.strip():
            break
    return "".join("".join(body).split())


def test_kit_shows_the_recovery_code_in_groups(tmp_path, kit):
    result = make(tmp_path, kit)
    text = pdftotext(result.path)
    groups = kit.code.split("-")
    assert "-".join(groups[:4]) in text
    assert "-".join(groups[4:]) in text
    assert kit.store_id in text


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_typed_kit_text_rejoins_to_the_original_and_recovers_the_key(tmp_path, kit, lang):
    result = make(tmp_path, kit, lang=lang)
    typed = printed_kit_text(result.path)
    assert typed == kit.text
    # what an admin would type back really rebuilds the slot and opens with the code
    rebuilt = keyslots.slots_from_kit_text(typed.lower())
    assert rebuilt.unlock(keyslots.RECOVERY, kit.code) == kit.master


def qr_matrix_from_pdf(pdf: Path) -> list[list[int]]:
    """Rebuild the module matrix from the vector squares of the QR form XObject."""
    with pikepdf.open(pdf) as doc:
        forms = [(name, xobj) for page in doc.pages
                 for name, xobj in page.Resources.get("/XObject", {}).items()
                 if "caseapp-qr" in str(name)]
        assert len(forms) == 1, "exactly one QR code expected"
        _name, form = forms[0]
        width = float(form.BBox[2]) - float(form.BBox[0])
        rects = [[float(v) for v in operands]
                 for operands, op in pikepdf.parse_content_stream(form)
                 if str(op) == "re"]
    background, *modules = rects
    assert background[2] == pytest.approx(width)
    module = min(r[3] for r in modules)
    size = round(width / module) - 2 * QR_QUIET_MODULES
    matrix = [[0] * size for _ in range(size)]
    for x, y, w, h in modules:
        row = round((width - y - h) / module) - QR_QUIET_MODULES
        col = round(x / module) - QR_QUIET_MODULES
        for c in range(col, col + round(w / module)):
            matrix[row][c] = 1
    return matrix


def test_qr_code_is_the_kit_text(tmp_path, kit):
    # No QR decoder is available offline; instead the drawn squares are read back and
    # compared with the symbol segno makes for the kit text.
    result = make(tmp_path, kit)
    expected = segno.make(kit.text, error=QR_ERROR, micro=False, boost_error=False)
    assert qr_matrix_from_pdf(result.path) == [list(row) for row in expected.matrix]
    assert expected.mode == "alphanumeric"


def test_qr_code_is_drawn_on_the_kit_data_page(tmp_path, kit):
    result = make(tmp_path, kit)
    with pikepdf.open(result.path) as doc:
        drawn = [n for n, page in enumerate(doc.pages, start=1)
                 for operands, op in pikepdf.parse_content_stream(page)
                 if str(op) == "Do" and "caseapp-qr" in str(operands[0])]
    assert len(drawn) == 1
    assert "QR" in pdftotext(result.path, page=drawn[0])


def test_a_long_kit_still_fits_a_scannable_qr_code():
    long_kit = keyslots.KIT_PREFIX + "A" * 800
    symbol = segno.make(long_kit, error=QR_ERROR, micro=False, boost_error=False)
    assert symbol.version <= 25  # about 0.5 mm per module at the printed size


@pytest.mark.parametrize(("lang", "title", "other"), [
    ("ko", "CaseApp 복구 키트", "CaseApp Recovery Kit: Keep this sheet in the office safe."),
    ("en", "CaseApp Recovery Kit", "CaseApp 복구 키트: 이 문서는 사무실 금고에 보관하세요."),
])
def test_kit_is_in_the_chosen_language_with_a_line_in_the_other(tmp_path, kit, lang, title,
                                                               other):
    result = make(tmp_path, kit, lang=lang)
    text = pdftotext(result.path)
    assert title in text
    assert "".join(other.split()) in "".join(text.split())
    assert "caseapp-admin recover --kit-stdin" in text


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_page_is_marked_secret_and_numbered(tmp_path, kit, lang):
    result = make(tmp_path, kit, lang=lang)
    texts = page_texts(result.path)
    assert len(texts) == result.pages == 2
    marking = {"ko": "비밀: 복구 키트", "en": "SECRET: recovery kit"}[lang]
    numbering = {"ko": "{n} / 2쪽", "en": "Page {n} of 2"}[lang]
    for n, text in enumerate(texts, start=1):
        assert marking in text
        assert numbering.format(n=n) in text


def test_kit_explains_where_to_keep_it(tmp_path, kit):
    text = " ".join(pdftotext(make(tmp_path, kit, lang="en").path).split())
    for phrase in ("office safe", "seal it in an envelope", "laptop",
                   "photograph", "e-mail", "keyslots.json"):
        assert phrase in text


def test_fonts_are_embedded(tmp_path, kit):
    rows = fonts(make(tmp_path, kit).path)
    assert rows and all(row["emb"] == "yes" for row in rows)


def test_kit_text_typed_with_spaces_and_small_letters_is_printed_canonically(tmp_path, kit):
    messy = " ".join(kit.text[i:i + 7] for i in range(0, len(kit.text), 7)).lower()
    result = make(tmp_path, kit, kit_text=messy, recovery_code=kit.code.lower())
    assert printed_kit_text(result.path) == kit.text


def test_a_code_that_does_not_open_the_kit_is_refused_and_nothing_is_written(tmp_path, kit):
    other = recovery_code.generate()
    with pytest.raises(BadInput):
        make(tmp_path, kit, recovery_code=other)
    with pytest.raises(WrongRecoveryCode):
        make(tmp_path, kit, recovery_code="not a code")
    assert list(tmp_path.iterdir()) == []


def test_kit_of_another_store_is_refused(tmp_path, kit):
    with pytest.raises(BadInput):
        make(tmp_path, kit, store_id=keys.new_store_id())
    with pytest.raises(BadInput):
        make(tmp_path, kit, kit_text="CASEAPP-RK1:AAAA")
    assert list(tmp_path.iterdir()) == []


def test_secrets_never_reach_the_log(tmp_path, kit, caplog):
    caplog.set_level("DEBUG")
    make(tmp_path, kit)
    assert kit.code not in caplog.text
    assert kit.text[len(keyslots.KIT_PREFIX):][:20] not in caplog.text


def test_kit_can_be_password_protected(tmp_path, kit):
    result = make(tmp_path, kit, password="office printer")
    with pikepdf.open(result.path, password="office printer") as doc:
        assert doc.encryption.R == 6
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(result.path)
