"""newsx.comments.headers: one comment's header line read into author, date and masked IP."""

from __future__ import annotations

import pytest

from newsx.comments.headers import Head, header_at, is_control
from newsx.pipeline.features import compute_features
from newsx.records import Comment
from newsx.text.lines import split_lines
from newsx.text.normalize import normalize


def head(text: str, i: int = 0) -> Head | None:
    lines = split_lines(normalize(text))
    feats, _, _ = compute_features(lines)
    return header_at(lines, feats, i)


@pytest.mark.parametrize(
    ("line", "comment"),
    [
        ("Nic at 2011-10-23175.138.64.*", Comment("Nic", "2011-10-23", "175.138.64.*")),
        ("Jane Doe says:", Comment("Jane Doe")),
        ("Max Muster 12. März 2021 um 10:15", Comment("Max Muster", "2021-03-12T10:15")),
    ],
    ids=["glued-date-ip", "says", "name-date-time"],
)
def test_header_lines(line: str, comment: Comment) -> None:
    found = head(line)
    assert found is not None
    assert found.comment == comment


def test_a_name_line_over_a_date_line_is_one_header() -> None:
    found = head("Jane Doe\nMarch 3, 2021 at 9:41 am\nWhat a lovely idea.")
    assert found is not None
    assert found.comment.author == "Jane Doe"
    assert found.comment.date == "2021-03-03T09:41"


@pytest.mark.parametrize(
    "line",
    [
        "Groundwater gets worse, land agency says",
        "As of May 14, 2024, the ABC has received:",
        "Date: Tue, 11 Mar 2003 14:05:42 +0000",
        "We went there on March 3, 2020 and loved every minute of the long trip",
    ],
)
def test_lines_that_are_not_headers(line: str) -> None:
    lines = split_lines(normalize(line))
    feats, _, _ = compute_features(lines)
    assert header_at(lines, feats, 0) is None


@pytest.mark.parametrize("line", ["Reply", "Report abuse", "Antworten", "Like (3)"])
def test_buttons_are_controls(line: str) -> None:
    assert is_control(line)


def test_a_sentence_is_not_a_control() -> None:
    assert not is_control("I doubt it will be finished before the next election.")
