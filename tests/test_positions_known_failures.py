"""lib.positions on known stance failures: a claim about undoing an issue ("a mistake to lift
sanctions") is a stance on the issue with the reverse sign; a judgement word the lists lacked
("a blunder", "the right call"). Inputs are own words, not corpus text."""

from __future__ import annotations

import pytest

from lib.positions import match_topics, undone_stance
from lib.tables import analyze_text


def rows(text: str) -> list[tuple[str, str, str]]:
    """(actor, topic, stance) of every position row, the claim checked against its offsets."""
    res = analyze_text(text, published="2025-03-05")
    body = res.articles["text"][0]
    out = []
    for row in res.positions.to_dict("records"):
        assert body[row["start"]:row["end"]] == row["claim"]
        out.append((row["actor"], row["topic"], row["stance"]))
    return out


# --------------------------------------------------------------------------------------------
# 1. undoing an issue reverses the stance on it (topics stay in their own terms: "sanctions")


@pytest.mark.parametrize("text, expected", [
    # the reported failure and its symmetric case
    ("Senator Tom Hale said it would be a mistake to lift sanctions.", ("Tom Hale", "sanctions", "support")),
    ("Senator Tom Hale said it would be wise to lift sanctions.", ("Tom Hale", "sanctions", "oppose")),
    ("Senator Tom Hale said it would be right to lift sanctions.", ("Tom Hale", "sanctions", "oppose")),
    ("Senator Tom Hale said it would not be wise to lift sanctions.", ("Tom Hale", "sanctions", "support")),
    # passive subject, gerund, noun with "of", "called for ... to be lifted"
    ("Senator Tom Hale said sanctions should be lifted.", ("Tom Hale", "sanctions", "oppose")),
    ("Senator Tom Hale opposed lifting sanctions.", ("Tom Hale", "sanctions", "support")),
    ("Senator Tom Hale welcomed the lifting of sanctions.", ("Tom Hale", "sanctions", "oppose")),
    ("Senator Tom Hale called for sanctions to be lifted.", ("Tom Hale", "sanctions", "oppose")),
    ("Senator Tom Hale said lifting the embargo was a blunder.", ("Tom Hale", "sanctions", "support")),
    ("Senator Tom Hale said easing sanctions would be folly.", ("Tom Hale", "sanctions", "support")),
    # other undoable topics, and a condition on the undoing stays a condition
    ("Senator Tom Hale said it would be a mistake to abandon the ceasefire.", ("Tom Hale", "ceasefire", "support")),
    ("Senator Tom Hale said the United States would cut military aid to Kyiv.", ("Tom Hale", "military aid", "oppose")),
    ("Senator Tom Hale said Washington will lift sanctions only if Moscow withdraws.", ("Tom Hale", "sanctions", "conditional")),
])
def test_a_claim_about_undoing_an_issue_takes_the_reverse_stance(text, expected):
    assert rows(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # no undoing: the stance is read as before
    ("Senator Tom Hale said it would be a mistake to impose sanctions.", ("Tom Hale", "sanctions", "oppose")),
    # "end the fighting" is itself a ceasefire keyword, not an undoing of a ceasefire
    ("Senator Tom Hale said it would be wise to end the fighting.", ("Tom Hale", "ceasefire", "support")),
    # an undo word that is also an opposing word counts once: suspending talks opposes them
    ("The EU announced it was suspending talks with Norway on a fishing deal.", ("European Union", "negotiations", "oppose")),
])
def test_the_undo_rule_leaves_other_claims_alone(text, expected):
    assert rows(text) == [expected]


def test_undone_stance():
    assert [undone_stance(s) for s in ("support", "oppose", "conditional", "doubtful", "mixed")] == [
        "oppose", "support", "conditional", "doubtful", "mixed"]


# --------------------------------------------------------------------------------------------
# 2. judgement words: "a blunder" opposes, "the right call" on scrapping something opposes it


@pytest.mark.parametrize("text, expected", [
    ("Senator Tom Hale called the tariffs a blunder.", ("Tom Hale", "sanctions", "oppose")),
    ("Senator Tom Hale said the tariffs were a blunder.", ("Tom Hale", "sanctions", "oppose")),
    ("Senator Tom Hale said scrapping the tariffs was the right call.", ("Tom Hale", "sanctions", "oppose")),
    # on no listed topic: the thing judged (or undone) is the topic, not the judgement
    ("Senator Tom Hale said scrapping the treaty was the right call.", ("Tom Hale", "treaty", "oppose")),
    ("Senator Tom Hale said scrapping the treaty was a blunder.", ("Tom Hale", "treaty", "support")),
    ("Senator Tom Hale said the bus fares were a blunder.", ("Tom Hale", "bus fares", "oppose")),
    ("Senator Tom Hale said the bus fares were a good idea.", ("Tom Hale", "bus fares", "support")),
])
def test_judgements_of_an_issue_and_of_undoing_it(text, expected):
    assert rows(text) == [expected]


# --------------------------------------------------------------------------------------------
# 3. a topic merely mentioned states no stance: no row (the vocabulary has no 'neutral')


@pytest.mark.parametrize("text", [
    "Sanctions were discussed at the meeting, Kremlin spokesman Dmitry Peskov said.",
    "Senator Tom Hale spoke about sanctions.",
    "Senator Tom Hale said sanctions were on the agenda.",
    "Senator Tom Hale said the ceasefire was not discussed.",
    '"We discussed the ceasefire," Senator Tom Hale said.',
])
def test_a_topic_only_mentioned_gives_no_position(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # a stance word beside the mention still states a stance
    ("Senator Tom Hale said he wanted to discuss sanctions.", ("Tom Hale", "sanctions", "support")),
    ("Senator Tom Hale said sanctions were discussed and should be tightened.", ("Tom Hale", "sanctions", "support")),
    ("Senator Tom Hale said it would be a mistake to discuss a ceasefire.", ("Tom Hale", "ceasefire", "oppose")),
])
def test_a_mention_with_a_stance_word_keeps_its_row(text, expected):
    assert rows(text) == [expected]


def test_a_mention_beside_a_stated_stance_keeps_only_the_stance():
    text = ("Sanctions were discussed at the meeting, Kremlin spokesman Dmitry Peskov said. "
            "Senator Tom Hale said it would be a mistake to lift sanctions.")
    assert rows(text) == [("Tom Hale", "sanctions", "support")]


# --------------------------------------------------------------------------------------------
# 4. negated or denied speech, and reported questions, state no position


@pytest.mark.parametrize("text", [
    "Ms Harris never said that she supported the plan.",
    "Ms Harris did not say that she supported the plan.",
    "Ms Harris denied saying that she supported the plan.",
    "Ms Harris denied that she had said she supported the plan.",
])
def test_negated_or_denied_speech_gives_no_position(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    # a denied stance (not a denied saying) still reverses; a negated stance verb is no speech
    ("Ms Harris denied that she supported the plan.", [("Harris", "plan", "oppose")]),
    ("Senator Tom Hale did not rule out sanctions.", [("Tom Hale", "sanctions", "support")]),
    ("Senator Tom Hale did not call for sanctions.", [("Tom Hale", "sanctions", "oppose")]),
])
def test_negated_stance_verbs_are_not_negated_speech(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "The war goes on. Officials asked whether the deal was legal.",
    "Officials asked whether Putin supported the deal.",
    "Senator Tom Hale wondered why sanctions were needed.",
])
def test_a_reported_question_gives_no_position(text):
    assert rows(text) == []


# --------------------------------------------------------------------------------------------
# 5. words that name no issue: idioms, physical acts, a keyword of wide sense out of context


@pytest.mark.parametrize("text", [
    "The Kremlin also denied any call took place.",
    "Senator Tom Hale said a meeting of minds is unlikely.",
    "Protesting farmers blocked the road, police said.",
    "\"The crowd's energy was unbelievable,\" coach Tom Hale said.",
    "Coach Tom Hale said the crowd's energy was unbelievable.",
])
def test_idioms_physical_acts_and_stray_keywords_give_no_topic(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Senator Tom Hale said a meeting with Putin is unlikely.", [("Tom Hale", "leader meetings", "doubtful")]),
    ("Hungary blocked the resolution.", [("Hungary", "resolution", "oppose")]),
])
def test_the_same_words_in_their_own_sense_keep_their_row(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("claim, expected", [
    ("the crowd's energy was unbelievable", []),
    ("strikes on energy", ["energy_infrastructure"]),
    ("a halt to attacks on energy facilities", ["ceasefire", "energy_infrastructure"]),
    ("the pipeline", ["energy_infrastructure"]),
])
def test_energy_alone_is_not_the_strikes_topic(claim, expected):
    assert [t["id"] for t in match_topics(claim)] == expected


# --------------------------------------------------------------------------------------------
# 6. the reporter's present-tense description of a stance, without a speech cue, is reporter
#    framing (schema: source_kind 'reporter' = the reporter's inference), negated or not


def kinds(text: str) -> list[tuple[str, str, str, str]]:
    res = analyze_text(text, published="2025-03-05")
    return [(r["actor"], r["stance"], r["source_kind"], r["speaker"]) for r in res.positions.to_dict("records")]


@pytest.mark.parametrize("text, expected", [
    ("Slovakia's Robert Fico does not support military aid.", [("Robert Fico", "oppose", "reporter", "reporter")]),
    ("Slovakia's Robert Fico doesn't support military aid.", [("Robert Fico", "oppose", "reporter", "reporter")]),
    ("Slovakia's Robert Fico supports military aid.", [("Robert Fico", "support", "reporter", "reporter")]),
    ("Hungary's Viktor Orban opposes new sanctions on Russia.", [("Viktor Orban", "oppose", "reporter", "reporter")]),
    # a past act is the actor's own
    ("Slovakia's Robert Fico did not support military aid.", [("Robert Fico", "oppose", "stated", "Robert Fico")]),
])
def test_present_stance_without_speech_is_reporter_framing(text, expected):
    assert kinds(text) == expected


# --------------------------------------------------------------------------------------------
# 7. a pronoun for an issue takes the topic of the earlier clause or sentence; "that"/"this"
#    judged takes the earlier statement's topic, its stance kept or reversed by the judgement


@pytest.mark.parametrize("text, expected", [
    ("Hungary's Viktor Orban opposes new sanctions on Russia. Poland's Donald Tusk supports them.",
     [("Viktor Orban", "sanctions", "oppose"), ("Donald Tusk", "sanctions", "support")]),
    ("Hungary's Viktor Orban opposes new sanctions on Russia, but Poland's Donald Tusk supports them.",
     [("Viktor Orban", "sanctions", "oppose"), ("Donald Tusk", "sanctions", "support")]),
    ("KALLAS: We will keep the sanctions in place.\nLAVROV: That is a mistake.",
     [("KALLAS", "sanctions", "support"), ("LAVROV", "sanctions", "oppose")]),
    ("The EU imposed sanctions on Moscow. Senator Tom Hale said that was the right decision.",
     [("European Union", "sanctions", "support"), ("Tom Hale", "sanctions", "support")]),
    # no topic before: no row (rather than a topic 'them' or 'mistake')
    ("Orban met Tusk. Senator Tom Hale supports them.", []),
    ("KALLAS: We met in Paris.\nLAVROV: That is a mistake.", []),
])
def test_a_pronoun_takes_the_topic_of_the_earlier_statement(text, expected):
    assert sorted(rows(text)) == sorted(expected)


# --------------------------------------------------------------------------------------------
# 8. a claim that something happened to an issue is no stance on it


@pytest.mark.parametrize("text, expected", [
    ("Senator Ted Cruz claimed the election was stolen.", []),
    ("Senator Ted Cruz said the deal was signed.", []),
    # a plan, a judgement, a stance word: still a stance
    ("Senator Ted Cruz said the election would be held in May.", [("Ted Cruz", "elections", "support")]),
    ("Senator Ted Cruz said the election was a farce.", [("Ted Cruz", "elections", "oppose")]),
    ("Senator Ted Cruz said the sanctions were rightly imposed.", [("Ted Cruz", "sanctions", "support")]),
])
def test_a_claim_about_an_event_is_no_stance(text, expected):
    assert rows(text) == expected


def test_a_claim_longer_than_any_real_quotation_is_read_on_its_first_2000_characters():
    from lib.positions import MAX_CLAIM_CHARS
    filler = "and the harbour will stay open for the fishing fleet every single day of the year " * 40
    raw = f'Mayor Ola Berg said: "We oppose the sanctions {filler}."'
    t = analyze_text(raw, published="2025-03-05")
    text = t.articles.iloc[0]["text"]
    rows_ = t.positions[t.positions["topic"] == "sanctions"]
    assert list(rows_["stance"]) == ["oppose"]
    for _, row in t.positions.iterrows():
        assert row["end"] - row["start"] <= MAX_CLAIM_CHARS
        assert text[row["start"]:row["end"]] == row["claim"]


# --------------------------------------------------------------------------------------------
# 9. worry about an issue opposes it (user report: "were worried about X" read as support)


@pytest.mark.parametrize("text, expected", [
    ("Local business owners said they were worried about the proposed property tax increase.",
     [("Local business owners", "proposed property tax increase", "oppose")]),
    ("Farmer Tom Hale said he feared the new sanctions.", [("Tom Hale", "sanctions", "oppose")]),
])
def test_worry_about_an_issue_opposes_it(text, expected):
    assert rows(text) == expected


# --------------------------------------------------------------------------------------------
# 10. a contrast "X, not Y" supports X; the "not" is in no topic and turns nothing to oppose


@pytest.mark.parametrize("text, expected", [
    ('"The city needs stability, not another year of cuts," Governor Maria Lopez said.',
     [("Maria Lopez", "stability", "support")]),
    ("Senator Tom Hale said Europe needs sanctions, not talks.", [("Tom Hale", "sanctions", "support")]),
    # a plain negation still opposes
    ("Senator Tom Hale said Europe does not need sanctions.", [("Tom Hale", "sanctions", "oppose")]),
])
def test_a_contrast_supports_its_first_half(text, expected):
    assert rows(text) == expected


# --------------------------------------------------------------------------------------------
# 11. the people affected by a claim are not its topic: no row rather than a wrong one


@pytest.mark.parametrize("text, expected", [
    ('"We cannot keep asking families to pay more for less," Mayor Jane Holloway told reporters.', []),
    ("Senator Tom Hale said he opposes the new workers.", []),
    # a thing is still a topic
    ("Senator Tom Hale said he opposes the new treaty.", [("Tom Hale", "new treaty", "oppose")]),
])
def test_people_affected_are_no_topic(text, expected):
    assert rows(text) == expected


# --------------------------------------------------------------------------------------------
# 12. "vote against/for X" is a stance on X, not on elections; "vote against it" points back


@pytest.mark.parametrize("text, expected", [
    ("Council member Ravi Patel opposes the tax. Patel vowed to vote against it.",
     [("Ravi Patel", "tax", "oppose"), ("Ravi Patel", "tax", "oppose")]),
    ("Senator Tom Hale vowed to vote against the levy.", [("Tom Hale", "levy", "oppose")]),
    # a vote as such is still about elections
    ("Senator Tom Hale called for a vote on the treaty.", [("Tom Hale", "elections", "support")]),
])
def test_vote_against_x_is_a_stance_on_x(text, expected):
    assert rows(text) == expected
