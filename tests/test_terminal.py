"""Tests for newsx.terminal: the article view, the explain view and the progress reporter."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from rich.console import Console

from newsx.records import Explanation, Label, LineVerdict
from newsx.terminal import (
    BatchProgress,
    make_console,
    paragraphs,
    render_article,
    render_articles,
    render_explain,
)

RECORD: dict[str, Any] = {
    "path": "pages/a.txt",
    "title": "Harbour reopens [after] the storm",
    "authors": ["Cai Xiao", "Hu Haiyan"],
    "source": "China Daily",
    "published": "2010-03-26T07:43",
    "updated": None,
    "dateline": "BEIJING",
    "section": "World",
    "language": "en",
    "body": "First paragraph, with [bold]markup-like[/bold] text.\n\nSecond :smile: paragraph.",
    "captions": ["A ship at the quay. [Agencies]"],
    "related": ["Storm closes harbour"],
    "comments": [
        {"author": "Nic", "date": "2011-10-23", "ip": "175.138.64.*", "text": "Good start."},
        {"author": None, "date": None, "ip": None, "text": "Anonymous words."},
    ],
    "comment_count": 2,
    "word_count": 9,
    "encoding": "utf-8",
}


def plain_console(width: int = 80) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, highlight=False, markup=False)
    return console, out


def test_article_view_sections_in_order() -> None:
    console, out = plain_console()
    render_article(console, RECORD)
    text = out.getvalue()
    lines = text.splitlines()
    assert lines[0] == RECORD["title"]  # brackets printed as they are, not as markup
    assert set(lines[1]) <= {"═", "="} and len(lines[1]) == len(RECORD["title"])
    assert "authors    Cai Xiao; Hu Haiyan" in lines
    assert "source     China Daily" in lines
    assert "words      9" in lines
    assert "encoding   utf-8" in lines
    assert not any(line.startswith("updated") for line in lines)  # missing: left out
    order = [
        "published",
        "First paragraph, with [bold]markup-like[/bold] text.",
        "Second :smile: paragraph.",
        "Captions",
        "A ship at the quay. [Agencies]",
        "Related",
        "Storm closes harbour",
        "Comments (2)",
        "Nic · 2011-10-23 · 175.138.64.*",
        "Good start.",
        "anonymous",
        "Anonymous words.",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert "\x1b[" not in text


def test_article_view_keeps_right_to_left_text_and_its_marks() -> None:
    console, out = plain_console()
    body = "\u200fقال الوزير\u200f إن «الاتفاق مهم».\n\nمی\u200cخواهم بگویم"
    render_article(console, {**RECORD, "title": "قادة آسيا يجتمعون", "body": body})
    text = out.getvalue()
    assert "قادة آسيا يجتمعون" in text
    for paragraph in body.split("\n\n"):
        assert paragraph in text


def test_article_view_with_nothing_found() -> None:
    console, out = plain_console()
    render_article(console, {"title": None, "body": "", "authors": [], "comments": []})
    assert out.getvalue().startswith("(no title)\n")
    assert "Comments" not in out.getvalue()


def test_several_articles_have_a_rule_between() -> None:
    console, out = plain_console(width=40)
    count = render_articles(console, [RECORD, {**RECORD, "title": "Second story"}])
    assert count == 2
    lines = out.getvalue().splitlines()
    rules = [line for line in lines if line and set(line) <= {"─", "-"}]
    assert len(rules) == 1
    assert lines.index(rules[0]) < lines.index("Second story")


def test_make_console_plain_has_no_colour_and_keeps_lines_whole() -> None:
    out = io.StringIO()
    console = make_console(out, plain=True)
    long_body = "word " * 100
    render_article(console, {**RECORD, "body": long_body})
    text = out.getvalue()
    assert "\x1b[" not in text
    assert long_body.strip() in text.splitlines()  # not hard-wrapped off a terminal
    assert not any(line.endswith(" ") for line in text.splitlines())


def colours(text: str) -> list[str]:
    """The colour codes (not bold or underline) among the SGR escapes of `text`."""
    codes = [c for seq in re.findall(r"\x1b\[([0-9;]*)m", text) for c in seq.split(";")]
    return [c for c in codes if c and (30 <= int(c) <= 38 or 90 <= int(c) <= 97)]


def test_colour_on_a_terminal_and_no_color_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")  # stands for a terminal
    out = io.StringIO()
    render_article(make_console(out), RECORD)
    assert colours(out.getvalue())
    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    render_article(make_console(out), RECORD)
    assert "\x1b[" in out.getvalue()  # still a terminal: bold stays
    assert not colours(out.getvalue())


def test_paragraphs() -> None:
    assert paragraphs("a\n\n b \n \nc") == ["a", "b", "c"]
    assert paragraphs("one\ntwo\n") == ["one", "two"]
    assert paragraphs("  ") == []


VERDICTS = [
    LineVerdict(1, "Home >> World", Label.NAVIGATION, "menu words", -2.0),
    LineVerdict(2, "", Label.BLANK, "blank", 0.0),
    LineVerdict(3, "Harbour reopens after the storm", Label.TITLE, "best headline", 3.0),
    LineVerdict(4, "x" * 300, Label.BODY, "long prose line in the body run " * 3, 1.0),
]
EXPLANATION = Explanation({"article": 0.9, "forum": 0.06, "listing": 0.04}, tuple(VERDICTS))


def test_explain_view_one_row_a_line_cut_to_width() -> None:
    out = io.StringIO()
    console = Console(file=out, width=60, force_terminal=True, color_system=None)
    render_explain(console, EXPLANATION)
    lines = out.getvalue().splitlines()[1:]
    assert out.getvalue().startswith("page type  article 0.90 · forum 0.06 · listing 0.04\n")
    assert lines[0].split() == ["#", "label", "text", "reason"]
    assert len(lines) == 1 + len(VERDICTS)
    assert all(len(line) <= 60 for line in lines)
    assert lines[1].split()[:2] == ["1", "navigation"]
    assert "title" in lines[3] and "Harbour" in lines[3] and "best headline" in lines[3]
    assert "…" in lines[4]  # the long text is cut


def test_explain_view_off_a_terminal_keeps_the_reason_whole() -> None:
    out = io.StringIO()
    render_explain(make_console(out, plain=True), EXPLANATION)
    assert ("long prose line in the body run " * 3).strip() in out.getvalue()


def test_explain_view_colours_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = io.StringIO()
    console = Console(file=out, width=100, force_terminal=True, color_system="standard")
    render_explain(console, EXPLANATION)
    title_row = out.getvalue().splitlines()[4]
    nav_row = out.getvalue().splitlines()[2]
    assert "\x1b[" in title_row
    assert title_row.split("title")[0][-12:] != nav_row.split("navigation")[0][-12:]


def test_progress_prints_messages_off_a_terminal() -> None:
    out = io.StringIO()
    with BatchProgress(out, total=3) as progress:
        progress.advance()
        progress.message("newsx: a.txt: empty file")
        progress.advance()
    assert "newsx: a.txt: empty file" in out.getvalue()
