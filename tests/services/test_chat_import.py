"""Chat exports imported through the service: every format into a real store, with item
fields, times in both zones, sender IDs, media hashes, custody, consent, suspects as accounts,
duplicate protection, and damaged exports refused with nothing written."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta, timezone

import pytest

from caseapp.domain.chat import ParticipantRole
from caseapp.domain.evidence import CustodyAction, EvidenceKind
from caseapp.domain.platforms import Platform
from caseapp.errors import BadImport, BadInput, Cancelled
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import organisation
from caseapp.services.chat_import import import_chat_export
from caseapp.services.chat_preview import Selection, scan_export
from caseapp.store import chat_repo
from tests.cases.store_dump import dump
from tests.evidence.chat import exports as ex

KST = timezone(timedelta(hours=9))
SUSPECT_ROLE = {ex.SUSPECT[1]: ParticipantRole.SUSPECT, ex.VICTIM[0]: ParticipantRole.VICTIM}


@pytest.fixture
def case(vault):
    return case_service.open_case(vault, pseudonym="채팅")


@pytest.fixture
def keeping_case(vault, case):
    case_service.record_consent(vault, case, "copies", granted=True, how="written")
    return case_service.get_case(vault, case.id)


def items_by_message(vault, case):
    items = evidence_service.list_evidence(vault, case)
    with vault.read() as conn:
        records = chat_repo.messages_of_case(conn, case.id)
    return {records[i.id].message_id or records[i.id].line: (i, records[i.id]) for i in items}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_telegram_json_messages_become_items_with_their_fields(vault, keeping_case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    result = import_chat_export(vault, keeping_case, path, roles=SUSPECT_ROLE)
    assert len(result.created) == 9  # ten messages, one of them a service message
    found = items_by_message(vault, keeping_case)
    item, record = found["102"]
    assert item.kind is EvidenceKind.CHAT_LOG and item.platform is Platform.TELEGRAM
    assert item.channel_name == ex.ROOM and item.channel_id == str(ex.ROOM_ID)
    assert item.message_id == "102" and item.url == f"https://t.me/c/{ex.ROOM_ID}/102"
    assert item.poster_account == f"{ex.SUSPECT[0]} ({ex.SUSPECT[1]})"
    assert item.description == "여기 올린 사진 봐라\n지우려면 돈 보내"
    sent = datetime(2024, 8, 20, 21, 13, 45, tzinfo=KST)
    assert item.captured_at == sent and item.captured_at.utcoffset() == timedelta(hours=9)
    assert record.sender_id == ex.SUSPECT[1] and record.sender_role is ParticipantRole.SUSPECT
    assert record.sent_at == sent and record.sent_at_org == sent
    assert record.org_zone == "Asia/Seoul" and record.wall_time == "2024-08-20T21:13:45"
    # the control character Telegram wrote as \x0B comes back as itself
    assert found["109"][0].description == "경찰에 신고할게요\x0bnow"
    assert found["109"][1].reply_to == "102"
    assert found["106"][1].links == ("https://t.me/another_room/55",)
    assert found["108"][1].forwarded_from == "Channel of Shame"


def test_media_are_ingested_with_hashes_and_kept_with_consent(vault, keeping_case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    import_chat_export(vault, keeping_case, path)
    found = items_by_message(vault, keeping_case)
    photo = found["103"][0]
    assert photo.sha256 == sha(ex.photo_bytes(1)) and photo.content_kept
    assert photo.mime == "image/jpeg" and photo.pdq_hex and photo.width == 320
    assert photo.original_filename.startswith("photo_1@")
    video = found["105"][0]
    assert video.sha256 == sha(ex.video_bytes()) and video.content_kept
    assert video.mime.startswith("video/") and video.duration_seconds == ex.VIDEO_SECONDS
    # the same photo posted twice is two postings: both items, both hashed
    assert found["110"][0].sha256 == photo.sha256
    missing = found["107"]
    assert missing[0].sha256 is None and "not included" in missing[1].media_note.lower()
    assert missing[1].media_kind == "file"
    assert evidence_service.verify_evidence(vault, keeping_case)[0].ok


def test_without_consent_media_are_hashed_but_not_kept(vault, case, tmp_path):
    from caseapp.errors import ConsentMissing

    path = ex.telegram_json_chat(tmp_path / "export")
    with pytest.raises(ConsentMissing):       # never dropped silently: refused, or ...
        import_chat_export(vault, case, path)
    assert evidence_service.list_evidence(vault, case) == []
    import_chat_export(vault, case, path, hash_only=True)   # ... only hashes, as chosen
    photo = items_by_message(vault, case)["103"][0]
    assert photo.sha256 == sha(ex.photo_bytes(1)) and not photo.content_kept
    actions = [e.action for e in evidence_service.custody_events(vault, photo.id)]
    assert actions == [CustodyAction.ACQUIRED, CustodyAction.CONTENT_DISCARDED]
    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == set()


def test_custody_names_the_export_as_source_of_every_item(vault, keeping_case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    result = import_chat_export(vault, keeping_case, path)
    export_sha = sha(path.read_bytes())
    assert result.export_sha256 == export_sha
    for item in evidence_service.list_evidence(vault, keeping_case):
        first = evidence_service.custody_events(vault, item.id)[0]
        assert first.action is CustodyAction.ACQUIRED
        assert first.details["from"] == "chat_export"
        assert first.details["export_sha256"] == export_sha
        assert first.details["export"] == "result.json"
    with vault.read() as conn:
        record = chat_repo.find_export(conn, keeping_case.id, export_sha)
    assert record is not None and record.files[0][:2] == ("result.json", export_sha)


def test_importing_the_same_export_twice_adds_nothing_twice(vault, keeping_case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    first = import_chat_export(vault, keeping_case, path)
    before = dump(vault)
    again = import_chat_export(vault, keeping_case, path)
    assert again.created == () and again.skipped == len(first.created)
    after = dump(vault)
    for table in ("evidence_item", "chat_message", "chat_export", "custody_event"):
        assert after[table] == before[table]
    # a zip of the same folder is another file but the same messages
    zipped = ex.zip_folder(tmp_path / "export", tmp_path / "export.zip", inside="Export/")
    third = import_chat_export(vault, keeping_case, zipped)
    assert third.created == () and third.skipped == len(first.created)


def test_suspects_become_accounts_linked_to_the_case(vault, case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    import_chat_export(vault, case, path, roles=SUSPECT_ROLE,
                       selection=Selection(participants=(ex.VICTIM[0],)))
    shared = case_service.case_accounts(vault, case)
    assert [(a.account.handle, a.account.platform) for a in shared] == \
        [(ex.SUSPECT[1], Platform.TELEGRAM)]
    assert ex.SUSPECT[0] in shared[0].account.display_names


def test_selection_by_participant_date_text_and_media(vault, case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    by_id = scan_export(path, selection=Selection(participants=("5012345678",)))
    assert by_id.selected == 6
    media = scan_export(path, selection=Selection(with_media_only=True))
    # three photos, the video, and the file the export left out (still a message with media)
    assert media.selected == 5 and media.selected_media == 5
    day = scan_export(path, selection=Selection(since=date(2024, 8, 21)))
    assert day.selected == 3
    words = scan_export(path, selection=Selection(text="LINK"))
    assert words.selected == 0
    words = scan_export(path, selection=Selection(text="링크"))
    assert words.selected == 1
    result = import_chat_export(vault, case, path,
                                selection=Selection(participants=(ex.VICTIM[0],)))
    assert len(result.created) == 2


def test_unknown_participant_is_refused_naming_who_is_there(vault, case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    before = dump(vault)
    with pytest.raises(BadInput) as err:
        import_chat_export(vault, case, path, selection=Selection(participants=("nobody",)))
    assert "Dark Lord" in err.value.message("en")
    with pytest.raises(BadInput):
        import_chat_export(vault, case, path, roles={"nobody": ParticipantRole.SUSPECT})
    assert dump(vault) == before


@pytest.mark.parametrize("layout", ["windows_ko", "windows_en", "android_ko", "android_en",
                                    "ios_ko", "ios_en", "csv"])
def test_kakaotalk_exports_need_a_zone_and_keep_both_times(vault, case, tmp_path, layout):
    path = tmp_path / ("talk.csv" if layout == "csv" else "talk.txt")
    path.write_text(ex.kakao_csv() if layout == "csv" else ex.kakao_text(layout),
                    encoding="utf-8")
    before = dump(vault)
    with pytest.raises(BadInput):
        import_chat_export(vault, case, path)
    assert dump(vault) == before
    organisation.update(vault, time_zone="Asia/Seoul")
    result = import_chat_export(vault, case, path, zone="Europe/London",
                                roles={ex.SUSPECT[0]: ParticipantRole.SUSPECT})
    assert len(result.created) == 9
    items = evidence_service.list_evidence(vault, case)
    with vault.read() as conn:
        records = chat_repo.messages_of_case(conn, case.id)
    first = items[0]
    record = records[first.id]
    assert first.platform is Platform.KAKAOTALK and first.poster_account == ex.SUSPECT[0]
    assert first.description == "여기 올린 사진 봐라\n지우려면 돈 보내"
    assert first.captured_tz == "Europe/London"
    assert first.captured_at.utcoffset() == timedelta(hours=1)  # British summer time
    assert record.sent_at_org.utcoffset() == timedelta(hours=9)
    assert record.sent_at_org == record.sent_at  # the same moment
    assert record.sent_at_org.hour == (record.sent_at.hour + 8) % 24
    by_text = {i.description: records[i.id] for i in items}
    photo = next(r for d, r in by_text.items() if d in ("사진", "Photo"))
    assert photo.media_kind == "photo" and photo.media_path is None
    # the two identical messages in one minute are both kept, and once only on re-import
    assert sum(1 for i in items if i.description == "제발 지워주세요 : 부탁해요") == 2
    again = import_chat_export(vault, case, path, zone="Europe/London")
    assert again.created == () and again.skipped == 9
    assert [a.account.handle for a in case_service.case_accounts(vault, case)] == \
        [ex.SUSPECT[0]]


def test_html_export_reads_like_the_json(vault, keeping_case, tmp_path):
    path = ex.telegram_html_chat(tmp_path / "export")
    result = import_chat_export(vault, keeping_case, path.parent)
    assert len(result.created) == 9
    found = items_by_message(vault, keeping_case)
    item, record = found["102"]
    assert item.channel_name == ex.ROOM and item.url is None and item.channel_id is None
    assert item.poster_account == ex.SUSPECT[0]
    assert found["103"][0].poster_account == ex.SUSPECT[0]  # a joined message
    assert item.captured_at == datetime(2024, 8, 20, 21, 13, 45, tzinfo=KST)
    assert found["104"][0].description == '제발 지워주세요 <b>&amp;</b> \\ "quotes"'
    assert found["105"][0].sha256 == sha(ex.video_bytes())
    assert found["108"][1].forwarded_from == "Channel of Shame"
    assert found["109"][1].reply_to == "102"
    assert len(record.export.files) == 3  # messages.html, messages2.html, messages3.html


def test_whole_account_exports_import_every_chat_or_one(vault, keeping_case, tmp_path):
    json_path = ex.telegram_json_account(tmp_path / "json")
    preview = scan_export(json_path)
    assert [c.name for c in preview.chats] == [ex.ROOM, "엄마", "Old channel"]
    room = preview.chats[0].key
    result = import_chat_export(vault, keeping_case, json_path,
                                selection=Selection(chats=frozenset({room})))
    assert len(result.created) == 9
    photo = items_by_message(vault, keeping_case)["103"][0]
    assert photo.sha256 == sha(ex.photo_bytes(1))
    html_index = ex.telegram_html_account(tmp_path / "html")
    preview = scan_export(html_index)
    assert [c.name for c in preview.chats] == [ex.ROOM, "엄마"] and preview.messages == 10


@pytest.mark.parametrize("damage", ["truncate", "garbage", "bad_date", "not_utf8"])
def test_damaged_telegram_json_is_refused_with_nothing_written(vault, keeping_case, tmp_path,
                                                               damage):
    path = ex.telegram_json_chat(tmp_path / "export")
    raw = path.read_bytes()
    if damage == "truncate":
        raw = raw[: len(raw) * 2 // 3]
    elif damage == "garbage":
        raw = raw.replace(b'"id": 105', b'"id": 105,,')
    elif damage == "bad_date":
        raw = raw.replace(b"2024-08-21T00:04:05", b"2024-08-32T00:04:05")
    else:
        raw = raw.replace("경찰".encode(), b"\xff\xfe")
    path.write_bytes(raw)
    before = dump(vault)
    with pytest.raises(BadImport):
        import_chat_export(vault, keeping_case, path)
    assert dump(vault) == before
    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == set()


def test_export_damaged_after_preview_is_rolled_back_whole(vault, keeping_case, tmp_path):
    """The preview passed; the file is then cut while media are being ingested: the items,
    custody and media already written are all undone."""
    path = ex.telegram_json_chat(tmp_path / "export")
    preview = scan_export(path)
    path.write_bytes(path.read_bytes()[:-200])
    before = dump(vault)
    with pytest.raises(BadImport):
        import_chat_export(vault, keeping_case, path, preview=preview)
    assert dump(vault) == before
    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == set()


def test_cancel_leaves_nothing(vault, keeping_case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    before = dump(vault)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        import_chat_export(vault, keeping_case, path, cancel=cancel)
    assert dump(vault) == before
    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == set()


@pytest.mark.parametrize("content", [b"", b"just some notes\nnothing here\n",
                                     b'{"hello": "world"}', b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
                                     "[이름] 오후 9:13 메시지\n".encode()])
def test_anything_else_is_refused_clearly(vault, case, tmp_path, content):
    path = tmp_path / "thing.txt"
    path.write_bytes(content)
    before = dump(vault)
    with pytest.raises(BadImport) as err:
        import_chat_export(vault, case, path, zone="Asia/Seoul")
    assert "not a chat export" in err.value.message("en")
    assert dump(vault) == before


def test_forced_format_that_does_not_fit_is_refused(vault, case, tmp_path):
    path = ex.telegram_json_chat(tmp_path / "export")
    with pytest.raises(BadImport) as err:
        scan_export(path, fmt="kakao")
    assert "KakaoTalk" in err.value.message("en")
    assert scan_export(path.parent, fmt="telegram-json").messages == 9


def test_media_outside_the_export_is_never_read(vault, keeping_case, tmp_path):
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(ex.photo_bytes(9))
    path = ex.telegram_json_chat(tmp_path / "export")
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'"photos/photo_1@[^"]+"', '"../secret.jpg"', text, count=1),
                    encoding="utf-8")
    import_chat_export(vault, keeping_case, path)
    hashes = {i.sha256 for i in evidence_service.list_evidence(vault, keeping_case)}
    assert sha(secret.read_bytes()) not in hashes
