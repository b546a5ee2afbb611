"""Tests for the newsx command line (click's CliRunner, and real processes where it matters)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsx.cli import main
from newsx.records import FIELD_NAMES, Label
from tests.conftest import make_page

SAMPLE_000 = "samples/000_12856c3b11aa1456.txt"
SAMPLE_003 = "samples/003_90694cc2083bf9fd.txt"
runner = CliRunner()


def newsx(*args: str, input: bytes | str | None = None) -> Result:
    return runner.invoke(main, list(args), input=input, catch_exceptions=False)


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def run_newsx(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """newsx in a real process: stdout is a pipe, not a terminal."""
    code = "import sys; from newsx.cli import main; sys.argv[0] = 'newsx'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, **kwargs
    )


# --- what the issue says must work (the real extraction pipeline delivers the values) ---


def test_piped_single_file_is_a_json_object_with_the_title(in_repo: Path) -> None:
    done = run_newsx("extract", SAMPLE_000)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["title"] == "Moscow, Beijing vow to strengthen mutual trust"
    assert record["path"] == SAMPLE_000
    assert done.stderr == ""


def test_stdin_gives_the_authors(in_repo: Path) -> None:
    result = newsx("extract", "-", input=Path(SAMPLE_003).read_bytes())
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["authors"] == ["Cai Xiao", "Hu Haiyan"]
    assert record["path"] == "-"


def test_jsonl_over_the_samples_folder(in_repo: Path) -> None:
    result = newsx("extract", "-f", "jsonl", "samples/")
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert [r["path"] for r in records] == [SAMPLE_000, SAMPLE_003]
    assert "2 articles, 0 failed" in result.stderr


def test_csv_over_the_samples_folder(in_repo: Path) -> None:
    result = newsx("extract", "-f", "csv", "samples/")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert len(rows) == 3
    assert rows[0] == [
        "path",
        "title",
        "authors",
        "source",
        "published",
        "updated",
        "dateline",
        "section",
        "language",
        "word_count",
        "comment_count",
        "body",
    ]
    assert rows[1][0] == SAMPLE_000
    assert rows[2][2] == "Cai Xiao; Hu Haiyan"


def test_missing_file_fails_alone(in_repo: Path) -> None:
    result = newsx("extract", "-f", "jsonl", "samples/", "missing.txt")
    assert result.exit_code == 1
    assert len(jsonl(result.stdout)) == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("newsx:")]
    assert errors == ["newsx: missing.txt: no such file"]


# --- formats ---


def test_default_format_is_json_off_a_terminal(corpus: Path) -> None:
    one = newsx("extract", str(corpus / "page01.txt"))
    assert isinstance(json.loads(one.stdout), dict)
    folder = newsx("extract", str(corpus))
    assert [r["path"] for r in json.loads(folder.stdout)][:2] == [
        str(corpus / "page00.txt"),
        str(corpus / "page01.txt"),
    ]
    two = newsx("extract", str(corpus / "page01.txt"), str(corpus / "page02.txt"))
    assert len(json.loads(two.stdout)) == 2


def test_json_array_when_every_input_failed(tmp_path: Path) -> None:
    result = newsx("extract", "-f", "json", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []
    one = newsx("extract", "-f", "json", str(tmp_path / "a.txt"))
    assert one.exit_code == 1 and one.stdout == ""


def test_text_view(corpus: Path) -> None:
    result = newsx("extract", "-f", "text", str(corpus / "page01.txt"), str(corpus / "page02.txt"))
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b[" not in out  # no colour off a terminal
    assert f"file       {corpus / 'page01.txt'}" in out
    assert "words      " in out and "encoding   utf-8" in out
    assert out.index("page01.txt") < out.index("─" * 20) < out.index("page02.txt")


def test_csv_fields_and_quoting(tmp_path: Path, page: Callable[[int], str]) -> None:
    path = tmp_path / "p.txt"
    path.write_text(page(1), encoding="utf-8")
    result = newsx("extract", "-f", "csv", "--fields", "body,path", str(path))
    header, row = list(csv.reader(io.StringIO(result.stdout, newline="")))
    assert header == ["body", "path"]
    assert row[1] == str(path)
    assert "\n" in row[0]  # the body's paragraphs survive quoting


def test_fields_for_json_and_jsonl(corpus: Path) -> None:
    result = newsx("extract", "-f", "jsonl", "--fields", "title, path", str(corpus))
    assert all(list(r) == ["title", "path"] for r in jsonl(result.stdout))
    one = newsx("extract", "--fields", "word_count", str(corpus / "page01.txt"))
    assert list(json.loads(one.stdout)) == ["word_count"]


def test_bad_field_is_a_usage_error(corpus: Path) -> None:
    result = newsx("extract", "--fields", "title,nope", str(corpus))
    assert result.exit_code == 2
    assert "unknown field nope" in result.stderr
    assert all(name in result.stderr for name in FIELD_NAMES)  # the valid names are listed
    assert result.stdout == ""
    text = newsx("extract", "-f", "text", "--fields", "title", str(corpus))
    assert text.exit_code == 2


# --- inputs ---


def test_folder_recursion_and_glob(corpus: Path) -> None:
    flat = jsonl(newsx("extract", "-f", "jsonl", str(corpus)).stdout)
    assert len(flat) == 12
    deep = jsonl(newsx("extract", "-f", "jsonl", "-r", str(corpus)).stdout)
    assert len(deep) == 20 and deep[-1]["path"] == str(corpus / "sub" / "page19.txt")
    md = jsonl(newsx("extract", "-f", "jsonl", "--glob", "*.md", str(corpus)).stdout)
    assert [r["path"] for r in md] == [str(corpus / "note.md")]


def test_folder_without_matches_is_an_error(tmp_path: Path, corpus: Path) -> None:
    result = newsx("extract", "-f", "jsonl", str(tmp_path / "corpus" / "sub"), "--glob", "*.csv")
    assert result.exit_code == 1
    assert f"newsx: {corpus / 'sub'}: no files matching *.csv" in result.stderr


def test_stdin_among_files(corpus: Path, page: Callable[[int], str]) -> None:
    args = ["extract", "-f", "jsonl", str(corpus / "page01.txt"), "-"]
    result = newsx(*args, input=page(7))
    assert [r["path"] for r in jsonl(result.stdout)] == [str(corpus / "page01.txt"), "-"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"GIF89a\x00\x00\x01\x00binary", "not a text file"), (b"  \n", "empty file")],
)
def test_unreadable_inputs(corpus: Path, content: bytes, reason: str) -> None:
    bad = corpus / "bad.txt"
    bad.write_bytes(content)
    result = newsx("extract", "-f", "jsonl", str(bad), str(corpus / "page01.txt"))
    assert result.exit_code == 1
    assert f"newsx: {bad}: {reason}" in result.stderr.splitlines()
    assert len(jsonl(result.stdout)) == 1


def test_encoding_and_max_size(tmp_path: Path, page: Callable[[int], str]) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(page(1).replace("Fishermen", "Café owners").encode("latin-1"))
    forced = json.loads(newsx("extract", "--encoding", "latin-1", str(path)).stdout)
    assert forced["encoding"] == "iso8859-1"
    lines = json.loads(newsx("explain", "-f", "json", "--encoding", "latin-1", str(path)).stdout)
    assert any("Café owners said" in line["text"] for line in lines)
    small = newsx("extract", "--max-size", "10", str(path))
    assert small.exit_code == 1 and "file too large" in small.stderr
    assert newsx("extract", "--max-size", "1K", str(path)).exit_code == 0
    assert newsx("extract", "--max-size", "lots", str(path)).exit_code == 2
    assert newsx("extract", "--encoding", "klingon", str(path)).exit_code == 2


def test_no_comments(in_repo: Path) -> None:
    result = newsx("extract", "--no-comments", SAMPLE_000)
    record = json.loads(result.stdout)
    assert record["comments"] == [] and record["comment_count"] is None


# --- outputs ---


def test_output_file_is_written_whole(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    result = newsx("extract", "-r", str(corpus), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 20
    as_csv = tmp_path / "all.csv"  # the extension chooses the format
    newsx("extract", str(corpus), "-o", str(as_csv))
    assert len(list(csv.reader(as_csv.open(encoding="utf-8", newline="")))) == 13
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "all.json", "corpus"]


def test_output_file_in_a_missing_folder(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "out.json"
    result = newsx("extract", str(corpus), "-o", str(out))
    assert result.exit_code == 1
    assert f"newsx: {out}: no such file" in result.stderr
    assert not out.parent.exists()


def test_output_dir_mirrors_the_folder(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = newsx("extract", "-r", "-f", "jsonl", str(corpus), "--output-dir", str(out))
    assert result.exit_code == 0
    files = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert len(files) == 20
    assert files[0] == "page00.jsonl" and files[-1] == os.path.join("sub", "page19.jsonl")
    record = json.loads((out / "sub" / "page12.jsonl").read_text(encoding="utf-8"))
    assert record["path"] == str(corpus / "sub" / "page12.txt")
    newsx("extract", "-f", "text", str(corpus / "page03.txt"), "--output-dir", str(out))
    view = (out / "page03.txt").read_text(encoding="utf-8")
    assert f"file       {corpus / 'page03.txt'}" in view.splitlines()


def test_output_and_output_dir_conflict(corpus: Path, tmp_path: Path) -> None:
    result = newsx("extract", str(corpus), "-o", "x.json", "--output-dir", str(tmp_path))
    assert result.exit_code == 2


# --- batches ---


def test_two_jobs_give_the_same_bytes_as_one(corpus: Path) -> None:
    for fmt in ("jsonl", "json", "csv", "text"):
        one = newsx("extract", "-q", "-r", "-f", fmt, "-j", "1", str(corpus), "gone.txt")
        two = newsx("extract", "-q", "-r", "-f", fmt, "-j", "2", str(corpus), "gone.txt")
        assert two.stdout == one.stdout
        assert two.stderr == one.stderr == "newsx: gone.txt: no such file\n"


# --- explain, help, version ---


def test_explain_text_and_json(corpus: Path) -> None:
    path = str(corpus / "page05.txt")
    data = json.loads(newsx("explain", "-f", "json", path).stdout)
    assert data and all(list(row) == ["line", "label", "reason", "score", "text"] for row in data)
    assert [row["line"] for row in data] == list(range(1, len(data) + 1))
    assert {row["label"] for row in data} <= {label.value for label in Label}
    text = newsx("explain", path)
    assert text.exit_code == 0
    rows = text.stdout.splitlines()[1:]
    assert text.stdout.startswith("page type  ")
    assert rows[0].split() == ["#", "label", "text", "reason"]
    assert len(rows) == len(data) + 1
    assert rows[1].split()[:2] == ["1", data[0]["label"]]


def test_explain_stdin_and_errors(corpus: Path, page: Callable[[int], str]) -> None:
    result = newsx("explain", "-f", "json", "-", input=page(2).encode("utf-8"))
    assert result.exit_code == 0 and json.loads(result.stdout)
    missing = newsx("explain", str(corpus / "nope.txt"))
    assert missing.exit_code == 1
    assert missing.stderr == f"newsx: {corpus / 'nope.txt'}: no such file\n"


def test_version_and_help() -> None:
    version = newsx("--version")
    assert version.exit_code == 0 and version.stdout.startswith("newsx")
    for args in ([], ["extract"], ["explain"]):
        result = newsx(*args, "--help")
        assert result.exit_code == 0
        assert "Usage: newsx" in result.stdout
    assert "Examples:" in newsx("extract", "--help").stdout
    assert "newsx extract -f jsonl -r dumps/ > articles.jsonl" in newsx("extract", "-h").stdout
    assert "Examples:" in newsx("explain", "--help").stdout
    assert newsx("extract").exit_code == 2  # PATH is required
    assert newsx("extract", "--bogus", "x").exit_code == 2


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsx", "extract", "-f", "json", "-"],
        input="Ferry terminal opens\n\nThe new ferry terminal opened on Tuesday.\n",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == "Ferry terminal opens"


def test_version_loads_click_and_little_else() -> None:
    code = (
        "import sys; from newsx.cli import main; main(['--version'], standalone_mode=False); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'dateutil', 'click'})); "
        "print(sorted(m for m in sys.modules if m.startswith('newsx.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.splitlines()[-2:] == [
        "['click']",
        "['newsx.cli', 'newsx.cli_runtime', 'newsx.errors', 'newsx.version']",
    ], done.stderr


def test_the_cli_knows_the_writers_formats_and_the_default_glob() -> None:
    from newsx import cli
    from newsx.io import inputs, writers

    assert cli.FORMATS == writers.FORMATS
    assert cli.runtime.DEFAULT_GLOB == inputs.DEFAULT_GLOB


def test_json_output_does_not_import_rich(in_repo: Path) -> None:
    code = (
        "import sys; from newsx.cli import main; "
        f"main(['extract', '-f', 'json', {SAMPLE_000!r}], standalone_mode=False); "
        "print('rich' in sys.modules, 'multiprocessing' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stderr.splitlines()[-1] == "False False"


def test_shell_completion_uses_the_name_newsx() -> None:
    env = {**os.environ, "_NEWSX_COMPLETE": "bash_source"}
    done = run_newsx(env=env)
    assert done.returncode == 0
    assert "_newsx_completion" in done.stdout and "_NEWSX_COMPLETE" in done.stdout


def test_text_is_the_default_on_a_terminal(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsx.cli_runtime.isatty", lambda stream: True)
    result = newsx("extract", str(corpus / "page01.txt"))
    assert not result.stdout.startswith("{")
    assert f"file       {corpus / 'page01.txt'}" in result.stdout.splitlines()


def test_dash_output_and_stdin_under_output_dir(
    corpus: Path, tmp_path: Path, page: Callable[[int], str]
) -> None:
    result = newsx("extract", "-o", "-", "-f", "jsonl", str(corpus / "page01.txt"))
    assert jsonl(result.stdout)[0]["path"] == str(corpus / "page01.txt")
    out = tmp_path / "out"
    newsx("extract", "-", "--output-dir", str(out), input=page(4))
    assert json.loads((out / "stdin.json").read_text(encoding="utf-8"))["path"] == "-"


def test_reference_date_resolves_relative_dates(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(make_page(3).replace("2021-05-04 10:00", "3 days ago"), encoding="utf-8")
    assert jsonl(newsx("extract", "-f", "jsonl", str(page)).stdout)[0]["published"] is None
    got = newsx("extract", "-f", "jsonl", "--reference-date", "2024-03-10", str(page))
    assert jsonl(got.stdout)[0]["published"] == "2024-03-07"
    bad = newsx("extract", "--reference-date", "10/03/2024", str(page))
    assert bad.exit_code == 2 and "reference-date" in bad.output
