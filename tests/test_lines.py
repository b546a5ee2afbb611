"""Stage 1: newsx.text.lines splits the text into lines and recognises list markers."""

from __future__ import annotations

import pytest

from newsx.text.lines import (
    Line,
    next_nonblank,
    nonblank_above,
    nonblank_from,
    prev_nonblank,
    split_lines,
    undouble,
)


def one(raw: str) -> Line:
    lines = split_lines(raw)
    assert len(lines) == 1
    return lines[0]


@pytest.mark.parametrize(
    ("raw", "text", "bullet"),
    [
        ("* Home", "Home", "*"),
        ("  * World news", "World news", "*"),
        ("  1. First item", "First item", "1."),
        ("12. Twelfth", "Twelfth", "12."),
        ("3) Third", "Third", "3)"),
        ("+ Plus item", "Plus item", "+"),
        ("- Dash item", "Dash item", "-"),
        ("• Dot item", "Dot item", "•"),
        ("◦ Hollow item", "Hollow item", "◦"),
        ("o Lynx item", "Lynx item", "o"),
        ("@ Lynx fourth level", "Lynx fourth level", "@"),
        ("      □ w3m second level", "w3m second level", "□"),
        ("          ☆ w3m third level", "w3m third level", "☆"),
        ("○ w3m item", "w3m item", "○"),
        ("■ w3m item", "w3m item", "■"),
        ("・日経平均、3日続伸", "日経平均、3日続伸", "・"),  # Japanese: no space after it
    ],
)
def test_bullets_are_detected_and_stripped(raw: str, text: str, bullet: str) -> None:
    line = one(raw)
    assert line.text == text
    assert line.bullet == bullet
    assert not line.blank


@pytest.mark.parametrize(
    "raw",
    [
        "*Note: the marker needs a space",
        "1.5 million people voted",
        "1999. That was the year",  # four digits are a year, not a list number
        "-",
        "* ",
        "Plain sentence.",
        "-5 degrees tonight",
        "outlook remains bright",
        "# A heading html2text writes",
        "@jdoe replied",
    ],
)
def test_not_bullets(raw: str) -> None:
    line = one(raw)
    assert line.bullet is None
    assert line.text == raw.strip()


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("  1. First item", "1. First item"),
        ("10) Tenth", "10) Tenth"),
        ("* Home", "Home"),
        ("- Dash item", "Dash item"),
        ("• Dot", "Dot"),
        ("No marker here", "No marker here"),
    ],
)
def test_display_keeps_numbered_markers_only(raw: str, display: str) -> None:
    assert one(raw).display == display


@pytest.mark.parametrize(
    ("raw", "text", "display"),
    [
        ("def f():\u2028    return 1", "def f(): return 1", "def f():\n    return 1"),
        ("  a\u2028  b\u2028\u2028  c", "a b c", "a\nb\n\nc"),
        ("* one\u2028  two\u2028    three", "one two three", "one\ntwo\n  three"),
        ("1. one\u2028two", "one two", "1. one\ntwo"),
    ],
)
def test_a_line_with_line_breaks_is_one_line_shown_with_its_breaks(
    raw: str, text: str, display: str
) -> None:
    line = one(raw)
    assert line.text == text
    assert line.display == display


@pytest.mark.parametrize(("raw", "indent"), [("x", 0), ("  x", 2), ("    * x", 4), ("", 0)])
def test_indentation(raw: str, indent: int) -> None:
    assert one(raw).indent == indent


def test_raw_keeps_the_line_as_written() -> None:
    assert one("  * Home").raw == "  * Home"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Jane  Doe", "Jane Doe"),
        ("Beijing   Sunny/Overcast    20 / 13", "Beijing Sunny/Overcast 20 / 13"),
        ("  *   Spaced   item  ", "Spaced item"),
        ("x" + " " * 1000 + "y", "x y"),
    ],
)
def test_runs_of_spaces_collapse_in_text_but_not_in_raw(raw: str, text: str) -> None:
    line = one(raw)
    assert line.text == text
    assert line.raw == raw


def test_blank_lines_are_kept_in_order() -> None:
    lines = split_lines("Title\n\nFirst paragraph.\n   \nSecond paragraph.\n")
    assert [line.index for line in lines] == [0, 1, 2, 3, 4, 5]
    assert [line.blank for line in lines] == [False, True, False, True, False, True]
    assert [line.text for line in lines] == [
        "Title",
        "",
        "First paragraph.",
        "",
        "Second paragraph.",
        "",
    ]


def test_every_line_of_the_text_gives_one_line() -> None:
    text = "a\nb\n\n\nc"
    assert len(split_lines(text)) == len(text.split("\n"))


def test_empty_text_is_one_blank_line() -> None:
    lines = split_lines("")
    assert len(lines) == 1
    assert lines[0].blank


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clemson News Clemson News", "Clemson News"),
        ("Jane Doe Jane Doe", "Jane Doe"),
        ("Site Name Site Name Site Name Site Name", "Site Name"),
        ("Jane Doe", "Jane Doe"),
        ("New New York", "New New York"),  # not the same words twice
        ("", ""),
    ],
)
def test_undouble_keeps_one_copy_of_a_line_written_twice(text: str, expected: str) -> None:
    assert undouble(text) == expected


def test_nonblank_neighbours() -> None:
    lines = split_lines("a\n\nb\nc\n\n\nd\n")
    at = {line.text: k for k, line in enumerate(lines)}
    assert next_nonblank(lines, at["b"]) == at["c"]
    assert prev_nonblank(lines, at["b"]) == at["a"]
    assert prev_nonblank(lines, at["a"]) is None
    assert nonblank_above(lines, at["d"], 2) == [at["c"], at["b"]]
    assert nonblank_above(lines, at["a"], 3) == []
    assert nonblank_from(lines, at["b"], 9) == [at["b"], at["c"], at["d"]]
    assert nonblank_from(lines, at["b"], 9, end=at["d"]) == [at["b"], at["c"]]
