"""Shared view helpers of the Parley pages: state in the URL, escaping, colours, downloads, figures.

Pages stay thin: they read the tables of :mod:`lib.tables` (put in ``st.session_state`` by
``streamlit_app.py``), filter them with the helpers here and draw. Every helper that creates a
widget takes a key ``prefix`` (spacy-streamlit style), so two uses never collide.

Filters live in three places, kept in step by :func:`seed_filter` / :func:`keep_filter`:

* the widget's own session-state key (while the page is shown);
* a copy under ``"_keep:" + key`` that survives a page switch (Streamlit forgets a widget's state
  when its page is left);
* the URL query string (``?tl-kind=call&tl-kind=meeting``): a shared link reproduces the view. Only
  plain strings are read from the URL and every value is checked against the options of the
  current article; nothing is ever unpickled or evaluated.

Untrusted article text goes through :func:`html_text` before any HTML and through :func:`md_text`
before any markdown (``$`` escaped too, so it never turns into LaTeX).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import html
import io
import json
import math
import re
import unicodedata
import threading
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NoReturn, Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from lib.tables import ArticleTables, records

#: session-state key under which streamlit_app.py leaves the current :class:`ArticleTables` (or None)
TABLES_KEY = "parley:tables"
#: session-state key of the reason there are no tables (an error message already shown), or None
NO_TABLES_REASON_KEY = "parley:no_tables_reason"
#: session-state key set by streamlit_app.py when the session was opened by a link to a pasted
#: ("paste") or uploaded ("upload") article whose text is not there yet, else None
LINK_SOURCE_KEY = "parley:link_source"
_KEEP = "_keep:"

#: URL prefixes of the pages' filters; a page drops the other pages' parameters from the URL.
PAGE_PREFIXES = ("art-", "tl-", "qt-", "pos-")

#: Tableau 10: distinct, readable both as a line and as a 25% tint behind text.
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)
UNKNOWN_SPEAKER = "Unknown speaker"
UNKNOWN_COLOUR = "#7f7f7f"

QUOTE_KINDS = ("direct", "partial", "indirect")
QUOTE_KIND_WORDS = {
    "direct": "direct quotation",
    "partial": "partial quotation",
    "indirect": "reported speech",
}
EVENT_KINDS = ("call", "meeting", "visit", "summit", "talks", "conference")
EVENT_STATUSES = ("happened", "planned", "proposed", "possible", "postponed", "denied", "cancelled")
KIND_COLOURS = {
    "call": "#4e79a7",
    "meeting": "#f28e2b",
    "visit": "#59a14f",
    "summit": "#b07aa1",
    "talks": "#e15759",
    "conference": "#9c755f",
}
GREY = "#a0a0a0"
UNDATED = "undated"
#: the label of the timeline's strip of undated events
UNDATED_LABEL = "<b>undated</b><br>(order of<br>mention)"

STANCES = ("support", "oppose", "conditional", "mixed", "doubtful")
#: how a stance reads in a sentence: "Donald Trump: for peace negotiations"
STANCE_WORDS = {
    "support": "for",
    "oppose": "against",
    "conditional": "conditionally for",
    "mixed": "mixed on",
    "doubtful": "doubtful on",
}
#: the legend in words (the matrix never relies on colour alone)
STANCE_LABELS = {
    "support": "supports",
    "oppose": "opposes",
    "conditional": "supports on conditions",
    "mixed": "mixed",
    "doubtful": "doubtful",
}
STANCE_COLOURS = {
    "support": "#1a9850",
    "oppose": "#d73027",
    "conditional": "#4575b4",
    "mixed": "#984ea3",
    "doubtful": "#f1a340",
}


# --------------------------------------------------------------------------------------------
# Escaping
# --------------------------------------------------------------------------------------------

def html_text(value: Any) -> str:
    """``value`` as text safe inside HTML (and inside plotly labels): ``&<>"'`` escaped and ``$``
    written as ``&#36;`` so no renderer reads it as LaTeX. None/NaN give ''."""
    if value is None or (not isinstance(value, str) and _isna(value)):
        return ""
    return html.escape(str(value), quote=True).replace("$", "&#36;")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#!|$~&:])")
_MD_LINE_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+=>])")


def md_text(value: Any) -> str:
    """``value`` as literal text inside Streamlit markdown (titles, captions, expander labels):
    markdown-significant characters are backslash-escaped (``$`` too, so ``$5 and $10`` is not
    LaTeX; ``:`` too, so no ``:emoji:`` or ``:red[...]`` directive), a leading list/quote marker
    is escaped, and line breaks become spaces. None/NaN give ''."""
    if value is None or (not isinstance(value, str) and _isna(value)):
        return ""
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))
    return _MD_LINE_START.sub(lambda m: (m.group(1) or "") + (m.group(2) or "") + "\\" + (m.group(3) or "")
                              if m.group(2) else (m.group(4) or "") + "\\" + m.group(5), text)


def md_plain(value: str) -> str:
    """Undo :func:`md_text` (for tests and for comparing shown text with the table)."""
    return re.sub(r"\\(.)", r"\1", value)


def _isna(value: Any) -> bool:
    """True for None, NaN, pd.NA and NaT; False for anything list-like."""
    if value is None:
        return True
    if isinstance(value, (str, list, tuple, dict)) or hasattr(value, "__len__"):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def as_str(value: Any, default: str = "") -> str:
    """A cell as a plain string ('' / ``default`` for null)."""
    if value is None or (not isinstance(value, str) and _isna(value)):
        return default
    return str(value)


def as_int(value: Any) -> int | None:
    """A nullable integer cell as ``int`` or None."""
    if value is None or _isna(value):
        return None
    return int(value)


def as_list(value: Any) -> list:
    """A list-valued cell (lists, tuples, numpy arrays) as a Python list; null gives []."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist"):
        return list(value.tolist())
    if isinstance(value, str):
        return [value] if value else []
    return []


# --------------------------------------------------------------------------------------------
# Router
# --------------------------------------------------------------------------------------------

_ROUTER = Path(__file__).resolve().parent.parent / "streamlit_app.py"
_state = threading.local()


@contextlib.contextmanager
def routing() -> Iterator[None]:
    """Mark the page run by ``streamlit_app.py``'s navigation (one flag per script thread)."""
    _state.routed = True
    try:
        yield
    finally:
        _state.routed = False


def ensure_router() -> None:
    """Run the router instead when Streamlit runs this page file on its own, then stop.

    Until ``st.navigation`` has run once in a server process, Streamlit treats a folder named
    ``pages/`` as an old-style multipage folder: the first request of a fresh server for
    ``/timeline`` runs ``pages/timeline.py`` by itself, without the article picker (and AppTest
    does so on every rerun). The router then runs this page again inside its navigation.
    """
    if getattr(_state, "routed", False):
        return
    _run_router()


def _run_router() -> NoReturn:
    code = compile(_ROUTER.read_text(encoding="utf-8"), str(_ROUTER), "exec")
    exec(code, {"__name__": "__main__", "__file__": str(_ROUTER)})  # noqa: S102 - our own router
    st.stop()


# --------------------------------------------------------------------------------------------
# The current article
# --------------------------------------------------------------------------------------------

def current_tables() -> ArticleTables | None:
    """The :class:`ArticleTables` of the article picked in the sidebar, or None."""
    return st.session_state.get(TABLES_KEY)


def require_tables(prefix: str) -> ArticleTables:
    """The current tables; when there are none, says why in the page and stops the script run.

    ``prefix`` is the calling page's key prefix (the page's URL parameters are tidied first).
    """
    tidy_url(prefix)
    tables = current_tables()
    if tables is None:
        link = st.session_state.get(LINK_SOURCE_KEY)
        if link in ("paste", "upload"):
            st.info(link_message(link, prefix), icon=":material/lock:")
            st.stop()
        reason = st.session_state.get(NO_TABLES_REASON_KEY)
        st.info(
            "No article is analysed yet: "
            + (reason or "pick the sample, paste an article or upload a file in the sidebar.")
        )
        st.stop()
    return tables


#: how a page's URL parameter reads in a sentence ("speaker 'Marcus Webb'"); default: the name
_PARAM_WORDS = {"tl-actor": "participant", "qt-text": "words", "qt-quote": "quotation",
                "pos-cell": "square", "art-kind": "kind", "art-speaker": "speaker"}


def url_filters(prefix: str) -> dict[str, list[str]]:
    """The filters of the page ``prefix`` in the URL, as ``{words: [values]}`` (values cut to 80
    characters, at most 5 per filter). Plain text, not checked against any article: escape it."""
    out: dict[str, list[str]] = {}
    for key in st.query_params.keys():
        if not key.startswith(prefix):
            continue
        values = [v[:80] for v in st.query_params.get_all(key) if v != ""][:5]
        if values:
            out[_PARAM_WORDS.get(key, key[len(prefix):])] = values
    return out


def link_message(source: str, prefix: str) -> str:
    """Markdown (escaped) for a link to a pasted or uploaded article opened in a new session:
    the text is not in the link (privacy), so it must be pasted or uploaded again; the link's
    filters for this page stay in the URL and apply then."""
    if source == "upload":
        text = ("This link is to an uploaded article. Uploaded files are not stored in links (for "
                "privacy), so upload the file again in the sidebar.")
    else:
        text = ("This link is to a pasted article. Pasted text is not stored in links (for privacy), "
                "so paste the article's text again in the sidebar and click Analyse.")
    filters = describe_filters(url_filters(prefix))
    if filters:
        text += f" The link's filters ({filters}) are kept and apply once the article is analysed."
    return md_text(text)


# --------------------------------------------------------------------------------------------
# Filters that survive a page switch and live in the URL
# --------------------------------------------------------------------------------------------

def tidy_url(prefix: str) -> None:
    """Drop URL parameters that belong to the other pages' filters (``prefix`` is this page's)."""
    for key in list(st.query_params.keys()):
        if key.startswith(PAGE_PREFIXES) and not key.startswith(prefix):
            del st.query_params[key]


def _from_url(key: str, multi: bool) -> Any:
    if key not in st.query_params:
        return None
    if multi:
        return [v for v in st.query_params.get_all(key) if v != ""]
    return st.query_params.get(key)


def seed_filter(key: str, default: Any, *, options: Sequence | None = None, multi: bool = False,
                kind: str = "str") -> Any:
    """Give the widget ``key`` its value before it is created, and return that value.

    The value comes from the live widget, else the copy kept over a page switch, else the URL,
    else ``default``; it is then checked: multiselect values (``multi``) and a single choice must
    be in ``options`` (unknown ones are dropped), a ``kind="bool"`` flag is read from "1"/"0".
    Create the widget without a ``default``/``value``/``index`` argument afterwards.
    """
    state = st.session_state
    if key in state:
        value = state[key]
    elif _KEEP + key in state:
        value = state[_KEEP + key]
    else:
        url_value = _from_url(key, multi)
        if url_value is None:
            value = default
        elif kind == "bool":
            value = url_value in ("1", "true", "yes")
        else:
            value = url_value
    if multi:
        value = [v for v in as_list(value) if options is None or v in options]
        # keep the order of the options and drop duplicates
        if options is not None:
            value = [o for o in options if o in value]
    elif options is not None and value not in options:
        value = default
    if kind == "bool":
        value = bool(value)
    if kind == "str" and not multi and options is None:
        value = as_str(value)[:200]  # the length a free-text filter accepts
    state[key] = value
    return value


def keep_filter(key: str, value: Any, default: Any, *, kind: str = "str") -> None:
    """Remember ``value`` over a page switch and write it to the URL (removed when it is the
    default, so links stay short)."""
    st.session_state[_KEEP + key] = value
    if value == default or value is None or value == [] or value == "":
        if key in st.query_params:
            del st.query_params[key]
        return
    if kind == "bool":
        st.query_params[key] = "1" if value else "0"
    elif isinstance(value, list):
        st.query_params[key] = [str(v) for v in value]
    else:
        st.query_params[key] = str(value)


def filter_multiselect(prefix: str, name: str, label: str, options: Sequence[str], *,
                       format_func: Callable[[Any], str] = str, help: str | None = None,
                       container: Any = None) -> list[str]:
    """A multiselect filter kept in the URL as ``?<prefix><name>=a&<prefix><name>=b``.

    Returns the chosen options (a list of str, in option order); an empty list means "all".
    """
    key = f"{prefix}{name}"
    seed_filter(key, [], options=list(options), multi=True)
    where = container or st
    value = where.multiselect(label, list(options), key=key, format_func=format_func, help=help,
                              placeholder="All")
    keep_filter(key, list(value), [])
    return list(value)


def filter_text(prefix: str, name: str, label: str, *, placeholder: str = "",
                help: str | None = None, container: Any = None) -> str:
    """A free-text filter kept in the URL as ``?<prefix><name>=words``. Returns the stripped text."""
    key = f"{prefix}{name}"
    seed_filter(key, "")
    where = container or st
    value = where.text_input(label, key=key, placeholder=placeholder, help=help, max_chars=200)
    keep_filter(key, value, "")
    return (value or "").strip()


def filter_select(prefix: str, name: str, label: str, options: Sequence[str], *,
                  format_func: Callable[[Any], str] = str, help: str | None = None,
                  container: Any = None) -> str | None:
    """A single choice (or none) kept in the URL as ``?<prefix><name>=value``.

    Returns the chosen option or None.
    """
    key = f"{prefix}{name}"
    seed_filter(key, None, options=list(options))
    where = container or st
    value = where.selectbox(label, list(options), key=key, format_func=format_func, help=help,
                            index=None, placeholder="Choose…")
    keep_filter(key, value, None)
    return value


def describe_filters(parts: dict[str, Any]) -> str:
    """"kind 'call', actor 'Donald Trump'" for the active filters of ``parts`` (name -> value)."""
    out = []
    for name, value in parts.items():
        if value in (None, "", []):
            continue
        values = value if isinstance(value, list) else [value]
        out.append(f"{name} " + " or ".join(f"'{v}'" for v in values))
    return ", ".join(out)


# --------------------------------------------------------------------------------------------
# Downloads
# --------------------------------------------------------------------------------------------

def _listy(value: Any) -> bool:
    """True for a list-valued cell (list, tuple, 1-d array); False for strings and scalars."""
    if isinstance(value, (list, tuple)):
        return True
    return hasattr(value, "tolist") and not isinstance(value, (str, bytes)) and getattr(value, "ndim", 0) >= 1


def _strip_cell(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _is_text_column(series: pd.Series) -> bool:
    return series.dtype == object or pd.api.types.is_string_dtype(series.dtype)


def strip_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose string cells have no leading or trailing whitespace (nulls and
    lists untouched)."""
    out = frame.copy()
    for column in out.columns:
        if _is_text_column(out[column]):
            out[column] = out[column].map(_strip_cell)
    return out


def _name_list_column(series: pd.Series) -> bool:
    """True when every non-null cell of ``series`` is a list of strings (and one at least is a
    list): participants, speakers, aliases, ids."""
    seen = False
    for value in series:
        if value is None or (not _listy(value) and _isna(value)):
            continue
        if not _listy(value):
            return False
        if not all(isinstance(item, str) for item in as_list(value)):
            return False
        seen = True
    return seen


def _json_cell(value: Any) -> Any:
    if isinstance(value, dict) or _listy(value):
        return json.dumps(value.tolist() if hasattr(value, "tolist") else value, ensure_ascii=False,
                          default=str)
    return value


#: what a spreadsheet reads as the start of a formula (OWASP "CSV injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: Any) -> Any:
    """A string cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return) with a single quote ``'`` before it, so Excel and
    LibreOffice show it as text (OWASP's advice for CSV injection); other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV of ``frame`` that opens cleanly in Excel: UTF-8 with a byte-order mark. String cells
    are stripped; a column of lists of names reads "Donald Trump; Vladimir Putin"; other list and
    dict cells (offsets, evidence) are JSON text (lossless). A text cell starting like a formula
    (``=HYPERLINK(...)``, ``+``, ``-``, ``@``) gets a ``'`` before it (:func:`neutralise_formula`),
    so opening the file never runs the article's words; the JSON download keeps them exact."""
    out = strip_strings(frame)
    for column in out.columns:
        if not _is_text_column(out[column]):
            continue
        if out[column].dtype == object:
            if _name_list_column(out[column]):
                out[column] = out[column].map(
                    lambda v: "; ".join(str(x).strip() for x in as_list(v)) if _listy(v) else v)
            else:
                out[column] = out[column].map(_json_cell)
        out[column] = out[column].map(neutralise_formula)
    buffer = io.StringIO()
    out.to_csv(buffer, index=False)
    return buffer.getvalue().encode("utf-8-sig")


def to_json(frame: pd.DataFrame) -> bytes:
    """UTF-8 JSON array of records of ``frame`` (nulls as null, lists kept as arrays, string cells
    stripped)."""
    return json.dumps(records(strip_strings(frame)), ensure_ascii=False, indent=1,
                      default=str).encode("utf-8")


#: the downloads' header of the quotations' paragraph, numbered from 1 as on screen (the lib
#: tables and ``python -m lib analyze`` keep ``paragraph``, the 0-based index of lib/schema.py)
PARAGRAPH_DOWNLOAD = "paragraph (from 1)"


def for_download(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` as the CSV and JSON downloads give it: the 0-based ``paragraph`` index becomes
    :data:`PARAGRAPH_DOWNLOAD`, the paragraph's number counted from 1 (in the same place among the
    columns), so the file agrees with the tables on screen; every other column is unchanged."""
    if "paragraph" not in frame.columns:
        return frame
    numbers = pd.to_numeric(frame["paragraph"], errors="coerce").astype("Int64") + 1
    out = frame.copy()
    out["paragraph"] = numbers
    return out.rename(columns={"paragraph": PARAGRAPH_DOWNLOAD})


def slug(text: str, limit: int = 60) -> str:
    """"ukraine-war-talks-start-now" for "Ukraine war talks start now!": lowercase ASCII letters
    and digits joined by hyphens, at most ``limit`` characters (cut at a hyphen)."""
    words = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
                   .decode("ascii").casefold()).strip("-")
    if len(words) > limit:
        words = words[:limit + 1].rsplit("-", 1)[0] if "-" in words[:limit + 1] else words[:limit]
    return words.strip("-")


def article_stem(article: Any) -> str:
    """The file stem of an article's downloads: a pasted article (id ``pasted-<hash>``) is named
    after a slug of its headline, like an upload or a sample; its id when it has no headline."""
    article_id = as_str(getattr(article, "article_id", ""))
    if article_id.startswith("pasted-"):
        return slug(as_str(getattr(article, "title", ""))) or article_id
    return article_id


def download_name(name: str, *, filtered: bool = False) -> str:
    """File stem of a download: ``<article_id>-<name>`` (``-filtered`` when the table shown is
    filtered), e.g. ``2025-02-13-bbc-trump-putin-call-quotes-filtered``."""
    tables = current_tables()
    stem = f"{article_stem(tables.article)}-{name}" if tables is not None else name
    return stem + ("-filtered" if filtered else "")


def download_buttons(prefix: str, frame: pd.DataFrame, name: str, *, filtered: bool = False,
                     container: Any = None) -> None:
    """Two buttons: ``<article_id>-<name>[-filtered].csv`` and ``.json`` of ``frame`` (downloads
    do not rerun the app). ``filtered``: the table is narrowed by the page's filters (said in the
    label and the file name). Paragraphs are numbered from 1 in both files (:func:`for_download`)."""
    where = container or st
    frame = for_download(frame)
    stem = download_name(name, filtered=filtered)
    what = f"filtered {name}" if filtered else name
    left, right = where.columns(2)
    left.download_button(f"Download {what} (CSV)", to_csv(frame), file_name=f"{stem}.csv",
                         mime="text/csv", key=f"{prefix}dl-{name}-csv", on_click="ignore",
                         width="stretch", help="UTF-8 with a byte-order mark: opens in Excel as is.")
    right.download_button(f"Download {what} (JSON)", to_json(frame), file_name=f"{stem}.json",
                          mime="application/json", key=f"{prefix}dl-{name}-json", on_click="ignore",
                          width="stretch")


#: readable headers of the tables' columns (st.column_config labels); the data keeps its names
COLUMN_LABELS = {
    "event_id": "Event", "quote_id": "Quotation", "position_id": "Position", "actor_id": "Actor id",
    "name": "Name", "kind": "Kind", "title": "Title", "affiliation": "Affiliation",
    "aliases": "Also called", "n_mentions": "Mentions", "n_quotes": "Quotations",
    "speaker": "Speaker", "text": "Words", "cue": "Cue", "channel": "Channel",
    "paragraph": "Paragraph", "context": "Context", "participants": "Participants",
    "date": "Date", "date_from": "Date from", "date_text": "Date words", "granularity": "Precision",
    "status": "Status", "location": "Place", "duration": "Duration",
    "duration_minutes": "Duration (min)", "approximate": "Approximate", "evidence": "Evidence",
    "actor": "Actor", "topic": "Topic", "stance": "Stance", "claim": "Claim",
    "source_kind": "Source", "stance_changed": "Stance changed", "n_direct": "Direct",
    "n_partial": "Partial", "n_indirect": "Reported", "n_all": "All",
}
#: column widths of st.dataframe in pixels, chosen so the events and quotations tables fit the
#: main column of a 1400-pixel window (long text wraps, see :func:`show_table`); unlisted columns
#: are sized automatically
COLUMN_WIDTHS = {
    "event_id": 52, "quote_id": 48, "position_id": 60, "kind": 66, "status": 78, "date": 92,
    "paragraph": 84, "n_mentions": 80, "n_quotes": 90, "n_direct": 70, "n_partial": 70,
    "n_indirect": 80, "stance": 90, "participants": 130, "date_from": 112, "location": 76,
    "duration": 76, "evidence": 250, "speaker": 110, "cue": 100, "channel": 76, "text": 264,
    "context": 214, "claim": 300,
}
#: tooltips of column headers (st.column_config help)
COLUMN_HELP = {
    "paragraph": "The paragraph of the article the quotation starts in, counted from 1 (as in the downloads).",
}


def show_table(frame: pd.DataFrame, *, key: str, labels: dict[str, str] | None = None,
               widths: dict[str, Any] | None = None, wrap: bool = False, container: Any = None) -> None:
    """``st.dataframe`` of ``frame`` (already :func:`for_display`-ed) with readable headers
    (:data:`COLUMN_LABELS`, overridden by ``labels``), column widths, no index, and empty cells
    blank rather than "None". ``wrap``: rows tall enough for long text to wrap (about four lines;
    Streamlit wraps cell text only in rows taller than 4rem)."""
    labels = {**COLUMN_LABELS, **(labels or {})}
    widths = {**COLUMN_WIDTHS, **(widths or {})}
    config = {}
    for column in frame.columns:
        label = labels.get(column, str(column).replace("_", " ").capitalize())
        width = widths.get(column)
        hint = COLUMN_HELP.get(column)
        if pd.api.types.is_numeric_dtype(frame[column].dtype) and not pd.api.types.is_bool_dtype(frame[column].dtype):
            config[column] = st.column_config.NumberColumn(label, width=width, help=hint)
        elif pd.api.types.is_bool_dtype(frame[column].dtype):
            config[column] = st.column_config.CheckboxColumn(label, width=width, help=hint)
        else:
            config[column] = st.column_config.TextColumn(label, width=width, help=hint)
    row_height = WRAP_ROW_HEIGHT if wrap else ROW_HEIGHT
    where = container or st
    where.dataframe(frame, hide_index=True, key=key, column_config=config, placeholder="",
                    row_height=row_height if wrap else None, height=table_height(len(frame), row_height))
    if len(frame) > table_rows(row_height):
        where.caption(f"{len(frame)} rows: scroll the table to see them all.")


#: st.dataframe's row heights in pixels: Streamlit's default, and rows tall enough to wrap long text
ROW_HEIGHT = 35
WRAP_ROW_HEIGHT = 92
#: the most rows a table shows before it scrolls, and the tallest a wrapped table gets (9 rows)
TABLE_MAX_ROWS = 15
TABLE_MAX_HEIGHT = 880


def table_rows(row_height: int) -> int:
    """How many rows a table shows before it scrolls: 15 plain rows, fewer tall ones."""
    return max(1, min(TABLE_MAX_ROWS, (TABLE_MAX_HEIGHT - ROW_HEIGHT - 3) // row_height))


def table_height(n_rows: int, row_height: int) -> int:
    """The pixel height of a table of ``n_rows`` rows: every row (and the header), up to
    :func:`table_rows` rows (Streamlit's "auto" height shows about 400 pixels, four wrapped rows)."""
    return ROW_HEIGHT + row_height * max(1, min(n_rows, table_rows(row_height))) + 3


# --------------------------------------------------------------------------------------------
# Speakers and colours
# --------------------------------------------------------------------------------------------

def quote_speakers(row: Any) -> list[str]:
    """The speaker names of one quotation row: its ``speakers`` list, else ``speaker`` split on
    ``'; '``, else ``[UNKNOWN_SPEAKER]``."""
    names = [as_str(n) for n in as_list(row.get("speakers")) if as_str(n)]
    if not names:
        names = [n.strip() for n in as_str(row.get("speaker")).split(";") if n.strip()]
    return names or [UNKNOWN_SPEAKER]


def speaker_colours(quotes: pd.DataFrame) -> dict[str, str]:
    """Speaker name -> colour, in order of each speaker's first quotation in the text (stable for
    an article, the same on every page). Unknown speakers are grey."""
    colours: dict[str, str] = {UNKNOWN_SPEAKER: UNKNOWN_COLOUR}
    if len(quotes):
        ordered = quotes.sort_values("start", na_position="last", kind="stable")
        for row in ordered.to_dict("records"):
            for name in quote_speakers(row):
                if name not in colours:
                    colours[name] = PALETTE[(len(colours) - 1) % len(PALETTE)]
    return colours


def legend_html(colours: dict[str, str], names: Iterable[str]) -> str:
    """Colour chips with names (escaped) as one line of HTML."""
    chips = []
    for name in names:
        colour = colours.get(name, UNKNOWN_COLOUR)
        chips.append(
            f'<span style="display:inline-block;margin:0 .8em .3em 0;white-space:nowrap">'
            f'<span style="display:inline-block;width:.9em;height:.9em;border-radius:.2em;'
            f'background:{colour};vertical-align:-.1em;margin-right:.3em"></span>{html_text(name)}</span>'
        )
    return "<div>" + "".join(chips) + "</div>"


# --------------------------------------------------------------------------------------------
# Text with highlights
# --------------------------------------------------------------------------------------------

def mark(start: int, end: int, colour: str, *, title: str = "", style: str = "fill",
         strong: bool = False, colours: Sequence[str] = ()) -> dict:
    """A highlight for :func:`highlight_html`: characters ``[start, end)`` of the article.

    ``style`` is ``"fill"`` (tinted background, for words in quotation marks), ``"underline"``
    (dashed underline, for reported speech) or ``"box"`` (outline, for an event's trigger words).
    ``strong`` uses a darker tint (the quotation the reader chose). ``colours``: one colour per
    speaker when a quotation has several; the tint and the underline are then striped in all of
    them (``colour`` is the first)."""
    return {"start": int(start), "end": int(end), "colour": colour, "title": title,
            "style": style, "strong": strong, "colours": list(colours) or [colour]}


def _stripes(colours: Sequence[str], alpha: str, angle: int, step: int) -> str:
    stops = ", ".join(f"{c}{alpha} {i * step}px {(i + 1) * step}px" for i, c in enumerate(colours))
    return f"repeating-linear-gradient({angle}deg, {stops})"


def _open_tag(m: dict) -> str:
    colour = m["colour"]
    colours = m.get("colours") or [colour]
    title = f' title="{html_text(m["title"])}"' if m["title"] else ""
    if m["style"] == "box":
        css = f"outline:2px solid {colour};border-radius:2px"
    elif len(colours) > 1:
        # several speakers: an underline in alternating dashes of their colours, and (words in
        # quotation marks) a tint in diagonal stripes of them
        line = f"{_stripes(colours, '', 90, 10)} left bottom / 100% 3px no-repeat"
        if m["style"] == "underline":
            css = f"background:{line}, {colour}1a;padding-bottom:1px"
        else:
            tint = _stripes(colours, "88" if m["strong"] else "40", 135, 8)
            css = f"background:{line}, {tint};padding-bottom:1px"
    elif m["style"] == "underline":
        css = f"border-bottom:2px dashed {colour};background:{colour}1a"
    else:
        css = f"background:{colour}{'88' if m['strong'] else '40'};border-bottom:2px solid {colour}"
    return f'<span class="parley-mark" style="{css}"{title}>'


def highlight_html(text: str, marks: Sequence[dict], *, start: int = 0, end: int | None = None,
                   paragraphs: Sequence[tuple[int, int]] | None = None,
                   dim: Sequence[tuple[int, int]] = ()) -> str:
    """HTML of ``text[start:end]`` with ``marks`` (see :func:`mark`) highlighted, one ``<p>`` per
    paragraph span (character offsets; the whole range is one paragraph when None).

    Every piece of text is escaped by :func:`html_text`; overlapping marks nest (the text is cut at
    every mark boundary, so the result is always well-formed). ``dim`` spans (a dateline) are grey.
    Offsets outside ``[0, len(text)]`` are clipped. The work grows with the number of pieces and
    the marks around each (one sweep over the marks), not with marks × pieces.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if paragraphs is None:
        paragraphs = [(start, end)]
    paragraphs = [(max(s, start), min(e, end)) for s, e in paragraphs if e > start and s < end]
    clean = [m for m in marks if m["end"] > m["start"]]
    cuts = {start, end}
    for m in clean:
        cuts.update((m["start"], m["end"]))
    for s, e in dim:
        cuts.update((s, e))
    ordered_cuts = sorted(cuts)
    # the pieces of each paragraph: between consecutive cuts
    pieces_of: list[list[tuple[int, int]]] = []
    for p_start, p_end in paragraphs:
        points = ordered_cuts[bisect.bisect_right(ordered_cuts, p_start):bisect.bisect_left(ordered_cuts, p_end)]
        bounds = [p_start, *points, p_end]
        pieces_of.append([(a, b) for a, b in zip(bounds, bounds[1:]) if a < b])
    # the marks around each piece's start: every mark boundary is a cut, so a mark covers a piece
    # [a, b) exactly when it starts at or before a and ends after a. Sweep the starts in order,
    # the marks sorted outermost first (start, then longest).
    by_start = sorted(clean, key=lambda m: (m["start"], -m["end"]))
    covering_at: dict[int, tuple[dict, ...]] = {}
    active: list[dict] = []
    nxt = 0
    for a in sorted({a for pieces in pieces_of for a, _b in pieces}):
        while nxt < len(by_start) and by_start[nxt]["start"] <= a:
            active.append(by_start[nxt])
            nxt += 1
        active = [m for m in active if m["end"] > a]
        covering_at[a] = tuple(active)
    out = []
    for pieces in pieces_of:
        parts = []
        for a, b in pieces:
            piece = html_text(text[a:b])
            if any(s <= a and b <= e for s, e in dim):
                piece = f'<span style="color:#888">{piece}</span>'
            for m in reversed(covering_at[a]):
                piece = _open_tag(m) + piece + "</span>"
            parts.append(piece)
        out.append('<p style="margin:0 0 .8em 0;line-height:1.6">' + "".join(parts) + "</p>")
    return '<div class="parley-text">' + "".join(out) + "</div>"


@functools.lru_cache(maxsize=16)
def _paragraph_bounds(spans: tuple[tuple[int, int], ...]) -> tuple[list[int], list[int]]:
    """The starts and the ends of an article's paragraph spans (in text order), for bisecting."""
    return [s for s, _e in spans], [e for _s, e in spans]


def paragraphs_around(tables: ArticleTables, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph(s) holding characters ``[start, end)``."""
    spans = tuple(tables.article.paragraphs) or ((0, len(tables.article.text)),)
    starts, _ends = _paragraph_bounds(spans)
    first = bisect.bisect_right(starts, start) - 1  # the last paragraph starting at or before start
    last = bisect.bisect_left(starts, max(end, start + 1)) - 1  # the last one starting before end
    return (spans[first][0] if first >= 0 else spans[0][0],
            max(spans[last][1] if last >= 0 else spans[-1][1], end))


def passages(tables: ArticleTables, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraph ranges holding ``spans`` (character offsets), in text order, overlapping
    ones merged: each is one passage for :func:`show_in_article`, so their number is the number
    of passages shown."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(paragraphs_around(tables, s, e) for s, e in spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def quote_marks(quotes: pd.DataFrame, colours: dict[str, str], *, chosen: str | None = None) -> list[dict]:
    """Highlights for every quotation: tinted in its speaker's colour for words in quotation
    marks, underlined for reported speech (striped in every speaker's colour when it has several;
    the hover names them all); ``chosen`` (a quote_id) darker."""
    marks = []
    for row in quotes.to_dict("records"):
        start, end = as_int(row.get("start")), as_int(row.get("end"))
        if start is None or end is None:
            continue
        names = quote_speakers(row)
        kind = as_str(row.get("kind"))
        title = f"{'; '.join(names)} — {QUOTE_KIND_WORDS.get(kind, kind)}"
        cue = as_str(row.get("cue"))
        if cue:
            title += f" (cue: {cue})"
        marks.append(mark(start, end, colours.get(names[0], UNKNOWN_COLOUR), title=title,
                          style="underline" if kind == "indirect" else "fill",
                          strong=chosen is not None and as_str(row.get("quote_id")) == chosen,
                          colours=[colours.get(n, UNKNOWN_COLOUR) for n in names]))
    return marks


def show_in_article(tables: ArticleTables, marks: Sequence[dict], start: int, end: int,
                    *, container: Any = None) -> None:
    """Draw the paragraph(s) around ``[start, end)`` with ``marks`` highlighted (escaped HTML)."""
    where = container or st
    p_start, p_end = paragraphs_around(tables, start, end)
    all_spans = tuple(tables.article.paragraphs)
    starts, ends = _paragraph_bounds(all_spans)
    # the paragraphs overlapping [p_start, p_end): those ending after p_start and starting before p_end
    spans = list(all_spans[bisect.bisect_right(ends, p_start):bisect.bisect_left(starts, p_end)]) or None
    where.html(highlight_html(tables.article.text, marks, start=p_start, end=p_end, paragraphs=spans))


def empty_note(message: str, *, container: Any = None) -> None:
    """Say why a table or figure is empty (``message`` is plain text; escaped here)."""
    (container or st).info(md_text(message))


# --------------------------------------------------------------------------------------------
# Events: labels, timeline and network figures
# --------------------------------------------------------------------------------------------

def event_participants(row: Any) -> list[str]:
    """The participant names of one event row."""
    return [as_str(p) for p in as_list(row.get("participants")) if as_str(p)]


#: precisions of a date known only to a period (drawn as a bar over the period on the timeline)
PERIOD_GRANULARITIES = ("week", "month", "year")


def _period_dated(row: Any) -> bool:
    """True when the event is dated only to a week, month or year (no day, a period start)."""
    return (not as_str(row.get("date")) and as_str(row.get("granularity")) in PERIOD_GRANULARITIES
            and bool(as_str(row.get("period_start"))))


def event_date(row: Any) -> str:
    """The date of an event as shown: its day ("2025-02-12"), else the TIMEX value of its week,
    month or year ("2025-W08", "2025-03"; the timeline draws it over that period), else ''."""
    date = as_str(row.get("date"))
    if date:
        return date
    if _period_dated(row):
        return as_str(row.get("timex_value")) or as_str(row.get("period_start"))
    return ""


def event_when(events: pd.DataFrame) -> pd.Series:
    """The day each event is drawn at on the timeline: its date, else the first day of its week,
    month or year; NaT for an event of the grey 'undated' strip."""
    when = events["date"]
    if "period_start" in events and "granularity" in events:
        coarse = events["granularity"].isin(list(PERIOD_GRANULARITIES)) & events["date"].isna()
        when = events["date"].where(~coarse, events["period_start"])
    return pd.to_datetime(when, errors="coerce", format="%Y-%m-%d")


def event_label(row: Any) -> str:
    """"E1 · call: Donald Trump – Vladimir Putin (2025-02-12)" for one event row (plain text)."""
    who = " – ".join(event_participants(row)) or "participants unknown"
    date = event_date(row) or UNDATED
    return f"{as_str(row.get('event_id'))} · {as_str(row.get('kind'))}: {who} ({date})"


def _duration_words(row: Any) -> str:
    minutes = row.get("duration_minutes")
    if minutes is None or _isna(minutes):
        return ""
    minutes = float(minutes)
    approx = "about " if bool(row.get("approximate")) is True else ""
    if minutes >= 60:
        hours = minutes / 60
        words = f"{hours:g} hour{'s' if hours != 1 else ''}"
    else:
        words = f"{minutes:g} minutes"
    return approx + words


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


#: date words that take their day from the date mentioned before them (lowercase, no final
#: punctuation) -> how that day is found
_ANCHORED_DATE_WORDS = [
    (re.compile(r"^(?:a|one) day (?:later|after)$|^(?:the )?(?:next|following) day$|^the day after$"),
     "the day after the previous dated event"),
    (re.compile(r"^(?:a|one) day (?:earlier|before)$|^(?:the )?(?:previous|preceding) day$|^the day before$"),
     "the day before the previous dated event"),
    (re.compile(r"^(?:later|earlier)(?: (?:that|the same|on the same|in the) (?:day|evening|morning|afternoon|night))?$"
                r"|^(?:on )?(?:the same|that) (?:day|evening|morning|afternoon|night)$|^(?:then|afterwards|"
                r"shortly (?:after|afterwards|before)|soon after|meanwhile|at the same time|hours (?:later|earlier)|"
                r"minutes (?:later|earlier)|later on|earlier on)$"),
     "same day as the previous dated event"),
]


def date_source(row: Any) -> str:
    """Where an event's date comes from, in words: "'on Thursday'", or, when the date words
    only point at another date ("Later", "the same day", "the next day") and the library anchored
    them, "inferred from 'Later' (same day as the previous dated event)"; a weekday or "next
    week" counted from the publication date (``date_anchor`` 'dct') says so. '' when undated or
    without date words."""
    date_text = " ".join(as_str(row.get("date_text")).split()).strip(" ,;:")
    if not date_text:
        return ""
    anchored = as_str(row.get("date_anchor")) or as_str(row.get("anchor"))
    if as_str(row.get("date")) or as_str(row.get("timex_value")):
        words = date_text.casefold().strip(" ,.;:")
        for pattern, how in _ANCHORED_DATE_WORDS:
            if pattern.match(words):
                return f"inferred from '{date_text}' ({how})"
        if anchored == "previous":
            return f"inferred from '{date_text}' (counted from the previous dated event)"
        if anchored == "event":
            return f"inferred from '{date_text}' (counted from the date of another event in the sentence)"
        if anchored == "dct":
            return f"'{date_text}' (counted from the publication date)"
    return f"'{date_text}'"


def event_hover(row: Any) -> str:
    """Plotly hover text of one event (escaped; ``<br>`` between lines)."""
    lines = [f"<b>{html_text(as_str(row.get('kind')).capitalize())}</b> · {html_text(row.get('status'))}"]
    who = ", ".join(event_participants(row))
    lines.append("Participants: " + (html_text(who) if who else "not named"))
    date = event_date(row)
    source = date_source(row)
    if source.startswith("inferred"):
        source_words = f" ({html_text(source)})"
    else:
        date_text = as_str(row.get("date_text"))
        source_words = f" (“{html_text(date_text)}”)" if date_text else ""
    lines.append("Date: " + (html_text(date) if date else "undated") + source_words)
    if as_str(row.get("location")):
        lines.append("Place: " + html_text(row.get("location")))
    duration = _duration_words(row)
    if duration:
        lines.append("Duration: " + html_text(duration))
    evidence = as_str(row.get("evidence"))
    if evidence:
        lines.append("Evidence: " + html_text(_short(evidence)))
    return "<br>".join(lines)


def events_for_display(events: pd.DataFrame) -> pd.DataFrame:
    """The events table as shown: Event, Kind, Participants, Date, Date from (the date words, or
    "inferred from 'Later' (...)"), Status, Place, Duration ("about 1.5 hours"), Evidence."""
    out = for_display(events, ["event_id", "kind", "participants", "date", "status", "location",
                               "evidence"])
    out["date"] = [event_date(r) or None for _, r in events.iterrows()]  # a week or month shows as such
    out.insert(4, "date_from", [date_source(r) for _, r in events.iterrows()])
    out.insert(7, "duration", [_duration_words(r) for _, r in events.iterrows()])
    return out


_GRANULARITY_DAYS = {"week": 7, "month": 30, "year": 365}


#: the look of every figure: hover labels dark on white, the text font, room for long labels
HOVERLABEL = {"bgcolor": "#ffffff", "bordercolor": "#888888", "font": {"color": "#222222", "size": 13},
              "align": "left"}
#: the ``config`` of every st.plotly_chart: no plotly logo, resizes with its container
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True}

_DAY = pd.Timedelta(days=1)
_DAY_MS = 86_400_000


def _date_axis(lo: pd.Timestamp, hi: pd.Timestamp) -> dict:
    """Ticks of a date axis over ``[lo, hi]``: whole days (labelled in the middle of their day,
    where an event of that day is drawn), weeks, months or years; never times of day."""
    span = (hi - lo) / _DAY
    if span <= 21:
        return {"dtick": _DAY_MS, "tick0": "2000-01-01", "tickformat": "%-d %b<br>%Y",
                "ticklabelmode": "period"}
    if span <= 120:
        return {"dtick": 7 * _DAY_MS, "tick0": "2000-01-03", "tickformat": "%-d %b<br>%Y",
                "ticklabelmode": "instant"}
    if span <= 3 * 365:
        return {"dtick": "M1", "tick0": "2000-01-01", "tickformat": "%b<br>%Y", "ticklabelmode": "period"}
    return {"dtick": "M12", "tick0": "2000-01-01", "tickformat": "%Y", "ticklabelmode": "period"}


def timeline_figure(events: pd.DataFrame) -> go.Figure:
    """The timeline: one marker per event, never dropping one.

    Dated events sit on a date axis (ticks are whole days, weeks, months or years, never times of
    day) in one lane per kind. Events without a date sit in a strip of their own below the date
    axis, labelled "undated (order of mention)": no date ticks, one slot per event in the order
    the article mentions them (axes ``x2``/``y2``). Colour = kind (a legend of the kinds is
    always shown); filled marker = happened, hollow = planned, proposed or possible, hollow
    arrow pointing right with an italic label = postponed (it still takes place, later: lib dates it
    at its new day when the article gives one), grey cross with struck-through label = denied or
    cancelled. A week/month/year date gets a thin bar over its period. Each point carries its
    ``event_id`` in ``customdata``.
    """
    fig = go.Figure()
    frame = events.copy()
    # lib leaves ``date`` empty for an event known only to the week, month or year ("next month");
    # it is drawn from the first day of its period (period_start), with a bar over the period
    frame["_date"] = event_when(frame)
    dated = frame[frame["_date"].notna()]
    undated = frame[frame["_date"].isna()]
    if len(undated):
        undated = undated.assign(_start=undated["start"].map(lambda v: as_int(v) if as_int(v) is not None else 10**9))
        undated = undated.sort_values("_start", kind="stable")
    dated_kinds = set(dated["kind"].dropna().map(str))
    kinds_present = [k for k in EVENT_KINDS if k in dated_kinds]
    kinds_present += sorted(dated_kinds - set(kinds_present))
    lanes = list(kinds_present)
    all_kinds = [k for k in EVENT_KINDS if k in set(frame["kind"].dropna().map(str))]
    all_kinds += sorted(set(frame["kind"].dropna().map(str)) - set(all_kinds))

    def style(row: Any) -> tuple[str, str, str]:
        status = as_str(row.get("status"))
        colour = KIND_COLOURS.get(as_str(row.get("kind")), "#333333")
        if status in ("denied", "cancelled"):
            return "x-thin-open", GREY, "<s>" + html_text(status) + "</s>"
        if status == "postponed":
            return "arrow-right-open", colour, "<i>" + html_text(status) + "</i>"
        if status == "happened":
            return "circle", colour, ""
        return "circle-open", colour, html_text(status)

    # Events of one kind on one day would hide each other: spread them a few hours apart and put
    # their labels alternately above and below.
    rank = dated.groupby(["kind", "_date"]).cumcount()
    count = dated.groupby(["kind", "_date"])["_date"].transform("size")
    offset_hours = (rank - (count - 1) / 2) * 8
    # a day runs from midnight to midnight on the axis: draw a dated event at noon of its day,
    # under the label of its day
    x_shown = dated["_date"] + pd.to_timedelta(12 + offset_hours, unit="h")
    text_at = ["top center" if r % 2 == 0 else "bottom center" for r in rank]

    def markers(rows: pd.DataFrame) -> tuple[list, dict]:
        styles = [style(r) for _, r in rows.iterrows()]
        marker = {"symbol": [s[0] for s in styles], "color": [s[1] for s in styles], "size": 16,
                  "line": {"width": 2.5, "color": [s[1] for s in styles]}}
        text = [_point_label(r, s[2]) for (_, r), s in zip(rows.iterrows(), styles)]
        return text, marker

    for kind in kinds_present:
        mask = dated["kind"] == kind
        rows = dated[mask]
        text, marker = markers(rows)
        fig.add_trace(go.Scatter(
            x=x_shown[mask], y=[kind] * len(rows), mode="markers+text", name=kind,
            legendgroup=kind, showlegend=False, marker=marker, text=text,
            textposition=[t for t, m in zip(text_at, mask) if m], cliponaxis=False,
            customdata=rows["event_id"].astype(str).tolist(),
            hovertext=[event_hover(r) for _, r in rows.iterrows()],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
        spans_x: list = []
        spans_y: list = []
        for _, r in rows.iterrows():
            days = _GRANULARITY_DAYS.get(as_str(r.get("granularity")))
            if days:
                spans_x += [r["_date"], r["_date"] + pd.Timedelta(days=days), None]
                spans_y += [kind, kind, None]
        if spans_x:
            fig.add_trace(go.Scatter(x=spans_x, y=spans_y, mode="lines", hoverinfo="skip",
                                     line={"width": 8, "color": KIND_COLOURS.get(kind, "#333")},
                                     opacity=0.3, showlegend=False, legendgroup=kind))
    if len(undated):
        slots = [str(i + 1) for i in range(len(undated))]
        undated = undated.assign(_slot=slots, _at=["top center" if i % 2 == 0 else "bottom center"
                                                   for i in range(len(undated))])
        for kind in dict.fromkeys(undated["kind"].map(as_str)):
            rows = undated[undated["kind"].map(as_str) == kind]
            text, marker = markers(rows)
            fig.add_trace(go.Scatter(
                x=rows["_slot"].tolist(), y=[UNDATED] * len(rows), xaxis="x2", yaxis="y2",
                mode="markers+text", name=kind, legendgroup=kind, showlegend=False,
                marker=marker, text=text, textposition=rows["_at"].tolist(), cliponaxis=False,
                customdata=rows["event_id"].astype(str).tolist(),
                hovertext=[event_hover(r) for _, r in rows.iterrows()],
                hovertemplate="%{hovertext}<extra></extra>",
            ))
    # The legend: one entry per kind, always (also for a single kind), drawn as a filled marker
    # of the kind's colour whatever the status of its first event.
    for kind in all_kinds:
        colour = KIND_COLOURS.get(kind, "#333333")
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=kind, legendgroup=kind,
                                 showlegend=True, hoverinfo="skip",
                                 marker={"symbol": "circle", "size": 12, "color": colour}))

    lane_px, strip_px, gap_px = 64, 96, 64
    dated_px = lane_px * len(lanes) + 30 if lanes else 0
    plot_px = dated_px + (strip_px if len(undated) else 0) + (gap_px if lanes and len(undated) else 0)
    fig.update_layout(
        height=110 + plot_px + (50 if lanes else 0),
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        showlegend=True,
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "title": {"text": "kind "},
                "itemclick": "toggle", "itemdoubleclick": "toggleothers"},
        hoverlabel=HOVERLABEL,
        clickmode="event+select",
        plot_bgcolor="rgba(0,0,0,0)",  # the undated strip's band shows through
    )
    if lanes:
        bottom = ((strip_px + gap_px) / plot_px) if len(undated) else 0.0
        fig.update_layout(
            yaxis={"type": "category", "categoryorder": "array", "categoryarray": list(reversed(lanes)),
                   "title": None, "fixedrange": True, "range": [-0.6, len(lanes) - 0.4],
                   "domain": [bottom, 1.0], "automargin": True},
            xaxis={"type": "date", "title": None, "showgrid": True, "anchor": "y", "automargin": True},
        )
        ends = [r["_date"] + pd.Timedelta(days=_GRANULARITY_DAYS.get(as_str(r.get("granularity")), 0))
                for _, r in dated.iterrows()]
        lo, hi = dated["_date"].min(), max(ends) + _DAY
        pad = max(_DAY, (hi - lo) * 0.1)
        lo, hi = (lo - pad).floor("D"), (hi + pad).ceil("D")
        fig.update_layout(xaxis={"range": [lo, hi], **_date_axis(lo, hi)})
    else:
        fig.update_layout(xaxis={"visible": False}, yaxis={"visible": False})
    if len(undated):
        top = strip_px / plot_px if lanes else 1.0
        fig.update_layout(
            xaxis2={"type": "category", "anchor": "y2", "showticklabels": False, "showgrid": False,
                    "zeroline": False, "ticks": "", "fixedrange": True, "categoryorder": "array",
                    "categoryarray": [str(i + 1) for i in range(len(undated))],
                    "range": [-0.6, len(undated) - 0.4]},
            yaxis2={"type": "category", "domain": [0.0, top], "anchor": "x2", "fixedrange": True,
                    "categoryorder": "array", "categoryarray": [UNDATED], "range": [-0.5, 0.5],
                    "tickvals": [UNDATED], "ticktext": [UNDATED_LABEL],
                    "automargin": True, "showgrid": False},
        )
        # a grey band tells the undated strip apart from the dated lanes
        fig.add_shape(type="rect", xref="x2 domain", x0=0, x1=1, yref="y2 domain", y0=0, y1=1,
                      fillcolor="#eeeeee", opacity=0.6, line={"width": 0}, layer="below")
    return fig


def _point_label(row: Any, status_label: str) -> str:
    who = event_participants(row)
    short = " – ".join(n.split()[-1] for n in who[:3]) + (" …" if len(who) > 3 else "")
    label = html_text(short)
    if as_str(row.get("status")) in ("denied", "cancelled"):
        label = f"<s>{label}</s>"
    return f"{label} ({status_label})" if status_label else label


def network_figure(events: pd.DataFrame) -> go.Figure:
    """Who contacted whom: actors on a circle, one curved edge per event between each pair of its
    participants, labelled with the kind and the date (or "undated"); dashed when the event did not
    happen (planned, proposed, possible), dash-dotted when postponed, dotted grey when denied or
    cancelled. Returns an empty figure when no event has two participants.

    Built in one pass: the edges of one look (colour and dash) are one trace (curves apart by
    gaps), the labels one list of annotations, so the work grows with the number of events."""
    fig = go.Figure()
    rows = events.to_dict("records")
    names = list(dict.fromkeys(name for row in rows for name in event_participants(row)))
    n = len(names)
    pos = {}
    for i, name in enumerate(names):
        # two actors side by side (their edges bow up and down), more around a circle
        angle = (math.pi if i == 0 else 0.0) if n == 2 else math.pi / 2 - 2 * math.pi * i / max(n, 1)
        pos[name] = (math.cos(angle), math.sin(angle)) if n > 1 else (0.0, 0.0)
    seen: dict[tuple[str, str], int] = {}
    label_x, label_y, label_text, label_hover, label_pos = [], [], [], [], []
    edges: dict[tuple[str, str], tuple[list, list]] = {}  # (colour, dash) -> the curves' xs, ys
    for row in rows:
        who = event_participants(row)
        status = as_str(row.get("status"))
        colour = GREY if status in ("denied", "cancelled") else KIND_COLOURS.get(as_str(row.get("kind")), "#333")
        dash = "dot" if status in ("denied", "cancelled") else "dashdot" if status == "postponed" else ("solid" if status == "happened" else "dash")
        for i in range(len(who)):
            for j in range(i + 1, len(who)):
                a, b = sorted((who[i], who[j]))
                k = seen.get((a, b), 0)
                seen[(a, b)] = k + 1
                (x0, y0), (x1, y1) = pos[a], pos[b]
                # a quadratic Bezier bowed sideways, further for each extra event of the same pair
                mx, my = (x0 + x1) / 2, (y0 + y1) / 2
                dx, dy = x1 - x0, y1 - y0
                length = math.hypot(dx, dy) or 1.0
                bow = (0.35 + 0.35 * (k // 2)) * (1 if k % 2 == 0 else -1)
                cx, cy = mx - dy / length * bow, my + dx / length * bow
                ts = [t / 20 for t in range(21)]
                xs = [(1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1 for t in ts]
                ys = [(1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1 for t in ts]
                curves_x, curves_y = edges.setdefault((colour, dash), ([], []))
                curves_x += [*xs, None]
                curves_y += [*ys, None]
                # the label sits on the curve's midpoint (t = 1/2)
                label_x.append(xs[10])
                label_y.append(ys[10])
                date = event_date(row) or UNDATED
                text = f"{as_str(row.get('kind'))}, {date}"
                if status != "happened":
                    text += f" ({status})"
                label_text.append(html_text(text))
                label_hover.append(event_hover(row))
                label_pos.append(colour)
    for (colour, dash), (xs, ys) in edges.items():
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"color": colour, "width": 2.5, "dash": dash}))
    annotations: list[dict] = []
    if label_x:
        # invisible markers carry the hover of each edge; the labels are annotations on a white
        # background, so crossing lines never run through their words
        fig.add_trace(go.Scatter(x=label_x, y=label_y, mode="markers", text=label_text,
                                 marker={"size": 18, "color": "rgba(255,255,255,0.01)"},
                                 hovertext=label_hover, hovertemplate="%{hovertext}<extra></extra>",
                                 showlegend=False, name="events"))
        annotations += [dict(x=x, y=y, text=text, showarrow=False, font={"size": 11, "color": "#333333"},
                             bgcolor="rgba(255,255,255,0.9)", bordercolor=colour, borderwidth=1,
                             borderpad=2, captureevents=False)
                        for x, y, text, colour in zip(label_x, label_y, label_text, label_pos)]
    if names:
        fig.add_trace(go.Scatter(
            x=[pos[nm][0] for nm in names], y=[pos[nm][1] for nm in names], mode="markers",
            text=[html_text(nm) for nm in names],
            marker={"size": 22, "color": "#ffffff", "line": {"width": 2, "color": "#333"}},
            hovertemplate="%{text}<extra></extra>", showlegend=False, name="actors"))
        for nm in names:
            x, y = pos[nm]
            # the name outside the node, away from the centre (above the top nodes, below the
            # bottom ones), on white
            above = y > 0.2
            annotations.append(dict(x=x, y=y, text=f"<b>{html_text(nm)}</b>", showarrow=False,
                                    yshift=20 if above else -20, yanchor="bottom" if above else "top",
                                    font={"size": 12, "color": "#222222"},
                                    bgcolor="rgba(255,255,255,0.9)", borderpad=1))
    if annotations:
        fig.update_layout(annotations=annotations)  # at once: add_annotation re-checks every one
    flat = n <= 2
    fig.update_layout(
        height=300 if flat else 480, margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={"visible": False, "range": [-1.6, 1.6], "fixedrange": True},
        yaxis={"visible": False, "range": [-0.8, 0.8] if flat else [-1.4, 1.35], "fixedrange": True},
        hoverlabel=HOVERLABEL, plot_bgcolor="rgba(0,0,0,0)",
    )
    return fig


# --------------------------------------------------------------------------------------------
# Positions
# --------------------------------------------------------------------------------------------

def stance_phrase(stance: str, topic: str) -> str:
    """"for peace negotiations", "against NATO membership", "doubtful on territory"."""
    return f"{STANCE_WORDS.get(stance, stance)} {topic}"


#: the short word written in a matrix square
CELL_WORDS = {
    "support": "for",
    "oppose": "against",
    "conditional": "conditional",
    "mixed": "mixed",
    "doubtful": "doubtful",
}


#: at most this many actors (rows) and topics (columns) are drawn in the matrix: those with the
#: most statements; every position stays in the tables and downloads
MATRIX_LIMIT = 40
#: with more topics (columns) than this, a square is too narrow for a word: it shows the stance's
#: sign (:data:`CELL_SIGNS`), told in the legend, and its hover the words
MATRIX_WORD_COLUMNS = 12
#: the sign written in a narrow matrix square
CELL_SIGNS = {
    "support": "+",
    "oppose": "−",
    "conditional": "if",
    "mixed": "±",
    "doubtful": "?",
}


#: on a phone the matrix squares are narrower than a stance word: a smaller font there (a
#: stylesheet rule outranks the font size plotly writes on each text element)
NARROW_MATRIX_CSS = ("<style>@media (max-width: 640px) {"
                     "[data-testid='stPlotlyChart'] .textpoint text { font-size: 8px !important; }"
                     "[data-testid='stPlotlyChart'] .textpoint tspan[style*='font-size'] { font-size: 6px !important; }"
                     "}</style>")


def matrix_compact(scope: tuple[list[str], int, list[str], int]) -> bool:
    """True when the matrix of ``scope`` (:func:`matrix_scope`) writes signs, not words."""
    return len(scope[2]) > MATRIX_WORD_COLUMNS


def statement_counts(positions: pd.DataFrame, column: str) -> dict[str, int]:
    """Statements per value of ``column`` ("actor" or "topic"), in order of first appearance: a
    position counts the statements of its evidence (one at least)."""
    counts: dict[str, int] = {}
    evidence = positions["evidence"] if "evidence" in positions else [None] * len(positions)
    for value, items in zip(positions[column].map(as_str), evidence):
        n = sum(1 for i in as_list(items) if isinstance(i, dict))
        counts[value] = counts.get(value, 0) + max(1, n)
    return counts


def top_values(counts: dict[str, int], limit: int = MATRIX_LIMIT) -> list[str]:
    """The ``limit`` values of ``counts`` with the most statements (ties: the first to appear),
    kept in order of first appearance."""
    if len(counts) <= limit:
        return list(counts)
    order = {value: i for i, value in enumerate(counts)}
    chosen = set(sorted(counts, key=lambda v: (-counts[v], order[v]))[:limit])
    return [v for v in counts if v in chosen]


def matrix_scope(positions: pd.DataFrame, limit: int = MATRIX_LIMIT) -> tuple[list[str], int, list[str], int]:
    """What the matrix draws: ``(actors shown, actors in all, topics shown, topics in all)``;
    with more than ``limit`` actors or topics, the ``limit`` with the most statements."""
    actor_counts = statement_counts(positions, "actor")
    topic_counts = statement_counts(positions, "topic")
    return (top_values(actor_counts, limit), len(actor_counts),
            top_values(topic_counts, limit), len(topic_counts))


def matrix_note(scope: tuple[list[str], int, list[str], int]) -> str:
    """"The matrix is showing 40 of 123 actors and 40 of 1,442 topics (those with the most
    statements); all are in the table below…" when the matrix is capped (``scope``: the
    :func:`matrix_scope` of the positions), else ''."""
    actors, n_actors, topics, n_topics = scope
    parts = []
    if len(actors) < n_actors:
        parts.append(f"{len(actors)} of {n_actors:,} actors")
    if len(topics) < n_topics:
        parts.append(f"{len(topics)} of {n_topics:,} topics")
    if not parts:
        return ""
    return (f"The matrix is showing {' and '.join(parts)} (those with the most statements); all are "
            f"in the table below and in the downloads.")


def _stepped_colourscale() -> list[list]:
    """A heatmap colour scale with one flat band per stance: z = index in :data:`STANCES`."""
    n = len(STANCES)
    scale: list[list] = []
    for i, stance in enumerate(STANCES):
        scale += [[i / n, STANCE_COLOURS[stance]], [(i + 1) / n, STANCE_COLOURS[stance]]]
    return scale


def matrix_figure(positions: pd.DataFrame, *, details: dict | None = None,
                  scope: tuple[list[str], int, list[str], int] | None = None,
                  limit: int = MATRIX_LIMIT) -> go.Figure:
    """Actor × topic matrix: one filled square per (actor, topic) coloured by stance, with the
    stance written in it ("for", "against", "conditional", "mixed", "doubtful"; a changed stance
    reads "for → against"; a square whose statements also said something else adds "also
    doubtful", its hover "opposes (also: doubtful in 1 statement)"), so colour is never the only
    cue and nothing is hidden.

    The colours are one heatmap trace (z = the stance's index in :data:`STANCES`); on it, one
    scatter trace per stance (its name is the stance in words) carries the cells' text, hover and,
    in ``customdata``, the index of each cell in :func:`cell_stances` order (never the names), so a
    click can open its evidence. So the figure has at most six traces and no shapes, however
    many positions. With more than ``limit`` actors or topics only the ``limit`` with the most
    statements are drawn (:func:`matrix_scope`; say so with :func:`matrix_note`); with more than
    :data:`MATRIX_WORD_COLUMNS` topics a square shows the stance's sign ("+", "−", "if", "±", "?";
    a change "→" and the stance it is coloured by, "→±"), its hover the words.
    ``details`` and ``scope``: :func:`cell_details` and :func:`matrix_scope` of ``positions``,
    when already computed."""
    fig = go.Figure()
    cells = details if details is not None else cell_details(positions)
    scope = scope if scope is not None else matrix_scope(positions, limit)
    actors, _n_actors, topics, _n_topics = scope
    compact = matrix_compact(scope)
    cell_words = CELL_SIGNS if compact else CELL_WORDS
    rows = list(reversed(actors))
    row_of = {a: i for i, a in enumerate(rows)}
    col_of = {t: j for j, t in enumerate(topics)}
    z: list[list] = [[None] * len(topics) for _ in rows]
    by_stance: dict[str, tuple[list, list, list, list, list]] = {s: ([], [], [], [], []) for s in STANCES}
    for index, ((actor, topic), (final, words, others)) in enumerate(cells.items()):
        if actor not in row_of or topic not in col_of or final not in by_stance:
            continue
        z[row_of[actor]][col_of[topic]] = STANCES.index(final)
        if words.startswith("changed: "):
            steps = [cell_words.get(w, w) for w in _changed_steps(words)]
            # no room in a narrow square: an arrow and the stance it is coloured by (the hover
            # has every step)
            short = "→" + cell_words.get(final, final) if compact else " → ".join(steps)
        else:
            short = cell_words.get(final, final)
        if compact:
            others = {}  # no room: the hover tells them
        xs, ys, texts, hover, keys = by_stance[final]
        xs.append(html_text(topic))
        ys.append(html_text(actor))
        texts.append(html_text(short) + ("<br><span style=\"font-size:10px\"><i>also " + html_text(", ".join(
            STANCE_ADJECTIVES.get(o, o) for o in others)) + "</i></span>" if others else ""))
        hover.append(f"{html_text(actor)} — {html_text(topic)}: {html_text(words)}")
        keys.append(index)
    fig.add_trace(go.Heatmap(
        x=[html_text(t) for t in topics], y=[html_text(a) for a in rows], z=z, name="stances",
        zmin=-0.5, zmax=len(STANCES) - 0.5, colorscale=_stepped_colourscale(), showscale=False,
        xgap=4, ygap=10, opacity=0.9, hoverinfo="skip",
    ))
    font_size = 12 if compact else 13
    for stance in STANCES:
        xs, ys, texts, hover, keys = by_stance[stance]
        if not xs:
            continue
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="markers+text", name=STANCE_LABELS[stance], showlegend=False,
            marker={"symbol": "square", "size": 40, "color": STANCE_COLOURS[stance], "opacity": 0.01},
            text=texts, textfont={"color": "#ffffff", "size": font_size},
            customdata=keys, hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        ))
    fig.update_layout(
        height=90 + 64 * max(1, len(actors)),
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        xaxis={"type": "category", "categoryorder": "array",
               "categoryarray": [html_text(t) for t in topics], "side": "top", "fixedrange": True,
               "range": [-0.5, len(topics) - 0.5], "showgrid": False, "zeroline": False},
        yaxis={"type": "category", "categoryorder": "array",
               "categoryarray": [html_text(a) for a in rows], "fixedrange": True,
               "range": [-0.5, len(actors) - 0.5], "showgrid": False, "zeroline": False},
        clickmode="event+select", plot_bgcolor="rgba(0,0,0,0)", hoverlabel=HOVERLABEL,
    )
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def _changed_steps(words: str) -> list[str]:
    """"changed: for → against" -> the stance keys ["support", "oppose"]."""
    by_word = {v: k for k, v in STANCE_WORDS.items()}
    return [by_word.get(w.strip(), w.strip()) for w in words[len("changed: "):].split(" → ")]


#: a stance as an adjective, for "(also: doubtful in 1 statement)"
STANCE_ADJECTIVES = {
    "support": "supportive",
    "oppose": "opposed",
    "conditional": "conditional",
    "mixed": "mixed",
    "doubtful": "doubtful",
}


def _also_note(others: dict[str, int]) -> str:
    """" (also: doubtful in 1 statement)" for the other stances of a cell's statements."""
    if not others:
        return ""
    parts = [f"{STANCE_ADJECTIVES.get(s, s)} in {n} statement{'s' if n != 1 else ''}"
             for s, n in others.items()]
    return " (also: " + ", ".join(parts) + ")"


def cell_details(positions: pd.DataFrame) -> dict[tuple[str, str], tuple[str, str, dict[str, int]]]:
    """(actor, topic) -> (stance to colour by, words for the cell, {other stance: statements}),
    in order of first appearance; one pass over the rows (see :func:`cell_stances`). Compute it
    once per page and hand it to :func:`cell_stances`, :func:`actor_cards`,
    :func:`disagreements` and :func:`matrix_figure` as ``details``."""
    order = list(dict.fromkeys(zip(positions["actor"].map(as_str), positions["topic"].map(as_str))))
    # each cell's rows in text order (rows without offsets last, ties in table order)
    ordered = positions.sort_values("start", na_position="last", kind="stable")
    groups: dict[tuple[str, str], list[dict]] = {key: [] for key in order}
    for row in ordered.to_dict("records"):
        groups[(as_str(row.get("actor")), as_str(row.get("topic")))].append(row)
    out: dict[tuple[str, str], tuple[str, str, dict[str, int]]] = {}
    for key in order:
        group = groups[key]
        row_stances = [as_str(row.get("stance")) for row in group]
        sequence: list[str] = []
        evidence_stances: list[str] = []
        for row in group:
            items = [i for i in as_list(row.get("evidence")) if isinstance(i, dict)]
            evidence_stances += [as_str(i.get("stance")) for i in items if as_str(i.get("stance"))]
            steps = [as_str(row.get("stance"))]
            if row.get("stance_changed") is True or (not _isna(row.get("stance_changed"))
                                                     and bool(row.get("stance_changed"))):
                steps = [as_str(i.get("stance")) for i in items if as_str(i.get("stance"))] or steps
            for stance in steps:
                if stance and (not sequence or sequence[-1] != stance):
                    sequence.append(stance)
        others: dict[str, int] = {}
        if len(sequence) > 1:
            words = "changed: " + " → ".join(STANCE_WORDS.get(st_, st_) for st_ in sequence)
            final = "mixed" if len(set(row_stances)) > 1 else row_stances[-1]
        else:
            final = row_stances[0] if row_stances else "mixed"
            # statements rolled up into this stance that said something else are told, not hidden
            for stance in evidence_stances:
                if stance != final:
                    others[stance] = others.get(stance, 0) + 1
            words = STANCE_LABELS.get(final, final) + _also_note(others)
        out[key] = (final, words, others)
    return out


def cell_stances(positions: pd.DataFrame, *, details: dict | None = None) -> dict[tuple[str, str], tuple[str, str]]:
    """(actor, topic) -> (stance to colour by, words for the cell), in order of first appearance.

    One row: its stance ("supports"); when the library flags ``stance_changed``, the stances of its
    evidence in text order ("changed: for → against"), coloured by the row's stance. Several rows
    of one actor on one topic with different stances read "changed: ..." too, coloured ``mixed``.
    A change is shown, never hidden; statements rolled up into one stance that said something
    else are told too: "opposes (also: doubtful in 1 statement)". ``details``: :func:`cell_details`
    of ``positions``, when already computed."""
    details = details if details is not None else cell_details(positions)
    return {key: (final, words) for key, (final, words, _others) in details.items()}


def disagreements(positions: pd.DataFrame, *, details: dict | None = None) -> list[tuple[str, dict[str, str]]]:
    """Topics on which actors take different stances: ``[(topic, {actor: stance}), ...]`` in order
    of first appearance."""
    cells = cell_stances(positions, details=details)
    by_topic: dict[str, dict[str, str]] = {}
    for (actor, topic), (stance, _words) in cells.items():
        by_topic.setdefault(topic, {})[actor] = stance
    return [(t, a) for t, a in by_topic.items() if len(a) > 1 and len(set(a.values())) > 1]


def topic_lines(positions: pd.DataFrame, *, details: dict | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every topic with each actor's words on it: ``[(topic, [(actor, "supports"), ...]), ...]``
    in order of first appearance (one pass over the cells)."""
    by_topic: dict[str, list[tuple[str, str]]] = {}
    for (actor, topic), (_stance, words) in cell_stances(positions, details=details).items():
        by_topic.setdefault(topic, []).append((actor, words))
    return list(by_topic.items())


def join_names(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


_SUMMARY_VERBS = {
    "support": ("supports", "support"),
    "oppose": ("opposes", "oppose"),
    "conditional": ("supports, on conditions,", "support, on conditions,"),
    "mixed": ("is mixed on", "are mixed on"),
    "doubtful": ("is doubtful about", "are doubtful about"),
}


def reads_plural(name: str) -> bool:
    """An actor named by a plural description ("Local business owners", "Russian officials"):
    the last word is a lower-case noun in -s (not -ss, -us, -is), so the summary says "oppose".
    Proper names ("Ross", "Mr Evans") and singular descriptions ("the ministry") read singular."""
    words = name.split()
    last = words[-1] if words else ""
    return last.isalpha() and last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def summary_sentences(positions: pd.DataFrame, *, with_topics: bool = False) -> list[tuple]:
    """The plain-language summary, by template from the table (no language model):
    one sentence per (topic, stance), e.g. "Donald Trump and Pete Hegseth oppose NATO membership.",
    each with the position_ids it rests on (and, ``with_topics``, its topic):
    ``[(sentence, ids[, topic]), ...]``. Topics in order of first appearance; one pass."""
    groups: dict[str, dict[str, tuple[dict[str, None], list[str]]]] = {}
    for actor, topic, stance, pid in zip(positions["actor"].map(as_str), positions["topic"].map(as_str),
                                         positions["stance"].map(as_str), positions["position_id"].map(as_str)):
        names, ids = groups.setdefault(topic, {}).setdefault(stance, ({}, []))
        names[actor] = None
        ids.append(pid)
    sentences = []
    for topic, by_stance in groups.items():
        for stance, (names, ids) in by_stance.items():
            actors = list(names)
            singular, plural = _SUMMARY_VERBS.get(stance, (f"is {stance} on", f"are {stance} on"))
            verb = singular if len(actors) == 1 and not reads_plural(actors[0]) else plural
            sentence = f"{join_names(actors)} {verb} {topic}."
            sentence = sentence[0].upper() + sentence[1:]
            sentences.append((sentence, ids, topic) if with_topics else (sentence, ids))
    return sentences


def actor_cards(positions: pd.DataFrame, *, details: dict | None = None,
                max_phrases: int | None = None) -> list[tuple[str, str]]:
    """Per-actor one-liners: ``[("Donald Trump", "for peace negotiations; against NATO
    membership"), ...]`` in order of first appearance; a changed stance reads "for, then against".
    ``max_phrases``: at most that many topics per actor, then "… and 12 more topics"."""
    cells = cell_stances(positions, details=details)
    by_actor: dict[str, list[str]] = {}
    for (actor, topic), (stance, words) in cells.items():
        if words.startswith("changed: "):
            steps = words[len("changed: "):].split(" → ")
            phrase = ", then ".join(steps[:-1]) + ", then " + steps[-1] if len(steps) > 1 else steps[0]
            phrase = f"{phrase} {topic}"
        else:
            note = words[words.index(" (also: "):] if " (also: " in words else ""
            phrase = stance_phrase(stance, topic) + note
        by_actor.setdefault(actor, []).append(phrase)
    def line(phrases: list[str]) -> str:
        if max_phrases is None or len(phrases) <= max_phrases:
            return "; ".join(phrases)
        more = len(phrases) - max_phrases
        return "; ".join(phrases[:max_phrases]) + f"; … and {more:,} more topic{'s' if more != 1 else ''}"
    return [(actor, line(phrases)) for actor, phrases in by_actor.items()]


def for_display(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """The ``columns`` of ``frame`` that exist, list cells joined by ', ' and string cells
    stripped (for st.dataframe)."""
    out = frame[[c for c in columns if c in frame.columns]].copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].map(
                lambda v: ", ".join(str(x).strip() for x in as_list(v)) if _listy(v) else v
            )
    return strip_strings(out).reset_index(drop=True)


def merge_evidence_pieces(items: list[dict]) -> list[dict]:
    """Evidence items with the pieces of one quotation that overlap and say the same (same
    quote_id and stance) joined into one item spanning both, so a statement reads as one line,
    not twice with a different highlight. Items without offsets are kept as they are."""
    out: list[dict] = []
    for item in items:
        start, end = as_int(item.get("start")), as_int(item.get("end"))
        twin = None
        if start is not None and end is not None:
            twin = next((o for o in out if as_str(o.get("quote_id")) == as_str(item.get("quote_id"))
                         and as_str(o.get("stance")) == as_str(item.get("stance"))
                         and as_int(o.get("start")) is not None and as_int(o.get("end")) is not None
                         and as_int(o.get("start")) < end and start < as_int(o.get("end"))), None)
        if twin is None:
            out.append(dict(item))
            continue
        twin["start"] = min(as_int(twin["start"]), start)
        twin["end"] = max(as_int(twin["end"]), end)
        if item.get("claim") and len(str(item["claim"])) > len(str(twin.get("claim") or "")):
            twin["claim"] = item["claim"]
    return out
