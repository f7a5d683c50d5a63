"""One store, one writer: every open store holds a shared OS lock; rekey, restore over a
store and compaction need it alone and refuse, changing nothing, while another process has
it open (rekey and restore through the command: tests/cli/test_store_lock_cli.py). Each test
runs a real second process (tests/store/store_holder.py)."""

import os
import signal

import pytest

from caseapp.domain.cases import CounsellorRole
from caseapp.errors import StoreInUse
from caseapp.services import cases as case_service
from caseapp.services import retention
from caseapp.store import store_lock
from tests.conftest import PASSPHRASE
from tests.store.holder import holding


@pytest.fixture
def closed_store(new_store, data_dir):
    case_service.open_case(new_store.vault, pseudonym="kept")
    new_store.vault.close()
    return data_dir


def test_compaction_is_refused_before_anything_is_deleted(new_store, data_dir):
    vault = new_store.vault
    case_service.add_counsellor(vault, "팀장", CounsellorRole.SUPERVISOR, pin="246810")
    case = case_service.open_case(vault, pseudonym="to erase")
    with holding("open", data_dir, PASSPHRASE), pytest.raises(StoreInUse):
        retention.delete_case(vault, case, victim_request=True, confirmed_by="팀장",
                              supervisor_pin="246810")
    assert case_service.get_case(vault, case.number).pseudonym == "to erase"
    # alone again: it goes ahead
    retention.delete_case(vault, case, victim_request=True, confirmed_by="팀장",
                          supervisor_pin="246810")
    assert case_service.count_cases(vault) == 0


def test_a_killed_holder_leaves_no_lock_behind(closed_store):
    with holding("open", closed_store, PASSPHRASE) as child:
        with pytest.raises(StoreInUse):
            store_lock.exclusive(closed_store)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        with store_lock.exclusive(closed_store):
            pass
