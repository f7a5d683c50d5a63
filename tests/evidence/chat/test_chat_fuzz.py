"""Property tests for the chat export readers: whatever bytes a file holds (a real export cut,
bitten or spliced, or noise), reading it ends in a preview or a translated refusal, never a
crash; and an import of it stores everything or nothing."""

from __future__ import annotations

import contextlib
import shutil
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.errors import CaseAppError
from caseapp.services import cases as case_service
from caseapp.services import evidence as evidence_service
from caseapp.services.chat_import import import_chat_export
from caseapp.services.chat_preview import Selection, scan_export
from tests.cases.store_dump import dump
from tests.evidence.chat import exports as ex

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
KINDS = ("json", "html", "windows_ko", "android_en", "ios_ko", "csv")


def _template(kind: str, folder: Path) -> Path:
    if kind == "json":
        return ex.telegram_json_chat(folder)
    if kind == "html":
        return ex.telegram_html_chat(folder, per_page=20)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ("talk.csv" if kind == "csv" else "talk.txt")
    path.write_bytes((ex.kakao_csv() if kind == "csv" else ex.kakao_text(kind)).encode())
    return path


_TEMPLATES: dict[str, tuple[Path, bytes]] = {}


def template(kind: str, root: Path) -> tuple[Path, bytes]:
    """One realistic export per kind, made once (media included) and reused."""
    if kind not in _TEMPLATES:
        path = _template(kind, root / f"template-{kind}")
        _TEMPLATES[kind] = (path, path.read_bytes())
    return _TEMPLATES[kind]


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int, bytes]]]:
    kind = draw(st.sampled_from(KINDS))
    edits = draw(st.lists(st.tuples(
        st.sampled_from(("cut", "flip", "insert", "delete")),
        st.floats(0, 1), st.integers(1, 64), st.binary(max_size=24)), min_size=1, max_size=4))
    return kind, [(op, int(at * 1_000_000), size, data) for op, at, size, data in edits]


def apply(data: bytes, edits: list[tuple[str, int, int, bytes]]) -> bytes:
    for op, at, size, blob in edits:
        pos = at % (len(data) + 1)
        if op == "cut":
            data = data[:pos]
        elif op == "flip" and data:
            pos = min(pos, len(data) - 1)
            data = data[:pos] + bytes([data[pos] ^ (size | 1)]) + data[pos + 1:]
        elif op == "insert":
            data = data[:pos] + blob + data[pos:]
        else:
            data = data[:pos] + data[pos + size:]
    return data


def _copy(kind: str, root: Path, case_dir: Path, edits: list) -> Path:
    source, raw = template(kind, root)
    if case_dir.exists():
        shutil.rmtree(case_dir)
    shutil.copytree(source.parent, case_dir)
    target = case_dir / source.name
    target.write_bytes(apply(raw, edits))
    return target


@FUZZ
@given(case=damaged())
def test_readers_never_crash_on_damaged_exports(tmp_path_factory, case):
    root = tmp_path_factory.getbasetemp() / "chat-fuzz"
    kind, edits = case
    path = _copy(kind, root, root / "work", edits)
    try:
        preview = scan_export(path, rows=5)
    except CaseAppError as exc:
        assert exc.message("ko") and exc.message("en")
    else:
        assert preview.messages >= 0 and len(preview.sha256) == 64


@FUZZ
@given(data=st.binary(max_size=2048), name=st.sampled_from(
    ("result.json", "messages.html", "talk.txt", "talk.csv", "export.zip", "thing")))
def test_readers_never_crash_on_noise(tmp_path_factory, data, name):
    folder = tmp_path_factory.getbasetemp() / "chat-noise"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    with contextlib.suppress(CaseAppError):
        scan_export(path)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=damaged())
def test_imports_store_everything_or_nothing(vault, tmp_path_factory, case):
    root = tmp_path_factory.getbasetemp() / "chat-fuzz-import"
    kind, edits = case
    path = _copy(kind, root, root / "work", edits)
    target = case_service.open_case(vault)
    case_service.record_consent(vault, target, "copies", granted=True, how="written")
    before = dump(vault)
    try:
        result = import_chat_export(vault, target, path, zone="Asia/Seoul",
                                    selection=Selection())
    except CaseAppError:
        after = dump(vault)
        assert after == before
    else:
        items = evidence_service.list_evidence(vault, target)
        assert [i.code for i in items] == list(result.created)
    assert evidence_service.orphan_content_ids(vault, grace=timedelta(0)) == set()
