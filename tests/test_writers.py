"""Tests for newsx.io.writers: JSON, JSON Lines, CSV, all-or-nothing files, one file per input."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsx.io.writers import (
    CSV_FIELDS,
    atomic_output,
    select,
    verdict_record,
    write_csv,
    write_format,
    write_json,
    write_jsonl,
    write_tree,
)
from newsx.records import Label, LineVerdict

ONE: dict[str, Any] = {
    "path": "a.txt",
    "title": 'Ünïcode, "quotes" and, commas',
    "authors": ["Cai Xiao", "Hu Haiyan"],
    "body": "First line\nsecond line",
    "comment_count": None,
    "word_count": 4,
    "comments": [{"author": "Nic", "date": None, "ip": "1.2.3.*", "text": "Hi, there"}],
}
TWO: dict[str, Any] = {"path": "b.txt", "title": "Two", "authors": [], "word_count": 1}


def test_json_one_object_is_pretty_utf8() -> None:
    out = io.StringIO()
    assert write_json([ONE], out, many=False) == 1
    text = out.getvalue()
    assert "Ünïcode" in text  # ensure_ascii=False
    assert text.endswith("}\n")
    assert json.loads(text) == ONE


def test_json_single_mode_writes_nothing_for_nothing_and_refuses_two() -> None:
    out = io.StringIO()
    assert write_json([], out, many=False) == 0
    assert out.getvalue() == ""
    with pytest.raises(ValueError):
        write_json([ONE, TWO], io.StringIO(), many=False)


def test_json_array_is_streamed_element_by_element() -> None:
    out = io.StringIO()

    def records() -> Iterator[dict[str, Any]]:
        yield ONE
        # The first element is already on the stream before the second is produced.
        assert json.loads(out.getvalue() + "]") == [ONE]
        yield TWO

    assert write_json(records(), out, many=True) == 2
    assert json.loads(out.getvalue()) == [ONE, TWO]


def test_json_empty_array() -> None:
    out = io.StringIO()
    write_json([], out, many=True)
    assert out.getvalue() == "[]\n"
    assert json.loads(out.getvalue()) == []


def test_jsonl_one_object_a_line() -> None:
    out = io.StringIO()
    assert write_jsonl([ONE, TWO], out) == 2
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == [ONE, TWO]


def test_jsonl_escapes_unicode_line_separators() -> None:
    record = {"title": "a\u2028b\u2029c\x85d"}
    out = io.StringIO()
    write_jsonl([record], out)
    assert len(out.getvalue().splitlines()) == 1  # even str.splitlines sees one line
    assert json.loads(out.getvalue()) == record


def test_csv_quoting_and_joining() -> None:
    out = io.StringIO(newline="")
    assert write_csv([ONE, TWO], out) == 2
    raw = out.getvalue()
    assert raw.startswith(",".join(CSV_FIELDS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert len(rows) == 2
    assert rows[0]["title"] == ONE["title"]  # commas and quotes survive
    assert rows[0]["body"] == "First line\nsecond line"  # so do newlines
    assert rows[0]["authors"] == "Cai Xiao; Hu Haiyan"
    assert rows[0]["comment_count"] == ""  # None is an empty cell
    assert rows[0]["word_count"] == "4"
    assert rows[1]["authors"] == ""
    assert '"Ünïcode, ""quotes"" and, commas"' in raw  # RFC 4180 quoting


RTL: dict[str, Any] = {
    "path": "ar.txt",
    "title": "قادة آسيا يجتمعون في طوكيو",
    "authors": ["أحمد علي"],
    "body": "\u200fقال الوزير\u200f إن «الاتفاق مهم».\n\nمی\u200cخواهم بگویم",
    "word_count": 7,
}


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_right_to_left_text_keeps_its_order_and_marks(fmt: str) -> None:
    out = io.StringIO(newline="")
    write_format([RTL], out, fmt, many=False)
    raw = out.getvalue()
    if fmt == "csv":
        row = next(csv.DictReader(io.StringIO(raw, newline="")))
    else:
        row = json.loads(raw.splitlines()[0] if fmt == "jsonl" else raw)
    assert row["title"] == RTL["title"]
    assert row["body"] == RTL["body"]
    assert row["authors"] in (RTL["authors"], "أحمد علي")


def test_csv_chosen_fields_and_structured_values() -> None:
    out = io.StringIO(newline="")
    write_csv([ONE], out, ["title", "comments"])
    header, row = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert header == ["title", "comments"]
    assert json.loads(row[1]) == ONE["comments"]


def test_csv_refuses_unknown_fields() -> None:
    with pytest.raises(ValueError, match="nope"):
        write_csv([ONE], io.StringIO(), ["title", "nope"])


def test_select_keeps_the_given_order() -> None:
    assert list(select(ONE, ["word_count", "path"])) == ["word_count", "path"]
    assert select(ONE, None) == ONE
    assert select(TWO, ["body"]) == {"body": None}


def test_write_format_dispatches() -> None:
    out = io.StringIO()
    write_format([ONE], out, "jsonl", fields=["path", "title"])
    assert json.loads(out.getvalue()) == {"path": "a.txt", "title": ONE["title"]}
    seen: list[Any] = []
    write_format([ONE], io.StringIO(), "text", render_text=lambda r, fp: seen.extend(r))
    assert seen == [ONE]
    with pytest.raises(ValueError):
        write_format([ONE], io.StringIO(), "text")
    with pytest.raises(ValueError):
        write_format([ONE], io.StringIO(), "xml")


def test_verdict_record() -> None:
    verdict = LineVerdict(3, "Title here", Label.TITLE, "best headline", 2.5)
    assert verdict_record(verdict) == {
        "line": 3,
        "label": "title",
        "reason": "best headline",
        "score": 2.5,
        "text": "Title here",
    }


def test_atomic_output_appears_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with atomic_output(str(target)) as fp:
        fp.write("[1,")
        assert not target.exists()  # nothing at the final name while writing
        fp.write("2]")
    assert target.read_text(encoding="utf-8") == "[1,2]"
    assert os.listdir(tmp_path) == ["out.json"]


def test_atomic_output_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_output(str(target)) as fp:
        fp.write("half")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old"  # the old file is untouched
    assert os.listdir(tmp_path) == ["out.json"]  # and no temporary file is left


def test_write_tree_mirrors_paths_and_reports_collisions(tmp_path: Path) -> None:
    errors: list[tuple[str, str]] = []
    pairs = [
        ("a.txt", {"path": "in/a.txt", "title": "A"}),
        ("sub/b.txt", {"path": "in/sub/b.txt", "title": "B"}),
        ("a.txt", {"path": "other/a.txt", "title": "A2"}),
    ]
    count = write_tree(
        pairs, str(tmp_path / "out"), "json", on_error=lambda p, r: errors.append((p, r))
    )
    assert count == 2
    assert json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["title"] == "A"
    assert (tmp_path / "out" / "sub" / "b.json").exists()
    assert len(errors) == 1 and errors[0][0] == "other/a.txt"
    assert "already written" in errors[0][1]


def test_write_tree_never_overwrites_its_input(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("page", encoding="utf-8")
    errors: list[tuple[str, str]] = []
    pairs = [("a.txt", {"path": str(page), "title": "A"})]

    def render(records: Any, fp: Any) -> None:
        fp.write("view")

    def on_error(path: str, reason: str) -> None:
        errors.append((path, reason))

    write_tree(pairs, str(tmp_path), "text", on_error=on_error, render_text=render)
    assert page.read_text(encoding="utf-8") == "page"
    assert errors and "overwrite the input" in errors[0][1]


TEXT = st.text(max_size=40)
RECORDS = st.lists(
    st.fixed_dictionaries(
        {
            "path": TEXT,
            "title": st.none() | TEXT,
            "authors": st.lists(TEXT, max_size=3),
            "body": TEXT,
            "word_count": st.integers(min_value=0, max_value=10**6),
        }
    ),
    max_size=4,
)


@settings(max_examples=200, deadline=None)
@given(RECORDS)
def test_json_and_jsonl_always_parse_back(records: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    write_jsonl(records, out)
    lines = out.getvalue().split("\n")[:-1]
    assert [json.loads(line) for line in lines] == records
    out = io.StringIO()
    write_json(records, out, many=True)
    assert json.loads(out.getvalue()) == records
    if records:
        out = io.StringIO()
        write_json(records[:1], out, many=False)
        assert json.loads(out.getvalue()) == records[0]


@settings(max_examples=100, deadline=None)
@given(RECORDS)
def test_csv_always_parses_back(records: list[dict[str, Any]]) -> None:
    out = io.StringIO(newline="")
    fields = ["path", "title", "body"]
    write_csv(records, out, fields)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert rows[0] == fields
    assert rows[1:] == [[r["path"], r["title"] or "", r["body"]] for r in records]
