"""Positions: actor × topic matrix coloured by stance (legend in words), each cell's evidence,
per-actor cards, where actors disagree, a plain-language summary whose every sentence opens its
evidence, and the reporter's own framing shown apart. URL filters: ``pos-actor``, ``pos-topic``,
``pos-stance``, ``pos-cell``."""

import streamlit as st

from pages import _common as ui

ui.ensure_router()

P = "pos-"
tables = ui.require_tables(P)
positions = tables.positions

st.header("Positions")
if not len(positions):
    ui.empty_note("No positions: no actor in this article states a view on an issue.")
    ui.download_buttons(P, positions, "positions")
    st.stop()

kind = positions["source_kind"].map(ui.as_str)
stated_all = positions[kind != "reporter"]
reporter_all = positions[kind == "reporter"]

actors = list(dict.fromkeys(positions["actor"].map(ui.as_str)))
topics = list(dict.fromkeys(positions["topic"].map(ui.as_str)))
stances = [s for s in ui.STANCES if s in set(positions["stance"].map(ui.as_str))]
c1, c2, c3 = st.columns(3)
chosen_actors = ui.filter_multiselect(P, "actor", "Actor", actors, container=c1)
chosen_topics = ui.filter_multiselect(P, "topic", "Topic", topics, container=c2)
chosen_stances = ui.filter_multiselect(P, "stance", "Stance", stances,
                                       format_func=lambda s: ui.STANCE_LABELS.get(s, s), container=c3)


def _filtered(frame):
    if chosen_actors:
        frame = frame[frame["actor"].map(ui.as_str).isin(chosen_actors)]
    if chosen_topics:
        frame = frame[frame["topic"].map(ui.as_str).isin(chosen_topics)]
    if chosen_stances:
        frame = frame[frame["stance"].map(ui.as_str).isin(chosen_stances)]
    return frame


stated = _filtered(stated_all)
reporter = _filtered(reporter_all)
described = ui.describe_filters({"actor": chosen_actors, "topic": chosen_topics,
                                 "stance": [ui.STANCE_LABELS.get(s, s) for s in chosen_stances]})
quote_by_id = {ui.as_str(r.get("quote_id")): r for r in tables.quotes.to_dict("records")}
#: statements shown in one evidence box; the rest are counted (all are in the table below)
EVIDENCE_LIMIT = 30


def show_evidence(rows, limit: int = EVIDENCE_LIMIT) -> None:
    """Each statement behind ``rows`` (positions): stance, who said it, and the words in place;
    the first ``limit`` statements, then how many more there are."""
    shown = 0
    total = 0
    for row in rows.to_dict("records"):
        items = [i for i in ui.as_list(row.get("evidence")) if isinstance(i, dict)]
        if not items:
            items = [{"quote_id": row.get("quote_id"), "start": row.get("start"), "end": row.get("end"),
                      "stance": row.get("stance"), "claim": row.get("claim")}]
        items = ui.merge_evidence_pieces(items)
        total += len(items)
        for item in items:
            if shown >= limit:
                break
            shown += 1
            stance = ui.as_str(item.get("stance")) or ui.as_str(row.get("stance"))
            qid = ui.as_str(item.get("quote_id"))
            # who said this statement (lib's evidence said_by: the reporter of "Trump said he and
            # Putin invited each other" is Trump), else the quotation's speakers, else the row's
            said_by = ui.as_str(item.get("said_by"))
            if not said_by:
                said_by = ui.as_str(row.get("speaker"))
                if qid and qid in quote_by_id:
                    said_by = "; ".join(ui.quote_speakers(quote_by_id[qid]))
            line = (f"{ui.as_str(row['actor'])} {ui.STANCE_LABELS.get(stance, stance)} · "
                    f"{ui.as_str(row['topic'])}"
                    + (f" · said by {said_by}" if said_by and said_by != ui.as_str(row["actor"]) else "")
                    + (f" · {qid}" if qid else ""))
            st.caption(ui.md_text(line))
            start, end = ui.as_int(item.get("start")), ui.as_int(item.get("end"))
            if start is None or end is None:
                st.markdown("> " + ui.md_text(item.get("claim")))
                continue
            colour = ui.STANCE_COLOURS.get(stance, "#333333")
            ui.show_in_article(tables, [ui.mark(start, end, colour, title=stance)], start, end)
    if total > shown:
        ui.empty_note(f"…and {total - shown:,} more statements (all {total:,} are in the table below).")


# --- matrix ------------------------------------------------------------------------------------
st.subheader("Who stands where")
# what the matrix, the cards and the summary show: at most ui.MATRIX_LIMIT actors and topics
scope = ui.matrix_scope(stated) if len(stated) else ([], 0, [], 0)
matrix_actors, n_actors, matrix_topics, n_topics = scope
signs = ui.matrix_compact(scope)  # narrow squares show signs, told here
legend = "".join(
    f'<span style="display:inline-block;margin-right:1em"><span style="display:inline-block;'
    f'width:.9em;height:.9em;background:{ui.STANCE_COLOURS[s]};vertical-align:-.1em;margin-right:.3em">'
    f'</span>{ui.html_text(ui.STANCE_LABELS[s])}'
    + (f' <b>{ui.html_text(ui.CELL_SIGNS[s])}</b>' if signs else "") + '</span>'
    for s in ui.STANCES
)
st.html(f"<div>{legend}</div>{ui.NARROW_MATRIX_CSS}")
if not len(stated):
    ui.empty_note(f"No stated position matches the filter {described}." if described else
                  "No stated positions: only the reporter's framing (below).")
else:
    details = ui.cell_details(stated)  # once: every helper below reads it
    cells = ui.cell_stances(stated, details=details)
    cell_keys = [f"{a} — {t}" for (a, t) in cells]

    def _pick_cell_from_chart() -> None:
        """A click on a square opens its evidence."""
        selection = st.session_state.get(P + "matrix")
        points = (selection or {}).get("selection", {}).get("points", []) if selection else []
        for point in points:
            value = point.get("customdata")
            if isinstance(value, list):
                value = value[0] if value else None
            if isinstance(value, (int, float)) and 0 <= int(value) < len(cell_keys):
                st.session_state[P + "cell"] = cell_keys[int(value)]
                return

    capped = ui.matrix_note(scope)
    if capped:
        st.info(ui.md_text(capped), icon=":material/filter_list:")
    st.plotly_chart(ui.matrix_figure(stated, details=details, scope=scope), key=P + "matrix",
                    on_select=_pick_cell_from_chart, selection_mode="points", config=ui.PLOTLY_CONFIG)
    st.caption("“also doubtful” (or another stance) in a square: some of the statements behind it "
               "said something else; hover the square or open its evidence."
               if not signs else
               "Each square shows its stance's sign (see the legend above), after “→” when the "
               "stance changed; hover it for the words and for the statements behind it that said "
               "something else.")
    chosen_cell = ui.filter_select(P, "cell", "Open the evidence of (or click a square)", cell_keys)
    if chosen_cell:
        actor, topic = chosen_cell.split(" — ", 1)
        with st.container(border=True):
            show_evidence(stated[(stated["actor"].map(ui.as_str) == actor)
                                 & (stated["topic"].map(ui.as_str) == topic)])

    # --- per actor, per topic, summary ---------------------------------------------------------
    st.subheader("Each actor")
    cards = ui.actor_cards(stated, details=details, max_phrases=ui.MATRIX_LIMIT)
    if len(matrix_actors) < n_actors:
        # as many as the matrix: the actors with the most statements (all are in the table below)
        in_matrix = set(matrix_actors)
        cards = [(actor, phrases) for actor, phrases in cards if actor in in_matrix]
        st.caption(ui.md_text(f"The {len(cards)} actors of the matrix; all {n_actors:,} actors are "
                              f"in the table below."))
    columns = st.columns(min(3, len(cards)))
    for i, (actor, phrases) in enumerate(cards):
        with columns[i % len(columns)].container(border=True):
            st.markdown(f"**{ui.md_text(actor)}**: {ui.md_text(phrases)}")

    st.subheader("Where actors disagree")
    split = ui.disagreements(stated, details=details)
    if not split:
        ui.empty_note("No disagreement: no two actors take different stances on the same topic"
                      + (" among the filtered positions." if described else "."))
    for topic, by_actor in split:
        st.markdown(f"**{ui.md_text(topic)}**: " + ui.md_text("; ".join(
            f"{a} {ui.STANCE_LABELS.get(s, s)}" for a, s in by_actor.items())))
    with st.expander("Every topic, actor by actor"):
        for topic, on_topic in ui.topic_lines(stated, details=details):
            st.markdown(f"**{ui.md_text(topic)}**: "
                        + ui.md_text("; ".join(f"{a}: {w}" for a, w in on_topic)))

    st.subheader("In short")
    sentences = ui.summary_sentences(stated, with_topics=True)
    if len(matrix_topics) < n_topics:
        # as many as the matrix: the sentences on its topics (every topic is in the table below)
        in_matrix = set(matrix_topics)
        sentences = [(text, ids, topic) for text, ids, topic in sentences if topic in in_matrix]
        st.caption(ui.md_text(f"Generated from the table by templates; open a sentence to see its "
                              f"evidence. Sentences on the {len(matrix_topics)} topics of the matrix; "
                              f"all {n_topics:,} topics are in the table below."))
    else:
        st.caption("Generated from the table by templates; open a sentence to see its evidence.")
    row_of = {pid: i for i, pid in enumerate(stated["position_id"].map(ui.as_str))}
    for sentence, ids, _topic in sentences:
        with st.expander(ui.md_text(sentence)):
            show_evidence(stated.iloc[[row_of[p] for p in ids if p in row_of]])

# --- the reporter's framing ---------------------------------------------------------------------
st.subheader("The reporter's framing")
if len(reporter):
    st.caption("Positions the reporter infers or frames, not stated by the actors themselves.")
    ui.show_table(ui.for_display(reporter, ["actor", "topic", "stance", "claim"]), key=P + "reporter")
    with st.expander("Evidence of the reporter's framing"):
        show_evidence(reporter)
else:
    ui.empty_note("No reporter's inference: every position here comes from what the actors said."
                  if not len(reporter_all) else f"No reporter's inference matches the filter {described}.")

st.subheader("Table")
ui.show_table(ui.for_display(_filtered(positions), ["position_id", "actor", "topic", "stance", "claim",
                                                    "speaker", "source_kind", "quote_id",
                                                    "stance_changed"]),
              key=P + "table", labels={"speaker": "Said by", "quote_id": "Quote"})
ui.download_buttons(P, _filtered(positions), "positions",
                    filtered=bool(chosen_actors or chosen_topics or chosen_stances))
