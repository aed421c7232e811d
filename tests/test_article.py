"""lib.article: header forms, datelines, paragraphs, boilerplate, validation errors, HTML input.

Every input here is a few sentences written for the test (no third-party article text); the
embedded sample in data/articles is read by path only. Expected offsets were counted by hand
and are asserted exactly, together with ``text[start:end]``.
"""

from __future__ import annotations

import hashlib
import re

import pytest

from lib.article import (
    MAX_CHARS,
    Article,
    check_text,
    decode_bytes,
    find_boilerplate,
    find_dateline,
    load_article,
    looks_like_html,
    make_article_id,
    paragraph_spans,
    parse_article,
    sample_articles,
    validate_date,
)
from lib.errors import (
    ArticleNotFoundError,
    ArticleTooLongError,
    BinaryInputError,
    EmptyArticleError,
    InvalidDateError,
    NotEnglishError,
    ParleyError,
)

BODY = "The two ministers met in the port city on Wednesday and agreed to talk again."  # 77 chars


# --------------------------------------------------------------------------------------------
# header forms


def test_date_and_headline_on_one_line():
    art = parse_article(f"date 2025-02-13 Harbour talks resume\n\n{BODY}\n")
    assert art.published == "2025-02-13"
    assert art.title == "Harbour talks resume"
    assert art.text == BODY
    assert art.paragraphs == ((0, 77),)
    assert art.source is None
    assert art.dateline is None


def test_date_alone_then_headline_then_blank_then_body():
    raw = "date 2025-02-13\nHarbour talks resume\n\nThe ministers met on Wednesday.\nThey agreed to talk again.\n"
    art = parse_article(raw)
    assert art.published == "2025-02-13"
    assert art.title == "Harbour talks resume"
    assert art.text == "The ministers met on Wednesday.\nThey agreed to talk again."
    assert art.paragraphs == ((0, 31), (32, 58))


def test_date_unknown_with_headline_line():
    art = parse_article(f"date unknown\nHarbour talks resume\n\n{BODY}\n")
    assert art.published is None
    assert art.published_date is None
    assert art.title == "Harbour talks resume"
    assert art.text == BODY


def test_date_unknown_overrides_published_argument():
    # published= applies only when the text has no date line
    art = parse_article(f"date unknown\nHarbour talks resume\n\n{BODY}\n", published="2025-02-13")
    assert art.published is None


def test_date_line_wins_over_published_argument():
    art = parse_article(f"date 2025-02-13 Harbour talks resume\n\n{BODY}\n", published="2024-01-01")
    assert art.published == "2025-02-13"


def test_headline_unknown_gives_first_sentence_as_title():
    raw = "date 2025-02-13\nheadline unknown\n\nThe two ministers met in the port city on Wednesday. They agreed to talk again.\n"
    art = parse_article(raw)
    assert art.published == "2025-02-13"
    assert art.title == "The two ministers met in the port city on Wednesday."
    assert art.text == "The two ministers met in the port city on Wednesday. They agreed to talk again."
    assert "headline" not in art.text


def test_no_date_line_whole_file_is_body():
    raw = "The two ministers met in the port city on Wednesday. They agreed to talk again.\n"
    art = parse_article(raw)
    assert art.published is None
    assert art.title == "The two ministers met in the port city on Wednesday."
    assert art.text == raw.rstrip("\n")
    assert art.paragraphs == ((0, 79),)


def test_no_date_line_published_passed_in():
    art = parse_article("The two ministers met in the port city on Wednesday.", published="2025-02-13")
    assert art.published == "2025-02-13"
    assert art.published_date.isoformat() == "2025-02-13"
    assert art.published_date.weekday() == 3  # a Thursday


def test_title_is_first_sentence_even_when_short():
    art = parse_article("The ministers have met.\n\nThey agreed to talk again in the port city next month.\n")
    assert art.title == "The ministers have met."


def test_single_line_after_date_line_is_body_not_headline():
    art = parse_article("date 2025-02-13\nThe two ministers met in the port city on Wednesday.\n")
    assert art.published == "2025-02-13"
    assert art.text == "The two ministers met in the port city on Wednesday."
    assert art.paragraphs == ((0, 52),)
    # the title comes from the body's first sentence, the line stays in the body
    assert art.title == "The two ministers met in the port city on Wednesday."


def test_line_running_straight_on_after_date_line_is_body():
    art = parse_article("date 2025-02-13\nThe two ministers met in the port city.\nThey agreed to talk again.\n")
    assert art.text == "The two ministers met in the port city.\nThey agreed to talk again."
    assert art.paragraphs == ((0, 39), (40, 66))
    assert art.title == "The two ministers met in the port city."


def test_title_argument_used_when_text_has_none():
    art = parse_article(BODY, title="Given title", source="Example Wire")
    assert art.title == "Given title"
    assert art.source == "Example Wire"
    # a header headline wins over the argument
    art2 = parse_article(f"date 2025-02-13 Header title\n\n{BODY}", title="Given title")
    assert art2.title == "Header title"


# --------------------------------------------------------------------------------------------
# datelines


def test_bbc_dateline_is_source_and_spans_prefix():
    raw = "(BBC) The two ministers met in the port city on Wednesday.\n"
    art = parse_article(raw)
    assert art.source == "BBC"
    assert art.dateline == (0, 6)
    assert art.text[0:6] == "(BBC) "
    # the title (first sentence) leaves the dateline out
    assert art.title == "The two ministers met in the port city on Wednesday."


def test_bbc_dateline_after_header_and_blank_lines():
    raw = "date 2025-02-13 Harbour talks resume\n\n\n\n(BBC) The ministers met on Wednesday.\n"
    art = parse_article(raw)
    assert art.text == "(BBC) The ministers met on Wednesday."
    assert art.dateline == (0, 6)
    assert art.source == "BBC"


def test_ap_place_dateline():
    raw = "DUBAI, United Arab Emirates (AP) — The two ministers met in the port city on Wednesday.\n"
    art = parse_article(raw)
    assert art.source == "AP"
    assert art.dateline == (0, 35)
    assert art.text[:35] == "DUBAI, United Arab Emirates (AP) — "
    assert art.title == "The two ministers met in the port city on Wednesday."


def test_reuters_date_dateline():
    raw = "Feb 10 (Reuters) - The two ministers met in the port city on Wednesday.\n"
    art = parse_article(raw)
    assert art.source == "Reuters"
    assert art.dateline == (0, 19)
    assert art.text[:19] == "Feb 10 (Reuters) - "


def test_place_only_dateline_has_no_source():
    raw = "WASHINGTON — The two ministers met in the port city on Wednesday.\n"
    art = parse_article(raw)
    assert art.source is None
    assert art.dateline == (0, 13)
    assert art.text[:13] == "WASHINGTON — "


def test_dateline_source_wins_over_argument():
    art = parse_article("(BBC) The two ministers met in the port city on Wednesday.", source="Other")
    assert art.source == "BBC"


def test_no_dateline_in_plain_paragraph():
    text = "The ministers met on Wednesday.\nThey agreed to talk again."
    assert find_dateline(text, paragraph_spans(text)) == (None, None)


def test_dateline_in_second_paragraph_found_with_offsets():
    text = "Harbour talks resume\n(BBC) The ministers met on Wednesday."
    span, source = find_dateline(text, paragraph_spans(text))
    assert span == (21, 27)
    assert text[21:27] == "(BBC) "
    assert source == "BBC"


# --------------------------------------------------------------------------------------------
# paragraphs and offsets


def test_paragraph_spans_whitespace_lines_are_blank_and_ends_trimmed():
    text = "The two ministers met.\n   \n  They agreed to talk again.  \nEnd here."
    spans = paragraph_spans(text)
    assert spans == ((0, 22), (29, 55), (58, 67))
    assert [text[s:e] for s, e in spans] == ["The two ministers met.", "They agreed to talk again.", "End here."]


def test_paragraph_spans_tabs_and_empty_text():
    assert paragraph_spans("") == ()
    assert paragraph_spans("\n\t\n   \n") == ()
    assert paragraph_spans("\tOne line.\t") == ((1, 10),)


def test_article_paragraph_offsets_point_into_text():
    raw = "date 2025-02-13 Harbour talks resume\n\nFirst paragraph here.\n\n  Second one, indented.\n \nThird.\n"
    art = parse_article(raw)
    assert art.text == "First paragraph here.\n\n  Second one, indented.\n \nThird."
    assert art.paragraphs == ((0, 21), (25, 46), (49, 55))
    assert [art.text[s:e] for s, e in art.paragraphs] == ["First paragraph here.", "Second one, indented.", "Third."]


def test_crlf_line_endings_normalised():
    raw = "date 2025-02-13\r\nHarbour talks resume\r\n\r\nThe two ministers met.\r\n\r\nThey agreed to talk again.\r\n"
    art = parse_article(raw)
    assert "\r" not in art.text
    assert art.title == "Harbour talks resume"
    assert art.text == "The two ministers met.\n\nThey agreed to talk again."
    assert art.paragraphs == ((0, 22), (24, 50))
    assert art.text[24:50] == "They agreed to talk again."


def test_paragraph_of_offsets():
    art = parse_article("First paragraph here.\n\nSecond paragraph here.\nThird paragraph.")
    assert art.paragraphs == ((0, 21), (23, 45), (46, 62))
    assert art.paragraph_of(0) == 0
    assert art.paragraph_of(20) == 0
    assert art.paragraph_of(22) == 0  # a blank line belongs to the paragraph before it
    assert art.paragraph_of(23) == 1
    assert art.paragraph_of(46) == 2
    assert art.paragraph_of(61) == 2


def test_n_words_counts_letters_with_inner_apostrophes():
    art = parse_article("The port's 2 cranes don't work; it’s the storm.")
    # The, port's, cranes, don't, work, it’s, the, storm (the digit is not a word)
    assert art.n_words == 8


# --------------------------------------------------------------------------------------------
# boilerplate


def test_reporting_by_line_and_every_line_after_are_boilerplate():
    text = (
        "The two ministers met in the port city on Wednesday.\n"  # 0-52
        "They agreed to talk again next month.\n"  # 53-90
        "Reporting by Jane Roe; Editing by Tom Poe\n"  # 91-132
        "Our related stories follow here today.\n"  # 133-171
        "Something else entirely here."  # 172-201
    )
    art = parse_article(text)
    assert art.paragraphs == ((0, 52), (53, 90), (91, 132), (133, 171), (172, 201))
    assert art.boilerplate == ((91, 132), (133, 171), (172, 201))


def test_markdown_link_highlight_and_byline_are_boilerplate():
    text = (
        "By Jane Roe\n"  # 0-11 byline
        "The two ministers met in the port city on Wednesday.\n"  # 12-64
        "[Read more about the port](https://example.com/port)\n"  # 65-117 markdown link line
        "They agreed to talk again next month.\n"  # 118-155
        "@highlight\n"  # 156-166
        "Ministers meet in port city\n"  # 167-194 the line after @highlight
        "The talks will resume in March, officials said."  # 195-242
    )
    art = parse_article(text)
    assert art.paragraphs == ((0, 11), (12, 64), (65, 117), (118, 155), (156, 166), (167, 194), (195, 242))
    assert art.boilerplate == ((0, 11), (65, 117), (156, 166), (167, 194))
    # the title skips the byline
    assert art.title == "The two ministers met in the port city on Wednesday."


def test_credit_line_is_boilerplate_but_does_not_end_article():
    text = (
        "The two ministers met in the port city on Wednesday.\n"
        "Associated Press writer Jane Roe contributed.\n"
        "They agreed to talk again next month."
    )
    spans = paragraph_spans(text)
    assert find_boilerplate(text, spans) == ((53, 98),)
    assert text[53:98] == "Associated Press writer Jane Roe contributed."


def test_plain_article_has_no_boilerplate():
    text = "The two ministers met.\nBy the evening they had agreed to talk again."
    assert find_boilerplate(text, paragraph_spans(text)) == ()


# --------------------------------------------------------------------------------------------
# validation errors


def _assert_user_message(err: ParleyError):
    assert isinstance(err, ParleyError)
    assert isinstance(err.user_message, str) and err.user_message.strip()
    assert str(err) == err.user_message


@pytest.mark.parametrize("raw", ["", "   \n\n \t ", "date 2025-02-13 Harbour talks resume\n\n", "12 34 -- !!"])
def test_empty_text_raises_empty_article(raw):
    with pytest.raises(EmptyArticleError) as info:
        parse_article(raw)
    _assert_user_message(info.value)


def test_none_raises_empty_article():
    with pytest.raises(EmptyArticleError):
        parse_article(None)


def test_nul_bytes_raise_binary_input():
    with pytest.raises(BinaryInputError) as info:
        parse_article("The ministers\x00 met on Wednesday.")
    _assert_user_message(info.value)


def test_many_control_characters_raise_binary_input():
    with pytest.raises(BinaryInputError):
        check_text("The ministers met." + "\x01\x02\x03" * 10)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\nsome pdf", b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04zip", b"GIF89a...", b"\xff\xd8\xff\xe0jpeg"],
    ids=["pdf", "png", "zip", "gif", "jpeg"],
)
def test_decode_bytes_rejects_binary_signatures(data):
    with pytest.raises(BinaryInputError) as info:
        decode_bytes(data)
    _assert_user_message(info.value)


def test_decode_bytes_rejects_nul_bytes():
    with pytest.raises(BinaryInputError):
        decode_bytes(b"The ministers\x00met.")


def test_decode_bytes_utf8_bom_and_cp1252_fallback():
    assert decode_bytes("\ufeffThe café reopened.".encode("utf-8")) == "The café reopened."
    assert decode_bytes("The café reopened — at last.".encode("cp1252")) == "The café reopened — at last."


def test_text_longer_than_max_chars_raises_too_long():
    sentence = "The ministers met in the port city. "  # 36 chars
    text = (sentence * (MAX_CHARS // len(sentence) + 2))[:MAX_CHARS] + "."
    assert len(text) == MAX_CHARS + 1
    with pytest.raises(ArticleTooLongError) as info:
        parse_article(text)
    _assert_user_message(info.value)
    assert f"{MAX_CHARS:,}" in info.value.user_message and "100,000" in info.value.user_message


def test_text_of_exactly_max_chars_is_accepted():
    sentence = "The ministers met in the port city. "
    text = (sentence * (MAX_CHARS // len(sentence) + 2))[:MAX_CHARS - 1] + "."
    assert len(text) == MAX_CHARS
    art = parse_article(text)
    assert len(art.text) == MAX_CHARS


FRENCH = (
    "Les deux ministres se sont rencontrés mercredi dans la ville portuaire et ont convenu de "
    "reprendre les discussions le mois prochain, selon un communiqué publié par le gouvernement "
    "après la réunion."
)
GERMAN = (
    "Die beiden Minister trafen sich am Mittwoch in der Hafenstadt und vereinbarten, die Gespräche "
    "im nächsten Monat fortzusetzen, wie die Regierung nach dem Treffen in einer Erklärung mitteilte."
)


@pytest.mark.parametrize("text", [FRENCH, GERMAN], ids=["french", "german"])
def test_french_or_german_paragraph_raises_not_english(text):
    with pytest.raises(NotEnglishError) as info:
        parse_article(text)
    _assert_user_message(info.value)


def test_english_paragraph_of_same_length_is_accepted():
    text = (
        "The two ministers met on Wednesday in the port city and agreed to resume the talks next "
        "month, according to a statement published by the government after the meeting."
    )
    assert parse_article(text).text == text


def test_non_latin_script_raises_not_english():
    with pytest.raises(NotEnglishError):
        parse_article("Министры встретились в среду в портовом городе и договорились продолжить переговоры.")


@pytest.mark.parametrize("bad", ["2025-02-30", "2025-13-01", "2023-02-29"])
def test_impossible_date_line_raises_invalid_date(bad):
    with pytest.raises(InvalidDateError) as info:
        parse_article(f"date {bad} Harbour talks resume\n\n{BODY}")
    _assert_user_message(info.value)
    assert bad in info.value.user_message


@pytest.mark.parametrize("bad", ["13/02/2025", "2025-2-13", "yesterday", "2025-02-30"])
def test_bad_published_argument_raises_invalid_date(bad):
    with pytest.raises(InvalidDateError):
        parse_article(BODY, published=bad)


def test_validate_date_values():
    assert validate_date(None) is None
    assert validate_date("") is None
    assert validate_date("unknown") is None
    assert validate_date("Unknown") is None
    assert validate_date(" 2024-02-29 ") == "2024-02-29"
    with pytest.raises(InvalidDateError):
        validate_date("2025-02-29")


def test_load_article_missing_path_raises_not_found(tmp_path):
    missing = tmp_path / "no-such-article.txt"
    with pytest.raises(ArticleNotFoundError) as info:
        load_article(missing)
    _assert_user_message(info.value)
    assert "no-such-article.txt" in info.value.user_message
    assert isinstance(info.value, FileNotFoundError)


def test_load_article_directory_raises_not_found(tmp_path):
    with pytest.raises(ArticleNotFoundError):
        load_article(tmp_path)


def test_load_article_binary_file_raises_binary_input(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    with pytest.raises(BinaryInputError):
        load_article(path)


# --------------------------------------------------------------------------------------------
# loading files


def test_load_article_id_is_file_stem_and_published_applies_without_date_line(tmp_path):
    path = tmp_path / "port-talks.txt"
    path.write_text("The two ministers met in the port city on Wednesday.\r\nThey agreed to talk again.\r\n", encoding="utf-8")
    art = load_article(path, published="2025-02-13")
    assert art.article_id == "port-talks"
    assert art.published == "2025-02-13"
    assert art.text == "The two ministers met in the port city on Wednesday.\nThey agreed to talk again."


def test_load_article_with_header(tmp_path):
    path = tmp_path / "talks.txt"
    path.write_bytes(f"date 2025-02-13 Harbour talks resume\n\n(BBC) {BODY}\n".encode("utf-8"))
    art = load_article(path, published="2020-01-01")
    assert (art.article_id, art.published, art.title, art.source) == ("talks", "2025-02-13", "Harbour talks resume", "BBC")
    assert art.dateline == (0, 6)


def test_sample_article_header_and_dateline():
    paths = sample_articles()
    assert len(paths) == 1
    path = paths[0]
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0]
    match = re.fullmatch(r"date (\d{4}-\d{2}-\d{2}) (.+)", first_line.strip())
    assert match, "the sample starts with a one-line date header"
    art = load_article(path)
    assert art.article_id == path.stem
    assert art.published == match.group(1) == "2025-02-13"
    assert art.title == match.group(2)
    assert art.source == "BBC"
    assert art.dateline == (0, 6)
    assert art.text[:6] == "(BBC) "
    assert art.boilerplate == ()
    assert all(art.text[s:e] == art.text[s:e].strip() and art.text[s:e] for s, e in art.paragraphs)


def test_make_article_id_is_sha1_prefix():
    text = "The ministers met."
    expected = "pasted-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    assert make_article_id(text) == expected
    assert make_article_id(text, prefix="upload").startswith("upload-")
    assert make_article_id("Another text.") != expected
    art = parse_article(f"  {text}\n")
    assert art.article_id == make_article_id(f"  {text}")
    assert re.fullmatch(r"pasted-[0-9a-f]{8}", art.article_id)


def test_article_is_frozen():
    art = parse_article(BODY)
    assert isinstance(art, Article)
    with pytest.raises(Exception):
        art.title = "changed"  # type: ignore[misc]


# --------------------------------------------------------------------------------------------
# HTML


PAGE = (
    "<!DOCTYPE html><html><head><title>Port talks resume</title>"
    '<meta property="article:published_time" content="2025-02-13T10:00:00Z"></head>'
    '<body><nav><a href="/">Home</a></nav><article>'
    "<p>The two ministers met in the port city on Wednesday and agreed to talk again next month, officials said.</p>"
    "<p>They said the harbour would reopen to ships on Friday after the storm had passed.</p>"
    "</article><footer>Copyright 2025 Example News</footer></body></html>"
)
P1 = "The two ministers met in the port city on Wednesday and agreed to talk again next month, officials said."
P2 = "They said the harbour would reopen to ships on Friday after the storm had passed."


def test_html_page_goes_through_trafilatura():
    assert looks_like_html(PAGE)
    art = parse_article(PAGE)
    assert art.text == f"{P1}\n{P2}"
    assert art.title == "Port talks resume"
    assert art.published == "2025-02-13"
    assert art.paragraphs == ((0, 104), (105, 186))
    assert "<" not in art.text and "Home" not in art.text and "Copyright" not in art.text


def test_small_html_without_metadata():
    page = f"<html><body><article><p>{P1}</p><p>{P2}</p></article></body></html>"
    art = parse_article(page)
    assert art.text == f"{P1}\n{P2}"
    assert art.title == P1  # no <title>: the first sentence
    assert art.published is None
    assert parse_article(page, published="2025-02-13").published == "2025-02-13"


def test_html_without_article_text_raises_empty():
    with pytest.raises(EmptyArticleError):
        parse_article("<html><body><div></div></body></html>")


def test_plain_text_with_a_tag_is_not_html():
    assert not looks_like_html("The <b>port</b> reopened on Friday.")


def test_a_headline_line_above_a_dateline_is_the_title():
    raw = "Harbour deal collapses as unions walk out\n\nOSLO — The port authority said on Monday it would close the pier.\n"
    article = parse_article(raw, published="2026-03-12")
    assert article.title == "Harbour deal collapses as unions walk out"
    assert parse_article("OSLO — The port authority said it would close the pier. More follows.").title == (
        "The port authority said it would close the pier.")
