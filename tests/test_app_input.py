"""AppTest of the article picker: paste, upload, publication date, bad input, and escaping of
untrusted article text on every page. These run the real library on small articles written here."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from apptest_helpers import plain
PAGES = ["pages/timeline.py", "pages/quotes.py", "pages/positions.py", "pages/article.py"]

DATED = """date 2024-11-05 Ferry strike ends after talks, union says

The ferry union said on Monday that its members would return to work after two days of talks with the operator.
“We have a fair deal at last,” union leader Maria Costa told reporters in the port.
The operator said it would publish the new timetable on Friday.
"""

UNDATED = """The harbour board met the fishing cooperative on Tuesday to discuss the new quotas for the coming season.
Board chair Ana Silva said the meeting had been long but useful, and that both sides would meet again next month.
"""


def errors(at: AppTest) -> list[str]:
    return [plain(e.value) for e in at.error]


def paste(at: AppTest, text: str) -> AppTest:
    """Pick "Paste text", paste ``text`` and click Analyse (the text applies with the button)."""
    at.run()
    at.radio(key="article").set_value("paste").run()
    at.text_area(key="side-paste").input(text)
    at.button(key="side-analyse").click().run()
    return at


def test_sample_is_picked_by_default(app):
    at = app.run()
    assert at.radio(key="article").value == "2025-02-13-bbc-trump-putin-call"
    assert at.radio(key="article").options == [
        "Sample: Ukraine war talks start now, Trump says after Putin call", "Paste text",
        "Upload a file (.txt or .html)"]
    assert [plain(c.value) for c in at.sidebar.caption][0] == "Published 2025-02-13 (from the article)."
    assert at.query_params == {}  # the default view has a clean URL
    assert len(at.sidebar.date_input) == 0


def test_pasted_text_is_analysed_and_stays_in_its_box(app):
    at = paste(app, DATED)
    assert errors(at) == [] and not at.exception
    assert plain(at.title[0].value) == "Ferry strike ends after talks, union says"
    assert at.query_params == {"article": "paste"}
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception
        assert at.text_area(key="side-paste").value == DATED
    # away to the sample and back: the text is still there
    at.radio(key="article").set_value("2025-02-13-bbc-trump-putin-call").run()
    at.radio(key="article").set_value("paste").run()
    assert at.text_area(key="side-paste").value == DATED
    assert plain(at.title[0].value) == "Ferry strike ends after talks, union says"


def test_nothing_pasted_yet_is_a_hint_not_an_error(app):
    app.run()
    at = app.radio(key="article").set_value("paste").run()
    assert errors(at) == []
    assert [plain(i.value) for i in at.info] == [
        "No article is analysed yet: paste an article's text in the sidebar and click Analyse."]


@pytest.mark.parametrize("text, message", [
    ("   \n\n  ", "The article is empty: there are no words to analyse."),
    ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au "
     "conseil des ministres la semaine prochaine, selon le porte-parole, avant un vote au parlement "
     "prévu pour la fin du mois de mars dans une ambiance très tendue.",
     "The article does not look like English; Parley analyses English news text."),
    ("word " * 50_000,
     "The article has 249,999 characters; Parley analyses articles up to 100,000 characters. "
     "Split it into several articles."),
    ("date 2024-02-30 A headline\n\nThe council said on Monday that the new bridge would open in "
     "spring after the last inspection of the steel works was finished.",
     "'2024-02-30' is not a real calendar date."),
])
def test_bad_pasted_text_gets_a_message_and_stays(app, text, message):
    at = paste(app, text)
    assert not at.exception
    assert errors(at) == [message]
    assert at.text_area(key="side-paste").value == text
    assert [plain(i.value) for i in at.info] == [
        "No article is analysed yet: fix the input in the sidebar (see the message above)."]
    at.switch_page("pages/quotes.py").run()
    assert not at.exception
    assert errors(at) == [message]
    assert at.text_area(key="side-paste").value == text


def test_binary_upload_gets_a_message(app):
    app.run()
    at = app.radio(key="article").set_value("upload").run()
    assert [plain(i.value) for i in at.info] == [
        "No article is analysed yet: upload a .txt or .html file in the sidebar."]
    at.file_uploader(key="side-upload").upload("notes.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "text/plain").run()
    assert not at.exception
    assert errors(at) == ["This is a binary file (PDF, image or archive); paste or upload the article's text."]


def test_upload_without_date_asks_for_one(app):
    app.run()
    at = app.radio(key="article").set_value("upload").run()
    at.file_uploader(key="side-upload").upload("harbour-board.txt", UNDATED.encode("utf-8"), "text/plain").run()
    assert errors(at) == [] and not at.exception
    assert plain(at.title[0].value) == ("The harbour board met the fishing cooperative on Tuesday to "
                                        "discuss the new quotas for the coming season.")
    assert plain(at.caption[0].value).startswith("Source not given · publication date unknown · ")
    assert [plain(w.value) for w in at.sidebar.warning] == [
        "This article has no publication date, so only absolute dates are resolved. Set one above "
        "to resolve 'on Wednesday' or 'next month'."]
    at.sidebar.date_input(key="side-published").set_value(dt.date(2024, 6, 14))
    at.sidebar.button(key="side-apply-date").click().run()
    assert at.query_params["published"] == "2024-06-14"
    assert plain(at.caption[0].value).startswith("Source not given · published 2024-06-14 · ")
    assert len(at.sidebar.warning) == 0
    at.switch_page("pages/timeline.py").run()
    assert not at.exception
    assert at.sidebar.date_input(key="side-published").value == dt.date(2024, 6, 14)


def test_timeline_of_an_undated_article_warns_once_about_what_is_not_placed(app):
    # the sidebar says the date is missing; the Timeline says only what it costs there
    app.run()
    at = app.radio(key="article").set_value("upload").run()
    at.file_uploader(key="side-upload").upload("harbour-board.txt", UNDATED.encode("utf-8"), "text/plain").run()
    at.switch_page("pages/timeline.py").run()
    assert not at.exception
    assert len(at.sidebar.warning) == 1
    assert [plain(w.value) for w in at.main.warning] == [
        "2 events with a relative date (such as 'Tuesday') are in the undated lane: set a "
        "publication date in the sidebar to place them."]


def test_pasted_text_and_its_date_apply_together_with_analyse(app):
    at = paste(app, UNDATED)
    assert errors(at) == [] and not at.exception
    assert plain(at.caption[0].value).startswith("Source not given · publication date unknown · ")
    assert [plain(w.value) for w in at.sidebar.warning] == [
        "This article has no publication date, so only absolute dates are resolved. Set one above "
        "and click Analyse to resolve 'on Wednesday' or 'next month'."]
    # the date box is in the paste form: nothing happens until Analyse is clicked
    at.sidebar.date_input(key="side-published").set_value(dt.date(2024, 6, 14)).run()
    assert "published" not in at.query_params
    at.sidebar.date_input(key="side-published").set_value(dt.date(2024, 6, 14))
    at.sidebar.button(key="side-analyse").click().run()
    assert at.query_params["published"] == "2024-06-14"
    assert plain(at.caption[0].value).startswith("Source not given · published 2024-06-14 · ")
    assert "Analysed as published on 2024-06-14 (the date set above)." in [plain(c.value) for c in at.sidebar.caption]
    assert len(at.sidebar.warning) == 0
    at.switch_page("pages/timeline.py").run()
    assert not at.exception and errors(at) == []
    assert at.query_params["published"] == "2024-06-14"


def test_bad_date_in_the_url_gets_a_message(app):
    app.session_state["_keep:side-paste"] = UNDATED
    app.query_params["article"] = "paste"
    app.query_params["published"] = "2024-13-01"
    at = app.run()
    assert not at.exception
    assert errors(at) == ["'2024-13-01' is not a date in the form YYYY-MM-DD (for example 2025-02-13)."] \
        or errors(at) == ["'2024-13-01' is not a real calendar date."]
    assert "published" not in at.query_params
    assert at.sidebar.date_input(key="side-published").value is None


def test_good_date_in_the_url_is_used(app):
    app.session_state["_keep:side-paste"] = UNDATED
    app.query_params["article"] = "paste"
    app.query_params["published"] = "2024-06-14"
    at = app.run()
    assert errors(at) == []
    assert plain(at.caption[0].value).startswith("Source not given · published 2024-06-14 · ")


@pytest.mark.parametrize("published", ["9999-12-31", "0999-12-31"])
def test_link_date_out_of_range_is_ignored_with_a_message_and_the_text_still_analysed(app, published):
    # a shared link to a pasted article whose ?published= the date box cannot take
    app.query_params["article"] = "paste"
    app.query_params["published"] = published
    at = app.run()
    assert not at.exception and errors(at) == []
    note = (f"The link's publication date {published} is out of range (Parley reads dates from "
            f"1000-01-01 to 2999-12-31), ignored.")
    assert [plain(w.value) for w in at.sidebar.warning] == [note]
    assert at.sidebar.date_input(key="side-published").value is None
    at.text_area(key="side-paste").input(UNDATED)
    at.button(key="side-analyse").click().run()
    assert not at.exception and errors(at) == []  # no "internal error", the text is analysed
    assert plain(at.title[0].value).startswith("The harbour board met the fishing cooperative")
    assert plain(at.caption[0].value).startswith("Source not given · publication date unknown · ")
    assert note in [plain(w.value) for w in at.sidebar.warning]
    assert at.sidebar.date_input(key="side-published").value is None
    assert "published" not in at.query_params
    # a date set in the box then applies, and the note goes
    at.sidebar.date_input(key="side-published").set_value(dt.date(2024, 6, 14))
    at.sidebar.button(key="side-analyse").click().run()
    assert not at.exception and errors(at) == []
    assert at.query_params["published"] == "2024-06-14"
    assert note not in [plain(w.value) for w in at.sidebar.warning]


def test_date_box_takes_every_date_lib_reads(app):
    app.session_state["_keep:side-paste"] = UNDATED
    app.query_params["article"] = "paste"
    app.query_params["published"] = "1800-01-01"  # outside the box's old 1900-2100 range
    at = app.run()
    assert not at.exception and errors(at) == []
    box = at.sidebar.date_input(key="side-published")
    assert box.value == dt.date(1800, 1, 1)
    assert (box.min, box.max) == (dt.date(1000, 1, 1), dt.date(2999, 12, 31))
    assert plain(at.caption[0].value).startswith("Source not given · published 1800-01-01 · ")
    # the upload's date box has the same range
    at.radio(key="article").set_value("upload").run()
    at.file_uploader(key="side-upload").upload("harbour-board.txt", UNDATED.encode("utf-8"), "text/plain").run()
    assert not at.exception and errors(at) == []
    box = at.sidebar.date_input(key="side-published")
    assert (box.min, box.max) == (dt.date(1000, 1, 1), dt.date(2999, 12, 31))


FORMULAS = """date 2025-02-18 Council formula row

"=HYPERLINK(1) is the answer," Mayor Ruth Okafor said on Wednesday.

"@SUM(1+1) will not do," council clerk Tom Reed told reporters.
"""


def test_csv_downloads_neutralise_formulas_and_json_keeps_the_words(app, downloads):
    import csv
    import io

    at = paste(app, FORMULAS)
    assert errors(at) == [] and not at.exception
    downloads.clear()  # the sample's files, from the first run
    at.switch_page("pages/quotes.py").run()
    assert not at.exception
    csv_name = next(n for n in downloads if n.endswith("-quotes.csv"))
    rows = list(csv.DictReader(io.StringIO(downloads[csv_name].decode("utf-8-sig"))))
    texts = [r["text"] for r in rows]
    assert any(t.startswith("'=HYPERLINK(") for t in texts), texts
    assert not any(t.startswith(("=", "+", "-", "@")) for r in rows for t in r.values()), rows
    records = json.loads(downloads[csv_name[:-4] + ".json"])
    assert any(r["text"].startswith("=HYPERLINK(") for r in records)  # JSON stays exact
    assert {r["text"] for r in records} == {t[1:] if t.startswith("'") else t for t in texts}


HOSTILE = """date 2025-03-01 Budget row: <script>alert(1)</script> costs $5 and $10

The council said on Monday that a parking permit would now cost $5 and a renewal $10, after a long debate.
A resident typed <script>alert(1)</script> into the council's comment form, the clerk said.
“We will not raise the fees again this year, not even by $1,” Mayor Ruth Okafor told reporters.
"""

_MARKDOWN_KINDS = ("markdown", "caption", "title", "header", "subheader", "info", "warning", "error")


def _unescaped_dollar(text: str) -> bool:
    return re.search(r"(?<!\\)\$", text) is not None


def _unescaped_tag(text: str) -> bool:
    return re.search(r"(?<!\\)<", text) is not None


def test_article_text_is_escaped_on_every_page(app):
    at = paste(app, HOSTILE)
    assert errors(at) == [] and not at.exception
    title = at.title[0].value
    assert plain(title) == "Budget row: <script>alert(1)</script> costs $5 and $10"
    assert "\\<script\\>" in title and "\\$5" in title and "\\$10" in title
    text_html = at.html[-1].value
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text_html
    assert "&#36;5" in text_html and "&#36;10" in text_html and "&#36;1," in text_html
    assert "<script" not in text_html and "$" not in text_html
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception
        for node in at.get("html"):
            assert "<script" not in node.value and "$" not in node.value
        for kind in _MARKDOWN_KINDS:
            for node in at.get(kind):
                assert not _unescaped_tag(node.value), (page, kind, node.value)
                assert not _unescaped_dollar(node.value), (page, kind, node.value)
        for expander in at.expander:
            assert not _unescaped_dollar(expander.proto.label)
            assert not _unescaped_tag(expander.proto.label)
        for chart in at.get("plotly_chart"):
            spec = json.loads(chart.proto.spec)
            assert "<script" not in json.dumps(spec["data"]), page


def hostile_tables(article):
    """Hand-made tables whose names, topics and texts carry HTML and dollar signs."""
    import lib.tables
    from lib.schema import make_frame

    t = article.text
    if "We will not raise" not in t:  # the sample, analysed before the text is pasted
        return lib.tables.ArticleTables(article=article, articles=lib.tables.articles_table(article),
                                        actors=make_frame("actors"), quotes=make_frame("quotes"),
                                        events=make_frame("events"), positions=make_frame("positions"))
    evil = "<script>alert(1)</script>"
    q_start = t.index("We will not raise")
    q_end = t.index("$1,") + 2
    s_start = t.index("The council said")
    s_end = t.index("long debate.") + len("long debate.")
    quotes = make_frame("quotes", [
        {"quote_id": "Q1", "article_id": article.article_id, "kind": "direct", "speaker": "Ruth $Okafor",
         "speakers": ["Ruth $Okafor"], "text": t[q_start:q_end], "cue": "told <b>reporters</b>",
         "channel": "$reporters", "start": q_start, "end": q_end, "context": t[q_start - 1:q_end + 40]},
        {"quote_id": "Q2", "article_id": article.article_id, "kind": "indirect", "speaker": evil,
         "speakers": [evil, "Ruth $Okafor"], "text": t[s_start:s_end], "cue": "said",
         "start": s_start, "end": s_end, "context": t[s_start:s_end]},
    ])
    events = make_frame("events", [
        {"event_id": "E1", "article_id": article.article_id, "kind": "meeting",
         "participants": ["Ruth $Okafor", evil], "date": "2025-02-24", "date_text": "on Monday $5",
         "granularity": "day", "status": "denied", "evidence": t[s_start:s_end], "start": s_start,
         "end": s_end, "mentions": [[s_start, s_start + 11]], "location": "<i>Hall</i>"},
        {"event_id": "E2", "article_id": article.article_id, "kind": "call", "participants": [evil],
         "status": "planned", "evidence": "$10 " + evil, "start": s_start, "end": s_end},
    ])
    positions = make_frame("positions", [
        {"position_id": "P1", "article_id": article.article_id, "actor": evil, "topic": "fees $5",
         "stance": "oppose", "claim": t[q_start:q_end], "quote_id": "Q1", "start": q_start, "end": q_end,
         "speaker": "Ruth $Okafor", "source_kind": "stated",
         "evidence": [{"quote_id": "Q1", "start": q_start, "end": q_end, "stance": "oppose", "claim": "$1"}]},
        {"position_id": "P2", "article_id": article.article_id, "actor": "Ruth $Okafor", "topic": "fees $5",
         "stance": "support", "claim": "$5", "start": s_start, "end": s_end, "source_kind": "stated"},
        {"position_id": "P3", "article_id": article.article_id, "actor": "<u>fleet</u>", "topic": "$10 permits",
         "stance": "doubtful", "claim": evil, "speaker": "reporter", "source_kind": "reporter",
         "start": s_start, "end": s_end},
    ])
    return lib.tables.ArticleTables(article=article, articles=lib.tables.articles_table(article),
                                    actors=make_frame("actors"), quotes=quotes, events=events,
                                    positions=positions)


def test_hostile_names_and_topics_are_escaped_on_every_page(app, monkeypatch):
    import lib.tables

    monkeypatch.setattr(lib.tables, "analyze", hostile_tables)
    at = paste(app, HOSTILE)
    assert errors(at) == [] and not at.exception
    choose = {"pages/quotes.py": ("qt-quote", "Q2"), "pages/timeline.py": ("tl-event", "E1"),
              "pages/positions.py": ("pos-cell", "<script>alert(1)</script> — fees $5")}
    for page in PAGES:
        at.switch_page(page).run()
        if page in choose:
            key, value = choose[page]
            at.selectbox(key=key).set_value(value).run()
        assert not at.exception and errors(at) == []
        shown = 0
        for node in at.get("html"):
            assert "<script" not in node.value and "$" not in node.value and "<b>" not in node.value
            shown += node.value.count("&lt;script&gt;") + node.value.count("&#36;")
        assert shown > 0, page
        for kind in _MARKDOWN_KINDS:
            for node in at.get(kind):
                assert not _unescaped_tag(node.value), (page, kind, node.value)
                assert not _unescaped_dollar(node.value), (page, kind, node.value)
        for expander in at.expander:
            assert not _unescaped_dollar(expander.proto.label) and not _unescaped_tag(expander.proto.label)
        for chart in at.get("plotly_chart"):
            data = json.dumps(json.loads(chart.proto.spec)["data"])
            assert "<script" not in data and "$" not in data, page
            assert "&lt;script&gt;" in data or page == "pages/quotes.py"
