"""A new user's walkthrough: events and positions that named the wrong people.

Every sentence is written for these tests (names invented); the publication date is given
(2025-03-05, a Wednesday) so nothing depends on the day the tests run. The sample article is the
one embedded in the app (data/articles/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lib.tables import analyze_text

PUB = "2025-03-05"
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles" / "2025-02-13-bbc-trump-putin-call.txt"

TRADE = ("Trade talks stall\n\n"
         "Prime Minister Ingrid Solberg said on Monday that Norway would not sign the agreement yet.\n\n"
         "A meeting between Solberg and EU trade commissioner Marta Lindqvist, originally scheduled for Friday, "
         "has been postponed until March 20 because of the dispute.\n\n"
         "The meeting with the union, planned for Thursday, was called off.\n")

SANCTIONS = ("Norway weighs sanctions\n\n"
             "Opposition leader Lars Berg said the government was isolating Norway and called for the sanctions "
             "to be adopted without delay.\n\n"
             "Weber's spokeswoman, Anna Keller, said the chancellor had urged Oslo to back the package.\n")


@pytest.fixture(scope="module")
def trade():
    return analyze_text(TRADE, published=PUB)


@pytest.fixture(scope="module")
def sanctions():
    return analyze_text(SANCTIONS, published=PUB)


@pytest.fixture(scope="module")
def sample():
    return analyze_text(SAMPLE.read_text(encoding="utf-8"))


# --- events ------------------------------------------------------------------------------------

def test_a_meeting_between_a_name_and_a_titled_name_keeps_both_and_its_first_day(trade):
    row = trade.events.iloc[0]
    assert (row["kind"], list(row["participants"]), row["date"], row["date_text"], row["status"]) == (
        "meeting", ["Ingrid Solberg", "Marta Lindqvist"], "2025-03-20", "March 20 (originally Friday)", "postponed")
    # the first day's words stay in the evidence too
    assert "originally scheduled for Friday" in row["evidence"]


def test_a_cancelled_meeting_with_one_side_named_gets_no_invented_participant(trade):
    row = trade.events.iloc[1]
    assert (row["kind"], len(row["participants"]), row["date"], row["status"]) == ("meeting", 1, "2025-03-06", "cancelled")
    assert "Ingrid Solberg" not in list(row["participants"])
    assert len(trade.events) == 2


@pytest.mark.parametrize("text, date_text", [
    ("Ravi Sen postponed his visit to Paris from Friday to Monday.", "Monday (originally Friday)"),
    ("The harbour summit, first set for Friday, has been postponed until Monday.", "until Monday (originally Friday)"),
    ("The harbour talks have been postponed until Monday.", "until Monday"),
])
def test_a_postponed_event_keeps_its_first_day_in_date_text(text, date_text):
    events = analyze_text("Harbour news\n\n" + text + "\n", published=PUB).events
    assert (events.iloc[0]["date"], events.iloc[0]["date_text"]) == ("2025-03-10", date_text)


# --- positions ---------------------------------------------------------------------------------

def _positions(tables) -> list[tuple]:
    return [(r["actor"], r["topic"], r["stance"], r["speaker"]) for r in tables.positions.to_dict("records")]


def test_a_call_for_sanctions_without_delay_is_the_speakers_support(sanctions):
    rows = _positions(sanctions)
    assert ("Lars Berg", "sanctions", "support", "Lars Berg") in rows
    assert not any(a != "Lars Berg" and t == "sanctions" for a, t, _s, _sp in rows)


def test_a_named_spokesperson_speaks_for_the_person_in_her_title(sanctions):
    rows = sanctions.positions.to_dict("records")
    keller = [r for r in rows if r["claim"] == "the chancellor had urged Oslo to back the package"]
    quote = sanctions.quotes[sanctions.quotes["text"] == "the chancellor had urged Oslo to back the package"]
    assert quote["speaker"].tolist() == ["Anna Keller"]
    assert [(r["actor"], r["topic"], r["stance"], r["speaker"], r["quote_id"]) for r in keller] == [
        ("Weber", "package", "support", "Anna Keller", quote["quote_id"].iloc[0])]
    assert not any(r["actor"] == "Anna Keller" for r in rows)


def test_sample_position_from_trumps_report_is_said_by_trump_and_carries_its_quotation(sample):
    pos = {(r["actor"], r["topic"]): r for r in sample.positions.to_dict("records")}
    quotes = sample.quotes.set_index("quote_id")
    for actor in ("Vladimir Putin", "Donald Trump"):
        row = pos[(actor, "leader meetings")]
        assert row["quote_id"] == "Q5"
        assert row["claim"] == "invited each other to visit their respective capitals"
        assert quotes.loc["Q5", "text"] in row["claim"]
        first = row["evidence"][0]
        assert (first["quote_id"], first["said_by"]) == ("Q5", "Donald Trump")
    putin = pos[("Vladimir Putin", "leader meetings")]
    assert putin["speaker"] == "Dmitry Peskov; Donald Trump"
    assert [(e["quote_id"], e["said_by"]) for e in putin["evidence"]] == [("Q5", "Donald Trump"), ("Q13", "Dmitry Peskov")]
    assert pos[("Donald Trump", "leader meetings")]["speaker"] == "Donald Trump"


def test_every_sample_position_with_a_quoted_claim_carries_a_quote_id(sample):
    quotes = sample.quotes.to_dict("records")
    for r in sample.positions.to_dict("records"):
        if r["source_kind"] != "stated":
            continue
        if any(q["start"] >= r["start"] and q["end"] <= r["end"] for q in quotes):
            assert isinstance(r["quote_id"], str) and r["quote_id"], r["position_id"]
        for e in r["evidence"]:
            assert e["said_by"], r["position_id"]


def test_positions_page_names_the_speaker_of_each_piece_of_evidence(app):
    """The evidence of Putin's 'leader meetings' square: Trump's post said by Trump, the Kremlin's
    account said by Peskov (not both names on every piece)."""
    from apptest_helpers import plain

    at = app.run()  # the first run (Article page) drops other pages' parameters: set it after
    at.query_params["pos-cell"] = "Vladimir Putin — leader meetings"
    at.switch_page("pages/positions.py").run()
    assert [e.value for e in at.exception] == []
    assert at.selectbox(key="pos-cell").value == "Vladimir Putin — leader meetings"
    captions = [plain(c.value) for c in at.caption]
    assert "Vladimir Putin supports · leader meetings · said by Donald Trump · Q5" in captions
    assert "Vladimir Putin supports · leader meetings · said by Dmitry Peskov · Q13" in captions
    assert not any("said by Dmitry Peskov; Vladimir Putin" in c for c in captions)


def test_an_owned_stance_noun_inside_a_report_carries_the_reports_quotation_and_reporter():
    text = ("Climate news\n\nPrime Minister Tony Blair said President George Bush's refusal to join the "
            "Lisbon accord on climate change was understandable.\n")
    rows = analyze_text(text, published=PUB).positions.to_dict("records")
    bush = [(r["actor"], r["topic"], r["stance"], r["quote_id"], r["speaker"]) for r in rows if r["actor"] == "George Bush"]
    assert bush == [("George Bush", "climate change", "oppose", "Q1", "Tony Blair")]
