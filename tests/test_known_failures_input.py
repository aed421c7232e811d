"""Known failures of input and output, each pinned by exact values (inputs are own words):

1. a ``<br>`` inside running HTML text no longer splits a sentence into two paragraphs;
2. an HTML page's ``og:site_name`` is the article's source when no dateline names one;
3. the app's CSV/JSON downloads number paragraphs from 1, as the tables on screen do (the lib
   tables and ``python -m lib analyze`` keep the 0-based index of lib/schema.py);
4. the "Paragraph" column of the quotations table is wide enough for its header;
5. ``python -m lib analyze a.txt a.txt`` gives every article its own id.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from lib.__main__ import main
from lib.article import _br_joint, html_site_name, parse_article
from lib.tables import Corpus, analyze_text

from apptest_helpers import plain

# --- 1. <br> inside a paragraph ------------------------------------------------------------------

BR_FRAGMENT = "<p>The minister said the plan<br>would be ready in May.</p><p>Critics said it was late.</p>"

BR_PAGE = """<!doctype html>
<html><head><title>Bridge plan delayed</title></head>
<body><article>
<h1>Bridge plan delayed</h1>
<p>The transport minister, Ines Varga, said on Tuesday that the plan for the new river bridge<br/>
would be ready in May, two months later than the council had hoped.</p>
<p>Council leader Tom Adair said the delay was<br>disappointing but that the money was safe.</p>
<p>Engineers said the survey of the river bed had taken longer than expected because of the floods.</p>
<p>Ministry of Transport<br>12 Harbour Road<br>Northport</p>
<p>One line.<br><br>Another line</p>
</article></body></html>
"""


def test_br_inside_a_sentence_keeps_one_sentence_and_one_paragraph():
    article = parse_article(BR_FRAGMENT)
    assert article.text == "The minister said the plan would be ready in May.\nCritics said it was late."
    assert article.paragraphs == ((0, 49), (50, 75))
    assert article.title == "The minister said the plan would be ready in May."
    quotes = analyze_text(BR_FRAGMENT, published="2025-05-01").quotes
    assert list(zip(quotes["text"], quotes["paragraph"], quotes["sentence"])) == [
        ("the plan would be ready in May", 0, 0), ("it was late", 1, 1)]


def test_br_in_a_full_page_joins_running_text_and_keeps_address_lines():
    article = parse_article(BR_PAGE)
    assert article.text.split("\n") == [
        "Bridge plan delayed",
        "The transport minister, Ines Varga, said on Tuesday that the plan for the new river bridge "
        "would be ready in May, two months later than the council had hoped.",
        "Council leader Tom Adair said the delay was disappointing but that the money was safe.",
        "Engineers said the survey of the river bed had taken longer than expected because of the floods.",
        "Ministry of Transport",
        "12 Harbour Road",
        "Northport",
        "One line.",
        "Another line",
    ]


@pytest.mark.parametrize("before, after, count, joint", [
    ("The minister said the plan", "would be ready", 1, " "),    # lowercase goes on
    ("would be ready in", "May, officials said.", 1, " "),       # a line cannot end on "in"
    ("The council leader told reporters that the bridge would reopen", "Next week", 1, " "),  # prose-long
    ('He said:', '"We are ready."', 1, " "),                      # a colon before a quotation
    ("10 Downing Street", "London", 1, "\n"),                     # address
    ("Roses are red,", "Violets are blue", 1, "\n"),              # verse
    ("It was late.", "the next day", 1, "\n"),                    # a sentence ended
    ("The minister said the plan", "would be ready", 2, "\n"),   # <br><br> always breaks
    ("", "Text", 1, ""),                                          # a <br> at a line's start is dropped
    ("Text", "", 1, ""),
])
def test_br_rule(before, after, count, joint):
    assert _br_joint(before, after, count) == joint


def test_visible_text_fallback_gets_the_same_br_rule():
    # too short for trafilatura: the lxml fallback reads it
    article = parse_article("<div>Mayor Jane Whitcombe said the ferry<br>would sail at noon.</div>")
    assert article.text == "Mayor Jane Whitcombe said the ferry would sail at noon."
    assert len(article.paragraphs) == 1


# --- 2. og:site_name ------------------------------------------------------------------------------

def _page(head: str, first: str) -> str:
    return (f"<!doctype html><html><head>{head}<title>Grain deal extended</title></head><body><article>"
            f"<p>{first}The two governments agreed on Monday to extend the grain deal by another "
            "four months, officials from both sides said after the talks.</p>"
            "<p>The agreement keeps the sea corridor open for ships carrying wheat and maize to ports "
            "in the region, the officials said.</p></article></body></html>")


def test_og_site_name_is_the_source_when_no_dateline_names_one():
    page = _page('<meta property="og:site_name" content="Reuters">', "")
    assert html_site_name(page) == "Reuters"
    article = parse_article(page)
    assert (article.source, article.title, article.dateline) == ("Reuters", "Grain deal extended", None)
    assert analyze_text(page).articles["source"].tolist() == ["Reuters"]


def test_a_dateline_outlet_wins_over_og_site_name():
    page = _page('<meta property="og:site_name" content="Reuters">', "ANKARA (AP) — ")
    assert parse_article(page).source == "AP"


def test_og_site_name_under_a_date_header_and_odd_values():
    page = _page('<meta property="og:site_name" content="  Harbour   Gazette ">', "")
    article = parse_article("date 2025-06-02 Grain deal extended\n\n" + page)
    assert (article.source, article.published) == ("Harbour Gazette", "2025-06-02")
    assert parse_article(_page('<meta property="og:site_name" content="https://example.org">', "")).source is None
    assert parse_article(_page("", "")).source is None
    assert parse_article(_page('<meta property="og:title" content="Reuters">', "")).source is None


# --- 3. downloads number paragraphs from 1 --------------------------------------------------------

PARAGRAPHS = """date 2025-04-07 Library to stay open, council says

The council met on Monday to discuss the library budget.
"We will keep every branch open," council leader Ruth Okafor said.
The union said the staff would welcome the news.
"""


def test_downloads_number_paragraphs_from_1_as_the_table_on_screen(app, downloads):
    at = app.run()
    at.radio(key="article").set_value("paste").run()
    at.text_area(key="side-paste").input(PARAGRAPHS)
    at.button(key="side-analyse").click().run()
    downloads.clear()
    at.switch_page("pages/quotes.py").run()
    assert not at.exception
    table = at.dataframe[-1].value
    shown = dict(zip(table["text"], table["paragraph"]))
    assert shown == {"We will keep every branch open,": 2, "the staff would welcome the news": 3}
    name = next(n for n in downloads if n.endswith("-quotes.csv"))
    rows = list(csv.DictReader(io.StringIO(downloads[name].decode("utf-8-sig"))))
    assert "paragraph" not in rows[0]
    assert {r["text"]: r["paragraph (from 1)"] for r in rows} == {
        "We will keep every branch open,": "2", "the staff would welcome the news": "3"}
    records = json.loads(downloads[name[:-4] + ".json"])
    assert {r["text"]: r["paragraph (from 1)"] for r in records} == {
        "We will keep every branch open,": 2, "the staff would welcome the news": 3}
    # the library's table keeps the documented 0-based index
    quotes = analyze_text(PARAGRAPHS).quotes
    assert dict(zip(quotes["text"], quotes["paragraph"])) == {
        "We will keep every branch open,": 1, "the staff would welcome the news": 2}


def test_for_download_renames_in_place_and_keeps_missing_paragraphs_empty():
    from lib.schema import make_frame
    from pages import _common as ui

    frame = make_frame("quotes", [{"quote_id": "Q1", "text": "a", "paragraph": 0},
                                  {"quote_id": "Q2", "text": "b", "paragraph": None}])
    out = ui.for_download(frame)
    assert list(out.columns) == [ui.PARAGRAPH_DOWNLOAD if c == "paragraph" else c for c in frame.columns]
    assert ui.PARAGRAPH_DOWNLOAD == "paragraph (from 1)"
    assert [r["paragraph (from 1)"] for r in json.loads(ui.to_json(out))] == [1, None]
    assert frame["paragraph"].tolist()[0] == 0  # the table itself is untouched
    events = make_frame("events", [])
    assert ui.for_download(events) is events


# --- 4. the Paragraph column is wide enough for its header ----------------------------------------

def test_paragraph_column_header_is_not_clipped(app):
    at = app.run()
    at.switch_page("pages/quotes.py").run()
    assert not at.exception
    config = json.loads(at.dataframe[-1].proto.columns)["paragraph"]
    # "Paragraph" needs about 80 px with the cell padding; "small" is 75 px
    assert (config["label"], config["width"]) == ("Paragraph", 84)
    assert plain(config["help"]) == ("The paragraph of the article the quotation starts in, counted from 1 "
                                     "(as in the downloads).")


# --- 5. unique article ids on the command line ----------------------------------------------------

STORY = "The harbour master, Lena Ortiz, said the port would reopen on Friday.\n"


def _ids(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    return [a["article_id"] for a in data["articles"]], [q["article_id"] for q in data["quotes"]]


def test_the_same_file_twice_gets_two_ids(capsys, tmp_path):
    story = tmp_path / "port.txt"
    story.write_text(STORY, encoding="utf-8")
    assert _ids(capsys, "analyze", story, story) == (["port", "port-2"], ["port", "port-2"])


def test_two_files_with_one_stem_and_a_taken_suffix(capsys, tmp_path):
    for folder in ("x", "y", "z"):
        (tmp_path / folder).mkdir()
    (tmp_path / "x" / "port.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "y" / "port.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "z" / "port-2.txt").write_text(STORY, encoding="utf-8")
    files = [tmp_path / "x" / "port.txt", tmp_path / "y" / "port.txt", tmp_path / "z" / "port-2.txt"]
    articles, quotes = _ids(capsys, "analyze", *files)
    assert articles == ["port", "port-3", "port-2"]
    assert quotes == ["port", "port-3", "port-2"]
    assert [t.article.article_id for t in Corpus.from_files(files).items] == ["port", "port-3", "port-2"]


def test_overlapping_pieces_of_one_quotation_with_one_stance_are_one_evidence_line():
    from pages import _common as ui
    items = [
        {"quote_id": "Q1", "stance": "support", "start": 41, "end": 201, "claim": "a"},
        {"quote_id": "Q1", "stance": "support", "start": 126, "end": 201, "claim": "b"},
        {"quote_id": "Q1", "stance": "oppose", "start": 126, "end": 201, "claim": "c"},
        {"quote_id": "Q2", "stance": "support", "start": 300, "end": 350, "claim": "d"},
        {"quote_id": "Q1", "stance": "support", "start": 500, "end": 520, "claim": "e"},
    ]
    merged = ui.merge_evidence_pieces(items)
    assert [(i["quote_id"], i["stance"], i["start"], i["end"]) for i in merged] == [
        ("Q1", "support", 41, 201), ("Q1", "oppose", 126, 201), ("Q2", "support", 300, 350), ("Q1", "support", 500, 520),
    ]


def test_the_summary_says_oppose_for_a_plural_description_and_opposes_for_one_name():
    from lib.schema import make_frame
    from pages import _common as ui

    positions = make_frame("positions", [
        {"position_id": "P1", "actor": "Local business owners", "topic": "property tax", "stance": "oppose"},
        {"position_id": "P2", "actor": "Ravi Patel", "topic": "library cuts", "stance": "oppose"},
        {"position_id": "P3", "actor": "the ministry", "topic": "road tolls", "stance": "support"},
    ])
    assert [s for s, _ids in ui.summary_sentences(positions)] == [
        "Local business owners oppose property tax.", "Ravi Patel opposes library cuts.", "The ministry supports road tolls.",
    ]
