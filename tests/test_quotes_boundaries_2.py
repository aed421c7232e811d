"""Where a reported clause starts and ends, second set (found scoring PolNeAR): the reporter's
narration after a report, a report that runs on past a colon, an attribution set in the middle of
its clause. Each story is a small one written for these tests, with the exact rows Parley must give."""

from __future__ import annotations

from quote_rows import rows


# -- ", but" and the speakers' next act, told by the reporter --------------------------------------

def test_a_but_clause_holding_the_speakers_next_report_is_the_reporters():
    assert rows("On Tuesday the fact-checkers ruled that the mayor's claim about the break-ins in Lyon was "
                "accurate, but in their write-up they could not help noting that some break-ins involved no theft.") == [
        ("indirect", "the fact-checkers", "the mayor's claim about the break-ins in Lyon was accurate"),
        ("indirect", "the fact-checkers", "some break-ins involved no theft"),
    ]


def test_the_pronoun_of_the_speakers_next_report_stands_for_the_speakers():
    assert rows("The Lyon Police Department reported 300 break-ins this year. On Tuesday, Factcheck ruled "
                "that the mayor's claim about the break-ins was accurate, but in their write-up "
                "they could not help noting that some break-ins involved no theft.") == [
        ("indirect", "Factcheck", "the mayor's claim about the break-ins was accurate"),
        ("indirect", "Factcheck", "some break-ins involved no theft"),
    ]


def test_a_but_clause_that_goes_on_with_the_report_stays():
    assert rows("The ferry company told the Gazette that the fares would rise in May, "
                "but it will hold its current offer open until then.") == [
        ("indirect", "the ferry company", "the fares would rise in May, but it will hold its current offer open until then"),
    ]


# -- a colon inside the report -----------------------------------------------------------------------

def test_a_report_goes_on_past_a_colon():
    assert rows("Mr. Ortiz notes that two trends meet this year: "
                "prices are rising in many towns, loans are cheap and banks are lending more freely.") == [
        ("indirect", "Ortiz", "two trends meet this year: "
                              "prices are rising in many towns, loans are cheap and banks are lending more freely"),
    ]


def test_an_attribution_after_the_colon_is_a_report_of_its_own():
    assert rows("The mayor said the city had two choices: the council said it would cut services.") == [
        ("indirect", "the mayor", "the city had two choices"),
        ("indirect", "the council", "it would cut services"),
    ]


# -- an as-attribution set in the middle of its clause ---------------------------------------------

def test_an_as_attribution_inside_the_clause_gives_the_clause_around_it():
    assert rows("Oslo, as one of the mayor's advisers pointed out, rarely gets two storms in a week.") == [
        ("indirect", "one of the mayor's advisers", "Oslo rarely gets two storms in a week"),
    ]


def test_an_as_attribution_inside_the_clause_may_name_where_it_was_said():
    assert rows("The new bridge, as Mayor Ida Lund said in a speech on Monday, will open in May.") == [
        ("indirect", "Ida Lund", "The new bridge will open in May"),
    ]


def test_an_as_clause_with_an_object_of_its_own_is_no_attribution():
    assert rows("The new bridge, as the mayor described it, will open in May.") == []


def test_one_of_a_group_of_people_is_an_unnamed_source():
    assert rows("One of the mayor's advisers said Oslo rarely gets two storms in a week.") == [
        ("indirect", "one of the mayor's advisers", "Oslo rarely gets two storms in a week"),
    ]


# -- "according to" after an elliptical comment clause ------------------------------------------------

def test_according_to_after_an_elliptical_comment_covers_the_comment_only():
    assert rows("Every question brings a lengthy reply, full of figures, about why his rivals "
                "must be mistaken, which they often are, according to Ortiz.") == [
        ("indirect", "Ortiz", "which they often are"),
    ]


def test_according_to_after_a_relative_clause_that_tells_more_covers_the_sentence():
    assert rows("The company laid off 300 workers, which is more than it hired last year, according to filings.") == [
        ("indirect", "filings", "The company laid off 300 workers, which is more than it hired last year"),
    ]


# -- a second speaker's report coordinated after the first ------------------------------------------

def test_a_coordinated_report_of_a_second_speaker_is_cut_off_the_first():
    assert rows("Republicans said they are increasingly convinced the agency mishandled the inquiry "
                "and Democrats accused the party of stoking the issue for votes.") == [
        ("indirect", "Republicans", "they are increasingly convinced the agency mishandled the inquiry"),
        ("indirect", "Democrats", "the party of stoking the issue for votes"),
    ]


def test_a_coordinated_report_of_a_second_speaker_after_an_object_is_cut_off_the_first():
    assert rows("Officials said the ministry botched the tender and Greens accused the party of hiding the costs.") == [
        ("indirect", "Officials", "the ministry botched the tender"),
        ("indirect", "Greens", "the party of hiding the costs"),
    ]


def test_two_reported_clauses_coordinated_stay_one_report():
    assert rows("The mayor said the plan failed and the talks stalled.") == [
        ("indirect", "the mayor", "the plan failed and the talks stalled"),
    ]


# -- a report that goes on in the next sentence --------------------------------------------------------

def test_a_but_sentence_with_the_same_subject_and_a_backshifted_modal_goes_on_with_the_report():
    assert rows("The new hall, Mr. Ortiz said, would show visitors painful chapters of the past. "
                "But it would also celebrate the town's long fight to keep its promises.") == [
        ("indirect", "Ortiz", "The new hall would show visitors painful chapters of the past "
                              "But it would also celebrate the town's long fight to keep its promises"),
    ]


def test_a_but_sentence_in_the_reporters_tense_is_not_the_report():
    assert rows("Mr. Ortiz said the new hall would show visitors painful chapters of the past. But it was closed on Monday.") == [
        ("indirect", "Ortiz", "the new hall would show visitors painful chapters of the past"),
    ]


def test_a_but_sentence_with_an_attribution_of_its_own_is_not_the_report():
    assert rows("Mr. Ortiz said the new hall would show visitors painful chapters of the past. "
                "But it would also cost more than planned, the council said.") == [
        ("indirect", "Ortiz", "the new hall would show visitors painful chapters of the past"),
        ("indirect", "the council", "But it would also cost more than planned"),
    ]


# -- a phrase content the parser split at "and" ------------------------------------------------------

def test_a_gerund_coordinated_with_a_gerund_object_is_part_of_the_content():
    assert rows("Ms. Lund has mentioned capping rents and forcing landlords to publish their fees each year.") == [
        ("indirect", "Lund", "capping rents and forcing landlords to publish their fees each year"),
    ]


def test_a_bare_verb_coordinated_with_an_infinitive_is_part_of_the_content():
    assert rows("Ms. Lund has backed the plan, promising to reach and in some years exceed its targets "
                "without raising taxes.") == [
        ("indirect", "Lund", "to reach and in some years exceed its targets without raising taxes"),
    ]


def test_the_speakers_next_act_after_a_phrase_content_stays_out():
    assert rows("Ms. Lund mentioned the loans and left the room.") == [
        ("indirect", "Lund", "the loans"),
    ]


# -- a report between dashes ----------------------------------------------------------------------

def test_a_report_between_dashes_ends_at_the_closing_dash():
    assert rows("The mayor unveiled a batch of letters from 60 retired judges -- many of whom had earlier "
                "announced their backing  -- who cited her record on housing.") == [
        ("indirect", "60 retired judges", "their backing"),
        ("indirect", "60 retired judges", "her record on housing"),
    ]


# -- a title in marks before the speech verb ----------------------------------------------------------

def test_a_title_the_parser_read_as_a_clause_is_not_the_report():
    assert rows("In her 2010 book, ''Raise a Thrifty Child,'' Ms. Lund suggested checking every bank statement "
                "for small costs.") == [
        ("indirect", "Lund", "checking every bank statement for small costs"),
    ]


# -- the speaker of a gerund after a preposition ------------------------------------------------------

def test_the_speaker_of_after_saying_is_the_subject_of_the_clause_it_hangs_on():
    assert rows("Mayor Ida Lund fell on Monday. After saying her left knee was sore, "
                "she was rushed to the clinic for tests.") == [
        ("indirect", "Ida Lund", "her left knee was sore"),
    ]


# -- a fronted concession before an attribution that takes its report straight after it -------------

def test_a_fronted_concession_frames_an_attribution_not_set_off_by_commas():
    assert rows("Though the talks failed, the mayor said the city will try again.") == [
        ("indirect", "the mayor", "the city will try again"),
    ]

