"""lib.nlp: the cached pipeline, offsets kept, sentence starts fixed for news text, dateline and
boilerplate blanked before parsing. Inputs are short sentences written for the test."""

from __future__ import annotations

import pytest

from lib.article import parse_article
from lib.nlp import Parsed, load_pipeline, masked_text, parse


def sentences(raw: str, **kw) -> tuple[Parsed, list[tuple[int, int, str]]]:
    parsed = parse(parse_article(raw, **kw))
    return parsed, [(s.start_char, s.end_char, s.text) for s in parsed.sentences]


def test_load_pipeline_returns_same_object_twice():
    first = load_pipeline()
    assert load_pipeline() is first
    assert "parley_sentence_starts" in first.pipe_names
    assert first.pipe_names.index("parley_sentence_starts") < first.pipe_names.index("parser")


def test_parse_keeps_length_and_offsets():
    raw = "date 2025-02-13 Harbour talks resume\n\n(BBC) The ministers met.\n\n  They agreed, it seems.  \nEnd."
    parsed = parse(parse_article(raw))
    article = parsed.article
    assert len(parsed.doc.text) == len(article.text) == len(parsed.text)
    assert parsed.text is article.text
    # every non-space token's offsets point at the same characters in the article text
    for token in parsed.doc:
        if not token.is_space:
            assert article.text[token.idx:token.idx + len(token.text)] == token.text
    for sent in parsed.sentences:
        assert article.text[sent.start_char:sent.end_char] == sent.text
        assert sent.text == sent.text.strip()


def test_two_sentences_second_starts_with_quotation_mark():
    parsed, sents = sentences('The talks ended without a deal. "We will meet again soon," the spokesman said.')
    assert sents == [
        (0, 31, "The talks ended without a deal."),
        (32, 78, '"We will meet again soon," the spokesman said.'),
    ]
    assert parsed.sentences[1][0].text == '"'


def test_closing_quote_after_full_stop_stays_in_its_sentence():
    _parsed, sents = sentences('The mayor said "enough is enough." The council voted later.')
    assert sents == [
        (0, 34, 'The mayor said "enough is enough."'),
        (35, 59, "The council voted later."),
    ]


def test_whole_quoted_sentence_then_narration():
    _parsed, sents = sentences('"We are ready." The minister spoke after the vote.')
    assert sents == [(0, 15, '"We are ready."'), (16, 50, "The minister spoke after the vote.")]


def test_curly_quotes_split_like_straight_ones():
    _parsed, sents = sentences("The talks ended without a deal. “We will meet again soon,” the spokesman said.")
    assert [s[2] for s in sents] == [
        "The talks ended without a deal.",
        "“We will meet again soon,” the spokesman said.",
    ]


def test_paragraph_break_always_starts_a_sentence():
    # no full stop at the end of the first line, and the next line starts in lower case
    parsed, sents = sentences(
        "The port reopened on Friday after the storm\nofficials cleared the channel overnight and ships returned"
    )
    assert sents == [
        (0, 43, "The port reopened on Friday after the storm"),
        (44, 102, "officials cleared the channel overnight and ships returned"),
    ]
    # paragraph index of each token; -1 for the newline between paragraphs
    assert parsed.token_paragraph == [0] * 8 + [-1] + [1] * 8


def test_sentence_never_crosses_a_paragraph():
    raw = "The minister said the talks were over. \"They failed.\"\nNext paragraph starts here and goes on."
    _parsed, sents = sentences(raw)
    assert sents == [
        (0, 38, "The minister said the talks were over."),
        (39, 53, '"They failed."'),
        (54, 93, "Next paragraph starts here and goes on."),
    ]


def test_sentence_and_paragraph_index_lookup():
    parsed, sents = sentences("The ministers met on Monday. They talked.\n\nThe mayor left.")
    assert sents == [(0, 28, "The ministers met on Monday."), (29, 41, "They talked."), (43, 58, "The mayor left.")]
    assert parsed.sentence_index(0) == 0
    assert parsed.sentence_index(28) == 0
    assert parsed.sentence_index(29) == 1
    assert parsed.sentence_index(42) == 1  # blank line: nearest sentence before
    assert parsed.sentence_index(50) == 2
    assert parsed.sentence_at(50).text == "The mayor left."
    assert parsed.paragraph_index(35) == 0
    assert parsed.paragraph_index(43) == 1


def test_bbc_dateline_is_blanked_in_the_parse():
    raw = "(BBC) The two ministers met in the port city on Wednesday. They agreed to talk again."
    parsed, sents = sentences(raw)
    assert parsed.article.dateline == (0, 6)
    assert parsed.doc.text[:6] == " " * 6
    assert parsed.doc.text[6:] == raw[6:]
    words = [t for t in parsed.doc if not t.is_space]
    assert words[0].text == "The" and words[0].idx == 6
    # no word token covers any character of "(BBC)"
    assert not any(t.idx < 5 for t in words)
    assert not any("BBC" in t.text for t in parsed.doc)
    assert sents[0] == (6, 58, "The two ministers met in the port city on Wednesday.")


def test_place_dateline_is_blanked():
    raw = "DUBAI, United Arab Emirates (AP) — The two ministers met in the port city on Wednesday."
    parsed, sents = sentences(raw)
    assert parsed.doc.text[:35] == " " * 35
    assert not any(t.idx < 35 for t in parsed.doc if not t.is_space)
    assert sents == [(35, 87, "The two ministers met in the port city on Wednesday.")]


def test_boilerplate_lines_are_blanked_but_newlines_kept():
    raw = "By Jane Roe\nThe two ministers met in the port city on Wednesday.\nReporting by Tom Poe; Editing by Ann Loe"
    parsed, sents = sentences(raw)
    assert parsed.doc.text == " " * 11 + "\n" + raw[12:65] + " " * 40
    assert masked_text(parsed.article) == parsed.doc.text
    assert sents == [(12, 64, "The two ministers met in the port city on Wednesday.")]
    assert [t.text for t in parsed.doc if not t.is_space][-1] == "."


def test_caption_label_splits_into_its_own_sentence():
    _parsed, sents = sentences("Crisis talks: Obama told the council that the plan would fail.")
    assert sents == [(0, 13, "Crisis talks:"), (14, 62, "Obama told the council that the plan would fail.")]


def test_caption_label_in_a_later_paragraph():
    raw = "The council met on Monday.\nHarbour chief: Ships will return next week, the mayor said."
    _parsed, sents = sentences(raw)
    assert [s[2] for s in sents] == [
        "The council met on Monday.",
        "Harbour chief:",
        "Ships will return next week, the mayor said.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Putin added: It will take time to agree.",  # a speech verb before the colon
        "The mayor said: Ships will return.",
        "The new harbour chief of the city: Ships will return.",  # more than five words
        'Harbour chief: "Ships will return," she said.',  # a quotation mark after the colon
    ],
)
def test_colon_that_is_not_a_caption_label_does_not_split(line):
    _parsed, sents = sentences(f"The council met on Monday.\n{line}")
    assert [s[2] for s in sents] == ["The council met on Monday.", line]


def test_parse_with_explicit_pipeline_uses_it():
    nlp = load_pipeline()
    parsed = parse(parse_article("The ministers met. They talked."), nlp=nlp)
    assert [s.text for s in parsed.sentences] == ["The ministers met.", "They talked."]


def test_no_sentence_starts_between_two_words_on_one_line():
    """The statistical parser sometimes starts a sentence at a capitalised name inside a clause
    ("cited remarks Berg had made ..."), cutting the clause in two. Between two words on one line
    the sentence-start component forbids that; after punctuation or a line break it stays open."""
    from lib.nlp import _sentence_starts

    doc = _sentence_starts(load_pipeline().make_doc("Lopez cited remarks Berg had made. Ortiz left\nKim"))
    by_text = {t.text: t.is_sent_start for t in doc}
    assert by_text["Berg"] is False
    assert by_text["cited"] is False
    assert by_text["Ortiz"] is None  # after a full stop: the parser decides
    assert by_text["Kim"] is True  # a new paragraph


def test_long_run_of_marks_is_blanked_in_the_parse_only():
    # (second adversarial tester: a run of 10,000 quotation marks took 12 s in the tokenizer)
    raw = "The council met. " + '"' * 20 + " The roads are new."
    parsed, _ = sentences(raw)
    masked = masked_text(parsed.article)
    assert len(masked) == len(parsed.article.text) and parsed.article.text == raw
    assert masked == "The council met. " + '""' + " " * 16 + '""' + " The roads are new."
