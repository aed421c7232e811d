"""The embedded sample (data/articles: the BBC report of 2025-02-13 on the Trump-Putin call):
the figures issue 2 asks for, computed by lib from the text. Each rule behind them has its own
small test in test_quotes / test_events / test_positions / test_actors."""

from __future__ import annotations

import pytest

from lib.article import sample_articles
from lib.tables import analyze_file


@pytest.fixture(scope="module")
def sample():
    path = next(p for p in sample_articles() if "trump-putin" in p.name)
    return analyze_file(path)


def test_article_header(sample):
    a = sample.articles.iloc[0]
    assert (a["published"], a["source"], a["dateline"]) == ("2025-02-13", "BBC", "(BBC)")
    assert a["title"] == "Ukraine war talks start now, Trump says after Putin call"
    assert a["text"].startswith("(BBC) US President Donald Trump")
    assert a["n_paragraphs"] == 12


def test_the_seven_quotations_in_marks_with_kind_and_speaker(sample):
    q = sample.quotes[sample.quotes["kind"] != "indirect"]
    got = [(k, s, t) for k, s, t in zip(q["kind"], q["speaker"], q["text"])]
    assert got == [
        ("partial", "Donald Trump", "lengthy and highly productive"),
        ("partial", "Donald Trump", "agreed to have our respective teams start negotiations immediately"),
        ("partial", "Volodymyr Zelensky", "lasting, reliable peace"),
        ("direct", "Donald Trump", "It is time to stop this ridiculous War, where there has been massive, and "
                                   "totally unnecessary, DEATH and DESTRUCTION. God bless the people of Russia and Ukraine!"),
        ("direct", "Donald Trump", "We’ll meet in Saudi Arabia."),
        ("partial", "Donald Trump", "some of that land will come back"),
        ("direct", "Donald Trump", "I think that’s probably true,"),
    ]
    wrote = q[q["text"].str.startswith("It is time")].iloc[0]
    assert (wrote["cue"], wrote["channel"]) == ("wrote", "social media")
    truth = q[q["text"].str.startswith("agreed to have")].iloc[0]
    assert truth["channel"] == "Truth Social"
    saudi = q[q["text"].str.startswith("We’ll meet")].iloc[0]
    assert (saudi["cue"], saudi["speaker_mention"]) == ("told reporters", "He")


def test_reported_speech_and_its_speakers(sample):
    q = sample.quotes[sample.quotes["kind"] == "indirect"]
    by_text = {t: s for t, s in zip(q["text"], q["speaker"])}
    assert by_text["Putin supported Trump’s idea that the time had come to work together"] == "Dmitry Peskov"
    assert by_text["The phone call between Putin and Trump lasted nearly an hour-and-a-half, during which the Russian "
                   "president extended an invitation to visit Moscow"] == "Dmitry Peskov"
    assert by_text["there was no likelihood of Ukraine joining the military alliance"] == "Pete Hegseth"
    assert by_text["it was unlikely Ukraine would join Nato"] == "Donald Trump; Pete Hegseth"
    assert by_text["he agreed with his Defence Secretary Pete Hegseth"] == "Donald Trump"
    zelensky = [t for t, s in by_text.items() if s == "Volodymyr Zelensky" and "Vance" in t]
    assert zelensky == ["he would meet Vice-President JD Vance and Secretary of State Marco Rubio during a defence "
                        "summit on Ukraine in Munich on Friday"]
    # design.md §4: the seed's ten reported clauses, and one speech act with a phrase for content
    assert list(q["form"]).count("clause") == 10
    assert list(zip(q["form"], q["speaker"], q["text"]))[2] == (
        "phrase", "Donald Trump; Vladimir Putin", "each other to visit their respective capitals")


def test_actors(sample):
    a = sample.actors.set_index("name")
    people = a[a["kind"] == "person"]
    assert sorted(people.index) == ["Dmitry Peskov", "Donald Trump", "JD Vance", "Marco Rubio", "Pete Hegseth",
                                    "Vladimir Putin", "Volodymyr Zelensky"]
    assert {"Trump", "the president", "he"} <= set(a.loc["Donald Trump", "aliases"])
    assert "the Russian president" in a.loc["Vladimir Putin", "aliases"]
    assert a.loc["Dmitry Peskov", "title"] == "Kremlin spokesman"
    assert a.loc["Pete Hegseth", "title"] == "Defence Secretary"
    assert a.loc["JD Vance", "title"] == "Vice-President"
    assert a.loc["Marco Rubio", "title"] == "Secretary of State"
    for name in ("Kyiv", "Nato", "Truth Social", "BBC"):
        assert name not in set(people.index)
    assert a.loc["Nato", "kind"] == "organisation" and a.loc["BBC", "kind"] == "organisation"


def test_events(sample):
    e = sample.events
    rows = [(k, list(p), d if isinstance(d, str) else None, s) for k, p, d, s in
            zip(e["kind"], e["participants"], e["date"], e["status"])]
    assert rows == [
        ("call", ["Donald Trump", "Vladimir Putin"], "2025-02-12", "happened"),
        ("talks", ["Donald Trump", "Vladimir Putin"], None, "planned"),
        ("visit", ["Donald Trump", "Vladimir Putin"], None, "proposed"),
        ("call", ["Volodymyr Zelensky", "Donald Trump"], "2025-02-12", "happened"),
        ("meeting", ["Volodymyr Zelensky", "JD Vance", "Marco Rubio"], "2025-02-14", "planned"),
        ("meeting", ["Donald Trump", "Vladimir Putin"], None, "planned"),
    ]
    call = e.iloc[0]
    assert (call["duration_minutes"], bool(call["approximate"]), len(call["mentions"])) == (90.0, True, 2)
    assert (e.iloc[4]["location"], e.iloc[5]["location"], e.iloc[2]["location"]) == ("Munich", "Saudi Arabia", "Moscow")
    assert e.iloc[3]["date_text"] == "Later"


def test_positions(sample):
    p = sample.positions
    stated = {(a, t): s for a, t, s, k in zip(p["actor"], p["topic"], p["stance"], p["source_kind"]) if k == "stated"}
    assert stated[("Donald Trump", "NATO membership for Ukraine")] == "oppose"
    assert stated[("Pete Hegseth", "NATO membership for Ukraine")] == "oppose"
    for actor in ("Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"):
        assert stated[(actor, "peace negotiations")] == "support", actor
    assert stated[("Donald Trump", "territory and borders")] == "doubtful"
    putin = p[(p["actor"] == "Vladimir Putin") & (p["topic"] == "peace negotiations")].iloc[0]
    assert "Dmitry Peskov" in putin["speaker"]
    territory = p[(p["actor"] == "Donald Trump") & (p["topic"] == "territory and borders")].iloc[0]
    assert [e["stance"] for e in territory["evidence"]] == ["doubtful", "mixed"]
    reporter = p[p["source_kind"] == "reporter"]
    assert list(zip(reporter["actor"], reporter["topic"], reporter["stance"])) == [
        ("Ukraine", "NATO membership for Ukraine", "support")]


def test_every_row_points_at_its_words(sample):
    text = sample.articles.iloc[0]["text"]
    for row in sample.quotes.to_dict("records"):
        first = row["text"].split()[0]
        assert text[row["start"]:row["end"]].startswith(first), row["quote_id"]
    for row in sample.events.to_dict("records"):
        assert row["evidence"] == text[row["start"]:row["end"]]
    for row in sample.positions.to_dict("records"):
        assert 0 <= row["start"] < row["end"] <= len(text)
