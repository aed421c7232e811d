"""lib.quotes: speech acts whose content is a noun object (phrase rows), and cues the extractor
used to miss. Every story is a small one written for these tests."""

from __future__ import annotations

from tests.quote_rows import rows


# -- a relative clause without "that" on the object of a phrase verb ---------------------------

def test_a_relative_clause_on_the_object_stays_in_the_phrase():
    # the parser reads "Pratt had made ..." as what was cited; it is a relative clause of
    # "remarks" (its verb has no object of its own)
    assert rows("At the hearing, Lopez cited disparaging remarks Drake had made about Berg as signs of his scorn for nurses.") == [
        ("indirect", "Lopez", "disparaging remarks Drake had made about Berg as signs of his scorn for nurses"),
    ]


def test_a_relative_clause_on_the_object_is_not_a_reported_clause():
    assert rows("Lopez mentioned disparaging remarks Tate had made about Berg as signs of his scorn for nurses.") == [
        ("indirect", "Lopez", "disparaging remarks Tate had made about Berg as signs of his scorn for nurses"),
    ]


def test_a_complement_after_the_addressee_is_still_a_reported_clause():
    assert rows("Ana Lopez told reporters Berg had left the city.") == [
        ("indirect", "Ana Lopez", "Berg had left the city"),
    ]


# -- "It" standing for a document named in the sentence before ---------------------------------

def test_it_after_a_letter_is_the_letter():
    assert rows("The town mailed a warning letter on Friday. It says the club broke the law by using its logo.") == [
        ("indirect", "a warning letter", "the club broke the law by using its logo"),
    ]


def test_it_after_an_ad_that_is_the_subject_is_the_ad():
    assert rows("The ad then shows the mayor at a rally. It also mentions policies she backed that cut the school budget.") == [
        ("indirect", "the ad", "policies she backed that cut the school budget"),
    ]


def test_it_says_a_lot_is_no_quotation():
    assert rows("The band sent a letter to the council. It says a lot that nobody answered.") == []
    assert rows("The firm sent a letter. It is said that nobody left.") == []


# -- the subject of a passive verb of perception speaks ----------------------------------------

def test_one_heard_shouting_is_the_speaker():
    assert rows("Nora Bell can be heard shouting to the guards that her son had no knife.") == [
        ("indirect", "Nora Bell", "her son had no knife"),
    ]
    assert rows("Berg was heard saying the vote was rigged.") == [("indirect", "Berg", "the vote was rigged")]


def test_one_told_in_the_passive_is_not_the_speaker():
    assert rows("Berg was told the vote was rigged.") == []
