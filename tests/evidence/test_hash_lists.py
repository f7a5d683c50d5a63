"""Known-material hash lists: import (refused whole on a bad line unless bad lines are
skipped), evidence checked against every list whichever arrives first, rotated copies caught
by PDQ, a case's hashes exported as a list that imports again, and the in-memory index kept
up to date without rebuilding."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from caseapp.domain.hash_lists import HashListFormat, MatchMethod
from caseapp.errors import BadImport, BadInput, NotFound
from caseapp.evidence.hash_list_file import read_hash_list
from caseapp.evidence.images import analyse_image
from caseapp.evidence.matching import PDQ_MATCH_THRESHOLD, hamming
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import hash_lists, pdq_index
from tests.cases.store_dump import audit_actions, dump
from tests.evidence.conftest import encode, structured_image


@pytest.fixture
def case(vault):
    opened = case_service.open_case(vault, pseudonym="해바라기-7")
    case_service.record_consent(vault, opened, "copies", True, "written")
    return opened


def image_file(tmp_path, name, seed, **transform):
    image = structured_image(seed)
    if transform.get("rotate"):
        image = image.transpose(Image.Transpose.ROTATE_90)
    path = tmp_path / name
    path.write_bytes(encode(image, "JPEG" if name.endswith(".jpg") else "PNG", quality=85))
    return path


def facts(path):
    found = analyse_image(path.read_bytes()).facts
    assert found is not None and found.pdq_usable
    return found


def write_list(tmp_path, text, name="list.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_list_with_a_bad_line_is_refused_whole_and_skip_bad_imports_the_rest(vault,
                                                                             tmp_path):
    a, b, c = (image_file(tmp_path, f"{n}.png", n) for n in (1, 2, 3))
    text = ("sha256,md5,pdq,pdq_quality,label\n"
            f"{sha256(a)},,,,first\n"
            f",{md5(b)},,,second\n"
            f",,{facts(c).pdq_hex},100,third\n"
            "not-a-hash,,,,broken\n")
    path = write_list(tmp_path, text)
    before = dump(vault)
    with pytest.raises(hash_lists.BadLines) as refused:
        hash_lists.import_list(vault, path, source="partner")
    assert dump(vault) == before  # nothing stored, not even the audit event
    assert [p.line for p in refused.value.problems] == [5]
    assert refused.value.lines("en") == [
        "line 5: not a SHA-256 hash: it must be 64 hexadecimal digits"]
    assert refused.value.lines("ko") == [
        "5행: SHA-256 해시가 아닙니다. 16진수 64자리여야 합니다"]
    assert "--skip-bad" in refused.value.message("en")

    result = hash_lists.import_list(vault, path, source="partner", label="2026-11 batch",
                                    skip_bad=True)
    listed = result.hash_list
    assert (listed.entry_count, listed.skipped_lines) == (3, 1)
    assert (listed.sha256_count, listed.md5_count, listed.pdq_count) == (1, 1, 1)
    assert (listed.source, listed.label, listed.imported_by) == ("partner", "2026-11 batch",
                                                                  vault.actor)
    assert [p.line for p in result.skipped] == [5]
    event = vault.cases.execute("SELECT details FROM audit_event WHERE action = ?",
                                ("hashlist.imported",)).fetchone()
    details = json.loads(event[0])
    assert details["entries"] == 3 and details["skipped_lines"] == [5]
    assert details["source"] == "partner" and details["file_sha256"] == sha256(path)


def test_later_and_earlier_evidence_is_flagged_by_sha256_md5_and_pdq(vault, case, tmp_path):
    earlier = image_file(tmp_path, "earlier.png", 1)
    evidence_service.ingest_file(vault, case, earlier)
    by_md5, by_pdq, unrelated = (image_file(tmp_path, f"{n}.png", n) for n in (2, 3, 4))
    path = write_list(tmp_path, (
        "sha256,md5,pdq,pdq_quality,label\n"
        f"{sha256(earlier)},,,,known one\n"
        f",{md5(by_md5)},,,known two\n"
        f",,{facts(by_pdq).pdq_hex},90,known three\n"))
    result = hash_lists.import_list(vault, path, source="police")
    assert result.matches == 1  # the item stored before the list arrived

    second = evidence_service.ingest_file(vault, case, by_md5)
    third = evidence_service.ingest_file(vault, case, image_file(tmp_path, "3.jpg", 3))
    fourth = evidence_service.ingest_file(vault, case, unrelated)
    assert [(m.method, m.entry_label) for m in second.list_matches] == [
        (MatchMethod.MD5, "known two")]
    assert [(m.method, m.source) for m in third.list_matches] == [(MatchMethod.PDQ, "police")]
    assert third.list_matches[0].distance <= PDQ_MATCH_THRESHOLD
    assert fourth.list_matches == ()

    found = hash_lists.matches(vault, case=case.number)
    assert [(m.code, m.method) for m in found] == [
        (f"E-{case.number}-001", MatchMethod.SHA256), (f"E-{case.number}-002", MatchMethod.MD5),
        (f"E-{case.number}-003", MatchMethod.PDQ)]
    assert hash_lists.match_summary(vault) == (3, 1)
    assert "hashlist.matched" in audit_actions(vault)


def test_a_rotated_copy_matches_a_pdq_entry_whichever_comes_first(vault, case, tmp_path):
    original = image_file(tmp_path, "original.png", 7)
    rotated = image_file(tmp_path, "rotated.jpg", 7, rotate=True)
    assert hamming(facts(original).pdq_hex, facts(rotated).pdq_hex) > PDQ_MATCH_THRESHOLD
    path = write_list(tmp_path, f"pdq {facts(original).pdq_hex} 100 known\n", "list.txt")

    hash_lists.import_list(vault, path, source="platform")
    later = evidence_service.ingest_file(vault, case, rotated)
    assert [(m.method, m.transform) for m in later.list_matches] == [
        (MatchMethod.PDQ, "rotate90")]

    # a second list arriving after the rotated copy was stored finds it too
    hash_lists.import_list(vault, path, source="partner")
    assert sorted(m.source for m in hash_lists.matches(vault, evidence_id=later.item.id)) == [
        "partner", "platform"]


@pytest.mark.parametrize("fmt", list(HashListFormat))
def test_a_cases_hashes_export_as_a_list_that_imports_again(vault, case, tmp_path, fmt):
    items = [evidence_service.ingest_file(vault, case, image_file(tmp_path, f"{n}.png", n)).item
             for n in (1, 2)]
    evidence_service.add_url_evidence(vault, case, "https://example.com/post/1")
    out = tmp_path / f"out.{fmt.value}"
    assert hash_lists.export_case_hashes(vault, case, out, fmt=fmt) == 2
    text = out.read_text(encoding="utf-8")
    assert "해바라기" not in text and case.pseudonym not in text  # no victim data
    assert items[0].sha256 in text and items[0].md5 in text and items[0].pdq_hex in text

    result = hash_lists.import_list(vault, out, source="our own export")
    assert result.skipped == ()
    assert result.matches == 2  # every exported item is on the re-imported list
    methods = {m.method for m in hash_lists.matches(vault, evidence_id=items[0].id)}
    assert MatchMethod.SHA256 in methods

    one = tmp_path / f"one.{fmt.value}"
    assert hash_lists.export_case_hashes(vault, case, one, fmt=fmt, items=[items[1].code]) == 1
    assert items[0].sha256 not in one.read_text(encoding="utf-8")
    with pytest.raises(NotFound):
        hash_lists.export_case_hashes(vault, case, one, fmt=fmt, items=["E-nope"])
    assert "evidence.hashes_exported" in audit_actions(vault)


def test_removing_a_list_removes_its_matches_and_is_audited(vault, case, tmp_path):
    a = image_file(tmp_path, "a.png", 1)
    evidence_service.ingest_file(vault, case, a)
    listed = hash_lists.import_list(vault, write_list(tmp_path, f"sha256 {sha256(a)}\n",
                                                      "l.txt"), source="partner").hash_list
    assert len(hash_lists.matches(vault)) == 1
    hash_lists.remove_list(vault, str(listed.id))
    assert hash_lists.matches(vault) == [] and hash_lists.list_lists(vault) == []
    assert "hashlist.removed" in audit_actions(vault)
    with pytest.raises(NotFound):
        hash_lists.remove_list(vault, listed.id)


@pytest.mark.parametrize("text", ["", "# only a comment\n", "sha256,label\n"])
def test_a_list_without_entries_is_refused(vault, tmp_path, text):
    before = dump(vault)
    with pytest.raises(BadImport):
        hash_lists.import_list(vault, write_list(tmp_path, text), source="partner")
    assert dump(vault) == before


def test_source_is_required(vault, tmp_path):
    path = write_list(tmp_path, "md5 " + "0" * 32 + "\n", "l.txt")
    with pytest.raises(BadInput):
        hash_lists.import_list(vault, path, source="  ")


@pytest.mark.parametrize(("line", "problem"), [
    ("md5 1234", "not an MD5 hash"),
    ("pdq " + "0" * 64 + " 101", "quality must be a whole number"),
    ("sha1 " + "0" * 40, "unknown hash type 'sha1'"),
    ("pdq", "needs the hash"),
])
def test_each_malformed_text_line_is_named(vault, tmp_path, line, problem):
    path = write_list(tmp_path, "md5 " + "0" * 32 + "\n" + line + "\n", "l.txt")
    with pytest.raises(hash_lists.BadLines) as refused:
        hash_lists.import_list(vault, path, source="partner")
    assert refused.value.problems[0].line == 2
    assert problem in refused.value.lines("en")[0]


def test_the_reference_pdq_hasher_output_imports(vault, tmp_path):
    text = "f" * 64 + ",100,/photos/a.jpg\n" + "0" * 64 + ",40,/photos/b.jpg\n"
    result = hash_lists.import_list(vault, write_list(tmp_path, text, "pdq.txt"),
                                    source="platform")
    assert result.hash_list.pdq_count == 2
    # the low-quality hash is stored but not matched
    index_rows = pdq_index.search(vault, ["0" * 64], groups=pdq_index.only_lists)
    assert index_rows == []
    assert [m.key for m in pdq_index.search(vault, ["f" * 64])] != []


def test_the_index_follows_inserts_and_deletes_without_rebuilding(vault, case, tmp_path):
    first = evidence_service.ingest_file(vault, case, image_file(tmp_path, "1.png", 1))
    assert pdq_index.builds(vault) == 1
    for n in range(2, 6):
        evidence_service.ingest_file(vault, case, image_file(tmp_path, f"{n}.png", n))
    assert pdq_index.builds(vault) == 1  # loaded once, then caught up per ingest
    index = pdq_index.index_of(vault)
    assert index is not None and index.merges <= 1
    copy = facts(image_file(tmp_path, "again.jpg", 1))
    assert [m.key for m in pdq_index.search(vault, copy.dihedral,
                                            groups=pdq_index.only_evidence)] == [first.item.id]

    # an item erased (its row deleted, the PDQ row by cascade) leaves the index at once
    with vault.write() as conn:
        conn.execute("DELETE FROM evidence_item WHERE id = ?", (first.item.id,))
    assert pdq_index.search(vault, copy.dihedral, groups=pdq_index.only_evidence) == []
    assert pdq_index.builds(vault) == 1


def test_the_index_loads_page_by_page_and_misses_nothing(new_store, case, tmp_path,
                                                          monkeypatch):
    from caseapp.services import vault as vault_service
    from tests.conftest import PASSPHRASE

    vault = new_store.vault
    paths = [image_file(tmp_path, f"{n}.png", n) for n in range(1, 6)]
    for path in paths[:3]:
        evidence_service.ingest_file(vault, case, path)
    text = "".join(f"pdq {facts(p).pdq_hex}\n" for p in paths[3:])
    hash_lists.import_list(vault, write_list(tmp_path, text, "l.txt"), source="partner")
    data_dir = vault.data_dir
    vault.close()
    monkeypatch.setattr(pdq_index, "PAGE", 2)
    again = vault_service.unlock(data_dir, passphrase=PASSPHRASE, actor="tester")
    try:
        assert pdq_index.warm(again) == 5  # 3 evidence + 2 entries, read 2 rows at a time
        assert pdq_index.builds(again) == 1
        for path in paths:
            assert len(pdq_index.search(again, facts(path).dihedral)) == 1
    finally:
        again.close()


def test_a_write_that_rolls_back_leaves_the_index_as_committed(vault, case, tmp_path):
    path = image_file(tmp_path, "1.png", 1)
    query = facts(path).dihedral
    assert pdq_index.search(vault, query) == []
    with pytest.raises(RuntimeError), vault.write() as conn:
        conn.execute("INSERT INTO hash_list (source, label, file_name, file_sha256,"
                     " imported_at, imported_by, entry_count) VALUES"
                     " ('x', 'x', 'x', 'x', '2026-01-01T00:00:00+00:00', 'x', 1)")
        list_id = conn.execute("SELECT max(id) FROM hash_list").fetchone()[0]
        conn.execute("INSERT INTO hash_list_entry (list_id, line, pdq) VALUES (?, 1, ?)",
                     (list_id, bytes.fromhex(query[0])))
        assert [m.group for m in pdq_index.search(vault, query)] == [list_id]  # seen inside
        raise RuntimeError("roll back")
    assert pdq_index.search(vault, query) == []


def test_another_process_writing_is_seen_through_the_change_log(new_store, tmp_path, case):
    vault = new_store.vault
    path = image_file(tmp_path, "1.png", 1)
    assert pdq_index.search(vault, facts(path).dihedral) == []  # loaded, empty
    from caseapp.services import vault as vault_service
    from tests.conftest import PASSPHRASE

    other = vault_service.unlock(vault.data_dir, passphrase=PASSPHRASE, actor="cli")
    try:
        hash_lists.import_list(other, write_list(tmp_path, f"pdq {facts(path).pdq_hex}\n",
                                                 "l.txt"), source="partner")
    finally:
        other.close()
    assert len(pdq_index.search(vault, facts(path).dihedral)) == 1
    assert pdq_index.builds(vault) == 1


# --- the reader never crashes and never half-writes ----------------------------------------------

_LINES = st.one_of(
    st.text(max_size=80),
    st.builds(lambda k, h: f"{k} {h}", st.sampled_from(["sha256", "md5", "pdq", "PDQ", "x"]),
              st.text(alphabet="0123456789abcdefABCDEFg", max_size=70)),
    st.builds(lambda h, q: f"{h},{q},name", st.text(alphabet="0123456789abcdef", min_size=60,
                                                    max_size=66), st.integers(-5, 120)),
)


@settings(deadline=None)  # timing is not the property; a loaded machine must not fail it
@given(st.lists(_LINES, max_size=12), st.booleans())
def test_reader_never_crashes_and_names_every_bad_line(lines, csv_header):
    text = ("sha256,md5,pdq,quality,label\n" if csv_header else "") + "\n".join(lines)
    for raw in (text.encode("utf-8"), text.encode("utf-8", "replace")):
        try:
            result = read_hash_list(raw)
        except BadImport:
            continue  # undecodable as a whole: one clear message
        counted = len(result.entries) + len(result.problems)
        assert counted <= max(1, len(text.splitlines()))
        for problem in result.problems:
            assert problem.message("en").startswith("line ")
            assert problem.message("ko")
        for entry in result.entries:
            assert entry.sha256 or entry.md5 or entry.pdq


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_LINES, min_size=1, max_size=8))
def test_an_import_stores_everything_or_nothing(vault, tmp_path, lines):
    path = tmp_path / "fuzz.txt"
    path.write_text("\n".join(lines), encoding="utf-8", errors="replace")
    before = vault.cases.execute("SELECT count(*) FROM hash_list_entry").fetchone()[0]
    try:
        parsed = read_hash_list(path.read_bytes())
        result = hash_lists.import_list(vault, path, source="fuzz")
    except BadImport:
        after = vault.cases.execute("SELECT count(*) FROM hash_list_entry").fetchone()[0]
        assert after == before
        return
    assert not parsed.problems
    assert result.hash_list.entry_count == len(parsed.entries)
