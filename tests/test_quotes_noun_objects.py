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


# -- a relative clause on the object of a phrase verb ------------------------------------------

def test_a_relative_clause_on_the_object_noun_stays_with_its_second_verb():
    # the parser coordinates "led" with "point"; its tense is the relative clause's
    assert rows("These voters point to the 2004 tax bill, which put more money in rich hands, "
                "but also led to deep cuts in school budgets.") == [
        ("indirect", "These voters", "the 2004 tax bill, which put more money in rich hands, but also led to deep cuts in school budgets"),
    ]


def test_a_relative_clause_on_a_name_is_the_reporters_aside():
    assert rows("Berg likened the channel to Radio Vell, which gets some state money.") == [
        ("indirect", "Berg", "the channel to Radio Vell"),
    ]


# -- the agent of the object noun, hung on the cue verb ----------------------------------------

def test_the_by_phrase_after_the_object_belongs_to_it():
    assert rows("The paper spoke to Vera Holt. Holt described rough treatment by Dorn behind the scenes of the show.") == [
        ("indirect", "Holt", "rough treatment by Dorn behind the scenes of the show"),
    ]
    assert rows("The paper spoke to Vera Holt. Holt described rough treatment by Dorn on Monday.") == [
        ("indirect", "Holt", "rough treatment by Dorn"),
    ]


def test_by_with_a_verb_is_how_the_speaker_spoke():
    assert rows("Holt criticised the plan by saying it was too costly.") == [
        ("indirect", "Holt", "the plan"),
        ("indirect", "Holt", "it was too costly"),
    ]


# -- a subordinate clause's subject read as the object of "since" ------------------------------

def test_the_name_after_since_is_the_subject_of_the_cue():
    assert rows("The feud began in May. Dorn has been sulking since Ana Lopez, at the Monday hearing, "
                "cited rude remarks Dorn had made about Ruiz.") == [
        ("indirect", "Ana Lopez", "rude remarks Dorn had made about Ruiz"),
    ]


# -- the that-clause of a noun cue object, hung on the verb ------------------------------------

def test_echoed_claims_that_keep_their_clause():
    assert rows("Senator Ana Ruiz echoed claims by her party leader last week that those who doubt the courts weaken them.") == [
        ("indirect", "Ana Ruiz", "claims by her party leader last week that those who doubt the courts weaken them"),
    ]


def test_echo_without_a_speaker_is_no_quotation():
    assert rows("The sound echoed through the hall. Her words echoed the old song.") == []


# -- a reported clause the parser made the head of the verb of saying --------------------------

def test_while_he_acknowledged_keeps_its_clause():
    assert rows("Tom Berg spoke for an hour. While he acknowledged pay was one cause he felt weary "
                "working for the mayor, Berg also noted several problems left him unhappy.") == [
        ("indirect", "Tom Berg", "pay was one cause he felt weary working for the mayor"),
        ("indirect", "Tom Berg", "several problems left him unhappy"),
    ]


# -- a phrase that narrows the content down ----------------------------------------------------

def test_a_narrowing_phrase_after_a_comma_stays_in_the_content():
    assert rows("Ana Ruiz speaks more often in public about school funding than housing, particularly in the "
                "context of the budget fight with the state.") == [
        ("indirect", "Ana Ruiz", "school funding than housing, particularly in the context of the budget fight with the state"),
    ]


# -- a surname tagged as a common noun before a cue read as a plural noun ----------------------

def test_a_surname_before_charges_that_is_the_speaker():
    assert rows("Marcia Rice spoke on Friday.\n\n"
                "Rice charges that nations that stand to gain from the pact gave large sums to the Lopez Fund.") == [
        ("indirect", "Marcia Rice", "nations that stand to gain from the pact gave large sums to the Lopez Fund"),
    ]


def test_a_noun_before_charges_that_is_no_speaker():
    assert rows("Import duties rose in May. Tax charges that apply to imports rose by half.") == []


# -- two infinitives sharing one object --------------------------------------------------------

def test_an_infinitive_sharing_its_object_with_the_next_verb():
    assert rows("Ana Ruiz has backed the plan, promising to match and in places surpass its targets without new levies.") == [
        ("indirect", "Ana Ruiz", "to match and in places surpass its targets without new levies"),
    ]
    assert rows("Ana Ruiz has backed the plan, promising to resign and we agree.") == [
        ("indirect", "Ana Ruiz", "to resign"),
    ]


# -- a second gerund object coordinated with the cue -------------------------------------------

def test_a_second_gerund_object_stays_in_the_content():
    assert rows("Tom Vell has mentioned refinancing student debts and forcing banks to lend more.") == [
        ("indirect", "Tom Vell", "refinancing student debts and forcing banks to lend more"),
    ]
