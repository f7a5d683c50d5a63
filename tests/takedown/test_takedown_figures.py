"""Figures per recipient on a generated data set: requests sent, removed, median time to
removal, rejection rate, re-uploads found."""

import random
import statistics
from datetime import timedelta

import pytest

from caseapp.services import takedowns
from tests.takedown.conftest import kst

RECIPIENTS = ("telegram", "x", "google_search", "kcsc")


def test_figures_match_a_generated_data_set(vault, case):
    rng = random.Random(20240301)
    expected = {key: {"sent": 0, "removed": 0, "rejected": 0, "hours": [], "reuploads": 0}
                for key in RECIPIENTS}
    start = kst(2024, 1, 1, 9)
    for n in range(60):
        key = rng.choice(RECIPIENTS)
        request = takedowns.create_request(vault, case.number, f"https://t.me/r/{n}", key)
        outcome = rng.choice(("removed", "removed", "rejected", "open", "draft"))
        if outcome == "draft":
            continue
        sent = start + timedelta(hours=n * 7)
        takedowns.submit(vault, request, at=sent)
        expected[key]["sent"] += 1
        if outcome == "removed":
            hours = rng.randint(2, 200)
            takedowns.set_status(vault, request, "removed", at=sent + timedelta(hours=hours))
            expected[key]["removed"] += 1
            expected[key]["hours"].append(hours)
            if rng.random() < 0.3:
                again = takedowns.reupload(vault, request, f"https://t.me/again/{n}")
                expected[key]["reuploads"] += 1
                del again
        elif outcome == "rejected":
            takedowns.set_status(vault, request, "rejected", at=sent + timedelta(hours=30))
            expected[key]["rejected"] += 1
    by_name = {takedowns.get_recipient(vault, key).name: key for key in RECIPIENTS}
    figures = {by_name[f.recipient_name]: f for f in takedowns.figures(vault)}
    for key, want in expected.items():
        got = figures[key]
        assert got.sent == want["sent"], key
        assert got.removed == want["removed"], key
        assert got.rejected == want["rejected"], key
        assert got.reuploads == want["reuploads"], key
        if want["hours"]:
            assert got.median_hours_to_removal == pytest.approx(statistics.median(want["hours"]),
                                                                abs=1e-3)
        answered = want["removed"] + want["rejected"]
        if answered:
            assert got.rejection_rate == pytest.approx(want["rejected"] / answered)


def test_no_requests_no_figures(vault):
    assert takedowns.figures(vault) == []
