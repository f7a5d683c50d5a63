"""The shared PDF toolkit, checked on the written file as a reader would see it."""

from __future__ import annotations

import ast
import hashlib
import re
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from caseapp.errors import BadInput, Cancelled, StorageFull
from caseapp.i18n import catalogue_ids, translate
from caseapp.reports import toolkit
from caseapp.reports.toolkit import (
    CONTENT_WIDTH,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_WIDTH,
    build_document,
    data_table,
    escape,
    hash_column_width,
    hash_paragraph,
    labelled,
    paragraph,
    report_styles,
)
from tests.conftest import require_tool
from tests.reports.pdf_reading import fonts, page_texts, pdftotext, word_boxes

KST = timezone(timedelta(hours=9))
GENERATED = datetime(2025, 3, 14, 16, 30, 5, tzinfo=KST)
HOSTILE = "<b>hi</b> & <script>"
KOREAN = "피해자는 텔레그램 대화방에서 합성 사진을 발견했다"


def build(tmp_path: Path, story, *, lang: str = "en", name: str = "doc.pdf", **kw):
    options = dict(title="Test document", organisation="Seoul Support Centre",
                   document_id="RPT-2025-0001-01", generated_at=GENERATED, lang=lang)
    options.update(kw)
    return build_document(tmp_path / name, story, **options)


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- escaping ------------------------------------------------------------------------------

def test_escape_turns_markup_into_entities():
    assert escape(HOSTILE) == "&lt;b&gt;hi&lt;/b&gt; &amp; &lt;script&gt;"
    assert escape("\"quoted\" and 'single'") == "&quot;quoted&quot; and &#39;single&#39;"


def test_escape_keeps_hangul_and_makes_controls_and_missing_glyphs_visible():
    assert escape("한글 Latin é ①") == "한글 Latin é ①"
    assert escape("line one\r\nline two\rthree\nfour") == (
        "line one<br/>line two<br/>three<br/>four")
    assert escape("bell\x07 nul\x00 del\x7f") == "bell[U+0007] nul[U+0000] del[U+007F]"
    # a right-to-left override could disguise a URL; it is shown, not obeyed
    assert escape("moc.elpmaxe\u202e") == "moc.elpmaxe[U+202E]"
    # NanumGothic has no emoji or Hebrew glyphs: printed as code points, never dropped
    assert escape("a😀b") == "a[U+1F600]b"
    assert escape("שלום") == "[U+05E9][U+05DC][U+05D5][U+05DD]"
    assert escape("tab\there") == "tab here"


def test_hostile_note_appears_literally_in_the_pdf(tmp_path):
    note = f"Victim note: {HOSTILE} <para>x</para> &amp; <br/> done"
    result = build(tmp_path, lambda s: [paragraph(note, s.body)])
    text = pdftotext(result.path)
    assert note in text
    assert PdfReader(result.path).pages[0].extract_text().count(HOSTILE) == 1


def test_labelled_line_shows_label_and_value_literally(tmp_path):
    result = build(tmp_path, lambda s: [labelled("Account <name>", "@room & co", s.body)])
    assert "Account <name> @room & co" in " ".join(pdftotext(result.path).split())


def test_unicode_that_the_font_cannot_draw_is_still_visible_in_the_pdf(tmp_path):
    result = build(tmp_path, lambda s: [paragraph("계정 😀room e\u0301", s.body)])
    assert "계정 [U+1F600]room e[U+0301]" in pdftotext(result.path)


# --- fonts and language --------------------------------------------------------------------

def test_korean_text_extracts_exactly(tmp_path):
    result = build(tmp_path, lambda s: [paragraph(KOREAN, s.body)], lang="ko")
    assert KOREAN in pdftotext(result.path)
    assert KOREAN in PdfReader(result.path).pages[0].extract_text()


def test_every_font_is_embedded_even_for_a_plain_reportlab_table(tmp_path):
    def story(s):
        # a Table built without our FONT command still must not pull in Helvetica
        return [paragraph(KOREAN, s.body), Table([["plain cell", "셀"]]),
                paragraph("<b>bold</b>", s.label)]

    result = build(tmp_path, story, lang="ko")
    rows = fonts(result.path)
    assert rows, "no fonts found"
    assert all(row["emb"] == "yes" for row in rows), rows
    assert {row["name"].split("+")[-1] for row in rows} <= {"NanumGothic", "NanumGothic-Bold",
                                                            "NanumGothicBold"}


def test_register_fonts_is_idempotent():
    toolkit.register_fonts()
    toolkit.register_fonts()
    from reportlab import rl_config

    assert rl_config.canvas_basefontname == toolkit.FONT


def test_korean_styles_break_between_syllables_english_between_words():
    assert report_styles("ko").body.wordWrap == "CJK"
    assert report_styles("en").body.wordWrap is None


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_english_words_are_never_cut_and_nothing_runs_past_the_margin(tmp_path, lang):
    sentence = ("counsellors support victims of digital sex crimes and chase takedowns with "
                "platforms regulators and hosting providers every single week")
    words = sentence.split(" ")
    english = " ".join(words * 4)
    url = "https://example.com/" + "averyveryverylongpathsegment" * 10 + "?id=1"
    korean = "디지털 성범죄 피해자 지원 " * 12

    def story(s):
        rows = [["1", url, korean]]
        return [paragraph(english, s.body), paragraph(url, s.body), paragraph(korean, s.body),
                data_table(["#", "URL", "설명"], rows, [10 * mm, 60 * mm, CONTENT_WIDTH - 70 * mm],
                           styles=s)]

    result = build(tmp_path, story, lang=lang)
    right_edge = PAGE_WIDTH - MARGIN_RIGHT + 1
    boxes = word_boxes(result.path)
    body = [b for b in boxes if b[3] in words]
    assert len(body) >= len(words) * 4
    assert all(x_max <= right_edge and x_min >= MARGIN_LEFT - 1 for _p, x_min, x_max, _w in boxes)
    # every word of the English paragraph came out whole
    english_words = [b[3] for b in boxes
                     if b[3].isalpha() and b[3].isascii() and b[3] not in url]
    assert set(english_words) <= set(words) | {"Seoul", "Support", "Centre", "Confidential",
                                               "contains", "sensitive", "personal",
                                               "information", "Document", "Generated",
                                               "Page", "of", "URL", "Mar"}
    rejoined = "".join(pdftotext(result.path).split())
    assert "".join(url.split()) in rejoined


# --- hashes --------------------------------------------------------------------------------

def test_hash_column_fits_a_whole_sha256_in_the_monospace_face():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    digest = hashlib.sha256(b"x").hexdigest()
    widths = {stringWidth(c, toolkit.FONT_MONO, 8) for c in "0123456789abcdef"}
    assert len(widths) == 1  # every hex digit the same width
    assert hash_column_width(64) - 2 * toolkit.CELL_PAD_H >= stringWidth(digest,
                                                                         toolkit.FONT_MONO, 8)


def test_a_hash_that_fits_is_printed_unbroken_in_the_embedded_monospace_font(tmp_path):
    digest = hashlib.sha256(b"evidence").hexdigest()
    result = build(tmp_path, lambda s: [
        data_table(["SHA-256"], [[hash_paragraph(digest, s.hash)]], [hash_column_width(64)],
                   styles=s)])
    lines = pdftotext(result.path).splitlines()
    assert digest in lines  # one line, nothing inserted
    mono = [f for f in fonts(result.path) if f["name"].split("+")[-1] == toolkit.FONT_MONO]
    assert mono and all(f["emb"] == "yes" for f in mono)


def test_a_hash_wider_than_its_column_is_continued_without_inserted_characters(tmp_path):
    digest = hashlib.sha256(b"evidence").hexdigest()
    width = hash_column_width(30)
    result = build(tmp_path, lambda s: [
        data_table(["SHA-256"], [[hash_paragraph(digest, s.hash)]], [width], styles=s)])
    printed = [ln.strip() for ln in pdftotext(result.path).splitlines()
               if re.fullmatch(r"[0-9a-f]+", ln.strip())]
    assert len(printed) == 3 and all(" " not in line for line in printed)
    assert "".join(printed) == digest


@pytest.mark.parametrize("url", [
    "https://t.me/c/1873650021/4512",                     # 31 characters
    "https://x.com/someone_here/status/4512",             # 38
    "https://t.me/c/1873650021/45123456789012",           # 40: never broken
])
def test_a_url_of_up_to_40_characters_is_never_broken(tmp_path, url):
    # a column far too narrow for it: the URL still comes out whole on one line
    result = build(tmp_path, lambda s: [
        data_table(["URL", "#"], [[toolkit.url_paragraph(url, s.cell), "1"]],
                   [30 * mm, 10 * mm], styles=s)])
    assert url in pdftotext(result.path).splitlines()


def test_a_long_url_breaks_only_after_separators_and_never_inside_a_number(tmp_path):
    url = ("https://t.me/c/1873650021/4512?single&comment=98765432101234&thread="
           "55512#message-12345678")
    result = build(tmp_path, lambda s: [
        data_table(["URL"], [[toolkit.url_paragraph(url, s.cell)]], [42 * mm], styles=s)])
    printed = [ln.strip() for ln in pdftotext(result.path).splitlines()
               if ln.strip() and (ln.strip() in url)]
    assert len(printed) > 1 and "".join(printed) == url
    for line in printed[:-1]:
        assert line[-1] in "/?&=#", line
    for number in ("1873650021", "4512", "98765432101234", "55512", "12345678"):
        assert any(number in line for line in printed), number


def test_url_lines_rejoin_exactly_and_keep_digit_runs_whole():
    toolkit.register_fonts()
    url = "https://example.com/" + "a" * 80 + "1234567890" * 3 + "/x"
    lines = toolkit.url_lines(url, toolkit.FONT, 8.5, 100)
    assert "".join(lines) == url and len(lines) > 2
    digits = "1234567890" * 3
    assert any(digits in line for line in lines)  # the long run is never cut


def test_hash_paragraph_rejects_non_hex():
    with pytest.raises(ValueError):
        hash_paragraph("not-a-hash")


# --- tables and pages ----------------------------------------------------------------------

def test_long_table_repeats_its_header_and_never_splits_a_row(tmp_path):
    header = ["No.", "Evidence item", "Captured at"]
    filler = "chat log excerpt with enough words to wrap onto a second line in this column " * 2
    rows = [[f"{i:03d}", f"ROW{i:03d}-START {filler} ROW{i:03d}-END", "2025-03-01 10:00 +09:00"]
            for i in range(500)]
    result = build(tmp_path, lambda s: [
        paragraph("Evidence list", s.heading),
        data_table(header, rows, [14 * mm, 120 * mm, CONTENT_WIDTH - 134 * mm], styles=s)])
    texts = page_texts(result.path)
    assert result.pages == len(texts) >= 10
    for text in texts:
        assert "Evidence item" in text and "Captured at" in text
    seen = []
    for number, text in enumerate(texts, start=1):
        for start in re.findall(r"ROW(\d{3})-START", text):
            assert f"ROW{start}-END" in text, f"row {start} split across page {number}"
            seen.append(int(start))
    assert seen == list(range(500))


def test_a_row_taller_than_a_page_is_split_instead_of_failing(tmp_path):
    huge = "BEGIN " + "a very long counselling note " * 900 + " END"
    result = build(tmp_path, lambda s: [
        data_table(["Date", "Note"], [["2025-03-01", "short"], ["2025-03-02", huge]],
                   [30 * mm, CONTENT_WIDTH - 30 * mm], styles=s)])
    assert result.pages >= 3
    text = pdftotext(result.path)
    assert "BEGIN" in text and "END" in text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_footer_numbers_every_page_out_of_the_true_total(tmp_path, lang):
    rows = [[str(i), "x " * 40] for i in range(300)]
    result = build(tmp_path, lambda s: [
        data_table(["#", "text"], rows, [20 * mm, CONTENT_WIDTH - 20 * mm], styles=s)],
        lang=lang)
    texts = page_texts(result.path)
    total = len(texts)
    assert total == result.pages > 3
    for number, text in enumerate(texts, start=1):
        assert translate("Page {page} of {pages}", lang, page=number, pages=total) in text
        assert translate("Confidential: contains sensitive personal information", lang) in text
        assert "RPT-2025-0001-01" in text
        assert ("2025. 3. 14. 16:30:05 +09:00" if lang == "ko"
                else "14 Mar 2025, 16:30:05 +09:00") in text
        assert "Seoul Support Centre" in text
    if lang == "ko":
        assert f"1 / {total}쪽" in texts[0]


def test_confidentiality_marking_can_be_left_off(tmp_path):
    result = build(tmp_path, lambda s: [paragraph("x", s.body)], confidentiality=False)
    assert "Confidential" not in pdftotext(result.path)


def test_result_matches_the_file_and_metadata_holds_no_victim_data(tmp_path):
    result = build(tmp_path, lambda s: [paragraph("Victim name: 김민지", s.body)],
                   title="Police report 2025-0001")
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert result.pages == 1 and not result.encrypted
    meta = PdfReader(result.path).metadata
    assert meta.title == "Police report 2025-0001"
    assert meta.author == "Seoul Support Centre"
    assert meta.creation_date.astimezone(UTC) == GENERATED.astimezone(UTC)
    assert not meta.subject and not meta.get("/Keywords")
    assert "김민지" not in repr(dict(meta))


def test_invariant_builds_are_byte_identical(tmp_path):
    def story(s):
        return [paragraph(KOREAN, s.body)]

    first = build(tmp_path, story, name="a.pdf", invariant=True, lang="ko")
    second = build(tmp_path, story, name="b.pdf", invariant=True, lang="ko")
    assert first.sha256 == second.sha256


def test_naive_generation_time_is_refused(tmp_path):
    with pytest.raises(ValueError):
        build(tmp_path, [paragraph("x", report_styles("en").body)],
              generated_at=datetime(2025, 1, 1))


# --- encryption ----------------------------------------------------------------------------

def test_password_protects_the_file_with_aes_256(tmp_path):
    secret_line = "Officer eyes only: 피해 진술"
    result = build(tmp_path, lambda s: [paragraph(secret_line, s.body)],
                   password="correct horse 한글")
    assert result.encrypted
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()

    reader = PdfReader(result.path)
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    reader = PdfReader(result.path, password="correct horse 한글")
    assert secret_line in reader.pages[0].extract_text()

    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(result.path)
    with pikepdf.open(result.path, password="correct horse 한글") as pdf:
        assert pdf.encryption.R == 6
        assert pdf.encryption.V == 5
        assert pdf.encryption.stream_method.name == "aesv3"
        assert pdf.encryption.bits == 256

    with pytest.raises(subprocess.CalledProcessError):
        pdftotext(result.path)
    assert secret_line in pdftotext(result.path, password="correct horse 한글")
    qpdf = require_tool("qpdf", "apt-get install qpdf")
    shown = subprocess.run([qpdf, "--show-encryption", "--password=correct horse 한글",
                            str(result.path)], capture_output=True, text=True).stdout
    assert "R = 6" in shown and "AESv3" in shown


def test_empty_password_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(BadInput):
        build(tmp_path, lambda s: [paragraph("x", s.body)], password="")
    assert folder_listing(tmp_path) == []


def test_password_never_reaches_the_log(tmp_path, caplog):
    caplog.set_level("DEBUG")
    build(tmp_path, lambda s: [paragraph("x", s.body)], password="hunter2-비밀")
    assert "hunter2" not in caplog.text


# --- all or nothing ------------------------------------------------------------------------

class Explodes(Flowable):
    def wrap(self, aw, ah):
        return aw, 10

    def draw(self):
        raise RuntimeError("boom")


def test_a_failing_build_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "doc.pdf"
    with pytest.raises(RuntimeError):
        build(tmp_path, lambda s: [paragraph("first page", s.body), Explodes()])
    assert folder_listing(tmp_path) == []

    target.write_bytes(b"previous report")
    with pytest.raises(RuntimeError):
        build(tmp_path, lambda s: [paragraph("first page", s.body), Explodes()])
    assert target.read_bytes() == b"previous report"
    assert folder_listing(tmp_path) == ["doc.pdf"]


def test_cancelling_from_the_page_callback_writes_nothing(tmp_path):
    seen: list[int] = []

    def on_page(page: int) -> None:
        seen.append(page)
        if page == 2:
            raise Cancelled()

    rows = [[str(i), "row"] for i in range(400)]
    with pytest.raises(Cancelled):
        build(tmp_path, lambda s: [data_table(["#", "x"], rows, [20 * mm, 60 * mm], styles=s)],
              on_page=on_page)
    assert seen == [1, 2]
    assert folder_listing(tmp_path) == []


def test_unwritable_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StorageFull):
        build_document(tmp_path / "missing" / "doc.pdf", [], title="t", organisation="o",
                       document_id="d", generated_at=GENERATED, lang="en")


# --- translations --------------------------------------------------------------------------

def test_every_report_message_has_a_korean_translation():
    package = Path(toolkit.__file__).parent
    marked = set()
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
                marked.add(node.args[0].value)
    assert marked, "no marked messages found"
    assert marked <= catalogue_ids("ko"), sorted(marked - catalogue_ids("ko"))
