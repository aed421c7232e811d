"""Where a reported clause starts and ends (found scoring PolNeAR): the reporter's own words after
the report are not part of it. Each story is a small one written for these tests, with the exact
rows Parley must give."""

from __future__ import annotations

from quote_rows import rows


# -- a comment the reporter appends after a comma ---------------------------------------------------

def test_a_trailing_concession_with_its_own_subject_is_the_reporters():
    assert rows("The governor said the bridge would reopen in May, although she declined to give a firm date.") == [
        ("indirect", "the governor", "the bridge would reopen in May"),
    ]


def test_a_concession_inside_the_report_stays():
    assert rows("The governor said that although the repairs were late, the bridge would reopen in May.") == [
        ("indirect", "the governor", "although the repairs were late, the bridge would reopen in May"),
    ]


def test_a_trailing_relative_clause_on_a_named_person_is_the_reporters():
    assert rows("Senator Ruiz questioned the wisdom of backing Tom Keller, who has never won a close race.") == [
        ("indirect", "Ruiz", "the wisdom of backing Tom Keller"),
    ]


def test_a_trailing_ing_adjunct_with_its_own_attribution_tells_how_the_speaker_acted():
    assert rows("Mayor Lena Brandt has repeatedly wondered whether the inspectors will be fair to the city, "
                "engaging in what aides described as an old tactic.") == [
        ("indirect", "Lena Brandt", "whether the inspectors will be fair to the city"),
        ("indirect", "aides", "an old tactic"),
    ]


# -- a phrase content: where it starts --------------------------------------------------------------

def test_a_relative_word_before_a_phrase_cue_is_not_its_content():
    assert rows("The audit found what inspectors described as serious lapses.") == [
        ("indirect", "inspectors", "serious lapses"),
    ]


def test_a_phrase_content_opening_with_quoted_words_keeps_their_opening_mark():
    assert rows("Senator Ruiz is describing as \"reckless\" a tweet by the governor.") == [
        ("indirect", "Ruiz", "\"reckless\" a tweet by the governor"),
        ("partial", "Ruiz", "reckless"),
    ]


# -- a phrase content: where it ends ----------------------------------------------------------------

def test_a_second_object_the_parser_hangs_on_the_verb_is_part_of_the_phrase():
    assert rows("Senator Dana Ruiz began by emphasizing fairness, and a need to raise wages and close tax loopholes.") == [
        ("indirect", "Dana Ruiz", "fairness, and a need to raise wages and close tax loopholes"),
    ]


def test_a_coordinated_embedded_question_is_part_of_the_phrase():
    assert rows("Judge Tom Keller spoke of the history of the port, built by convicts, and how the town grew around it.") == [
        ("indirect", "Tom Keller", "the history of the port, built by convicts, and how the town grew around it"),
    ]


def test_a_coordinated_act_of_the_speaker_is_not_part_of_the_phrase():
    assert rows("Senator Dana Ruiz praised the new budget and left the chamber early.") == [
        ("indirect", "Dana Ruiz", "the new budget"),
    ]


# -- where a reported clause starts -----------------------------------------------------------------

def test_a_clause_before_the_speaker_is_not_the_report_after_the_verb():
    assert rows("While he acknowledged money was a reason he quit, Judge Tom Keller also noted "
                "several factors left him unhappy.") == [
        ("indirect", "Tom Keller", "money was a reason he quit"),  # what he acknowledged is a report too
        ("indirect", "Tom Keller", "several factors left him unhappy"),
    ]


def test_a_report_around_a_parenthetical_attribution_keeps_both_sides():
    assert rows("If the vote fails, the mayor said, the party must regroup.") == [
        ("indirect", "the mayor", "If the vote fails the party must regroup"),
    ]


# -- where a direct quotation ends ------------------------------------------------------------------

def test_a_quotation_ending_in_a_quoted_term_closes_at_the_spaced_double_mark():
    assert rows("Mayor Tom Keller spoke at the town hall. \"I have always disliked the term 'rural outreach,' \" "
                "he told the audience, adding that the label feels cold.") == [
        ("direct", "Tom Keller", "I have always disliked the term 'rural outreach,'"),
        ("indirect", "Tom Keller", "the label feels cold"),
    ]


def test_a_whole_quoted_sentence_a_few_words_after_its_ing_cue_is_direct():
    assert rows("The ad ends with footage of Mayor Lena Ortiz saying during the forum last month, "
                "“That proves my point,” when her rival attacked her.") == [
        ("direct", "Lena Ortiz", "That proves my point,"),
    ]


def test_a_fragment_a_few_words_after_a_cue_stays_partial():
    assert rows("Mayor Lena Ortiz praised, at length and with some warmth, “the patience of our neighbours” at the meeting.")[-1][0] == "partial"


# -- another speaker's report coordinated inside the clause -----------------------------------------

def test_a_coordinated_phrase_report_of_another_speaker_is_its_own_row():
    assert rows("Republicans said they were convinced the board mishandled the audit and Democrats "
                "accused the GOP of hyping the problem.") == [
        ("indirect", "Republicans", "they were convinced the board mishandled the audit"),
        ("indirect", "Democrats", "the GOP of hyping the problem"),
    ]
