"""Property tests of the importer: random valid cases round-trip export → import exactly;
random JSON (and random damage to a real export) never crashes it and never half-writes."""

import copy
import itertools
import json
import string
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.domain.cases import (
    AccountKind,
    CaseStatus,
    ContactKind,
    LeakKind,
    ProofItem,
    RiskLevel,
)
from caseapp.domain.consent import ConsentMethod, ConsentScope
from caseapp.domain.legal import LegalCategory
from caseapp.domain.platforms import Platform
from caseapp.errors import CaseAppError
from caseapp.services import case_io
from caseapp.services import vault as vault_service
from tests.cases.store_dump import dump
from tests.conftest import FAST_KDF, PASSPHRASE

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])
_serial = itertools.count(1)

# any Unicode that UTF-8 can carry (no lone surrogates), including controls and NUL
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
long_texts = st.one_of(texts, st.just("긴 메모 " * 20_000))
short_tags = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\r\n\t"),
                     min_size=1, max_size=20).filter(lambda t: t.strip())


def enum(cls):
    return st.sampled_from([m.value for m in cls])


def optional(strategy):
    return st.one_of(st.none(), strategy)


offsets = st.integers(-12 * 4, 14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))
date_times = st.builds(
    lambda d, s, tz: datetime.combine(d, datetime.min.time(), tz) + timedelta(seconds=s),
    st.dates(date(1995, 1, 1), date(2030, 12, 31)), st.integers(0, 86_399), offsets)
dates = st.dates(date(1995, 1, 1), date(2024, 12, 31))
moments = st.one_of(dates.map(date.isoformat), date_times.map(datetime.isoformat))
past_moments = st.one_of(dates.map(date.isoformat),
                         date_times.filter(lambda d: d < datetime.now(UTC)).map(
                             datetime.isoformat))
stamps = st.builds(lambda d, us: (datetime.combine(d, datetime.min.time(), UTC)
                                  + timedelta(microseconds=us)).isoformat(
                                      timespec="microseconds"),
                   st.dates(date(2000, 1, 1), date(2030, 1, 1)), st.integers(0, 86_399_999_999))


@st.composite
def documents(draw):
    serial = next(_serial)
    counsellors = draw(st.lists(st.tuples(texts.filter(lambda t: t.strip()),
                                          st.sampled_from(["counsellor", "supervisor"]),
                                          st.booleans()),
                                max_size=3, unique_by=lambda c: c[0]))
    names = [c[0] for c in counsellors]
    counsellor = optional(st.sampled_from(names)) if names else st.none()
    accounts = [{"ref": f"A{i + 1}", "platform": draw(enum(Platform)),
                 "handle": f"h{serial}x{i}" + draw(st.text(string.ascii_lowercase, max_size=5)),
                 "kind": draw(enum(AccountKind)), "note": draw(texts),
                 "display_names": [{"name": n, "first_seen": draw(stamps)}
                                   for n in draw(st.lists(texts, max_size=2, unique=True))]}
                for i in range(draw(st.integers(0, 3)))]
    refs = [a["ref"] for a in accounts]
    cases_out = []
    used_counsellors = set()
    used_refs: list[str] = []
    for index in range(draw(st.integers(1, 3))):
        who = draw(counsellor)
        if who is not None:
            used_counsellors.add(who)
        incidents = []
        for _ in range(draw(st.integers(0, 2))):
            linked = draw(st.lists(st.sampled_from(refs), unique=True, max_size=2)) \
                if refs else []
            used_refs.extend(r for r in linked if r not in used_refs)
            incidents.append({
                "description": draw(long_texts), "occurred_at": draw(optional(moments)),
                "time_zone": draw(st.sampled_from(["", "Asia/Seoul", "Europe/London"])),
                "platform": draw(optional(enum(Platform))), "place": draw(texts),
                "legal_category": draw(optional(enum(LegalCategory))),
                "perpetrator_relation": draw(texts), "perpetrator_details": draw(texts),
                "accounts": linked, "created_at": draw(stamps), "updated_at": draw(stamps)})
        sessions = []
        for _ in range(draw(st.integers(0, 2))):
            by = draw(counsellor)
            if by is not None:
                used_counsellors.add(by)
            sessions.append({"held_at": draw(moments), "counsellor": by,
                             "duration_minutes": draw(optional(st.integers(0, 1440))),
                             "mode": draw(texts), "notes": draw(long_texts),
                             "next_steps": draw(texts), "created_at": draw(stamps)})
        victim = draw(optional(st.fixed_dictionaries({
            "name": texts, "preferred_name": texts,
            "birth_year": optional(st.integers(1900, date.today().year)), "gender": texts,
            "language": texts,
            "contacts": st.lists(st.fixed_dictionaries({
                "kind": enum(ContactKind), "value": texts, "safe_times": texts,
                "note": texts}), max_size=2),
            "do_not_contact_by": st.lists(enum(ContactKind), max_size=2),
            "guardian": optional(st.fixed_dictionaries({
                "name": texts, "relation": texts, "contact": texts, "note": texts})),
            "note": long_texts})))
        cases_out.append({
            "number": f"{2000 + serial % 100:04d}-{(serial * 10 + index) % 10_000:04d}",
            "pseudonym": draw(texts), "status": draw(enum(CaseStatus)),
            "risk": draw(enum(RiskLevel)), "counsellor": who,
            "legal_categories": [c.value for c in LegalCategory
                                 if c in draw(st.sets(st.sampled_from(list(LegalCategory))))],
            "tags": sorted(draw(st.lists(short_tags, unique=True, max_size=4))),
            "summary": draw(long_texts), "created_at": draw(stamps),
            "updated_at": draw(stamps), "victim": victim,
            "consents": draw(st.lists(st.fixed_dictionaries({
                "scope": enum(ConsentScope), "granted": st.booleans(),
                "given_at": past_moments, "method": enum(ConsentMethod),
                "recorded_by": texts, "recorded_at": stamps, "note": texts}), max_size=3)),
            "incidents": incidents, "sessions": sessions,
            "leaked_info": draw(st.lists(st.fixed_dictionaries({
                "kind": enum(LeakKind), "found_where": texts,
                "found_at": optional(moments), "deletion_requested_at": optional(moments),
                "deleted_at": optional(moments), "note": texts}), max_size=2)),
            "proof": [{"item": item, "held": draw(st.booleans()), "checked_by": draw(texts),
                       "checked_on": draw(optional(dates.map(date.isoformat))),
                       "note": draw(texts)}
                      for item in draw(st.lists(enum(ProofItem), unique=True, max_size=2))],
        })
    return {
        "format": "caseapp-cases", "version": 2, "exported_at": draw(stamps),
        "counsellors": sorted(({"name": n, "role": r, "active": a}
                               for n, r, a in counsellors if n in used_counsellors),
                              key=lambda c: c["name"]),
        "accounts": [a for a in accounts if a["ref"] in used_refs],
        "cases": cases_out,
    }


def canonical(document):
    """Order-free view: account refs resolved to (platform, handle), lists sorted."""
    accounts = {a["ref"]: (a["platform"], a["handle"], a["kind"], a["note"],
                           tuple(sorted((n["name"], n["first_seen"])
                                        for n in a["display_names"])))
                for a in document["accounts"]}
    out = []
    for case in document["cases"]:
        case = dict(case)
        incidents = []
        for incident in case["incidents"]:
            incident = dict(incident)
            incident["accounts"] = sorted(accounts[r] for r in incident["accounts"])
            incidents.append(incident)
        for key, items in (("incidents", incidents), ("sessions", case["sessions"]),
                           ("consents", case["consents"]), ("leaked_info", case["leaked_info"]),
                           ("proof", case["proof"])):
            case[key] = sorted(json.dumps(i, sort_keys=True, ensure_ascii=False)
                               for i in items)
        out.append(case)
    return {"counsellors": document["counsellors"], "cases": out}


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("prop") / "data"
    created = vault_service.create_store(folder, PASSPHRASE, actor="tester", params=FAST_KDF,
                                         allow_weak_kdf=True)
    yield created.vault
    created.vault.close()


def every_victim(_ctx, _case):
    """The builder itself, without the consent rules of a share (case_share): every victim."""
    return True


@SETTINGS
@given(documents())
def test_random_valid_cases_round_trip_exactly(shared_vault, document):
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8")
    result = case_io.import_document(shared_vault, case_io.parse_document(raw))
    exported, _warnings = case_io.build_export(shared_vault, list(result.numbers),
                                               identity=every_victim)
    # sections other areas register (evidence, takedowns) are empty for these cases
    core = set(document["cases"][0])
    trimmed = copy.deepcopy(exported)
    for case in trimmed["cases"]:
        for extra in set(case) - core:
            assert case.pop(extra) in ([], None, {})
    assert canonical(trimmed) == canonical(document)
    # and the export of the import imports again to the same export
    with tempfile.TemporaryDirectory() as folder:
        created = vault_service.create_store(Path(folder) / "d", PASSPHRASE, params=FAST_KDF,
                                             allow_weak_kdf=True)
        try:
            case_io.import_document(created.vault, exported)
            again, _ = case_io.build_export(created.vault, identity=every_victim)
        finally:
            created.vault.close()
    assert case_io.without_export_time(again) == case_io.without_export_time(exported)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(texts, inner, max_size=4)),
    max_leaves=20)


@SETTINGS
@given(json_values)
def test_random_json_never_crashes_and_never_half_writes(shared_vault, value):
    before = dump(shared_vault)
    with pytest.raises(CaseAppError):
        case_io.import_document(shared_vault, value)
    assert dump(shared_vault) == before


paths = st.lists(st.one_of(st.integers(0, 3), st.sampled_from(
    ["cases", "incidents", "victim", "accounts", "sessions", "consents", "proof", "tags",
     "contacts", "guardian", "number", "status", "held_at", "display_names"])), max_size=5)


def _damage(document, path, value):
    target = document
    for step in path[:-1]:
        try:
            target = target[step]
        except (KeyError, IndexError, TypeError):
            return
    if not path:
        return
    try:
        target[path[-1]] = value
    except (IndexError, TypeError):
        return


@SETTINGS
@given(documents(), paths, json_values)
def test_damaged_exports_import_whole_or_not_at_all(shared_vault, document, path, value):
    _damage(document, path, value)
    before = dump(shared_vault)
    try:
        result = case_io.import_document(shared_vault, document)
    except CaseAppError:
        assert dump(shared_vault) == before
    else:
        assert len(result.numbers) == len(document["cases"])


@SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes_are_refused_cleanly(shared_vault, raw):
    before = dump(shared_vault)
    try:
        document = case_io.parse_document(raw)
    except CaseAppError:
        return
    with pytest.raises(CaseAppError):
        case_io.import_document(shared_vault, document)
    assert dump(shared_vault) == before
