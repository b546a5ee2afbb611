"""newsx.bylines: which lines of a page give the authors, and bare names beside the date."""

from __future__ import annotations

import pytest

from newsx import extract
from newsx.bylines import byline_in_line, name_beside_date

# Bylines inside other lines --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on May 3, 2021 by Jane Doe | 2 comments", ["Jane Doe"]),
        ("Published on December 2nd, 2025 by Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("10.12.2022 18:27 von Max Muster", ["Max Muster"]),
        ("05.01.2020 | Autor: gnaddrig | Abgelegt unter: Fotos", ["gnaddrig"]),
        ("Veröffentlicht am 12. Juni 2017 von gizzmo", ["gizzmo"]),
        ("Posted on 2015-04-05 by marc | Leave a comment", ["marc"]),
        ("Eine Kolumne von Max Muster", ["Max Muster"]),
        ("Post author By Jane Doe", ["Jane Doe"]),
        ("Jane Doe By Jane Doe Last Updated: December 6, 2024", ["Jane Doe"]),
        ("Avatar photo by Jane Doe August 25, 2025", ["Jane Doe"]),
    ],
)
def test_byline_in_line(line: str, names: list[str]) -> None:
    assert byline_in_line(line)[0] == names


@pytest.mark.parametrize(
    "line",
    [
        "Docker Images: Security Independently Validated by Example Labs",
        "Deals announced by Jamf, LevelBlue, and Example Software.",
        "Photo by Jane Doe",
        "Reviewed by Jane Doe",
        "Beef Maker von Aldi im Test",
        "Einreisebestimmungen der Behörden von Singapur:",
        "Kommt im Sommer 2019 neu auf den Markt: Schuh von Adidas",
        "Filter by region",
    ],
)
def test_no_byline_in_line(line: str) -> None:
    assert byline_in_line(line)[0] == []


def test_byline_after_the_headline_on_its_line() -> None:
    title = "Call for Proposals is Open"
    assert byline_in_line(f"{title} by Jane Doe", title)[0] == ["Jane Doe"]
    assert byline_in_line(f"{title} by Jane Doe")[0] == []


# A name beside a date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Doe | May 3, 2021", "Jane Doe"),
        ("Jane Doe•Oct 20, 2025", "Jane Doe"),
        ("Jane Doe | Senior Writer | July 2, 2025", "Jane Doe"),
        ("John Roe July 13, 2025 — 7 minutes read", "John Roe"),
        ("12/19/2025 • Friday Philosophy • David Roe", "David Roe"),
        ("Jane Doe / 22.04.2020 / 06:15 / Foto: Example", "Jane Doe"),
        ("Handball Schweiz • 02.02.2022", None),
        ("Kugelstoss Schi A W14 3 kg 19.05.2007", None),
    ],
)
def test_name_beside_date(line: str, name: str | None) -> None:
    assert name_beside_date(line) == name


def test_an_unknown_name_counts_before_the_date_of_a_date_line_only() -> None:
    assert name_beside_date("Example Strategies | October 15, 2025") is None
    assert name_beside_date("Example Strategies | October 15, 2025", True) == "Example Strategies"


# On a page -----------------------------------------------------------------------------------

PROSE = (
    "The council will meet again on Friday to vote on the budget for the new year, and the "
    "mayor has said that she expects a long and difficult debate about the new ferry. "
)


def test_a_name_under_the_headline_is_the_author_when_it_is_a_persons() -> None:
    text = f"Harbour ferry plan goes to a vote\n\nJane Doe\n\n{PROSE * 3}\n\n{PROSE * 2}"
    assert extract(text).authors == ("Jane Doe",)


def test_a_subheading_under_the_headline_is_not_an_author() -> None:
    text = f"Harbour ferry plan goes to a vote\n\nKey Takeaways\n\n{PROSE * 3}\n\n{PROSE * 2}"
    assert extract(text).authors == ()


def _far_below(box: str) -> str:
    """A page whose author box closes the article, far below the headline."""
    paragraphs = "\n\n".join(PROSE + f"Part {n} of the story." for n in range(12))
    return f"Harbour ferry plan goes to a vote\n\n{paragraphs}\n\n{box}\n\n* Home\n* News"


def test_a_byline_label_alone_far_below_takes_the_name_on_the_next_line() -> None:
    assert extract(_far_below("Written by\n\nJane Doe")).authors == ("Jane Doe",)


def test_a_byline_label_alone_far_below_is_no_author_before_a_filter() -> None:
    # "By / Ferry Budget": words the page writes in lower case are a filter, not a name.
    assert extract(_far_below("By\n\nFerry Budget")).authors == ()


def test_an_unknown_name_under_the_headline_counts_when_the_page_names_it_again() -> None:
    head = "Harbour ferry plan goes to a vote\n\nZorvath Quillon\n\n"
    once = f"{head}{PROSE * 3}\n\n{PROSE * 2}"
    again = f"{once}\n\nAbout Zorvath Quillon"
    assert extract(once).authors == ()
    assert extract(again).authors == ("Zorvath Quillon",)
