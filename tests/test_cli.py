"""The command line (design.md §2): ``python -m lib analyze`` and ``python -m lib evaluate``.

Articles are written here in tmp_path (own words). Most tests call :func:`lib.__main__.main` in
process (the spaCy model loads once); one runs ``python -m lib`` in a subprocess to check the real
entry point prints no traceback."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from lib.__main__ import main
from lib.schema import TABLE_NAMES, columns

REPO = Path(__file__).resolve().parents[1]

DATED = (
    "date 2024-04-02 Port reopens after storm\n\n"
    "The harbour master, Lena Ortiz, said the port would reopen on Friday.\n"
    "\"We have cleared the channel,\" Ortiz told reporters.\n"
)
UNDATED = (
    "City officials said the bridge repairs were finished ahead of schedule. "
    "The mayor thanked the crews and said traffic would return to normal next week.\n"
)


@pytest.fixture()
def articles(tmp_path):
    dated = tmp_path / "dated.txt"
    dated.write_text(DATED, encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text(UNDATED, encoding="utf-8")
    return dated, undated


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_to_stdout(capsys, articles):
    dated, undated = articles
    code, out, err = run(capsys, "analyze", undated, dated, "--published", "2024-05-06")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == list(TABLE_NAMES) == ["articles", "actors", "quotes", "events", "positions"]
    # articles in the order of the files given; --published only where there is no date line
    assert [a["article_id"] for a in data["articles"]] == ["undated", "dated"]
    assert [a["published"] for a in data["articles"]] == ["2024-05-06", "2024-04-02"]
    assert data["articles"][1]["title"] == "Port reopens after storm"
    for name in TABLE_NAMES:
        for row in data[name]:
            assert set(columns(name)) <= set(row), name
    # offsets point into the article text
    texts = {a["article_id"]: a["text"] for a in data["articles"]}
    for q in data["quotes"]:
        assert texts[q["article_id"]][q["start"]:q["end"]].strip() != ""


def test_json_nulls_are_null(capsys, articles):
    _dated, undated = articles
    code, out, _err = run(capsys, "analyze", undated)
    assert code == 0
    assert '"published": null' in out
    assert json.loads(out)["articles"][0]["published"] is None


def test_csv_out_dir(capsys, articles, tmp_path):
    dated, undated = articles
    out_dir = tmp_path / "tables"
    code, _out, err = run(capsys, "analyze", dated, undated, "--format", "csv", "--out", out_dir)
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f"{n}.csv" for n in TABLE_NAMES)
    for name in TABLE_NAMES:
        with open(out_dir / f"{name}.csv", encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames[: len(columns(name))] == columns(name)
            rows = list(reader)
        if name == "articles":
            assert [r["article_id"] for r in rows] == ["dated", "undated"]
            assert rows[0]["text"].startswith("The harbour master")  # newlines kept inside the quoted cell
        if name == "actors":
            for r in rows:  # list-valued cells are JSON strings
                assert isinstance(json.loads(r["aliases"]), list)
                assert isinstance(json.loads(r["mentions"]), list)
        if name == "events":
            for r in rows:
                assert isinstance(json.loads(r["participants"]), list)


def test_csv_one_table_to_stdout(capsys, articles):
    dated, _undated = articles
    code, out, _err = run(capsys, "analyze", dated, "--format", "csv", "--table", "articles")
    assert code == 0
    rows = list(csv.DictReader(out.splitlines(keepends=True)))
    assert [r["article_id"] for r in rows] == ["dated"]


def test_json_and_parquet_out_dir(capsys, articles, tmp_path):
    dated, undated = articles
    code, _out, err = run(capsys, "analyze", dated, undated, "--out", tmp_path / "j")
    assert code == 0, err
    assert [r["article_id"] for r in json.loads((tmp_path / "j" / "articles.json").read_text(encoding="utf-8"))] == ["dated", "undated"]
    code, _out, err = run(capsys, "analyze", dated, undated, "--format", "parquet", "--out", tmp_path / "p")
    assert code == 0, err
    frame = pd.read_parquet(tmp_path / "p" / "articles.parquet")
    assert list(frame["article_id"]) == ["dated", "undated"]
    assert list(frame.columns[: len(columns("articles"))]) == columns("articles")


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("missing.txt", None, "missing.txt: Cannot read the article file"),
        ("empty.txt", b"", "empty.txt: The article is empty"),
        ("blob.bin", b"\x00\x01\x02binary\x00", "blob.bin: This looks like a binary file"),
        ("header.txt", b"date 2024-01-01 Only a headline\n", "header.txt: The article is empty"),
    ],
    ids=["missing", "empty", "binary", "header-only"],
)
def test_bad_files_exit_2_with_one_line(capsys, tmp_path, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "analyze", path)
    assert code == 2
    assert out == ""
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_every_bad_file_is_named(capsys, tmp_path, articles):
    dated, _undated = articles
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    code, _out, err = run(capsys, "analyze", tmp_path / "nope.txt", dated, tmp_path / "empty.txt")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "nope.txt" in lines[0] and "empty.txt" in lines[1]


@pytest.mark.parametrize("value", ["2024-02-30", "13/01/2024", "yesterday"])
def test_bad_published_date(capsys, articles, value):
    code, out, err = run(capsys, "analyze", articles[1], "--published", value)
    assert code == 2 and out == ""
    assert err.startswith("error: --published:") and value in err


def test_parquet_needs_out(capsys, articles):
    code, out, err = run(capsys, "analyze", articles[0], "--format", "parquet")
    assert code == 2 and out == ""
    assert "--out" in err


def test_help_texts(capsys):
    for argv in (["--help"], ["analyze", "--help"], ["evaluate", "--help"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert "usage: python -m lib" in out
    with pytest.raises(SystemExit):
        main(["analyze", "--help"])
    out = capsys.readouterr().out
    assert "--published YYYY-MM-DD" in out and "--out DIR" in out and "{json,csv,parquet}" in out


def test_no_command_prints_help_and_exits_2(capsys):
    code, _out, err = run(capsys)
    assert code == 2 and "analyze" in err and "evaluate" in err


def _gold(folder: Path) -> Path:
    (folder / "port.txt").write_text(DATED, encoding="utf-8")
    gold = {
        "article": "port.txt",
        "published": None,
        "quotes": [{"kind": "direct", "speaker": "Lena Ortiz", "text": "We have cleared the channel,", "cue": "told", "paragraph": 1}],
    }
    (folder / "port.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder / "port.json"


def test_evaluate_json_and_table(capsys, tmp_path):
    _gold(tmp_path)
    code, out, err = run(capsys, "evaluate", tmp_path, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["overall"]["files"] == 1
    assert data["overall"]["quotes"]["counts"]["in_marks"]["gold"] == 1
    assert data["files"][0]["article_id"] == "port"
    assert set(data["files"][0]["quotes"]["errors"]) == {"missed", "false_positives", "excluded", "wrong_speaker", "wrong_label"}
    code, out, _err = run(capsys, "evaluate", tmp_path / "port.json", "--errors")
    assert code == 0
    assert "Quotations (JSON gold" in out and "overall" in out and "== Errors in port.json ==" in out


def test_evaluate_bad_gold_exit_2(capsys, tmp_path):
    (tmp_path / "broken.json").write_text("{oops", encoding="utf-8")
    code, out, err = run(capsys, "evaluate", tmp_path / "broken.json")
    assert code == 2 and out == ""
    assert "broken.json" in err and "not valid JSON" in err
    code, _out, err = run(capsys, "evaluate", tmp_path / "nothing-here")
    assert code == 2 and "nothing-here" in err


def test_real_entry_point_no_traceback(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "lib", "analyze", str(tmp_path / "empty.txt")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip() == f"error: {tmp_path / 'empty.txt'}: The article is empty: there are no words to analyse."
