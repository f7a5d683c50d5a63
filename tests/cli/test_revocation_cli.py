"""Revocation through ``caseapp-admin``: no previous key slots left beside the store, a new
recovery code or a rotated passphrase makes every older copy of the key slots useless,
tampered KDF costs are refused before the KDF runs, and a rekey's leftovers wait for the
secret and an authentic journal."""

from __future__ import annotations

import json
import shutil

import pytest

from caseapp.services import vault as vault_service
from tests.conftest import PASSPHRASE, run_cli, snapshot
from tests.security.test_revocation import NEW


@pytest.fixture
def store(tmp_path):
    data = tmp_path / "data"
    result = run_cli("--data-dir", str(data), "init", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    return data, result.stdout.strip()


def _opens(data, *, passphrase=None, code=None) -> bool:
    if code is not None:
        result = run_cli("--data-dir", str(data), "case", "list", "--recovery-code-stdin",
                         stdin=code + "\n")
    else:
        result = run_cli("--data-dir", str(data), "case", "list", "--passphrase-stdin",
                         stdin=passphrase + "\n")
    assert "Traceback" not in result.stderr
    return result.returncode == 0


def _kit_text(data, passphrase=PASSPHRASE) -> str:
    vault = vault_service.unlock(data, passphrase=passphrase)
    try:
        return vault_service.current_kit_text(vault)
    finally:
        vault.close()


@pytest.mark.parametrize("command", ["change-passphrase", "recovery-code", "recover"])
def test_no_previous_key_slots_are_left_beside_the_store(store, command):
    data, code = store
    if command == "change-passphrase":
        args, stdin = ["change-passphrase", "--passphrase-stdin"], f"{PASSPHRASE}\n{NEW}\n"
    elif command == "recovery-code":
        args = ["recovery-code", "--passphrase-stdin", "--recovery-kit",
                str(data.parent / "kit.pdf")]
        stdin = PASSPHRASE + "\n"
    else:
        args, stdin = ["recover", "--recovery-code-stdin"], f"{code}\n{NEW}\n"
    result = run_cli("--data-dir", str(data), *args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in data.iterdir() if "keyslots" in p.name) == ["keyslots.json"]


def test_an_old_keyslots_prev_is_removed_at_unlock(store):
    data, _code = store
    shutil.copy(data / "keyslots.json", data / "keyslots.json.prev")
    assert _opens(data, passphrase=PASSPHRASE)
    assert not (data / "keyslots.json.prev").exists()


def test_a_new_recovery_code_revokes_the_old_kit_and_every_old_slot_copy(store, tmp_path):
    data, old_code = store
    old_slots = (data / "keyslots.json").read_bytes()
    old_kit = _kit_text(data)
    result = run_cli("--data-dir", str(data), "recovery-code", "--passphrase-stdin",
                     "--recovery-kit", str(tmp_path / "kit.pdf"), stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    new_code = result.stdout.strip()
    assert new_code != old_code and "master key" in result.stderr
    assert _opens(data, code=new_code) and _opens(data, passphrase=PASSPHRASE)
    assert not _opens(data, code=old_code)
    # the old kit sheet (its QR holds the whole old recovery slot) with the old code
    result = run_cli("--data-dir", str(data), "recover", "--kit-stdin",
                     stdin=f"{old_kit}\n{old_code}\n{NEW}\n")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    # an old copy of the key slots (a backup's, or kept by hand) put back over the new one
    (data / "keyslots.json").write_bytes(old_slots)
    assert not _opens(data, code=old_code)
    assert not _opens(data, passphrase=PASSPHRASE)


def test_change_passphrase_rotate_keys_makes_old_slot_copies_useless(store, tmp_path):
    data, old_code = store
    old_slots = (data / "keyslots.json").read_bytes()
    result = run_cli("--data-dir", str(data), "change-passphrase", "--passphrase-stdin",
                     "--rotate-keys", "--recovery-kit", str(tmp_path / "kit.pdf"),
                     stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert result.returncode == 0, result.stderr
    new_code = result.stdout.strip()
    assert (tmp_path / "kit.pdf").read_bytes().startswith(b"%PDF")
    assert _opens(data, passphrase=NEW) and _opens(data, code=new_code)
    assert not _opens(data, passphrase=PASSPHRASE) and not _opens(data, code=old_code)
    verify = run_cli("--data-dir", str(data), "verify", "--passphrase-stdin", stdin=NEW + "\n")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    current = (data / "keyslots.json").read_bytes()
    (data / "keyslots.json").write_bytes(old_slots)
    assert not _opens(data, passphrase=PASSPHRASE) and not _opens(data, code=old_code)
    (data / "keyslots.json").write_bytes(current)
    assert _opens(data, passphrase=NEW)


def test_plain_change_passphrase_says_rotation_is_needed_for_a_leak(store):
    data, _code = store
    result = run_cli("--data-dir", str(data), "change-passphrase", "--help")
    assert "--rotate-keys" in result.stdout and "leaked" in result.stdout


@pytest.mark.parametrize("field,value", [("t", 2**31), ("m", 16 * 1024 * 1024), ("p", 0),
                                         ("salt", "not base64!"), ("salt", "AAAA"),
                                         ("t", "3"), ("m", True)])
def test_tampered_kdf_costs_are_refused_before_the_kdf_runs(store, field, value):
    data, _code = store
    path = data / "keyslots.json"
    doc = json.loads(path.read_text())
    slot = next(s for s in doc["slots"] if s["kind"] == "passphrase")
    slot["kdf"][field] = value
    path.write_text(json.dumps(doc))
    before = snapshot(data)
    # a KDF run at these costs would outlast the timeout (t=2^31 runs for days, m=16 GiB
    # minutes) and end in TimeoutExpired, never in the "damaged" message checked below
    result = run_cli("--data-dir", str(data), "verify", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n", timeout=60)
    assert result.returncode == 2
    assert "keyslots.json is damaged" in result.stderr, result.stderr
    assert "Something went wrong" not in result.stderr
    assert snapshot(data) == before


def test_tampered_kdf_costs_message_in_korean(store):
    data, _code = store
    path = data / "keyslots.json"
    doc = json.loads(path.read_text())
    doc["slots"][0]["kdf"]["t"] = 2**31
    path.write_text(json.dumps(doc))
    result = run_cli("--lang", "ko", "--data-dir", str(data), "verify", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 2 and "keyslots.json" in result.stderr
    assert "손상" in result.stderr


def test_wrong_passphrase_leaves_rekey_leftovers_alone(store):
    data, _code = store
    (data / "cases.db.rekey-new").write_bytes(b"half made")
    (data / "rekey.json").write_text('{"state": "committed"}')
    before = snapshot(data)
    result = run_cli("--data-dir", str(data), "verify", "--passphrase-stdin",
                     stdin="wrong passphrase\n")
    assert result.returncode == 2
    assert snapshot(data) == before


def test_a_forged_committed_journal_does_not_replace_cases_db(store, tmp_path):
    data, _code = store
    other = tmp_path / "other"
    assert run_cli("--data-dir", str(other), "init", "--passphrase-stdin",
                   stdin=PASSPHRASE + "\n").returncode == 0
    cases_before = (data / "cases.db").read_bytes()
    shutil.copy(other / "cases.db", data / "cases.db.rekey-new")
    (data / "rekey.json").write_text(json.dumps({"state": "committed", "at": "2026-01-01"}))
    assert _opens(data, passphrase=PASSPHRASE)
    assert not (data / "rekey.json").exists() and not (data / "cases.db.rekey-new").exists()
    result = run_cli("--data-dir", str(data), "verify", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (data / "cases.db").read_bytes()[:16] == cases_before[:16]
