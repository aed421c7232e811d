"""Articles: loading, header parsing and validation (the first stage of the pipeline).

An :class:`Article` is the body text plus its metadata. Every offset Parley reports is a character
offset into ``Article.text``; the body is kept verbatim (only line endings are normalised to ``\\n``),
so a reader can always find the exact words.

Header forms accepted at the top of a ``.txt`` file (the format of ``../shared/seed`` and
``../shared/corpus/dev``):

* ``date 2025-02-13 Headline words`` — date and headline on one line;
* ``date 2025-02-13`` then the headline on the next non-blank line (``headline unknown`` = none);
* ``date unknown`` likewise, with an unknown publication date;
* no date line at all: the whole file is the body, the publication date is unknown (or the one
  passed in), and the title is the body's first sentence;
* a pasted article's own date line among its first paragraphs ("March 4, 2026", "Published 4 March
  2026 10:32 GMT": :func:`find_date_line`) gives the publication date as a ``date`` line would, and
  is kept out of the parse like a byline.

A dateline such as ``(BBC)``, ``DUBAI, United Arab Emirates (AP) —`` or ``Feb 10 (Reuters) -`` at the
start of a paragraph becomes ``Article.source`` and is kept out of every sentence (see
:attr:`Article.dateline`); without one, an HTML page's ``og:site_name`` is the source.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lib.errors import (
    ArticleNotFoundError,
    ArticleTooLongError,
    BinaryInputError,
    EmptyArticleError,
    InvalidDateError,
    NotEnglishError,
)

#: Longest body accepted, in characters (about 16,000 words: three times a long news feature).
#: spaCy's own limit is 1,000,000; this one keeps the hosted demo responsive (a 100,000-character
#: article takes about 10 s here; measured with bench/speed.py).
MAX_CHARS = 100_000

#: Publication dates Parley accepts (older or later dates overflow date arithmetic or are typos).
MIN_YEAR, MAX_YEAR = 1000, 2999

# Characters that change how text looks without being words: zero-width spaces and joiners, the
# byte-order mark, soft hyphens, bidirectional overrides (which can make displayed text differ
# from the analysed text). Removed from the body; non-breaking spaces become spaces.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_ODD_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")
# control characters other than tab, line breaks and NUL (NUL marks binary data: check_text), and
# ANSI terminal escape sequences as a whole
_CONTROLS = re.compile("\x1b\\[[0-9;]*[A-Za-z]|[\x01-\x08\x0e-\x1f\x7f]")
_INVISIBLE_OR_CONTROL = re.compile(_INVISIBLE.pattern + "|" + _CONTROLS.pattern)
_SURROGATE = re.compile("[\ud800-\udfff]")

_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2}|unknown)\b[ \t]*(?P<rest>.*)$", re.I)
# "date 2025/02/13", "date tomorrow", "date 13-02-2025": a header date Parley cannot read
_BAD_DATE_LINE = re.compile(r"^\s*date\s+(?P<date>[\d./-]{6,}|today|tomorrow|yesterday|now|tbc|tbd|n/?a)\b", re.I)
_HEADLINE_UNKNOWN = re.compile(r"^\s*headline\s+unknown\s*$", re.I)

# Datelines: "(BBC) ", "DUBAI, United Arab Emirates (AP) — ", "Feb 10 (Reuters) - ",
# "LONDON (Reuters) - ", "WASHINGTON — ", "By Jane Doe, BBC News".
_DATELINES = [
    re.compile(r"^\((?P<source>[A-Z][A-Za-z.&' ]{0,30})\)\s*(?:[—–-]+\s*)?"),
    re.compile(
        r"^(?:[A-Z][A-Za-z0-9.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z0-9.' -]{1,40}){0,2}\s+)?"
        r"\((?P<source>[A-Z][A-Za-z.&' ]{0,30})\)\s*[—–-]+\s*"
    ),
    re.compile(r"^(?P<place>[A-Z][A-Z.' -]{2,30}(?:,\s*[A-Z][A-Za-z.' ]{2,30})?)\s+[—–]\s+"),
]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# The 60 most frequent English function words; a real English news text has >= 25% of its words
# here (measured on ../shared/corpus: 38-47%), a French or German one < 8%.
_ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in that is was he for it with as his on be at by i this had not are but from
    or have an they which one you were her all she there would their we him been has when who will
    more no if out so said what up its about into than them can only other new some could these
    may then do first any my now such like our over man me even most made after also did many
    before must through back years where much your way well down should because each just those
    people how too little state good very make world still own see men work long get here between
    both life being under never day same another know while last might us great old year off come
    since against go came right used take three""".split()
)


@dataclass(frozen=True)
class Article:
    """One news article.

    Attributes:
        article_id: stable id (file stem, or ``pasted-<8 hex>`` for pasted text).
        title: the headline (never empty: derived from the first sentence when the file has none).
        source: the outlet from the dateline ("BBC", "AP", "Reuters"), else the one given by the
            caller, else a byline's ("By Ana Ribeiro, Coastline Post"), else an HTML page's
            ``<meta property="og:site_name">``; or None.
        published: publication date (document creation time) as ISO ``YYYY-MM-DD``, or None.
        text: the body, verbatim but for ``\\r\\n`` -> ``\\n``; all offsets point into it.
        paragraphs: ``(start, end)`` character offsets of each non-blank line, surrounding
            whitespace excluded; index i is "paragraph i" in every table.
        dateline: ``(start, end)`` of a dateline prefix kept out of sentences, or None.
        boilerplate: ``(start, end)`` of each paragraph that is site furniture, not the article
            (bylines, credits, promos, link lists, photo captions with a photo credit; rules in
            ``data/boilerplate.toml``). They stay in ``text`` but are never parsed.
    """

    article_id: str
    title: str
    source: str | None
    published: str | None
    text: str
    paragraphs: tuple[tuple[int, int], ...] = field(default=())
    dateline: tuple[int, int] | None = None
    boilerplate: tuple[tuple[int, int], ...] = field(default=())

    @property
    def published_date(self) -> _dt.date | None:
        """The publication date as a :class:`datetime.date`, or None when unknown."""
        return _dt.date.fromisoformat(self.published) if self.published else None

    def paragraph_of(self, offset: int) -> int:
        """0-based index of the paragraph holding character ``offset`` (the nearest one before it
        when the offset falls on blank lines)."""
        index = 0
        for i, (start, _end) in enumerate(self.paragraphs):
            if start <= offset:
                index = i
            else:
                break
        return index

    @property
    def n_words(self) -> int:
        """Number of word tokens (letters, with inner apostrophes) in the body."""
        return len(_WORD.findall(self.text))


def _removal(raw: str) -> re.Pattern:
    """What :func:`normalise_text` removes from ``raw``: the invisible characters, and — when there
    are only a few, as a stray bell or a terminal colour code pasted with the text — control
    characters and ANSI escape sequences ("\\x1b[31m"). Many control characters mean binary data,
    which :func:`check_text` refuses, so they are then kept for it to see."""
    controls = _CONTROLS.findall(raw)
    if controls and len(controls) <= max(8, len(raw) // 200):
        return _INVISIBLE_OR_CONTROL
    return _INVISIBLE


def normalise_text(raw: str) -> str:
    """``raw`` with invisible characters removed (zero-width spaces and joiners, byte-order marks,
    soft hyphens, bidirectional controls; a few stray control characters and terminal colour codes)
    and odd spaces (no-break, thin, figure) made plain spaces; a lone surrogate (an unpaired half
    of a UTF-16 pair, which no file can encode) becomes U+FFFD. Applied to every article before
    anything else, so names are not split by what a reader does not see and the displayed text is
    the analysed text."""
    text = _removal(raw).sub("", raw)
    return _SURROGATE.sub("\ufffd", _ODD_SPACES.sub(" ", text))


def normalised_offsets(raw: str) -> list[int]:
    """For each character offset of ``raw`` (and one past its end), the offset it has in
    :func:`normalise_text` of ``raw``: removed characters map to the next kept one. Lets offsets
    given against an original file (brat gold) be carried into Parley's text."""
    removed = [False] * len(raw)
    for m in _removal(raw).finditer(raw):
        for i in range(m.start(), m.end()):
            removed[i] = True
    out = []
    j = 0
    for gone in removed:
        out.append(j)
        if not gone:
            j += 1
    out.append(j)
    return out


def validate_date(value: str | None) -> str | None:
    """Return ``value`` as an ISO date string, or None for None/''/'unknown'.

    Raises :class:`InvalidDateError` if it is not a real ``YYYY-MM-DD`` calendar date in the years
    :data:`MIN_YEAR` to :data:`MAX_YEAR`.
    """
    if value is None:
        return None
    value = str(value).strip()
    if value == "" or value.lower() == "unknown":
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise InvalidDateError(f"'{value}' is not a date in the form YYYY-MM-DD (for example 2025-02-13).")
    try:
        day = _dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidDateError(f"'{value}' is not a real calendar date.") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise InvalidDateError(f"'{value}' is out of range: Parley reads publication dates from {MIN_YEAR} to {MAX_YEAR}.")
    return day.isoformat()


def is_hard_wrapped(text: str) -> bool:
    """True when ``text`` is prose wrapped at a fixed width (pasted from an e-mail or a PDF): most
    lines followed by another non-blank line stop without closing punctuation, mid-sentence, and
    the lines are of prose length (median 30 to 120 characters). News pasted from a web page, one
    paragraph per line, is not."""
    lines = text.split("\n")
    pairs = [a.strip() for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if len(pairs) < 3:
        return False
    open_ends = sum(1 for a in pairs if not a.endswith((".", "?", "!", ":", '"', "”", "’", "'", "»", ")")))
    median = sorted(len(a) for a in pairs)[len(pairs) // 2]
    return open_ends >= 0.6 * len(pairs) and 30 <= median <= 120


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each non-blank line of ``text`` (whitespace-only lines are blank), with the
    line's leading and trailing whitespace excluded. This is the paragraph convention of
    ``../shared/corpus/README.md``. Hard-wrapped prose (:func:`is_hard_wrapped`) is the exception:
    there a paragraph is a block of lines between blank lines."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    if spans and is_hard_wrapped(text):
        blocks = [list(spans[0])]
        for start, end in spans[1:]:
            if "\n\n" in text[blocks[-1][1]:start].replace(" ", "").replace("\t", "").replace("\r", ""):
                blocks.append([start, end])
            else:
                blocks[-1][1] = end
        return tuple((a, b) for a, b in blocks)
    return tuple(spans)


def find_dateline(text: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int] | None, str | None]:
    """Find a dateline at the start of one of the first six paragraphs.

    Returns ``((start, end), source)``; ``source`` is the outlet in parentheses ("BBC", "AP") or None
    for a place-only dateline ("WASHINGTON — "). Returns ``(None, None)`` when there is none.
    """
    for start, end in paragraphs[:6]:
        para = text[start:end]
        for pattern in _DATELINES:
            match = pattern.match(para)
            if match and match.end() < len(para):
                source = match.groupdict().get("source")
                return (start, start + match.end()), (source.strip() if source else None)
    return None, None


@functools.lru_cache(maxsize=1)
def _boilerplate_rules() -> dict[str, list[re.Pattern]]:
    with open(Path(__file__).resolve().parent.parent / "data" / "boilerplate.toml", "rb") as handle:
        raw = tomllib.load(handle)
    return {key: [re.compile(p) for p in raw.get(key, [])] for key in ("line", "line_after", "tail_from", "credit")}


def find_boilerplate(text: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Paragraph spans that are not article text (rules in ``data/boilerplate.toml``)."""
    rules = _boilerplate_rules()
    out = []
    after = False
    tail = False
    for start, end in paragraphs:
        line = text[start:end].strip()
        hit = tail or after
        after = False
        if not hit and any(p.search(line) for p in rules["tail_from"]):
            tail = hit = True
        if not hit and (any(p.search(line) for p in rules["line"]) or any(p.search(line) for p in rules["credit"])):
            hit = True
        if any(p.search(line) for p in rules["line_after"]):
            after = True
        if hit:
            out.append((start, end))
    return tuple(out)


# A line that may be a date line: an optional "Published"/"Updated" label and weekday, a date with a
# four-digit year, and at most a time and a zone after it.
_DATE_LINE_SHAPE = re.compile(
    r"(?i)^(?:(?:published|updated|posted|last updated)(?:\s+on)?:?\s+)?(?:[a-z]+day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$")

# "By Ana Ribeiro, Coastline Post": the outlet after the comma of a byline
_BYLINE_OUTLET = re.compile(r"By [A-Z][\w.’ -]+, ([A-Z][\w.’&/ -]+)$")

#: How many of the first paragraphs may hold the date line.
DATE_LINE_WITHIN = 4


def find_date_line(body: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[str, tuple[int, int]] | None:
    """``(ISO date, paragraph span)`` of a paragraph among the first :data:`DATE_LINE_WITHIN` that
    is only a date ("March 4, 2026", "Wednesday 4 March 2026", "Published 2026-03-04 10:32 GMT"),
    read with dateparser (English, day, month and year all required); None when there is none or
    the date is not a real one in the accepted years."""
    for start, end in paragraphs[:DATE_LINE_WITHIN]:
        line = body[start:end].strip()
        if len(line) > 60 or not _DATE_LINE_SHAPE.match(line):
            continue
        import dateparser  # (imported only when a line looks like a date: it takes a moment)

        label = re.match(r"(?i)(?:published|updated|posted|last updated)(?:\s+on)?:?\s+", line)
        when = dateparser.parse(line[label.end():] if label else line, languages=["en"],
                                settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
        if when is not None and MIN_YEAR <= when.year <= MAX_YEAR:
            return when.date().isoformat(), (start, end)
    return None


def _first_sentence(body: str, limit: int = 120) -> str:
    # Skip site furniture (bylines, timestamps: data/boilerplate.toml) and a date line before the
    # first sentence.
    text = "\n".join(body.split("\n"))
    spans = paragraph_spans(text)
    skip = set(find_boilerplate(text, spans))
    own_date = find_date_line(text, spans)
    if own_date is not None:
        skip.add(own_date[1])
    lines = [text[a:b] for a, b in paragraph_spans(text) if (a, b) not in skip] or [body]
    for line in lines:
        if line:
            match = re.match(r"(.+?[.!?])(?:[\"”’']?)(?:\s|$)", line)
            sentence = match.group(1) if match else line
            if len(sentence) > limit:
                sentence = sentence[:limit].rsplit(" ", 1)[0] + "…"
            return sentence
    return "Untitled article"


def check_text(text: str) -> None:
    """Validate a body: raises :class:`EmptyArticleError` (no words),
    :class:`BinaryInputError` (control characters of binary data), :class:`ArticleTooLongError`
    (more than :data:`MAX_CHARS` characters) or :class:`NotEnglishError` (fewer than 12% English
    function words among at least 25 words, or mostly non-Latin letters)."""
    if "\x00" in text:
        raise BinaryInputError("This looks like a binary file (it contains NUL bytes), not an article's text.")
    if text.lstrip().startswith(("%PDF-", "\x89PNG", "PK\x03\x04", "GIF8")):
        raise BinaryInputError("This is the text of a binary file (PDF, image or archive), not an article.")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text) // 200):
        raise BinaryInputError("This looks like a binary file, not an article's text.")
    words = _WORD.findall(text)
    if not words:
        if re.search(r"\d", text):
            raise EmptyArticleError("The article has only numbers and symbols, no words to analyse.")
        raise EmptyArticleError("The article is empty: there are no words to analyse.")
    if len(text) > MAX_CHARS:
        raise ArticleTooLongError(
            f"The article has {len(text):,} characters; Parley analyses articles up to {MAX_CHARS:,} "
            "characters. Split it into several articles."
        )
    letters = [ch for w in words for ch in w]
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    if len(letters) >= 40 and latin / len(letters) < 0.6:
        raise NotEnglishError("The article does not look like English; Parley analyses English news text.")
    if len(words) >= 25:
        share = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS) / len(words)
        if share < 0.12:
            raise NotEnglishError(
                "The article does not look like English; Parley analyses English news text."
            )


def decode_bytes(data: bytes) -> str:
    """Decode file bytes as UTF-8 (with or without BOM), falling back to Windows-1252.

    Raises :class:`BinaryInputError` for NUL bytes or known binary signatures (PDF, PNG, ZIP, ...).
    """
    if data[:5] == b"%PDF-" or data[:4] in (b"\x89PNG", b"PK\x03\x04", b"GIF8") or data[:3] == b"\xff\xd8\xff":
        raise BinaryInputError("This is a binary file (PDF, image or archive); paste or upload the article's text.")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")  # Notepad's "Unicode" files
        except UnicodeDecodeError:
            raise BinaryInputError("The file starts like UTF-16 text but cannot be decoded.") from None
    if b"\x00" in data[:4096]:
        raise BinaryInputError("This looks like a binary file (it contains NUL bytes), not an article's text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise BinaryInputError("The file is not text in UTF-8 or Windows-1252.") from None


# Elements of HTML that an article page or fragment is made of; a "<" before any other word
# ("<Jane>", "<3", "x<y") is plain text.
_HTML_TAG_NAMES = (
    "html|head|body|title|meta|link|script|style|noscript|template|main|article|section|header|footer|nav|aside|"
    "div|span|p|br|hr|a|b|i|u|s|em|strong|small|sub|sup|mark|q|cite|abbr|time|code|pre|blockquote|figure|figcaption|"
    "img|picture|source|video|audio|iframe|svg|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|"
    "form|input|button|label|select|option|textarea|font|center"
)
_HTML_OPEN = re.compile(rf"<(?:{_HTML_TAG_NAMES})(?:\s[^<>]*)?/?>", re.I)
_HTML_CLOSE = re.compile(rf"</(?:{_HTML_TAG_NAMES})\s*>", re.I)
_HTML_PARAGRAPH = re.compile(r"<p(?:\s[^<>]*)?>", re.I)


def looks_like_html(raw: str) -> bool:
    """True when ``raw`` is an HTML page or fragment rather than plain text: it starts with
    ``<!doctype html``, ``<html`` or a comment, or starts with an HTML element's tag (``<p>``,
    ``<div class="x">``) and closes one somewhere, or holds several ``<p>`` paragraphs. Only real
    HTML element names count, so plain text holding a "<" ("x<y", "<3", "<Jane> said") is text."""
    stripped = raw.lstrip()
    head = stripped[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml", "<!--")):
        return head.startswith(("<!doctype", "<html")) or bool(_HTML_OPEN.search(head) and _HTML_CLOSE.search(raw))
    if _HTML_OPEN.match(head) and _HTML_CLOSE.search(raw):
        return True
    return len(_HTML_PARAGRAPH.findall(raw[:20000])) >= 2 and "</p>" in raw.lower()


# Elements whose text a reader does not see as the article (code, menus, forms, page furniture).
_INVISIBLE_TAGS = ("head", "title", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                   "form", "button", "select", "option", "textarea", "iframe", "svg", "canvas", "object", "embed",
                   "video", "audio", "picture", "menu", "dialog")
# Whitespace that HTML shows as one space (not the no-break space, already a plain space here).
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# Elements that start a new line of text.
_BLOCK_TAGS = frozenset(
    "address article blockquote body br dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr "
    "html li main ol p pre section summary table tbody td tfoot th thead tr ul".split()
)


def visible_text(html: str) -> str:
    """The text a browser would show of ``html``, one line per block (paragraph, heading, list
    item, ...), runs of spaces collapsed, blank lines dropped; the text of script, style, nav,
    header, footer, aside, forms and the ``<head>`` is left out. Returns '' when the markup holds no
    visible text or cannot be parsed. The fallback of :func:`html_to_text` for short pages and
    fragments that trafilatura finds no article in."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except ValueError:  # a string with an XML encoding declaration: parse its bytes
        try:
            root = lxml.html.fromstring(html.encode("utf-8"))
        except (ValueError, lxml.etree.LxmlError):
            return ""
    except lxml.etree.LxmlError:
        return ""
    for element in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction, *_INVISIBLE_TAGS)):
        if element is root:
            return ""
        element.drop_tree()  # keeps the text that follows the element
    pieces: list[str] = []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                pieces.append("\n")
            if element.text:
                pieces.append(_HTML_SPACE.sub(" ", element.text))
        else:
            if tag in _BLOCK_TAGS:
                pieces.append("\n")
            if element.tail and element is not root:
                pieces.append(_HTML_SPACE.sub(" ", element.tail))
    lines = (line.strip(" ") for line in re.sub(" {2,}", " ", "".join(pieces)).split("\n"))
    return "\n".join(line for line in lines if line)


# A <br> tag (with or without attributes or a slash).
_HTML_BR = re.compile(r"<br\b[^<>]*>", re.I)
# Text that ends a line on purpose: sentence or clause punctuation, perhaps with closing quotes.
_LINE_END = re.compile(r"[.!?:;…][\"'”’»)\]]*$")
# Words a line of running text cannot end on (articles, prepositions, conjunctions, auxiliaries,
# verbs of saying): "said the plan<br>would", "ready in<br>May".
_RUNS_ON = frozenset(
    "a an the of to in on at by for with from into onto about over under after before between and or but nor "
    "that which who whom whose as than if is are was were be been being has have had will would shall should "
    "can could may might must not said says told".split()
)
#: A line of this many characters or more that does not end in punctuation is prose, not an address
#: or verse line (both are shorter), so a single <br> after it joins the next words.
BR_PROSE_LINE = 60


def _br_joint(before: str, after: str, count: int) -> str:
    """What ``count`` adjacent ``<br>`` tags between the visible text ``before`` and ``after`` (on
    the same line) become: a new line (so a new paragraph) or a space (running text).

    The rule: two or more ``<br>`` in a row always break the line. A single ``<br>`` becomes a space
    when the text before it does not end a sentence or clause (``. ! ? : ;``, closing quotes
    allowed) and either the next word starts with a lowercase letter ("said the plan<br>would be
    ready"), or the text before ends on a word a line cannot end on ("ready in<br>May"), or the line
    before is prose-long (:data:`BR_PROSE_LINE` characters or more); a colon followed by a
    quotation mark joins too ('He said:<br>"We are ready."'). Otherwise the line breaks, so
    address blocks ("10 Downing Street<br>London"), verse ("Roses are red,<br>Violets are blue"),
    bylines and list-like lines stay one line each. A ``<br>`` at the start or end of a line is
    dropped."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return ""
    if count >= 2:
        return "\n"
    if before.endswith(":") and after[0] in "\"“‘'«":
        return " "  # 'He said:<br>"We are ready."' is one sentence
    if _LINE_END.search(before):
        return "\n"
    last_word = before.rsplit(None, 1)[-1]
    if after[0].islower() or last_word in _RUNS_ON or len(before) >= BR_PROSE_LINE:
        return " "
    return "\n"


def _resolve_breaks(text: str, token: str) -> str:
    """``text`` with each run of ``token`` (a ``<br>`` placeholder) replaced by :func:`_br_joint`."""
    run = re.compile(rf"((?:[ \t]*{re.escape(token)})+[ \t]*)")
    lines = []
    for line in text.split("\n"):
        parts = run.split(line)
        out = parts[0]
        for i in range(1, len(parts), 2):
            out += _br_joint(parts[i - 1], parts[i + 1], parts[i].count(token)) + parts[i + 1]
        lines.append(out)
    return "\n".join(lines)


def html_site_name(html: str) -> str | None:
    """The outlet named by the page's ``<meta property="og:site_name" content="...">`` (or
    ``name="og:site_name"``), stripped, or None when there is none or it is a web address or longer
    than 60 characters. Parley's :attr:`Article.source` when no dateline names one."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(html.encode("utf-8"))
    except (ValueError, lxml.etree.LxmlError):
        return None
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key == "og:site_name":
            name = _HTML_SPACE.sub(" ", meta.get("content") or "").strip()
            if name and len(name) <= 60 and not re.search(r"://|^www\.|[<>]", name, re.I):
                return name
    return None


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Extract the article from an HTML page with trafilatura.

    Returns ``(body, title, published)``; title and date are None when the page has none. When
    trafilatura finds no article (a short fragment such as ``<p>Mayor X said: "Hi".</p>``), the body
    is the page's :func:`visible_text`. Raises :class:`EmptyArticleError` when the page has no
    visible text at all.

    Each paragraph, heading or list item is one line (one paragraph of the article). A ``<br>``
    inside one is read by :func:`_br_joint`: a sentence running across a single ``<br>`` stays one
    line ("said the plan<br>would be ready" -> "said the plan would be ready"), while ``<br><br>``,
    a ``<br>`` after ``. ! ? : ;`` and short lines such as an address or verse break the line.
    """
    import trafilatura

    token = "\u00b6br\u00b6"
    while token in html:
        token += "\u00b6"
    marked = _HTML_BR.sub(token, html)
    body = trafilatura.extract(marked, include_comments=False, include_tables=False, favor_recall=True) or ""
    # the date only from the page's metadata (meta tags, JSON-LD, <time>): htmldate's extensive
    # search also guesses from the text, and takes a footer's "Copyright ... 2025" for 2025-01-01
    meta = trafilatura.extract_metadata(html, extensive=False)
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    if not body.replace(token, "").strip():
        body = visible_text(marked)
    elif body.count("\n") > 0:
        # trafilatura kept the whole page but put inline elements on lines of their own
        # ("President\nJoe Biden\nsaid" from "President <b>Joe Biden</b> said" in a bare fragment):
        # the browser's view has the same words with one line per block, so it is used instead
        shown = visible_text(marked)
        if shown.count("\n") < body.count("\n") and "".join(shown.split()) == "".join(body.split()):
            body = shown
    body = _resolve_breaks(body, token)
    if not body.strip():
        raise EmptyArticleError("No article text was found in this HTML page.")
    if date:
        date = date[:10]
        try:
            date = validate_date(date)
        except InvalidDateError:
            date = None
    return body.replace("\r\n", "\n"), title, date


def _header_then_html(raw: str) -> tuple[str, str] | None:
    """``(header, markup)`` when ``raw`` opens with a ``date`` line (and, on its own line, a
    headline that is not markup) followed by HTML; None otherwise."""
    lines = raw.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not _DATE_LINE.match(lines[first]):
        return None
    cut = first + 1
    following = next((i for i in range(first + 1, len(lines)) if lines[i].strip()), None)
    if following is not None and not lines[following].lstrip().startswith("<"):
        cut = following + 1
    markup = "\n".join(lines[cut:])
    if not looks_like_html(markup):
        return None
    return "\n".join(lines[:cut]), markup


def make_article_id(text: str, prefix: str = "pasted") -> str:
    """A stable id for pasted text: ``<prefix>-`` and the first 8 hex digits of its SHA-1."""
    return f"{prefix}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"


def parse_article(
    raw: str,
    article_id: str | None = None,
    *,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Article:
    """Build an :class:`Article` from raw text (a header as described in the module doc, or none).

    ``published`` (ISO date) applies only when the text has no ``date`` line; ``title`` and ``source``
    are used when the text gives none (for HTML, ahead of the page's ``<title>`` and
    ``og:site_name``; a dateline's outlet comes first). HTML input is converted with
    :func:`html_to_text` first; a ``date`` header line (and headline line) above HTML is kept as the
    header.

    ``raw`` may also be UTF-8 ``bytes``; anything else that is not a ``str`` raises
    :class:`BinaryInputError`.

    Raises :class:`EmptyArticleError`, :class:`BinaryInputError`, :class:`ArticleTooLongError`,
    :class:`NotEnglishError` or :class:`InvalidDateError` (all :class:`lib.errors.ParleyError`).
    """
    if raw is None:
        raise EmptyArticleError("The article is empty: there are no words to analyse.")
    if isinstance(raw, (bytes, bytearray)):
        try:
            raw = bytes(raw).decode("utf-8")  # UTF-8 bytes are text; NUL bytes are caught below
        except UnicodeDecodeError as exc:
            raise BinaryInputError("This is not text in UTF-8; paste or upload the article's text.") from exc
    if not isinstance(raw, str):
        raise BinaryInputError(f"The article must be text, not {type(raw).__name__}.")
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    raw = normalise_text(raw)
    header_and_markup = _header_then_html(raw)
    site_name: str | None = None
    if header_and_markup is not None:
        # "date 2025-02-13 Headline" then HTML: keep Parley's header, convert the markup below it
        header, markup = header_and_markup
        body_text, html_title, _html_date = html_to_text(markup)
        raw = header + "\n\n" + body_text
        title = title or html_title
        site_name = html_site_name(markup)
    elif looks_like_html(raw):
        site_name = html_site_name(raw)
        raw, html_title, html_date = html_to_text(raw)
        title = title or html_title
        published = published or html_date
    published = validate_date(published)

    lines = raw.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise EmptyArticleError("The article is empty: there are no words to analyse.")
    header_title: str | None = None
    match = _DATE_LINE.match(lines[first])
    if not match and _BAD_DATE_LINE.match(lines[first]):
        bad = _BAD_DATE_LINE.match(lines[first]).group("date")
        raise InvalidDateError(f"The date line says 'date {bad}'; write the publication date as YYYY-MM-DD "
                               "(for example date 2025-02-13), or 'date unknown'.")
    if match:
        published = validate_date(match.group("date"))
        rest = match.group("rest").strip()
        body_from = first + 1
        if rest:
            header_title = rest
        else:
            nxt = next((i for i in range(first + 1, len(lines)) if lines[i].strip()), None)
            if nxt is not None:
                # the headline is the next line when a blank line (then the body) follows it;
                # a line running straight on, or the only line left, is the body itself
                followed_by_blank = nxt + 1 < len(lines) and not lines[nxt + 1].strip()
                has_body = any(line.strip() for line in lines[nxt + 1:])
                if _HEADLINE_UNKNOWN.match(lines[nxt]):
                    body_from = nxt + 1
                elif followed_by_blank and has_body:
                    header_title = lines[nxt].strip()
                    body_from = nxt + 1
        body = "\n".join(lines[body_from:])
    else:
        body = raw
    # Drop leading blank lines only: the body otherwise stays verbatim.
    body = body.lstrip("\n")
    body = body.rstrip()
    check_text(body)
    paragraphs = paragraph_spans(body)
    boilerplate = find_boilerplate(body, paragraphs)
    if not match:
        # a date line near the top of a pasted article ("March 4, 2026", "Published 4 March 2026
        # 10:32 GMT") is its publication date, like a 'date' header, and never part of the text
        own = find_date_line(body, paragraphs)
        if own is not None:
            published = own[0]
            boilerplate = tuple(sorted(set(boilerplate) | {own[1]}))
    content = tuple(p for p in paragraphs if p not in boilerplate) or paragraphs
    dateline, dateline_source = find_dateline(body, content)
    # a byline naming its outlet ("By Ana Ribeiro, Coastline Post") tells the source too
    byline_source = next((m.group(1).strip() for a, b in boilerplate[:3]
                          for m in [_BYLINE_OUTLET.match(body[a:b].strip())] if m), None)
    return Article(
        article_id=article_id or make_article_id(body),
        # the first sentence, after a dateline only when nothing but the dateline comes before it (a
        # headline line above "OSLO — ..." is the title)
        title=header_title or title or _first_sentence(body[dateline[1]:] if dateline and not body[:dateline[0]].strip() else body),
        source=dateline_source or source or byline_source or site_name,
        published=published,
        text=body,
        paragraphs=paragraphs,
        dateline=dateline,
        boilerplate=boilerplate,
    )


def load_article(path: str | Path, *, published: str | None = None) -> Article:
    """Read an article file (``.txt`` with or without a header, or ``.html``).

    The article id is the file stem. ``published`` applies when the file has no date line.
    Raises :class:`ArticleNotFoundError` if the file is missing or unreadable, and the errors of
    :func:`parse_article`.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError, NotADirectoryError) as exc:
        raise ArticleNotFoundError(f"Cannot read the article file '{path}': {exc.strerror or exc}.") from None
    raw = decode_bytes(data)
    return parse_article(raw, article_id=path.stem, published=published)


def sample_articles_dir() -> Path:
    """The folder of the embedded sample articles (``data/articles``)."""
    return Path(__file__).resolve().parent.parent / "data" / "articles"


def sample_articles() -> list[Path]:
    """Paths of the embedded sample articles, sorted by name."""
    return sorted(sample_articles_dir().glob("*.txt"))


# An interview transcript's line labels ("Q: ...", "Answer: ...").
_QA_LABEL = re.compile(r"(Q|A|Question|Answer)\s*[:.]\s+(?=\S)")


def interview_lines(text: str) -> list[tuple[str, int, int]]:
    """The labelled lines of an interview transcript in "Q: ... / A: ..." form ("Question:",
    "Answer:" too), in text order: ``(label, start, end)`` with label 'Q' (the interviewer's line)
    or 'A' (the interviewee's answer), ``start`` the offset of the words after the label and
    ``end`` the end of the line (trailing spaces excluded). Empty unless ``text`` has at least one
    "Q:" line and one "A:" line (an "A:" alone is no transcript). Offsets point into ``text``.
    :func:`lib.quotes.extract_quotes` gives each answer a direct row; :mod:`lib.events` reads no event from a
    question."""
    out: list[tuple[str, int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        a, b = line.start(), line.end()
        m = _QA_LABEL.match(text, a + len(line.group()) - len(line.group().lstrip()), b)
        if m is not None:
            out.append((m.group(1)[0], m.end(), a + len(line.group().rstrip())))
    if not any(label == "Q" for label, _a, _b in out) or not any(label == "A" for label, _a, _b in out):
        return []
    return out
