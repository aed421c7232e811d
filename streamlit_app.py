"""Parley's router: page config, the article picker in the sidebar, navigation over ``pages/``.

Run with ``streamlit run streamlit_app.py``. Every run:

1. the sidebar picker gives the raw article (the embedded sample by default, pasted text applied
   by its "Analyse" button, or an uploaded ``.txt``/``.html`` file) and, for an article without
   a date, a publication date (in a form: applied by a click or Enter, never on blur);
2. the article is analysed by :mod:`lib` — the spaCy model is a cached resource (once per
   process), each article's tables are cached data keyed by its text and publication date;
3. the tables go to ``st.session_state[pages._common.TABLES_KEY]`` and the chosen page runs.

Bad input (empty, binary, too long, not English, a bad date) is caught as
:class:`lib.errors.ParleyError` and its ``user_message`` shown with ``st.error``; the pasted text
stays in its text area.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

import streamlit as st

from lib import article as larticle
from lib import nlp as lnlp
from lib import tables as ltables
from lib.errors import ParleyError
from pages import _common as ui

LOG = logging.getLogger("parley")

PASTE = "paste"
UPLOAD = "upload"
#: URL parameters of the picker (kept on every page)
ARTICLE_PARAM = "article"
PUBLISHED_PARAM = "published"
PASTE_KEY = "side-paste"
UPLOAD_KEY = "side-upload"
DATE_KEY = "side-published"
KEEP_UPLOAD = "_keep:side-upload"
KEEP_PASTE = "_keep:side-paste"
KEEP_DATE = "_keep:side-published"
PASTE_FORM = "side-paste-form"
DATE_FORM = "side-date-form"
ANALYSE_KEY = "side-analyse"
APPLY_DATE_KEY = "side-apply-date"
#: set once per session (the first run reads the link)
SEEN_KEY = "_parley:seen"
#: why the link's ``?published=`` was ignored (shown under the date box until a date is applied)
LINK_DATE_NOTE_KEY = "_parley:link-date-note"
#: the date box's range: the years lib reads (lib.article.validate_date rejects others). A value
#: outside it must never reach st.date_input (Streamlit raises on it).
DATE_MIN = dt.date(larticle.MIN_YEAR, 1, 1)
DATE_MAX = dt.date(larticle.MAX_YEAR, 12, 31)
LINK_KEY = ui.LINK_SOURCE_KEY

st.set_page_config(page_title="Parley", page_icon=":material/record_voice_over:", layout="wide",
                   menu_items={"About": "Parley: who said what, who met whom, who stands where — "
                                        "every row pointing back to the words of the article."})


@st.cache_resource(show_spinner="Loading the language model (once)…")
def nlp_model():
    """The spaCy pipeline of :func:`lib.nlp.load_pipeline`, loaded once per server process."""
    return lnlp.load_pipeline()


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def parse_cached(raw: str, article_id: str, published: str | None) -> larticle.Article:
    """:func:`lib.article.parse_article`, cached (it raises :class:`ParleyError` on bad input;
    errors are not cached)."""
    return larticle.parse_article(raw, article_id, published=published)


@st.cache_data(max_entries=32, ttl=3600, show_spinner=False)
def analyse_cached(raw: str, article_id: str, published: str | None) -> ltables.ArticleTables:
    """All tables of one article, cached by its text, id and publication date (32 articles, one
    hour at most)."""
    nlp_model()
    return ltables.analyze(larticle.parse_article(raw, article_id, published=published))


@st.cache_data(max_entries=8, ttl=3600, show_spinner=False)
def sample_catalogue() -> dict[str, tuple[str, str]]:
    """The embedded samples of ``data/articles``: article_id -> (title, raw text)."""
    out = {}
    for path in larticle.sample_articles():
        raw = larticle.decode_bytes(path.read_bytes())
        try:
            title = larticle.parse_article(raw, path.stem).title
        except ParleyError:
            title = path.stem
        out[path.stem] = (title, raw)
    return out


def _file_id(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(name).stem).strip("-")
    return stem[:60] or "uploaded"


def _opened_from_link(options: list[str]) -> None:
    """On the first run of a session, note when the URL points at a pasted or uploaded article:
    its text is never in the link, so the pages say so (and keep the link's filters)."""
    if ARTICLE_PARAM in st.session_state or ui._KEEP + ARTICLE_PARAM in st.session_state \
            or SEEN_KEY in st.session_state:
        return
    st.session_state[SEEN_KEY] = True
    wanted = st.query_params.get(ARTICLE_PARAM)
    if wanted in (PASTE, UPLOAD) and wanted in options and not st.session_state.get(KEEP_PASTE) \
            and KEEP_UPLOAD not in st.session_state:
        st.session_state[LINK_KEY] = wanted


def pick_article() -> tuple[str, str, str] | None:
    """Draw the picker in the sidebar. Returns ``(raw text, article_id, source)`` (source: a
    sample's id, ``"paste"`` or ``"upload"``) or None when nothing is pasted or uploaded yet (the
    page then says why).

    Pasted text (and, for it, the publication date) is applied by the "Analyse" button of a form
    (or Ctrl+Enter), never on blur, so a click elsewhere (a page link) is never swallowed by a
    rerun."""
    samples = sample_catalogue()
    options = [*samples, PASTE, UPLOAD]
    default = next(iter(samples), PASTE)

    def label(option: str) -> str:
        if option == PASTE:
            return "Paste text"
        if option == UPLOAD:
            return "Upload a file (.txt or .html)"
        return f"Sample: {samples[option][0]}"

    side = st.sidebar
    side.subheader("Article")
    _opened_from_link(options)
    ui.seed_filter(ARTICLE_PARAM, default, options=options)
    source = side.radio("Article to analyse", options, key=ARTICLE_PARAM, format_func=label,
                        label_visibility="collapsed")
    ui.keep_filter(ARTICLE_PARAM, source, default)
    if st.session_state.get(LINK_KEY) not in (None, source):
        st.session_state[LINK_KEY] = None  # the reader moved on from the link's article

    if source in samples:
        return samples[source][1], source, source

    if source == PASTE:
        if PASTE_KEY not in st.session_state:
            st.session_state[PASTE_KEY] = st.session_state.get(KEEP_PASTE, "")
        with side.form(PASTE_FORM, border=False, enter_to_submit=True):
            raw = st.text_area(
                "Article text", key=PASTE_KEY, height=440,
                placeholder="Paste a news article here, then click Analyse. An optional first line "
                            "'date YYYY-MM-DD Headline' gives its date and headline.",
                help="Click Analyse (or press Ctrl+Enter) to analyse the text. Pasted text stays in "
                     "this browser session: it is never put in the page's link.",
            )
            date_input(in_form=True)
            st.form_submit_button("Analyse", key=ANALYSE_KEY, type="primary",
                                  icon=":material/play_arrow:", width="stretch")
        st.session_state[KEEP_PASTE] = raw
        if raw == "":
            if st.session_state.get(LINK_KEY) != PASTE:
                st.session_state[ui.NO_TABLES_REASON_KEY] = ("paste an article's text in the sidebar "
                                                             "and click Analyse.")
            return None
        st.session_state[LINK_KEY] = None
        return raw, larticle.make_article_id(raw), PASTE

    uploaded = side.file_uploader("Article file", type=["txt", "html", "htm"], key=UPLOAD_KEY,
                                  help="Plain text (UTF-8 or Windows-1252) or a saved web page. "
                                       "The file stays in this browser session: it is never put in "
                                       "the page's link.")
    if uploaded is not None:
        st.session_state[KEEP_UPLOAD] = (uploaded.name, uploaded.getvalue())
    kept = st.session_state.get(KEEP_UPLOAD)
    if kept is None:
        if st.session_state.get(LINK_KEY) != UPLOAD:
            st.session_state[ui.NO_TABLES_REASON_KEY] = "upload a .txt or .html file in the sidebar."
        return None
    st.session_state[LINK_KEY] = None
    name, data = kept
    if uploaded is None:
        side.caption(f"Showing {ui.md_text(name)}, uploaded earlier.")
        if side.button("Forget this file", key="side-forget"):
            del st.session_state[KEEP_UPLOAD]
            st.rerun()
    return larticle.decode_bytes(data), _file_id(name), UPLOAD


def in_date_range(day: dt.date | None) -> bool:
    """True when ``day`` is a date the date box accepts (:data:`DATE_MIN` to :data:`DATE_MAX`)."""
    return isinstance(day, dt.date) and DATE_MIN <= day <= DATE_MAX


def link_date(value: str | None) -> tuple[dt.date | None, tuple[str, str] | None]:
    """The date of a link's ``?published=`` for the date box: ``(date, None)``, or ``(None,
    (level, message))`` when it is not a date ("error") or outside the box's range ("warning";
    the link's date is ignored and the article is analysed without it), or ``(None, None)`` when
    the link has none."""
    value = (value or "").strip()
    if not value:
        return None, None
    out_of_range = (f"The link's publication date {value[:40]} is out of range (Parley reads dates "
                    f"from {DATE_MIN} to {DATE_MAX}), ignored.")
    year = re.fullmatch(r"(\d+)-\d{2}-\d{2}", value)
    if year and not DATE_MIN.year <= int(year[1]) <= DATE_MAX.year:
        return None, ("warning", out_of_range)
    try:
        iso = larticle.validate_date(value)
    except ParleyError as err:
        return None, ("error", err.user_message)
    day = dt.date.fromisoformat(iso) if iso else None
    if day is not None and not in_date_range(day):
        return None, ("warning", out_of_range)
    return day, None


def date_input(*, in_form: bool) -> str | None:
    """The publication-date input (seeded from the session, else from ``?published=`` in the
    URL, validated: a link's date that is not a date or is outside :data:`DATE_MIN` ..
    :data:`DATE_MAX` is ignored, with a message, never given to the box). Inside a form
    (``in_form``) its value applies with the form's "Analyse" button; otherwise it gets a form of
    its own with an "Apply date" button. Either way one click applies it, and leaving the box does
    not rerun the app (so the next click, on a page link say, is not swallowed). Returns the date
    applied, ``YYYY-MM-DD``, or None."""
    if DATE_KEY not in st.session_state:
        kept = st.session_state.get(KEEP_DATE)
        seeded = dt.date.fromisoformat(kept) if kept else None
        if seeded is None:
            seeded, note = link_date(st.query_params.get(PUBLISHED_PARAM))
            st.session_state[LINK_DATE_NOTE_KEY] = note
        st.session_state[DATE_KEY] = seeded
    if not in_date_range(st.session_state[DATE_KEY]) and st.session_state[DATE_KEY] is not None:
        st.session_state[DATE_KEY] = None  # never hand the box a value it would refuse
    kwargs = dict(key=DATE_KEY, min_value=DATE_MIN, max_value=DATE_MAX, format="YYYY-MM-DD")
    if in_form:
        value = st.date_input(
            "Publication date (if the text has no date line)",
            help="Dates such as 'on Wednesday' or 'next month' are resolved against it; it applies "
                 "when you click Analyse. A 'date YYYY-MM-DD' first line in the text wins over it.",
            **kwargs)
        _link_date_note(value)
    else:
        with st.sidebar.form(DATE_FORM, border=False, enter_to_submit=True):
            value = st.date_input(
                "Publication date",
                help="Dates such as 'on Wednesday' or 'next month' are resolved against it; it "
                     "applies when you click Apply date.", **kwargs)
            _link_date_note(value)
            st.form_submit_button("Apply date", key=APPLY_DATE_KEY, width="stretch")
    chosen = value.isoformat() if isinstance(value, dt.date) else None
    if isinstance(value, dt.date) and value > dt.date.today():
        # accepted (an embargoed or mistyped date is the reader's call), but said
        (st if in_form else st.sidebar).warning(
            f"The publication date {chosen} is after today ({dt.date.today().isoformat()}); it is "
            "used as given.", icon=":material/event_upcoming:")
    st.session_state[KEEP_DATE] = chosen
    return chosen


def _link_date_note(value: dt.date | None) -> None:
    """Under the date box: why the link's date was ignored, until a date is set."""
    note = st.session_state.get(LINK_DATE_NOTE_KEY)
    if isinstance(value, dt.date) or not note:
        st.session_state[LINK_DATE_NOTE_KEY] = None
        return
    level, message = note
    show = st.warning if level == "warning" else st.error
    show(ui.md_text(message), icon=":material/event_busy:" if level == "warning" else ":material/error:")


def date_notes(article: larticle.Article, chosen: str | None, source: str) -> str | None:
    """After parsing: say where the publication date comes from, keep ``?published=`` in step,
    and return the date to analyse with (None when the article has a date of its own)."""
    side = st.sidebar
    if article.published:
        side.caption(f"Published {article.published} (from the article).")
        if chosen and chosen != article.published:
            side.caption(f"The article's own date line ({article.published}) is used; the date "
                         f"set above ({chosen}) is ignored.")
        return None
    if chosen:
        st.query_params[PUBLISHED_PARAM] = chosen
        side.caption(f"Analysed as published on {chosen} (the date set above).")
    else:
        if PUBLISHED_PARAM in st.query_params:
            del st.query_params[PUBLISHED_PARAM]
        how = "Set one above and click Analyse" if source == PASTE else "Set one above"
        side.warning("This article has no publication date, so only absolute dates are resolved. "
                     f"{how} to resolve 'on Wednesday' or 'next month'.")
    return chosen


def load_tables() -> None:
    """Pick, parse and analyse the article; leave its tables (or None) in the session state."""
    st.session_state[ui.TABLES_KEY] = None
    st.session_state[ui.NO_TABLES_REASON_KEY] = None
    article_id = "article"
    try:
        picked = pick_article()
        if picked is None:
            return
        raw, article_id, source = picked
        own = parse_cached(raw, article_id, None)
        if source == PASTE:
            chosen = st.session_state.get(KEEP_DATE)
        elif source == UPLOAD and not own.published:
            chosen = date_input(in_form=False)
        else:
            chosen = None
        published = date_notes(own, chosen, source)
        with st.spinner("Analysing the article…"):
            st.session_state[ui.TABLES_KEY] = analyse_cached(raw, article_id, published)
    except ParleyError as err:
        st.error(ui.md_text(err.user_message), icon=":material/error:")
        st.session_state[ui.NO_TABLES_REASON_KEY] = "fix the input in the sidebar (see the message above)."
    except Exception as err:  # a bug in lib must not show a traceback to a reader
        LOG.exception("analysis failed on %s", article_id)
        st.error(f"Parley could not analyse this article because of an internal error "
                 f"({type(err).__name__}). Please report it with the article.", icon=":material/bug_report:")
        st.session_state[ui.NO_TABLES_REASON_KEY] = "the analysis failed (see the message above)."


PAGES = [
    st.Page("pages/article.py", title="Article", icon=":material/article:", default=True,
            url_path="article"),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/quotes.py", title="Speakers & quotes", icon=":material/format_quote:",
            url_path="quotes"),
    st.Page("pages/positions.py", title="Positions", icon=":material/balance:", url_path="positions"),
]

navigation = st.navigation(PAGES)
load_tables()
st.sidebar.caption("Parley extracts quotations, contacts and positions with rules and spaCy; "
                   "every row points back to the words of the article.")
with ui.routing():
    navigation.run()
