"""Evidence metadata travels with its case in the JSON export, and takedowns keep their
evidence links through an import."""

import copy

import pytest

from caseapp.errors import BadImport
from caseapp.services import case_io
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import takedowns as takedown_service
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.evidence.conftest import encode, structured_image


def _store(path):
    return vault_service.create_store(path, PASSPHRASE, params=FAST_KDF,
                                      allow_weak_kdf=True).vault


def test_export_import_carries_evidence_and_takedown_links(vault, tmp_path):
    case = case_service.open_case(vault, pseudonym="내보내기")
    for scope in ("copies", "takedown"):
        case_service.record_consent(vault, case, scope, True, "written")
    image = tmp_path / "a.png"
    image.write_bytes(encode(structured_image(70)))
    item = evidence_service.ingest_file(vault, case, image).item
    link = evidence_service.add_url_evidence(vault, case, "https://t.me/bad_room/12").item
    takedown_service.create_request(vault, case, "https://t.me/bad_room/12", "telegram",
                                    evidence=[link.id, item.id])
    document, warnings = case_io.build_export(vault)
    assert any("hashes" in w for w in warnings)
    exported = document["cases"][0]["evidence"]
    assert [e["code"] for e in exported] == [item.code, link.code]
    assert exported[0]["sha256"] == item.sha256

    other = _store(tmp_path / "other")
    try:
        case_io.import_document(other, copy.deepcopy(document))
        items = evidence_service.list_evidence(other, case.number)
        assert [(i.code, i.sha256, i.pdq_hex) for i in items] == [
            (item.code, item.sha256, item.pdq_hex), (link.code, None, None)]
        assert not items[0].content_kept
        requests = takedown_service.list_requests(other, case.number)
        assert len(requests) == 1 and len(requests[0].evidence_ids) == 2
        again, _ = case_io.build_export(other)
        first = copy.deepcopy(document["cases"][0]["evidence"][1])
        assert again["cases"][0]["evidence"][1] == first  # a link round-trips exactly
    finally:
        other.close()


def test_bad_evidence_entry_names_its_place_and_imports_nothing(vault, tmp_path):
    case = case_service.open_case(vault, pseudonym="x")
    evidence_service.add_url_evidence(vault, case, "https://example.com/p")
    document, _ = case_io.build_export(vault)
    document["cases"][0]["evidence"][0]["sha256"] = "not-a-hash"
    other = _store(tmp_path / "other")
    try:
        with pytest.raises(BadImport, match=r"evidence\[0\]\.sha256"):
            case_io.import_document(other, document)
        assert case_service.count_cases(other) == 0
    finally:
        other.close()
