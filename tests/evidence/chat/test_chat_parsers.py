"""The chat export readers on their own: the details of each layout that real exports have
(Telegram's \\xHH escapes, joined HTML messages, KakaoTalk's CP949 files, 12- and 24-hour
clocks, lines that look like records), time zones, and folders or archives that try to reach
outside the export."""

from __future__ import annotations

import codecs
import io
import os
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from caseapp.errors import BadImport
from caseapp.evidence.chat.detect import open_export
from caseapp.evidence.chat.json_stream import JsonStream
from caseapp.evidence.chat.model import ChatMessage, ExportFormat, LocalTime, MediaKind
from caseapp.evidence.chat.source import clean_relative
from caseapp.services.chat_preview import Selection, scan_export
from tests.evidence.chat import exports as ex


def read_all(path: Path, fmt: str = "auto") -> list[ChatMessage]:
    export = open_export(path, fmt)
    try:
        return list(export.messages())
    finally:
        export.source.close()


def kakao(tmp_path: Path, text: str, name: str = "talk.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- JSON ---------------------------------------------------------------------------------

def test_json_stream_reads_telegram_escapes_and_keeps_escaped_backslashes():
    raw = b'{"a": "x\\x0By\\\\x0B\\"", "b": [1, {"c": null}], "d": -1.5e3}'
    stream = JsonStream(io.BytesIO(raw), block=3)
    found = {}
    for key in stream.iter_object():
        found[key] = stream.read_value()
    stream.end()
    assert found == {"a": 'x\x0by\\x0B"', "b": [1, {"c": None}], "d": -1500.0}


@pytest.mark.parametrize("raw, reason", [
    (b'{"a": [1, 2', "ends too early"), (b'{"a": tru}', "not valid JSON"),
    (b'{"a": 1} trailing', "not valid JSON"), (b'{"a": "\xff"}', "not UTF-8"),
    (b'{"a": "caf\xc3', "ends too early")])
def test_json_stream_refuses_damage_clearly(raw, reason):
    stream = JsonStream(io.BytesIO(raw), block=4)
    with pytest.raises(BadImport) as err:
        for _ in stream.iter_object():
            stream.read_value()
        stream.end()
    assert reason in err.value.message("en")


def test_json_stream_skips_huge_values_without_holding_them():
    big = "가" * 3_000_000
    raw = ('{"skip": ["' + big + '", {"x": "' + big + '"}], "keep": 7}').encode()
    stream = JsonStream(io.BytesIO(raw), block=1 << 16)
    seen = {}
    for key in stream.iter_object():
        if key == "skip":
            stream.skip_value()
            assert len(stream._buf) < 1 << 18  # never the 3-million-character strings
        else:
            seen[key] = stream.read_value()
    assert seen == {"keep": 7}


def test_old_json_without_unixtime_needs_a_zone(tmp_path):
    path = ex.telegram_json_chat(tmp_path / "old", unixtime=False)
    messages = [m for m in read_all(path) if not m.service]
    assert all(m.time is not None and m.time.needs_zone for m in messages)
    preview = scan_export(path)
    assert preview.needs_time_zone and preview.local_times_only
    first = messages[0].time
    assert first is not None
    assert first.resolve("Asia/Seoul") == datetime(2024, 8, 20, 21, 13, 45,
                                                   tzinfo=timezone(timedelta(hours=9)))


def test_unixtime_gives_the_exporting_computers_offset_even_across_daylight_saving():
    summer = LocalTime(datetime(2024, 7, 1, 14, 0), datetime(2024, 7, 1, 13, 0, tzinfo=UTC))
    winter = LocalTime(datetime(2024, 12, 1, 13, 0), datetime(2024, 12, 1, 13, 0, tzinfo=UTC))
    assert summer.resolve(None).utcoffset() == timedelta(hours=1)
    assert winter.resolve(None).utcoffset() == timedelta(0)
    assert summer.resolve("Asia/Seoul").utcoffset() == timedelta(hours=1)  # the export wins


def test_json_and_html_in_one_folder_read_as_json(tmp_path):
    folder = tmp_path / "both"
    ex.telegram_json_chat(folder)
    ex.telegram_html_chat(folder)
    assert open_export(folder).format is ExportFormat.TELEGRAM_JSON
    assert open_export(folder, "telegram-html").format is ExportFormat.TELEGRAM_HTML


# --- HTML ---------------------------------------------------------------------------------

def test_html_without_offset_needs_a_zone_and_uses_its_daylight_saving(tmp_path):
    msgs = [ex.Msg(5, datetime(2024, 7, 1, 14, 0, tzinfo=ex.KST), ex.SUSPECT, "summer"),
            ex.Msg(6, datetime(2024, 12, 1, 14, 0, tzinfo=ex.KST), ex.SUSPECT, "winter")]
    path = ex.telegram_html_chat(tmp_path / "h", msgs, with_offset=False)
    summer, winter = (m for m in read_all(path) if not m.service)
    assert summer.time is not None and summer.time.needs_zone
    assert summer.time.resolve("Europe/London").utcoffset() == timedelta(hours=1)
    assert winter.time is not None
    assert winter.time.resolve("Europe/London").utcoffset() == timedelta(0)


def test_html_text_keeps_line_breaks_markup_characters_and_links(tmp_path):
    messages = {m.message_id: m for m in read_all(ex.telegram_html_chat(tmp_path / "h"))}
    assert messages["102"].text == "여기 올린 사진 봐라\n지우려면 돈 보내"
    assert messages["104"].text == '제발 지워주세요 <b>&amp;</b> \\ "quotes"'
    assert messages["103"].sender_name == ex.SUSPECT[0]  # joined to the one before
    assert messages["103"].media is not None
    assert messages["103"].media.kind is MediaKind.PHOTO
    assert messages["107"].media is not None and messages["107"].media.path is None
    assert "not included" in messages["107"].media.missing


def test_cut_off_html_page_is_refused(tmp_path):
    path = ex.telegram_html_chat(tmp_path / "h", per_page=20)
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    with pytest.raises(BadImport) as err:
        read_all(path)
    assert "ends too early" in err.value.message("en")


# --- KakaoTalk ------------------------------------------------------------------------------

def test_kakao_clock_edges_and_24_hour_pc_exports(tmp_path):
    text = ("방 님과 카카오톡 대화\n저장한 날짜 : 2024-08-21 01:02:03\n\n"
            "--------------- 2024년 8월 20일 화요일 ---------------\n"
            "[가] [오전 12:05] 자정 넘어\n[나] [오후 12:00] 정오\n[다] [21:13] 24시간\n"
            "[라] [9:13 PM] english clock\n")
    times = [m.time.wall for m in read_all(kakao(tmp_path, text)) if m.time]
    assert times == [datetime(2024, 8, 20, 0, 5), datetime(2024, 8, 20, 12, 0),
                     datetime(2024, 8, 20, 21, 13), datetime(2024, 8, 20, 21, 13)]


def test_kakao_continuation_lines_that_look_like_records_stay_text(tmp_path):
    text = ("방 님과 카카오톡 대화\n저장한 날짜 : 2024년 8월 21일 오전 1:02\n\n\n"
            "2024년 8월 20일 오후 3:15\n"
            "2024년 8월 20일 오후 3:16, User B : 첫 줄 : 콜론 포함\n"
            "UserA : 본문 속 화자 형식\n\n2024년 8월 20일 오후 3:17 이후 일정\n"
            "2024년 8월 20일 오후 3:18, UserA님이 나갔습니다.\n")
    messages = read_all(kakao(tmp_path, text))
    assert [(m.sender_name, m.service) for m in messages] == [("User B", False), (None, True)]
    assert messages[0].text == ("첫 줄 : 콜론 포함\nUserA : 본문 속 화자 형식\n\n"
                                "2024년 8월 20일 오후 3:17 이후 일정")


@pytest.mark.parametrize("line", ["[가] [오후 13:05] 잘못된 시각",
                                  "--------------- 2024년 2월 30일 금요일 ---------------"])
def test_kakao_impossible_times_refuse_the_file_naming_the_line(tmp_path, line):
    text = ("방 님과 카카오톡 대화\n저장한 날짜 : 2024-08-21 01:02:03\n\n"
            "--------------- 2024년 8월 20일 화요일 ---------------\n"
            "[가] [오후 1:05] 괜찮음\n" + line + "\n")
    with pytest.raises(BadImport) as err:
        read_all(kakao(tmp_path, text))
    assert "line 6" in err.value.message("en")


def test_kakao_cp949_bom_and_crlf_files_read_the_same(tmp_path):
    text = ex.kakao_text("windows_ko")
    plain = [(m.sender_name, m.text) for m in read_all(kakao(tmp_path, text, "a.txt"))]
    legacy = read_all(kakao(tmp_path, text.replace("🕶", ""), "b.txt", "cp949"))
    assert [(m.sender_name, m.text) for m in legacy] == \
        [(s.replace("🕶", "") if s else s, t.replace("🕶", "")) for s, t in plain]
    bom = tmp_path / "c.txt"
    bom.write_bytes(codecs.BOM_UTF8 + text.replace("\r\n", "\n").encode())
    assert [(m.sender_name, m.text) for m in read_all(bom)] == plain


def test_kakao_placeholders_become_media_without_files(tmp_path):
    messages = read_all(kakao(tmp_path, ex.kakao_text("ios_en")))
    kinds = {m.text: m.media.kind for m in messages if m.media}
    assert kinds == {"Photo": MediaKind.PHOTO, "Video": MediaKind.VIDEO,
                     "File: contract.pdf": MediaKind.FILE}
    assert [m.text for m in messages if m.deleted] == ["This message was deleted."]


def test_kakao_identical_messages_in_one_minute_get_distinct_keys(tmp_path):
    messages = [m for m in read_all(kakao(tmp_path, ex.kakao_text("android_ko")))
                if m.text == "제발 지워주세요 : 부탁해요"]
    assert [m.occurrence for m in messages] == [0, 1]
    assert messages[0].key != messages[1].key
    again = [m for m in read_all(kakao(tmp_path, ex.kakao_text("android_ko"), "b.txt"))
             if m.text == "제발 지워주세요 : 부탁해요"]
    assert [m.key for m in again] == [m.key for m in messages]


def test_kakao_since_until_use_the_exports_own_dates(tmp_path):
    path = kakao(tmp_path, ex.kakao_text("windows_en"))
    assert scan_export(path, selection=Selection(until=date(2024, 8, 20))).selected == 6
    assert scan_export(path, selection=Selection(since=date(2024, 8, 21))).selected == 3


def test_two_kakao_conversations_in_one_folder_ask_for_one(tmp_path):
    kakao(tmp_path, ex.kakao_text("android_ko"), "one.txt")
    kakao(tmp_path, ex.kakao_text("ios_ko"), "two.txt")
    with pytest.raises(BadImport) as err:
        open_export(tmp_path)
    assert "more than one" in err.value.message("en")


# --- where files are read from ----------------------------------------------------------------

@pytest.mark.parametrize("path, clean", [
    ("photos/a.jpg", "photos/a.jpg"), ("./photos//a.jpg", "photos/a.jpg"),
    ("chats/chat_01/../chat_01/a.jpg", "chats/chat_01/a.jpg"), ("../a.jpg", None),
    ("/etc/passwd", None), ("C:/Windows/win.ini", None), ("a/../../b", None),
    ("photos\\a.jpg", "photos/a.jpg"), ("", None), ("a\x00b", None)])
def test_paths_inside_an_export_never_leave_it(path, clean):
    assert clean_relative(path) == clean


def test_zip_members_outside_the_export_are_ignored(tmp_path):
    folder = tmp_path / "export"
    ex.telegram_json_chat(folder)
    archive = ex.zip_folder(folder, tmp_path / "export.zip")
    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr("../escape.jpg", ex.photo_bytes(3))
    export = open_export(archive)
    try:
        assert not export.source.exists("../escape.jpg")
        assert export.source.exists("result.json")
    finally:
        export.source.close()


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_link_out_of_the_export_folder_is_not_followed(tmp_path):
    folder = tmp_path / "export"
    ex.telegram_json_chat(folder)
    outside = tmp_path / "private.jpg"
    outside.write_bytes(ex.photo_bytes(4))
    (folder / "photos" / "private.jpg").symlink_to(outside)
    export = open_export(folder)
    try:
        assert not export.source.exists("photos/private.jpg")
        assert export.source.exists("result.json")
    finally:
        export.source.close()
