"""Quotations: direct, partial and indirect (reported) speech, each tied to its speaker and cue.

:func:`extract_quotes` returns the ``quotes`` table of :mod:`lib.schema`. The kinds follow
design.md §2 and the conventions of ``../shared/corpus/README.md``:

* **direct** — whole sentence(s) in quotation marks, set off from the reporter's words
  (``“We’ll meet in Saudi Arabia.”``; ``He said: “...”``; ``“...,” Trump said.``), or a marked
  stretch that runs past a sentence boundary;
* **partial** — a quoted fragment inside the reporter's sentence (``a “lengthy and highly
  productive” phone call``);
* **indirect** — reported speech without marks (``Peskov said Putin supported ...``); a reported
  clause that embeds a quoted fragment gives one indirect row and one partial row.

Quotation marks (:func:`find_marked_spans`): straight and curly double quotes, single quotes
(Daily Mail style), « », „ “; a straight opening closed by a curly mark; apostrophes (``‘`` or
``’`` between letters, as in ``wouldn‘t``; elisions ``rock 'n' roll``, ``'em``, ``'90s``; a plural
possessive inside single marks, ``'It's the players' fault, not the fans'.'``) are never marks. A quotation over several paragraphs
(an opening mark on each, a closing one only at the end) is one row, its parts joined by one space;
so is one whose paragraph break was lost (a second opening mark after a full stop).
An unclosed quotation ends at the end of its paragraph; it never swallows the rest of the article
and never raises.

Attribution (:func:`_attribute`): the speech verb next to the quotation (``X said``, ``said X``,
``X, a harbour official, said:``, ``..., X said.``, ``X added/told/wrote/warned/grumbled``), a subject
shared by two verbs (``He did not set a date ..., but later told reporters``), a participle
(``..., saying: ...``), a relative clause (``Hegseth, who told ... that``), ``according to X``, a
lead-in paragraph ending in a colon, a dash credit (``— Commissioner Okafor``), and, for a quotation
with no cue, the speaker of the quotation just before it or the subject of the sentence before.
Speakers are resolved to canonical actors by :mod:`lib.actors`.

Not quotations: scare quotes around a short term nobody is reported as saying, titles of works
(``on “Fox News Sunday”``), nicknames (``Donald “The Donald” Trump``); non-human subjects
(``experience shows that``) are not sources.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from spacy.tokens import Span, Token

from lib import lexicons
from lib.actors import ActorIndex, Actor, infinitive_after, misread_name_subject
from lib.article import interview_lines
from lib.nlp import DOUBLED_QUOTES, Parsed
from lib.schema import make_frame

DOUBLE_MARKS = "\"“”„«»"
SINGLE_MARKS = "'‘’‹›"
_OPENING_GLYPHS = "“„«‘‹"
_CLOSING_GLYPHS = "”»’›"
_DASHES = "—–―-"  # em dash, en dash, horizontal bar, hyphen
# A reported clause whose own main verb is one of these, with a subject, is itself an attribution
# ("the White House said Obama told Putin ..."): the inner one carries the report.
_NESTING_VERBS = {"say", "tell", "report", "announce", "write", "add", "state", "claim", "declare",
                  "insist", "warn", "confirm", "deny", "explain", "tweet", "post"}
# Verbs of saying whose object, when it is a whole clause misparsed or a phrase, is what was said.
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}):\s+")
# What may open a paragraph before its quotation without being words of the reporter's sentence: a
# live blog's time stamp ("14:05", "2.15pm", "09:30 GMT") or a list bullet.
_ENTRY_PREFIX = re.compile(r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT))?|\d{1,2}\s*[ap]\.?m\.?|[-–•*·>])[\s:–—-]*", re.I)
_ENTRY_PREFIX_AT_START = re.compile(r"^\d{1,2}[:.]\d{2}\s+(?=\S)")  # "14:20 Scholz" -> "Scholz"
# An interview transcript's labels: "Q:" (the interviewer) and "A:" (the interviewee).
_SAY_VERBS = {"say", "claim", "argue", "insist", "add", "state", "note", "report", "write", "declare",
              "explain", "reply", "respond", "answer", "assert", "maintain", "contend"}
_SPACE_OR_START = " \t\n([{/" + _DASHES
# A quotation right after one of these words is a title, name or scare quote, not speech.
_TITLE_WORDS = {
    "book", "film", "movie", "programme", "program", "show", "series", "song", "album", "novel",
    "play", "documentary", "newspaper", "magazine", "column", "headline", "podcast", "poem", "titled",
    "entitled", "nicknamed", "so-called", "slogan", "hashtag", "operation", "codenamed", "code-named",
}
# "called"/"named"/"dubbed"/"known as" name a work only after one of the nouns above
# ("a film called “X”"); after a person ("a claim Peskov called “absurd”") they attribute words.
_NAMING_VERBS = {"called", "named", "dubbed", "known", "as"}


# Openings of a quotation that answers the previous speaker (its speaker is someone else).
_REPLY = re.compile(r"(?i)(?:you're right|you are right|that's right|that is right|i agree|yes|no|exactly|absolutely)\b")


# A reported clause longer than this many tokens is not a clause of real prose (the longest in the
# dev and PolNeAR corpora has 58 words): past it, a run-on text of thousands of words without a full
# stop would make every speech verb's clause the rest of the text (quadratic time), so it is cut.
_MAX_CLAUSE_TOKENS = 300


def _subtree_ids(tok: Token) -> list[int]:
    """Token indexes of ``tok``'s subtree, at most :data:`_MAX_CLAUSE_TOKENS` of them from its left
    edge (the whole subtree, exactly, when it is shorter)."""
    if tok.right_edge.i - tok.left_edge.i < _MAX_CLAUSE_TOKENS:
        return [t.i for t in tok.subtree]
    return list(range(tok.left_edge.i, tok.left_edge.i + _MAX_CLAUSE_TOKENS))

class _Segmented:
    """Something made of character segments: ``start`` of the first, ``end`` of the last."""

    segments: list[tuple[int, int]]

    @property
    def start(self) -> int:
        """Character offset of the first segment's start."""
        return self.segments[0][0]

    @property
    def end(self) -> int:
        """Character offset one past the last segment's end."""
        return self.segments[-1][1]


@dataclass
class MarkedSpan(_Segmented):
    """A stretch of text in quotation marks.

    Attributes:
        segments: ``(start, end)`` character offsets of the text between the marks, one per
            paragraph (or per re-opened mark); marks excluded.
        open_char: offset of the opening mark, or None when it was missing (inferred).
        close_char: offset of the closing mark, or None when the quotation was left unclosed.
        style: 'double' or 'single'.
    """

    segments: list[tuple[int, int]]
    open_char: int | None
    close_char: int | None
    style: str
    close_length: int = 1

    @property
    def outer_start(self) -> int:
        """Offset of the opening mark (of the words when the mark was missing)."""
        return self.open_char if self.open_char is not None else self.start

    @property
    def outer_end(self) -> int:
        """Offset one past the closing mark (past the words when it was missing)."""
        return self.close_char + self.close_length if self.close_char is not None else self.end

    def text(self, text: str) -> str:
        """The quotation's words: its segments joined by one space."""
        parts = [text[s:e].strip() if i < len(self.segments) - 1 else text[s:e].lstrip() for i, (s, e) in enumerate(self.segments)]
        parts[-1] = parts[-1] if len(self.segments) == 1 else parts[-1]
        return " ".join(p for p in parts if p)


@dataclass
class _Mark:
    pos: int
    char: str
    can_open: bool
    can_close: bool
    length: int = 1


# Words after a quotation that tell what the speaker did next, not what was said.
_NARRATION = re.compile(r"(?:and\s+then|before|after|while|upon|then)\s+(?:\w+ing|he|she|they)\b|as\s+(?:he|she|they)\s+\w+ed\b", re.I)

_ELISION = re.compile(r"(?:n['’‘](?!\w)|(?:em|n|til|cause|tis|twas|bout|round)\b)", re.I)

# Two apostrophes or two backticks stand for a double mark in some archives (''It is,'' he said).
_DOUBLED = ("''", "``")


def _classify_mark(para: str, i: int, style: str, length: int = 1) -> _Mark | None:
    ch = para[i] if length == 1 else ("“" if para[i] == "`" else '"')
    prev = para[i - 1] if i > 0 else " "
    nxt = para[i + length] if i + length < len(para) else " "
    if style == "single":
        # apostrophes: inside a word (don't, wouldn‘t, Trump’s), before a digit ('90s), 's
        if prev.isalnum() and nxt.isalpha():
            return None
        if nxt.isdigit() and not prev.isalnum():
            return None
        if ch in "’'" and prev.isalpha() and nxt.isalpha():
            return None
        # elisions: 'em, 'n', 'til, 'cause, 'tis, 'twas, 'bout, 'round
        if _ELISION.match(para, i + 1):
            return None
        # the closing apostrophe of a one-letter elision: rock 'n' roll, 'o'
        if i >= 2 and prev.isalpha() and para[i - 2] in SINGLE_MARKS and (i == 2 or not para[i - 3].isalnum()):
            return None
    # French spacing: « Nous sommes prêts » (a space inside each guillemet)
    if ch == "«" and nxt == " " and i + 2 < len(para) and para[i + 2].isalpha() and (prev.isspace() or i == 0 or prev in "(["):
        nxt = para[i + 2]
    if ch == "»" and prev == " " and i > 1 and (para[i - 2].isalnum() or para[i - 2] in ".,;:!?") and (nxt.isspace() or nxt in ".,;:!?" or i + 1 == len(para)):
        prev = para[i - 2]
    other_marks = DOUBLE_MARKS + SINGLE_MARKS
    can_open = (prev.isspace() or prev in _SPACE_OR_START or prev in other_marks or i == 0 or prev in ":;,") and not nxt.isspace() and nxt != ""
    can_close = not prev.isspace() and i > 0 and (nxt.isspace() or nxt in ".,;:!?)]}" + _DASHES + other_marks or i + length == len(para))
    if can_open and can_close:
        if ch in _OPENING_GLYPHS:
            can_close = False
        elif ch in _CLOSING_GLYPHS:
            can_open = False
    if not can_open and not can_close:
        # typographically odd but unambiguous glyphs
        if ch in _OPENING_GLYPHS and not nxt.isspace():
            can_open = True
        elif ch in _CLOSING_GLYPHS and not prev.isspace() and style == "double":
            can_close = True
        elif style == "double" and prev == " " and i >= 2 and para[i - 2] in "'’" \
                and (nxt.isspace() or nxt in ".,;:!?" or i + length == len(para)):
            # a quotation ending in a quoted term, its two closing marks set apart by a thin
            # space ('the term 'rural outreach,' " he told'): the double mark closes
            can_close = True
        else:
            return None
    if style == "single" and ch in "’'" and can_close and not can_open and prev in "sS" and nxt.isspace():
        # plural possessive ("leaders' summit") unless a quotation is open: decided by the pairing
        pass
    return _Mark(i, ch, can_open, can_close, length)


def _family(char: str) -> str:
    """Glyph family of a mark: straight (" and ''), curly (“ ” „), guillemet (« »), single."""
    if char in "\"":
        return "straight"
    if char in "“”„":
        return "curly"
    if char in "«»":
        return "guillemet"
    return "single"


def _speech_follows(text: str, pos: int, parsed: Parsed | None) -> bool:
    """True when a speech verb follows ``pos`` within the next six words of the same sentence."""
    words = re.findall(r"[A-Za-z’']+", text[pos:pos + 80])[:6]
    forms = _speech_forms()
    return any(w.lower() in forms for w in words)


def _speech_forms() -> frozenset[str]:
    return lexicons.speech_verb_forms()


def find_marked_spans(text: str, paragraphs: tuple[tuple[int, int], ...], parsed: Parsed | None = None) -> list[MarkedSpan]:
    """All stretches of ``text`` in quotation marks, in text order (see the module doc for the
    rules). Double marks first; single marks are quotation marks only outside double-quoted text.
    Never raises: unbalanced marks give unclosed spans that end with their paragraph."""
    if parsed is not None and parsed.article.boilerplate:
        skip = set(parsed.article.boilerplate)
        paragraphs = tuple(p for p in paragraphs if p not in skip)
    spans = _pair(text, paragraphs, "double", [])
    blocked = [(s.outer_start, s.outer_end) for s in spans]
    spans += _pair(text, paragraphs, "single", blocked)
    spans.sort(key=lambda s: s.start)
    return [s for s in spans if s.end > s.start and text[s.start:s.end].strip()]


def _pair(text: str, paragraphs, style: str, blocked: list[tuple[int, int]]) -> list[MarkedSpan]:
    glyphs = DOUBLE_MARKS if style == "double" else SINGLE_MARKS
    out: list[MarkedSpan] = []
    pending: MarkedSpan | None = None  # open at the end of the previous paragraph

    def inside_blocked(pos: int) -> bool:
        return any(a <= pos < b for a, b in blocked)

    for p_index, (p_start, p_end) in enumerate(paragraphs):
        para = text[p_start:p_end]
        marks = []
        skip_next = False
        for i, ch in enumerate(para):
            if skip_next:
                skip_next = False
                continue
            doubled = para[i:i + 2] in _DOUBLED
            if doubled:
                skip_next = True
                if style == "double" and not inside_blocked(p_start + i):
                    mark = _classify_mark(para, i, style, length=2)
                    if mark is not None:
                        marks.append(mark)
                continue
            if ch in glyphs and not inside_blocked(p_start + i):
                mark = _classify_mark(para, i, style)
                if mark is not None:
                    marks.append(mark)
        current: MarkedSpan | None = None
        consumed_first: _Mark | None = None
        if pending is not None:
            # (a paragraph opening with a mark of another family starts a quotation of its own: a
            # blogger's excerpt in straight marks, left open, is followed by the original's own
            # curly quotation, not continued by it)
            continues = pending.open_char is None or _family(text[pending.open_char]) == _family(marks[0].char) if marks else False
            if marks and marks[0].pos == 0 and marks[0].can_open and continues and not _TRANSCRIPT_LABEL.match(para[marks[0].length:]):
                consumed_first = marks[0]
                current = pending
                current.segments.append((p_start + marks[0].length, p_start + marks[0].length))
                marks = marks[1:]
            else:
                # the quotation was never closed: it ends with its paragraph (or at an attribution)
                out.append(_cut_unclosed_at_attribution(text, pending))
            pending = None
        closed_here: list[MarkedSpan] = []
        nested: str | None = None  # family of a quotation nested inside the current one
        open_family = _family(consumed_first.char) if consumed_first is not None else None
        for m_index, mark in enumerate(marks):
            pos = p_start + mark.pos
            family = _family(mark.char)
            if current is not None and _plural_possessive(text, pos, mark, itertools.islice(marks, m_index + 1, None), style, p_start):
                continue
            if nested is not None:
                if mark.can_close and family == nested:
                    nested = None
                continue
            if current is None:
                if mark.can_open:
                    open_family = family
                    current = MarkedSpan(segments=[(pos + mark.length, pos + mark.length)], open_char=pos, close_char=None, style=style)
                elif mark.can_close and (style == "double" or mark.char in "’'"):
                    # a closing mark with no opening one: a quotation whose opening mark is missing,
                    # when an attribution follows ("... breach of international law,' Carney said")
                    # — not a plural possessive before its noun ("The ministers' statement said")
                    word = re.match(r" ([a-z]+)", text[pos + 1:pos + 30]) if text[pos - 1:pos] in ("s", "S") else None
                    if word is not None and word.group(1) not in _SUBJECT_OR_CUE:
                        continue
                    if _speech_follows(text, pos + 1, None):
                        sentence_start = _sentence_start_before(text, p_start, pos)
                        if closed_here and closed_here[-1].close_char is not None and closed_here[-1].close_char >= sentence_start:
                            prev = closed_here[-1]
                            prev.segments[-1] = (prev.segments[-1][0], pos)
                            prev.close_char = pos
                        elif style == "double" or mark.char == "'":
                            span = MarkedSpan(segments=[(sentence_start, pos)], open_char=None, close_char=pos, style=style)
                            out.append(span)
                            closed_here.append(span)
                continue
            if mark.can_close and not (mark.can_open and mark.char in _OPENING_GLYPHS):
                seg_start = current.segments[-1][0]
                current.segments[-1] = (seg_start, pos)
                current.close_char = pos
                current.close_length = mark.length
                out.append(current)
                closed_here.append(current)
                current = None
            elif mark.can_open:
                # a new opening mark while one is open: the paragraph break between two quoted
                # paragraphs was lost ("... security. "Iraq will ...") -> one quotation continues
                before = text[current.segments[-1][0]:pos].rstrip()
                if open_family is not None and family != open_family and not (before and before[-1] in ".?!"):
                    nested = family  # "PENCE: ... an episode of “Shark Tank.” ...": a quotation inside
                    continue
                if before and before[-1] in ".?!,;:":
                    seg_start = current.segments[-1][0]
                    current.segments[-1] = (seg_start, p_start + len(text[p_start:pos].rstrip()))
                    current.segments.append((pos + mark.length, pos + mark.length))
                else:
                    # treat the earlier mark as stray: restart here
                    current = MarkedSpan(segments=[(pos + mark.length, pos + mark.length)], open_char=pos, close_char=None, style=style)
        if current is not None:
            seg_start = current.segments[-1][0]
            current.segments[-1] = (seg_start, p_end)
            if style == "single" and current.open_char is not None and len(current.segments) == 1 and not text[seg_start:p_end].rstrip().endswith((".", "?", "!", ",")):
                # an apostrophe-like mark that never closed ('90s, rock 'n' roll): not a quotation
                current = None
            if current is not None:
                pending = current
    if pending is not None:
        out.append(_cut_unclosed_at_attribution(text, pending))
    # trim whitespace inside segments; drop empty ones
    for span in out:
        trimmed = []
        for s, e in span.segments:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                trimmed.append((s, e))
        span.segments = trimmed or span.segments
    return [s for s in out if s.segments and s.segments[0][1] > s.segments[0][0]]


_ATTRIBUTION_AFTER_COMMA = re.compile(
    r",\s+(?:he|she|they|I|we|the\s+[a-z]+|(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+([a-z]+)\b")


def _cut_unclosed_at_attribution(text: str, span: MarkedSpan) -> MarkedSpan:
    """A quotation whose closing mark never came ends at a comma followed by an attribution ('"We
    will hold the line, she told reporters. Talks go on.' -> "We will hold the line,"), not with
    its paragraph."""
    if span.close_char is not None or span.open_char is None or len(span.segments) != 1:
        return span
    start, end = span.segments[0]
    for m in _ATTRIBUTION_AFTER_COMMA.finditer(text, start, end):
        if m.group(1) in _speech_forms() and text[m.end():m.end() + 1] not in ("'", "’"):
            span.segments = [(start, m.start() + 1)]
            break
    return span


_SUBJECT_OR_CUE = {"he", "she", "they", "we", "i", "it", "you", "said", "says", "told", "tells", "added", "asked",
                   "wrote", "writes", "replied", "insisted", "warned", "declared", "explained", "according"}


def _plural_possessive(text: str, pos: int, mark: _Mark, later: "Iterable[_Mark]", style: str, p_start: int) -> bool:
    """True when a single closing mark after an s inside an open quotation is a plural possessive
    ("'It's the players' fault, not the fans'.'"): another closing mark follows in the paragraph
    before any opening one, and a lowercase word that is neither a pronoun nor a common speech
    verb comes right after this one (not "'... the teachers' she said", "'... the teachers' Ann
    Lee said", "'... the teachers', she said")."""
    if style != "single" or mark.char not in "’'" or mark.can_open or not mark.can_close:
        return False
    if pos == 0 or text[pos - 1] not in "sS":
        return False
    nxt = next((m for m in later if m.can_open or m.can_close), None)
    if nxt is None or nxt.can_open:
        return False
    if re.fullmatch(r"[.,;:!?]+", text[pos + 1:p_start + nxt.pos]):
        return True  # "... not the fans'.'": the next mark, right after the full stop, closes
    word = re.match(r"\s*([A-Za-z]+)", text[pos + 1:pos + 40])
    if word is None:
        return False  # punctuation after the mark: a closing one ("... the nurses'," she said)
    return not (word.group(1)[0].isupper() or word.group(1).lower() in _SUBJECT_OR_CUE)


def _sentence_start_before(text: str, p_start: int, pos: int) -> int:
    chunk = text[p_start:pos]
    match = None
    for match in re.finditer(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘'])", chunk):
        pass
    return p_start + (match.end() if match else 0)


# ---------------------------------------------------------------------------------------------


@dataclass
class _Row(_Segmented):
    kind: str
    speakers: list[Actor]
    speaker_mention: str | None
    segments: list[tuple[int, int]]
    text: str
    cue: Token | None
    cue_text: str | None
    channel: str | None
    sentence: int
    context: tuple[int, int]
    form: str = "quoted"


# Verbs whose infinitive tells what was not (yet) said: "refused to say", "plans to announce".
# A speech verb under them gets no speaker from their subject.
_UNSAID = frozenset({
    "refuse", "decline", "fail", "plan", "intend", "try", "attempt", "seek", "need", "have", "ought",
    "prepare", "aim", "dare", "hesitate", "wait", "struggle", "neglect", "forget", "avoid", "like",
    "love", "prefer", "choose", "decide", "agree", "threaten", "promise", "vow", "pledge", "expect",
    "want", "hope", "wish", "mean", "use", "allow", "let", "encourage", "invite", "ask", "urge", "tell",
})

# Speech verbs that in an as-clause tell when, not what: "As he continued, the crowd left".
_NARRATIVE_VERBS = frozenset({"continue", "answer", "reply", "respond", "testify", "speak", "talk", "ask", "read"})

# Modals that make an infinitive's speech act only possible or advised ("would do well to stress").
_MODALS = frozenset({"would", "should", "could", "might", "may", "must", "'d"})


class _Extractor:
    def __init__(self, parsed: Parsed, actors: ActorIndex) -> None:
        self.parsed = parsed
        self.actors = actors
        self.doc = parsed.doc
        self.text = parsed.text
        cues = lexicons.cues()
        self.speech_verbs = frozenset(cues["speech_verbs"])
        self._embedded: set[int] = set()  # outer starts of whole quoted sentences inside a reporter's sentence
        self.np_only = frozenset(cues["np_only_verbs"])
        self.cognition = frozenset(cues["cognition_verbs"])
        self.contact = frozenset(cues.get("contact_verbs", []))
        self.aspect_verbs = frozenset(cues.get("aspect_verbs", []))
        self.perception = frozenset(cues.get("perception_verbs", []))
        # the head nouns of the channels ("a news conference", "a statement"): an -ing cue hanging on one
        self.channel_nouns = frozenset(c.split()[-1].lower() for c in cues["channels"])
        self.channels = sorted(cues["channels"], key=len, reverse=True)
        self.noun_cues = frozenset(cues["noun_cues"])
        self.speech_events = frozenset(cues["speech_event_nouns"])
        self.records = frozenset(cues["record_nouns"])
        self.headline_labels = frozenset(cues["headline_labels"])
        self.platforms = lexicons.platform_names()
        self.char_to_token: dict[int, int] = {}
        for tok in self.doc:
            for c in range(tok.idx, tok.idx + len(tok.text)):
                self.char_to_token[c] = tok.i
        self.marked = find_marked_spans(self.text, parsed.article.paragraphs, parsed)
        # the opening mark of each quotation, by where its words start
        self.opening_at = {span.start: span.open_char for span in self.marked if span.open_char is not None}
        self.quoted_tokens: set[int] = set()
        self.marked_tokens: list[set[int]] = []
        self.span_of_token: dict[int, MarkedSpan] = {}
        for span in self.marked:
            toks = self._tokens_in(span.outer_start, span.outer_end)
            self.marked_tokens.append(toks)
            self.quoted_tokens |= toks
            self.span_of_token.update(dict.fromkeys(toks, span))

    # -- token helpers -------------------------------------------------------------------

    def _tokens_in(self, start: int, end: int) -> set[int]:
        out = set()
        for tok in self.doc.char_span(start, end, alignment_mode="expand") or []:
            out.add(tok.i)
        return out

    def _token_at(self, char: int) -> Token | None:
        i = self.char_to_token.get(char)
        return self.doc[i] if i is not None else None

    def _sentences_between(self, start: int, end: int) -> list[int]:
        first = self.parsed.sentence_index(start)
        last = self.parsed.sentence_index(max(start, end - 1))
        return list(range(first, last + 1))

    def _is_speech_verb(self, tok: Token, *, for_indirect: bool = False) -> bool:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
            # a verb mis-tagged as a noun still heads a clause: "the statement read" (read/NOUN)
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and misread_name_subject(tok) is None:
                return False
            lemma = {"read": "read", "says": "say", "tweets": "tweet", "posts": "post"}.get(tok.lower_, lemma)
        if lemma == "make" and any(c.lower_ == "clear" for c in tok.children):
            return True  # "has made it clear he wants ..."
        if lemma in self.cognition:
            return False
        if lemma not in self.speech_verbs:
            return False
        if for_indirect and lemma in self.np_only:
            return False
        return True

    # -- speakers -------------------------------------------------------------------------

    def _addressee_tokens(self, subj: Token, quote: set[int]) -> set[int]:
        """For a pronoun speaker of a quotation that answers someone ("'You're right, our roads are
        in a terrible state,' he said" after "one caller complained ..."): the tokens of
        the speakers in the sentence before, who are spoken to, not speaking. Empty otherwise."""
        if subj.lower_ not in ("he", "she", "they") or not quote:
            return set()
        start = min(quote)
        opening = self.doc[start:min(start + 6, len(self.doc))].text.lstrip("\"“‘'« ").replace("’", "'")
        if not _REPLY.match(opening):
            return set()
        here = self.parsed.sentence_index(self.doc[start].idx)
        if here <= 0:
            return set()
        before = self.parsed.sentences[here - 1]
        speech = set(lexicons.cues()["speech_verbs"])
        out: set[int] = set()
        for tok in before:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in speech:
                out.update(range(tok.left_edge.i, tok.right_edge.i + 1))
        return out

    def _subject_of(self, verb: Token, exclude: set[int]) -> tuple[list[Actor], str | None]:
        """Speakers of a cue verb, with the words naming them."""
        taken = self._subject_taken_from_object(verb)
        if taken is not None and taken.i not in exclude:
            found = self.actors.resolve(taken, exclude_tokens=exclude)
            if found:
                return found, self.actors.noun_phrase(taken).text
        subordinate = self._misread_subordinate_subject(verb, exclude)
        if subordinate is not None:
            return subordinate
        misread = self._misread_cue_noun(verb)
        if misread is not None:
            found = self.actors.resolve(misread[0], exclude_tokens=exclude, create=False)
            return found, misread[0].text
        actors, mention = self._subject_by_parse(verb, exclude)
        if not actors and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            # "In a meeting with the board of the Post Wells said that ...": with no comma after a
            # fronted phrase the parser takes the name right before the verb for the phrase's
            # object and leaves the verb without a subject
            name = self.doc[verb.i - 1] if verb.i > 0 else None
            if name is not None and name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG") \
                    and name.i not in exclude and name.i not in self.quoted_tokens \
                    and (name.dep_ == "pobj" and any(a.dep_ == "prep" and a.head.i == verb.i and a.i < name.i for a in name.ancestors)
                         or self._credit_after_quotation(name)):
                ent = next((e for e in self.doc.ents if e.start <= name.i < e.end), None)
                if ent is not None and ent.end == verb.i:
                    found = self.actors.resolve(name, exclude_tokens=exclude)
                    if found:
                        return found, ent.text
        if not actors:
            document = self._document_it(verb, exclude)
            if document is not None:
                return document
        if actors or verb.tag_ != "VBG" or not (verb.head.i in self.quoted_tokens or verb.head.i == verb.i):
            return actors, mention
        # a participle the parser cut loose ("..., treating her remark as a compliment -- '...' --
        # and, when questioned, asserting, '...'"): its subject is the sentence's subject
        sent = self.parsed.sentences[self.parsed.sentence_index(verb.idx)]
        subj = next((t for t in sent if t.i < verb.i and t.dep_ == "nsubj" and t.i not in exclude
                     and t.i not in self.quoted_tokens and t.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if subj is not None:
            found = self.actors.resolve(subj, exclude_tokens=exclude)
            if found and all(a.kind == "person" for a in found):
                return found, self.actors.noun_phrase(subj).text
        return actors, mention

    def _credit_after_quotation(self, name: Token) -> bool:
        """``name`` ends a run of capitalised words and common nouns that starts right after a
        quotation's closing mark or comma ('“...,” Tulsa police Chief Ann Ortiz said', where the
        parser read "Tulsa" as a verb and left "said" with no subject)."""
        i = name.i
        while i > 0 and not self.doc[i - 1].is_punct and (self.doc[i - 1].text[:1].isupper() or self.doc[i - 1].pos_ == "NOUN") \
                and name.i - i < 6:
            i -= 1
        return i > 0 and (self.doc[i - 1].text in ",”\"’'" or self.doc[i - 1].text in DOUBLED_QUOTES)

    def _credit_before(self, verb: Token) -> Token | None:
        """The name right after a closing quotation mark before ``verb``, with at most an
        apposition set off by commas between ('“...,” Flynn, a top aide, said'), or None."""
        i = verb.i - 1
        while i > 0 and verb.i - i < 12 and not (self.doc[i].text in ("”", '"', "’", "''") and self.doc[i - 1].text in (",", "?", "!")):
            i -= 1
        name = self.doc[i + 1] if i > 0 and i + 1 < verb.i else None
        if name is None or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG"):
            return None
        while name.i + 1 < verb.i and self.doc[name.i + 1].pos_ == "PROPN" and self.doc[name.i + 1].ent_type_ == name.ent_type_:
            name = self.doc[name.i + 1]  # the last word of the name
        rest = self.doc[name.i + 1:verb.i]
        if len(rest) and not (rest[0].text == "," and rest[-1].text == ","):
            return None
        return name

    @staticmethod
    def _subject_taken_from_object(verb: Token) -> Token | None:
        """The real subject of a verb the parser coordinated into the object of the verb before it:
        in "X said the agency mishandled the case and Democrats accused the party of ..." it reads
        "[the case and Democrats] accused" (the subject of "accused" taking the object of
        "mishandled") or "mishandled [the case and Democrats]" (with "accused" left with no
        subject); either way the last conjunct, right before the verb, after "and", is who acted
        ("Democrats"). Only for a complement verb after the verb before it. None for any other parse."""
        if verb.dep_ != "ccomp" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i > verb.i or verb.i == 0:
            return None
        doc = verb.doc
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None:
            # "[the case and Democrats] accused": the verb before lost its object
            if subj.i > verb.i or any(c.dep_ in ("dobj", "attr", "ccomp") and c.i != verb.i for c in verb.head.children):
                return None
            noun = subj
        else:
            # "mishandled [the case and Democrats] accused": the conjunct is an object's
            noun = doc[verb.i - 1].head if doc[verb.i - 1].dep_ == "conj" else None
            if noun is None or noun.dep_ not in ("dobj", "pobj") or noun.i > verb.i:
                return None
        conj = next((c for c in noun.children if c.dep_ == "conj"), None)
        cc = next((c for c in noun.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if conj is None or cc is None or not (noun.i < cc.i < conj.left_edge.i) or conj.right_edge.i != verb.i - 1 \
                or conj.pos_ not in ("PROPN", "NOUN") or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        return conj

    def _parallel_sayer(self, pron: Token, node: Token, exclude: set[int]) -> tuple[list[Actor], str] | None:
        """The speaker a subject pronoun stands for when its verb ``node`` is coordinated with a
        speech verb whose subject is named: "The fact-checkers ruled that X was true, but they could
        not help noting that Y" -> the fact-checkers (the sayer goes on, the pronoun agrees
        with them: he/she a person of no other gender, it no person or group, they not a person
        known as a man or a woman). None otherwise (the pronoun is resolved as usual)."""
        if pron.lower_ not in ("he", "she", "they", "it") or node.dep_ != "conj" or not self._is_speech_verb(node.head):
            return None
        first = next((c for c in node.head.children if c.dep_ == "nsubj" and c.i < node.head.i), None)
        if first is None or first.pos_ not in ("PROPN", "NOUN") or first.i in exclude:
            return None
        actors = self.actors.resolve(first, exclude_tokens=exclude, create=False)
        if len(actors) != 1:
            return None
        actor = actors[0]
        if pron.lower_ in ("he", "she"):
            agrees = actor.kind == "person" and actor.gender in (None, "m" if pron.lower_ == "he" else "f")
        elif pron.lower_ == "it":
            agrees = actor.kind in ("organisation", "country", "document")
        else:
            agrees = actor.kind != "person" or actor.gender is None  # a name read as a person's may be an outlet's
        return (actors, self.actors.noun_phrase(first).text) if agrees else None

    def _misread_cue_noun(self, tok: Token) -> tuple[Token, list[Token]] | None:
        """A verb of saying in -s that the tagger read as a plural noun after a surname read as its
        modifier, at the start of a sentence, before "that": "Cook charges that countries ...",
        where the surname is tagged as a common noun (not a name: :func:`misread_name_subject`)
        and the parse of the rest may be lost too ("Cook charges" the subject of the clause's verb).
        A narrow textual fallback: the surname must name a person of the article, and the content
        runs from after "that" to the end of the sentence. (name token, content tokens), or None."""
        doc = self.doc
        if tok.tag_ != "NNS" or not tok.lower_.endswith("s") or tok.i == 0 or tok.i + 2 >= len(doc) \
                or misread_name_subject(tok) is not None:
            return None  # (a name tagged as one, "But Ortiz claims that ...", keeps its parse)
        if tok.lower_[:-1] not in self.speech_verbs or doc[tok.i + 1].lower_ != "that":
            return None
        name = doc[tok.i - 1]
        sent = name.sent
        first = sent.start + (1 if sent[0].is_space else 0)
        if name.i != first or name.dep_ != "compound" or name.head.i != tok.i or not name.text[:1].isupper() or name.pos_ not in ("NOUN", "PROPN"):
            return None
        known = self.actors.resolve(name, create=False)
        if not known or not all(a.kind == "person" and a.named for a in known):
            return None
        content = [t for t in doc[tok.i + 2:sent.end] if not t.is_space]
        while content and content[-1].is_punct:
            content = content[:-1]
        return (name, content) if len([t for t in content if t.is_alpha]) >= 3 else None

    def _misread_subordinate_subject(self, verb: Token, exclude: set[int]) -> tuple[list[Actor], str] | None:
        """The subject of a subordinate clause the parser read as a prepositional phrase: "X has
        been attacking Ruiz since Lopez, at the hearing, cited remarks ..." ("since Lopez" read as
        a phrase, "cited" as a second verb of X's). The cue must be coordinated with no "and"/"but"
        and have no subject; the name is the object of since/after/before/until/because/once,
        followed only by a phrase set off by commas."""
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        head = verb.head
        if any(t.dep_ == "cc" or t.pos_ == "CCONJ" for t in self.doc[head.i + 1:verb.i]):
            return None
        holders = [head] + [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]  # ("attacking Ruiz since Lopez")
        for prep in [p for h in holders for p in h.children]:
            if prep.dep_ != "prep" or prep.lower_ not in ("since", "after", "before", "until", "because", "once") or prep.i > verb.i:
                continue
            name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "")), None)
            if name is None or name.i in exclude or name.right_edge.i + 1 >= verb.i:
                continue
            gap = self.doc[name.right_edge.i + 1:verb.i]
            if not (gap[0].text == "," and gap[-1].text == "," and len(gap) > 2):
                continue
            found = self.actors.resolve(name, exclude_tokens=exclude)
            if found and all(a.kind in ("person", "organisation") for a in found):
                return found, self.actors.noun_phrase(name).text
        return None

    def _document_it(self, verb: Token, exclude: set[int]) -> tuple[list[Actor], str] | None:
        """The document a sentence-opening "It" stands for when no organisation or country does:
        "The town mailed a warning letter on Friday. It says the club broke the law" -> "a warning
        letter". The document noun (data/roles.toml ``document_nouns``) must be the subject or the
        object of the sentence before. Not "It says a lot that ..." (an idiom, no speaker)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "it" and c.i < verb.i), None)
        if subj is None or subj.i in exclude or subj.i != subj.sent.start + (1 if subj.sent[0].is_space else 0):
            return None
        if any(c.dep_ == "dobj" and c.lower_ in ("lot", "much", "something", "plenty", "everything", "volumes") for c in verb.children):
            return None
        here = self.parsed.sentence_index(subj.idx)
        if here == 0:
            return None
        documents = set(lexicons.roles().get("document_nouns", []))
        before = self.parsed.sentences[here - 1]
        nouns = [t for t in before if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "dobj") and t.head.dep_ == "ROOT"
                 and t.lemma_.lower() in documents and t.i not in exclude and t.i not in self.quoted_tokens]
        nouns.sort(key=lambda t: t.dep_ != "nsubj")  # the subject before the object
        for noun in nouns:
            found = self.actors.resolve(noun, exclude_tokens=exclude)
            if found and all(a.kind == "document" for a in found):
                return found, self.actors.noun_phrase(noun).text
        return None

    def _subject_by_parse(self, verb: Token, exclude: set[int]) -> tuple[list[Actor], str | None]:
        """Speakers of a cue verb from its subject in the parse (climbing through coordinated and
        participial verbs, relative clauses and the to-infinitive of an aspect verb: "continues to
        insist"), with the words naming them. The subject of a passive verb speaks only when an
        -ing cue hangs on that verb ("After saying ..., she was rushed to hospital"); otherwise
        the passive's agent does, or nobody."""
        seen = set()
        node = verb
        via_gerund = False  # climbed from an -ing cue to the verb it hangs on
        for _ in range(4):
            if node.i in seen:
                break
            seen.add(node.i)
            main = self._gerund_read_as_subject(node) if node.i == verb.i else None
            if main is not None:
                node = main  # "Claiming X is Y, Lopez told ...": the main clause's subject claims
                continue
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in exclude), None)
            if subj is not None and node.i == verb.i and subj.i > verb.i and subj.i in self.span_of_token \
                    and self._is_not_a_quotation(self.span_of_token[subj.i]):
                # '“...,” Flynn, an aide, said on Fox News's “Fox and Friends.”': a programme's
                # title read as the subject; the name credited after the quotation speaks
                credit = self._credit_before(verb)
                if credit is not None:
                    subj = credit
            if subj is not None and subj.i + 1 < len(self.doc) and self.doc[subj.i + 1].text == ":":
                # 'London: "...," the minister said': a label before the quotation, parsed as a
                # second subject; the subject after it speaks
                later = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > subj.i + 1
                              and c.i not in exclude), None)
                subj = later if later is not None else subj
            if subj is not None and subj.i < node.i and node.i == verb.i and node.i > 0 and self.doc[node.i - 1].text in ",”\"’'":
                # '- Item two: "We agree," said Xi.' / 'London: "Calm down," said police.': a label
                # before the quotation taken for a second subject; the postposed subject speaks
                # (the object of a verb that takes its addressee as object is the listener: "Fry,
                # who had said "...", told reporters")
                addressee_verb = node.lemma_.lower() in ("tell", "ask", "inform", "brief", "warn", "urge", "assure", "remind")
                post = next((c for c in node.children if c.i > node.i and c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "npadvmod")
                             and not (addressee_verb and c.dep_ == "dobj")
                             and c.pos_ in ("PROPN", "NOUN") and c.i not in exclude and c.i - node.i <= 3), None)
                if post is not None and any(t.i in exclude for t in self.doc[subj.i:node.i]):
                    subj = post
            if subj is None and node.i == verb.i and node.pos_ != "VERB":
                subj = misread_name_subject(node)  # "But Trump claims that ...", claims read as a noun
            while subj is not None and subj.i + 2 < len(self.doc) and not subj.whitespace_ and self.doc[subj.i + 1].text == "-" \
                    and not self.doc[subj.i + 1].whitespace_ and self.doc[subj.i + 2].dep_ in ("nsubj", "nsubjpass", "appos") \
                    and self.doc[subj.i + 2].head.i in (node.i, subj.i + 1):
                subj = self.doc[subj.i + 2]  # "His ex-wife said": the parser made "ex", "-" and "wife" three subjects
            if subj is not None and subj.dep_ == "nsubjpass" and node.i != verb.i and verb.tag_ == "VBG" \
                    and node.lemma_.lower() in self.perception and verb.dep_ == "xcomp" and verb.head.i == node.i:
                pass  # "can be heard shouting that ...", "was caught on camera saying": the one heard speaks
            elif subj is not None and subj.dep_ == "nsubjpass" and not via_gerund:
                # (the passive subject of a verb an -ing cue hangs on is who speaks: "After saying
                # her knee was sore, she was rushed to hospital", "was criticised for saying ...")
                agent = next((c for c in node.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                subj = pobj  # "was told by X" -> X; agentless passive -> nobody
                if subj is None:
                    return [], None
            if subj is not None and subj.pos_ in ("ADJ", "PRON", "NUM", "DET") and any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("whom", "which") for o in p.children) for p in subj.children):
                # "relatives of the flood victims, many of whom say ...": the people before the comma
                # (or dash: "60 retired judges -- many of whom had pledged ...")
                left = subj.left_edge.i - 1
                if left > 0 and self.doc[left].text in (",", "--", "—", "–"):
                    ante = self.doc[left - 1]
                    # the people, not the place or group after them: "voters in Ohio", "members of unions"
                    while ante.dep_ == "pobj" and ante.head.dep_ == "prep" and ante.head.head.pos_ in ("NOUN", "PROPN"):
                        ante = ante.head.head
                    if ante.ent_type_ in ("GPE", "LOC", "FAC") and ante.dep_ == "pobj" and ante.head.i > 0 \
                            and self.doc[ante.head.i - 1].pos_ == "NOUN":
                        ante = self.doc[ante.head.i - 1]  # "voters in Ohio" when "in Ohio" hangs on the verb
                    if ante.pos_ in ("NOUN", "PROPN"):
                        actors = self.actors.resolve(ante, exclude_tokens=exclude)
                        if actors:
                            return actors, self.actors.noun_phrase(ante).text
            if subj is not None and subj.lower_ in ("who", "that") and node.dep_ in ("ccomp", "advcl") and node.head.lemma_ == "be" \
                    and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in node.head.children):
                # a cleft sentence: "It was Johnson who said ...": the one named after "was" speaks
                attr = next((c for c in node.head.children if c.dep_ == "attr" and c.i < subj.i), None)
                if attr is not None and attr.pos_ in ("PROPN", "NOUN"):
                    subj = attr
                    actors = self.actors.resolve(subj, exclude_tokens=exclude)
                    return actors, (self.actors.noun_phrase(subj).text if actors else None)
            if subj is not None:
                if subj.lower_ in ("who", "that", "which") and node.dep_ in ("relcl", "acl"):
                    subj = node.head
                    # "a spokesman for the mayor, who said Vasquez remained ...": the relative clause
                    # may hang on either noun; a speaker does not name herself as the subject of
                    # what she reports, so prefer the outer noun then
                    outer = subj.head.head if subj.dep_ == "pobj" and subj.head.lower_ in ("for", "of", "to") else None
                    if outer is not None and outer.pos_ in ("NOUN", "PROPN"):
                        inner = self.actors.resolve(subj, create=False)
                        content_subjects = {m.actor_id for t in node.subtree for m in [self.actors.mention_at(t)] if m is not None and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != node.i}
                        if inner and all(a.actor_id in content_subjects for a in inner):
                            subj = outer
                relative = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None) if node.dep_ == "relcl" else None
                parallel = self._parallel_sayer(subj, node, exclude)
                if parallel is not None:
                    return parallel
                actors = self.actors.resolve(subj, exclude_tokens=exclude | self._addressee_tokens(subj, exclude))
                if not actors and relative is not None:
                    # "calls from listeners to his radio program who said ...": "who" names people;
                    # the parser may hang the clause on the nearer thing, so take the nearest noun
                    # before it in the sentence that can be a source
                    for cand in reversed(self.doc[subj.sent.start:subj.i]):
                        if cand.pos_ in ("NOUN", "PROPN") and cand.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "appos") and cand.i not in exclude:
                            found = self.actors.resolve(cand, exclude_tokens=exclude)
                            if found and all(a.kind in ("person", "group") for a in found):
                                subj, actors = cand, found
                                break
                np = self.actors.noun_phrase(subj)
                if actors or node.i == verb.i and node.dep_ not in ("ccomp", "advcl", "conj", "xcomp"):
                    return actors, np.text if len(np) else subj.text
                if node.i != verb.i and node.dep_ not in ("ccomp", "advcl", "conj", "xcomp"):
                    return actors, None
                node = node.head
                continue
            if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN"):
                actors = self.actors.resolve(node.head, exclude_tokens=exclude)
                channel = node.head
                if not actors and channel.lower_ in self.channel_nouns and channel.dep_ == "pobj" \
                        and channel.head.dep_ == "prep" and channel.head.head.pos_ in ("VERB", "AUX"):
                    # "she said at a news conference announcing that ...": who spoke at the event (a
                    # statement that can be a source itself stays the source)
                    node = channel.head.head
                    continue
                return actors, self.actors.noun_phrase(node.head).text
            # postposed subject: "grumbled the senator", "said Ryabkov", "added the party whip"
            if node.i == verb.i and verb.lemma_.lower() not in ("tell", "ask", "inform", "urge", "call", "describe", "brief", "quote", "cite"):
                post = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "oprd") and c.pos_ in ("PROPN", "NOUN", "PRON") and c.i not in exclude), None)
                if post is not None and any(t in exclude for t in range(max(0, verb.i - 3), verb.i)) or post is not None and verb.i > 0 and self.doc[verb.i - 1].text in ",”\"’'":
                    actors = self.actors.resolve(post, exclude_tokens=exclude)
                    if actors:
                        np = self.actors.noun_phrase(post)
                        return actors, np.text
            if node.dep_ in ("conj",) and node.head.pos_ in ("VERB", "AUX"):
                saying = self._speech_verb_of_next_act(node)
                if saying is not None:
                    node = saying  # "said the government was failing and called for ...": the sayer's next act
                    continue
                node = node.head  # a subject shared by two verbs
                if verb.tag_ in ("VBD", "VBZ", "VBP") and node.tag_ == "VB" and node.dep_ == "xcomp" \
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                    # "has urged the council to publish the report and called on residents to ...": a
                    # finite verb is not coordinated with the infinitive but with the verb above it
                    node = node.head
                continue
            if node.i == verb.i and node.dep_ in ("xcomp", "advcl") and node.tag_ == "VB" and node.head.pos_ in ("VERB", "AUX") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                # (the cue itself: an infinitive reached from an -ing cue is handled below, "refuses
                # to discuss them, aside from saying ...")
                # an infinitive whose speaker is another verb's: "appeared to suggest that ...",
                # "went on the radio to argue ...", "forced the clerk to admit that ..." (the
                # object of "force", "ask", "persuade" is who speaks). Not what the speaker only
                # wanted, refused or was asked to say ("wants to say", "declined to say", "urged
                # X to declare", "would do well to stress"): that was not said; nor the purpose of a
                # meeting or call ("met the minister to discuss the deal", data/cues.toml contact_verbs).
                # "continue to" passes on only a verb of saying: "continued to insist that", not
                # "continued to attack each other" (in a war).
                head = node.head
                lemma = head.lemma_.lower()
                if lemma in self.cognition or lemma in _UNSAID or lemma in self.speech_verbs and lemma != "continue" \
                        or node.dep_ == "advcl" and lemma in self.contact \
                        or lemma == "continue" and node.lemma_.lower() not in self.speech_verbs \
                        or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
                    break
                obj = next((c for c in head.children if c.dep_ == "dobj"), None) if node.dep_ == "xcomp" else None
                if obj is not None:
                    if obj.i in exclude:
                        break
                    actors = self.actors.resolve(obj, exclude_tokens=exclude)
                    return actors, self.actors.noun_phrase(obj).text if actors else None
                node = head
                continue
            if node.dep_ in ("advcl", "xcomp", "pcomp", "acl", "prep") and node.tag_ == "VBG":
                head = node.head
                if head.dep_ == "prep" or head.pos_ == "ADP":
                    head = head.head  # "as saying", "by saying", "after adding"
                    if head.dep_ == "advmod" and head.pos_ == "ADV" and head.head.pos_ in ("VERB", "AUX"):
                        head = head.head  # "aside from saying"
                if head.lemma_.lower() in ("quote", "cite"):
                    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
                    if obj is not None:
                        actors = self.actors.resolve(obj, exclude_tokens=exclude)
                        return actors, self.actors.noun_phrase(obj).text
                if head.dep_ == "ccomp" and self._is_speech_verb(head.head) and node.left_edge.i > 0 \
                        and self.doc[node.left_edge.i - 1].text == ",":
                    head = head.head  # "said the factors helped, citing ...": the analysts cite
                via_gerund = node.i == verb.i
                node = head
                continue
            if node.dep_ == "pcomp" and node.head.lower_ == "as":
                node = node.head.head
                continue
            if node.i == verb.i and verb.dep_ in ("dep", "advcl") and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.tag_ == "VBG" \
                    and verb.head.i < verb.i and not any(c.dep_ in ("mark", "advmod", "nsubj") and c.i < verb.i for c in verb.children):
                # "Protesters marching through the streets chanted ...": the parser made the
                # participle the root and the verb a loose dependent; the subject is the participle's
                subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i and c.i not in exclude), None)
                if subj is not None:
                    actors = self.actors.resolve(subj, exclude_tokens=exclude)
                    if actors:
                        return actors, self.actors.noun_phrase(subj).text
            if node.i == verb.i and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.i > 0 and self.doc[verb.i - 1].text == "," \
                    and not any(c.dep_ == "agent" for c in verb.children):
                # "Attorney General Roy Tilden (D), the governor's opponent in the election, called
                # Friday for ...": the parser read the verb as a participle of the apposition's last
                # noun; its subject is the noun the apposition describes (the sentence's subject or,
                # with no other verb, its head)
                anchor = verb.head
                while anchor.dep_ in ("pobj", "prep", "appos", "compound") and anchor.head.i != anchor.i:
                    anchor = anchor.head
                if anchor.dep_ in ("ROOT", "nsubj") and anchor.pos_ in ("PROPN", "NOUN") and anchor.i < verb.i \
                        and any(c.dep_ == "appos" for c in anchor.children):
                    actors = self.actors.resolve(anchor, exclude_tokens=exclude)
                    if actors:
                        return actors, self.actors.noun_phrase(anchor).text
            if node.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                    and node.head.lemma_.lower() in self.aspect_verbs and node.head.i < node.i \
                    and (node.head.lemma_.lower() != "go" or any(c.dep_ == "prt" and c.lower_ == "on" for c in node.head.children)):
                node = node.head  # "continues to insist that ...", "went on to explain how ..."
                continue
            if node.i != verb.i and node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                    and node.head.pos_ in ("VERB", "AUX") and not self._is_speech_verb(node.head) \
                    and not any(c.dep_ in ("dobj", "dative", "iobj", "prt") or c.dep_ == "prep" and c.i < node.i for c in node.head.children):
                # "refuses to discuss them, aside from saying ...": the one who refuses says; not
                # "called on Dean to apologize for suggesting ...", where Dean suggested
                node = node.head
                continue
            break
        return [], None

    # -- channel --------------------------------------------------------------------------

    def _channel(self, cue: Token | None, sentence: Span, exclude: set[int]) -> str | None:
        """The channel of a quotation ("Truth Social", "in a statement", "told reporters" ->
        "reporters"), or None: a platform named in the sentence outside the quotation's tokens
        ``exclude``, else "social media", else a prepositional phrase naming a channel, else the
        addressee of tell/brief/inform. What does not depend on ``exclude`` is found once per
        sentence (:meth:`_channel_candidates`), so many quotations in one sentence cost linear time."""
        if cue is None:
            return None
        platforms, social, preps = self._channel_candidates(sentence)
        for tok_i, words in platforms:
            if tok_i not in exclude:
                return words
        if social:
            return "social media"
        # prepositional channels: "in a statement", "at a news conference", "in an interview with X"
        best = None
        for tok_i, np_tokens, channels in preps:
            if tok_i in exclude:
                continue
            np_text = "".join(t.text_with_ws for t in np_tokens if t.i not in exclude).strip().rstrip(",.")
            low = np_text.lower()
            for channel in channels:
                if re.search(r"\b" + re.escape(channel.lower()) + r"\b", low):
                    best = np_text if len(np_text.split()) <= 8 else channel
                    break
            if best:
                return best
        if cue.lemma_.lower() in ("tell", "brief", "inform"):
            obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i not in exclude), None)
            if obj is not None:
                np = self.actors.noun_phrase(obj)
                return np.text
        return None

    def _channel_candidates(self, sentence: Span) -> tuple[list[tuple[int, str]], bool, list[tuple[int, list[Token], list[str]]]]:
        """Per sentence, cached: platform mentions as ``(token index, words)`` in the order
        :meth:`_channel` tries them (longest platform name first, then text order); whether
        "social media" occurs; and the prepositions that may introduce a channel, as ``(token
        index, tokens of the object's subtree, channel names whose words all occur there)``."""
        cache = self.__dict__.setdefault("_channel_cache", {})
        key = (sentence.start, sentence.end)
        if key in cache:
            return cache[key]
        sent_text = self.text[sentence.start_char:sentence.end_char]
        platforms: list[tuple[int, str]] = []
        for platform in sorted(self.platforms, key=len, reverse=True):
            for match in re.finditer(r"\b" + re.escape(platform) + r"\b", sent_text, flags=re.I if len(platform) > 2 else 0):
                tok = self._token_at(sentence.start_char + match.start())
                if tok is not None and (platform.lower() != "x" or match.group(0) == "X"):
                    platforms.append((tok.i, match.group(0)))
        social = "social media" in sent_text.lower()
        preps: list[tuple[int, list[Token], list[str]]] = []
        for tok in sentence:
            if tok.dep_ != "prep" or tok.lower_ not in ("in", "at", "on", "during", "to", "via", "through"):
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            np_tokens = list(pobj.subtree)
            words = set(re.findall(r"\w+", " ".join(t.lower_ for t in np_tokens)))
            # leaving tokens out never adds a word, so a channel whose words are not all here cannot match
            channels = [c for c in self.channels if set(re.findall(r"\w+", c.lower())) <= words]
            if channels:
                preps.append((tok.i, np_tokens, channels))
        cache[key] = (platforms, social, preps)
        return cache[key]

    # -- marked quotations -------------------------------------------------------------------

    def _is_not_a_quotation(self, span: MarkedSpan) -> bool:
        """Titles of works, nicknames and scare quotes with no speaker."""
        content = span.text(self.text)
        words = content.split()
        # the reporter's words just before the marks, in the same paragraph and sentence: a title
        # word ending the previous sentence ("... on The Laura Ingraham Show.") names no work here
        p_start = self.parsed.article.paragraphs[self.parsed.paragraph_index(span.outer_start)][0]
        before = self.text[max(0, p_start, span.outer_start - 40):span.outer_start]
        if re.search(r"[.!?][\"”’')\]]*\s*$", before):
            before = ""
        prev_word = re.findall(r"[\w-]+", before)[-1:] if before.strip() else []
        prev_word = prev_word[0].lower() if prev_word else ""
        if prev_word in _TITLE_WORDS:
            return True
        if prev_word in _NAMING_VERBS:
            earlier = [w.lower() for w in re.findall(r"[\w-]+", before)][-4:-1]
            if any(w in _TITLE_WORDS for w in earlier):
                return True
        # nickname between a first name and a surname: Donald "The Donald" Trump
        if re.search(r"\b[A-Z][a-z]+\s*$", before) and re.match(r"\s*[A-Z][a-z]+", self.text[span.outer_end:span.outer_end + 20]) and len(words) <= 3:
            return True
        # title of a programme/work: "on “Fox News Sunday,”" — title case, short, after on/in/at
        small = {"the", "of", "and", "a", "an", "in", "on", "for", "to", "at", "with"}
        letters = [w for w in words if w[:1].isalpha() and w.lower() not in small]
        # (a full stop or comma set inside the closing mark, American style, ends the sentence, not
        # the title of a broadcast: 'on Fox News's “Fox and Friends.”'; a slogan stays: 'a goal of
        # "Peace Through Strength."')
        broadcast = prev_word == "on" or re.search(r"\b[A-Z][\w.&-]*['’]s\s*$", before)
        if letters and len(words) <= 6 and all(w[:1].isupper() for w in letters) \
                and not re.search(r"[.!?]\W*$", content.rstrip().rstrip(".,") if broadcast else content) \
                and (prev_word in ("on", "in", "at", "from", "of", "watch", "read")
                     or prev_word == "with" and re.search(r"\binterviews? with\s*$", before.lower())
                     or re.search(r"\b[A-Z][\w.&-]*['’]s\s*$", before)):  # an outlet's programme: CNN's “State of the Union”
            return True
        return False

    def _kind_of(self, span: MarkedSpan) -> str:
        """direct or partial (see the module doc)."""
        content = span.text(self.text)
        internal_boundary = bool(re.search(r"[.!?]['’\"”]?\s+[A-Z\"“‘']", content.strip()))
        if internal_boundary or len(span.segments) > 1:
            return "direct"
        first = self.parsed.sentence_at(span.outer_start)
        para_index = self.parsed.paragraph_index(span.outer_start)
        p_start = self.parsed.article.paragraphs[para_index][0]
        lead_from = max(first.start_char, p_start)
        # only the words just before and after the marks matter: a bounded window keeps a sentence
        # with thousands of quotations linear (the whole stretch only when the window is blank)
        before = self.text[max(lead_from, span.outer_start - 200):span.outer_start].strip()
        if not before and span.outer_start - lead_from > 200:
            before = self.text[lead_from:span.outer_start].strip()
        if lead_from == p_start and _ENTRY_PREFIX.fullmatch(before):
            before = ""  # a live blog's time stamp or a bullet opening the paragraph: "14:05 “...”"
        if re.search(r",\s+(?:and|but|while)$", before) and content.rstrip().endswith((",", ".", "?", "!")):
            # '"Yes," said Lund, and "No," said Berg.': a second quotation set off by its own
            # punctuation with its own attribution right after it
            following = re.findall(r"[A-Za-z’']+", self.text[span.outer_end:span.outer_end + 60])[:4]
            if following and (following[0].lower() in _speech_forms() or any(w.lower() in _speech_forms() for w in following[1:4])
                              and following[0][:1].isupper()):
                return "direct"
        if before and not re.search(r"[:,]$", before) and not re.search(r"[.!?]['’\"”]?$", before):
            if self._whole_sentence_after_cue(span, content, before):
                self._embedded.add(span.outer_start)
                return "direct"
            return "partial"
        if before.endswith(","):
            # "he added, "..."" is direct; "the idea, "X", ..." in running text is partial
            words = re.findall(r"[A-Za-z’']+", before)
            near = bool(words) and (words[-1].lower() in _speech_forms() or any(w.lower() in _speech_forms() for w in words[-4:]))
            # a cue a few words further back ("saying during the debate last week, “...”") only
            # for a whole quoted sentence
            far = bool(words) and any(w.lower() in _speech_forms() for w in words[-7:]) and self._is_whole_sentence(span, content)
            if not near and not far:
                return "partial"
            if self._is_whole_sentence(span, content):
                self._embedded.add(span.outer_start)
                return "direct"  # 'saying during the debate, “That makes me smart,” when ...
        last = self.parsed.sentence_at(max(span.outer_end - 1, span.outer_start))
        after_end = max(last.end_char, span.outer_end)
        after = self.text[span.outer_end:min(after_end, span.outer_end + 200)].strip()
        if not after and after_end - span.outer_end > 200:
            after = self.text[span.outer_end:after_end].strip()
        if not after:
            return "direct"
        if content.rstrip().endswith((",", ".", "?", "!")) and (not before or before.endswith(":")):
            # "“...,” Deputy Foreign Minister Mikhail Galuzin told RIA": set off by its own comma
            # (also after a place or topic label: 'London: "...," the minister said')
            return "direct"
        if after[0] in ",.!?;:" + _DASHES or after[0] in "(":
            return "direct"
        # "“...” to get the plant operating, Trump said": the reporter completes the sentence
        words = re.findall(r"[A-Za-z’']+", after)[:6]
        if words and (words[0].lower() in _speech_forms() or len(words) > 1 and words[1].lower() in _speech_forms()):
            return "direct"
        if words and words[0][0].isupper() and any(w.lower() in _speech_forms() for w in words[:5]):
            return "direct"
        return "partial"

    def _whole_sentence_after_cue(self, span: MarkedSpan, content: str, before: str) -> bool:
        """A whole quoted sentence right after its speech verb with no comma or colon between
        (Marsh boasted “That proves I was right.”; insisting ''Naturally, I read every bill.''), or
        set off by dashes (a retort -- ''That proves I was right'' -- and): a direct quotation
        (design.md §2: whole sentence(s) in marks), not a fragment. When more of the reporter's
        words follow, the quotation must end on its own punctuation or a dash or comma must follow.
        A quoted question or exclamation counts as a whole sentence however short ('chanted "What
        rain?"')."""
        dashed = before.endswith(("--", "—", "–"))
        if not dashed:
            window = self.doc.char_span(max(0, span.outer_start - 40), span.outer_start, alignment_mode="expand") or []
            cue = next((t for t in reversed(list(window)) if t.idx < span.outer_start and not (t.is_space or t.is_punct)), None)
            if cue is None or cue.i in self.quoted_tokens or not self._is_speech_verb(cue) \
                    or self.text[cue.idx + len(cue.text):span.outer_start].strip():
                return False
        body = content.strip()
        # a quoted question or exclamation is a whole utterance however short ('chanted "What
        # rain?"', 'shouted "Lock her up!"')
        if not self._is_whole_sentence(span, content) and not (body[:1].isupper() and body.endswith(("?", "!"))):
            return False
        after = self.text[span.outer_end:self.parsed.sentence_at(max(span.outer_end - 1, span.outer_start)).end_char].strip()
        if dashed:
            return not after or after[:1] in ",.!?;:)" + _DASHES
        return not after or after[:1] in ",.!?;:)" + _DASHES or bool(re.search(r"[.!?,]$", content.strip()))

    def _cue_just_before(self, verb: Token, span: MarkedSpan) -> bool:
        """The speech verb ``verb`` introduces the quotation right after it: at most a few words
        and a comma between ("saying during the debate last week, “...”"), no stop or colon, and no
        speech verb of its own after the quotation in the sentence ("..., “...” he said")."""
        between = self.text[verb.idx + len(verb.text):span.outer_start]
        if len(between.split()) > 6 or re.search(r"[.!?;:]", between):
            return False
        rest = self.text[span.outer_end:self.parsed.sentence_at(max(span.outer_end - 1, span.outer_start)).end_char]
        words = re.findall(r"[A-Za-z’']+", rest)[:2]  # "“...,” he said" / "“...,” said Ortiz"
        return not any(w.lower() in _speech_forms() for w in words)

    def _is_whole_sentence(self, span: MarkedSpan, content: str) -> bool:
        """The quoted words make a sentence: a capital first, three words or more, and a verb with
        its own subject among them."""
        body = content.strip()
        words = body.split()
        if len(words) < 3 or not body[:1].isupper() or words[0].rstrip(",") == "I" and len(words) < 4:
            return False
        span_tokens = list(self.doc.char_span(span.start, span.end, alignment_mode="expand") or [])
        ids = {t.i for t in span_tokens}
        return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in ids for c in t.children)
                   for t in span_tokens)

    def _cue_for_marked(self, span: MarkedSpan, tokens: set[int], kind: str) -> Token | None:
        sent_ids = self._sentences_between(span.outer_start, span.outer_end)
        sents = [self.parsed.sentences[i] for i in sent_ids]
        # the head of the quotation inside the parse: a token inside whose head is outside
        inside = [self.doc[i] for i in sorted(tokens) if not self.doc[i].is_punct and not self.doc[i].is_space]
        roots = [t for t in inside if t.head.i not in tokens or t.head.i == t.i]
        if kind == "direct" and re.search(r",\s+(?:and|but)\s*$", self.text[max(0, span.outer_start - 12):span.outer_start]):
            # '"Yes," said Lund, and "No," said Berg.': the second quotation's attribution is the
            # one right after it, whatever verb the parser hung its words on
            after = self.doc.char_span(span.outer_end, min(len(self.text), span.outer_end + 40), alignment_mode="expand")
            words = [t for t in (after or []) if not (t.is_space or t.is_punct)][:3]
            verb = next((w for w in words if w.i not in self.quoted_tokens and self._is_speech_verb(w)), None)
            if verb is not None and all(w.pos_ in ("PROPN", "PRON") for w in words[:words.index(verb)]):
                return verb
        # 1. an ancestor speech verb of the quotation (partial quotations, "said: “...”")
        for root in roots[:3]:
            node = root
            for _ in range(8):
                if node.head.i == node.i:
                    break
                node = node.head
                if node.i in self.quoted_tokens:
                    continue
                if self._is_speech_verb(node):
                    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "could", "might", "may", "to") for c in node.children) \
                            and node.dep_ in ("ccomp", "xcomp") and self._is_speech_verb(node.head):
                        continue  # "says Canada will respond 'with force'": the words are the sayer's
                    return node
        # the speech verbs of the sentences, found once per sentence (many quotations in one long
        # sentence would otherwise test every word of it again for each quotation)
        verbs_of = self.__dict__.setdefault("_sentence_speech_verbs", {})
        for i, s in zip(sent_ids, sents):
            if i not in verbs_of:
                verbs_of[i] = [t for t in s if t.i not in self.quoted_tokens and self._is_speech_verb(t)]
        candidates = [t for i in sent_ids for t in verbs_of[i]]
        if not candidates:
            return None
        after = [t for t in candidates if t.idx >= span.outer_end]
        before = [t for t in candidates if t.idx < span.outer_start]
        if before and kind == "direct" and self._cue_just_before(before[-1], span):
            return before[-1]
        if after and (kind == "direct" or not before):
            return after[0]
        if before:
            return before[-1]
        return candidates[0]

    def _partial_governor(self, tokens: set[int], exclude: set[int]) -> Token | None:
        """For a fragment with no speech verb: the nearest verb above it with a source subject
        ("sent Mr Bush his “warmest congratulations”" -> sent)."""
        inside = [self.doc[i] for i in sorted(tokens) if not self.doc[i].is_punct]
        roots = [t for t in inside if t.head.i not in tokens]
        for root in roots[:2]:
            node = root
            for _ in range(6):
                if node.head.i == node.i:
                    break
                node = node.head
                if node.pos_ == "VERB" and node.i not in self.quoted_tokens:
                    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
                    if subj is not None and self.actors.resolve(subj, exclude_tokens=exclude, create=False):
                        return node
                    break
        return None

    def _according_to(self, sentences: list[Span], exclude: set[int]) -> tuple[Token, list[Actor], str] | None:
        for sent in sentences:
            for tok in sent:
                if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to" and tok.i not in exclude:
                    to = self.doc[tok.i + 1]
                    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) or next((c for c in tok.children if c.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    actors, source = self._according_source(pobj, exclude)
                    if actors:
                        return tok, actors, self.actors.noun_phrase(source).text
        return None

    def _according_source(self, pobj: Token, exclude: set[int]) -> tuple[list[Actor], Token]:
        """(speakers, source head) of "according to X", X's head given. A speech event's maker
        speaks ("according to a speech she gave in May", "according to his account", "according
        to remarks by the minister"; data/cues.toml ``speech_event_nouns``); otherwise X itself, and
        a record is a source here though never a subject ("according to federal statistics",
        ``record_nouns``)."""
        lemma = pobj.lemma_.lower()
        if pobj.pos_ == "NOUN" and (lemma in self.speech_events or pobj.lower_ in self.speech_events):
            makers = [c for c in pobj.children if c.dep_ == "poss"]
            makers += [s for c in pobj.children if c.dep_ == "relcl" for s in c.children if s.dep_ == "nsubj"]
            makers += [o for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                       for o in c.children if o.dep_ == "pobj"]
            for maker in makers:
                actors = self.actors.resolve(maker, exclude_tokens=exclude)
                if actors:
                    return actors, maker
        actors = self.actors.resolve(pobj, exclude_tokens=exclude)
        if not actors and pobj.pos_ == "NOUN" and (lemma in self.records or pobj.lower_ in self.records):
            record = self.actors.document_source(pobj)
            actors = [record] if record is not None else []
        return actors, pobj

    def _dash_credit(self, span: MarkedSpan) -> tuple[list[Actor], str] | None:
        p = self.parsed.paragraph_index(span.outer_end - 1)
        p_end = self.parsed.article.paragraphs[p][1]
        after = self.text[span.outer_end:p_end]
        match = re.match(r"\s*[—–―-]{1,2}\s*([A-Z][^\n]{1,80}?)[.\s]*$", after)
        if not match:
            return None
        start = span.outer_end + match.start(1)
        tok = self._token_at(start)
        if tok is None:
            return None
        credit = self.doc.char_span(start, span.outer_end + match.end(1), alignment_mode="expand")
        if credit is None or not len(credit):
            return None
        head = credit.root
        actors = self.actors.resolve(head)
        if not actors:
            return None
        return actors, credit.text.strip().rstrip(".").strip()

    def _transcript_row(self, span: MarkedSpan, label: re.Match) -> _Row | None:
        """A quoted transcript paragraph: ``"WALLACE: Let's start ...`` — the speaker is the label."""
        name_span = self.doc.char_span(span.start + label.start(1), span.start + label.end(1), alignment_mode="expand")
        if name_span is None or not len(name_span):
            return None
        speakers = [a for a in self.actors.resolve(name_span.root) if a.kind in ("person", "organisation")]
        if not speakers:
            speakers = [self.actors._new_actor(label.group(1).title(), "person")]
            self.actors._add_mention(name_span.start, name_span.end, speakers[0], "name")
        start = span.start + label.end()
        segments = [(start, span.segments[0][1])] + list(span.segments[1:])
        sent = self.parsed.sentence_index(start)
        return _Row(kind="direct", speakers=speakers, speaker_mention=label.group(1), segments=segments,
                    text=" ".join(self.text[a:b].strip() for a, b in segments), cue=None, cue_text=":",
                    channel=None, sentence=sent, context=(span.outer_start, span.outer_end), form="transcript")

    def _label_speaker(self, span: MarkedSpan) -> tuple[list[Actor], str] | None:
        """Headline and transcript form: "Merkel: “We will manage this.”" — a name of up to four
        capitalised words and a colon before the quotation, at the start of its paragraph."""
        p = self.parsed.paragraph_index(span.outer_start)
        p_start = self.parsed.article.paragraphs[p][0]
        before = self.text[p_start:span.outer_start]
        match = re.fullmatch(r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*", before)
        if not match:
            return None
        name = self.doc.char_span(p_start + match.start(1), p_start + match.end(1), alignment_mode="expand")
        if name is None or not len(name):
            return None
        actors = self.actors.resolve(name.root)
        return (actors, name.text) if actors else None

    def _lead_in(self, span: MarkedSpan) -> tuple[list[Actor], str, Token | None] | None:
        """A paragraph before ending in a colon: "And from the committee chair:" / "X said:"."""
        p = self.parsed.paragraph_index(span.outer_start)
        if p == 0:
            return None
        p_start = self.parsed.article.paragraphs[p][0]
        if span.outer_start - p_start > 1:
            return None
        return self._lead_in_before(p)

    def _lead_in_before(self, p: int) -> tuple[list[Actor], str, Token | None] | None:
        """The speaker announced by paragraph ``p - 1`` when it ends in a colon, or None."""
        if p == 0:
            return None
        prev_start, prev_end = self.parsed.article.paragraphs[p - 1]
        prev = self.text[prev_start:prev_end]
        if not prev.rstrip().endswith(":"):
            return None
        sent = self.parsed.sentence_at(prev_end - 1)
        verbs = [t for t in sent if self._is_speech_verb(t)]
        if verbs:
            actors, mention = self._subject_of(verbs[-1], set())
            if actors:
                return actors, mention or "", verbs[-1]
        frm = [t for t in sent if t.lower_ == "from"]
        if frm:
            pobj = next((c for c in frm[-1].children if c.dep_ == "pobj"), None)
            if pobj is not None:
                actors = self.actors.resolve(pobj)
                if actors:
                    return actors, self.actors.noun_phrase(pobj).text, None
        return None

    def _previous_sentence_subject(self, span: MarkedSpan) -> tuple[list[Actor], str] | None:
        index = self.parsed.sentence_index(span.outer_start)
        if index == 0:
            return None
        prev = self.parsed.sentences[index - 1]
        # same or previous paragraph only
        if self.parsed.paragraph_index(span.outer_start) - self.parsed.paragraph_index(prev.start_char) > 1:
            return None
        root = prev.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        actors = [a for a in self.actors.resolve(subj, create=False) if a.kind == "person"]
        if not actors:
            return None
        return actors, self.actors.noun_phrase(subj).text

    def marked_rows(self) -> list[_Row]:
        rows: list[_Row] = []
        previous: _Row | None = None
        for span, tokens in zip(self.marked, self.marked_tokens):
            if self._is_not_a_quotation(span):
                continue
            label = _TRANSCRIPT_LABEL.match(self.text[span.start:span.end])
            if label:
                row = self._transcript_row(span, label)
                if row is not None:
                    rows.append(row)
                    previous = row
                    continue
            kind = self._kind_of(span)
            # a whole sentence inside the reporter's sentence is direct, but its speaker is found
            # as for a fragment there: from the verb it hangs on, not from the sentences around
            search = "partial" if span.outer_start in self._embedded else kind
            cue = self._cue_for_marked(span, tokens, search)
            speakers: list[Actor] = []
            mention = None
            cue_text = None
            sent_ids = self._sentences_between(span.outer_start, span.outer_end)
            sents = [self.parsed.sentences[i] for i in sent_ids]
            if cue is not None:
                speakers, mention = self._subject_of(cue, tokens)
                cue_text = self._cue_words(cue)
            if not speakers:
                according = self._according_to(sents, tokens)
                if according:
                    cue, speakers, mention = according
                    cue_text = "according to"
            if not speakers:
                credit = self._dash_credit(span)
                if credit:
                    speakers, mention = credit
                    cue_text = "—"
                    cue = None
            if not speakers and cue is None:
                governor = self._partial_governor(tokens, tokens)
                if governor is not None:
                    speakers, mention = self._subject_of(governor, tokens)
                    cue = governor
                    cue_text = self._cue_words(governor)
            if not speakers:
                label = self._label_speaker(span)
                if label:
                    speakers, mention = label
                    cue, cue_text = None, ":"
            if not speakers:
                lead = self._lead_in(span)
                if lead:
                    speakers, mention, lead_cue = lead
                    cue_text = self._cue_words(lead_cue) if lead_cue is not None else None
                    cue = None
            # ('"...," he said' after a woman only: the pronoun found nobody; no one rather than her)
            said_by = next((c.lower_ for c in cue.children if c.dep_ == "nsubj"), None) if cue is not None else None
            pronoun_gender = {"he": "m", "she": "f"}.get(said_by)
            if not speakers and search == "direct":
                # continuation: the speaker of the quotation just before (same or previous paragraph)
                if previous is not None and previous.speakers and not _other_gender(previous.speakers, pronoun_gender):
                    gap = self.parsed.paragraph_index(span.outer_start) - self.parsed.paragraph_index(previous.end)
                    if gap <= 1:
                        speakers = list(previous.speakers)
                        mention = previous.speaker_mention
                        cue = None
                        cue_text = None
                if not speakers:
                    subject = self._previous_sentence_subject(span)
                    if subject and not _other_gender(subject[0], pronoun_gender):
                        speakers, mention = subject
                        cue = None
                        cue_text = None
            if kind == "partial" and cue is not None and any(c.dep_ == "neg" for c in cue.children):
                continue  # 'did not say "the port is closed"', 'never said "...": words not said
            if not speakers and kind == "partial":
                # a scare quote nobody is reported as saying
                if cue is None or len(span.text(self.text).split()) <= 3:
                    continue
            sentence = sent_ids[0]
            context = (self.parsed.sentences[sent_ids[0]].start_char, self.parsed.sentences[sent_ids[-1]].end_char)
            ctx_start = min(context[0], span.outer_start)
            ctx_end = max(context[1], span.outer_end)
            row = _Row(
                kind=kind,
                speakers=speakers,
                speaker_mention=mention,
                segments=list(span.segments),
                text=span.text(self.text),
                cue=cue,
                cue_text=cue_text,
                channel=self._channel(cue, sents[0] if cue is None else self.parsed.sentence_at(cue.idx), tokens),
                sentence=sentence,
                context=(ctx_start, ctx_end),
            )
            rows.append(row)
            previous = row
        return rows

    def _cue_words(self, verb: Token | None) -> str | None:
        if verb is None:
            return None
        words = [verb]
        for child in verb.children:
            if child.dep_ == "prt":
                words.append(child)
        if verb.lemma_.lower() in ("tell", "brief", "inform"):
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None and obj.i not in self.quoted_tokens:
                return verb.text + " " + self.actors.noun_phrase(obj).text
        words.sort(key=lambda t: t.i)
        return " ".join(t.text for t in words)

    # -- indirect quotations ---------------------------------------------------------------

    def _content_tokens(self, verb: Token) -> list[Token] | None:
        """The reported clause of a speech verb, or None. In order: for an -ing cue opening its
        sentence that the parser read as the subject of its content ("Claiming X is Y, Lopez told
        ..."), that content; a complement clause (not one opened by a relative word after a comma:
        "..., Putin said, where ...", nor one wholly before the subject when the verb has its own
        -ing or to-infinitive complement: :meth:`_fronted_non_report`); a that-clause the
        parser attached elsewhere ("reported late Monday local time that ..."); a that-clause of a
        noun cue ("affirmed his contention that ..."); for an attribution inserted in or appended to
        a clause ("Two years ago, the minister said, the pipeline ..."; "..., X said."; "X ..., Y
        said in remarks ..."), that clause."""
        doc = self.doc
        if self._gerund_read_as_subject(verb) is not None:
            return [t for t in verb.head.subtree if t.i != verb.i]  # "Claiming X is Y, Lopez told ..."
        comps = []
        for c in verb.children:
            if self._reduced_relative(verb, c):
                continue  # "mentioned remarks Ortiz had made ...": the clause belongs to the object
            if c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) \
                    or self._misparsed_complement(verb, c):
                first = c.left_edge
                # "..., Putin said, where ...": a relative clause after the attribution is the
                # reporter's; one whose relative word comes before the verb is the report itself
                # ("the library, which Ferro says she will never close")
                if first.lower_ in ("where", "which", "who", "whom", "whose", "when") and first.i > verb.i \
                        and doc[first.i - 1].text == ",":
                    continue
                comps.append(c)
        comps = [c for c in comps if not self._fronted_non_report(verb, c)]
        if verb.lemma_.lower() == "make":
            clear = next((c for c in verb.children if c.lower_ == "clear"), None)
            if clear is None:
                return None
            comps = [c for c in clear.children if c.dep_ in ("ccomp", "advcl") and c.i > clear.i]
        # "While he conceded X, Ruiz also noted several factors ...": a subordinate clause before the
        # speaker that the parser took for a second complement is the reporter's frame when the
        # verb, not set off by a comma ("X, he said, Y"), takes its complement right after it (a
        # clause coordinated before it, "X told A but he said B", is left as it was)
        lead = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if lead is not None and any(c.i > verb.i for c in comps) and not (verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","):
            before = [c for c in comps if c.i < verb.i]
            frame_end = max((c.right_edge.i for c in before), default=0)
            while frame_end > 0 and (doc[frame_end].is_punct or doc[frame_end].dep_ == "cc"):
                frame_end -= 1  # the parser may hang the "but" on the clause before
            if before and not any(t.dep_ == "cc" or t.pos_ == "CCONJ" for t in doc[frame_end + 1:lead.left_edge.i]):
                comps = [c for c in comps if c.i > verb.i]
        if comps:
            tokens = sorted({i for c in comps for i in _subtree_ids(c)})
            comps_ids = {c.i for c in comps}
            # the relative word of a report inside a relative clause ("the library, which Ferro
            # says she will never close") stands for the noun it hangs on: not one of the reported words
            if tokens and tokens[0] < verb.i and doc[tokens[0]].tag_ in ("WDT", "WP") and doc[tokens[0]].head.i in comps_ids:
                tokens = tokens[1:]
            # the words the parser hung on a misparsed complement before its subject ("after the
            # convention") tell when the speaker spoke, not what was said
            for c in comps:
                if self._misparsed_complement(verb, c):
                    subj = min(s.left_edge.i for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
                    tokens = [i for i in tokens if not (c.left_edge.i <= i < subj)]
            # "The new bridge, the mayor said on Monday, will open in May": the parser gives the
            # verb two subjects; the first, set off by a comma, is the subject of the report
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
            if len(subjects) >= 2 and all(c.i > verb.i for c in comps) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for c in comps for g in c.children):
                fronted = [t for t in subjects[0].subtree if t.i < subjects[1].left_edge.i]
                while fronted and fronted[-1].is_punct:
                    fronted = fronted[:-1]
                if fronted and any(t.text == "," for t in doc[fronted[-1].i + 1:subjects[1].left_edge.i]):
                    tokens = sorted(set(tokens) | {t.i for t in fronted})
            # "If the vote fails, the mayor said, the party must regroup": a fronted condition or
            # concession with its own subject, set off by commas, belongs to the report after them;
            # not when the verb takes its report straight after it ("Though X, experts say it
            # shows Y": the concession frames the attribution, the report is "it shows Y")
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
            # (from the left edges: walking each subtree again would make a long chain of reports quadratic)
            first = min(c.left_edge.i for c in comps)
            while first < len(doc) - 1 and doc[first].is_punct:
                first += 1
            set_off = any(t.text in (",", "—", "–", "--") for t in doc[verb.i + 1:first])
            if subj is not None and all(c.i > verb.i for c in comps) and set_off:
                for c in verb.children:
                    if c.dep_ == "advcl" and c.right_edge.i < subj.left_edge.i and doc[c.right_edge.i + 1].text == "," \
                            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "though", "although") for m in c.children) \
                            and any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children):
                        tokens = sorted(set(tokens) | {t.i for t in c.subtree})
            # clauses coordinated with the speech verb that continue the report with their own
            # subject: "told the Gazette that X, but it will hold its offer open" (not one that
            # holds a report of its own: "ruled that X was true, but they could not help noting
            # that Y" tells what the speakers did next, in the reporter's words)
            for conj in verb.children:
                if conj.dep_ == "conj" and conj.i > max(tokens) and conj.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
                    reports = any(self._is_speech_verb(t) and any(c.dep_ == "ccomp" for c in t.children) for t in conj.subtree if t.i != conj.i)
                    if subj is not None and subj.lower_ in ("it", "they", "there", "this") and not self._is_speech_verb(conj) \
                            and conj.lemma_.lower() not in self.cognition and not reports:
                        tokens = sorted(set(tokens) | {t.i for t in conj.subtree if t.i > max(tokens)})
            return self._trim_coordination(verb, [doc[i] for i in tokens])
        # "said many of the examples ... failed to note ...": a clause the parser took for an object
        if verb.lemma_.lower() in _SAY_VERBS:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None and any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "advcl", "acl", "ccomp") for t in obj.subtree):
                return [t for t in obj.subtree]
        # a that-clause attached elsewhere by the parser, right after the verb's own words (or
        # after a parenthetical set off by commas: "continues to insist, most recently in an
        # interview with a local paper, that ...")
        reach = 20 if verb.i + 1 < len(doc) and doc[verb.i + 1].text == "," else 10
        for tok in doc[verb.i + 1:min(len(doc), verb.i + reach)]:
            if tok.i in self.span_of_token and self._is_not_a_quotation(self.span_of_token[tok.i]):
                continue  # a title between the verb and its clause: 'said on WKRN's "Morning Edition" that'
            if tok.is_sent_start or tok.text in ".;:" or tok.i in self.quoted_tokens:
                break
            # (or taken for a relative pronoun of the channel's name: 'said on WKRN's "Morning
            # Edition" that the bridge must close', where the clause has a subject of its own)
            misread = tok.dep_ in ("dobj", "nsubj") and tok.head.dep_ == "relcl" and tok.head.head.dep_ == "pobj" \
                and tok.head.head.head.head.i == verb.i and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in tok.head.children)
            if tok.lower_ == "that" and (tok.dep_ in ("mark", "advmod") or misread) and tok.head.i > tok.i and tok.head.pos_ in ("VERB", "AUX"):
                between = doc[verb.i + 1:tok.i]
                if any(t.lemma_.lower() in self.noun_cues and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in t.children) for t in between):
                    break  # "contradicting the police's claim that ...": the claim is the police's (_noun_cue_rows)
                if not any(t.pos_ in ("VERB", "AUX") for t in between):
                    return self._trim_coordination(verb, [t for t in tok.head.subtree if t.i > tok.i])
                break
            if tok.pos_ in ("VERB",) and tok.i != verb.i:
                break
        # a noun cue with a that-clause: "affirmed his contention that ..."
        for obj in verb.children:
            # (not someone else's: "contradicting the police's claim that ..." reports the police,
            # see _noun_cue_rows)
            if obj.dep_ == "dobj" and obj.lemma_.lower() in self.noun_cues \
                    and not any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in obj.children):
                clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
                if clause is not None:
                    return [t for t in clause.subtree]
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # an attribution in an as-clause: "As many experts have pointed out, the law is clear"; the
        # clause it hangs on is the report. Not one with its own object ("as she announced her
        # bid, ..."), nor a verb that tells when rather than what ("as he continued, ...")
        if verb.dep_ == "advcl" and subj is not None and verb.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative") for c in verb.children) \
                and verb.lemma_.lower() not in _NARRATIVE_VERBS:
            own = {t.i for t in verb.subtree}
            tokens = [t for t in verb.head.subtree if t.i not in own]
            if any(t.pos_ in ("VERB", "AUX") for t in tokens) and len([t for t in tokens if t.is_alpha]) >= 3:
                return tokens
        # "While he acknowledged pay was short, Ruiz also noted ...": in a subordinate clause the
        # parser may make the reported clause the head of the verb of saying; it starts right after
        # the verb with its own subject
        head = verb.head
        if verb.dep_ == "advcl" and subj is not None and subj.i < verb.i and head.i > verb.i and head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "mark" and c.lower_ in ("while", "although", "though", "as", "because", "since") for c in verb.children) \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "prep") for c in verb.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.left_edge.i == verb.i + 1 for c in head.children) \
                and head.dep_ in ("advcl", "ccomp") and self.doc[head.right_edge.i + 1].text == "," if head.right_edge.i + 1 < len(self.doc) else False:
            own = {t.i for t in verb.subtree}
            return [t for t in head.subtree if t.i not in own and t.i > verb.i]
        # an attribution inserted into or appended to a clause
        if verb.dep_ in ("parataxis", "conj", "relcl", "ccomp", "advcl") and subj is not None \
                and not (verb.dep_ == "relcl" and subj.lower_ in ("which", "who", "that")):
            # (not a relative clause: "the government, which has denied any role, ...")
            head = verb.head
            before = subj.left_edge.i - 1 if subj.i < verb.i else verb.i - 1
            # "..., as police have said" / "As officials said, ...": an as-clause whose verb has no
            # object or clause of its own (not "as he said goodbye", "as he said he would") stands
            # for the clause it is attached to
            as_clause = verb.dep_ == "advcl" and before >= 0 and doc[before].lower_ == "as" and doc[before].head.i == verb.i \
                and (doc[before].is_sent_start or doc[before - 1].text in (",", "—", "–")) and verb.lemma_.lower() in _SAY_VERBS \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl", "dative", "attr", "oprd") for c in verb.children)
            if as_clause or before >= 0 and doc[before].text in (",", "—", "–") or verb.dep_ == "parataxis":
                anchor = head
                while anchor.dep_ not in ("ROOT",) and anchor.head.i != anchor.i and anchor.dep_ in ("appos", "pobj", "prep", "relcl", "acl", "compound", "conj") and anchor.pos_ not in ("VERB", "AUX"):
                    anchor = anchor.head
                own = {t.i for t in verb.subtree}
                for c in verb.children:
                    # "Though the move went smoothly, Ed Marsh said, replacing ...": a fronted
                    # concession or condition the parser hung on the attribution is the report's
                    if c.dep_ == "advcl" and c.i < subj.left_edge.i and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "though", "although") for m in c.children):
                        own -= {t.i for t in c.subtree}
                sent = self.parsed.sentences[self.parsed.sentence_index(verb.idx)]
                after = [t for t in sent if t.i > verb.right_edge.i and not (t.is_punct or t.is_space)]
                if verb.dep_ in ("relcl", "conj", "ccomp", "advcl") and head.i < verb.i:
                    # "X ..., Y said": the clause before the attribution, from the sentence start
                    tokens = [t for t in sent if t.i < subj.left_edge.i and t.i not in own]
                elif verb.dep_ == "parataxis" and after and (verb.right_edge.text == "," or verb.right_edge.i + 1 < len(doc) and doc[verb.right_edge.i + 1].text == ",") \
                        and not any(t.i >= head.i and t.i > verb.right_edge.i for t in head.subtree):
                    # "Though the move was seamless, he said, replacing her would be ...": the parser
                    # hangs the attribution on the first clause; the report is the whole sentence
                    tokens = [t for t in sent if t.i not in own and t.i < subj.left_edge.i or t.i > verb.right_edge.i]
                else:
                    tokens = [t for t in anchor.subtree if t.i not in own]
                # not a clause that itself attributes ("Trump said X, Peskov said")
                if tokens and any(t.pos_ in ("VERB", "AUX") for t in tokens):
                    return tokens
        # "Wording vague on whether part-time staff qualify, lawyers say.": a headline-style
        # report with no finite verb before an appended attribution; the parser makes the verb the
        # root and the report a loose dependent of it
        # (not when the verb has its own object: "One after another, the miners declared bankruptcy").
        # The subject is the one next to the verb: the parser may make the fragment's noun a
        # first subject ("Farmers like his father, he said.")
        subj = max((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), key=lambda c: c.i, default=subj)
        if verb.dep_ == "ROOT" and subj is not None and subj.i < verb.i and subj.left_edge.i > 0 \
                and doc[subj.left_edge.i - 1].text == "," and not [t for t in doc[subj.right_edge.i + 1:verb.i] if not t.is_space] \
                and not any(c.i > verb.i and c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "acomp") for c in verb.children):
            sent = self.parsed.sentences[self.parsed.sentence_index(verb.idx)]
            tokens = [t for t in sent if t.i < subj.left_edge.i - 1 and not t.is_space]
            loose = [c for c in verb.children if c.i < subj.left_edge.i and c.dep_ in ("dep", "npadvmod", "nsubj", "dobj")
                     and c.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")]
            if len([t for t in tokens if t.is_alpha]) >= 3 and loose and all(verb.i in {a.i for a in t.ancestors} for t in tokens):
                return tokens
        return None

    def _parenthesis_around(self, verb: Token) -> tuple[int, int] | None:
        """Token indexes of the brackets around a speech verb inside a parenthesis of its sentence
        ("Several riders crashed (their team confirmed that Diaz broke his wrist)."), or None.
        The parser may hang the sentence outside on the verb; the report stays inside."""
        sent = self.parsed.sentences[self.parsed.sentence_index(verb.idx)]
        cache = self.__dict__.setdefault("_brackets", {})
        if sent.start not in cache:
            # one pass per sentence (linear even for a sentence of thousands of speech verbs): the
            # innermost open bracket at each token, and the bracket that closes each one
            inside: dict[int, int] = {}
            closes: dict[int, int] = {}
            stack: list[int] = []
            for tok in self.doc[sent.start:sent.end]:
                if tok.text == ")" and stack:
                    closes[stack.pop()] = tok.i
                elif stack:
                    inside[tok.i] = stack[-1]
                if tok.text == "(":
                    stack.append(tok.i)
            cache[sent.start] = (inside, closes)
        inside, closes = cache[sent.start]
        left = inside.get(verb.i)
        if left is None or left not in closes:
            return None
        return left, closes[left]

    def _asks_a_question(self, verb: Token) -> bool:
        """A verb that only takes a noun phrase as a rule ("questioned the plan") but here reports a
        question: "questioned whether Obama was prepared", "challenged how the money was spent"."""
        if verb.lemma_.lower() not in ("question", "challenge") or not self._is_speech_verb(verb):
            return False
        return any(c.dep_ == "ccomp" and c.left_edge.lower_ in ("whether", "if", "what", "why", "how", "who", "when", "where")
                   for c in verb.children)

    def _noun_complement(self, verb: Token, clause: Token) -> bool:
        """A that-clause of the verb's object noun that the parser hung on the verb: "echoed claims
        by her party leader last week that critics weaken the courts" (the claims are that critics
        ...). True for a ccomp opened by "that" after a noun cue object (data/cues.toml
        ``noun_cues``: claim, statement, warning ...) of a verb that takes no clause of its own
        (``np_only_verbs``: echo, reject, dismiss ...)."""
        if clause.dep_ != "ccomp" or clause.i < verb.i or verb.lemma_.lower() not in self.np_only:
            return False
        if not any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        return obj is not None and obj.lemma_.lower() in self.noun_cues | {"statement", "comment", "remark"}

    @staticmethod
    def _reduced_relative(verb: Token, clause: Token) -> bool:
        """A relative clause without "that" on the verb's object that the parser took for a
        complement clause of the verb: "cited remarks Ortiz had made about Berg as ..." ("Ortiz had
        made ..." read as what was cited). True when the clause comes right after a common-noun
        object that names no person (not "told reporters Berg had left"), has its own subject and
        no "that" or other subordinating word, and has a gap: its verb lacks an object ("made")
        or a preposition lacks its noun ("the plans she spoke about")."""
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.pos_ not in ("VERB", "AUX"):
            return False
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        if obj is None or obj.pos_ != "NOUN" or obj.right_edge.i + 1 != clause.left_edge.i \
                or obj.lemma_.lower() in lexicons.person_roles() or obj.lower_ in lexicons.person_roles():
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children) \
                or any(c.dep_ == "mark" for c in clause.children) or clause.tag_ in ("VB", "VBG"):
            return False
        if clause.lemma_.lower() in ("be", "seem", "become", "remain"):
            return False
        objects = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass", "agent")
        stranded = any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in clause.children)
        return stranded or not any(c.dep_ in objects for c in clause.children)

    @staticmethod
    def _gerund_read_as_subject(verb: Token) -> Token | None:
        """For an -ing cue opening its sentence that the parser read as the subject of its own
        content ("Claiming the criticism is designed to pressure the judges, Lopez told Fox ...":
        Claiming/csubjpass -> designed, and designed a clause of told): the verb of the main clause,
        whose subject after the comma speaks. None otherwise."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "csubjpass") or verb.head.i < verb.i \
                or verb.head.dep_ not in ("ccomp", "advcl"):
            return None
        # its only dependant is the content's subject, read as its object (not "Writing for a
        # panel that ..., Ruiz noted": where she wrote)
        deps = [c for c in verb.children if not c.is_punct]
        if len(deps) != 1 or deps[0].dep_ not in ("dobj", "nsubj") or deps[0].left_edge.i != verb.i + 1:
            return None
        doc = verb.doc
        if any(not (t.is_punct or t.is_space or t.dep_ == "cc") for t in doc[verb.sent.start:verb.i]):
            return None
        content, main = verb.head, verb.head.head
        comma = content.right_edge.i + 1
        if main.i <= comma or comma >= len(doc) or doc[comma].text != "," or verb.left_edge.i != verb.i:
            return None
        subj = next((c for c in main.children if c.dep_ == "nsubj" and comma < c.i < main.i), None)
        return main if subj is not None else None

    @staticmethod
    def _fronted_non_report(verb: Token, clause: Token) -> bool:
        """True for a clause the parser took for a complement of ``verb`` that lies wholly before
        the verb's subject while the verb has its own -ing or to-infinitive complement after it:
        'In her book, "Grow Your Own Food," Ms. Vance suggested planting beans' (the title is where
        she wrote it; what she suggested is "planting beans")."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        return subj is not None and clause.right_edge.i < subj.left_edge.i \
            and any(c.dep_ == "xcomp" and c.i > verb.i and c.tag_ in ("VBG", "VB") for c in verb.children)

    @staticmethod
    def _misparsed_complement(verb: Token, clause: Token) -> bool:
        """A complement clause the parser took for an adverbial one: "said after the rally she
        would not sign ..." ("after the rally" pulls the clause under it). True for an advcl
        after a say-verb with its own subject and no subordinating word, infinitive or -ing form."""
        return (
            clause.dep_ == "advcl" and clause.i > verb.i and verb.lemma_.lower() in _SAY_VERBS
            and clause.tag_ not in ("VBG", "VBN")
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children)
            and not any(c.dep_ in ("mark", "advmod") and c.i < clause.i and c.lower_ != "that" or c.dep_ == "aux" and c.lower_ == "to"
                        for c in clause.children)
        )

    def _clause_edges(self, start: int, end: int, root: Token | None) -> tuple[int, int] | None:
        """Character offsets of a reported clause whose words run from ``start`` to ``end``, moved
        so that neither edge falls inside quotation marks: a clause opening with a quoted fragment
        begins at its opening mark (``said "we" would win`` -> ``"we" would win``) and one ending
        inside a quotation ends after its closing mark (before the opening mark when the quotation
        runs past the sentence). None when the clause opens inside a quotation that holds the
        clause's own verb ``root`` and the words after the closing mark tell the speaker's next
        action (``said: "We will fight on" before leaving the stage``): the quotation is what was
        said and the rest is the reporter's, so there is no indirect row beside it. A report that
        goes on past the marks (``"You pushed the staff past their limits" to lift the
        quarterly profit``) or ends with them (``saying, "She's trigger-happy."``, the indirect row
        around a partial quotation of design.md §2) keeps its row, from the opening mark."""
        for span in self.marked:
            if span.outer_start >= end:
                break
            if span.outer_start < start < span.outer_end:
                if root is not None and span.start <= root.idx < span.end:
                    tail = self.text[span.outer_end:end].strip(" \t\n" + DOUBLE_MARKS + SINGLE_MARKS + ".,;:!?")
                    if _NARRATION.match(tail):
                        return None
                start = span.outer_start
            if span.outer_start < end < span.outer_end and start < span.outer_start:
                sentence_end = self.parsed.sentence_at(end - 1).end_char
                if span.close_char is not None and span.outer_end <= sentence_end + 1:
                    end = span.outer_end
                else:
                    end = span.outer_start
                    while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",;:"):
                        end -= 1
        return (start, end) if end > start else None

    _AS_SOURCE_POS = frozenset({"DET", "NUM", "ADP", "PROPN", "NOUN", "ADJ", "PART", "PRON", "AUX", "PUNCT"})

    def _inserted_as_rows(self) -> list[_Row]:
        """Reports with an as-attribution set off by commas after their first words: "Oslo, as one
        of the mayor's advisers pointed out, rarely gets two storms in a week" -> one row "Oslo
        rarely gets two storms in a week" (two segments, around the attribution), speaker "one of
        the mayor's advisers". The words before the attribution hold no verb (a subject or fronted
        phrase), the words after it hold one and run to the end of the sentence; the attribution is
        "as", a noun phrase, a speech verb with no object (a particle or a short prepositional
        phrase may follow: "as the mayor noted in May"). Read from the words because the parser
        often takes "as" for a preposition and the speech verb for the sentence's head, with the
        report's subject as its own. A sentence-initial "As X said, ..." is read from the parse
        (:meth:`_content_tokens`)."""
        doc = self.doc
        out: list[_Row] = []
        for as_tok in doc:
            if as_tok.lower_ != "as" or as_tok.i < 2 or doc[as_tok.i - 1].text != "," or as_tok.i in self.quoted_tokens:
                continue
            sent = self.parsed.sentences[self.parsed.sentence_index(as_tok.idx)]
            verb = next((t for t in doc[as_tok.i + 1:min(sent.end, as_tok.i + 14)] if t.pos_ == "VERB"), None)
            if verb is None or not self._is_speech_verb(verb, for_indirect=True) or any(c.dep_ == "neg" for c in verb.children):
                continue
            source = [t for t in doc[as_tok.i + 1:verb.i] if not t.is_space]
            if not source or not all(t.pos_ in self._AS_SOURCE_POS and t.text not in ",;:" for t in source) \
                    or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in source):
                continue
            close = next((t for t in doc[verb.i + 1:min(sent.end, verb.i + 10)] if t.text in ",;:—–"), None)
            if close is None or close.text != ",":
                continue
            tail = doc[verb.i + 1:close.i]
            if any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or t.dep_ in ("dobj", "ccomp", "xcomp") for t in tail):
                continue  # "as he described it", "as he said he would"
            before = [t for t in doc[sent.start:as_tok.i - 1] if not t.is_space]
            after = [t for t in doc[close.i + 1:sent.end] if not t.is_space]
            while after and after[-1].is_punct and after[-1].text not in ")”\"’'%":
                after = after[:-1]
            if not any(t.is_alpha for t in before) or any(t.pos_ in ("VERB", "AUX") for t in before) \
                    or not any(t.pos_ in ("VERB", "AUX") for t in after) or any(t.i in self.quoted_tokens for t in before + after):
                continue
            inside = {t.i for t in source}
            heads = [t for t in source if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
            if not heads:
                continue
            exclude = {t.i for t in before + after} | self.quoted_tokens
            speakers = self.actors.resolve(heads[0], exclude_tokens=exclude)
            if not speakers:
                continue
            segments = [(before[0].idx, before[-1].idx + len(before[-1].text)), (after[0].idx, after[-1].idx + len(after[-1].text))]
            out.append(_Row(
                kind="indirect",
                speakers=speakers,
                speaker_mention=self.actors.noun_phrase(heads[0]).text,
                segments=segments,
                text=" ".join(self.text[a:b] for a, b in segments),
                cue=verb,
                cue_text=self._cue_words(verb),
                channel=self._channel(verb, sent, {t.i for t in before + after}),
                sentence=self.parsed.sentence_index(segments[0][0]),
                context=(sent.start_char, sent.end_char),
                form="clause",
            ))
        return out

    _BACKSHIFT_MODALS = frozenset({"would", "could", "might", "should"})

    def _continued_report(self, inner: Token, end: int) -> tuple[int, int] | None:
        """The character segment of the next sentence when it goes on with a reported clause that
        ends its own sentence at ``end`` (``inner``: the clause's head): "The new hall, Ortiz said,
        would show visitors painful chapters of the past. But it would also celebrate ..." — it
        opens with "But" or "And" and a pronoun standing for the report's subject (the same
        pronoun, or "it"/"they" for a noun), and both verbs carry a backshifted modal (would, could, might, should), the
        mark of reported speech going on. Not a sentence in the next paragraph, one with marks or
        an attribution of its own. None otherwise."""
        doc = self.doc
        index = self.parsed.sentence_index(end - 1)
        sent = self.parsed.sentences[index]
        if index + 1 >= len(self.parsed.sentences) or self.text[end:sent.end_char].strip(" .!?" + DOUBLE_MARKS + SINGLE_MARKS):
            return None
        if not any(c.dep_ == "aux" and c.lower_ in self._BACKSHIFT_MODALS for c in inner.children):
            return None
        subj = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        nxt = self.parsed.sentences[index + 1]
        words = [t for t in nxt if not t.is_space]
        if subj is None or len(words) < 4 or words[0].lower_ not in ("but", "and") or "\n" in self.text[sent.end_char:nxt.start_char]:
            return None
        pron, root = words[1], words[1].head
        if pron.dep_ != "nsubj" or root.dep_ != "ROOT" or not any(c.dep_ == "aux" and c.lower_ in self._BACKSHIFT_MODALS for c in root.children):
            return None
        if subj.pos_ == "PRON":
            agrees = pron.lower_ == subj.lower_
        else:
            agrees = pron.lower_ == ("they" if subj.tag_ in ("NNS", "NNPS") else "it") and subj.ent_type_ not in ("PERSON", "NORP")
        if not agrees:
            return None
        if any(t.text in DOUBLE_MARKS or t.i in self.quoted_tokens or t.lower_ == "according" or self._is_speech_verb(t) for t in words):
            return None
        while words and words[-1].is_punct:
            words = words[:-1]
        return (words[0].idx, words[-1].idx + len(words[-1].text))

    _DASH_TOKENS = frozenset({"--", "—", "–", "―"})

    def _inside_dashes(self, verb: Token, tokens: list[Token]) -> list[Token]:
        """A report after a speech verb set between dashes ends at the closing dash: "60 retired
        judges -- many of whom had pledged their backing -- who cited ..." -> "their backing"
        (the parser may hang what follows the closing dash on the report). The verb is inside
        dashes when a dash comes before it in its sentence with no other dash between. ``tokens``
        unchanged otherwise."""
        doc = self.doc
        index = self.parsed.sentence_index(verb.idx)
        dashes = self.__dict__.setdefault("_sentence_dashes", {})  # once per sentence, not per verb
        if index not in dashes:
            sent = self.parsed.sentences[index]
            dashes[index] = [t.i for t in sent if t.text in self._DASH_TOKENS]
        opening = [doc[i] for i in dashes[index] if i < verb.i]
        if len(opening) != 1:
            return tokens
        closing = next((t for t in tokens if t.i > verb.i and t.text in self._DASH_TOKENS), None)
        if closing is None:
            return tokens
        return [t for t in tokens if t.i < closing.i or t.i < verb.i]

    def _past_a_colon(self, verb: Token, tokens: list[Token]) -> list[Token]:
        """A reported clause after its verb that stops at a colon goes on to the end of the sentence:
        "notes that two trends meet this year: prices are rising, loans are cheap ..." (the
        parser makes the words after the colon the head of the sentence, the report a dependent of
        theirs); what follows a colon spells out what came before it. Not when the words after the
        colon hold a quotation in marks (a direct quotation of its own) or an attribution of their
        own, nor when the colon ends the sentence. ``tokens`` unchanged otherwise."""
        doc = self.doc
        last = tokens[-1]
        if tokens[0].i < verb.i or last.i + 1 >= len(doc) or doc[last.i + 1].text != ":":
            return tokens
        sent = self.parsed.sentences[self.parsed.sentence_index(verb.idx)]
        rest = [t for t in doc[last.i + 2:sent.end] if not t.is_space]
        while rest and rest[-1].is_punct and rest[-1].text not in ")”\"’'%":
            rest = rest[:-1]
        if len([t for t in rest if t.is_alpha]) < 2 or any(t.i in self.quoted_tokens or t.text in DOUBLE_MARKS for t in rest):
            return tokens
        if any(t.i != verb.i and self._is_speech_verb(t, for_indirect=True) and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in rest):
            return tokens
        return tokens + [doc[last.i + 1]] + rest

    def _cut_other_reports(self, verb: Token, tokens: list[Token]) -> list[Token]:
        """Drop from the reported clause of ``verb`` a second attribution with its own speaker that
        follows the clause's head: "X said the talks were productive, while Y said more work was
        needed"; "X said that A and Y said that B"; "X said A and Y accused Z of B" (a named speaker's
        phrase report coordinated in, also when the parser took Y for a conjunct of A's object:
        :meth:`_subject_taken_from_object`): each speaker gets a row of their own. A speech verb inside
        the report for another reason ("because critics said it was too costly") stays."""
        ids = {t.i for t in tokens}
        heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
        if not heads:
            return tokens
        head = heads[0]
        cut: list[tuple[int, int]] = []  # token ranges of the other reports (subtrees are contiguous)
        phrase = set(lexicons.cues().get("phrase_verbs", []))
        for tok in tokens:
            if any(a <= tok.i <= b for a, b in cut) or tok.i == head.i or tok.i <= head.i or tok.dep_ not in ("advcl", "conj", "ccomp"):
                continue
            if tok.head.i not in ids and tok.head.i != verb.i:
                continue
            if tok.dep_ == "advcl" and not any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in tok.children):
                continue
            if tok.dep_ == "ccomp" and tok.head.i != verb.i:
                continue
            if not self._is_speech_verb(tok, for_indirect=True) and not (tok.dep_ == "conj" and self._is_speech_verb(tok)):
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in self.quoted_tokens), None)
            # "said X and Democrats accused the GOP of Y": a coordinated speech act of a named
            # speaker with a phrase for content is a report of its own too
            phrase_act = tok.dep_ == "conj" and subj is not None and subj.pos_ in ("PROPN", "NOUN") \
                and tok.lemma_.lower() in phrase and any(c.dep_ in ("dobj", "prep") for c in tok.children)
            if subj is None or not (any(c.dep_ == "ccomp" for c in tok.children) or phrase_act):
                continue
            if tok.left_edge.i <= head.i:
                continue
            cut.append((tok.left_edge.i, tok.right_edge.i))
        for tok in tokens:
            # "said the agency mishandled the case and Democrats accused the party of ...": the
            # parser took the case and the Democrats together for the subject of "accused"
            taken = self._subject_taken_from_object(tok) if tok.i > head.i and (tok.head.i in ids or tok.head.i == verb.i) else None
            if taken is not None and self._is_speech_verb(tok) and not any(a <= tok.i <= b for a, b in cut):
                cc = min(c.i for c in taken.head.children if c.dep_ == "cc")
                cut.append((cc, tok.right_edge.i))
        return [t for t in tokens if not any(a <= t.i <= b for a, b in cut)] if cut else tokens

    def _clause_segments(self, tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
        """The character segments of a reported clause from ``start`` to ``end``: one, so that the
        row's text is ``text[start:end]`` word for word (its commas, "but" and runs of spaces
        kept), unless the clause is interrupted by its own attribution ("Three years ago, the
        minister said, the new cable ...") — then one segment on each side of it, joined by one
        space in the row's text as for a quotation over several paragraphs."""
        segments = [[a, b] for a, b in _segments_of(tokens)]
        segments[0][0] = min(segments[0][0], start)
        segments[-1][1] = max(segments[-1][1], end)
        merged = [segments[0]]
        for a, b in segments[1:]:
            gap = self.doc.char_span(merged[-1][1], a, alignment_mode="expand")
            words = [t for t in gap or [] if not (t.is_punct or t.is_space or t.dep_ == "cc" or t.pos_ == "CCONJ")]
            if words:
                merged.append([a, b])
            else:
                merged[-1][1] = b
        return [(a, b) for a, b in merged]

    def _speech_verb_of_next_act(self, conj: Token) -> Token | None:
        """The verb of saying whose next act ``conj`` is, when the parser coordinated ``conj`` with
        the head of that verb's reported clause: "said the government was isolating Norway and
        called for sanctions" -> "said" (the rule :meth:`_trim_coordination` cuts such a verb out of
        the report by). None otherwise."""
        head = conj.head
        verb = head.head
        # (a that-clause the parser hung on the verb as an adverbial clause counts: "tweeted in
        # the early hours that ...")
        that_clause = head.dep_ == "advcl" and any(c.lower_ == "that" and c.dep_ in ("mark", "advmod") and c.i < head.i for c in head.children)
        if head.dep_ != "ccomp" and not that_clause or not self._is_speech_verb(verb) or conj.pos_ != "VERB" \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return None
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children) \
                or any(t.lower_ in ("other", "another") and t.head.lower_ in ("each", "one") or t.lower_ == "each" for t in conj.subtree):
            return None  # "had agreed ... and invited each other": the perfect and the subject are shared
        return verb if _sayers_tense(conj, head, verb) else None

    def _trim_coordination(self, verb: Token, tokens: list[Token]) -> list[Token]:
        """Drop from a reported clause a coordinated verb with no subject of its own whose tense is
        the speech verb's and not the clause's: "said that America is working ... but also signed
        an executive order" (the signing is the reporter's, coordinated with "said")."""
        ids = {t.i for t in tokens}
        heads = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
        if not heads:
            return tokens
        head = heads[0]
        drop: set[int] = set()
        phrase = set(lexicons.cues().get("phrase_verbs", []))
        for child in head.children:
            if child.i < head.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                continue
            lemma = child.lemma_.lower()
            speech_act = lemma in self.speech_verbs or lemma in phrase
            if child.dep_ == "conj" and child.pos_ == "VERB" and speech_act and child.tag_ in ("VBD", "VBZ") \
                    and head.tag_ not in ("VB", "VBG") and child.tag_ == verb.tag_:
                # "said it was against the drill and urged Tolmark to hold back": the warning
                # is the speaker's next act, not part of what was said
                cc = [c for c in head.children if c.dep_ == "cc" and c.i < child.i]
                drop |= {t.i for t in child.subtree} | {c.i for c in cc}
            elif child.dep_ in ("advcl", "xcomp") and child.tag_ == "VBG" and speech_act and child.i > 0 and self.doc[child.left_edge.i - 1].text == ",":
                # "said the factors helped, citing the strategic importance of ...": how the speaker
                # argued, not what was said
                drop |= {t.i for t in child.subtree} | {child.left_edge.i - 1}
        for conj in head.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                if _sayers_tense(conj, head, verb):
                    cc = [c for c in head.children if c.dep_ == "cc" and c.i < conj.i]
                    drop |= {t.i for t in conj.subtree} | {c.i for c in cc}
        return [t for t in tokens if t.i not in drop]

    def indirect_rows(self, marked: list[_Row]) -> list[_Row]:
        rows: list[_Row] = []
        direct_tokens: set[int] = set()
        for row in marked:
            if row.kind == "direct":
                for s, e in row.segments:
                    direct_tokens |= self._tokens_in(s, e)
        seen: set[tuple[int, int]] = set()
        inserted = self._inserted_as_rows()
        rows += inserted
        seen |= {(r.start, r.end) for r in inserted}
        handled = {r.cue.i for r in inserted}
        for verb in self.doc:
            misread = self._misread_cue_noun(verb)
            if verb.i in self.quoted_tokens or not (misread or self._is_speech_verb(verb, for_indirect=True) or self._asks_a_question(verb)):
                continue
            if verb.i in handled:
                continue
            if verb.lemma_.lower() in self.aspect_verbs and any(c.dep_ == "xcomp" and self._is_speech_verb(c) for c in verb.children):
                continue  # "continues to insist that ...": the cue is "insist"
            if any(c.dep_ == "neg" for c in verb.children) \
                    or any(c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "neither" for g in c.children) for c in verb.children):
                continue  # "did not say ...", "Neither Brisk nor Vesk said ...": nothing was said
            tokens = self._content_tokens(verb) if misread is None else misread[1]
            if not tokens:
                continue
            brackets = self._parenthesis_around(verb)
            if brackets is not None:
                tokens = [t for t in tokens if brackets[0] < t.i < brackets[1]]
            tokens = _trim_content(self._cut_other_reports(verb, self._inside_dashes(verb, [t for t in tokens if not t.is_space])), self)
            if len([t for t in tokens if t.is_alpha]) < 2:
                continue
            tokens = self._past_a_colon(verb, tokens)
            ids = {t.i for t in tokens}
            words = [t for t in tokens if not t.is_punct]
            if words and sum(1 for t in words if t.i in direct_tokens) / len(words) > 0.5:
                continue  # the content is a direct quotation already
            roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
            inner = roots[0] if roots else None
            if inner is not None and inner.lemma_.lower() in _NESTING_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in inner.children) \
                    and (inner.lemma_.lower() in ("say", "tell") or any(c.dep_ in ("ccomp", "parataxis") for c in inner.children)) \
                    and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS | {"will", "ca", "can", "shall"} for c in inner.children):
                # a nested attribution ("the White House said Obama told Putin ..."): the inner one
                # reports it; not one only foreseen ("Obama Says Museum Will Tell of ...")
                continue
            exclude = ids | self.quoted_tokens
            speakers, mention = self._subject_of(verb, exclude)
            if not speakers:
                continue
            edges = self._clause_edges(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), inner)
            if edges is None:
                continue  # the content is the quotation in marks; the words after it are the reporter's
            start, end = edges
            end = self._close_open_mark(start, end)
            end = self._drop_trailing_time(start, end)
            tokens = [t for t in tokens if t.idx < end]
            key = (start, end)
            if key in seen:
                continue
            seen.add(key)
            segments = self._clause_segments(tokens, start, end)
            more = self._continued_report(inner, end) if inner is not None else None
            if more is not None:
                segments.append(more)
                seen.add((start, more[1]))
            sent_index = self.parsed.sentence_index(start)
            sent = self.parsed.sentences[self.parsed.sentence_index(verb.idx)]
            rows.append(
                _Row(
                    kind="indirect",
                    speakers=speakers,
                    speaker_mention=mention,
                    segments=segments,
                    text=" ".join(self.text[a:b] for a, b in segments),
                    cue=verb,
                    cue_text=self._cue_words(verb),
                    channel=self._channel(verb, sent, ids),
                    sentence=sent_index,
                    context=(min(sent.start_char, start), max(sent.end_char, segments[-1][1])),
                    form="clause",
                )
            )
        # "according to X" with a clause
        for tok in self.doc:
            if tok.lower_ == "according" and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to" and tok.i not in self.quoted_tokens:
                found = self._according_parsed(tok) or self._according_flat(tok)
                if found is None:
                    continue
                tokens, pobj = found
                speakers, pobj = self._according_source(pobj, {t.i for t in tokens})
                if not speakers:
                    continue
                ids = {t.i for t in tokens}
                words = [t for t in tokens if not t.is_punct]
                if words and sum(1 for t in words if t.i in direct_tokens) / len(words) > 0.5:
                    continue
                # keep only the clause before or after the attribution, not both sides of it
                segs = _segments_of(tokens)
                if len(segs) > 1:
                    before = [s for s in segs if s[1] <= tok.idx]
                    segs = before[-1:] if before else segs[:1]
                key = (segs[0][0], segs[-1][1])
                if key in seen:
                    continue
                seen.add(key)
                sent = self.parsed.sentence_at(tok.idx)
                rows.append(
                    _Row(
                        kind="indirect",
                        speakers=speakers,
                        speaker_mention=self.actors.noun_phrase(pobj).text,
                        segments=segs,
                        text=" ".join(self.text[s:e] for s, e in segs),
                        cue=tok,
                        cue_text="according to",
                        channel=None,
                        sentence=self.parsed.sentence_index(segs[0][0]),
                        context=(sent.start_char, sent.end_char),
                        form="clause",
                    )
                )
        rows += self._noun_cue_rows(rows, direct_tokens)
        rows += self._phrase_rows(marked, rows)
        enclosing = self._enclosing_rows(marked, rows)
        # a phrase or clause row of the same cue inside a wider enclosing row ("supporters to “go
        # ...”" inside "supporters to “go ...” and then “go pick ...”"; "fraud is a problem" inside
        # "fraud is a problem but “nobody dares say it”", a quoted clause coordinated with the
        # report) gives way to it; not a clause followed by a second report of its own ("said he
        # agrees, but that “questions” remain": two reports)
        rows = [r for r in rows if not (r.cue is not None and (r.form == "phrase" or r.form == "clause" and not self._second_report_after(r.end)) and any(
            e.cue.i == r.cue.i and e.start <= r.start and r.end <= e.end for e in enclosing))]
        rows += enclosing
        rows += self._label_rows(marked)
        rows += self._block_rows(marked, rows)
        rows += self._answer_rows(marked)
        return rows

    def _second_report_after(self, end: int) -> bool:
        """True when a clause ending at character ``end`` is followed (after commas, quotation
        marks and a conjunction) by "that": a second reported clause of the same verb."""
        tok = self._token_at(end) or self._token_at(end + 1)
        i = tok.i if tok is not None else len(self.doc)
        while i < len(self.doc) and (self.doc[i].is_punct or self.doc[i].is_space or self.doc[i].dep_ == "cc" or self.doc[i].idx < end):
            i += 1
        return i < len(self.doc) and self.doc[i].lower_ == "that"

    def _answer_rows(self, marked: list[_Row]) -> list[_Row]:
        """An interview transcript in "Q: ... / A: ..." form: each answer line is a direct
        quotation of the interviewee (form 'transcript'); the questions are the interviewer's and
        give no row. The interviewee is the person the article names most often before the first
        answer (the first of them on a tie), or nobody (a null speaker) when it names no person."""
        out: list[_Row] = []
        taken = [(r.start, r.end) for r in marked]
        answers = [(a, b) for label, a, b in interview_lines(self.text)
                   if label == "A" and not any(s <= a < e for s, e in taken)]
        if not answers:
            return out
        first = answers[0][0]
        counts: dict[str, list[int]] = {}
        for actor in self.actors.actors.values():
            if actor.kind == "person" and actor.named:
                before = [s for s, _e in actor.mentions if s < first]
                if before:
                    counts[actor.actor_id] = [len(before), -min(before)]
        interviewee = self.actors.actors[max(counts, key=lambda k: counts[k])] if counts else None
        for start, end in answers:
            if end <= start:
                continue
            sent = self.parsed.sentence_at(start)
            out.append(_Row(kind="direct", speakers=[interviewee] if interviewee else [], speaker_mention=None,
                            segments=[(start, end)], text=self.text[start:end], cue=None, cue_text=":", channel="an interview",
                            sentence=self.parsed.sentence_index(start), context=(start, max(end, sent.end_char)),
                            form="transcript"))
        return out

    def _block_rows(self, marked: list[_Row], reported: list[_Row]) -> list[_Row]:
        """A block quotation: a paragraph with no quotation marks after a lead-in ending in a colon
        ("The governor added:" / "It's typical of her. She knows nothing ..."), as pages set a long
        quotation apart and lose its marks on the way to plain text. A direct row of form 'block'
        for that one paragraph, when no other row already starts in it."""
        out: list[_Row] = []
        paragraphs = self.parsed.article.paragraphs
        skip = set(self.parsed.article.boilerplate)
        taken = [r.start for r in marked + reported]
        for p in range(1, len(paragraphs)):
            p_start, p_end = paragraphs[p]
            if (p_start, p_end) in skip or paragraphs[p - 1] in skip:
                continue
            body = self.text[p_start:p_end]
            if body[:1] in "\"“«„‘'" or body.rstrip().endswith(":") or any(p_start <= t < p_end for t in taken):
                continue
            if len(body.split()) < 4:
                continue
            lead = self._lead_in_before(p)
            if lead is None or lead[2] is None:
                continue  # only a lead-in with a verb of saying ("X added:"), not "From the chair:"
            speakers, mention, cue = lead
            end = p_start + len(body.rstrip())
            out.append(_Row(kind="direct", speakers=speakers, speaker_mention=mention, segments=[(p_start, end)],
                            text=self.text[p_start:end], cue=cue, cue_text=self._cue_words(cue), channel=None,
                            sentence=self.parsed.sentence_index(p_start), context=(p_start, end), form="block"))
        return out

    def _enclosing_rows(self, marked: list[_Row], reported: list[_Row]) -> list[_Row]:
        """The indirect row around partial quotations that no clause or phrase row holds yet
        (design.md §2: reported speech embedding a quoted fragment gives one indirect row and one
        partial row): "Cruz called Trump a "pathological liar"" -> indirect "Trump a "pathological
        liar""; "exhorted Republicans to "vote your conscience" at the convention" -> "Republicans
        to "vote your conscience"". The content runs over the cue verb's dependents after it, from
        the first to the last that holds one of its partial quotations (so "at the convention",
        the reporter's, stays out). Only for a speech or phrase verb that is not negated; none when
        the content would be the quoted words alone."""
        phrase = set(lexicons.cues().get("phrase_verbs", []))
        held = [(r.start, r.end) for r in reported if r.form != "phrase"]
        phrase_held = [(r.start, r.end) for r in reported if r.form == "phrase"]
        groups: dict[int, list[_Row]] = {}
        for row in marked:
            if row.kind != "partial" or row.cue is None or not row.speakers:
                continue
            if any(s - 1 <= row.start and row.end <= e + 1 for s, e in held + phrase_held):
                continue
            groups.setdefault(row.cue.i, []).append(row)
        out: list[_Row] = []
        for cue_i, partials in groups.items():
            verb = self.doc[cue_i]
            if not (self._is_speech_verb(verb) or verb.lemma_.lower() in phrase) or any(c.dep_ == "neg" for c in verb.children):
                continue
            quoted = {i for r in partials for s, e in r.segments for i in self._tokens_in(s, e)}
            deps = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "cc", "mark", "prt")]
            holding = [c for c in deps if quoted & set(_subtree_ids(c))]
            if not holding:
                continue
            last = holding[-1]
            parts = [c for c in deps if c.i <= last.i and (c in holding or not (c.dep_ in ("advmod", "npadvmod") or c.ent_type_ in ("DATE", "TIME")))]
            tokens = sorted({t for c in parts for t in c.subtree if not t.is_space}, key=lambda t: t.i)
            while tokens and (tokens[0].is_punct and tokens[0].text not in _OPENING_GLYPHS + "\"'" or tokens[0].dep_ == "prep" and tokens[0].head.i == verb.i and tokens[0].lower_ in ("for", "on", "about", "against", "over", "of")):
                tokens = tokens[1:]
            tokens = _trim_content(tokens, self)
            if not tokens:
                continue
            words = [t for t in tokens if not t.is_punct and not t.is_space]
            if not words or all(t.i in quoted for t in words):
                continue  # the quoted words alone: the partial row says it all
            edges = self._clause_edges(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), holding[0])
            if edges is None:
                continue
            start, end = edges
            end = self._close_open_mark(start, end)
            if any(s <= start and end <= e for s, e in held):
                continue
            held.append((start, end))
            sent = self.parsed.sentence_at(verb.idx)
            first = partials[0]
            out.append(_Row(kind="indirect", speakers=list(first.speakers), speaker_mention=first.speaker_mention,
                            segments=[(start, end)], text=self.text[start:end], cue=verb, cue_text=first.cue_text,
                            channel=first.channel, sentence=self.parsed.sentence_index(start),
                            context=(min(sent.start_char, start), max(sent.end_char, end)), form="phrase"))
        return out

    def _noun_cue_rows(self, clauses: list[_Row], direct_tokens: set[int]) -> list[_Row]:
        """Reported speech carried by a noun with its source as possessor: "Marsh's claim that
        there have been hundreds of break-ins", "the ministry's warning that prices will rise",
        "his promise that taxes would fall", "warnings from his lawyer that ..." (nouns in
        data/cues.toml ``noun_cues``), or as a named modifier ("a Daily Courier report that ...").
        The content is the noun's that-clause; the speaker is the possessor, the name, or the noun
        of a from/by phrase. A noun cue that is the object of a
        speech verb ("affirmed his contention that ...") is that verb's report, made elsewhere."""
        nouns = set(lexicons.cues().get("noun_cues", []))
        taken = [(r.start, r.end) for r in clauses]
        out: list[_Row] = []
        for noun in self.doc:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.i in self.quoted_tokens:
                continue
            reported_by_verb = noun.dep_ == "dobj" and self._is_speech_verb(noun.head)
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            subtree = [t for t in clause.subtree] if clause is not None else []
            nxt = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
            if clause is None and nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" \
                    and nxt.head.i > nxt.i and nxt.head.pos_ in ("VERB", "AUX"):
                # the parser hung the that-clause on the verb before the noun ("seized on a Courier
                # report that the council lost money"): the clause right after the noun is its content
                clause = nxt.head
                subtree = [t for t in clause.subtree if t.i > nxt.i]
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None:
                # the source named as a modifier: "a Daily Courier report that", "a White House statement that"
                owner = next((c for c in sorted(noun.children, key=lambda c: -c.i) if c.dep_ == "compound" and c.i < noun.i
                              and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON")), None)
            source = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > noun.i), None)
            if owner is None and source is not None:
                # "warnings from his lawyer that ...", "a claim by the minister that ...": the source
                # in a from/by phrase; the parser may hang the that-clause right after it elsewhere
                owner = next((c for c in source.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
                after = source.right_edge.i + 1
                if clause is None and owner is not None and after < len(self.doc) and self.doc[after].lower_ == "that" \
                        and self.doc[after].dep_ == "mark" and self.doc[after].head.i > after and self.doc[after].head.pos_ in ("VERB", "AUX"):
                    clause = self.doc[after].head
                    subtree = [t for t in clause.subtree if t.i > after]
            if clause is None or owner is None:
                continue
            if reported_by_verb:
                # "affirmed his contention that ...": the verb's own report, made elsewhere; but
                # "rejected Berg's claim that ...": the claim is Berg's, the rejection the board's
                if owner.tag_ == "PRP$" or owner.dep_ != "poss":
                    continue
                sayers, _ = self._subject_of(noun.head, set())
                if {a.actor_id for a in sayers} & {a.actor_id for a in self.actors.resolve(owner)}:
                    continue
            tokens = _trim_content([t for t in subtree if not t.is_space], self)
            if len([t for t in tokens if t.is_alpha]) < 3:
                continue
            words = [t for t in tokens if not t.is_punct]
            if words and sum(1 for t in words if t.i in direct_tokens) / len(words) > 0.5:
                continue
            speakers = self.actors.resolve(owner, exclude_tokens={t.i for t in tokens})
            if not speakers:
                continue
            edges = self._clause_edges(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), clause)
            if edges is None:
                continue
            start, end = edges
            if any(s <= start and end <= e for s, e in taken):
                continue
            sent = self.parsed.sentence_at(noun.idx)
            out.append(_Row(kind="indirect", speakers=speakers, speaker_mention=self.actors.noun_phrase(owner).text,
                            segments=[(start, end)], text=self.text[start:end], cue=noun, cue_text=noun.text,
                            channel=None, sentence=self.parsed.sentence_index(start),
                            context=(min(sent.start_char, start), max(sent.end_char, end)), form="clause"))
        return out

    def _according_parsed(self, tok: Token) -> tuple[list[Token], Token] | None:
        """(content tokens, source head) of "according to X" from the parse: the clause of the verb
        the phrase hangs on, minus the phrase. A phrase closing a coordination covers all of it
        ("A is one of 700 people shot this year and the fourth shot by an officer, according to
        a database": the parser hangs it on the last conjunct); one right after an elliptical
        comment clause covers that clause only (:meth:`_elliptical_comment_before`). None when the
        parse gives no verb or no object."""
        head = tok.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and tok.i > head.i:
            head = head.head
        own = {t.i for t in tok.subtree}
        tokens = [t for t in head.subtree if t.i not in own and not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        while tokens and tokens[0].is_punct:
            tokens = tokens[1:]
        pobj = next((c for t in tok.subtree for c in t.children if c.dep_ == "pobj"), None)
        if len(tokens) < 3 or pobj is None:
            return None
        comment = self._elliptical_comment_before(tok)
        if comment is not None:
            return comment, pobj
        return tokens, pobj

    def _elliptical_comment_before(self, tok: Token) -> list[Token] | None:
        """The tokens of an elliptical comment clause right before "according to" ("..., about why
        his rivals must be mistaken, which they often are, according to Ortiz": the source vouches
        for the comment, the sentence before it is the reporter's), or None. The clause opens with
        "which" after a comma or dash and has a subject of its own and nothing but an auxiliary or
        copula verb (with adverbs, negation) besides; the parser makes it a relative or an
        adverbial clause. A relative clause that tells more ("..., which is more than it hired last
        year, according to filings") keeps the whole sentence."""
        doc = self.doc
        end = tok.i - 1
        if end < 1 or doc[end].text != ",":
            return None
        verb = doc[end - 1]
        if verb.dep_ not in ("relcl", "advcl") or verb.right_edge.i not in (end - 1, end):
            return None
        first = verb.left_edge
        if first.lower_ != "which" or first.i == 0 or doc[first.i - 1].text not in (",", "-", "—", "–"):
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in verb.children) \
                or first.dep_ in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in ("be", "do", "have") and verb.tag_ != "MD":
            return None
        if any(c.dep_ not in ("nsubj", "advmod", "neg", "aux", "attr", "acomp", "dobj", "punct") or c.dep_ in ("attr", "acomp", "dobj") and c.i != first.i
               for c in verb.children):
            return None
        return [t for t in verb.subtree if t.i < end]

    def _according_flat(self, tok: Token) -> tuple[list[Token], Token] | None:
        """(content tokens, source head) of "according to X" from the words alone, for a parse that
        broke ("According to ... host Dana Pike, the plan smacks of ..." parsed as one noun
        phrase; "according to show insiders" with "show" as a verb). Two forms: the phrase opens
        the sentence and the source runs to the first comma, the report after it; or the phrase
        closes the sentence after a comma, the report before it. The source head is the last noun
        of the source's first noun group ("a Harlow Herald database listing such closures" ->
        database)."""
        doc = self.doc
        sent = self.parsed.sentences[self.parsed.sentence_index(tok.idx)]
        words = [t for t in sent if not t.is_space]
        if not words:
            return None
        if tok.i == next((t.i for t in words if not t.is_punct), -1):
            comma = next((t for t in words if t.i > tok.i + 1 and t.text == ","), None)
            if comma is None:
                return None
            source = [t for t in words if tok.i + 1 < t.i < comma.i]
            tokens = [t for t in words if t.i > comma.i]
        elif tok.i > 0 and doc[tok.i - 1].text == ",":
            source = [t for t in words if t.i > tok.i + 1]
            tokens = [t for t in words if t.i < tok.i - 1]
        else:
            return None
        group: list[Token] = []
        for t in source:
            if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "SCONJ") and group or t.lower_ in ("who", "which", "that"):
                break
            group.append(t)
        heads = [t for t in group if t.pos_ in ("NOUN", "PROPN")]
        while tokens and tokens[-1].is_punct and tokens[-1].text not in "\"”’'":
            tokens = tokens[:-1]
        while tokens and tokens[0].is_punct:
            tokens = tokens[1:]
        if not heads or len([t for t in tokens if t.is_alpha]) < 3 or any(t.i in self.quoted_tokens for t in heads):
            return None
        return tokens, heads[-1]

    def _phrase_rows(self, marked: list[_Row], clauses: list[_Row]) -> list[_Row]:
        """Speech acts whose content is a phrase: "called for more sanctions", "urged supporters to
        monitor polling places", "criticised the party's record", "pledged to cut taxes" (verbs in
        data/cues.toml ``phrase_verbs``). Rows of kind indirect with ``form`` 'phrase'."""
        cues = lexicons.cues()
        verbs = set(cues.get("phrase_verbs", []))
        preps = set(cues.get("phrase_preps", []))
        taken = [(r.start, r.end) for r in marked + clauses if r.form != "quoted" or r.kind == "direct"]
        clause_cues = {r.cue.i for r in clauses if r.cue is not None}
        # the cue of a whole quoted sentence: its content is the quotation ('who joked of the
        # museum, "..."'; '"...," she said of the plan'), the phrase only its topic
        clause_cues |= {r.cue.i for r in marked if r.kind == "direct" and r.cue is not None}
        out: list[_Row] = []
        for verb in self.doc:
            lemma = verb.lemma_.lower()
            misread = verb.pos_ != "VERB" and misread_name_subject(verb) is not None  # "Sanders Vows To End ..."
            if verb.pos_ != "VERB" and not misread or lemma not in verbs or verb.i in clause_cues or verb.i in self.quoted_tokens:
                continue
            if any(c.dep_ == "neg" for c in verb.children) \
                    or any(c.dep_ == "ccomp" and not self._fronted_non_report(verb, c)
                           and not self._reduced_relative(verb, c) and not self._noun_complement(verb, c) for c in verb.children):
                continue
            parts: list[Token] = []
            for child in verb.children:
                if child.dep_ == "ccomp" and (self._reduced_relative(verb, child) or self._noun_complement(verb, child)):
                    parts.append(child)  # a relative clause of the object the parser hung on the verb
                elif child.dep_ in ("dobj", "xcomp", "oprd") or child.dep_ == "dative" and lemma not in ("tell", "ask") \
                        or (misread or verb.text.istitle()) and child.dep_ in ("advcl", "acl") and infinitive_after(verb, child) \
                        and self.doc[verb.i + 1].text.istitle():
                    # a headline in Title Case: "Vance Vows To End ...", the infinitive read as one of
                    # purpose (and the verb, often, as a plural noun)
                    if lemma in ("tell", "ask") and child.dep_ == "dobj" and not any(c.dep_ == "xcomp" for c in verb.children):
                        continue
                    parts.append(child)
                elif child.dep_ == "prep" and child.lower_ == "with" and lemma == "charge" and child.i > verb.i:
                    parts.append(child)  # "charged two builders with fraud": the accusation
                elif child.dep_ == "advcl" and lemma == "call" and child.i > verb.i \
                        and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in child.children):
                    parts.append(child)  # "called for the sanctions to be adopted": a for-to clause
                elif child.dep_ == "prep" and child.lower_ in preps or child.dep_ == "prt" and child.lower_ == "on" and lemma == "call":
                    # ("called on police to ...": the parser may read "on" as a particle with an object)
                    pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                    if pobj is None or pobj.ent_type_ in ("DATE", "TIME", "GPE", "FAC", "LOC"):
                        continue
                    if lemma in _SAY_VERBS | {"tell", "speak", "talk", "comment"} and child.lower_ in ("on", "to") and _names_a_channel(pobj):
                        continue  # "said on MSNBC's "Morning Joe"", "told CNN": where, not what
                    parts.append(child)
            parts = [p for p in parts if p.ent_type_ not in ("DATE", "TIME")]  # "called Friday for ..."
            if lemma in ("speak", "talk") and not any(p.dep_ == "prep" and p.lower_ == "about" for p in parts):
                # "is speaking out ahead of the election about ...", "spoke at the rally about ...":
                # the parser hangs "about" on the noun of the phrase before it
                for child in verb.children:
                    if child.dep_ not in ("prep", "advmod") or child.i < verb.i:
                        continue
                    about = next((t for t in child.subtree if t.lower_ == "about" and t.dep_ == "prep" and t.head.dep_ == "pobj"
                                  and all(a.dep_ in ("prep", "pobj", "advmod") for a in t.head.ancestors if a.i != verb.i and verb.i in {x.i for x in a.ancestors})), None)
                    if about is not None:
                        parts.append(about)
                        break
            # "announced plans this week to give ...": the infinitive of the object noun, which the
            # parser hangs on the verb when a time phrase comes between them
            for obj in [p for p in parts if p.dep_ == "dobj" and p.pos_ == "NOUN"]:
                inf = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > obj.right_edge.i and c.tag_ == "VB"
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
                between = self.doc[obj.right_edge.i + 1:inf.left_edge.i] if inf is not None else []
                if inf is not None and inf not in parts and len(between) and all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "npadvmod" or t.head.dep_ == "npadvmod" for t in between):
                    parts.append(inf)
            # "what analysts described as old tactics": the relative word stands for the content
            # that follows the verb, it is not part of it
            if any(p.i > verb.i for p in parts):
                parts = [p for p in parts if not (p.i < verb.i and p.lower_ in ("what", "which", "that", "who", "whom"))]
            if not parts:
                continue
            tokens = sorted({t for p in parts for t in p.subtree if not t.is_space}, key=lambda t: t.i)
            # "to release the videos and called on people to ...": a finite verb the parser coordinated
            # with the infinitive is a speech act of its own
            cut = {t.i for p in parts if p.tag_ == "VB" for c in p.children
                   if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP") for t in doc_subtree_with_cc(c)}
            tokens = [t for t in tokens if t.i not in cut]
            if lemma == "call":
                naming = any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                             for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)  # not "called her to discuss"
                if not naming and not any(p.dep_ in ("prep", "prt") and p.lower_ in ("for", "on") or p.dep_ == "advcl" for p in parts):
                    continue  # "called a meeting", "called National Guard members to service"
                if naming:
                    parts = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr")]
            if lemma in ("speak", "talk", "complain", "comment", "write", "testify", "joke", "boast", "brag", "rant", "muse"):
                if not any(p.dep_ == "prep" and p.lower_ in ("about", "of", "on", "against", "over") for p in parts):
                    continue  # "spoke with Putin" is a call, "spoke at a rally" says nothing of the content
                # "spoke to our reporter on Thursday about waiting lists": the content is what the
                # speaker spoke about, not whom they spoke to or when
                parts = [p for p in parts if p.dep_ == "prep" and p.lower_ in ("about", "of", "on", "against", "over")
                         and not any(o.ent_type_ in ("DATE", "TIME") for o in p.children)]
                if not parts:
                    continue
                tokens = sorted({t for p in parts for t in p.subtree if not t.is_space}, key=lambda t: t.i)
            # the relative word before the verb stands for the noun it hangs on, not for what was
            # said: "the new levy -- which the mayor called ''pure theater'' --" -> ''pure theater''
            relative = {t.i for p in parts if p.i < verb.i and p.tag_ in ("WDT", "WP") for t in p.subtree}
            if relative:
                tokens = [t for t in tokens if t.i not in relative]
            if lemma in ("point",) and not any(p.dep_ == "prep" and p.lower_ == "to" for p in parts):
                continue
            if lemma == "charge" and not any(p.dep_ == "prep" and p.lower_ == "with" for p in parts):
                continue  # "charged a fee", "charged the phone": not an accusation
            if lemma in _SAY_VERBS and all(p.dep_ == "dobj" and p.lower_ in ("it", "so", "this", "that", "something", "anything", "nothing") for p in parts):
                continue
            while tokens and (tokens[0].is_punct and tokens[0].text not in _OPENING_GLYPHS + "\"'"
                              or tokens[0].dep_ in ("prep", "prt") and tokens[0].lower_ in ("for", "on", "about", "against", "over", "of", "to", "as")
                              and (tokens[0].head.i == verb.i or any(tokens[0].i == p.i for p in parts))
                              or tokens[0].dep_ == "mark" and tokens[0].lower_ == "for" and tokens[0].i == verb.i + 1):
                tokens = tokens[1:]
            objects = frozenset(o.i for p in parts for o in ([p] if p.pos_ == "NOUN" else p.children)
                                if o.dep_ in ("dobj", "pobj") and o.pos_ == "NOUN")  # (on a name: who or what it is, the reporter's aside)
            tokens = self._second_object(verb, _trim_content(self._inside_dashes(verb, tokens), self, objects))
            while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
                tokens = tokens[:-1]
            tokens = self._relative_continued(verb, tokens, objects)
            tokens = self._trailing_modifiers(verb, tokens)
            words = [t for t in tokens if t.is_alpha]
            if len(words) < 2 or all(t.pos_ == "PRON" for t in words):
                continue
            if lemma in ("speak", "talk", "comment") and re.match(r"(?i)condition(?:s)? of anonymity", self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]):
                continue  # "who spoke on condition of anonymity": how the source spoke, not what
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if relative and tokens[0].i > 0 and self.doc[tokens[0].i - 1].text in ("“", '"', "''", "``", "«") \
                    and self.doc[tokens[0].i - 1].idx > verb.idx:
                start = self.doc[tokens[0].i - 1].idx  # 'which she called "a farce"' -> '"a farce"'
            # a phrase opening with quoted words takes their opening mark in ('described as "reckless" a
            # tweet'; the parser may hang the mark outside the phrase)
            if any(s <= start and end <= e for s, e in taken):
                continue
            start = self.opening_at.get(start, start)
            # a phrase ending in quoted words takes their closing mark in ('called the deal "a disgrace"')
            end = self._close_open_mark(start, end)
            exclude = {t.i for t in tokens} | self.quoted_tokens
            speakers, mention = self._subject_of(verb, exclude)
            if not speakers:
                continue
            sent = self.parsed.sentence_at(verb.idx)
            out.append(_Row(kind="indirect", speakers=speakers, speaker_mention=mention,
                            segments=[(start, end)], text=self.text[start:end], cue=verb,
                            cue_text=self._cue_words(verb), channel=self._channel(verb, sent, exclude),
                            sentence=self.parsed.sentence_index(start), context=(sent.start_char, sent.end_char),
                            form="phrase"))
        return out

    def _trailing_modifiers(self, verb: Token, tokens: list[Token]) -> list[Token]:
        """A phrase content with the agent of its noun added when the parser hung the by-phrase on
        the (active) cue verb: "described rough treatment by the boss behind the scenes" -> the
        treatment by the boss (an active verb takes no by-agent; "by saying ..." has a verb, not a
        noun). Only a by-phrase right after the content counts, and after it the phrases that follow
        it with no comma, unless they tell when ("by the boss on Monday"). Also a phrase after a
        comma that narrows the content down ("spoke about schools, particularly in poor areas";
        data/cues.toml ``narrowing_adverbs``)."""
        if not tokens or tokens[-1].i < verb.i or any(a.dep_ == "auxpass" for a in verb.children):
            return tokens
        doc = self.doc
        narrowing = set(lexicons.cues().get("narrowing_adverbs", []))
        nxt = tokens[-1].i + 1
        if nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].lower_ in narrowing:
            mod = next((c for c in verb.children if c.left_edge.i == nxt + 1 and c.dep_ == "prep"), None)
            if mod is not None:
                end = mod.right_edge.i
                while end > mod.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
                    end -= 1
                return tokens + [t for t in doc[nxt:end + 1] if not t.is_space]
        agent = False
        while True:
            nxt = tokens[-1].i + 1
            mod = next((c for c in verb.children if c.left_edge.i == nxt and c.dep_ == "prep"
                        and (c.lower_ == "by" and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)
                             or agent and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree))), None)
            if mod is None:
                return tokens
            agent = True
            end = mod.right_edge.i
            while end > mod.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
                end -= 1
            tokens = tokens + [t for t in doc[nxt:end + 1] if not t.is_space]

    def _relative_continued(self, verb: Token, tokens: list[Token], objects: frozenset[int]) -> list[Token]:
        """A phrase content ending in a relative clause on its object ("pointed to the farm bill,
        which raised crop subsidies, but also cut food aid"), with the second
        verb of that clause added when the parser coordinated it with the cue verb instead: it has
        no subject, the tense of the relative clause's verb and not the cue's, and only a comma, a
        conjunction or an adverb before it."""
        if not tokens:
            return tokens
        doc = self.doc
        relative = next((t.head for t in tokens if t.lower_ in ("which", "who") and t.dep_ in ("nsubj", "nsubjpass")
                         and t.head.dep_ == "relcl" and t.head.head.i in objects), None)
        if relative is None or relative.right_edge.i < tokens[-1].i:
            return tokens
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.i <= tokens[-1].i or conj.pos_ not in ("VERB", "AUX"):
                continue
            between = doc[tokens[-1].i + 1:conj.left_edge.i if conj.left_edge.i > tokens[-1].i else conj.i]
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children) or conj.tag_ != relative.tag_ \
                    or conj.tag_ == verb.tag_ or not all(t.is_punct or t.dep_ in ("cc", "advmod") for t in between):
                continue
            end = conj.right_edge.i
            while end > conj.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
                end -= 1
            return tokens + [t for t in doc[tokens[-1].i + 1:end + 1] if not t.is_space]
        return tokens

    def _second_object(self, verb: Token, tokens: list[Token]) -> list[Token]:
        """A phrase content with the second of two coordinated objects added when the parser hung
        it on the verb (or on the verb governing it) rather than on the first object: "spoke of the
        port's history, and how the town grew" (an embedded question), "began by emphasizing
        fairness, and a need to raise wages" (a noun: a verb is not coordinated with a noun),
        "pledging to reach and in a few places exceed its targets" (a bare verb after an infinitive),
        "mentioned refinancing loans and forcing banks to ..." (an -ing verb after a gerund; these
        two with no subject or auxiliary of their own). The second object must follow the content
        right after its "and"/"or"."""
        if not tokens:
            return tokens
        doc = self.doc
        i = tokens[-1].i + 1
        while i < len(doc) and (doc[i].text == "," or doc[i].is_space):
            i += 1
        if i >= len(doc) or doc[i].lower_ not in ("and", "or") or i + 1 >= len(doc):
            return tokens
        governors = {verb.i} | {a.i for a in list(verb.ancestors)[:2]}
        conj = doc[i + 1]  # the phrase opening right after "and": climb to its head
        while conj.dep_ != "conj" and conj.head.i != conj.i and conj.head.left_edge.i == i + 1:
            conj = conj.head
        if conj.dep_ != "conj" or conj.head.i not in governors or conj.left_edge.i != i + 1:
            return tokens
        noun = conj.pos_ in ("NOUN", "PROPN")
        question = conj.pos_ in ("VERB", "AUX") and conj.left_edge.lower_ in ("how", "what", "why", "whether", "where", "when", "who")
        own = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conj.children)
        # "pledging to reach and in a few places exceed its targets": a bare verb with no subject after
        # a to-infinitive is the infinitive's second verb (not a verb of the sentence in the
        # present, "They back the plan, promising to act and urge ...")
        infinitive = not own and any(t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children) for t in tokens) \
            and (conj.tag_ == "VB" or conj.tag_ == "VBP" and conj.head.tag_ not in ("VB", "VBP"))
        # "has mentioned refinancing loans and forcing banks to ...": an -ing verb is coordinated with
        # the gerund that opens the content, not with a verb that is not itself in -ing
        gerund = not own and conj.tag_ == "VBG" and tokens[0].tag_ == "VBG" and conj.head.tag_ != "VBG"
        if noun or question or infinitive or gerund:
            return tokens + [t for t in doc[tokens[-1].i + 1:conj.right_edge.i + 1] if not t.is_space]
        return tokens

    def _drop_trailing_time(self, start: int, end: int) -> int:
        """The end of a reported clause that closes with quoted words followed only by a time
        phrase ('said "We are back and ready to talk" on Monday'): the time tells when the speaker
        spoke, so the clause ends at the closing mark."""
        for span in self.marked:
            if span.outer_start >= end:
                break
            if start <= span.outer_start and span.close_char is not None and span.outer_end < end:
                tail = self.doc.char_span(span.outer_end, end, alignment_mode="expand")
                words = [t for t in tail or [] if not (t.is_punct or t.is_space)]
                if words and all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET") for t in words) \
                        and any(t.ent_type_ in ("DATE", "TIME") for t in words):
                    return span.outer_end
        return end

    def _close_open_mark(self, start: int, end: int) -> int:
        """The end of a phrase row ending in quoted words, moved past their closing mark (and the
        quotation's own final stop before it: 'an "outlaw nation."' -> ends after the mark), so
        that the row's marks pair up. ``end`` unchanged when the marks already pair up."""
        inside = self.text[start:end]
        if inside.count("''") % 2 == 1 and self.text.startswith("''", end):
            return end + 2  # two apostrophes for a double mark: "called ''pure theater''"
        if sum(inside.count(c) for c in "\"“”«»") % 2 == 0:
            if inside[:1] in ("'", "‘") and inside[-1:] not in ("'", "’") and self.text[end:end + 1] in ("'", "’") \
                    and not self.text[end + 1:end + 2].isalpha():
                return end + 1  # single marks: "said 'we are nearly there'" -> the closing mark too
            return end
        m = re.match(r"[.,!?;:]?[\"”»’']", self.text[end:end + 2])
        return end + m.end() if m else end

    def _label_rows(self, marked: list[_Row]) -> list[_Row]:
        """Transcript and headline lines without quotation marks: "WALLACE: Let's start ..." (a
        transcript: direct) and "Pat Caddell: Voters worried ..." (a headline: indirect). The label
        must name a person or organisation, or be one of data/cues.toml ``headline_labels`` ("Poll:
        Voters turn away ..."): "Crisis talks: Obama told ..." is a caption label."""
        out: list[_Row] = []
        taken = [(r.start, r.end) for r in marked]
        skip = set(self.parsed.article.boilerplate)
        for p_start, p_end in self.parsed.article.paragraphs:
            if (p_start, p_end) in skip:
                continue
            line = self.text[p_start:p_end]
            match = re.match(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s+(?=\S)", line)
            if not match or len(line) - match.end() < 12:
                continue
            body_start = p_start + match.end()
            if self.text[body_start] in "\"“«„‘'":
                continue  # a quotation: handled with the marks
            if any(s <= body_start < e for s, e in taken):
                continue
            label = self.doc.char_span(p_start + match.start(1), p_start + match.end(1), alignment_mode="expand")
            if label is None or not len(label):
                continue
            transcript = match.group(1).isupper() and len(match.group(1)) > 1
            if transcript and any(w.lower() in ("to", "of", "for", "the", "and", "from", "on", "in") for w in match.group(1).split()):
                continue  # "NOTE TO EDITORS:", "END OF TRANSCRIPT:": a heading, not a speaker
            body = [t for t in self.doc.char_span(body_start, p_end, alignment_mode="expand") or [] if not t.is_space]
            if transcript and any(self._is_speech_verb(t) and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")
                                                                 and c.i in {b.i for b in body} for c in t.children) for t in body):
                continue  # "BRENN: Maria Lund said ...", "OSLO: ..., officials said": a dateline before a report
            head = label.root
            # "Poll: Voters turn away ...": a label standing for "a poll says" (data/cues.toml
            # headline_labels); any other document or common noun is a caption
            says = not transcript and len(label) == 1 and head.lower_ in self.headline_labels
            # a name the tagger read as a common noun ("Factcheck: ...") that the article names elsewhere
            known = self.actors.find_by_name(label.text) if head.pos_ == "NOUN" and label.text[:1].isupper() else None
            if known is not None and known.kind == "document":
                known = None
            if not transcript and not says and known is None and head.ent_type_ not in ("PERSON", "ORG", "NORP") \
                    and self.actors.mention_at(head) is None and not self.actors.resolve(head, create=False):
                continue
            if known is not None:
                speakers = [known]
                self.actors._add_mention(label.start, label.end, known, "name")
            else:
                speakers = [a for a in self.actors.resolve(head) if says or a.kind != "document"]
            if transcript and not speakers:
                speakers = [self.actors._new_actor(match.group(1).title(), "person")]
                self.actors._add_mention(label.start, label.end, speakers[0], "name")
            if not speakers or any(a.kind == "country" for a in speakers):
                continue  # (a place is a dateline: "OSLO: The port reopened")
            text = self.text[body_start:p_end].strip()
            end = body_start + len(self.text[body_start:p_end].rstrip())
            sent = self.parsed.sentence_at(body_start)
            out.append(_Row(kind="direct" if transcript else "indirect", speakers=speakers, speaker_mention=label.text,
                            segments=[(body_start, end)], text=text, cue=None, cue_text=":", channel=None,
                            sentence=self.parsed.sentence_index(body_start), context=(p_start, p_end),
                            form="transcript" if transcript else "clause"))
        return out


def _other_gender(actors: list[Actor], gender: str | None) -> bool:
    """True when ``gender`` ('m'/'f', from "he"/"she") contradicts the known gender of one of
    ``actors``."""
    return gender is not None and any(a.gender is not None and a.gender != gender for a in actors)


def _sayers_tense(conj: Token, head: Token, verb: Token) -> bool:
    """True when ``conj``, coordinated with ``head`` (the head of ``verb``'s reported clause), has
    the tense of the verb of saying and not the clause's: "said the council is failing and called
    for ..." (called: said's past, not is's present) — the sayer's next act, not part of the report."""
    past = {"VBD", "VBN"}
    same_tense = conj.tag_ == verb.tag_ or conj.tag_ in past and verb.tag_ in past
    if same_tense and head.lemma_ == "be" and conj.tag_ in past and _is_speech_act(conj) \
            and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in conj.children):
        # "tweeted that the rival was "rude" and encouraged voters to ...": a clause that only
        # describes (the copula) with a directive in the sayer's tense after it (urging someone
        # to do something); the act is the sayer's next one even when the tenses alone do not
        # tell it apart. Not any act: in "said the firm was profitable and announced a dividend"
        # the firm may have announced it
        return True
    return same_tense and conj.tag_ != head.tag_ and head.tag_ in ("VBG", "VBZ", "VBP", "VB", "VBN")


def _is_speech_act(tok: Token) -> bool:
    """True when ``tok`` is a verb of saying or a speech act with a phrase content (data/cues.toml
    ``speech_verbs``, ``phrase_verbs``), cognition verbs aside."""
    cues = lexicons.cues()
    lemma = tok.lemma_.lower()
    return lemma not in cues["cognition_verbs"] and (lemma in cues["speech_verbs"] or lemma in cues.get("phrase_verbs", []))


_PROGRAMME_NOUNS = {"show", "programme", "program", "broadcast", "podcast", "network", "channel", "radio",
                    "television", "tv", "station", "newspaper", "paper", "website", "blog", "interview"}


def _names_a_channel(pobj: Token) -> bool:
    """True when the object of "on"/"to" after a verb of saying names where the words were said,
    not what they were about: a news outlet, platform or programme ("on MSNBC's "Morning Joe"",
    "told CNN", "on Fox News", "on his radio show"), or an organisation or work by name."""
    if pobj.ent_type_ in ("ORG", "WORK_OF_ART", "PERSON", "NORP"):
        return True
    words = [t for t in pobj.subtree if not (t.is_punct or t.is_space)]
    low = " ".join(t.lower_ for t in words)
    if pobj.lemma_.lower() in _PROGRAMME_NOUNS:
        return True
    if any(t.dep_ == "poss" and (t.ent_type_ == "ORG" or t.lower_ in lexicons.media_names()) for t in words):
        return True  # "MSNBC's "Morning Joe"": an outlet's programme
    return low in lexicons.media_names() or low in lexicons.platform_names()


def doc_subtree_with_cc(tok: Token) -> list[Token]:
    """A conjunct's subtree with the coordinating word before it ("and called on ...")."""
    out = list(tok.subtree)
    prev = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if prev is not None and prev.dep_ == "cc" and prev.head.i == tok.head.i:
        out.append(prev)
    return out


def _trim_content(tokens: list[Token], ex: "_Extractor", objects: frozenset[int] = frozenset()) -> list[Token]:
    """Trim a reported clause: a leading complementizer ("that") or relative pronoun ("which she
    said had been delayed" -> "had been delayed"), a trailing conjunction or punctuation, and a
    trailing comment clause that is not part of the report: ", which will come as a bitter
    disappointment to Kyiv" (a sentential relative, the reporter's aside), ", who told a Nato
    summit that ..." (a relative clause with its own attribution) and the reporter's asides of
    :func:`_cut_trailing_aside`. A relative clause on one of the nouns ``objects`` (the object of a
    phrase row: "pointed to the farm bill, which raised crop subsidies") describes
    what the speaker spoke of and stays, unless it holds an attribution of its own."""
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "mark" and tokens[0].lower_ == "that"
                      or tokens[0].lower_ in ("which", "who", "that") and tokens[0].dep_ in ("nsubj", "nsubjpass")):
        tokens = tokens[1:]
    ids = {t.i for t in tokens}
    last = max(ids) if ids else -1
    for tok in tokens:
        if tok.lower_ not in ("which", "who") or tok.i == 0 or ex.doc[tok.i - 1].text != ",":
            continue
        clause = tok.head  # the verb of the relative clause
        own = {t.i for t in clause.subtree} | {tok.i}
        runs_to_end = not [t for t in tokens if t.i > max(own) and not t.is_punct] and max(own) >= last - 1
        says = any(ex._is_speech_verb(t) for t in clause.subtree if t.i > tok.i)
        if runs_to_end and (says or tok.lower_ == "which" and clause.head.i not in objects):
            tokens = [t for t in tokens if t.i < tok.i - 1]
            break
    tokens = _cut_trailing_aside(tokens, ex)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ")”\"’'%‰°" or tokens[-1].text in ",.;:" or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]  # "%" stays: "a pay rise below 8%" is the claim, "below 8" is not
    return tokens


def _cut_trailing_aside(tokens: list[Token], ex: "_Extractor") -> list[Token]:
    """Cut from the end of a reported clause a comment the reporter appends after a comma, which
    the parser hangs inside the clause: a concession with its own subject ("claimed that X was
    fair, though she once more declined to ..."), a non-restrictive relative clause on a named person
    ("cited criticism of Jo Smith, who took heat for ...": who Smith is, told by the reporter), or
    an -ing adjunct with no subject that holds an attribution of its own ("wondered whether X,
    engaging in what analysts called ...": how the speaker acted, in someone else's words; "the
    economy grew, boosting jobs" keeps its -ing adjunct). Only a comment that runs to the end of
    the clause is cut."""
    if not tokens:
        return tokens
    ids = {t.i for t in tokens}
    last = max(ids)
    last_word = max((t.i for t in tokens if not t.is_punct), default=-1)
    doc = ex.doc
    for tok in tokens:
        start = tok.left_edge.i
        if start == 0 or doc[start - 1].text != "," or start - 1 <= min(ids) or tok.head.i not in ids:
            continue
        if last_word > tok.right_edge.i or tok.right_edge.i < last - 1:
            continue
        concession = tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("although", "though") for m in tok.children) \
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
        who = tok.dep_ == "relcl" and tok.head.pos_ == "PROPN" and doc[start].lower_ == "who"
        participle = tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and start == tok.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
            and any(ex._is_speech_verb(t) for t in tok.subtree if t.i > tok.i)
        if concession or who or participle:
            return [t for t in tokens if t.i < start - 1]
    return tokens


def _segments_of(tokens: list[Token]) -> list[tuple[int, int]]:
    """Contiguous character segments covered by ``tokens`` (sorted)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    segments: list[tuple[int, int]] = []
    for tok in tokens:
        start, end = tok.idx, tok.idx + len(tok.text)
        if segments and tok.i - 1 >= 0 and segments[-1][2] == tok.i - 1:
            segments[-1] = (segments[-1][0], end, tok.i)
        else:
            segments.append((start, end, tok.i))
    return [(s, e) for s, e, _i in segments]


def _documents_of_earlier_speakers(rows: list[_Row]) -> list[_Row]:
    """``rows`` (in text order), where a definite document noun speaking ("The statement added
    ...") names the document an earlier quotation came through ("The ministry said in a statement
    that ..."): its speakers become that quotation's speakers — the statement is the ministry's.
    Document nouns: data/roles.toml ``document_nouns``."""
    nouns = set(lexicons.roles().get("document_nouns", []))
    sayers: dict[str, list[Actor]] = {}  # document noun -> speakers of the last quotation it carried
    for row in rows:
        said = re.fullmatch(r"(?:the|that|this)\s+([a-z]+)", (row.speaker_mention or "").strip().lower())
        if said and said.group(1) in sayers and len(row.speakers) == 1 and row.speakers[0].kind in ("document", "organisation") \
                and row.speakers[0].name.lower() == said.group(0):
            row.speakers = list(sayers[said.group(1)])
        elif row.channel and row.speakers:
            for word in re.findall(r"[a-z]+", row.channel.lower())[:4]:
                if word in nouns:
                    sayers[word] = list(row.speakers)
    return rows


def extract_quotes(parsed: Parsed, actors: ActorIndex) -> pd.DataFrame:
    """All quotations of the article as the ``quotes`` table (columns in :mod:`lib.schema`).

    Rows are in text order; ``quote_id`` is 'Q1', 'Q2', ... in that order. ``start``/``end`` are
    character offsets of the quotation's words (marks excluded) in ``articles.text``; for a quotation
    over several paragraphs — or over a lost paragraph break, an opening mark again after a full
    stop inside the same quotation ("We will win. "Nobody can stop us," he said) — they span the
    whole and ``text`` joins the parts with one space, without the inner mark. An
    indirect row's ``text`` is ``text[start:end]`` (a reported clause holding quoted words includes
    their marks), except for a clause interrupted by its own attribution ("The pier, the mayor
    said, will close"): its offsets span the whole and ``text`` joins the two sides with one space.
    ``speakers`` / ``speaker_ids`` are lists (several speakers: "both X and Y said"); ``speaker`` and
    ``speaker_id`` join them with '; '. A quotation whose speaker cannot be found keeps a null speaker.

    Never raises on odd text (unbalanced marks, no quotations): it returns fewer rows.
    """
    extractor = _Extractor(parsed, actors)
    marked = extractor.marked_rows()
    indirect = extractor.indirect_rows(marked)
    rows = _documents_of_earlier_speakers(sorted(marked + indirect, key=lambda r: (r.start, 0 if r.kind != "indirect" else 1)))
    records = []
    article = parsed.article
    for n, row in enumerate(rows, start=1):
        names = [a.name for a in row.speakers]
        ids = [a.actor_id for a in row.speakers]
        cue_start = row.cue.idx if row.cue is not None else None
        cue_end = row.cue.idx + len(row.cue.text) if row.cue is not None else None
        if row.cue is not None and row.cue_text and row.cue_text != row.cue.text:
            # "told reporters": the offsets cover the cue's words, addressee included
            last = row.cue_text.split()[-1]
            window = parsed.text[cue_end:cue_end + 40 + len(last)].lower()
            found = window.find(last.lower())  # "According To X": the case may differ
            tail = cue_end + found if found >= 0 else -1
            if 0 <= tail - cue_end <= 40:
                cue_end = tail + len(row.cue_text.split()[-1])
        records.append(
            {
                "quote_id": f"Q{n}",
                "article_id": article.article_id,
                "kind": row.kind,
                "speaker": "; ".join(names) if names else None,
                "speaker_id": "; ".join(ids) if ids else None,
                "text": row.text,
                "cue": row.cue_text,
                "channel": row.channel,
                "paragraph": article.paragraph_of(row.start),
                "sentence": row.sentence,
                "start": row.start,
                "end": row.end,
                "speakers": names,
                "speaker_ids": ids,
                "speaker_mention": _ENTRY_PREFIX_AT_START.sub("", row.speaker_mention.strip()) or None if row.speaker_mention else None,
                "cue_start": cue_start,
                "cue_end": cue_end,
                "context": parsed.text[row.context[0]:row.context[1]],
                "context_start": row.context[0],
                "context_end": row.context[1],
                "form": row.form,
            }
        )
    return make_frame("quotes", records)
