"""Consent to keep copies holds at every seam of evidence: a file is refused without it (only
an explicit hash-only choice records its hashes), hash-only items are marked, and withdrawing
the consent removes the kept content, records that in custody with the hashes kept, and
packages, previews and verify show it is gone. Through the services (the commands are in
tests/cli/test_evidence_consent_cli.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from caseapp.domain.evidence import CustodyAction
from caseapp.errors import ConsentMissing
from caseapp.services import cases, evidence, evidence_consent, evidence_package
from caseapp.services.verification import verify_all
from caseapp.store import evidence_repo
from tests.conftest import snapshot
from tests.evidence.conftest import encode, structured_image


def stored(folder: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(folder).items() if not k.endswith("-shm")}


def image_file(tmp_path: Path, name: str, seed: int) -> Path:
    path = tmp_path / name
    path.write_bytes(encode(structured_image(seed)))
    return path


@pytest.fixture
def case(vault):
    opened = cases.open_case(vault)
    cases.record_consent(vault, opened, "police", True, "written")
    return opened


# --- ingest ----------------------------------------------------------------------------------

def test_without_copies_consent_a_file_is_refused_and_nothing_is_stored(vault, data_dir, case,
                                                                         tmp_path):
    source = image_file(tmp_path, "a.png", 1)
    before = stored(data_dir)
    with pytest.raises(ConsentMissing) as caught:
        evidence.ingest_file(vault, case, source)
    assert caught.value.exit_code == 1
    message = caught.value.message("en")
    assert case.number in message and "copies" in message and "--hash-only" in message
    assert "동의" in caught.value.message("ko")
    assert stored(data_dir) == before
    assert evidence.list_evidence(vault, case) == []


def test_withdrawn_copies_consent_refuses_too(vault, case, tmp_path):
    cases.record_consent(vault, case, "copies", True, "written")
    evidence_consent.record_consent(vault, case, "copies", False, "verbal")
    with pytest.raises(ConsentMissing):
        evidence.ingest_file(vault, case, image_file(tmp_path, "a.png", 2))


def test_hash_only_is_an_explicit_choice_and_is_marked(vault, case, tmp_path):
    source = image_file(tmp_path, "a.png", 3)
    item = evidence.ingest_file(vault, case, source, hash_only=True).item
    assert item.hash_only and not item.content_kept
    assert item.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    events = evidence.custody_events(vault, item.id)
    assert [e.action for e in events] == [CustodyAction.ACQUIRED,
                                          CustodyAction.CONTENT_DISCARDED]
    assert events[-1].details["reason"] == "no consent to keep copies"
    # with consent, hash-only is still the counsellor's to choose
    cases.record_consent(vault, case, "copies", True, "written")
    chosen = evidence.ingest_file(vault, case, image_file(tmp_path, "b.png", 4),
                                  hash_only=True).item
    assert chosen.hash_only
    assert evidence.custody_events(vault, chosen.id)[-1].details["reason"] == \
        "hashes only, as the counsellor chose"
    kept = evidence.ingest_file(vault, case, image_file(tmp_path, "c.png", 5)).item
    assert kept.content_kept and not kept.hash_only


# --- withdrawal ------------------------------------------------------------------------------

@pytest.fixture
def kept(vault, case, tmp_path):
    cases.record_consent(vault, case, "copies", True, "written")
    items = [evidence.ingest_file(vault, case, image_file(tmp_path, f"{n}.png", 10 + n)).item
             for n in range(3)]
    evidence.add_url_evidence(vault, case, "https://t.me/room/5")
    return items


def test_withdrawal_removes_kept_content_and_records_it_in_custody(vault, case, kept, tmp_path):
    assert [i.code for i in evidence_consent.kept_content(vault, case)] == [i.code for i in kept]
    content_ids = {evidence_repo.content_id_of(vault.cases, i.id) for i in kept}
    evidence_consent.record_consent(vault, case, "copies", False, "verbal")

    assert evidence_consent.kept_content(vault, case) == []
    with vault.evidence_lock:
        left = evidence_repo.all_content_ids(vault.evidence)
    assert not (content_ids & left)
    for before in kept:
        after = evidence.get_evidence(vault, before.id)
        assert after.hash_only and after.sha256 == before.sha256 and after.md5 == before.md5
        last = evidence.custody_events(vault, before.id)[-1]
        assert last.action is CustodyAction.CONTENT_REMOVED
        assert last.details["sha256"] == before.sha256
        assert last.details["reason"] == "consent to keep copies withdrawn"
        assert evidence.preview(vault, before.id) is None
    results = evidence.verify_evidence(vault, case)
    notes = {r.code: r.note for r in results}
    assert all("content removed" in (notes[i.code] or "") for i in kept)
    assert verify_all(vault) == []
    # no package can be made of hashes alone: refused, nothing written
    with pytest.raises(evidence_package.NothingToPackage) as refused:
        evidence_package.build_package(vault, case, tmp_path / "pkg")
    assert refused.value.exit_code == 1
    assert not (tmp_path / "pkg").exists()


def test_a_backdated_withdrawal_before_a_later_grant_removes_nothing(vault, case, kept):
    evidence_consent.record_consent(vault, case, "copies", False, "verbal",
                                    at="2020-01-01")
    assert len(evidence_consent.kept_content(vault, case)) == len(kept)


def test_other_cases_keep_their_content(vault, case, kept, tmp_path):
    other = cases.open_case(vault)
    cases.record_consent(vault, other, "copies", True, "written")
    theirs = evidence.ingest_file(vault, other, image_file(tmp_path, "z.png", 99)).item
    evidence_consent.record_consent(vault, case, "copies", False, "verbal")
    assert evidence.get_evidence(vault, theirs.id).content_kept
    assert evidence.verify_evidence(vault, other)[0].ok
