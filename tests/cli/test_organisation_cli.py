"""caseapp-admin organisation show/set: the centre's name, contact details, time zone and
designated-reporter status, as every document prints them."""

from __future__ import annotations

import json

import pytest

from caseapp.services import organisation
from caseapp.services import vault as vault_service
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli, snapshot

IN = PASSPHRASE + "\n"


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "data"
    created = vault_service.create_store(folder, PASSPHRASE, organisation="해바라기센터",
                                         actor="tester", params=FAST_KDF, allow_weak_kdf=True)
    created.vault.close()
    return folder


def cli(store, *args, lang="en"):
    return run_cli("--lang", lang, "--data-dir", str(store), *args, stdin=IN)


def test_set_then_show_round_trips_every_setting(store):
    result = cli(store, "organisation", "set", "--address", "서울시 중구 세종대로 110",
                 "--phone", "02-123-4567", "--email", "help@example.org", "--time-zone",
                 "Asia/Seoul", "--designated-reporter", "yes", "--designation",
                 "방송통신위원회 고시 제2022-21호", "--passphrase-stdin")
    assert result.returncode == 0, result.stderr
    shown = json.loads(cli(store, "organisation", "show", "--json",
                           "--passphrase-stdin").stdout)
    assert shown == {"name": "해바라기센터", "address": "서울시 중구 세종대로 110",
                     "phone": "02-123-4567", "email": "help@example.org",
                     "time_zone": "Asia/Seoul", "designated_reporter": True,
                     "designation": "방송통신위원회 고시 제2022-21호"}
    korean = cli(store, "organisation", "show", "--passphrase-stdin", lang="ko").stdout
    assert "지정된 신고·삭제요청 기관: 예" in korean


@pytest.mark.parametrize("args", [
    ("--time-zone", "Mars/Olympus"),
    ("--designated-reporter", "maybe"),
    (),
    ("--phone", "x" * 1001),
])
def test_bad_values_are_refused_with_exit_2_and_nothing_changes(store, args):
    before = {k: v for k, v in snapshot(store).items() if not k.endswith("-shm")}
    result = cli(store, "organisation", "set", *args, "--passphrase-stdin")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("caseapp-admin: ")
    after = {k: v for k, v in snapshot(store).items() if not k.endswith("-shm")}
    assert after == before


def test_a_change_is_audited_by_field_name(vault):
    organisation.update(vault, time_zone="Europe/London", phone="+44 20 7946 0000")
    events = vault_service.audit_events(vault, limit=5, action="settings.changed")
    details = events[0].event.details
    details = json.loads(details) if isinstance(details, str) else details
    assert details["fields"] == ["phone", "time_zone"]
    assert "+44" not in json.dumps(details)
    assert organisation.get(vault).zone.key == "Europe/London"
