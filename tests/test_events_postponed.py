"""Postponed events and questions that assert no event.

A postponed event still takes place, later: status 'postponed' (not 'cancelled'), dated at its new
day when the article gives one ("postponed until Monday"), else at its first day, if any. Every
sentence is written for the test (names invented); the publication date is always given
(2025-03-05, a Wednesday), so nothing depends on the day the tests run."""

from __future__ import annotations

import pytest

from test_events_adversarial import PUB, events  # PUB: 2025-03-05, a Wednesday


def rows(text: str, published: str = PUB) -> list[tuple]:
    return [(r["kind"], r["participants"], r["date"], r["status"]) for r in events(text, published)]


# --------------------------------------------------------------------------------------------
# postponed


@pytest.mark.parametrize("text, expected", [
    # the new day: "until", "to", "for", "from ... to"; a future day whatever the verb's tense
    ("The harbour talks have been postponed until Monday.", [("talks", [], "2025-03-10", "postponed")]),
    ("The harbour talks were delayed to Thursday.", [("talks", [], "2025-03-06", "postponed")]),
    ("The meeting between Ravi Sen and Jane Lo was pushed back to 20 March.",
     [("meeting", ["Ravi Sen", "Jane Lo"], "2025-03-20", "postponed")]),
    ("Ravi Sen's visit to Paris on Friday was postponed until Monday.",
     [("visit", ["Ravi Sen", "France"], "2025-03-10", "postponed")]),
    ("Ravi Sen postponed his visit to Paris from Friday to Monday.",
     [("visit", ["Ravi Sen", "France"], "2025-03-10", "postponed")]),
    # no new day: the first day stays, or none
    ("The harbour summit, first set for Friday, has been postponed.", [("summit", [], "2025-03-07", "postponed")]),
    ("The harbour talks have been postponed indefinitely.", [("talks", [], None, "postponed")]),
    ("Ravi Sen put off his trip to Berlin.", [("visit", ["Ravi Sen", "Germany"], None, "postponed")]),
    ("Jane Lo announced the postponement of the summit with Ravi Sen.", [("summit", ["Ravi Sen"], None, "postponed")]),
])
def test_postponed_events_keep_their_status_and_take_the_new_day(text, expected):
    assert rows(text) == expected


def test_rescheduled_for_a_day_is_that_day_ahead():
    got = events("The call between Ravi Sen and Jane Lo has been rescheduled for Friday.")
    assert [(r["kind"], r["date"], r["date_text"], r["status"]) for r in got] == [("call", "2025-03-07", "Friday", "postponed")]


def test_a_week_named_as_the_new_day_is_kept_to_the_week():
    got = events("Ravi Sen's visit to Paris, planned for Friday, was put off until next week.")
    assert [(r["kind"], r["date"], r["timex_value"], r["granularity"], r["status"]) for r in got] == [
        ("visit", None, "2025-W11", "week", "postponed")]


@pytest.mark.parametrize("text, expected", [
    ("The harbour talks were cancelled.", [("talks", [], None, "cancelled")]),
    ("The harbour talks were called off on Monday.", [("talks", [], "2025-03-03", "cancelled")]),
    ("The harbour talks were suspended.", [("talks", [], None, "cancelled")]),
    # put off, then called off: the last word is the cancellation
    ("The harbour talks were postponed and then called off.", [("talks", [], None, "cancelled")]),
])
def test_cancelled_called_off_and_suspended_stay_cancelled(text, expected):
    assert rows(text) == expected


def test_a_negated_delay_neither_postpones_nor_denies():
    assert [r["status"] for r in events("The meeting between Ravi Sen and Jane Lo was not delayed.")] == ["happened"]
