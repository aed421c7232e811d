"""Stated positions: who stands where, on which issue, with the words that show it.

:func:`extract_positions` turns statements into (actor, topic, stance, claim, evidence) rows:

* **statements** — every quotation (direct, partial, indirect; a partial nested in an indirect
  one counts once) and every stance verb with an actor as subject ("Ushakov rejected the
  ceasefire proposal", "Zelensky called for more sanctions", "The UK has welcomed the decision");
* **actor** — the principal: when a spokesperson speaks ("Kremlin spokesman Dmitry Peskov said
  Putin supported ..."), the person the statement is about if it is their stance, else the leader
  of the spokesperson's country named in the article (Putin for the Kremlin), else the speaker; the
  spokesperson stays in ``speaker``;
* **topic** — from ``data/topics.toml`` (keywords a user can edit); a statement on no listed topic
  keeps a short topic phrase from the claim (its object) rather than being dropped;
* **stance** — support, oppose, conditional, mixed or doubtful, read from the claim with its hedges
  and negations (``data/stance.toml``): "no likelihood" opposes, "unlikely" doubts, "some of that
  land will come back" is mixed, "we back it - but there are doubts" is conditional;
  a negative judgement said of an issue opposes it ("Sanctions are a disaster", "a ceasefire was
  impossible"); a denial reverses what it denies ("rejected claims that she opposed the ceasefire"
  supports); "X agreed with Y" takes Y's stance in the same sentence, "X disagreed with Y" the
  reverse (the row's claim and offsets are X's own words, "agreed with President Y"); a claim
  about undoing an issue ("lift sanctions", "abandon the ceasefire": undo_verbs / undo_nouns of
  ``data/stance.toml``, topics marked ``undoable``) is a stance on the issue with the reverse sign:
  "it would be a mistake to lift sanctions" supports sanctions, "wise to lift sanctions" opposes;
  a claim that only mentions an issue ("Sanctions were discussed", "on the agenda": mention_words
  of ``data/stance.toml``) with no stance word gives no row, since no stance is stated;
* **no stance** — negated or denied speech ("never said that ...", "denied saying ..."), a reported
  question ("asked whether ..."), a claim that something happened to an issue ("claimed the
  election was stolen") give no row; idioms ("a meeting of minds", "took place") and physical acts
  ("blocked the road") are left out when topic and stance are read (``data/stance.toml``);
* **anaphora** — a pronoun object ("Tusk supports them") takes the listed topic of the earlier
  clause or sentence; "That is a mistake" judges the earlier statement (its stance kept or reversed);
* **reporter inference** — framing such as "which will come as a bitter disappointment to Kyiv" is
  recorded with ``source_kind`` 'reporter' and ``speaker`` 'reporter', apart from what actors said.

Several statements by one actor on one topic roll up into one row whose ``evidence`` lists them
all; when the stances disagree (support and opposition) the row's stance is 'mixed' and
``stance_changed`` is true, so a change of stance is shown, not hidden.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Token

from lib import lexicons
from lib.actors import COUNTRY, ORGANISATION, PERSON, Actor, ActorIndex, nationality_of, roles_compatible
from lib.nlp import Parsed
from lib.schema import make_frame

STANCES = ("support", "oppose", "conditional", "mixed", "doubtful")
_ROLLUP_PRIORITY = ["oppose", "doubtful", "conditional", "mixed", "support"]
_OBJECT_PRONOUNS = {"it", "them", "this", "that", "these", "those"}
_SUBJECT_PRONOUNS = {"this", "that"}
_SPOKES = re.compile(r"spokes(?:man|woman|person)|press secretary|press office|spokespeople", re.I)


@functools.lru_cache(maxsize=1)
def topics() -> list[dict]:
    """The topic taxonomy of ``data/topics.toml``: dicts with id, label, keywords, requires."""
    return lexicons.load("topics")["topic"]


@functools.lru_cache(maxsize=1)
def _stance_words() -> dict:
    return lexicons.load("stance")


@functools.lru_cache(maxsize=4096)
def _word_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(phrase.lower()) + r"(?![\w-])")


def _has(text: str, phrase: str) -> bool:
    """``phrase`` occurs in ``text`` as whole words (``text`` already lower-cased)."""
    return _word_pattern(phrase).search(text) is not None


@functools.lru_cache(maxsize=1024)
def _any_pattern(phrases: tuple[str, ...]) -> re.Pattern | None:
    alternatives = sorted({re.escape(p.lower()) for p in phrases if p}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])") if alternatives else None


def _has_any(text: str, phrases) -> bool:
    """Some phrase of ``phrases`` occurs in ``text`` as whole words (``text`` already lower-cased):
    ``any(_has(text, p) for p in phrases)`` in one pass over ``text`` (one regex per list, cached)."""
    pattern = _any_pattern(tuple(phrases))
    return pattern is not None and pattern.search(text) is not None


@functools.lru_cache(maxsize=16)
def _topics_allowed_in(article_text: str) -> frozenset[str]:
    """Ids of the topics whose ``requires_article`` words occur in the article (or that have none)."""
    low = article_text.lower()
    return frozenset(t["id"] for t in topics()
                     if not t.get("requires_article") or _has_any(low, t["requires_article"]))


def match_topics(claim: str, article_text: str | None = None) -> list[dict]:
    """Topics of ``data/topics.toml`` whose keywords occur in ``claim`` (case-insensitive, whole
    words; ``requires`` words must occur in the claim too, ``requires_article`` words somewhere in
    ``article_text`` when it is given). In taxonomy order; a topic that shares its keyword with an
    earlier matched one is not repeated ("negotiations" after "peace negotiations")."""
    low = claim.lower().replace("’", "'")
    allowed = _topics_allowed_in(article_text) if article_text is not None else None
    out = []
    for topic in topics():
        if not _has_any(low, topic["keywords"]):
            continue  # one pass per topic; the keywords one by one only for a topic that is there
        hits = {k for k in topic["keywords"] if _has(low, k)}
        if not hits:
            continue
        req = topic.get("requires")
        if req and not _has_any(low, req):
            continue
        if allowed is not None and topic["id"] not in allowed:
            continue
        if any(hits <= set(t["keywords"]) for t in out):
            continue
        out.append(topic)
    return out


def _inflections(verb: str) -> list[str]:
    """deny -> deny denies denied denying; dismiss -> dismisses; rebut -> rebutted (and rebuted:
    a spare form matches nothing)."""
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    third = verb + "es" if verb.endswith(("s", "sh", "ch", "x")) else verb + "s"
    return [verb, third, verb + "ed", verb + "ing", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]


@functools.lru_cache(maxsize=1)
def _verb_forms() -> dict[str, list[str]]:
    """Each one-word stance verb of ``data/stance.toml`` with its inflected forms (base excluded)."""
    lists = _stance_words()
    verbs = sorted({v for v in lists["support_verbs"] + lists["oppose_verbs"] if " " not in v and v.isalpha()})
    return {verb: [f for f in _inflections(verb) if f != verb] for verb in verbs}


@functools.lru_cache(maxsize=1)
def _inflected_verbs() -> tuple[tuple[str, re.Pattern], ...]:
    """(base, pattern of its inflected forms) for each one-word stance verb of ``data/stance.toml``."""
    return tuple((verb, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])"))
                 for verb, forms in _verb_forms().items())


@functools.lru_cache(maxsize=8)
def _negated_pattern(phrases: tuple[str, ...], whole_word: bool) -> re.Pattern:
    """A negation ("not", "n't", "never", "no", "refused to", "declined to"), at most one word, then
    one of ``phrases`` (as a prefix, or as a whole word when ``whole_word``): one pass over a claim
    for the whole list. Matches nothing for an empty list."""
    negation = r"(?:\bnot|n't|\bnever|\bno|\b(?:refus|declin)\w* to)\s+(?:\w+\s+)?"
    if not phrases:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(sorted((re.escape(p) for p in phrases), key=len, reverse=True))
    return re.compile(negation + "(?:" + alternatives + ")" + (r"(?![\w-])" if whole_word else ""))


def _base_forms(low: str) -> str:
    """The base forms of the inflected stance verbs in ``low`` ("opposed", "backing" -> "oppose
    back"), so a claim read without its lemmas still meets the lists."""
    if _any_inflected().search(low) is None:
        return ""  # no inflected stance verb at all: one pass instead of one per verb
    return " ".join(verb for verb, pattern in _inflected_verbs() if pattern.search(low))


@functools.lru_cache(maxsize=1)
def _any_inflected() -> re.Pattern:
    """Any inflected form of any one-word stance verb (:func:`_inflected_verbs`), as one pattern."""
    forms = sorted({re.escape(f) for fs in _verb_forms().values() for f in fs}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])")


@functools.lru_cache(maxsize=1)
def _denial_pattern() -> re.Pattern:
    """A denial verb and what it denies: "rejected claims that", "denied that", "denied having"."""
    words = _stance_words()
    verbs = "|".join(sorted({f for v in words.get("denial_verbs", []) for f in _inflections(v)}, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in words.get("report_nouns", []))
    return re.compile(
        rf"(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:{verbs})\s+"
        rf"(?:(?:(?:the|any|all|these|those|such|media|press)\s+){{0,2}}(?:{nouns})s?\s+that\b|that\b|(?:ever\s+)?(?:having\s+)?(?=\w+ing\b))"
    )


@functools.lru_cache(maxsize=1)
def _judgement_pattern() -> re.Pattern:
    """A negative judgement as a predicate: "are a disaster", "was impossible", "is not a farce"
    (group ``neg`` holds a negation)."""
    words = _stance_words().get("judgements", [])
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        r"(?:\b(?:is|are|was|were|be|been|being|remains?|remained|seems?|seemed|looks?|looked|'s|'re)|"
        r"\b(?:call|calls|called|calling|brand|brands|branded|branding|label|labels|labelled|labeled|dub|dubbed|"
        r"describe|describes|described|describing|consider|considers|considered)(?:\s+(?!that\b)[\w'’-]+){0,5}?(?:\s+as)?)\s+"
        r"(?:(?P<neg>not|n't|never)\s+)?"
        r"(?:(?:a|an|the|simply|completely|totally|utterly|just|now|already|still|absolutely|quite|complete|total|utter|"
        r"absolute|real|big|huge|major|historic)\s+){0,4}"
        rf"[\"“‘'«]?(?:{alternatives})(?![\w-])"
    )


# "agreed with", "agrees with", "disagreed with", "did not agree with", "doesn't fully agree with"
_AGREEMENT = re.compile(r"(?P<neg>(?:\bnot|n't|\bnever)\s+(?:\w+\s+)?)?(?:\b|(?<=\bdis))(?P<dis>dis)?agree(?:s|d|ing)?\s+with\b", re.I)

_REVERSED = {"support": "oppose", "oppose": "support", "conditional": "oppose", "doubtful": "support", "mixed": "mixed"}


def reverse_stance(stance: str) -> str:
    """The stance of denying a statement of ``stance``: denying opposition (or doubt) supports,
    denying support (or conditional support) opposes, a denied mixed stance stays mixed."""
    return _REVERSED.get(stance, stance)


_UNDONE = {"support": "oppose", "oppose": "support"}


def undone_stance(stance: str) -> str:
    """The stance on an issue of a claim about undoing it ("lift sanctions", "abandon the
    ceasefire"): supporting the undoing opposes the issue and opposing it supports the issue; a
    condition, a reservation or a doubt about the undoing stays one ("will lift sanctions only if
    ..." is conditional)."""
    return _UNDONE.get(stance, stance)


def denied_stance(claim: str) -> str | None:
    """Stance of a claim that denies a statement ("rejected claims that she opposed the
    ceasefire" -> 'support', "denied that he backed the plan" -> 'oppose'), or None when the claim
    has no denial verb followed by what it denies (a report noun and "that", "that", or a gerund)."""
    low = " " + claim.lower().replace("’", "'") + " "
    low = low.replace("n't", " n't")
    pattern = _denial_pattern()
    match = pattern.search(low)
    if match is None:
        return None
    following = pattern.search(low, match.end())
    denied = low[match.end():following.start() if following else len(low)]
    if not re.search(r"\w", denied):
        return None
    return reverse_stance(classify_stance(denied))


def classify_stance(claim: str, cue: str | None = None) -> str:
    """Stance of one statement: 'conditional', 'oppose', 'doubtful', 'mixed' or 'support'.

    Rules (``data/stance.toml``): a denial of a statement reverses its stance ("rejected claims
    that she opposed the ceasefire" -> support, see :func:`denied_stance`); a doubt marker
    ("unlikely", "can neither confirm nor deny") -> doubtful; a negation ("no likelihood", "not",
    "never"), an opposing word ("reject", "illegal", "absurd") or a negative judgement said of
    something ("sanctions are a disaster", "a ceasefire was impossible", "called it a farce") ->
    oppose, unless negation and opposition meet (a negated opposition supports: "did not rule
    out", "refused to rule out", "no objection", "is not a disaster"); a condition or reservation
    after support ("if", "but there are questions") -> conditional; a partial quantifier ("some
    of") -> mixed; otherwise support. Inflected stance verbs count as their base form ("opposed").
    """
    words = _stance_words()
    denial = denied_stance(claim + " " + (cue or ""))
    if denial is not None:
        return denial
    low = " " + (claim + " " + (cue or "")).lower().replace("’", "'") + " "
    low = low.replace("n't", " n't")
    low += _base_forms(low) + " "
    for idiom in words.get("not_negations", []):
        low = low.replace(idiom, " ")
    doubt = _has_any(low, words["doubt"])
    negated = _has_any(low, [w for w in words["negations"] if w not in ("no likelihood", "no chance")])
    strong_neg = any(_has(low, w) for w in ("no likelihood", "no chance", "no further", "never"))
    judged = [m.group("neg") is not None for m in _judgement_pattern().finditer(low)] if words.get("judgements") else []
    if judged and all(judged) and not strong_neg and not doubt:
        return "support"  # "sanctions are not a disaster"
    opposing = _has_any(low, words["oppose_verbs"]) or (bool(judged) and not all(judged))
    supporting = _has_any(low, words["support_verbs"])
    conditional = _has_any(low, words["conditional"])
    mixed = _has_any(low, words["mixed"])
    if doubt and not strong_neg:
        return "doubtful"
    if strong_neg:
        return "oppose"
    negation = r"(?:\bnot|n't|\bnever|\bno|\b(?:refus|declin)\w* to)\s+(?:\w+\s+)?"
    negated_opposition = opposing and _negated_pattern(tuple(w for w in words["oppose_verbs"] if w not in ("refuse", "deny")), False).search(low) is not None
    # an opposing noun counts only negated ("no objection"): "despite Bush's refusal" is no stance
    negated_noun = _negated_pattern(tuple(words.get("oppose_nouns", [])), True).search(low) is not None
    if opposing and negated_opposition or negated_noun:
        return "support"  # "did not rule out", "never opposed", "no objection", "refused to rule out"
    if opposing:
        return "oppose"
    if opposing or negated and not supporting:
        return "oppose"
    if negated and supporting:
        # "we are not in favour" opposes; "not only ... but" is rare in claims
        return "oppose"
    if conditional and (supporting or " but " in low):
        return "conditional"
    if mixed:
        return "mixed"
    return "support"


def roll_up(stances: list[str]) -> tuple[str, bool]:
    """One stance for several statements on one topic, and whether the stance changed.

    Support together with opposition (or doubt) is 'mixed' and a change; otherwise the strongest
    reservation wins in the order oppose, doubtful, conditional, mixed, support ("unlikely" then "no
    likelihood" -> oppose; "unlikely" then "some of that land will come back" -> doubtful).
    """
    s = set(stances)
    positive = s & {"support", "conditional"}
    negative = s & {"oppose"}
    if positive and negative:
        return "mixed", True
    for stance in _ROLLUP_PRIORITY:
        if stance in s:
            return stance, len(s) > 1 and bool(positive) and bool(s & {"oppose", "doubtful"})
    return stances[0], False


#: The longest claim read for topic and stance, in characters. The longest quotation in 46 real
#: articles of the dev and PolNeAR corpora has under 1,000; only built inputs (bench/worst_case.py)
#: come near this, and reading all of theirs made each claim's reading grow with its length.
MAX_CLAIM_CHARS = 2000


@dataclass
class _Statement:
    speakers: list[Actor]
    claim: str
    start: int
    end: int
    quote_id: str | None
    cue: str | None
    source_kind: str = "stated"
    sentence: int = 0
    stance: str | None = None  # set when the statement's form decides it ("X's refusal")
    said_by: list[Actor] = field(default_factory=list)  # the reporter of a stance verb in reported speech


def _lemmas_and_words(doc, start: int, end: int) -> str:
    """The lemmas then the words of ``doc``'s text from ``start`` to ``end`` (character offsets),
    as :func:`classify_stance` reads a claim (lemmas match the base forms of ``data/stance.toml``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    lemmas = " ".join(t.lemma_.lower() for t in span) if span is not None else ""
    return lemmas + " " + doc.text[start:end]


class _Extractor:
    def __init__(self, parsed: Parsed, actors: ActorIndex, quotes: pd.DataFrame) -> None:
        self.parsed = parsed
        self.doc = parsed.doc
        self.actors = actors
        self.quotes = quotes
        self.words = _stance_words()
        self.quoted: list[tuple[int, int]] = []
        self._clause_parts: dict[int, tuple] = {}  # cue verb index -> its clause's parts (_cue_clause)
        # reported speech with its speakers, for stance verbs inside it
        self.reports = [r for r in quotes.to_dict("records") if r["kind"] == "indirect" and r["speaker_ids"]] if len(quotes) else []

    def _leader_of(self, country: str | None) -> Actor | None:
        if not country:
            return None
        people = [a for a in self.actors.actors.values() if a.kind == PERSON and a.affiliation and nationality_of(a.affiliation) == country and roles_compatible("leader", a.title)]
        return people[0] if people else None

    def _spokesperson_for(self, speaker: Actor) -> Actor | None:
        """"a spokesman for the mayor" -> the actor the mayor is; a named spokesperson whose title
        names the person spoken for ("Weber's spokeswoman, Anna Keller", "Anna Keller, a spokeswoman
        for Weber") -> that person (design: the speaker is the spokesperson, the position the principal's)."""
        if speaker.named:
            return self._named_spokesperson_for(speaker)
        if not speaker.mentions or not _SPOKES.search(speaker.name):
            return None
        start, end = speaker.mentions[0]
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        for tok in span:
            if tok.dep_ == "prep" and tok.lower_ in ("for", "of"):
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    found = self.actors.resolve(pobj, create=False)
                    if found:
                        return found[0]
        # the phrase may stop before "for the mayor": look right after it
        if span.end < len(self.doc) and self.doc[span.end].lower_ in ("for", "of"):
            pobj = next((c for c in self.doc[span.end].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                found = self.actors.resolve(pobj, create=False)
                if found:
                    return found[0]
        return None

    def _named_spokesperson_for(self, speaker: Actor) -> Actor | None:
        """The person a named spokesperson speaks for, from a title noun beside one of the
        speaker's mentions (apposition or compound): its possessive ("Weber's spokeswoman") or the
        object of its "for"/"of" ("a spokesman for Weber"). Only a person: "a spokesman for the
        ministry" leaves the government spokesperson's reading to :meth:`_principal`."""
        if not speaker.title or not _SPOKES.search(speaker.title):
            return None
        for start, end in speaker.mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            titles = [c for c in head.children if c.dep_ in ("appos", "compound")]
            if head.dep_ == "appos":
                titles.append(head.head)
            for noun in titles:
                if not _SPOKES.search(noun.text):
                    continue
                owners = [c for c in noun.children if c.dep_ == "poss"]
                owners += [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                           for p in prep.children if p.dep_ == "pobj"]
                for owner in owners:
                    found = [a for a in self.actors.resolve(owner, create=False) if a.kind == PERSON and a is not speaker]
                    if found:
                        return found[0]
        return None

    def _principal(self, speaker: Actor, statement: _Statement) -> Actor:
        """The actor whose position a statement gives: the speaker, except for the spokesperson of
        a government (Kremlin, White House, a ministry), who speaks for the person the statement is
        about or for the leader of the country. A party spokesman speaks for himself."""
        owner = self._spokesperson_for(speaker)
        if owner is not None:
            return owner
        if speaker.kind != PERSON or not speaker.title or not _SPOKES.search(speaker.title):
            return speaker
        affiliation = speaker.affiliation or ""
        metonym = lexicons.country_of(affiliation)
        governmental = bool(metonym and metonym[1] in ("metonym", "name", "capital")) or bool(
            re.search(r"ministry|government|presiden|kremlin|white house|downing street|state department|foreign office", speaker.title, re.I))
        if not governmental:
            return speaker
        # "Peskov said Putin supported ...": the person whose stance is reported
        span = self.doc.char_span(statement.start, statement.end, alignment_mode="expand")
        if span is not None and len(span):
            root = span.root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                m = self.actors.mention_at(subj)
                if m is not None:
                    actor = self.actors.actor(m.actor_id)
                    if actor.kind == PERSON and actor is not speaker:
                        return actor
        country = nationality_of(speaker.affiliation) if speaker.affiliation else None
        leader = self._leader_of(country)
        if leader is not None:
            return leader
        # "the Tolmark navy has been carrying out President Ida Rask's order": a leader
        # named in the statement itself
        if span is not None:
            for tok in span:
                m = self.actors.mention_at(tok)
                if m is not None:
                    actor = self.actors.actor(m.actor_id)
                    if actor.kind == PERSON and actor is not speaker and roles_compatible("leader", actor.title):
                        return actor
        if country:
            found = self.actors.find_by_name(country)
            if found is not None:
                return found
        return speaker

    def statements(self) -> list[_Statement]:
        out: list[_Statement] = []
        rows = self.quotes.to_dict("records") if len(self.quotes) else []
        indirect = [r for r in rows if r["kind"] == "indirect"]
        for row in rows:
            if not row["speaker_ids"]:
                continue
            if row["kind"] == "partial" and any(
                i["start"] <= row["start"] and row["end"] <= i["end"] + 2 and set(i["speaker_ids"]) == set(row["speaker_ids"]) for i in indirect
            ):
                continue  # counted with the reported clause around it
            speakers = [self.actors.actor(a) for a in row["speaker_ids"] if a in self.actors.actors]
            # the claim is the article's words at the row's offsets, even where the quotation's
            # text joins its parts ("The deal, Biden said, is dead."; a quote over paragraphs)
            claim = self.parsed.text[int(row["start"]):int(row["end"])]
            if re.fullmatch(r"[^.!?]*\?[\s\"”’']*", claim.strip()):
                continue  # a question ("Will you vote for the bill?") asks; it states no position
            if row["kind"] == "indirect" and self._question(row):
                continue  # "Officials asked whether the deal was legal": a reported question
            if row["kind"] == "indirect" and self._unsaid_row(row):
                continue  # "denied saying that she supported the plan": nothing was said
            st = _Statement(speakers=speakers, claim=claim, start=int(row["start"]), end=int(row["end"]),
                            quote_id=row["quote_id"], cue=row["cue"] if isinstance(row["cue"], str) else None,
                            sentence=int(row["sentence"]))
            if row["kind"] == "indirect" and self._cue_lemma(row) in self.words.get("denial_verbs", []):
                # "Lang denied that she opposed the ceasefire": the speaker denies the clause
                st.stance = reverse_stance(classify_stance(_lemmas_and_words(self.doc, st.start, st.end)))
            elif row["kind"] == "indirect" and isinstance(row["cue"], str) and _judgement_pattern().search(
                    "call " + claim.lower()) and self._cue_lemma(row) in ("call", "brand", "label", "dub", "describe"):
                # "Lang called the sanctions a disaster": the cue verb makes the judgement a predicate
                st.stance = classify_stance(row["cue"] + " " + claim)
            if row["kind"] == "partial":
                # a fragment is read with the reporter's words of its clause ("would 'love' to meet")
                clause = self._cue_clause(row)
                if clause is not None:
                    st.claim, st.start, st.end = clause
            out.append(st)
            if row["kind"] != "indirect":
                # words in quotation marks are the speaker's own; a stance verb in reported speech
                # ("Peskov said Putin supported ...") is still a statement about its subject
                self.quoted.append((int(row["start"]), int(row["end"])))
        out += self._stance_verbs()
        out += self._stance_nouns()
        return out

    def _unsaid_row(self, row: dict) -> bool:
        """An indirect quotation whose cue is negated or denied speech ("did not say that ...",
        the clause of "saying" in "denied saying that ..."), or whose denied content is itself
        speech ("denied saying that she supported the plan": the content's head is "saying")."""
        if row.get("cue_start") is not None and not pd.isna(row.get("cue_start")):
            cue = self.doc.char_span(int(row["cue_start"]), int(row["cue_end"]), alignment_mode="expand")
            if cue is not None and len(cue) and self._unsaid(cue.root):
                return True
        if self._cue_lemma(row) in self.words.get("denial_verbs", []):
            content = self.doc.char_span(int(row["start"]), int(row["end"]), alignment_mode="expand")
            if content is not None and len(content) and content.root.lemma_.lower() in self._saying_verbs:
                return True
        return False

    def _cue_lemma(self, row: dict) -> str | None:
        """Lemma of a quotation's cue verb ("denied" -> "deny"), or None without a cue."""
        if row.get("cue_start") is None or pd.isna(row.get("cue_start")):
            return None
        span = self.doc.char_span(int(row["cue_start"]), int(row["cue_end"]), alignment_mode="expand")
        return span.root.lemma_.lower() if span is not None and len(span) else None

    @functools.cached_property
    def _saying_verbs(self) -> frozenset[str]:
        """Speech verbs of ``data/cues.toml`` that only report ("say", "claim", "tell"), not the
        ones that state a stance themselves ("reject", "welcome", "rule out", "call for") or deny ("deny", "dispute")."""
        w = self.words
        stance = {v.split()[0] for v in w["support_verbs"] + w["oppose_verbs"] + w.get("denial_verbs", [])}  # "rule" (out)
        return frozenset(set(lexicons.cues()["speech_verbs"]) - stance)

    def _unsaid(self, tok: Token) -> bool:
        """``tok`` is, or stands in what is reported by, a speech verb that is negated ("never
        said that she supported", "did not say") or denied ("denied saying", "denied having said",
        "denied that she had said"): such speech states no position (rule: stance.toml, negated
        or denied speech). Walks up clausal links only (ccomp, xcomp, pcomp, advcl, acomp); a
        coordinated verb ("did not say so and opposed the plan") is not under it."""
        denials = set(self.words.get("denial_verbs", []))
        node = tok
        while True:
            if node.lemma_.lower() in self._saying_verbs and node.pos_ in ("VERB", "AUX"):
                if any(c.dep_ == "neg" or c.lower_ == "never" for c in node.children):
                    return True
                if node.head.i != node.i and node.head.lemma_.lower() in denials and node.dep_ in ("xcomp", "ccomp", "pcomp", "dobj"):
                    return True
            if node.head.i == node.i or node.dep_ not in ("ccomp", "xcomp", "pcomp", "advcl", "acomp", "dobj"):
                return False
            node = node.head

    def _question(self, row: dict) -> bool:
        """``row`` reports a question: its cue is a question verb ("asked", "wondered") and its
        clause opens with a question word ("whether", "if", "why"): question_verbs / question_words
        of ``data/stance.toml``. A question asks; it states no position."""
        if self._cue_lemma(row) not in self.words.get("question_verbs", []):
            return False
        first = re.match(r"[\W_]*(\w+)", str(row.get("text") or ""))
        return first is not None and first.group(1).lower() in self.words.get("question_words", [])

    def _denied_by_head(self, tok: Token) -> bool:
        """``tok`` is in what a denial or refusal above it denies: "opposed" in "rejected claims
        that she opposed the ceasefire", "denied opposing the ceasefire", "refused to rule out
        sanctions" (not a verb coordinated with it: "rejected the plan and opposed the ceasefire")."""
        denials = set(self.words.get("denial_verbs", [])) | {"refuse", "decline"}  # "refused to rule out"
        node, clausal = tok, False
        while node.head.i != node.i:
            clausal = clausal or node.dep_ in ("ccomp", "acl", "xcomp", "pcomp", "relcl", "dobj")
            if node.dep_ in ("conj", "advcl", "parataxis", "cc"):
                return False
            if node.head.lemma_.lower() in denials:
                return clausal and node.dep_ in ("dobj", "ccomp", "xcomp", "prep")
            node = node.head
        return False

    def _stance_nouns(self) -> list[_Statement]:
        """An owned stance noun: "Governor Alden Marsh's refusal to join the Kyoto pact",
        "Kyiv's rejection of the plan". The claim is the noun phrase."""
        words = self.words
        nouns = set(words.get("support_nouns", [])) | set(words.get("oppose_nouns", []))
        out = []
        for tok in self.doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns or any(s <= tok.idx < e for s, e in self.quoted):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None or owner.pos_ == "PRON":
                continue
            actors = [a for a in self.actors.resolve(owner, create=False) if a.kind in (PERSON, ORGANISATION, COUNTRY)]
            comp = [c for c in tok.children if c.dep_ in ("acl", "prep", "relcl", "xcomp") and c.i > tok.i]
            if not actors or not comp:
                continue
            end = max(t.i for c in comp for t in c.subtree)
            span = self.doc[owner.left_edge.i:end + 1]
            text = span.text.strip().rstrip(".,;")
            # inside someone's report ("Lang said Kyiv's rejection of the plan was final"): the
            # report's quotation and reporter, as for a stance verb
            report = next((r for r in self.reports if r["start"] <= tok.idx < r["end"]), None)
            out.append(_Statement(speakers=actors, claim=text, start=span.start_char, end=span.start_char + len(text),
                                  quote_id=report["quote_id"] if report else None, cue=tok.lemma_.lower(), sentence=self.parsed.sentence_index(tok.idx),
                                  stance="oppose" if tok.lemma_.lower() in words.get("oppose_nouns", []) else "support",
                                  said_by=[self.actors.actor(a) for a in report["speaker_ids"] if a in self.actors.actors] if report else []))
        return out

    def _cue_clause(self, row: dict) -> tuple[str, int, int] | None:
        """The clause of a partial quotation's cue verb (the verb and everything it governs)."""
        if row.get("cue_start") is None or pd.isna(row.get("cue_start")):
            return None
        span = self.doc.char_span(int(row["cue_start"]), int(row["cue_end"]), alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = span.root
        parts = self._clause_parts.get(verb.i)
        if parts is None:
            # computed once per cue verb: a sentence of thousands of quotations shares one verb
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            speech = set(lexicons.cues()["speech_verbs"])
            branches = []  # token ranges of coordinated or other-report branches, with char extent
            for child in verb.children:
                other_report = child.dep_ == "ccomp" and child.lemma_.lower() in speech  # "Trump told X ..., he said '...'"
                if child.dep_ in ("conj", "cc", "advcl", "parataxis") or other_report:
                    branches.append((child.left_edge.i, child.right_edge.i, child.left_edge.idx,
                                     child.right_edge.idx + len(child.right_edge.text)))
            parts = (verb.left_edge.i, verb.right_edge.i, subject.left_edge.idx if subject is not None else None, sorted(branches))
            self._clause_parts[verb.i] = parts
        first, last, subject_start, branches = parts
        # keep only the part of the clause holding the quotation when it is coordinated
        quote_start, quote_end = int(row["start"]), int(row["end"])
        starts = [b[0] for b in branches]

        def branch_at(i: int) -> tuple | None:
            """The dropped branch holding token ``i`` (branches are disjoint subtrees), or None."""
            k = bisect.bisect_right(starts, i) - 1
            if k >= 0 and branches[k][0] <= i <= branches[k][1] and not (branches[k][2] <= quote_start < branches[k][3]):
                return branches[k]
            return None

        lo = first
        while lo <= last and (branch_at(lo) is not None or self.doc[lo].is_space):
            b = branch_at(lo)
            lo = b[1] + 1 if b is not None else lo + 1
        if lo > last:
            return None
        hi = last
        while hi > lo and (branch_at(hi) is not None or self.doc[hi].is_space):
            b = branch_at(hi)
            hi = b[0] - 1 if b is not None else hi - 1
        start = self.doc[lo].idx if subject_start is None else min(self.doc[lo].idx, subject_start)
        end = max(self.doc[hi].idx + len(self.doc[hi].text), quote_end)
        text = self.parsed.text[start:end].rstrip(" .,;")
        return text, start, start + len(text)

    def _stance_verbs(self) -> list[_Statement]:
        """Stance verbs with an actor subject outside quotations: "Ushakov rejected the proposal"."""
        words = self.words
        verbs = {w for w in words["support_verbs"] + words["oppose_verbs"] + ["order", "impose", "rule", "make"] if " " not in w}
        phrasal = {tuple(w.split()) for w in words["support_verbs"] + words["oppose_verbs"] if len(w.split()) == 2}
        cognition = {"believe", "think", "want", "wish", "fear", "insist"}
        out = []
        for tok in self.doc:
            if tok.pos_ != "VERB":
                continue
            lemma = tok.lemma_.lower()
            particle = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "prep") and c.i == tok.i + 1), None)
            # "called for sanctions to be lifted": "for" marks the clause the verb governs
            marked = next((c for c in tok.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.i == tok.i + 1 for m in c.children)), None)
            if particle is None and marked is not None:
                particle = self.doc[tok.i + 1].lower_
            if lemma not in verbs and (lemma, particle) not in phrasal and lemma not in cognition:
                continue
            if lemma in cognition and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children):
                continue
            if lemma == "make" and not any(c.lower_ == "conditional" for c in tok.subtree):
                continue  # only "made X conditional on Y" states a stance
            if any(s <= tok.idx < e for s, e in self.quoted):
                continue
            if tok.lemma_.lower() in ("say", "tell"):
                continue
            if self._denied_by_head(tok):
                continue  # what a denial denies is not the subject's stance
            if self._unsaid(tok):
                continue  # "Harris never said that she supported the plan": no stance stated
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None and tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl", "amod") and tok.head.pos_ == "NOUN":
                # "terms rejected by Arvena and its northern partners": the agent holds the stance
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                actors = [a for a in self.actors.resolve(by, create=False) if a.kind in (PERSON, ORGANISATION, COUNTRY)] if by is not None else []
                if actors:
                    start = tok.head.left_edge.idx
                    end = by.right_edge.idx + len(by.right_edge.text)
                    report = next((r for r in self.reports if r["start"] <= tok.idx < r["end"]), None)
                    out.append(_Statement(speakers=actors, claim=self.parsed.text[start:end], start=start, end=end,
                                          quote_id=report["quote_id"] if report else None, cue=lemma, sentence=self.parsed.sentence_index(tok.idx),
                                          said_by=[self.actors.actor(a) for a in report["speaker_ids"] if a in self.actors.actors] if report else []))
                continue
            holder = tok
            while subj is None and holder.dep_ in ("conj", "xcomp") and holder.head.i != holder.i:
                if self._speaker_conjunct(holder):
                    # "Berg said the government was isolating Norway and called for ...": the
                    # simple past cannot share "was isolating"; it is the speaker's second act
                    holder = holder.head
                holder = holder.head
                subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
                if subj is None and holder.dep_ == "ccomp" and tok.tag_ == "VBD" and any(c.dep_ == "expl" for c in holder.children):
                    # "said there would be no change ... and rejected the threat": the speaker rejected
                    holder = holder.head
                    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if subj.lower_ in ("who", "which", "that") and holder.dep_ == "relcl":
                subj = holder.head
            actors = [a for a in self.actors.resolve(subj, create=False) if a.kind in (PERSON, ORGANISATION, COUNTRY, "group")]
            if not actors:
                continue
            objs = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "prt", "acomp", "attr") or marked is not None and c.i == marked.i]
            if not objs:
                continue
            # the verb and its objects, without relative clauses on them (", who told a summit ...")
            cut = {t.i for o in objs for c in o.subtree if c.dep_ == "relcl" for t in c.subtree}
            ids = {t.i for o in objs for t in o.subtree if t.i not in cut} | {tok.i}
            ids |= {c.i for c in tok.children if c.dep_ in ("neg", "aux", "advmod") and c.i < tok.i}
            lo, hi = min(ids), max(ids)
            span = self.doc[lo:hi + 1]
            text = span.text.strip().rstrip(".,;")
            if len(text.split()) < 2:
                continue
            # inside someone's report ("Peskov said Putin supported talks") the stance is the
            # subject's, but the words are the reporter's: keep who said it and the quotation
            inside = next((r for r in self.reports if r["start"] <= tok.idx < r["end"]), None)
            report = inside or self._report_above(tok)
            if report is not None and self._cue_lemma(report) in words.get("denial_verbs", []):
                continue  # "Peskov denied that Putin opposed talks": Putin's stance is not stated
            if report is not None and (self._question(report) or self._unsaid_row(report)):
                continue  # "asked whether Putin supported talks": a question states no stance
            said_by = [self.actors.actor(a) for a in report["speaker_ids"] if a in self.actors.actors] if report else []
            # the reporter's own characterisation, not something the actor said or did: a stance
            # verb in the present outside any report ("Governor Brooks supports the levy"), or in a
            # relative clause on the actor ("Councillor Reyes, who opposes the tax, ...")
            # ("Fico does not support military aid": the present with "do" is the present too)
            present = tok.tag_ in ("VBZ", "VBP") or tok.tag_ == "VB" and any(
                c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "do" and c.tag_ in ("VBZ", "VBP") for c in tok.children)
            characterised = report is None and (holder.dep_ == "relcl" or present and lemma not in cognition)
            # the quotation the claim's words come from: one whose cue is this verb or whose words
            # lie in the claim ("invited [each other to visit ...]"), else the report around it
            own = None if inside is not None else self._quotation_in(tok, span.start_char, span.start_char + len(text))
            quote_id = own["quote_id"] if own is not None else report["quote_id"] if report else None
            out.append(_Statement(speakers=actors, claim=text, start=span.start_char, end=span.start_char + len(text),
                                  quote_id=quote_id, cue=tok.lemma_.lower(),
                                  sentence=self.parsed.sentence_index(tok.idx), said_by=said_by,
                                  source_kind="reporter" if characterised else "stated"))
        return out

    @staticmethod
    def _speaker_conjunct(tok: Token) -> bool:
        """``tok`` is a simple past verb the parser coordinated with the progressive verb of a
        reported clause ("X said the government was isolating Norway and called for ..."): a simple
        past cannot share the clause's "was ...-ing", so it is a second act of the speech verb's
        subject, not of the clause's. Only for a clause (ccomp) of a verb."""
        head = tok.head
        return (tok.dep_ == "conj" and tok.tag_ == "VBD" and head.tag_ == "VBG" and head.dep_ == "ccomp"
                and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
                and not any(c.dep_ in ("nsubj", "aux") for c in tok.children))

    def _report_above(self, tok: Token) -> dict | None:
        """The reported speech whose clause holds ``tok`` though its words stop before it: "Trump
        said he and Putin had 'agreed to ...' and invited each other to ...": "invited" is
        coordinated with "agreed", the clause of Trump's "said". Walks up conjunct and clausal
        links only; the last link must be the clause (ccomp) of an indirect quotation's cue verb
        (a verb coordinated with the cue itself, "denied A and rejected B", is no part of it)."""
        node = tok
        while node.dep_ in ("conj", "ccomp", "xcomp") and node.head.i != node.i:
            if self._speaker_conjunct(node):
                return None  # "X said ... was isolating Norway and called for ...": X's own act
            head = node.head
            if node.dep_ == "ccomp":
                report = next((r for r in self.reports if r.get("cue_start") is not None and not pd.isna(r.get("cue_start"))
                               and int(r["cue_start"]) <= head.idx < int(r["cue_end"])), None)
                if report is not None:
                    return report
            node = head
        return None

    def _quotation_in(self, tok: Token, start: int, end: int) -> dict | None:
        """The quotation row (any kind, with speakers) a stance verb's claim ``start``-``end`` comes
        from: the row whose cue is ``tok`` ("called for [the sanctions ...]"), else a row whose
        words lie inside the claim. None when the claim quotes no row."""
        if not hasattr(self, "_by_start"):
            rows = sorted((r for r in self.quotes.to_dict("records") if r["speaker_ids"]), key=lambda r: int(r["start"])) if len(self.quotes) else []
            self._by_start = (rows, [int(r["start"]) for r in rows])
        rows, starts = self._by_start
        inside = []
        for k in range(bisect.bisect_left(starts, start), len(rows)):
            r = rows[k]
            if int(r["start"]) > end:
                break
            if int(r["end"]) <= end + 2:
                inside.append(r)
        own = next((r for r in inside if r.get("cue_start") is not None and not pd.isna(r.get("cue_start"))
                    and int(r["cue_start"]) <= tok.idx < int(r["cue_end"])), None)
        return own or (inside[0] if inside else None)

    def _topic_stance(self, st: _Statement, topic: dict | str, default: str, claim: str | None = None) -> str:
        """In a claim of several sentences (a long quotation), the stance on a topic is read from
        the sentences that name it, not from a negation elsewhere in the quotation (``claim``: the
        words to read, by default the statement's own)."""
        if not isinstance(topic, dict):
            return default
        sentences = [s for s in re.split(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“‘'])", claim or st.claim) if s.strip()]
        if len(sentences) < 2:
            return default
        about = [s for s in sentences if match_topics(s) and topic in match_topics(s)]
        if not about:
            return default
        stances = [classify_stance(s) for s in about]
        return roll_up(stances)[0]

    def _undo_lexicon(self) -> tuple[dict[str, list[list[str]]], dict[str, list[str | None]]]:
        """``data/stance.toml`` undo words: verb lemma -> the words after it ([] for a bare verb,
        ["out", "of"] for "pull out of"); noun -> the prepositions after it (None: a compound)."""
        if not hasattr(self, "_undo_words"):
            verbs: dict[str, list[list[str]]] = {}
            for phrase in self.words.get("undo_verbs", []):
                first, *rest = phrase.split()
                verbs.setdefault(first, []).append(rest)
            nouns: dict[str, list[str | None]] = {}
            for phrase in self.words.get("undo_nouns", []):
                first, *rest = phrase.split()
                nouns.setdefault(first, []).append(rest[0] if rest else None)
            self._undo_words = (verbs, nouns)
        return self._undo_words

    def _undo_objects(self, tok: Token) -> tuple[list[Token], list[Token]]:
        """What ``tok`` undoes, when it is an undo word of ``data/stance.toml``, and the words of the
        undoing: "lift [sanctions]" (object), "[sanctions] should be lifted" (passive subject), "pull
        out of [the ceasefire]", "the lifting of [sanctions]", "an end to [the ceasefire]", "[sanctions]
        relief". Returns (objects, undo words); empty lists when ``tok`` undoes nothing."""
        verbs, nouns = self._undo_lexicon()
        lemma, low = tok.lemma_.lower(), tok.lower_
        if tok.pos_ in ("VERB", "AUX") and lemma in verbs:
            for rest in verbs[lemma]:
                if not rest:
                    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
                    if not objs and tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i:
                        objs = [tok.head]  # "opposed lifting sanctions" parsed as a modifier of the noun
                    if objs:
                        return objs, [tok]
                    continue
                words = self.doc[tok.i + 1:tok.i + 1 + len(rest)]
                if [t.lower_ for t in words] != rest:
                    continue
                last = words[-1]
                objs = [c for c in last.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "dobj" and c.i > last.i]
                if objs:
                    return objs, [tok, *words]
        for noun in (low, lemma):
            if noun in nouns and tok.pos_ in ("NOUN", "VERB", "PROPN"):
                for prep in nouns[noun]:
                    if prep is None:
                        objs = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
                        if objs:
                            return objs, [tok]
                        continue
                    for child in tok.children:
                        if child.dep_ == "prep" and child.lower_ == prep and child.i > tok.i:
                            objs = [c for c in child.children if c.dep_ == "pobj"]
                            if objs:
                                return objs, [tok, child]
        return [], []

    def _undoing(self, st: _Statement, topic: dict | str) -> list[Token]:
        """The words of ``st`` that undo ``topic`` ("lift" in "a mistake to lift sanctions"), for a
        topic marked ``undoable`` in ``data/topics.toml``: an undo word whose object holds one of
        the topic's keywords, the undo word itself outside the keyword ("end the fighting" is a
        ceasefire keyword, not an undoing of one). Empty when the claim does not undo the topic."""
        if not isinstance(topic, dict) or not topic.get("undoable"):
            return []
        low = self.parsed.text[st.start:st.end].lower().replace("’", "'")
        hits = [(st.start + m.start(), st.start + m.end()) for k in topic["keywords"] for m in _word_pattern(k).finditer(low)]
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        if not hits or span is None:
            return []
        out: list[Token] = []
        for tok in span:
            objs, undo = self._undo_objects(tok)
            if not objs or any(s <= t.idx < e for t in undo for s, e in hits):
                continue
            ranges = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in objs]
            if any(lo <= s and e <= hi for s, e in hits for lo, hi in ranges):
                out += undo
        return out

    def _undone_topic_stance(self, st: _Statement, topic: dict | str, undo: list[Token]) -> str:
        """The stance on ``topic`` of a claim about undoing it: the claim's stance read without the
        undo words ("it would be a mistake to ___ sanctions" opposes the undoing), then reversed
        (:func:`undone_stance`), so the topic's stance is kept in its own terms ("sanctions")."""
        if st.stance:
            return undone_stance(st.stance)  # set by the statement's form ("X's opposition to lifting ...")
        drop = {t.i for t in undo}
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        lemmas = " ".join(t.lemma_.lower() for t in span if t.i not in drop) if span is not None else ""
        chars = list(self.parsed.text[st.start:st.end])
        for t in undo:
            for i in range(max(t.idx - st.start, 0), min(t.idx + len(t.text) - st.start, len(chars))):
                chars[i] = " "
        claim = "".join(chars)
        cue = st.cue if st.quote_id is None and st.cue not in {t.lemma_.lower() for t in undo} else None
        stance = self._read_stance(st, lemmas + " " + claim, cue)
        if stance == "support" and _has_any(" " + claim.lower() + " ", self.words["conditional"]):
            stance = "conditional"  # "will lift sanctions only if ...": the undoing is the act the condition is on
        return undone_stance(self._topic_stance(st, topic, stance, claim))

    def _read_stance(self, st: _Statement, reading: str, cue: str | None) -> str:
        """The stance of a statement from ``reading`` (its lemmas and words): :func:`classify_stance`,
        then a reservation right after the claim or "made X conditional on Y" -> conditional."""
        stance = classify_stance(reading, cue)
        if stance == "support" and self._reservation_follows(st):
            stance = "conditional"
        if re.search(r"\bmade\b.{0,60}\bconditional on\b", st.claim):
            stance = "conditional"  # "Rask has made a full truce conditional on ..."
        return stance

    def _topic_frame(self, st: _Statement) -> str:
        """The topic a sentence opens with: "On the subject of Ukraine joining Nato, ...",
        "Asked about the sanctions, ...", "On Crimea, ..." (empty when there is none)."""
        sent = self.parsed.sentence_at(st.start)
        head = self.parsed.text[sent.start_char:st.start]
        match = re.match(r"\s*(?:On the (?:subject|issue|question) of|On|Asked (?:about|whether)|Regarding|As for|Speaking (?:about|of))\b([^,]{3,120}),", head)
        return match.group(1) if match else ""

    def _lemma_text(self, st: _Statement) -> str:
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        return " ".join(t.lemma_.lower() for t in span) if span is not None else ""

    def _reservation_follows(self, st: _Statement) -> bool:
        """"she backs the plan for a truce, but that "doubts" remain": a reservation
        right after the claim in the same sentence."""
        sent = self.parsed.sentence_at(st.start)
        after = self.parsed.text[st.end:sent.end_char].lower()
        return bool(re.match(r"\W*(?:,\s*)?but\b(?!\s+also)", after)) or bool(re.match(r"\W*(?:,\s*)?(?:only\s+)?if\b", after))

    def _has_stance_signal(self, claim: str, cue: str | None, lemmas: str | None = None) -> bool:
        """A stance word in ``claim`` (or its ``cue``, or ``lemmas``: the claim's lemmas, found from
        the article when not given)."""
        low = (claim + " " + (cue or "")).lower()
        if lemmas is not None:
            low += " " + lemmas
        else:
            span = self.doc.char_span(*self._find(claim), alignment_mode="expand") if self._find(claim) else None
            if span is not None:
                low += " " + " ".join(t.lemma_.lower() for t in span)
        w = self.words
        markers = w["support_verbs"] + w["oppose_verbs"] + w["doubt"] + ["should", "must", "need to", "have to", "would like", "want",
                                                                         "would not", "will not", "cannot", "can not", "won't", "wo n't"]
        # a negative judgement said of something ("the treaty was a blunder") is a stance too
        return _has_any(low, markers) or _judgement_pattern().search(low.replace("’", "'")) is not None

    def _mention_only(self, st: _Statement) -> bool:
        """``st`` only mentions its topic ("Sanctions were discussed at the meeting", "sanctions were
        on the agenda"): a mention word of ``data/stance.toml`` and no stance word (support, oppose,
        doubt, judgement, modal; the cue of a stance verb counts). Such a claim gives no position:
        the stance vocabulary has no 'neutral', and support would be made up."""
        if st.stance:
            return False
        low = " " + (self._lemma_text(st) + " " + st.claim).lower().replace("’", "'") + " "
        if not _has_any(low, self.words.get("mention_words", [])):
            return False
        return not self._has_stance_signal(st.claim, st.cue if st.quote_id is None else None)

    def _masked_tokens(self, st: _Statement) -> set[int]:
        """Indices of the tokens of ``st`` that name no issue and state no stance: an idiom of
        ``data/stance.toml`` ("a meeting of minds", "took place"; matched on words or lemmas) and a
        physical act, a verb of physical_acts with a place or thing of concrete_nouns for object
        ("blocked the road": the verb and the object's phrase); the verb of "vote for/against X"
        (X is the issue, not elections); the rejected half of a contrast (:meth:`_contrasted`)."""
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        if span is None:
            return set()
        w = self.words
        out: set[int] = set()
        toks = list(span)
        low = st.claim.lower()
        lemmas = " ".join(t.lemma_.lower() for t in toks)
        for idiom in w.get("idioms", []):
            if not (_has(low, idiom) or _has(lemmas, idiom)):
                continue  # one search, not a scan of every token, for an idiom that is not there
            parts = idiom.split()
            for k in range(len(toks) - len(parts) + 1):
                if all(p in (t.lower_, t.lemma_.lower()) for p, t in zip(parts, toks[k:k + len(parts)])):
                    out |= {t.i for t in toks[k:k + len(parts)]}
        out |= self._contrasted(toks)
        for tok in toks:
            # "vote against it", "voted for the levy": a stance on what is voted on, not on elections
            if tok.pos_ == "VERB" and tok.lemma_.lower() == "vote" and any(
                    c.dep_ == "prep" and c.lower_ in ("for", "against") for c in tok.children):
                out.add(tok.i)
        concrete = set(w.get("concrete_nouns", []))
        for tok in toks:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in w.get("physical_acts", []):
                objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in concrete or c.lemma_.lower() in concrete)]
                if objs:
                    out.add(tok.i)
                    out |= {c.i for c in tok.children if c.dep_ == "prt"}
                    out |= {t.i for o in objs for t in o.subtree}
        return out

    @staticmethod
    def _contrasted(toks: list[Token]) -> set[int]:
        """Indices of the rejected half of a contrast "X, not Y" ("needs stability, not another
        year of cuts"): the "not" hanging on a noun after a comma, and the phrase after it. The
        claim is then read on X alone (support for X, or no row when X is no issue), so the
        "not" neither turns the stance to oppose nor ends up in a topic phrase ("stability not")."""
        out: set[int] = set()
        for tok in toks:
            head = tok.head
            if tok.dep_ != "neg" or head.pos_ not in ("NOUN", "PROPN") or tok.i <= head.i:
                continue
            if tok.i == 0 or tok.doc[tok.i - 1].text not in (",", ";", "—", "–", "-"):
                continue
            out.add(tok.i)
            for sib in head.children:
                if sib.i > tok.i and sib.dep_ in ("appos", "conj", "dobj", "pobj", "npadvmod", "dep"):
                    out |= {t.i for t in sib.subtree}
        return out

    def _view(self, st: _Statement, masked: set[int]) -> tuple[str, str, str | None]:
        """(claim, lemmas, cue) of ``st`` as its topic and stance are read: the masked tokens
        (:meth:`_masked_tokens`) blanked out of the claim (same length) and left out of the lemmas;
        the cue dropped when it is a masked word."""
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        lemmas = " ".join(t.lemma_.lower() for t in span if t.i not in masked) if span is not None else ""
        if not masked:
            return st.claim, lemmas, st.cue
        chars = list(st.claim)
        cue = st.cue
        for i in masked:
            t = self.doc[i]
            for c in range(max(t.idx - st.start, 0), min(t.idx + len(t.text) - st.start, len(chars))):
                chars[c] = " "
            if cue and t.lemma_.lower() == cue.lower():
                cue = None
        return "".join(chars), lemmas, cue

    def _find(self, claim: str) -> tuple[int, int] | None:
        pos = self.parsed.text.find(claim)
        return (pos, pos + len(claim)) if pos >= 0 else None

    def _fallback_topic(self, st: _Statement, masked: frozenset[int] = frozenset()) -> tuple[str | None, list[Token]]:
        """A short topic phrase from the claim (its object) for a statement on no listed topic, and
        the words undoing it when the claim judges an undoing ("scrapping the treaty was the right
        call" -> ("treaty", [scrapping]): the stance is then reversed, as for a listed topic)."""
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        if span is None or not len(span):
            return None, []
        root = span.root
        # "scrapping the treaty was the right call": the judged act, not the judgement, and what it undoes
        csubj = next((c for c in root.children if c.dep_ == "csubj"), None) if root.lemma_ == "be" else None
        if csubj is not None:
            objs, undo = self._undo_objects(csubj)
            if objs and self.actors.mention_at(objs[0]) is None and objs[0].pos_ != "PRON":
                phrase = self._phrase(objs[0])
                return phrase, (undo if phrase else [])
        # "urged Arvena and Tolmark to renew their old pact": the complement's object
        xcomp = next((c for c in root.children if c.dep_ in ("xcomp", "ccomp")), None)
        obj = next((c for c in xcomp.children if c.dep_ == "dobj"), None) if xcomp is not None else None
        if obj is None and root.lemma_ == "be" and self._judged(root):
            # "the treaty was a blunder", "the fares were a good idea": the thing judged, not the judgement
            obj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON" and self.actors.mention_at(c) is None), None)
        if obj is None or self.actors.mention_at(obj) is not None:
            obj = next((c for c in root.children if c.dep_ in ("dobj", "attr", "pobj") and self.actors.mention_at(c) is None), None)
        if obj is None:
            # (within the claim's own words: the root's subtree may be a whole run-on sentence)
            preps = [c for c in root.children if c.dep_ == "prep"] or [c for c in span if c.dep_ == "prep" and c.head.dep_ in ("advmod", "prt", "acomp")]
            for prep in preps:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is None:
                    # "looks forward to continuing his relationship with Bush": the gerund's object
                    pcomp = next((c for c in prep.children if c.dep_ == "pcomp"), None)
                    obj = next((c for c in pcomp.children if c.dep_ == "dobj"), None) if pcomp is not None else None
                if obj is not None:
                    break
        if obj is None:
            obj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if obj is None or obj.pos_ == "PRON" or self.actors.mention_at(obj) is not None:
            return None, []  # "he had spoken with Vasquez": a person is not a topic
        # (a group of people is no issue either: data/stance.toml people_nouns, below)
        if obj.i in masked:
            return None, []  # "a meeting of minds", "took place", "blocked the road": no issue
        people = set(self.words.get("people_nouns", []))
        if obj.lower_ in people or obj.lemma_.lower() in people:
            return None, []  # "keep asking families to pay more": the people affected are no issue
        return self._phrase(obj), []

    def _event_claim(self, st: _Statement, found: list, view: tuple[str, str, str | None]) -> bool:
        """``st`` claims that something happened to an issue ("claimed the election was stolen",
        "said the deal was signed"): no stance word, a past passive verb, and a listed topic's
        keyword in its subject. A claim about an event is no stance on the issue (the stance
        vocabulary has no 'neutral'), so it gives no row (rule: stance.toml, claims of events)."""
        if st.stance or not found or self._has_stance_signal(*view[:1], view[2], view[1]):
            return False
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        # a past passive ("was stolen", "were signed"): no modal ("would be covered" is a plan), no
        # negation ("have not been received"), not a copula ("the election was significant")
        aux = [c for c in root.children if c.dep_ in ("aux", "auxpass", "neg")]
        if root.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" for c in root.children):
            return False
        if not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in aux) or any(c.tag_ == "MD" or c.dep_ == "neg" for c in aux):
            return False
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        words = " " + " ".join(t.lower_ for t in subj.subtree) + " "
        return any(_has(words, k) for t in found if isinstance(t, dict) for k in t["keywords"])

    def _pronoun_ref(self, st: _Statement) -> str | None:
        """How ``st`` points back to an earlier issue instead of naming one: 'object' when its verb's
        object is a pronoun ("Tusk supports them", "would veto it"), 'subject' when the subject of
        its judgement is "that"/"this" ("That is a mistake": the earlier statement is judged);
        None otherwise."""
        span = self.doc.char_span(st.start, st.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        root = span.root
        heads = [root] + [c for c in root.children if c.dep_ == "xcomp"]
        for head in heads:
            for c in head.children:
                obj = c if c.dep_ == "dobj" else next((p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" else None
                if obj is not None and obj.lower_ in _OBJECT_PRONOUNS and obj.pos_ in ("PRON", "DET") and not list(obj.children):
                    return "object"
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in _SUBJECT_PRONOUNS and not list(subj.children):
            return "subject"
        return None

    def _antecedents(self, st: _Statement, by_sentence: dict) -> list[tuple[dict, str]]:
        """The listed topics an anaphoric statement (:meth:`_pronoun_ref`) points back to, with the
        stance they were stated with: the statements earlier in the same sentence, else those of
        the previous sentence, else the topics of the previous sentence's words (read as a
        statement: "The EU imposed sanctions." -> sanctions, support), else the one topic phrase read
        from an earlier statement there ("opposes the tax"). Empty when none has a topic."""
        found: dict[str, tuple[dict, str]] = {}
        phrases: dict[str, tuple[str, str]] = {}  # topics read from claims ("the tax"), last resort
        for _o, _p, topic, stance in by_sentence.get(st.sentence, []):
            if _o.start < st.start and _o is not st:
                if isinstance(topic, dict):
                    found.setdefault(topic["id"], (topic, stance))
                else:
                    phrases.setdefault(topic.lower(), (topic, stance))
        previous = st.sentence - 1
        # a sentence of one or two words states nothing (a speaker's label "LAVROV:"): look past it
        while previous >= 0 and sum(t.is_alpha for t in self.parsed.sentences[previous]) < 3:
            previous -= 1
        if found or previous < 0:
            return list(found.values()) or list(phrases.values())
        for _o, _p, topic, stance in by_sentence.get(previous, []):
            if isinstance(topic, dict):
                found.setdefault(topic["id"], (topic, stance))
            else:
                phrases.setdefault(topic.lower(), (topic, stance))
        if not found:
            sent = self.parsed.sentences[previous].text
            for topic in match_topics(sent, self.parsed.text):
                found.setdefault(topic["id"], (topic, classify_stance(sent)))
        # no listed topic: the topic phrase of the earlier statement ("Patel opposes the tax. Patel
        # vowed to vote against it." -> tax), when there is exactly one to point back to
        return list(found.values()) or (list(phrases.values()) if len(phrases) == 1 else [])

    def _judged(self, be: Token) -> bool:
        """``be`` has a judgement for predicate: a word of ``data/stance.toml`` (judgements, stance
        words: "a blunder", "a good idea", "the right call", "wise")."""
        w = self.words
        markers = w.get("judgements", []) + w["support_verbs"] + w["oppose_verbs"]
        for pred in (c for c in be.children if c.dep_ in ("attr", "acomp")):
            low = " ".join(t.lower_ for t in pred.subtree)
            if _has_any(low, markers):
                return True
        return False

    def _phrase(self, obj: Token) -> str | None:
        """The words of the noun phrase headed by ``obj``, without determiners and clauses on it."""
        cut = {t.i for c in obj.subtree if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
        cut |= self._contrasted(list(obj.subtree))  # "stability, not another year of cuts": "stability"
        np = [t for t in obj.subtree if t.i not in cut and not t.is_punct and t.i - obj.left_edge.i < 7]
        if any(t.lower_ == "its" and t.dep_ == "poss" for t in np):
            return None  # "Not in its current form": the topic is what "its" refers to, not named here
        words = [t.text for t in np if t.dep_ != "det"][:6]
        text = " ".join(words).strip()
        return text or None

    def _framing(self) -> list[tuple[Actor, _Statement, int]]:
        """Reporter framing: "..., which will come as a bitter disappointment to Kyiv"."""
        out = []
        framing = self.words.get("framing", {})
        for tok in self.doc:
            sign = framing.get(tok.lemma_.lower())
            if sign is None:
                continue
            target = None
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "for"):
                    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if target is None:
                continue
            actors = self.actors.resolve(target, create=False)
            if not actors and lexicons.country_of(target.text):
                name = lexicons.country_of(target.text)[0]
                found = self.actors.find_by_name(name) or self.actors._new_actor(name, COUNTRY)
                if not found.mentions:
                    self.actors._add_mention(target.i, target.i + 1, found, "name")
                actors = [found]
            if not actors:
                continue
            sent = self.parsed.sentences[self.parsed.sentence_index(tok.idx)]
            clause_text = sent.text
            out.append((actors[0], _Statement(speakers=[], claim=clause_text, start=sent.start_char, end=sent.end_char,
                                              quote_id=None, cue=None, source_kind="reporter",
                                              sentence=self.parsed.sentence_index(tok.idx)), sign))
        return out

    def build(self) -> list[dict]:
        items: list[tuple[Actor, dict | str, str, _Statement, Actor | None]] = []
        statements = self.statements()
        by_sentence: dict[int, list[tuple[_Statement, Actor, dict | str, str]]] = {}
        pending: list[tuple[_Statement, str, str]] = []  # statements pointing back (_pronoun_ref)
        article_text = self.parsed.text
        for st in statements:
            if st.end - st.start > MAX_CLAIM_CHARS:
                # a claim longer than any real quotation (quotations nested a thousand deep): read
                # its first MAX_CLAIM_CHARS characters, cut at a space, so the time stays linear
                cut = article_text.rfind(" ", st.start, st.start + MAX_CLAIM_CHARS)
                st.end = cut if cut > st.start else st.start + MAX_CLAIM_CHARS
                st.claim = article_text[st.start:st.end]
            if self._mention_only(st):
                continue  # "Sanctions were discussed, Peskov said": a topic mentioned, no stance on it
            masked = self._masked_tokens(st)
            view_claim, view_lemmas, view_cue = self._view(st, masked)
            found = match_topics(view_claim, article_text) or match_topics(self._topic_frame(st), article_text)
            if any(t.get("needs_stance_word") for t in found) and not self._has_stance_signal(view_claim, view_cue, view_lemmas):
                found = [t for t in found if not t.get("needs_stance_word")]
                if not found:
                    continue
            if self._event_claim(st, found, (view_claim, view_lemmas, view_cue)):
                continue  # "claimed the election was stolen": a claim about an event, no stance
            if st.stance:
                stance = st.stance
                if stance == "support" and self._reservation_follows(st):
                    stance = "conditional"
                if re.search(r"\bmade\b.{0,60}\bconditional on\b", st.claim):
                    stance = "conditional"
            else:
                stance = self._read_stance(st, view_lemmas + " " + view_claim, view_cue if st.quote_id is None else None)
            if not found:
                if _AGREEMENT.search(st.claim):
                    continue  # takes the other side's topics below
                if not self._has_stance_signal(view_claim, view_cue, view_lemmas):
                    continue
                ref = self._pronoun_ref(st)
                if ref is not None:
                    pending.append((st, ref, stance))  # "Tusk supports them": resolved below
                    continue
                phrase, undo = self._fallback_topic(st, frozenset(masked))
                if not phrase:
                    continue
                found = [phrase]
                if undo:
                    # "scrapping the treaty was the right call": opposes the treaty
                    stance = undone_stance(stance) if st.stance else self._undone_topic_stance(st, phrase, undo)
            for speaker in st.speakers:
                principal = self._principal(speaker, st)
                for topic in found:
                    topic_stance = stance if st.stance else self._topic_stance(st, topic, stance, view_claim)
                    undo = self._undoing(st, topic)
                    if undo:
                        # "it would be a mistake to lift sanctions": a stance on sanctions, reversed
                        topic_stance = undone_stance(stance) if st.stance else self._undone_topic_stance(st, topic, undo)
                    items.append((principal, topic, topic_stance, st, st.said_by[0] if st.said_by else speaker))
                    by_sentence.setdefault(st.sentence, []).append((st, principal, topic, topic_stance))
        # a pronoun for an issue ("Orban opposes new sanctions. Tusk supports them."): the topic of
        # the earlier clause or sentence, with the statement's own stance; "that"/"this" judged
        # ("KALLAS: We will keep the sanctions. LAVROV: That is a mistake."): the earlier
        # statement's topic, its stance kept by a favourable judgement, reversed by an opposing one
        for st, ref, stance in sorted(pending, key=lambda p: p[0].start):
            for topic, earlier in self._antecedents(st, by_sentence):
                if ref == "subject":
                    topic_stance = earlier if stance == "support" else reverse_stance(earlier) if stance == "oppose" else stance
                else:
                    topic_stance = stance
                for speaker in st.speakers:
                    principal = self._principal(speaker, st)
                    items.append((principal, topic, topic_stance, st, st.said_by[0] if st.said_by else speaker))
                    by_sentence.setdefault(st.sentence, []).append((st, principal, topic, topic_stance))
        # "X agreed with Y": X takes Y's stance on Y's topics in the same sentence
        # ("X disagreed with Y", "X did not agree with Y": the reverse of Y's stance)
        for st in statements:
            agreement = _AGREEMENT.search(st.claim)
            if agreement is None:
                continue
            contrary = bool(agreement.group("dis") or agreement.group("neg"))
            for other_st, other_actor, topic, stance in by_sentence.get(st.sentence, []):
                if other_st is st or any(other_actor is s for s in st.speakers):
                    continue
                if other_actor.name.split()[-1] not in st.claim:
                    continue
                for speaker in st.speakers:
                    principal = self._principal(speaker, st)
                    # the claim stays the agreement's own words ("agreed with President Volkov"):
                    # start/end point at exactly them, not into the other actor's clause
                    merged = _Statement(speakers=st.speakers, claim=st.claim, start=st.start, end=st.end,
                                        quote_id=st.quote_id, cue=st.cue, sentence=st.sentence)
                    items.append((principal, topic, reverse_stance(stance) if contrary else stance, merged, speaker))
        # reporter framing: the actor feels (sign) about the clause's stance
        for actor, st, sign in self._framing():
            topics_here = [(t, s) for (other, _p, t, s) in by_sentence.get(st.sentence, []) if isinstance(t, dict)]
            for topic, stance in topics_here[:1]:
                negative = stance in ("oppose", "doubtful")
                inferred = "support" if (sign < 0) == negative else "oppose"
                items.append((actor, topic, inferred, st, None))
        # a topic read from the claim that is the head of a longer one the article also has ("the
        # levy" beside "the parking levy") is that longer topic
        written: dict[str, str] = {}  # lower-case label -> the topic as first written
        for _a, t, _s, _st, _sp in items:
            if isinstance(t, str):
                written.setdefault(t.lower(), t)
        longer = {}
        for label in written:
            wider = [w for w in written if w.endswith(" " + label)]
            if wider:
                longer[label] = written[min(wider, key=len)]
        items = [(a, longer.get(t.lower(), t) if isinstance(t, str) else t, s, st, sp) for a, t, s, st, sp in items]
        # roll up per (actor, topic, source kind)
        groups: dict[tuple[str, str, str], list] = {}
        for actor, topic, stance, st, speaker in items:
            label = topic["label"] if isinstance(topic, dict) else topic
            key = (actor.actor_id, label.lower(), st.source_kind)
            groups.setdefault(key, []).append((actor, topic, stance, st, speaker))
        rows = []
        for (_aid, _label, source_kind), members in groups.items():
            members.sort(key=lambda m: m[3].start)
            # one piece of evidence per statement
            seen = set()
            unique = []
            for m in members:
                k = (m[3].start, m[3].end, m[2])
                if k not in seen:
                    seen.add(k)
                    unique.append(m)
            stances = [m[2] for m in unique]
            stance, changed = roll_up(stances)
            main = next((m for m in unique if m[2] == stance), unique[0])
            actor, topic, _s, st, speaker = main
            rows.append(
                {
                    "actor": actor.name,
                    "actor_id": actor.actor_id,
                    "topic": topic["label"] if isinstance(topic, dict) else topic,
                    "stance": stance,
                    "claim": st.claim,
                    "quote_id": st.quote_id,
                    "start": st.start,
                    "end": st.end,
                    "speaker": "reporter" if source_kind == "reporter" else "; ".join(sorted({m[4].name for m in unique if m[4] is not None})) or actor.name,
                    "source_kind": source_kind,
                    "topic_known": isinstance(topic, dict),
                    # said_by: who said each statement (the reporter of a report, "Trump said he and
                    # Putin invited each other"), so the evidence names its own speaker, not the row's
                    "evidence": [{"quote_id": m[3].quote_id, "start": m[3].start, "end": m[3].end, "stance": m[2], "claim": m[3].claim,
                                  "said_by": "reporter" if source_kind == "reporter" else (m[4].name if m[4] is not None else actor.name)}
                                 for m in unique],
                    "stance_changed": changed,
                    "topic_id": topic["id"] if isinstance(topic, dict) else None,
                }
            )
        rows.sort(key=lambda r: (r["source_kind"] != "stated", r["start"]))
        return rows


def extract_positions(parsed: Parsed, actors: ActorIndex, quotes: pd.DataFrame) -> pd.DataFrame:
    """The ``positions`` table (columns in :mod:`lib.schema`), one row per (actor, topic, source
    kind), stated positions first in text order, then the reporter's inferences; ``position_id``
    'P1', 'P2', ... ``start``/``end`` are offsets of the main statement; ``evidence`` lists every
    statement rolled into the row (quote_id, start, end, stance, claim, said_by: who said it). Never raises."""
    rows = _Extractor(parsed, actors, quotes).build()
    for n, row in enumerate(rows, start=1):
        row["position_id"] = f"P{n}"
        row["article_id"] = parsed.article.article_id
    return make_frame("positions", rows)
