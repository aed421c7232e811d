"""Score Parley against gold annotations: ``python -m lib evaluate GOLD...`` and its Python API.

This is a user feature (score Parley on your own annotated articles) and the proof of quality
(the targets of issues 3, 4 and 5 are measured with it). Entry points:

* :func:`evaluate_paths` — gold files or folders in, an :class:`EvaluationReport` out
  (``.overall``, ``.per_file``, ``.to_dict()``, ``.to_json()``, ``.to_table(errors=...)``);
* :func:`load_gold` / :func:`gold_files` — read gold annotations (raise
  :class:`lib.errors.GoldFormatError` with a message naming the file and the problem);
* :func:`score_quotes`, :func:`score_attributions`, :func:`score_events`, :func:`score_positions` —
  the scorers, on a gold list and a predicted DataFrame of :mod:`lib.schema`.

Gold formats
============
(a) **Parley JSON** (``X.json``, the format of ``../shared/corpus/dev``): an object with
``article`` (the ``.txt`` file name, relative to the JSON's folder), ``published`` (ISO date or
null; used only when the ``.txt`` has no ``date`` line), and lists ``quotes`` (kind, speaker, text,
cue, paragraph), ``events`` (kind, participants, date, date_text, status, location, duration,
evidence) and ``positions`` (actor, topic, stance, evidence). A missing list means "not annotated":
that section is not scored for the file (an empty list means "annotated, none"). An optional
``ignore_paragraphs`` list of 0-based paragraph indexes (boilerplate the annotator skipped) drops
predicted quotations that start in those paragraphs. Other keys (``notes``) are ignored.

(b) **brat / PolNeAR** (``X.ann`` beside ``X.txt``): ``T`` lines are spans (``Source``, ``Cue``,
``Content``, ``Discard`` ...; offsets ``a b`` or discontiguous ``a b;c d``), ``E`` lines join them
into one attribution (roles ``Source``, ``Cue``, ``Content``, ``Content2`` ...). ``A``, ``R``,
``N``, ``M``, ``*`` and ``#`` lines are ignored. The publication date comes from ``metadata.tsv`` in
the same folder when present (columns ``filename``, ``publication_date``). The ``.txt`` is loaded
with :func:`lib.article.load_article`, exactly as Parley loads it; the loader drops leading blank
lines, so gold offsets are shifted by the number of dropped characters (and carried over the
invisible characters it removes, :func:`lib.article.normalised_offsets`), and every gold span's text
(the third field of its ``T`` line, whitespace collapsed) is checked against the loaded text — a
mismatch is a :class:`GoldFormatError`.

Rules (issue 3, 4, 5 and the choices made here)
===============================================
Word tokens
    Lowercased runs of Unicode letters and digits (``[^\\W_]+``): quotation marks, punctuation and
    apostrophes separate or disappear ("Zelensky’s" -> ``zelensky``, ``s``; "RIA-Novosti" -> ``ria``,
    ``novosti``). Dice = 2|A ∩ B| / (|A| + |B|) over token *multisets* (JSON gold, which has no
    offsets) or over token *positions* in the article text (brat gold, where both sides have offsets,
    so the same words elsewhere never count).

Quotations (JSON gold)
    A predicted quotation matches a gold one when token Dice >= 0.7 (direct, partial) or >= 0.5
    (indirect). Matching is one-to-one and greedy: all pairs at or above the threshold sorted by
    Dice (highest first), ties broken by the distance between the gold and predicted paragraph
    indexes (closest first), then by order in the article. The gold paragraph is only a tie-breaker,
    never a requirement. Four matchings are made: direct vs direct, partial vs partial, indirect vs
    indirect, and *quotations in marks* (gold direct+partial vs predicted direct+partial at 0.7, the
    label need not agree; ``label_agreement`` = share of those pairs whose label agrees).
    Precision = matched predicted / predicted, recall = matched gold / gold, F1 their harmonic mean.
    Gold convention (corpus README): a reported clause that embeds a quoted fragment is recorded only
    once, as the partial. So an unmatched predicted *indirect* row whose tokens contain the tokens of a gold
    partial quotation as a contiguous run, in the same paragraph (when both paragraphs are known), is
    *excluded*: neither a true nor a false positive (``excluded`` in the counts). The JSON gold
    records reported speech with a content *clause* only (corpus notes: "called for more sanctions",
    "rejected the ceasefire proposal" are "not counted as quotes"), so an unmatched predicted
    indirect row whose ``form`` is 'phrase' (a speech act with a phrase for content) is outside that
    convention: counted in ``phrase``, left out of ``precision`` and reported in
    ``precision_with_phrase_rows``, which counts them as false positives. (PolNeAR annotates such
    speech acts, so the brat scoring below compares every indirect row.)

Speakers
    On matched pairs. A gold name's *key* is its surname: the last word of the name after cutting at
    the first lowercase preposition or relative word (of, in, at, for, from, on, with, to, by, who,
    which, that) and dropping a possessive ’s and suffixes (Jr, Sr, II, III); for a description
    ("the health minister", "Russian officials", "officials in Washington") the same rule gives its
    head noun. The speaker is right when every key token, after a small plural/verb-ending stemmer,
    is among the predicted speaker's tokens (case-insensitive). For several gold speakers ("India;
    Pakistan") every one must be found; extra predicted speakers are not penalised. A gold name that
    is a country (data/countries.toml: name, aliases, capital, metonyms, or demonym + a group noun such
    as "Russian officials", "Indian government") also matches a predicted name resolving to the same
    country ("United States" ~ "U.S." ~ "Washington" ~ "White House"). A null predicted speaker is
    wrong; a null gold speaker is not scored. Speaker accuracy = right / scored.

Speech attributions (brat gold, PolNeAR)
    An attribution is *speech* when a word of its Cue, lemmatised (small suffix rules plus the
    irregular forms listed in data/speech_cues_eval.txt), is on that list, when the Cue is only
    punctuation (a transcript's "PENCE:", a headline's "Pence: ...", a dash credit "― Name"), or when
    its Content holds a double quotation mark (" “ ” « » „; single marks are left out: ’ is mostly an
    apostrophe). Its
    kind is *direct* when the Content starts with a quotation mark (double, or ‘ '), else *indirect*;
    the kind only sets the Dice threshold (0.7 / 0.5). Predicted rows are Parley's direct and indirect
    quotations (partial rows are nested in indirect ones and ignored). Dice is over token positions.
    One gold attribution may be matched by the *union* of several predicted rows (interrupted
    quotations, "X," he said. "Y." giving two rows): a group candidate is formed, for each gold
    attribution, from the predicted rows more than half of whose tokens lie inside its Content; it
    competes with single-row candidates in the same greedy one-to-one matching (Dice first, then
    fewer rows), and unmatched gold gets a second chance with the rows still free. Every row of a
    matched group counts as a true positive. An unmatched predicted row is *neutral* (not a false
    positive) when more than half of its tokens lie inside the Content of a non-speech attribution
    (PolNeAR annotated it as an attribution with a cue outside the list) or inside a ``Discard`` span.
    Recall = matched gold / speech attributions; precision = matched rows / (rows - neutral).
Sources (brat)
    The gold Source is split at commas, parentheses and dashes (appositions: "Nora Feld, a former
    Harlow city council aide"; "Rep. Dale Moran (D-Ore.)"); pronouns, determiners and
    honorifics (Mr, Sen, Gov ...) are dropped. A segment is *named* when its head word (last word
    before a lowercase preposition, possessive dropped) is capitalised ("Mr. Clarke", "WALLACE",
    "Chicago Police Department") — but not a single word capitalised only because it starts a
    sentence and found in lowercase elsewhere in the text ("Delegates said"). A source with a named
    segment is right when one of that segment's capitalised non-title words of two letters or more
    (else any of its words) is among the predicted speaker's tokens, or one is the acronym of the other
    ("The IMF" ~ "International Monetary Fund"). Otherwise the source is a *description* ("a source",
    "experts", "The Republican presidential nominee", "Donald Trump’s campaign"), right when the
    head noun of its first segment — of any conjunct, for "companies and individuals" — is. A pronoun-only Source is resolved when possible:
    first person (I, we, me, my, our) -> the Source of the attribution whose Content encloses it;
    relative (who, which, that) -> the capitalised name just before it in the text; he, she, it,
    they, his, her, their -> the nearest preceding attribution in the same .ann with a named Source
    (for he/she/his/her, one whose gender — honorific, listed first name, or "Mr."/"Mrs." with its
    surname elsewhere in the text — does not contradict the pronoun's).
    A definite description ("the president") is also right when the resolved name matches. Pronoun
    sources that cannot be resolved ("you", no named antecedent) are skipped from source accuracy
    and counted in ``source_skipped``; attributions without a Source are not scored for source.

Events (issue 4)
    Kind families: call; visit; meeting-like = meeting, summit, talks, negotiations, conference.
    A predicted event matches a gold one when the families agree and every gold participant is found
    among the predicted participants (key tokens as for speakers, or the same country). One-to-one,
    greedy by the overlap coefficient of the evidence texts (shared tokens / tokens of the shorter),
    then article order; a predicted event's evidence is the sentence of each of its mentions
    (``evidence_sentences``), the best overlap counting, since one row stands for every mention. Date accuracy on matched events: the predicted day equals the gold ISO day,
    or both are null; a predicted date whose granularity is week, month or year counts as null (the
    gold gives null for anything coarser than a day). Status accuracy: exact status string.
    Duration and location are not scored.

Positions (issue 5)
    A predicted position matches a gold one when the actors match (as speakers, with countries) and
    the topics match: the gold evidence and one of the predicted texts (claim, the article text at
    start:end, each evidence item's claim and span) overlap — Dice >= 0.5, or containment (every token
    of the shorter text, at least 3 tokens, found in the longer) — OR the gold topic and the predicted
    topic (plus its label when it is an id of data/topics.toml) share a content word (stopwords
    removed, small stemmer). Because Parley rolls several statements of one actor on one topic into a
    row, matching is many-to-one: each gold position takes its best predicted row (text overlap
    first, then Dice), and a row may serve several gold positions. Recall = matched gold / gold;
    precision = predicted rows matching some gold / predicted rows. Stance accuracy on matched gold:
    the stance of the predicted evidence item that best overlaps the gold evidence when there is one,
    else the row's stance.

Aggregation
    Overall figures are micro-averages: counts are summed over files, then divided. A figure whose
    denominator is 0 is null (``-`` in the table). An article whose analysis raises (a bug in the
    extraction, not bad input) or exceeds the per-article time limit (``--timeout``) is scored with
    empty predictions and listed under ``raised``.
"""

from __future__ import annotations

import bisect
import csv
import json
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import pandas as pd

from lib.article import Article, load_article, normalise_text, normalised_offsets, validate_date
from lib.errors import GoldFormatError, InvalidDateError, ParleyError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

#: Dice thresholds of issue 3.
THRESHOLDS = {"direct": 0.7, "partial": 0.7, "indirect": 0.5}
QUOTE_KINDS = ("direct", "partial", "indirect")
EVENT_FAMILIES = {
    "call": "call",
    "visit": "visit",
    "meeting": "meeting",
    "summit": "meeting",
    "talks": "meeting",
    "negotiations": "meeting",
    "conference": "meeting",
}
STANCES = ("support", "oppose", "conditional", "mixed", "doubtful")

# --------------------------------------------------------------------------------------------
# Tokens, Dice, stemming
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+")


def word_tokens(text: str | None) -> list[str]:
    """Lowercased runs of letters and digits of ``text`` (punctuation and quotation marks dropped).

    ``word_tokens('"We’ll meet," he said.')`` -> ``['we', 'll', 'meet', 'he', 'said']``.
    """
    if not text:
        return []
    return _TOKEN.findall(str(text).lower())


def token_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of each word token of ``text`` (see :func:`word_tokens`)."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


def dice(a: Iterable, b: Iterable) -> float:
    """Dice coefficient 2|A ∩ B| / (|A| + |B|) of two token multisets (or sets of positions).

    Returns 0.0 when both are empty. ``dice(['a','b'], ['b','c'])`` = 0.5.
    """
    ca, cb = Counter(a), Counter(b)
    total = sum(ca.values()) + sum(cb.values())
    if total == 0:
        return 0.0
    return 2 * sum((ca & cb).values()) / total


def overlap_coefficient(a: Iterable, b: Iterable) -> float:
    """Shared tokens / tokens of the shorter multiset (1.0 when one contains the other; 0.0 if empty)."""
    ca, cb = Counter(a), Counter(b)
    shorter = min(sum(ca.values()), sum(cb.values()))
    if shorter == 0:
        return 0.0
    return sum((ca & cb).values()) / shorter


def stem(word: str) -> str:
    """A small suffix stemmer for matching names and topic words (lowercase input).

    Rules, first that applies: ``-ies``/``-ied`` -> ``y``; ``-sses`` -> ``ss``; ``-ing``, ``-ed``
    (stem of 3+ letters); ``-es`` after s/x/z/ch/sh; ``-s`` (not ``-ss``, ``-us``, ``-is``).
    ``officials`` -> ``official``, ``negotiations`` -> ``negotiation``, ``joining`` -> ``join``.
    """
    w = word.lower()
    if len(w) <= 3:
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith("ing") and len(w) >= 6:
        return w[:-3]
    if w.endswith("ed") and len(w) >= 5:
        return w[:-2]
    if w.endswith("es") and w[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _contains_run(hay: Sequence[str], needle: Sequence[str]) -> bool:
    """True when ``needle`` occurs in ``hay`` as a contiguous run (an empty needle never does)."""
    n = len(needle)
    if n == 0 or n > len(hay):
        return False
    first = needle[0]
    for i in range(len(hay) - n + 1):
        if hay[i] == first and list(hay[i:i + n]) == list(needle):
            return True
    return False


# --------------------------------------------------------------------------------------------
# Names: keys, countries
# --------------------------------------------------------------------------------------------

PRONOUNS = frozenset(
    """i me my mine myself we us our ours ourselves you your yours yourself he him his himself she
    her hers herself it its itself they them their theirs themselves who whom whose which that this
    these those one someone somebody""".split()
)
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
RELATIVE = frozenset("who whom whose which that".split())
DETERMINERS = frozenset("a an the another some any many several other others both each every all most few such no".split())
HONORIFICS = frozenset("mr mrs ms miss dr sen rep gov prof rev gen lt col sgt capt st sir dame lord lady".split())
TITLES = frozenset(
    """president vice senator governor secretary minister prime chancellor speaker leader spokesman
    spokeswoman spokesperson chairman chairwoman chair director chief general judge justice mayor
    candidate nominee representative congressman congresswoman ambassador king queen prince princess
    pope sheriff attorney commissioner professor former deputy foreign defence defense state
    press aide adviser advisor official""".split()
)
_CUT_WORDS = frozenset("of in at for from on with to by who which that under over near".split())
_NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
GROUP_NOUNS = frozenset(
    """government governments official officials authorities authority delegation delegations
    delegate delegates team teams side forces military army leaders leader leadership negotiators
    negotiator representatives representative administration diplomats diplomat envoy envoys""".split()
)
STOPWORDS = frozenset(
    """a an the and or but nor of in on at to for from by with without about into onto over under
    than then as is are was were be been being has have had do does did will would shall should can
    could may might must not no it its this that these those there their his her he she they we you
    i our us them him me my your who whom whose which what when where why how all any both each
    more most other some such only own same so too very s t just also up down out off again further
    once here new""".split()
)


def name_key(name: str | None) -> tuple[str, ...]:
    """The matching key of a gold name: its surname, or a description's head noun, as stemmed tokens.

    ``'Vladimir Putin'`` -> ``('putin',)``; ``'officials in Washington'`` -> ``('official',)``;
    ``'Ukraine’s Special Operations Forces'`` -> ``('force',)``; ``'RIA-Novosti'`` ->
    ``('ria', 'novosti')``; ``'the health minister'`` -> ``('minister',)``. Empty for an empty name.
    """
    if not name:
        return ()
    words = str(name).replace("’", "'").split()
    for i, word in enumerate(words[1:], 1):
        if word in _CUT_WORDS:  # lowercase preposition or relative word: the head is before it
            words = words[:i]
            break
    while len(words) > 1 and words[-1].lower().strip(",") in _NAME_SUFFIXES:
        words = words[:-1]
    while words and not word_tokens(words[-1]):
        words = words[:-1]
    if not words:
        return ()
    last = re.sub(r"'s$", "", words[-1].strip(",.;:"))
    return tuple(stem(t) for t in word_tokens(last))


def _split_names(value: Any) -> list[str]:
    """Speaker/actor names from a string joined by ';' or a list of strings."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else value
        out: list[str] = []
        for item in items:
            out.extend(_split_names(item))
        return out
    try:
        if pd.isna(value):
            return []
    except (TypeError, ValueError):
        pass
    return _split_names(str(value))


class Countries:
    """Country names from ``data/countries.toml`` for matching participants, speakers and actors.

    :meth:`resolve` maps a name to its country's canonical name: the name itself, an alias, the
    capital, a metonym ("Kremlin"), or a demonym or country name followed by a group noun
    ("Russian officials", "Indian government", "Russia's delegation"). Names are compared on their
    word tokens, so "U.S." and "U.S" are the same; a leading "the" is ignored.
    """

    def __init__(self, entries: Iterable[Mapping[str, Any]] = ()) -> None:
        self.names: dict[tuple[str, ...], str] = {}
        self.demonyms: dict[tuple[str, ...], str] = {}
        for entry in entries:
            canonical = str(entry.get("name", "")).strip()
            if not canonical:
                continue
            forms = [canonical, *entry.get("aliases", []), *entry.get("metonyms", [])]
            if entry.get("capital"):
                forms.append(entry["capital"])
            for form in forms:
                key = self._key(form)
                if key:
                    self.names.setdefault(key, canonical)
            for form in entry.get("demonyms", []):
                key = self._key(form)
                if key:
                    self.demonyms.setdefault(key, canonical)

    @staticmethod
    def _key(text: str) -> tuple[str, ...]:
        text = re.sub(r"['’]s\b", "", str(text))
        tokens = word_tokens(text)
        if tokens and tokens[0] == "the":
            tokens = tokens[1:]
        return tuple(tokens)

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Countries":
        """Read ``data/countries.toml`` (or ``path``); a missing or unreadable file gives an empty index."""
        path = Path(path) if path else DATA_DIR / "countries.toml"
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError):
            return cls()
        return cls(data.get("country", []))

    def resolve(self, name: str | None) -> str | None:
        """The canonical country ``name`` stands for, or None."""
        if not name:
            return None
        key = self._key(name)
        if not key:
            return None
        if key in self.names:
            return self.names[key]
        if len(key) >= 2 and key[-1] in GROUP_NOUNS:
            head = key[:-1]
            if head in self.demonyms:
                return self.demonyms[head]
            if head in self.names:
                return self.names[head]
        return None


_COUNTRIES: Countries | None = None


def countries() -> Countries:
    """The :class:`Countries` of ``data/countries.toml``, loaded once."""
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = Countries.load()
    return _COUNTRIES


_ACRONYM_SKIP = frozenset("of the and for on in at to de".split())


def _acronym_match(a: str, b: str) -> bool:
    """True when an all-capitals word of 2-6 letters in one name is the initials of the other's
    capitalised words: "IMF" ~ "International Monetary Fund", "NAACP" ~ "National Association for
    the Advancement of Colored People"."""
    for x, y in ((a, b), (b, a)):
        initials = "".join(
            w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", y) if w[:1].isupper() and w.lower() not in _ACRONYM_SKIP
        )
        if len(initials) >= 2 and any(tok == initials for tok in re.findall(r"\b[A-Z]{2,6}\b", x)):
            return True
    return False


def name_matches(gold: str, predicted: Iterable[str], index: Countries | None = None) -> bool:
    """True when gold name ``gold`` is found among the ``predicted`` names.

    Found = every token of :func:`name_key` (gold) is among the stemmed tokens of one predicted name,
    or ``gold`` and a predicted name resolve to the same country (:class:`Countries`), or one is the
    acronym of the other ("IMF" ~ "International Monetary Fund").
    """
    index = index if index is not None else countries()
    key = name_key(gold)
    gold_country = index.resolve(gold)
    for pred in predicted:
        if not pred:
            continue
        tokens = {stem(t) for t in word_tokens(re.sub(r"['’]s\b", "", pred))}
        if key and all(k in tokens for k in key):
            return True
        if gold_country and index.resolve(pred) == gold_country:
            return True
        if _acronym_match(gold, pred):
            return True
    return False


def speaker_right(gold_speaker: str | None, predicted_speaker: Any, index: Countries | None = None) -> bool | None:
    """Speaker rule of issue 3 (see the module doc). None when the gold speaker is null (not scored).

    ``gold_speaker`` may join several names with '; ' (every one must be found);
    ``predicted_speaker`` is a string (names joined by '; '), a list of names, or null (-> False).
    """
    golds = _split_names(gold_speaker)
    if not golds:
        return None
    preds = _split_names(predicted_speaker)
    if not preds:
        return False
    return all(name_matches(g, preds, index) for g in golds)


# --------------------------------------------------------------------------------------------
# Speech cues (PolNeAR selection)
# --------------------------------------------------------------------------------------------

DOUBLE_QUOTES = "\"“”«»„"
OPENING_MARKS = "\"“«„‘'"


def load_speech_cues(path: str | Path | None = None) -> frozenset[str]:
    """Lemmas and irregular forms of ``data/speech_cues_eval.txt`` (see its header for the format)."""
    path = Path(path) if path else DATA_DIR / "speech_cues_eval.txt"
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        words.update(line.split())
    return frozenset(words)


_SPEECH_CUES: frozenset[str] | None = None


def speech_cues() -> frozenset[str]:
    """The speech cue list, loaded once."""
    global _SPEECH_CUES
    if _SPEECH_CUES is None:
        _SPEECH_CUES = load_speech_cues()
    return _SPEECH_CUES


def lemma_candidates(word: str) -> set[str]:
    """Possible lemmas of an English verb form by suffix rules: the word itself; ``-s``/``-es``/``-ies``;
    ``-ed``/``-ied`` (with or without a final e, undoubling a doubled consonant); ``-ing`` likewise.

    ``'argued'`` -> {..., 'argue'}; ``'urges'`` -> {..., 'urge'}; ``'tweeting'`` -> {..., 'tweet'}.
    """
    w = word.lower().strip(".,:;!?\"'’“”()")
    out = {w}
    if w.endswith("ies") or w.endswith("ied"):
        out.add(w[:-3] + "y")
    if w.endswith("es"):
        out.add(w[:-2])
    if w.endswith("s"):
        out.add(w[:-1])
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            base = w[: -len(suffix)]
            out.update({base, base + "e"})
            if len(base) >= 3 and base[-1] == base[-2]:
                out.add(base[:-1])
    return out


def is_speech_cue(cue: str | None, cues: frozenset[str] | None = None) -> bool:
    """True when a word of ``cue`` lemmatises (:func:`lemma_candidates`) to a listed speech cue."""
    cues = cues if cues is not None else speech_cues()
    for word in re.findall(r"[A-Za-z]+", cue or ""):
        if lemma_candidates(word) & cues:
            return True
    return False


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------


@dataclass
class GoldQuote:
    """One gold quotation (JSON gold): kind (direct|partial|indirect), speaker ('; '-joined names or
    None), text, cue, paragraph (0-based index of non-blank lines, or None)."""

    kind: str
    speaker: str | None
    text: str
    cue: str | None = None
    paragraph: int | None = None


@dataclass
class GoldEvent:
    """One gold contact event: kind, participants (list[str]), date (ISO or None), date_text, status,
    location, duration (free text), evidence."""

    kind: str
    participants: list[str]
    date: str | None = None
    date_text: str | None = None
    status: str | None = None
    location: str | None = None
    duration: Any = None
    evidence: str | None = None


@dataclass
class GoldPosition:
    """One gold position: actor, topic (free text), stance, evidence (the words it rests on)."""

    actor: str
    topic: str
    stance: str | None
    evidence: str | None = None


@dataclass
class GoldAttribution:
    """One brat attribution (an ``E`` line).

    Attributes:
        aid: the E id ("E3"). content_spans / source_spans / cue_spans: (start, end) offsets into the
        loaded article text (already shifted). content, source, cue: their texts (fragments joined by
        one space; source/cue None when absent). speech: the attribution counts as speech (module
        doc). kind: direct | indirect (threshold only). source_kind: named | description | pronoun |
        none. source_name: the part of the Source used for matching (its first named segment
        between commas or parentheses: "Kenneth Baer" of "Kenneth Baer, a former official"; else its
        first segment). resolved_source: the named antecedent of a pronoun or definite description,
        or None.
    """

    aid: str
    content_spans: list[tuple[int, int]]
    content: str
    source_spans: list[tuple[int, int]] = field(default_factory=list)
    source: str | None = None
    cue_spans: list[tuple[int, int]] = field(default_factory=list)
    cue: str | None = None
    speech: bool = False
    kind: str = "indirect"
    source_kind: str = "none"
    source_name: str | None = None
    resolved_source: str | None = None

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content_spans)


@dataclass
class Gold:
    """A gold annotation of one article.

    Attributes:
        path: the gold file. format: "json" or "brat". article: the loaded :class:`Article`.
        quotes, events, positions: lists for JSON gold (None = section not annotated).
        attributions: every brat attribution (None for JSON gold); discard_spans: brat Discard spans.
        ignore_paragraphs: paragraphs whose predicted quotations are not scored.
    """

    path: Path
    format: str
    article: Article
    quotes: list[GoldQuote] | None = None
    events: list[GoldEvent] | None = None
    positions: list[GoldPosition] | None = None
    attributions: list[GoldAttribution] | None = None
    discard_spans: list[tuple[int, int]] = field(default_factory=list)
    ignore_paragraphs: frozenset[int] = frozenset()


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand gold ``paths``: a file is kept as is; a folder gives its ``*.json`` and ``*.ann`` files,
    sorted by name (not recursive). Raises :class:`GoldFormatError` for a missing path, a file that is
    neither ``.json`` nor ``.ann``, or a folder with no gold file."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (".json", ".ann"))
            if not found:
                raise GoldFormatError(f"{path}: no gold files (*.json or *.ann) in this folder.")
            out.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in (".json", ".ann"):
                raise GoldFormatError(
                    f"{path}: not a gold file; give a Parley JSON gold file (.json) or a brat annotation (.ann)."
                )
            out.append(path)
        else:
            raise GoldFormatError(f"{path}: no such file or folder.")
    return out


def load_gold(path: str | Path) -> Gold:
    """Read one gold file (``.json`` or ``.ann``; see the module doc) and load its article.

    Raises :class:`GoldFormatError` for a malformed file, a missing or unreadable article, or brat
    offsets that do not match the article text.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _load_json_gold(path)
    if path.suffix.lower() == ".ann":
        return _load_brat_gold(path)
    raise GoldFormatError(f"{path}: not a gold file; expected .json or .ann.")


def _load_article_for(gold_path: Path, txt: Path, published: str | None) -> Article:
    if not txt.is_file():
        raise GoldFormatError(f"{gold_path}: its article '{txt}' does not exist.")
    try:
        return load_article(txt, published=published)
    except ParleyError as exc:
        raise GoldFormatError(f"{gold_path}: its article '{txt.name}' cannot be used: {exc.user_message}") from None


def _opt_str(value: Any, where: str, path: Path) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise GoldFormatError(f"{path}: {where} must be a string or null (got {type(value).__name__}).")
    return value


def _req_str(value: Any, where: str, path: Path) -> str:
    if not isinstance(value, str) or not value.strip():
        raise GoldFormatError(f"{path}: {where} must be a non-empty string.")
    return value


def _items(data: Mapping, key: str, path: Path) -> list[Mapping] | None:
    if key not in data:
        return None
    items = data[key]
    if not isinstance(items, list):
        raise GoldFormatError(f"{path}: '{key}' must be a list.")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise GoldFormatError(f"{path}: {key}[{i}] must be an object.")
    return items


def _load_json_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise GoldFormatError(f"{path}: not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).") from None
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    if not isinstance(data, dict):
        raise GoldFormatError(f"{path}: a gold file must hold one JSON object with an 'article' field.")
    article_name = data.get("article")
    if not isinstance(article_name, str) or not article_name.strip():
        raise GoldFormatError(f"{path}: missing 'article' (the name of the article's .txt file beside it).")
    published = data.get("published")
    try:
        published = validate_date(published) if published is not None else None
    except InvalidDateError as exc:
        raise GoldFormatError(f"{path}: 'published': {exc.user_message}") from None
    if not any(k in data for k in ("quotes", "events", "positions")):
        raise GoldFormatError(f"{path}: no 'quotes', 'events' or 'positions' list to score.")

    quotes = None
    raw_quotes = _items(data, "quotes", path)
    if raw_quotes is not None:
        quotes = []
        for i, q in enumerate(raw_quotes):
            kind = q.get("kind")
            if kind not in QUOTE_KINDS:
                raise GoldFormatError(f"{path}: quotes[{i}].kind must be one of direct, partial, indirect (got {kind!r}).")
            paragraph = q.get("paragraph")
            if paragraph is not None and (not isinstance(paragraph, int) or isinstance(paragraph, bool) or paragraph < 0):
                raise GoldFormatError(f"{path}: quotes[{i}].paragraph must be a 0-based integer or null.")
            quotes.append(
                GoldQuote(
                    kind=kind,
                    speaker=_opt_str(q.get("speaker"), f"quotes[{i}].speaker", path),
                    text=_req_str(q.get("text"), f"quotes[{i}].text", path),
                    cue=_opt_str(q.get("cue"), f"quotes[{i}].cue", path),
                    paragraph=paragraph,
                )
            )

    events = None
    raw_events = _items(data, "events", path)
    if raw_events is not None:
        events = []
        for i, e in enumerate(raw_events):
            kind = e.get("kind")
            if kind not in EVENT_FAMILIES:
                raise GoldFormatError(
                    f"{path}: events[{i}].kind must be one of {', '.join(EVENT_FAMILIES)} (got {kind!r})."
                )
            participants = e.get("participants")
            if not isinstance(participants, list) or not all(isinstance(p, str) for p in participants):
                raise GoldFormatError(f"{path}: events[{i}].participants must be a list of names.")
            date = e.get("date")
            try:
                date = validate_date(date) if date is not None else None
            except InvalidDateError as exc:
                raise GoldFormatError(f"{path}: events[{i}].date: {exc.user_message}") from None
            events.append(
                GoldEvent(
                    kind=kind,
                    participants=list(participants),
                    date=date,
                    date_text=_opt_str(e.get("date_text"), f"events[{i}].date_text", path),
                    status=_opt_str(e.get("status"), f"events[{i}].status", path),
                    location=_opt_str(e.get("location"), f"events[{i}].location", path),
                    duration=e.get("duration"),
                    evidence=_opt_str(e.get("evidence"), f"events[{i}].evidence", path),
                )
            )

    positions = None
    raw_positions = _items(data, "positions", path)
    if raw_positions is not None:
        positions = []
        for i, p in enumerate(raw_positions):
            stance = p.get("stance")
            if stance is not None and stance not in STANCES:
                raise GoldFormatError(f"{path}: positions[{i}].stance must be one of {', '.join(STANCES)} (got {stance!r}).")
            positions.append(
                GoldPosition(
                    actor=_req_str(p.get("actor"), f"positions[{i}].actor", path),
                    topic=_req_str(p.get("topic"), f"positions[{i}].topic", path),
                    stance=stance,
                    evidence=_opt_str(p.get("evidence"), f"positions[{i}].evidence", path),
                )
            )

    ignore = data.get("ignore_paragraphs", [])
    if not isinstance(ignore, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in ignore):
        raise GoldFormatError(f"{path}: 'ignore_paragraphs' must be a list of paragraph indexes.")

    article = _load_article_for(path, path.parent / article_name, published)
    return Gold(
        path=path,
        format="json",
        article=article,
        quotes=quotes,
        events=events,
        positions=positions,
        ignore_paragraphs=frozenset(ignore),
    )


def read_metadata_dates(folder: Path) -> dict[str, str | None]:
    """``{file stem: publication date}`` from ``folder/metadata.tsv`` (PolNeAR's columns ``filename``
    and ``publication_date``); ``{}`` when there is no such file. Raises :class:`GoldFormatError` when
    the file lacks those columns or holds an invalid date."""
    meta = folder / "metadata.tsv"
    if not meta.is_file():
        return {}
    dates: dict[str, str | None] = {}
    with open(meta, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if not reader.fieldnames or "filename" not in reader.fieldnames or "publication_date" not in reader.fieldnames:
            raise GoldFormatError(f"{meta}: needs the tab-separated columns 'filename' and 'publication_date'.")
        for n, row in enumerate(reader, 2):
            value = (row.get("publication_date") or "").strip()
            if value.lower() in ("", "none", "null", "unknown"):
                value = None
            try:
                dates[(row.get("filename") or "").strip()] = validate_date(value)
            except InvalidDateError as exc:
                raise GoldFormatError(f"{meta}, line {n}: {exc.user_message}") from None
    return dates


_BRAT_OFFSETS = re.compile(r"^\d+ \d+(?:;\d+ \d+)*$")


def _load_brat_gold(path: Path) -> Gold:
    txt = path.with_suffix(".txt")
    if not txt.is_file():
        raise GoldFormatError(f"{path}: the article '{txt.name}' is not beside it.")
    published = read_metadata_dates(path.parent).get(path.stem)
    article = _load_article_for(path, txt, published)
    try:
        original = txt.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        original = article.text
    # Parley removes invisible characters and makes odd spaces plain (lib.article.normalise_text):
    # carry the gold offsets into its text
    to_parley = normalised_offsets(original)
    raw = normalise_text(original)
    shift = raw.find(article.text)
    if shift < 0:
        raise GoldFormatError(
            f"{path}: Parley's text of '{txt.name}' differs from the file (it has a header line?); brat offsets cannot be mapped."
        )
    text = article.text
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot be read as UTF-8 text ({exc}).") from None

    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[tuple[str, str, list[tuple[str, str]], int]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        tag = line[0]
        if tag == "T":
            parts = line.split("\t")
            if len(parts) < 2 or " " not in parts[1]:
                raise GoldFormatError(f"{path}, line {n}: a T line needs 'id<TAB>Type start end<TAB>text'.")
            label, offsets = parts[1].split(" ", 1)
            if not _BRAT_OFFSETS.match(offsets.strip()):
                raise GoldFormatError(f"{path}, line {n}: bad offsets {offsets!r} (expected 'start end' or 'a b;c d').")
            frags = []
            for frag in offsets.strip().split(";"):
                a, b = (int(x) for x in frag.split())
                if 0 <= a < len(to_parley) and 0 <= b < len(to_parley):
                    a, b = to_parley[a], to_parley[b]
                a, b = a - shift, b - shift
                if a > b or a < 0 or b > len(text):
                    raise GoldFormatError(
                        f"{path}, line {n}: span {frag} lies outside the article text ({len(text) + shift} characters)."
                    )
                frags.append((a, b))
            given = parts[2] if len(parts) > 2 else None
            actual = " ".join(text[a:b] for a, b in frags)
            if given is not None and " ".join(normalise_text(given).split()) != " ".join(actual.split()):
                raise GoldFormatError(
                    f"{path}, line {n}: {parts[0]} says {given[:40]!r} but the article has {actual[:40]!r} there; "
                    f"the .ann does not belong to this .txt."
                )
            spans[parts[0]] = (label, frags, actual)
        elif tag == "E":
            parts = line.split("\t")
            if len(parts) < 2 or not parts[1].strip():
                raise GoldFormatError(f"{path}, line {n}: an E line needs 'id<TAB>Type:Tn Role:Tm ...'.")
            args = parts[1].split()
            roles = []
            for arg in args[1:]:
                if ":" not in arg:
                    raise GoldFormatError(f"{path}, line {n}: bad argument {arg!r} (expected Role:Tn).")
                role, ref = arg.split(":", 1)
                roles.append((role, ref))
            events.append((parts[0], args[0], roles, n))
        elif tag in "ARNM*#":
            continue
        else:
            raise GoldFormatError(f"{path}, line {n}: not a brat annotation line (T, E, A, R, N, M, * or #).")

    attributions: list[GoldAttribution] = []
    cues = speech_cues()
    for eid, _trigger, roles, n in events:
        content_spans: list[tuple[int, int]] = []
        contents: list[str] = []
        source_spans: list[tuple[int, int]] = []
        source = cue = None
        cue_spans: list[tuple[int, int]] = []
        for role, ref in roles:
            if ref not in spans:
                raise GoldFormatError(f"{path}, line {n}: {eid} refers to {ref}, which is not defined.")
            _label, frags, span_text = spans[ref]
            base = re.sub(r"\d+$", "", role)
            if base == "Content":
                content_spans.extend(frags)
                contents.append(span_text)
            elif base == "Source":
                source_spans.extend(frags)
                source = span_text if source is None else f"{source} {span_text}"
            elif base == "Cue":
                cue_spans.extend(frags)
                cue = span_text if cue is None else f"{cue} {span_text}"
        if not content_spans:
            continue  # an attribution without content cannot be compared with a quotation
        content = " ".join(contents)
        speech = (
            is_speech_cue(cue, cues)
            or any(ch in content for ch in DOUBLE_QUOTES)
            or bool(cue and cue.strip() and not re.search(r"[^\W\d_]", cue))  # ":" "―" credits
        )
        kind = "direct" if content.lstrip()[:1] in OPENING_MARKS and content.strip() else "indirect"
        attributions.append(
            GoldAttribution(
                aid=eid,
                content_spans=sorted(content_spans),
                content=content,
                source_spans=sorted(source_spans),
                source=source,
                cue_spans=sorted(cue_spans),
                cue=cue,
                speech=speech,
                kind=kind,
            )
        )
    _classify_sources(attributions, text)
    discard = [f for label, frags, _t in spans.values() if label == "Discard" for f in frags]
    return Gold(path=path, format="brat", article=article, attributions=attributions, discard_spans=discard)


def _source_words(source: str | None) -> list[str]:
    """Source tokens minus pronouns, determiners and honorifics, keeping case (for the named test)."""
    words = re.findall(r"[^\W_]+", source or "")
    return [w for w in words if w.lower() not in PRONOUNS | DETERMINERS | HONORIFICS and w.lower() != "s"]


def _is_named(source: str | None) -> bool:
    """A source is *named* when its head word — the last word before a lowercase preposition or
    relative word, possessive dropped — is capitalised and not a pronoun or determiner: "Mr. Clarke",
    "WALLACE", "Chicago Police Department"; not "The Republican presidential nominee" or "Donald
    Trump’s campaign" (descriptions whose head is lowercase)."""
    words = (source or "").replace("’", "'").split()
    for i, word in enumerate(words[1:], 1):
        if word in _CUT_WORDS:
            words = words[:i]
            break
    words = [w for w in (re.sub(r"'s$", "", w.strip(",.;:()\"“”")) for w in words) if word_tokens(w)]
    if not words:
        return False
    head = words[-1]
    return head[:1].isupper() and head.lower() not in PRONOUNS | DETERMINERS


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,?\s*$")


_SEGMENT_SPLIT = re.compile(r"[,;()\[\]]|\s[—–-]{1,2}\s")


def _common_noun_at_start(segment: str, text: str, start: int) -> bool:
    """True for a one-word segment capitalised only because it starts a sentence ("Delegates said")
    while the word also occurs in lowercase in the text (a common noun, not a name)."""
    words = _source_words(segment)
    first = segment.split()[0] if segment.split() else ""
    if len(words) != 1 or words[0] != first.strip("\"“”'‘’") or words[0].isupper() or not words[0][:1].isupper():
        return False
    before = text[:start].rstrip(" \t\"“”'‘’")
    if before and before[-1] not in ".!?:\n":
        return False
    return re.search(rf"(?<!\w){re.escape(words[0].lower())}(?!\w)", text) is not None


def _classify_sources(attributions: list[GoldAttribution], text: str) -> None:
    """Set ``source_kind``, ``source_name`` and ``resolved_source`` (module doc, "Sources (brat)")."""
    ordered = sorted(attributions, key=lambda a: (a.source_spans[0][0] if a.source_spans else a.start))
    for attr in attributions:
        if not attr.source:
            attr.source_kind = "none"
            continue
        if not _source_words(attr.source):
            attr.source_kind = "pronoun"
            continue
        segments = [seg.strip() for seg in _SEGMENT_SPLIT.split(attr.source) if _source_words(seg)]
        named = next(
            (seg for i, seg in enumerate(segments)
             if _is_named(seg) and not (i == 0 and _common_noun_at_start(seg, text, attr.source_spans[0][0]))),
            None,
        )
        attr.source_kind = "named" if named else "description"
        attr.source_name = named or (segments[0] if segments else attr.source)
    first_person = []
    for attr in attributions:
        tokens = word_tokens(attr.source)
        first = tokens[0] if tokens else ""
        if attr.source_kind == "description" and first == "the":
            attr.resolved_source = _nearest_named(attr, ordered)
        elif attr.source_kind != "pronoun":
            continue
        elif first in FIRST_PERSON:
            first_person.append(attr)
        elif first in RELATIVE:
            start = attr.source_spans[0][0]
            match = _NAME_BEFORE.search(text[max(0, start - 80):start])
            if match and _is_named(match.group(1)):
                attr.resolved_source = match.group(1)
        elif first != "you":
            attr.resolved_source = _nearest_named(attr, ordered, _PRONOUN_GENDER.get(first), text)
    for attr in first_person:  # "I" inside a quotation = the quotation's source
        spot = attr.source_spans[0][0]
        enclosing = [
            other for other in attributions
            if other is not attr and any(a <= spot < b for a, b in other.content_spans)
            and (other.source_kind == "named" or other.resolved_source)
        ]
        if enclosing:
            inner = min(enclosing, key=lambda o: sum(b - a for a, b in o.content_spans))
            attr.resolved_source = inner.source_name if inner.source_kind == "named" else inner.resolved_source


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _name_gender(name: str, text: str) -> str | None:
    """Gender a reader gives a named source: its honorific ("Mr. Clarke"), else its first name
    (data/first_names.toml), else an honorific or a listed first name used with its last word
    elsewhere in ``text`` ("Mrs. Clinton", "Barack Obama"); None when none says or they disagree."""
    from lib import lexicons

    honorifics = lexicons.roles()["honorifics"]
    words = name.replace("’", "'").split()
    if not words:
        return None
    if words[0] in honorifics and honorifics[words[0]]:
        return honorifics[words[0]]
    gender = lexicons.first_name_genders().get(words[0])
    if gender:
        return gender
    last = re.sub(r"'s$", "", words[-1]).strip(",.")
    seen = {honorifics[h] for h in re.findall(rf"\b(Mr\.?|Mrs\.?|Ms\.?|Miss|Sir)\s+{re.escape(last)}\b", text) if honorifics.get(h)}
    # or the first name the text gives that surname ("Obama" ... "Barack Obama")
    names = lexicons.first_name_genders()
    seen |= {names[w] for w in re.findall(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(last)}\b", text) if names.get(w)}
    return seen.pop() if len(seen) == 1 else None


def _nearest_named(attr: GoldAttribution, ordered: list[GoldAttribution], gender: str | None = None, text: str = "") -> str | None:
    """The named part of the Source of the nearest attribution before ``attr`` (by source offset)
    whose Source is named — for he/she (``gender`` 'm'/'f'), the nearest whose gender, when the
    text tells it (:func:`_name_gender`), agrees: "she" never resolves to "Mr. Obama"."""
    spot = attr.source_spans[0][0] if attr.source_spans else attr.start
    best = None
    for other in ordered:
        other_spot = other.source_spans[0][0] if other.source_spans else other.start
        if other_spot >= spot:
            break
        if other is not attr and other.source_kind == "named":
            if gender and _name_gender(other.source_name or "", text) not in (None, gender):
                continue
            best = other.source_name
    return best


def source_right(attr: GoldAttribution, predicted_speaker: Any) -> bool | None:
    """Source rule for a brat attribution (module doc). None when the source is not scored
    (no Source, or a pronoun that could not be resolved)."""
    preds = _split_names(predicted_speaker)
    pred_tokens = {stem(t) for p in preds for t in word_tokens(p)}

    def named_hit(source: str) -> bool:
        words = [w for w in _source_words(source) if len(w) > 1]  # initials, "R" of "R-Wis." never decide
        capital = [w for w in words if w[:1].isupper() and w.lower() not in TITLES]
        pool = capital or words
        return any(stem(w.lower()) in pred_tokens for w in pool) or any(_acronym_match(source, p) for p in preds)

    if attr.source_kind == "none":
        return None
    if attr.source_kind == "pronoun":
        if not attr.resolved_source:
            return None
        return bool(pred_tokens) and named_hit(attr.resolved_source)
    if not pred_tokens:
        return False
    if attr.source_kind == "named":
        return named_hit(attr.source_name or attr.source or "")
    for conjunct in re.split(r"\s+(?:and|or|&)\s+", attr.source_name or attr.source or ""):
        key = name_key(" ".join(_source_words(conjunct)))
        if key and all(k in pred_tokens for k in key):
            return True
    return bool(attr.resolved_source) and named_hit(attr.resolved_source)


# --------------------------------------------------------------------------------------------
# Matching helpers
# --------------------------------------------------------------------------------------------


def _greedy(candidates: list[tuple]) -> list[tuple[int, tuple[int, ...], float]]:
    """One-to-one greedy matching. ``candidates``: (score, tiebreak, gold_index, pred_indexes).
    Highest score first, then smallest tiebreak, then article order. Returns (gold, preds, score)."""
    candidates = sorted(candidates, key=lambda c: (-c[0], c[1], c[2], c[3]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = []
    for score, _tb, gi, pis in candidates:
        if gi in used_gold or any(p in used_pred for p in pis):
            continue
        used_gold.add(gi)
        used_pred.update(pis)
        out.append((gi, tuple(pis), score))
    return out


def _ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _rows(frame: pd.DataFrame | None) -> list[dict]:
    if frame is None or len(frame) == 0:
        return []
    from lib.tables import records

    return records(frame)


def _int_or_none(value: Any) -> int | None:
    try:
        if value is None or pd.isna(value):
            return None
    except (TypeError, ValueError):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _short(text: Any, limit: int = 160) -> str | None:
    if text is None:
        return None
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# Quotations (JSON gold)
# --------------------------------------------------------------------------------------------


def _empty_quote_counts() -> dict[str, dict[str, int]]:
    keys = ("gold", "predicted", "matched", "speaker_scored", "speaker_right")
    counts = {kind: dict.fromkeys(keys, 0) for kind in (*QUOTE_KINDS, "in_marks")}
    counts["indirect"]["excluded"] = 0
    counts["indirect"]["phrase"] = 0
    counts["in_marks"]["label_agree"] = 0
    return counts


def quote_figures(counts: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, float | None]]:
    """Figures from quotation counts: per kind and ``in_marks``: precision, recall, f1,
    speaker_accuracy (+ label_agreement for in_marks); ``all``: speaker accuracy over the in-marks and
    indirect matches together."""
    out: dict[str, dict[str, float | None]] = {}
    for kind, c in counts.items():
        scored_pred = c["predicted"] - c.get("excluded", 0) - c.get("phrase", 0)
        p = _ratio(c["matched"], scored_pred)
        r = _ratio(c["matched"], c["gold"])
        fig = {"precision": p, "recall": r, "f1": _f1(p, r), "speaker_accuracy": _ratio(c["speaker_right"], c["speaker_scored"])}
        if "phrase" in c:
            # the same precision with phrase-content rows counted as false positives
            fig["precision_with_phrase_rows"] = _ratio(c["matched"], c["predicted"] - c.get("excluded", 0))
        if "label_agree" in c:
            fig["label_agreement"] = _ratio(c["label_agree"], c["matched"])
        out[kind] = fig
    right = counts["in_marks"]["speaker_right"] + counts["indirect"]["speaker_right"]
    scored = counts["in_marks"]["speaker_scored"] + counts["indirect"]["speaker_scored"]
    out["all"] = {"speaker_accuracy": _ratio(right, scored)}
    return out


def score_quotes(
    gold: Sequence[GoldQuote],
    predicted: pd.DataFrame | None,
    *,
    ignore_paragraphs: Iterable[int] = (),
    index: Countries | None = None,
) -> dict[str, Any]:
    """Score predicted quotations against JSON gold quotations (rules in the module doc).

    Args:
        gold: the gold quotations.
        predicted: a ``quotes`` table (:mod:`lib.schema`; uses kind, speaker, speakers, text,
            paragraph, quote_id); rows of another kind or with empty text are ignored.
        ignore_paragraphs: predicted rows starting in these paragraphs are dropped.
    Returns:
        ``{"counts": {kind|"in_marks": {gold, predicted, matched, speaker_scored, speaker_right,
        [excluded], [label_agree]}}, "figures": quote_figures(counts), "errors": {missed,
        false_positives, excluded, wrong_speaker, wrong_label}}`` (error items are dicts).
    """
    index = index if index is not None else countries()
    ignore = set(ignore_paragraphs)
    preds = [
        row for row in _rows(predicted)
        if row.get("kind") in QUOTE_KINDS and word_tokens(row.get("text"))
        and _int_or_none(row.get("paragraph")) not in ignore
    ]
    gtoks = [word_tokens(g.text) for g in gold]
    ptoks = [word_tokens(p.get("text")) for p in preds]

    def pred_speaker(p: Mapping) -> Any:
        names = _split_names(p.get("speaker")) + _split_names(p.get("speakers"))
        return names or None

    def para_dist(gi: int, pi: int) -> int:
        gp, pp = gold[gi].paragraph, _int_or_none(preds[pi].get("paragraph"))
        return abs(gp - pp) if gp is not None and pp is not None else 10**6

    def match(gsel: list[int], psel: list[int], threshold: float):
        candidates = []
        for gi in gsel:
            for pi in psel:
                d = dice(gtoks[gi], ptoks[pi])
                if d >= threshold:
                    candidates.append((d, para_dist(gi, pi), gi, (pi,)))
        return [(gi, pis[0], score) for gi, pis, score in _greedy(candidates)]

    counts = _empty_quote_counts()
    errors: dict[str, list] = {"missed": [], "false_positives": [], "excluded": [], "wrong_speaker": [], "wrong_label": []}

    def g_item(gi: int) -> dict:
        g = gold[gi]
        return {"kind": g.kind, "speaker": g.speaker, "paragraph": g.paragraph, "text": _short(g.text)}

    def p_item(pi: int) -> dict:
        p = preds[pi]
        return {
            "quote_id": p.get("quote_id"), "kind": p.get("kind"), "speaker": p.get("speaker"),
            "paragraph": _int_or_none(p.get("paragraph")), "text": _short(p.get("text")),
        }

    def tally(section: str, gsel: list[int], psel: list[int], pairs, record_errors: bool) -> set[int]:
        c = counts[section]
        c["gold"] += len(gsel)
        c["predicted"] += len(psel)
        c["matched"] += len(pairs)
        for gi, pi, score in pairs:
            verdict = speaker_right(gold[gi].speaker, pred_speaker(preds[pi]), index)
            if verdict is not None:
                c["speaker_scored"] += 1
                c["speaker_right"] += int(verdict)
                if record_errors and not verdict:
                    errors["wrong_speaker"].append(
                        {"gold_speaker": gold[gi].speaker, "predicted_speaker": preds[pi].get("speaker"),
                         "kind": gold[gi].kind, "paragraph": gold[gi].paragraph, "text": _short(gold[gi].text, 80)}
                    )
            if section == "in_marks":
                agree = gold[gi].kind == preds[pi].get("kind")
                c["label_agree"] += int(agree)
                if record_errors and not agree:
                    errors["wrong_label"].append(
                        {"gold_kind": gold[gi].kind, "predicted_kind": preds[pi].get("kind"),
                         "paragraph": gold[gi].paragraph, "text": _short(gold[gi].text, 80), "dice": round(score, 3)}
                    )
        matched_g = {gi for gi, _pi, _s in pairs}
        matched_p = {pi for _gi, pi, _s in pairs}
        if record_errors:
            errors["missed"].extend(g_item(gi) for gi in gsel if gi not in matched_g)
        return matched_p

    by_kind_g = {k: [i for i, g in enumerate(gold) if g.kind == k] for k in QUOTE_KINDS}
    by_kind_p = {k: [i for i, p in enumerate(preds) if p.get("kind") == k] for k in QUOTE_KINDS}

    for kind in ("direct", "partial"):
        pairs = match(by_kind_g[kind], by_kind_p[kind], THRESHOLDS[kind])
        tally(kind, by_kind_g[kind], by_kind_p[kind], pairs, record_errors=False)

    marks_g = by_kind_g["direct"] + by_kind_g["partial"]
    marks_p = by_kind_p["direct"] + by_kind_p["partial"]
    pairs = match(marks_g, marks_p, THRESHOLDS["direct"])
    matched_p = tally("in_marks", sorted(marks_g), sorted(marks_p), pairs, record_errors=True)
    errors["false_positives"].extend(p_item(pi) for pi in sorted(marks_p) if pi not in matched_p)

    pairs = match(by_kind_g["indirect"], by_kind_p["indirect"], THRESHOLDS["indirect"])
    matched_p = tally("indirect", by_kind_g["indirect"], by_kind_p["indirect"], pairs, record_errors=True)
    for pi in by_kind_p["indirect"]:
        if pi in matched_p:
            continue
        pp = _int_or_none(preds[pi].get("paragraph"))
        covering = [
            gi for gi in by_kind_g["partial"]
            if _contains_run(ptoks[pi], gtoks[gi])
            and (gold[gi].paragraph is None or pp is None or gold[gi].paragraph == pp)
        ]
        if covering:
            counts["indirect"]["excluded"] += 1
            errors["excluded"].append({**p_item(pi), "contains_partial": _short(gold[covering[0]].text, 80)})
        elif preds[pi].get("form") == "phrase":
            counts["indirect"]["phrase"] += 1
            errors.setdefault("phrase_rows", []).append(p_item(pi))
        else:
            errors["false_positives"].append(p_item(pi))
    return {"counts": counts, "figures": quote_figures(counts), "errors": errors}


# --------------------------------------------------------------------------------------------
# Speech attributions (brat gold)
# --------------------------------------------------------------------------------------------

_ATTR_KEYS = (
    "gold", "gold_direct", "gold_indirect", "gold_not_speech", "predicted", "matched_gold",
    "matched_gold_direct", "matched_gold_indirect", "matched_predicted", "neutral", "source_scored",
    "source_right", "source_skipped", "source_resolved",
)


def attribution_figures(c: Mapping[str, int]) -> dict[str, float | None]:
    """Figures from attribution counts: recall, precision, f1, source_accuracy, direct_recall,
    indirect_recall."""
    p = _ratio(c["matched_predicted"], c["predicted"] - c["neutral"])
    r = _ratio(c["matched_gold"], c["gold"])
    return {
        "recall": r,
        "precision": p,
        "f1": _f1(p, r),
        "source_accuracy": _ratio(c["source_right"], c["source_scored"]),
        "direct_recall": _ratio(c["matched_gold_direct"], c["gold_direct"]),
        "indirect_recall": _ratio(c["matched_gold_indirect"], c["gold_indirect"]),
    }


class _TokenIndex:
    """Token positions of a text, to turn character spans into sets of token indexes."""

    def __init__(self, text: str) -> None:
        self.spans = token_spans(text)
        self.starts = [s for s, _e in self.spans]
        self.ends = [e for _s, e in self.spans]

    def tokens(self, frags: Iterable[tuple[int, int]]) -> frozenset[int]:
        """Indexes of the tokens overlapping any (start, end) fragment."""
        out: set[int] = set()
        for a, b in frags:
            lo = bisect.bisect_right(self.ends, a)  # first token ending after a
            hi = bisect.bisect_left(self.starts, b)  # tokens starting before b
            out.update(range(lo, hi))
        return frozenset(out)


def score_attributions(
    gold: Sequence[GoldAttribution],
    predicted: pd.DataFrame | None,
    text: str,
    *,
    discard_spans: Sequence[tuple[int, int]] = (),
) -> dict[str, Any]:
    """Score predicted direct and indirect quotations against brat speech attributions (module doc).

    Args:
        gold: every attribution of the .ann (non-speech ones only make predictions neutral).
        predicted: a ``quotes`` table; direct and indirect rows with valid start/end are used.
        text: the article text both sides' offsets point into.
    Returns:
        ``{"counts": {gold, gold_direct, gold_indirect, gold_not_speech, predicted, matched_gold,
        matched_gold_direct, matched_gold_indirect, matched_predicted, neutral, source_scored,
        source_right, source_skipped, source_resolved}, "figures": attribution_figures(counts),
        "errors": {missed, false_positives, wrong_source, neutral}}``.
    """
    tix = _TokenIndex(text)
    speech = [a for a in gold if a.speech]
    other = [a for a in gold if not a.speech]
    preds = []
    for row in _rows(predicted):
        s, e = _int_or_none(row.get("start")), _int_or_none(row.get("end"))
        if row.get("kind") in ("direct", "indirect") and s is not None and e is not None and 0 <= s < e <= len(text):
            toks = tix.tokens([(s, e)])
            if toks:
                preds.append((row, toks))
    gtoks = [tix.tokens(a.content_spans) for a in speech]

    candidates = []
    for gi, g in enumerate(speech):
        thr = THRESHOLDS[g.kind]
        for pi, (_row, ptok) in enumerate(preds):
            d = dice(gtoks[gi], ptok)
            if d >= thr:
                candidates.append((d, 1, gi, (pi,)))
        group = tuple(pi for pi, (_row, ptok) in enumerate(preds) if len(ptok & gtoks[gi]) * 2 > len(ptok))
        if len(group) >= 2:
            d = dice(gtoks[gi], frozenset().union(*(preds[pi][1] for pi in group)))
            if d >= thr:
                candidates.append((d, len(group), gi, group))
    matches = _greedy(candidates)
    used_g = {gi for gi, _p, _s in matches}
    used_p = {pi for _g, pis, _s in matches for pi in pis}
    for gi, g in enumerate(speech):  # second chance: groups of the rows still free
        if gi in used_g:
            continue
        group = tuple(
            pi for pi, (_row, ptok) in enumerate(preds)
            if pi not in used_p and len(ptok & gtoks[gi]) * 2 > len(ptok)
        )
        if group:
            d = dice(gtoks[gi], frozenset().union(*(preds[pi][1] for pi in group)))
            if d >= THRESHOLDS[g.kind]:
                matches.append((gi, group, d))
                used_g.add(gi)
                used_p.update(group)

    c = dict.fromkeys(_ATTR_KEYS, 0)
    c["gold"] = len(speech)
    c["gold_direct"] = sum(1 for a in speech if a.kind == "direct")
    c["gold_indirect"] = c["gold"] - c["gold_direct"]
    c["gold_not_speech"] = len(other)
    c["predicted"] = len(preds)
    c["matched_gold"] = len(matches)
    c["matched_predicted"] = len(used_p)
    errors: dict[str, list] = {"missed": [], "false_positives": [], "wrong_source": [], "neutral": []}
    for gi, pis, _score in matches:
        g = speech[gi]
        c[f"matched_gold_{g.kind}"] += 1
        speakers: list[str] = []
        for pi in pis:
            row = preds[pi][0]
            speakers += _split_names(row.get("speaker")) + _split_names(row.get("speakers"))
        verdict = source_right(g, speakers or None)
        if g.source_kind == "pronoun":
            if g.resolved_source:
                c["source_resolved"] += 1
            else:
                c["source_skipped"] += 1
        if verdict is None:
            continue
        c["source_scored"] += 1
        c["source_right"] += int(verdict)
        if not verdict:
            errors["wrong_source"].append(
                {"id": g.aid, "gold_source": g.source, "resolved": g.resolved_source,
                 "predicted_speaker": "; ".join(dict.fromkeys(speakers)) or None, "content": _short(g.content, 80)}
            )
    for gi, g in enumerate(speech):
        if gi not in used_g:
            errors["missed"].append(
                {"id": g.aid, "kind": g.kind, "source": g.source, "cue": g.cue, "start": g.start, "content": _short(g.content)}
            )
    other_toks = [tix.tokens(a.content_spans) for a in other] + [tix.tokens([span]) for span in discard_spans]
    for pi, (row, ptok) in enumerate(preds):
        if pi in used_p:
            continue
        item = {"quote_id": row.get("quote_id"), "kind": row.get("kind"), "speaker": row.get("speaker"),
                "start": _int_or_none(row.get("start")), "text": _short(row.get("text"))}
        if any(len(ptok & otok) * 2 > len(ptok) for otok in other_toks):
            c["neutral"] += 1
            errors["neutral"].append(item)
        else:
            errors["false_positives"].append(item)
    return {"counts": c, "figures": attribution_figures(c), "errors": errors}


# --------------------------------------------------------------------------------------------
# Events
# --------------------------------------------------------------------------------------------

_EVENT_KEYS = ("gold", "predicted", "matched", "date_right", "status_right")


def event_figures(c: Mapping[str, int]) -> dict[str, float | None]:
    """Figures from event counts: recall, precision, f1, date_accuracy, status_accuracy."""
    r = _ratio(c["matched"], c["gold"])
    p = _ratio(c["matched"], c["predicted"])
    return {
        "recall": r,
        "precision": p,
        "f1": _f1(p, r),
        "date_accuracy": _ratio(c["date_right"], c["matched"]),
        "status_accuracy": _ratio(c["status_right"], c["matched"]),
    }


def event_family(kind: Any) -> str | None:
    """call | visit | meeting (meeting, summit, talks, negotiations, conference); another kind is its
    own family; None for a null kind."""
    if kind is None or (not isinstance(kind, str) and pd.isna(kind)):
        return None
    kind = str(kind).strip().lower()
    return EVENT_FAMILIES.get(kind, kind)


def predicted_day(row: Mapping) -> str | None:
    """The predicted event's day: its ``date`` when granularity is day (or not given), else None."""
    date = row.get("date")
    if not date or (not isinstance(date, str) and pd.isna(date)):
        return None
    granularity = row.get("granularity")
    if isinstance(granularity, str) and granularity and granularity != "day":
        return None
    return str(date)[:10]


def score_events(
    gold: Sequence[GoldEvent], predicted: pd.DataFrame | None, *, index: Countries | None = None, text: str | None = None
) -> dict[str, Any]:
    """Score predicted events against gold events (module doc, "Events").

    Args:
        predicted: an ``events`` table (kind, participants, date, granularity, status, evidence;
            optionally ``evidence_sentences``, the [start, end] of every mention's sentence).
        text: the article text; with it, a predicted event's evidence is each of its mention
            sentences (the best overlap counts), not only the first.
    Returns:
        ``{"counts": {gold, predicted, matched, date_right, status_right}, "figures":
        event_figures(counts), "errors": {missed, false_positives, wrong_date, wrong_status}}``.
    """
    index = index if index is not None else countries()
    preds = _rows(predicted)
    candidates = []
    for gi, g in enumerate(gold):
        gfam = event_family(g.kind)
        gev = word_tokens(g.evidence)
        for pi, p in enumerate(preds):
            if event_family(p.get("kind")) != gfam:
                continue
            participants = _split_names(p.get("participants"))
            if not all(name_matches(name, participants, index) for name in g.participants):
                continue
            texts = [p.get("evidence")]
            spans = p.get("evidence_sentences")
            if text is not None and isinstance(spans, (list, tuple)):
                texts += [text[int(a):int(b)] for a, b in spans]
            score = max(overlap_coefficient(gev, word_tokens(t)) for t in texts)
            candidates.append((score, 0, gi, (pi,)))
    # overlap 0 still matches (kind and participants decide); the score only orders candidates.
    matches = _greedy(candidates)
    c = dict.fromkeys(_EVENT_KEYS, 0)
    c["gold"], c["predicted"], c["matched"] = len(gold), len(preds), len(matches)
    errors: dict[str, list] = {"missed": [], "false_positives": [], "wrong_date": [], "wrong_status": []}
    for gi, pis, _score in matches:
        g, p = gold[gi], preds[pis[0]]
        day = predicted_day(p)
        if day == g.date:
            c["date_right"] += 1
        else:
            errors["wrong_date"].append(
                {"kind": g.kind, "participants": g.participants, "gold_date": g.date, "gold_date_text": g.date_text,
                 "predicted_date": p.get("date"), "predicted_granularity": p.get("granularity"),
                 "predicted_date_text": p.get("date_text")}
            )
        if (p.get("status") or None) == g.status:
            c["status_right"] += 1
        else:
            errors["wrong_status"].append(
                {"kind": g.kind, "participants": g.participants, "gold_status": g.status, "predicted_status": p.get("status"),
                 "evidence": _short(g.evidence, 80)}
            )
    matched_g = {gi for gi, _p, _s in matches}
    matched_p = {pis[0] for _g, pis, _s in matches}
    errors["missed"] = [
        {"kind": g.kind, "participants": g.participants, "date": g.date, "status": g.status, "evidence": _short(g.evidence)}
        for gi, g in enumerate(gold) if gi not in matched_g
    ]
    errors["false_positives"] = [
        {"event_id": p.get("event_id"), "kind": p.get("kind"), "participants": _split_names(p.get("participants")),
         "date": p.get("date"), "status": p.get("status"), "evidence": _short(p.get("evidence"))}
        for pi, p in enumerate(preds) if pi not in matched_p
    ]
    return {"counts": c, "figures": event_figures(c), "errors": errors}


# --------------------------------------------------------------------------------------------
# Positions
# --------------------------------------------------------------------------------------------

_POSITION_KEYS = ("gold", "predicted", "matched_gold", "matched_predicted", "stance_right")


def position_figures(c: Mapping[str, int]) -> dict[str, float | None]:
    """Figures from position counts: recall, precision, stance_accuracy."""
    return {
        "recall": _ratio(c["matched_gold"], c["gold"]),
        "precision": _ratio(c["matched_predicted"], c["predicted"]),
        "stance_accuracy": _ratio(c["stance_right"], c["matched_gold"]),
    }


def load_topic_labels(path: str | Path | None = None) -> dict[str, str]:
    """``{topic id (lowercase): label}`` from ``data/topics.toml`` (any table or array of tables with
    ``id``/``label`` keys, or tables keyed by id with a ``label``). ``{}`` if missing or unreadable."""
    path = Path(path) if path else DATA_DIR / "topics.toml"
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    labels: dict[str, str] = {}

    def walk(node: Any, key: str | None = None) -> None:
        if isinstance(node, dict):
            label = node.get("label") or node.get("name")
            ident = node.get("id") or key
            if isinstance(label, str) and isinstance(ident, str):
                labels[ident.lower()] = label
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data)
    return labels


_TOPIC_LABELS: dict[str, str] | None = None


def _topic_labels() -> dict[str, str]:
    global _TOPIC_LABELS
    if _TOPIC_LABELS is None:
        _TOPIC_LABELS = load_topic_labels()
    return _TOPIC_LABELS


def content_stems(text: str | None) -> set[str]:
    """Stemmed content words of ``text`` (stopwords and 1-letter tokens removed)."""
    return {stem(t) for t in word_tokens(text) if t not in STOPWORDS and len(t) > 1}


def texts_overlap(a: str | None, b: str | None) -> float:
    """Topic text-overlap score of two texts: 1.0 when one contains the other (every token of the
    shorter, at least 3 tokens, is in the longer), else their Dice if >= 0.5, else 0.0."""
    ta, tb = word_tokens(a), word_tokens(b)
    if not ta or not tb:
        return 0.0
    if min(len(ta), len(tb)) >= 3 and overlap_coefficient(ta, tb) == 1.0:
        return 1.0
    d = dice(ta, tb)
    return d if d >= 0.5 else 0.0


def score_positions(
    gold: Sequence[GoldPosition],
    predicted: pd.DataFrame | None,
    text: str = "",
    *,
    index: Countries | None = None,
    topic_labels: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Score predicted positions against gold positions (module doc, "Positions").

    Args:
        predicted: a ``positions`` table (actor, topic, stance, claim, start, end, evidence list).
        text: the article text, to read the predicted spans (optional).
    Returns:
        ``{"counts": {gold, predicted, matched_gold, matched_predicted, stance_right}, "figures":
        position_figures(counts), "errors": {missed, wrong_stance, unmatched_predicted}}``.
    """
    index = index if index is not None else countries()
    labels = topic_labels if topic_labels is not None else _topic_labels()
    preds = _rows(predicted)

    def span_text(s: Any, e: Any) -> str | None:
        s, e = _int_or_none(s), _int_or_none(e)
        if text and s is not None and e is not None and 0 <= s < e <= len(text):
            return text[s:e]
        return None

    prepared = []
    for p in preds:
        texts: list[tuple[str | None, str | None]] = [(p.get("claim"), None), (span_text(p.get("start"), p.get("end")), None)]
        evidence = p.get("evidence")
        if isinstance(evidence, (list, tuple)):
            for item in evidence:
                if isinstance(item, Mapping):
                    stance = item.get("stance")
                    texts.append((item.get("claim"), stance))
                    texts.append((span_text(item.get("start"), item.get("end")), stance))
        topic = str(p.get("topic") or "")
        topic_words = content_stems(topic) | content_stems(labels.get(topic.lower(), ""))
        prepared.append((p, [t for t in texts if t[0]], topic_words))

    c = dict.fromkeys(_POSITION_KEYS, 0)
    c["gold"], c["predicted"] = len(gold), len(preds)
    errors: dict[str, list] = {"missed": [], "wrong_stance": [], "unmatched_predicted": []}
    used_p: set[int] = set()
    for g in gold:
        g_topic = content_stems(g.topic)
        best = None
        for pi, (p, texts, topic_words) in enumerate(prepared):
            if not name_matches(g.actor, _split_names(p.get("actor")), index):
                continue
            overlaps = [(texts_overlap(g.evidence, t), stance) for t, stance in texts]
            text_score, item_stance = max(overlaps, key=lambda x: x[0], default=(0.0, None))
            shared = len(g_topic & topic_words)
            if text_score == 0.0 and shared == 0:
                continue
            key = (text_score, shared, -pi)
            if best is None or key > best[0]:
                best = (key, pi, item_stance if text_score > 0 else None)
        if best is None:
            errors["missed"].append({"actor": g.actor, "topic": g.topic, "stance": g.stance, "evidence": _short(g.evidence)})
            continue
        _key, pi, item_stance = best
        used_p.add(pi)
        c["matched_gold"] += 1
        p = prepared[pi][0]
        stance = item_stance or p.get("stance")
        if stance == g.stance:
            c["stance_right"] += 1
        else:
            errors["wrong_stance"].append(
                {"actor": g.actor, "topic": g.topic, "gold_stance": g.stance, "predicted_stance": stance,
                 "predicted_topic": p.get("topic"), "evidence": _short(g.evidence, 80)}
            )
    c["matched_predicted"] = len(used_p)
    errors["unmatched_predicted"] = [
        {"position_id": p.get("position_id"), "actor": p.get("actor"), "topic": p.get("topic"), "stance": p.get("stance"),
         "claim": _short(p.get("claim"))}
        for pi, (p, _t, _w) in enumerate(prepared) if pi not in used_p
    ]
    return {"counts": c, "figures": position_figures(c), "errors": errors}


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------

SECTIONS = ("quotes", "speech", "events", "positions")
_FIGURES: dict[str, Callable[[Mapping], dict]] = {
    "quotes": quote_figures,
    "speech": attribution_figures,
    "events": event_figures,
    "positions": position_figures,
}


@dataclass
class FileReport:
    """The scores of one gold file.

    Attributes:
        gold: path of the gold file. article_id: the article's id. format: "json" | "brat".
        published: the publication date used. raised: the error message when Parley's analysis
        raised (then predictions were empty), else None. sections: ``{"quotes"|"speech"|"events"|
        "positions": {"counts", "figures", "errors"}}`` for the sections this gold annotates.
    """

    gold: str
    article_id: str
    format: str
    published: str | None
    raised: str | None = None
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self, errors: bool = True) -> dict[str, Any]:
        """JSON-ready dict: gold, article_id, format, published, raised, and per section counts and
        figures (and errors when ``errors``)."""
        out: dict[str, Any] = {
            "gold": self.gold, "article_id": self.article_id, "format": self.format,
            "published": self.published, "raised": self.raised,
        }
        for name in SECTIONS:
            if name in self.sections:
                sec = self.sections[name]
                out[name] = {"counts": sec["counts"], "figures": sec["figures"]}
                if errors:
                    out[name]["errors"] = sec["errors"]
        return out


def _sum_counts(values: list[Mapping]) -> dict:
    total: dict = {}
    for counts in values:
        for key, value in counts.items():
            if isinstance(value, Mapping):
                total[key] = _sum_counts([total.get(key, {}), value])
            else:
                total[key] = total.get(key, 0) + value
    return total


@dataclass
class EvaluationReport:
    """Scores of several gold files.

    Attributes:
        per_file: list of :class:`FileReport`, in the order the gold files were given.
        overall: ``{"files": n, "raised": n, "quotes"|"speech"|"events"|"positions": {"files": n,
        "counts": summed counts, "figures": micro-averaged figures}}`` for each section present.
    """

    per_file: list[FileReport]
    overall: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.overall:
            self.overall = self._overall()

    def _overall(self) -> dict[str, Any]:
        out: dict[str, Any] = {"files": len(self.per_file), "raised": sum(1 for f in self.per_file if f.raised)}
        for name in SECTIONS:
            present = [f.sections[name]["counts"] for f in self.per_file if name in f.sections]
            if present:
                counts = _sum_counts(present)
                out[name] = {"files": len(present), "counts": counts, "figures": _FIGURES[name](counts)}
        return out

    def to_dict(self, errors: bool = True) -> dict[str, Any]:
        """``{"overall": ..., "files": [FileReport.to_dict()...], "rules": thresholds}``."""
        return {
            "overall": self.overall,
            "files": [f.to_dict(errors) for f in self.per_file],
            "rules": {
                "dice_direct": THRESHOLDS["direct"], "dice_partial": THRESHOLDS["partial"],
                "dice_indirect": THRESHOLDS["indirect"], "averaging": "micro (counts summed over files)",
                "details": "lib/evaluate.py module docstring",
            },
        }

    def to_json(self, errors: bool = True, indent: int | None = 2) -> str:
        """:meth:`to_dict` as a JSON string (UTF-8 characters kept)."""
        return json.dumps(self.to_dict(errors), indent=indent, ensure_ascii=False)

    def to_table(self, errors: bool = False) -> str:
        """A readable plain-text report: per-file and overall figures per section; with ``errors``
        the misses and false positives of each file follow."""
        return _format_table(self, errors)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    body = [r for r in rows if r[:1] != ["__rule__"]]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]
    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()
    out = [line(headers), line(["-" * w for w in widths])]
    for r in rows:
        if r and r[0] == "__rule__":
            out.append(line(["-" * w for w in widths]))
        else:
            out.append(line(r))
    return out


def _name(f: FileReport, limit: int = 44) -> str:
    stem = Path(f.gold).stem + (" (raised)" if f.raised else "")
    return stem if len(stem) <= limit else stem[: limit - 1] + "…"


def _format_table(report: EvaluationReport, errors: bool) -> str:
    lines: list[str] = []
    ov = report.overall
    lines.append(f"Parley evaluation: {ov['files']} gold file(s); analysis raised on {ov['raised']}.")

    files = [f for f in report.per_file if "quotes" in f.sections]
    if files:
        lines += ["", "Quotations (JSON gold; Dice >= 0.7 in marks, >= 0.5 indirect)"]
        headers = ["file", "gold", "pred", "marks P", "R", "F1", "label", "spk", "indir P", "R", "F1", "spk", "excl"]
        rows = []
        def quote_row(name: str, counts: Mapping, figs: Mapping) -> list[str]:
            m, i = figs["in_marks"], figs["indirect"]
            gold = counts["in_marks"]["gold"] + counts["indirect"]["gold"]
            pred = counts["in_marks"]["predicted"] + counts["indirect"]["predicted"]
            return [name, str(gold), str(pred), _fmt(m["precision"]), _fmt(m["recall"]), _fmt(m["f1"]),
                    _fmt(m["label_agreement"]), _fmt(m["speaker_accuracy"]), _fmt(i["precision"]), _fmt(i["recall"]),
                    _fmt(i["f1"]), _fmt(i["speaker_accuracy"]), str(counts["indirect"]["excluded"])]
        for f in files:
            sec = f.sections["quotes"]
            rows.append(quote_row(_name(f), sec["counts"], sec["figures"]))
        rows.append(["__rule__"])
        rows.append(quote_row("overall", ov["quotes"]["counts"], ov["quotes"]["figures"]))
        lines += _table(headers, rows)
        lines += ["", "Quotations by kind (overall)"]
        headers = ["kind", "gold", "pred", "matched", "precision", "recall", "F1", "speaker acc"]
        rows = []
        counts, figs = ov["quotes"]["counts"], ov["quotes"]["figures"]
        for kind in ("direct", "partial", "indirect", "in_marks"):
            c, fg = counts[kind], figs[kind]
            label = {"in_marks": "in marks (direct+partial)"}.get(kind, kind)
            rows.append([label, str(c["gold"]), str(c["predicted"] - c.get("excluded", 0) - c.get("phrase", 0)), str(c["matched"]),
                         _fmt(fg["precision"]), _fmt(fg["recall"]), _fmt(fg["f1"]), _fmt(fg["speaker_accuracy"])])
        lines += _table(headers, rows)
        lines.append(
            f"speaker accuracy, all matched quotations: {_fmt(figs['all']['speaker_accuracy'])}; "
            f"label agreement in marks: {_fmt(figs['in_marks']['label_agreement'])}; "
            f"indirect rows excluded (they hold a gold partial quote): {counts['indirect']['excluded']}; "
            f"phrase-content rows outside this gold's convention: {counts['indirect'].get('phrase', 0)} "
            f"(indirect precision counting them as false positives: "
            f"{_fmt(figs['indirect'].get('precision_with_phrase_rows'))})"
        )

    files = [f for f in report.per_file if "speech" in f.sections]
    if files:
        lines += ["", "Speech attributions (brat gold; Dice on token positions, >= 0.7 quoted, >= 0.5 reported)"]
        headers = ["file", "gold", "pred", "recall", "precision", "F1", "source acc", "scored", "skipped", "neutral"]
        def speech_row(name: str, c: Mapping, fg: Mapping) -> list[str]:
            return [name, str(c["gold"]), str(c["predicted"]), _fmt(fg["recall"]), _fmt(fg["precision"]), _fmt(fg["f1"]),
                    _fmt(fg["source_accuracy"]), str(c["source_scored"]), str(c["source_skipped"]), str(c["neutral"])]
        rows = [speech_row(_name(f), f.sections["speech"]["counts"], f.sections["speech"]["figures"]) for f in files]
        rows.append(["__rule__"])
        rows.append(speech_row("overall", ov["speech"]["counts"], ov["speech"]["figures"]))
        lines += _table(headers, rows)
        c, fg = ov["speech"]["counts"], ov["speech"]["figures"]
        lines.append(
            f"gold speech attributions {c['gold']} (quoted {c['gold_direct']}, reported {c['gold_indirect']}; "
            f"{c['gold_not_speech']} non-speech attributions left out); recall quoted {_fmt(fg['direct_recall'])}, "
            f"reported {_fmt(fg['indirect_recall'])}; pronoun sources resolved {c['source_resolved']}, "
            f"skipped {c['source_skipped']}"
        )

    files = [f for f in report.per_file if "events" in f.sections]
    if files:
        lines += ["", "Events (kind family and participants must match)"]
        headers = ["file", "gold", "pred", "matched", "recall", "precision", "date acc", "status acc"]
        def event_row(name: str, c: Mapping, fg: Mapping) -> list[str]:
            return [name, str(c["gold"]), str(c["predicted"]), str(c["matched"]), _fmt(fg["recall"]),
                    _fmt(fg["precision"]), _fmt(fg["date_accuracy"]), _fmt(fg["status_accuracy"])]
        rows = [event_row(_name(f), f.sections["events"]["counts"], f.sections["events"]["figures"]) for f in files]
        rows.append(["__rule__"])
        rows.append(event_row("overall", ov["events"]["counts"], ov["events"]["figures"]))
        lines += _table(headers, rows)

    files = [f for f in report.per_file if "positions" in f.sections]
    if files:
        lines += ["", "Positions (actor and topic must match)"]
        headers = ["file", "gold", "pred", "matched", "recall", "precision", "stance acc"]
        def position_row(name: str, c: Mapping, fg: Mapping) -> list[str]:
            return [name, str(c["gold"]), str(c["predicted"]), str(c["matched_gold"]), _fmt(fg["recall"]),
                    _fmt(fg["precision"]), _fmt(fg["stance_accuracy"])]
        rows = [position_row(_name(f), f.sections["positions"]["counts"], f.sections["positions"]["figures"]) for f in files]
        rows.append(["__rule__"])
        rows.append(position_row("overall", ov["positions"]["counts"], ov["positions"]["figures"]))
        lines += _table(headers, rows)

    raised = [f for f in report.per_file if f.raised]
    if raised:
        lines += ["", "Analysis raised on:"] + [f"  {Path(f.gold).name}: {f.raised}" for f in raised]

    if errors:
        for f in report.per_file:
            lines += ["", f"== Errors in {Path(f.gold).name} =="]
            for name in SECTIONS:
                if name not in f.sections:
                    continue
                for kind, items in f.sections[name]["errors"].items():
                    if not items:
                        continue
                    lines.append(f"{name} / {kind.replace('_', ' ')} ({len(items)}):")
                    for item in items:
                        lines.append("  " + "; ".join(f"{k}={v}" for k, v in item.items() if v not in (None, "", [])))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------


def _table_of(predictions: Any, name: str) -> pd.DataFrame | None:
    if predictions is None:
        return None
    if isinstance(predictions, Mapping):
        return predictions.get(name)
    return getattr(predictions, name, None)


class AnalysisTimeout(Exception):
    """Parley's analysis of one article ran longer than the evaluation's per-article time limit."""


def _run_with_timeout(func: Callable[[], Any], seconds: float | None) -> Any:
    """``func()``, interrupted with :class:`AnalysisTimeout` after ``seconds`` (SIGALRM: main thread
    on Unix only; elsewhere, or when ``seconds`` is None or 0, no limit)."""
    import signal
    import threading

    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return func()

    def on_alarm(_signum, _frame):
        raise AnalysisTimeout(f"analysis took longer than {seconds:g} s (stopped)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return func()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def evaluate_gold(
    gold: Gold,
    predictions: Any = None,
    *,
    analyze: Callable[[Article], Any] | None = None,
    timeout: float | None = None,
) -> FileReport:
    """Score one :class:`Gold`.

    ``predictions`` is an :class:`lib.tables.ArticleTables` or a mapping ``{"quotes": DataFrame,
    "events": ..., "positions": ...}``; when None, ``analyze(gold.article)`` computes it (default
    :func:`lib.tables.analyze`), stopped after ``timeout`` seconds if given. If the analysis raises or
    times out, the error is recorded in ``raised`` and the file is scored with empty predictions; a
    :class:`ParleyError` (bad input) propagates.
    """
    raised = None
    if predictions is None:
        if analyze is None:
            from lib.tables import analyze as analyze
        try:
            predictions = _run_with_timeout(lambda: analyze(gold.article), timeout)
        except ParleyError:
            raise
        except Exception as exc:  # a bug in the extraction: score what we can, report it
            raised = f"{type(exc).__name__}: {exc}"
            predictions = {}
    report = FileReport(
        gold=str(gold.path), article_id=gold.article.article_id, format=gold.format,
        published=gold.article.published, raised=raised,
    )
    quotes = _table_of(predictions, "quotes")
    if gold.quotes is not None:
        report.sections["quotes"] = score_quotes(gold.quotes, quotes, ignore_paragraphs=gold.ignore_paragraphs)
    if gold.attributions is not None:
        report.sections["speech"] = score_attributions(
            gold.attributions, quotes, gold.article.text, discard_spans=gold.discard_spans
        )
    if gold.events is not None:
        report.sections["events"] = score_events(gold.events, _table_of(predictions, "events"), text=gold.article.text)
    if gold.positions is not None:
        report.sections["positions"] = score_positions(
            gold.positions, _table_of(predictions, "positions"), gold.article.text
        )
    return report


def evaluate_paths(
    paths: Iterable[str | Path],
    *,
    analyze: Callable[[Article], Any] | None = None,
    progress: Callable[[Path], None] | None = None,
    timeout: float | None = None,
) -> EvaluationReport:
    """Score Parley on gold files or folders (:func:`gold_files`) and return an :class:`EvaluationReport`.

    Every gold file is read and validated before any analysis, so a bad gold file fails fast.
    ``analyze`` (an :class:`Article` -> tables function) defaults to :func:`lib.tables.analyze`;
    ``progress`` is called with each gold path before it is scored; ``timeout`` (seconds) limits
    each article's analysis (see :func:`evaluate_gold`).
    Raises :class:`GoldFormatError` for bad gold (see :func:`load_gold`).
    """
    golds = [load_gold(p) for p in gold_files(paths)]
    reports = []
    for gold in golds:
        if progress:
            progress(gold.path)
        reports.append(evaluate_gold(gold, analyze=analyze, timeout=timeout))
    return EvaluationReport(reports)
