"""AppTest of the fixes of a new user's walk through the app: table heights, week-dated events,
the sidebar date notes, the download names of a pasted article, and the empty-filter wording."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from streamlit.testing.v1 import AppTest

from apptest_helpers import plain

WEEK = """date 2025-02-13 Leaders to meet next week, officials say

Donald Trump said on Wednesday that he had spoken to Vladimir Putin by phone.
Trump said he would meet Putin next week in Saudi Arabia.
The two leaders also discussed a possible visit, but no date was given.
"""

UNDATED = """The harbour board met the fishing cooperative on Tuesday to discuss the new quotas for the coming season.
Board chair Ana Silva said the meeting had been long but useful, and that both sides would meet again next month.
"""


def paste(at: AppTest, text: str, published: dt.date | None = None) -> AppTest:
    at.run()
    at.radio(key="article").set_value("paste").run()
    at.text_area(key="side-paste").input(text)
    if published is not None:
        at.sidebar.date_input(key="side-published").set_value(published)
    at.button(key="side-analyse").click().run()
    return at


@pytest.fixture
def heights(monkeypatch):
    """``{key: height}`` of every st.dataframe drawn."""
    import streamlit as st

    seen: dict[str, object] = {}
    real = st.dataframe

    def spy(*args, **kwargs):
        seen[kwargs.get("key")] = kwargs.get("height", "auto")
        return real(*args, **kwargs)

    monkeypatch.setattr(st, "dataframe", spy)
    return seen


# --- 1. tables show their rows -------------------------------------------------------------

def test_events_table_is_tall_enough_for_all_its_rows(app, heights):
    at = app.run()
    at.switch_page("pages/timeline.py").run()
    n = len(at.dataframe[0].value)
    assert n == 6
    assert heights["tl-table"] == 35 + 92 * 6 + 3
    assert "rows: scroll the table" not in " ".join(c.value for c in at.caption)


def test_long_quotations_table_is_capped_and_says_it_scrolls(app, heights):
    at = app.run()
    at.switch_page("pages/quotes.py").run()
    assert len(at.dataframe[1].value) == 18
    assert heights["qt-table"] == 35 + 92 * 9 + 3
    assert heights["qt-speakers"] == 35 + 35 * len(at.dataframe[0].value) + 3
    assert "18 rows: scroll the table to see them all." in [c.value for c in at.caption]


# --- 2. an event dated to a week is dated everywhere ----------------------------------------

def test_week_dated_event_is_dated_in_caption_table_and_network(app):
    at = paste(app, WEEK)
    at.switch_page("pages/timeline.py").run()
    table = at.dataframe[0].value
    assert dict(zip(table["event_id"], table["date"].fillna(""))) == {"E1": "", "E2": "2025-W08", "E3": ""}
    caption = next(c.value for c in at.caption if c.value.startswith("Colour = kind."))
    assert " 2 event(s) without a date sit in the grey 'undated' strip" in caption
    network = json.loads(at.get("plotly_chart")[1].proto.spec)
    labels = [a["text"] for a in network["layout"]["annotations"] if "meeting" in a.get("text", "")]
    assert labels == ["meeting, 2025-W08 (planned)"]


# --- 3. the sidebar says what it does with the date ------------------------------------------

def test_future_publication_date_is_accepted_with_a_warning(app):
    at = paste(app, UNDATED, dt.date(2099, 12, 31))
    warnings = [plain(w.value) for w in at.sidebar.warning]
    assert f"The publication date 2099-12-31 is after today ({dt.date.today().isoformat()}); it is used as given." in warnings
    assert "Analysed as published on 2099-12-31 (the date set above)." in [plain(c.value) for c in at.sidebar.caption]


def test_typed_date_ignored_for_the_articles_own_date_line_says_so(app):
    at = paste(app, WEEK, dt.date(2024, 6, 14))
    captions = [plain(c.value) for c in at.sidebar.caption]
    assert "The article's own date line (2025-02-13) is used; the date set above (2024-06-14) is ignored." in captions
    assert not [w for w in at.sidebar.warning if "after today" in w.value]


# --- 4. downloads of a pasted article are named after its headline ---------------------------

def test_pasted_article_downloads_are_named_after_its_headline(app, downloads):
    at = paste(app, WEEK)
    at.switch_page("pages/quotes.py").run()
    assert "leaders-to-meet-next-week-officials-say-quotes.csv" in downloads
    assert not [name for name in downloads if name.startswith("pasted-")]


def test_slug_falls_back_to_the_id():
    from types import SimpleNamespace

    from pages import _common as ui

    assert ui.article_stem(SimpleNamespace(article_id="pasted-7dfdd717", title="")) == "pasted-7dfdd717"
    assert ui.article_stem(SimpleNamespace(article_id="pasted-7dfdd717", title="Ça va? Déjà 100%!")) == "ca-va-deja-100"
    assert ui.article_stem(SimpleNamespace(article_id="my-upload", title="Other")) == "my-upload"


# --- 5. the empty-filter message uses the filter's words -------------------------------------

def test_empty_filter_message_uses_the_kind_label(app):
    at = app.run()
    at.query_params["qt-kind"] = ["direct"]
    at.query_params["qt-text"] = "zzzz"
    at.switch_page("pages/quotes.py").run()
    notes = " ".join(plain(i.value) for i in at.info)
    assert "kind 'direct quotation', words 'zzzz'" in notes
    assert "kind 'direct'" not in notes
