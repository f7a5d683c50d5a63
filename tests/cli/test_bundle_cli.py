"""Case bundles through the real ``caseapp-admin`` as an office admin or a script uses it:
``export --out FILE.cabundle`` prints the one-time bundle passphrase alone on the last line of
standard output, ``import --bundle-passphrase-stdin`` reads it from the second line of
standard input (the store passphrase stays on the first); ``--recipient-key`` takes the line
``store-key show`` prints on the receiving store, which then imports with no further input;
``--include-identity`` carries victims' details only where consent covers the recipient,
audited per case; a flipped byte, a wrong passphrase or another store's key exit 2 and leave
the receiving store's files byte for byte as they were.

The stores are made with the test KDF profile (so each command unlocks quickly); every
export and import runs as its own ``caseapp-admin`` process."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from caseapp.domain.cases import Victim
from caseapp.services import cases, evidence
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli, snapshot

VICTIM_A = "김인계"
VICTIM_B = "박보류"
CONTENT = b"\x89PNG-not-really bundle cli content " * 300
PASSPHRASE_LINE = re.compile(r"^[A-Z0-9]{4}(?:-[A-Z0-9]{4})+$")


def make_store(folder: Path) -> Path:
    created = vault_service.create_store(folder, PASSPHRASE, actor="관리자", params=FAST_KDF,
                                         allow_weak_kdf=True)
    created.vault.close()
    return folder


def unlocked(folder: Path):
    return vault_service.unlock(folder, passphrase=PASSPHRASE, actor="checker")


@pytest.fixture
def sender(tmp_path: Path) -> dict[str, object]:
    """Case A: consent to takedowns, to being named to platforms, to transfer and to copies,
    with one evidence file. Case B: takedowns and transfer only (not to being named)."""
    data = make_store(tmp_path / "sender")
    vault = unlocked(data)
    try:
        a = cases.open_case(vault, pseudonym="인계-A", summary="A 사건 요약")
        cases.save_victim(vault, a, Victim(name=VICTIM_A, birth_year=2007))
        for scope in ("takedown", "identify", "transfer", "copies"):
            cases.record_consent(vault, a, scope, True, "written")
        source = tmp_path / "shot.png"
        source.write_bytes(CONTENT)
        evidence.ingest_file(vault, a, source)
        b = cases.open_case(vault, pseudonym="인계-B", summary="B 사건 요약")
        cases.save_victim(vault, b, Victim(name=VICTIM_B, birth_year=2009))
        for scope in ("takedown", "transfer"):
            cases.record_consent(vault, b, scope, True, "verbal")
        return {"data": data, "a": a.number, "b": b.number}
    finally:
        vault.close()


@pytest.fixture
def receiver(tmp_path: Path) -> Path:
    return make_store(tmp_path / "receiver")


def cli(data: Path, *args: str, stdin: str = PASSPHRASE + "\n"):
    return run_cli("--data-dir", str(data), *args, stdin=stdin)


def export(sender, out: Path, *args: str):
    return cli(sender["data"], "export", "--passphrase-stdin", "--out", str(out), *args)


def store_key_line(data: Path) -> str:
    r = cli(data, "store-key", "show", "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    [line] = r.stdout.splitlines()
    return line


def received(data: Path, number: str) -> tuple[str, str | None]:
    """The case's pseudonym and victim name in the receiving store."""
    vault = unlocked(data)
    try:
        case = cases.get_case(vault, number)
        victim = cases.reveal_victim(vault, number)
        return case.pseudonym, victim.name if victim is not None and victim.name else None
    finally:
        vault.close()


def unchanged_except_the_unlock(data: Path, before: dict[str, bytes],
                                events_before: list[str]) -> None:
    """Every caseapp-admin command appends an audited 'unlock' event to cases.db, so only
    the files the import would write besides it are compared byte for byte (evidence.db
    holds received content); in cases.db nothing but that event may be new."""
    after = snapshot(data)
    for name in before:
        if not name.startswith("cases.db"):
            assert after.get(name) == before[name], name
    assert set(after) == set(before)
    # events_before was read by a checker whose own unlock came next, then the import's
    assert audit_actions(data) == [*events_before, "unlock", "unlock"]


def audit_actions(data: Path) -> list[str]:
    vault = unlocked(data)
    try:
        # the checker's own unlock is the newest event: leave it out
        return [e.event.action for e in reversed(vault_service.audit_events(vault))][:-1]
    finally:
        vault.close()


def exported_audit(data: Path) -> dict[str, dict]:
    vault = unlocked(data)
    try:
        return {e.event.object_id: json.loads(e.event.details)
                for e in vault_service.audit_events(vault, action="case.exported")}
    finally:
        vault.close()


def test_passphrase_bundle_prints_it_last_and_imports_from_the_second_stdin_line(
        sender, receiver, tmp_path):
    out = tmp_path / "handover.cabundle"
    r = export(sender, out, "--for", "transfer", "--include-identity")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    passphrase = lines[-1]
    assert PASSPHRASE_LINE.match(passphrase), lines      # alone on the last line
    assert lines[:-1] == [sender["a"], sender["b"]]      # the case numbers before it
    assert passphrase not in r.stderr and "shown only now" in r.stderr
    assert out.is_file() and passphrase.encode() not in out.read_bytes()

    r = cli(receiver, "import", str(out), "--passphrase-stdin", "--bundle-passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{passphrase}\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [sender["a"], sender["b"]]
    assert "1 evidence file(s) imported" in r.stderr
    assert received(receiver, sender["a"]) == ("인계-A", VICTIM_A)


def test_recipient_key_bundle_opens_on_the_receiving_store_with_no_more_input(
        sender, receiver, tmp_path):
    key = store_key_line(receiver)
    assert key.startswith("CASEAPP-KEY-1:")
    out = tmp_path / "sealed.cabundle"
    r = export(sender, out, "--for", "transfer", "--include-identity", "--recipient-key", key)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [sender["a"], sender["b"]]   # no passphrase line
    assert "Only the store with key" in r.stderr
    r = cli(receiver, "import", str(out), "--passphrase-stdin")
    assert r.returncode == 0, r.stderr
    assert received(receiver, sender["b"]) == ("인계-B", VICTIM_B)
    # the sender cannot open what it sealed for the receiver
    r = cli(sender["data"], "import", str(out), "--passphrase-stdin")
    assert r.returncode == 2 and "made for another store" in r.stderr


def test_identity_only_with_the_option_and_the_consent_audited_per_case(sender, receiver,
                                                                        tmp_path):
    # asked for without saying who the file is for: refused, nothing written
    out = tmp_path / "none.cabundle"
    r = export(sender, out, "--include-identity")
    assert r.returncode == 2 and "--for" in r.stderr and not out.exists()
    # a recipient the cases have not consented to: refused, nothing written
    r = export(sender, out, "--for", "police")
    assert r.returncode == 1 and "share with police" in r.stderr and not out.exists()

    out = tmp_path / "partner.cabundle"
    key = store_key_line(receiver)
    r = export(sender, out, "--for", "takedown", "--include-identity", "--recipient-key", key)
    assert r.returncode == 0, r.stderr
    assert f"Case {sender['b']}: the victim's details were left out" in r.stderr
    assert "victims' details in 1 of them" in r.stderr
    audited = exported_audit(sender["data"])
    assert audited[sender["a"]]["victim_details"] is True
    assert audited[sender["b"]]["victim_details"] is False
    assert {audited[n]["purpose"] for n in (sender["a"], sender["b"])} == {"takedown"}
    assert cli(receiver, "import", str(out), "--passphrase-stdin").returncode == 0
    assert received(receiver, sender["a"]) == ("인계-A", VICTIM_A)
    assert received(receiver, sender["b"]) == ("인계-B", None)

    # without --include-identity no victim's details travel, whatever the consent
    out = tmp_path / "plain.cabundle"
    r = export(sender, out, "--for", "takedown")
    assert r.returncode == 0 and "victims' details in 0 of them" in r.stderr


@pytest.mark.parametrize("damage", ["flipped byte", "wrong passphrase", "wrong key",
                                    "cut off"])
def test_a_bad_bundle_exits_2_with_the_receiving_store_unchanged(sender, receiver, tmp_path,
                                                                 damage):
    out = tmp_path / "bad.cabundle"
    key = store_key_line(receiver)        # the receiver has a key (made before the snapshot)
    if damage == "wrong key":
        other = make_store(tmp_path / "third office")
        r = export(sender, out, "--for", "transfer", "--recipient-key", store_key_line(other))
    else:
        r = export(sender, out, "--for", "transfer")
    assert r.returncode == 0, r.stderr
    passphrase = r.stdout.splitlines()[-1]
    if damage == "flipped byte":
        data = bytearray(out.read_bytes())
        data[len(data) // 2] ^= 0x01
        out.write_bytes(bytes(data))
    elif damage == "wrong passphrase":
        passphrase = passphrase[::-1]     # well formed, but not this bundle's
    elif damage == "cut off":
        out.write_bytes(out.read_bytes()[:-100])
    assert key
    events = audit_actions(receiver)
    before = snapshot(receiver)
    if damage == "wrong key":
        r = cli(receiver, "import", str(out), "--passphrase-stdin")
    else:
        r = cli(receiver, "import", str(out), "--passphrase-stdin", "--bundle-passphrase-stdin",
                stdin=f"{PASSPHRASE}\n{passphrase}\n")
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stdout == ""
    assert len(r.stderr.strip().splitlines()) <= 2   # the message (and what to do next)
    expected = {"flipped byte": "damaged", "cut off": "damaged",
                "wrong passphrase": "passphrase is not correct",
                "wrong key": "made for another store"}[damage]
    assert expected in r.stderr
    unchanged_except_the_unlock(receiver, before, events)
    assert store_numbers(receiver) == []


def store_numbers(data: Path) -> list[str]:
    vault = unlocked(data)
    try:
        return cases.case_numbers(vault)
    finally:
        vault.close()
