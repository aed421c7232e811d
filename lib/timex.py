"""Time expressions resolved against the publication date (document creation time, DCT).

:func:`extract_timexes` finds every date expression and duration of an article and gives each a
TIMEX3-style value (TimeML, Pustejovsky et al. 2003; TIMEX3 value formats ``2025-02-12``,
``2025-W07``, ``2025-02``, ``2025``, ``PT90M``), a granularity and the words it came from. Values are
computed against the publication date, never against the day the code runs.

Rules (each one a reader would apply to any news text):

* **weekdays by tense** — the tense of the clause that governs the expression decides the
  direction: past ("met on Wednesday", "was expected to hold talks on Thursday") -> the latest such
  day on or before the publication date (so "on Friday" in a story published that Friday is that
  day); future ("would meet", "will", "is due to", "postponed until Monday", the new day of a
  postponement "was delayed to Thursday", "rescheduled for Friday", "next") -> the first
  such day on or after it; a plan in the past perfect ("had planned to visit on Monday", "had been
  due to meet on Friday") was made before a past moment, so its day is looked for backward. "last Friday" is strictly before, "next Friday" strictly after, "this
  Friday" in the publication week. HeidelTime and dateparser use one fixed direction for every
  weekday and get one of "on Wednesday"/"would meet ... on Friday" wrong (design.md §4);
* **anchored expressions** — "Later,", "later that day", "the same day", "earlier that day" take the
  day of the previous dated expression; "the day before", "a day earlier" one day less; "the next
  day" one more; "yesterday", "today", "tomorrow" count from the publication date;
* **coarse expressions** — "last week", "earlier this week", "over the weekend", "next month", "in
  March", "in 2019" get week, month or year granularity (``2025-W06``, ``2025-03``, ``2019``), never a
  made-up day: their ``date`` is null and ``period_start``/``period_end`` give the range;
* **counted spans** — "a week ago" (the day 7 days before), "three days ago", "in two weeks" (day
  granularity), "two months ago" (that month), "four years ago" (that year); "a few weeks ago" keeps
  its words with no value; "in N years" after "first/never/...est" ("her first visit in six years")
  or in a past clause is a span, not a date, and is not reported;
* **a weekday of a named week** — "last week on Thursday", "on Friday of next week", "two weeks
  ago on Thursday" are that weekday of that (Monday-first, ISO) week, day granularity;
* **parts of the day** — "this morning/afternoon/evening" is the publication day, "last night" the
  day before ("CBS This Morning", capitalised, is a programme);
* **parts of a period** — "mid-March", "early/late February" and "the end/beginning/middle of the
  month/next week/March/2026" take the period's value and granularity (TIMEX3 would add a START/MID/
  END modifier; the schema has none);
* **absolute dates** — "7 March 2003", "19-Nov-12", "March 24, 2025", "the 3rd of March";
  "04/03/2025" is day/month or month/day by which reading the tense allows (see
  :func:`_resolve_numeric`); a date without a year, a named day ("Christmas Eve", "Good Friday",
  ``data/timex.toml``) and "on the 3rd" (a day of the publication month or a neighbour) take the
  year or month the tense picks, see :func:`pick_year`: past tense read off a verb -> the latest
  occurrence on or before the publication date ("met on 6 March" published 5 March 2025 ->
  2024-03-06), future -> the first on or after it. A date right after a noun with a date of its own
  ("called a referendum on March 16") is that noun's, and a verbless phrase keeps this year's
  unless it lies more than 30 days ahead. A weekday written with the day ("Friday, 14 February")
  moves the year to a neighbouring one where they agree, if any;
* years from 1000 to 2100 after a preposition ("in 1066"), but not before a noun ("in 1500 cases");
* without a publication date only absolute dates with a year resolve; the rest keep a null value.

Durations ("nearly an hour-and-a-half", "ninety minutes", "one-hour") become minutes with an
``approximate`` flag for hedges (nearly, about, around, almost, more than, some, roughly).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Token

from lib import lexicons
from lib.nlp import Parsed, masked_text

TIMEX_COLUMNS = [
    "timex_id", "text", "start", "end", "kind", "value", "granularity", "date", "period_start",
    "period_end", "tense", "anchor", "resolved", "minutes", "approximate", "sentence",
]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    "half": 0.5, "several": None, "few": None,
}
_HEDGES = ("nearly", "almost", "about", "around", "roughly", "some", "approximately", "more than",
           "over", "just over", "less than", "just under", "under", "up to", "at least", "close to")

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|several|few)"
_TIME = r"(?:\s+at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|GMT|BST|EST|ET|UTC|local time)?)?"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

_UNIT = r"(day|week|fortnight|month|year|decade)s?"
_EDGE_UNIT = r"(?:(the|this|next|last|following|previous)\s+(week|month|year))"
# a following lowercase word other than these makes "on the 3rd" or "in 1066" something else
# ("on the 3rd floor", "in 1500 cases")
_FUNCTION_WORDS = r"(?:and|or|but|at|in|on|when|after|before|with|to|as|of|for|by|until|since|while|where|because|amid|during|the|a|an|this|that)"


def _holiday_names() -> list[str]:
    data = lexicons.load("timex")
    names = list(data.get("fixed", {})) + list(data.get("easter", {}))
    return sorted(names, key=len, reverse=True)


_HOLIDAY = "|".join(re.escape(n).replace("'", "['’]").replace("\\ ", r"\s+") for n in _holiday_names())

# (kind, pattern) in priority order; earlier patterns win overlaps.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("day_month", re.compile(r"\b(?:on\s+)?(?:" + _WD + r",?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(" + _MON + r")(?:,?\s+(\d{4}))?\b")),
    ("holiday", re.compile(r"\b(?:on\s+)?(?:(last|next|this)\s+)?(" + _HOLIDAY + r")\b")),
    ("edge", re.compile(
        r"\b(?:(?:at|by|until|till|towards?|before|from|in|around)\s+)?the\s+(end|beginning|start|middle|turn)\s+of\s+(?:"
        + _EDGE_UNIT + r"|(" + _MON + r")(?:\s+(\d{4}))?|(\d{4}))\b", re.I)),
    # "last week on Thursday", "on Thursday of next week", "this week, on Friday": that weekday of
    # the week named (before "weekday" and "relperiod", which would take one half each)
    ("week_weekday", re.compile(
        r"\b(last|next|this|past|coming)\s+week,?\s+(?:on\s+)?(" + _WD + r")\b"
        r"|\b(?:on\s+)?(" + _WD + r")\s+(?:of\s+)?(last|next|this|past|coming)\s+week\b", re.I)),
    # "two weeks ago on Thursday": the Thursday of the week two weeks back
    ("ago_weekday", re.compile(r"\b(" + _NUM + r")\s+weeks?\s+ago,?\s+(?:on\s+)?(" + _WD + r")\b", re.I)),
    ("ago", re.compile(r"\b(" + _NUM + r"|a\s+few|a\s+couple\s+of)\s+" + _UNIT + r"\s+ago\b", re.I)),
    ("in_n", re.compile(r"\bin\s+(" + _NUM + r"|a\s+few|a\s+couple\s+of)\s+" + _UNIT + r"(?:['’]\s*time)?\b(?!\s+of\b)", re.I)),
    ("ordinal_day", re.compile(r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)!?]|$)|\s+" + _FUNCTION_WORDS + r"\b|\s+[A-Z])")),
    ("dmy_short", re.compile(r"\b(\d{1,2})-(" + _MON + r")-(\d{2,4})\b", re.I)),
    # the day and month sit on one line: "June.\n1. Zelensky ..." is a month and a list number
    ("day_month", re.compile(r"\b(?:on\s+)?(?:" + _WD + r",?\s+)?(\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0]+(" + _MON + r")(?:,?[ \t\u00a0]+(\d{4}))?\b")),
    ("month_day", re.compile(r"\b(?:on\s+)?(?:" + _WD + r",?\s+)?(" + _MON + r")[ \t\u00a0]+(\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t\u00a0]+(\d{4}))?\b")),
    ("month_year", re.compile(r"\b(?:in\s+|since\s+|by\s+|until\s+|of\s+)?(?:early\s+|late\s+|mid-?)?(" + _MON + r")\s+(\d{4})\b")),
    ("weekday", re.compile(
        r"\b(?:(?:earlier|later|late|early)\s+(?:on\s+)?)?(?:(?:on|by|until|till|since|from|before|after)\s+)?(?:(last|next|this|coming|past)\s+)?(" + _WD + r")(?:['’]s)?" + _PART + _TIME + r"\b", re.I)),
    # abbreviated weekdays ("on Tues.", "by Weds"): capitalised and after a preposition or
    # last/next, since "Sun", "Sat", "Wed" are words of their own
    ("weekday", re.compile(
        r"\b(?:(?:on|by|until|till|since|from|before|after)\s+)(?:(last|next|this|coming|past)\s+)?(Mon|Tues?|Weds?|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?(?![\w-])")),
    ("relday", re.compile(
        r"\b(?:(?:earlier|later)\s+)?(today|tonight|yesterday|tomorrow|(?-i:[Tt]his\s+(?:morning|afternoon|evening))|last\s+night|the\s+day\s+before(?:\s+yesterday)?|the\s+previous\s+day|the\s+same\s+day|the\s+next\s+day|the\s+following\s+day|(?:earlier|later)\s+that\s+day|that\s+day|earlier\s+in\s+the\s+day|later\s+in\s+the\s+day|a\s+day\s+(?:earlier|later|before|after)|(?:" + _NUM + r")\s+days?\s+(?:ago|earlier|later|before|after)|hours\s+(?:after|before|later|earlier))\b", re.I)),
    ("relperiod", re.compile(
        r"\b(?:(earlier|later)\s+)?(this|last|next|past|coming|previous|following)\s+(week|weekend|month|year)\b|\b(?:over|at|during)\s+the\s+(weekend)\b|\bin\s+recent\s+(days|weeks|months)\b", re.I)),
    ("month_rel", re.compile(
        r"\b(?:(?:in|since|by|until|during|from)\s+(?:(last|next|this|early|late|mid)(?:-|\s+))?|(last|next|this|early|late|mid)(?:-|\s+))(" + _MON + r")\b(?!\s+\d)")),
    ("year", re.compile(r"\b(?:(?:in|since|by|until|during|from|of|before|after)\s+)(\d{4})\b(?![-–]\d)", re.I)),
    ("anchor", re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s))(Later|Earlier|Afterwards)(?=,)")),
]

_DURATION = re.compile(
    r"\b(?<![\d.,])(?P<hedge>(?:nearly|almost|about|around|roughly|some|approximately|more\s+than|over|just\s+over|less\s+than|just\s+under|under|up\s+to|at\s+least|close\s+to)\s+)?"
    r"(?:(?P<num>\d+\.\d+|" + _NUM + r"|half)[-\s]+(?:and[-\s]+a[-\s]+half[-\s]+)?(?P<unit>minutes?|mins?|hours?|hrs?)(?P<half>[-\s]+and[-\s]+a[-\s]+half)?"
    r"|(?P<num2>an?|one)[-\s]+hour[-\s]+and[-\s]+a[-\s]+half|(?P<hl>hour)-long|half\s+an\s+hour)\b",
    re.I,
)

_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "'d", "’d"}
_FUTURE_HEADS = {"due", "scheduled", "set", "expected", "plan", "planned", "going", "poised", "slated", "intend", "hope", "want", "agree", "postpone", "delay", "move", "push", "suppose", "supposed"}


@dataclass
class Timex:
    """One time expression (see the module doc); offsets are into ``articles.text``."""

    text: str
    start: int
    end: int
    kind: str = "date"  # date | duration
    value: str | None = None
    granularity: str | None = None
    date: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    tense: str | None = None
    anchor: str | None = None
    resolved: bool = False
    minutes: float | None = None
    approximate: bool = False
    sentence: int | None = None
    tense_marked: bool = False  # a verb gave the tense (not a column)
    nearest: bool = False  # a weekday of a reduced 'scheduled for' (not a column): the nearest one


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def resolve_weekday(weekday: int, dct: dt.date, tense: str, modifier: str | None = None) -> dt.date:
    """The date of a weekday (0 = Monday) against the publication date ``dct``.

    ``tense`` 'past' -> the latest such day on or before ``dct``; 'future' -> the first on or after
    it; ``modifier`` 'last' -> strictly before, 'next'/'coming' -> strictly after, 'this' -> in the
    publication week (Monday to Sunday), moved a week on when a future verb says the day is
    still to come.
    """
    if modifier == "this":
        day = _week_bounds(dct)[0] + dt.timedelta(days=weekday)
        # "will meet this Monday" published on a Wednesday: the coming Monday
        if tense == "future" and day < dct:
            return day + dt.timedelta(days=7)
        return day
    if modifier in ("last", "past"):
        back = (dct.weekday() - weekday) % 7 or 7
        return dct - dt.timedelta(days=back)
    if modifier in ("next", "coming"):
        ahead = (weekday - dct.weekday()) % 7 or 7
        return dct + dt.timedelta(days=ahead)
    if tense == "future":
        return dct + dt.timedelta(days=(weekday - dct.weekday()) % 7)
    return dct - dt.timedelta(days=(dct.weekday() - weekday) % 7)


def clause_tense(token: Token) -> str:
    """'future', 'past' or 'present' for the clause that governs ``token``.

    Future: a modal will/shall/'ll/would (future in the past: "said he would meet"), "is due/set/
    scheduled/expected to", "plans/wants/hopes to", a present progressive ("is meeting"),
    "postponed until", the "to/for" day of a verb of putting off ("delayed to Thursday", "pushed
    back to 20 March"), a present passive of scheduling ("is scheduled/planned/set for Thursday").
    Past: a past-tense or perfect verb, or a past-perfect plan ("had planned to visit on Monday"). Present otherwise (treated as future for weekdays only when
    the verb is in the present tense: "meets on Friday"). A coordinated verb with no auxiliary and
    no subject of its own shares the tense of the verb it is coordinated with ("will visit Paris
    on Friday and then meet X on Saturday"). A clause with no verb at all is 'past' (see
    :func:`tense_is_marked`).
    """
    return _clause_tense(token)[0]


def tense_is_marked(token: Token) -> bool:
    """True when a verb governs ``token`` (so the tense of :func:`clause_tense` was read off a verb),
    False for a verbless phrase ("talks on 6 March" in a headline), whose 'past' is only a default."""
    return _clause_tense(token)[1]


_SCHEDULE_PASSIVES = {"schedule", "plan", "set", "slate", "fix", "pencil", "earmark", "due"}


def _postpone_verbs() -> frozenset[str]:
    return frozenset(lexicons.load("timex").get("postpone_verbs", []))


def _postpones(head: Token) -> bool:
    """True when ``head`` (what a "to"/"for" phrase hangs on) is a verb of putting off
    (``postpone_verbs`` in ``data/timex.toml``), or the "back"/"off" or "from" phrase of one
    ("pushed back to", "moved from Friday to Monday")."""
    if (head.lower_ in ("back", "off") and head.dep_ in ("advmod", "prt") or head.lower_ == "from" and head.dep_ == "prep") \
            and head.head.i != head.i:
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _postpone_verbs()


def _dated_nouns() -> frozenset[str]:
    return frozenset(lexicons.load("timex").get("dated_nouns", []))


def _clause_tense(token: Token) -> tuple[str, bool]:
    node = token
    through_noun = False
    first_prep = True
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.lower_ in ("until", "till") and node.dep_ == "prep":
            return "future", True
        if node.dep_ == "prep":
            if first_prep and node.lower_ in ("to", "for") and _postpones(node.head):
                return "future", True  # "was delayed to Thursday": the new day lies ahead
            first_prep = False
        if node.i != token.i and node.pos_ in ("NOUN", "PROPN") and node.dep_ != "compound" and not node.ent_type_ in ("DATE", "TIME"):
            through_noun = True  # "talks on 6 March": the date is the noun's, not the verb's
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        wrapped = _wrapped_verb(token)
        if wrapped is None:
            return "past", False
        node = wrapped
    verb = node
    # "called a referendum on March 16": a date right after an object that names a dated thing
    # belongs to that thing, whatever the parser says
    prev = token.i - 1
    if prev >= 0 and token.doc[prev].lower_ in ("on", "for", "in", "by", "of", "until"):
        prev -= 1
    if prev >= 0 and token.doc[prev].pos_ == "NOUN" and token.doc[prev].lemma_.lower() in _dated_nouns():
        through_noun = True
    # "will visit Paris on Friday and then meet X on Saturday": a bare coordinated verb shares the
    # tense of its first conjunct
    for _ in range(3):
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.tag_ in ("VB", "VBG", "VBN") \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        else:
            break
    tense = _verb_tense(verb, modals=not through_noun)
    lowers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    explicit_past = verb.tag_ == "VBD" or bool(lowers & {"had", "has", "have", "'d", "was", "were", "did"})
    return tense, tense != "past" or explicit_past and not through_noun


def scheduled_participle(token: Token) -> bool:
    """True when the time expression at ``token`` hangs on a reduced relative participle of
    scheduling with no tense of its own: "A meeting, scheduled for Friday, was postponed", "talks
    set for Monday". The schedule was made before publication, so its day may lie either side of
    it."""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return False
    return node.tag_ == "VBN" and node.dep_ == "acl" and node.lemma_.lower() in _SCHEDULE_PASSIVES \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in node.children)


def forward_object(token: Token) -> bool:
    """True when the time expression at ``token`` dates the object of a verb of proposing or
    arranging (``forward_verbs`` in ``data/timex.toml``) and that object is a thing with a date of
    its own (``dated_nouns``): "Officials proposed a summit in Geneva in April", "called for talks in
    June". The expression must come after the object; the parser may hang it on the verb or on the
    noun."""
    data = lexicons.load("timex")
    verbs = set(data.get("forward_verbs", []))
    node = token
    for _ in range(6):  # up through the preposition and any phrase between ("in Geneva")
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.pos_ == "NOUN" and _is_dated_noun(node) and node.i < token.i:
            # hung on the noun: the noun must be the object of a verb of proposing
            holder = node.head
            if node.dep_ == "pobj" and holder.lower_ in ("for",) and holder.head.pos_ == "VERB":
                return f"{holder.head.lemma_.lower()} for" in verbs
            return node.dep_ == "dobj" and holder.pos_ == "VERB" and holder.lemma_.lower() in verbs
    else:
        return False
    if node.pos_ not in ("VERB", "AUX"):
        return False
    lemma = node.lemma_.lower()
    objects = [c for c in node.children if c.dep_ == "dobj" and lemma in verbs]
    objects += [o for p in node.children if p.dep_ == "prep" and f"{lemma} {p.lower_}" in verbs for o in p.children if o.dep_ == "pobj"]
    return any(_is_dated_noun(o) and o.i < token.i for o in objects)


def _is_dated_noun(tok: Token) -> bool:
    """True for a noun of a thing with a date of its own (``dated_nouns``: "summit", "talks")."""
    return tok.lemma_.lower() in _dated_nouns() or tok.lower_ in _dated_nouns()


def _wrapped_verb(token: Token) -> Token | None:
    """For a token on a verbless line that continues the line before it (a hard-wrapped sentence
    pasted from e-mail: "Biden will visit\nParis on Friday."), the verb the previous line ends in:
    the line break is a single newline, the previous line ends without sentence or clause
    punctuation, and its last word is a verb or hangs on one (a dangling "in" -> its verb). None
    otherwise."""
    doc = token.doc
    start = token.sent.start
    if any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return None
    # the sentence splitter may cut the verbless line in several pieces ("in San Francisco" / "on
    # Tuesday."): go back to the start of the line
    while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].whitespace_:
        start = doc[start - 1].sent.start
        if any(t.pos_ in ("VERB", "AUX") for t in doc[start].sent):
            return None
    if start < 2:
        return None
    brk = doc[start - 1]
    if brk.is_space:
        if brk.text.count("\n") != 1 or brk.text.strip():
            return None
        last = doc[start - 2]
    else:
        return None
    if last.is_punct or last.is_space or re.search(r"[.!?:;…,\"'”’»)\]]$", last.text):
        return None
    node = last
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


_MODALS = {"should", "could", "may", "might", "must", "can", "ca", "ought"}


def _verb_tense(verb: Token, modals: bool = True) -> str:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    # "could meet on Friday", "should be allowed to lapse on June 30th": a modal without
    # "have" looks ahead
    node = verb
    for _ in range(3 if modals else 0):
        node_aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if node_aux & _MODALS and not node_aux & {"have", "'ve"}:
            return "future"
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head
    if any(c.lower_ in ("until", "till") for c in verb.children if c.dep_ == "prep") and verb.lemma_.lower() in _postpone_verbs():
        return "future"
    # xcomp chain: "is due to meet", "plans to visit", "was expected to hold"
    head = verb
    for _ in range(3):
        if head.dep_ in ("xcomp", "ccomp", "advcl") and head.head.i != head.i:
            parent = head.head
            if parent.lemma_.lower() in _FUTURE_HEADS or parent.lower_ in _FUTURE_HEADS:
                parent_aux = {c.lower_ for c in parent.children if c.dep_ in ("aux", "auxpass")}
                if parent.dep_ == "acomp" and parent.head.lemma_.lower() == "be" and any(
                        c.dep_ == "aux" and c.lower_ == "had" for c in parent.head.children):
                    return "past"  # "had been due to meet on Friday"
                if "had" in parent_aux and parent.lemma_.lower() not in ("postpone", "delay", "move", "push"):
                    return "past"  # "had planned to visit on Monday": a plan before a past moment, for a past day
                if parent.tag_ in ("VBD",) or parent_aux & {"was", "were"}:
                    return "past" if parent.lemma_.lower() not in ("plan", "agree", "want", "hope", "intend") else "future"
                return "future"
            if head.dep_ == "xcomp":
                head = parent
                continue
        break
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "'re"}:
        return "future"
    if verb.tag_ == "VBN" and verb.lemma_.lower() in _SCHEDULE_PASSIVES and lowers & {"is", "are", "am", "'s", "'re", "being"}:
        return "future"  # "the meeting is scheduled for Thursday"
    if verb.tag_ == "VBD" or lowers & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and not lowers:
        return "present"
    if verb.tag_ == "VBN":
        return "past"
    return "past"


def _number(word: str) -> float | None:
    word = word.lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)  # "1.5 hours"
    value = _NUMBERS.get(word)
    return float(value) if value is not None else None


def parse_duration(text: str) -> tuple[float | None, bool]:
    """Minutes and approximate flag of a duration phrase ("nearly an hour-and-a-half" -> (90, True);
    "ninety minutes" -> (90, False); "one-hour" -> (60, False); "1.5 hours" -> (90, False)). (None,
    False) if unreadable."""
    match = _DURATION.search(text)
    if not match:
        return None, False
    approximate = bool(match.group("hedge"))
    if match.group("num2"):
        return 90.0, approximate
    if match.group("hl"):
        return 60.0, approximate
    if match.group(0).lower().startswith("half an hour") or (match.group("hedge") and "half an hour" in match.group(0).lower()):
        return 30.0, approximate
    num = _number(match.group("num") or "")
    if num is None:
        return None, approximate
    unit = (match.group("unit") or "").lower()
    minutes = num * (60 if unit.startswith("h") else 1)
    if match.group("half") or re.search(r"and[-\s]+a[-\s]+half", match.group(0), re.I):
        minutes += 30 if unit.startswith("h") else 0.5
    return minutes, approximate


def extract_timexes(parsed: Parsed) -> pd.DataFrame:
    """All time expressions of the article, resolved against ``article.published``.

    Returns a DataFrame with columns ``timex_id`` ('T1'...), ``text``, ``start``/``end`` (character
    offsets), ``kind`` ('date' | 'duration'), ``value`` (TIMEX3 value or null), ``granularity``
    ('day' | 'week' | 'month' | 'year' | null), ``date`` (ISO day for day granularity, else null),
    ``period_start``/``period_end`` (ISO range for any resolved granularity), ``tense`` ('past' |
    'future' | 'present'), ``anchor`` ('dct' | 'previous' | 'absolute' | null), ``resolved`` (bool),
    ``minutes`` (float, durations), ``approximate`` (bool), ``sentence`` (index). Never raises.
    """
    found = find_timexes(parsed)
    rows = []
    for n, tx in enumerate(found, start=1):
        row = {"timex_id": f"T{n}"}
        row.update({c: getattr(tx, c) for c in TIMEX_COLUMNS if c != "timex_id"})
        rows.append(row)
    frame = pd.DataFrame(rows, columns=TIMEX_COLUMNS)
    return frame.astype({"start": "Int64", "end": "Int64", "sentence": "Int64", "minutes": "Float64", "approximate": "boolean", "resolved": "boolean"})


def find_timexes(parsed: Parsed) -> list[Timex]:
    """The :class:`Timex` objects of :func:`extract_timexes`, in text order."""
    text = masked_text(parsed.article)
    dct = parsed.article.published_date
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, re.Match]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if kind == "anchor":
                start, end = match.start(1), match.end(1)
            if any(s < end and start < e for s, e in taken):
                continue
            if not text[start:end].strip():
                continue
            if _not_a_date(kind, match, text):
                continue
            taken.append((start, end))
            found.append((kind, match))
    out: list[Timex] = []
    for kind, match in found:
        start, end = (match.start(1), match.end(1)) if kind == "anchor" else (match.start(), match.end())
        # leading prepositions are not part of the expression's words, except "until/since"
        words = text[start:end]
        lead = re.match(r"(?:on|in|by|of|during|from|at|over)\s+", words, re.I)
        if lead and kind not in ("relperiod", "in_n"):
            start += lead.end()
        tx = Timex(text=parsed.text[start:end], start=start, end=end)
        tx.sentence = parsed.sentence_index(start)
        token = _token_at(parsed, start)
        tx.tense, tx.tense_marked = _clause_tense(token) if token is not None else ("past", False)
        if kind in ("month_rel", "edge") and tx.tense != "future" and token is not None and forward_object(token):
            tx.tense, tx.tense_marked = "future", True  # "proposed a summit in April": the summit's April
        if kind == "weekday" and tx.tense == "past" and token is not None and scheduled_participle(token):
            tx.tense, tx.nearest = "present", True  # "A meeting, scheduled for Friday, was postponed"
        if kind == "in_n" and tx.tense == "past":
            continue  # "has never faced a race in 24 years": a span, not a day ahead
        try:
            _resolve(tx, kind, match, dct)
        except (OverflowError, ValueError):
            tx.value = tx.date = tx.period_start = tx.period_end = None  # beyond the calendar: unresolved
            tx.resolved = False
        out.append(tx)
    for match in _DURATION.finditer(text):
        start, end = match.start(), match.end()
        minutes, approximate = parse_duration(match.group(0))
        if minutes is None:
            continue
        following = text[end:end + 12].lower()
        if re.match(r"\s*(?:-|–)?\s*(?:long\s+)?(?:ceasefire|truce|pause|deadline|window)", following):
            continue
        out.append(
            Timex(text=parsed.text[start:end], start=start, end=end, kind="duration",
                  value=f"PT{int(minutes)}M" if minutes == int(minutes) else f"PT{minutes}M",
                  minutes=minutes, approximate=approximate, resolved=True,
                  sentence=parsed.sentence_index(start))
        )
    out.sort(key=lambda t: t.start)
    try:
        _resolve_anchored(out, dct)
    except (OverflowError, ValueError):
        pass  # an anchor beyond the calendar stays unresolved
    return out


def _token_at(parsed: Parsed, char: int) -> Token | None:
    span = parsed.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _set_day(tx: Timex, day: dt.date, anchor: str) -> None:
    tx.value = tx.date = tx.period_start = tx.period_end = _iso(day)
    tx.granularity = "day"
    tx.anchor = anchor
    tx.resolved = True


def _not_a_date(kind: str, match: re.Match, text: str) -> bool:
    """Matches that look like dates but are not: "her first visit in six years" (a span back from
    now, not a day ahead), "in 1500 cases" (a number)."""
    if kind == "in_n":
        before = text[max(0, match.start() - 60):match.start()]
        clause = re.split(r"[.;:!?]", before)[-1].lower()
        return bool(re.search(r"\b(?:first|last|since|time|ever|never|not|no|most|least|best|worst|\w+(?:gg|rg|ll|hi|w|ng|tt|ow|gh|rd|ck|wl|ar|at)est|once|only)\b|n['’]t\b", clause))
    if kind == "holiday":
        # "Christmas trees", "Easter Island", "Halloween costumes": a name, not a day
        word = re.match(r"\s+([A-Za-z][\w-]*)", text[match.end():match.end() + 30])
        return bool(word and not re.fullmatch(_FUNCTION_WORDS, word.group(1).lower()) and not re.fullmatch(r"(?:morning|afternoon|evening|night)", word.group(1).lower()))
    if kind == "year" and int(match.group(1)) < 1900:
        after = text[match.end():match.end() + 30]
        word = re.match(r"\s+([a-z][\w-]*)", after)
        return bool(word and not re.fullmatch(_FUNCTION_WORDS, word.group(1)))
    return False


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm, Meeus 1991)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def pick_year(day_of: "callable[[int], dt.date]", dct: dt.date, tense: str, marked: bool = True,
              modifier: str | None = None) -> dt.date:
    """The occurrence of a yearly day (``day_of(year)`` gives it in a year) that a clause means.

    Tense-guided anchoring, as in TimeML/TempEval normalisation of underspecified dates
    (HeidelTime's news-document strategy, which uses the DCT and the tense of the sentence; Strötgen
    & Gertz 2013, "Multilingual and cross-domain temporal tagging"): 'future' -> the first occurrence on
    or after the publication date ``dct``; 'past' read off a verb (``marked``) -> the latest on or
    before it ("met on 6 March" published 5 March 2025 -> 2024-03-06); 'present' -> the occurrence
    nearest to ``dct``; a verbless phrase (default 'past', not ``marked``) -> this year's unless it
    is more than 30 days ahead (then last year's). ``modifier`` 'last' / 'next' force strictly
    before / after, 'this' the publication year. A day missing in some years ("29 February") is
    taken only within 400 days of ``dct`` (last year's just past, never one years ahead).
    Raises ValueError when there is no such day.
    """
    if modifier == "this":
        return day_of(dct.year)
    options = []
    for year in range(max(1, dct.year - 8), min(9999, dct.year + 8) + 1):
        try:
            options.append(day_of(year))  # "29 February" exists one year in four
        except ValueError:
            continue
    if len(options) < min(9999, dct.year + 8) - max(1, dct.year - 8) + 1:
        # a day some years lack ("29 February") is taken only about a year either side of the publication
        # date: "will meet on February 29" written in 2025 is a slip, not a meeting in 2028
        options = [d for d in options if abs((d - dct).days) <= 400]
    if modifier == "next" or tense == "future" and modifier != "last":
        later = [d for d in options if d > dct or d == dct and modifier != "next"]
        if later:
            return later[0]
    elif modifier == "last" or tense == "past" and marked:
        earlier = [d for d in options if d < dct or d == dct and modifier != "last"]
        if earlier:
            return earlier[-1]
    elif tense == "present":
        if options:
            return min(options, key=lambda d: (abs((d - dct).days), d < dct))
    else:
        earlier = [d for d in options if d <= dct + dt.timedelta(days=30)]
        if earlier:
            return earlier[-1]
    raise ValueError("no such day near the publication date")


def _set_month(tx: Timex, year: int, month: int, anchor: str) -> None:
    first, last = _month_bounds(year, month)
    tx.value, tx.granularity, tx.anchor, tx.resolved = f"{year:04d}-{month:02d}", "month", anchor, True
    tx.period_start, tx.period_end = _iso(first), _iso(last)


def _set_year(tx: Timex, year: int, anchor: str) -> None:
    if not 1 <= year <= 9999:
        raise ValueError("year beyond the calendar")  # "4000 years ago": left unresolved
    tx.value, tx.granularity, tx.anchor, tx.resolved = f"{year:04d}", "year", anchor, True
    tx.period_start, tx.period_end = f"{year:04d}-01-01", f"{year:04d}-12-31"


def _set_week(tx: Timex, ref: dt.date, anchor: str) -> None:
    first, last = _week_bounds(ref)
    tx.value, tx.granularity, tx.anchor, tx.resolved = _week_value(ref), "week", anchor, True
    tx.period_start, tx.period_end = _iso(first), _iso(last)


def _month_of(month_n: int, modifier: str, tense: str, dct: dt.date) -> int:
    """The year of a month named without one ("in March", "next March", "mid-March")."""
    year = dct.year
    if modifier == "next" or (tense == "future" and modifier not in ("last",)):
        if month_n < dct.month or modifier == "next" and month_n <= dct.month:
            year += 1
    elif month_n > dct.month or modifier == "last" and month_n >= dct.month:
        year -= 1
    return year


def _count(words: str) -> int | None:
    words = re.sub(r"\s+", " ", words.lower())
    if words in ("a few", "a couple of", "several", "few"):
        return None
    n = _number(words)
    return int(n) if n is not None and n == int(n) and n > 0 else None


def _shift(tx: Timex, n: int, unit: str, dct: dt.date) -> None:
    """``dct`` moved by ``n`` units (negative: back): "a week ago" -> the day seven days before (day
    granularity), "four years ago" -> that year, "in two months" -> that month."""
    unit = unit.lower()
    if unit in ("day", "week", "fortnight"):
        _set_day(tx, dct + dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit]), "dct")
    elif unit == "month":
        year, month = _shift_month(dct.year, dct.month, n)
        _set_month(tx, year, month, "dct")
    else:
        _set_year(tx, dct.year + n * (10 if unit == "decade" else 1), "dct")


def _resolve(tx: Timex, kind: str, match: re.Match, dct: dt.date | None) -> None:
    g = match.groups()
    low = match.group(0).lower()
    if kind == "numeric":
        _resolve_numeric(tx, g, dct)
        return
    if kind == "holiday":
        modifier = (g[0] or "").lower() or None
        name = re.sub(r"\s+", " ", g[1]).replace("’", "'")
        data = lexicons.load("timex")
        tx.granularity = "day"
        if name in data.get("fixed", {}):
            month_n, day_n = data["fixed"][name]
            day_of = lambda year: dt.date(year, month_n, day_n)  # noqa: E731
        else:
            offset = data["easter"][name]
            day_of = lambda year: _easter(year) + dt.timedelta(days=offset)  # noqa: E731
        if dct is not None:
            _set_day(tx, pick_year(day_of, dct, tx.tense, tx.tense_marked, modifier), "dct")
        return
    if kind == "week_weekday":
        which = (g[0] or g[3]).lower()
        weekday = _WEEKDAYS.index((g[1] or g[2]).lower())
        tx.granularity = "day"
        if dct is not None:
            base = dct + dt.timedelta(days=7 * {"last": -1, "past": -1, "next": 1, "coming": 1}.get(which, 0))
            _set_day(tx, _week_bounds(base)[0] + dt.timedelta(days=weekday), "dct")
        return
    if kind == "ago_weekday":
        n = _count(g[0])
        weekday = _WEEKDAYS.index(g[1].lower())
        tx.granularity = "day"
        if dct is not None and n is not None:
            base = dct - dt.timedelta(days=7 * n)
            _set_day(tx, _week_bounds(base)[0] + dt.timedelta(days=weekday), "dct")
        return
    if kind in ("ago", "in_n"):
        n = _count(g[0])
        unit = g[1].lower()
        tx.granularity = {"fortnight": "day", "week": "day", "decade": "year"}.get(unit, unit)
        if dct is not None and n is not None:
            _shift(tx, -n if kind == "ago" else n, unit, dct)
        return
    if kind == "ordinal_day":
        tx.granularity = "day"
        if dct is None:
            return
        day_n = int(g[0])
        if not 1 <= day_n <= 31:
            return
        # the month is the publication month, or the one before/after as the tense says
        back = tx.tense == "past" or tx.tense != "future" and day_n <= dct.day
        candidates = [_shift_month(dct.year, dct.month, k) for k in ((0, -1, -2) if back else (0, 1, 2))]
        for year, month in candidates:
            try:
                day = dt.date(year, month, day_n)
            except ValueError:
                continue
            if back and day <= dct or not back and day >= dct:
                _set_day(tx, day, "dct")
                return
        return
    if kind == "edge":
        which, modifier, unit, month, month_year, year = g
        if month:
            month_n = _MONTHS.get(month.lower().rstrip("."))
            if month_year:
                _set_month(tx, int(month_year), month_n, "absolute")
            elif dct is not None and month_n:
                _set_month(tx, _month_of(month_n, "", tx.tense, dct), month_n, "dct")
            else:
                tx.granularity = "month"
            return
        if year:
            _set_year(tx, int(year), "absolute")
            return
        unit = unit.lower()
        tx.granularity = unit
        if dct is None:
            return
        step = {"the": 0, "this": 0, "next": 1, "following": 1, "last": -1, "previous": -1}[modifier.lower()]
        if unit == "week":
            _set_week(tx, dct + dt.timedelta(days=7 * step), "dct")
        elif unit == "month":
            _set_month(tx, *_shift_month(dct.year, dct.month, step), "dct")
        else:
            _set_year(tx, dct.year + step, "dct")
        return
    if kind == "iso":
        try:
            _set_day(tx, dt.date(int(g[0]), int(g[1]), int(g[2])), "absolute")
        except ValueError:
            pass
        return
    if kind in ("dmy_short", "day_month", "month_day"):
        if kind == "month_day":
            month, day, year = g[0], g[1], g[2]
        else:
            day, month, year = g[0], g[1], g[2]
        month_n = _MONTHS.get(month.lower().rstrip("."))
        if month_n is None:
            return
        if year is not None and len(year) == 2:
            year = str(2000 + int(year) if int(year) < 50 else 1900 + int(year))
        following = re.match(r",?\s+(next|last|this)\s+year\b", match.string[match.end():], re.I)
        if not year and following and dct is not None:
            # "on February 29 next year": that year's day, or none when it lacks one (no jump to
            # a leap year further on)
            try:
                _set_day(tx, dt.date(dct.year + {"next": 1, "last": -1, "this": 0}[following.group(1).lower()], month_n, int(day)), "dct")
            except ValueError:
                tx.granularity = "day"
            return
        try:
            if year:
                _set_day(tx, dt.date(int(year), month_n, int(day)), "absolute")
                return
            if dct is None:
                tx.granularity = "day"
                return
            candidate = pick_year(lambda y: dt.date(y, month_n, int(day)), dct, tx.tense, tx.tense_marked)
            weekday = re.search(_WD, match.group(0))
            if weekday and candidate.weekday() != _WEEKDAYS.index(weekday.group(0).lower()) and abs((candidate - dct).days) > 31:
                # "Monday, 14 February" far from publication: a neighbouring year where the weekday
                # agrees, else the day and month as written; within a month of publication the
                # day and month win (the weekday is the likelier slip)
                agree = []
                for year in (dct.year - 1, dct.year, dct.year + 1):
                    try:
                        other = dt.date(year, month_n, int(day))
                    except ValueError:
                        continue
                    if tx.tense == "future" and other < dct:
                        continue  # "will meet on Tuesday, March 12": never a past year
                    if other.weekday() == _WEEKDAYS.index(weekday.group(0).lower()):
                        agree.append(other)
                if agree:
                    candidate = min(agree, key=lambda d: abs((d - dct).days))
            _set_day(tx, candidate, "dct")
        except ValueError:
            pass
        return
    if kind == "month_year":
        month_n = _MONTHS.get(g[0].lower().rstrip("."))
        if month_n:
            first, last = _month_bounds(int(g[1]), month_n)
            tx.value, tx.granularity, tx.anchor, tx.resolved = f"{int(g[1]):04d}-{month_n:02d}", "month", "absolute", True
            tx.period_start, tx.period_end = _iso(first), _iso(last)
        return
    if kind == "year":
        year = int(g[0])
        if 1000 <= year <= 2100:
            tx.value, tx.granularity, tx.anchor, tx.resolved = f"{year}", "year", "absolute", True
            tx.period_start, tx.period_end = f"{year}-01-01", f"{year}-12-31"
        return
    if kind == "month_rel":
        # "early/late/mid-March" keep month granularity (TIMEX3 would add mod START/END/MID)
        modifier, month = (g[0] or g[1] or "").lower(), g[2]
        month_n = _MONTHS.get(month.lower().rstrip("."))
        if month == "May" and not modifier and not re.match(r"(in|since|by|until|during|from)\s", low):
            return
        tx.granularity = "month"
        if dct is None or month_n is None:
            return
        _set_month(tx, _month_of(month_n, modifier, tx.tense, dct), month_n, "dct")
        return
    if kind == "weekday":
        modifier = (g[0] or "").lower() or None
        weekday = [w[:3] for w in _WEEKDAYS].index(g[1].lower()[:3])  # "Tues" -> Tuesday
        if modifier in ("next", "coming"):
            tx.tense = "future"
        elif modifier in ("last", "past"):
            tx.tense = "past"
        tx.granularity = "day"
        if dct is None:
            return
        if tx.nearest and modifier is None:
            # the schedule was made before publication and may point either way: the nearer day,
            # the coming one on a tie
            ahead, back = resolve_weekday(weekday, dct, "future"), resolve_weekday(weekday, dct, "past")
            _set_day(tx, ahead if (ahead - dct) <= (dct - back) else back, "dct")
            return
        tense = "future" if tx.tense == "future" or tx.tense == "present" and modifier is None and _present_is_future(match) else "past"
        _set_day(tx, resolve_weekday(weekday, dct, tense, modifier), "dct")
        return
    if kind == "relday":
        word = re.sub(r"\s+", " ", g[0].lower())
        tx.granularity = "day"
        shifts = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this morning": 0,
                  "this afternoon": 0, "this evening": 0, "last night": -1}
        if word in shifts:
            if dct is not None:
                _set_day(tx, dct + dt.timedelta(days=shifts[word]), "dct")
            return
        days_ago = re.match(r"(\S+) days? (ago|earlier|later|before|after)", word)
        if days_ago and days_ago.group(2) == "ago":
            n = _number(days_ago.group(1))
            if dct is not None and n:
                _set_day(tx, dct - dt.timedelta(days=int(n)), "dct")
            return
        tx.anchor = "previous"  # resolved in _resolve_anchored
        return
    if kind == "relperiod":
        edge, modifier, unit, weekend, recent = g
        if recent:
            tx.granularity = {"days": "week", "weeks": "month", "months": "year"}[recent.lower()]
            tx.value = "PAST_REF"
            tx.anchor = "dct"
            return
        if weekend:
            modifier, unit = ("last" if tx.tense != "future" else "next"), "weekend"
        modifier = (modifier or "").lower()
        unit = unit.lower()
        tx.granularity = "week" if unit in ("week", "weekend") else unit
        if dct is None:
            return
        step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(modifier, 0)
        if unit in ("week", "weekend"):
            ref = dct + dt.timedelta(days=7 * step)
            if unit == "weekend":
                if step <= 0:
                    # the most recent Saturday before the publication date
                    saturday = dct - dt.timedelta(days=(dct.weekday() - 5) % 7 or 7)
                else:
                    saturday = dct + dt.timedelta(days=(5 - dct.weekday()) % 7)
                tx.value = f"{_week_value(saturday)}-WE"
                tx.period_start, tx.period_end = _iso(saturday), _iso(saturday + dt.timedelta(days=1))
            else:
                first, last = _week_bounds(ref)
                tx.value = _week_value(ref)
                tx.period_start, tx.period_end = _iso(first), _iso(last)
        elif unit == "month":
            year, month = _shift_month(dct.year, dct.month, step)
            first, last = _month_bounds(year, month)
            tx.value = f"{year:04d}-{month:02d}"
            tx.period_start, tx.period_end = _iso(first), _iso(last)
        else:
            year = dct.year + step
            tx.value = f"{year}"
            tx.period_start, tx.period_end = f"{year}-01-01", f"{year}-12-31"
        tx.anchor, tx.resolved = "dct", True
        return
    if kind == "anchor":
        tx.granularity = "day"
        tx.anchor = "previous"
        return


def _resolve_numeric(tx: Timex, g: tuple, dct: dt.date | None) -> None:
    """"04/03/2025", "4.3.2025", "3/4/25": day/month or month/day. A part over 12 settles the order;
    otherwise the reading that agrees with the tense (past: on or before the publication date;
    future: on or after) and lies nearer to it wins, and day-month (the order of most of the
    world's press) when the tense cannot tell."""
    a, b, year = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
    a, b, year = int(a), int(b), int(year)
    if year < 100:
        year += 2000 if year < 50 else 1900
    readings = []
    for day_n, month_n in ((a, b), (b, a)):
        try:
            readings.append(dt.date(year, month_n, day_n))
        except ValueError:
            continue
    tx.granularity = "day"
    if not readings:
        return
    chosen = readings[0]
    if len(readings) == 2 and readings[0] != readings[1] and dct is not None:
        fits = [d for d in readings if (d <= dct if tx.tense == "past" else d >= dct if tx.tense == "future" else True)]
        if len(fits) == 1:
            chosen = fits[0]
        elif len(fits) == 2 and tx.tense in ("past", "future"):
            chosen = min(fits, key=lambda d: abs((d - dct).days))
    _set_day(tx, chosen, "absolute")


def _present_is_future(match: re.Match) -> bool:
    """A weekday with a present-tense verb is a schedule ("meets on Friday", "flies to the capital
    on Monday"): the next such day."""
    return True


def _resolve_anchored(timexes: list[Timex], dct: dt.date | None) -> None:
    """Give "Later,", "the same day", "the day before", "a day earlier" ... the day of the previous
    dated expression (or the publication date when there is none), shifted as the words say."""
    previous: dt.date | None = None
    for tx in timexes:
        if tx.kind != "date":
            continue
        if tx.anchor == "previous":
            base = previous or dct
            if base is None:
                continue
            low = tx.text.lower()
            shift = 0
            if re.search(r"day before|previous day|day earlier", low):
                shift = -1
            elif re.search(r"next day|following day|day later|day after", low):
                shift = 1
            else:
                days = re.match(r"(\S+) days? (earlier|later|before|after)", low)
                if days and _number(days.group(1)):
                    n = int(_number(days.group(1)))
                    shift = -n if days.group(2) in ("earlier", "before") else n
            _set_day(tx, base + dt.timedelta(days=shift), "previous")
            tx.anchor = "previous"
        if tx.granularity == "day" and tx.date:
            previous = dt.date.fromisoformat(tx.date)
