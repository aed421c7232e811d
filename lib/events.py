"""Contact events: calls, meetings, visits, summits, talks and conferences, one row per event.

:func:`extract_events` finds event mentions from verbs ("phoned", "spoke with", "X and Y spoke by
phone", "met" — not "met with criticism" nor "met the deadline" —, "will travel to", "hosted") and nouns ("a phone call", "the conversation", "talks", "an invitation to visit
Moscow", "a summit in Munich"); the word lists are in ``data/events.toml``. For each mention it reads:

* **participants** — canonical actors (:mod:`lib.actors`): the subject and the object or
  "with/to/between" phrase of the trigger, the owner of a noun ("he had a phone call with Putin");
  "the two leaders", "each other", "both sides", "the warring sides" resolve from context; a group
  named only by nationality ("U.S. and Russian representatives") stands for its countries; "I"/"we"
  inside a quotation is its speaker, and a "we" that gives only the speaker adds the partner of the
  speaker's event in the same or next sentence ('"We will meet again," said Macron after talks
  with Scholz'); a gerund in a time adjunct takes the main clause's subject
  ("After meeting Xi, Biden flew to Lima"); "between X and Y" on an event noun names every side, so
  whoever rules it out or proposes it is not one ("The Kremlin ruled out a meeting between Putin
  and Zelensky"); a name the parser took into a date entity ("met Xi a year ago") is still a name;
* **gapped coordination** — "Biden phoned Xi on Monday, Macron on Tuesday" is two calls, one per
  remnant "<name> [on] <date>";
* **date** — for a postponed event its new day ("postponed until Monday", "pushed back to 20
  March"; when it names none, "postponed indefinitely", the first day if any); else the time
  expression of the trigger's own clause (:mod:`lib.timex`), not that of a verb of saying around
  it ("Peskov told TASS on Sunday that ..."), nor a "since 2019" (the span before the event: "her
  first visit to China since 2019"); a sentence-opening "Later," or "Earlier,"
  applies to the events reported in its sentence; a hard-wrapped line ("met in\nSan Francisco on
  Tuesday.", a single newline with no punctuation before it and no verb after it) continues the
  sentence, for the date and the place;
* **status** — from tense, modality and negation of the trigger and the words governing it:
  happened, planned ("will", "would", "is due to", "agreed to"), proposed (an invitation, "would
  love to", "could meet", "hopes to meet", "called for a summit"), possible ("may", "maybe",
  "probably", "was expected to", "whether"), denied (a negated trigger, "no plans for a call", a
  refusal "refused/declined to meet", the clause a verb of denial governs "denied that he had spoken
  to Wu"), cancelled (cancelled, called off, suspended, a past-perfect plan with "but": "had planned
  to visit on Monday but stayed at home", "will no longer visit", a withdrawal "pulled out of /
  withdrew from / quit the talks" — but "walked out of talks" stays happened: the talks took place
  and he left them), postponed (postponed, delayed, pushed back, put off, rescheduled, "moved to
  14 March" but not "moved to Geneva": the event still takes place, later); an event noun that "is
  expected" is planned; a purpose infinitive takes the status of its verb ("could fly to Berlin to
  meet Lang" -> proposed);
* **no event** for what is not asserted or not an occurrence: negated speech ("did not say / never
  said he would meet Xi"), a generic statement (simple present, bare plural subject, no day and no
  named side: "wars end in talks"), an anaphoric word ("the session") with nothing before it to
  refer to and fewer than two sides; "X and Y spoke for two hours" (several speakers and a length)
  is a call, "X and Y spoke on Tuesday" alone is not (it may be two speeches);
* **location** ("in Munich", "visit Moscow", "flown to Moscow") and **duration** in minutes
  ("lasted nearly an hour-and-a-half" -> 90, approximate);
* **questions** give no event: a sentence (or the quoted part of one) ending in "?", an
  interviewer's "Q:" line (the transcript's lines come from :func:`lib.article.interview_lines`, as
  for the quotations), a clause asked about ("asked whether he would meet Putin"). An answer may
  report one: "Q: Will you meet Putin next week?" / "A: Yes, we will meet on Tuesday" is a planned
  meeting of the interviewee ("you" in the question) and Putin, from the answer; a bare "A: Yes."
  confirms the question's event, with the status its words give ("Did you call ...?" -> happened).

Mentions of one event are merged into one row (design.md; issue 4): same kind family (call;
meeting/summit/talks/conference; visit), compatible participants and dates. "The phone call between
Putin and Trump lasted ..." after "a phone call with Vladimir Putin on Wednesday" is the same call;
"The conversation lasted ninety minutes" after "phoned his counterpart" adds its duration to that
call. ``mentions`` lists every mention's trigger offsets.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Span, Token

from lib import lexicons
from lib.actors import COUNTRY, GROUP, ORGANISATION, PERSON, Actor, ActorIndex, nationality_of
from lib.article import interview_lines
from lib.nlp import Parsed
from lib.schema import make_frame

FAMILIES = {"call": "call", "meeting": "meeting", "summit": "meeting", "talks": "meeting", "conference": "meeting", "visit": "visit", "anaphoric": "anaphoric"}
_STATUS_ORDER = ["cancelled", "postponed", "denied", "possible", "proposed", "planned", "happened"]
_GROUP_HEADS = {"representatives", "teams", "team", "delegation", "delegations", "officials", "negotiators", "ministers",
                "diplomats", "envoys", "leaders", "sides", "side", "counterparts", "governments", "government", "forces",
                "colleagues", "partners", "allies", "lawmakers", "members", "troops", "military"}
_FIRST_PERSON = {"i", "me", "we", "us", "our", "my"}
# Verbs (and adjectives) of intention whose past perfect with "but" reports a plan that fell
# through: "had planned/intended/hoped/been due to meet ... but".
_INTENTIONS = {"plan", "intend", "hope", "want", "mean", "expect", "schedule", "arrange", "due", "set", "suppose", "aim", "agree"}
# Nouns of intention: "no plans to meet", "no intention of visiting" denies the event.
_INTENTION_NOUNS = {"plan", "intention", "intent", "desire", "wish", "interest", "appetite", "need", "reason", "prospect", "chance"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "today", "tomorrow", "yesterday", "christmas", "easter", "ramadan", "eid", "diwali", "passover"}
# Prepositions of a time or manner adjunct whose gerund has the main clause's subject ("After meeting
# Xi, Biden flew to Lima", "before visiting Kyiv", "without calling Macron").
_GERUND_ADJUNCT_PREPS = {"after", "before", "since", "following", "upon", "on", "while", "when", "by", "without", "despite"}
# Verbs whose object is the doer of their complement ("urged X to meet", "called on X to talk").
_OBJECT_CONTROL = {"urge", "call", "ask", "tell", "invite", "encourage", "persuade", "press", "push", "order", "allow"}


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = lexicons.load("events")
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for kind, spec in data["kinds"].items():
        for verb in spec.get("verbs", []):
            verbs[verb] = kind
        for noun in spec.get("nouns", []):
            nouns[noun] = kind
    return {
        "verbs": verbs,
        "nouns": nouns,
        "motion": set(data["kinds"]["visit"].get("motion_verbs", [])),
        "anaphoric": set(data.get("anaphoric_nouns", [])),
        "not_events": set(data.get("not_events", [])),
        "status": {k: set(v) for k, v in data["status"].items()},
        "meet_not_objects": set(data.get("meet_not_objects", [])),
        "phone_words": set(data.get("phone_words", [])),
        "call_purposes": set(data.get("call_purposes", [])),
        "not_names": set(data.get("not_names", [])),
        "question_verbs": set(data.get("question_verbs", [])),
        "affirmative_answers": list(data.get("affirmative_answers", [])),
    }


@dataclass
class Mention:
    """One event mention: its trigger token and what it says."""

    trigger: Token
    kind: str
    noun: bool
    anaphoric: bool = False
    definite: bool = False
    plural: bool = False
    participants: list[Actor] = field(default_factory=list)
    status: str = "happened"
    date: str | None = None
    date_text: str | None = None
    granularity: str | None = None
    timex_value: str | None = None
    period: tuple[str | None, str | None] = (None, None)
    date_anchor: str | None = None
    location: str | None = None
    minutes: float | None = None
    duration_text: str | None = None
    approximate: bool = False
    sentence: int = 0
    weak_status: bool = False
    n_subjects: int | None = None  # participants[:n_subjects] came from the verb's subject
    timex_last: int | None = None  # token index of the last word of the date's time expression
    dropped: bool = False
    question: bool = False  # asked about, not reported: gives no event (see _Extractor._is_question)
    answered_in: int | None = None  # the sentence of the answer that confirms a question ("A: Yes.")

    @property
    def family(self) -> str:
        """Kind family used for merging: call, meeting (meeting, summit, talks, conference) or visit."""
        return FAMILIES[self.kind]


@dataclass
class Event:
    """Merged mentions of one event."""

    mentions: list[Mention]

    @property
    def main(self) -> Mention:
        """The first mention, whose sentence is the event's evidence."""
        return self.mentions[0]


class _Extractor:
    def __init__(self, parsed: Parsed, actors: ActorIndex, timexes: pd.DataFrame, quotes: pd.DataFrame | None) -> None:
        self.parsed = parsed
        self.doc = parsed.doc
        self.actors = actors
        self.lex = _lexicon()
        self.timexes = timexes[timexes["kind"] == "date"].to_dict("records") if len(timexes) else []
        self.durations = timexes[timexes["kind"] == "duration"].to_dict("records") if len(timexes) else []
        self.timex_tokens: list[tuple[dict, list[Token]]] = []
        for tx in self.timexes + self.durations:
            span = self.doc.char_span(int(tx["start"]), int(tx["end"]), alignment_mode="expand")
            self.timex_tokens.append((tx, list(span) if span is not None else []))
        self.quote_spans: list[tuple[int, int, list[str]]] = []
        self.report_spans: list[tuple[int, int, list[str]]] = []  # every quotation, reported ones too
        self.marked_spans: list[tuple[int, int]] = []  # quotations in marks, with a speaker or not
        # an interview transcript's "Q:"/"A:" lines (lib.quotes): (label, start, end) of their words
        self.qa_lines = interview_lines(parsed.text)
        answer_starts = {a for label, a, _b in self.qa_lines if label == "A"}
        self.interviewee: list[Actor] = []  # the speaker lib.quotes gave the answers
        if quotes is not None and len(quotes):
            for row in quotes.to_dict("records"):
                if row["kind"] in ("direct", "partial"):
                    self.marked_spans.append((int(row["start"]), int(row["end"])))
                if row.get("form") == "transcript" and int(row["start"]) in answer_starts and not self.interviewee:
                    self.interviewee = [actors.actor(i) for i in row["speaker_ids"] if i in actors.actors]
                if row["speaker_ids"]:
                    span = (int(row["start"]), int(row["end"]), list(row["speaker_ids"]))
                    self.report_spans.append(span)
                    if row["kind"] in ("direct", "partial"):
                        self.quote_spans.append(span)
        self.boiler = [(s, e) for s, e in parsed.article.boilerplate]
        self.dct = parsed.article.published_date
        self._ents: dict[int, Span] | None = None
        self.speech = frozenset(lexicons.cues()["speech_verbs"])
        # the actor mentions known before event extraction: a pronoun is resolved again only for a
        # name found since (see _pronoun_agent)
        self._first_pass = {(m.start, m.actor_id) for m in actors.mentions}

    # -- triggers ----------------------------------------------------------------------------

    def triggers(self) -> list[Mention]:
        out: list[Mention] = []
        lex = self.lex
        for tok in self.doc:
            if tok.is_space or any(s <= tok.idx < e for s, e in self.boiler):
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB":
                kind = self._verb_kind(tok, lemma)
                if kind:
                    out.append(Mention(trigger=tok, kind=kind, noun=False, sentence=self.parsed.sentence_index(tok.idx)))
                continue
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
                kind, anaphoric = self._noun_kind(tok, lemma)
                if kind:
                    det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), "")
                    out.append(
                        Mention(
                            trigger=tok, kind=kind, noun=True, anaphoric=anaphoric,
                            definite=det in ("the", "that", "this", "those", "these"),
                            plural=tok.tag_ in ("NNS", "NNPS") and lemma not in ("talk", "talks", "negotiation", "negotiations", "consultation"),
                            sentence=self.parsed.sentence_index(tok.idx),
                        )
                    )
        return out

    def _verb_kind(self, tok: Token, lemma: str) -> str | None:
        lex = self.lex
        kids = list(tok.children)
        if lemma in lex["verbs"]:
            kind = lex["verbs"][lemma]
            if lemma in ("receive", "ring", "dial") and not any(c.dep_ == "dobj" and self._is_agent(c) for c in kids):
                return None  # "ringing a large bell", "dialled the number": no one is called
            if lemma in ("host",) and not any(c.dep_ == "dobj" and self._is_agent(c) for c in kids):
                return None
            if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in lex["meet_not_objects"] for c in kids):
                return None  # "met the deadline", "did not meet the threshold"
            if lemma == "meet" and not any(c.dep_ == "dobj" for c in kids):
                # "met with criticism", "was met with scepticism": a reception, not a meeting
                withs = [p for p in kids if p.dep_ == "prep" and p.lower_ == "with"]
                objs = [o for p in withs for o in p.children if o.dep_ == "pobj"]
                if objs and all(o.lemma_.lower() in lex["meet_not_objects"] for o in objs):
                    return None
                if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) and withs:
                    return None  # "the plan was met with ..." is never a meeting
            return kind
        if lemma == "call":
            # "Trump called Putin": a person as object, no "for"/"on"/complement; "on Monday" and
            # "called her to discuss trade" (a purpose) are still calls
            def purpose(c: Token) -> bool:
                return c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and c.lemma_.lower() in lex.get("call_purposes", ())

            def day(c: Token) -> bool:
                return any(o.ent_type_ in ("DATE", "TIME") for o in c.children)

            lone_name = not any(c.dep_ == "dobj" for c in kids)  # "called President Xi Jinping": oprd is the callee
            if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and not purpose(c) and not (lone_name and c.dep_ == "oprd" and c.pos_ == "PROPN") for c in kids) \
                    or any(c.dep_ == "prep" and (c.lower_ in ("for", "off") or c.lower_ == "on" and not day(c)) for c in kids) or any(c.dep_ == "prt" for c in kids):
                return None
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            if obj is None:
                # "called President Xi Jinping on Monday", parsed as a naming complement
                obj = next((c for c in kids if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
            if obj is not None and self._is_agent(obj, person_only=True):
                return "call"
            return None
        if lemma in ("speak", "talk"):
            for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ in ("with", "to")):
                if any(c.dep_ == "pobj" and self._is_agent(c) for c in prep.children):
                    return "call"
            # "Dubois and Carter spoke by phone": two or more speakers and a phone channel
            phone = any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "over", "on", "via") and any(
                o.dep_ == "pobj" and (o.lemma_.lower() in lex["phone_words"] or any(x.lemma_.lower() in lex["phone_words"] for x in o.children if x.dep_ == "compound"))
                for o in c.children) for c in kids)
            # "Putin and Trump spoke for nearly two hours": two or more speakers and a length in
            # hours or minutes are a conversation between them, a call like "spoke with" (a day
            # alone is not enough: "X and Y spoke on Tuesday" may be two speeches)
            lasting = any(c.dep_ == "prep" and c.lower_ == "for" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in ("hour", "minute") for o in c.children) for c in kids)
            if phone or lasting:
                subjects = [c for c in kids if c.dep_ == "nsubj"]
                if any(s.conjuncts or s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "two", "both") for s in subjects):
                    return "call"
            return None
        if lemma in lex["motion"]:
            for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "into")):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.ent_type_ in ("GPE", "LOC", "FAC") or lexicons.country_of(pobj.text)):
                    return "visit"
            if lemma == "arrive" and any(c.dep_ == "prep" and c.lower_ == "in" for c in kids):
                return "visit"
            return None
        return None

    def _noun_kind(self, tok: Token, lemma: str) -> tuple[str | None, bool]:
        lex = self.lex
        left = " ".join(t.lower_ for t in self.doc[max(0, tok.i - 2):tok.i + 1])
        right = " ".join(t.lower_ for t in self.doc[tok.i:tok.i + 2])
        for phrase in lex["not_events"]:
            if phrase in left or phrase in right:
                return None, False
        if lemma in lex["anaphoric"] or tok.lower_ in lex["anaphoric"]:
            return "anaphoric", True
        kind = lex["nouns"].get(lemma) or lex["nouns"].get(tok.lower_)
        if kind is None:
            return None, False
        if lemma == "call":
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "to")):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if prep.lower_ == "for" or pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "PERSON", "GPE", "ORG", "NORP") and pobj.pos_ != "PROPN":
                    return None, False  # "a call for calm", "a call on allies to act"
        # a speech channel, not a contact event: "told a Nato summit", "said at a conference"
        head = tok.head
        if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in lexicons.cues()["speech_verbs"] and head.lemma_.lower() in ("tell", "address", "brief", "inform"):
            return None, False
        if lemma in ("summit", "conference", "forum", "gathering", "congress") and tok.dep_ == "pobj" and head.lower_ in ("at", "to", "during") and head.head.lemma_.lower() in ("say", "tell", "speak", "address", "announce", "declare", "write", "add", "warn"):
            return None, False
        if lemma == "round" and not any(c.lower_ == "of" for c in tok.children):
            return None, False
        if lemma == "visit" and tok.pos_ == "VERB":
            return None, False
        return kind, False

    def _is_agent(self, tok: Token, person_only: bool = False) -> bool:
        m = self.actors.mention_at(tok)
        if m is not None:
            actor = self.actors.actor(m.actor_id)
            return actor.kind == PERSON or not person_only or self._surname_like(actor)
        if self._name_like_noun(tok) and (self._known_name(tok) is not None or tok.dep_ == "dobj"):
            return True  # "Merz will call Sanchez": a name the tagger read as a common noun
        if tok.lower_ in ("him", "her", "them", "each", "other", "counterpart") or tok.lemma_.lower() in ("counterpart", "leader", "president", "minister", "official", "envoy", "delegation", "team", "representative", "side"):
            return True
        return tok.pos_ == "PROPN" and not person_only

    def _surname_like(self, actor: Actor) -> bool:
        """True for an organisation actor that is most likely a person the entity tagger
        mislabelled ('Trump said ...' tagged ORG): a single title-case word that is no known
        organisation, outlet, platform or country."""
        name = actor.name
        if actor.kind != ORGANISATION or not re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?", name):
            return False
        low = name.lower()
        return not (low in lexicons.organisation_names() or low in lexicons.media_names()
                    or low in {p.lower() for p in lexicons.platform_names()} or lexicons.country_of(name)
                    or low in _GROUP_HEADS or low in lexicons.person_roles() or low in _CALENDAR)

    def _name_like_noun(self, tok: Token) -> bool:
        """True for a token the tagger read as a singular common noun that looks like a surname:
        one title-case word ('Trump', 'Vance' opening a sentence), with no determiner or modifier,
        no recorded mention, and no role, group, calendar, country or organisation word."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or self.actors.mention_at(tok) is not None:
            return False
        if not re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?", tok.text):
            return False
        if any(not c.is_punct for c in tok.children):
            return False
        low = tok.lower_
        return not (low in _GROUP_HEADS or low in lexicons.person_roles() or low in _CALENDAR or lexicons.country_of(tok.text)
                    or low in lexicons.organisation_names() or low in lexicons.media_names() or low in lexicons.cues()["non_sources"])

    def _known_name(self, tok: Token) -> Actor | None:
        """The known person whose name or surname is the word ``tok`` (see
        :meth:`_name_like_noun`), or None."""
        actor = self.actors.find_by_name(tok.text) or self.actors._match_surname(tok.text)
        return actor if actor is not None and actor.kind == PERSON else None

    def _noun_as_name(self, tok: Token, create: bool) -> Actor | None:
        """The person a surname-like common noun names ("President Trump met Xi on Monday. Trump met
        Modi on Tuesday", where the tagger reads the second 'Trump' as the noun 'trump'): the known
        person with that name or surname, else — when ``create`` — a new person. Records the
        mention. None when ``tok`` does not look like a name (:meth:`_name_like_noun`)."""
        if not self._name_like_noun(tok):
            return None
        actor = self._known_name(tok)
        low = tok.lower_
        common = low in self.lex["not_names"] or re.search(r"(?:ment|tion|sion|ity|ship|ness|ism)$", low) \
            or len(low) >= 7 and re.search(r"(?:ance|ence|ure)$", low)
        if actor is None and create and not common:
            actor = self.actors._new_actor(tok.text, PERSON)
        if actor is not None:
            self.actors._add_mention(tok.i, tok.i + 1, actor, "name")
        return actor

    def _pronoun_agent(self, tok: Token) -> list[Actor] | None:
        """A he/she/him/her resolved again now that the names of the events before it are known
        (the name of an earlier event's subject may have had no entity label, so the first pass
        bound the pronoun to the object: "Rubio met Lavrov. The next day, he met ..."), falling back
        on the subject of a governing clause that names a person the tagger took for an
        organisation or a common noun ("Trump said he may meet Putin"). None when neither finds
        anyone."""
        actor = self.actors.resolve_pronoun(tok)
        before = self.actors.mention_at(tok)
        if actor is not None and before is not None and actor.actor_id != before.actor_id and not any(
                m.actor_id == actor.actor_id and m.start < tok.i and (m.start, m.actor_id) not in self._first_pass
                for m in self.actors.mentions):
            return None  # no new name since the first pass: its answer stands
        if actor is None:
            node = tok.head
            for _ in range(4):
                if node.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "parataxis") or node.head.i == node.i:
                    break
                node = node.head
                subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
                if subj is None:
                    continue
                found = self.actors.mention_at(subj)
                if found is not None and self._surname_like(self.actors.actor(found.actor_id)):
                    actor = self.actors.actor(found.actor_id)
                elif found is None:
                    actor = self._noun_as_name(subj, create=True)
                break
        if actor is None:
            return None
        self.actors._add_mention(tok.i, tok.i + 1, actor, "pronoun")
        return [actor]

    # -- participants ----------------------------------------------------------------------

    def _quote_speaker(self, tok: Token) -> list[Actor]:
        for start, end, ids in self.quote_spans:
            if start <= tok.idx < end:
                return [self.actors.actor(i) for i in ids if i in self.actors.actors]
        return []

    def _in_timex(self, tok: Token) -> bool:
        """True when ``tok`` lies inside a time expression (date or duration) that :mod:`lib.timex`
        found."""
        return any(tok.i in {t.i for t in toks} for _tx, toks in self.timex_tokens)

    def _misdated_name(self, tok: Token) -> Actor | None:
        """The person named by proper noun ``tok`` that the parser took into a date entity ("met Xi
        a year ago": 'Xi a year ago' labelled DATE) although no time expression covers it: the known
        actor of that name or surname, else a new person. None when the words are a calendar word or
        a country."""
        words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and not self._in_timex(t)] + [tok]
        name = " ".join(t.text for t in words)
        if lexicons.country_of(name) or tok.lower_ in _CALENDAR or not re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*", name):
            return None
        actor = self.actors.find_by_name(name) or self.actors._match_surname(name)
        if actor is None:
            actor = self.actors._new_actor(name, PERSON)
        if self.actors.mention_at(tok) is None:
            self.actors._add_mention(words[0].i, tok.i + 1, actor, "name")
        return actor

    def _agents(self, tok: Token) -> list[Actor]:
        """Actors named by the phrase headed by ``tok`` (a participant slot)."""
        if tok.dep_ == "compound" and tok in self._coordinated_compounds(tok.head):
            # "between Solberg and EU trade commissioner Marta Lindqvist": the name alone, not its
            # conjunct (the title of the next name)
            m = self.actors.mention_at(tok)
            return [self.actors.actor(m.actor_id)] if m is not None else []
        if tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            pair = self.actors._resolve_pair(self.actors.noun_phrase(tok))
            if pair:
                return pair  # "The two are expected to meet"
        if tok.ent_type_ in ("DATE", "TIME") and not self._in_timex(tok) and tok.pos_ == "PROPN" and tok.text[:1].isupper():
            named = self._misdated_name(tok)
            if named is not None:
                return [named]
        if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            return []
        if tok.lower_ == "you" and tok.pos_ == "PRON" and self.interviewee and self._qa_label(tok.idx) == "Q":
            return list(self.interviewee)  # "Q: Will you meet Putin?": the interviewee
        if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
            speakers = self._quote_speaker(tok)
            if tok.lower_ in ("we", "us", "our") and self._talks_context(tok):
                # "We have to negotiate with our Norwegian partners" (Halvorsen): negotiations are
                # between countries, and "we" is the speaker's country
                countries = [nationality_of(a.affiliation) for a in speakers if a.kind == PERSON and a.affiliation]
                if countries and all(countries):
                    return [self._country_actor(c) for c in dict.fromkeys(countries)]
            return speakers
        if tok.lemma_.lower() in ("government", "administration", "regime", "leadership", "authorities"):
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            of = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"), None)
            target = owner if owner is not None else next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            nationality = nationality_of([t.text for t in tok.lefts])
            if nationality:
                return [self._country_actor(nationality)]
            if target is not None:
                found = []
                for actor in self.actors.resolve(target):  # conjuncts too: "of Ukraine and Russia"
                    if actor.kind == COUNTRY:
                        found.append(actor)
                    elif actor.kind == PERSON and actor.affiliation and nationality_of(actor.affiliation):
                        found.append(self._country_actor(nationality_of(actor.affiliation)))
                if found:
                    return found
        demonym = lexicons.country_of(tok.text.rstrip("s")) if tok.tag_ in ("NNPS", "NNS") and tok.text[:1].isupper() else None
        if demonym and demonym[1] == "demonym":
            return [self._country_actor(demonym[0])]  # "the Americans"
        if tok.lower_ in ("each", "other") or tok.lower_ == "other":
            return []
        np = self.actors.noun_phrase(tok)
        head_lower = tok.lower_
        # nationality groups: "U.S. and Russian representatives", "foreign ministers of both countries"
        if head_lower in _GROUP_HEADS or tok.lemma_.lower() in _GROUP_HEADS:
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            named = [nationality_of(t.text) for t in tok.lefts if t.dep_ in ("amod", "compound", "nmod")]
            if poss is not None and not any(named):
                owners = self._agents(poss) if poss.lower_ not in ("our", "their") else (self._quote_speaker(poss) if poss.lower_ == "our" else self.actors.resolve(poss))
                if owners:
                    return owners
            for t in tok.lefts:
                org = lexicons.organisation_names().get(t.text.lower())
                if org is not None and t.text.lower() not in ("democrat", "republican", "tory", "labour"):
                    actor = self.actors.find_by_name(t.text)
                    if actor is not None:
                        return [actor]  # "EU leaders" -> the EU
            countries = []
            for t in tok.subtree:
                if t.i == tok.i or t.dep_ in ("relcl", "acl"):
                    continue
                if t.is_punct:
                    continue
                country = nationality_of(t.text)
                if country and country not in countries and t.i < tok.i + 8:
                    countries.append(country)
            pair = self.actors._resolve_pair(self._of_phrase(tok) or np)
            if pair:
                return pair
            if not countries and poss is None and tok.lemma_.lower() in ("delegation", "team", "side", "negotiator", "representative"):
                # "Leshchenko, an adviser to the Ukrainian presidency, said the delegation remained in
                # Riyadh": an unnamed delegation in someone's report is the reporter's own side
                for start, end, ids in self.report_spans:
                    if start <= tok.idx < end:
                        for actor_id in ids:
                            speaker = self.actors.actors.get(actor_id)
                            country = nationality_of(speaker.affiliation) if speaker is not None and speaker.affiliation else None
                            if country:
                                countries.append(country)
                        break
            if not countries:
                # "representatives from Russia" with the phrase on the verb
                for prep in list(tok.children) + list(tok.head.children):
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                            country = nationality_of(pobj.text)
                            if country:
                                countries.append(country)
            if countries:
                return [self._country_actor(c) for c in countries]
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "him", "her") and tok.dep_ != "poss":
            mention = self.actors.mention_at(tok)
            if mention is None or mention.form == "pronoun":
                again = self._pronoun_agent(tok)
                if again is not None:
                    return again
        named = self._noun_as_name(tok, create=tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB")
        if named is not None:
            return [named]
        actors = self.actors.resolve(tok, create=True)
        out = []
        for actor in actors:
            if actor.kind in (PERSON, ORGANISATION, COUNTRY, GROUP):
                out.append(actor)
        return out

    def _talks_context(self, tok: Token) -> bool:
        """True when ``tok`` is a participant slot of a negotiation ("We need to negotiate with")."""
        node = tok.head
        talk_words = ("negotiate", "talk", "confer", "talks", "negotiation", "negotiations", "dialogue")
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in talk_words for c in node.children):
            return True  # "We need to negotiate with ..."
        for _ in range(3):
            if node.lemma_.lower() in talk_words:
                return True
            if node.head.i == node.i:
                break
            node = node.head
        return False

    def _of_phrase(self, tok: Token) -> Span | None:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    inner = self._of_phrase(pobj)
                    return inner or self.actors.noun_phrase(pobj)
        return None

    def _country_actor(self, name: str) -> Actor:
        actor = self.actors.find_by_name(name)
        if actor is None:
            actor = self.actors._new_actor(name, COUNTRY)
        return actor

    def _slot_tokens(self, head: Token, deps: tuple[str, ...]) -> list[Token]:
        out = []
        for c in head.children:
            if c.dep_ in deps:
                out.extend(self._coordinated_compounds(c))  # before the name they precede
                out.append(c)
                out.extend(cc for cc in c.conjuncts if cc.i > c.i)
        return out

    @staticmethod
    def _coordinated_compounds(tok: Token) -> list[Token]:
        """A person's name the parser hung as a compound on the next name when a title sits between
        them: "between Solberg and EU trade commissioner Marta Lindqvist" (Solberg: compound of
        Lindqvist, with "and" and the title as its conjunct). Only a proper noun of a person with a
        coordinator "and" of its own; the name phrase itself is ``tok``."""
        return [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                and any(k.dep_ == "cc" and k.lower_ == "and" for k in c.children) and any(k.dep_ == "conj" for k in c.children)]

    def participants(self, m: Mention) -> list[Actor]:
        tok = m.trigger
        found: list[Actor] = []

        def add(actors: list[Actor]) -> None:
            for a in actors:
                if a not in found:
                    found.append(a)

        if not m.noun:
            verb = tok
            subj_holder = verb
            # shared subject through xcomp/conj chains: "was expected to hold talks", "agreed to meet"
            for _ in range(4):
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in subj_holder.children):
                    break
                if subj_holder.dep_ == "pcomp" and subj_holder.tag_ == "VBG" and subj_holder.head.dep_ == "prep" \
                        and subj_holder.head.head.pos_ in ("VERB", "AUX") and subj_holder.head.lower_ in _GERUND_ADJUNCT_PREPS:
                    # "After meeting Xi, Biden flew to Lima": a gerund in a time adjunct shares the
                    # subject of the verb the adjunct modifies
                    subj_holder = subj_holder.head.head
                    continue
                if subj_holder.dep_ == "acl" and subj_holder.tag_ == "VBD" and subj_holder.head.pos_ in ("NOUN", "PROPN"):
                    # "The state governor, Maria Lopez, called Holloway on Monday ..., her office
                    # said": a finite past verb parsed as a modifier of the noun before it is that
                    # noun's predicate (a participle, "a man called Ivan", is VBN): the noun is the
                    # subject, not the owner of some noun, nor the source who reports the call
                    add(self._agents(subj_holder.head))
                    break
                if subj_holder.dep_ in ("xcomp", "conj", "advcl", "acl", "acomp") and subj_holder.head.i != subj_holder.i:
                    subj_holder = subj_holder.head
                    if subj_holder.pos_ in ("NOUN", "PROPN"):
                        # "an invitation to visit Moscow": the inviter is the noun's owner
                        owner = self._noun_owner(subj_holder)
                        add(owner)
                        break
                else:
                    break
            for s in self._slot_tokens(subj_holder, ("nsubj", "nsubjpass")):
                if s.lower_ in ("who", "that", "which") and subj_holder.dep_ == "relcl":
                    s = subj_holder.head
                add(self._agents(s))
            m.n_subjects = len(found)
            if tok.lemma_.lower() not in ("visit", "tour") or any(self._is_agent(c, person_only=True) for c in tok.children if c.dep_ == "dobj"):
                objects = ("dobj", "dative")
                if m.kind == "call" and not any(c.dep_ == "dobj" for c in verb.children):
                    objects = ("dobj", "dative", "oprd")  # "called President Xi Jinping" parsed as a naming complement
                for o in self._slot_tokens(verb, objects):
                    if o.ent_type_ in ("GPE", "LOC", "FAC") and tok.lemma_.lower() in ("visit", "tour"):
                        continue
                    add(self._agents(o))
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "between") and not (prep.lower_ == "to" and FAMILIES[m.kind] == "visit"):
                    for pobj in self._slot_tokens(prep, ("pobj",)):
                        add(self._agents(pobj))
            # "each other": the subject's partners are already there; "the two leaders met"
        else:
            noun = tok
            for c in noun.children:
                if c.dep_ == "poss":
                    add(self._agents(c))
            add(self._noun_owner(noun))
            # "hold talks ... with X": the with-phrase of a light verb whose object is the event
            preps = list(noun.children)
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
                preps += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
            # "X, ... a participant in Monday's talks": X takes part
            if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in ("participant", "party", "delegate", "member"):
                holder = noun.head.head
                while holder.dep_ in ("appos", "conj") and holder.head.i != holder.i and holder.head.pos_ != "PROPN":
                    holder = holder.head
                if holder.dep_ in ("appos", "conj") and holder.head.pos_ == "PROPN":
                    found.clear()
                    add(self._agents(holder.head))
            between: list[Actor] = []
            for prep in preps:
                if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "to", "of", "among", "involving"):
                    for pobj in self._slot_tokens(prep, ("pobj",)):
                        if prep.lower_ == "to" and (pobj.ent_type_ in ("GPE", "LOC", "FAC")):
                            continue
                        if prep.lower_ == "of" and not (self._is_agent(pobj) or pobj.lower_ in _GROUP_HEADS):
                            continue
                        agents = self._agents(pobj)
                        add(agents)
                        if prep.lower_ == "between" and prep.head.i == noun.i:
                            between.extend(a for a in agents if a not in between)
            if len(between) >= 2:
                # "The Kremlin ruled out a meeting between Putin and Zelensky": "between" names every
                # side, so the one who speaks of the event (its owner) is not a participant
                found[:] = between

        # "invited each other to visit their respective capitals": the subject's pair
        return found

    def _noun_owner(self, noun: Token) -> list[Actor]:
        """The subject of the verb a noun mention hangs on: "he had a phone call", "Obama
        emphasized his resolve in a call", "which Ukraine agreed to ... following talks"."""
        node = noun
        for _ in range(4):
            head = node.head
            if head.i == node.i:
                return []
            if node.dep_ in ("nsubj", "nsubjpass"):
                return []  # the noun is the subject itself ("The phone call ... lasted")
            if head.pos_ in ("VERB", "AUX"):
                if head.lemma_.lower() in self.speech and node.dep_ in ("ccomp",):
                    return []
                if head.dep_ in ("acl", "relcl") and head.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
                    return self._agents(head.head)  # "the councils of Arvena and Tolmark holding direct talks"
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                holder = head
                hops = 0
                while subj is None and holder.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "prep", "acomp", "dobj") and hops < 3:
                    if holder.dep_ == "relcl":
                        subj = next((c for c in holder.children if c.dep_ in ("nsubj",)), None)
                        break
                    if holder.dep_ == "xcomp" and holder.head.lemma_.lower() in _OBJECT_CONTROL:
                        # "call on Veldria to use the moment to settle the dispute through mediation":
                        # the one called on is the doer
                        controller = next((c for c in holder.head.children if c.dep_ in ("dobj",)), None)
                        if controller is None:
                            on = next((c for c in holder.head.children if c.dep_ == "prep" and c.lower_ == "on"), None)
                            controller = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
                        if controller is not None:
                            subj = controller
                            break
                    holder = holder.head
                    hops += 1
                    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None:
                    return []
                if subj.lower_ in ("who", "that", "which") and holder.dep_ == "relcl":
                    subj = holder.head
                if subj.lemma_.lower() in self.lex["nouns"] or subj.lemma_.lower() in self.lex["anaphoric"]:
                    return []
                owners = self._agents(subj)
                if head.lemma_.lower() in ("tell", "speak", "talk", "brief", "assure", "warn", "urge", "ask", "inform"):
                    for obj in head.children:
                        if obj.dep_ in ("dobj", "dative") and obj.lower_ not in ("reporters", "journalists"):
                            owners = owners + [a for a in self._agents(obj) if a not in owners]
                return owners
            if head.pos_ in ("ADP", "SCONJ") or head.dep_ == "prep" or head.tag_ == "VBG":
                node = head
                continue
            if head.pos_ in ("NOUN", "PROPN") and node.dep_ in ("pobj", "prep", "compound", "acl", "appos"):
                if head.lemma_.lower() in ("date", "plan", "prospect", "possibility", "idea", "proposal", "invitation", "offer"):
                    node = head
                    continue
                if head.dep_ == "dobj" and node.dep_ == "prep" and node.lower_ == "in":
                    node = head  # "emphasized his resolve in a ... call": the verb's subject holds it
                    continue
                return []
            node = head
        return []

    # -- status ------------------------------------------------------------------------------

    def _governing(self, tok: Token, m: Mention) -> list[Token]:
        """The trigger and the words governing it as complements: "agreed to [begin talks]",
        "was expected to [hold talks]", "an invitation to [visit]", "postponed [the talks]", up to
        the clause verb. It stops at a verb of saying (whose tense is the report's), at a relative
        clause, and at adverbial phrases ("following talks", "after meeting"), whose verb is about
        another event."""
        chain = [tok]
        node = tok
        for _ in range(6):
            if node.head.i == node.i:
                break
            parent = node.head
            if parent.lemma_.lower() in self.speech and parent.pos_ == "VERB" and node.dep_ in ("ccomp", "parataxis"):
                break
            if node.dep_ == "relcl":
                break
            complement_preps = ("for", "of", "to", "on", "about", "over", "into")
            if parent.pos_ == "ADP" or node.dep_ == "pcomp" or parent.dep_ == "prep":
                prep = parent if parent.pos_ == "ADP" or parent.dep_ == "prep" else node.head
                if prep.lower_ not in complement_preps and not (prep.lower_ == "in" and _takes_part(prep.head)):
                    break
            purpose = node.dep_ == "advcl" and node.tag_ == "VB" and parent.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) and not any(c.dep_ == "mark" for c in node.children)
            if purpose:
                # "could fly to Berlin to meet Lang": a purpose infinitive is as certain as its verb
                chain.append(parent)
                break
            if node.dep_ in ("advcl", "npadvmod", "conj") or (node.dep_ == "prep" and node.lower_ not in complement_preps and not (node.lower_ == "in" and _takes_part(parent))):
                break  # a coordinated verb ("stayed in Port Vell on Tuesday and hoped to meet") is another event
            chain.append(parent)
            if node.dep_ == "acl" and node.tag_ != "VBN":
                break  # "an invitation to visit Moscow": the noun governs, then stop
            if parent.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "dobj", "acl", "nsubj", "nsubjpass", "attr", "ccomp"):
                break
            node = parent
        return chain

    def status(self, m: Mention) -> str:
        words = self.lex["status"]
        tok = m.trigger
        if m.noun and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "on", "in") and tok.head.head.pos_ == "VERB":
            verb = tok.head.head
            if self._verb_kind(verb, verb.lemma_.lower()):
                # "could meet again at a summit in Rome": the summit is as certain as the meeting
                return self.status(Mention(trigger=verb, kind=self._verb_kind(verb, verb.lemma_.lower()), noun=False,
                                           date=m.date, granularity=m.granularity))
        chain = self._governing(tok, m)
        lemmas = []
        for node in chain:
            lemmas.append(_lemma(node))
            for c in node.children:
                if c.dep_ in ("aux", "auxpass", "neg", "advmod", "det", "amod", "prt", "acomp", "mark") or c.lower_ in ("no",):
                    lemmas.append(_lemma(c) if c.dep_ != "aux" else c.lower_)
                    if c.dep_ == "mark":
                        lemmas.append(c.lower_)
                if c.dep_ in ("prep", "prt") and node is not tok:
                    lemmas.append(f"{_lemma(node)} {c.lower_}")  # "called for a summit", "ruled out talks"
        # the trigger's own negation or "no <noun>"
        own = [c for c in tok.children if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")]
        direct_neg = False
        if own:
            direct_neg = True
        elif m.noun and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and any(c.dep_ == "neg" for c in tok.head.children):
            direct_neg = tok.head.lemma_.lower() not in ("set", "announce", "specify", "give", "say", "confirm", "disclose", "reveal") \
                and _lemma(tok.head) not in self.lex["status"]["postponed"]  # "the talks were not delayed" denies the delay only
        elif m.noun and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" and any(c.lower_ == "no" for c in tok.head.head.children):
            direct_neg = True  # "no plans for a call"
        elif not m.noun and any(c.dep_ == "neg" for c in tok.children):
            direct_neg = True
        elif any(n.pos_ == "NOUN" and _lemma(n) in _INTENTION_NOUNS and any(c.lower_ == "no" and c.dep_ == "det" for c in n.children) for n in chain[1:]):
            direct_neg = True  # "We have no plans to meet him", "no intention of visiting"
        text_window = " ".join(t.lower_ for t in tok.sent)
        if self._thwarted_plan(chain[1:]):
            return "cancelled"  # "had planned to visit on Monday but ...": the plan fell through
        if any(n.lemma_.lower() == "suppose" and n.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in n.children) for n in chain):
            return "planned"  # "was supposed to meet": arranged, and not reported to have happened
        if self._withdrawn(tok) or any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                                       for n in chain for c in n.children if c.dep_ == "advmod"):
            return "cancelled"  # "pulled out of the talks", "will no longer visit": it will not take place
        if any(w in lemmas for w in words["cancelled"]) or re.search(r"\bcall(?:ed)? off\b", text_window) and tok.i in [t.i for t in tok.sent]:
            return "cancelled"
        if self._postponer(chain) is not None:
            return "postponed"  # "postponed until Monday", "pushed back", "put off": it takes place later
        if direct_neg or any(w in lemmas for w in ("deny", "rule")) and "out" in lemmas:
            return "denied"
        if any(w in lemmas for w in words.get("refused", ())) or self._denied_report(chain[-1]):
            return "denied"  # "refused to meet", "denied that he had spoken to Wu"
        if re.search(r"neither confirm nor deny", text_window):
            return "denied"
        future = any(w in lemmas for w in ("will", "shall", "'ll", "’ll", "would", "wo")) or "due" in lemmas or "going" in lemmas
        if any(w in lemmas for w in words["possible"] if w not in ("expect", "expected")):
            return "possible"
        if ("expect" in lemmas or "expected" in lemmas) and not (m.noun and tok.dep_ in ("nsubj", "nsubjpass")):
            return "possible"
        if m.noun and tok.dep_ == "nsubjpass" and _lemma(tok.head) == "expect" and tok.head.tag_ == "VBN" \
                and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.head.children):
            return "planned"  # "The visit is expected in mid-April": looked forward to, as arranged
        if any(w in lemmas for w in words["proposed"]):
            if not (m.noun and tok.dep_ in ("nsubj", "nsubjpass") and not future):
                return "proposed"
        if future or any(w in lemmas for w in words["planned"] if w not in ("will", "would", "'ll", "shall")):
            return "planned"
        verb = next((n for n in chain if n.pos_ in ("VERB", "AUX")), None)
        said_past = verb is not None and (verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children))
        if m.date and self.dct and m.granularity == "day" and m.date > self.dct.isoformat() and not said_past:
            return "planned"  # a day after publication, unless a past verb says it took place ("met on 6 March 2025")
        if verb is not None and verb.tag_ in ("VB", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "did", "does", "do") for c in verb.children):
            if verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children):
                return "planned"
        if verb is None:
            # a bare noun with no verb of its own ("communications ... on talks between X and Y"):
            # 'happened' only by default, overruled by any other mention of the event
            m.weak_status = True
        return "happened"

    def _withdrawn(self, tok: Token) -> bool:
        """True when noun trigger ``tok`` is what a participant withdrew from: "pulled out of talks",
        "withdrew from the summit", "backed out of the visit" (``withdrawn`` in
        ``data/events.toml``). The event is 'cancelled' (for that participant, the one the schema
        can record). "walked out of talks" is not here: the talks took place, and he left them."""
        words = set(self.lex["status"].get("withdrawn", ()))
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            return _lemma(tok.head) in words  # "quit the talks"
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
            return False
        particle = None
        if prep.head.lower_ in ("out",) and prep.head.dep_ in ("prep", "prt", "advmod"):
            particle, prep = prep.head, prep.head  # "pulled out of": "out" parsed as a preposition
        verb = prep.head
        if verb.pos_ != "VERB":
            return False
        lemma = _lemma(verb)
        forms = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.i < tok.i}
        if particle is None and lemma in words and " " not in lemma:
            return True
        return bool(forms & words)

    def _thwarted_plan(self, governors: list[Token]) -> bool:
        """True when one of ``governors`` (the words governing a trigger, see :meth:`_governing`) is
        a verb of intention in the past perfect with a contrasting clause coordinated to it: "had
        planned to visit Kyiv on Monday but stayed in Berlin", "had hoped to meet him, but ...". The
        past perfect puts the plan before a past moment and "but" says it did not hold."""
        for node in governors:
            if node.pos_ not in ("VERB", "AUX", "ADJ") or _lemma(node) not in _INTENTIONS:
                continue
            if node.dep_ == "acomp" and node.head.lemma_.lower() == "be":
                node = node.head  # "had been due to meet": the copula carries the tense and the "but"
            if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in node.children):
                continue
            conjs = [c for c in node.children if c.dep_ == "conj" and c.i > node.i]
            if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in node.children) and conjs:
                return True
            if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for k in conjs for c in k.children if c.i < k.i):
                return True
        return False

    def _postponer(self, chain: list[Token]) -> Token | None:
        """The word of ``chain`` (a trigger and the words governing it, see :meth:`_governing`) that
        puts the event off to a later day: "postponed [the talks]", "[the visit] was pushed back",
        "put off [his trip]", "a postponement of [the summit]" (``data/events.toml``
        status.postponed; a phrasal verb is matched with its particle). None when there is none or
        it is negated ("the talks were not delayed")."""
        words = self.lex["status"]["postponed"]
        for node in chain:
            lemma = _lemma(node)
            # the particle may be parsed as an adverb: "was pushed back to 20 March"
            phrasal = {f"{lemma} {c.lower_}" for c in node.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in ("back", "off")}
            # "has been moved to 14 March", "shifted to Friday": moved to a day is put off to it
            # ("moved to Geneva" names a place; "moved forward/up to" brings it earlier)
            moved = lemma in ("move", "shift") and node.pos_ == "VERB" and not any(c.lower_ in ("forward", "up", "earlier") for c in node.children) \
                and any(c.dep_ == "prep" and c.lower_ in ("to", "until", "till") and any(t.ent_type_ == "DATE" for t in c.subtree) for c in node.children)
            if lemma in words or phrasal & words or moved:
                if any(c.dep_ == "neg" for c in node.children):
                    return None
                return node
        return None

    def _denied_report(self, top: Token) -> bool:
        """True when the clause headed by ``top`` is what a verb of denial denies: "X denied that
        he had spoken to Y", "rejected claims that the two had met" (``data/events.toml``
        status.denied)."""
        node = top
        for _ in range(3):
            if node.head.i == node.i:
                return False
            parent = node.head
            if node.dep_ in ("ccomp", "acl", "relcl") and parent.pos_ in ("VERB", "AUX") and _lemma(parent) in self.lex["status"]["denied"]:
                return node.dep_ == "ccomp"
            if node.dep_ in ("acl", "ccomp") and parent.pos_ == "NOUN" and parent.lemma_.lower() in ("report", "claim", "suggestion", "allegation", "rumour", "rumor", "speculation"):
                node = parent  # "denied reports that ..."
                if node.dep_ == "dobj" and _lemma(node.head) in self.lex["status"]["denied"]:
                    return True
                continue
            return False
        return False

    # -- date, place, duration ----------------------------------------------------------------

    def _clause_tokens(self, m: Mention) -> set[int]:
        tok = m.trigger
        chain = self._governing(tok, m)
        ids = {t.i for t in tok.subtree}
        if m.noun and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "at", "over") and tok.head.head.pos_ == "VERB" \
                and tok.head.head.lemma_.lower() not in self.speech:
            setting = tok.head.head  # "emphasized his resolve in a telephone call ... later Thursday"
            for c in setting.children:
                if c.dep_ in ("npadvmod", "tmod") or c.dep_ == "prep" and c.i != tok.head.i and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
                    ids |= {t.i for t in c.subtree}
        for node in chain[1:]:
            for c in node.children:
                if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in self.speech:
                    continue
                if c.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl") or c.dep_ == "pobj":
                    ids |= {t.i for t in c.subtree}
            ids.add(node.i)
        return ids

    def _relative_shift(self, m: Mention) -> tuple[Token, int] | None:
        """For "X ... one day after holding talks": the verb of X and the shift in days (-1)."""
        node = m.trigger
        for _ in range(4):
            if node.head.i == node.i:
                return None
            parent = node.head
            if parent.lower_ in ("after", "before") and parent.dep_ == "prep":
                amount = next((c for c in parent.head.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
                amount = amount or next((c for c in parent.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
                if amount is None:
                    return None
                n = next((c for c in amount.children if c.dep_ == "nummod"), None)
                count = 1
                if n is not None:
                    count = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1}.get(n.lower_, int(n.text) if n.text.isdigit() else 1)
                days = count * (7 if amount.lemma_.lower() == "week" else 1)
                return parent.head, (-days if parent.lower_ == "after" else days)
            node = parent
        return None

    def _new_date(self, m: Mention) -> dict | None:
        """The new day of a postponed event: the date expression of a "to/until/till/for" phrase on
        the word that puts it off ("postponed until Monday", "pushed back to 20 March", "rescheduled
        for Friday", "moved from Friday to Monday" on a postponement verb), as a row of the timex
        table; None when the postponement names no new day ("postponed indefinitely")."""
        node = self._postponer(self._governing(m.trigger, m))
        if node is None:
            return None
        holders = [node] + [c for c in node.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off")]
        # "from Friday to Monday": the "to" phrase may hang on the "from" phrase
        holders += [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
        ids = {t.i for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "until", "till", "for") for t in p.subtree}
        for tx, toks in self.timex_tokens:
            if tx["kind"] == "date" and toks and any(t.i in ids for t in toks):
                return tx
        return None

    _SCHEDULING = frozenset({"schedule", "plan", "set", "slate", "due", "expect", "book", "arrange"})

    def _original_date(self, m: Mention, new: dict) -> dict | None:
        """The first day of a postponed event, in its sentence: a date on a scheduling word
        ("originally scheduled for Friday", "planned for Thursday", "due on Monday") or the "from"
        phrase of the postponement ("moved from Friday to Monday"). None when the sentence gives none."""
        sent = self.parsed.sentences[m.sentence]
        postponer = self._postponer(self._governing(m.trigger, m))
        for tx, toks in self.timex_tokens:
            if tx is new or tx["kind"] != "date" or not toks or not (sent.start <= toks[0].i < sent.end):
                continue
            prep = toks[0].head if toks[0].dep_ == "pobj" else next((t.head for t in toks if t.dep_ == "pobj"), None)
            if prep is None or prep.dep_ != "prep":
                continue
            word = prep.head
            if prep.lower_ == "from" and postponer is not None and (word.i == postponer.i or word.head.i == postponer.i):
                return tx
            if prep.lower_ in ("for", "on") and (word.lemma_.lower() in self._SCHEDULING
                                                 or any(c.lower_ in ("originally", "initially") for c in word.children)):
                return tx
        return None

    def date(self, m: Mention) -> None:
        new = self._new_date(m)
        if new is not None:
            self._apply_timex(m, new)  # a postponed event takes place on its new day, not its first
            first = self._original_date(m, new)
            if first is not None:
                # the events table has no column for the first day: its words go in date_text
                m.date_text = f"{m.date_text} (originally {first['text']})"
            return
        shifted = self._relative_shift(m)
        if shifted is not None:
            anchor_verb, days = shifted
            ids = {t.i for c in anchor_verb.children if c.dep_ in ("prep", "npadvmod") and c.lower_ not in ("after", "before") for t in c.subtree}
            ids |= {t.i for c in anchor_verb.head.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree} if anchor_verb.dep_ in ("advcl", "conj") else set()
            for tx, toks in self.timex_tokens:
                if tx["kind"] == "date" and toks and any(t.i in ids for t in toks) and isinstance(tx["date"], str):
                    day = dt.date.fromisoformat(tx["date"]) + dt.timedelta(days=days)
                    m.date = m.timex_value = day.isoformat()
                    m.period = (m.date, m.date)
                    m.granularity = "day"
                    m.date_text = f"{tx['text']} ({'one day' if abs(days) == 1 else f'{abs(days)} days'} {'before' if days < 0 else 'after'})"
                    m.date_anchor = "event"
                    return
        ids = self._clause_tokens(m)
        sent = self.parsed.sentences[m.sentence]
        best = None
        for tx, toks in self.timex_tokens:
            if tx["kind"] != "date" or not toks:
                continue
            if re.match(r"(?i)(?:a|one|two|three|\d+) days? (?:after|before)$", tx["text"]):
                continue
            if re.match(r"(?i)since\b", tx["text"]):
                continue  # "her first visit to China since 2019": the span before, not the visit's date
            if any(t.i in ids for t in toks):
                dist = abs(toks[0].i - m.trigger.i)
                if best is None or dist < best[0]:
                    best = (dist, tx)
        if best is None:
            # a time expression right after the event's phrase, before any comma, belongs to it even
            # when the parser hangs it elsewhere ("a telephone call with Putin later Thursday, the
            # White House said")
            edge = max(m.trigger.right_edge.i, max((c.right_edge.i for c in m.trigger.children), default=m.trigger.i))
            for tx, toks in self.timex_tokens:
                if tx["kind"] == "date" and toks and 0 < toks[0].i - edge <= 2 and not any(t.text == "," for t in self.doc[edge + 1:toks[0].i]):
                    best = (0, tx)
                    break
        if best is None and not m.noun and m.trigger.dep_ == "advcl" and m.trigger.tag_ == "VBG":
            main = m.trigger.head
            main_ids = {t.i for c in main.children if c.dep_ in ("prep", "npadvmod") and c.i < m.trigger.i for t in c.subtree}
            for tx, toks in self.timex_tokens:
                if tx["kind"] == "date" and toks and any(t.i in main_ids for t in toks):
                    best = (0, tx)
                    break
        if best is None:
            # the date on the next line of a hard-wrapped sentence: "met in\nSan Francisco on Tuesday."
            tail = self._wrapped_tail(m)
            if tail is not None:
                line = tail[1]
                for tx, toks in self.timex_tokens:
                    if tx["kind"] == "date" and toks and line.start <= toks[0].i < line.end:
                        best = (0, tx)
                        break
        if best is None:
            # a sentence-opening "Later," / "Earlier," covers the events its sentence reports
            for tx, toks in self.timex_tokens:
                if tx["kind"] == "date" and toks and toks[0].i >= sent.start and toks[0].i < sent.end and tx["anchor"] == "previous" and toks[0].i <= sent.start + 1:
                    best = (0, tx)
                    break
        if best is None:
            return
        self._apply_timex(m, best[1])

    def _apply_timex(self, m: Mention, tx: dict) -> None:
        """Copy time expression ``tx`` (a row of the timex table) into ``m``'s date fields."""
        m.date_text = tx["text"]
        m.granularity = tx["granularity"] if isinstance(tx["granularity"], str) else None
        value = tx["value"] if isinstance(tx["value"], str) else None
        m.timex_value = value
        m.date_anchor = tx["anchor"] if isinstance(tx["anchor"], str) else None
        m.date = tx["date"] if isinstance(tx["date"], str) else None
        m.period = (tx["period_start"] if isinstance(tx["period_start"], str) else None,
                    tx["period_end"] if isinstance(tx["period_end"], str) else None)
        m.timex_last = next((toks[-1].i for t, toks in self.timex_tokens if t is tx and toks), None)

    def _opening_date(self, m: Mention) -> None:
        """A sentence-opening date set off by a comma ("On Thursday, the ministry released a photo it
        said showed the governor touring Dunmore") dates an undated event its sentence reports as having
        happened — news style puts the day of the reported facts first. Not for planned or
        possible events, nor for a date after publication."""
        sent = self.parsed.sentences[m.sentence]
        for tx, toks in self.timex_tokens:
            if tx["kind"] != "date" or not toks or not isinstance(tx["date"], str):
                continue
            if not (sent.start <= toks[0].i <= sent.start + 1) or toks[-1].i + 1 >= sent.end:
                continue
            if self.doc[toks[-1].i + 1].text != "," or (self.dct and tx["date"] > self.dct.isoformat()):
                continue
            self._apply_timex(m, tx)
            return

    def location(self, m: Mention) -> None:
        """The place of the event: "in/at <place>" on the trigger or on its verb, through event
        nouns only ("meet ... during a defence summit ... in Munich"), a visited place ("visit
        Moscow", "flown to Moscow"). Places inside other phrases ("the war in Ukraine") are not."""
        tok = m.trigger
        candidates: list[Token] = []
        visit = FAMILIES[m.kind] == "visit"

        def scan(node: Token, depth: int = 0) -> None:
            for prep in node.children:
                if prep.dep_ == "dobj" and visit and node.i == tok.i and self._is_place(prep):
                    candidates.append(prep)
                if prep.dep_ != "prep":
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if prep.lower_ in ("in", "at") or visit and prep.lower_ in ("to", "into"):
                        if self._is_place(pobj):
                            candidates.append(pobj)
                            continue
                    # through an event noun or a venue: "during a defence summit on Ukraine in Munich"
                    if depth < 2 and prep.lower_ in ("during", "at", "on", "in") and (pobj.lemma_.lower() in self.lex["nouns"] or pobj.lemma_.lower() in ("capital", "city", "sideline", "sidelines", "margin", "margins")):
                        for t in pobj.subtree:
                            if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and self._is_place(t) and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i > pobj.i or a.i < pobj.i and a in pobj.subtree):
                                candidates.append(t)
                                break

        scan(tok)
        if not candidates and not m.noun and visit and tok.dep_ in ("advcl", "xcomp", "acl", "conj"):
            scan(tok.head)  # "was in India visiting ..."
        if not candidates and m.noun and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() not in self.speech and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
            scan(tok.head if tok.dep_ != "pobj" else tok.head.head)
        if not candidates and not m.noun:
            for conj in tok.conjuncts:
                scan(conj)
        if not candidates:
            # a hard-wrapped line: "met in\nSan Francisco on Tuesday", "met\nin San Francisco"
            tail = self._wrapped_tail(m)
            if tail is not None:
                dangling, line = tail
                words = [t for t in line if not t.is_space]
                preps = ("in", "at", "to", "into") if visit else ("in", "at")
                if dangling is not None and dangling.lower_ in preps:
                    first = words[0] if words else None
                elif len(words) > 1 and words[0].lower_ in preps:
                    first = words[1]
                elif visit and not m.noun and tok.lemma_.lower() in self.lex["verbs"] and words and \
                        not any(c.dep_ == "dobj" for c in tok.children) and tok.i == max(t.i for t in tok.sent if not t.is_space):
                    first = words[0]  # "will visit\nParis on Friday": the object on the next line
                else:
                    first = None
                if first is not None and first.pos_ == "DET" and len(words) > 2:
                    first = words[words.index(first) + 1]
                if first is not None:
                    ent = self._entity_at(first)
                    head = self.doc[ent.end - 1] if ent is not None else first
                    if self._is_place(head):
                        candidates.append(head)
        if candidates:
            place = candidates[0]
            # "the Saudi capital of Riyadh", "the city of Sumy": the named place
            if not self._named_place(place):
                inner = next((c for p in place.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj" and self._named_place(c)), None)
                if inner is not None:
                    place = inner
            span = self.doc[place.left_edge.i:place.i + 1] if place.ent_type_ else self.actors.noun_phrase(place)
            ent = self._entity_at(place)
            text = ent.text if ent is not None else span.text
            text = re.sub(r"^(the|The)\s+", "", text).replace("’s", "").strip()
            m.location = text

    def _wrapped_tail(self, m: Mention) -> tuple[Token | None, Span] | None:
        """The rest of ``m``'s sentence when a single line break cut it (text pasted from e-mail:
        "The two leaders met in\nSan Francisco on Tuesday."), which the sentence splitter reads as
        two paragraphs. Returns ``(dangling, line)``: the preposition the first line ends on, if any
        ('in'), and the next sentence — or None unless the first line ends without sentence or clause
        punctuation inside the trigger's clause, exactly one line break separates the two, and the
        next line has no verb of its own (a phrase, not a sentence)."""
        n = m.sentence
        sentences = self.parsed.sentences
        if n + 1 >= len(sentences):
            return None
        sent = sentences[n]
        gap = self.parsed.text[sent.end_char:sentences[n + 1].start_char]
        if gap.strip() or gap.count("\n") != 1:
            return None
        # the splitter may cut the line in pieces ("in San Francisco" / "on Tuesday."): take them all
        end = n + 1
        while end + 1 < len(sentences) and "\n" not in self.parsed.text[sentences[end].end_char:sentences[end + 1].start_char]:
            end += 1
        line = self.doc[sentences[n + 1].start:sentences[end].end]
        words = [t for t in sent if not t.is_space]
        if not words or re.search(r"[.!?:;…,\"'”’»)\]]$", words[-1].text):
            return None
        last = words[-1]
        if any(t.pos_ in ("VERB", "AUX") for t in line):
            return None
        clause = {t.i for t in m.trigger.subtree} | {n_.i for n_ in self._governing(m.trigger, m)}
        dangling = last if last.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in last.children) else None
        if last.i not in clause and not (dangling is not None and dangling.head.i in clause):
            return None
        return dangling, line

    def _entity_at(self, tok: Token) -> Span | None:
        """The named entity covering ``tok`` (the doc's entities are built once: Doc.ents makes
        new spans on every access)."""
        if self._ents is None:
            self._ents = {t: e for e in self.doc.ents for t in range(e.start, e.end)}
        return self._ents.get(tok.i)

    def _named_place(self, tok: Token) -> bool:
        return tok.ent_type_ in ("GPE", "LOC", "FAC") or bool(lexicons.country_of(tok.text))

    def _is_place(self, tok: Token) -> bool:
        if tok.lemma_.lower() in ("capital", "city", "town", "village", "region", "province", "port") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
        ):
            return True
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if lexicons.country_of(tok.text):
            return True
        if tok.ent_type_ == "ORG" and tok.text in ("House", "Office", "Kremlin", "Palace", "Street"):
            return True
        return tok.pos_ == "PROPN" and tok.lower_ in ("kremlin",)

    def duration(self, m: Mention) -> None:
        if FAMILIES[m.kind] == "visit":
            return
        ids = self._clause_tokens(m) | {t.i for t in m.trigger.head.subtree} if m.noun else self._clause_tokens(m)
        sent = self.parsed.sentences[m.sentence]
        for tx, toks in self.timex_tokens:
            if tx["kind"] != "duration" or not toks:
                continue
            if toks[0].i < sent.start or toks[0].i >= sent.end:
                continue
            if any(t.i in ids for t in toks) or any(t.head.i == m.trigger.i or t.head.head.i == m.trigger.i for t in toks) or (m.noun and m.trigger.dep_ in ("nsubj",) and any(t.i in {x.i for x in m.trigger.head.subtree} for t in toks)):
                m.minutes = float(tx["minutes"])
                m.duration_text = tx["text"]
                m.approximate = bool(tx["approximate"])
                return

    # -- merging --------------------------------------------------------------------------

    def build(self) -> list[Event]:
        mentions = self.triggers()
        for m in mentions:
            m.participants = self.participants(m)
            self.date(m)
            m.status = self.status(m)
            m.question = self._is_question(m)
            if m.date_text is None and m.status == "happened":
                self._opening_date(m)
            self.location(m)
            self.duration(m)
        for m in mentions:
            if FAMILIES.get(m.kind) == "visit" and m.location:
                host = lexicons.country_of(m.location)
                if host is not None:
                    country = self._country_actor(host[0])
                    if country not in m.participants and not any(a.affiliation and nationality_of(a.affiliation) == host[0] and a.kind == PERSON for a in m.participants[:1]):
                        m.participants.append(country)
            media = {"reporters", "journalists", "the press", "press", "media", "the media"}
            others = [a for a in m.participants[1:]]
            if others and all(a.name.lower() in media or a.name.lower() in lexicons.media_names() for a in others):
                m.dropped = True  # "an exchange with reporters": a press contact, not an event
        self._confirmed_questions(mentions)
        self._we_partners(mentions)
        # a question asserts no event; its mention served only to name the partners of a "we" in
        # the answer ("Q: Will you meet Putin?" / "A: Yes, we will meet on Tuesday")
        mentions = self._split_calls([m for m in mentions if not m.dropped and not m.question])
        mentions = [g for m in mentions for g in [m] + self._gapped(m)]
        events: list[Event] = []
        for m in mentions:
            target = self._merge_target(m, events)
            if target is not None:
                target.mentions.append(m)
                if m.kind != target.main.kind and m.anaphoric:
                    m.kind = target.main.kind
                continue
            if m.anaphoric:
                if len(m.participants) < 2 and not m.date:
                    continue  # "The mayor opened the session": a word for a meeting already
                    # reported, and none was; one side and no day make no contact event
                m.kind = "talks"
            if self._generic(m):
                continue
            if m.plural and m.definite:
                continue  # "the calls with the warring sides": refers to events already listed
            if not m.participants and not (m.noun and (m.date or m.timex_value or m.date_text or m.location or m.status in ("cancelled", "postponed", "denied") or any(c.dep_ == "compound" for c in m.trigger.children) and m.definite)):
                continue  # a bare "talks" or "a meeting" with nothing to pin it down (a day, week,
                # month or place pins it: "The talks took place in February")
            events.append(Event([m]))
        return events

    def _generic(self, m: Mention) -> bool:
        """True when ``m`` is in a generic statement, about no occurrence: "wars end in talks",
        "leaders meet to settle disputes". Its clause is in the simple present (no auxiliary), its
        subject a bare plural common noun (no determiner, number, possessive or name), and it has no
        date; such a sentence says what happens as a rule, not that something happened."""
        if m.date or m.date_text or any(getattr(p, "named", False) for p in m.participants):
            return False  # a day or a named side makes it an occurrence ("Diplomats hold talks with Iran")
        verb = m.trigger
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head  # "wars end in talks": the verb the event noun hangs on
        if verb is None or verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(
            s.tag_ == "NNS" and s.ent_type_ == "" and not any(c.dep_ in ("det", "poss", "nummod", "compound") for c in s.children)
            for s in subjects)

    def _confirmed_questions(self, mentions: list[Mention]) -> None:
        """An interviewer's question that the next answer confirms with a bare "Yes" ("Q: Did you
        call Jane Lo on Monday?" / "A: Yes."; ``affirmative_answers`` in ``data/events.toml``) is
        reported by that answer: its mentions stop being questions, with the status their own words
        give ("did you call" -> happened, "will you meet" -> planned) and the answer's sentence in
        ``answered_in``. Not when the answer names an event of its own (that one is reported) or
        says more than the affirmation ("Yes, but not this week")."""
        words = self.lex["affirmative_answers"]
        for n, (label, q_start, q_end) in enumerate(self.qa_lines[:-1]):
            next_label, a_start, a_end = self.qa_lines[n + 1]
            if label != "Q" or next_label != "A":
                continue
            answer = self.parsed.text[a_start:a_end].strip().lower().rstrip(".!")
            answer = re.sub(r"^(?:oh|well)[,\s]+", "", answer)
            if not any(re.fullmatch(re.escape(w) + r"(?:[,\s]+(?:sir|madam|indeed|of course|certainly|definitely))?", answer) for w in words):
                continue
            if any(not o.question and a_start <= o.trigger.idx < a_end for o in mentions):
                continue
            for m in mentions:
                if m.question and q_start <= m.trigger.idx < q_end and not self._asked_about(m.trigger):
                    m.question = False
                    m.answered_in = self.parsed.sentence_index(a_start)

    def _qa_line(self, char: int) -> tuple[str, int, int] | None:
        """The interview line ('Q' or 'A', start, end; see :func:`lib.article.interview_lines`) whose
        words hold offset ``char``, or None."""
        return next((line for line in self.qa_lines if line[1] <= char < line[2]), None)

    def _qa_label(self, char: int) -> str | None:
        """'Q' or 'A' for an offset in an interview transcript's question or answer line, else None."""
        line = self._qa_line(char)
        return line[0] if line is not None else None

    def _is_question(self, m: Mention) -> bool:
        """True when ``m`` is asked about, not reported, so it gives no event: a mention in an
        interviewer's "Q:" line; in a sentence that ends in "?" ("Will Sen meet Lo on Friday?"),
        or, inside a quotation, in the quoted part of the sentence that ends in "?" ('"Will we meet
        them?" she asked') — a mention outside a quoted question is not in it ('Sen met Lo and
        asked: "Why?"'); or in a clause that a verb of asking governs through "whether"/"if"
        ("asked whether he would meet Putin", ``question_verbs`` in ``data/events.toml``)."""
        tok = m.trigger
        if self._qa_label(tok.idx) == "Q":
            return True
        sent = self.parsed.sentences[m.sentence]
        start, end = sent.start_char, sent.end_char
        quote = next(((s, e) for s, e in self.marked_spans if s <= tok.idx < e), None)
        if quote is not None:
            start, end = max(start, quote[0]), min(end, quote[1])
        words = self.parsed.text[start:end].rstrip(" \t\n\"”’'»)")
        if words.endswith("?"):
            mark = start + len(words) - 1
            if quote is not None or not any(s <= mark < e for s, e in self.marked_spans):
                return True
        return self._asked_about(tok) or self._unsaid(tok)

    def _unsaid(self, tok: Token) -> bool:
        """True when ``tok`` lies in what a negated verb of saying governs: "Biden did not say that
        he would meet Xi", "never said he would visit": nothing is asserted, so no event. Not when
        the clause opens with a wh-word ("did not say when they would meet": the meeting is taken
        for granted, only its day is withheld)."""
        node = tok
        for _ in range(8):
            if node.head.i == node.i:
                return False
            parent = node.head
            if node.dep_ in ("ccomp", "xcomp") and parent.pos_ in ("VERB", "AUX") and parent.lemma_.lower() in self.speech \
                    and parent.lemma_.lower() not in ("deny", "refute", "dismiss", "reject") \
                    and any(c.dep_ == "neg" for c in parent.children):
                return not any(t.lower_ in ("when", "where", "how", "why", "what", "whom", "who") and t.i < tok.i
                               for t in node.subtree if t.i < node.i or t.dep_ in ("advmod", "mark"))
            if node.dep_ in ("ccomp", "parataxis") and parent.lemma_.lower() in self.speech:
                return False  # the nearest verb of saying decides
            node = parent
        return False

    def _asked_about(self, tok: Token) -> bool:
        """True when ``tok`` lies in a clause opened by "whether"/"if" that a verb of asking governs
        ("A reporter asked whether Sen would meet Lo", "wondered if the two had spoken"); a
        conditional "if" hangs on the event's own verb, not on a verb of asking."""
        node = tok
        for _ in range(8):
            if node.head.i == node.i:
                return False
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children) \
                    and _lemma(node.head) in self.lex["question_verbs"]:
                return True
            node = node.head
        return False

    def _asked_before(self, m: Mention, mentions: list[Mention]) -> list[Mention]:
        """The question mentions that ``m`` answers: those of the "Q:" line right before ``m``'s
        "A:" line in an interview transcript, else the questions of ``m``'s sentence and the one
        before it."""
        line = self._qa_line(m.trigger.idx)
        if line is not None and line[0] == "A":
            n = self.qa_lines.index(line)
            if n == 0 or self.qa_lines[n - 1][0] != "Q":
                return []
            _label, q_start, q_end = self.qa_lines[n - 1]
            return [o for o in mentions if o.question and q_start <= o.trigger.idx < q_end]
        return [o for o in mentions if o.question and o.sentence in (m.sentence - 1, m.sentence)]

    @staticmethod
    def _unresolved_subject(m: Mention) -> bool:
        """True when verb mention ``m`` has a he/she/you subject that named no one ("Asked whether
        he would meet Lo, Sen said ...": the "he" comes before its name)."""
        return not m.noun and not m.n_subjects and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she", "you") for c in m.trigger.children)

    def _we_partners(self, mentions: list[Mention]) -> None:
        """Complete a "we" that resolved to the quotation's speaker alone: '"We will meet again,"
        said Macron after talks with Scholz' — "we" are the speaker and whoever the speaker's other
        contact event in the same or the next sentence is with (Scholz). An answer's "we" also takes
        the partners of a question about the speaker that it answers: one of the "Q:" line right
        before its "A:" line, or one in the same or the previous sentence ("Q: Will you meet Putin
        next week?" / "A: Yes, we will meet on Tuesday" -> the interviewee and Putin; Putin alone
        when the article names no interviewee). Changes ``participants`` of the mentions in place."""
        for m in mentions:
            if m.noun or len(m.participants) > 1 or m.question:
                continue
            answer = self._qa_line(m.trigger.idx)
            if not m.participants and (answer is None or answer[0] != "A"):
                continue
            subjects = [c for c in m.trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
            holder = m.trigger
            for _ in range(3):  # "we need to meet": the subject of the governing verb
                if subjects or holder.dep_ not in ("xcomp", "conj") or holder.head.i == holder.i:
                    break
                holder = holder.head
                subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not any(s.lower_ in ("we", "us") and s.pos_ == "PRON" for s in subjects):
                continue
            speaker = m.participants[0] if m.participants else None
            asked = self._asked_before(m, mentions)
            asked_ids = {id(o) for o in asked}
            for other in asked + mentions:
                if other is m or (other.question or other.sentence not in (m.sentence, m.sentence + 1)) and id(other) not in asked_ids:
                    continue
                if speaker is not None and speaker not in other.participants and not (
                        id(other) in asked_ids and self._unresolved_subject(other)):
                    continue  # 'Will Putin meet Trump? "We will meet soon," said Macron': not Macron's
                partners = [a for a in other.participants if a != speaker and a not in self.interviewee]
                if partners and not any(a.kind == COUNTRY for a in partners):
                    m.participants = m.participants + partners
                    break

    def _gapped(self, m: Mention) -> list[Mention]:
        """Events of a gapped coordination after verb mention ``m``: "Biden phoned Xi on Monday,
        Macron on Tuesday (and Modi on Friday)" repeats the verb and its subject for each remnant
        "<name> [on] <date>" that follows the date of ``m``, separated by a comma or "and", with
        nothing after the date but the end of the sentence, a comma, a semicolon or "and". Returns
        the new mentions (the subject of ``m`` with the remnant's actor, the remnant's date) and
        takes any remnant actor the parser coordinated into ``m`` out of ``m``'s participants."""
        if m.noun or m.timex_last is None or not m.n_subjects or m.timex_last < m.trigger.i:
            return []
        doc = self.doc
        sent = self.parsed.sentences[m.sentence]
        starts = {toks[0].i: (tx, toks) for tx, toks in self.timex_tokens if tx["kind"] == "date" and toks}
        out: list[Mention] = []
        i = m.timex_last + 1
        while i < sent.end:
            j = i
            if doc[j].text in (",", ";"):
                j += 1
            while j < sent.end and doc[j].lower_ in ("and", "then"):
                j += 1
            if j == i:
                break
            k = j
            while k < sent.end and doc[k].pos_ == "PROPN" and not self._in_timex(doc[k]):
                k += 1
            if k == j or k >= sent.end:
                break
            p = k + 1 if doc[k].pos_ == "ADP" and doc[k].lower_ in ("on", "in", "at", "during", "over") else k
            found = starts.get(p)
            if found is None:
                break
            tx, toks = found
            nxt = toks[-1].i + 1
            if nxt < sent.end and not (doc[nxt].text in (".", ",", ";", "!") or doc[nxt].lower_ == "and"):
                break
            actors = [a for a in self._agents(doc[k - 1]) if a.kind in (PERSON, ORGANISATION, COUNTRY)]
            if not actors:
                break
            copy = Mention(**{**m.__dict__, "participants": m.participants[:m.n_subjects] + actors,
                              "location": None, "minutes": None, "duration_text": None, "approximate": False})
            self._apply_timex(copy, tx)
            out.append(copy)
            i = nxt
        if out:
            taken = {a.actor_id for g in out for a in g.participants[g.n_subjects:]}
            m.participants = [a for n, a in enumerate(m.participants) if n < m.n_subjects or a.actor_id not in taken]
        return out

    def _split_calls(self, mentions: list[Mention]) -> list[Mention]:
        """"Trump spoke with the countries' leaders" -> one call with each leader: a call by one
        person to people of different countries is bilateral, one call each."""
        out = []
        for m in mentions:
            people = [a for a in m.participants if a.kind == PERSON]
            if m.kind == "call" and len(m.participants) >= 3 and len(people) == len(m.participants):
                caller, callees = people[0], people[1:]
                nations = {nationality_of(a.affiliation) if a.affiliation else a.actor_id for a in callees}
                if len(nations) == len(callees):
                    for callee in callees:
                        out.append(Mention(**{**m.__dict__, "participants": [caller, callee]}))
                    continue
            out.append(m)
        return out

    def _merge_target(self, m: Mention, events: list[Event]) -> Event | None:
        best = None
        for event in reversed(events):
            main = event.main
            family = FAMILIES.get(m.kind) if not m.anaphoric else None
            if family is not None and family != FAMILIES[main.kind]:
                continue
            if m.anaphoric and FAMILIES[main.kind] == "visit":
                continue
            ev_participants = {a.actor_id for mm in event.mentions for a in mm.participants}
            mine = {a.actor_id for a in m.participants}
            ev_countries = {nationality_of(a.affiliation) for mm in event.mentions for a in mm.participants if a.kind == PERSON and a.affiliation} | {a.name for mm in event.mentions for a in mm.participants if a.kind == COUNTRY}
            my_countries = {nationality_of(a.affiliation) for a in m.participants if a.kind == PERSON and a.affiliation} | {a.name for a in m.participants if a.kind == COUNTRY}
            ev_date = next((mm.date for mm in event.mentions if mm.date), None)
            if m.date and ev_date and m.date != ev_date:
                continue
            if m.timex_value and not m.date:
                ev_value = next((mm.timex_value for mm in event.mentions if mm.timex_value), None)
                if ev_value and ev_value != m.timex_value and ev_date is None:
                    continue
            if m.kind != main.kind and not m.anaphoric and {m.kind, main.kind} <= {"meeting", "talks", "summit", "conference"}:
                ev_location = next((mm.location for mm in event.mentions if mm.location), None)
                same_place = m.location and ev_location and _same_place(m.location, ev_location)
                same_day = m.date and ev_date and m.date == ev_date
                if not (same_place or same_day):
                    continue
            ev_status = event.main.status
            if {m.status, ev_status} == {"happened", "planned"} and (m.date or ev_date):
                continue
            if "denied" in {m.status, ev_status} and m.status != ev_status:
                continue  # "no plans for a call" is not the call that happened
            distance = m.sentence - event.mentions[-1].sentence
            if mine and ev_participants:
                overlap = mine & ev_participants
                if not overlap and FAMILIES[m.kind] == FAMILIES[main.kind] and m.date and m.date == ev_date and (my_countries - {None}) and (my_countries - {None}) <= ev_countries:
                    return event  # "Karasin ... a participant in Monday's talks" (a Russian, in the US-Russia talks)
                if not overlap:
                    continue
                if not (mine <= ev_participants or ev_participants <= mine or len(overlap) >= 2):
                    continue
                if len(overlap) == 1 and not (m.definite or m.anaphoric) and len(mine) > 1 and len(ev_participants) > 1 and mine != ev_participants:
                    continue
                if m.location and event.main.location and not _same_place(m.location, event.main.location):
                    if not (m.definite or m.anaphoric):
                        continue
                return event
            ev_location = next((mm.location for mm in event.mentions if mm.location), None)
            same_day = bool(m.date and ev_date and m.date == ev_date)
            same_place = bool(m.location and ev_location and _same_place(m.location, ev_location))
            if not mine and (m.definite or m.anaphoric) and distance <= 6:
                return event
            if not mine and distance <= 1 and m.noun:
                return event
            if (not mine or not ev_participants) and (same_day or same_place) and distance <= 12:
                return event
        return best


# spaCy's lemmatiser misreads a few verbs ("hopes" -> "hop")
_LEMMA_FIXES = {("hop", "hope"): "hope"}


def _lemma(tok: Token) -> str:
    """The lower-case lemma of ``tok``, with known lemmatiser slips mended ("hopes" -> "hope")."""
    lemma = tok.lemma_.lower()
    return _LEMMA_FIXES.get((lemma, tok.lower_[:4]), lemma)


def _takes_part(tok: Token) -> bool:
    """"take part in", "participate in", "join in": the event in the phrase is the verb's object."""
    lemma = tok.lemma_.lower()
    return lemma in ("part", "participate", "engage", "join") or lemma == "take" and any(c.lower_ == "part" for c in tok.children)


def _same_place(a: str, b: str) -> bool:
    """Two place names that can name one venue: equal, one inside the other ("Kursk region",
    "Kursk"), or a capital and its country ("Riyadh", "Saudi Arabia")."""
    if a == b or a in b or b in a:
        return True
    ca, cb = lexicons.country_of(a), lexicons.country_of(b)
    return bool(ca and cb and ca[0] == cb[0])


def _merge_status(statuses: list[str]) -> str:
    s = set(statuses)
    if "cancelled" in s:
        return "cancelled"
    if "postponed" in s:
        return "postponed"
    if "happened" in s:
        return "happened"
    if "denied" in s:
        return "denied"
    if "planned" in s:
        return "planned"
    if "proposed" in s:
        return "proposed"
    if "possible" in s:
        return "possible"
    return statuses[0]


def extract_events(parsed: Parsed, actors: ActorIndex, timexes: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The ``events`` table (columns in :mod:`lib.schema`): one row per event, in order of first
    mention; ``event_id`` 'E1', 'E2', ...

    ``participants`` and ``participant_ids`` are lists of canonical actors; ``date`` is an ISO day
    (null when the event has no day-precise date — a week or month goes to ``timex_value`` with its
    ``granularity``, and ``period_start``/``period_end``); ``duration_minutes`` is in minutes;
    ``evidence`` is the sentence of the first mention (``start``/``end`` its offsets), running on to
    the end of the answer when that mention is an interviewer's question the answer confirms ("Did
    you call Lo on Monday?\nA: Yes."); ``evidence_sentences`` lists the sentence of every mention
    and of such an answer; ``mentions`` lists ``[start, end]`` of every mention's trigger word. ``quotes`` (optional) lets "I"/"we"
    inside a quotation stand for its speaker. Never raises on odd text.
    """
    ex = _Extractor(parsed, actors, timexes, quotes)
    events = ex.build()
    rows = []
    text = parsed.text
    for n, event in enumerate(events, start=1):
        ms = event.mentions
        main = ms[0]
        participants: list[Actor] = []
        for m in ms:
            for a in m.participants:
                if a not in participants:
                    participants.append(a)
        # the day, else a coarser period, else the words of a date that could not be resolved
        # (no publication date): "an event with no resolvable date keeps its date text"
        dated = next((m for m in ms if m.date), None) or next((m for m in ms if m.timex_value), None) \
            or next((m for m in ms if m.date_text), None)
        located = next((m for m in ms if m.location), None)
        timed = next((m for m in ms if m.minutes is not None), None)
        sent = parsed.sentences[main.sentence]
        # a question confirmed by its answer ("Q: Did you call Lo?" / "A: Yes.") has both for evidence
        ev_start, ev_end = sent.start_char, sent.end_char
        if main.answered_in is not None:
            ev_end = max(ev_end, parsed.sentences[main.answered_in].end_char)
        kind = next((m.kind for m in ms if not m.anaphoric), "talks")
        rows.append(
            {
                "event_id": f"E{n}",
                "article_id": parsed.article.article_id,
                "kind": kind,
                "participants": [a.name for a in participants],
                "location": located.location if located else None,
                "date": dated.date if dated else None,
                "date_text": dated.date_text if dated else None,
                "granularity": dated.granularity if dated else None,
                "approximate": bool(timed.approximate) if timed else False,
                "duration_minutes": timed.minutes if timed else None,
                "status": _merge_status([m.status for m in ms if not m.weak_status] or [m.status for m in ms]),
                "evidence": text[ev_start:ev_end],
                "start": ev_start,
                "end": ev_end,
                "participant_ids": [a.actor_id for a in participants],
                "mentions": [[m.trigger.idx, m.trigger.idx + len(m.trigger.text)] for m in ms],
                "timex_value": dated.timex_value if dated else None,
                "duration_text": timed.duration_text if timed else None,
                "period_start": dated.period[0] if dated else None,
                "period_end": dated.period[1] if dated else None,
                "date_anchor": dated.date_anchor if dated else None,
                "evidence_sentences": sorted({(parsed.sentences[k].start_char, parsed.sentences[k].end_char)
                                              for m in ms for k in [m.sentence] + ([m.answered_in] if m.answered_in is not None else [])}),
            }
        )
    return make_frame("events", rows)
