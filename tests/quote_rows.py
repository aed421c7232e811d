"""The (kind, speaker, text) rows of a small story, shared by the quotation test files."""
from __future__ import annotations

from lib.tables import analyze_text


def rows(raw: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, text) of every quotation of ``raw`` (published 2025-03-05), in text order;
    a missing speaker is ''."""
    q = analyze_text(raw, published="2025-03-05").quotes
    return list(zip(q["kind"], q["speaker"].fillna(""), q["text"]))
