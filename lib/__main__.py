"""Parley's command line (design.md §2): ``python -m lib analyze ...`` and ``python -m lib evaluate ...``.

``analyze FILE... [--published YYYY-MM-DD] [--format json|csv|parquet] [--out DIR] [--table NAME]``
    json without --out prints one object ``{"articles": [...], "actors": [...], "quotes": [...],
    "events": [...], "positions": [...]}`` of records (lists as JSON arrays, nulls as null); with
    --out it writes one file per table (``articles.json`` ... / ``.csv`` / ``.parquet``) to DIR. In
    CSV, list-valued cells are JSON strings. Rows of ``articles`` come in the order of the files given
    (the article id is the file stem; a stem given again gets ``-2``, ``-3`` ...);
    --published applies to files without a date line. ``--table NAME`` limits the output to one table
    (and lets ``--format csv`` print that table to stdout).

``evaluate GOLD... [--format table|json] [--errors]``
    Scores Parley against gold annotations (files or folders; Parley JSON gold or brat ``.ann``); see
    :mod:`lib.evaluate` for the matching rules.

Exit codes: 0 success (also when the reader of stdout stops early, as ``| head`` does: the rest of
the output is dropped quietly); 1 evaluation finished but Parley's analysis raised on some article;
2 bad input (missing, empty or binary file, bad date, bad gold file, wrong options) or output that
cannot be written (stdout on a full disk, an --out folder that is a file or read-only) — a one-line
message on stderr naming the file and the problem, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from lib.errors import ParleyError
from lib.schema import TABLE_NAMES

PROG = "python -m lib"


class _Failure(Exception):
    """A user-facing error: print ``message`` on stderr and exit with ``code``."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _write_stdout(text: str) -> None:
    """Write ``text`` to stdout and flush it, so a failed write is seen here, not at exit.

    Raises :class:`BrokenPipeError` when the reader went away (handled quietly by :func:`main`) and
    :class:`_Failure` (exit 2, one line) for any other write error, such as a full disk."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _Failure(f"error: cannot write the output to stdout ({exc.strerror or exc}).") from None


def _indent(value: str) -> int:
    """argparse type of --indent: a whole number of spaces from 0 to 32."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of spaces") from None
    if not 0 <= number <= 32:
        raise argparse.ArgumentTypeError(f"{number} is not between 0 and 32 spaces")
    return number


def _timeout(value: str) -> float:
    """argparse type of --timeout: seconds from 0 (no limit) to 86400 (a day)."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not (math.isfinite(seconds) and 0 <= seconds <= 86400):
        raise argparse.ArgumentTypeError(f"{value} is not a number of seconds from 0 (no limit) to 86400")
    return seconds


def _plain(value: Any) -> Any:
    """JSON-ready copy of a cell: numpy scalars and arrays to Python, NaN/NA/NaT to None."""
    if value is None:
        return None
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        return _plain(value.tolist())
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (str, int, float, bool)):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return _plain(value.item())
    return str(value)


def _records(frame: pd.DataFrame) -> list[dict]:
    from lib.tables import records

    return [{k: _plain(v) for k, v in row.items()} for row in records(frame)]


def _is_list_cell(value: Any) -> bool:
    return isinstance(value, (list, tuple, dict)) or (hasattr(value, "tolist") and hasattr(value, "ndim") and value.ndim > 0)


def _csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``frame`` whose list- or dict-valued cells are JSON strings (for CSV)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object and out[column].map(_is_list_cell).any():
            out[column] = out[column].map(
                lambda v: json.dumps(_plain(v), ensure_ascii=False) if _is_list_cell(v) else v
            )
    return out


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`_csv_frame` with text cells that a spreadsheet would run as a formula (starting with
    = + - @, a tab or a carriage return) prefixed with a single quote (OWASP, "CSV injection")."""
    out = _csv_frame(frame)
    for column in out.columns:
        if out[column].dtype == object or str(out[column].dtype) in ("str", "string"):
            out[column] = out[column].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
    return out


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    try:
        frame.to_parquet(path, index=False)
    except Exception:  # pyarrow cannot type a mixed list column: store list cells as JSON strings
        _csv_frame(frame).to_parquet(path, index=False)


# --------------------------------------------------------------------------------------------
# analyze
# --------------------------------------------------------------------------------------------


def _cmd_analyze(args: argparse.Namespace) -> int:
    from lib.article import load_article, validate_date
    from lib.tables import Corpus, analyze, unique_article_ids

    try:
        published = validate_date(args.published) if args.published is not None else None
    except ParleyError as exc:
        raise _Failure(f"error: --published: {exc.user_message}") from None
    if args.published is not None and published is None:
        raise _Failure("error: --published: give a date in the form YYYY-MM-DD (for example 2025-02-13).")
    tables = [args.table] if args.table else list(TABLE_NAMES)
    if args.out is None and args.format == "parquet":
        raise _Failure("error: --format parquet writes binary files: add --out DIR (one .parquet file per table).")
    if args.out is None and args.format == "csv" and len(tables) != 1:
        raise _Failure("error: --format csv writes one file per table: add --out DIR, or --table NAME to print one table.")

    # Read and validate every file first, so one bad file fails before any slow analysis.
    articles = []
    problems = []
    for name in args.files:
        try:
            articles.append(load_article(name, published=published))
        except ParleyError as exc:
            problems.append(f"{name}: {exc.user_message}")
    if problems:
        raise _Failure("\n".join(f"error: {p}" for p in problems))

    articles = unique_article_ids(articles)  # a.txt a.txt, x/a.txt y/a.txt: ids a and a-2
    corpus = Corpus([analyze(article) for article in articles])
    frames = {name: corpus.table(name) for name in tables}

    if args.out is None:
        if args.format == "json":
            payload = {name: _records(frame) for name, frame in frames.items()}
            _write_stdout(json.dumps(payload, ensure_ascii=False, indent=args.indent) + "\n")
        else:  # csv, one table
            _write_stdout(_csv_safe(frames[tables[0]]).to_csv(index=False))
        return 0

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise _Failure(f"error: --out {out}: cannot write the tables there: it is a file, not a folder.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = exc.strerror or str(exc)
        if isinstance(exc, (FileExistsError, NotADirectoryError)):
            why = "a part of the path is a file, not a folder"
        raise _Failure(f"error: --out {out}: cannot create the folder to write the tables in ({why}).") from None
    if not out.is_dir():
        raise _Failure(f"error: --out {out}: cannot write the tables there: not a folder.")
    written = []
    for name, frame in frames.items():
        path = out / f"{name}.{args.format}"
        try:
            if args.format == "json":
                path.write_text(json.dumps(_records(frame), ensure_ascii=False, indent=args.indent) + "\n", encoding="utf-8")
            elif args.format == "csv":
                _csv_safe(frame).to_csv(path, index=False)
            else:
                _write_parquet(frame, path)
        except OSError as exc:
            raise _Failure(f"error: --out {out}: cannot write {path.name} in this folder ({exc.strerror or exc}).") from None
        written.append(path.name)
    print(f"Wrote {', '.join(written)} to {out} ({len(articles)} article(s)).", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------------------------
# evaluate
# --------------------------------------------------------------------------------------------


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from lib.evaluate import evaluate_paths

    def progress(path: Path) -> None:
        if args.verbose:
            print(f"scoring {path}", file=sys.stderr)

    report = evaluate_paths(args.gold, progress=progress, timeout=args.timeout or None)
    if args.format == "json":
        _write_stdout(report.to_json(errors=True) + "\n")
    else:
        _write_stdout(report.to_table(errors=args.errors) + "\n")
    return 1 if report.overall.get("raised") else 0


# --------------------------------------------------------------------------------------------
# parser
# --------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of ``python -m lib`` (subcommands analyze and evaluate)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Parley: turn news articles into tables of quotations, contact events and positions.",
        epilog=(
            "examples:\n"
            f"  {PROG} analyze data/articles/*.txt > tables.json\n"
            f"  {PROG} analyze story.txt --published 2025-02-13 --format csv --out tables/\n"
            f"  {PROG} evaluate ../shared/corpus/dev --format table --errors\n"
            "\nexit codes: 0 ok; 1 evaluation done but analysis raised on an article; 2 bad input."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyze = sub.add_parser(
        "analyze",
        help="extract the tables (articles, actors, quotes, events, positions) from article files",
        description=(
            "Analyse article files (.txt with an optional 'date YYYY-MM-DD' header line, or .html) and output\n"
            "the five tables of the data contract. JSON without --out prints one object\n"
            '{"articles": [...], "actors": [...], "quotes": [...], "events": [...], "positions": [...]};\n'
            "with --out DIR one file per table is written (articles.csv, quotes.csv, ...). In CSV, list\n"
            "values (aliases, participants, evidence) are JSON strings. Offsets (start, end) are character\n"
            "offsets into articles.text. Rows of 'articles' follow the order of FILE arguments; the\n"
            "article_id is the file stem (a stem given twice gets -2, -3 ...)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "examples:\n"
            f"  {PROG} analyze story.txt\n"
            f"  {PROG} analyze a.txt b.txt --published 2025-02-13 --format parquet --out out/\n"
            f"  {PROG} analyze story.txt --format csv --table quotes > quotes.csv\n"
            "\nA missing, empty or binary file or a bad date prints one line on stderr and exits with 2."
        ),
    )
    analyze.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt or .html)")
    analyze.add_argument(
        "--published", metavar="YYYY-MM-DD",
        help="publication date for files without a 'date' line (relative dates such as 'on Friday' resolve against it)",
    )
    analyze.add_argument(
        "--format", choices=("json", "csv", "parquet"), default="json",
        help="output format (default json); csv and parquet need --out (csv: or --table)",
    )
    analyze.add_argument("--out", metavar="DIR", help="write one file per table into DIR (created if missing)")
    analyze.add_argument("--table", choices=TABLE_NAMES, help="output only this table")
    analyze.add_argument("--indent", type=_indent, default=None, metavar="N", help="indent JSON output by N spaces (0 to 32)")
    analyze.set_defaults(func=_cmd_analyze)

    evaluate = sub.add_parser(
        "evaluate",
        help="score Parley against gold annotations (Parley JSON gold or brat/PolNeAR .ann)",
        description=(
            "Score Parley against gold annotations. GOLD is a file or a folder (every *.json and *.ann in\n"
            "it). Two formats: Parley JSON gold (X.json naming its article X.txt in an 'article' field,\n"
            "with lists 'quotes', 'events', 'positions') and brat (X.ann beside X.txt, PolNeAR\n"
            "attributions; publication dates from metadata.tsv in the same folder).\n\n"
            "Reported: precision, recall and F1 per quotation kind and for quotations in marks, speaker\n"
            "accuracy; for brat, speech recall, precision and source accuracy; event recall, precision,\n"
            "date and status accuracy; position recall and stance accuracy. A quotation matches when\n"
            "word-token Dice >= 0.7 (direct, partial) or >= 0.5 (indirect), one-to-one. Every rule is\n"
            "documented in lib/evaluate.py."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "examples:\n"
            f"  {PROG} evaluate ../shared/corpus/dev\n"
            f"  {PROG} evaluate ../shared/corpus/polnear-dev --format json > scores.json\n"
            f"  {PROG} evaluate my_gold/story.json --errors\n"
            "\nexit codes: 0 ok; 1 scores printed but Parley's analysis raised on some article; 2 bad gold."
        ),
    )
    evaluate.add_argument("gold", nargs="+", metavar="GOLD", help="gold files (.json, .ann) or folders of them")
    evaluate.add_argument(
        "--format", choices=("table", "json"), default="table",
        help="table (readable, default) or json (per-file and overall figures with the error lists)",
    )
    evaluate.add_argument(
        "--errors", action="store_true",
        help="table format: also list each file's misses, false positives and wrong speakers/dates/stances",
    )
    evaluate.add_argument(
        "--timeout", type=_timeout, default=120.0, metavar="SECONDS",
        help="stop an article's analysis after SECONDS and score it as raised (default 120; 0 = no limit; at most 86400)",
    )
    evaluate.add_argument("-v", "--verbose", action="store_true", help="name each gold file on stderr as it is scored")
    evaluate.set_defaults(func=_cmd_evaluate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default ``sys.argv[1:]``); returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.func(args)
    except _Failure as exc:
        print(exc.message, file=sys.stderr)
        return exc.code
    except ParleyError as exc:
        print(f"error: {exc.user_message}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into head: the reader wants no more, say nothing
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush of a closed pipe stays quiet."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout without a file descriptor (tests)
        pass


if __name__ == "__main__":
    sys.exit(main())
