"""Time expressions resolved against the publication date (document creation time, DCT).

:func:`extract_timexes` finds every date expression and duration of an article and gives each a
TIMEX3-style value (TimeML, Pustejovsky et al. 2003; TIMEX3 value formats ``2025-02-12``,
``2025-W07``, ``2025-02``, ``2025``, ``PT90M``), a granularity and the words it came from. Values are
computed against the publication date, never against the day the code runs.

Rules (each one a reader would apply to any news text):

* **weekdays by tense** — the tense of the clause that governs the expression decides the
  direction: past ("met on Wednesday", "was expected to hold talks on Thursday") -> the latest such
  day on or before the publication date (so "on Friday" in a story published that Friday is that
  day); future ("would meet", "will", "is due to", "postponed until Monday", "next") -> the first
  such day on or after it. "last Friday" is strictly before, "next Friday" strictly after, "this
  Friday" in the publication week. HeidelTime and dateparser use one fixed direction for every
  weekday and get one of "on Wednesday"/"would meet ... on Friday" wrong (design.md §4);
* **anchored expressions** — "Later,", "later that day", "the same day", "earlier that day" take the
  day of the previous dated expression; "the day before", "a day earlier" one day less; "the next
  day" one more; "yesterday", "today", "tomorrow" count from the publication date;
* **coarse expressions** — "last week", "earlier this week", "over the weekend", "next month", "in
  March", "in 2019" get week, month or year granularity (``2025-W06``, ``2025-03``, ``2019``), never a
  made-up day: their ``date`` is null and ``period_start``/``period_end`` give the range;
* **absolute dates** — "7 March 2003", "19-Nov-12", "March 24, 2025" are parsed by dateparser; a
  date without a year takes the publication year, moved by a year when the tense says so;
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

# (kind, pattern) in priority order; earlier patterns win overlaps.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("dmy_short", re.compile(r"\b(\d{1,2})-(" + _MON + r")-(\d{2,4})\b", re.I)),
    ("day_month", re.compile(r"\b(?:on\s+)?(?:" + _WD + r",?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MON + r")(?:,?\s+(\d{4}))?\b")),
    ("month_day", re.compile(r"\b(?:on\s+)?(?:" + _WD + r",?\s+)?(" + _MON + r")\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")),
    ("month_year", re.compile(r"\b(?:in\s+|since\s+|by\s+|until\s+|of\s+)?(?:early\s+|late\s+|mid-?)?(" + _MON + r")\s+(\d{4})\b")),
    ("weekday", re.compile(
        r"\b(?:(?:earlier|later|late|early)\s+(?:on\s+)?)?(?:(?:on|by|until|till|since|from|before|after)\s+)?(?:(last|next|this|coming|past)\s+)?(" + _WD + r")(?:['’]s)?" + _PART + _TIME + r"\b", re.I)),
    ("relday", re.compile(
        r"\b(?:(?:earlier|later)\s+)?(today|tonight|yesterday|tomorrow|the\s+day\s+before(?:\s+yesterday)?|the\s+previous\s+day|the\s+same\s+day|the\s+next\s+day|the\s+following\s+day|(?:earlier|later)\s+that\s+day|that\s+day|earlier\s+in\s+the\s+day|later\s+in\s+the\s+day|a\s+day\s+(?:earlier|later|before|after)|(?:" + _NUM + r")\s+days?\s+(?:ago|earlier|later|before|after)|hours\s+(?:after|before|later|earlier))\b", re.I)),
    ("relperiod", re.compile(
        r"\b(?:(earlier|later)\s+)?(this|last|next|past|coming|previous|following)\s+(week|weekend|month|year)\b|\b(?:over|at|during)\s+the\s+(weekend)\b|\bin\s+recent\s+(days|weeks|months)\b", re.I)),
    ("month_rel", re.compile(r"\b(?:(?:in|since|by|until|during|from)\s+|(last|next|this|early|late|mid-?)\s+)(" + _MON + r")\b(?!\s+\d)")),
    ("year", re.compile(r"\b(?:(?:in|since|by|until|during|from|of|before|after)\s+)(\d{4})\b(?![-–]\d)", re.I)),
    ("anchor", re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s))(Later|Earlier|Afterwards)(?=,)")),
]

_DURATION = re.compile(
    r"\b(?P<hedge>(?:nearly|almost|about|around|roughly|some|approximately|more\s+than|over|just\s+over|less\s+than|just\s+under|under|up\s+to|at\s+least|close\s+to)\s+)?"
    r"(?:(?P<num>" + _NUM + r"|half)[-\s]+(?:and[-\s]+a[-\s]+half[-\s]+)?(?P<unit>minutes?|mins?|hours?|hrs?)(?P<half>[-\s]+and[-\s]+a[-\s]+half)?"
    r"|(?P<num2>an?|one)[-\s]+hour[-\s]+and[-\s]+a[-\s]+half|(?P<hl>hour)-long|half\s+an\s+hour)\b",
    re.I,
)

_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "'d", "’d"}
_FUTURE_HEADS = {"due", "scheduled", "set", "expected", "plan", "planned", "going", "poised", "slated", "intend", "hope", "want", "agree", "postpone", "delay", "move", "push"}


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
    publication week (Monday to Sunday).
    """
    if modifier == "this":
        return _week_bounds(dct)[0] + dt.timedelta(days=weekday)
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
    "postponed until". Past: a past-tense or perfect verb. Present otherwise (treated as future for
    weekdays only when the verb is in the present tense: "meets on Friday").
    """
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.lower_ in ("until", "till") and node.dep_ == "prep":
            return "future"
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return "past"
    verb = node
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    if any(c.lower_ in ("until", "till") for c in verb.children if c.dep_ == "prep") and verb.lemma_ in ("postpone", "delay", "push", "move", "adjourn", "suspend"):
        return "future"
    # xcomp chain: "is due to meet", "plans to visit", "was expected to hold"
    head = verb
    for _ in range(3):
        if head.dep_ in ("xcomp", "ccomp", "advcl") and head.head.i != head.i:
            parent = head.head
            if parent.lemma_.lower() in _FUTURE_HEADS or parent.lower_ in _FUTURE_HEADS:
                parent_aux = {c.lower_ for c in parent.children if c.dep_ in ("aux", "auxpass")}
                if parent.tag_ in ("VBD",) or parent_aux & {"was", "were", "had"}:
                    return "past" if parent.lemma_.lower() not in ("plan", "agree", "want", "hope", "intend") else "future"
                return "future"
            if head.dep_ == "xcomp":
                head = parent
                continue
        break
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "'re"}:
        return "future"
    if verb.tag_ == "VBD" or lowers & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and not lowers:
        return "present"
    if verb.tag_ == "VBN":
        return "past"
    return "past"


def _number(word: str) -> float | None:
    word = word.lower()
    if word.isdigit():
        return float(word)
    value = _NUMBERS.get(word)
    return float(value) if value is not None else None


def parse_duration(text: str) -> tuple[float | None, bool]:
    """Minutes and approximate flag of a duration phrase ("nearly an hour-and-a-half" -> (90, True);
    "ninety minutes" -> (90, False); "one-hour" -> (60, False)). (None, False) if unreadable."""
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
            taken.append((start, end))
            found.append((kind, match))
    out: list[Timex] = []
    for kind, match in found:
        start, end = (match.start(1), match.end(1)) if kind == "anchor" else (match.start(), match.end())
        # leading prepositions are not part of the expression's words, except "until/since"
        words = text[start:end]
        lead = re.match(r"(?:on|in|by|of|during|from|at|over)\s+", words, re.I)
        if lead and kind not in ("relperiod",):
            start += lead.end()
        tx = Timex(text=parsed.text[start:end], start=start, end=end)
        tx.sentence = parsed.sentence_index(start)
        token = _token_at(parsed, start)
        tx.tense = clause_tense(token) if token is not None else "past"
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


def _resolve(tx: Timex, kind: str, match: re.Match, dct: dt.date | None) -> None:
    g = match.groups()
    low = match.group(0).lower()
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
        try:
            if year:
                _set_day(tx, dt.date(int(year), month_n, int(day)), "absolute")
                return
            if dct is None:
                tx.granularity = "day"
                return
            candidate = dt.date(dct.year, month_n, int(day))
            if tx.tense == "future" and candidate < dct:
                candidate = dt.date(dct.year + 1, month_n, int(day))
            elif tx.tense != "future" and candidate > dct + dt.timedelta(days=30):
                candidate = dt.date(dct.year - 1, month_n, int(day))
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
        if 1900 <= year <= 2100:
            tx.value, tx.granularity, tx.anchor, tx.resolved = f"{year}", "year", "absolute", True
            tx.period_start, tx.period_end = f"{year}-01-01", f"{year}-12-31"
        return
    if kind == "month_rel":
        modifier, month = (g[0] or "").lower(), g[1]
        month_n = _MONTHS.get(month.lower().rstrip("."))
        if month == "May" and not modifier and not re.match(r"(in|since|by|until|during|from)\s", low):
            return
        tx.granularity = "month"
        if dct is None or month_n is None:
            return
        year = dct.year
        if modifier == "next" or (tx.tense == "future" and modifier not in ("last",)):
            if month_n < dct.month or modifier == "next" and month_n <= dct.month:
                year += 1
        elif month_n > dct.month or modifier == "last" and month_n >= dct.month:
            year -= 1
        first, last = _month_bounds(year, month_n)
        tx.value, tx.anchor, tx.resolved = f"{year:04d}-{month_n:02d}", "dct", True
        tx.period_start, tx.period_end = _iso(first), _iso(last)
        return
    if kind == "weekday":
        modifier = (g[0] or "").lower() or None
        weekday = _WEEKDAYS.index(g[1].lower())
        if modifier in ("next", "coming"):
            tx.tense = "future"
        elif modifier in ("last", "past"):
            tx.tense = "past"
        tx.granularity = "day"
        if dct is None:
            return
        tense = "future" if tx.tense == "future" or tx.tense == "present" and modifier is None and _present_is_future(match) else "past"
        _set_day(tx, resolve_weekday(weekday, dct, tense, modifier), "dct")
        return
    if kind == "relday":
        word = re.sub(r"\s+", " ", g[0].lower())
        tx.granularity = "day"
        if word in ("today", "tonight", "yesterday", "tomorrow"):
            if dct is not None:
                _set_day(tx, dct + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]), "dct")
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
