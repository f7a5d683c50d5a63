"""``caseapp-admin takedown letter`` refuses a letter without a signing profile and signs with
one."""


from caseapp.services import cases, takedowns
from tests.conftest import FAST_KDF, PASSPHRASE, SIGNER, run_cli, sign_as
from tests.reports.pdf_reading import pdftotext
from tests.takedown.test_letters_by_recipient import URL, _flat


def test_the_cli_refuses_a_letter_without_a_profile_and_signs_with_one(tmp_path):
    from caseapp.services import vault as vault_service

    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, organisation="서울 상담소",
                                         params=FAST_KDF, allow_weak_kdf=True)
    with created.vault as vault:
        sign_as(vault)
        opened = cases.open_case(vault, legal_categories=["synthetic_sexual_material"])
        cases.record_consent(vault, opened.number, "takedown", True, "written")
        kcsc = takedowns.create_request(vault, opened.number, URL, "kcsc").code

    out = tmp_path / "kcsc.pdf"
    refused = run_cli("--lang", "ko", "--data-dir", str(data), "takedown", "letter", kcsc,
                      "--out", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert refused.returncode == 1 and not out.exists()
    [line] = refused.stderr.strip().splitlines()
    assert "'admin'은" in line and SIGNER in line
    form = run_cli("--lang", "ko", "--data-dir", str(data), "--actor", SIGNER, "takedown",
                   "letter", kcsc, "--form", "statutory", "--out", str(out),
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert form.returncode == 1 and not out.exists()
    assert "서비스 제공자" in form.stderr and "Traceback" not in form.stderr
    signed = run_cli("--data-dir", str(data), "--actor", SIGNER, "takedown", "letter", kcsc,
                     "--out", str(out), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert signed.returncode == 0, signed.stderr
    text = pdftotext(out)
    assert _flat(SIGNER) in _flat(text) and "admin" not in text
