"""Spreadsheet migration with a column mapping: good rows become cases, bad rows are listed
with their line numbers and nothing is written unless skipping was asked for."""

import json

import pytest

from caseapp.domain.consent import ConsentScope
from caseapp.errors import BadImport
from caseapp.services import case_csv, cases
from tests.cases.store_dump import dump

MAPPING = {
    "format": "caseapp-csv-mapping", "version": 1,
    "encoding": "utf-8-sig",
    "date_formats": ["%Y.%m.%d", "%Y.%m.%d %H:%M"],
    "time_zone": "Asia/Seoul",
    "columns": {
        "접수번호": "number", "가명": "pseudonym", "상태": "status", "위험도": "risk",
        "태그": "tags", "접수일": "opened", "담당": "counsellor", "이름": "victim.name",
        "출생연도": "victim.birth_year", "연락처": "victim.phone", "플랫폼": "incident.platform",
        "방 이름": "incident.place", "내용": "incident.description",
        "발생일시": "incident.occurred_at", "경찰제공동의": "consent.police",
    },
    "values": {
        "status": {"상담중": "active", "접수": "intake", "종결": "closed"},
        "risk": {"상": "high", "중": "medium", "하": "low"},
        "platform": {"텔레그램": "telegram", "인스타": "instagram"},
    },
}

HEADER = ("접수번호,가명,상태,위험도,태그,접수일,담당,이름,출생연도,연락처,플랫폼,"
          "방 이름,내용,발생일시,경찰제공동의,비고\n")
GOOD = [
    "2023-0101,민들레,상담중,상,deepfake;학교,2023.05.02,김상담,김하늘,2008,010-1111-2222,"
    "텔레그램,지인능욕방,\"합성물 유포, 학교명 노출\",2023.05.01 22:10,Y,무시되는 열\n",
    ",나비,종결,하,,2022.11.30,,,,,인스타,,\"여러 줄\n메모\",,N,\n",
]
BAD = [
    "2023-0103,해바라기,보류,상,,2023.06.01,,,,,,,,,,\n",          # unknown status
    "2023-0104,별빛,접수,중,,2023.06.01,,,3000,,,,,,,\n",           # future birth year
    "2023-0101,구름,접수,중,,2023.06.01,,,,,,,,,,\n",               # duplicate number
    "2023-0106,바람,접수,중,,어제,,,,,,,,,,\n",                      # bad date
]


@pytest.fixture
def files(tmp_path):
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps(MAPPING, ensure_ascii=False), encoding="utf-8")
    return tmp_path, mapping


def write_csv(folder, rows, name="cases.csv", encoding="utf-8-sig"):
    path = folder / name
    path.write_bytes((HEADER + "".join(rows)).encode(encoding))
    return path


def test_good_rows_become_whole_cases(vault, files):
    folder, mapping = files
    result = case_csv.import_csv(vault, write_csv(folder, GOOD), mapping)
    assert result.skipped == () and result.ignored_columns == ("비고",)
    first, second = result.numbers
    assert first == "2023-0101"
    assert second.startswith("2022-")  # numbered in the year it was opened
    case = cases.get_case(vault, first)
    assert (case.pseudonym, case.status.value, case.risk.value) == ("민들레", "active", "high")
    assert case.tags == ("deepfake", "학교")
    assert case.created_at.isoformat().startswith("2023-05-02")
    assert cases.get_counsellor(vault, case.counsellor_id).name == "김상담"
    victim = cases.reveal_victim(vault, first)
    assert (victim.name, victim.birth_year, victim.contacts[0].value) == (
        "김하늘", 2008, "010-1111-2222")
    incident = cases.list_incidents(vault, first)[0]
    assert incident.description == "합성물 유포, 학교명 노출"
    assert incident.occurred_at.isoformat() == "2023-05-01T22:10:00+09:00"
    assert cases.consent_state(vault, first)[ConsentScope.POLICE].granted
    assert not cases.consent_state(vault, second)[ConsentScope.POLICE].granted
    assert cases.list_incidents(vault, second)[0].description == "여러 줄\n메모"
    assert [r.number for r in cases.list_cases(vault, cases.CaseQuery(search="능욕방")).items] \
        == [first]


def test_bad_rows_are_listed_by_line_and_nothing_is_written(vault, files):
    folder, mapping = files
    cases.open_case(vault)
    before = dump(vault)
    with pytest.raises(BadImport) as err:
        case_csv.import_csv(vault, write_csv(folder, GOOD + BAD), mapping)
    message = err.value.message()
    assert "4 row(s) cannot be imported; nothing was imported" in message
    # GOOD holds a two-line row, so the bad rows start on line 5
    assert "line 5: Unknown Status: 보류" in message
    assert "line 6: Birth year 3000 is in the future." in message
    assert "line 7: case number 2023-0101 is also on line 2." in message
    assert "line 8: opened: '어제'" in message
    assert dump(vault) == before


def test_skip_bad_imports_the_good_rows_and_reports_the_rest(vault, files):
    folder, mapping = files
    result = case_csv.import_csv(vault, write_csv(folder, BAD + GOOD), mapping, skip_bad=True)
    # line 4 takes 2023-0101 first, so the good row on line 6 is the duplicate
    assert [p.line for p in result.skipped] == [2, 3, 5, 6]
    assert len(result.numbers) == 2 and "2023-0101" in result.numbers


def test_existing_case_numbers_are_bad_rows(vault, files):
    folder, mapping = files
    case_csv.import_csv(vault, write_csv(folder, GOOD[:1]), mapping)
    with pytest.raises(BadImport) as err:
        case_csv.import_csv(vault, write_csv(folder, GOOD[:1]), mapping)
    assert "line 2: case 2023-0101 already exists" in err.value.message()


def test_korean_excel_encoding_needs_the_mapping_to_say_so(vault, files):
    folder, mapping = files
    path = write_csv(folder, GOOD[:1], encoding="cp949")
    with pytest.raises(BadImport) as err:
        case_csv.import_csv(vault, path, mapping)
    assert "cp949" in err.value.message()
    MAPPING_CP949 = dict(MAPPING, encoding="cp949")
    mapping.write_text(json.dumps(MAPPING_CP949, ensure_ascii=False), encoding="utf-8")
    assert case_csv.import_csv(vault, path, mapping).numbers == ("2023-0101",)


@pytest.mark.parametrize("change,where", [
    (lambda m: m.update(version=9), "$.format"),
    (lambda m: m["columns"].update({"가명": "victim.rrn"}), "$.columns.가명"),
    (lambda m: m.update(colour="red"), "$.colour"),
    (lambda m: m.update(time_zone="Mars/Base"), "$.time_zone"),
    (lambda m: m.update(encoding="klingon"), "$.encoding"),
])
def test_bad_mappings_are_refused_before_reading_rows(vault, files, change, where):
    folder, mapping = files
    data = json.loads(json.dumps(MAPPING))
    change(data)
    mapping.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BadImport) as err:
        case_csv.import_csv(vault, write_csv(folder, GOOD), mapping)
    assert where in err.value.message()


def test_a_mapped_column_missing_from_the_file(vault, files):
    folder, mapping = files
    path = folder / "short.csv"
    path.write_text("가명,상태\n나비,접수\n", encoding="utf-8")
    with pytest.raises(BadImport) as err:
        case_csv.import_csv(vault, path, mapping)
    assert "no column '접수번호'" in err.value.message()
