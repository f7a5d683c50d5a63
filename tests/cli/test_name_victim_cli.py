"""``takedown letter --name-victim`` rests on the victim's consent to be named to platforms and
regulators, not on takedown consent alone: exit 1, one line naming the consent, no file."""

from caseapp.domain.cases import Victim
from caseapp.services import cases, takedowns
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, SIGNER_ARGS, run_cli, sign_as
from tests.takedown.conftest import VICTIM_NAME


def test_name_victim_is_refused_without_the_identify_scope_then_allowed(tmp_path):
    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, params=FAST_KDF, allow_weak_kdf=True)
    with created.vault as vault:
        sign_as(vault)
        case = cases.open_case(vault)
        cases.save_victim(vault, case.number, Victim(name=VICTIM_NAME))
        cases.record_consent(vault, case.number, "takedown", True, "written")
        code = takedowns.create_request(vault, case.number, "https://t.me/leakroom/42",
                                        "telegram").code

    def cli(*args):
        return run_cli("--data-dir", str(data), *SIGNER_ARGS, *args, "--passphrase-stdin",
                       stdin=PASSPHRASE + "\n")

    out = tmp_path / "named.txt"
    refused = cli("takedown", "letter", code, "--out", str(out), "--name-victim")
    assert refused.returncode == 1
    [line] = refused.stderr.strip().splitlines()
    assert case.number in line and "named to platforms and regulators" in line
    assert not out.exists()
    assert cli("case", "consent", case.number, "--grant", "identify", "--how",
               "written").returncode == 0
    named = cli("takedown", "letter", code, "--out", str(out), "--name-victim")
    assert named.returncode == 0, named.stderr
    assert VICTIM_NAME in out.read_text(encoding="utf-8")
