"""Encrypted case bundles between two real stores: passphrase and store-key modes round-trip
cases, victims (where consent covers it), evidence content, custody and takedowns; a flipped
byte, a wrong passphrase or key, or a cut-off file are refused (exit code 2) and leave the
receiving store byte for byte as it was; no case text appears in clear in a bundle."""

from __future__ import annotations

import hashlib
import json
import tarfile
from pathlib import Path

import pytest

from caseapp.domain.cases import Victim
from caseapp.domain.evidence import CustodyAction
from caseapp.errors import BadInput, CaseAppError, ConsentMissing
from caseapp.security import bundle_crypto
from caseapp.services import case_bundle, cases, evidence, evidence_consent, store_key, takedowns
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot

CANARY_NAME = "김카나리아"
CANARY_TEXT = "CANARY-7f3a 대화방 카나리아 요약"
CANARY_BYTES = b"\x89PNG-not-really CANARY-CONTENT-91c2 " * 2000


def stored(folder: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(folder).items() if not k.endswith("-shm")}


@pytest.fixture
def receiver(tmp_path):
    created = vault_service.create_store(tmp_path / "receiver", PASSPHRASE, actor="받는이",
                                         params=FAST_KDF, allow_weak_kdf=True)
    yield created.vault
    created.vault.close()


@pytest.fixture
def sent(vault, tmp_path):
    """A case with everything a handover carries, consented for transfer with identity."""
    case = cases.open_case(vault, pseudonym="카나리-1", summary=CANARY_TEXT, tags=["deepfake"])
    cases.save_victim(vault, case, Victim(name=CANARY_NAME, birth_year=2007))
    for scope in ("copies", "transfer", "takedown"):
        cases.record_consent(vault, case, scope, True, "written")
    source = tmp_path / "shot.png"
    source.write_bytes(CANARY_BYTES)
    item = evidence.ingest_file(vault, case, source).item
    link = evidence.add_url_evidence(vault, case, "https://t.me/canaryroom/7").item
    request = takedowns.create_request(vault, case.number, "https://t.me/canaryroom/7",
                                       "telegram", evidence=[link.id])
    takedowns.submit(vault, request, reference="TG-CANARY-1")
    return case, item


def export(vault, tmp_path, **kw):
    kw.setdefault("purpose", "transfer")
    kw.setdefault("include_identity", True)
    return case_bundle.export_bundle(vault, tmp_path / "handover.cabundle", **kw)


def test_passphrase_bundle_round_trips_a_whole_case(vault, receiver, sent, tmp_path):
    case, item = sent
    result = export(vault, tmp_path)
    assert result.passphrase and result.numbers == (case.number,)
    assert result.identity_cases == (case.number,) and result.content_files == 1
    received = case_bundle.import_bundle(receiver, result.path, passphrase=result.passphrase)
    assert received.numbers == (case.number,) and received.content_files == 1

    assert cases.get_case(receiver, case.number).summary == CANARY_TEXT
    assert cases.reveal_victim(receiver, case.number).name == CANARY_NAME
    assert cases.has_consent(receiver, case.number, "copies")
    [got_file, got_link] = evidence.list_evidence(receiver, case.number)
    assert got_file.code == item.code and got_file.content_kept
    stream = evidence.open_content(receiver, got_file.id)
    assert stream is not None and hashlib.sha256(stream.read()).hexdigest() == item.sha256
    actions = [e.action for e in evidence.custody_events(receiver, got_file.id)]
    assert actions[0] is CustodyAction.ACQUIRED and actions[-1] is CustodyAction.RECEIVED
    assert evidence.verify_evidence(receiver, case.number)[0].ok
    [request] = takedowns.list_requests(receiver, case.number)
    assert request.recipient_reference == "TG-CANARY-1"
    assert request.evidence_ids == (got_link.id,)
    # the sender's chain of custody says the file left, and each case is audited
    assert evidence.custody_events(vault, item.id)[-1].action is CustodyAction.EXPORTED
    [audited] = vault_service.audit_events(vault, action="case.exported")
    details = json.loads(audited.event.details)
    assert audited.event.object_id == case.number
    assert details["victim_details"] is True and details["form"] == "bundle"
    assert details["evidence_files"] == 1


def test_store_key_bundle_opens_only_in_the_receiving_store(vault, receiver, sent, tmp_path):
    case, _item = sent
    key = store_key.public_key(receiver).text
    result = export(vault, tmp_path, recipient_key=key)
    assert result.passphrase is None
    assert result.recipient_fingerprint == store_key.public_key(receiver).fingerprint
    with pytest.raises(CaseAppError) as caught:   # the sender's own store is not it
        case_bundle.import_bundle(vault, result.path)
    assert caught.value.exit_code == 2
    received = case_bundle.import_bundle(receiver, result.path)
    assert received.numbers == (case.number,) and received.content_files == 1


def test_no_case_text_appears_in_clear_in_a_bundle(vault, sent, tmp_path):
    case, item = sent
    data = export(vault, tmp_path).path.read_bytes()
    for canary in (CANARY_NAME, CANARY_TEXT, "canaryroom", "TG-CANARY-1", case.number,
                   item.code, item.sha256, "카나리-1"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert canary.encode(encoding) not in data, canary
    assert b"CANARY-CONTENT" not in data and CANARY_BYTES[:64] not in data
    # the readable header says how to open it and nothing about what is inside
    with open(tmp_path / "handover.cabundle", "rb") as fh:
        header = bundle_crypto.read_header(fh).data
    assert set(header) == {"format", "version", "chunk_size", "recipient"}
    assert set(header["recipient"]) <= {"type", "kdf", "salt", "memory_kib", "time_cost",
                                        "parallelism", "nonce", "wrapped", "ephemeral",
                                        "key_fingerprint"}


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["magic", "header", "wrapped key", "first chunk",
                                   "middle", "last byte"])
def test_a_flipped_byte_is_refused_and_the_receiver_is_unchanged(vault, receiver, sent,
                                                                 tmp_path, where):
    result = export(vault, tmp_path)
    data = result.path.read_bytes()
    with open(result.path, "rb") as fh:
        header = bundle_crypto.read_header(fh)
    wrapped_at = data.index(header.data["recipient"]["wrapped"].encode())
    offset = {"magic": 2, "header": 14, "wrapped key": wrapped_at + 5,
              "first chunk": header.payload_offset + 3, "middle": len(data) // 2,
              "last byte": -1}[where]
    _flip(result.path, offset)
    before = stored(Path(receiver.data_dir))
    with pytest.raises(CaseAppError) as caught:
        case_bundle.import_bundle(receiver, result.path, passphrase=result.passphrase)
    assert caught.value.exit_code == 2
    assert "nothing was imported" in caught.value.message().lower()
    assert stored(Path(receiver.data_dir)) == before
    assert cases.case_numbers(receiver) == []


def test_wrong_passphrase_wrong_key_and_cut_off_file_are_refused(vault, receiver, sent,
                                                                tmp_path):
    result = export(vault, tmp_path)
    before = stored(Path(receiver.data_dir))
    wrong = bundle_crypto.new_passphrase()
    with pytest.raises(bundle_crypto.WrongBundlePassphrase) as caught:
        case_bundle.import_bundle(receiver, result.path, passphrase=wrong)
    assert caught.value.exit_code == 2
    with pytest.raises(CaseAppError) as caught:
        case_bundle.import_bundle(receiver, result.path, passphrase="not a passphrase")
    assert caught.value.exit_code == 2
    with pytest.raises(BadInput):        # a passphrase bundle needs its passphrase
        case_bundle.import_bundle(receiver, result.path)
    for cut in (1, bundle_crypto.CHUNK + bundle_crypto.TAG, len(result.path.read_bytes()) // 2):
        short = tmp_path / f"short-{cut}.cabundle"
        short.write_bytes(result.path.read_bytes()[:-cut])
        with pytest.raises(CaseAppError) as caught:
            case_bundle.import_bundle(receiver, short, passphrase=result.passphrase)
        assert caught.value.exit_code == 2
    keyed = export(vault, tmp_path, recipient_key=store_key.public_key(vault))
    with pytest.raises(bundle_crypto.NotForThisStore) as caught:
        case_bundle.import_bundle(receiver, keyed.path)
    assert caught.value.exit_code == 2
    assert stored(Path(receiver.data_dir)) == before


def test_a_bundle_whose_cases_exist_is_refused_before_any_content_is_written(
        vault, receiver, sent, tmp_path):
    result = export(vault, tmp_path)
    case_bundle.import_bundle(receiver, result.path, passphrase=result.passphrase)
    before = stored(Path(receiver.data_dir))
    with pytest.raises(CaseAppError) as caught:
        case_bundle.import_bundle(receiver, result.path, passphrase=result.passphrase)
    assert "already exists" in caught.value.message()
    assert stored(Path(receiver.data_dir)) == before


def test_identity_goes_only_where_consent_covers_the_recipient(vault, receiver, sent, tmp_path):
    case, _ = sent
    other = cases.open_case(vault)
    cases.save_victim(vault, other, Victim(name="다른피해자"))
    cases.record_consent(vault, other, "transfer", True, "verbal")
    cases.record_consent(vault, other, "transfer", False, "verbal")
    with pytest.raises(ConsentMissing):     # the purpose itself must be consented to
        export(vault, tmp_path, numbers=[case.number, other.number])
    cases.record_consent(vault, other, "takedown", True, "verbal")
    result = export(vault, tmp_path, numbers=[case.number, other.number],
                    purpose="takedown")
    # takedown partners learn who the victim is only with the 'identify' consent
    assert result.identity_cases == ()
    assert any(other.number in w and "named to platforms" in w for w in result.warnings)
    received = case_bundle.import_bundle(receiver, result.path, passphrase=result.passphrase)
    assert set(received.numbers) == {case.number, other.number}
    assert cases.has_victim_details(receiver, case.number) is False
    with pytest.raises(BadInput):            # identity without saying who it is for
        export(vault, tmp_path, purpose=None)


def test_content_is_left_out_without_consent_to_keep_copies(vault, receiver, sent, tmp_path):
    case, item = sent
    evidence_consent.record_consent(vault, case, "copies", False, "verbal")  # files removed
    result = export(vault, tmp_path)
    assert result.content_files == 0
    case_bundle.import_bundle(receiver, result.path, passphrase=result.passphrase)
    [got, _link] = evidence.list_evidence(receiver, case.number)
    assert got.hash_only and got.sha256 == item.sha256


def test_the_plaintext_inside_is_the_documented_layout(vault, sent, tmp_path):
    """Decrypt with the format's own reader and list what docs/formats/case-bundle.md says."""
    _case, item = sent
    result = export(vault, tmp_path)
    with open(result.path, "rb") as fh:
        header = bundle_crypto.read_header(fh)
        key = bundle_crypto.file_key_from_passphrase(header, result.passphrase)
        reader = bundle_crypto.BundleReader(fh, header, key)
        with tarfile.open(fileobj=reader, mode="r|") as tar:
            names = [m.name for m in tar]
    assert names == ["bundle.json", "cases.json", f"content/{item.code}"]
