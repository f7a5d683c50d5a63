"""Requests travel with their case in the whole-case JSON export: a round trip through a
fresh store gives the same document; a broken takedowns section names its place and stores
nothing."""

import copy

import pytest

from caseapp.errors import BadImport
from caseapp.services import case_io, takedowns
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.takedown.conftest import dump, kst


@pytest.fixture
def other_vault(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    created = vault_service.create_store(folder, PASSPHRASE, organisation="Other Centre",
                                         actor="importer", params=FAST_KDF, allow_weak_kdf=True)
    yield created.vault
    created.vault.close()


def _history(vault, case):
    first = takedowns.create_request(vault, case.number, "https://t.me/leakroom/42", "x",
                                     keywords="제목", description="합성 이미지")
    takedowns.submit(vault, first, at=kst(2024, 3, 1, 10), reference="X-9")
    takedowns.set_status(vault, first, "rejected", at=kst(2024, 3, 2, 10))
    second = takedowns.escalate(vault, first)
    takedowns.submit(vault, second, at=kst(2024, 3, 3, 10))
    takedowns.set_status(vault, second, "removed", at=kst(2024, 3, 4, 10),
                         verified_at=kst(2024, 3, 4, 11))
    takedowns.reupload(vault, second, "https://예시.한국/사진")
    takedowns.add_recipient(vault, _own_recipient())
    last = takedowns.create_request(vault, case.number, "@leak_channel", "Local forum",
                                    target_kind="account")
    first_task = takedowns.tasks(vault, last, open_only=True)[0]
    takedowns.complete_follow_up(vault, first_task.id, note="보류: 담당자 확인 중")


def _own_recipient():
    from caseapp.domain.takedowns import RecipientDraft

    return RecipientDraft("Local forum", "platform", "email", email="abuse@forum.example")


def test_takedowns_round_trip_through_a_fresh_store(vault, case, other_vault):
    _history(vault, case)
    document, _warnings = case_io.build_export(vault, [case.number])
    section = document["cases"][0]["takedowns"]
    assert [r["code"] for r in section] == [f"T-{case.number}-00{n}" for n in (1, 2, 3, 4)]
    assert section[1]["parent"] == section[0]["code"] and section[2]["root"] == section[0]["code"]
    case_io.import_document(other_vault, copy.deepcopy(document))
    again, _ = case_io.build_export(other_vault, [case.number])
    assert case_io.without_export_time(again) == case_io.without_export_time(document)
    imported = takedowns.list_requests(other_vault, case.number)
    assert imported[2].target == "https://예시.한국/사진"
    assert [r.code for r in takedowns.chain(other_vault, imported[2])] == \
        [r.code for r in imported[:3]]
    assert takedowns.get_recipient(other_vault, "Local forum").email == "abuse@forum.example"
    assert [t.note for t in takedowns.tasks(other_vault, imported[3])] == ["보류: 담당자 확인 중"]
    # the follow-ups came along: the re-checks of the removal are in the new store's queue
    assert any(row.request_code == imported[1].code
               for row in takedowns.queue(other_vault, as_of=kst(2024, 3, 20, 9)).items)


@pytest.mark.parametrize("field, value, where", [
    ("status", "lost", ".takedowns[0].status"),
    ("target", "javascript:alert(1)", ".takedowns[0].target"),
    ("code", "T-1999-0001-001", ".takedowns[0].code"),
    ("parent", "T-2099-0001-009", ".takedowns[0].parent"),
])
def test_a_broken_takedowns_section_names_its_place_and_stores_nothing(
        vault, case, other_vault, field, value, where):
    _history(vault, case)
    document, _ = case_io.build_export(vault, [case.number])
    document["cases"][0]["takedowns"][0][field] = value
    before = dump(other_vault)
    with pytest.raises(BadImport) as info:
        case_io.import_document(other_vault, document)
    assert where in info.value.message()
    assert dump(other_vault) == before
