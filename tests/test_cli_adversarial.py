"""The command line when its output cannot go where it is sent (design.md §2: one line on stderr,
never a traceback): stdout on a full disk, a reader that stops early (``| head``), an --out path
that is a file, and option values argparse must refuse (--indent -3). Articles are own words."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lib.__main__ import main

REPO = Path(__file__).resolve().parents[1]
ARTICLE = 'date 2025-03-05 Cup final\n\nMayor Jane Whitcombe said on Monday: "We won the cup."\n'


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


class _FailingStdout(io.StringIO):
    """A stdout whose every write raises ``error`` (ENOSPC, or a closed pipe)."""

    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def write(self, text):  # noqa: D102
        raise self.error

    def fileno(self):  # noqa: D102
        raise io.UnsupportedOperation("no file descriptor")


@pytest.mark.parametrize("argv", [
    ["analyze", "{a}"],
    ["analyze", "{a}", "--format", "csv", "--table", "quotes"],
])
def test_full_disk_on_stdout_is_one_line_exit_2(monkeypatch, capsys, article, argv):
    monkeypatch.setattr(sys, "stdout", _FailingStdout(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
    code = main([a.format(a=article) for a in argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"error: cannot write the output to stdout ({os.strerror(errno.ENOSPC)}).\n"


def test_closed_pipe_on_stdout_is_quiet(monkeypatch, capsys, article):
    monkeypatch.setattr(sys, "stdout", _FailingStdout(BrokenPipeError(errno.EPIPE, "Broken pipe")))
    code = main(["analyze", str(article)])
    assert code == 0
    assert capsys.readouterr().err == ""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_real_entry_point_stdout_to_dev_full(article):
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "lib", "analyze", str(article)], cwd=REPO,
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr == "error: cannot write the output to stdout (No space left on device).\n"


def test_real_entry_point_reader_stops_early(tmp_path):
    # 40 copies make an output far larger than a pipe buffer, so the writer meets the closed pipe
    files = []
    for n in range(40):
        path = tmp_path / f"a{n}.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        files.append(str(path))
    proc = subprocess.Popen([sys.executable, "-m", "lib", "analyze", *files, "--indent", "8"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 0
    assert first == b'{\n        '
    assert err == ""


@pytest.mark.parametrize("value, reason", [("-3", "-3 is not between 0 and 32 spaces"),
                                           ("33", "33 is not between 0 and 32 spaces"),
                                           ("two", "'two' is not a whole number of spaces")])
def test_bad_indent_is_an_argparse_error(capsys, article, value, reason):
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", str(article), "--indent", value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == f"python -m lib analyze: error: argument --indent: {reason}"


def test_indent_zero_is_accepted(capsys, article):
    assert main(["analyze", str(article), "--indent", "0", "--table", "articles"]) == 0
    assert capsys.readouterr().out.startswith('{\n"articles": [\n{\n"article_id"')


def test_out_that_is_a_file(capsys, tmp_path, article):
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    assert main(["analyze", str(article), "--out", str(target)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"error: --out {target}: cannot write the tables there: it is a file, not a folder.\n"


def test_out_below_a_file(capsys, tmp_path, article):
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    assert main(["analyze", str(article), "--out", str(target / "sub")]) == 2
    assert capsys.readouterr().err == (
        f"error: --out {target / 'sub'}: cannot create the folder to write the tables in "
        "(a part of the path is a file, not a folder).\n")


def test_out_folder_where_a_table_cannot_be_written(capsys, tmp_path, article):
    out_dir = tmp_path / "tables"
    (out_dir / "quotes.json").mkdir(parents=True)  # a folder where the quotes file should go
    assert main(["analyze", str(article), "--out", str(out_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: --out {out_dir}: cannot write quotes.json in this folder (")
    assert err.count("\n") == 1


@pytest.mark.parametrize("value, reason", [
    ("-5", "-5 is not a number of seconds from 0 (no limit) to 86400"),
    ("nan", "nan is not a number of seconds from 0 (no limit) to 86400"),
    ("1e300", "1e300 is not a number of seconds from 0 (no limit) to 86400"),
    ("soon", "'soon' is not a number of seconds"),
])
def test_bad_timeout_is_an_argparse_error(capsys, tmp_path, value, reason):
    # before, these reached the timer and every article was scored as raised
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(tmp_path), "--timeout", value])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"python -m lib evaluate: error: argument --timeout: {reason}"
