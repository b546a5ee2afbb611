"""Stage 5: newsx.pipeline.assemble joins labelled lines into paragraphs and builds the record."""

from __future__ import annotations

import pytest

from newsx.pipeline.assemble import MIN_SHARED_PREFIX, paragraphs, strip_shared_prefix
from newsx.pipeline.line_rules import Decision
from newsx.records import Label
from newsx.text.lines import Line, split_lines

B, C, N, X = Label.BODY, Label.CAPTION, Label.NAVIGATION, Label.BLANK


def labelled(*rows: tuple[str, Label]) -> tuple[list[Line], list[Decision]]:
    lines = split_lines("\n".join(text for text, _ in rows))
    return lines, [Decision(label, "test") for _, label in rows]


def test_blank_lines_separate_paragraphs() -> None:
    lines, labels = labelled(
        ("First.", B), ("", X), ("Second.", B), ("", X), ("", X), ("Third.", B)
    )
    assert paragraphs(lines, labels, B) == ["First.", "Second.", "Third."]


def test_adjacent_lines_stay_in_one_paragraph() -> None:
    lines, labels = labelled(("First line", B), ("second line", B), ("", X), ("Next.", B))
    assert paragraphs(lines, labels, B) == ["First line\nsecond line", "Next."]


def test_a_line_of_another_label_ends_the_paragraph() -> None:
    lines, labels = labelled(("Before.", B), ("A photo. [AFP]", C), ("After.", B))
    assert paragraphs(lines, labels, B) == ["Before.", "After."]
    assert paragraphs(lines, labels, C) == ["A photo. [AFP]"]


def test_lines_of_other_labels_are_left_out() -> None:
    lines, labels = labelled(("Home", N), ("", X), ("Body.", B), ("", X), ("Sport", N))
    assert paragraphs(lines, labels, B) == ["Body."]
    assert paragraphs(lines, labels, N) == ["Home", "Sport"]


def test_numbered_markers_are_kept_and_bullets_dropped() -> None:
    lines, labels = labelled(("Steps:", B), ("  1. Open it.", B), ("* Close it.", B))
    assert paragraphs(lines, labels, B) == ["Steps:\n1. Open it.\nClose it."]


def test_no_lines_of_the_label() -> None:
    lines, labels = labelled(("Home", N), ("", X))
    assert paragraphs(lines, labels, B) == []


def test_paragraph_at_the_end_is_kept() -> None:
    lines, labels = labelled(("", X), ("Last one.", B))
    assert paragraphs(lines, labels, B) == ["Last one."]


ALT = "Harbour city opens new ferry terminal "


def test_strip_shared_prefix_removes_repeated_alt_text() -> None:
    items = [f"{ALT}Bus lanes approved", f"{ALT}Bridge repairs start", f"{ALT}Port tax rises"]
    assert strip_shared_prefix(items, {ALT.strip()}) == [
        "Bus lanes approved",
        "Bridge repairs start",
        "Port tax rises",
    ]


def test_strip_shared_prefix_cuts_at_a_word_boundary() -> None:
    items = ["Picture of harbour: bus lanes", "Picture of harbour: bridges"]
    assert strip_shared_prefix(items, {"Picture of harbour:"}) == ["bus lanes", "bridges"]


@pytest.mark.parametrize(
    "items",
    [
        [],
        ["Only one item with a long prefix"],
        ["Bus lanes approved", "Bridge repairs start"],  # "B" is no prefix
        ["New bus lanes", "New bridge"],  # shorter than MIN_SHARED_PREFIX
    ],
)
def test_strip_shared_prefix_leaves_items_alone(items: list[str]) -> None:
    assert strip_shared_prefix(items, {"New", "B", "Only one item with a long"}) == items


def test_min_shared_prefix_is_the_threshold() -> None:
    short = "x" * (MIN_SHARED_PREFIX - 2) + " "
    long = "x" * MIN_SHARED_PREFIX + " "
    page = {short.strip(), long.strip()}
    assert strip_shared_prefix([short + "one", short + "two"], page) == [
        short + "one",
        short + "two",
    ]
    assert strip_shared_prefix([long + "one", long + "two"], page) == ["one", "two"]


def test_strip_shared_prefix_needs_the_prefix_as_a_line_of_the_page() -> None:
    items = [f"{ALT}Bus lanes approved", f"{ALT}Bridge repairs start"]
    assert strip_shared_prefix(items, {"Something else"}) == items


def test_strip_shared_prefix_keeps_headlines_that_share_their_first_words() -> None:
    items = ["China, Russia sign energy deal", "China, Russia hold border talks"]
    assert strip_shared_prefix(items, {"Talks in Moscow"}) == items
