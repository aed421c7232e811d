"""lib.quotes and lib.actors against a second round of adversarial inputs: quoted words beside a
speaker, junk around names (time stamps, role words, Markdown), appositions, two people of one
surname, "both men". Every story is a small one written for these tests."""

from __future__ import annotations

from lib.tables import analyze_text


def tables(raw: str):
    return analyze_text(raw, published="2025-03-05")


def rows(raw: str) -> list[tuple[str, str, str, str, int, int]]:
    """(kind, speaker, cue, text, start, end) of every quotation, in text order."""
    q = tables(raw).quotes
    return list(zip(q["kind"], q["speaker"].fillna(""), q["cue"].fillna(""), q["text"], q["start"], q["end"]))


def actors(raw: str) -> list[tuple[str, str, str]]:
    """(name, kind, title) of every actor, sorted by name."""
    a = tables(raw).actors
    return sorted(zip(a["name"], a["kind"], a["title"].fillna("")))


# -- 1. quoted words are never a speaker ---------------------------------------------------------

QUOTED_WORDS = 'Aides said \'\'no comment\'\' and Ortega said "we are nearly there".'


def test_quoted_words_beside_a_name_are_not_a_second_speaker():
    assert rows(QUOTED_WORDS) == [
        ("indirect", "Aides", "said", "''no comment''", 11, 25),
        ("partial", "Aides", "said", "no comment", 13, 23),
        ("indirect", "Ortega", "said", '"we are nearly there"', 42, 63),
        ("partial", "Ortega", "said", "we are nearly there", 43, 62),
    ]


def test_quoted_words_are_not_an_actor():
    assert actors(QUOTED_WORDS) == [("Aides", "group", ""), ("Ortega", "person", "")]


# -- 2. junk in names ----------------------------------------------------------------------------

def test_a_live_blog_time_stamp_with_pm_is_not_part_of_a_name():
    from lib.actors import _clean_name
    assert _clean_name("4.40pm Kallas") == "Kallas"
    assert _clean_name("11:05 a.m. Kallas") == "Kallas"
    assert _clean_name("10 Downing Street") == "10 Downing Street"


def test_a_role_word_before_a_name_is_a_title():
    raw = 'Manager Ivo Marten said: "The lads ran until the end."'
    assert rows(raw) == [("direct", "Ivo Marten", "said", "The lads ran until the end.", 26, 53)]
    assert actors(raw) == [("Ivo Marten", "person", "Manager")]


def test_markdown_emphasis_is_not_part_of_a_name():
    raw = "**Helena Varga** said the bridge would reopen in May."
    assert rows(raw) == [("indirect", "Helena Varga", "said", "the bridge would reopen in May", 22, 52)]
    assert [name for name, _k, _t in actors(raw)] == ["Helena Varga"]


def test_a_markdown_table_header_said_is_not_a_person():
    raw = "Ferry strike\n\n| Who | Said |\n|---|---|\n| Varga | We will sail |\n"
    assert "Said" not in [name for name, _k, _t in actors(raw)]


# -- 3. a name in apposition to a role -----------------------------------------------------------

def test_a_name_in_apposition_to_a_role_is_the_speaker():
    raw = 'The goalkeeper, Tomas Brel, said: "We held on."'
    assert rows(raw) == [("direct", "Tomas Brel", "said", "We held on.", 35, 46)]
    assert actors(raw) == [("Tomas Brel", "person", "goalkeeper")]


# -- 4. two people of one surname ----------------------------------------------------------------

def test_mr_and_mrs_of_one_surname_are_two_actors():
    raw = "Mr Okafor said the roof leaked. Mrs Okafor said the landlord knew."
    assert rows(raw) == [
        ("indirect", "Mr Okafor", "said", "the roof leaked", 15, 30),
        ("indirect", "Mrs Okafor", "said", "the landlord knew", 48, 65),
    ]
    assert actors(raw) == [("Mr Okafor", "person", ""), ("Mrs Okafor", "person", "")]


def test_one_surname_with_one_honorific_stays_one_actor():
    raw = "Mr Okafor said the roof leaked. Okafor said he would move out."
    assert [a[0] for a in actors(raw)] == ["Okafor"]
    assert [r[1] for r in rows(raw)] == ["Okafor", "Okafor"]


# -- 5. "both men" -------------------------------------------------------------------------------

def test_both_men_after_two_names_are_those_two():
    raw = 'Orban spoke with Fico for an hour. Both men said "the pipeline stays open".'
    assert rows(raw) == [
        ("indirect", "Orban; Fico", "said", '"the pipeline stays open"', 49, 74),
        ("partial", "Orban; Fico", "said", "the pipeline stays open", 50, 73),
    ]
    assert actors(raw) == [("Fico", "person", ""), ("Orban", "person", "")]


def test_both_men_with_no_two_people_before_stays_an_unnamed_source():
    # not a person called "men", and the quotation is kept with its words for a speaker
    raw = "The storm hit the coast. Both men said the boats were safe."
    assert actors(raw) == [("both men", "group", "")]
    assert [(k, s, t) for k, s, _c, t, _a, _b in rows(raw)] == [("indirect", "both men", "the boats were safe")]


# -- 6. an explicit postposed speaker wins over a label before the quotation --------------------

def test_a_list_label_before_a_quotation_does_not_hide_the_postposed_speaker():
    raw = '- Point one: Orban met Fico.\n- Point two: "We disagree," said Fico.'
    assert rows(raw) == [("direct", "Fico", "said", "We disagree,", 43, 55)]


def test_a_place_label_before_a_quotation_does_not_hide_the_postposed_speaker():
    raw = 'Tuesday: Lula met Milei.\nParis: "Stay back," said police.'
    assert rows(raw) == [("direct", "police", "said", "Stay back,", 33, 43)]
    assert "Stay" not in [name for name, _k, _t in actors(raw)]  # an imperative is not a name


# -- 7. an unclosed quotation ends at a comma before an attribution -----------------------------

def test_an_unclosed_quotation_ends_before_its_attribution():
    raw = '"We will keep the mine open, she told the board in Perth. Nothing is decided yet.'
    assert rows(raw) == [("direct", "", "told the board", "We will keep the mine open,", 1, 28)]


def test_an_unclosed_quotation_after_a_named_speaker_gets_the_speaker():
    raw = 'Anna Berg spoke in Riga.\n\n"We will hold the bridge, she said. Talks resume on Friday.'
    assert rows(raw) == [("direct", "Anna Berg", "said", "We will hold the bridge,", 27, 51)]


# -- 8. a cleft sentence ----------------------------------------------------------------------------

def test_it_was_x_who_said_reports_x():
    assert rows("It was Okafor who said the roof had leaked for years.") == [
        ("indirect", "Okafor", "said", "the roof had leaked for years", 23, 52),
    ]
    assert rows("It was the mayor who said the bridge would close.") == [
        ("indirect", "the mayor", "said", "the bridge would close", 26, 48),
    ]


# -- a reported clause in single marks keeps both marks -----------------------------------------

def test_a_reported_clause_in_single_marks_ends_after_the_closing_mark():
    assert rows("Spokesmen answered ''not now'' and Ortega said 'we are nearly there'.") == [
        ("partial", "Spokesmen", "answered", "not now", 21, 28),
        ("indirect", "Ortega", "said", "'we are nearly there'", 47, 68),
        ("partial", "Ortega", "said", "we are nearly there", 48, 67),
    ]


def test_markdown_bold_around_a_surname_does_not_hide_the_speaker():
    assert rows("Talks ended.\n\n**Okafor** added that talks would go on.") == [
        ("indirect", "Okafor", "added", "talks would go on", 36, 53),
    ]
