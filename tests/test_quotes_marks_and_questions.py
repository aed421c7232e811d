"""Quotation marks across paragraphs of different families, and attributions after a quoted
question. Every text is invented."""
from __future__ import annotations

from quote_rows import rows


def test_quoted_question_then_named_speaker_keeps_the_speaker():
    # the parser started a new sentence at the name after '?”', so the quotation had no cue
    assert rows("“Will the bridge reopen?” Ana Berg said.") == [("direct", "Ana Berg", "Will the bridge reopen?")]
    assert rows("“Who would have thought we could win?” Ortiz said, looking at the crowd.") == [
        ("direct", "Ortiz", "Who would have thought we could win?")]


def test_quoted_question_then_a_new_sentence_is_not_attributed():
    assert rows("“Will the bridge reopen?” Asked about it, Ana Berg smiled.") == [("direct", "", "Will the bridge reopen?")]


def test_excerpt_in_straight_marks_is_not_continued_by_a_curly_quotation():
    # a blogger's excerpt opens each paragraph with a straight mark and never closes it; the next
    # paragraph opens with the original's own curly quotation, which is a quotation of its own
    raw = ("The paper profiled a farmer. Its reporter writes:\n\n"
           "\"Lena had driven all night to reach the market, and the stalls were already closing when she arrived.\n\n"
           "“I nearly gave up on the whole trip,” she said later that week.")
    assert rows(raw)[-1] == ("direct", "Lena", "I nearly gave up on the whole trip,")
    assert [r[2][:9] for r in rows(raw)] == ["Lena had ", "I nearly "]


def test_place_label_before_an_attributed_quotation_is_not_the_speaker():
    # (tester: 'London:' made the United Kingdom the speaker, and the quotation a partial one)
    assert rows('Oslo: "We will not sign this deal," the minister said on Friday.') == [
        ("direct", "the minister", "We will not sign this deal,")]
    assert rows('Fishing: "Quotas must fall," said Ana Berg.') == [("direct", "Ana Berg", "Quotas must fall,")]
    assert rows('Berg: "Quotas must fall."') == [("direct", "Berg", "Quotas must fall.")]


def test_the_statement_is_the_statement_of_its_earlier_speaker():
    # (tester: "the statement" became a speaker of its own, apart from the ministry that issued it)
    assert rows("The harbour board said in a statement that the pier would close. "
                "The statement added that no date was set.") == [
        ("indirect", "the harbour board", "the pier would close"),
        ("indirect", "the harbour board", "no date was set")]
    # a statement nobody was said to issue stays the source
    assert rows("A joint statement said the talks were useful.") == [
        ("indirect", "a joint statement", "the talks were useful")]


def test_fragment_before_an_appended_attribution_is_reported():
    # the parser made the fragment's noun a first subject of "said", so the rule for a fragment
    # before ", he said" looked at the wrong subject and gave no row
    assert rows("Tom Ortiz grew up on a farm. Farmers like his uncle, he said. They had nothing.") == [
        ("indirect", "Tom Ortiz", "Farmers like his uncle")]


def test_someone_elses_claim_as_the_object_of_a_speech_verb_is_theirs():
    assert rows("The council rejected Ortiz's earlier claim that the pier had been safe.") == [
        ("indirect", "the council", "Ortiz's earlier claim that the pier had been safe"),
        ("indirect", "Ortiz", "the pier had been safe")]
    # one's own claim is the verb's report, given once
    assert rows("Ortiz affirmed his claim that the pier had been safe.") == [
        ("indirect", "Ortiz", "the pier had been safe")]


def test_credit_after_a_quotation_when_the_parser_misreads_a_place_as_a_verb():
    # the parser read "Tulsa" as a verb and left "said" with no subject
    assert rows("“We will find the truth,” Tulsa police Chief Ann Ortiz said Monday.") == [
        ("direct", "Ann Ortiz", "We will find the truth,")]


def test_a_verb_before_someone_elses_claim_does_not_take_the_claims_clause():
    # the claim is the council's, not a report of whoever "contradicts" it
    assert rows("Photos show that the pier was cracked, contradicting the council's earlier claim "
                "that the pier was safe.") == [("indirect", "the council", "the pier was safe")]


def test_charging_someone_with_a_crime_is_an_accusation():
    assert rows("Prosecutors in May charged two builders, Tom Ortiz and Ana Berg, with cheating buyers.") == [
        ("indirect", "Prosecutors", "two builders, Tom Ortiz and Ana Berg, with cheating buyers")]
    assert rows("The ferry company charged passengers a fee of five dollars.") == []
    assert rows("Ortiz was charged with fraud.") == []  # no accuser named


def test_she_is_not_a_man_named_by_his_first_name_alone():
    # single names had no gender, so "she" went to the most recent person, a man
    assert rows("Melanie watched the debate. Tom was asleep. “Here he comes,” she said.") == [
        ("direct", "Melanie", "Here he comes,")]


def test_broadcast_title_with_the_sentence_full_stop_inside_its_marks_is_not_a_quotation():
    # American style sets the sentence's full stop inside the closing mark: 'on X's “Good Day.”'
    assert rows("“There is a gap between the council and our staff,” Ortiz, a top party aide, "
                "said on Monday evening on Channel Nine’s “Good Day.”") == [
        ("direct", "Ortiz", "There is a gap between the council and our staff,")]
    # a slogan after "of" is still a quotation
    assert ("partial", "Ortiz", "Calm Through Order.") in rows('Ortiz declared an aim of "Calm Through Order."')


def test_credit_before_the_verb_skips_an_apposition():
    # used when the parser takes a programme's title for the subject of "said"
    from lib.article import parse_article
    from lib.nlp import parse
    from lib import actors as A, quotes as Q

    parsed = parse(parse_article("“We are ready,” Ortiz, a top party aide, said on Monday.", published="2025-03-05"))
    ex = Q._Extractor(parsed, A.resolve_actors(parsed))
    said = next(t for t in parsed.doc if t.text == "said")
    assert ex._credit_before(said).text == "Ortiz"


def test_lead_in_the_parser_hung_inside_the_quotation_still_names_she():
    # the parser put "Ruiz scolded him:" inside the reported clause of "said", so she was excluded
    # as a person named in what is said, and "she" went to Berg
    assert rows("Berg had Oprah behind him.\n\nDemocratic Sen. Ana Ruiz (D-Mo.) scolded him: “The medical "
                "world is almost monolithic in its view of you, in terms of the effect of the two pills you "
                "called ‘cures,’” she said.")[-1][:2] == ("direct", "Ana Ruiz")


def test_full_name_the_tagger_missed_is_one_actor_with_its_later_surname():
    # the tagger found no entity in "Ana Ruiz" but found the bare "Ruiz" later: two actors
    assert rows("Ana Ruiz spoke of the harbour. Later, Ruiz said the pier must close.") == [
        ("indirect", "Ana Ruiz", "the harbour"), ("indirect", "Ana Ruiz", "the pier must close")]
    assert rows("Judge Ana Ruiz spoke of the old pier. Later, Judge Ruiz said the pier must close.")[-1] == (
        "indirect", "Ana Ruiz", "the pier must close")


def test_quoted_words_someone_did_not_say_are_not_a_quotation():
    # (adversarial tester: 'did not say "..."' gave a partial quotation of the words not said)
    assert rows('Maria Lund did not say "the pier is closed".') == []
    assert rows('Ilse Varga never said "the pier is closed".') == []
    assert rows('Maria Lund said the pier was "not safe".') == [
        ("indirect", "Maria Lund", 'the pier was "not safe"'), ("partial", "Maria Lund", "not safe")]


def test_three_named_speakers_in_a_list_all_speak():
    # (adversarial tester: the parser reads the second name as an apposition of the first, so
    # only the first speaker was kept)
    assert rows("Maria Lund, John Berg and Ana Cruz said the pier was safe.") == [
        ("indirect", "Maria Lund; John Berg; Ana Cruz", "the pier was safe")]
    assert rows("Maria Lund, a pier official, said the pier was safe.") == [
        ("indirect", "Maria Lund", "the pier was safe")]


def test_he_said_after_only_a_woman_is_named_has_no_speaker():
    # (adversarial tester: the quotation went to the woman named in the sentence before)
    assert rows('Maria Lund spoke in Oslo. "It is safe," he said.') == [("direct", "", "It is safe,")]
    assert rows('Tom Berg spoke in Oslo. "It is safe," he said.') == [("direct", "Tom Berg", "It is safe,")]


def test_dateline_or_heading_with_a_colon_is_not_a_transcript_speaker():
    # (adversarial tester: "OSLO:" gave a direct row spoken by Norway, "NOTE TO EDITORS:" a person)
    assert rows("OSLO: The pier is safe, officials said.") == [("indirect", "officials", "The pier is safe")]
    assert rows("BRENN: Maria Lund said the pier was safe.") == [("indirect", "Maria Lund", "the pier was safe")]
    assert rows("NOTE TO EDITORS: Maria Lund will visit Oslo on Friday.") == []
    assert rows("WALLACE: Let us start with the economy and the jobs report.") == [
        ("direct", "WALLACE", "Let us start with the economy and the jobs report.")]


def test_the_listener_of_told_is_not_the_speaker_after_a_quoted_relative_clause():
    # (adversarial tester: "reporters" became the speaker)
    assert rows('Tim Fry, who had earlier said that "nothing is safe", told reporters that he had '
                'changed his mind.')[-1] == ("indirect", "Tim Fry", "he had changed his mind")


def test_speaker_names_lose_wire_prefixes_and_asides():
    # (adversarial tester: '2-Maria Lund', 'GMT - Maria Lund', and a programme's title in a
    # speaker's description)
    assert rows("UPDATE 2-Maria Lund says pier is safe") == [("indirect", "Maria Lund", "pier is safe")]
    assert rows("0945 GMT - Maria Lund said the pier was safe.") == [("indirect", "Maria Lund", "the pier was safe")]
    assert rows("The minister, in an interview with 'Harbour Today', said the pier was safe.") == [
        ("indirect", "the minister", "the pier was safe")]


def test_two_quotations_with_two_speakers_in_one_sentence():
    # (adversarial tester: the second quotation was a partial one of the first speaker)
    assert rows('"Yes," said Maria Lund, and "No," said John Berg.') == [
        ("direct", "Maria Lund", "Yes,"), ("direct", "John Berg", "No,")]
    assert rows('"We will stay," said Maria Lund, and "We will go," John Berg said.') == [
        ("direct", "Maria Lund", "We will stay,"), ("direct", "John Berg", "We will go,")]


def test_neither_nor_said_reports_nothing():
    # (second adversarial tester: "Neither X nor Y said" gave both as speakers of the clause)
    assert rows("Neither Orla Brisk nor Tam Vesk said the mill was safe.") == []
    assert rows("Both Orla Brisk and Tam Vesk said the mill was safe.") == [
        ("indirect", "Orla Brisk; Tam Vesk", "the mill was safe")]
