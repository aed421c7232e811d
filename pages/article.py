"""Article (home): headline, source, date and counts; the text with every quotation highlighted in
its speaker's colour (escaped HTML); the actors found. URL filters: ``art-kind``, ``art-speaker``."""

import streamlit as st

from pages import _common as ui

ui.ensure_router()

P = "art-"
tables = ui.require_tables(P)
article = tables.article
quotes = tables.quotes

st.title(ui.md_text(article.title))
meta = [
    f"Source: {article.source}" if article.source else "Source not given",
    f"published {article.published}" if article.published else "publication date unknown",
    f"{article.n_words:,} word{'' if article.n_words == 1 else 's'}",
    f"{len(article.paragraphs)} paragraph{'' if len(article.paragraphs) == 1 else 's'}",
]
st.caption(ui.md_text(" · ".join(meta)))

kinds = quotes["kind"].map(ui.as_str) if len(quotes) else quotes["kind"]
cols = st.columns(6)
cols[0].metric("Actors", len(tables.actors))
cols[1].metric("Quotations", len(quotes))
cols[2].metric("Direct", int((kinds == "direct").sum()))
cols[3].metric("Partial", int((kinds == "partial").sum()))
cols[4].metric("Reported", int((kinds == "indirect").sum()))
cols[5].metric("Events", len(tables.events))

colours = ui.speaker_colours(quotes)
#: the speakers of each quotation, in table order (read once: the page stays linear in quotations)
speakers_of = [ui.quote_speakers(r) for r in quotes.to_dict("records")]
quoted = {name for names in speakers_of for name in names}
speakers = [name for name in colours if name != ui.UNKNOWN_SPEAKER or ui.UNKNOWN_SPEAKER in quoted]

left, right = st.columns(2)
chosen_kinds = ui.filter_multiselect(P, "kind", "Highlight quotation kinds", list(ui.QUOTE_KINDS),
                                     format_func=lambda k: ui.QUOTE_KIND_WORDS.get(k, k),
                                     container=left)
chosen_speakers = ui.filter_multiselect(P, "speaker", "Highlight speakers", speakers, container=right)

keep = [True] * len(quotes)
if chosen_kinds:
    keep = [k and kind in chosen_kinds for k, kind in zip(keep, quotes["kind"].map(ui.as_str))]
if chosen_speakers:
    wanted = set(chosen_speakers)
    keep = [k and bool(wanted.intersection(names)) for k, names in zip(keep, speakers_of)]
shown = quotes[keep] if len(quotes) else quotes
shown_names = [names for k, names in zip(keep, speakers_of) if k]

if not len(quotes):
    ui.empty_note("No quotations: nobody's words are quoted or reported in this article "
                  "(no quotation marks, no 'said' or 'according to').")
elif not len(shown):
    ui.empty_note("No quotation matches the filter: "
                  + ui.describe_filters({"kind": chosen_kinds, "speaker": chosen_speakers}) + ".")
else:
    in_shown = {name for names in shown_names for name in names}
    shown_speakers = [s for s in speakers if s in in_shown]
    st.html(ui.legend_html(colours, shown_speakers))
    several = any(len(names) > 1 for names in shown_names)
    st.caption("Tinted words were in quotation marks (direct or partial); a dashed underline marks "
               "reported speech. Hover a highlight to see who said it."
               + (" A quotation with several speakers is striped in all their colours."
                  if several else ""))

dim = [article.dateline] if article.dateline else []
st.html(ui.highlight_html(article.text, ui.quote_marks(shown, colours), paragraphs=article.paragraphs,
                          dim=dim))

with st.expander(f"Actors ({len(tables.actors)})"):
    if len(tables.actors):
        ui.show_table(ui.for_display(tables.actors, ["name", "kind", "title", "affiliation", "aliases",
                                                     "n_mentions", "n_quotes"]), key=P + "actors")
    else:
        ui.empty_note("No actors: the article names no person, organisation or country that the "
                      "analysis could resolve.")
    ui.download_buttons(P, tables.actors, "actors")

with st.expander("Download the article's tables"):
    ui.download_buttons(P, tables.articles, "articles")
    ui.download_buttons(P, tables.quotes, "quotes")
    ui.download_buttons(P, tables.events, "events")
    ui.download_buttons(P, tables.positions, "positions")
