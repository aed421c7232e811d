"""lib.positions on statements that a word-list reading gets backwards: negative judgements said of
an issue ("Sanctions are a disaster"), denials of an opposition ("rejected claims that she opposed
the ceasefire"), and "X agreed with Y" rows whose offsets must point at X's own words. Inputs are
own words."""

from __future__ import annotations

import pytest

from lib.positions import classify_stance, denied_stance, reverse_stance
from lib.tables import analyze_text


def rows(text: str) -> list[tuple[str, str, str, str, int, int]]:
    res = analyze_text(text, published="2025-03-05")
    body = res.articles["text"][0]
    out = []
    for row in res.positions.to_dict("records"):
        assert body[row["start"]:row["end"]] == row["claim"]  # exact words
        out.append((row["actor"], row["topic"], row["stance"], row["claim"], row["start"], row["end"]))
    return out


# --------------------------------------------------------------------------------------------
# negative judgements as predicates


def test_sanctions_are_a_disaster_opposes_sanctions():
    assert [r[:3] for r in rows('"Sanctions are a disaster," Chancellor Petra Lang said.')] == [
        ("Petra Lang", "sanctions", "oppose")]


def test_sanctions_are_not_a_disaster_supports_them():
    assert [r[:3] for r in rows('"Sanctions are not a disaster," Chancellor Petra Lang said.')] == [
        ("Petra Lang", "sanctions", "support")]


@pytest.mark.parametrize("claim, stance", [
    ("a ceasefire was impossible", "oppose"),
    ("the deal was «dead in the water»", "oppose"),
    ("the talks were a complete failure", "oppose"),
    ("a truce is out of the question", "oppose"),
    ("it would be a mistake to lift the sanctions", "oppose"),
    ("a truce was not impossible", "support"),
    ("we are against sanctions", "oppose"),
    ("he was not against sanctions", "support"),
    ("sanctions are a bad idea", "oppose"),
    ("sanctions were not a bad idea", "support"),
    # a judgement that modifies a word is not said of the issue
    ("it is time to stop this ridiculous war", "support"),
])
def test_judgement_predicates(claim, stance):
    assert classify_stance(claim) == stance


# --------------------------------------------------------------------------------------------
# "X agreed with Y": X takes Y's stance, the row points at X's words


def test_agreement_with_an_impossible_ceasefire_and_its_span():
    text = "Chancellor Petra Lang agreed with President Igor Volkov, who said on Tuesday that a ceasefire was impossible."
    assert rows(text) == [
        ("Petra Lang", "ceasefire", "oppose", "agreed with President Igor Volkov", 22, 55),
        ("Igor Volkov", "ceasefire", "oppose", "a ceasefire was impossible", 82, 108),
    ]


# --------------------------------------------------------------------------------------------
# denials reverse what they deny


@pytest.mark.parametrize("text, stance", [
    ("Chancellor Petra Lang rejected claims that she opposed the ceasefire.", "support"),
    ("Chancellor Petra Lang denied that she opposed the ceasefire.", "support"),
    ("Chancellor Petra Lang denied opposing the ceasefire.", "support"),
    ("Chancellor Petra Lang rejected claims that she had not backed the ceasefire.", "support"),
    ("Chancellor Petra Lang dismissed reports that she supported the ceasefire.", "oppose"),
])
def test_a_denial_reverses_the_denied_stance(text, stance):
    found = rows(text)
    assert [r[:3] for r in found] == [("Petra Lang", "ceasefire", stance)]
    assert found[0][3] == text[22:-1]  # the whole denial, from the verb to the end of the sentence


def test_a_verb_coordinated_with_a_rejection_is_its_own_statement():
    assert [r[:4] for r in rows("Chancellor Petra Lang rejected the plan and opposed the ceasefire.")] == [
        ("Petra Lang", "plan", "oppose", "rejected the plan"),
        ("Petra Lang", "ceasefire", "oppose", "opposed the ceasefire"),
    ]


@pytest.mark.parametrize("claim, expected", [
    ("rejected claims that she opposed the ceasefire", "support"),
    ("rejected claims that she supported the ceasefire", "oppose"),
    ("dismissed reports that a truce was unlikely", "support"),
    ("denied backing the plan", "oppose"),
    ("rejected the plan", None),  # no denied statement: the ordinary rules apply
    ("never denied that she opposed it", None),
])
def test_denied_stance(claim, expected):
    assert denied_stance(claim) == expected


def test_reverse_stance():
    assert [reverse_stance(s) for s in ("support", "oppose", "conditional", "doubtful", "mixed")] == [
        "oppose", "support", "oppose", "support", "mixed"]


# --------------------------------------------------------------------------------------------
# more double negatives, naming verbs, disagreement


@pytest.mark.parametrize("text, expected", [
    ("Chancellor Petra Lang said she had no objection to the ceasefire.",
     ("Petra Lang", "ceasefire", "support", "she had no objection to the ceasefire")),
    ("Chancellor Petra Lang refused to rule out new sanctions.",
     ("Petra Lang", "sanctions", "support", "refused to rule out new sanctions")),
    ("Chancellor Petra Lang refused to back the ceasefire.",
     ("Petra Lang", "ceasefire", "oppose", "refused to back the ceasefire")),
    ("Chancellor Petra Lang called the sanctions a disaster.",
     ("Petra Lang", "sanctions", "oppose", "the sanctions a disaster")),
    ("Chancellor Petra Lang called the ceasefire a success.",
     ("Petra Lang", "ceasefire", "support", "the ceasefire a success")),
])
def test_one_row_with_its_stance(text, expected):
    assert [r[:4] for r in rows(text)] == [expected]


@pytest.mark.parametrize("verb, start_of_volkov", [("disagreed with", 85), ("did not agree with", 89)])
def test_disagreement_takes_the_reverse_stance(verb, start_of_volkov):
    text = f"Chancellor Petra Lang {verb} President Igor Volkov, who said on Tuesday that a ceasefire was impossible."
    assert rows(text) == [
        ("Petra Lang", "ceasefire", "support", f"{verb} President Igor Volkov", 22, 22 + len(f"{verb} President Igor Volkov")),
        ("Igor Volkov", "ceasefire", "oppose", "a ceasefire was impossible", start_of_volkov, start_of_volkov + 26),
    ]


def test_a_refusal_noun_alone_is_not_a_negated_opposition():
    assert classify_stance("the port will reopen despite the owner's refusal to pay") == "support"
    assert classify_stance("we have no objection to the plan") == "support"


# --------------------------------------------------------------------------------------------
# questions and anaphoric topics


def test_a_transcript_question_states_no_position():
    text = ("Councillor Rosa Mendez spoke to us on Tuesday.\n\n"
            "HOST: Will you oppose the sanctions next week?\n\n"
            "MENDEZ: No. I support the sanctions.")
    assert [r[:3] for r in rows(text)] == [("Rosa Mendez", "sanctions", "support")]


def test_its_current_form_is_not_a_topic():
    text = ("Councillor Rosa Mendez spoke to us on Tuesday.\n\n"
            "HOST: Will you back the bill?\n\n"
            "MENDEZ: Not in its current form. Tenants need more.")
    assert [r[1] for r in rows(text)] == []


def test_the_reporters_characterisation_is_not_a_stated_position():
    res = analyze_text("Councillor Tom Reyes, who opposes the tax, spoke on Monday. Governor Alan Brooks supports the levy. "
                       "Mayor Jane Holloway said the city would not raise the parking levy.", published="2025-03-05")
    got = sorted(zip(res.positions["actor"], res.positions["topic"], res.positions["stance"], res.positions["source_kind"]))
    assert got == [("Alan Brooks", "parking levy", "support", "reporter"),
                   ("Jane Holloway", "parking levy", "oppose", "stated"),
                   ("Tom Reyes", "tax", "oppose", "reporter")]


@pytest.mark.parametrize("text, stance", [
    ("The deal, Chancellor Petra Lang said, is dead.", "oppose"),
    ("Chancellor Petra Lang said the embargo had failed.", "doubtful"),
])
def test_dead_and_failed_are_not_support(text, stance):
    assert [r[2] for r in rows(text)] == [stance]  # rows() also checks claim == text[start:end]
