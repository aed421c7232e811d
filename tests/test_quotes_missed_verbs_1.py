"""Reported speech introduced by speech verbs Parley knows, in constructions it used to miss
(found scoring PolNeAR speech recall). Each input is a small story written for these tests, with
the exact rows Parley must give: (kind, speaker, text)."""

from __future__ import annotations

from quote_rows import rows


# -- a report inside a relative clause: "the mill, which X says he is keeping open" ----------------

def test_a_report_inside_a_relative_clause_is_found():
    assert rows("The council kept the old library, which Ms. Ferro says she will never close "
                "while she is mayor.") == [
        ("indirect", "Ferro", "she will never close while she is mayor"),
    ]


def test_a_relative_clause_after_the_attribution_is_still_not_the_report():
    assert rows("Mayor Lena Ortiz spoke in Dover, where the plant closed last year.") == []


# -- the speaker of an infinitive: raising and control verbs ----------------------------------------

def test_appeared_to_suggest_takes_the_subject_of_appeared():
    assert rows("Coach Ana Ruiz appeared to suggest that the referees were biased.") == [
        ("indirect", "Ana Ruiz", "the referees were biased"),
    ]


def test_seemed_to_concede_takes_the_subject_of_seemed():
    assert rows("Mayor Ken Bly seemed to concede that the plan had failed.") == [
        ("indirect", "Ken Bly", "the plan had failed"),
    ]


def test_the_object_of_forced_is_who_admits():
    assert rows("The judge forced Ken Bly to admit that the invoices were fake.") == [
        ("indirect", "Ken Bly", "the invoices were fake"),
    ]


def test_a_purpose_infinitive_takes_the_subject_of_its_verb():
    assert rows("Mayor Ken Bly went on the radio to argue that the levy was fair.") == [
        ("indirect", "Ken Bly", "the levy was fair"),
    ]


def test_continues_to_insist_takes_the_subject_of_continues():
    assert rows("The governor continues to insist, despite the audit, that the books are balanced.") == [
        ("indirect", "the governor", "the books are balanced"),
    ]


def test_what_the_speaker_declined_wanted_or_would_do_well_to_say_was_not_said():
    assert rows("Mayor Ken Bly declined to say whether the plan had failed.") == []
    assert rows("Mayor Ken Bly wants to say that the plan failed.") == []
    assert rows("Mayor Ken Bly did not appear to suggest that the plan failed.") == []
    assert rows("Mayor Ken Bly would do well to admit that the plan failed.") == []


def test_the_purpose_of_a_meeting_is_not_speech():
    assert rows("Nina Holt met Ravi Sen in Lisbon to discuss the new budget.") == []


def test_continuing_to_attack_is_not_speech():
    assert rows("The two gangs kept fighting, with both sides continuing to attack each other at night.") == []


# -- a report in parentheses stays inside them -----------------------------------------------------

def test_a_report_in_parentheses_is_only_what_is_inside_them():
    assert rows("Several riders crashed near the finish (their team confirmed that Diaz broke his wrist). "
                "The race went on.") == [
        ("indirect", "their team", "Diaz broke his wrist"),
    ]


# -- a name the tagger reads as a common noun -------------------------------------------------------

def test_a_headline_surname_read_as_a_noun_is_the_named_person():
    assert rows("Price urges members to back the strike.\n\n"
                "Ann Price said on Friday that the vote would be close.") == [
        ("indirect", "Ann Price", "members to back the strike"),
        ("indirect", "Ann Price", "the vote would be close"),
    ]


# -- an attribution in an as-clause: "As X pointed out, ..." --------------------------------------

def test_an_as_clause_attributes_the_clause_it_hangs_on():
    assert rows("As several engineers, including Ms. Park, have pointed out, the bridge cannot carry "
                "heavy trucks.") == [
        ("indirect", "several engineers", "the bridge cannot carry heavy trucks"),
    ]
    assert rows("As Senator Dana Holt noted on Monday, the bridge has been closed for a year.") == [
        ("indirect", "Dana Holt", "the bridge has been closed for a year"),
    ]


def test_an_as_clause_that_tells_when_is_not_an_attribution():
    assert rows("As Mayor Ken Bly continued, the crowd grew restless.") == []
    assert rows("As Ms. Vale announced her bid, the crowd cheered loudly.") == [
        ("indirect", "Vale", "her bid"),
    ]


# -- a plural noun source of "call" naming someone --------------------------------------------------

def test_plural_noun_subject_of_call_naming_someone_is_a_source():
    assert rows("Her fans called her ''a genius'' for the new voting plan.") == [
        ("indirect", "Her fans", "her ''a genius'' for the new voting plan"),
        ("partial", "Her fans", "a genius"),
    ]


def test_plural_things_that_call_for_something_are_still_no_source():
    assert rows("The new rules call for a review of all permits.") == []


def test_a_relative_word_is_not_what_was_called():
    assert rows("Given the union's efforts -- which the mayor, Ann Price, called ''pure theater'' -- one "
                "question remains.") == [
        ("indirect", "Ann Price", "''pure theater''"),
        ("partial", "Ann Price", "pure theater"),
    ]
    assert rows("Ann Price described what she called \"a farce\" at the hearing.") == [
        ("indirect", "Ann Price", "\"a farce\""),
        ("partial", "Ann Price", "a farce"),
    ]


# -- a noun cue whose source is a named modifier ---------------------------------------------------

def test_a_named_modifier_is_the_source_of_a_noun_cue():
    assert rows("Mayor Ken Bly is seizing upon a Daily Courier report that the council lost money in 2012.") == [
        ("indirect", "Daily Courier", "the council lost money in 2012"),
    ]


def test_a_relative_that_after_a_noun_cue_is_no_report():
    assert rows("The Senate report that he wrote was long.") == []
