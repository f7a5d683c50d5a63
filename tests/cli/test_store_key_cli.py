"""``caseapp-admin store-key show`` prints the store's public key on one line."""

from __future__ import annotations

from caseapp.services import store_key
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli


def test_cli_store_key_show_prints_one_line(tmp_path):
    data = tmp_path / "data"
    created = vault_service.create_store(data, PASSPHRASE, params=FAST_KDF, allow_weak_kdf=True)
    created.vault.close()
    result = run_cli("--data-dir", str(data), "store-key", "show", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("CASEAPP-KEY-1:")
    again = run_cli("--data-dir", str(data), "store-key", "show", "--passphrase-stdin",
                    stdin=PASSPHRASE + "\n")
    assert again.stdout == result.stdout
    with vault_service.unlock(data, passphrase=PASSPHRASE) as vault:
        assert store_key.public_key(vault).text == lines[0]
    fingerprint = run_cli("--data-dir", str(data), "store-key", "show", "--fingerprint",
                          "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert fingerprint.returncode == 0
    assert len(fingerprint.stdout.strip()) == 19 and fingerprint.stdout.count("-") == 3
