"""Case list and search: trigram FTS for Korean substrings (2 and 3 syllables) and English
words, filters, sort, keyset paging, and nothing identifying in the index."""

from datetime import UTC, date, datetime, timedelta

import pytest

from caseapp.domain.cases import AccountRef, CaseQuery, SortField
from caseapp.errors import BadInput
from caseapp.services import cases
from caseapp.store import case_search


@pytest.fixture
def sample(vault):
    kim = cases.add_counsellor(vault, "김상담")
    a = cases.open_case(vault, pseudonym="민들레-1", tags=["deepfake"], risk="high",
                        counsellor_id=kim.id)
    cases.add_incident(vault, a, description="합성 사진이 유포됨", platform="telegram",
                       place="지인능욕방")
    b = cases.open_case(vault, pseudonym="Robin-2", tags=["sextortion", "minor_victim"],
                        risk="critical")
    cases.add_incident(vault, b, description="Threatened to send the video to her family",
                       platform="instagram", place="campus exposed",
                       accounts=[AccountRef("instagram", "@bad_actor_99")])
    c = cases.open_case(vault, pseudonym="해바라기-3", tags=["ncii"], risk="low")
    cases.add_incident(vault, c, description="전 연인이 영상을 올림", platform="x",
                       place="겹지인방 공지")
    cases.change_status(vault, c, "active")
    return {"a": a, "b": b, "c": c, "kim": kim}


def numbers(vault, **query):
    return [r.number for r in cases.list_cases(vault, CaseQuery(**query)).items]


def test_korean_three_syllable_substring_of_a_chat_room(vault, sample):
    assert numbers(vault, search="능욕방") == [sample["a"].number]


def test_korean_two_syllable_substring_shorter_than_a_trigram(vault, sample):
    assert numbers(vault, search="능욕") == [sample["a"].number]
    assert set(numbers(vault, search="지인")) == {sample["a"].number, sample["c"].number}


def test_one_character_and_mixed_terms(vault, sample):
    assert numbers(vault, search="겹") == [sample["c"].number]
    assert numbers(vault, search="지인 공지") == [sample["c"].number]


def test_english_words_any_case_and_platform_names_in_both_languages(vault, sample):
    assert numbers(vault, search="THREATENED") == [sample["b"].number]
    assert numbers(vault, search="campus") == [sample["b"].number]
    assert numbers(vault, search="텔레그램") == [sample["a"].number]
    assert numbers(vault, search="Telegram") == [sample["a"].number]
    assert numbers(vault, search="인스타그램") == [sample["b"].number]


def test_number_pseudonym_tags_and_accounts_are_searchable(vault, sample):
    assert numbers(vault, search=sample["b"].number) == [sample["b"].number]
    assert numbers(vault, search="해바라기") == [sample["c"].number]
    assert numbers(vault, search="sextortion") == [sample["b"].number]
    assert numbers(vault, search="bad_actor") == [sample["b"].number]


def test_search_text_with_quotes_wildcards_and_sql_is_plain_text(vault, sample):
    for text in ['"', "%", "' OR 1=1 --", 'a" OR "b', "NEAR(", "*", "지인%", "_인"]:
        assert numbers(vault, search=text) == []
    # '_' is a literal underscore, not a LIKE wildcard
    assert numbers(vault, search="_") == [sample["b"].number]
    assert numbers(vault, search="r_9") == [sample["b"].number]


def test_filters_status_risk_tag_counsellor(vault, sample):
    assert numbers(vault, statuses=("active",)) == [sample["c"].number]
    assert set(numbers(vault, risks=("high", "critical"))) == {sample["a"].number,
                                                              sample["b"].number}
    assert numbers(vault, tags=("minor_victim",)) == [sample["b"].number]
    assert numbers(vault, tags=("minor_victim", "sextortion")) == [sample["b"].number]
    assert numbers(vault, counsellor_id=sample["kim"].id) == [sample["a"].number]
    assert numbers(vault, search="지인", statuses=("intake",)) == [sample["a"].number]


def test_date_range_filter(vault, sample):
    today = datetime.now(UTC).date()
    assert len(numbers(vault, opened_from=today, opened_to=today)) == 3
    assert numbers(vault, opened_to=today - timedelta(days=1)) == []
    assert numbers(vault, opened_from=date(2000, 1, 1), opened_to=date(2000, 12, 31)) == []


def test_sort_by_last_update_and_by_risk(vault, sample):
    # c changed status last, so it leads the default list
    assert numbers(vault)[0] == sample["c"].number
    cases.update_case(vault, sample["a"], summary="touched")
    assert numbers(vault)[0] == sample["a"].number
    assert numbers(vault, sort=SortField.RISK) == [sample["b"].number, sample["a"].number,
                                                   sample["c"].number]
    assert numbers(vault, sort="number", descending=False) == sorted(
        s.number for s in (sample["a"], sample["b"], sample["c"]))


@pytest.mark.parametrize("sort", list(SortField))
def test_keyset_pages_walk_the_whole_list_once(vault, sort):
    for i in range(23):
        cases.open_case(vault, pseudonym=f"p{i % 7}", risk=("low", "high", "medium")[i % 3])
    full = numbers(vault, sort=sort, limit=100)
    walked, after = [], None
    while True:
        page = cases.list_cases(vault, CaseQuery(sort=sort, limit=5, after=after))
        walked.extend(r.number for r in page.items)
        if not page.has_more:
            break
        after = page.next_after
    assert walked == full and len(set(walked)) == 23
    assert numbers(vault, sort=sort, limit=5, offset=5) == full[5:10]
    assert cases.count_cases(vault, CaseQuery()) == 23


def test_bad_queries_are_refused_clearly(vault):
    with pytest.raises(BadInput):
        CaseQuery(limit=0)
    with pytest.raises(BadInput):
        CaseQuery(statuses=("lost",))
    with pytest.raises(BadInput):
        CaseQuery(sort="victim_name")


def test_index_stays_in_step_and_rebuild_is_identical(vault, sample):
    assert case_search.index_problems(vault.cases) == []
    before = vault.cases.execute("SELECT rowid, doc FROM case_fts ORDER BY rowid").fetchall()
    with vault.write() as conn:
        case_search.rebuild(conn)
    after = vault.cases.execute("SELECT rowid, doc FROM case_fts ORDER BY rowid").fetchall()
    assert after == before
    with vault.write() as conn:
        conn.execute("DELETE FROM case_file WHERE id = ?", (sample["a"].id,))
    assert case_search.index_problems(vault.cases) == []


def test_verify_checks_the_search_index(vault, sample):
    from caseapp.services import verification

    assert verification.verify_all(vault) == []
    with vault.write() as conn:
        conn.execute("DELETE FROM case_fts WHERE rowid = ?", (sample["b"].id,))
    problems = verification.verify_all(vault)
    assert any("search index out of step" in p for p in problems)
    assert cases.rebuild_search_index(vault) == 3
    assert verification.verify_all(vault) == []
    assert numbers(vault, search="campus") == [sample["b"].number]


def test_dense_and_rare_searches_give_the_same_rows(vault, monkeypatch):
    for i in range(12):
        case = cases.open_case(vault, pseudonym=f"c{i}")
        cases.add_incident(vault, case, place="지인능욕방" if i % 3 else "다른 방")
    expected = numbers(vault, search="능욕방", limit=100)
    assert len(expected) == 8
    monkeypatch.setattr(case_search, "DENSE", 2)  # force the index-walk plan
    assert numbers(vault, search="능욕방", limit=100) == expected
    assert numbers(vault, search="능욕", limit=3) == expected[:3]


def test_one_letter_search_is_answered_by_the_letters_index(vault, sample):
    assert set(numbers(vault, search="방")) == {sample["a"].number, sample["c"].number}
    assert numbers(vault, search="겹") == [sample["c"].number]  # first letter of a word
    assert numbers(vault, search="공") == [sample["c"].number]
    assert numbers(vault, search="R") == numbers(vault, search="r")
    assert cases.catch_up_search(vault) == 3  # the app does it when it locks
    assert case_search.letters_waiting(vault.cases) == 0
    assert numbers(vault, search="겹") == [sample["c"].number]
    # the answer comes from the index, not a scan of the text: without c's letters row,
    # its one-letter search no longer finds it while longer searches still do
    with vault.write() as conn:
        conn.execute("DELETE FROM case_fts_letters WHERE rowid = ?", (sample["c"].id,))
    assert numbers(vault, search="겹") == []
    assert numbers(vault, search="겹지인방") == [sample["c"].number]
    assert any("one-letter search index out of step" in p
               for p in case_search.index_problems(vault.cases))


def test_a_store_from_before_the_letters_index_gets_it_on_open(tmp_path, monkeypatch):
    """Migration 0012 indexes the cases an older store already holds."""
    from caseapp.services import vault as vault_service
    from caseapp.store import schema
    from tests.conftest import FAST_KDF, PASSPHRASE

    data = tmp_path / "data"
    vault = vault_service.create_store(data, PASSPHRASE, actor="tester", params=FAST_KDF,
                                       allow_weak_kdf=True).vault
    case = cases.open_case(vault, pseudonym="김하늘-1")
    cases.add_incident(vault, case, place="겹지인방, 공지")
    vault.cases.executescript("""  -- the schema as version 11 left it
            BEGIN;
            DROP TRIGGER case_file_fts_delete;
            DROP TABLE case_fts_letters;
            CREATE TRIGGER case_file_fts_delete AFTER DELETE ON case_file BEGIN
                DELETE FROM case_fts WHERE rowid = OLD.id;
                DELETE FROM case_fts_pairs WHERE rowid = OLD.id;
            END;
            PRAGMA user_version = 11;
            COMMIT;""")
    vault.close()
    # Migrations after 0012 already ran when the store was made (their tables are there):
    # replayed as no-ops, so only 0012 does real work on this "version 11" store.
    every = schema.available
    monkeypatch.setattr(schema, "available", lambda spec: [
        (n, sql if n <= 12 or spec.filename != "cases.db" else "SELECT 1;")
        for n, sql in every(spec)])

    vault = vault_service.unlock(data, passphrase=PASSPHRASE, actor="tester")
    try:
        assert vault.cases.execute("PRAGMA user_version").fetchone()[0] >= 12
        assert numbers(vault, search="김") == [case.number]
        assert numbers(vault, search="공") == [case.number]
        assert numbers(vault, search=",") == [case.number]  # punctuation: the text scan
        assert case_search.index_problems(vault.cases) == []
        with vault.write() as conn:
            conn.execute("DELETE FROM case_file WHERE id = ?", (case.id,))
        assert case_search.index_problems(vault.cases) == []
    finally:
        vault.close()


def test_sort_by_counsellor_and_by_tag_walks_in_pages(vault):
    kim = cases.add_counsellor(vault, "Kim")
    lee = cases.add_counsellor(vault, "Lee")
    made = []
    for i in range(11):
        who = (kim, lee, None)[i % 3]
        tags = (["sextortion"], ["deepfake", "학교"], [])[i % 3]
        made.append(cases.open_case(vault, counsellor_id=who.id if who else None, tags=tags))
    by_name = numbers(vault, sort=SortField.COUNSELLOR, descending=False, limit=100)
    names = {c.number: ("" if c.counsellor_id is None else
                        "Kim" if c.counsellor_id == kim.id else "Lee") for c in made}
    assert [names[n] for n in by_name] == sorted(names[n] for n in by_name)
    by_tag = numbers(vault, sort=SortField.TAGS, descending=True, limit=100)
    first = {c.number: min(c.tags, default="") for c in made}
    assert [first[n] for n in by_tag] == sorted((first[n] for n in by_tag), reverse=True)
    walked, after = [], None
    while True:
        page = cases.list_cases(vault, CaseQuery(sort=SortField.TAGS, descending=True,
                                                 limit=4, after=after))
        walked.extend(r.number for r in page.items)
        if not page.has_more:
            break
        after = page.next_after
    assert walked == by_tag


def test_a_write_only_notes_its_case_and_searches_never_lag(vault, sample):
    """A case write leaves its one-letter entry waiting (keeping it current cost 69 % more
    per write at 100,000 cases); a one-letter search reads waiting cases' text, so it finds
    what was just written, before and after the catch-up, and verify is content either way."""
    cases.catch_up_search(vault)
    before = vault.cases.execute("SELECT count(*) FROM case_fts_letters").fetchone()[0]
    cases.add_incident(vault, sample["a"], description="뷁 새 글자", platform="telegram")
    new = cases.open_case(vault, pseudonym="똠양-4")
    assert case_search.letters_waiting(vault.cases) == 2
    assert vault.cases.execute("SELECT count(*) FROM case_fts_letters").fetchone()[0] == before
    assert numbers(vault, search="뷁") == [sample["a"].number]
    assert numbers(vault, search="똠") == [new.number]
    assert numbers(vault, search="겹") == [sample["c"].number]  # not waiting: the index
    assert set(numbers(vault, search="방")) == {sample["a"].number, sample["c"].number}
    assert case_search.index_problems(vault.cases) == []
    assert cases.catch_up_search(vault) == 2
    assert case_search.letters_waiting(vault.cases) == 0
    assert numbers(vault, search="뷁") == [sample["a"].number]
    assert numbers(vault, search="똠") == [new.number]
    assert case_search.index_problems(vault.cases) == []
    cases.add_incident(vault, new, description="또 다른 글")
    with vault.write() as conn:  # erasing a case with a waiting entry leaves nothing behind
        conn.execute("DELETE FROM case_file WHERE id = ?", (new.id,))
    assert case_search.letters_waiting(vault.cases) == 0
    assert case_search.index_problems(vault.cases) == []


def test_many_waiting_entries_are_brought_up_to_date_in_bulk(vault, monkeypatch):
    monkeypatch.setattr(case_search, "CATCH_UP_AT", 5)
    made = [cases.open_case(vault, pseudonym=f"늘-{i}") for i in range(7)]
    assert case_search.letters_waiting(vault.cases) == 2  # caught up at the fifth
    assert sorted(numbers(vault, search="늘", limit=50)) == sorted(c.number for c in made)
