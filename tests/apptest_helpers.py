"""Helpers shared by the AppTest files (``test_app_*.py``): the app's path and readers of its output."""
from __future__ import annotations

import re
from pathlib import Path

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def plain(value: str) -> str:
    """Markdown text without its backslash escapes."""
    return re.sub(r"\\(.)", r"\1", value)


def marker_ids(spec: dict) -> list[str]:
    """The ids (``customdata``) of every marker in a Plotly figure spec, trace by trace."""
    return [str(v) for trace in spec["data"] if "markers" in trace.get("mode", "")
            for v in (trace.get("customdata") or [])]
