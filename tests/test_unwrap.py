"""Tests for newsx.text.unwrap: hard-wrapped paragraphs joined back."""

from __future__ import annotations

import textwrap

import newsx
from newsx.text.lines import Line, split_lines
from newsx.text.markup import read_marking
from newsx.text.normalize import normalize
from newsx.text.unwrap import unwrap, wrap_width

PARAS = [
    f"Paragraph {i}: the new ferry terminal in the old harbour opened to passengers on "
    f"Tuesday, three years later than the city had promised, officials said on day {i}."
    for i in range(8)
]
MENU = "   * Home\n   * World\n   * Sport\n   * Business"


def _unwrap(lines: list[Line]) -> list[Line]:
    return unwrap(lines, read_marking(lines))


def _width(lines: list[Line]) -> int | None:
    return wrap_width(lines, read_marking(lines))


def wrapped_page(width: int = 72) -> str:
    body = "\n\n".join(
        textwrap.fill(p, width, initial_indent="   ", subsequent_indent="   ") for p in PARAS
    )
    return (
        f"{MENU}\n\n   Harbour city opens new ferry terminal\n\n   By Jane Doe\n\n{body}\n\n{MENU}"
    )


def test_wrap_width_found_on_a_wrapped_dump() -> None:
    assert _width(split_lines(normalize(wrapped_page(72)))) in range(60, 73)


def test_unwrapped_dump_has_no_width() -> None:
    text = "\n\n".join([*PARAS, "Home", "World"])
    assert _width(split_lines(text)) is None


def test_unwrap_joins_paragraphs_and_keeps_first_line_numbers() -> None:
    lines = _unwrap(split_lines(normalize(wrapped_page())))
    prose = [line for line in lines if line.text.startswith("Paragraph")]
    assert [line.text for line in prose] == PARAS
    assert all(line.index > 0 for line in prose)


def test_paragraphs_without_blank_lines_between_stay_apart() -> None:
    # lynx writes the blocks of a <div> one under the other: a short last line ends each
    # paragraph, and the next paragraph does not join the one joined before it.
    text = "\n".join(
        textwrap.fill(p, 72, initial_indent="   ", subsequent_indent="   ") for p in PARAS
    )
    lines = _unwrap(split_lines(normalize(f"{text}\n   Author: Jane Doe\n   Comments")))
    assert [line.text for line in lines] == [*PARAS, "Author: Jane Doe", "Comments"]


def test_unwrap_leaves_list_items_and_blank_lines_alone() -> None:
    lines = _unwrap(split_lines(normalize(wrapped_page())))
    assert [line.text for line in lines[:4]] == ["Home", "World", "Sport", "Business"]
    assert lines[4].blank


def test_not_wrapped_text_is_returned_unchanged() -> None:
    lines = split_lines("\n".join(PARAS))
    assert _unwrap(lines) is lines


def test_wrapped_article_extracts_whole_paragraphs() -> None:
    article = newsx.extract(wrapped_page())
    assert article.title == "Harbour city opens new ferry terminal"
    assert article.authors == ("Jane Doe",)
    assert article.body.split("\n\n") == PARAS


def test_lines_with_a_long_url_or_a_table_row_do_not_tell_the_width() -> None:
    # html2text's defaults: links keep their URLs, which it cannot break, and tables their
    # pipes, which it does not wrap; the prose around them is wrapped at 72 all the same.
    url = "[the report](https://example.org/reports/2024/harbour-ferry-terminal-final.pdf)"
    query = "jpg?width=1200&height=800&quality=80&format=webp&fit=contain&s=8E78vAILfkHQBq"
    rows = "\n".join(
        f"Quay {i} | opened in {2000 + i} | serves the islands and the coast" * 2 for i in range(3)
    )
    pieces = "\n".join([f"{url} {url}", query, query, query])
    lines = split_lines(normalize(f"{pieces}\n\n{rows}\n\n{wrapped_page(72)}"))
    assert _width(lines) in range(60, 73)


def test_a_markdown_dumps_list_items_do_not_tell_the_width() -> None:
    # html2text wraps paragraphs but not list items, which run on past the width.
    items = "\n".join(
        f"  * [Item {i}](/i/{i}) " + "a long unwrapped list item " * 5 for i in range(4)
    )
    lines = split_lines(normalize(f"{items}\n\n{wrapped_page(72)}"))
    assert _width(lines) in range(60, 73)
