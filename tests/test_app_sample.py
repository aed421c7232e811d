"""AppTest of every page on the embedded sample (data/articles, the BBC report of 2025-02-13),
with the real library: the figures issue 2 asks for."""

from __future__ import annotations

import json
import re

import pytest

from apptest_helpers import marker_ids, plain

PAGES = ["pages/article.py", "pages/timeline.py", "pages/quotes.py",
         "pages/positions.py"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_sample(app, page):
    at = app.run()
    at.switch_page(page).run()
    assert [e.value for e in at.exception] == []
    assert [e.value for e in at.error] == []


def test_article_page_header_on_the_sample(app):
    at = app.run()
    assert plain(at.title[0].value) == "Ukraine war talks start now, Trump says after Putin call"
    caption = plain(at.caption[0].value)
    assert caption.startswith("Source: BBC · published 2025-02-13 · ")
    assert caption.endswith(" words · 12 paragraphs")
    # the dateline "(BBC)" is greyed, not part of a highlight
    assert '<span style="color:#888">(BBC) </span>' in at.html[-1].value


SEVEN_IN_MARKS = {
    ("partial", "Donald Trump", "lengthy and highly productive"),
    ("partial", "Donald Trump", "agreed to have our respective teams start negotiations immediately"),
    ("partial", "Volodymyr Zelensky", "lasting, reliable peace"),
    ("direct", "Donald Trump", "It is time to stop this ridiculous War, where there has been massive, and "
                               "totally unnecessary, DEATH and DESTRUCTION. God bless the people of Russia "
                               "and Ukraine!"),
    ("direct", "Donald Trump", "We’ll meet in Saudi Arabia."),
    ("partial", "Donald Trump", "some of that land will come back"),
    ("direct", "Donald Trump", "I think that’s probably true,"),
}


def test_quote_table_shows_the_seven_quotations_in_marks(app):
    at = app.run()
    at.query_params["qt-kind"] = ["direct", "partial"]  # a link to the quotes page, in marks only
    at.switch_page("pages/quotes.py").run()
    assert at.multiselect(key="qt-kind").value == ["direct", "partial"]
    table = at.dataframe[1].value
    assert len(table) == 7
    assert set(zip(table["kind"], table["speaker"], table["text"])) == SEVEN_IN_MARKS


def test_speaker_table_on_the_sample(app):
    at = app.run()
    at.switch_page("pages/quotes.py").run()
    speakers = at.dataframe[0].value.set_index("speaker")
    assert {"Donald Trump", "Volodymyr Zelensky", "Dmitry Peskov", "Pete Hegseth"} <= set(speakers.index)
    assert speakers.loc["Donald Trump", "n_direct"] == 3
    assert speakers.loc["Donald Trump", "n_partial"] == 3
    assert speakers.loc["Volodymyr Zelensky", "n_partial"] == 1
    assert "Kyiv" not in speakers.index and "Nato" not in speakers.index


def test_timeline_shows_every_event_of_the_sample(app):
    """Issue 2's four events (two calls on 2025-02-12, the Munich meeting on 2025-02-14, the
    undated Saudi Arabia meeting) plus the two that issue 4's rules add: the negotiations the
    leaders agreed to begin (planned) and the invitation to visit Moscow (proposed)."""
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    timeline = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert len(marker_ids(timeline)) == 6
    undated = [tr for tr in timeline["data"] if tr.get("xaxis") == "x2"]
    assert sum(len(tr["customdata"]) for tr in undated) == 3  # Saudi meeting, talks, Moscow visit
    table = at.dataframe[0].value
    assert sorted(table["date"].dropna()) == ["2025-02-12", "2025-02-12", "2025-02-14"]
    assert sorted(table["status"]) == ["happened", "happened", "planned", "planned", "planned", "proposed"]
    assert sorted(table["kind"]) == ["call", "call", "meeting", "meeting", "talks", "visit"]
    calls = table[table["kind"] == "call"]
    assert sorted(calls["participants"]) == ["Donald Trump, Vladimir Putin", "Volodymyr Zelensky, Donald Trump"]


def test_positions_on_the_sample(app):
    at = app.run()
    at.switch_page("pages/positions.py").run()
    matrix = json.loads(at.get("plotly_chart")[0].proto.spec)
    cells = {(y, x.lower(), tr["name"]) for tr in matrix["data"] if tr["type"] == "scatter"
             for x, y in zip(tr["x"], tr["y"])}

    def stance_of(actor: str, topic_words: str) -> set[str]:
        return {s for a, t, s in cells if a == actor and re.search(topic_words, t)}

    assert stance_of("Donald Trump", "nato") == {"opposes"}
    assert stance_of("Pete Hegseth", "nato") == {"opposes"}
    for actor in ("Donald Trump", "Vladimir Putin", "Volodymyr Zelensky"):
        assert stance_of(actor, "negotiat|peace") == {"supports"}, actor
    assert stance_of("Donald Trump", "territor|border") == {"doubtful"}


def test_positions_matrix_text_shrinks_on_a_phone(app):
    # (browser check at 375 px: "against"/"doubtful" were clipped in the squares; a media query
    # makes their text smaller on narrow screens only)
    at = app.run()
    at.switch_page("pages/positions.py").run()
    css = [h.value for h in at.html if "@media (max-width: 640px)" in h.value]
    assert len(css) == 1
    assert ".textpoint text { font-size: 8px !important; }" in css[0]
