"""Stage 4b: newsx.comments splits the comment section into records."""

from __future__ import annotations

import pytest

from newsx.comments import CommentSection, parse_comments
from newsx.features import compute_features
from newsx.lines import split_lines
from newsx.model import Comment, Label
from newsx.normalize import normalize

C1 = "What a lovely idea, I hope the council keeps its promise this time."
C2 = "I doubt it will be finished before the next election, to be honest."
C3 = "Good news for the traders on the waterfront at last."


def section(text: str, start: int = 0) -> tuple[list[str], CommentSection]:
    lines = split_lines(normalize(text))
    feats, _ = compute_features(lines)
    return [line.text for line in lines], parse_comments(lines, feats, start)


def test_name_at_date_with_masked_ip() -> None:
    _, s = section(f"3 comments\nNic at 2011-10-23175.138.64.*\n{C1}\n")
    assert s.comments == (Comment("Nic", "2011-10-23", "175.138.64.*", C1),)


@pytest.mark.parametrize(
    ("header", "author", "date", "ip"),
    [
        ("Nic at 2011-10-23175.138.64.*", "Nic", "2011-10-23", "175.138.64.*"),
        ("Canada at 2011-10-2270.36.49.*", "Canada", "2011-10-22", "70.36.49.*"),
        ("ari at 2011-10-21175.137.234.*", "ari", "2011-10-21", "175.137.234.*"),
        ("Anna at 2020-05-01 10.0.*.*", "Anna", "2020-05-01", "10.0.*.*"),
        ("Tom at 2020-05-01 10:15", "Tom", "2020-05-01T10:15", None),
        ("Paul on March 3, 2020", "Paul", "2020-03-03", None),
        ("Anna am 21. Oktober 2011", "Anna", "2011-10-21", None),
        ("Jean le 21 octobre 2011", "Jean", "2011-10-21", None),
        ("Jane Doe | 2020-05-01", "Jane Doe", "2020-05-01", None),
        ("Jane Doe 2020-05-01", "Jane Doe", "2020-05-01", None),
    ],
)
def test_header_lines(header: str, author: str, date: str, ip: str | None) -> None:
    _, s = section(f"Comments\n{header}\n{C1}\n")
    assert len(s.comments) == 1
    c = s.comments[0]
    assert (c.author, c.date, c.ip, c.text) == (author, date, ip, C1)


def test_unmasked_ip_is_not_kept() -> None:
    _, s = section(f"Comments\nNic at 2011-10-23 175.138.64.12\n{C1}\n")
    assert s.comments[0].ip is None


@pytest.mark.parametrize(
    ("header", "author"),
    [("Jane says:", "Jane"), ("Jane Doe says", "Jane Doe"), ("Max sagt:", "Max")],
)
def test_says_header(header: str, author: str) -> None:
    _, s = section(f"Comments\n{header}\n{C1}\n")
    assert s.comments == (Comment(author, None, None, C1),)


def test_several_comments_in_order_with_multi_line_text() -> None:
    text = f"4 comments\n\nJane says:\n{C1}\n{C3}\nTom at 2020-05-01 10:15\n{C2}\n"
    _, s = section(text)
    assert [c.author for c in s.comments] == ["Jane", "Tom"]
    assert s.comments[0].text == f"{C1}\n{C3}"
    assert s.comments[1].text == C2


@pytest.mark.parametrize(
    "control", ["Reply", "Report abuse", "Like", "3 likes", "12", "Antworten", "Répondre"]
)
def test_control_lines_are_not_comment_text(control: str) -> None:
    lines, s = section(f"Comments\nJane says:\n{C1}\n{control}\nTom says:\n{C2}\n{control}\n")
    assert [c.text for c in s.comments] == [C1, C2]
    relabelled = {lines[i]: d.label for i, d in s.labels}
    assert relabelled[control] is Label.BOILERPLATE


@pytest.mark.parametrize(
    ("heading", "count"),
    [
        ("Leave your comment3 comments", 3),
        ("3 comments", 3),
        ("Comments (12)", 12),
        ("1,024 comments", 1024),
        ("Kommentare (7)", 7),
        ("Leave a comment", None),
        ("Comments", None),
    ],
)
def test_stated_count(heading: str, count: int | None) -> None:
    _, s = section(f"{heading}\nJane says:\n{C1}\n")
    assert s.stated_count == count


def test_section_ends_at_a_following_list_block() -> None:
    text = (
        f"3 comments\nJane says:\n{C1}\nTom says:\n{C2}\n\n"
        "Most Popular\n\n  1. Harbour reopens\n  2. Bridge repairs begin\n"
    )
    lines, s = section(text)
    assert [c.text for c in s.comments] == [C1, C2]
    assert lines[s.end] == "Most Popular"
    assert all(i < s.end for i, _ in s.labels)


def test_section_ends_at_a_heading_followed_by_short_lines() -> None:
    text = f"Comments\nJane says:\n{C1}\n\nSelections for you\n\nBridge repairs begin\n"
    lines, s = section(text)
    assert [c.text for c in s.comments] == [C1]
    assert lines[s.end] == "Selections for you"


def test_comment_form_before_the_first_comment_is_boilerplate() -> None:
    lines, s = section(f"Leave your comment3 comments\n\n  1. Name\n\nJane says:\n{C1}\n")
    labels = {lines[i]: d.label for i, d in s.labels}
    assert labels["Leave your comment3 comments"] is Label.COMMENT_HEADER
    assert labels["Name"] is Label.BOILERPLATE
    assert labels["Jane says:"] is Label.COMMENT_HEADER
    assert labels[C1] is Label.COMMENT
    assert [c.author for c in s.comments] == ["Jane"]


def test_headers_without_text_give_no_record() -> None:
    _, s = section(f"Comments\nJane says:\nTom says:\n{C2}\n")
    assert [c.author for c in s.comments] == ["Tom"]


def test_empty_section() -> None:
    _, s = section("Leave a comment\n\nName\n\nEmail\n")
    assert s.comments == ()
    assert s.stated_count is None


def test_start_is_the_heading_index() -> None:
    _, s = section(f"Some article text here.\n\n2 comments\nJane says:\n{C1}\n", start=2)
    assert s.stated_count == 2
    assert s.comments == (Comment("Jane", None, None, C1),)
    assert min(i for i, _ in s.labels) == 2


def test_comment_text_mentioning_a_date_is_not_a_header() -> None:
    text = "It happened to me on March 3, 2020."
    _, s = section(f"2 comments\nJane at 2020-05-01\n{text}\nTom at 2020-05-02\n{C2}\n")
    assert [(c.author, c.text) for c in s.comments] == [("Jane", text), ("Tom", C2)]
