"""Case search finds what a case's evidence holds: chat and channel names, links (whole and
their words), senders and their IDs, message and note text, in Korean (1, 2, 3+ syllables)
and English; the index follows every evidence add, edit and erasure, an older store is
re-indexed once at unlock, and the victim's identity never enters it."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from caseapp.domain.cases import (
    CaseQuery,
    ContactChannel,
    ContactKind,
    CounsellorRole,
    Guardian,
    Victim,
)
from caseapp.domain.chat import ParticipantRole
from caseapp.domain.evidence import EvidenceDraft
from caseapp.services import cases, retention, verification
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from caseapp.services.chat_import import import_chat_export
from caseapp.store import case_search
from tests.conftest import PASSPHRASE
from tests.evidence.chat import exports as ex

ROLES = {ex.SUSPECT[1]: ParticipantRole.SUSPECT, ex.VICTIM[1]: ParticipantRole.VICTIM}


def numbers(vault, text):
    return [r.number for r in cases.list_cases(vault, CaseQuery(search=text)).items]


def docs(vault):
    return vault.cases.execute("SELECT rowid, doc FROM case_fts ORDER BY rowid").fetchall()


def rebuilt_is_identical(vault):
    before = docs(vault)
    with vault.write() as conn:
        case_search.rebuild(conn)
    return docs(vault) == before


@pytest.fixture
def chat_case(vault, tmp_path):
    """A case known only by its evidence (no incident, no tags): a Telegram room imported,
    and a second case without evidence that no search below may find."""
    case = cases.open_case(vault, pseudonym="P-1")
    cases.open_case(vault, pseudonym="P-2")
    path = ex.telegram_json_chat(tmp_path / "export")
    import_chat_export(vault, case, path, roles=ROLES, hash_only=True)
    return case


def test_a_chat_room_named_only_on_evidence_is_found(vault, chat_case):
    assert numbers(vault, "지인능욕방") == [chat_case.number]        # 5 syllables
    assert numbers(vault, "능욕방") == [chat_case.number]            # 3, trigram
    assert numbers(vault, "능욕") == [chat_case.number]              # 2, pairs index
    assert numbers(vault, "Deepfake room") == [chat_case.number]    # English, any case
    assert numbers(vault, str(ex.ROOM_ID)) == [chat_case.number]    # the chat's ID


def test_an_import_without_suspects_is_indexed_too(vault, tmp_path):
    """No suspect, so no account whose cases get re-indexed: the import itself does it."""
    case = cases.open_case(vault, pseudonym="P-0")
    import_chat_export(vault, case, ex.telegram_json_chat(tmp_path / "export"),
                       hash_only=True)
    assert numbers(vault, "능욕방") == [case.number]
    assert numbers(vault, ex.SUSPECT[1]) == [case.number]  # a sender ID, not an account
    assert rebuilt_is_identical(vault)


def test_senders_links_and_message_text_are_found(vault, chat_case):
    # a sender who is neither suspect nor victim (not an account): found by ID and name
    assert numbers(vault, ex.OTHER[1]) == [chat_case.number]
    assert numbers(vault, "익명의") == [chat_case.number]
    # a message's link (t.me/c/<chat>/<message>) and a text link's hidden target
    assert numbers(vault, f"t.me/c/{ex.ROOM_ID}/105") == [chat_case.number]
    assert numbers(vault, "another_room") == [chat_case.number]
    # message text: 4, 2 and 1 syllables, and English
    assert numbers(vault, "지우려면") == [chat_case.number]
    assert numbers(vault, "영상") == [chat_case.number]
    assert numbers(vault, "돈") == [chat_case.number]
    assert numbers(vault, "FORWARDED copy") == [chat_case.number]
    assert case_search.index_problems(vault.cases) == []
    assert rebuilt_is_identical(vault)


def test_the_victims_account_and_own_messages_stay_out(vault, chat_case):
    for text in (ex.VICTIM[0], ex.VICTIM[1], "제발", "지워주세요", "신고할게요"):
        assert numbers(vault, text) == [], text
    doc = vault.cases.execute("SELECT doc FROM case_fts WHERE rowid = ?",
                              (chat_case.id,)).fetchone()[0]
    assert ex.VICTIM[0] not in doc and ex.VICTIM[1] not in doc and "제발" not in doc


def test_a_suspect_naming_the_victim_of_the_chat_does_not_make_them_searchable(vault,
                                                                              tmp_path):
    case = cases.open_case(vault, pseudonym="P-9")
    msgs = ex.conversation()
    msgs.append(ex.Msg(111, msgs[-1].at + timedelta(minutes=1), ex.SUSPECT,
                       f"{ex.VICTIM[0]}님 계정 {ex.VICTIM[1]} 다 알아냄"))
    import_chat_export(vault, case, ex.telegram_json_chat(tmp_path / "export", msgs),
                       roles=ROLES, hash_only=True)
    assert numbers(vault, "알아냄") == [case.number]
    for text in (ex.VICTIM[0], ex.VICTIM[1]):
        assert numbers(vault, text) == [], text


def test_links_notes_and_files_are_found_and_follow_edits(vault, tmp_path):
    case = cases.open_case(vault, pseudonym="P-3")
    cases.open_case(vault, pseudonym="P-4")
    outcome = evidence_service.add_url_evidence(
        vault, case, "https://www.example.com/%EC%A7%80%EC%9D%B8%EB%B0%A9/album?tag=%EA%B2%B9")
    assert numbers(vault, "example.com/%EC") == [case.number]      # the link as written
    assert numbers(vault, "지인방") == [case.number]                 # its path, decoded
    assert numbers(vault, "겹") == [case.number]                     # its query, decoded
    assert numbers(vault, "album") == [case.number]
    evidence_service.add_note_evidence(vault, case, EvidenceDraft(
        description="Uploader threatened a second room", channel_name="비밀 공유방",
        poster_account="@leaker_77"))
    assert numbers(vault, "threatened") == [case.number]
    assert numbers(vault, "공유방") == [case.number]
    assert numbers(vault, "leaker_77") == [case.number]
    # a file item: its description and sender, never its file name
    evidence_service.ingest_file(vault, case, io.BytesIO(b"chat screenshot bytes"),
                                 filename="IMG_secret_name.png", hash_only=True,
                                 draft=EvidenceDraft(description="캡처한 협박 메시지"))
    assert numbers(vault, "협박") == [case.number]
    assert numbers(vault, "secret_name") == []
    # an edit replaces what the item said
    item = outcome.item
    evidence_service.update_evidence(vault, item.id, EvidenceDraft(
        url="https://t.me/new_channel_88", channel_name="새 채널"))
    assert numbers(vault, "album") == []
    assert numbers(vault, "new_channel_88") == [case.number]
    assert numbers(vault, "새") == [case.number]
    assert case_search.index_problems(vault.cases) == []
    assert rebuilt_is_identical(vault)


def test_the_victims_name_and_contacts_are_blanked_out_of_evidence_text(vault):
    case = cases.open_case(vault, pseudonym="P-5")
    cases.save_victim(vault, case, Victim(
        name="Kim Haneul", preferred_name="하늘이",
        contacts=(ContactChannel(ContactKind.PHONE, "010-1234-5678"),),
        guardian=Guardian("김어머니", "어머니", "010-0000-1111")))
    evidence_service.add_note_evidence(vault, case, EvidenceDraft(description=(
        "He posted KIM HANEUL's number 01012345678 and called 하늘이네 mother 김어머니 "
        "(010 0000 1111); join the room")))
    for secret in ("Kim Haneul", "haneul", "01012345678", "5678", "하늘이", "어머니", "0000"):
        assert numbers(vault, secret) == [], secret
    assert numbers(vault, "posted") == [case.number]
    assert numbers(vault, "join") == [case.number]
    assert numbers(vault, "mother") == [case.number]
    # the victim recorded after the evidence: the text is re-indexed without them
    other = cases.open_case(vault, pseudonym="P-6")
    evidence_service.add_note_evidence(vault, other, EvidenceDraft(description="박서연 사진"))
    assert numbers(vault, "박서연") == [other.number]
    cases.save_victim(vault, other, Victim(name="박서연"))
    assert numbers(vault, "박서연") == []
    assert numbers(vault, "사진") == [other.number]
    assert rebuilt_is_identical(vault)


def test_consent_withdrawal_keeps_it_findable_and_erasure_removes_it(vault, tmp_path):
    case = cases.open_case(vault, pseudonym="P-7")
    cases.record_consent(vault, case, "copies", granted=True, how="written")
    import_chat_export(vault, case, ex.telegram_json_chat(tmp_path / "export"), roles=ROLES)
    from caseapp.services import evidence_consent

    evidence_consent.record_consent(vault, case, "copies", granted=False, how="written")
    assert numbers(vault, "능욕방") == [case.number]  # metadata kept, content gone
    cases.add_counsellor(vault, "팀장", CounsellorRole.SUPERVISOR, pin="314159")
    retention.delete_case(vault, case, confirmed_by="팀장", supervisor_pin="314159",
                          victim_request=True, compact=False)
    assert numbers(vault, "능욕방") == []
    assert case_search.index_problems(vault.cases) == []


def test_a_store_indexed_before_evidence_counted_is_reindexed_once_at_unlock(data_dir, new_store,
                                                                           tmp_path):
    vault = new_store.vault
    case = cases.open_case(vault, pseudonym="P-8")
    import_chat_export(vault, case, ex.telegram_json_chat(tmp_path / "export"), roles=ROLES,
                       hash_only=True)
    evidence_service.add_url_evidence(vault, case, "https://example.org/leak-page")
    with vault.write() as conn:  # the index as an older version left it: no evidence text
        conn.execute("DELETE FROM meta WHERE key = ?", (case_search.VERSION_KEY,))
        for table in ("case_fts", "case_fts_pairs", "case_fts_letters"):
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (case.id,))
        doc = case_search.build_document(case.number, case.pseudonym, (), (), [])
        case_search.insert_documents(conn, [(case.id, doc)])
    assert numbers(vault, "능욕방") == []
    assert any("older version" in p for p in verification.verify_all(vault))
    vault.close()

    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="tester")
    try:
        assert numbers(vault, "능욕방") == [case.number]
        assert numbers(vault, "leak-page") == [case.number]
        assert numbers(vault, "지우려면") == [case.number]
        assert verification.verify_all(vault) == []
        assert upgrades(vault) == [{"cases": 1, "reason": "upgrade",
                                    "version": case_search.DOCUMENT_VERSION}]
    finally:
        vault.close()
    vault = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="tester")
    try:
        assert len(upgrades(vault)) == 1  # once: the store remembers its index is current
    finally:
        vault.close()


def upgrades(vault):
    return [vault.readable_details(details) for action, details in vault.cases.execute(
        "SELECT action, details FROM audit_event ORDER BY rowid")
        if action == "search_index.rebuilt"]


def test_a_case_imported_from_another_store_is_found_by_its_evidence(vault, tmp_path):
    from caseapp.services import case_io
    from tests.conftest import FAST_KDF

    case = cases.open_case(vault, pseudonym="P-10")
    import_chat_export(vault, case, ex.telegram_json_chat(tmp_path / "export"), roles=ROLES,
                       hash_only=True)
    document, _warnings = case_io.build_export(vault, [case.number])
    other = vault_service.create_store(tmp_path / "other", PASSPHRASE, actor="tester",
                                       params=FAST_KDF, allow_weak_kdf=True).vault
    try:
        case_io.import_document(other, document)
        assert numbers(other, "능욕방") == [case.number]
        assert numbers(other, ex.OTHER[1]) == [case.number]
        assert numbers(other, "지우려면") == [case.number]
        assert case_search.index_problems(other.cases) == []
    finally:
        other.close()
