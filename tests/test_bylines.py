"""newsx.meta.bylines: which lines of a page give the authors, and bare names beside the date."""

from __future__ import annotations

import pytest

from newsx import extract
from newsx.meta.bylines import byline_in_line, name_beside_date

# Bylines inside other lines --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on May 3, 2021 by Jane Doe | 2 comments", ["Jane Doe"]),
        ("Published on November 2nd, 2023 by Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("03.05.2021 09:14 von Max Muster", ["Max Muster"]),
        ("17.03.2021 | Autor: kwaxel | Abgelegt unter: Fotos", ["kwaxel"]),
        ("Veröffentlicht am 8. Juli 2016 von blinkfux", ["blinkfux"]),
        ("Posted on 2016-09-12 by tomr | Leave a comment", ["tomr"]),
        ("Eine Kolumne von Max Muster", ["Max Muster"]),
        ("Post author By Jane Doe", ["Jane Doe"]),
        ("Jane Doe By Jane Doe Last Updated: February 11, 2023", ["Jane Doe"]),
        ("Avatar photo by Jane Doe June 14, 2024", ["Jane Doe"]),
        ("27 September,2023By Jane Doe", ["Jane Doe"]),  # glued by the dumper
        ("Posted byJane DoeDecember 30, 2024Posted inNews", ["Jane Doe"]),
        ("Veröffentlicht vonMax Muster 28. Februar 2016", ["Max Muster"]),
    ],
)
def test_byline_in_line(line: str, names: list[str]) -> None:
    assert byline_in_line(line)[0] == names


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Pumps: Safety Independently Validated by Example Labs",
        "Deals announced by Quorvex, Blaunet, and Example Software.",
        "Photo by Jane Doe",
        "Reviewed by Jane Doe",
        "Waffel Maker von Marktio im Test",
        "Einreisebestimmungen der Behörden von Musterland:",
        "Kommt im Herbst 2021 neu auf den Markt: Schuh von Sprintix",
        "Filter by topic",
        "StandBy Mode 2024",
        "Nearby Restaurants, May 3, 2024",
    ],
)
def test_no_byline_in_line(line: str) -> None:
    assert byline_in_line(line)[0] == []


def test_byline_after_the_headline_on_its_line() -> None:
    title = "Registration for the Summer Fair is Open"
    assert byline_in_line(f"{title} by Jane Doe", title)[0] == ["Jane Doe"]
    assert byline_in_line(f"{title} by Jane Doe")[0] == []


# A name beside a date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane Doe | May 3, 2021", "Jane Doe"),
        ("Jane Doe•Nov 14, 2024", "Jane Doe"),
        ("Jane Doe | Senior Writer | April 9, 2024", "Jane Doe"),
        ("John Roe March 4, 2024 — 5 minutes read", "John Roe"),
        ("11/14/2024 • Sunday Notes • David Roe", "David Roe"),
        ("Jane Doe / 13.09.2021 / 07:40 / Foto: Example", "Jane Doe"),
        ("Volleyball Musterland • 14.03.2021", None),
        ("Diskuswurf Schi B M15 1 kg 23.06.2008", None),
    ],
)
def test_name_beside_date(line: str, name: str | None) -> None:
    assert name_beside_date(line) == name


def test_an_unknown_name_counts_before_the_date_of_a_date_line_only() -> None:
    assert name_beside_date("Example Strategies | March 12, 2024") is None
    assert name_beside_date("Example Strategies | March 12, 2024", True) == "Example Strategies"
    assert name_beside_date("Susan December 9, 2024 0 Comments", True) == "Susan"
    assert name_beside_date("Susan December 9, 2024 0 Comments") is None
    assert name_beside_date("Archive December 9, 2024", True) is None


# On a page -----------------------------------------------------------------------------------

PROSE = (
    "The council will meet again on Friday to vote on the budget for the new year, and the "
    "mayor has said that she expects a long and difficult debate about the new ferry. "
)


def _far_below(box: str) -> str:
    """A page whose author box closes the article, far below the headline."""
    paragraphs = "\n\n".join(PROSE + f"Part {n} of the story." for n in range(12))
    return f"Harbour ferry plan goes to a vote\n\n{paragraphs}\n\n{box}\n\n* Home\n* News"


def test_a_byline_label_alone_far_below_takes_the_name_on_the_next_line() -> None:
    assert extract(_far_below("Written by\n\nJane Doe")).authors == ("Jane Doe",)


def test_a_byline_label_alone_far_below_is_no_author_before_a_filter() -> None:
    # "By / Ferry Budget": words the page writes in lower case are a filter, not a name.
    assert extract(_far_below("By\n\nFerry Budget")).authors == ()
    # "By:" / "Search Advanced search…": a search form's fields, not a name line.
    assert extract(_far_below("By:\n\nSearch Advanced search…")).authors == ()
    assert extract(_far_below("Written by\n\nzorvath42")).authors == ("zorvath42",)


def test_a_menus_list_of_by_filters_is_no_byline() -> None:
    filters = "* By Company Size\n* By Event Type"
    assert extract(_far_below(filters)).authors == ()
    # One "By" item alone in a list is still read.
    assert extract(_far_below("* By Jane Doe\n* Share")).authors == ("Jane Doe",)


def test_a_forum_threads_starter_is_its_author() -> None:
    # XenForo dumps the label twice where a hidden copy is rendered too.
    for label in ("Thread starter", "Thread starter Thread starter", "Themenstarter"):
        text = (
            f"Ferry timetable for the winter?\n\n* {label} zorvath42\n* Start date Jan 2, 2024"
            f"\n\n{PROSE * 3}\n\n{PROSE * 2}"
        )
        assert extract(text).authors == ("zorvath42",)
