"""Random CSV imports and random evidence files: never an unhandled exception, never a
partial write (issue 9's fuzz suite; JSON imports are fuzzed in tests/cases)."""

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.errors import CaseAppError
from caseapp.services import case_csv
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services import vault as vault_service
from tests.cases.test_case_csv import GOOD, HEADER, MAPPING
from tests.conftest import FAST_KDF, PASSPHRASE

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def fuzz_vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz") / "data"
    created = vault_service.create_store(folder, PASSPHRASE, actor="tester", params=FAST_KDF,
                                         allow_weak_kdf=True)
    case = case_service.open_case(created.vault, pseudonym="fuzz")
    case_service.record_consent(created.vault, case, "copies", True, "written")
    yield created.vault, case
    created.vault.close()


def _counts(vault):
    return (case_service.count_cases(vault),
            vault.cases.execute("SELECT count(*) FROM evidence_item").fetchone()[0],
            vault.evidence.execute("SELECT count(*) FROM content").fetchone()[0],
            len(list((vault.data_dir / "content").glob("*"))))


def _mutate(text: str, data: st.DataObject) -> str:
    if not text:
        return text
    position = data.draw(st.integers(0, len(text) - 1))
    insert = data.draw(st.text(max_size=8))
    cut = data.draw(st.integers(0, 6))
    return text[:position] + insert + text[position + cut:]


@SETTINGS
@given(data=st.data())
def test_random_csv_never_crashes_and_never_half_writes(fuzz_vault, data):
    vault, _case = fuzz_vault
    mapping = case_csv.mapping_from_json(MAPPING)
    text = HEADER + "".join(GOOD)
    for _ in range(data.draw(st.integers(1, 4))):
        text = _mutate(text, data)
    encoding = data.draw(st.sampled_from(["utf-8", "cp949", "utf-16"]))
    raw = text.encode(encoding, errors="replace")
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    before = _counts(vault)
    try:
        result = case_csv.import_rows(vault, mapping, raw, source="fuzz.csv")
    except CaseAppError:
        assert _counts(vault) == before  # refused: nothing was written
    else:
        assert _counts(vault)[0] == before[0] + len(result.numbers)


@SETTINGS
@given(content=st.one_of(
    st.binary(min_size=0, max_size=4096),
    st.sampled_from([b"\xff\xd8\xff\xe0" + b"\x00" * 100,                 # JPEG header only
                     b"\x89PNG\r\n\x1a\n" + b"\x00" * 50,                 # PNG header only
                     b"GIF89a" + b"\xff" * 30,
                     b"%PDF-1.7\n" + b"\x00" * 10]).flatmap(
        lambda head: st.binary(max_size=200).map(lambda tail: head + tail))))
def test_random_evidence_files_are_stored_whole_or_refused(fuzz_vault, tmp_path_factory,
                                                           content):
    vault, case = fuzz_vault
    path = tmp_path_factory.mktemp("f") / "file.bin"
    path.write_bytes(content)
    before = _counts(vault)
    try:
        item = evidence_service.ingest_file(vault, case, path).item
    except CaseAppError:
        assert _counts(vault) == before
        return
    assert item.sha256 == hashlib.sha256(content).hexdigest()
    assert item.size == len(content)
    stored = evidence_service._content_stream(vault, item)
    assert stored is not None and hashlib.sha256(stored.read()).hexdigest() == item.sha256
    assert _counts(vault)[1] == before[1] + 1
