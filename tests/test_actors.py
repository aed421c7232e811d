"""lib.actors: canonical actors, titles and affiliations, honorifics, pronouns, role nouns, pairs,
and the actors table. Every story is a few sentences written for the test; mention offsets and
counts were counted by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.actors import ActorIndex, nationality_of, resolve_actors, role_head, roles_compatible
from lib.article import parse_article
from lib.nlp import parse
from lib.schema import columns
from lib.tables import analyze_text


def index_of(body: str) -> ActorIndex:
    return resolve_actors(parse(parse_article(body, "story", published="2025-02-13")))


def token(index: ActorIndex, text: str, nth: int = 0):
    hits = [t for t in index.doc if t.text == text]
    return hits[nth]


def names(actors) -> list[str]:
    return [a.name for a in actors]


def row(table: pd.DataFrame, name: str) -> dict:
    rows = table[table["name"] == name]
    assert len(rows) == 1, list(table["name"])
    return rows.iloc[0].to_dict()


TRUMP = (
    "US President Donald Trump spoke to reporters on Monday. Trump said the talks had gone well. "
    "The president added that he would travel to the region soon."
)


def test_one_canonical_actor_for_name_surname_role_and_pronoun():
    index = index_of(TRUMP)
    people = [a for a in index.actors.values() if a.kind == "person"]
    assert names(people) == ["Donald Trump"]
    trump = people[0]
    assert trump.title == "US President"
    assert trump.affiliation == "United States"
    assert trump.aliases == ["Trump", "the president", "he"]
    assert trump.mentions == [(13, 25), (56, 61), (92, 105), (117, 119)]
    assert [TRUMP[s:e] for s, e in trump.mentions] == ["Donald Trump", "Trump", "The president", "he"]
    assert index.find_by_name("Trump") is trump
    assert index.find_by_name("donald trump") is trump
    assert index.find_by_name("Mike Pence") is None


def test_find_by_name_matches_a_role_alias():
    index = index_of(TRUMP)
    trump = index.find_by_name("Donald Trump")
    assert "the president" in trump.aliases
    assert index.find_by_name("the president") is trump


def test_actors_table_columns_and_counts():
    index = index_of(TRUMP)
    table = index.table()
    assert list(table.columns) == columns("actors")
    assert list(table["actor_id"]) == ["A1", "A2"]
    assert list(table["name"]) == ["Donald Trump", "United States"]
    assert list(table["kind"]) == ["person", "country"]
    assert list(table["n_mentions"]) == [4, 1]
    assert list(table["article_id"]) == ["story", "story"]
    us = row(table, "United States")
    assert us["aliases"] == ["US"]
    assert us["mentions"] == [[0, 2]]
    assert pd.isna(us["title"])
    assert list(table["n_quotes"]) == [0, 0]


def test_actors_table_counts_quotes_from_speaker_ids():
    index = index_of(TRUMP)
    quotes = pd.DataFrame(
        {"kind": ["direct", "indirect", "partial", "indirect"], "speaker_ids": [["A1"], ["A1"], ["A1", "A2"], []]}
    )
    table = index.table(quotes)
    trump, us = row(table, "Donald Trump"), row(table, "United States")
    assert (trump["n_quotes"], trump["n_direct"], trump["n_partial"], trump["n_indirect"]) == (3, 1, 1, 1)
    assert (us["n_quotes"], us["n_direct"], us["n_partial"], us["n_indirect"]) == (1, 0, 1, 0)


def test_article_without_names_has_no_actors():
    index = index_of("The harbour reopened on Monday after the storm. Nobody was hurt.")
    assert index.actors == {}
    table = index.table()
    assert len(table) == 0
    assert list(table.columns) == columns("actors")


# --------------------------------------------------------------------------------------------
# role nouns


def test_role_noun_resolves_to_untitled_person_of_that_nationality():
    body = (
        "US President Donald Trump spoke by phone with Vladimir Putin on Wednesday. "
        "Trump said the call had been productive. "
        "The Russian president said the two sides would keep talking."
    )
    index = index_of(body)
    putin = index.find_by_name("Vladimir Putin")
    trump = index.find_by_name("Donald Trump")
    # Trump is the more recent subject but a US president, so the Russian president is Putin
    assert putin.mentions == [(46, 60), (116, 137)]
    assert body[116:137] == "The Russian president"
    assert putin.title == "Russian president"
    assert putin.affiliation == "Russia"
    assert putin.aliases == ["the Russian president"]
    assert trump.mentions == [(13, 25), (75, 80)]
    assert index.resolve(token(index, "president")) == [putin]


def test_role_noun_with_another_nationality():
    body = (
        "French President Emmanuel Macron met Olaf Scholz in Paris on Monday. "
        "Macron said the talks were useful. The German chancellor said he agreed."
    )
    index = index_of(body)
    scholz = index.find_by_name("Olaf Scholz")
    assert scholz.title == "German chancellor"
    assert scholz.affiliation == "Germany"
    assert scholz.mentions == [(37, 48), (104, 125)]
    macron = index.find_by_name("Emmanuel Macron")
    assert (macron.title, macron.affiliation) == ("French President", "France")
    assert [a.name for a in index.actors.values() if a.kind == "person"] == ["Emmanuel Macron", "Olaf Scholz"]


def test_possessive_role_resolves_to_person_introduced_later_with_that_title():
    body = (
        "Donald Trump said his defence secretary would travel to Brussels. "
        "Defence Secretary Pete Hegseth told reporters the trip was planned."
    )
    index = index_of(body)
    hegseth = index.find_by_name("Pete Hegseth")
    assert hegseth.title == "Defence Secretary"
    assert hegseth.aliases == ["his defence secretary"]
    assert sorted(hegseth.mentions) == [(18, 39), (84, 96)]
    assert body[18:39] == "his defence secretary"
    mention = index.mention_at(token(index, "secretary"))
    assert (mention.actor_id, mention.form) == (hegseth.actor_id, "role")


def test_both_trump_and_his_defence_secretary_are_two_actors():
    body = (
        "Donald Trump wants a deal soon. "
        "Both Trump and his defence secretary said Ukraine was unlikely to join Nato. "
        "Defence Secretary Pete Hegseth spoke in Brussels."
    )
    index = index_of(body)
    speakers = index.resolve(token(index, "Trump", 1))
    assert names(speakers) == ["Donald Trump", "Pete Hegseth"]
    assert index.find_by_name("Nato").kind == "organisation"
    assert index.find_by_name("Ukraine").kind == "country"


def test_both_sides_after_two_countries():
    index = index_of("India and Pakistan agreed to a ceasefire on Saturday. Both sides said the truce would hold.")
    assert names(index.resolve(token(index, "sides"))) == ["India", "Pakistan"]
    assert [a.kind for a in index.actors.values()] == ["country", "country"]


# --------------------------------------------------------------------------------------------
# titles, appositions, honorifics


def test_apposition_gives_title():
    index = index_of("Maria Lind, a harbour official, said the port would reopen on Friday.")
    assert [(a.name, a.kind, a.title) for a in index.actors.values()] == [("Maria Lind", "person", "harbour official")]
    assert index.find_by_name("Maria Lind").mentions == [(0, 10)]


def test_title_before_name_gives_title_and_affiliation():
    index = index_of("Kremlin spokesman Dmitry Peskov said the talks would continue.")
    peskov = index.find_by_name("Dmitry Peskov")
    assert peskov.title == "Kremlin spokesman"
    assert peskov.affiliation == "Kremlin"


def test_mr_honorific_links_to_full_name():
    body = "Prime Minister Keir Starmer visited the port on Monday. Mr Starmer said the harbour would reopen."
    index = index_of(body)
    starmer = index.find_by_name("Keir Starmer")
    assert [a.name for a in index.actors.values()] == ["Keir Starmer"]
    assert starmer.title == "Prime Minister"
    assert starmer.aliases == ["Mr Starmer"]
    assert starmer.mentions == [(15, 27), (56, 66)]
    assert starmer.gender == "m"


def test_honorific_before_the_full_name_links_too():
    body = "Mrs Lind runs the harbour. Anna Lind has worked there for years. Mr Starmer visited on Monday. Keir Starmer praised her."
    index = index_of(body)
    lind, starmer = index.find_by_name("Anna Lind"), index.find_by_name("Keir Starmer")
    assert [a.name for a in index.actors.values()] == ["Anna Lind", "Keir Starmer"]
    assert lind.aliases == ["Mrs Lind", "her"]
    assert lind.mentions == [(0, 8), (27, 36), (116, 119)]
    assert (lind.gender, starmer.gender) == ("f", "m")
    assert starmer.mentions == [(65, 75), (95, 107)]


# --------------------------------------------------------------------------------------------
# pronouns


def test_pronoun_in_said_clause_is_the_speaker_not_an_earlier_person():
    body = (
        "Donald Trump spoke to Volodymyr Zelensky on Wednesday. "
        "Trump said the call was good, and Trump told reporters he was pleased. "
        "Zelensky said he would travel to Munich on Friday."
    )
    index = index_of(body)
    zelensky = index.find_by_name("Volodymyr Zelensky")
    trump = index.find_by_name("Donald Trump")
    he_last = token(index, "he", 1)
    assert he_last.idx == 140
    assert index.mention_at(he_last).actor_id == zelensky.actor_id
    assert index.resolve(he_last) == [zelensky]
    assert zelensky.mentions == [(22, 40), (126, 134), (140, 142)]
    assert trump.mentions == [(0, 12), (55, 60), (89, 94), (110, 112)]
    table = index.table()
    assert list(table["n_mentions"]) == [4, 3]


def test_first_and_second_person_pronouns_are_not_sources():
    index = index_of("Donald Trump said we would win.")
    assert index.resolve(token(index, "we")) == []


def test_unnamed_source_is_kept_as_description():
    index = index_of("A senior Ukrainian official said the talks would fail. Donald Trump disagreed.")
    actors = index.resolve(token(index, "official"))
    assert len(actors) == 1
    official = actors[0]
    assert (official.name, official.kind, official.named, official.affiliation) == (
        "a senior Ukrainian official", "person", False, "Ukraine")


# --------------------------------------------------------------------------------------------
# places, platforms and media are never persons


KINDS = (
    "US President Donald Trump wrote on Truth Social that talks would start soon. "
    "Officials in Kyiv were surprised, the BBC reported. Moscow welcomed the news.\n"
    "Trump told the BBC that he was hopeful."
)


def test_capitals_platform_and_media_are_not_persons():
    index = index_of(KINDS)
    people = [a for a in index.actors.values() if a.kind == "person"]
    assert names(people) == ["Donald Trump"]
    assert index.find_by_name("Truth Social") is None
    assert index.find_by_name("Kyiv") is None
    bbc = index.find_by_name("BBC")
    assert (bbc.kind, bbc.mentions) == ("organisation", [(115, 118), (170, 173)])
    # a capital as the subject of a verb is its country
    russia = index.find_by_name("Moscow")
    assert (russia.name, russia.kind, russia.mentions) == ("Russia", "country", [(129, 135)])
    # no mention of anyone covers the platform or the capital
    covered = {(s, e) for a in index.actors.values() for s, e in a.mentions}
    truth = KINDS.index("Truth Social")
    kyiv = KINDS.index("Kyiv")
    assert not any(s <= truth < e or s <= kyiv < e for s, e in covered)
    table = index.table()
    assert sorted(zip(table["name"], table["kind"], table["n_mentions"])) == [
        ("BBC", "organisation", 2), ("Donald Trump", "person", 3), ("Russia", "country", 1),
        ("United States", "country", 1)]


def test_kyiv_as_agent_is_ukraine():
    index = index_of("Kyiv rejected the plan on Monday.")
    ukraine = index.find_by_name("Ukraine")
    assert ukraine is not None
    assert (ukraine.kind, ukraine.mentions) == ("country", [(0, 4)])


# --------------------------------------------------------------------------------------------
# helpers


def test_role_head_and_compatibility():
    assert role_head("US President") == "president"
    assert role_head("Secretary of State") == "secretary of state"
    assert role_head("his defence secretary") == "defence secretary"
    assert role_head("harbour") is None
    assert roles_compatible("president", "US President")
    assert roles_compatible("defence secretary", "Defence Secretary")
    assert not roles_compatible("defence secretary", "Secretary of State")
    assert not roles_compatible("president", "Vice-President")
    assert not roles_compatible("president", None)


def test_nationality_of():
    assert nationality_of("the Russian president") == "Russia"
    assert nationality_of(["US", "President"]) == "United States"
    assert nationality_of("Kremlin spokesman") == "Russia"
    assert nationality_of("the harbour official") is None


def test_a_one_word_name_without_entity_label_taken_up_by_it_is_an_organisation():
    t = analyze_text("Gazprom said it would cut supplies to Austria from Monday. Its chief executive declined to comment.")
    assert row(t.actors, "Gazprom")["kind"] == "organisation"  # Austria, a country, may come first
    assert t.quotes[["speaker", "text"]].values.tolist() == [["Gazprom", "it would cut supplies to Austria from Monday"]]


def test_an_empty_it_after_a_one_word_name_does_not_make_it_an_organisation():
    t = analyze_text("Okafor said it was a long night.")
    assert t.actors[["name", "kind"]].values.tolist() == [["Okafor", "person"]]


def test_a_one_word_name_tagged_an_organisation_is_a_person_when_the_next_sentence_opens_with_he():
    t = analyze_text("Trump arrived in Paris on Sunday. He met Macron on Monday.", published="2025-03-05")
    assert t.actors[["name", "kind"]].values.tolist() == [["Trump", "person"], ["Macron", "person"]]
    meeting = t.events[t.events["kind"] == "meeting"].iloc[0]
    assert list(meeting["participants"]) == ["Trump", "Macron"]


def test_a_pronoun_in_a_report_takes_the_unlabelled_name_that_reports_it():
    t = analyze_text("Xi reiterated that Taiwan was Chinese. Modi tweeted that he would visit Moscow.", published="2025-03-05")
    assert t.events[["kind", "status"]].values.tolist() == [["visit", "planned"]]
    assert list(t.events.iloc[0]["participants"]) == ["Modi", "Russia"]
