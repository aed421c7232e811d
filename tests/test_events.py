"""lib.events: contact events, their participants, dates against the publication date, status,
place, duration, and one row per event — on small stories written for these tests."""

from __future__ import annotations

import pytest

from lib.schema import columns
from lib.tables import analyze_text


def is_null(value) -> bool:
    return value is None or value != value  # pandas gives NaN for a missing string


def events(raw: str):
    return analyze_text(raw).events


def summary(raw: str) -> list[tuple]:
    """(kind, participants, date, status) of every event, in order."""
    e = events(raw)
    return [(k, list(p), d if isinstance(d, str) else None, s)
            for k, p, d, s in zip(e["kind"], e["participants"], e["date"], e["status"])]


def test_a_verb_and_a_noun_naming_one_call_are_one_event_with_its_duration():
    raw = ("date 2025-02-13\nThe president phoned his counterpart on Wednesday. "
           "The conversation lasted ninety minutes and covered the ceasefire.")
    e = events(raw)
    assert len(e) == 1
    row = e.iloc[0]
    assert row["kind"] == "call" and row["date"] == "2025-02-12" and row["status"] == "happened"
    assert row["duration_minutes"] == 90.0 and not row["approximate"]
    assert len(row["mentions"]) == 2
    text = analyze_text(raw).articles.iloc[0]["text"]
    assert [text[a:b] for a, b in row["mentions"]] == ["phoned", "conversation"]


def test_weekday_equal_to_the_publication_weekday_is_that_day_in_the_past():
    raw = "date 2025-02-14\nThe foreign ministers met in Munich on Friday and agreed to talk again next week."
    e = events(raw)
    assert (e.iloc[0]["kind"], e.iloc[0]["date"], e.iloc[0]["location"]) == ("meeting", "2025-02-14", "Munich")


def test_postponed_talks_take_the_new_date_and_do_not_depend_on_today():
    e = events("date 2025-03-16\nThe peace talks have been postponed until Monday.")
    assert (e.iloc[0]["kind"], e.iloc[0]["status"], e.iloc[0]["date"]) == ("talks", "postponed", "2025-03-17")


DIPLOMACY = """date 2025-06-05 Diplomacy

Chancellor Eva Roth spoke with Prime Minister Luis Mora by phone on Monday. The call lasted about 45 minutes.

Roth will travel to Madrid next Tuesday, her office said.

Mora said the two leaders could meet again at a summit in Rome next month.

The foreign ministers cancelled their meeting in Vienna. There are no plans for a call between Roth and the Dutch premier, a spokesman said.

Roth may visit Kyiv later this year."""


def test_status_place_duration_and_granularity_of_each_event():
    e = events(DIPLOMACY)
    rows = {(r["kind"], r["status"]): r for r in e.to_dict("records")}
    call = rows[("call", "happened")]
    assert call["participants"] == ["Eva Roth", "Luis Mora"] and call["date"] == "2025-06-02"
    assert call["duration_minutes"] == 45.0 and call["approximate"] is True
    visit = rows[("visit", "planned")]
    assert visit["location"] == "Madrid" and visit["date"] == "2025-06-10" and "Spain" in visit["participants"]
    summit = rows[("meeting", "proposed")]
    assert summit["location"] == "Rome" and summit["granularity"] == "month"
    assert summit["timex_value"] == "2025-07" and is_null(summit["date"])
    assert summit["period_start"] == "2025-07-01" and summit["period_end"] == "2025-07-31"
    assert rows[("meeting", "cancelled")]["location"] == "Vienna"
    assert rows[("call", "denied")]["participants"][0] == "Eva Roth"
    kyiv = rows[("visit", "possible")]
    assert kyiv["location"] == "Kyiv" and "Ukraine" in kyiv["participants"] and kyiv["granularity"] == "year"


def test_an_undated_event_keeps_a_null_date():
    raw = ("date 2025-02-13 Talks\n\nThe senator did not set a date for a face-to-face meeting with the governor, "
           'but later told reporters: "We will meet in Lisbon."')
    got = summary(raw)
    assert got == [("meeting", ["the senator", "the governor"], None, "planned")]


def test_without_a_publication_date_weekdays_stay_unresolved():
    raw = "The two ministers met in Oslo on Wednesday. They will meet again on 7 March 2026."
    t = analyze_text(raw)
    assert is_null(t.articles.iloc[0]["published"])
    dated = {r["date_text"]: r["date"] for r in t.events.to_dict("records")}
    assert set(dated) == {"Wednesday", "7 March 2026"}
    assert is_null(dated["Wednesday"]) and dated["7 March 2026"] == "2026-03-07"


def test_the_two_resolves_to_the_two_people_just_named():
    raw = ("date 2025-06-05 Strike\n\nMayor Elena Vasquez spoke with union leader Marcus Webb by phone on Monday. "
           "The two are expected to meet at City Hall next Tuesday.")
    got = summary(raw)
    assert ("meeting", ["Elena Vasquez", "Marcus Webb"], "2025-06-10", "possible") in got


def test_a_reporters_exchange_is_not_an_event_and_press_conferences_are_quote_sources():
    raw = ("date 2025-06-05 Briefing\n\nIn an exchange with reporters at the White House, the president said the "
           "economy was strong. At a news conference on Tuesday, the governor said taxes would fall.")
    assert len(events(raw)) == 0


def test_schema_columns_in_order():
    e = events("date 2025-02-13\nThe president phoned his counterpart on Wednesday.")
    assert list(e.columns[: len(columns("events"))]) == columns("events")


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        ("2025-02-13", "The envoys met on Wednesday.", "2025-02-12"),
        ("2025-02-13", "The envoys will meet on Friday.", "2025-02-14"),
        ("2025-02-13", "The envoys would meet on Friday, the minister said.", "2025-02-14"),
        ("2024-12-27", "The envoys will meet on Sunday at 9am.", "2024-12-29"),
        ("2025-01-02", "The envoys met on Sunday at 9am.", "2024-12-29"),
    ],
)
def test_weekday_dates_follow_the_tense_of_the_event(published, sentence, expected):
    e = events(f"date {published}\n{sentence}")
    assert e.iloc[0]["date"] == expected
