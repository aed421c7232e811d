"""Odd articles that broke an earlier build (an adversarial test run): each failure kind on a small
input written for this test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lib.article import decode_bytes, parse_article
from lib.errors import BinaryInputError, EmptyArticleError, InvalidDateError
from lib.tables import analyze_text

ROOT = Path(__file__).resolve().parent.parent


def test_dates_at_the_edge_of_the_calendar_never_crash():
    t = analyze_text("date 2999-12-30 Edge\n\nThe envoys met on Wednesday and will meet again tomorrow and next week.")
    assert len(t.events) >= 1
    with pytest.raises(InvalidDateError):
        parse_article("date 9999-12-30 Edge\n\nThe envoys met on Wednesday.")
    with pytest.raises(InvalidDateError):
        parse_article("date 0001-01-01 Edge\n\nThe envoys met on Wednesday.")


def test_a_stray_mark_tagged_as_a_name_never_makes_an_empty_actor():
    t = analyze_text("ap; held talks with» agreed")
    assert all(name.strip() for name in t.actors["name"])


@pytest.mark.parametrize("bad", ["tomorrow", "2025/02/13", "13-02-2025"])
def test_a_date_line_that_is_not_a_date_is_refused(bad):
    with pytest.raises(InvalidDateError) as info:
        parse_article(f"date {bad} Headline\n\nThe envoys met on Wednesday.")
    assert "YYYY-MM-DD" in info.value.user_message


def test_invisible_characters_and_odd_spaces_do_not_split_names():
    raw = ("\ufeffdate 2025-02-18 Names\n\nKremlin spokesman Dmitry\u00a0Peskov said Marco Ru\u200bbio and "
           "Volodymyr Zelen\u00adsky would meet \u202eon Friday.")
    t = analyze_text(raw)
    assert t.articles.iloc[0]["published"] == "2025-02-18"
    people = set(t.actors[t.actors["kind"] == "person"]["name"])
    assert {"Dmitry Peskov", "Marco Rubio", "Volodymyr Zelensky"} <= people
    assert "\u202e" not in t.articles.iloc[0]["text"] and "\u00ad" not in t.articles.iloc[0]["text"]
    assert list(t.quotes["speaker"]) == ["Dmitry Peskov"]


def test_utf16_files_are_read_and_pdf_text_is_refused():
    assert decode_bytes("The envoys met.".encode("utf-16")) == "The envoys met."
    with pytest.raises(BinaryInputError):
        parse_article("%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj and more words here to pass")


def test_numbers_only_says_so():
    with pytest.raises(EmptyArticleError) as info:
        parse_article("1,204 | 3.5% | 2024\n77 | 12 | 9")
    assert "only numbers" in info.value.user_message


def test_an_html_fragment_is_read_as_html():
    article = parse_article("<p>The minister said the talks would resume.</p><p>They met in Oslo.</p>")
    assert "<p>" not in article.text and "talks would resume" in article.text


def test_the_place_after_a_role_is_not_a_person_and_questions_are_not_facts():
    t = analyze_text("date 2025-02-18 Q\n\nThe mayor of Kharkiv said the city was calm. "
                     "Will Trump meet Putin? Did the envoys speak with the minister on Monday?")
    people = set(t.actors[t.actors["kind"] == "person"]["name"])
    assert "Kharkiv" not in people and not any(n.startswith("Will ") for n in people)
    assert len(t.events) == 0  # a question asserts no event (tests/test_events_postponed.py)


def test_french_guillemets_with_spaces_and_elisions_that_are_not_marks():
    t = analyze_text("date 2025-02-18 Q\n\nThe minister said « we are ready » to talk.\n\n"
                     "‘Em all said they’d come back in the ’90s, the mayor added.")
    q = t.quotes
    assert list(q[q["kind"] != "indirect"]["text"]) == ["we are ready"]


def test_a_long_quotation_is_read_topic_by_topic():
    raw = ("date 2025-02-18 Q\n\n“We are close to an agreement to end the war.\n\n“Our teams will work out a "
           "ceasefire.\n\n“Many said this could never happen, but they were wrong,” the president said.")
    t = analyze_text(raw)
    stances = dict(zip(t.positions["topic"], t.positions["stance"]))
    assert stances["ceasefire"] == "support" and stances["ending the war"] == "support"


def test_csv_output_neutralises_formulas(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text('date 2025-02-18 =HYPERLINK("x") talks\n\nThe minister said: "=SUM(1+1) is a formula."\n',
                     encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "lib", "analyze", str(story), "--format", "csv", "--table", "quotes"],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert ",'=SUM(1+1) is a formula.," in out
    assert ",=SUM" not in out
