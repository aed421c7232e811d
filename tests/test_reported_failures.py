"""../shared/cases/reported-failures.jsonl: small inputs, each a failure kind reported against
other tools, with the right answer. Every case passes here, read from ../shared at test time
(the cases are third-party material and are not copied into the project). Each failure kind
also has a test on an input of our own in test_quotes.py / test_events.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lib.tables import analyze_text

CASES_FILE = Path(__file__).resolve().parents[2] / "shared" / "cases" / "reported-failures.jsonl"
CASES = {c["id"]: c for c in map(json.loads, CASES_FILE.read_text(encoding="utf-8").splitlines())} if CASES_FILE.exists() else {}

pytestmark = pytest.mark.skipif(not CASES, reason=f"{CASES_FILE} is not present beside the project")


def words(text: str) -> list[str]:
    return [w.strip(".,;:\"“”'‘’").lower() for w in text.split() if w.strip(".,;:\"“”'‘’")]


def marked(case_id: str) -> list[tuple[str, str]]:
    q = analyze_text(CASES[case_id]["input"]).quotes
    q = q[q["kind"] != "indirect"]
    return list(zip(q["text"], q["speaker"]))


def test_b01_apposition_and_a_quotation_over_two_paragraphs():
    assert marked("B01") == [(CASES["B01"]["expected"]["quotes"][0]["text"], "Maria Lind")]


def test_b02_one_quotation_over_three_paragraphs():
    assert marked("B02") == [(q["text"], q["speaker"]) for q in CASES["B02"]["expected"]["quotes"]]


def test_b04_other_speech_verbs_and_speakers_after_the_verb():
    assert marked("B04") == [(q["text"], q["speaker"]) for q in CASES["B04"]["expected"]["quotes"]]


def test_b05_colon_lead_in_and_dash_credit():
    got = marked("B05")
    expected = CASES["B05"]["expected"]["quotes"]
    assert [t for t, _s in got] == [q["text"] for q in expected]
    assert got[0][1] == "the committee chair" and "Okafor" in got[1][1]


def test_b06_left_single_mark_as_an_apostrophe():
    assert marked("B06") == [("wouldn‘t expect a deal", "the envoy")]


def test_b08_parenthetical_and_relative_attributions_and_no_false_source():
    q = analyze_text(CASES["B08"]["input"]).quotes
    assert list(q["speaker"]) == ["the minister", "the minister"]
    expected = [e["content"] for e in CASES["B08"]["expected"]["quotes"]]
    assert words(q.iloc[0]["text"]) == words(expected[0])
    assert set(words(q.iloc[1]["text"])) <= set(words(expected[1]))
    assert not any("experience" in t for t in q["text"])


def test_b09_sentence_boundary_before_the_opening_mark():
    t = analyze_text(CASES["B09"]["input"])
    assert marked("B09") == [("We will meet again soon,", "the spokesman")]
    assert t.quotes.iloc[0]["context"] == CASES["B09"]["expected"]["sentences"][1]


def test_b11_one_call_from_a_verb_and_a_noun_with_its_duration():
    t = analyze_text(CASES["B11"]["input"])
    e = t.events
    assert len(e) == 1
    row = e.iloc[0]
    assert (row["kind"], row["date"], row["duration_minutes"]) == ("call", "2025-02-12", 90.0)
    assert [t.articles.iloc[0]["text"][a:b] for a, b in row["mentions"]] == ["phoned", "conversation"]
    assert t.articles.iloc[0]["text"] == CASES["B11"]["input"].split("\n", 1)[1]  # the text is never rewritten


def test_b12_weekday_equal_to_the_publication_weekday():
    row = analyze_text(CASES["B12"]["input"]).events.iloc[0]
    assert (row["kind"], row["date"], row["location"]) == ("meeting", "2025-02-14", "Munich")


def test_b14_until_monday_against_the_publication_date():
    row = analyze_text(CASES["B14"]["input"]).events.iloc[0]
    expected = CASES["B14"]["expected"]["events"][0]
    assert (row["kind"], row["status"], row["date"]) == (expected["type"], expected["status"], expected["new_date"])
    assert (row["kind"], row["status"], row["date"]) == ("talks", "postponed", "2025-03-17")


def test_every_case_is_covered():
    covered = {name.split("_")[1].upper() for name in globals() if name.startswith("test_b")}
    assert covered == set(CASES)
