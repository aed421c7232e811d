"""lib.positions: who stands where on which topic, with stance, principal and evidence — on small
stories written for these tests, plus the stance rules one by one."""

from __future__ import annotations

import pytest

from lib.positions import classify_stance, match_topics, roll_up
from lib.schema import columns
from lib.tables import analyze_text


def positions(raw: str):
    return analyze_text(raw).positions


def table(raw: str) -> dict[tuple[str, str], str]:
    """(actor, topic) -> stance for stated positions."""
    p = positions(raw)
    p = p[p["source_kind"] == "stated"]
    return {(a, t): s for a, t, s in zip(p["actor"], p["topic"], p["stance"])}


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("it was unlikely the country would join the alliance", "doubtful"),
        ("there was no likelihood of the country joining the alliance", "oppose"),
        ("some of that land will come back", "mixed"),
        ("The plan is sound - and we back it - but there are doubts that we must settle.", "conditional"),
        ("we will back the deal only if the troops withdraw", "conditional"),
        ("She can neither confirm nor deny those rumours", "doubtful"),
        ("the referendum would violate international law", "oppose"),
        ("the minister did not rule out a referendum", "support"),
        ("we want a lasting peace", "support"),
        ("Abroad, it is to be hoped that partners will be heard, not least on fishing", "support"),
    ],
)
def test_stance_of_a_claim(claim, stance):
    assert classify_stance(claim) == stance


def test_roll_up_keeps_the_strongest_reservation_and_flags_a_change():
    assert roll_up(["doubtful", "oppose"]) == ("oppose", False)
    assert roll_up(["doubtful", "mixed"]) == ("doubtful", False)
    assert roll_up(["support", "oppose"]) == ("mixed", True)
    assert roll_up(["support", "support"]) == ("support", False)


def test_topics_come_from_the_taxonomy_and_negotiations_need_a_war_for_peace():
    war = "The war has lasted three years."
    assert [t["id"] for t in match_topics("the leaders agreed to begin negotiations to end the war", war)] == [
        "peace_negotiations", "ending_the_war"]
    assert [t["id"] for t in match_topics("the union is open to a reasonable deal", "Bus fares rose.")] == ["negotiations"]
    assert [t["id"] for t in match_topics("it was unlikely the country would join Nato", war)] == ["nato_membership"]
    assert match_topics("Nato held a dinner", war) == []  # 'requires': membership words


ARTICLE = """date 2025-04-02 Border talks

Chancellor Ilse Brandt said her government would never accept a change to the borders.

Foreign Minister Tomas Reyes said it was unlikely the neighbours would join Nato. He added that there was no likelihood of a deal on the border this year.

Kremlin spokesman Dmitry Peskov said President Vladimir Putin supported talks to end the war.

Reyes said he agreed with Brandt.
"""


def test_positions_with_principal_agreement_and_evidence():
    got = table(ARTICLE)
    assert got[("Ilse Brandt", "territory and borders")] == "oppose"
    assert got[("Tomas Reyes", "NATO membership for Ukraine")] == "doubtful"
    assert got[("Vladimir Putin", "peace negotiations")] == "support"  # Peskov speaks for Putin
    assert got[("Vladimir Putin", "ending the war")] == "support"
    assert got[("Tomas Reyes", "territory and borders")] == "oppose"  # agrees with Brandt
    p = positions(ARTICLE)
    putin = p[(p["actor"] == "Vladimir Putin") & (p["topic"] == "peace negotiations")].iloc[0]
    assert putin["speaker"] == "Dmitry Peskov" and putin["quote_id"].startswith("Q")
    text = analyze_text(ARTICLE).articles.iloc[0]["text"]
    assert text[putin["start"]:putin["end"]] == "President Vladimir Putin supported talks to end the war"


def test_reporter_framing_is_kept_apart():
    raw = ("date 2025-02-13 Alliance\n\nThe defence minister said it was unlikely the country would join Nato, "
           "which will come as a bitter disappointment to Kyiv.")
    p = positions(raw)
    reporter = p[p["source_kind"] == "reporter"]
    assert list(zip(reporter["actor"], reporter["topic"], reporter["stance"], reporter["speaker"])) == [
        ("Ukraine", "NATO membership for Ukraine", "support", "reporter")]
    stated = p[p["source_kind"] == "stated"]
    assert list(zip(stated["actor"], stated["stance"])) == [("the defence minister", "doubtful")]


def test_several_statements_roll_up_into_one_row_with_all_their_evidence():
    raw = ("date 2025-02-13 Alliance\n\nGeneral Ana Sousa said it was unlikely the country would join Nato. "
           "Later she said there was no likelihood of the country joining the alliance.")
    p = positions(raw)
    row = p[p["topic"] == "NATO membership for Ukraine"].iloc[0]
    assert row["actor"] == "Ana Sousa" and row["stance"] == "oppose" and not row["stance_changed"]
    assert [e["stance"] for e in row["evidence"]] == ["doubtful", "oppose"]


def test_a_change_of_stance_is_shown():
    raw = ("date 2025-02-13 Talks\n\nMinister Ken Obi said in March that he supported a ceasefire. "
           "On Friday Obi said he rejected the ceasefire.")
    row = positions(raw).iloc[0]
    assert (row["actor"], row["topic"], row["stance"], bool(row["stance_changed"])) == ("Ken Obi", "ceasefire", "mixed", True)


def test_an_owned_stance_noun_and_a_statement_on_no_listed_topic():
    raw = ("date 2005-03-01 Climate\n\nThe minister criticised Alden Marsh's refusal to join the Kyoto "
           "pact. Mayor Rui Costa said the city would not raise bus fares.")
    got = table(raw)
    assert got[("Alden Marsh", "climate change")] == "oppose"
    assert got[("Rui Costa", "bus fares")] == "oppose"


def test_a_statement_of_fact_is_not_a_position():
    assert len(positions("date 2025-04-02 Weather\n\nOfficials said the river rose two metres overnight.")) == 0


def test_schema_columns_in_order():
    p = positions(ARTICLE)
    assert list(p.columns[: len(columns("positions"))]) == columns("positions")
