"""lib.evaluate: the scorer. Hand-made gold and predicted tables with values computed by hand in the
comments; real gold files from ../shared are only read (never copied) in the integration tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lib.errors import GoldFormatError
from lib.evaluate import (
    Countries,
    EvaluationReport,
    GoldAttribution,
    GoldEvent,
    GoldPosition,
    GoldQuote,
    dice,
    evaluate_paths,
    gold_files,
    is_speech_cue,
    lemma_candidates,
    load_gold,
    name_key,
    score_attributions,
    score_events,
    score_positions,
    score_quotes,
    source_right,
    speaker_right,
    stem,
    word_tokens,
)
from lib.schema import make_frame

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

COUNTRIES = Countries(
    [
        {"name": "United States", "aliases": ["US", "U.S."], "demonyms": ["American"], "capital": "Washington",
         "metonyms": ["White House"]},
        {"name": "Russia", "aliases": [], "demonyms": ["Russian"], "capital": "Moscow", "metonyms": ["Kremlin"]},
        {"name": "India", "aliases": [], "demonyms": ["Indian"], "capital": "New Delhi", "metonyms": []},
        {"name": "Pakistan", "aliases": [], "demonyms": ["Pakistani"], "capital": "Islamabad", "metonyms": []},
    ]
)


# ------------------------------------------------------------------ tokens, Dice, names


def test_word_tokens_drop_marks_and_punctuation():
    assert word_tokens("“We’ll meet,” he said.") == ["we", "ll", "meet", "he", "said"]
    assert word_tokens("RIA-Novosti's 30-day plan") == ["ria", "novosti", "s", "30", "day", "plan"]
    assert word_tokens(None) == []


def test_dice_by_hand():
    # A = the talks will resume on friday (6), B = talks will resume friday he said (6): 4 shared
    a = word_tokens("The talks will resume on Friday")
    b = word_tokens("talks will resume Friday, he said")
    assert dice(a, b) == pytest.approx(8 / 12)
    assert dice(["a", "a", "b"], ["a", "b", "b"]) == pytest.approx(4 / 6)  # multisets: a once, b once
    assert dice([], []) == 0.0


def test_stem_small_rules():
    assert [stem(w) for w in ("officials", "negotiations", "joining", "parties", "press", "talks")] == [
        "official", "negotiation", "join", "party", "press", "talk",
    ]


def test_name_key_surname_or_head_noun():
    assert name_key("Vladimir Putin") == ("putin",)
    assert name_key("officials in Washington") == ("official",)
    assert name_key("Ukraine’s Special Operations Forces") == ("force",)
    assert name_key("the health minister") == ("minister",)
    assert name_key("RIA-Novosti") == ("ria", "novosti")
    assert name_key("Martin Luther King Jr.") == ("king",)


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        ("Vladimir Putin", "Putin", True),
        ("Vladimir Putin", "Dmitry Peskov", False),
        ("Russian officials", "a Russian official", True),
        ("the health minister", "Health Minister Ana Ruiz", True),
        ("United States", "U.S.", True),
        ("United States", "Washington", True),
        ("Russian officials", "Kremlin", True),  # demonym + group noun = the country
        ("India; Pakistan", "India", False),  # every gold speaker must be found
        ("India; Pakistan", ["India", "Pakistan"], True),
        ("India; Pakistan", "India; Pakistan", True),
        ("Jack Straw", None, False),
        (None, "Jack Straw", None),  # gold speaker unknown: not scored
    ],
)
def test_speaker_rule(gold, predicted, expected):
    assert speaker_right(gold, predicted, COUNTRIES) is expected


def test_countries_resolve_forms():
    assert COUNTRIES.resolve("the U.S.") == "United States"
    assert COUNTRIES.resolve("Indian government") == "India"
    assert COUNTRIES.resolve("Russia's delegation") == "Russia"
    assert COUNTRIES.resolve("Indian bread") is None
    assert COUNTRIES.resolve("Jack Straw") is None


def test_real_countries_file_has_the_us_aliases():
    real = Countries.load()
    assert real.resolve("U.S.") == real.resolve("Washington") == real.resolve("United States") == "United States"


def test_speech_cue_lemmatiser():
    assert "argue" in lemma_candidates("argued")
    assert "tweet" in lemma_candidates("tweeting")
    assert is_speech_cue("has said") and is_speech_cue("told reporters") and is_speech_cue("according to")
    assert is_speech_cue("wrote") and is_speech_cue("urges")
    assert not is_speech_cue("believes") and not is_speech_cue("shows") and not is_speech_cue(None)


# ------------------------------------------------------------------ quotations (JSON gold)


def _quotes(rows):
    return make_frame("quotes", [{"quote_id": f"Q{i + 1}", **row} for i, row in enumerate(rows)])


GOLD_QUOTES = [
    GoldQuote("direct", "Anna Kovacs", "We will meet in Riyadh next week and we will talk.", "said", 0),
    GoldQuote("partial", "the foreign ministry", "a historic step", "called", 1),
    GoldQuote("indirect", "Mark Olsen", "the border would reopen on Monday", "said", 2),
    GoldQuote("indirect", "India; Pakistan", "prices had risen sharply", "said", 3),
]


def test_score_quotes_by_hand():
    predicted = _quotes(
        [
            # in marks, same label, Dice 1.0, speaker right
            {"kind": "direct", "speaker": "Anna Kovacs", "text": "We will meet in Riyadh next week and we will talk.", "paragraph": 0},
            # gold partial predicted as direct: matches in marks (label disagrees), a false direct
            {"kind": "direct", "speaker": "Foreign Ministry", "text": "a historic step", "paragraph": 1},
            # Dice 2*6/(6+8) = 0.857 >= 0.5; speaker Olsen right
            {"kind": "indirect", "speaker": "Mark Olsen", "text": "the border would reopen on Monday, officials said", "paragraph": 2},
            # Dice 2*3/(4+3) = 0.857; speaker wrong: Pakistan missing
            {"kind": "indirect", "speaker": "India", "text": "prices had risen", "paragraph": 3},
            # holds the gold partial "a historic step" in the same paragraph: excluded
            {"kind": "indirect", "speaker": "Foreign Ministry", "text": "the deal was a historic step for the region", "paragraph": 1},
            # a plain false positive
            {"kind": "indirect", "speaker": "Mark Olsen", "text": "nothing had changed", "paragraph": 4},
        ]
    )
    result = score_quotes(GOLD_QUOTES, predicted, index=COUNTRIES)
    c, f = result["counts"], result["figures"]
    assert c["in_marks"] == {"gold": 2, "predicted": 2, "matched": 2, "speaker_scored": 2, "speaker_right": 2, "label_agree": 1}
    assert f["in_marks"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "speaker_accuracy": 1.0, "label_agreement": 0.5}
    assert f["direct"]["precision"] == 0.5 and f["direct"]["recall"] == 1.0
    assert f["direct"]["f1"] == pytest.approx(0.6667)
    assert f["partial"] == {"precision": None, "recall": 0.0, "f1": None, "speaker_accuracy": None}
    assert c["indirect"]["excluded"] == 1
    # indirect precision = 2 matched / (4 predicted - 1 excluded); recall 2/2; F1 = 2*(2/3)/(2/3+1) = 0.8
    assert f["indirect"]["precision"] == pytest.approx(0.6667)
    assert f["indirect"]["recall"] == 1.0
    assert f["indirect"]["f1"] == pytest.approx(0.8)
    assert f["indirect"]["speaker_accuracy"] == 0.5
    assert f["all"]["speaker_accuracy"] == 0.75  # (2 + 1) right of (2 + 2)
    errors = result["errors"]
    assert [e["text"] for e in errors["false_positives"]] == ["nothing had changed"]
    assert [e["text"] for e in errors["excluded"]] == ["the deal was a historic step for the region"]
    assert errors["wrong_speaker"][0]["gold_speaker"] == "India; Pakistan"
    assert errors["wrong_label"][0]["gold_kind"] == "partial"
    assert errors["missed"] == []


def test_dice_threshold_is_inclusive():
    gold = [GoldQuote("direct", "A B", "one two three four five six seven eight nine ten", None, 0)]
    # 7 of 10 tokens shared with a 10-token prediction: Dice = 14/20 = 0.7 exactly -> a match
    hit = _quotes([{"kind": "direct", "speaker": "A B", "text": "one two three four five six seven x y z", "paragraph": 0}])
    # 6 shared: 12/20 = 0.6 -> not a match (direct needs 0.7)
    miss = _quotes([{"kind": "direct", "speaker": "A B", "text": "one two three four five six w x y z", "paragraph": 0}])
    assert score_quotes(gold, hit, index=COUNTRIES)["counts"]["direct"]["matched"] == 1
    assert score_quotes(gold, miss, index=COUNTRIES)["counts"]["direct"]["matched"] == 0
    # an indirect gold at 0.6 matches (threshold 0.5)
    gold_ind = [GoldQuote("indirect", "A B", gold[0].text, None, 0)]
    miss_ind = _quotes([{"kind": "indirect", "speaker": "A B", "text": "one two three four five six w x y z", "paragraph": 0}])
    assert score_quotes(gold_ind, miss_ind, index=COUNTRIES)["counts"]["indirect"]["matched"] == 1


def test_one_to_one_prefers_the_same_paragraph():
    gold = [GoldQuote("partial", "Ana Ruiz", "love", None, 3), GoldQuote("partial", "Ana Ruiz", "love", None, 9)]
    predicted = _quotes([{"kind": "partial", "speaker": "Ana Ruiz", "text": "love", "paragraph": 9}])
    result = score_quotes(gold, predicted, index=COUNTRIES)
    assert result["counts"]["partial"]["matched"] == 1
    assert [m["paragraph"] for m in result["errors"]["missed"]] == [3]


def test_ignore_paragraphs_drops_predictions():
    gold = [GoldQuote("direct", "Ann Lee", "We are ready.", None, 0)]
    predicted = _quotes(
        [
            {"kind": "direct", "speaker": "Ann Lee", "text": "We are ready.", "paragraph": 0},
            {"kind": "direct", "speaker": "Bo Chan", "text": "Subscribe to our newsletter today.", "paragraph": 5},
        ]
    )
    assert score_quotes(gold, predicted, index=COUNTRIES)["figures"]["direct"]["precision"] == 0.5
    assert score_quotes(gold, predicted, ignore_paragraphs=[5], index=COUNTRIES)["figures"]["direct"]["precision"] == 1.0


# ------------------------------------------------------------------ events


GOLD_EVENTS = [
    GoldEvent("call", ["Ana Ruiz", "Olav Berg"], "2025-02-12", "on Wednesday", "happened"),
    GoldEvent("meeting", ["United States", "Russia"], None, "next week", "planned"),
    GoldEvent("visit", ["Jack Straw", "India"], None, None, "happened"),
]


def test_score_events_by_hand():
    predicted = make_frame(
        "events",
        [
            # call, both participants: match; date one day off -> wrong; status right
            {"event_id": "E1", "kind": "call", "participants": ["Ana Ruiz", "Olav Berg"], "date": "2025-02-13",
             "granularity": "day", "status": "happened"},
            # talks is meeting-like; U.S. ~ United States, Moscow ~ Russia; a week-granularity date counts as null
            {"event_id": "E2", "kind": "talks", "participants": ["U.S.", "Moscow"], "date": "2025-02-17",
             "granularity": "week", "status": "proposed"},
            # India missing: no match
            {"event_id": "E3", "kind": "visit", "participants": ["Jack Straw"], "status": "happened"},
            {"event_id": "E4", "kind": "call", "participants": ["Ana Ruiz", "Lea Stam"], "status": "happened"},
        ],
    )
    result = score_events(GOLD_EVENTS, predicted, index=COUNTRIES)
    assert result["counts"] == {"gold": 3, "predicted": 4, "matched": 2, "date_right": 1, "status_right": 1}
    assert result["figures"]["recall"] == pytest.approx(0.6667)
    assert result["figures"]["precision"] == 0.5
    assert result["figures"]["date_accuracy"] == 0.5
    assert result["figures"]["status_accuracy"] == 0.5
    assert [e["kind"] for e in result["errors"]["missed"]] == ["visit"]
    assert [e["event_id"] for e in result["errors"]["false_positives"]] == ["E3", "E4"]


def test_event_kind_family_must_agree():
    predicted = make_frame("events", [{"kind": "visit", "participants": ["Ana Ruiz", "Olav Berg"]}])
    assert score_events(GOLD_EVENTS[:1], predicted, index=COUNTRIES)["counts"]["matched"] == 0


# ------------------------------------------------------------------ positions


def test_score_positions_by_hand():
    gold = [
        GoldPosition("Donald Trump", "Ukraine joining NATO", "oppose", "it was unlikely Ukraine would join Nato"),
        GoldPosition("Pete Hegseth", "peace negotiations", "support", "talks should begin at once"),
        GoldPosition("Russia", "sanctions relief", "support", "the sanctions must be lifted first"),
        GoldPosition("Volodymyr Zelensky", "elections", "support", "elections could be held in spring"),
    ]
    predicted = make_frame(
        "positions",
        [
            # a taxonomy id: its label "NATO membership" shares "nato" with the gold topic
            {"position_id": "P1", "actor": "Donald Trump", "topic": "nato_membership", "stance": "oppose",
             "claim": "Ukraine will never be in the alliance"},
            # the gold evidence is contained in the claim; stance wrong
            {"position_id": "P2", "actor": "Pete Hegseth", "topic": "ceasefire", "stance": "doubtful",
             "claim": "he said talks should begin at once"},
            # Kremlin ~ Russia (metonym); topic words share "sanction"
            {"position_id": "P3", "actor": "Kremlin", "topic": "sanctions", "stance": "support", "claim": "lift the sanctions"},
            {"position_id": "P4", "actor": "Marco Rubio", "topic": "trade", "stance": "support", "claim": "tariffs work"},
        ],
    )
    result = score_positions(gold, predicted, index=COUNTRIES, topic_labels={"nato_membership": "NATO membership"})
    assert result["counts"] == {"gold": 4, "predicted": 4, "matched_gold": 3, "matched_predicted": 3, "stance_right": 2}
    assert result["figures"] == {"recall": 0.75, "precision": 0.75, "stance_accuracy": pytest.approx(0.6667)}
    assert result["errors"]["missed"][0]["actor"] == "Volodymyr Zelensky"
    assert result["errors"]["wrong_stance"][0]["predicted_stance"] == "doubtful"


def test_position_stance_from_best_evidence_item():
    gold = [GoldPosition("Ann Lee", "the dam", "oppose", "the dam must not be built")]
    predicted = make_frame(
        "positions",
        [{"actor": "Ann Lee", "topic": "dam project", "stance": "mixed", "claim": "we like parts of it",
          "evidence": [{"quote_id": "Q1", "start": 0, "end": 5, "stance": "support", "claim": "we like parts of it"},
                       {"quote_id": "Q2", "start": 6, "end": 9, "stance": "oppose", "claim": "The dam must not be built."}]}],
    )
    result = score_positions(gold, predicted, index=COUNTRIES, topic_labels={})
    assert result["counts"]["stance_right"] == 1


# ------------------------------------------------------------------ brat / PolNeAR


ARTICLE = (
    "\n\n“We will not sign this deal,” Governor Ada Lind said on Monday. “It is a bad deal for farmers.”\n"
    "\n"
    "Lind told reporters that the vote would be delayed. She said the budget was balanced.\n"
    "\n"
    "Critics believe the plan will fail.\n"
)


def _span(raw: str, words: str, after: int = 0) -> tuple[int, int]:
    start = raw.index(words, after)
    return start, start + len(words)


def _write_brat(folder: Path, raw: str = ARTICLE) -> Path:
    """A .txt with two leading blank lines (the loader drops them: offsets shift by 2) and a .ann with
    a discontiguous Content, a pronoun Source and a non-speech (belief) attribution."""
    q1 = _span(raw, "“We will not sign this deal,”")
    q2 = _span(raw, "“It is a bad deal for farmers.”")
    spans = {
        "T1": ("Source", [_span(raw, "Governor Ada Lind")]),
        "T2": ("Cue", [_span(raw, "said")]),
        "T3": ("Content", [q1, q2]),
        "T4": ("Source", [_span(raw, "Lind told")[:1] + (_span(raw, "Lind told")[0] + 4,)]),
        "T5": ("Cue", [_span(raw, "told")]),
        "T6": ("Content", [_span(raw, "the vote would be delayed")]),
        "T7": ("Source", [_span(raw, "She")]),
        "T8": ("Cue", [_span(raw, "said the budget")[:1] + (_span(raw, "said the budget")[0] + 4,)]),
        "T9": ("Content", [_span(raw, "the budget was balanced")]),
        "T10": ("Source", [_span(raw, "Critics")]),
        "T11": ("Cue", [_span(raw, "believe")]),
        "T12": ("Content", [_span(raw, "the plan will fail")]),
    }
    lines = []
    for tid, (label, frags) in spans.items():
        offsets = ";".join(f"{a} {b}" for a, b in frags)
        text = " ".join(raw[a:b] for a, b in frags)
        lines.append(f"{tid}\t{label} {offsets}\t{text}")
    lines += [
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9",
        "E4\tAttribution:T11 Source:T10 Cue:T11 Content:T12",
        "#1\tAnnotatorNotes T1\ta note line, ignored",
    ]
    (folder / "lind.txt").write_text(raw, encoding="utf-8")
    (folder / "lind.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "metadata.tsv").write_text("filename\tpublication_date\tpublisher\nlind\t2024-05-06\tnobody\n", encoding="utf-8")
    return folder / "lind.ann"


def test_brat_gold_loads_with_shift_and_metadata(tmp_path):
    gold = load_gold(_write_brat(tmp_path))
    text = gold.article.text
    assert gold.article.published == "2024-05-06"
    assert text.startswith("“We will")  # the two leading newlines were dropped ...
    by_id = {a.aid: a for a in gold.attributions}
    # ... and the offsets were shifted with them
    assert [text[a:b] for a, b in by_id["E1"].content_spans] == ["“We will not sign this deal,”", "“It is a bad deal for farmers.”"]
    assert by_id["E1"].kind == "direct" and by_id["E2"].kind == "indirect"
    assert [by_id[e].speech for e in ("E1", "E2", "E3", "E4")] == [True, True, True, False]
    assert by_id["E1"].source_kind == "named"
    assert (by_id["E3"].source_kind, by_id["E3"].resolved_source) == ("pronoun", "Lind")


def test_score_attributions_by_hand(tmp_path):
    gold = load_gold(_write_brat(tmp_path))
    text = gold.article.text

    def row(kind, words, speaker, after=0):
        start = text.index(words, after)
        return {"kind": kind, "speaker": speaker, "text": words, "start": start, "end": start + len(words)}

    predicted = _quotes(
        [
            row("direct", "We will not sign this deal,", "Ada Lind"),  # with the next row: the union
            row("direct", "It is a bad deal for farmers.", "Ada Lind"),  # matches E1 (Dice 1.0)
            row("indirect", "the vote would be delayed", "Ada Lind"),  # E2, source right
            row("indirect", "the budget was balanced", "Tom Berg"),  # E3 ("She" = Lind), source wrong
            row("indirect", "the plan will fail", "Critics"),  # a belief in the gold: neutral
            row("partial", "bad deal", "Ada Lind"),  # partial rows are ignored
            row("indirect", "on Monday", "Ada Lind"),  # false positive
        ]
    )
    result = score_attributions(gold.attributions, predicted, text)
    c, f = result["counts"], result["figures"]
    assert (c["gold"], c["gold_direct"], c["gold_indirect"], c["gold_not_speech"]) == (3, 1, 2, 1)
    assert (c["predicted"], c["matched_gold"], c["matched_predicted"], c["neutral"]) == (6, 3, 4, 1)
    assert f["recall"] == 1.0
    assert f["precision"] == 0.8  # 4 / (6 - 1)
    assert (c["source_scored"], c["source_right"], c["source_resolved"]) == (3, 2, 1)
    assert f["source_accuracy"] == pytest.approx(0.6667)
    assert [e["text"] for e in result["errors"]["false_positives"]] == ["on Monday"]
    # one direct row alone covers 6 of E1's 13 tokens: Dice 12/19 = 0.63 < 0.7, no match
    alone = score_attributions(gold.attributions, predicted.iloc[:1], text)
    assert alone["counts"]["matched_gold"] == 0


def test_source_rule():
    named = GoldAttribution("E1", [(0, 5)], "x", source="House Speaker Paul Ryan, R-Wis.,", source_kind="named")
    assert source_right(named, "Paul Ryan") is True
    assert source_right(named, "Mitch McConnell") is False  # "R" of "R-Wis." does not count
    assert source_right(named, "R. Smith") is False
    assert source_right(named, None) is False
    description = GoldAttribution("E2", [(0, 5)], "x", source="another source", source_kind="description")
    assert source_right(description, "a source") is True and source_right(description, "Jane Doe") is False
    unresolved = GoldAttribution("E3", [(0, 5)], "x", source="you", source_kind="pronoun")
    assert source_right(unresolved, "Jane Doe") is None  # skipped from source accuracy
    resolved = GoldAttribution("E4", [(0, 5)], "x", source="he", source_kind="pronoun", resolved_source="Mr. Clarke")
    assert source_right(resolved, "David Clarke") is True and source_right(resolved, "Mr. Trump") is False
    assert source_right(GoldAttribution("E5", [(0, 5)], "x"), "anyone") is None  # no source


def _write_attributions(stem: Path, raw: str, triples: list[tuple[str, str, str]]) -> None:
    """Write ``stem``.txt (``raw``) and ``stem``.ann with one Attribution per (source, cue,
    content) triple, each found in ``raw`` in order."""
    lines, pos, n = [], 0, 0
    for i, (source, cue, content) in enumerate(triples, 1):
        ids = []
        for label, words in (("Source", source), ("Cue", cue), ("Content", content)):
            a, b = _span(raw, words, pos)
            pos = b
            n += 1
            lines.append(f"T{n}\t{label} {a} {b}\t{words}")
            ids.append(f"T{n}")
        lines.append(f"E{i}\tAttribution:{ids[1]} Source:{ids[0]} Cue:{ids[1]} Content:{ids[2]}")
    stem.with_suffix(".txt").write_text(raw, encoding="utf-8")
    stem.with_suffix(".ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


SOURCES_TEXT = (
    "Delegates said the vote was fair. He said nothing else. The delegates left early.\n"
    "Kenneth Baer, a former trade official, said prices would rise. The IMF said growth would slow.\n"
    "Farmers and ranchers said rain was needed.\n"
)


def test_brat_source_forms(tmp_path):
    raw = SOURCES_TEXT
    triples = [  # (source, cue, content), each found in the text in order
        ("Delegates", "said", "the vote was fair"),
        ("He", "said", "nothing else"),
        ("Kenneth Baer, a former trade official", "said", "prices would rise"),
        ("The IMF", "said", "growth would slow"),
        ("Farmers and ranchers", "said", "rain was needed"),
    ]
    _write_attributions(tmp_path / "forms", raw, triples)
    by_id = {a.aid: a for a in load_gold(tmp_path / "forms.ann").attributions}
    # capitalised only as the first word of a sentence, "delegates" elsewhere: a description ...
    assert (by_id["E1"].source_kind, by_id["E1"].source_name) == ("description", "Delegates")
    # ... so it is no antecedent for "He", which stays unresolved (skipped)
    assert (by_id["E2"].source_kind, by_id["E2"].resolved_source) == ("pronoun", None)
    assert (by_id["E3"].source_kind, by_id["E3"].source_name) == ("named", "Kenneth Baer")
    assert source_right(by_id["E3"], "Kenneth Baer") is True
    assert source_right(by_id["E3"], "a former trade official") is False
    assert source_right(by_id["E4"], "International Monetary Fund") is True  # acronym
    assert source_right(by_id["E4"], "World Bank") is False
    assert by_id["E5"].source_kind == "description"
    assert source_right(by_id["E5"], "farmers") is True  # either conjunct's head
    assert source_right(by_id["E1"], "the delegates") is True


def test_brat_text_mismatch_is_a_gold_error(tmp_path):
    ann = _write_brat(tmp_path)
    (tmp_path / "lind.txt").write_text(ARTICLE.replace("Governor", "Minister"), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="does not belong"):
        load_gold(ann)


def test_brat_undefined_reference(tmp_path):
    ann = _write_brat(tmp_path)
    ann.write_text(ann.read_text(encoding="utf-8") + "E9\tAttribution:T2 Content:T99\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="T99"):
        load_gold(ann)


# ------------------------------------------------------------------ JSON gold, evaluate_paths


ARTICLE_JSON = (
    "date 2024-03-01\nHarbour talks resume\n\n"
    "Harbour official Nora Quist said the ferry would run again on Monday.\n"
    "\"We are ready for the season,\" Quist said.\n"
)


def _write_json_gold(folder: Path, **overrides) -> Path:
    (folder / "harbour.txt").write_text(ARTICLE_JSON, encoding="utf-8")
    gold = {
        "article": "harbour.txt",
        "published": "2024-03-01",
        "quotes": [
            {"kind": "indirect", "speaker": "Nora Quist", "text": "the ferry would run again on Monday", "cue": "said", "paragraph": 0},
            {"kind": "direct", "speaker": "Nora Quist", "text": "We are ready for the season,", "cue": "said", "paragraph": 1},
        ],
        "events": [],
        "notes": "hand-written for the tests",
    }
    gold.update(overrides)
    path = folder / "harbour.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_evaluate_paths_with_a_fake_analysis(tmp_path):
    _write_json_gold(tmp_path)

    def fake_analyze(article):
        assert article.published == "2024-03-01"
        return {
            "quotes": _quotes(
                [
                    {"kind": "direct", "speaker": "Nora Quist", "text": "We are ready for the season,", "paragraph": 1},
                    {"kind": "direct", "speaker": "Nora Quist", "text": "Harbour talks resume today", "paragraph": 0},
                ]
            ),
            "events": make_frame("events"),
        }

    report = evaluate_paths([tmp_path], analyze=fake_analyze)
    assert isinstance(report, EvaluationReport)
    assert len(report.per_file) == 1
    quotes = report.overall["quotes"]["figures"]
    assert quotes["in_marks"]["precision"] == 0.5 and quotes["in_marks"]["recall"] == 1.0
    assert quotes["indirect"]["recall"] == 0.0
    assert report.overall["events"]["counts"]["gold"] == 0
    assert "positions" not in report.overall  # no 'positions' key in the gold: not annotated
    data = json.loads(report.to_json())
    assert data["files"][0]["quotes"]["errors"]["missed"][0]["kind"] == "indirect"
    table = report.to_table(errors=True)
    assert "overall" in table and "Errors in harbour.json" in table and "the ferry would run again" in table


def test_analysis_that_raises_is_recorded(tmp_path):
    _write_json_gold(tmp_path)

    def broken(article):
        raise RuntimeError("boom")

    report = evaluate_paths([tmp_path / "harbour.json"], analyze=broken)
    assert report.overall["raised"] == 1
    assert report.per_file[0].raised == "RuntimeError: boom"
    assert report.overall["quotes"]["figures"]["in_marks"]["recall"] == 0.0


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "one JSON object"),
        ('{"quotes": []}', "missing 'article'"),
        ('{"article": "harbour.txt"}', "no 'quotes', 'events' or 'positions'"),
        ('{"article": "nowhere.txt", "quotes": []}', "does not exist"),
        ('{"article": "harbour.txt", "quotes": [{"kind": "quote", "text": "x"}]}', "quotes\\[0\\].kind"),
        ('{"article": "harbour.txt", "quotes": [{"kind": "direct", "text": ""}]}', "quotes\\[0\\].text"),
        ('{"article": "harbour.txt", "events": [{"kind": "call", "participants": "A"}]}', "participants"),
        ('{"article": "harbour.txt", "events": [{"kind": "call", "participants": [], "date": "2024-02-30"}]}', "events\\[0\\].date"),
    ],
)
def test_bad_json_gold(tmp_path, content, message):
    (tmp_path / "harbour.txt").write_text(ARTICLE_JSON, encoding="utf-8")
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message) as info:
        load_gold(path)
    assert "bad.json" in info.value.user_message


def test_gold_files_errors(tmp_path):
    with pytest.raises(GoldFormatError, match="no gold files"):
        gold_files([tmp_path])
    with pytest.raises(GoldFormatError, match="no such file"):
        gold_files([tmp_path / "missing.json"])
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="not a gold file"):
        gold_files([tmp_path / "notes.txt"])


# ------------------------------------------------------------------ the real corpora (read only)


DEV = SHARED / "dev"
POLNEAR = SHARED / "polnear-dev"


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev not present")
def test_dev_gold_scores_itself_perfectly():
    """Each dev gold file loads, and its own quotations, events and positions, given as predictions,
    score 1.0 everywhere: the rules agree with the gold's conventions."""
    for path in gold_files([DEV]):
        gold = load_gold(path)
        quotes = _quotes([{"kind": q.kind, "speaker": q.speaker, "text": q.text, "paragraph": q.paragraph} for q in gold.quotes])
        figures = score_quotes(gold.quotes, quotes)["figures"]
        assert figures["in_marks"]["f1"] == 1.0 and figures["indirect"]["f1"] == 1.0, path.name
        assert figures["all"]["speaker_accuracy"] == 1.0, path.name
        events = make_frame("events", [{"kind": e.kind, "participants": e.participants, "date": e.date,
                                        "granularity": "day" if e.date else None, "status": e.status,
                                        "evidence": e.evidence} for e in gold.events])
        assert score_events(gold.events, events)["figures"]["status_accuracy"] in (1.0, None), path.name
        assert score_events(gold.events, events)["counts"]["matched"] == len(gold.events), path.name
        positions = make_frame("positions", [{"actor": p.actor, "topic": p.topic, "stance": p.stance, "claim": p.evidence}
                                             for p in gold.positions])
        assert score_positions(gold.positions, positions)["figures"]["recall"] in (1.0, None), path.name


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev not present")
def test_dev_gold_counts():
    golds = [load_gold(p) for p in gold_files([DEV])]
    assert len(golds) == 6
    assert sum(len(g.quotes) for g in golds) == 133
    assert sum(1 for g in golds for q in g.quotes if q.kind != "indirect") == 69
    assert sum(len(g.events) for g in golds) == 26
    assert sum(len(g.positions) for g in golds) == 57


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="../shared/corpus/polnear-dev not present")
def test_polnear_gold_loads_and_spans_line_up():
    """All 84 .ann files load: every span's text matches Parley's article text at its offsets (load_gold
    raises otherwise), and the gold scores itself perfectly when given as predictions."""
    files = [p for p in gold_files([POLNEAR]) if p.suffix == ".ann"]
    assert len(files) == 84
    total = 0
    for path in files[:10]:
        gold = load_gold(path)
        assert gold.article.published is not None
        total += len(gold.attributions)
        rows = [
            {"kind": a.kind, "speaker": a.resolved_source or a.source, "text": gold.article.text[s:e], "start": s, "end": e}
            for a in gold.attributions if a.speech for s, e in a.content_spans
        ]
        result = score_attributions(gold.attributions, _quotes(rows), gold.article.text)
        assert result["figures"]["recall"] in (1.0, None), path.name
    assert total > 100


def test_gold_she_skips_a_named_source_of_the_other_gender(tmp_path):
    """The scorer resolves a gold "she" to the nearest named source whose gender — honorific, listed
    first name, or a first name the text gives the surname — does not contradict it."""
    raw = ("Ana Novak said the plan was sound. Barack Obama spoke with Novak later. Obama said talks "
           "would go on. She said she was hopeful. He said nothing more. Mr. Ruiz said little.\n")
    triples = [("Ana Novak", "said", "the plan was sound"), ("Obama", "said", "talks would go on"),
               ("She", "said", "she was hopeful"), ("He", "said", "nothing more")]
    _write_attributions(tmp_path / "g", raw, triples)
    by_id = {a.aid: a for a in load_gold(tmp_path / "g.ann").attributions}
    assert by_id["E3"].resolved_source == "Ana Novak"  # not "Obama": the text names him Barack
    assert by_id["E4"].resolved_source == "Obama"
