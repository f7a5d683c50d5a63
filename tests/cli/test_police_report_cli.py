"""The script contract of ``caseapp-admin report``: options, secrets from stdin (the store
passphrase, then the PDF password), exit codes and one clear stderr line."""

from __future__ import annotations

import hashlib
import json

import pikepdf
import pytest

from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, SIGNER, SIGNER_ARGS, run_cli
from tests.reports.pdf_reading import pdftotext
from tests.reports.report_case import VICTIM_NAME, fill_case


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli") / "data"
    created = vault_service.create_store(data, PASSPHRASE, organisation="서울 상담소",
                                         actor="김상담", params=FAST_KDF, allow_weak_kdf=True)
    try:
        with_consent = fill_case(created.vault, files=2).number
        without = fill_case(created.vault, police_consent=None, files=1,
                            takedowns=False).number
    finally:
        created.vault.close()
    return data, with_consent, without


def report(data, *args, stdin=PASSPHRASE + "\n"):
    return run_cli("--data-dir", str(data), *SIGNER_ARGS, "report", *args,
                   "--passphrase-stdin", stdin=stdin)


def test_report_writes_the_pdf_and_prints_its_id_and_hash(store, tmp_path):
    data, case, _ = store
    out = tmp_path / "report.pdf"
    result = report(data, case, "--out", str(out), "--lang", "ko",
                    "--addressed-to", "서초경찰서")
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert f"SHA-256: {digest}" in result.stdout
    assert f"RPT-{case}-" in result.stdout
    text = pdftotext(out)
    assert "수사기관 제출용 사건 보고서" in text and "서초경찰서" in text
    assert VICTIM_NAME not in text


def test_report_list_shows_the_register_as_json(store, tmp_path):
    data, case, _ = store
    out = tmp_path / "listed.pdf"
    assert report(data, case, "--out", str(out), "--lang", "en").returncode == 0
    result = report(data, "list", case, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    mine = [r for r in rows if r["sha256"] == digest]
    assert len(mine) == 1
    assert mine[0]["file_name"] == "listed.pdf" and mine[0]["created_by"] == SIGNER
    assert mine[0]["options"]["lang"] == "en" and mine[0]["case"] == case
    plain = report(data, "list", case)
    assert plain.returncode == 0 and digest in plain.stdout


def test_password_stdin_reads_the_line_after_the_passphrase(store, tmp_path):
    data, case, _ = store
    out = tmp_path / "locked.pdf"
    result = report(data, case, "--out", str(out), "--password-stdin",
                    stdin=f"{PASSPHRASE}\n수사관 전달용 2026\n")
    assert result.returncode == 0, result.stderr
    assert "AES-256" in result.stderr
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password="수사관 전달용 2026") as pdf:
        assert pdf.encryption.R == 6
    assert "수사관 전달용" not in result.stdout + result.stderr


def test_password_stdin_without_a_line_is_a_usage_error_and_writes_nothing(store, tmp_path):
    data, case, _ = store
    out = tmp_path / "nothing.pdf"
    result = report(data, case, "--out", str(out), "--password-stdin")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_identity_without_consent_exits_1_with_one_line_and_no_file(store, tmp_path):
    data, _, without = store
    out = tmp_path / "refused.pdf"
    result = report(data, without, "--out", str(out), "--include-identity")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and without in lines[0] and "consent" in lines[0]
    assert not out.exists()


def test_identity_with_consent_includes_the_name_and_warns(store, tmp_path):
    data, case, _ = store
    out = tmp_path / "identity.pdf"
    result = report(data, case, "--out", str(out), "--include-identity")
    assert result.returncode == 0, result.stderr
    assert VICTIM_NAME in pdftotext(out)
    assert "identifying details" in result.stderr


def test_usage_errors_exit_2(store, tmp_path):
    data, case, _ = store
    assert report(data, case).returncode == 2                                   # no --out
    assert report(data, "2026-9999", "--out", str(tmp_path / "x.pdf")).returncode == 2
    assert report(data, case, "--out", str(tmp_path / "no" / "x.pdf")).returncode == 2
    assert report(data, "list").returncode == 2
    bad_lang = run_cli("--data-dir", str(data), "report", case, "--out", str(tmp_path / "y.pdf"),
                       "--lang", "fr", stdin=PASSPHRASE + "\n")
    assert bad_lang.returncode == 2
    assert not list(tmp_path.iterdir())


def test_match_finds_a_copy_and_exits_1_for_a_stranger(store, tmp_path):
    data, case, _ = store
    out = tmp_path / "original.pdf"
    assert report(data, case, "--out", str(out)).returncode == 0
    copy = tmp_path / "copy from the police.pdf"
    copy.write_bytes(out.read_bytes())
    found = report(data, "match", str(copy))
    assert found.returncode == 0, found.stderr
    assert f"RPT-{case}-" in found.stdout and case in found.stdout
    by_hash = report(data, "match", hashlib.sha256(out.read_bytes()).hexdigest(), "--json")
    assert json.loads(by_hash.stdout)["report"]["case"] == case
    stranger = tmp_path / "stranger.pdf"
    stranger.write_bytes(b"%PDF-1.7 something else")
    assert report(data, "match", str(stranger)).returncode == 1


@pytest.mark.parametrize("weak", ["1234", "password12"])
def test_a_weak_pdf_password_is_refused_and_nothing_is_written(store, tmp_path, weak):
    data, case, _ = store
    out = tmp_path / "weak.pdf"
    before = report(data, "list", case, "--json").stdout
    result = report(data, case, "--out", str(out), "--include-identity", "--password-stdin",
                    stdin=f"{PASSPHRASE}\n{weak}\n")
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "too easy to guess" in line and "at least 10 characters" in line
    assert not out.exists()
    assert report(data, "list", case, "--json").stdout == before  # nothing registered
    korean = report(data, "--lang", "ko", case, "--out", str(out), "--password-stdin",
                    stdin=f"{PASSPHRASE}\n{weak}\n")
    assert korean.returncode == 2 and "PDF 비밀번호" in korean.stderr


def test_generate_password_prints_it_once_alone_on_the_last_line(store, tmp_path):
    data, case, _ = store
    out = tmp_path / "generated.pdf"
    result = report(data, case, "--out", str(out), "--include-identity",
                    "--generate-password")
    assert result.returncode == 0, result.stderr
    password = result.stdout.strip().splitlines()[-1]
    assert len(password) >= 10 and " " not in password
    assert result.stdout.count(password) == 1 and password not in result.stderr
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password=password) as pdf:
        assert pdf.encryption.R == 6
    assert VICTIM_NAME in pdftotext(out, password=password)
    # a second report gets another password
    again = report(data, case, "--out", str(tmp_path / "second.pdf"), "--generate-password")
    assert again.stdout.strip().splitlines()[-1] != password
