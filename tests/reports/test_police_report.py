"""The police report, built through the service from a real case in a real store and read back
the way an officer's tools read it (pdftotext, pypdf, pikepdf)."""

from __future__ import annotations

import hashlib
import json
import re
import threading
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from caseapp.errors import BadInput, Cancelled, ConsentMissing, NotFound
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import reports
from tests.conftest import SIGNER, sign_as, snapshot
from tests.reports.pdf_reading import fonts, page_texts, pdftotext
from tests.reports.report_case import HOSTILE, VICTIM_NAME, VICTIM_PHONE, fill_case


def stored(data_dir: Path) -> dict[str, bytes]:
    """Every stored byte (SQLite's -shm file is a shared-memory index that readers touch)."""
    return {k: v for k, v in snapshot(data_dir).items() if not k.endswith("-shm")}


def collapsed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pypdf_text(pdf: Path, password: str | None = None) -> str:
    reader = PdfReader(pdf)
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


@pytest.fixture
def filled(vault):
    return fill_case(vault)


def build(vault, case, tmp_path: Path, name: str = "report.pdf", **kw):
    kw.setdefault("lang", "en")
    return reports.build_police_report(vault, case, tmp_path / name, **kw)


# --- what an officer reads -----------------------------------------------------------------

def test_korean_report_extracts_exactly_and_embeds_only_the_korean_font(vault, filled, tmp_path):
    record = build(vault, filled.number, tmp_path, lang="ko")
    pdf = tmp_path / "report.pdf"
    text = pdftotext(pdf)
    for expected in ("수사기관 제출용 사건 보고서", "8. 증거", "봉인된 USB, 사무실 금고",
                     "증거 보관 이력", "sha256sum -c SHA256SUMS"):
        assert expected in text
    # a table cell wraps it, but every syllable comes back in order
    assert collapsed("'지인능욕방'에 합성물 게시, 학교명과 이름이 함께 유포됨.") in collapsed(text)
    assert "증거 보관 이력" in pypdf_text(pdf)
    found = fonts(pdf)
    assert found and all(f["emb"] == "yes" for f in found)
    assert all(f["name"].split("+")[-1].startswith("NanumGothic") for f in found)
    assert record.lang == "ko"


def test_every_evidence_sha256_and_md5_appears_in_full(vault, filled, tmp_path):
    build(vault, filled.number, tmp_path)
    pdf = tmp_path / "report.pdf"
    for text in (collapsed(pdftotext(pdf)), collapsed(pypdf_text(pdf))):
        for item in filled.files:
            assert item.sha256 in text
            assert item.md5 in text
    # and each unbroken on one line of the text a reader copies (no spaces, no line break)
    lines = pdftotext(pdf).splitlines()
    for item in filled.files:
        assert any(item.sha256 in line for line in lines), item.code
        assert any(item.md5 in line for line in lines), item.code
    # in the embedded monospace face
    assert any(f["name"].split("+")[-1] == "NanumGothicCoding" and f["emb"] == "yes"
               for f in fonts(pdf))


def test_hostile_text_appears_literally(vault, filled, tmp_path):
    build(vault, filled.number, tmp_path)
    text = pdftotext(tmp_path / "report.pdf")
    assert f"Note: {HOSTILE}" in text                      # case summary
    assert f"캡처 1번 {HOSTILE}" in text                     # evidence description
    assert HOSTILE in text.split("4. Incident timeline")[-1]  # perpetrator details


def test_times_are_shown_in_the_centres_zone_and_as_recorded_where_that_differs(
        vault, filled, tmp_path):
    build(vault, filled.number, tmp_path)
    raw = pdftotext(tmp_path / "report.pdf")
    text = collapsed(raw)
    # an incident recorded in London: the centre's time, then the time as recorded there
    assert collapsed("3 Jan 2026, 23:05:00 +09:00") in text
    assert collapsed("recorded in another time zone: 3 Jan 2026, 14:05:00 +00:00 "
                     "(Europe/London)") in text
    # an incident recorded in Seoul is shown once
    assert collapsed("2 Jan 2026, 23:40:00 +09:00") in text
    assert raw.count("(Asia/Seoul)") == 1  # in the note above the timeline, nowhere else
    assert "+00:00" not in raw.replace("14:05:00 +00:00", "")  # nothing else in UTC


def test_every_time_in_the_korean_report_carries_the_centres_offset(vault, filled, tmp_path):
    import re

    build(vault, filled.number, tmp_path, lang="ko")
    raw = pdftotext(tmp_path / "report.pdf")
    times = re.findall(r"\d{1,2}:\d{2}:\d{2}(?:\s+[+-]\d{2}:\d{2})?", raw)
    assert times
    bare = [t for t in times if len(t.split()) == 1]
    assert bare == []  # every time names its offset (a narrow column may wrap before it)
    offsets = {t.split()[1] for t in times}
    assert offsets <= {"+09:00", "+00:00"}  # +00:00 only as London's own clock
    assert raw.count("+00:00") == raw.count("다른 시간대에서 기록됨")


def test_gps_is_flagged_and_coordinates_never_appear(vault, filled, tmp_path):
    build(vault, filled.number, tmp_path)
    text = pdftotext(tmp_path / "report.pdf")
    assert "The original file contains GPS location data" in text
    for coordinate in ("37.0", "33.0", "59.4", "126.0", "40.7", "37°", "126°"):
        assert coordinate not in text


def test_page_numbering_is_right_on_every_page(vault, filled, tmp_path):
    for lang, pattern in (("en", "Page {n} of {total}"), ("ko", "{n} / {total}쪽")):
        record = build(vault, filled.number, tmp_path, name=f"{lang}.pdf", lang=lang)
        texts = page_texts(tmp_path / f"{lang}.pdf")
        assert len(texts) == record.pages > 3
        for n, text in enumerate(texts, start=1):
            assert pattern.format(n=n, total=record.pages) in text
            assert record.report_id in text


def test_metadata_names_the_case_and_organisation_never_the_victim(vault, filled, tmp_path):
    build(vault, filled.number, tmp_path, include_identity=True)
    meta = PdfReader(tmp_path / "report.pdf").metadata
    values = " ".join(str(v) for v in meta.values())
    assert filled.number in meta.title
    assert meta.author == "Test Centre"
    for secret in (VICTIM_NAME, VICTIM_PHONE, "민들레-042"):
        assert secret not in values


# --- consent ---------------------------------------------------------------------------------

def test_victim_details_appear_only_with_consent_and_the_option(vault, filled, tmp_path):
    build(vault, filled.number, tmp_path, name="without.pdf")
    without = pdftotext(tmp_path / "without.pdf")
    assert VICTIM_NAME not in without and VICTIM_PHONE not in without
    assert "민들레-042" in without
    assert "identifying details were not included in this report" in without

    build(vault, filled.number, tmp_path, name="with.pdf", include_identity=True)
    with_identity = pdftotext(tmp_path / "with.pdf")
    assert VICTIM_NAME in with_identity and VICTIM_PHONE in with_identity
    assert "평일 18시 이후" in with_identity


def test_identity_is_refused_without_consent_and_nothing_changes(vault, data_dir, tmp_path):
    filled = fill_case(vault, police_consent=None, takedowns=False, files=1)
    before = stored(data_dir)
    with pytest.raises(ConsentMissing) as caught:
        build(vault, filled.number, tmp_path, include_identity=True)
    message = caught.value.message("en")
    assert filled.number in message and "share with police" in message
    assert "동의" in caught.value.message("ko")
    assert not (tmp_path / "report.pdf").exists()
    assert stored(data_dir) == before
    assert reports.list_reports(vault, filled.number) == []


def test_an_internal_draft_without_consent_says_why_the_victim_is_a_pseudonym(vault, tmp_path):
    filled = fill_case(vault, police_consent=None, takedowns=False, files=1)
    build(vault, filled.number, tmp_path, internal_draft=True)
    text = pdftotext(tmp_path / "report.pdf")
    assert "the victim has not consented to sharing them with police" in text
    assert VICTIM_NAME not in text


def test_withdrawn_consent_refuses_identity_and_is_named_in_the_report(vault, tmp_path):
    filled = fill_case(vault, police_consent=False, takedowns=False, files=1)
    with pytest.raises(ConsentMissing) as caught:
        build(vault, filled.number, tmp_path, include_identity=True)
    assert "withdrew consent" in caught.value.message("en")
    build(vault, filled.number, tmp_path, internal_draft=True)
    text = pdftotext(tmp_path / "report.pdf")
    assert "withdrew consent to sharing with police on 7 Jan 2026" in text
    assert VICTIM_NAME not in text


def test_revealing_the_victim_for_a_report_is_audited(vault, filled, tmp_path):
    from caseapp.services import vault as vault_service

    build(vault, filled.number, tmp_path, include_identity=True)
    actions = [e.event.action for e in vault_service.audit_events(vault, limit=20)]
    assert "victim.revealed" in actions and "report.built" in actions


# --- thumbnails ------------------------------------------------------------------------------

def page_images(pdf: Path) -> int:
    return sum(len(page.images) for page in PdfReader(pdf).pages)


def test_blurred_thumbnails_only_when_asked(vault, filled, tmp_path):
    build(vault, filled.number, tmp_path, name="plain.pdf")
    assert page_images(tmp_path / "plain.pdf") == 0
    build(vault, filled.number, tmp_path, name="thumbs.pdf", include_thumbnails=True)
    assert page_images(tmp_path / "thumbs.pdf") == len(filled.files)
    assert "Blurred preview" in pdftotext(tmp_path / "thumbs.pdf")


def test_thumbnails_need_police_consent(vault, tmp_path):
    filled = fill_case(vault, police_consent=None, takedowns=False, files=1)
    with pytest.raises(ConsentMissing):
        build(vault, filled.number, tmp_path, include_thumbnails=True)
    assert not (tmp_path / "report.pdf").exists()


# --- password ----------------------------------------------------------------------------------

def test_password_protected_report_is_aes_256_and_unreadable_without_it(vault, filled, tmp_path):
    record = build(vault, filled.number, tmp_path, password="경찰 전달용 pw 2026")
    pdf = tmp_path / "report.pdf"
    assert record.encrypted and record.options["encrypted"] is True
    assert record.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    reader = PdfReader(pdf)
    assert reader.is_encrypted
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(pdf)
    with pikepdf.open(pdf, password="경찰 전달용 pw 2026") as opened:
        assert opened.encryption.R == 6 and opened.encryption.bits == 256
        assert opened.encryption.stream_method.name == "aesv3"
    assert filled.files[0].sha256 in collapsed(pypdf_text(pdf, "경찰 전달용 pw 2026"))
    assert "경찰 전달용" not in str(record.options)


def test_empty_password_is_refused_before_anything_is_written(vault, filled, tmp_path):
    with pytest.raises(BadInput):
        build(vault, filled.number, tmp_path, password="")
    assert not (tmp_path / "report.pdf").exists()


# --- the register ---------------------------------------------------------------------------

def test_every_report_is_registered_with_the_hash_of_the_file(vault, filled, tmp_path):
    first = build(vault, filled.number, tmp_path, name="a.pdf",
                  addressed_to="서초경찰서 사이버수사팀",
                  victim_requests="게시물 삭제와 가해자 처벌")
    second = build(vault, filled.number, tmp_path, name="b.pdf", lang="ko")
    assert first.report_id == f"RPT-{filled.number}-01"
    assert second.report_id == f"RPT-{filled.number}-02"
    listed = reports.list_reports(vault, filled.number)
    assert [r.report_id for r in listed] == [first.report_id, second.report_id]
    row = listed[0]
    assert row.sha256 == hashlib.sha256((tmp_path / "a.pdf").read_bytes()).hexdigest()
    assert row.created_by == SIGNER and row.case_number == filled.number
    assert row.pages == len(PdfReader(tmp_path / "a.pdf").pages)
    assert row.size == (tmp_path / "a.pdf").stat().st_size and row.file_name == "a.pdf"
    assert row.options["addressed_to"] == "서초경찰서 사이버수사팀"
    assert row.options["include_identity"] is False and row.options["lang"] == "en"
    assert row.options["police_consent"] == "granted"
    assert row.options["evidence_items"] == len(filled.files) + 1
    assert first.report_id in pdftotext(tmp_path / "a.pdf")
    text = pdftotext(tmp_path / "a.pdf")
    assert "서초경찰서 사이버수사팀" in text and "게시물 삭제와 가해자 처벌" in text


def test_a_copy_is_matched_by_its_sha256(vault, filled, tmp_path):
    record = build(vault, filled.number, tmp_path)
    found = reports.find_report_by_sha256(vault, record.sha256.upper())
    assert found is not None and found.report_id == record.report_id
    digest, matched = reports.match_report_file(vault, tmp_path / "report.pdf")
    assert digest == record.sha256 and matched == found
    (tmp_path / "other.pdf").write_bytes(b"%PDF-1.4 not ours")
    assert reports.match_report_file(vault, tmp_path / "other.pdf")[1] is None
    with pytest.raises(BadInput):
        reports.find_report_by_sha256(vault, "not a hash")


def test_the_build_is_audited_with_the_hash(vault, filled, tmp_path):
    from caseapp.services import vault as vault_service

    record = build(vault, filled.number, tmp_path)
    events = [e.event for e in vault_service.audit_events(vault, limit=50)
              if e.event.action == "report.built"]
    assert len(events) == 1
    details = json.loads(events[0].details)
    assert details["sha256"] == record.sha256 and details["report"] == record.report_id
    assert vault_service.verify_audit_chain(vault) == []


# --- progress, cancel and bad input ----------------------------------------------------------

def test_progress_rises_to_the_end(vault, filled, tmp_path):
    seen: list[tuple[int, int]] = []
    build(vault, filled.number, tmp_path, progress=lambda done, total: seen.append((done, total)))
    dones = [d for d, _t in seen]
    assert dones == sorted(dones) and dones[-1] == seen[-1][1] == 100 and len(set(dones)) > 5


@pytest.mark.parametrize("at", [5, 50])
def test_cancel_leaves_no_file_and_no_register_entry(vault, filled, tmp_path, at):
    stop = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done >= at:
            stop.set()

    with pytest.raises(Cancelled):
        build(vault, filled.number, tmp_path, progress=progress, cancel=stop)
    assert list(tmp_path.glob("report.pdf*")) == [] and list(tmp_path.glob(".report.pdf*")) == []
    assert reports.list_reports(vault, filled.number) == []


def test_bad_destinations_are_refused_with_a_clear_message(vault, filled, tmp_path, data_dir):
    with pytest.raises(BadInput) as caught:
        reports.build_police_report(vault, filled.number, tmp_path / "missing" / "r.pdf",
                                    lang="en")
    assert "does not exist" in caught.value.message("en")
    with pytest.raises(BadInput):
        reports.build_police_report(vault, filled.number, data_dir / "r.pdf", lang="en")
    with pytest.raises(BadInput):
        reports.build_police_report(vault, filled.number, tmp_path, lang="en")
    with pytest.raises(BadInput):
        reports.build_police_report(vault, filled.number, tmp_path / "r.pdf", lang="fr")
    with pytest.raises(NotFound):
        reports.build_police_report(vault, "2026-9999", tmp_path / "r.pdf", lang="en")
    assert reports.list_reports(vault, filled.number) == []


def test_a_case_with_nothing_recorded_still_makes_a_complete_report(vault, tmp_path):
    sign_as(vault)
    case = case_service.open_case(vault)
    case_service.record_consent(vault, case, "police", True, "verbal")
    record = build(vault, case.number, tmp_path)
    text = pdftotext(tmp_path / "report.pdf")
    assert "No evidence item recorded." in text and "No takedown request recorded." in text
    assert "11. How to check the evidence files" in text
    assert record.pages >= 2
    assert evidence_service.list_evidence(vault, case) == []


def test_thumbnails_are_drawn_from_memory_never_from_temp_files(vault, filled, tmp_path,
                                                               monkeypatch):
    import tempfile

    made: list[str] = []
    real_mkstemp = tempfile.mkstemp

    def watched_mkstemp(*args, **kwargs):
        made.append(str(kwargs.get("dir", "")))
        return real_mkstemp(*args, **kwargs)

    def refuse(*_args, **_kwargs):
        raise AssertionError("a temporary file was made while building the report")

    monkeypatch.setattr(tempfile, "mkstemp", watched_mkstemp)
    for name in ("NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "mkdtemp",
                 "mktemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    build(vault, filled.number, tmp_path, include_thumbnails=True)
    # the only temporary file is the toolkit's all-or-nothing write beside the report
    assert made == [str(tmp_path)]
    assert page_images(tmp_path / "report.pdf") == len(filled.files)


def test_an_unreadable_thumbnail_is_left_out_and_the_report_still_builds(tmp_path):
    from caseapp.reports.police_report import build_police_report_pdf
    from tests.reports.police_report_data import report_data

    data = report_data(2, thumbnails={1: b"\x89PNG not really", 2: b""})
    result = build_police_report_pdf(tmp_path / "r.pdf", data, lang="ko")
    assert page_images(result.path) == 0
    assert "E-2026-0012-001" in pdftotext(result.path)


def test_a_report_id_taken_meanwhile_removes_the_copy_and_says_build_again(vault, filled,
                                                                            tmp_path,
                                                                            monkeypatch):
    from caseapp.services.reports import ReportBuiltTwice
    from caseapp.store import report_repo

    first = build(vault, filled.number, tmp_path, name="first.pdf")
    # another build registered seq 1 while this one was laying out its pages
    monkeypatch.setattr(report_repo, "next_seq", lambda *_args: 1)
    with pytest.raises(ReportBuiltTwice) as caught:
        build(vault, filled.number, tmp_path, name="second.pdf")
    assert first.report_id in caught.value.message("en")
    assert not (tmp_path / "second.pdf").exists()
    assert [r.report_id for r in reports.list_reports(vault, filled.number)] == [first.report_id]


def test_the_korean_report_says_languages_and_platforms_in_korean(vault, filled, tmp_path):
    from caseapp.services import evidence

    evidence.add_url_evidence(vault, filled.number, "https://x.com/someone/status/4512")
    build(vault, filled.number, tmp_path, lang="ko", include_identity=True)
    text = pdftotext(tmp_path / "report.pdf")
    lines = [line.strip() for line in text.splitlines()]
    assert "한국어" in lines and "ko" not in lines
    assert "딥페이크, 학교" in lines  # the organisation's own tag as typed
    assert "deepfake" not in text
    assert "X(옛 트위터)" in text and "Twitter" not in text
    assert "Telegram" not in text.split("9. 삭제 요청")[0]
    build(vault, filled.number, tmp_path, name="en.pdf", lang="en", include_identity=True)
    en_text = pdftotext(tmp_path / "en.pdf")
    assert "Korean" in en_text


def test_a_video_item_says_how_many_frame_hashes_it_has(tmp_path):
    from dataclasses import replace

    from caseapp.reports.police_report import build_police_report_pdf
    from tests.reports.police_report_data import report_data

    data = report_data(1)
    entry = data.evidence[0]
    video = replace(entry.item, mime="video/mp4", duration_seconds=8.0, video_frames=8)
    data = replace(data, evidence=(replace(entry, item=video),))
    english = pdftotext(build_police_report_pdf(tmp_path / "en.pdf", data, lang="en").path)
    korean = pdftotext(build_police_report_pdf(tmp_path / "ko.pdf", data, lang="ko").path)
    assert "vPDQ: 8 frame hashes, about one a second" in " ".join(english.split())
    assert "vPDQ: 프레임 해시 8개(약 1초에 하나)" in " ".join(korean.split())
