"""Speed and memory of Parley's extraction against spaCy's own parse (issue 3: "the speed of
extraction stays close to spaCy's own parse: report analyze time ÷ parse time on the dev corpus").

For each article of the corpus (default ``../shared/corpus/dev/*.txt``, found from this file:
``Path(__file__).parents[1].parent / "shared"``) it times

* ``parse``   — :func:`lib.nlp.parse` alone (the spaCy pipeline plus Parley's sentence fixes), and
* ``analyze`` — :func:`lib.tables.analyze`, the whole pipeline (which includes one parse),

each as the median of ``--runs`` runs after ``--warmup`` warm-up runs, in milliseconds, and prints a
table with the ratio analyze ÷ parse per article and for the corpus (sum of medians). Memory: the
peak of Python allocations during one ``analyze`` of each article (``tracemalloc``, measured in a
separate pass because tracing slows the code down), and the process's peak resident set size
(``resource.getrusage``; includes the spaCy model).

Run from the repository root: ``python bench/speed.py [--runs 5] [--warmup 1] [--json FILE] [FILE...]``.
Not part of the test suite (pytest.ini: testpaths = tests).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # `python bench/speed.py` puts bench/, not the repo, on sys.path
    sys.path.insert(0, str(REPO))

from lib.article import load_article  # noqa: E402
from lib.nlp import load_pipeline, parse  # noqa: E402
from lib.tables import analyze  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"


def _median_ms(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 if sys.platform != "darwin" else rss / (1024 * 1024)  # Linux: KiB; macOS: bytes


def run(files: list[Path], runs: int = 5, warmup: int = 1) -> dict:
    """Measure ``files``; returns ``{"articles": [{file, words, parse_ms, analyze_ms, ratio,
    tracemalloc_peak_mb}], "total": {...}, "model_load_s", "peak_rss_mb", "runs", "warmup"}``."""
    start = time.perf_counter()
    load_pipeline()
    model_load_s = time.perf_counter() - start
    rows = []
    for path in files:
        article = load_article(path)
        for _ in range(warmup):
            parse(article)
            analyze(article)
        parse_ms = _median_ms(lambda: parse(article), runs)
        analyze_ms = _median_ms(lambda: analyze(article), runs)
        rows.append({"file": path.name, "words": article.n_words, "parse_ms": round(parse_ms, 1),
                     "analyze_ms": round(analyze_ms, 1), "ratio": round(analyze_ms / parse_ms, 2)})
    for row, path in zip(rows, files):  # memory in a separate pass: tracing slows everything down
        article = load_article(path)
        tracemalloc.start()
        analyze(article)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        row["tracemalloc_peak_mb"] = round(peak / 2**20, 1)
    parse_total = sum(r["parse_ms"] for r in rows)
    analyze_total = sum(r["analyze_ms"] for r in rows)
    words = sum(r["words"] for r in rows)
    return {
        "articles": rows,
        "total": {
            "files": len(rows), "words": words, "parse_ms": round(parse_total, 1), "analyze_ms": round(analyze_total, 1),
            "ratio": round(analyze_total / parse_total, 2) if parse_total else None,
            "analyze_words_per_s": round(words / (analyze_total / 1000)) if analyze_total else None,
            "parse_words_per_s": round(words / (parse_total / 1000)) if parse_total else None,
        },
        "model_load_s": round(model_load_s, 2),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "runs": runs,
        "warmup": warmup,
    }


def format_table(result: dict) -> str:
    """The result of :func:`run` as a plain-text table."""
    headers = ["article", "words", "parse ms", "analyze ms", "analyze/parse", "py peak MB"]
    body = [[r["file"], str(r["words"]), f"{r['parse_ms']:.1f}", f"{r['analyze_ms']:.1f}", f"{r['ratio']:.2f}",
             f"{r['tracemalloc_peak_mb']:.1f}"] for r in result["articles"]]
    t = result["total"]
    total = ["total", str(t["words"]), f"{t['parse_ms']:.1f}", f"{t['analyze_ms']:.1f}",
             "-" if t["ratio"] is None else f"{t['ratio']:.2f}", ""]
    widths = [max(len(h), *(len(r[i]) for r in body + [total])) for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    rule = line(["-" * w for w in widths])
    lines = [f"median of {result['runs']} runs after {result['warmup']} warm-up run(s), milliseconds", "",
             line(headers), rule, *map(line, body), rule, line(total), ""]
    lines.append(f"analyze ÷ parse on the corpus: {t['ratio']}  "
                 f"(parse {t['parse_words_per_s']} words/s, analyze {t['analyze_words_per_s']} words/s)")
    lines.append(f"model load: {result['model_load_s']} s; peak resident memory of the process: {result['peak_rss_mb']} MB; "
                 f"largest Python allocation peak of one analyze: {max((r['tracemalloc_peak_mb'] for r in result['articles']), default=0)} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python bench/speed.py",
        description="Time spaCy's parse alone against Parley's whole analysis, and measure memory.",
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE",
                        help=f"article files (default: {DEFAULT_CORPUS}/*.txt)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per article; the median is reported (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs per article first (default 1)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON to FILE")
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_CORPUS.glob("*.txt"))
    if not files:
        print(f"no articles: give files, or put the corpus in {DEFAULT_CORPUS}", file=sys.stderr)
        return 2
    if args.runs < 1 or args.warmup < 0:
        print("--runs must be >= 1 and --warmup >= 0", file=sys.stderr)
        return 2
    result = run(files, runs=args.runs, warmup=args.warmup)
    print(format_table(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
