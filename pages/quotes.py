"""Speakers & quotes: the speaker table; quotations filtered by speaker, kind, cue and free text,
grouped by speaker with their context sentence; a chosen quotation shown in place in the article.
URL filters: ``qt-speaker``, ``qt-kind``, ``qt-cue``, ``qt-text``, ``qt-quote``."""

import pandas as pd
import streamlit as st

from pages import _common as ui

ui.ensure_router()

P = "qt-"
tables = ui.require_tables(P)
quotes = tables.quotes

st.header("Speakers & quotes")
if not len(quotes):
    ui.empty_note("No quotations: nobody's words are quoted or reported in this article "
                  "(no quotation marks, no 'said' or 'according to').")
    ui.download_buttons(P, quotes, "quotes")
    st.stop()

colours = ui.speaker_colours(quotes)
records = quotes.to_dict("records")
speakers_of = {ui.as_str(r["quote_id"]): ui.quote_speakers(r) for r in records}
quoted = {name for names in speakers_of.values() for name in names}
speakers = [s for s in colours if s in quoted]

# --- the speaker table (all quotations of the article) -----------------------------------------
actors = tables.actors
by_name = {ui.as_str(r["name"]): r for r in actors.to_dict("records")} if len(actors) else {}
# every speaker's counts in one pass over the quotations
counts = {name: {"direct": 0, "partial": 0, "indirect": 0, "all": 0} for name in speakers}
for r in records:
    for name in dict.fromkeys(speakers_of[ui.as_str(r["quote_id"])]):
        mine = counts[name]
        mine["all"] += 1
        kind = ui.as_str(r.get("kind"))
        if kind in mine:
            mine[kind] += 1
rows = []
for name in speakers:
    actor = by_name.get(name)
    rows.append({
        "speaker": name,
        "title": ui.as_str(actor["title"]) if actor is not None else "",
        "affiliation": ui.as_str(actor["affiliation"]) if actor is not None else "",
        "n_direct": counts[name]["direct"],
        "n_partial": counts[name]["partial"],
        "n_indirect": counts[name]["indirect"],
        "n_quotes": counts[name]["all"],
    })
speaker_table = pd.DataFrame(rows, columns=["speaker", "title", "affiliation", "n_direct",
                                            "n_partial", "n_indirect", "n_quotes"])
st.subheader("Speakers")
ui.show_table(speaker_table, key=P + "speakers", labels={"n_quotes": "All quotations"})
ui.download_buttons(P, speaker_table, "speakers")

# --- filters ---------------------------------------------------------------------------------
st.subheader("Quotations")
cues = sorted({ui.as_str(c) for c in quotes["cue"] if ui.as_str(c)}, key=str.casefold)
c1, c2, c3, c4 = st.columns(4)
chosen_speakers = ui.filter_multiselect(P, "speaker", "Speaker", speakers, container=c1)
chosen_kinds = ui.filter_multiselect(P, "kind", "Kind", list(ui.QUOTE_KINDS),
                                     format_func=lambda k: ui.QUOTE_KIND_WORDS.get(k, k), container=c2)
chosen_cues = ui.filter_multiselect(P, "cue", "Cue", cues, container=c3)
needle = ui.filter_text(P, "text", "Words", placeholder="e.g. peace", container=c4,
                        help="Plain words, matched in the quotation, its context and the speaker "
                             "(not case-sensitive).")

shown = quotes
if chosen_speakers:
    shown = shown[shown["quote_id"].map(lambda q: bool(set(speakers_of[ui.as_str(q)]) & set(chosen_speakers)))]
if chosen_kinds:
    shown = shown[shown["kind"].isin(chosen_kinds)]
if chosen_cues:
    shown = shown[shown["cue"].map(ui.as_str).isin(chosen_cues)]
if needle:
    folded = needle.casefold()
    shown = shown[shown.apply(
        lambda r: folded in " ".join([ui.as_str(r["text"]), ui.as_str(r.get("context")),
                                      "; ".join(speakers_of[ui.as_str(r["quote_id"])])]).casefold(),
        axis=1)]

filtered = bool(chosen_speakers or chosen_kinds or chosen_cues or needle)
if not len(shown):
    described = ui.describe_filters({"speaker": chosen_speakers,
                                     "kind": [ui.QUOTE_KIND_WORDS.get(k, k) for k in chosen_kinds],
                                     "cue": chosen_cues, "words": needle})
    ui.empty_note(f"No quotation matches the filter {described}; the article has {len(quotes)} "
                  f"quotation(s) in all.")
    st.stop()

table = ui.for_display(shown, ["quote_id", "speaker", "kind", "text", "cue", "channel", "paragraph",
                               "context"])
table["speaker"] = shown["quote_id"].map(lambda q: "; ".join(speakers_of[ui.as_str(q)])).to_list()
table["paragraph"] = [int(p) + 1 if ui.as_str(p) != "" else None for p in shown["paragraph"]]  # counted from 1, as a reader does
st.caption(ui.md_text(f"{len(shown)} of {len(quotes)} quotations."))
ui.show_table(table, key=P + "table", labels={"quote_id": "Id", "text": "Quotation", "paragraph": "Paragraph"},
              wrap=True)
ui.download_buttons(P, shown, "quotes", filtered=filtered)

# --- a chosen quotation in place -------------------------------------------------------------
shown_records = shown.to_dict("records")
labels = {}
for r in shown_records:
    qid = ui.as_str(r["quote_id"])
    text = " ".join(ui.as_str(r["text"]).split())
    labels[qid] = f"{qid} · {'; '.join(speakers_of[qid])}: “{text[:70]}{'…' if len(text) > 70 else ''}”"
chosen = ui.filter_select(P, "quote", "Show in the article", list(labels),
                          format_func=lambda q: labels.get(q, q))
if chosen:
    row = shown[shown["quote_id"].astype(str) == chosen].iloc[0]
    marks = ui.quote_marks(shown[shown["quote_id"].astype(str) == chosen], colours, chosen=chosen)
    cue_start, cue_end = ui.as_int(row.get("cue_start")), ui.as_int(row.get("cue_end"))
    if cue_start is not None and cue_end is not None:
        marks.append(ui.mark(cue_start, cue_end, "#333333", title="cue", style="box"))
    start, end = ui.as_int(row["start"]), ui.as_int(row["end"])
    if start is None or end is None:
        ui.empty_note("This quotation has no offsets to show in the article.")
    else:
        with st.container(border=True):
            ui.show_in_article(tables, marks, start, end)
            st.caption("The quotation is tinted in its speaker's colour; the framed words are its cue.")

# --- grouped by speaker, each with its context -------------------------------------------------
st.subheader("By speaker")
by_speaker: dict[str, list[dict]] = {}  # each speaker's shown quotations, in one pass
for r in shown_records:
    for name in dict.fromkeys(speakers_of[ui.as_str(r["quote_id"])]):
        by_speaker.setdefault(name, []).append(r)
for name in speakers:
    mine = by_speaker.get(name, [])
    if not mine:
        continue
    colour = colours.get(name, ui.UNKNOWN_COLOUR)
    blocks = [ui.legend_html(colours, [name])]
    for r in mine:
        kind = ui.as_str(r["kind"])
        context = ui.as_str(r.get("context"))
        meta = [ui.QUOTE_KIND_WORDS.get(kind, kind)]
        if ui.as_str(r["cue"]):
            meta.append(f"cue: {ui.as_str(r['cue'])}")
        if ui.as_str(r["channel"]):
            meta.append(f"channel: {ui.as_str(r['channel'])}")
        others = [s for s in speakers_of[ui.as_str(r["quote_id"])] if s != name]
        if others:
            meta.append("with " + ", ".join(others))
        blocks.append(
            f'<blockquote style="border-left:4px solid {colour};margin:.4em 0 .2em 0;padding:.2em .8em">'
            f'{"“" if kind != "indirect" else ""}{ui.html_text(r["text"])}{"”" if kind != "indirect" else ""}'
            f'<div style="color:#666;font-size:.85em;margin-top:.3em">{ui.html_text(" · ".join(meta))}'
            f' · {ui.html_text(r["quote_id"])}</div>'
            + (f'<div style="color:#444;font-size:.9em;margin-top:.2em">Context: {ui.html_text(context)}</div>'
               if context else "")
            + "</blockquote>"
        )
    with st.container(border=True):
        st.html("".join(blocks))
