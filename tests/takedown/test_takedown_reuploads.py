"""Re-uploads: when removed material turns up again (a new URL, or a PDQ match at evidence
ingest) one action creates a linked request, and the chain for one image is visible."""

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from caseapp.domain.takedowns import LinkKind, TakedownStatus
from caseapp.errors import BadInput, NotAllowed
from caseapp.services import cases, takedowns
from caseapp.services import evidence as evidence_service
from tests.takedown.conftest import dump, kst, url_evidence

URL = "https://t.me/leakroom/42"


def _photo(seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    noise = (rng.random((60, 80, 3)) * 255).astype(np.uint8)
    image = Image.fromarray(noise).resize((640, 480), Image.Resampling.BICUBIC)
    image = image.filter(ImageFilter.GaussianBlur(4))
    draw = ImageDraw.Draw(image)
    for _ in range(10):
        x, y = (int(v) for v in rng.integers(0, 560, 2))
        draw.rectangle((x, y % 400, x + 80, y % 400 + 60),
                       fill=tuple(int(c) for c in rng.integers(0, 256, 3)))
    return image


def _encoded(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **({"quality": 80} if fmt == "JPEG" else {}))
    return out.getvalue()


def _removed(vault, case, url=URL, evidence=()):
    request = takedowns.create_request(vault, case.number, url, "telegram", evidence=evidence)
    takedowns.submit(vault, request, at=kst(2024, 3, 1, 10))
    return takedowns.set_status(vault, request, "removed", at=kst(2024, 3, 2, 10),
                                verified_at=kst(2024, 3, 2, 11))


def test_one_action_links_a_reupload_and_the_chain_shows_every_request(vault, case):
    first_item = url_evidence(vault, case, URL)
    first = _removed(vault, case, evidence=[first_item.code])
    new_item = url_evidence(vault, case, "https://t.me/mirror_room/9")
    again = takedowns.reupload(vault, first, "https://t.me/mirror_room/9",
                               evidence=[new_item.id])
    assert again.link is LinkKind.REUPLOAD and again.parent_id == first.id
    assert again.status is TakedownStatus.DRAFT and again.recipient_name == "Telegram"
    assert set(again.evidence_ids) == {first_item.id, new_item.id}
    takedowns.submit(vault, again, at=kst(2024, 4, 1, 10))
    takedowns.set_status(vault, again, "removed", at=kst(2024, 4, 2, 10))
    third = takedowns.reupload(vault, again, "https://example.org/leak.jpg",
                               recipient="hosting_abuse")
    chain = takedowns.chain(vault, first)
    assert [r.code for r in chain] == [first.code, again.code, third.code]
    assert takedowns.chain(vault, third) == chain
    assert third.root_id == first.id and third.parent_id == again.id
    assert third.action.value == "delete"


def test_a_reupload_needs_a_request_that_was_sent(vault, case):
    draft = takedowns.create_request(vault, case.number, URL, "telegram")
    with pytest.raises(NotAllowed):
        takedowns.reupload(vault, draft, "https://t.me/other/1")


def test_a_pdq_match_at_ingest_becomes_a_linked_reupload_in_one_step(vault, case):
    cases.record_consent(vault, case.number, "copies", True, "written",
                         at="2024-01-01T09:00:00+09:00")
    photo = _photo(7)
    original = evidence_service.ingest_file(vault, case.number, io.BytesIO(
        _encoded(photo, "PNG")), filename="capture.png").item
    first = _removed(vault, case, evidence=[original.id])
    # the same picture, re-encoded and re-posted elsewhere
    outcome = evidence_service.ingest_file(
        vault, case.number, io.BytesIO(_encoded(photo, "JPEG")), filename="again.jpg")
    assert [m.evidence_id for m in outcome.matches] == [original.id]
    candidates = takedowns.reupload_candidates(vault, [m.evidence_id for m in outcome.matches])
    assert [c.id for c in candidates] == [first.id]
    again = takedowns.reupload_for_match(vault, outcome.item.id, outcome.matches[0].evidence_id,
                                         url="https://t.me/newroom/3")
    assert again.parent_id == first.id and again.link is LinkKind.REUPLOAD
    assert outcome.item.id in again.evidence_ids
    # without an address the counsellor is asked for one, and nothing is stored
    before = dump(vault)
    with pytest.raises(BadInput):
        takedowns.reupload_for_match(vault, outcome.item.id, original.id)
    assert dump(vault) == before


def test_reupload_counts_appear_in_the_figures(vault, case):
    first = _removed(vault, case)
    takedowns.reupload(vault, first, "https://t.me/mirror_room/9")
    telegram = next(f for f in takedowns.figures(vault) if f.recipient_name == "Telegram")
    assert telegram.reuploads == 1 and telegram.removed == 1
