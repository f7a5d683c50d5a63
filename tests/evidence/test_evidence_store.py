"""Evidence in real SQLCipher stores: ingest, consent for copies, duplicates and PDQ
near-matches across cases, previews, verification, custody, and the police package."""

import csv
import hashlib
import json
import subprocess
import threading
import zipfile

import pytest
from PIL import Image

from caseapp.domain.evidence import CustodyAction, EvidenceDraft, EvidenceKind
from caseapp.errors import BadInput, Cancelled, ConsentMissing
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import evidence_package
from caseapp.store.connection import EVIDENCE_DB
from tests.conftest import PASSPHRASE, snapshot
from tests.evidence.conftest import encode, exif_for_camera, structured_image


@pytest.fixture
def case(vault):
    case = case_service.open_case(vault, pseudonym="해바라기-7", tags=["deepfake"])
    for scope in ("copies", "police"):
        case_service.record_consent(vault, case, scope, True, "written")
    return case


@pytest.fixture
def other_case(vault):
    case = case_service.open_case(vault, pseudonym="other")
    case_service.record_consent(vault, case, "copies", True, "verbal")
    return case


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_ingest_keeps_content_encrypted_with_hashes_and_custody(vault, case, tmp_path):
    data = encode(structured_image(1), "JPEG", quality=90, exif=exif_for_camera(gps=True))
    path = write(tmp_path, "사진 원본.jpg", data)
    seen = []
    outcome = evidence_service.ingest_file(
        vault, case, path, progress=lambda done, total: seen.append(done),
        draft=EvidenceDraft(platform="telegram", url="https://t.me/somechannel/42",
                            captured_at="2026-11-20T22:10:00+09:00", captured_by="상담원 김"))
    item = outcome.item
    assert item.code == f"E-{case.number}-001"
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.md5 == hashlib.md5(data).hexdigest()
    assert item.size == len(data) and item.mime == "image/jpeg"
    assert item.original_filename == "사진 원본.jpg"
    assert item.content_kept and item.pdq_hex and len(item.pdq_hex) == 64
    assert item.exif and item.exif.has_gps and "gps_present" in item.warnings
    assert item.width == 640 and seen
    events = evidence_service.custody_events(vault, item.id)
    assert [e.action for e in events] == [CustodyAction.ACQUIRED]
    assert events[0].details["sha256"] == item.sha256
    # the image bytes are nowhere in clear in the data directory
    needle = data[2000:2064]
    for blob in snapshot(vault.data_dir).values():
        assert needle not in blob


def test_without_consent_for_copies_hash_only_discards_content_and_records_it(vault, tmp_path):
    case = case_service.open_case(vault, pseudonym="no copies")
    data = encode(structured_image(2))
    item = evidence_service.ingest_file(vault, case, write(tmp_path, "a.png", data),
                                        hash_only=True).item
    assert not item.content_kept and item.sha256 == hashlib.sha256(data).hexdigest()
    actions = [e.action for e in evidence_service.custody_events(vault, item.id)]
    assert actions == [CustodyAction.ACQUIRED, CustodyAction.CONTENT_DISCARDED]
    assert evidence_service.preview(vault, item.id) is None
    count = vault.evidence.execute("SELECT count(*) FROM chunk").fetchone()[0]
    assert count == 0


def test_same_file_in_another_case_is_reported_and_twice_in_one_case_refused(
        vault, case, other_case, tmp_path):
    data = encode(structured_image(3))
    first = evidence_service.ingest_file(vault, case, write(tmp_path, "x.png", data)).item
    again = evidence_service.ingest_file(vault, other_case, write(tmp_path, "y.png", data))
    assert [(m.code, m.case_number, m.exact) for m in again.matches] == [
        (first.code, case.number, True)]
    before = snapshot(vault.data_dir)
    with pytest.raises(BadInput, match="already evidence"):
        evidence_service.ingest_file(vault, case, write(tmp_path, "z.png", data))
    assert len(evidence_service.list_evidence(vault, case)) == 1
    assert snapshot(vault.data_dir) == before  # the refusal wrote nothing


@pytest.mark.parametrize("transform", ["reencode", "resize", "rotate", "mirror", "trim"])
def test_near_duplicate_reuploads_are_found_across_cases(vault, case, other_case, tmp_path,
                                                          transform):
    original = structured_image(11)
    evidence_service.ingest_file(vault, case, write(tmp_path, "o.png", encode(original)))
    w, h = original.size
    copy = {
        "reencode": lambda: original,
        "resize": lambda: original.resize((w // 2, h // 2)),
        "rotate": lambda: original.transpose(Image.Transpose.ROTATE_90),
        "mirror": lambda: original.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
        "trim": lambda: original.crop((5, 4, w - 5, h - 4)),
    }[transform]()
    data = encode(copy, "JPEG", quality=55)
    outcome = evidence_service.ingest_file(vault, other_case, write(tmp_path, "c.jpg", data))
    near = [m for m in outcome.matches if not m.exact]
    assert len(near) == 1 and near[0].case_number == case.number
    assert near[0].distance <= 31
    if transform in ("rotate", "mirror"):
        assert near[0].transform != "original"


def test_unrelated_image_is_not_matched(vault, case, other_case, tmp_path):
    evidence_service.ingest_file(vault, case, write(tmp_path, "a.png",
                                                    encode(structured_image(21))))
    outcome = evidence_service.ingest_file(vault, other_case, write(
        tmp_path, "b.png", encode(structured_image(22))))
    assert outcome.matches == ()


def test_cancelled_ingest_leaves_nothing(vault, case, tmp_path):
    path = tmp_path / "big.bin"
    with open(path, "wb") as fh:
        fh.truncate(8 << 20)
    stop = threading.Event()

    def progress(done, total):
        if done >= 3 << 20:
            stop.set()

    with pytest.raises(Cancelled):
        evidence_service.ingest_file(vault, case, path, progress=progress, cancel=stop)
    assert evidence_service.list_evidence(vault, case) == []
    assert vault.evidence.execute("SELECT count(*) FROM content").fetchone()[0] == 0
    assert vault.evidence.execute("SELECT count(*) FROM chunk").fetchone()[0] == 0
    assert list((vault.data_dir / "content").iterdir()) == []


def test_bad_files_get_clear_messages(vault, case, tmp_path):
    with pytest.raises(BadInput, match="empty"):
        evidence_service.ingest_file(vault, case, write(tmp_path, "empty.jpg", b""))
    with pytest.raises(BadInput, match="could not be read"):
        evidence_service.ingest_file(vault, case, tmp_path / "missing.jpg")
    truncated = encode(structured_image(5), "JPEG")[:3000]
    outcome = evidence_service.ingest_file(vault, case, write(tmp_path, "t.jpg", truncated))
    assert outcome.item.pdq_hex is None and "image_damaged" in outcome.item.warnings
    assert vault.evidence.execute("SELECT count(*) FROM content").fetchone()[0] == 1


def test_url_and_note_evidence_are_first_class(vault, case):
    item = evidence_service.add_url_evidence(
        vault, case, "https://t.me/c/1234567/89").item
    assert item.kind is EvidenceKind.URL and item.platform.value == "telegram"
    assert item.channel_id == "1234567" and item.message_id == "89"
    assert item.sha256 is None
    note = evidence_service.add_note_evidence(
        vault, case, EvidenceDraft(description="피해자가 구두로 전달한 대화방 이름"))
    assert note.kind is EvidenceKind.NOTE
    with pytest.raises(BadInput):
        evidence_service.add_url_evidence(vault, case, "javascript:alert(1)")


def test_preview_is_blurred_unless_revealed_and_reveal_is_audited(vault, case, tmp_path):
    item = evidence_service.ingest_file(vault, case, write(
        tmp_path, "p.png", encode(structured_image(8)))).item
    blurred = evidence_service.preview(vault, item.id)
    clear = evidence_service.preview(vault, item.id, reveal=True)
    assert blurred and clear and blurred != clear
    actions = [e.action for e in evidence_service.custody_events(vault, item.id)]
    assert CustodyAction.REVEALED in actions
    from caseapp.services import vault as vault_service

    assert vault_service.audit_events(vault, action="evidence.revealed")


def test_verify_detects_content_changed_behind_the_apps_back(vault, case, tmp_path):
    items = [evidence_service.ingest_file(vault, case, write(
        tmp_path, f"{i}.png", encode(structured_image(30 + i)))).item for i in range(2)]
    assert all(r.ok for r in evidence_service.verify_evidence(vault, case))
    file_id = vault.evidence.execute(
        "SELECT file_id FROM content WHERE id = (SELECT min(id) FROM content)").fetchone()[0]
    path = vault.data_dir / "content" / f"{file_id}.cec"
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01  # one flipped bit in the first chunk's ciphertext
    path.write_bytes(bytes(data))
    results = {r.code: r for r in evidence_service.verify_evidence(vault, case)}
    assert not results[items[0].code].ok and results[items[1].code].ok
    assert "cannot be read completely" in evidence_service.translate_problem(
        results[items[0].code], "en")
    from caseapp.services.verification import verify_all

    assert any(items[0].code in line for line in verify_all(vault))


def test_package_for_police_passes_sha256sum_and_lists_everything(vault, case, tmp_path):
    evidence_service.ingest_file(vault, case, write(tmp_path, "a.png",
                                                    encode(structured_image(40))),
                                 filename="../../evil/그림 1.png")
    evidence_service.ingest_file(vault, case, write(tmp_path, "=cmd.png",
                                                    encode(structured_image(41))))
    evidence_service.add_url_evidence(vault, case, "https://x.com/someone/status/123")
    result = evidence_package.build_package(vault, case, tmp_path / "pkg")
    assert result.items == 3 and result.files == 2
    pkg = result.path
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=pkg, capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    manifest = json.loads((pkg / "manifest.json").read_text())
    assert len(manifest["items"]) == 3
    with open(pkg / "manifest.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[1]["Original file name"].startswith("'=")  # no formula injection
    assert all("/" not in p.name for p in pkg.iterdir())
    events = evidence_service.custody_events(vault, evidence_service.list_evidence(
        vault, case)[0].id)
    assert events[-1].action is CustodyAction.EXPORTED
    zipped = evidence_package.build_package(vault, case, tmp_path / "pkg2", as_zip=True)
    assert zipped.path.suffix == ".zip"
    with zipfile.ZipFile(zipped.path) as zf:
        assert "pkg2/SHA256SUMS" in zf.namelist()


def test_package_needs_police_consent(vault, tmp_path):
    case = case_service.open_case(vault, pseudonym="no police")
    evidence_service.add_url_evidence(vault, case, "https://example.com/a")
    with pytest.raises(ConsentMissing):
        evidence_package.build_package(vault, case, tmp_path / "pkg")
    assert not (tmp_path / "pkg").exists()


def test_failed_record_write_removes_the_stored_content(vault, case, tmp_path, monkeypatch):
    from caseapp.store import evidence_repo

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(evidence_repo, "insert_item", boom)
    with pytest.raises(OSError):
        evidence_service.ingest_file(vault, case, write(tmp_path, "a.png",
                                                        encode(structured_image(50))))
    monkeypatch.undo()
    # the compensating delete already removed the content (no grace period: none at all)
    from datetime import timedelta

    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == set()
    assert vault.evidence.execute("SELECT count(*) FROM content").fetchone()[0] == 0
    assert evidence_service.list_evidence(vault, case) == []


def test_large_sparse_file_streams_with_flat_memory(vault, case, tmp_path):
    import tracemalloc

    path = tmp_path / "video.mp4"
    with open(path, "wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42")
        fh.truncate(300 << 20)
    tracemalloc.start()
    item = evidence_service.ingest_file(vault, case, path).item
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert item.size == 300 << 20
    assert peak < 80 << 20, peak
    assert sum(p.stat().st_size for p in (vault.data_dir / "content").iterdir()) > 300 << 20
    assert (vault.data_dir / EVIDENCE_DB.filename).stat().st_size < 1 << 20
    assert evidence_service.verify_evidence(vault, case)[0].ok


def test_wrong_passphrase_after_ingest_changes_nothing(vault, case, tmp_path, data_dir):
    evidence_service.ingest_file(vault, case, write(tmp_path, "a.png",
                                                    encode(structured_image(60))))
    vault.close()
    before = snapshot(data_dir)
    from caseapp.errors import WrongPassphrase
    from caseapp.services import vault as vault_service

    with pytest.raises(WrongPassphrase):
        vault_service.unlock(data_dir, passphrase=PASSPHRASE + "x")
    assert snapshot(data_dir) == before


def test_account_linked_through_evidence_counts_as_shared(vault, case, other_case):
    from caseapp.domain.cases import AccountRef

    incident = case_service.add_incident(vault, case, description="유포", platform="telegram")
    account = case_service.link_account(vault, incident.id,
                                        AccountRef(platform="telegram", handle="@spreader"))
    item = evidence_service.add_url_evidence(vault, other_case, "https://t.me/spreader/7").item
    evidence_service.link_account(vault, item.id, account.id)
    assert other_case.number in case_service.cases_sharing_account(vault, account.id)


def test_content_of_a_save_killed_midway_is_swept_later(vault, case):
    from datetime import timedelta

    from caseapp.store import evidence_repo

    sink = evidence_repo.ContentSink(vault.evidence, vault.evidence_lock)
    sink.write_chunk(0, b"orphan bytes")
    sink.finalise(hashlib.sha256(b"orphan bytes").hexdigest())
    sink.commit()  # ... and the process died before the record was written
    assert evidence_service.orphan_content_ids(vault) == set()  # may still be in flight
    from caseapp.services.verification import verify_all

    assert verify_all(vault) == []
    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == {sink.content_id}
    assert evidence_service.sweep_orphan_content(vault, grace=timedelta(0)) == 1
    assert vault.evidence.execute("SELECT count(*) FROM content").fetchone()[0] == 0
    assert list((vault.data_dir / "content").iterdir()) == []
