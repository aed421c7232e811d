"""Timeline: calls, meetings and visits on a date axis (undated ones in their own lane), a table,
who contacted whom, and the evidence of a chosen event. URL filters: ``tl-actor``, ``tl-kind``,
``tl-status``, ``tl-event``."""

import streamlit as st

from pages import _common as ui

ui.ensure_router()

P = "tl-"
tables = ui.require_tables(P)
events = tables.events

st.header("Timeline of contacts")
# (the sidebar already says the article has no publication date; here only what it costs)
unplaced = events[events["date"].isna() & events["date_text"].notna()] if len(events) else events
if not tables.article.published and len(unplaced):
    n = len(unplaced)
    example = ui.md_text(unplaced["date_text"].iloc[0])
    st.warning(f"{n} event{'s' if n != 1 else ''} with a relative date (such as '{example}') "
               f"{'are' if n != 1 else 'is'} in the undated lane: set a publication date in the sidebar to place {'them' if n != 1 else 'it'}.")

if not len(events):
    ui.empty_note("No events: the article mentions no calls, meetings or visits.")
    ui.download_buttons(P, events, "events")
    st.stop()

actors = list(dict.fromkeys(name for _, row in events.iterrows() for name in ui.event_participants(row)))
kinds = [k for k in ui.EVENT_KINDS if k in set(events["kind"].dropna())]
statuses = [s for s in ui.EVENT_STATUSES if s in set(events["status"].dropna())]

c1, c2, c3 = st.columns(3)
chosen_actors = ui.filter_multiselect(P, "actor", "Participant", actors, container=c1)
chosen_kinds = ui.filter_multiselect(P, "kind", "Kind", kinds, container=c2)
chosen_statuses = ui.filter_multiselect(P, "status", "Status", statuses, container=c3)

shown = events
if chosen_actors:
    shown = shown[shown.apply(lambda r: bool(set(ui.event_participants(r)) & set(chosen_actors)), axis=1)]
if chosen_kinds:
    shown = shown[shown["kind"].isin(chosen_kinds)]
if chosen_statuses:
    shown = shown[shown["status"].isin(chosen_statuses)]

filtered = bool(chosen_actors or chosen_kinds or chosen_statuses)
if not len(shown):
    ui.empty_note(f"No event matches the filters ({ui.describe_filters({'participant': chosen_actors, 'kind': chosen_kinds, 'status': chosen_statuses})}); "
                  f"the article has {len(events)} event(s) in all.")
    st.stop()


def _pick_event_from_chart() -> None:
    """A click on a marker chooses that event (its evidence is shown below)."""
    selection = st.session_state.get(P + "chart")
    points = (selection or {}).get("selection", {}).get("points", []) if selection else []
    for point in points:
        value = point.get("customdata")
        if isinstance(value, list):
            value = value[0] if value else None
        if value in set(shown["event_id"].astype(str)):
            st.session_state[P + "event"] = value
            return


st.plotly_chart(ui.timeline_figure(shown), key=P + "chart", on_select=_pick_event_from_chart,
                selection_mode="points", config=ui.PLOTLY_CONFIG)
n_undated = int(ui.event_when(shown).isna().sum())  # only the events of the grey strip
st.caption("Colour = kind. ● filled: happened · ○ hollow: planned, proposed or possible · "
           "▷ hollow arrow, *postponed*: put off to a later day (drawn at the new day when the article "
           "gives one) · ✕ grey, struck through: denied or cancelled. A pale bar spans a date known only to the "
           "week, month or year."
           + (f" {n_undated} event(s) without a date sit in the grey 'undated' strip below the "
              f"dates, in the order the article mentions them (its position there is not a date)."
              if n_undated else ""))

ui.show_table(ui.events_for_display(shown), key=P + "table", wrap=True)
ui.download_buttons(P, shown, "events", filtered=filtered)

st.subheader("Who contacted whom")
if any(len(ui.event_participants(r)) >= 2 for _, r in shown.iterrows()):
    st.plotly_chart(ui.network_figure(shown), key=P + "network", config=ui.PLOTLY_CONFIG)
    st.caption("One line per event between each pair of its participants, labelled with the kind "
               "and date; solid: happened, dashed: not (yet) happened, dash-dotted: postponed, dotted grey: "
               "denied or cancelled.")
else:
    ui.empty_note("No network: no event names two participants.")

st.subheader("Evidence")
ids = shown["event_id"].astype(str).tolist()
labels = {ui.as_str(r["event_id"]): ui.event_label(r) for _, r in shown.iterrows()}
chosen = ui.filter_select(P, "event", "Show the evidence of (or click a marker)", ids,
                          format_func=lambda i: labels.get(i, i))
if chosen:
    row = shown[shown["event_id"].astype(str) == chosen].iloc[0]
    colour = ui.KIND_COLOURS.get(ui.as_str(row["kind"]), "#333333")
    marks = []
    start, end = ui.as_int(row["start"]), ui.as_int(row["end"])
    if start is not None and end is not None:
        marks.append(ui.mark(start, end, colour, title="evidence sentence"))
    spans = []
    for pair in ui.as_list(row.get("mentions")):
        pair = ui.as_list(pair)
        if len(pair) == 2 and ui.as_int(pair[0]) is not None and ui.as_int(pair[1]) is not None:
            spans.append((int(pair[0]), int(pair[1])))
            marks.append(ui.mark(int(pair[0]), int(pair[1]), colour, title="mention", style="box"))
    if start is not None and end is not None:
        spans.append((start, end))
    source = ui.date_source(row)
    if source.startswith("inferred"):
        st.caption(ui.md_text(f"Date {ui.as_str(row.get('date'))}: {source}."))
    if not spans:
        ui.empty_note("This event has no offsets to show in the article.")
    else:
        shown_passages = ui.passages(tables, spans)
        n = len(shown_passages)
        st.caption(ui.md_text(f"{n} passage{'s' if n != 1 else ''} of the article; the framed words "
                              f"mention the event, the tinted sentence is its main evidence."))
        for s, e in shown_passages:
            ui.show_in_article(tables, marks, s, e)
