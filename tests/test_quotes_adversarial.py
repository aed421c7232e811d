"""lib.quotes against adversarial inputs: apostrophes that are not quotation marks, reported
clauses whose edges fall near quotation marks, offsets that must slice to the row's text, and
attributions in less common places. Every story is a small one written for these tests."""

from __future__ import annotations

from lib.tables import analyze_text


def table(raw: str):
    t = analyze_text(raw, published="2025-03-05")
    return t.quotes, t.articles.iloc[0]["text"]


def rows(raw: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, text) of every quotation, in text order."""
    q, _ = table(raw)
    return list(zip(q["kind"], q["speaker"].fillna(""), q["text"]))


def assert_rows_slice(raw: str) -> None:
    q, text = table(raw)
    for _, row in q.iterrows():
        assert text[row["start"]:row["end"]] == row["text"], row["text"]


# -- apostrophes are not quotation marks --------------------------------------------------------

def test_a_one_letter_elision_opens_no_quotation():
    assert rows("Fish 'n' chips seller Olga Brandt said: 'The queue is longer every week.'") == [
        ("direct", "Olga Brandt", "The queue is longer every week."),
    ]


def test_a_plural_possessive_inside_single_marks_does_not_close_the_quotation():
    assert rows("Coach Piet Laan said: 'It's the referees' call, not the coaches'.'") == [
        ("direct", "Piet Laan", "It's the referees' call, not the coaches'."),
    ]


def test_a_closing_mark_after_an_s_followed_by_a_pronoun_and_cue_still_closes():
    q, _ = table("Ruth Ekland visited the ward. 'We back the nurses' she told reporters. 'And the porters.'")
    assert list(zip(q["kind"], q["speaker"], q["text"])) == [
        ("direct", "Ruth Ekland", "We back the nurses"),
        ("direct", "Ruth Ekland", "And the porters."),
    ]


# -- reported clauses near quotation marks --------------------------------------------------------

def test_no_indirect_row_starts_inside_a_quotation_followed_by_the_speakers_next_action():
    assert rows('Senator Ida Moss said: "The vote is lost" before walking out of the chamber.') == [
        ("partial", "Ida Moss", "The vote is lost"),
    ]


def test_a_reported_clause_opening_with_quoted_words_starts_at_the_opening_mark():
    raw = 'Coach Piet Laan said "rain" would stop play and "sun" would save the day.'
    assert rows(raw) == [
        ("indirect", "Piet Laan", '"rain" would stop play and "sun" would save the day'),
        ("partial", "Piet Laan", "rain"),
        ("partial", "Piet Laan", "sun"),
    ]
    assert_rows_slice(raw)


def test_a_reported_clause_ending_in_a_quotation_ends_after_the_closing_mark():
    raw = 'Ruth Ekland said the new ward was "a long time coming."'
    assert rows(raw) == [
        ("indirect", "Ruth Ekland", 'the new ward was "a long time coming."'),
        ("partial", "Ruth Ekland", "a long time coming."),
    ]
    assert_rows_slice(raw)


def test_a_title_word_ending_the_previous_sentence_does_not_hide_a_quotation():
    raw = 'Ruth Ekland visited the studio of a late-night show.\n\n"We need more beds," she said.'
    assert rows(raw) == [("direct", "Ruth Ekland", "We need more beds,")]


# -- the row's text is exactly text[start:end] ----------------------------------------------------

def test_a_reported_clause_keeps_its_but():
    raw = "Ruth Ekland said the clinic was open to new patients, but it will close on Sundays."
    assert rows(raw) == [
        ("indirect", "Ruth Ekland", "the clinic was open to new patients, but it will close on Sundays"),
    ]
    assert_rows_slice(raw)


def test_a_reported_clause_keeps_its_runs_of_spaces():
    raw = "Ruth Ekland said the  clinic   was open."
    assert rows(raw) == [("indirect", "Ruth Ekland", "the  clinic   was open")]
    assert_rows_slice(raw)


def test_many_quotations_in_one_sentence_all_found():
    raw = 'Olga Brandt said "no" and ' * 60 + "left."
    q, text = table(raw)
    assert len(q) == 60
    assert set(q["text"]) == {"no"} and set(q["speaker"]) == {"Olga Brandt"}
    assert all(text[s:e] == "no" for s, e in zip(q["start"], q["end"]))


# -- attributions in less common places -----------------------------------------------------------

def test_an_attribution_inside_the_clause_it_reports():
    q, text = table("The old pier, the harbour master said on Friday, will close in June.")
    assert list(zip(q["kind"], q["speaker"], q["text"])) == [
        ("indirect", "the harbour master", "The old pier will close in June"),
    ]
    # the row spans the whole clause; its text leaves out the attribution that interrupts it
    assert text[q.iloc[0]["start"]:q.iloc[0]["end"]] == "The old pier, the harbour master said on Friday, will close in June"


def test_the_speaker_of_told_is_its_subject_not_its_object():
    assert rows("Ola Berg and Mia Holm met on Tuesday. He told her that he was moving abroad.") == [
        ("indirect", "Ola Berg", "he was moving abroad"),
    ]
    assert rows("Ola Berg met Tom Lind on Tuesday. He told him that he was moving abroad.") == [
        ("indirect", "Ola Berg", "he was moving abroad"),
    ]


def test_a_second_speaker_after_while_gets_a_row_of_their_own():
    assert rows("Ola Berg said the plan was sound, while Mia Holm said it was too costly.") == [
        ("indirect", "Ola Berg", "the plan was sound"),
        ("indirect", "Mia Holm", "it was too costly"),
    ]


def test_two_that_clauses_of_two_speakers_in_one_sentence_are_two_rows():
    assert rows("Ola Berg said that the roof leaked and Mia Holm said that the walls were fine.") == [
        ("indirect", "Ola Berg", "the roof leaked"),
        ("indirect", "Mia Holm", "the walls were fine"),
    ]


def test_cue_offsets_cover_according_to_whatever_its_case():
    q, text = table("According To Mayor Ola Berg, the roof leaked.")
    row = q.iloc[0]
    assert (row["kind"], row["speaker"], row["cue"]) == ("indirect", "Ola Berg", "according to")
    assert text[row["cue_start"]:row["cue_end"]] == "According To"


def test_a_reply_is_not_spoken_by_the_person_it_answers():
    text = ("Senator Mark Hale says the army has become too soft.\n\n"
            "At a town hall in Ohio on Monday, one veteran claimed that training had been cut.\n\n"
            "\"You're right, the training has been cut,\" he said.")
    res = analyze_text(text, published="2025-03-05")
    q = res.quotes
    assert list(zip(q["speaker"], q["text"])) == [
        ("Mark Hale", "the army has become too soft"),
        ("one veteran", "training had been cut"),
        ("Mark Hale", "You're right, the training has been cut,"),
    ]


def test_a_phrase_ending_in_quoted_words_keeps_the_closing_mark():
    res = analyze_text('Senator Tia Ruiz called the deal "a disgrace".', published="2025-03-05")
    q = res.quotes
    assert list(zip(q["form"], q["text"])) == [("phrase", 'the deal "a disgrace"'), ("quoted", "a disgrace")]
    body = res.articles["text"][0]
    assert all(body[s:e] == t for s, e, t in zip(q["start"], q["end"], q["text"]))


def test_speaking_on_condition_of_anonymity_is_not_a_quotation():
    res = analyze_text("The port will close, said one official, who spoke on condition of anonymity.", published="2025-03-05")
    assert list(res.quotes["text"]) == ["The port will close"]


def test_a_name_hung_on_the_organisation_of_a_role_is_the_speaker():
    res = analyze_text('"We will see," the spokesman for the Harbour Authority, Eric Vell, said.', published="2025-03-05")
    assert list(res.quotes["speaker"]) == ["Eric Vell"]
    assert dict(zip(res.actors["name"], res.actors["kind"]))["Eric Vell"] == "person"


def test_the_role_noun_again_is_the_unnamed_source_introduced_with_it():
    res = analyze_text("A council spokesperson said the levy would stay. The spokesperson added that parking "
                       "would be free on Sundays.", published="2025-03-05")
    assert list(res.quotes["speaker"]) == ["a council spokesperson", "a council spokesperson"]


def test_two_reports_joined_by_a_semicolon_are_two_rows():
    res = analyze_text("Ravi Sen said the plan was good; Jane Lo said it was bad.", published="2025-03-05")
    assert list(zip(res.quotes["speaker"], res.quotes["text"])) == [("Ravi Sen", "the plan was good"), ("Jane Lo", "it was bad")]


def test_hard_wrapped_prose_keeps_sentences_and_quotations_whole():
    text = ("Mayor Jane Whitcombe met the harbour board in\nPort Ellery on Monday. Whitcombe told\n"
            "reporters the talks were \"constructive\". \"We made\nreal progress,\" Whitcombe said.")
    res = analyze_text(text, published="2025-03-05")
    q = res.quotes
    assert list(zip(q["kind"], q["text"])) == [("indirect", 'the talks were "constructive"'), ("partial", "constructive"),
                                               ("direct", "We made\nreal progress,")]
    assert set(q["speaker"]) == {"Jane Whitcombe"}
    assert len(res.articles) == 1 and len(res.articles["text"][0]) == len(text)


def test_paragraphs_of_hard_wrapped_prose_are_blocks_between_blank_lines():
    from lib.article import is_hard_wrapped, paragraph_spans

    wrapped = ("The council met on Monday and agreed that the new\nbridge would open in May after a long\n"
               "delay caused by the flooding of the\nriver in the spring.\n\nThe mayor said she was pleased.")
    assert is_hard_wrapped(wrapped)
    assert [wrapped[a:b].count("\n") for a, b in paragraph_spans(wrapped)] == [3, 0]
    web = "One paragraph per line.\nAnother one here, ending well.\nA third line ends too.\nAnd a fourth."
    assert not is_hard_wrapped(web)
    assert len(paragraph_spans(web)) == 4
