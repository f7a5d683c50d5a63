"""The issue's "done when" list, checked on the documents docs/samples/make_samples.py makes
(a deepfake case of a minor with Telegram and X evidence), read back as an investigator, a
platform reviewer and a reviewer at the standards commission would: with pdftotext."""

from __future__ import annotations

import importlib.util
import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.reports.pdf_reading import pdftotext

ROOT = Path(__file__).resolve().parents[2]
UNRESOLVED_PARTICLES = ("은(는)", "는(은)", "이(가)", "가(이)", "을(를)", "를(을)", "와(과)",
                        "과(와)", "으로(로)", "(으)로", "로(으로)", "아(야)", "이어(여)")
TIME = re.compile(r"\b\d{1,2}:\d{2}:\d{2}\b")


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[str, Path]:
    spec = importlib.util.spec_from_file_location("make_samples",
                                                  ROOT / "docs" / "samples" / "make_samples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make(tmp_path_factory.mktemp("samples"))


@pytest.fixture(scope="module")
def texts(samples) -> dict[str, str]:
    return {name: pdftotext(path) for name, path in samples.items() if name.endswith(".pdf")}


@pytest.fixture(scope="module")
def package(samples) -> dict[str, bytes]:
    with zipfile.ZipFile(samples["evidence_package_ko.zip"]) as zf:
        return {Path(n).name: zf.read(n) for n in zf.namelist()}


@pytest.fixture(scope="module")
def items(package) -> list[dict]:
    return json.loads(package["manifest.json"])["items"]


def test_every_document_of_the_set_is_there(samples):
    names = set(samples)
    assert {"police_report_ko.pdf", "police_report_en.pdf", "letter_telegram_ko.pdf",
            "letter_x_ko.pdf", "letter_kcsc_ko.pdf", "statutory_form_ko.pdf",
            "evidence_package_ko.zip"} <= names


def test_the_offences_section_names_the_deepfake_article_and_the_child_protection_law(texts):
    korean = texts["police_report_ko.pdf"]
    section = korean.split("2. 관련 법조", 2)[-1].split("3. 피해자", 1)[0]
    flat = re.sub(r"\s+", "", section)
    assert "제14조의2" in flat
    assert "아동·청소년의성보호에관한법률" in flat


def test_no_document_has_an_unresolved_particle(texts):
    for name, text in texts.items():
        flat = re.sub(r"\s+", "", text)
        found = [p for p in UNRESOLVED_PARTICLES if p in flat]
        assert not found, f"{name}: {found}"


def test_every_time_in_the_korean_report_carries_the_organisations_offset(texts):
    korean = texts["police_report_ko.pdf"]
    times = list(TIME.finditer(korean))
    assert len(times) > 20
    for match in times:
        after = korean[match.end():match.end() + 12]
        assert re.match(r"\s*\+09:00", after), (match.group(0), after)
    assert "UTC" not in korean and "+00:00" not in korean and "+0900" not in korean


def test_every_evidence_sha256_is_unbroken_on_one_line_of_the_report(texts, items):
    digests = [i["sha256"] for i in items if i["sha256"]]
    assert len(digests) >= 6
    for name in ("police_report_ko.pdf", "police_report_en.pdf"):
        lines = texts[name].splitlines()
        if name.endswith("_ko.pdf"):
            for digest in digests:
                assert any(digest in line for line in lines), (name, digest)
        assert not re.search(r"\b[0-9a-f]{8} [0-9a-f]{8} [0-9a-f]{8}\b", texts[name])
    # the statutory form's list of attachments too
    form = texts["statutory_form_ko.pdf"]
    listed = [d for d in digests if d in re.sub(r"\s+", "", form)]
    assert listed
    for digest in listed:
        assert any(digest in line for line in form.splitlines()), digest


def test_a_url_of_up_to_40_characters_is_whole_on_one_line(texts, items):
    short = {i["url"] for i in items if i["url"] and len(i["url"]) <= 40}
    assert len(short) >= 3
    lines = texts["police_report_ko.pdf"].splitlines()
    for url in short:
        assert any(url in line for line in lines), url
    for name in ("letter_telegram_ko.pdf", "letter_kcsc_ko.pdf"):
        letter_urls = set(re.findall(r"https?://\S+", texts[name]))
        for url in letter_urls:
            if len(url) <= 40:
                assert any(url in line for line in texts[name].splitlines())


def test_the_standards_commission_letter_does_not_treat_it_as_a_company(texts):
    assert "귀사" not in texts["letter_kcsc_ko.pdf"]


def test_letters_carry_no_english_footer_word_and_no_utc_time(texts):
    for name, text in texts.items():
        if name.startswith(("letter_", "statutory_")):
            assert "/letter" not in text and "/statutory" not in text, name
            assert "+00:00" not in text and "UTC" not in text, name


def test_a_hash_only_item_is_marked_and_not_in_sha256sums(texts, items, package):
    hash_only = [i for i in items if i["held_as"] == "hash_only"]
    assert [i["code"] for i in hash_only]
    sums = package["SHA256SUMS"].decode()
    listed = {line.split("  ", 1)[1] for line in sums.splitlines()}
    assert listed == set(package) - {"SHA256SUMS"}
    for item in hash_only:
        assert item["sha256"] not in sums
        report = texts["police_report_ko.pdf"]
        row = report.split(item["code"], 1)[1][:200]
        assert "해시만 기록" in row
    readme = package["README.txt"].decode()
    assert all(i["code"] in readme for i in hash_only)
