"""Scripts drive the whole case record through caseapp-admin: options, JSON output, exit
codes, one clear stderr line, and the audit trail of reveals."""

import json

import pytest

from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

IN = PASSPHRASE + "\n"


def make_store(folder):
    created = vault_service.create_store(folder, PASSPHRASE, actor="tester", params=FAST_KDF,
                                         allow_weak_kdf=True)
    created.vault.close()
    return folder


@pytest.fixture
def store(tmp_path):
    return make_store(tmp_path / "data")


def cli(store, *args, stdin=IN, lang="en"):
    return run_cli("--lang", lang, "--data-dir", str(store), "--actor", "김상담", *args,
                   stdin=stdin)


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_case_driven_end_to_end(store, tmp_path):
    assert ok(cli(store, "counsellor", "add", "김상담", "--passphrase-stdin")).strip() == "1"
    number = ok(cli(store, "case", "new", "--pseudonym", "나비-7", "--tag", "deepfake",
                    "--tag", "학교", "--risk", "high", "--counsellor", "김상담",
                    "--passphrase-stdin")).strip()
    assert len(number) == 9 and number[4] == "-"
    victim = {"name": "김하늘", "birth_year": 2008,
              "contacts": [{"kind": "phone", "value": "010-1234-5678",
                            "safe_times": "평일 18시 이후"}],
              "do_not_contact_by": ["letter"]}
    ok(cli(store, "case", "victim", number, "--passphrase-stdin",
           stdin=IN + json.dumps(victim, ensure_ascii=False)))
    out = ok(cli(store, "case", "incident", "add", number, "--what", "합성물 유포",
                 "--when", "2024-03-01T22:10+09:00", "--tz", "Asia/Seoul", "--platform",
                 "telegram", "--place", "지인능욕방", "--account", "telegram:@jiin_room:방장",
                 "--passphrase-stdin"))
    assert out.strip().isdigit()
    ok(cli(store, "case", "session", "add", number, "--when", "2024-03-05", "--minutes", "50",
           "--notes", "초기 상담", "--passphrase-stdin"))
    ok(cli(store, "case", "leak", "add", number, "--kind", "school", "--where", "방 공지",
           "--passphrase-stdin"))
    ok(cli(store, "case", "proof", number, "--item", "id_check", "--held", "--by", "박수진",
           "--on", "2024-03-04", "--passphrase-stdin"))
    ok(cli(store, "case", "consent", number, "--grant", "police", "--how", "written",
           "--passphrase-stdin"))
    ok(cli(store, "case", "status", number, "active", "--passphrase-stdin"))

    listed = json.loads(ok(cli(store, "case", "list", "--search", "능욕", "--json",
                               "--passphrase-stdin")))
    assert [c["number"] for c in listed["cases"]] == [number]
    assert "김하늘" not in json.dumps(listed, ensure_ascii=False)
    assert json.loads(ok(cli(store, "case", "list", "--status", "closed", "--json",
                             "--passphrase-stdin")))["cases"] == []

    shown = json.loads(ok(cli(store, "case", "show", number, "--json", "--passphrase-stdin")))
    assert "victim" not in shown and shown["status"] == "active"
    assert shown["consent"]["police"]["granted"] is True
    assert shown["incidents"][0]["place"] == "지인능욕방"
    assert shown["incidents"][0]["occurred_at"] == "2024-03-01T22:10:00+09:00"
    assert shown["counsellor"] == "김상담"
    assert shown["sessions"][0]["counsellor_id"] == 1
    assert [p["held"] for p in shown["proof"] if p["item"] == "id_check"] == [True]
    revealed = json.loads(ok(cli(store, "case", "show", number, "--json", "--reveal",
                                 "--passphrase-stdin")))
    assert revealed["victim"]["name"] == "김하늘"
    assert revealed["victim"]["do_not_contact_by"] == ["letter"]

    audit = json.loads(ok(run_cli("--data-dir", str(store), "audit", "list", "--json",
                                  "--object", f"case:{number}", "--passphrase-stdin",
                                  stdin=IN)))
    reveals = [e for e in audit if e["action"] == "victim.revealed"]
    assert len(reveals) == 1 and reveals[0]["actor"] == "김상담"


def test_case_new_json_and_text(store):
    data = json.loads(ok(cli(store, "case", "new", "--json", "--passphrase-stdin")))
    assert data["status"] == "intake" and data["risk"] == "medium" and data["tags"] == []
    assert data["pseudonym"].startswith("P-")


def test_bad_input_is_one_line_exit_2_and_translated(store):
    number = ok(cli(store, "case", "new", "--passphrase-stdin")).strip()
    result = cli(store, "case", "status", number, "closed", "--passphrase-stdin")
    assert result.returncode == 0
    result = cli(store, "case", "status", number, "awaiting_takedown", "--passphrase-stdin")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "caseapp-admin: A case cannot go from closed to awaiting_takedown. From closed it "
        "can go to: active."]
    result = cli(store, "case", "show", "2099-0001", "--passphrase-stdin", lang="ko")
    assert result.returncode == 2
    assert result.stderr.strip() == "caseapp-admin: 사건 2099-0001이 없습니다."
    result = cli(store, "case", "consent", number, "--grant", "police", "--passphrase-stdin")
    assert result.returncode == 2 and "--how" in result.stderr
    result = cli(store, "case", "victim", number, "--passphrase-stdin",
                 stdin=IN + '{"name": "x", "birth_year": 3000}')
    assert result.returncode == 2
    assert "Birth year 3000 is in the future." in result.stderr
    assert "Traceback" not in result.stderr


def test_export_import_and_stats_through_the_cli(store, tmp_path):
    number = ok(cli(store, "case", "new", "--tag", "ncii", "--passphrase-stdin")).strip()
    ok(cli(store, "case", "incident", "add", number, "--platform", "x", "--what", "posted",
           "--passphrase-stdin"))
    out = tmp_path / "export.json"
    unconfirmed = cli(store, "export", "--out", str(out), "--passphrase-stdin")
    assert unconfirmed.returncode == 2 and not out.exists()
    result = cli(store, "export", "--out", str(out), "--format", "json", "--plaintext",
                 "--passphrase-stdin")
    assert result.returncode == 0 and "NOT encrypted" in result.stderr
    refused = cli(store, "export", "--out", str(tmp_path / "p.json"), "--for", "police",
                  "--format", "json", "--plaintext", "--passphrase-stdin")
    assert refused.returncode == 1 and "consent" in refused.stderr
    assert not (tmp_path / "p.json").exists()

    other = make_store(tmp_path / "other")
    assert ok(cli(other, "import", str(out), "--passphrase-stdin")).split() == [number]
    again = cli(other, "import", str(out), "--passphrase-stdin")
    assert again.returncode == 2 and "$.cases[0].number" in again.stderr

    # one case is below any threshold: nothing about it is shown
    figures = json.loads(ok(cli(other, "stats", "--json", "--passphrase-stdin")))
    assert figures["total_cases"] is None
    assert figures["by_status"]["intake"] is None and figures["by_tag"] == {"ncii": None}
    assert figures["by_platform"] == {"x": None}
    assert "hidden" in figures["note"]
    text = ok(cli(other, "stats", "--passphrase-stdin", lang="ko"))
    assert "전체 사건: 3건 미만" in text


def test_import_csv_through_the_cli(store, tmp_path):
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"format": "caseapp-csv-mapping", "version": 1,
                                   "columns": {"pseudonym": "pseudonym", "status": "status"}}),
                       encoding="utf-8")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("pseudonym,status\nA,active\nB,unknown\nC,closed\n", encoding="utf-8")
    result = cli(store, "import-csv", str(sheet), "--mapping", str(mapping),
                 "--passphrase-stdin")
    assert result.returncode == 2 and "line 3: Unknown Status: unknown" in result.stderr
    result = cli(store, "import-csv", str(sheet), "--mapping", str(mapping), "--skip-bad",
                 "--passphrase-stdin")
    assert result.returncode == 0 and len(result.stdout.split()) == 2
    assert "Line 3 skipped" in result.stderr


def test_list_pages_with_a_cursor(store):
    for _ in range(3):
        ok(cli(store, "case", "new", "--passphrase-stdin"))
    first = json.loads(ok(cli(store, "case", "list", "--limit", "2", "--json",
                              "--passphrase-stdin")))
    assert first["has_more"] and len(first["cases"]) == 2
    rest = json.loads(ok(cli(store, "case", "list", "--limit", "2", "--after",
                             first["next_after"], "--json", "--passphrase-stdin")))
    assert len(rest["cases"]) == 1 and not rest["has_more"]
    bad = cli(store, "case", "list", "--after", "nonsense", "--passphrase-stdin")
    assert bad.returncode == 2 and "page cursor" in bad.stderr


def test_session_addendum_from_the_command_line(store):
    number = ok(cli(store, "case", "new", "--passphrase-stdin")).strip()
    session = ok(cli(store, "case", "session", "add", number, "--when", "2024-03-05",
                     "--notes", "초기 상담", "--passphrase-stdin")).strip()
    added = ok(cli(store, "case", "session", "addendum", session, "--text",
                   "정정: 두 번째 통화였음", "--passphrase-stdin"))
    assert added.strip().isdigit()
    listed = ok(cli(store, "case", "session", "list", number, "--passphrase-stdin"))
    assert "+ " in listed and "정정: 두 번째 통화였음" in listed
    shown = json.loads(ok(cli(store, "case", "session", "list", number, "--json",
                              "--passphrase-stdin")))
    assert shown[0]["notes"] == "초기 상담"
    assert shown[0]["addenda"][0]["text"] == "정정: 두 번째 통화였음"
    empty = cli(store, "case", "session", "addendum", session, "--text", " ",
                "--passphrase-stdin", lang="ko")
    assert empty.returncode == 2 and "입력하세요" in empty.stderr
    assert len(empty.stderr.strip().splitlines()) == 1
    missing = cli(store, "case", "session", "addendum", "999", "--text", "x",
                  "--passphrase-stdin")
    assert missing.returncode in (1, 2) and "999" in missing.stderr
