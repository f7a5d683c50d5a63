"""A case erased at the victim's request takes its takedown requests, their history, links
and follow-ups with it; other cases' queues are untouched."""

from caseapp.services import cases, retention, takedowns
from tests.takedown.conftest import kst, url_evidence


def test_erasing_a_case_removes_its_takedowns_and_follow_ups(vault, case):
    cases.add_counsellor(vault, "팀장", role="supervisor", pin="246810")
    item = url_evidence(vault, case, "https://t.me/leakroom/42")
    first = takedowns.create_request(vault, case.number, "https://t.me/leakroom/42", "telegram",
                                     evidence=[item.id])
    takedowns.submit(vault, first, at=kst(2024, 3, 1, 10))
    takedowns.set_status(vault, first, "removed", at=kst(2024, 3, 2, 10))
    takedowns.reupload(vault, first, "https://t.me/mirror/1")
    other = cases.open_case(vault)
    cases.record_consent(vault, other.number, "takedown", True, "verbal")
    kept = takedowns.create_request(vault, other.number, "https://t.me/else/1", "x")

    retention.delete_case(vault, case.number, victim_request=True, compact=False,
                          confirmed_by="팀장", supervisor_pin="246810")

    rows = takedowns.queue(vault, as_of=kst(2030, 1, 1, 0)).items
    assert [r.request_code for r in rows] == [kept.code]
    counts = {table: vault.cases.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("takedown_request", "takedown_evidence", "takedown_status_event",
                            "takedown_task")}
    assert counts == {"takedown_request": 1, "takedown_evidence": 0,
                      "takedown_status_event": 1, "takedown_task": 1}
    assert takedowns.verification_problems(vault) == []
