"""Time of the whole analysis on inputs built to be slow, which a hosted demo may be sent: one
sentence of thousands of quotations, a run-on text of speech verbs with no full stop, quotations
nested hundreds deep. Each is written here (no article text); sizes stay under the 100,000-character
limit of lib.article.

Run from the repository root: ``python bench/worst_case.py``. Prints seconds per input (one run
each, after a warm-up analysis). Not part of the test suite (pytest.ini: testpaths = tests).
Figures measured on this project's 2-core machine are in bench/README.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lib.tables import analyze_text  # noqa: E402

NAMES = ["Joe Biden", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz"]


def many_quotes(n: int) -> str:
    """One sentence of ``n`` short quotations: 'Anna Berg said "yes" and ...'."""
    return 'Anna Berg said "yes" and ' * n


def run_on(n: int) -> str:
    """``n`` attributions with unclosed quotation marks and no full stop."""
    return " ".join(f'"{NAMES[i % 4]} said the plan was good, and' for i in range(n))


def nested(n: int) -> str:
    """Quotations nested ``n`` deep: 'Biden said "he said 'he said ... no'"'."""
    opening = "".join('"he said ' if i % 2 == 0 else "'he said " for i in range(n))
    closing = "".join('"' if i % 2 == 0 else "'" for i in range(n))
    return "Biden said " + opening + "no" + closing + "."


def colons(n: int) -> str:
    """``n`` short labels with colons in one paragraph ('A: A: A: ...'): each colon once looked
    back to the paragraph start for a caption label (quadratic; 4,000 took 14 s)."""
    return "A: " * n


def marks(n: int) -> str:
    """A sentence then ``n`` straight quotation marks in a row: spaCy's tokenizer peeled the run one
    mark at a time and the pairing of marks copied the rest of the paragraph for each (10,000 took 12 s)."""
    return "The council said the plan was good. " + '"' * n + " The roads are new."


CASES = [("many quotations, one sentence", many_quotes, 3960), ("run-on speech verbs", run_on, 500),
         ("run-on speech verbs", run_on, 1000), ("nested quotations", nested, 500), ("nested quotations", nested, 1000),
         ("colons in one paragraph", colons, 4000), ("colons in one paragraph", colons, 8000),
         ("quotation marks in a row", marks, 10000), ("quotation marks in a row", marks, 90000)]


def main() -> None:
    analyze_text("Warm up, Anna Berg said.", published="2025-03-05")
    print(f"{'input':32} {'n':>5} {'chars':>7} {'words':>6} {'seconds':>8}")
    for label, build, n in CASES:
        text = build(n)
        start = time.perf_counter()
        analyze_text(text, published="2025-03-05")
        print(f"{label:32} {n:5d} {len(text):7d} {len(text.split()):6d} {time.perf_counter() - start:8.1f}")


if __name__ == "__main__":
    main()
