"""vPDQ: frame hashes of generated videos, matching a trimmed, re-encoded, resized copy across
cases at ingest, and bounded, damage-tolerant decoding."""

from __future__ import annotations

import pytest

from caseapp.evidence import video
from caseapp.evidence.video import analyse_video
from caseapp.evidence.video_matching import (
    match_percentages,
    pack_frames,
    unpack_frames,
)
from caseapp.evidence.warning_codes import EvidenceWarning
from caseapp.services import cases
from caseapp.services import evidence as evidence_service
from tests.evidence import videos


def _packed(data: bytes):
    facts = analyse_video(data).facts
    assert facts is not None
    return pack_frames((f.seconds, f.pdq_hex, f.quality) for f in facts.frames)


def test_about_one_frame_a_second_is_hashed():
    facts = analyse_video(videos.original()).facts
    assert facts is not None
    assert (facts.width, facts.height) == (320, 240)
    assert facts.duration == pytest.approx(8.0, abs=0.2)
    assert [f.seconds for f in facts.frames] == [0, 1, 2, 3, 4, 5, 6, 7]
    assert all(f.quality >= 50 for f in facts.frames) and facts.complete


def test_packed_frames_round_trip():
    frames = [(0.0, "ab" * 32, 100), (1.04, "0f" * 32, 7)]
    assert unpack_frames(pack_frames(frames)) == frames


def test_trimmed_reencoded_copy_matches_both_ways_and_unrelated_does_not():
    original, copy = _packed(videos.original()), _packed(videos.trimmed_copy())
    into, back = match_percentages(copy, original)
    assert into == 100.0        # every frame of the cut is in the original
    assert 50.0 <= back < 100.0  # part of the original is missing from the cut
    assert match_percentages(_packed(videos.original(seed=2)), original) == (0.0, 0.0)


def _case_with_copies(vault, name):
    case = cases.open_case(vault, pseudonym=name)
    cases.record_consent(vault, case, "copies", True, "written")
    return case


def test_copy_in_another_case_is_found_at_ingest(vault, tmp_path):
    a, b, c = (_case_with_copies(vault, n) for n in ("가", "나", "다"))
    (tmp_path / "a.mp4").write_bytes(videos.original())
    (tmp_path / "b.webm").write_bytes(videos.trimmed_copy())
    (tmp_path / "c.mp4").write_bytes(videos.original(seed=2))
    first = evidence_service.ingest_file(vault, a, tmp_path / "a.mp4")
    assert first.matches == () and first.item.mime == "video/mp4"
    assert (first.item.width, first.item.height) == (320, 240) and first.item.video_frames == 8

    copy = evidence_service.ingest_file(vault, b, tmp_path / "b.webm")
    assert [(m.code, m.case_number, m.exact) for m in copy.matches] == [
        (first.item.code, a.number, False)]
    assert copy.matches[0].video_percent == 100.0
    assert copy.item.sha256 != first.item.sha256

    unrelated = evidence_service.ingest_file(vault, c, tmp_path / "c.mp4")
    assert unrelated.matches == ()


def test_original_added_after_its_cut_is_found_too(vault, tmp_path):
    a, b = _case_with_copies(vault, "가"), _case_with_copies(vault, "나")
    (tmp_path / "cut.webm").write_bytes(videos.trimmed_copy())
    (tmp_path / "full.mp4").write_bytes(videos.original())
    cut = evidence_service.ingest_file(vault, b, tmp_path / "cut.webm", hash_only=True)
    full = evidence_service.ingest_file(vault, a, tmp_path / "full.mp4")
    assert [m.code for m in full.matches] == [cut.item.code]


def test_damaged_video_keeps_its_file_hashes_and_says_why(vault, tmp_path):
    case = _case_with_copies(vault, "가")
    data = videos.original()
    path = tmp_path / "broken.mp4"
    path.write_bytes(data[:64] + b"\0" * (len(data) - 64))  # container header, no media
    outcome = evidence_service.ingest_file(vault, case, path)
    assert EvidenceWarning.VIDEO_DAMAGED.value in outcome.warnings
    assert outcome.matches == ()
    with vault.read() as conn:
        from caseapp.store import evidence_repo
        assert evidence_repo.video_frames_of(conn, outcome.item.id) is None
    message = EvidenceWarning.VIDEO_DAMAGED.message("ko")
    assert message != EvidenceWarning.VIDEO_DAMAGED.message("en") and "동영상" in message


def test_hashing_stops_at_the_frame_bound(monkeypatch):
    monkeypatch.setattr(video, "MAX_HASHED_FRAMES", 3)
    analysis = analyse_video(videos.original())
    assert analysis.facts is not None and len(analysis.facts.frames) == 3
    assert not analysis.facts.complete
    assert analysis.warnings == (EvidenceWarning.VIDEO_PARTLY_HASHED,)


def test_decoding_stops_at_the_decoded_frame_bound(monkeypatch):
    monkeypatch.setattr(video, "MAX_DECODED_FRAMES", 25)
    facts = analyse_video(videos.original()).facts
    assert facts is not None and [f.seconds for f in facts.frames] == [0, 1, 2]


def test_video_preview_is_blurred_like_a_photo(vault, tmp_path):
    from io import BytesIO

    from caseapp.evidence.images import blurred_preview, preview

    case = _case_with_copies(vault, "가")
    data = videos.original()
    (tmp_path / "a.mp4").write_bytes(data)
    item = evidence_service.ingest_file(vault, case, tmp_path / "a.mp4").item
    frame = BytesIO()
    video.still_frame(data, 256).save(frame, format="PNG")
    # the frame goes through the photo preview: blurred by the same rule, unless revealed
    assert evidence_service.preview(vault, item.id) == blurred_preview(frame.getvalue())
    assert evidence_service.custody_events(vault, item.id)[-1].action.value != "revealed"
    shown = evidence_service.preview(vault, item.id, reveal=True, max_size=256)
    assert shown == preview(frame.getvalue())
    assert evidence_service.custody_events(vault, item.id)[-1].action.value == "revealed"


def test_low_quality_frames_are_left_out_as_vpdq_does():
    clear, flat = "ab" * 32, "00" * 32  # a flat frame: PDQ quality near 0, hash meaningless
    target = pack_frames([(0.0, clear, 100)])
    query = pack_frames([(0.0, clear, 100), (1.0, flat, 10), (2.0, clear, 100)])
    assert match_percentages(query, target) == (100.0, 100.0)


def test_frame_hashes_travel_with_a_case_export_and_still_match(vault, tmp_path):
    import json

    from caseapp.errors import BadImport
    from caseapp.i18n import set_language
    from caseapp.services import case_io, case_share
    from caseapp.services import vault as vault_service
    from tests.conftest import FAST_KDF, PASSPHRASE

    a = _case_with_copies(vault, "가")
    (tmp_path / "a.mp4").write_bytes(videos.original())
    first = evidence_service.ingest_file(vault, a, tmp_path / "a.mp4").item
    out = tmp_path / "cases.json"
    case_share.export_cases(vault, out, [a.number])
    exported = json.loads(out.read_text(encoding="utf-8"))
    other = vault_service.create_store(tmp_path / "other", PASSPHRASE, actor="t",
                                       params=FAST_KDF, allow_weak_kdf=True).vault
    try:
        case_io.import_file(other, out)
        imported = evidence_service.get_evidence(other, first.code)
        assert imported.video_frames == 8
        b = _case_with_copies(other, "나")
        (tmp_path / "b.webm").write_bytes(videos.trimmed_copy())
        copy = evidence_service.ingest_file(other, b, tmp_path / "b.webm")
        assert [m.code for m in copy.matches] == [first.code]

        def damaged(frames):
            doc = json.loads(json.dumps(exported))
            doc["cases"][0]["evidence"][0]["video_frames"] = frames
            path = tmp_path / "bad.json"
            path.write_text(json.dumps(doc), encoding="utf-8")
            return path

        fresh = vault_service.create_store(tmp_path / "fresh", PASSPHRASE, actor="t",
                                           params=FAST_KDF, allow_weak_kdf=True).vault
        try:
            for frames in ([{"seconds": 0, "pdq": "xyz", "quality": 100}],
                           [{"seconds": -1, "pdq": "ab" * 32, "quality": 100}],
                           [{"seconds": 0, "pdq": "ab" * 32, "quality": 101}], "frames"):
                with pytest.raises(BadImport) as caught:
                    case_io.import_file(fresh, damaged(frames))
                assert "video_frames" in caught.value.message("en")
            set_language("ko")  # the problem is worded when the import fails
            with pytest.raises(BadImport) as caught:
                case_io.import_file(fresh, damaged([{"seconds": 0, "pdq": "", "quality": 1}]))
            set_language("en")
            assert "프레임 해시가 와야 합니다" in caught.value.message("ko")
            assert cases.list_cases(fresh).items == ()
        finally:
            fresh.close()
    finally:
        other.close()


def test_cancel_during_frame_hashing_stores_nothing(vault, tmp_path, monkeypatch):
    import threading
    from datetime import timedelta

    from caseapp.errors import Cancelled

    with pytest.raises(video.VideoCancelled):
        analyse_video(videos.original(), cancel=lambda: True)
    case = _case_with_copies(vault, "가")
    (tmp_path / "a.mp4").write_bytes(videos.original())
    pressed = threading.Event()
    real = video.analyse_video

    def cancel_when_decoding_starts(source, *, cancel=None):
        pressed.set()  # the counsellor presses Cancel while frames are being hashed
        return real(source, cancel=cancel)

    monkeypatch.setattr(video, "analyse_video", cancel_when_decoding_starts)
    with pytest.raises(Cancelled):
        evidence_service.ingest_file(vault, case, tmp_path / "a.mp4", cancel=pressed)
    assert evidence_service.list_evidence(vault, case) == []
    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == set()
