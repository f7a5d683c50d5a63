"""Whole-case JSON export and import: exact round trips, refusals that name the place and
leave the database as it was, consent for exports made for someone, the audit trail."""

import json

import pytest

from caseapp.domain.cases import AccountRef, ProofEntry, Victim
from caseapp.errors import BadImport, CaseAppError, ConsentMissing
from caseapp.services import case_io, case_share, cases
from caseapp.services import vault as vault_service
from tests.cases.store_dump import audit_actions, dump
from tests.conftest import FAST_KDF, PASSPHRASE

ODD_TEXT = ("<b>굵게</b> &amp; \"quotes\" 'single' '; DROP TABLE case_file; -- "
            "עברית مرحبا e\u0301 👩🏽‍💻 \u200f\u202e")


def fill(vault, number_suffix=""):
    supervisor = cases.add_counsellor(vault, "박수진" + number_suffix, "supervisor")
    case = cases.open_case(vault, pseudonym="나비-" + ODD_TEXT, tags=["deepfake", "학교"],
                           risk="high", counsellor_id=supervisor.id,
                           legal_categories=["synthetic_sexual_material",
                                             "minor_exploitation_material"],
                           summary=ODD_TEXT)
    cases.save_victim(vault, case, Victim(name="김하늘", birth_year=2008, note="x" * 100_000))
    cases.record_consent(vault, case, "police", True, "written", at="2024-03-02T10:00+09:00")
    cases.record_consent(vault, case, "copies", True, "verbal", at="2024-03-02")
    cases.record_consent(vault, case, "copies", False, "verbal", at="2024-03-09")
    cases.add_incident(vault, case, description=ODD_TEXT, occurred_at="2024-03-01T22:10+09:00",
                       time_zone="Asia/Seoul", platform="telegram", place="지인능욕방",
                       accounts=[AccountRef("telegram", "@room_1", "channel", "방장")])
    cases.add_incident(vault, case, description="", platform=None)
    cases.add_session(vault, case, held_at="2024-03-05T14:00+09:00", counsellor_id=supervisor.id,
                      duration_minutes=50, notes="n" * 100_000, next_steps="")
    cases.add_leaked_info(vault, case, "phone", found_where="공지",
                          deletion_requested_at="2024-03-06")
    cases.set_proof(vault, case, ProofEntry("original_photos", True, "김상담", None, ""))
    plain = cases.open_case(vault)  # empty optional fields everywhere
    return case, plain


@pytest.fixture
def other_vault(tmp_path):
    created = vault_service.create_store(tmp_path / "other", PASSPHRASE, actor="tester",
                                         params=FAST_KDF, allow_weak_kdf=True)
    yield created.vault
    created.vault.close()


def test_export_then_import_round_trips_exactly(vault, other_vault, tmp_path):
    for case in fill(vault):          # handed to another office, identity included
        cases.record_consent(vault, case, "transfer", True, "written")
    out = tmp_path / "cases.json"
    result = case_share.export_cases(vault, out, purpose="transfer", include_identity=True)
    assert len(result.numbers) == 2
    imported = case_io.import_file(other_vault, out)
    assert imported.numbers == result.numbers
    again = tmp_path / "again.json"
    case_share.export_cases(other_vault, again, purpose="transfer", include_identity=True)
    first = json.loads(out.read_text(encoding="utf-8"))
    second = json.loads(again.read_text(encoding="utf-8"))
    assert case_io.without_export_time(first) == case_io.without_export_time(second)
    # and what a counsellor sees is the same
    number = result.numbers[0]
    assert cases.reveal_victim(other_vault, number) == cases.reveal_victim(vault, number)
    assert cases.get_case(other_vault, number).summary == ODD_TEXT
    assert [i.description for i in cases.list_incidents(other_vault, number)] == [
        i.description for i in cases.list_incidents(vault, number)]


def test_export_file_is_documented_json_and_the_export_is_audited(vault, tmp_path):
    case, _plain = fill(vault)
    out = tmp_path / "one.json"
    case_share.export_cases(vault, out, [case.number])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("caseapp-cases", 2)
    assert [c["number"] for c in data["cases"]] == [case.number]
    assert data["cases"][0]["legal_categories"] == ["synthetic_sexual_material",
                                                    "minor_exploitation_material"]
    assert set(data["cases"][0]) >= {"victim", "consents", "incidents", "sessions",
                                     "leaked_info", "proof"}
    assert data["accounts"][0]["handle"] == "@room_1"
    assert data["cases"][0]["incidents"][0]["accounts"] == ["A1"]
    assert out.stat().st_mode & 0o077 == 0
    assert not list(tmp_path.glob("*.partial"))
    row = vault.cases.execute("SELECT details FROM audit_event WHERE action = 'cases.exported'"
                              ).fetchone()
    assert case.number in row[0] and "one.json" in row[0]


def test_export_leaves_victim_details_out_unless_asked_and_consented(vault, tmp_path):
    case, plain = fill(vault)
    cases.save_victim(vault, plain, Victim(name="박바다"))
    out = tmp_path / "anon.json"
    result = case_share.export_cases(vault, out, [case.number])
    text = out.read_text(encoding="utf-8")
    assert "김하늘" not in text and result.identity_cases == ()
    assert json.loads(text)["cases"][0]["victim"] is None
    # asked for, for police: only the case whose victim consented to police gets it
    cases.record_consent(vault, plain, "police", True, "verbal")
    cases.record_consent(vault, plain, "police", False, "verbal")
    with pytest.raises(ConsentMissing):
        case_share.export_cases(vault, out, [case.number, plain.number], purpose="police",
                             include_identity=True)
    named = tmp_path / "named.json"
    result = case_share.export_cases(vault, named, [case.number], purpose="police",
                                  include_identity=True)
    assert result.identity_cases == (case.number,)
    assert json.loads(named.read_text(encoding="utf-8"))["cases"][0]["victim"]["name"] == \
        "김하늘"
    rows = [vault.readable_details(r[0]) for r in vault.cases.execute(
        "SELECT details FROM audit_event WHERE action = 'case.exported' ORDER BY seq")]
    assert [r["victim_details"] for r in rows] == [False, True]
    with pytest.raises(CaseAppError):      # identity without a recipient that could cover it
        case_share.export_cases(vault, named, [case.number], include_identity=True)


def test_export_for_police_refuses_without_consent_and_writes_nothing(vault, tmp_path):
    case, plain = fill(vault)
    out = tmp_path / "police.json"
    case_share.export_cases(vault, out, [case.number], purpose="police")
    assert out.exists()
    refused = tmp_path / "refused.json"
    with pytest.raises(ConsentMissing) as err:
        case_share.export_cases(vault, refused, [case.number, plain.number], purpose="police")
    assert plain.number in err.value.message() and "share with police" in err.value.message()
    assert not refused.exists()
    with pytest.raises(ConsentMissing):  # copies consent was withdrawn
        case_share.export_cases(vault, refused, [case.number], purpose="copies")


def test_importing_a_case_number_that_exists_is_refused(vault, tmp_path):
    fill(vault)
    out = tmp_path / "cases.json"
    case_share.export_cases(vault, out)
    before = dump(vault)
    with pytest.raises(BadImport) as err:
        case_io.import_file(vault, out)
    assert "$.cases[0].number" in err.value.message() and "already exists" in err.value.message()
    assert dump(vault) == before


def _exported(vault, tmp_path):
    for case in fill(vault):
        cases.record_consent(vault, case, "transfer", True, "written")
    out = tmp_path / "cases.json"
    case_share.export_cases(vault, out, purpose="transfer", include_identity=True)
    return out.read_text(encoding="utf-8")


def _mutate(text, change):
    data = json.loads(text)
    change(data)
    return json.dumps(data, ensure_ascii=False)


BROKEN = [
    ("truncated", lambda t: t[: len(t) // 2], "Line "),
    ("not json", lambda t: "hello", "Line 1, column 1"),
    ("wrong version", lambda t: _mutate(t, lambda d: d.update(version=3)),
     "$.version: the file is format version 3"),
    ("wrong format", lambda t: _mutate(t, lambda d: d.update(format="x")), "$.format"),
    ("unknown top field", lambda t: _mutate(t, lambda d: d.update(extra=1)), "$.extra"),
    ("unknown case field", lambda t: _mutate(t, lambda d: d["cases"][1].update(colour="red")),
     "$.cases[1].colour: unknown field"),
    ("unknown nested field",
     lambda t: _mutate(t, lambda d: d["cases"][0]["incidents"][0].update(weapon="x")),
     "$.cases[0].incidents[0].weapon"),
    ("bad status", lambda t: _mutate(t, lambda d: d["cases"][1].update(status="lost")),
     "$.cases[1].status"),
    ("future birth year",
     lambda t: _mutate(t, lambda d: d["cases"][0]["victim"].update(birth_year=3000)),
     "$.cases[0].victim: Birth year 3000 is in the future."),
    ("bad date",
     lambda t: _mutate(t, lambda d: d["cases"][0]["sessions"][0].update(held_at="soon")),
     "$.cases[0].sessions[0].held_at"),
    ("missing field", lambda t: _mutate(t, lambda d: d["cases"][1].pop("risk")),
     "$.cases[1].risk: this field is missing."),
    ("wrong type", lambda t: _mutate(t, lambda d: d["cases"][1].update(tags="deepfake")),
     "$.cases[1].tags: expected a list"),
    ("dangling account",
     lambda t: _mutate(t, lambda d: d["cases"][0]["incidents"][0].update(accounts=["A9"])),
     "$.cases[0].incidents[0].accounts[0]"),
    ("duplicate key", lambda t: t.replace('"risk": "high"', '"risk": "high", "risk": "low"', 1)
     if '"risk": "high"' in t else t.replace('"risk":"high"', '"risk":"high","risk":"low"', 1),
     "appears twice"),
    ("not utf-8", lambda t: t.encode("utf-16").decode("latin-1"), "not UTF-8 text"),
    # a report shifts times into the organisation's zone: year 9999 overflowed there
    ("created in year 9999",
     lambda t: _mutate(t, lambda d: d["cases"][1].update(
         created_at="9999-12-31T23:59:59.999999+00:00")),
     "the year 9999 is outside 1900–2200."),
    ("session in year 9999",
     lambda t: _mutate(t, lambda d: d["cases"][0]["sessions"][0].update(
         held_at="9999-12-31T23:00:00-05:00")),
     "the year 9999 is outside"),
]


@pytest.mark.parametrize("name,breaker,where", BROKEN, ids=[b[0] for b in BROKEN])
def test_bad_files_fail_naming_the_place_and_change_nothing(vault, other_vault, tmp_path, name,
                                                            breaker, where):
    text = _exported(vault, tmp_path)
    bad = tmp_path / "bad.json"
    if name == "not utf-8":
        bad.write_bytes(text.encode("utf-16"))
    else:
        bad.write_text(breaker(text), encoding="utf-8")
    other_vault.cases.execute("SELECT 1")
    before = dump(other_vault)
    with pytest.raises(BadImport) as err:
        case_io.import_file(other_vault, bad)
    assert where in err.value.message()
    assert dump(other_vault) == before


def test_a_failure_in_the_last_case_rolls_back_the_first(vault, other_vault, tmp_path):
    text = _exported(vault, tmp_path)
    data = json.loads(text)
    data["cases"][1]["proof"] = [{"item": "id_check", "held": "yes", "checked_by": "",
                                  "checked_on": None, "note": ""}]
    before = dump(other_vault)
    with pytest.raises(BadImport) as err:
        case_io.import_document(other_vault, data)
    assert "$.cases[1].proof[0].held" in err.value.message()
    assert dump(other_vault) == before
    assert cases.case_numbers(other_vault) == []


def test_refused_import_leaves_the_data_folder_byte_for_byte_unchanged(vault, tmp_path):
    """Open the closed store without the unlock audit event, refuse an import, close: every
    file in the data folder is as it was."""
    from caseapp.security import keyslots
    from caseapp.store.vault import Vault
    from tests.conftest import snapshot

    text = _exported(vault, tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text(text[:-40], encoding="utf-8")
    unknown = tmp_path / "unknown.json"
    unknown.write_text(_mutate(text, lambda d: d["cases"][1].update(colour="red")),
                       encoding="utf-8")
    folder = tmp_path / "snap"
    created = vault_service.create_store(folder, PASSPHRASE, params=FAST_KDF,
                                         allow_weak_kdf=True)
    fill(created.vault)
    created.vault.close()
    before = snapshot(folder)
    slots = keyslots.load(folder)
    for path in (bad, unknown):
        master = slots.unlock(keyslots.PASSPHRASE, PASSPHRASE)
        opened = Vault(folder, slots.store_id, bytearray(master), "tester")
        try:
            with pytest.raises(BadImport):
                case_io.import_file(opened, path)
        finally:
            opened.close()
        assert snapshot(folder) == before


def test_sections_from_other_areas_travel_with_the_case(vault, other_vault, tmp_path,
                                                        monkeypatch):
    from caseapp.services.case_json import Section

    store: dict[str, list[str]] = {}

    def export_notes(ctx, case_id):
        return store.get(str(case_id), [])

    def import_notes(ctx, case_id, data, path):
        if not isinstance(data, list):
            case_io.fail(path, "expected a list")
        ctx.remember("note", "x", case_id)
        store.setdefault(f"imported-{case_id}", []).extend(data)

    monkeypatch.setattr(case_io, "SECTIONS",
                        (*case_io.SECTIONS, Section("test_notes", export_notes, import_notes)))
    case = cases.open_case(vault)
    store[str(case.id)] = ["a", "b"]
    out = tmp_path / "s.json"
    case_share.export_cases(vault, out)
    assert json.loads(out.read_text())["cases"][0]["test_notes"] == ["a", "b"]
    case_io.import_file(other_vault, out)
    new_id = cases.get_case(other_vault, case.number).id
    assert store[f"imported-{new_id}"] == ["a", "b"]


def test_a_version_1_file_with_one_legal_category_still_imports(vault, other_vault):
    doc = {"format": "caseapp-cases", "version": 1, "exported_at": "2024-01-01T00:00:00+00:00",
           "counsellors": [], "accounts": [], "cases": [{
               "number": "2019-0043", "pseudonym": "", "status": "active", "risk": "low",
               "counsellor": None, "legal_category": "sextortion", "tags": [], "summary": "",
               "created_at": "2019-05-01T00:00:00+00:00",
               "updated_at": "2019-06-01T00:00:00+00:00"}]}
    case_io.import_document(other_vault, doc)
    assert [c.value for c in cases.get_case(other_vault, "2019-0043").legal_categories] == [
        "sextortion"]


def test_a_legal_category_given_twice_is_refused_and_nothing_is_stored(vault, other_vault):
    doc = {"format": "caseapp-cases", "version": 2, "exported_at": "2024-01-01T00:00:00+00:00",
           "counsellors": [], "accounts": [], "cases": [{
               "number": "2019-0044", "pseudonym": "", "status": "active", "risk": "low",
               "counsellor": None, "legal_categories": ["sextortion", "sextortion"],
               "tags": [], "summary": "", "created_at": "2019-05-01T00:00:00+00:00",
               "updated_at": "2019-06-01T00:00:00+00:00"}]}
    with pytest.raises(BadImport) as err:
        case_io.import_document(other_vault, doc)
    assert "$.cases[0].legal_categories" in err.value.message("en")
    with pytest.raises(CaseAppError):
        cases.get_case(other_vault, "2019-0044")


def test_a_file_without_a_section_imports_it_as_empty(vault, other_vault):
    doc = {"format": "caseapp-cases", "version": 1, "exported_at": "2024-01-01T00:00:00+00:00",
           "counsellors": [], "accounts": [], "cases": [{
               "number": "2019-0042", "pseudonym": "", "status": "closed", "risk": "low",
               "counsellor": None, "legal_category": None, "tags": [], "summary": "",
               "created_at": "2019-05-01T00:00:00+00:00",
               "updated_at": "2019-06-01T00:00:00+00:00"}]}
    case_io.import_document(other_vault, doc)
    case = cases.get_case(other_vault, "2019-0042")
    assert case.status.value == "closed"
    # the imported number is taken: new 2019 numbers would continue after it
    from caseapp.store import case_repo

    with other_vault.write() as conn:
        assert case_repo.next_number(conn, 2019) == (2019, 43)


def test_random_bytes_never_crash_the_parser():
    for raw in (b"", b"\xff\xfe", b"{", b"[1,2", b'{"a": NaN}', b"\x00" * 10, b"[" * 100_000):
        with pytest.raises(BadImport) as err:
            case_io.parse_document(raw)
        english, korean = err.value.message("en"), err.value.message("ko")
        assert "JSON" in english or "UTF-8" in english, english
        assert korean != english and ("JSON" in korean or "UTF-8" in korean), korean


def test_import_errors_are_case_app_errors_only(vault):
    for doc in (None, [], 5, "x", {"format": "caseapp-cases"},
                {"format": "caseapp-cases", "version": 1}):
        with pytest.raises(CaseAppError):
            case_io.import_document(vault, doc)


def test_export_refuses_a_folder_as_target(vault, tmp_path):
    from caseapp.errors import BadInput

    with pytest.raises(BadInput):
        case_share.export_cases(vault, tmp_path)
    assert "cases.exported" not in audit_actions(vault)
