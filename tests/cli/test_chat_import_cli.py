"""``caseapp-admin evidence import-chat`` as an office admin or a script uses it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE, run_cli
from tests.evidence.chat import exports as ex


@pytest.fixture
def store(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "init", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n").returncode == 0
    r = run_cli("--data-dir", str(data), "case", "new", "--passphrase-stdin",
                stdin=PASSPHRASE + "\n")
    number = r.stdout.strip()
    r = run_cli("--data-dir", str(data), "case", "consent", number, "--grant", "copies",
                "--how", "written", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.returncode == 0, r.stderr
    return data, number


def cli(data, *args):
    return run_cli("--data-dir", str(data), *args, "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n")


def evidence_list(data, number):
    r = cli(data, "evidence", "list", number, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_dry_run_json_previews_and_writes_nothing(store, tmp_path):
    data, number = store
    folder = tmp_path / "ChatExport_2024-08-21"
    ex.telegram_json_chat(folder)
    r = cli(data, "evidence", "import-chat", number, str(folder), "--dry-run", "--json",
            "--suspect", "Dark Lord 🕶")
    assert r.returncode == 0, r.stderr
    preview = json.loads(r.stdout)
    assert preview["format"] == "telegram-json"
    assert preview["chats"] == [{
        "name": ex.ROOM, "id": str(ex.ROOM_ID), "type": "private_supergroup",
        "link": f"https://t.me/c/{ex.ROOM_ID}/", "messages": 9, "service_messages": 1,
        "first": "2024-08-20T21:13:45", "last": "2024-08-21T00:05:05"}]
    people = {p["id"]: (p["name"], p["messages"], p["media"]) for p in preview["participants"]}
    assert people[ex.SUSPECT[1]] == (ex.SUSPECT[0], 6, 5)
    assert preview["media"] == {"file": 1, "photo": 3, "video": 1}
    assert preview["selected"] == {"messages": 9, "with_media": 5, "already_imported": 0,
                                   "new": 9}
    assert evidence_list(data, number) == []


def test_import_prints_item_codes_and_a_second_run_adds_nothing(store, tmp_path):
    data, number = store
    path = ex.telegram_json_chat(tmp_path / "export")
    r = cli(data, "evidence", "import-chat", number, str(path), "--suspect",
            ex.SUSPECT[1], "--with-media-only")
    assert r.returncode == 0, r.stderr
    codes = r.stdout.split()
    assert codes == [f"E-{number}-{n:03d}" for n in range(1, 6)]
    listed = evidence_list(data, number)
    assert [i["code"] for i in listed] == codes
    assert listed[0]["poster_account"] == f"{ex.SUSPECT[0]} ({ex.SUSPECT[1]})"
    assert listed[0]["captured_at"] == "2024-08-20T21:14:05+09:00"
    r = cli(data, "evidence", "import-chat", number, str(path), "--with-media-only")
    assert r.returncode == 0 and r.stdout.strip() == ""
    assert "already in the case" in r.stderr
    r = cli(data, "evidence", "custody", codes[0], "--json")
    acquired = json.loads(r.stdout)[0]
    assert acquired["details"]["from"] == "chat_export"
    r = cli(data, "case", "accounts", number, "--json")
    assert ex.SUSPECT[1] in r.stdout


def test_kakao_needs_time_zone_and_filters_by_participant_and_dates(store, tmp_path):
    data, number = store
    path = tmp_path / "KakaoTalk_20240821.txt"
    path.write_text(ex.kakao_text("android_ko"), encoding="utf-8")
    r = cli(data, "evidence", "import-chat", number, str(path))
    assert r.returncode == 2 and "time zone" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert evidence_list(data, number) == []
    r = cli(data, "evidence", "import-chat", number, str(path), "--time-zone", "Asia/Seoul",
            "--from-participant", "김하늘", "--since", "2024-08-21", "--until", "2024-08-21",
            "--json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["created"]) == 1
    assert evidence_list(data, number)[0]["description"] == "경찰에 신고할게요"


@pytest.mark.parametrize("args, message", [
    (("--since", "yesterday"), "not a date"),
    (("--from-participant", "nobody"), "Nobody named nobody"),
    (("--suspect", "nobody"), "Nobody named nobody"),
    (("--time-zone", "Mars/Olympus"), "time zone"),
])
def test_bad_options_exit_2_with_one_line(store, tmp_path, args, message):
    data, number = store
    path = ex.telegram_json_chat(tmp_path / "export")
    r = cli(data, "evidence", "import-chat", number, str(path), *args)
    assert r.returncode == 2, r.stderr
    assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert evidence_list(data, number) == []


def test_damaged_and_foreign_files_exit_2_and_write_nothing(store, tmp_path):
    data, number = store
    path = ex.telegram_json_chat(tmp_path / "export")
    path.write_bytes(path.read_bytes()[:4000])
    r = cli(data, "evidence", "import-chat", number, str(path))
    assert r.returncode == 2 and "ends too early" in r.stderr
    other = tmp_path / "notes.txt"
    other.write_text("shopping list\nmilk\n", encoding="utf-8")
    r = run_cli("--data-dir", str(data), "--lang", "ko", "evidence", "import-chat", number,
                str(other), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert r.returncode == 2 and "카카오톡" in r.stderr
    broken_zip = tmp_path / "export.zip"
    broken_zip.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    r = cli(data, "evidence", "import-chat", number, str(broken_zip))
    assert r.returncode == 2 and ".zip" in r.stderr
    assert evidence_list(data, number) == []


def test_html_zip_import(store, tmp_path):
    data, number = store
    ex.telegram_html_chat(tmp_path / "export")
    archive = ex.zip_folder(tmp_path / "export", tmp_path / "Telegram.zip",
                            inside="ChatExport_2024-08-21/")
    r = cli(data, "evidence", "import-chat", number, str(archive), "--format",
            "telegram-html", "--json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["created"]) == 9
    video = [i for i in evidence_list(data, number) if i["mime"].startswith("video/")]
    assert len(video) == 1 and video[0]["size"] == len(ex.video_bytes())


def test_case_list_search_finds_what_imported_messages_and_links_hold(store, tmp_path):
    data, number = store
    r = cli(data, "case", "new")
    assert r.returncode == 0, r.stderr
    other = r.stdout.strip()
    path = ex.telegram_json_chat(tmp_path / "export")
    r = cli(data, "evidence", "import-chat", number, str(path), "--suspect", ex.SUSPECT[1])
    assert r.returncode == 0, r.stderr
    r = cli(data, "evidence", "add-url", other, "https://example.net/gallery/%EB%A5%98%EC%A7%84")
    assert r.returncode == 0, r.stderr

    def found(text):
        r = cli(data, "case", "list", "--search", text, "--json")
        assert r.returncode == 0, r.stderr
        return [c["number"] for c in json.loads(r.stdout)["cases"]]

    assert found("능욕방") == [number]                # the room's name, 3 syllables
    assert found("능욕") == [number]                  # 2 syllables
    assert found("돈") == [number]                    # 1 syllable of a message
    assert found(ex.OTHER[1]) == [number]             # a sender's Telegram ID
    assert found("another_room") == [number]          # a link inside a message
    assert found("forwarded") == [number]             # English message text
    assert found("gallery") == [other]                # a link added on its own
    assert found("류진") == [other]                    # its path, decoded
    r = cli(data, "verify")
    assert r.returncode == 0, r.stdout + r.stderr
