"""Mentions -> canonical actors: people, organisations and countries, with titles and aliases.

:func:`resolve_actors` reads the parsed article once and returns an :class:`ActorIndex`:

* named mentions from spaCy's entities, corrected with the gazetteers in ``data/`` (capitals and
  countries are never persons, platforms like Truth Social are channels, a surname tagged ORG in one
  sentence is the person named elsewhere);
* people clustered by surname into one canonical actor (full name as the article first gives it:
  "Donald Trump" for "Trump", "Mr Trump", "Donald J. Trump");
* titles and affiliations from the words before a name ("Kremlin spokesman Dmitry Peskov") and from
  appositions ("Maria Lind, a harbour official,");
* pronouns (he, she, they, it) and role nouns ("the president", "the Russian leader", "his defence
  secretary", "the company") resolved to the nearest compatible antecedent, scored by the salience
  weights of Lappin & Leass (1994, "An algorithm for pronominal anaphora resolution", Computational
  Linguistics 20(4)): sentence recency 100, subject 80, direct object 50, other 40, halved per
  sentence of distance;
* unnamed sources kept as their shortest description ("a senior Ukrainian official").

Later stages ask the index who a noun phrase refers to (:meth:`ActorIndex.resolve`); the actors
table comes from :meth:`ActorIndex.table`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd
from spacy.tokens import Span, Token

from lib import lexicons
from lib.nlp import Parsed
from lib.schema import make_frame

PERSON, ORGANISATION, COUNTRY, GROUP, DOCUMENT = "person", "organisation", "country", "group", "document"

_PRONOUNS = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "their": (None, "pl"),
    "it": (None, "it"), "its": (None, "it"),
}
_FIRST_SECOND = {"i", "me", "my", "we", "us", "our", "you", "your"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
_DETS_TO_DROP = {"the"}
_QUOTE_CHARS = "\"“”«»„‘’'"
_MAX_DISTANCE = 6  # sentences an antecedent may lie back
# Added to Lappin & Leass's factors: the subject of a main-clause verb of saying is the
# discourse's current speaker, the usual antecedent of the next "he said" in news text.
_SPEAKER_EMPHASIS = 100


@dataclass
class Actor:
    """A canonical actor.

    Attributes:
        actor_id: 'A1', 'A2', ... in order of first mention.
        name: canonical name ("Donald Trump", "Kremlin", "a senior Ukrainian official").
        kind: person | organisation | country | group | document (a report, a poll).
        title: title or role ("Kremlin spokesman"), or None.
        affiliation: country or organisation, or None.
        gender: 'm', 'f' or None (from honorifics, gendered roles and pronouns).
        aliases: other surface forms used for the actor, in order of first use.
        mentions: (start, end) character offsets of every mention.
        named: the actor has a proper name (False for descriptions).
    """

    actor_id: str
    name: str
    kind: str
    title: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    named: bool = True

    @property
    def surname(self) -> str:
        """Last word of the name, not counting a generational suffix ("Ana Ruiz Sr." -> 'Ruiz');
        the whole name for organisations and countries."""
        if self.kind == PERSON and self.named and self.name.split():
            return _surname(self.name)
        return self.name

    def add_alias(self, text: str) -> None:
        """Record another way the article names the actor (not the canonical name, no repeats)."""
        text = text.strip()
        if text and text != self.name and text not in self.aliases:
            self.aliases.append(text)


@dataclass
class Mention:
    """One mention of an actor: token span ``[start, end)``, character span, form
    ('name', 'pronoun', 'role', 'description'), grammatical role weight and sentence index."""

    start: int
    end: int
    start_char: int
    end_char: int
    actor_id: str
    form: str
    weight: int
    sentence: int
    text: str


# ---------------------------------------------------------------------------------------------
# small helpers


_QUOTE_MARKS = frozenset({'"', "'", "''", "``", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"})


_SPEECH_WORDS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "asked", "stated", "claimed",
                           "wrote", "quote", "quotes", "quoted", "speaker", "source", "who", "what", "when", "where"})


def _is_pair_of_people(np: Span) -> bool:
    """ "both men", "the two women": a phrase that only points back at two people mentioned before
    (unlike "the two ministers", which describes them)."""
    words = [t.lower_ for t in np if not t.is_punct and not t.is_space]
    if np.start > 0 and np.doc[np.start - 1].lower_ == "both":
        words = ["both"] + words
    return len(words) >= 2 and words[-1] in ("men", "women") \
        and (words[0] == "both" or "two" in words)


def _has_name(text: str | None) -> bool:
    """True when ``text`` can name an actor: it has a letter or a digit."""
    return bool(text) and any(ch.isalnum() for ch in text)


_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_WEEKDAY_ABBREVIATIONS = {"Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
_CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                   "yesterday", "tomorrow", "january", "february", "march", "july", "september", "october",
                   "november", "december"}  # not April, May, June, August: also names


# Surname particles: "Ursula von der Leyen" -> 'von der Leyen', "Mohammed Al Thani" -> 'Al Thani'.
_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "des", "la", "le", "al",
              "el", "bin", "ibn", "ben", "dos", "das", "do", "ter", "ten", "zu", "af", "abu"}


def _surname(name: str) -> str:
    """A person's surname: the last word with the particles before it ("von der Leyen", "Al Thani";
    not a first word: "Al Gore" -> 'Gore'), skipping a generational suffix (Jr., Sr., II, III, IV)."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower().rstrip(",") in _SUFFIXES:
        parts = parts[:-1]
    first = len(parts) - 1
    while first > 1 and parts[first - 1].lower() in _PARTICLES:
        first -= 1
    return " ".join(parts[first:]).rstrip(",")


def _clean_name(text: str) -> str:
    """A name as a reader writes it: no photo-credit tail ("/Ukraine"), quotation marks,
    possessive, leading article or live-blog time stamp, sentence-initial auxiliary ("Will Trump meet ...?"), emoji or
    other symbols, or runs of spaces."""
    text = text.split("/")[0] if "/" in text else text
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in ("S", "C") or ch in " \t")
    text = text.strip()
    keep_dot = re.search(r"(?:\b[A-Z]\.){3,}$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros|St)\.$", text.rstrip(_QUOTE_CHARS + ",;:«»‹›"))
    text = text.strip(_QUOTE_CHARS + ",.;:«»‹›") + ("." if keep_dot else "")
    text = text.replace("’", "'")
    text = re.sub(r"\s+[-–—]+$|^[-–—]+\s+", "", text)  # a dash left by the tagger ("Vanita Gupta -")
    text = re.sub(r"'s$", "", text).strip()
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"[*#`]+", " ", text).strip()  # Markdown emphasis or heading marks ("**Donald Trump**")
    text = re.sub(r"^\d{1,2}(?:[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?|\s*[aApP]\.?[mM]\.?)\s+(?=[A-Z])", "", text)  # a live blog's time stamp ("14:20 Scholz", "3.15pm Macron")
    text = re.sub(r"^(?:Will|Would|Did|Does|Do|Can|Could|Should|Has|Have|Had|Is|Was|Are|Were)\s+(?=[A-Z])", "", text)
    # a wire update number or a time stamp with its zone glued before the name ("UPDATE 2-Maria
    # Lund", "0945 GMT - Maria Lund")
    text = re.sub(r"^(?:(?:UPDATE\s+)?\d+\s*-(?=[A-Z])|(?:\d{1,2}[:.]?\d{2}\s+)?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT)\s*[-–—]\s*)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _split_leading_role(name: str) -> tuple[str, str | None]:
    """A capitalised role word before a name is a title, not part of it ("Manager Pep Ruiz" ->
    ("Pep Ruiz", "manager")); the name keeps at least two words after the role."""
    parts = name.split()
    roles = lexicons.person_roles()
    taken = 0
    while len(parts) - taken > 2 and parts[taken].lower() in roles:
        taken += 1
    if taken == 0 or not all(p[:1].isupper() for p in parts[taken:]):
        return name, None
    return " ".join(parts[taken:]), " ".join(parts[:taken]).lower()


def _strip_honorific(text: str) -> tuple[str, str | None]:
    honorifics = lexicons.roles()["honorifics"]
    parts = text.split()
    gender = None
    while parts and parts[0] in honorifics:
        gender = honorifics[parts[0]] or gender
        parts = parts[1:]
    return " ".join(parts), gender


def misread_name_subject(tok: Token) -> Token | None:
    """For a verb in -s the tagger read as a plural noun heading the sentence, its subject read as
    a modifier of that noun ("But Trump claims that ...": Trump/compound -> claims/NNS, with the
    that-clause hanging on it; "Sanders Vows To End ...", a headline with a to-infinitive right
    after the noun): the name's head. None otherwise."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT" or not tok.lower_.endswith("s"):
        return None
    if not any(c.dep_ == "ccomp" and c.i > tok.i or infinitive_after(tok, c) for c in tok.children):
        return None
    names = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.tag_ in ("NNP", "NNPS") and c.i < tok.i]
    if not names or names[-1].i != tok.i - 1:
        return None
    return names[-1]


def infinitive_after(tok: Token, child: Token) -> bool:
    """True when ``child`` is a to-infinitive right after ``tok`` ("Vows To End ...")."""
    return child.tag_ == "VB" and child.dep_ in ("xcomp", "advcl", "acl") and child.i == tok.i + 2 \
        and tok.doc[tok.i + 1].lower_ == "to" and tok.doc[tok.i + 1].head.i == child.i


def _grammatical_weight(token: Token) -> int:
    """Lappin & Leass (1994) salience of a mention from its grammatical role: sentence recency
    100, subject 80, direct object 50, indirect object or oblique 40, head-noun emphasis 80 (not
    inside another noun phrase), non-adverbial emphasis 50 (not inside an adverbial
    prepositional phrase); plus 100 for the subject of a verb of saying (Parley's addition). A
    name modifying a common noun ("U.S. senator") is embedded and oblique: 140, unless it is the
    subject of a verb the tagger read as that noun ("But Trump claims that ...":
    :func:`misread_name_subject`)."""
    if token.dep_ in ("compound", "amod") and token.head.pos_ == "NOUN":
        misread = misread_name_subject(token.head)
        if misread is not None and misread.i == token.i:
            return 100 + 80 + _SPEAKER_EMPHASIS + 80 + 50  # "But Trump claims that ...": the speaker
        return 140  # a modifier of another noun ("U.S. senator", "the Trump campaign"): embedded
    node = token
    while node.dep_ in ("appos", "conj", "compound", "flat") and node.head.i != node.i:
        node = node.head
    dep = node.dep_
    weight = 100
    if dep in _SUBJECT_DEPS:
        weight += 80
    elif dep in ("dobj", "attr", "oprd"):
        weight += 50
    else:
        weight += 40
    verb = node.head
    main_clause = verb.dep_ == "ROOT" or verb.dep_ in ("conj", "parataxis") and verb.head.dep_ == "ROOT"
    if dep in _SUBJECT_DEPS and main_clause and verb.lemma_.lower() in lexicons.cues()["speech_verbs"]:
        weight += _SPEAKER_EMPHASIS
    embedded = dep in ("poss", "nmod", "npadvmod") or (dep == "pobj" and node.head.head.pos_ in ("NOUN", "PROPN", "PRON"))
    if not embedded:
        weight += 80
    adverbial = dep == "pobj" and node.head.head.pos_ in ("VERB", "AUX")
    if not adverbial:
        weight += 50
    if _inside_report(node):
        weight //= 2
    return weight


def _inside_report(token: Token) -> bool:
    """True when ``token`` lies in the content clause of a verb of saying ("McKinney said *Clinton*
    does not ..."): a person talked about, not a person talking. Parley's addition to Lappin & Leass:
    such mentions count half, so that a later "she said" prefers the last speaker."""
    speech = lexicons.cues()["speech_verbs"]
    if token.dep_ in _SUBJECT_DEPS and token.head.lemma_.lower() in speech:
        return False  # the subject of a verb of saying speaks, even in a clause misparsed as content
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in speech:
            return True
        node = node.head
    return False


def role_head(phrase: str) -> str | None:
    """The role noun of a title or description ("US President" -> 'president', "Secretary of
    State" -> 'secretary of state', "his defence secretary" -> 'defence secretary'), or None."""
    words = [w.lower().strip(",.") for w in re.split(r"\s+", phrase.replace("’", "'")) if w]
    roles = lexicons.person_roles()
    best = None
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            cand = " ".join(words[i:j])
            if cand in roles or (cand.endswith("s") and cand[:-1] in roles):
                if best is None or j > best[1] or (j == best[1] and j - i > best[1] - best[0]):
                    best = (i, j, cand)
                break
    return best[2] if best else None


def _role_group(role: str) -> set[str]:
    role = role.lower()
    last = role.split()[-1]
    for group in lexicons.roles()["role_synonyms"]:
        if role in group or last in group:
            return set(group)
    return {role}


def roles_compatible(wanted: str, title: str | None) -> bool:
    """True when a role noun ("the Russian leader" -> 'leader') can name an actor with ``title``.

    Rules: the title's role noun is the same or a synonym (data/roles.toml ``role_synonyms``); a
    wide role ('leader') names any role of its ``wide_roles`` list; a specific role of two or more
    words ('defence secretary') must appear in the title; 'vice' titles only match 'vice' roles,
    and 'deputy', 'assistant' or 'acting' titles only roles with the same word ("the attorney
    general" is not "Deputy Attorney General Sally Yates").
    Nationality words are compared separately (see :func:`nationality_of`)."""
    if not title:
        return False
    have = role_head(title)
    if not have:
        return False
    wanted = wanted.lower()
    if have.startswith("vice") != wanted.startswith("vice") or "vice" in title.lower() and not wanted.startswith("vice"):
        return False
    title_words = set(re.split(r"[\s-]+", title.lower()))
    if any(w in title_words and w not in wanted.split() for w in ("deputy", "assistant", "acting", "under")):
        return False
    if " " in wanted and wanted.replace("-", " ") not in title.lower().replace("-", " "):
        # 'defence secretary' vs 'Secretary of State': only the same phrase matches
        return wanted in _role_group(have) and have in _role_group(wanted) and have != wanted and False or False
    if have == wanted or have.split()[-1] == wanted.split()[-1]:
        return True
    wide = lexicons.roles().get("wide_roles", {}).get(wanted)
    if wide and (have in wide or have.split()[-1] in wide):
        return True
    return have in _role_group(wanted)


def nationality_of(words: list[str] | str) -> str | None:
    """The country named by a nationality word, country name or metonym among ``words``
    ("Russian" -> 'Russia', "US" -> 'United States', "Kremlin" -> 'Russia'), or None."""
    if isinstance(words, str):
        words = words.replace("’", "'").split()
    # two-word names first ("Saudi Arabia", "North Korean")
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            raw = re.sub(r"'s$", "", " ".join(words[i:i + size]).strip(","))
            for cand in (raw, raw.strip(".")):
                hit = lexicons.country_of(cand)
                if hit:
                    return hit[0]
                org = lexicons.organisation_names().get(cand.lower())
                if org:
                    return org
    return None


# ---------------------------------------------------------------------------------------------


class ActorIndex:
    """Canonical actors of one article and the mentions that refer to them.

    Build it with :func:`resolve_actors`. Lookups take spaCy tokens of ``parsed.doc``.
    """

    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.doc = parsed.doc
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self._by_token: dict[int, Mention] = {}
        self._ent_of_token: dict[int, Span] = {}
        for ent in self.doc.ents:
            trimmed = _without_title(ent)
            self._ent_of_token.update((t, trimmed) for t in range(ent.start, ent.end))
        self._sent_of_token: list[int] = [0] * len(self.doc)
        for si, sent in enumerate(parsed.sentences):
            for t in range(sent.start, sent.end):
                self._sent_of_token[t] = si
        # fill gaps (whitespace tokens) with the previous sentence
        last = 0
        for t in range(len(self.doc)):
            if self._sent_of_token[t] == 0 and t > 0 and self.doc[t].is_space:
                self._sent_of_token[t] = last
            last = self._sent_of_token[t]
        self._counter = 0
        self._description_index: dict[str, str] = {}
        self._pending_group: list[Actor] = []

    # -- construction ----------------------------------------------------------------------

    def _new_actor(self, name: str, kind: str, *, named: bool = True, **extra) -> Actor:
        """A new actor; callers make sure ``name`` has a letter or digit (see :func:`_has_name`)."""
        self._counter += 1
        actor = Actor(actor_id=f"A{self._counter}", name=name, kind=kind, named=named, **extra)
        if kind == PERSON and named and actor.gender is None:
            # "Hillary Clinton" is not "he" (data/first_names.toml); nor is a woman named by her
            # first name alone ("Melanie watched. ... she said"); names given to both sexes and
            # common surnames are not in the list
            actor.gender = lexicons.first_name_genders().get(name.split()[0])
        self.actors[actor.actor_id] = actor
        return actor

    def _add_mention(self, start: int, end: int, actor: Actor, form: str, weight: int | None = None) -> Mention:
        span = self.doc[start:end]
        head = span.root
        mention = Mention(
            start=start,
            end=end,
            start_char=span.start_char,
            end_char=span.end_char,
            actor_id=actor.actor_id,
            form=form,
            weight=_grammatical_weight(head) if weight is None else weight,
            sentence=self._sent_of_token[start],
            text=span.text,
        )
        # replace an existing mention over the same tokens
        for t in range(start, end):
            old = self._by_token.get(t)
            if old is not None and old in self.mentions:
                self.mentions.remove(old)
                for k in range(old.start, old.end):
                    self._by_token.pop(k, None)
        self.mentions.append(mention)
        for t in range(start, end):
            self._by_token[t] = mention
        if (span.start_char, span.end_char) not in actor.mentions:
            actor.mentions.append((span.start_char, span.end_char))
        if form == "name":
            actor.add_alias(_clean_name(span.text))
        elif form == "role":
            alias = span.text.strip().replace("’", "'")
            actor.add_alias(alias[0].lower() + alias[1:] if alias[:4].lower() == "the " else alias)
        elif form == "pronoun":
            actor.add_alias(span.text.lower())
        return mention

    def sentence_of(self, token: Token) -> int:
        """Index (into ``parsed.sentences``) of the sentence holding ``token``."""
        return self._sent_of_token[token.i]

    # -- lookups -----------------------------------------------------------------------------

    def mention_at(self, token: Token) -> Mention | None:
        """The recorded mention covering ``token``, or None."""
        return self._by_token.get(token.i)

    def actor(self, actor_id: str) -> Actor:
        """The actor with ``actor_id``. Raises ``KeyError`` if there is none."""
        return self.actors[actor_id]

    def find_by_name(self, name: str) -> Actor | None:
        """The actor whose canonical name or alias equals ``name`` (case-insensitive), or None."""
        key = _clean_name(name).lower()
        for actor in self.actors.values():
            if actor.name.lower() == key or key in (_clean_name(a).lower() for a in actor.aliases):
                return actor
        return None

    def noun_phrase(self, head: Token) -> Span:
        """The noun phrase headed by ``head``: its left dependents (det, amod, compound, poss,
        nummod), the words hyphened to it ("ex-wife") and short 'of/in/at/for' phrases, without
        relative clauses, appositions, commas or coordinated phrases."""
        doc = self.doc
        left = head.i
        for child in head.lefts:
            if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "advmod", "npadvmod", "predet", "preconj") or child.dep_ == "punct" and child.text in "-–":
                left = min(left, child.left_edge.i)
        right = head.i
        for child in head.rights:
            if child.dep_ == "case":
                right = max(right, child.i)
            elif child.dep_ == "prep" and child.text.lower() in ("of", "in", "at", "for", "to", "on") and child.right_edge.i - child.i <= 6 \
                    and not any(t.is_punct for t in doc[right + 1:child.i]):  # not set off by a comma: "The minister, in an interview ..."
                if not any(t.text in ",;:" or t.dep_ in ("relcl", "acl") or t.is_quote for t in child.subtree):
                    right = max(right, child.right_edge.i)
            elif child.dep_ in ("compound", "amod") and child.i == right + 1:
                right = child.i
        # "His ex-wife said": the parser may make "ex" and "-" siblings of "wife", not its modifiers
        while left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_ and not doc[left - 2].whitespace_ \
                and doc[left - 2].pos_ in ("NOUN", "PROPN", "ADJ") and doc[left - 2].head.i in (head.head.i, doc[left - 1].head.i, left - 1, head.i):
            left = min(left - 2, doc[left - 2].left_edge.i)
        while left < head.i and (doc[left].is_punct or doc[left].is_space or doc[left].dep_ == "preconj" or doc[left].lower_ in ("both", "but", "and")):
            left += 1
        span = doc[left:right + 1]
        return span

    def _salience(self, before: Token, *, exclude: set[int] = frozenset(), same_sentence_only_subjects: bool = False) -> dict[str, float]:
        """Salience of every actor mentioned before ``before`` (Lappin & Leass weights, halved per
        sentence of distance; mentions at token indexes in ``exclude`` are ignored)."""
        here = self.sentence_of(before)
        best: dict[tuple[str, int], int] = {}
        for m in self.mentions:
            if m.start >= before.i or m.start in exclude:
                continue
            distance = here - m.sentence
            if distance > _MAX_DISTANCE or distance < 0:
                continue
            key = (m.actor_id, m.sentence)
            best[key] = max(best.get(key, 0), m.weight)
        scores: dict[str, float] = {}
        for (actor_id, sentence), weight in best.items():
            scores[actor_id] = scores.get(actor_id, 0.0) + weight * (0.5 ** (here - sentence))
        return scores

    # -- resolution ------------------------------------------------------------------------

    def resolve(self, head: Token, *, exclude_tokens: set[int] | None = None, create: bool = True) -> list[Actor]:
        """The actor(s) a noun phrase refers to.

        ``head`` is the phrase's head token (e.g. the subject of a speech verb). Coordinated phrases
        give several actors ("both Trump and his defence secretary" -> [Trump, Hegseth]). Pronouns and
        role nouns resolve to the nearest compatible antecedent; mentions inside ``exclude_tokens``
        (e.g. the quotation the phrase attributes) are not antecedents. An unnamed source becomes a
        description actor when ``create`` is true. Returns [] when the phrase cannot be a source
        (a first- or second-person pronoun, a non-human noun such as 'experience').
        """
        pair = self._resolve_pair(self.noun_phrase(head))
        if pair:
            return pair
        heads = [head] + [c for c in head.conjuncts if c.i > head.i and c.pos_ in ("PROPN", "NOUN", "PRON")]
        # "Maria Lund, John Berg and Ana Cruz said": the parser reads the list's second name as an
        # apposition of the first, with the rest coordinated to it; a name with conjuncts of its
        # own is a list of speakers, not an apposition ("Maria Lund, a port official, said")
        for appos in [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]:
            more = [c for c in appos.conjuncts if c.i > appos.i and c.pos_ == "PROPN"]
            if more and head.ent_type_ == "PERSON":
                heads += [appos] + more
        out: list[Actor] = []
        for h in heads:
            if self._wrapped_in_marks(h):
                continue  # quoted words are never a speaker: "Officials said ''no comment'' and Smith said ..."
            self._pending_group = []
            actor = self._resolve_one(h, exclude_tokens or set(), create=create)
            group = self._pending_group or ([actor] if actor is not None else [])
            self._pending_group = []
            for a in group:
                if a not in out:
                    out.append(a)
        return out

    def _wrapped_in_marks(self, head: Token) -> bool:
        """True when the noun phrase of ``head`` stands between an opening and a closing quotation
        mark (''no comment'', "the deal"): quoted words, not a name."""
        np = self.noun_phrase(head)
        doc = head.doc
        if np.start == 0 or np.end >= len(doc):
            return False
        before, after = doc[np.start - 1].text, doc[np.end].text
        return before in _QUOTE_MARKS and after in _QUOTE_MARKS

    def _resolve_one(self, head: Token, exclude: set[int], *, create: bool) -> Actor | None:
        mention = self._by_token.get(head.i)
        if mention is not None:
            return self.actors[mention.actor_id]
        lower = head.lower_
        if lower in _FIRST_SECOND:
            return None
        caps = _clean_name(self.noun_phrase(head).text) if head.text.isupper() else ""
        if caps.isupper() and len(caps) > 1 and " " not in caps and head.pos_ != "PROPN":
            # a surname in capitals the tagger read as an adjective or noun ("LOPEZ: Not in ...")
            known = self.find_by_name(caps) or self._match_surname(caps)
            if known is not None:
                self._add_mention(head.i, head.i + 1, known, "name")
                return known
        # the phrase is the apposition of a name: "Don Fowler, a former party chairman, said"
        if head.dep_ == "appos":
            m = self._by_token.get(head.head.i)
            if m is not None and self.actors[m.actor_id].kind in (PERSON, ORGANISATION):
                return self.actors[m.actor_id]
        # a name in the phrase (appositive or compound): "Ukraine's top commander Oleksandr Syrskyi"
        for child in list(head.children):
            if child.dep_ in ("appos", "compound") and child.i in self._by_token:
                m = self._by_token[child.i]
                if self.actors[m.actor_id].kind == PERSON:
                    return self.actors[m.actor_id]
        if lower in _PRONOUNS:
            actor = self.resolve_pronoun(head, exclude)
            if actor is not None:
                self._add_mention(head.i, head.i + 1, actor, "pronoun")
            return actor
        if lower in lexicons.cues()["non_sources"] and head.pos_ != "PROPN" and self._one_of_people(head) is None:
            return None
        if head.pos_ == "NOUN" and head.text[:1].isupper() and head.text[1:].islower() \
                and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children):
            # a bare capitalised word the tagger read as a common noun, as in a headline ("Price
            # urges members to ..."): a named person of the article when it is their name or surname
            known = self._match_surname(head.text) or self.find_by_name(head.text)
            if known is not None and known.kind == PERSON and known.named:
                self._add_mention(head.i, head.i + 1, known, "name")
                return known
        np = self.noun_phrase(head)
        pair = self._resolve_pair(np)
        if pair:
            return pair[0]
        if _is_pair_of_people(np):
            # "both men" with no two people named before: an unnamed source kept as its words
            # ("Both men"), not a description actor "men"
            if not create:
                return None
            span = np.doc[np.start - 1:np.end] if np.start > 0 and np.doc[np.start - 1].lower_ == "both" else np
            key = span.text.lower()
            if key in self._description_index:
                actor = self.actors[self._description_index[key]]
            else:
                actor = self._new_actor(key, GROUP, named=False)
                self._description_index[key] = actor.actor_id
            self._add_mention(span.start, span.end, actor, "description")
            return actor
        if head.pos_ == "PROPN" and _is_role_phrase(np):
            return self.resolve_description(head, exclude, create=create)
        if head.pos_ == "PROPN":
            if head.ent_type_ in ("DATE", "TIME") or head.lower_ in _CALENDAR_WORDS:
                return None  # '"It is over," Monday said': a day is not a source
            name = _clean_name(self._name_span(head, np).text)
            name, _g = _strip_honorific(name)
            if not _has_name(name):
                return None  # a stray mark tagged as a proper noun ("talks with» agreed")
            name, role_title = _split_leading_role(name) if head.ent_type_ in ("PERSON", "") else (name, None)
            known = self.find_by_name(name) or self._match_surname(name)
            if known is not None:
                self._add_mention(np.start, np.end, known, "name")
                return known
            if not create:
                return None
            country = lexicons.country_of(name)
            if country:
                actor = self.find_by_name(country[0]) or self._new_actor(country[0], COUNTRY)
            else:
                kind = ORGANISATION if (lexicons.media_names() & {name.lower()} or name.lower() in lexicons.organisation_names()
                                        or (" " not in name and _taken_up_as_neuter(head))) else PERSON
                if len(name.split()) == 1 and kind == PERSON and not name[:1].isupper():
                    return None
                actor = self._new_actor(name, kind)
            if role_title and actor.kind == PERSON and not actor.title:
                actor.title = role_title
            self._add_mention(np.start, np.end, actor, "name")
            return actor
        return self.resolve_description(head, exclude, create=create)

    def _resolve_pair(self, np: Span) -> list[Actor]:
        """"both sides", "the two leaders", "the two countries", "the warring sides", "each
        other": the two most salient actors of the right kind mentioned before (people for
        leaders/men/presidents, countries or organisations for sides/countries/nations)."""
        words = [t.lower_ for t in np if not t.is_punct and not t.is_space]
        if np.start > 0 and self.doc[np.start - 1].lower_ == "both":
            words = ["both"] + words
        if words in (["the", "two"], ["both"]):
            words = ["the", "two", "men"]  # "The two are expected to meet": two people named before
        if len(words) < 2 or words[-1] not in _PAIR_NOUNS:
            return []
        if not (words[0] in ("both", "the", "each") and (words[0] == "both" or "two" in words or "warring" in words or "opposing" in words or words[-1] == "other" or len(words) == 2 and words[0] == "the")):
            return []
        kinds = (PERSON,) if words[-1] in ("leaders", "men", "presidents", "women", "ministers") else (COUNTRY, ORGANISATION, GROUP)
        # a pair named together before ("India and Pakistan") is the likeliest referent
        coordinated = self._recent_coordination(np[0], kinds)
        if coordinated:
            for actor in coordinated:
                self._add_mention(np.start, np.end, actor, "role", weight=_grammatical_weight(np.root))
            return coordinated
        if "warring" in words or "opposing" in words:
            return []  # which sides are at war is not a matter of salience
        scores = self._salience(np[0])
        cands = sorted(((s, self.actors[a]) for a, s in scores.items() if self.actors[a].kind in kinds), key=lambda x: -x[0])
        if len(cands) < 2 and kinds == (PERSON,):
            # "Putin spoke with Trump. Both men said ...": the two named in the sentence before,
            # though the tagger took one for an organisation ("men" says they are people)
            here = self.sentence_of(np[0])
            named: list[Actor] = []
            for m in sorted(self.mentions, key=lambda m: m.start):
                a = self.actors[m.actor_id]
                if m.sentence == here - 1 and m.form == "name" and a.named and a not in named:
                    named.append(a)
            if len(named) == 2 and all(a.kind == PERSON or a.kind == ORGANISATION and " " not in a.name for a in named) \
                    and any(a.kind == PERSON for a in named):
                for a in named:
                    a.kind = PERSON
                cands = [(1.0, a) for a in named]
        if len(cands) < 2:
            return []
        found = [cands[0][1], cands[1][1]]
        for actor in found:
            self._add_mention(np.start, np.end, actor, "role", weight=_grammatical_weight(np.root))
        return found

    def _recent_coordination(self, before: Token, kinds: tuple[str, ...]) -> list[Actor]:
        """The most recent "X and Y" (within six sentences) whose two members are actors of
        ``kinds``."""
        here = self.sentence_of(before)
        for m in sorted((m for m in self.mentions if m.start < before.i and here - m.sentence <= _MAX_DISTANCE), key=lambda m: -m.start):
            head = self.doc[m.start:m.end].root
            conj = [c for c in head.conjuncts if c.i > head.i]
            if not conj:
                continue
            other = self._by_token.get(conj[0].i)
            if other is None or other.actor_id == m.actor_id:
                continue
            a, b = self.actors[m.actor_id], self.actors[other.actor_id]
            if a.kind in kinds and b.kind in kinds:
                return [a, b]
        return []

    def _match_surname(self, name: str) -> Actor | None:
        """The one named person whose surname is ``name`` (case-insensitive, so a transcript label
        "LOPEZ" finds Maria Lopez), or None when there is none or more than one."""
        if " " in name:
            return None
        key = name.casefold()
        cands = [a for a in self.actors.values() if a.kind == PERSON and a.named and a.surname.casefold() == key]
        return cands[0] if len(cands) == 1 else None

    def _name_span(self, head: Token, np: Span) -> Span:
        """The words of ``np`` that make the name: the named entity holding ``head`` when there is
        one, else ``np`` cut before a prepositional phrase ("Hugh Park in Geneva" -> "Hugh Park")."""
        ent = self._ent_of_token.get(head.i)
        if ent is not None and ent.start >= np.start and ent.end <= np.end:
            return ent
        for child in head.rights:
            if child.dep_ == "prep" and np.start <= child.i < np.end:
                return self.doc[np.start:child.i]
        return np

    def resolve_pronoun(self, pronoun: Token, exclude: set[int] | None = None) -> Actor | None:
        """The antecedent of a third-person pronoun, or None.

        Candidates are actors mentioned before the pronoun within six sentences, scored by salience
        (Lappin & Leass). Filters: gender (he/she against honorifics, gendered roles, earlier
        pronouns); number and animacy (he/she -> a person; it -> an organisation or country; they ->
        a group, organisation or country, or several people); a pronoun is not bound by the subject
        of its own clause ("Trump told him"); the speaker of a quotation is not a person named inside
        it ("Bush's first task ..., he said" -> not Bush).
        """
        exclude = set(exclude or ())
        gender, number = _PRONOUNS[pronoun.lower_]
        # never bind to the subject of the same clause for object pronouns
        clause = pronoun.head
        bound_by: set[str] = set()  # actors the clause's subject refers to
        if pronoun.dep_ not in _SUBJECT_DEPS and pronoun.dep_ != "poss":
            for child in clause.children:
                if child.dep_ in _SUBJECT_DEPS:
                    exclude.update(range(child.left_edge.i, child.right_edge.i + 1))
                    m = self._by_token.get(child.i)
                    if m is not None:
                        bound_by.add(m.actor_id)
                    elif child.lower_ in _PRONOUNS and child.lower_ not in ("it", "they", "them", "its", "their") and child.i != pronoun.i:
                        # "He told him ...": resolve the subject first; the object is someone else
                        subject = self.resolve_pronoun(child)
                        if subject is not None:
                            bound_by.add(subject.actor_id)
        # the speaker of reported speech is not someone named inside what is reported
        # ("Mr Bush's first task was to ..., he said" -> not Bush)
        if pronoun.dep_ in _SUBJECT_DEPS:
            speech = lexicons.cues()["speech_verbs"]
            for child in pronoun.head.children:
                if child.dep_ in ("ccomp", "parataxis") or child.dep_ == "advcl" and child.i < pronoun.i:
                    if child.lemma_.lower() in speech and any(c.dep_ == "nsubj" for c in child.children):
                        continue  # "Trump told reporters X but ... he said Y": a clause of its own, misparsed
                    # a lead-in the parser hung inside the report ("Ruiz scolded him: “...,” she
                    # said"): what comes before the colon and the opening mark is not reported
                    opening = next((t.i for t in child.subtree if t.i > child.left_edge.i and t.text in _QUOTE_MARKS
                                    and pronoun.doc[t.i - 1].text == ":"), child.left_edge.i)
                    exclude.update(t.i for t in child.subtree if t.i >= opening)
            clause = pronoun.head
            if clause.dep_ == "parataxis" and clause.head.i < pronoun.i and clause.head.lemma_.lower() not in lexicons.cues()["speech_verbs"]:
                # "X ..., he said": X is what he said, not who said it
                exclude.update(t.i for t in clause.head.subtree if t.i < clause.left_edge.i)
        # coordinated with the candidate: "he and the Russian president"
        for conj in pronoun.conjuncts:
            exclude.update(range(conj.left_edge.i, conj.right_edge.i + 1))
        def compatible(actor: Actor) -> bool:
            if actor.actor_id in bound_by:
                return False
            if number == "sg":
                return actor.kind == PERSON and not (gender and actor.gender and actor.gender != gender)
            if number == "it":
                return actor.kind in (ORGANISATION, COUNTRY)
            return actor.kind in (GROUP, ORGANISATION, COUNTRY)

        # Syntactic antecedent first: the subject of a clause that governs the pronoun's clause
        # ("Zelensky said he had spoken"; "Peskov said in his address"), nearest clause first.
        verb = pronoun.head
        if pronoun.dep_ in _SUBJECT_DEPS or pronoun.dep_ not in ("poss",):
            climb_from = verb.head if verb.head.i != verb.i and verb.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") else None
        else:
            climb_from = verb
        while pronoun.dep_ == "poss" and climb_from is not None and climb_from.pos_ not in ("VERB", "AUX") and climb_from.head.i != climb_from.i:
            climb_from = climb_from.head
        node = climb_from
        steps = 0
        while node is not None and steps < 4:
            steps += 1
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i and child.i not in exclude:
                    m = self._by_token.get(child.i)
                    if m is None and child.pos_ == "NOUN" and child.lower_ not in _PRONOUNS:
                        described = self.resolve_description(child, create=number != "sg" or bool(role_head(child.text)))
                        m = self._by_token.get(child.i) if described is not None else None
                    elif m is None and child.pos_ == "PROPN":
                        # a name the tagger gave no entity label ("Modi tweeted that he would ..."):
                        # it becomes an actor now, before a salience guess can pass it over
                        m = self._by_token.get(child.i) if self._resolve_one(child, exclude, create=True) is not None else None
                    if m is not None and compatible(self.actors[m.actor_id]):
                        actor = self.actors[m.actor_id]
                        if child.lower_ in _PRONOUNS and _PRONOUNS[child.lower_][0] not in (None, gender):
                            continue  # "she had done ... on his case": his is not she
                        if number == "sg" and gender and actor.gender is None and m.form != "pronoun":
                            actor.gender = gender  # taught by a name, never by a chain of pronoun guesses
                        return actor
            if node.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") and node.head.i != node.i:
                node = node.head
            else:
                node = None

        scores = self._salience(pronoun, exclude=exclude)
        if pronoun.dep_ == "poss":
            # "has backed Hillary Clinton since her 2008 bid": a possessive refers to a person
            # named just before it in its own sentence more often than salience alone says
            here = self.sentence_of(pronoun)
            for m in self.mentions:
                if m.sentence == here and 0 < pronoun.i - m.end <= 6 and m.actor_id in scores:
                    scores[m.actor_id] += 60
        best: tuple[float, Actor] | None = None
        for actor_id, score in scores.items():
            actor = self.actors[actor_id]
            if not compatible(actor):
                continue
            if best is None or score > best[0]:
                best = (score, actor)
        if best is None and number == "sg" and pronoun.dep_ in _SUBJECT_DEPS:
            # cataphora: nobody compatible is named before the pronoun ("The situation, she said,
            # was grave. Maria Lopez ..." at the top of a feature): the first compatible person
            # named later as the subject of a main clause in the same or the next sentence, whose
            # gender is known to agree (not a name inside what is said, nor one of unknown gender)
            here = self.sentence_of(pronoun)
            doc = pronoun.doc
            for m in sorted(self.mentions, key=lambda m: m.start):
                if m.start > pronoun.i and m.form == "name" and here <= m.sentence <= here + 1 \
                        and gender and self.actors[m.actor_id].gender == gender and compatible(self.actors[m.actor_id]):
                    node = doc[m.start:m.end].root
                    while node.dep_ in ("appos", "conj", "compound", "flat") and node.head.i != node.i:
                        node = node.head
                    if node.dep_ in _SUBJECT_DEPS and (node.head.dep_ == "ROOT" or node.head.dep_ == "conj" and node.head.head.dep_ == "ROOT"):
                        return self.actors[m.actor_id]
        # a salience guess does not teach the actor a gender (an error would then spread)
        return best[1] if best is not None else None

    def _one_of_people(self, head: Token) -> Token | None:
        """The plural noun of people after "one of" ("one of the mayor's advisers" -> advisers: a
        group noun of data/roles.toml or a plural role noun), or None: "one" alone or "one of the
        reasons" is no source."""
        if head.lower_ != "one":
            return None
        of = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"), None)
        if of is None or of.tag_ not in ("NNS", "NNPS") or any(t.text in ",;:" for t in of.subtree):
            return None
        if of.lower_ in set(lexicons.roles()["group_nouns"]) or role_head(of.text):
            return of
        return None

    def resolve_description(self, head: Token, exclude: set[int] | None = None, *, create: bool = True) -> Actor | None:
        """A role noun or description: "the president", "the Russian leader", "his defence secretary",
        "the company", "Russian officials", "a senior Ukrainian official".

        A definite role noun resolves to the nearest actor whose title is compatible
        (:func:`roles_compatible`) and whose affiliation agrees with a nationality word; failing
        that, with a nationality word, to the most salient untitled person of that nationality (who
        then takes the role as title: "the Russian president" -> Vladimir Putin). A specific role of
        two or more words may also name a person introduced later ("his defence secretary" ...
        "his Defence Secretary Pete Hegseth"). "the company", "the ministry", "the group" resolve to
        the most salient organisation. Anything else is an unnamed source kept as its description.
        Returns None for a head noun that cannot be a source.
        """
        exclude = set(exclude or ())
        np = self.noun_phrase(head)
        # "the spokesman for the European Commission, Eric Mamer, said": the parser may hang the
        # name on the organisation of the role's "for"/"of" phrase
        beside = [c for c in head.children if c.dep_ == "appos"]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                owner = self._by_token.get(pobj.i)
                if owner is None or self.actors[owner.actor_id].kind != PERSON:
                    beside += [c for c in pobj.children if c.dep_ == "appos"]
        for child in beside:
            m = self._by_token.get(child.i)
            if m is not None and self.actors[m.actor_id].kind == PERSON:
                # "His wife, Rakeyia Vance, said": the description names the person beside it
                actor = self.actors[m.actor_id]
                if actor.gender is None:
                    actor.gender = lexicons.roles()["gendered_roles"].get(head.lower_)
                self._add_mention(np.start, np.end, actor, "role")
                return actor
        of_people = self._one_of_people(head)
        if of_people is not None:
            # "one of the mayor's advisers said": an unnamed source kept as its words
            return self._description(self.doc[head.i:of_people.right_edge.i + 1], PERSON) if create else None
        if head.lower_ in lexicons.roles().get("indefinite_sources", ()) and head.pos_ in ("DET", "PRON", "ADJ", "NOUN"):
            # "Some note that ...", "Those close to him say ...", "most of the residents say ..."
            of = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"), None)
            if of is not None:
                found = self.resolve(of, exclude_tokens=exclude, create=create) if of.pos_ in ("NOUN", "PROPN") else []
                return found[0] if found else None
            if not create:
                return None
            right = head.i
            for child in head.rights:  # "those close to him", "those who know him"
                if child.dep_ in ("amod", "acl", "relcl") and not any(t.text in ",;:" for t in child.subtree):
                    right = max(right, child.right_edge.i)
            span = self.doc[head.i:right + 1]
            return self._description(span, PERSON if head.lower_ in ("someone", "somebody") else GROUP)
        if head.lemma_.lower() in ("city", "town", "state", "county", "province", "region", "government", "people"):
            # "the city of Phoenix is demanding ...": the place named in the of-phrase speaks
            place = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"), None)
            if place is not None:
                found = self.resolve(place, exclude_tokens=exclude, create=create)
                if found:
                    return found[0]
        words = [t.text for t in np if not t.is_space]
        lemma = head.lemma_.lower()
        text_lower = " ".join(w.lower() for w in words)
        determiner = np[0].lower_ if len(np) else ""
        possessive = next((t for t in np if t.dep_ == "poss"), None)
        role = role_head(" ".join(w for w in words if w.lower() not in ("the", "a", "an")))
        group_nouns = set(lexicons.roles()["group_nouns"])
        org_nouns = set(lexicons.roles()["org_nouns"])
        nationality = nationality_of([t.text for t in np if t.i != head.i])

        if head.lower_ in ("leaders", "presidents") and possessive is not None and possessive.lower_ in ("countries", "nations", "sides"):
            pair = self._resolve_pair(self.noun_phrase(possessive))
            leaders: list[Actor] = []
            for country in pair:
                people = [a for a in self.actors.values() if a.kind == PERSON and a.affiliation and nationality_of(a.affiliation) == country.name and roles_compatible("leader", a.title)]
                if not people:
                    # a leader whose country the article never states ("President Vladimir Putin")
                    people = [a for a in self.actors.values() if a.kind == PERSON and not a.affiliation and roles_compatible("leader", a.title) and a not in leaders]
                if people:
                    leaders.append(people[0])
            if len(leaders) == len(pair) and leaders:
                self._pending_group = leaders
                return leaders[0]
        if head.lower_ in group_nouns or (head.tag_ in ("NNS", "NNPS") and role):
            if not create:
                return None
            return self._description(np, GROUP)
        if lemma in set(lexicons.roles().get("document_nouns", [])) or head.lower_ in set(lexicons.roles().get("document_nouns", [])):
            if not create:
                return None
            return self._description(np, DOCUMENT)  # "the report says", "according to a poll"
        if role and role in lexicons.person_roles():
            definite = determiner in ("the", "this", "that") or possessive is not None
            if definite:
                actor = self._resolve_role(head, np, role, nationality, exclude, possessive)
                if actor is None and determiner == "the" and possessive is None:
                    # "A council spokesperson said ... The spokesperson added": the unnamed source
                    # introduced before with the same role noun
                    scores = self._salience(head, exclude=exclude | set(range(np.start, np.end)))
                    same = [(s, self.actors[a]) for a, s in scores.items() if not self.actors[a].named
                            and self.actors[a].kind == PERSON and self.actors[a].name.lower().split()[-1] in (head.lower_, lemma)]
                    actor = max(same, key=lambda x: x[0])[1] if same else None
                if actor is not None:
                    self._add_mention(np.start, np.end, actor, "role")
                    return actor
            if not create:
                return None
            return self._description(np, PERSON, possessive=possessive)
        if determiner == "the" and len(words) <= 2 and head.pos_ == "NOUN":
            # "the fund" after "the International Monetary Fund", "the alliance" after "the
            # Alliance to Reclaim Our Schools": an organisation named before by a name whose head
            # noun this is (the last word, or the word before "of"/"for"/"to")
            scores = self._salience(head, exclude=exclude | set(range(np.start, np.end)))
            named = []
            for aid, score in scores.items():
                actor = self.actors[aid]
                if actor.kind != ORGANISATION or not actor.named:
                    continue
                name_words = actor.name.lower().split()
                heads = {name_words[-1]} | {w for w, nxt in zip(name_words, name_words[1:]) if nxt in ("of", "for", "to", "on")}
                if head.lower_ in heads or lemma in heads:
                    named.append((score, actor))
            if named:
                actor = max(named, key=lambda x: x[0])[1]
                self._add_mention(np.start, np.end, actor, "role")
                return actor
        if lemma in org_nouns or text_lower.split()[-1:] and " ".join(text_lower.split()[-2:]) in org_nouns:
            if determiner in ("the", "its") and len(words) <= 2:
                scores = self._salience(head, exclude=exclude)
                # "the company" is an organisation named before; "the government" may be a country's
                # "the government" is a country's (or an organisation named as one: "the Trump
                # administration"), never the most salient organisation ("the EU")
                governing = lemma in ("government", "administration", "authorities", "regime", "leadership")
                kinds = (ORGANISATION, COUNTRY) if governing else (ORGANISATION,)
                orgs = [(s, self.actors[a]) for a, s in scores.items() if self.actors[a].kind in kinds
                        and (self.actors[a].named or self.actors[a].name.lower().split()[-1] == head.lower_)
                        and not (governing and self.actors[a].kind == ORGANISATION and lemma not in self.actors[a].name.lower())]
                if orgs:
                    actor = max(orgs, key=lambda x: x[0])[1]
                    self._add_mention(np.start, np.end, actor, "role")
                    return actor
            if not create:
                return None
            return self._description(np, ORGANISATION)
        if head.pos_ == "NOUN" and re.search(r"(?:er|or|ist|ian|man|woman|person|ant|ent)$", lemma) and not head.is_stop:
            if not create:
                return None
            return self._description(np, PERSON)
        roles = lexicons.roles()
        if (
            (head.pos_ == "NOUN" and lemma in roles.get("collective_nouns", ()))
            or (head.tag_ in ("NNS", "NNPS") and (head.pos_ == "NOUN" or head.ent_type_ == "NORP")
                and head.lower_ not in roles.get("unit_nouns", ()) and head.lower_ not in lexicons.cues()["non_sources"]
                and (head.head.lemma_.lower() not in lexicons.cues().get("evidential_verbs", ()) or _names_someone(head.head)))
        ):
            # "the family said", "His surrogates insisted", "The Europeans derided the deal"; not
            # "signs pointed to", "the rules call for" (a verb things do too: data/cues.toml
            # evidential_verbs), but "His aides called him a genius" (only people name someone)
            if not create:
                return None
            return self._description(np, GROUP)
        return None

    def _resolve_role(self, head: Token, np: Span, role: str, nationality: str | None, exclude: set[int], possessive: Token | None) -> Actor | None:
        scores = self._salience(head, exclude=exclude | set(range(np.start, np.end)))
        # coordination / same clause subject exclusion: "he and the Russian president"
        banned: set[str] = set()
        for conj in list(head.conjuncts):
            m = self._by_token.get(conj.i)
            if m:
                banned.add(m.actor_id)
            elif conj.lower_ in _PRONOUNS:
                ante = self.resolve_pronoun(conj)
                if ante:
                    banned.add(ante.actor_id)
        if possessive is not None:
            owner = self._by_token.get(possessive.i)
            if owner is None and possessive.lower_ in _PRONOUNS:
                ante = self.resolve_pronoun(possessive)
                if ante:
                    banned.add(ante.actor_id)
            elif owner is not None:
                banned.add(owner.actor_id)

        def fits(actor: Actor) -> bool:
            if actor.kind != PERSON or actor.actor_id in banned:
                return False
            if nationality and (not actor.affiliation or nationality_of(actor.affiliation) != nationality):
                return False  # "the Dutch premier" is not a premier of unknown country
            return roles_compatible(role, actor.title)

        titled = [(s, self.actors[a]) for a, s in scores.items() if fits(self.actors[a])]
        if titled:
            return max(titled, key=lambda x: x[0])[1]
        specific = " " in role or any(t.pos_ in ("ADJ", "NOUN", "PROPN") and t.i != head.i and not nationality_of(t.text) for t in np)
        if specific:
            later = [a for a in self.actors.values() if fits(a) and a.mentions and a.mentions[0][0] > head.idx]
            if later:
                return min(later, key=lambda a: a.mentions[0][0])
        if nationality:
            cands = []
            for actor_id, score in scores.items():
                actor = self.actors[actor_id]
                if actor.kind != PERSON or actor.actor_id in banned or not actor.named:
                    continue
                if actor.affiliation and nationality_of(actor.affiliation) != nationality:
                    continue
                if actor.title and role_head(actor.title):
                    continue  # a titled person of unknown country is not guessed to be "the Dutch premier"
                cands.append((score, actor))
            if cands:
                actor = max(cands, key=lambda x: x[0])[1]
                phrase = " ".join(t.text for t in np if t.dep_ not in ("det", "poss") and not t.is_punct)
                if not actor.title:
                    actor.title = phrase
                if not actor.affiliation:
                    actor.affiliation = nationality
                return actor
        if not titled and role in ("president", "prime minister", "premier", "chancellor", "leader", "pm"):
            here = self.sentence_of(head)
            recent = {m.actor_id for m in self.mentions if m.start < head.i and here - m.sentence <= 2}
            cands = [(s, self.actors[a]) for a, s in scores.items()
                     if a in recent and self.actors[a].kind == PERSON and self.actors[a].named
                     and not self.actors[a].title and a not in banned
                     and not (nationality and self.actors[a].affiliation and nationality_of(self.actors[a].affiliation) != nationality)]
            if cands:
                actor = max(cands, key=lambda x: x[0])[1]
                actor.title = " ".join(t.text for t in np if t.dep_ not in ("det", "poss") and not t.is_punct)
                if nationality and not actor.affiliation:
                    actor.affiliation = nationality
                return actor
        if not nationality and not specific:
            # plain "the president": the most salient person whose title has that role
            cands = [(s, self.actors[a]) for a, s in scores.items() if fits(self.actors[a])]
            if cands:
                return max(cands, key=lambda x: x[0])[1]
        return None

    def document_source(self, head: Token) -> Actor | None:
        """The record a noun phrase names, as a document actor ("federal statistics", "a database
        kept by the paper"): for a phrase that is a source only where the wording makes it one
        ("according to federal statistics"), which :meth:`resolve` does not take as a speaker."""
        return self._description(self.noun_phrase(head), DOCUMENT)

    def _description(self, np: Span, kind: str, possessive: Token | None = None) -> Actor | None:
        tokens = [t for t in np if not t.is_space]
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("but", "and", "both")):
            tokens = tokens[1:]
        while tokens and tokens[-1].dep_ == "case":
            tokens = tokens[:-1]  # "the ministry's warning": the description is "the ministry"
        text = "".join(t.text_with_ws for t in tokens).strip().strip(",")
        if possessive is not None and possessive.lower_ in ("his", "her", "their", "its"):
            owner = self.resolve_pronoun(possessive)
            if owner is not None:
                text = text.replace(possessive.text, f"{owner.name}'s", 1)
        if text and text[0].isupper() and tokens and (tokens[0].lower_ in ("the", "a", "an", "one") or tokens[0].lower_ in lexicons.roles().get("indefinite_sources", ())):
            text = text[0].lower() + text[1:]
        if not _has_name(text):
            return None
        key = text.lower()
        if key in self._description_index:
            actor = self.actors[self._description_index[key]]
        else:
            gender = None
            last = tokens[-1].lower_ if tokens else ""
            gender = lexicons.roles()["gendered_roles"].get(last)
            actor = self._new_actor(text, kind, named=False, gender=gender)
            nationality = nationality_of([t.text for t in tokens])
            if nationality:
                actor.affiliation = nationality
            self._description_index[key] = actor.actor_id
        if tokens:
            self._add_mention(tokens[0].i, tokens[-1].i + 1, actor, "description")
        return actor

    # -- table -------------------------------------------------------------------------------

    def table(self, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
        """The ``actors`` table (columns in :mod:`lib.schema`), one row per canonical actor that is
        mentioned; ``n_quotes`` / ``n_direct`` / ``n_partial`` / ``n_indirect`` counted from
        ``quotes`` (its ``speaker_ids`` list column)."""
        counts: dict[str, dict[str, int]] = {}
        if quotes is not None and len(quotes):
            for kind, ids in zip(quotes["kind"], quotes["speaker_ids"]):
                for actor_id in ids or []:
                    c = counts.setdefault(actor_id, {"direct": 0, "partial": 0, "indirect": 0})
                    c[kind] = c.get(kind, 0) + 1
        rows = []
        for actor in self.actors.values():
            if not actor.mentions:
                continue
            c = counts.get(actor.actor_id, {})
            rows.append(
                {
                    "actor_id": actor.actor_id,
                    "article_id": self.parsed.article.article_id,
                    "name": actor.name,
                    "kind": actor.kind,
                    "title": actor.title,
                    "affiliation": actor.affiliation,
                    "aliases": list(actor.aliases),
                    "n_mentions": len(actor.mentions),
                    "n_quotes": sum(c.values()),
                    "n_direct": c.get("direct", 0),
                    "n_partial": c.get("partial", 0),
                    "n_indirect": c.get("indirect", 0),
                    "mentions": [list(m) for m in sorted(actor.mentions)],
                }
            )
        return make_frame("actors", rows)


# ---------------------------------------------------------------------------------------------
# building the index


_GENDERED_OR_NEUTER = {"he", "she", "his", "her", "him", "himself", "herself", "it", "its", "itself", "they", "their", "them"}


def _taken_up_as_neuter(head: Token) -> bool:
    """True when the first third-person pronoun after a one-word name the tagger gave no entity
    label ("Gazprom said it would cut supplies", "Equinor said its output rose") is neuter: "its"
    or "itself" in the name's sentence or the next, or "it" as the subject of a clause (not a form
    of "be": "said it was a good day" is an empty "it") under the name's own verb. A
    "he"/"she"/"his"/"her" in those sentences, or no pronoun, leaves the name a person."""
    doc = head.doc
    sent = head.sent
    end = sent.end
    if end < len(doc):
        end = doc[end].sent.end  # and the next sentence
    neuter = False
    for tok in doc[head.i + 1:end]:
        low = tok.lower_
        if low in ("he", "she", "his", "her", "him", "himself", "herself"):
            return False
        if low in ("its", "itself"):
            neuter = True
        elif low == "it" and tok.dep_ == "nsubj" and head.dep_ == "nsubj" and tok.head.head.i == head.head.i \
                and tok.head.lemma_ != "be" and tok.i < sent.end:
            neuter = True
    return neuter


def _entity_kind(ent: Span, person_names: set[str]) -> str | None:
    """Corrected kind of a spaCy entity: person, organisation, country, place, or None (not an
    actor: platforms, dates, nationalities, all-caps shouting)."""
    text = _clean_name(ent.text)
    if not text or not any(ch.isalpha() for ch in text):
        return None
    lower = text.lower()
    if lower in lexicons.platform_names():
        return None
    if ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW") and " " in text and _strip_honorific(text)[0] in person_names \
            and ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"):
        return PERSON  # "Ivanka Trump acknowledged" tagged PRODUCT: a full name the article gives a person
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ == "PERSON" and len(ent) == 1 and nxt is not None and nxt.text in ("?", "!") \
            and (ent.start == 0 or doc[ent.start - 1].is_space or doc[ent.start - 1].text in ".?!\"“”'‘’"):
        return None  # "Harsh? He doesn't think so.": a one-word question, not a name
    if len(ent) == 1 and lower in _SPEECH_WORDS:
        return None  # a table header or heading "Said" / "Quote" tagged as a name
    if len(ent) == 1 and ent.root.tag_ == "VB" and any(c.dep_ in ("prt", "dobj") for c in ent.root.children):
        return None  # an imperative the tagger called a name ('"Calm down," said police')
    if ent.label_ == "ORG" and nxt is not None and nxt.text == "," and ent.end + 1 < len(doc) and doc[ent.end + 1].ent_type_ == "GPE":
        return "place"  # "in Port St. Lucie, Florida": a town and its state
    if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "LAW", "LANGUAGE", "EVENT", "PRODUCT"):
        return None
    if len(ent) == 1 and text.rstrip(".") in _WEEKDAY_ABBREVIATIONS and ent.start > 0 \
            and doc[ent.start - 1].lower_ in ("on", "by", "until", "till", "since", "from", "before", "after", "last", "next", "this"):
        return None  # "met Hollande on Tues.": an abbreviated weekday (lib.timex reads it), not a name
    if ent.label_ == "NORP":
        return None
    if lower in lexicons.media_names() or lower in lexicons.organisation_names():
        return ORGANISATION
    country = lexicons.country_of(text)
    if country:
        if country[1] == "metonym" and lexicons.organisation_names().get(lower) is not None:
            return ORGANISATION
        if country[1] == "demonym":
            return None
        return COUNTRY if country[1] in ("name",) else "place"
    stripped, _g = _strip_honorific(text)
    surnames = {_surname(n).casefold() for n in person_names}
    if text.isupper() and len(text) > 4 and ent.label_ == "PERSON" and " " not in stripped and stripped.casefold() not in surnames:
        return None  # all-caps shouting ("BREAKING"); an all-caps full name or known surname stays
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if text.isupper() and " " not in text and after is not None and after.text == ":" \
            and (role_head(text.lower()) or re.search(r"(?:er|or|ist|ian|man|woman|person|ant|ent|ee)$", text.lower())):
        return None  # a transcript label ("INTERVIEWER:", "HOST:") is a role, not an organisation
    org_nouns = set(lexicons.roles()["org_nouns"])
    root = ent.root
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    full_person = ent.label_ == "PERSON" and len(text.split()) >= 2  # "the European Commission, Eric Mamer,": a person
    if not full_person and ((root.dep_ == "appos" and root.head.lemma_.lower() in org_nouns) or (prev is not None and prev.lemma_.lower() in org_nouns and prev.pos_ == "NOUN")):
        return ORGANISATION
    particle_surname = stripped.split()[0].lower() in _PARTICLES and stripped.casefold() in surnames  # "von der Leyen"
    if stripped in person_names or particle_surname or (" " not in stripped and stripped.casefold() in surnames and ent.label_ != "GPE"):
        return PERSON
    words = stripped.split()
    if ent.label_ in ("ORG", "GPE", "LOC", "FAC") and len(words) in (2, 3) and all(w[:1].isupper() and not w.isupper() for w in words) \
            and words[0] in lexicons.first_name_genders() and ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos"):
        return PERSON  # "Hugh Park met Tom Wu" (tagged GPE), "Lisa Berg said" (tagged ORG): a first name
    if ent.label_ in ("ORG", "GPE", "LOC", "FAC") and len(words) in (2, 3) and all(w[:1].isupper() and not w.isupper() for w in words) \
            and ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN" and ent.root.head.lemma_.lower() in lexicons.person_roles():
        return PERSON  # "The striker, Leo Diaz, said": a name in apposition to a person's role
    if ent.label_ == "ORG" and len(stripped.split()) in (2, 3) and all(w[:1].isupper() for w in stripped.split()):
        title, _first = _title_before(ent.doc, ent.start)
        if title:
            return PERSON
    if ent.label_ == "ORG" and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
        return None  # a modifier ("HIMARS rocket systems"), not an actor
    if ent.label_ == "ORG" and len(words) == 1 and stripped[:1].isupper() and not stripped.isupper() \
            and ent.root.dep_ in ("nsubj", "nsubjpass"):
        # "Trump said he may meet Putin", "Vance said his team ...": a one-word name the tagger
        # calls an organisation, taken up by "he"/"she" in its own sentence ("Google said it ...")
        later = [t for t in doc[ent.end:min(ent.sent.end, ent.end + 10)] if t.pos_ == "PRON" and t.lower_ in _GENDERED_OR_NEUTER]
        if later and later[0].lower_ in ("he", "she", "his", "her", "him", "himself", "herself"):
            return PERSON
        # ... or by a "He"/"She" opening the next sentence ("Trump arrived in Paris on Sunday. He met ...")
        nxt = next((t for t in doc[ent.sent.end:min(len(doc), ent.sent.end + 4)] if not (t.is_space or t.is_punct)), None)
        if not later and nxt is not None and nxt.lower_ in ("he", "she") and nxt.dep_ in ("nsubj", "nsubjpass"):
            return PERSON
    if ent.label_ == "PERSON":
        if not text[0].isupper():
            return None
        return PERSON
    if ent.label_ == "ORG":
        return ORGANISATION
    if ent.label_ in ("GPE", "LOC", "FAC"):
        return "place"
    return None


def _without_title(ent: Span) -> Span:
    """A PERSON entity without the capitalised role words the tagger took into it
    ("Councillor Rosa Mendez" -> "Rosa Mendez"; the role is then read as the title). Two name
    words always stay ("King Charles" keeps its one name word only when the entity has three)."""
    if ent.label_ != "PERSON":
        return ent
    start = ent.start
    doc = ent.doc
    while ent.end - start > 2 and doc[start].text[:1].isupper() and role_head(doc[start].text) == doc[start].lower_:
        start += 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _join_particles(ents: list[Span]) -> list[Span]:
    """Repair names the tagger cut at a surname particle: PERSON "Ursula von der" + "Leyen" (GPE)
    -> PERSON "Ursula von der Leyen"; and a later "von der Leyen" (the particles untagged, "Leyen"
    a place) -> PERSON, when it is the surname of such a name."""
    if not ents:
        return ents
    doc = ents[0].doc
    ents = sorted(ents, key=lambda e: e.start)
    out: list[Span] = []
    skip: set[int] = set()
    for k, ent in enumerate(ents):
        if ent.start in skip:
            continue
        if ent.label_ == "PERSON" and doc[ent.end - 1].lower_ in _PARTICLES and ent.end < len(doc) and doc[ent.end].text[:1].isupper():
            nxt = next((e for e in ents[k + 1:] if e.start == ent.end), None)
            end = nxt.end if nxt is not None else ent.end + 1
            if nxt is not None:
                skip.add(nxt.start)
            out.append(Span(doc, ent.start, end, label="PERSON"))
        else:
            out.append(ent)
    surnames = {_surname(e.text).casefold() for e in out if e.label_ == "PERSON" and len(e.text.split()) >= 3}
    repaired = []
    for ent in out:
        start = ent.start
        while start > 0 and doc[start - 1].lower_ in _PARTICLES:
            start -= 1
        if start < ent.start and doc[start:ent.end].text.casefold() in surnames:
            repaired.append(Span(doc, start, ent.end, label="PERSON"))
        else:
            repaired.append(ent)
    return repaired


def _split_coordinated(ents: list[Span], person_names: set[str]) -> list[Span]:
    """Entities the tagger ran over a coordination of people and on into a verb ("Natarajan and
    Lloyd spoke" or "Natarajan and" tagged ORG) become one PERSON entity per name, when every name
    is the surname or full name of a person the article names; "Procter and Gamble" stays whole."""
    surnames = {_surname(n).casefold() for n in person_names} | {n.casefold() for n in person_names}
    out: list[Span] = []
    for ent in ents:
        end = next((t.i for t in ent if t.pos_ in ("VERB", "AUX") and t.i > ent.start), ent.end)
        parts, start = [], ent.start
        for t in ent.doc[ent.start:end]:
            if t.dep_ == "cc" or t.text in (",", "&"):
                parts.append((start, t.i))
                start = t.i + 1
        parts.append((start, end))
        pieces = [ent.doc[a:b] for a, b in parts if b > a]
        trimmed = len(pieces) == 1 and (pieces[0].start, pieces[0].end) != (ent.start, ent.end)  # "Natarajan and" (ORG)
        if pieces and (len(pieces) > 1 or trimmed) and all(_clean_name(p.text).casefold() in surnames for p in pieces):
            out.extend(Span(ent.doc, p.start, p.end, label="PERSON") for p in pieces)
        else:
            out.append(ent)
    return out


def _title_before(doc, start: int, person_tokens: set[int] | None = None) -> tuple[str | None, int]:
    """Title words right before a name ("Kremlin spokesman", "Secretary of State"), and the index
    of the first title token (``start`` when there is none)."""
    j = start - 1
    first = start
    while j >= 0:
        tok = doc[j]
        if tok.is_space or (tok.is_punct and tok.text not in "-–") or tok.pos_ in ("DET", "VERB", "AUX", "CCONJ", "SCONJ", "NUM") or tok.dep_ == "case":
            break
        if tok.text in "-–" and (tok.whitespace_ or j > 0 and doc[j - 1].whitespace_):
            break  # a dash between words ("the attorney general herself - Sharon Werner"), not a hyphen
        if tok.pos_ in ("PRON", "ADV", "PART", "INTJ") or tok.pos_ == "ADP" and tok.lower_ != "of":
            break
        is_person = (j in person_tokens) if person_tokens is not None else tok.ent_type_ == "PERSON"
        if is_person:
            break
        if tok.tag_ in ("RB", "RBR", "RBS") or tok.lower_ in ("earlier", "later", "then", "now", "also"):
            break
        first = j
        j -= 1
    # do not start a title with 'of' or a hyphen
    while first < start and doc[first].text in ("of", "-", "–"):
        first += 1
    title = doc[first:start].text.strip() if first < start else None
    if title and not role_head(title):
        return None, start
    return title, first


def _appositive_title(head: Token) -> str | None:
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and child.ent_type_ != "PERSON":
            tokens = [t for t in child.subtree if t.i >= child.left_edge.i]
            # cut at a relative clause, comma or 'and'
            out = []
            for t in tokens:
                if t.dep_ in ("relcl", "acl") or t.text in (",", ";", "(") or (t.dep_ == "cc" and t.head.i == child.i):
                    break
                out.append(t)
            while out and out[0].pos_ == "DET":
                out = out[1:]
            text = "".join(t.text_with_ws for t in out).strip()
            personal = re.search(r"(?:er|or|ist|ian|man|woman|person|ant|ent|ee)$", child.lemma_.lower()) is not None
            if text and (role_head(text) or personal) and len(text.split()) <= 12:
                return text
    # the name is itself the apposition of a role noun: "Ukraine's top commander Oleksandr Syrskyi"
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and role_head(head.head.text):
        noun = head.head
        out = [t for t in noun.subtree if t.i <= noun.i and t.pos_ not in ("DET",) and t.dep_ not in ("poss", "case")]
        text = "".join(t.text_with_ws for t in out).strip()
        return text or None
    return None


_PAIR_NOUNS = {"sides", "leaders", "countries", "nations", "men", "presidents", "parties", "governments", "women", "ministers", "other", "delegations", "teams"}


def _is_role_phrase(np: Span) -> bool:
    """True when every word of the phrase is a determiner, a nationality or part of a role
    ("The President", "the Russian Foreign Minister") — a role noun, not a name."""
    words = [t for t in np if not t.is_punct and t.pos_ != "DET"]
    if not words:
        return False
    role = role_head(" ".join(t.text for t in words))
    if not role:
        return False
    role_words = set(role.split())
    for t in words:
        if t.lower_ in role_words or nationality_of(t.text) or t.lower_ in ("vice", "deputy", "foreign", "former", "first"):
            continue
        return False
    return True


def resolve_actors(parsed: Parsed) -> ActorIndex:
    """Find the actors of ``parsed`` and every mention of them (names, role nouns, pronouns).

    Returns an :class:`ActorIndex`. Never raises on odd text; an article without names gives an
    index with no actors.
    """
    index = ActorIndex(parsed)
    doc = parsed.doc
    ents = _join_particles([_without_title(e) for e in doc.ents if e.text.strip()])
    person_names: set[str] = set()
    for ent in ents:
        if ent.label_ == "PERSON":
            name, _g = _strip_honorific(_clean_name(ent.text))
            if name and name[0].isupper() and not lexicons.country_of(name) and name.lower() not in lexicons.platform_names() and name.lower() not in lexicons.media_names() and name.lower() not in lexicons.organisation_names():
                person_names.add(name)
    # an all-caps full name the tagger missed ("JEAN-PIERRE DUBOIS-MARTIN said"): the subject of
    # a speech verb, two or more words, none of them in an entity or the organisation lexicon
    caps_names: list[tuple[int, int, str]] = []
    speech = lexicons.cues()["speech_verbs"]
    org_nouns = set(lexicons.roles()["org_nouns"])
    # (also a name in title case whose first word is a listed first name, "Ana Ruiz spoke": the
    # tagger may miss it while it finds the bare "Ruiz" later, which would become a second actor)
    first_names = lexicons.first_name_genders()
    for token in doc:
        if token.pos_ == "PROPN" and token.dep_ in _SUBJECT_DEPS and token.ent_type_ in ("", "ORG"):
            words = [t for t in token.lefts if t.dep_ == "compound" or t.text in "-"]
            first = min([t.left_edge.i for t in words] + [token.i])
            span = doc[first:token.i + 1]
            name = _clean_name(span.text)
            spoken = token.head.lemma_.lower() in speech
            first_name = len(span) >= 2 and span[-2].text in first_names and span[-1].text.istitle()
            if first_name and not name.isupper():
                span = doc[span[-2].i:token.i + 1]  # "Judge Ana Ruiz": the title is not the name
                name = _clean_name(span.text)
            if (name.isupper() and spoken or first_name) \
                    and len(name.split()) >= 2 and not any(t.ent_type_ not in ("", "ORG") for t in span) \
                    and not any(w.lower() in org_nouns for w in re.split(r"[\s-]+", name)) \
                    and name.lower() not in lexicons.organisation_names() and not lexicons.country_of(name):
                person_names.add(name)
                caps_names.append((span.start, span.end, name))
    ents = _split_coordinated(ents, person_names)
    # full names first, so that a surname mentioned early links to the full name given later
    kinds = {}
    for ent in ents:
        kinds[ent.start] = _entity_kind(ent, person_names)
    person_tokens = {t for ent in ents if kinds.get(ent.start) == PERSON for t in range(ent.start, ent.end)}
    # tokens of titles before person names ("Secretary of State Marco Rubio"): an ORG tagged
    # inside a title ("State", "Defence") is part of the title, not an actor
    title_tokens: set[int] = set()
    for ent in ents:
        if kinds.get(ent.start) == PERSON:
            title, first = _title_before(doc, ent.start, person_tokens)
            if title and title.split()[-1].lower() in ("of", "for"):
                kinds[ent.start] = None  # "the mayor of Kharkiv": the place of a role, not a person
                continue
            title_tokens.update(range(first, ent.start))
    for ent in ents:
        if kinds.get(ent.start) in (ORGANISATION, "place") and ent.start in title_tokens:
            if ent.text.split()[-1].lower() not in lexicons.organisation_names() and not lexicons.country_of(ent.text):
                kinds[ent.start] = None
    full_names: dict[str, list[Actor]] = {}

    def person_for(name: str, gender: str | None) -> Actor:
        parts = name.split()
        surname = _surname(name).casefold()
        if name.casefold() in full_names and " " in name:
            return full_names[name.casefold()][0]  # "von der Leyen", "Al Thani": a surname with particles
        if len(parts) >= 2:
            for actor in full_names.get(surname, []):
                a_parts = actor.name.split()
                if a_parts[0] == parts[0] or a_parts[0][0] == parts[0][0] and (len(parts[0]) <= 2 or len(a_parts[0]) <= 2):
                    return actor
            actor = index._new_actor(name, PERSON, gender=gender)
            full_names.setdefault(surname, []).append(actor)
            return actor
        return None  # single names are linked in the second pass

    for ent in ents:
        if kinds.get(ent.start) != PERSON:
            continue
        name, gender = _strip_honorific(_clean_name(ent.text))
        if len(name.split()) >= 2:
            person_for(name, gender)
    for start, end, name in caps_names:
        index._add_mention(start, end, person_for(name, None), "name")

    # first person: a lone surname with no full name becomes its own actor
    singles: dict[str, Actor] = {}
    single_honorifics: dict[str, str] = {}
    for ent in ents:
        kind = kinds.get(ent.start)
        if kind is None or kind == "place":
            continue
        text = _clean_name(ent.text)
        name, gender = _strip_honorific(text)
        if not _has_name(name):
            continue
        # absorb an honorific right before the entity ("Mr Blair")
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and prev.text in lexicons.roles()["honorifics"]:
            gender = lexicons.roles()["honorifics"][prev.text] or gender
        if kind == PERSON:
            parts = name.split()
            if len(parts) >= 2:
                actor = person_for(name, gender)
            else:
                cands = full_names.get(parts[0].casefold(), [])
                if not cands:
                    # a first name alone ("Hillary") links to the one full name starting with it
                    cands = [a for acts in full_names.values() for a in acts if a.name.split()[0].casefold() == parts[0].casefold()]
                if len(cands) > 1:
                    # the one the article already calls by the bare surname (news style names a
                    # relative in full or by first name: "Keith Scott ... Rakeyia Scott ... Scott"),
                    # else the most recently mentioned one, gender permitting
                    cands = [a for a in cands if not (gender and a.gender and gender != a.gender)] or cands
                    before = [a for a in cands if a.mentions and a.mentions[-1][0] < ent.start_char]
                    called = [a for a in before if parts[0] in a.aliases]
                    if len(called) == 1:
                        cands = called
                    else:
                        cands = [max(before, key=lambda a: a.mentions[-1][0])] if before else cands[:1]
                if cands:
                    actor = cands[0]
                else:
                    honorific = prev.text if prev is not None and prev.text in lexicons.roles()["honorifics"] else None
                    if text.split()[0] in lexicons.roles()["honorifics"]:
                        honorific = text.split()[0]
                    actor = singles.get(parts[0])
                    if actor is not None and gender and actor.gender and gender != actor.gender:
                        # "Mr Smith said ... Mrs Smith said ...": two people of one surname; each
                        # keeps the honorific in its name to tell them apart
                        other = single_honorifics.get(actor.actor_id)
                        if other and actor.name == parts[0]:
                            actor.name = f"{other} {parts[0]}"
                        key = f"{parts[0]}|{gender}"
                        actor = singles.get(key)
                        if actor is None:
                            actor = index._new_actor(f"{honorific} {parts[0]}" if honorific else parts[0], PERSON, gender=gender)
                            singles[key] = actor
                    if actor is None:
                        actor = index._new_actor(parts[0], PERSON, gender=gender)
                        singles[parts[0]] = actor
                        singles[f"{parts[0]}|{gender}"] = actor
                        if honorific:
                            single_honorifics[actor.actor_id] = honorific
            if gender and actor.gender is None:
                actor.gender = gender
            start = ent.start - 1 if prev is not None and prev.text in lexicons.roles()["honorifics"] else ent.start
            index._add_mention(start, ent.end, actor, "name")
            title, _first = _title_before(doc, start, person_tokens)
            if title is None:
                title = _appositive_title(ent.root)
            if title and not actor.title:
                actor.title = title
                role = role_head(title) or ""
                g = lexicons.roles()["gendered_roles"].get(role.split()[-1] if role else "")
                if g and actor.gender is None:
                    actor.gender = g
            if title and not actor.affiliation:
                actor.affiliation = _affiliation(title)
            if title and not actor.affiliation and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
                # "President Anne Dubois of France": the country after the name
                after = doc[ent.end + 1:ent.end + 4]
                for size in (3, 2, 1):
                    country = lexicons.country_of(after[:size].text) if len(after) >= size else None
                    if country and country[1] == "name":
                        actor.affiliation = nationality_of(country[0]) or country[0]
                        break
        elif kind in (ORGANISATION, COUNTRY):
            canonical = lexicons.organisation_aliases().get(name.lower(), name)
            if kind == COUNTRY:
                canonical = lexicons.country_of(name)[0]
            actor = index.find_by_name(canonical)
            if actor is None or actor.kind != kind:
                actor = index._new_actor(canonical, kind)
                if kind == ORGANISATION:
                    aff = lexicons.organisation_names().get(canonical.lower())
                    actor.affiliation = aff or None
            index._add_mention(ent.start, ent.end, actor, "name")

    # capitals and metonyms used as agents ("Moscow said", "Kyiv rejected") are their country,
    # whether or not the tagger marked them as entities
    for ent in ents:
        if kinds.get(ent.start) == "place":
            country = lexicons.country_of(_clean_name(ent.text))
            if country and country[1] in ("capital", "metonym") and ent.root.dep_ in _SUBJECT_DEPS:
                actor = index.find_by_name(country[0]) or index._new_actor(country[0], COUNTRY)
                index._add_mention(ent.start, ent.end, actor, "name")
    for token in doc:
        if token.i in index._by_token or token.pos_ != "PROPN" or token.dep_ not in _SUBJECT_DEPS:
            continue
        country = lexicons.country_of(token.text)
        if country and country[1] in ("capital", "metonym", "name") and not any(c.dep_ == "compound" for c in token.children):
            actor = index.find_by_name(country[0]) or index._new_actor(country[0], COUNTRY)
            index._add_mention(token.i, token.i + 1, actor, "name")

    # pronouns and definite role nouns, left to right so each can be an antecedent of the next
    for token in doc:
        if token.i in index._by_token or token.is_space:
            continue
        if token.lower_ in ("he", "she", "him", "his", "her") and token.pos_ == "PRON":
            if token.dep_ in _SUBJECT_DEPS and token.head.lemma_.lower() in lexicons.cues()["speech_verbs"]:
                continue
            actor = index.resolve_pronoun(token)
            if actor is not None:
                index._add_mention(token.i, token.i + 1, actor, "pronoun")
        elif token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod") and (token.pos_ == "NOUN" or _is_role_phrase(index.noun_phrase(token))):
            np = index.noun_phrase(token)
            if len(np) and np[0].lower_ in ("the",) or any(t.dep_ == "poss" and t.pos_ == "PRON" for t in np):
                role = role_head(" ".join(t.text for t in np if t.lower_ not in ("the",)))
                if role and token.tag_ in ("NN", "NNP") and role.split()[-1] == token.lemma_.lower() or role and " " in role and role.split()[-1] == token.lower_:
                    actor = index._resolve_role(token, np, role, nationality_of([t.text for t in np if t.i != token.i]), set(), next((t for t in np if t.dep_ == "poss"), None))
                    if actor is not None:
                        index._add_mention(np.start, np.end, actor, "role")
    index.mentions.sort(key=lambda m: m.start)
    return index


def _affiliation(title: str) -> str | None:
    """Country or organisation named in a title ("Kremlin spokesman" -> 'Kremlin', "US President"
    -> 'United States', "Liberal Democrat leader" -> 'Liberal Democrat'), or None. Longest
    organisation name first, then a country."""
    words = [re.sub(r"'s$", "", w) for w in title.replace("’", "'").split()]
    orgs = lexicons.organisation_names()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            cand = " ".join(words[i:i + size])
            if cand.lower() in orgs and (orgs[cand.lower()] or size > 1 or cand.isupper() or cand.lower() in ("kremlin", "nato")):
                return cand
    return nationality_of(words)


def _names_someone(verb: Token) -> bool:
    """True for "call" naming its object ("called him a genius", "called the plan a disgrace"): an
    object and a predicate noun or adjective after it. Things "call for" things; people call
    someone something."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in verb.children)
