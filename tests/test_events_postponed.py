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


# --------------------------------------------------------------------------------------------
# a question asserts no event; an answer may


def test_an_interviewers_question_gives_no_event_and_the_answer_gives_the_planned_meeting():
    text = ("Ravi Sen, the foreign minister, gave this interview in Delhi.\n"
            "Q: Will you meet Jane Lo next week?\n"
            "A: Yes, we will meet on Tuesday.")
    got = events(text)
    assert [(r["kind"], r["participants"], r["date"], r["date_text"], r["status"]) for r in got] == [
        ("meeting", ["Ravi Sen", "Jane Lo"], "2025-03-11", "Tuesday", "planned")]
    # the event's evidence is the answer, not the question
    assert got[0]["evidence"] == "Yes, we will meet on Tuesday."


def test_an_answer_that_confirms_nothing_leaves_no_event():
    assert rows("Ravi Sen, the foreign minister, gave this interview in Delhi.\n"
                "Q: Will you meet Jane Lo next week?\nA: I cannot say.") == []
    assert rows("Question: Will the two leaders meet in Rome?\nAnswer: Probably, but not before June.") == []


def test_with_no_named_interviewee_the_answers_we_meets_the_one_asked_about():
    assert rows("Q: Will you meet Jane Lo next week?\nA: Yes, we will meet on Tuesday.") == [
        ("meeting", ["Jane Lo"], "2025-03-11", "planned")]


def test_each_answer_reports_its_own_event():
    text = ("Interview with Ravi Sen, the foreign minister.\n"
            "Q: Did you call Jane Lo on Monday?\n"
            "A: No. I called her on Sunday.\n"
            "Q: Will you visit Paris?\n"
            "A: I will fly to Paris on Friday.")
    assert rows(text) == [
        ("call", ["Ravi Sen", "Jane Lo"], "2025-03-02", "happened"),
        ("visit", ["Ravi Sen", "France"], "2025-03-07", "planned"),
    ]


def test_a_bare_yes_confirms_the_question_and_anything_more_or_a_no_does_not():
    text = ("Interview with Ravi Sen, the foreign minister.\n"
            "Q: Did you call Jane Lo on Monday?\n"
            "A: Yes.\n"
            "Q: Will you visit Paris next week?\n"
            "A: Yes, of course.\n"
            "Q: Will you meet Omar Reyes?\n"
            "A: Yes, but not this month.\n"
            "Q: Would you meet Lena Park?\n"
            "A: No.")
    got = events(text)
    assert [(r["kind"], r["participants"], r["date"], r["timex_value"], r["status"]) for r in got] == [
        ("call", ["Ravi Sen", "Jane Lo"], "2025-03-03", "2025-03-03", "happened"),
        ("visit", ["Ravi Sen", "France"], None, "2025-W11", "planned"),
    ]
    # the evidence runs from the question to the answer that confirms it
    assert got[0]["evidence"] == "Did you call Jane Lo on Monday?\nA: Yes."


@pytest.mark.parametrize("text", [
    "Will Ravi Sen meet Jane Lo on Friday?",
    "A reporter asked whether Ravi Sen would meet Jane Lo.",
    "Ravi Sen was asked if he would visit Paris.",
    "Officials wondered whether the two ministers had spoken by phone.",
    '"Will we meet them again?" Jane Lo asked.',
])
def test_direct_quoted_and_reported_questions_give_no_event(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # a conditional "if" is no question
    ("Ravi Sen will visit Paris if Jane Lo invites him.", [("visit", ["Ravi Sen", "France"], None, "planned")]),
    # the reporter's event outside a quoted question stands
    ('Ravi Sen met Jane Lo on Monday and asked her: "Why wait?"', [("meeting", ["Ravi Sen", "Jane Lo"], "2025-03-03", "happened")]),
    # the answer to a reported question does report the meeting, with the one asked about
    ('Asked whether he would meet Jane Lo, Ravi Sen said: "We will meet on Friday."',
     [("meeting", ["Ravi Sen", "Jane Lo"], "2025-03-07", "planned")]),
    # ... but not someone else's "we": the question is not about the speaker
    ('Will Ravi Sen meet Jane Lo? "We will meet soon," said Omar Reyes.', [("meeting", ["Omar Reyes"], None, "planned")]),
])
def test_events_next_to_questions_stand(text, expected):
    assert rows(text) == expected


def test_interview_lines_are_the_ones_quotes_gives_answers_for():
    from lib.article import interview_lines
    from lib.tables import analyze_text

    text = "Ravi Sen spoke in Delhi.\nQ: Will you meet Jane Lo?\nA: Yes, on Tuesday."
    lines = interview_lines(text)
    assert [(label, text[a:b]) for label, a, b in lines] == [("Q", "Will you meet Jane Lo?"), ("A", "Yes, on Tuesday.")]
    quotes = analyze_text(text, published=PUB).quotes
    assert [(q["kind"], q["text"], q["speaker"]) for q in quotes.to_dict("records")] == [("direct", "Yes, on Tuesday.", "Ravi Sen")]
    assert interview_lines("A: an answer with no question.") == []
