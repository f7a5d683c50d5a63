"""A link given with a file or typed into an item goes through the same parser as a link
added on its own: ``javascript:`` and malformed links are refused with nothing stored."""

from __future__ import annotations

from datetime import timedelta

import pytest

from caseapp.domain.evidence import EvidenceDraft
from caseapp.domain.platforms import Platform
from caseapp.errors import BadInput
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from tests.cases.store_dump import dump
from tests.evidence.conftest import encode, structured_image


@pytest.fixture
def case(vault):
    return case_service.open_case(vault)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>",
                                 "https://exa mple.com/", "not a link"])
def test_file_with_a_bad_link_is_refused_and_nothing_stored(vault, case, tmp_path, url):
    image = tmp_path / "shot.png"
    image.write_bytes(encode(structured_image(11)))
    before = dump(vault)
    with pytest.raises(BadInput):
        evidence_service.ingest_file(vault, case, image, draft=EvidenceDraft(url=url))
    assert dump(vault) == before
    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == set()


def test_file_link_fills_what_the_link_reveals(vault, case, tmp_path):
    image = tmp_path / "shot.png"
    image.write_bytes(encode(structured_image(12)))
    outcome = evidence_service.ingest_file(
        vault, case, image, draft=EvidenceDraft(url="  https://t.me/c/1234567/89  "),
        hash_only=True)  # this case has no consent to keep copies
    item = outcome.item
    assert item.url == "https://t.me/c/1234567/89"
    assert item.platform is Platform.TELEGRAM
    assert (item.channel_id, item.message_id) == ("1234567", "89")


def test_editing_an_item_checks_a_new_link(vault, case):
    item = evidence_service.add_url_evidence(vault, case, "https://x.com/a/status/1").item
    before = dump(vault)
    with pytest.raises(BadInput):
        evidence_service.update_evidence(vault, item.id,
                                         EvidenceDraft(url="javascript:alert(1)"))
    assert dump(vault) == before
    kept = evidence_service.update_evidence(vault, item.id,
                                            EvidenceDraft(url=item.url, description="x"))
    assert kept.url == item.url and kept.description == "x"
