"""data/countries.toml: every UN member state (but Jordan, see the file's header) plus Palestine,
Taiwan, Kosovo and the Vatican; names, demonyms and capitals read as countries, ambiguous forms
left out. Every story is a sentence or two written for the test."""

from __future__ import annotations

import pandas as pd
import pytest

from lib import lexicons
from lib.tables import analyze_text


def tables(raw: str):
    return analyze_text(raw, "story", published="2025-03-05")


def actor(table: pd.DataFrame, name: str) -> dict:
    rows = table[table["name"] == name]
    assert len(rows) == 1, list(table["name"])
    return rows.iloc[0].to_dict()


def test_name_and_capital_are_one_country():
    t = tables("Norway rejected the plan, Oslo said.")
    assert actor(t.actors, "Norway")["kind"] == "country"
    assert "Oslo" not in list(t.actors["name"])


def test_demonym_gives_a_group_its_nationality():
    t = tables("Norwegian fishermen said the quota was unfair.")
    assert t.quotes[["speaker", "text"]].values.tolist() == [["Norwegian fishermen", "the quota was unfair"]]
    assert actor(t.actors, "Norwegian fishermen")["affiliation"] == "Norway"


def test_capital_as_speaker_is_its_country():
    t = tables("Nairobi said the talks would resume next week.")
    assert t.quotes["speaker"].tolist() == ["Kenya"]
    assert actor(t.actors, "Kenya")["kind"] == "country"


def test_formal_name_is_an_alias_of_the_news_name():
    t = tables("Côte d'Ivoire rejected the plan. Ivorian officials said the election would go ahead.")
    assert actor(t.actors, "Ivory Coast")["kind"] == "country"
    assert actor(t.actors, "Ivorian officials")["affiliation"] == "Ivory Coast"


@pytest.mark.parametrize("text, country", [
    ("Czechia", "Czech Republic"), ("Burma", "Myanmar"), ("Holy See", "Vatican"), ("the Vatican", "Vatican"),
    ("Timor-Leste", "East Timor"), ("Swaziland", "Eswatini"), ("DRC", "Democratic Republic of Congo"),
    ("Kosovar", "Kosovo"), ("Pristina", "Kosovo"), ("Casa Rosada", "Argentina"), ("Filipino", "Philippines"),
    ("Chad", "Chad"), ("Chadian", "Chad"), ("Guinea-Bissau", "Guinea-Bissau"), ("Papua New Guinean", "Papua New Guinea"),
])
def test_forms_of_added_countries(text, country):
    assert lexicons.country_of(text)[0] == country


def test_every_un_member_but_jordan_and_four_others():
    names = [c.name for c in lexicons.countries()]
    assert len(names) == len(set(names)) == 196  # 193 UN members - Jordan + Palestine, Taiwan, Kosovo, Vatican


@pytest.mark.parametrize("text", ["Victoria", "Santiago", "Sofia", "Lima", "Kingston", "Male", "Brussels", "Georgetown", "Jordan"])
def test_ambiguous_forms_are_left_out(text):
    assert lexicons.country_of(text) is None


def test_a_first_name_that_is_a_left_out_capital_stays_a_person():
    t = tables("Sofia said she would run again.")
    assert t.quotes["speaker"].tolist() == ["Sofia"]
    assert actor(t.actors, "Sofia")["kind"] == "person"


def test_a_surname_that_is_a_left_out_country_stays_the_person():
    t = tables('Rep. Jim Jordan criticised the deal. "They got an immunity deal," Jordan said.')
    assert actor(t.actors, "Jim Jordan")["kind"] == "person"
    assert not (t.actors["kind"] == "country").any()
    assert t.quotes["speaker"].tolist()[-1] == "Jim Jordan"
