"""The pipeline end to end: an article in, the five tables of design.md §2 out.

:func:`analyze` runs every stage (parse -> actors -> quotes -> timex -> events -> positions) and
returns an :class:`ArticleTables`; :class:`Corpus` stacks several. Column names and dtypes are
declared in :mod:`lib.schema`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

import pandas as pd

from lib import actors as _actors
from lib import events as _events
from lib import positions as _positions
from lib import quotes as _quotes
from lib import timex as _timex
from lib.article import Article, load_article, parse_article
from lib.nlp import parse
from lib.schema import TABLE_NAMES, make_frame


@dataclass
class ArticleTables:
    """All tables for one article.

    Attributes:
        article: the :class:`~lib.article.Article`.
        articles, actors, quotes, events, positions: DataFrames of :mod:`lib.schema`.
        timexes: every time expression with its TIMEX value (columns: timex_id, text, start, end,
            value, granularity, date, tense, anchor, resolved).
    """

    article: Article
    articles: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame
    events: pd.DataFrame
    positions: pd.DataFrame
    timexes: pd.DataFrame = field(default_factory=pd.DataFrame)

    def table(self, name: str) -> pd.DataFrame:
        """One table by name (``articles``, ``actors``, ``quotes``, ``events``, ``positions``,
        ``timexes``). Raises ``KeyError`` for another name."""
        if name not in TABLE_NAMES and name != "timexes":
            raise KeyError(name)
        return getattr(self, name)

    def to_records(self) -> dict[str, list[dict]]:
        """``{"articles": [...], "actors": [...], ...}``: JSON-ready records (nulls as None)."""
        return {name: records(self.table(name)) for name in TABLE_NAMES}


def records(frame: pd.DataFrame) -> list[dict]:
    """DataFrame -> list of plain dicts with pandas' missing values turned into None."""
    out = []
    for row in frame.to_dict("records"):
        clean = {}
        for key, value in row.items():
            if isinstance(value, (list, tuple, dict)):
                clean[key] = value
            elif value is None or (not isinstance(value, str) and pd.isna(value)):
                clean[key] = None
            elif hasattr(value, "item"):
                clean[key] = value.item()
            else:
                clean[key] = value
        out.append(clean)
    return out


def articles_table(article: Article) -> pd.DataFrame:
    """The one-row ``articles`` table of ``article``."""
    dateline = article.text[article.dateline[0]:article.dateline[1]].strip() if article.dateline else None
    return make_frame(
        "articles",
        [
            {
                "article_id": article.article_id,
                "title": article.title,
                "source": article.source,
                "published": article.published,
                "text": article.text,
                "n_words": article.n_words,
                "n_paragraphs": len(article.paragraphs),
                "dateline": dateline,
            }
        ],
    )


def analyze(article: Article) -> ArticleTables:
    """Run the whole pipeline on ``article`` and return its :class:`ArticleTables`.

    Raises nothing on odd text (unbalanced quotation marks, no quotes, no dates): those give empty
    or partial tables. Input validation happens earlier, in :func:`lib.article.parse_article`.
    """
    parsed = parse(article)
    actor_index = _actors.resolve_actors(parsed)
    quotes = _quotes.extract_quotes(parsed, actor_index)
    timexes = _timex.extract_timexes(parsed)
    events = _events.extract_events(parsed, actor_index, timexes, quotes)
    positions = _positions.extract_positions(parsed, actor_index, quotes)
    actors = actor_index.table(quotes)
    return ArticleTables(
        article=article,
        articles=articles_table(article),
        actors=actors,
        quotes=quotes,
        events=events,
        positions=positions,
        timexes=timexes,
    )


def analyze_text(raw: str, article_id: str | None = None, *, published: str | None = None) -> ArticleTables:
    """:func:`analyze` of pasted or uploaded text (see :func:`lib.article.parse_article` for the
    header forms and the errors raised)."""
    return analyze(parse_article(raw, article_id, published=published))


def analyze_file(path: str | Path, *, published: str | None = None) -> ArticleTables:
    """:func:`analyze` of an article file (see :func:`lib.article.load_article`)."""
    return analyze(load_article(path, published=published))


def unique_article_ids(articles: Iterable[Article]) -> list[Article]:
    """``articles`` in order, each id made unique across them: the first keeps its id, a repeat
    gets ``-2``, ``-3`` ... (the first suffix not already taken): ``a.txt a.txt`` or ``x/a.txt
    y/a.txt`` give ``a`` and ``a-2``, so every row of the stacked tables names one article."""
    articles = list(articles)
    taken = {article.article_id for article in articles}
    seen: set[str] = set()
    out = []
    for article in articles:
        new_id = article.article_id
        if new_id in seen:
            n = 2
            while f"{article.article_id}-{n}" in taken:
                n += 1
            new_id = f"{article.article_id}-{n}"
            taken.add(new_id)
            article = replace(article, article_id=new_id)
        seen.add(new_id)
        out.append(article)
    return out


@dataclass
class Corpus:
    """Several analysed articles; each table stacked in the order the articles were given."""

    items: list[ArticleTables]

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], *, published: str | None = None) -> "Corpus":
        """Analyse each file in order (errors of :func:`analyze_file` propagate); a file stem given
        twice gets a unique id (:func:`unique_article_ids`)."""
        articles = [load_article(p, published=published) for p in paths]
        return cls([analyze(article) for article in unique_article_ids(articles)])

    def table(self, name: str) -> pd.DataFrame:
        """Table ``name`` of all articles, stacked (declared columns first)."""
        frames = [item.table(name) for item in self.items]
        if not frames:
            return make_frame(name) if name in TABLE_NAMES else pd.DataFrame()
        non_empty = [f for f in frames if len(f)]
        if not non_empty:
            return frames[0]
        return pd.concat(non_empty, ignore_index=True)

    def to_records(self) -> dict[str, list[dict]]:
        """``{"articles": [...], ...}`` over all articles."""
        return {name: records(self.table(name)) for name in TABLE_NAMES}
