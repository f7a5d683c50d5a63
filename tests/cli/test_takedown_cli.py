"""The ``caseapp-admin takedown`` contract: the commands of the issue, JSON output for
scripts, exit codes (0 ok, 1 problem such as missing consent, 2 bad input) with one clear
stderr line, and bad input leaving every stored record as it was."""

import json

import pytest

from caseapp.domain.cases import Victim
from caseapp.services import cases
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, SIGNER_ARGS, run_cli, sign_as
from tests.takedown.conftest import VICTIM_NAME, dump


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli") / "data"
    data.mkdir()
    created = vault_service.create_store(data, PASSPHRASE, organisation="서울 상담소",
                                         actor="setup", params=FAST_KDF, allow_weak_kdf=True)
    vault = created.vault
    try:
        sign_as(vault)
        ready = cases.open_case(vault, legal_categories=["synthetic_sexual_material"])
        cases.save_victim(vault, ready.number, Victim(name=VICTIM_NAME))
        cases.record_consent(vault, ready.number, "takedown", True, "written",
                             at="2024-01-01T09:00:00+09:00")
        item = evidence_service.add_url_evidence(vault, ready.number,
                                                 "https://t.me/leakroom/42").item
        refused = cases.open_case(vault)
    finally:
        vault.close()
    return data, ready.number, item.code, refused.number


def stored(data):
    """Every record, leaving out the audit chain (each unlock is audited by design), and
    the takedown actions the chain recorded."""
    vault = vault_service.unlock(data, passphrase=PASSPHRASE, actor="checker")
    try:
        rows = {k: v for k, v in dump(vault).items() if not k.startswith("audit_")}
        actions = [r[0] for r in vault.cases.execute(
            "SELECT action FROM audit_event WHERE action LIKE 'takedown.%' ORDER BY seq")]
    finally:
        vault.close()
    return rows, actions


def cli(data, *args):
    result = run_cli("--data-dir", str(data), *SIGNER_ARGS, "takedown", *args, "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert "Traceback" not in result.stderr
    return result


def test_the_takedown_commands_end_to_end(store, tmp_path):
    data, number, evidence_code, _refused = store
    added = cli(data, "add", number, "--url", "https://t.me/leakroom/42", "--recipient",
                "Telegram", "--evidence", evidence_code, "--json")
    assert added.returncode == 0, added.stderr
    request = json.loads(added.stdout)
    code = request["code"]
    assert request["status"] == "draft" and request["evidence"] == [evidence_code]

    moved = cli(data, "set-status", code, "submitted", "--reference", "TG-5",
                "--at", "2024-03-01T10:00+09:00")
    assert moved.returncode == 0, moved.stderr
    assert code in moved.stdout and "Submitted" in moved.stdout

    listed = cli(data, "list", "--as-of", "2024-03-03T12:00+09:00", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)["items"]
    assert [(r["request_code"], r["bucket"], r["task"]) for r in rows] == [
        (code, "overdue", "check")]
    overdue = cli(data, "list", "--case", number, "--overdue", "--as-of",
                  "2024-03-01T12:00+09:00")
    assert overdue.returncode == 0 and "Nothing is due." in overdue.stdout

    pdf, txt = tmp_path / "letter.pdf", tmp_path / "form.txt"
    written = cli(data, "letter", code, "--out", str(pdf), "--lang", "ko")
    assert written.returncode == 0, written.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    letter_text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "https://t.me/leakroom/42" in letter_text.replace("\n", "")
    written = cli(data, "letter", code, "--out", str(txt), "--lang", "en", "--form",
                  "statutory")
    assert written.returncode == 0, written.stderr
    text = txt.read_text(encoding="utf-8")
    assert "https://t.me/leakroom/42" in text and number in text and VICTIM_NAME not in text

    removed = cli(data, "set-status", code, "removed", "--at", "2024-03-02T10:00+09:00")
    assert removed.returncode == 0 and "takedown verify" in removed.stderr
    again = cli(data, "reupload", code, "--url", "https://t.me/mirror/7", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["link"] == "reupload"

    stats = cli(data, "stats", "--json")
    telegram = next(r for r in json.loads(stats.stdout) if r["recipient_name"] == "Telegram")
    assert telegram["sent"] == 1 and telegram["removed"] == 1 and telegram["reuploads"] == 1
    assert telegram["median_hours_to_removal"] == pytest.approx(24.0)

    shown = cli(data, "show", code, "--json")
    detail = json.loads(shown.stdout)
    assert [e["new_status"] for e in detail["history"]] == ["draft", "submitted", "removed"]
    assert len(detail["chain"]) == 2 and detail["guidance"]


def test_bad_input_is_one_line_and_changes_nothing(store, tmp_path):
    data, number, _code, refused = store
    cli(data, "recipients")                      # make sure the directory exists first
    before = stored(data)
    cases_ = [
        (("add", number, "--url", "https://t.me/x/1", "--recipient", "Myspace"), 2,
         "There is no recipient 'Myspace'."),
        (("add", number, "--url", "javascript:alert(1)", "--recipient", "telegram"), 2,
         "The web address cannot be used for a takedown request"),
        (("add", refused, "--url", "https://t.me/x/1", "--recipient", "telegram"), 1,
         "has not given consent to takedown requests"),
        (("set-status", "T-2099-0001-001", "removed"), 2, "There is no takedown request"),
        (("letter", "T-2099-0001-001", "--out", str(tmp_path / "x.docx")), 2,
         "must end in .pdf or .txt"),
        (("list", "--as-of", "2024-03-01T10:00"), 2, "no UTC offset"),
    ]
    for args, code, words in cases_:
        result = cli(data, *args)
        assert result.returncode == code, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, lines)
    assert stored(data) == before


def test_a_refused_transition_through_the_cli(store):
    data, number, _code, _refused = store
    added = cli(data, "add", number, "--url", "https://t.me/other/9", "--recipient", "x",
                "--submit", "--at", "2024-03-01", "--json")
    code = json.loads(added.stdout)["code"]
    assert cli(data, "set-status", code, "removed").returncode == 0
    result = cli(data, "set-status", code, "submitted")
    assert result.returncode == 2
    assert "removed is final" in result.stderr


def test_messages_in_korean(store):
    data, number, _code, _refused = store
    result = run_cli("--lang", "ko", "--data-dir", str(data), "takedown", "add", number,
                     "--url", "https://t.me/x/1", "--recipient", "Myspace",
                     "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 2
    assert "'Myspace' 수신처가 없습니다." in result.stderr
