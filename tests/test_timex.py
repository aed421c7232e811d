"""lib.timex: dates resolved against the publication date (tense-aware weekdays, anchored and
coarse expressions, absolute dates) and durations. Every input is a sentence written for the test;
the publication date is always given, so no result can depend on the day the tests run."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib.article import parse_article
from lib.nlp import parse
from lib.timex import TIMEX_COLUMNS, extract_timexes, find_timexes, parse_duration, resolve_weekday

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def timexes(body: str, published: str | None) -> pd.DataFrame:
    return extract_timexes(parse(parse_article(body, published=published)))


def only(body: str, published: str | None, kind: str = "date") -> dict:
    frame = timexes(body, published)
    rows = frame[frame["kind"] == kind]
    assert len(rows) == 1, frame[["text", "kind", "value"]].to_string()
    row = rows.iloc[0].to_dict()
    return {k: (None if not isinstance(v, (list, tuple)) and pd.isna(v) else v) for k, v in row.items()}


def day(body: str, published: str | None) -> str | None:
    return only(body, published)["date"]


# --------------------------------------------------------------------------------------------
# resolve_weekday directly


def test_resolve_weekday_by_tense_and_modifier():
    thu = dt.date(2025, 2, 13)
    assert thu.weekday() == THU
    assert resolve_weekday(WED, thu, "past") == dt.date(2025, 2, 12)
    assert resolve_weekday(FRI, thu, "past") == dt.date(2025, 2, 7)
    assert resolve_weekday(THU, thu, "past") == thu  # on or before
    assert resolve_weekday(FRI, thu, "future") == dt.date(2025, 2, 14)
    assert resolve_weekday(WED, thu, "future") == dt.date(2025, 2, 19)
    assert resolve_weekday(THU, thu, "future") == thu  # on or after
    assert resolve_weekday(THU, thu, "past", "last") == dt.date(2025, 2, 6)  # strictly before
    assert resolve_weekday(THU, thu, "future", "next") == dt.date(2025, 2, 20)  # strictly after
    assert resolve_weekday(FRI, thu, "past", "next") == dt.date(2025, 2, 14)
    assert resolve_weekday(WED, thu, "future", "last") == dt.date(2025, 2, 12)
    assert resolve_weekday(MON, thu, "present", "this") == dt.date(2025, 2, 10)  # publication week
    assert resolve_weekday(MON, thu, "future", "this") == dt.date(2025, 2, 17)  # "will meet this Monday": the coming one
    assert resolve_weekday(SUN, thu, "past", "this") == dt.date(2025, 2, 16)
    assert resolve_weekday(SAT, thu, "past", "coming") == dt.date(2025, 2, 15)


def test_resolve_weekday_across_year_boundary():
    assert resolve_weekday(SUN, dt.date(2025, 1, 2), "past") == dt.date(2024, 12, 29)
    assert resolve_weekday(SUN, dt.date(2024, 12, 27), "future") == dt.date(2024, 12, 29)
    assert resolve_weekday(WED, dt.date(2024, 12, 30), "future") == dt.date(2025, 1, 1)


# --------------------------------------------------------------------------------------------
# weekdays in text, by tense


def test_past_weekday_is_latest_on_or_before_publication():
    row = only("The two ministers met on Wednesday in the port city.", "2025-02-13")
    assert row["text"] == "Wednesday"
    assert (row["start"], row["end"]) == (25, 34)
    assert row["value"] == row["date"] == "2025-02-12"
    assert row["granularity"] == "day"
    assert row["tense"] == "past"
    assert row["anchor"] == "dct"
    assert row["resolved"] is True


def test_would_meet_on_friday_is_the_next_friday():
    row = only("The minister said she would meet her counterpart on Friday.", "2025-02-13")
    assert row["date"] == "2025-02-14"
    assert row["tense"] == "future"
    assert (row["start"], row["end"], row["text"]) == (52, 58, "Friday")


def test_will_meet_on_publication_weekday_is_that_day():
    assert day("The minister will meet her counterpart on Thursday.", "2025-02-13") == "2025-02-13"


def test_met_on_friday_in_story_published_friday_is_that_day():
    assert day("The two ministers met on Friday in the port city.", "2025-02-14") == "2025-02-14"


def test_is_due_to_is_future():
    assert day("The summit is due to take place on Saturday.", "2025-02-13") == "2025-02-15"


def test_is_meeting_progressive_is_future():
    assert day("The minister is meeting her counterpart on Friday.", "2025-02-13") == "2025-02-14"


def test_was_expected_to_is_past():
    assert day("The minister was expected to hold talks on Thursday.", "2025-02-14") == "2025-02-13"


def test_present_tense_weekday_is_future():
    assert day("The minister meets her counterpart on Friday.", "2025-02-13") == "2025-02-14"


def test_last_and_next_weekday_are_strict():
    frame = timexes("The two ministers met last Friday. They will meet again next Friday.", "2025-02-14")
    assert list(frame["text"]) == ["last Friday", "next Friday"]
    assert list(frame["date"]) == ["2025-02-07", "2025-02-21"]
    assert list(frame["tense"]) == ["past", "future"]


def test_this_friday_is_in_the_publication_week():
    assert day("The ministers will meet this Friday.", "2025-02-13") == "2025-02-14"


def test_postponed_until_monday_is_next_monday():
    row = only("The vote was postponed until Monday.", "2025-03-16")
    assert row["date"] == "2025-03-17"
    assert row["tense"] == "future"
    assert row["text"] == "until Monday"


def test_sunday_at_9am_past_across_year_boundary():
    row = only("The envoys met on Sunday at 9am in the capital.", "2025-01-02")
    assert row["date"] == "2024-12-29"
    assert row["text"] == "Sunday at 9am"


def test_sunday_at_9am_future_across_year_boundary():
    row = only("The envoys will meet on Sunday at 9am in the capital.", "2024-12-27")
    assert row["date"] == "2024-12-29"
    assert row["tense"] == "future"


def test_weekday_without_publication_date_stays_unresolved_but_absolute_date_resolves():
    frame = timexes("The two ministers met on Wednesday. The treaty was signed on 7 March 2003.", None)
    assert list(frame["text"]) == ["Wednesday", "7 March 2003"]
    wed, treaty = frame.iloc[0], frame.iloc[1]
    assert pd.isna(wed["value"]) and pd.isna(wed["date"])
    assert not bool(wed["resolved"])
    assert wed["granularity"] == "day"
    assert treaty["date"] == "2003-03-07"
    assert treaty["anchor"] == "absolute"
    assert bool(treaty["resolved"])


def test_result_follows_publication_date_not_today():
    # the same sentence published in 1999 resolves in 1999
    assert day("The ministers met on Wednesday.", "1999-03-04") == "1999-03-03"
    assert day("The ministers met on Wednesday.", "2031-07-10") == "2031-07-09"


# --------------------------------------------------------------------------------------------
# anchored and relative days


def test_later_takes_the_day_of_the_previous_date():
    frame = timexes("The two ministers spoke by phone on Wednesday. Later, the minister called the mayor.", "2025-02-13")
    assert list(frame["text"]) == ["Wednesday", "Later"]
    later = frame.iloc[1]
    assert (later["start"], later["end"]) == (47, 52)
    assert later["date"] == "2025-02-12"
    assert later["anchor"] == "previous"
    assert later["sentence"] == 1


def test_later_without_previous_date_takes_publication_date():
    row = only("Later, the ministers met.", "2025-02-13")
    assert row["date"] == "2025-02-13"
    assert row["anchor"] == "previous"


def test_later_without_any_date_is_unresolved():
    row = only("Later, the ministers met.", None)
    assert row["date"] is None
    assert row["resolved"] is False


def test_the_day_before_is_one_day_less():
    frame = timexes("The ministers met on Wednesday. The day before, their aides had spoken.", "2025-02-13")
    assert list(frame["text"]) == ["Wednesday", "The day before"]
    assert list(frame["date"]) == ["2025-02-12", "2025-02-11"]
    assert frame.iloc[1]["anchor"] == "previous"


def test_next_day_and_a_day_earlier_chain_on_previous():
    frame = timexes(
        "The ministers met on 10 February. They met again the next day. A day earlier, aides had spoken.",
        "2025-02-13",
    )
    assert list(frame["text"]) == ["10 February", "the next day", "A day earlier"]
    assert list(frame["date"]) == ["2025-02-10", "2025-02-11", "2025-02-10"]


def test_later_that_day_and_two_days_later():
    frame = timexes(
        "The ministers met on Wednesday. Later that day, the minister called the mayor. Two days later, they met.",
        "2025-02-13",
    )
    assert list(frame["text"]) == ["Wednesday", "Later that day", "Two days later"]
    assert list(frame["date"]) == ["2025-02-12", "2025-02-12", "2025-02-14"]


def test_yesterday_and_tomorrow_count_from_publication():
    frame = timexes("The ministers met yesterday and will meet again tomorrow.", "2025-02-13")
    assert list(frame["text"]) == ["yesterday", "tomorrow"]
    assert list(frame["date"]) == ["2025-02-12", "2025-02-14"]
    assert list(frame["anchor"]) == ["dct", "dct"]


def test_weekday_of_a_named_week():
    # (tester: "last week on Thursday" was a week with no day; 2025-03-05 is a Wednesday)
    assert day("The ministers met last week on Thursday.", "2025-03-05") == "2025-02-27"
    assert day("The ministers met on Thursday last week.", "2025-03-05") == "2025-02-27"
    assert day("The ministers will meet next week on Monday.", "2025-03-05") == "2025-03-10"
    assert day("The ministers will meet on Friday of next week.", "2025-03-05") == "2025-03-14"
    assert only("The ministers met last week, on Thursday.", "2025-03-05")["text"] == "last week, on Thursday"


def test_days_ago():
    assert day("The ministers met three days ago.", "2025-02-13") == "2025-02-10"


# --------------------------------------------------------------------------------------------
# coarse expressions


def test_last_week_is_week_granularity_without_a_day():
    frame = timexes("The ministers met last week and will meet again next month.", "2025-02-13")
    week, month = frame.iloc[0], frame.iloc[1]
    assert week["text"] == "last week"
    assert week["value"] == "2025-W06"
    assert week["granularity"] == "week"
    assert pd.isna(week["date"])
    assert (week["period_start"], week["period_end"]) == ("2025-02-03", "2025-02-09")
    assert dt.date.fromisoformat(week["period_start"]).weekday() == MON
    assert dt.date.fromisoformat(week["period_end"]).weekday() == SUN
    assert month["text"] == "next month"
    assert month["value"] == "2025-03"
    assert month["granularity"] == "month"
    assert pd.isna(month["date"])
    assert (month["period_start"], month["period_end"]) == ("2025-03-01", "2025-03-31")


def test_next_month_in_december_rolls_the_year():
    row = only("The ministers will meet next month.", "2024-12-05")
    assert row["value"] == "2025-01"
    assert (row["period_start"], row["period_end"]) == ("2025-01-01", "2025-01-31")


def test_earlier_this_week_and_over_the_weekend():
    frame = timexes("The ministers met earlier this week and spoke over the weekend.", "2025-02-13")
    assert list(frame["text"]) == ["earlier this week", "over the weekend"]
    assert list(frame["value"]) == ["2025-W07", "2025-W06-WE"]
    assert (frame.iloc[0]["period_start"], frame.iloc[0]["period_end"]) == ("2025-02-10", "2025-02-16")
    assert (frame.iloc[1]["period_start"], frame.iloc[1]["period_end"]) == ("2025-02-08", "2025-02-09")


def test_coarse_expressions_without_publication_date_are_unresolved():
    frame = timexes("The ministers met last week and will meet again next month.", None)
    assert list(frame["granularity"]) == ["week", "month"]
    assert frame["value"].isna().all()
    assert not frame["resolved"].any()


def test_in_2019_is_a_year():
    row = only("The treaty was signed in 2019 after long talks.", "2025-02-13")
    assert row["text"] == "2019"
    assert (row["start"], row["end"]) == (25, 29)
    assert row["value"] == "2019"
    assert row["granularity"] == "year"
    assert row["date"] is None
    assert (row["period_start"], row["period_end"]) == ("2019-01-01", "2019-12-31")
    assert row["anchor"] == "absolute"


def test_month_names_by_tense():
    past = only("The talks began in November.", "2025-02-13")
    assert (past["value"], past["granularity"]) == ("2024-11", "month")
    future = only("Talks are due to resume in March.", "2025-02-13")
    assert (future["value"], future["period_end"]) == ("2025-03", "2025-03-31")


# --------------------------------------------------------------------------------------------
# absolute dates


def test_day_month_year_and_short_dmy():
    frame = timexes("The treaty was signed on 7 March 2003. A second deal followed on 19-Nov-12.", "2025-02-13")
    assert list(frame["text"]) == ["7 March 2003", "19-Nov-12"]
    assert list(frame["date"]) == ["2003-03-07", "2012-11-19"]
    assert list(frame["anchor"]) == ["absolute", "absolute"]
    assert list(frame["start"]) == [25, 65]
    assert list(frame["end"]) == [37, 74]


def test_month_day_year():
    assert day("The accord was signed on March 24, 2025 in the capital.", "2025-04-02") == "2025-03-24"


def test_day_month_without_year_takes_publication_year():
    row = only("The ministers met on 10 February.", "2025-02-13")
    assert row["date"] == "2025-02-10"
    assert row["anchor"] == "dct"


def test_iso_date_in_text():
    assert day("The ministers met on 2024-11-05 in the capital.", "2025-02-13") == "2024-11-05"


# --------------------------------------------------------------------------------------------
# durations


def test_parse_duration_directly():
    assert parse_duration("nearly an hour-and-a-half") == (90.0, True)
    assert parse_duration("ninety minutes") == (90.0, False)
    assert parse_duration("one-hour") == (60.0, False)
    assert parse_duration("about two hours") == (120.0, True)
    assert parse_duration("half an hour") == (30.0, False)
    assert parse_duration("an hour-long call") == (60.0, False)
    assert parse_duration("45 minutes") == (45.0, False)
    assert parse_duration("more than two and a half hours") == (150.0, True)
    assert parse_duration("on Wednesday") == (None, False)


def test_durations_in_text():
    frame = timexes(
        "The call lasted nearly an hour-and-a-half. A second call lasted ninety minutes. "
        "Then a one-hour meeting followed.",
        "2025-02-13",
    )
    durations = frame[frame["kind"] == "duration"]
    assert list(durations["text"]) == ["nearly an hour-and-a-half", "ninety minutes", "one-hour"]
    assert list(durations["minutes"]) == [90.0, 90.0, 60.0]
    assert list(durations["approximate"]) == [True, False, False]
    assert list(durations["value"]) == ["PT90M", "PT90M", "PT60M"]
    assert list(durations["start"]) == [16, 64, 87]
    assert list(durations["end"]) == [41, 78, 95]
    assert list(durations["sentence"]) == [0, 1, 2]
    assert (frame["kind"] == "date").sum() == 0


def test_ceasefire_length_is_not_an_event_duration():
    frame = timexes("Both sides agreed to a 30-day ceasefire on Wednesday.", "2025-02-13")
    assert list(frame["kind"]) == ["date"]
    assert frame.iloc[0]["date"] == "2025-02-12"


def test_truce_length_in_hours_is_not_an_event_duration():
    frame = timexes("Both sides agreed to a two-hour truce. The call lasted two hours.", "2025-02-13")
    durations = frame[frame["kind"] == "duration"]
    assert list(durations["text"]) == ["two hours"]
    assert list(durations["start"]) == [55]


# --------------------------------------------------------------------------------------------
# the frame


def test_frame_columns_ids_and_offsets():
    body = "The ministers met on Wednesday and talked for about two hours. They will meet again next Friday."
    parsed = parse(parse_article(body, published="2025-02-13"))
    frame = extract_timexes(parsed)
    assert list(frame.columns) == TIMEX_COLUMNS
    assert list(frame["timex_id"]) == ["T1", "T2", "T3"]
    assert list(frame["text"]) == ["Wednesday", "about two hours", "next Friday"]
    for start, end, text in zip(frame["start"], frame["end"], frame["text"]):
        assert body[start:end] == text
    assert list(frame["sentence"]) == [0, 0, 1]
    assert [t.text for t in find_timexes(parsed)] == list(frame["text"])


def test_article_without_time_expressions_gives_empty_frame():
    frame = timexes("The ministers agreed to keep talking.", "2025-02-13")
    assert len(frame) == 0
    assert list(frame.columns) == TIMEX_COLUMNS
