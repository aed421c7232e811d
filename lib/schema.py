"""The five tables of the data contract (design.md §2), declared in one place.

Every table is a pandas DataFrame whose first columns are exactly the ones listed here, in this
order and with these dtypes; extra columns come after them. Offsets (``start``, ``end`` and the pairs
in ``mentions`` / ``evidence``) are character offsets into the article's ``text`` (``articles.text``),
so ``text[start:end]`` is the evidence. Dates are ISO strings ``YYYY-MM-DD`` or null.

dtypes: ``str`` is pandas' string dtype (missing = NaN, shown as null in JSON), ``Int64`` and
``Float64`` are nullable numbers, ``boolean`` a nullable bool, ``object`` holds Python lists.
"""

from __future__ import annotations

from typing import Iterable, Mapping

import pandas as pd

#: table name -> ordered (column, dtype, meaning)
TABLES: dict[str, list[tuple[str, str, str]]] = {
    "articles": [
        ("article_id", "str", "stable id: the file stem (a repeated stem in one run gets -2, -3, ...), or 'pasted-<hash>' for pasted text"),
        ("title", "str", "headline"),
        ("source", "str", "outlet, from the dateline such as '(BBC)', or null"),
        ("published", "str", "publication date (document creation time), ISO YYYY-MM-DD, or null"),
        ("text", "str", "the body; every offset in every table points into it"),
        ("n_words", "Int64", "number of word tokens in text"),
        ("n_paragraphs", "Int64", "number of non-blank lines of the body"),
        ("dateline", "str", "the dateline prefix kept out of sentences, e.g. '(BBC)', or null"),
    ],
    "actors": [
        ("actor_id", "str", "id unique within the article, e.g. 'A3'"),
        ("article_id", "str", ""),
        ("name", "str", "canonical full name as the article gives it, or the shortest description"),
        ("kind", "str", "person | organisation | country | group (unnamed plural) | document (a report)"),
        ("title", "str", "title or role, e.g. 'Kremlin spokesman', or null"),
        ("affiliation", "str", "country or organisation the actor belongs to, or null"),
        ("aliases", "object", "list[str]: other ways the article names the actor ('Trump', 'he')"),
        ("n_mentions", "Int64", "mentions, pronouns and role nouns included"),
        ("n_quotes", "Int64", "quotations the actor is a speaker of"),
        ("n_direct", "Int64", "direct quotations"),
        ("n_partial", "Int64", "partial quotations"),
        ("n_indirect", "Int64", "indirect (reported) quotations"),
        ("mentions", "object", "list[[start, end]] of every mention"),
    ],
    "quotes": [
        ("quote_id", "str", "id unique within the article, e.g. 'Q4'"),
        ("article_id", "str", ""),
        ("kind", "str", "direct | partial | indirect"),
        ("speaker", "str", "canonical speaker name(s), several joined by '; ', or null if unknown"),
        ("speaker_id", "str", "actor_id(s) of the speaker(s), joined by '; '"),
        ("text", "str", "the quotation without its marks; paragraphs (or the parts around a re-opening mark, or around an interrupting attribution) joined by one space"),
        ("cue", "str", "the cue words, e.g. 'said', 'told reporters', 'according to', or null"),
        ("channel", "str", "where it was said: a platform, 'reporters', 'a statement', ... or null"),
        ("paragraph", "Int64", "0-based index of the paragraph (non-blank line) the quote starts in"),
        ("sentence", "Int64", "0-based index of the sentence the quote starts in"),
        ("start", "Int64", "character offset of the first character of the quotation text"),
        ("end", "Int64", "character offset one past its last character"),
        ("speakers", "object", "list[str]: the speaker names, one item per speaker"),
        ("speaker_ids", "object", "list[str]: the speakers' actor_ids"),
        ("speaker_mention", "str", "the words naming the speaker at the cue ('he', 'the president')"),
        ("cue_start", "Int64", "offset of the cue, or null"),
        ("cue_end", "Int64", "offset one past the cue, or null"),
        ("context", "str", "the sentence(s) the quotation stands in"),
        ("context_start", "Int64", "offset of the context"),
        ("context_end", "Int64", "offset one past the context"),
        ("form", "str", "quoted (in marks) | clause (a reported clause) | phrase (a speech act with a "
         "phrase for content: 'called for more sanctions') | transcript ('NAME: words') | block (a paragraph "
         "without marks after a lead-in such as 'She added:')"),
    ],
    "events": [
        ("event_id", "str", "id unique within the article, e.g. 'E2'"),
        ("article_id", "str", ""),
        ("kind", "str", "call | meeting | visit | summit | talks | conference"),
        ("participants", "object", "list[str]: canonical actor names"),
        ("location", "str", "place, or null"),
        ("date", "str", "ISO YYYY-MM-DD when the date is known to the day, else null"),
        ("date_text", "str", "the words the date came from, e.g. 'on Wednesday', or null; for a postponed event the new "
                            "day's words and its first day's, 'until March 20 (originally Friday)'"),
        ("granularity", "str", "day | week | month | year, or null when undated"),
        ("approximate", "boolean", "the duration or date is hedged ('nearly', 'about')"),
        ("duration_minutes", "Float64", "duration in minutes, or null"),
        ("status", "str", "happened | planned | proposed | possible | postponed (put off to a later day; "
         "'date' is the new day when the article gives one, else the first) | denied | cancelled"),
        ("evidence", "str", "the sentence of the main mention (for an interviewer's question that the answer "
         "confirms, from the question to the end of the answer)"),
        ("start", "Int64", "offset of the evidence sentence"),
        ("end", "Int64", "offset one past the evidence sentence"),
        ("participant_ids", "object", "list[str]: actor_ids (empty string for a non-actor)"),
        ("mentions", "object", "list[[start, end]]: every mention of the event (trigger words)"),
        ("timex_value", "str", "TIMEX value of the date, e.g. '2025-02-12', '2025-W07', '2025-02'"),
        ("duration_text", "str", "the words the duration came from, or null"),
        ("period_start", "str", "ISO first day of the date's period (any granularity), or null"),
        ("period_end", "str", "ISO last day of the date's period, or null"),
        ("evidence_sentences", "object", "list[[start, end]]: the sentence of every mention (and of an answer "
         "that confirms a question)"),
        ("date_anchor", "str", "what the date is counted from: dct (the publication date), previous "
         "(the previous dated expression: 'Later'), event (another event: 'one day after'), absolute"),
    ],
    "positions": [
        ("position_id", "str", "id unique within the article, e.g. 'P1'"),
        ("article_id", "str", ""),
        ("actor", "str", "the principal whose position it is (Putin when Peskov speaks for him)"),
        ("actor_id", "str", "actor_id of the principal"),
        ("topic", "str", "topic from data/topics.toml, or a short phrase from the claim"),
        ("stance", "str", "support | oppose | conditional | mixed | doubtful"),
        ("claim", "str", "the words of the main statement"),
        ("quote_id", "str", "the quotation of the main statement, or null for reporter framing"),
        ("start", "Int64", "offset of the main statement"),
        ("end", "Int64", "offset one past it"),
        ("speaker", "str", "who actually said it (the spokesperson), or 'reporter'"),
        ("source_kind", "str", "stated (an actor's words) | reporter (the reporter's inference)"),
        ("topic_known", "boolean", "the topic is one of data/topics.toml"),
        ("evidence", "object", "list[dict(quote_id, start, end, stance, claim, said_by)], in text order; said_by: who said that statement (the reporter of a report: 'Trump said he and Putin invited each other' -> Trump), 'reporter' for the reporter's framing"),
        ("stance_changed", "boolean", "the actor's stance on the topic changes within the article"),
    ],
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)


def columns(table: str) -> list[str]:
    """The declared column names of ``table``, in order. Raises ``KeyError`` for an unknown table."""
    return [name for name, _dtype, _doc in TABLES[table]]


def make_frame(table: str, rows: Iterable[Mapping] = ()) -> pd.DataFrame:
    """Build ``table`` from dict rows: declared columns first (missing ones filled with null), dtypes
    applied, extra keys kept as extra columns after them.

    Raises ``KeyError`` for an unknown table name and ``ValueError``/``TypeError`` when a value cannot
    take its column's dtype (a bug in the caller, never user input).
    """
    spec = TABLES[table]
    rows = list(rows)
    declared = [c for c, _d, _m in spec]
    extra: list[str] = []
    for row in rows:
        for key in row:
            if key not in declared and key not in extra:
                extra.append(key)
    data: dict[str, list] = {c: [row.get(c) for row in rows] for c in declared + extra}
    frame = pd.DataFrame(data, columns=declared + extra)
    for name, dtype, _meaning in spec:
        if dtype == "object":
            frame[name] = pd.Series([v if v is not None else [] for v in data[name]], dtype="object")
        else:
            frame[name] = frame[name].astype(dtype)
    return frame


def conform(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Reorder and retype an existing frame to the declared schema (used after filtering/concat)."""
    return make_frame(table, frame.to_dict("records"))
