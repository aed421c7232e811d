"""pages/_common.timeline_figure on hand-made event tables: every event is drawn, a month-precise
event sits on its month (lib leaves its ``date`` empty and gives ``period_start``), an undated one
in the undated strip."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from lib.schema import make_frame

spec = importlib.util.spec_from_file_location("ui_common", Path(__file__).resolve().parent.parent / "pages" / "_common.py")
ui = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ui)


def test_month_precise_events_are_placed_on_their_period_and_undated_ones_in_the_strip():
    events = make_frame("events", [
        {"event_id": "E1", "kind": "meeting", "participants": ["A B", "C D"], "status": "proposed",
         "granularity": "month", "timex_value": "2025-07", "period_start": "2025-07-01", "period_end": "2025-07-31",
         "date_text": "next month", "evidence": "They could meet next month.", "start": 0, "end": 27},
        {"event_id": "E2", "kind": "call", "participants": ["A B", "C D"], "status": "happened",
         "date": "2025-06-02", "granularity": "day", "date_text": "Monday", "evidence": "They spoke on Monday.",
         "start": 28, "end": 49},
        {"event_id": "E3", "kind": "visit", "participants": ["A B"], "status": "planned",
         "evidence": "A will visit.", "start": 50, "end": 63},
    ])
    fig = ui.timeline_figure(events).to_dict()
    dated = [t for t in fig["data"] if t.get("mode") == "markers+text" and t.get("xaxis", "x") == "x"]
    undated = [t for t in fig["data"] if t.get("xaxis") == "x2" and "markers" in t.get("mode", "")]
    dated_ids = sorted(i for t in dated for i in t["customdata"])
    undated_ids = sorted(i for t in undated for i in t["customdata"])
    assert dated_ids == ["E1", "E2"] and undated_ids == ["E3"]
    meeting = next(t for t in dated if "E1" in t["customdata"])
    assert str(meeting["x"][0]).startswith("2025-07-01")


def test_a_postponed_event_has_its_own_style_and_is_not_struck_through():
    events = make_frame("events", [
        {"event_id": "E1", "kind": "talks", "participants": ["A B", "C D"], "status": "postponed",
         "date": "2025-03-10", "granularity": "day", "date_text": "until Monday",
         "evidence": "The talks were postponed until Monday.", "start": 0, "end": 38},
        {"event_id": "E2", "kind": "talks", "participants": ["A B", "C D"], "status": "cancelled",
         "date": "2025-03-07", "granularity": "day", "date_text": "Friday",
         "evidence": "Talks on Friday were cancelled.", "start": 39, "end": 70},
    ])
    fig = ui.timeline_figure(events).to_dict()
    points = {i: (symbol, colour, text) for t in fig["data"] if t.get("mode") == "markers+text"
              for i, symbol, colour, text in zip(t["customdata"], t["marker"]["symbol"], t["marker"]["color"], t["text"])}
    symbol, colour, text = points["E1"]
    assert (symbol, colour) == ("arrow-right-open", ui.KIND_COLOURS["talks"])
    assert "<s>" not in text and "postponed" in text
    assert points["E2"][0] == "x-thin-open" and "<s>" in points["E2"][2]
    network = ui.network_figure(events).to_dict()
    assert sorted(t["line"]["dash"] for t in network["data"] if t.get("mode") == "lines") == ["dashdot", "dot"]
    assert "postponed" in ui.EVENT_STATUSES
