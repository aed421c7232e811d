"""AppTest of every page on hand-made tables: the page logic, tested without the extraction.

``lib.article.sample_articles`` is pointed at a small article written for these tests and
``lib.tables.analyze`` is replaced by :func:`fake_analyze`, which returns tables built with
``lib.schema.make_frame`` (offsets found in the article's text). So these tests pin what the pages
do with given tables — filters, URL state, empty states, figures, escaping — whatever the
extraction library finds.
"""

from __future__ import annotations

import json
import re

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import lib.article
import lib.tables
from lib.schema import make_frame

from apptest_helpers import APP, marker_ids, plain

ARTICLE = """date 2024-03-08 Harbour repairs to start soon, mayor says after call with governor

(Harbour Gazette) Mayor Lena Ortiz said she had a “long and useful” phone call with Governor Sam Reyes on Thursday about the storm damage to the pier.

Ortiz wrote on her blog: “We will rebuild the pier by summer. Nobody will be left behind.”

Reyes said he would visit the harbour next month and that the state would pay for the repairs.

Tom Baker, a union steward at the docks, said the workers were against any delay to the repairs.

Both Ortiz and Reyes said a toll on the new bridge was out of the question.

The two officials did not set a date for a meeting with the fishermen, which will worry the fleet.
"""


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _sentence(text: str, words: str) -> tuple[int, int, str]:
    """The line (one sentence per paragraph here) holding ``words``."""
    start = text.rfind("\n", 0, text.index(words)) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return start, end, text[start:end]


def fake_tables(article: lib.article.Article) -> lib.tables.ArticleTables:
    """Hand-made tables for :data:`ARTICLE`: 3 actors, 5 quotations, 3 events, 6 positions."""
    t = article.text
    aid = article.article_id
    actors = make_frame("actors", [
        {"actor_id": "A1", "article_id": aid, "name": "Lena Ortiz", "kind": "person", "title": "Mayor",
         "affiliation": None, "aliases": ["Ortiz", "she"], "n_mentions": 4, "n_quotes": 3},
        {"actor_id": "A2", "article_id": aid, "name": "Sam Reyes", "kind": "person", "title": "Governor",
         "affiliation": None, "aliases": ["Reyes"], "n_mentions": 3, "n_quotes": 2},
        {"actor_id": "A3", "article_id": aid, "name": "Tom Baker", "kind": "person",
         "title": "union steward", "affiliation": "the docks union", "aliases": [], "n_mentions": 1,
         "n_quotes": 1},
    ])

    def quote(qid, kind, speakers, words, cue, channel=None):
        start, end = _span(t, words)
        c_start, c_end, context = _sentence(t, words)
        cue_start, cue_end = _span(t[c_start:c_end], cue) if cue and cue in t[c_start:c_end] else (None, None)
        return {"quote_id": qid, "article_id": aid, "kind": kind, "speaker": "; ".join(speakers),
                "speaker_id": None, "text": words, "cue": cue, "channel": channel, "paragraph": 0,
                "sentence": 0, "start": start, "end": end, "speakers": speakers,
                "cue_start": None if cue_start is None else c_start + cue_start,
                "cue_end": None if cue_end is None else c_start + cue_end,
                "context": context, "context_start": c_start, "context_end": c_end}

    quotes = make_frame("quotes", [
        quote("Q1", "partial", ["Lena Ortiz"], "long and useful", "said"),
        quote("Q2", "direct", ["Lena Ortiz"],
              "We will rebuild the pier by summer. Nobody will be left behind.", "wrote", "her blog"),
        quote("Q3", "indirect", ["Sam Reyes"],
              "he would visit the harbour next month and that the state would pay for the repairs", "said"),
        quote("Q4", "indirect", ["Tom Baker"], "the workers were against any delay to the repairs", "said"),
        quote("Q5", "indirect", ["Lena Ortiz", "Sam Reyes"],
              "a toll on the new bridge was out of the question", "said"),
    ])

    def event(eid, kind, who, date, date_text, granularity, status, trigger, **extra):
        s_start, s_end, sentence = _sentence(t, trigger)
        return {"event_id": eid, "article_id": aid, "kind": kind, "participants": who, "location": None,
                "date": date, "date_text": date_text, "granularity": granularity, "status": status,
                "evidence": sentence, "start": s_start, "end": s_end, "mentions": [list(_span(t, trigger))],
                "approximate": False, **extra}

    events = make_frame("events", [
        event("E1", "call", ["Lena Ortiz", "Sam Reyes"], "2024-03-07", "on Thursday", "day", "happened",
              "phone call", duration_minutes=40.0, approximate=True),
        event("E2", "visit", ["Sam Reyes"], "2024-04-01", "next month", "month", "planned", "visit the harbour",
              location="the harbour"),
        event("E3", "meeting", ["Lena Ortiz", "Sam Reyes"], None, None, None, "planned",
              "a meeting with the fishermen"),
    ])

    def position(pid, actor, topic, stance, qid, words, source_kind="stated", speaker=None):
        start, end = _span(t, words)
        return {"position_id": pid, "article_id": aid, "actor": actor, "actor_id": None, "topic": topic,
                "stance": stance, "claim": words, "quote_id": qid, "start": start, "end": end,
                "speaker": speaker or actor, "source_kind": source_kind, "topic_known": True,
                "evidence": [{"quote_id": qid, "start": start, "end": end, "stance": stance, "claim": words}],
                "stance_changed": False}

    positions = make_frame("positions", [
        position("P1", "Lena Ortiz", "pier repairs", "support", "Q2", "We will rebuild the pier by summer."),
        position("P2", "Sam Reyes", "pier repairs", "conditional", "Q3", "the state would pay for the repairs"),
        position("P3", "Tom Baker", "pier repairs", "support", "Q4", "the workers were against any delay"),
        position("P4", "Lena Ortiz", "bridge toll", "oppose", "Q5", "a toll on the new bridge was out of the question"),
        position("P5", "Sam Reyes", "bridge toll", "oppose", "Q5", "a toll on the new bridge was out of the question"),
        position("P6", "the fishermen", "leader meetings", "doubtful", None, "which will worry the fleet",
                 source_kind="reporter", speaker="reporter"),
    ])
    return lib.tables.ArticleTables(
        article=article, articles=lib.tables.articles_table(article), actors=actors, quotes=quotes,
        events=events, positions=positions,
    )


@pytest.fixture
def app(tmp_path, monkeypatch):
    """The whole app (router + pages) on the test article with hand-made tables."""
    path = tmp_path / "2024-03-08-harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(lib.article, "sample_articles", lambda: [path])
    monkeypatch.setattr(lib.tables, "analyze", fake_tables)
    st.cache_data.clear()
    at = AppTest.from_file(APP, default_timeout=60)
    yield at
    st.cache_data.clear()


def open_link(at: AppTest, page: str) -> AppTest:
    """Open ``page`` with the query parameters already set on ``at`` (a shared link).

    AppTest can switch pages only after a first run, and that first run (on the Article page)
    drops the other pages' parameters from the URL; so the link's parameters are set again
    before the page is opened, as a browser opening the link would send them."""
    link = dict(at.query_params)
    at.run()
    at.query_params.update(link)
    return at.switch_page(page).run()


def no_failure(at: AppTest) -> None:
    assert [e.value for e in at.exception] == []
    assert [e.value for e in at.error] == []


def figures(at: AppTest) -> list[dict]:
    return [json.loads(node.proto.spec) for node in at.get("plotly_chart")]


def infos(at: AppTest) -> list[str]:
    return [plain(i.value) for i in at.info]


# --------------------------------------------------------------------------------------------
# Article
# --------------------------------------------------------------------------------------------

def test_article_page_shows_headline_counts_and_highlighted_text(app):
    at = app.run()
    no_failure(at)
    assert plain(at.title[0].value) == "Harbour repairs to start soon, mayor says after call with governor"
    assert plain(at.caption[0].value) == "Source: Harbour Gazette · published 2024-03-08 · 115 words · 6 paragraphs"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Actors": "3", "Quotations": "5", "Direct": "1", "Partial": "1", "Reported": "3",
                       "Events": "3"}
    text_html = at.html[-1].value
    # each quotation is a highlight span with its speaker in the title
    assert text_html.count('class="parley-mark"') == 5
    assert 'title="Lena Ortiz — partial quotation (cue: said)"' in text_html
    assert 'title="Lena Ortiz; Sam Reyes — reported speech (cue: said)"' in text_html
    # Ortiz is the first speaker: the first colour of the palette, tinted
    assert "background:#4e79a740" in text_html
    # the dateline is shown grey
    assert '<span style="color:#888">(Harbour Gazette) </span>' in text_html


def test_article_page_speaker_filter_lives_in_url(app):
    app.query_params["art-speaker"] = "Tom Baker"
    at = app.run()
    no_failure(at)
    assert at.multiselect(key="art-speaker").value == ["Tom Baker"]
    assert at.html[-1].value.count('class="parley-mark"') == 1
    at.multiselect(key="art-speaker").set_value([]).run()
    assert "art-speaker" not in at.query_params
    assert at.html[-1].value.count('class="parley-mark"') == 5


def test_article_page_empty_filter_says_why(app):
    at = app.run()
    at.multiselect(key="art-kind").set_value(["direct"]).run()
    at.multiselect(key="art-speaker").set_value(["Tom Baker"]).run()
    assert infos(at) == ["No quotation matches the filter: kind 'direct', speaker 'Tom Baker'."]


def test_article_downloads_csv_and_json(app):
    at = app.run()
    keys = {b.proto.id for b in at.get("download_button")}
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download quotes (CSV)" in labels and "Download quotes (JSON)" in labels
    assert len(keys) == len(labels) == 10


# --------------------------------------------------------------------------------------------
# Timeline
# --------------------------------------------------------------------------------------------

def test_timeline_draws_every_event_including_the_undated(app):
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    no_failure(at)
    timeline, network = figures(at)
    assert sorted(marker_ids(timeline)) == ["E1", "E2", "E3"]
    undated = [tr for tr in timeline["data"] if tr.get("xaxis") == "x2"]
    assert len(undated) == 1 and undated[0]["customdata"] == ["E3"]
    assert undated[0]["y"] == ["undated"]
    # the undated event has a strip of its own (axes x2/y2) below the date axis, without dates
    assert undated[0]["yaxis"] == "y2"
    assert timeline["layout"]["yaxis"]["categoryarray"] == ["visit", "call"]
    assert timeline["layout"]["yaxis2"]["categoryarray"] == ["undated"]
    # filled for happened, hollow for planned
    call = next(tr for tr in timeline["data"] if tr.get("name") == "call")
    assert call["marker"]["symbol"] == ["circle"]
    visit = next(tr for tr in timeline["data"] if tr.get("name") == "visit")
    assert visit["marker"]["symbol"] == ["circle-open"]
    # hover: participants, date text, duration, evidence
    assert "Participants: Lena Ortiz, Sam Reyes" in call["hovertext"][0]
    assert "Date: 2024-03-07 (“on Thursday”)" in call["hovertext"][0]
    assert "Duration: about 40 minutes" in call["hovertext"][0]
    assert "Evidence: (Harbour Gazette) Mayor Lena Ortiz said" in call["hovertext"][0]
    # the month-granularity visit gets a bar over its month
    bar = [tr for tr in timeline["data"] if tr.get("mode") == "lines"]
    assert len(bar) == 1 and bar[0]["x"][:2] == ["2024-04-01T00:00:00", "2024-05-01T00:00:00"]
    # the network: two labelled edges between Ortiz and Reyes (the visit has one participant)
    labels = next(tr for tr in network["data"] if tr.get("name") == "events")["text"]
    assert labels == ["call, 2024-03-07", "meeting, undated (planned)"]
    nodes = next(tr for tr in network["data"] if tr.get("name") == "actors")["text"]
    assert nodes == ["Lena Ortiz", "Sam Reyes"]
    assert at.dataframe[0].value["event_id"].tolist() == ["E1", "E2", "E3"]
    assert at.dataframe[0].value["participants"].tolist()[0] == "Lena Ortiz, Sam Reyes"


def test_timeline_filters_in_url_and_survive_page_switch(app):
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    at.multiselect(key="tl-status").set_value(["planned"]).run()
    assert at.query_params["tl-status"] == "planned"
    assert sorted(marker_ids(figures(at)[0])) == ["E2", "E3"]
    at.switch_page("pages/quotes.py").run()
    no_failure(at)
    assert "tl-status" not in at.query_params  # another page's filter leaves the URL
    at.switch_page("pages/timeline.py").run()
    assert at.multiselect(key="tl-status").value == ["planned"]
    assert at.query_params["tl-status"] == "planned"
    assert sorted(marker_ids(figures(at)[0])) == ["E2", "E3"]


def test_timeline_url_reproduces_view_and_ignores_unknown_values(app):
    app.query_params["tl-kind"] = ["visit", "<script>", "meeting"]
    app.query_params["tl-event"] = "E3"
    at = open_link(app, "pages/timeline.py")  # the link opens the timeline page
    no_failure(at)
    assert at.multiselect(key="tl-kind").value == ["meeting", "visit"]
    assert sorted(marker_ids(figures(at)[0])) == ["E2", "E3"]
    assert at.selectbox(key="tl-event").value == "E3"
    evidence = at.html[-1].value
    assert "outline:2px solid" in evidence  # the mention is framed
    assert "a meeting with the fishermen" in evidence


def test_timeline_no_match_says_why(app):
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    at.multiselect(key="tl-kind").set_value(["visit"]).run()
    at.multiselect(key="tl-actor").set_value(["Lena Ortiz"]).run()
    assert infos(at) == ["No event matches the filters (participant 'Lena Ortiz', kind 'visit'); "
                         "the article has 3 event(s) in all."]
    assert figures(at) == []


def test_timeline_without_events_says_why(app, monkeypatch):
    def no_events(article):
        tables = fake_tables(article)
        tables.events = make_frame("events")
        return tables
    monkeypatch.setattr(lib.tables, "analyze", no_events)
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    no_failure(at)
    assert infos(at) == ["No events: the article mentions no calls, meetings or visits."]


# --------------------------------------------------------------------------------------------
# Speakers & quotes
# --------------------------------------------------------------------------------------------

def test_quotes_page_speaker_table_and_quotations(app):
    at = app.run()
    at.switch_page("pages/quotes.py").run()
    no_failure(at)
    speakers = at.dataframe[0].value
    assert speakers.to_dict("records") == [
        {"speaker": "Lena Ortiz", "title": "Mayor", "affiliation": "", "n_direct": 1, "n_partial": 1,
         "n_indirect": 1, "n_quotes": 3},
        {"speaker": "Sam Reyes", "title": "Governor", "affiliation": "", "n_direct": 0, "n_partial": 0,
         "n_indirect": 2, "n_quotes": 2},
        {"speaker": "Tom Baker", "title": "union steward", "affiliation": "the docks union", "n_direct": 0,
         "n_partial": 0, "n_indirect": 1, "n_quotes": 1},
    ]
    table = at.dataframe[1].value
    assert table["quote_id"].tolist() == ["Q1", "Q2", "Q3", "Q4", "Q5"]
    assert table.loc[4, "speaker"] == "Lena Ortiz; Sam Reyes"
    assert table.loc[1, "context"] == "Ortiz wrote on her blog: “We will rebuild the pier by summer. Nobody will be left behind.”"


def test_quote_with_two_speakers_shows_under_each(app):
    at = app.run()
    at.switch_page("pages/quotes.py").run()
    groups = [h.value for h in at.html if "<blockquote" in h.value]
    assert len(groups) == 3  # Ortiz, Reyes, Baker
    toll = "a toll on the new bridge was out of the question"
    assert [toll in g for g in groups] == [True, True, False]
    assert "with Sam Reyes" in groups[0] and "with Lena Ortiz" in groups[1]
    assert "Context: Both Ortiz and Reyes said a toll on the new bridge was out of the question." in groups[0]


def test_quotes_filters_kind_speaker_cue_text(app):
    at = app.run()
    at.switch_page("pages/quotes.py").run()
    at.multiselect(key="qt-kind").set_value(["direct", "partial"]).run()
    assert at.dataframe[1].value["quote_id"].tolist() == ["Q1", "Q2"]
    at.multiselect(key="qt-kind").set_value([]).run()
    at.multiselect(key="qt-speaker").set_value(["Sam Reyes"]).run()
    assert at.dataframe[1].value["quote_id"].tolist() == ["Q3", "Q5"]
    at.multiselect(key="qt-cue").set_value(["wrote"]).run()
    assert infos(at) == ["No quotation matches the filter speaker 'Sam Reyes', cue 'wrote'; "
                         "the article has 5 quotation(s) in all."]
    at.multiselect(key="qt-cue").set_value([])
    at.multiselect(key="qt-speaker").set_value([])
    at.run()
    at.text_input(key="qt-text").input("PIER").run()
    # matched in the quotation (Q2) or in its context sentence (Q1), not case-sensitive
    assert at.dataframe[1].value["quote_id"].tolist() == ["Q1", "Q2"]
    assert at.query_params["qt-text"] == "PIER"
    at.text_input(key="qt-text").input("zebra").run()
    assert infos(at) == ["No quotation matches the filter words 'zebra'; the article has 5 quotation(s) in all."]


def test_quotes_text_filter_from_url_is_cut_to_its_length(app):
    app.query_params["qt-text"] = "pier" + " " * 300 + "x"
    at = open_link(app, "pages/quotes.py")
    assert not at.exception
    assert len(at.text_input(key="qt-text").value) == 200
    assert at.dataframe[1].value["quote_id"].tolist() == ["Q1", "Q2"]


def test_quotes_url_and_show_in_article(app):
    app.query_params["qt-kind"] = "direct"
    app.query_params["qt-quote"] = "Q2"
    at = open_link(app, "pages/quotes.py")
    no_failure(at)
    assert at.dataframe[1].value["quote_id"].tolist() == ["Q2"]
    assert at.selectbox(key="qt-quote").value == "Q2"
    in_place = next(h.value for h in at.html if "parley-text" in h.value)
    # the chosen quotation is tinted darker, its cue framed, the paragraph escaped
    assert '<span class="parley-mark" style="background:#4e79a788' in in_place
    assert ">wrote</span>" in in_place
    assert in_place.count("<p ") == 1
    # a quote filtered out of the list is not offered any more
    at.multiselect(key="qt-kind").set_value(["indirect"]).run()
    assert at.selectbox(key="qt-quote").value is None
    assert "qt-quote" not in at.query_params


# --------------------------------------------------------------------------------------------
# Positions
# --------------------------------------------------------------------------------------------

def test_positions_matrix_cards_disagreement_summary_reporter(app):
    at = app.run()
    at.switch_page("pages/positions.py").run()
    no_failure(at)
    matrix = figures(at)[0]
    cells = {(tr["name"], y, x, txt) for tr in matrix["data"] if tr["type"] == "scatter"
             for x, y, txt in zip(tr["x"], tr["y"], tr["text"])}
    assert cells == {
        ("supports", "Lena Ortiz", "pier repairs", "for"),
        ("supports on conditions", "Sam Reyes", "pier repairs", "conditional"),
        ("supports", "Tom Baker", "pier repairs", "for"),
        ("opposes", "Lena Ortiz", "bridge toll", "against"),
        ("opposes", "Sam Reyes", "bridge toll", "against"),
    }
    # one coloured square per cell, in the stance's colour: a heatmap (z = index of the stance)
    # under the scatter traces, and no shapes
    heat = [tr for tr in matrix["data"] if tr["type"] == "heatmap"]
    assert len(heat) == 1 and not matrix["layout"].get("shapes")
    heat = heat[0]
    # z = i sits in the middle of the colour scale's i-th flat band
    assert (heat["zmin"], heat["zmax"]) == (-0.5, 4.5)
    bands = heat["colorscale"]
    assert all(bands[2 * i][1] == bands[2 * i + 1][1] for i in range(5))
    scale = [colour for _stop, colour in bands[::2]]
    fills = {(y, x): scale[z] for y, row in zip(heat["y"], heat["z"]) for x, z in zip(heat["x"], row)
             if z is not None}
    assert fills == {
        ("Lena Ortiz", "pier repairs"): "#1a9850", ("Sam Reyes", "pier repairs"): "#4575b4",
        ("Tom Baker", "pier repairs"): "#1a9850", ("Lena Ortiz", "bridge toll"): "#d73027",
        ("Sam Reyes", "bridge toll"): "#d73027"}
    markdown = [plain(m.value) for m in at.markdown]
    assert "**Lena Ortiz**: for pier repairs; against bridge toll" in markdown
    assert "**Sam Reyes**: conditionally for pier repairs; against bridge toll" in markdown
    assert "**pier repairs**: Lena Ortiz supports; Sam Reyes supports on conditions; Tom Baker supports" in markdown
    summary = [plain(e.proto.label) for e in at.expander if "." in plain(e.proto.label)]
    assert summary == [
        "Lena Ortiz and Tom Baker support pier repairs.",
        "Sam Reyes supports, on conditions, pier repairs.",
        "Lena Ortiz and Sam Reyes oppose bridge toll.",
    ]
    # the reporter's inference is apart, not in the matrix
    reporter = at.dataframe[0].value
    assert reporter.to_dict("records") == [{"actor": "the fishermen", "topic": "leader meetings",
                                            "stance": "doubtful", "claim": "which will worry the fleet"}]


def test_positions_cell_opens_its_evidence_from_url(app):
    app.query_params["pos-cell"] = "Sam Reyes — bridge toll"
    at = open_link(app, "pages/positions.py")
    no_failure(at)
    assert at.selectbox(key="pos-cell").value == "Sam Reyes — bridge toll"
    captions = [plain(c.value) for c in at.caption]
    assert "Sam Reyes opposes · bridge toll · said by Lena Ortiz; Sam Reyes · Q5" in captions


def test_positions_filter_no_match_says_why(app):
    app.query_params["pos-stance"] = "mixed"
    at = open_link(app, "pages/positions.py")
    # 'mixed' is not a stance of this article: the URL value is dropped
    assert at.multiselect(key="pos-stance").value == []
    at.multiselect(key="pos-actor").set_value(["Tom Baker"])
    at.multiselect(key="pos-topic").set_value(["bridge toll"])
    at.run()
    assert infos(at)[0] == "No stated position matches the filter actor 'Tom Baker', topic 'bridge toll'."


# --------------------------------------------------------------------------------------------
# Positions: a change of stance is shown, a roll-up of hedges is not a change
# --------------------------------------------------------------------------------------------

def _positions(*rows):
    return make_frame("positions", [
        {"position_id": f"P{i + 1}", "actor": actor, "topic": topic, "stance": stance, "start": start,
         "stance_changed": changed, "evidence": [{"stance": s} for s in evidence]}
        for i, (actor, topic, stance, start, changed, evidence) in enumerate(rows)
    ])


def test_cells_show_a_flagged_change_in_text_order():
    from pages import _common as ui

    frame = _positions(("Ana Silva", "quotas", "oppose", 10, True, ["support", "support", "oppose"]))
    assert ui.cell_stances(frame) == {("Ana Silva", "quotas"): ("oppose", "changed: for → against")}
    assert ui.actor_cards(frame) == [("Ana Silva", "for, then against quotas")]
    fig = ui.matrix_figure(frame).to_plotly_json()
    assert [tr["text"] for tr in fig["data"] if tr["type"] == "scatter"] == [["for → against"]]


def test_cells_do_not_call_a_rollup_of_hedges_a_change_but_tell_it():
    from pages import _common as ui

    frame = _positions(("Ana Silva", "quotas", "oppose", 10, False, ["doubtful", "oppose"]))
    # not a change (no "changed: ..."), but the hedged statement is told, not hidden
    assert ui.cell_stances(frame) == {("Ana Silva", "quotas"): ("oppose", "opposes (also: doubtful in 1 statement)")}
    assert ui.actor_cards(frame) == [("Ana Silva", "against quotas (also: doubtful in 1 statement)")]
    fig = ui.matrix_figure(frame).to_plotly_json()
    scatter = [tr for tr in fig["data"] if tr["type"] == "scatter"]
    assert [tr["text"] for tr in scatter] == [['against<br><span style="font-size:10px"><i>also doubtful</i></span>']]
    assert scatter[0]["hovertext"] == ["Ana Silva — quotas: opposes (also: doubtful in 1 statement)"]


def test_cells_of_two_rows_with_different_stances_are_mixed_and_disagreement_is_found():
    from pages import _common as ui

    frame = _positions(("Ana Silva", "quotas", "support", 30, False, []),
                       ("Ana Silva", "quotas", "oppose", 5, False, []),
                       ("Tom Reed", "quotas", "support", 50, False, []))
    assert ui.cell_stances(frame)[("Ana Silva", "quotas")] == ("mixed", "changed: against → for")
    assert ui.disagreements(frame) == [("quotas", {"Ana Silva": "mixed", "Tom Reed": "support"})]
    assert ui.summary_sentences(frame) == [("Ana Silva and Tom Reed support quotas.", ["P1", "P3"]),
                                           ("Ana Silva opposes quotas.", ["P2"])]


# --------------------------------------------------------------------------------------------
# What a new user reported: links to pasted text, the timeline's axes, downloads, tables
# --------------------------------------------------------------------------------------------

def _with_events(*rows):
    """An ``analyze`` giving :func:`fake_tables` with its events replaced by ``rows`` (dicts
    completed from E1 of the fake tables)."""
    def analyze(article):
        tables = fake_tables(article)
        base = tables.events.iloc[0].to_dict()
        tables.events = make_frame("events", [{**base, **row} for row in rows])
        return tables
    return analyze


def test_link_to_pasted_article_says_why_it_is_empty_and_keeps_its_filters(app):
    app.query_params["article"] = "paste"
    app.query_params["qt-speaker"] = "Sam Reyes"
    at = open_link(app, "pages/quotes.py")  # a new tab: nothing pasted in this session
    no_failure(at)
    assert infos(at) == [
        "This link is to a pasted article. Pasted text is not stored in links (for privacy), so paste "
        "the article's text again in the sidebar and click Analyse. The link's filters (speaker "
        "'Sam Reyes') are kept and apply once the article is analysed."]
    assert at.query_params["qt-speaker"] == "Sam Reyes"
    at.text_area(key="side-paste").input(ARTICLE)
    at.button(key="side-analyse").click().run()
    no_failure(at)
    assert infos(at) == []
    assert at.multiselect(key="qt-speaker").value == ["Sam Reyes"]
    assert at.dataframe[1].value["quote_id"].tolist() == ["Q3", "Q5"]
    assert at.query_params["qt-speaker"] == "Sam Reyes"


def test_link_to_uploaded_article_says_the_file_is_not_in_links(app):
    app.query_params["article"] = "upload"
    at = app.run()
    no_failure(at)
    assert infos(at) == ["This link is to an uploaded article. Uploaded files are not stored in links "
                         "(for privacy), so upload the file again in the sidebar."]
    # choosing "Paste text" instead is not a link any more: the usual hint
    at.radio(key="article").set_value("paste").run()
    assert infos(at) == ["No article is analysed yet: paste an article's text in the sidebar and click Analyse."]


def test_pasted_text_applies_with_the_analyse_button(app):
    at = app.run()
    at.radio(key="article").set_value("paste").run()
    at.text_area(key="side-paste").input(ARTICLE).run()  # typed, not yet analysed
    assert infos(at) == ["No article is analysed yet: paste an article's text in the sidebar and click Analyse."]
    assert at.sidebar.button(key="side-analyse").label == "Analyse"
    # (AppTest forgets a form's unsubmitted value at a rerun; a browser keeps it in the box)
    at.text_area(key="side-paste").input(ARTICLE)
    at.sidebar.button(key="side-analyse").click().run()
    no_failure(at)
    assert plain(at.title[0].value) == "Harbour repairs to start soon, mayor says after call with governor"
    assert at.text_area(key="side-paste").value == ARTICLE


def test_timeline_undated_strip_has_no_date_ticks_and_dates_no_hours(app):
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    layout = figures(at)[0]["layout"]
    # the undated event sits in a strip of its own, labelled, with no date ticks under it
    assert layout["yaxis2"]["categoryarray"] == ["undated"]
    label = re.sub(r"<[^>]+>", " ", layout["yaxis2"]["ticktext"][0])
    assert " ".join(label.split()) == "undated (order of mention)"
    assert layout["xaxis2"]["showticklabels"] is False and layout["xaxis2"]["type"] == "category"
    assert layout["yaxis2"]["domain"][1] < layout["yaxis"]["domain"][0]  # below the dated lanes
    assert layout["xaxis"]["anchor"] == "y"  # the date ticks belong to the dated lanes only
    # days, never times of day
    assert not re.search(r"%[HIMpSL]", layout["xaxis"]["tickformat"])
    assert layout["xaxis"]["dtick"] in (86_400_000, 7 * 86_400_000) or str(layout["xaxis"]["dtick"]).startswith("M")


def test_timeline_with_one_dated_event_ticks_days_and_shows_the_legend(app, monkeypatch):
    monkeypatch.setattr(lib.tables, "analyze", _with_events({"event_id": "E1"}))
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    no_failure(at)
    spec = figures(at)[0]
    layout = spec["layout"]
    assert layout["xaxis"]["dtick"] == 86_400_000 and layout["xaxis"]["ticklabelmode"] == "period"
    assert layout["xaxis"]["tickformat"] == "%-d %b<br>%Y"
    assert "yaxis2" not in layout
    # a legend of the kinds, also with a single kind
    assert layout["showlegend"] is True
    assert [tr["name"] for tr in spec["data"] if tr.get("showlegend")] == ["call"]
    # hover: dark text on white
    assert layout["hoverlabel"]["bgcolor"] == "#ffffff"


def test_timeline_says_a_date_is_inferred_from_later(app, monkeypatch):
    monkeypatch.setattr(lib.tables, "analyze", _with_events(
        {"event_id": "E1"},
        {"event_id": "E2", "date": "2024-03-07", "date_text": "Later", "timex_value": "2024-03-07",
         "participants": ["Sam Reyes", "Tom Baker"], "duration_minutes": None}))
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    no_failure(at)
    call = next(tr for tr in figures(at)[0]["data"] if tr.get("name") == "call")
    assert "Date: 2024-03-07 (“on Thursday”)" in call["hovertext"][0]
    assert ("Date: 2024-03-07 (inferred from &#x27;Later&#x27; (same day as the previous dated event))"
            in call["hovertext"][1])
    table = at.dataframe[0].value
    assert table["date_from"].tolist() == ["'on Thursday'",
                                           "inferred from 'Later' (same day as the previous dated event)"]


def test_timeline_evidence_counts_the_passages_it_shows(app, monkeypatch):
    t = ARTICLE[ARTICLE.index("\n\n") + 2:]  # the article's text after its date line
    first, second = t.index("phone call"), t.index("visit the harbour")
    monkeypatch.setattr(lib.tables, "analyze", _with_events(
        {"event_id": "E1", "mentions": [[first, first + 10], [second, second + 5]]}))
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    at.selectbox(key="tl-event").set_value("E1").run()
    no_failure(at)
    # three spans (the evidence sentence, its mention, a mention further on) in two paragraphs
    shown = [h.value for h in at.html if "parley-text" in h.value]
    assert len(shown) == 2
    captions = [plain(c.value) for c in at.caption]
    assert "2 passages of the article; the framed words mention the event, the tinted sentence is its main evidence." in captions


def test_tables_have_readable_headers_and_blank_empty_cells(app):
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    events = at.dataframe[0]
    config = json.loads(events.proto.columns)
    assert {c: config[c]["label"] for c in ("event_id", "participants", "date_from", "location")} == {
        "event_id": "Event", "participants": "Participants", "date_from": "Date from", "location": "Place"}
    assert events.proto.placeholder == ""
    assert events.proto.row_height > 64  # tall enough for Streamlit to wrap long text
    assert events.value.loc[0, "duration"] == "about 40 minutes"
    at.switch_page("pages/article.py").run()
    actors = json.loads(at.dataframe[0].proto.columns)
    assert actors["n_mentions"]["label"] == "Mentions" and actors["aliases"]["label"] == "Also called"


def test_downloads_open_in_excel_and_say_when_filtered(app, downloads):
    at = app.run()
    at.switch_page("pages/quotes.py").run()
    name = "2024-03-08-harbour-quotes"
    data = downloads[f"{name}.csv"]
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    import csv, io
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[4]["speakers"] == "Lena Ortiz; Sam Reyes"  # a list of names reads as text
    assert rows[0]["text"] == "long and useful"
    assert not downloads[f"{name}.json"].startswith(b"\xef\xbb\xbf")
    assert json.loads(downloads[f"{name}.json"])[4]["speakers"] == ["Lena Ortiz", "Sam Reyes"]
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download quotes (CSV)" in labels
    at.multiselect(key="qt-kind").set_value(["direct"]).run()
    filtered = downloads[f"{name}-filtered.csv"]
    assert filtered.startswith(b"\xef\xbb\xbf")
    assert [r["quote_id"] for r in csv.DictReader(io.StringIO(filtered.decode("utf-8-sig")))] == ["Q2"]
    assert "Download filtered quotes (CSV)" in [b.proto.label for b in at.get("download_button")]
    # the timeline's events: participants as names, offsets as JSON
    at.switch_page("pages/timeline.py").run()
    events = list(csv.DictReader(io.StringIO(downloads["2024-03-08-harbour-events.csv"].decode("utf-8-sig"))))
    assert events[0]["participants"] == "Lena Ortiz; Sam Reyes"
    assert json.loads(events[0]["mentions"]) and isinstance(json.loads(events[0]["mentions"])[0], list)


def test_csv_and_display_strip_whitespace_and_keep_non_name_lists_as_json():
    from pages import _common as ui

    frame = make_frame("quotes", [
        {"quote_id": "Q1", "speaker": "  Ana Silva ", "speakers": ["Ana Silva ", "Tom Reed"],
         "text": "\n we will see  "},
        {"quote_id": "Q2", "speaker": None, "speakers": [], "text": "no"},
    ])
    frame["offsets"] = [[[1, 2]], None]
    text = ui.to_csv(frame).decode("utf-8-sig")
    import csv, io
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["speaker"] == "Ana Silva" and rows[0]["text"] == "we will see"
    assert rows[0]["speakers"] == "Ana Silva; Tom Reed" and rows[1]["speakers"] == ""
    assert rows[0]["offsets"] == "[[1, 2]]"
    shown = ui.for_display(frame, ["speaker", "speakers", "text"])
    assert shown.loc[0, "speaker"] == "Ana Silva" and shown.loc[0, "text"] == "we will see"
    assert json.loads(ui.to_json(frame))[0]["text"] == "we will see"


def test_quotation_with_two_speakers_is_striped_in_both_colours(app):
    at = app.run()
    text_html = at.html[-1].value
    toll = text_html.index("a toll on the new bridge")
    span = text_html[text_html.rindex("<span", 0, toll):toll]
    assert 'title="Lena Ortiz; Sam Reyes — reported speech (cue: said)"' in span
    assert "repeating-linear-gradient(90deg, #4e79a7 0px 10px, #f28e2b 10px 20px)" in span
    assert "striped in all their colours" in " ".join(plain(c.value) for c in at.caption)


def test_network_labels_sit_on_white_and_every_figure_hovers_dark_on_white(app):
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    timeline, network = figures(at)
    labels = [a for a in network["layout"]["annotations"] if a["text"] in ("call, 2024-03-07", "meeting, undated (planned)")]
    assert len(labels) == 2 and all(a["bgcolor"].startswith("rgba(255,255,255") for a in labels)
    names = [a for a in network["layout"]["annotations"] if "Ortiz" in a["text"] or "Reyes" in a["text"]]
    assert len(names) == 2 and all(abs(a["yshift"]) >= 15 for a in names)  # beside the node, not on it
    for spec in (timeline, network):
        assert spec["layout"]["hoverlabel"]["bgcolor"] == "#ffffff"
        assert spec["layout"]["hoverlabel"]["font"]["color"] == "#222222"
    at.switch_page("pages/positions.py").run()
    assert figures(at)[0]["layout"]["hoverlabel"]["bgcolor"] == "#ffffff"


def test_csv_cells_that_start_like_a_formula_get_a_quote_and_json_stays_exact():
    import csv, io
    from pages import _common as ui

    frame = make_frame("quotes", [
        {"quote_id": "Q1", "speaker": "@Ana", "speakers": ["+Ana", "Tom Reed"], "text": "=HYPERLINK(\"x\")",
         "cue": "-1", "paragraph": -1},
        {"quote_id": "Q2", "speaker": "Tom Reed", "speakers": ["Tom Reed"], "text": "\t=cmd|' /C calc'!A0",
         "cue": "said - then"},
    ])
    rows = list(csv.DictReader(io.StringIO(ui.to_csv(frame).decode("utf-8-sig"))))
    assert rows[0]["text"] == "'=HYPERLINK(\"x\")" and rows[0]["speaker"] == "'@Ana"
    assert rows[0]["speakers"] == "'+Ana; Tom Reed" and rows[0]["cue"] == "'-1"
    assert rows[0]["paragraph"] == "-1"  # numbers are numbers, not text
    assert rows[1]["text"] == "'=cmd|' /C calc'!A0" and rows[1]["cue"] == "said - then"
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert ui.neutralise_formula(start + "1") == "'" + start + "1"
    assert ui.neutralise_formula("a=1") == "a=1" and ui.neutralise_formula(5) == 5
    assert json.loads(ui.to_json(frame))[0]["text"] == "=HYPERLINK(\"x\")"


# --------------------------------------------------------------------------------------------
# Big articles: the work and what is drawn stay bounded (no timings: counts of what is built)
# --------------------------------------------------------------------------------------------

def _many_positions(n=1500, n_actors=123, n_topics=300, text_length=None):
    """``n`` stated positions spread over ``n_actors`` actors and ``n_topics`` topics; actor A0 and
    topic T0 have the most statements."""
    rows = []
    for i in range(n):
        actor = "A0" if i % 10 == 0 else f"A{i % n_actors}"
        topic = "T0" if i % 7 == 0 else f"T{i % n_topics}"
        stance = ui_stances()[i % 5]
        start = None if text_length is None else (i * 13) % max(1, text_length - 10)
        rows.append({"position_id": f"P{i + 1}", "actor": actor, "topic": topic, "stance": stance,
                     "start": start, "end": None if start is None else start + 5, "claim": f"claim {i}",
                     "source_kind": "stated", "stance_changed": False,
                     "evidence": [{"stance": stance, "start": start, "end": None if start is None else start + 5}]})
    return make_frame("positions", rows)


def ui_stances():
    from pages import _common as ui
    return ui.STANCES


def test_matrix_of_1500_positions_is_six_traces_at_most_and_shows_the_top_40():
    from pages import _common as ui

    frame = _many_positions()
    details = ui.cell_details(frame)
    scope = ui.matrix_scope(frame)
    actors, n_actors, topics, n_topics = scope
    assert (len(actors), n_actors, len(topics), n_topics) == (40, 123, 40, 300)
    assert "A0" in actors and "T0" in topics  # the most statements are always shown
    assert ui.matrix_note(scope) == ("The matrix is showing 40 of 123 actors and 40 of 300 topics (those "
                                     "with the most statements); all are in the table below and in the "
                                     "downloads.")
    spec = ui.matrix_figure(frame, details=details, scope=scope).to_plotly_json()
    assert len(spec["data"]) <= 1 + len(ui.STANCES)  # one heatmap, one scatter per stance
    assert not spec["layout"].get("shapes") and not spec["layout"].get("annotations")
    heat = [tr for tr in spec["data"] if tr["type"] == "heatmap"][0]
    assert len(heat["z"]) == 40 and all(len(row) == 40 for row in heat["z"])
    points = [(y, x) for tr in spec["data"] if tr["type"] == "scatter" for x, y in zip(tr["x"], tr["y"])]
    assert len(points) == len(set(points)) <= 40 * 40
    assert {y for y, _x in points} <= set(actors) and {x for _y, x in points} <= set(topics)
    # 40 columns are too narrow for words: a square shows its stance's sign ("→" first when the
    # stance changed), its hover the words
    signs = set(ui.CELL_SIGNS.values())
    for tr in spec["data"]:
        if tr["type"] == "scatter":
            assert all(t in signs or (t.startswith("→") and t[1:] in signs) for t in tr["text"]), tr["text"]
            assert any(t.startswith("→") for t in tr["text"]) == (tr["name"] == "mixed")
            assert all(":" in h for h in tr["hovertext"])
    # every cell's click key points at its (actor, topic) in cell_stances order
    keys = list(ui.cell_stances(frame, details=details))
    for tr in spec["data"]:
        if tr["type"] == "scatter":
            assert all(keys[k] == (y, x) for k, x, y in zip(tr["customdata"], tr["x"], tr["y"]))
    # a small article is drawn whole and says nothing
    small = _many_positions(n=30, n_actors=5, n_topics=8)
    assert ui.matrix_note(ui.matrix_scope(small)) == ""


def test_helpers_on_1500_positions_agree_with_their_one_cell_answers():
    """cell_details reads the rows once; its answer for each cell is the answer on that cell's
    rows alone (what the old per-cell grouping computed)."""
    from pages import _common as ui

    frame = _many_positions(n=600, n_actors=30, n_topics=40)
    whole = ui.cell_details(frame)
    keys = list(dict.fromkeys(zip(frame["actor"], frame["topic"])))
    assert list(whole) == keys
    for actor, topic in keys[:60]:
        alone = frame[(frame["actor"] == actor) & (frame["topic"] == topic)]
        assert whole[(actor, topic)] == ui.cell_details(alone)[(actor, topic)]
    lines = dict(ui.topic_lines(frame, details=whole))
    assert sum(len(v) for v in lines.values()) == len(whole)
    sentences = ui.summary_sentences(frame)
    assert sorted(p for _s, ids in sentences for p in ids) == sorted(frame["position_id"])
    cards = ui.actor_cards(frame, details=whole, max_phrases=3)
    assert all(phrases.count(";") <= 3 for _a, phrases in cards)
    assert any("… and " in phrases and "more topics" in phrases for _a, phrases in cards)


def test_positions_page_with_1500_positions_caps_the_drawing_and_keeps_every_row(app, monkeypatch, downloads):
    def many(article):
        tables = fake_tables(article)
        tables.positions = _many_positions(text_length=len(article.text))
        return tables

    monkeypatch.setattr(lib.tables, "analyze", many)
    at = app.run()
    at.switch_page("pages/positions.py").run()
    no_failure(at)
    assert ("The matrix is showing 40 of 123 actors and 40 of 300 topics (those with the most statements); "
            "all are in the table below and in the downloads.") in infos(at)
    matrix = figures(at)[0]
    assert len(matrix["data"]) <= 6 and not matrix["layout"].get("shapes")
    legend = next(h.value for h in at.html if "supports on conditions" in h.value)
    assert "supports on conditions <b>if</b>" in legend  # the squares' signs are told
    captions = [plain(c.value) for c in at.caption]
    assert "The 40 actors of the matrix; all 123 actors are in the table below." in captions
    assert any("Sentences on the 40 topics of the matrix; all 300 topics are in the table below." in c
               for c in captions)
    summary = [e for e in at.expander if e.proto.label != "Every topic, actor by actor"]
    assert 0 < len(summary) <= 40 * len(ui_stances())
    assert len(at.dataframe[-1].value) == 1500  # the table keeps every position
    data = downloads["2024-03-08-harbour-positions.json"]
    assert len(json.loads(data)) == 1500
    # a square's evidence shows 30 statements at most, and says how many more there are
    at.selectbox(key="pos-cell").set_value("A0 — T0").run()
    no_failure(at)
    assert any(i.startswith("…and ") and "more statements" in i for i in infos(at))


def test_network_of_300_events_is_a_few_traces_and_one_label_per_edge():
    from pages import _common as ui

    names = [f"Person {i}" for i in range(40)]
    events = make_frame("events", [
        {"event_id": f"E{i + 1}", "kind": ui.EVENT_KINDS[i % 6], "participants": [names[i % 40], names[(i * 7 + 1) % 40]],
         "status": ("happened", "planned", "denied")[i % 3], "date": None}
        for i in range(300)])
    spec = ui.network_figure(events).to_plotly_json()
    # one trace per look of an edge (kind colour × dash), the labels' markers and the nodes
    assert len(spec["data"]) <= 6 * 3 + 2
    edges = [tr for tr in spec["data"] if tr.get("mode") == "lines"]
    assert sum(tr["x"].count(None) for tr in edges) == 300  # every edge drawn, curves apart
    labels = next(tr for tr in spec["data"] if tr.get("name") == "events")
    assert len(labels["x"]) == 300
    assert len(spec["layout"]["annotations"]) == 300 + 40  # one label per edge, one per name


def _highlight_reference(text, marks, start=0, end=None, paragraphs=None, dim=()):
    """The first highlight_html: every piece tested against every mark (quadratic, plainly right)."""
    from pages import _common as ui

    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if paragraphs is None:
        paragraphs = [(start, end)]
    paragraphs = [(max(s, start), min(e, end)) for s, e in paragraphs if e > start and s < end]
    clean = [m for m in marks if m["end"] > m["start"]]
    cuts = {start, end}
    for m in clean:
        cuts.update((m["start"], m["end"]))
    for s, e in dim:
        cuts.update((s, e))
    out = []
    for p_start, p_end in paragraphs:
        bounds = [p_start, *sorted(c for c in cuts if p_start < c < p_end), p_end]
        pieces = []
        for a, b in zip(bounds, bounds[1:]):
            if a >= b:
                continue
            covering = sorted((m for m in clean if m["start"] <= a and m["end"] >= b),
                              key=lambda m: (m["start"], -m["end"]))
            piece = ui.html_text(text[a:b])
            if any(s <= a and b <= e for s, e in dim):
                piece = f'<span style="color:#888">{piece}</span>'
            for m in reversed(covering):
                piece = ui._open_tag(m) + piece + "</span>"
            pieces.append(piece)
        out.append('<p style="margin:0 0 .8em 0;line-height:1.6">' + "".join(pieces) + "</p>")
    return '<div class="parley-text">' + "".join(out) + "</div>"


def test_highlight_sweep_gives_the_same_html_as_testing_every_mark():
    import random
    from pages import _common as ui

    rnd = random.Random(7)
    for _ in range(300):
        length = rnd.randint(0, 120)
        text = "".join(rnd.choice("ab c$<&\n") for _ in range(length))
        paragraphs, pos = [], 0
        while pos < length:
            s = pos + rnd.randint(0, 5)
            e = min(length, s + rnd.randint(1, 30))
            if s < e:
                paragraphs.append((s, e))
            pos = e + rnd.randint(0, 3)
        marks = [ui.mark(s, s + rnd.randint(-3, 40), rnd.choice(["#111111", "#222222"]),
                         style=rnd.choice(["fill", "underline", "box"]), strong=rnd.random() < .3)
                 for s in (rnd.randint(-5, length + 5) for _ in range(rnd.randint(0, 12)))]
        dim = [(rnd.randint(0, length), rnd.randint(0, length))] if rnd.random() < .3 else []
        start, end = rnd.randint(-3, length), rnd.choice([None, rnd.randint(0, length + 3)])
        paras = paragraphs if rnd.random() < .8 else None
        assert ui.highlight_html(text, marks, start=start, end=end, paragraphs=paras, dim=dim) == \
            _highlight_reference(text, marks, start, end, paras, dim)


def test_date_source_names_what_the_date_is_counted_from():
    from pages._common import date_source

    assert date_source({"date": "2025-03-03", "date_text": "on Monday", "date_anchor": "dct"}) == \
        "'on Monday' (counted from the publication date)"
    assert date_source({"date": "2025-03-03", "date_text": "the next day", "date_anchor": "previous"}).startswith(
        "inferred from 'the next day' (")
    assert date_source({"date": "2025-03-03", "date_text": "on 3 March 2025", "date_anchor": "absolute"}) == "'on 3 March 2025'"
    assert date_source({"date": None, "date_text": None}) == ""
