"""Speech acts whose cue is a gerund or participle, and speech acts coordinated with a reported
clause (found scoring PolNeAR speech recall). Each input is a small story written for these
tests, with the exact rows Parley must give: (kind, speaker, text)."""

from __future__ import annotations

from quote_rows import rows


# -- an -ing cue hanging on a passive verb: its passive subject speaks --------------------------------

def test_after_saying_takes_the_passive_subject_of_the_main_clause():
    assert rows("Nora Vance had a hard week. After saying her left knee was \"so sore I could barely "
                "walk,\" she was rushed to hospital.") == [
        ("indirect", "Nora Vance", "her left knee was \"so sore I could barely walk,\""),
        ("partial", "Nora Vance", "so sore I could barely walk,"),
    ]


def test_criticised_for_saying_takes_the_one_criticised():
    assert rows("Senator Paul Berg was criticised for saying the vote was rigged.") == [
        ("indirect", "Paul Berg", "the vote was rigged"),
    ]


def test_a_passive_agent_does_not_say_what_the_gerund_says():
    assert rows("Nora Vance had a hard week. After saying the vote was rigged, she was attacked "
                "by Paul Berg.") == [
        ("indirect", "Nora Vance", "the vote was rigged"),
    ]


# -- a speech act coordinated with a reported clause that only describes ------------------------------

def test_a_speech_act_after_a_copular_report_is_the_sayers():
    assert rows("Nora Vance tweeted in the morning that Paul Berg was \"rude\" and \"a fraud\" and "
                "encouraged voters to \"look at\" his record.") == [
        ("indirect", "Nora Vance", "Paul Berg was \"rude\" and \"a fraud\""),
        ("partial", "Nora Vance", "rude"),
        ("partial", "Nora Vance", "a fraud"),
        ("indirect", "Nora Vance", "voters to \"look at\" his record"),
        ("partial", "Nora Vance", "look at"),
    ]


def test_an_act_without_a_directive_after_a_copular_report_keeps_the_clause_subject():
    assert rows("Mayor Ana Ortiz said the company was profitable and announced a dividend.") == [
        ("indirect", "Ana Ortiz", "the company was profitable"),
        ("indirect", "the company", "a dividend"),
    ]


def test_a_plain_act_after_a_copular_report_stays_in_the_report():
    assert rows("Nora Vance said the mayor was tired and went home early.") == [
        ("indirect", "Nora Vance", "the mayor was tired and went home early"),
    ]


# -- a phrase content cut at a coordination the parser hung on the verb above it ---------------------

def test_a_promise_runs_over_the_second_verb_of_its_infinitive():
    assert rows("Mrs. Vance has backed the scheme, pledging to reach and in a few places exceed its "
                "targets without new fees.") == [
        ("indirect", "Vance", "to reach and in a few places exceed its targets without new fees"),
    ]


def test_a_gerund_content_runs_over_the_second_gerund():
    assert rows("Ms. Vance has mentioned refinancing car loans and forcing lenders to cut their fees.") == [
        ("indirect", "Vance", "refinancing car loans and forcing lenders to cut their fees"),
    ]


def test_a_finite_verb_after_the_infinitive_is_a_new_act():
    assert rows("Lopez backed the plan, promising to cut taxes and said she would win.") == [
        ("indirect", "Lopez", "to cut taxes"),
        ("indirect", "Lopez", "she would win"),
    ]


# -- a gerund complement of a speech verb after a fronted title --------------------------------------

def test_a_title_before_the_speaker_is_not_what_was_suggested():
    assert rows("In her 2010 book, ''Save Your Town a Fortune,'' Ms. Vance suggested looking at the "
                "monthly bills.") == [
        ("indirect", "Vance", "looking at the monthly bills"),
    ]


def test_a_fronted_report_without_a_complement_after_the_verb_stays():
    assert rows("Prices will rise, Ms. Vance suggested.") == [
        ("indirect", "Vance", "Prices will rise"),
    ]


# -- headlines: "X Says ..." with a verb of telling foreseen in the report ----------------------------

def test_a_headline_report_of_what_something_will_tell_is_kept():
    assert rows("Berg Says Old Museum Will Tell of 'Pride and Loss.'\n\nThe mayor spoke on Monday.") == [
        ("indirect", "Berg", "Old Museum Will Tell of 'Pride and Loss.'"),
        ("partial", "Berg", "Pride and Loss."),
    ]


def test_a_nested_attribution_still_gives_way_to_the_inner_one():
    assert rows("The aide said Mayor Lopez told the board that taxes would rise.") == [
        ("indirect", "Lopez", "that taxes would rise"),
    ]


# -- headlines in Title Case: "X Vows To ...", the infinitive read as one of purpose ----------------

def test_a_headline_vow_gives_its_infinitive():
    assert rows("Railing Against Berg, Ortiz Vows To Abolish Fee Waivers Granted To Big Landlords.\n\n"
                "Mayor Ana Ortiz spoke on Monday.") == [
        ("indirect", "Ana Ortiz", "To Abolish Fee Waivers Granted To Big Landlords"),
    ]


def test_a_headline_pledge_read_as_a_plural_noun_gives_its_infinitive():
    assert rows("Ortiz Pledges To Cut Fees For Small Farms.\n\nMayor Ana Ortiz spoke on Monday.") == [
        ("indirect", "Ana Ortiz", "To Cut Fees For Small Farms"),
    ]


def test_a_headline_call_of_purpose_is_not_a_content():
    assert rows("Ortiz Calls To Thank Nurses.\n\nMayor Ana Ortiz spoke on Monday.") == []


# -- a fronted -ing cue the parser read as the subject of its own content -----------------------------

def test_a_fronted_claim_read_as_a_subject_is_the_main_speakers():
    assert rows("Claiming the criticism is designed to pressure the judges, Lopez said the panel "
                "had been fair.") == [
        ("indirect", "Lopez", "the criticism is designed to pressure the judges"),
        ("indirect", "Lopez", "the panel had been fair"),
    ]



# -- one report for a clause and the quoted clause coordinated with it ------------------------------

def test_a_quoted_clause_coordinated_with_the_report_gives_one_row():
    assert rows("Mayor Ana Ortiz said she hopes to win the race, but she knows that \"the voters "
                "will decide.\"") == [
        ("indirect", "Ana Ortiz", "she hopes to win the race, but she knows that \"the voters will decide.\""),
        ("partial", "Ana Ortiz", "the voters will decide."),
    ]


def test_a_quoted_clause_after_an_ing_cue_gives_one_row():
    assert rows("Mayor Ana Ortiz is claiming that fraud is \"a huge problem in this city\" but "
                "\"nobody dares to talk about it.\"") == [
        ("indirect", "Ana Ortiz", "fraud is \"a huge problem in this city\" but \"nobody dares to talk about it.\""),
        ("partial", "Ana Ortiz", "a huge problem in this city"),
        ("partial", "Ana Ortiz", "nobody dares to talk about it."),
    ]


def test_a_second_that_clause_is_a_second_report():
    assert rows("Mayor Ana Ortiz said she agrees with the plan, but that \"questions\" remain about "
                "its cost.") == [
        ("indirect", "Ana Ortiz", "she agrees with the plan"),
        ("indirect", "Ana Ortiz", "\"questions\" remain about its cost"),
        ("partial", "Ana Ortiz", "questions"),
    ]


# -- lament: a speech act with a phrase content, like bemoan -----------------------------------------

def test_a_fronted_lament_gives_a_phrase_row():
    assert rows("Lamenting their bad luck, the farmers of Dalton often say that the rain never comes "
                "on time.") == [
        ("indirect", "the farmers of Dalton", "their bad luck"),
        ("indirect", "the farmers of Dalton", "the rain never comes on time"),
    ]
