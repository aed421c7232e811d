"""lib.quotes: quotation marks, kinds, attribution forms and speakers, on small stories written
for these tests. Each test is one failure kind reported against other tools (design.md §4,
../shared/cases/reported-failures.jsonl) or one rule of lib.quotes' module docstring."""

from __future__ import annotations

import pytest

from lib.article import parse_article
from lib.quotes import find_marked_spans
from lib.tables import analyze_text


def quotes(raw: str):
    return analyze_text(raw).quotes


def rows(raw: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, text) of every quotation, in text order."""
    q = quotes(raw)
    return list(zip(q["kind"], q["speaker"].fillna(""), q["text"]))


def marked(raw: str) -> list[tuple[str, str]]:
    """(kind, speaker) keyed by text for quotations in marks only."""
    return [(k, s, t) for k, s, t in rows(raw) if k != "indirect"]


def test_offsets_point_at_the_quoted_words():
    raw = 'date 2025-05-02 Harbour\n\nThe mayor said: "The gate stays shut." Nobody argued.'
    t = analyze_text(raw)
    row = t.quotes.iloc[0]
    text = t.articles.iloc[0]["text"]
    assert text[row["start"]:row["end"]] == "The gate stays shut."
    assert row["kind"] == "direct" and row["speaker"] == "the mayor" and row["cue"] == "said"


def test_apposition_and_a_quotation_over_two_paragraphs_is_one_row():
    raw = ('date 2025-05-02 Harbour\n\nJonas Berg, a port engineer, said: "The gate must be shut before dawn.\n\n'
           '"If it stays open, the dock will flood," he added.')
    t = analyze_text(raw)
    assert marked(raw) == [("direct", "Jonas Berg",
                            "The gate must be shut before dawn. If it stays open, the dock will flood,")]
    row = t.quotes.iloc[0]
    assert row["paragraph"] == 0 and t.articles.iloc[0]["text"][row["end"] - 5:row["end"]] == "lood,"
    actor = t.actors.set_index("name").loc["Jonas Berg"]
    assert actor["title"] == "port engineer" and actor["n_direct"] == 1


def test_three_paragraph_quotation_with_an_opening_mark_on_each():
    raw = ('date 2025-05-02 Flu\n\n"We are counting every case," the health minister said. "Cases are falling.\n\n'
           '"But the new strain is rising.\n\n"Keep washing your hands."')
    assert marked(raw) == [
        ("direct", "the health minister", "We are counting every case,"),
        ("direct", "the health minister", "Cases are falling. But the new strain is rising. Keep washing your hands."),
    ]


def test_speech_verbs_other_than_said_with_the_speaker_after_the_verb():
    raw = ('date 2025-05-02 Council\n\n"Nothing passes before the budget," grumbled the mayor, folding his arms.\n\n'
           '"We told them in March," sighed his deputy.\n\n"Then we vote again on Monday," added the treasurer, smiling.')
    assert marked(raw) == [
        ("direct", "the mayor", "Nothing passes before the budget,"),
        ("direct", "the mayor's deputy", "We told them in March,"),
        ("direct", "the treasurer", "Then we vote again on Monday,"),
    ]


def test_lead_in_line_ending_in_a_colon_and_a_dash_credit():
    raw = ('date 2025-05-02 Board\n\nAnd from the board chair:\n\n'
           '“The new director knows the port and will serve it well.”\n\n“Her plan is sound.” —Commissioner Adeyemi')
    got = marked(raw)
    assert got[0] == ("direct", "the board chair", "The new director knows the port and will serve it well.")
    assert got[1][0] == "direct" and "Adeyemi" in got[1][1] and got[1][2] == "Her plan is sound."


def test_left_single_mark_inside_a_word_is_an_apostrophe_and_nothing_raises():
    raw = 'date 2025-05-02 Envoy\n\nThe envoy told reporters he "couldn‘t promise a vote" before the summer.'
    assert marked(raw) == [("partial", "the envoy", "couldn‘t promise a vote")]


def test_parenthetical_attribution_relative_clause_and_a_non_human_subject():
    raw = ('date 2025-05-02 Grid\n\nThree years ago, the minister said, the new cable had cut prices. '
           'It was a scheme which she said had been delayed too long. But experience shows that such targets fail.')
    got = rows(raw)
    assert got == [
        ("indirect", "the minister", "Three years ago the new cable had cut prices"),
        ("indirect", "the minister", "had been delayed too long"),
    ]


def test_sentence_starts_before_the_opening_mark():
    raw = 'date 2025-05-02 Talks\n\nThe talks ended without a deal. "We will meet again soon," the spokesman said.'
    t = analyze_text(raw)
    assert marked(raw) == [("direct", "the spokesman", "We will meet again soon,")]
    assert t.quotes.iloc[0]["sentence"] == 1
    assert t.quotes.iloc[0]["context"] == '"We will meet again soon," the spokesman said.'


def test_subject_shared_by_two_verbs():
    raw = ('date 2025-05-02 Oslo\n\nPrime Minister Anna Holm met union leaders on Tuesday. She did not name a venue '
           'for the next round, but later told reporters: "We will meet in Oslo."')
    q = quotes(raw)
    assert list(q["speaker"]) == ["Anna Holm"]
    assert q.iloc[0]["cue"] == "told reporters" and q.iloc[0]["channel"] == "reporters"


def test_according_to_and_several_speakers():
    raw = ('date 2025-05-02 Budget\n\nThe strike killed four people, according to the regional governor.\n\n'
           'Both Holm and her finance minister said the budget would pass.')
    q = quotes(raw)
    assert list(zip(q["speaker"], q["text"], q["cue"])) == [
        ("the regional governor", "The strike killed four people", "according to"),
        ("Holm; Holm's finance minister", "the budget would pass", "said"),
    ]
    assert q.iloc[1]["speakers"] == ["Holm", "Holm's finance minister"]


def test_an_unclosed_quotation_ends_with_its_paragraph():
    raw = 'date 2025-05-02 Vote\n\nMinister Lee said: "We will not stop.\n\nThe vote is on Friday, officials said.'
    assert rows(raw) == [
        ("direct", "Lee", "We will not stop."),
        ("indirect", "officials", "The vote is on Friday"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        '"One, "two" and "three',
        '"""',
        "”Backwards“ marks” and ‘odd ones",
        'He said "yes.\n\n"No.\n\n"Maybe',
    ],
)
def test_odd_numbers_of_marks_never_raise(body):
    article = parse_article(f"date 2025-05-02 Odd\n\n{body} and some more words here.")
    spans = find_marked_spans(article.text, article.paragraphs)
    for span in spans:
        assert 0 <= span.start <= span.end <= len(article.text)
    analyze_text(f"date 2025-05-02 Odd\n\n{body} and some more words here.")


def test_single_quotes_and_a_missing_opening_mark_before_an_attribution():
    raw = ("date 2025-05-02 Styles\n\n'Today we act,' the senator said at the Capitol.\n\n"
           "The steps the council took are a breach of the charter,' Carney said.")
    assert marked(raw) == [
        ("direct", "the senator", "Today we act,"),
        ("direct", "Carney", "The steps the council took are a breach of the charter,"),
    ]


def test_guillemets_and_a_straight_mark_closed_by_a_curly_one():
    raw = ('date 2025-05-02 Styles\n\nThe mayor said «we will not give in» to the pressure.\n\n'
           'The senator said: "We are ready.” The session ended.')
    got = marked(raw)
    assert ("partial", "the mayor", "we will not give in") in got
    assert ("direct", "the senator", "We are ready.") in got


def test_scare_quotes_titles_and_nicknames_are_not_quotations():
    raw = ('date 2025-05-02 Notes\n\nThe so-called "peace dividend" has vanished. She appeared on "Meet the Press" '
           'on Sunday. Dwayne "The Rock" Johnson arrived late.')
    assert marked(raw) == []


def test_headline_forms_and_a_dateline_that_is_not_a_speaker():
    raw = ('date 2025-05-02 Forms\n\n(BBC) Officials said the bridge would reopen.\n\n'
           'Talks on the canal will start now, Mayor Diaz says\n\nMerkel: "We will manage this."')
    got = rows(raw)
    assert got == [
        ("indirect", "Officials", "the bridge would reopen"),
        ("indirect", "Diaz", "Talks on the canal will start now"),
        ("direct", "Merkel", "We will manage this."),
    ]


def test_standalone_quotation_continues_the_previous_speaker():
    raw = ('date 2025-05-02 Port\n\n"We need more cranes," said Pia Lund, the harbour master. "The ships are waiting."\n\n'
           '"Nobody listens."')
    q = quotes(raw)
    assert list(q["speaker"]) == ["Pia Lund"] * 3
    assert list(q["cue"].isna()) == [False, True, True]


def test_pronoun_and_role_noun_speakers_resolve_to_the_nearest_compatible_person():
    raw = ('date 2025-05-02 Summit\n\nPresident Rosa Vidal of Chile met President Omar Haddad of Tunisia. '
           'Later, Haddad said he was pleased.\n\nThe president said the talks would continue.')
    q = quotes(raw)
    assert list(zip(q["speaker"], q["text"])) == [
        ("Omar Haddad", "he was pleased"),
        ("Omar Haddad", "the talks would continue"),
    ]


def test_channels():
    raw = ('date 2025-05-02 Channels\n\nThe ministry wrote on Telegram that the attack had failed. '
           'In a statement, the army said it had repelled the assault.')
    q = quotes(raw)
    assert list(zip(q["speaker"], q["channel"])) == [("the ministry", "Telegram"), ("the army", "a statement")]


def test_reported_clause_with_a_quoted_fragment_gives_an_indirect_and_a_partial_row():
    raw = 'date 2025-05-02 Call\n\nThe governor said she had a "long and useful" call with the mayor.'
    assert rows(raw) == [
        ("indirect", "the governor", 'she had a "long and useful" call with the mayor'),
        ("partial", "the governor", "long and useful"),
    ]


def test_a_reporters_aside_is_not_part_of_the_reported_clause():
    raw = ('date 2025-05-02 Vote\n\nThe minister said the bill would fail, which will dismay its authors.')
    assert rows(raw) == [("indirect", "the minister", "the bill would fail")]


def test_no_quotations_gives_an_empty_table_with_the_schema_columns():
    from lib.schema import columns

    q = quotes("date 2025-05-02 Quiet\n\nThe river rose two metres overnight and the road was closed.")
    assert len(q) == 0 and list(q.columns[: len(columns("quotes"))]) == columns("quotes")
