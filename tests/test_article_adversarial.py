"""lib.article on HTML that trafilatura finds no article in (short fragments), and on plain text
that holds a "<" without being HTML. Inputs are own words."""

from __future__ import annotations

import pytest

from lib.article import html_to_text, looks_like_html, parse_article, visible_text
from lib.errors import EmptyArticleError
from lib.tables import analyze_text


def test_short_paragraph_fragment_keeps_its_quotation():
    html = '<p>Mayor Jane Whitcombe said: "Hi".</p>'
    assert looks_like_html(html)
    article = parse_article(html)
    assert article.text == 'Mayor Jane Whitcombe said: "Hi".'
    res = analyze_text(html, published="2025-03-05")
    text = res.articles["text"][0]
    quotes = res.quotes
    assert list(zip(quotes["kind"], quotes["speaker"], quotes["text"])) == [("direct", "Jane Whitcombe", "Hi")]
    assert text[int(quotes["start"][0]):int(quotes["end"][0])] == "Hi"


def test_short_div_fragment_is_read():
    html = "<div>Mayor Jane Whitcombe said on Monday that the council would build a new bridge.</div>"
    assert parse_article(html).text == "Mayor Jane Whitcombe said on Monday that the council would build a new bridge."
    quotes = analyze_text(html, published="2025-03-05").quotes
    assert list(zip(quotes["kind"], quotes["text"])) == [("indirect", "the council would build a new bridge")]


def test_visible_text_drops_code_menus_and_comments_and_breaks_blocks():
    html = ("<div><script>var a = '<p>hidden</p>';</script><style>p {color: red}</style><nav>Home | News</nav>"
            "<p>Ferries  <b>resume</b>\n  today.</p><!-- note --><p>Tickets<br>on sale</p>after"
            "<footer>Copyright</footer></div>")
    assert visible_text(html) == "Ferries resume today.\nTickets\non sale\nafter"


def test_visible_text_of_entities_and_a_text_tail():
    assert visible_text("<p>Tom &amp; Ann</p> met &lt;here&gt;") == "Tom & Ann\nmet <here>"


def test_html_fallback_used_only_when_trafilatura_finds_nothing():
    body, title, published = html_to_text("<p>The ferry sailed at noon.</p>")
    assert (body, title, published) == ("The ferry sailed at noon.", None, None)


@pytest.mark.parametrize("html", [
    "<html><body><div></div></body></html>",
    "<div><script>var x = 1;</script><nav>Home</nav></div>",
    "<p>   </p>",
])
def test_html_without_visible_text_is_still_empty(html):
    with pytest.raises(EmptyArticleError) as info:
        parse_article(html)
    assert info.value.user_message == "No article text was found in this HTML page."


@pytest.mark.parametrize("text", [
    "<Jane> said she would come back. </end>",
    "<3 the fans said they loved it </3",
    "<ref> citation </ref> The mayor said the bridge would open.",
    "Prices <p>er cent</p> rose as x<y and a<b, the mayor said.",
    "a <p < b and c <p> d </p> e",
])
def test_plain_text_with_angle_brackets_is_not_html(text):
    assert not looks_like_html(text)
    assert parse_article(text).text == text


def test_text_with_a_less_than_sign_keeps_every_offset():
    text = "Turnout was <40% in May, Mayor Jane Whitcombe said on Monday."
    res = analyze_text(text, published="2025-03-05")
    body = res.articles["text"][0]
    assert body == text
    quotes = res.quotes
    assert list(quotes["text"]) == ["Turnout was <40% in May"]
    assert body[int(quotes["start"][0]):int(quotes["end"][0])] == "Turnout was <40% in May"


@pytest.mark.parametrize("html", [
    '<div class="story"><p>The ferry sailed.</p></div>',
    "<!-- saved page --><p>The ferry sailed.</p>",
    "<p>The ferry sailed.</p><p>It came back.</p>",
])
def test_html_fragments_are_html(html):
    assert looks_like_html(html)


@pytest.mark.parametrize("raw, title", [
    ("date 2025-03-05 Bridge\n\n<p>Mayor Jane Whitcombe said the bridge would open.</p>", "Bridge"),
    ("date 2025-03-05\nBridge opens\n\n<div>Mayor Jane Whitcombe said the bridge would open.</div>", "Bridge opens"),
    ("date 2025-03-05\n<div>Mayor Jane Whitcombe said the bridge would open.</div>",
     "Mayor Jane Whitcombe said the bridge would open."),
])
def test_a_date_header_above_html_is_kept(raw, title):
    article = parse_article(raw)
    assert article.text == "Mayor Jane Whitcombe said the bridge would open."
    assert article.published == "2025-03-05"
    assert article.title == title


def test_a_date_header_above_plain_text_with_a_less_than_sign():
    article = parse_article("date 2025-03-05 Vote\n\nTurnout was <40% in May.")
    assert (article.text, article.title) == ("Turnout was <40% in May.", "Vote")


# -- characters no reader sees ---------------------------------------------------------------------

def test_a_lone_surrogate_becomes_a_replacement_character_instead_of_crashing():
    res = analyze_text('Mayor Jane Whitcombe said "hi \ud800 there".', published="2025-03-05")
    assert res.articles["text"][0] == 'Mayor Jane Whitcombe said "hi \ufffd there".'
    assert list(res.quotes["text"]) == ["hi \ufffd there"]
    assert res.articles["article_id"][0].startswith("pasted-")


def test_a_few_stray_control_characters_are_removed_and_lose_no_row():
    res = analyze_text("Mayor Jane Whitcombe said\x07 that the pier would reopen. She met Ola Berg\x08 on Monday.",
                       published="2025-03-05")
    assert res.articles["text"][0] == "Mayor Jane Whitcombe said that the pier would reopen. She met Ola Berg on Monday."
    assert list(zip(res.quotes["speaker"], res.quotes["text"])) == [("Jane Whitcombe", "the pier would reopen")]
    assert list(res.events["participants"]) == [["Jane Whitcombe", "Ola Berg"]]


def test_terminal_colour_codes_are_removed_whole():
    res = analyze_text("Mayor Jane Whitcombe said that \x1b[31mthe pier would reopen\x1b[0m.", published="2025-03-05")
    assert list(res.quotes["text"]) == ["the pier would reopen"]


def test_many_control_characters_still_mean_binary_data():
    from lib.errors import BinaryInputError
    with pytest.raises(BinaryInputError):
        analyze_text("Mayor said " + "\x01\x02\x03" * 40 + " the pier would reopen.", published="2025-03-05")


def test_a_copyright_year_in_the_footer_is_not_the_publication_date():
    page = ("<html><head><title>Port talks</title></head><body><article><p>Harbour master Tom Becker will "
            "meet union leaders on Thursday to discuss the strike, he said.</p><p>More talks are planned for "
            "the week after.</p></article><footer>Copyright Harbour Gazette 2025</footer></body></html>")
    assert html_to_text(page)[2] is None
    dated = page.replace("<head>", '<head><meta property="article:published_time" content="2025-03-04T10:00:00Z">')
    assert html_to_text(dated)[2] == "2025-03-04"


def test_inline_tags_in_a_bare_html_fragment_do_not_break_the_sentence():
    from lib.tables import analyze_text

    raw = ('<html><body><p>Mayor <b>Lena Ortiz</b> said "the pier <i>stays</i> open" on Monday. '
           'She met <a href="x">Tom Reyes</a> in Leeds on Tuesday.</p></body></html>')
    t = analyze_text(raw, published="2025-03-05")
    assert t.articles.iloc[0]["text"] == ('Mayor Lena Ortiz said "the pier stays open" on Monday. '
                                          'She met Tom Reyes in Leeds on Tuesday.')
    assert ("partial", "Lena Ortiz", "the pier stays open") in list(zip(t.quotes["kind"], t.quotes["speaker"], t.quotes["text"]))
    assert t.events[["kind", "date"]].values.tolist() == [["meeting", "2025-03-04"]]
    assert list(t.events.iloc[0]["participants"]) == ["Lena Ortiz", "Tom Reyes"]


def test_non_text_input_raises_a_parley_error():
    # (adversarial tester: bytes gave TypeError, a number or a list AttributeError)
    from lib.errors import BinaryInputError

    assert parse_article("Maria Lund said the port was safe.".encode("utf-8")).text == "Maria Lund said the port was safe."
    for bad in (123, ["a"], b"\xff\xfe\x00"):
        with pytest.raises(BinaryInputError):
            parse_article(bad)


def test_date_line_of_a_pasted_article_is_its_publication_date():
    # (new-user test: "March 4, 2026" under the headline and byline was ignored)
    article = parse_article("Harbour fees cut\n\nBy Ana Lopes\n\nMarch 4, 2026\n\nThe minister met the pilots on Monday.")
    assert article.published == "2026-03-04"
    assert article.title == "Harbour fees cut"
    assert [article.text[a:b] for a, b in article.boilerplate] == ["By Ana Lopes", "March 4, 2026"]
    # it is the article's own date: it wins over one passed in, like a 'date' header
    assert parse_article("Published 4 March 2026 10:32 GMT\n\nThe pilots met.", published="2025-01-01").published == "2026-03-04"
    # not a date line: a month alone, an impossible day, a date inside a sentence
    assert parse_article("Headline\n\nMarch 2026\n\nThe pilots met.").published is None
    assert parse_article("Headline\n\nFebruary 30, 2026\n\nThe pilots met.").published is None
    assert parse_article("The pilots met on March 4, 2026 in Porto.").published is None


def test_byline_outlet_is_the_source():
    # (second new-user test: "By Ana Ribeiro, Coastline Post" left the source empty)
    assert parse_article("Water talks\n\nBy Ana Ribeiro, Coastline Post\n\nThe ministers met.").source == "Coastline Post"
    assert parse_article("Water talks\n\nBy Ana Ribeiro\n\nThe ministers met.").source is None


def test_byline_with_outlet_and_photo_credit_are_not_article_text():
    # (adversarial tester: their names became the speaker of "he said"/"she said")
    rows = analyze_text('By Karl Osei, Brenn Gazette\n\n"We agreed," she said.', published="2025-03-05").quotes
    assert rows["speaker"].isna().all()
    rows = analyze_text('Photograph: Karl Osei/Brenn Gazette\n\n"We agreed," she said.', published="2025-03-05").quotes
    assert rows["speaker"].isna().all()
