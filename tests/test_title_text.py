"""The title a headline line holds: its text less what a dump glued to the headline."""

from __future__ import annotations

from newsx import extract
from newsx.meta.title_text import bare_trail, headline_text


def test_a_breadcrumb_trail_glued_before_the_headline_is_dropped() -> None:
    assert headline_text("Home » Blogs » Smartphone Basics for Older Adults") == (
        "Smartphone Basics for Older Adults"
    )
    assert headline_text("Business News›US›Lifestyle›Coffee lovers rejoice") == (
        "Coffee lovers rejoice"
    )


def test_a_headline_keeps_marks_that_are_not_a_trail() -> None:
    # one mark, a short last part (a section), a quotation in guillemets
    assert headline_text("Markets » Stocks rally again") == "Markets » Stocks rally again"
    assert headline_text("Home » News » Sport") == "Home » News » Sport"
    quoted = "« Il y a le poids » de la géographie » selon lui"
    assert headline_text(quoted) == quoted


def test_a_headline_written_twice_over_is_given_once() -> None:
    assert headline_text("Moving 101 Moving 101") == "Moving 101"


def test_a_comment_heading_taken_for_the_headline_gives_the_title_it_names() -> None:
    assert headline_text("0 Comment on Top Home Gym Must Haves") == "Top Home Gym Must Haves"
    assert headline_text("Posted May 3 by Jo - 5 Comments on Do you need 14 USB ports?") == (
        "Do you need 14 USB ports?"
    )
    assert headline_text("3 Gedanken zu „Der Garten im Winter“") == "Der Garten im Winter"
    # a headline about comments names no title
    assert headline_text("Readers left 5 comments on it") == "Readers left 5 comments on it"


def test_a_bare_trail_holds_no_headline() -> None:
    assert bare_trail("Home | News | World")
    assert bare_trail("Start / Blog")
    # a trail with a headline glued after it holds one; a headline is no trail
    assert not bare_trail("Home » Local » Harbour city opens new ferry terminal")
    assert not bare_trail("Harbour city opens new ferry terminal")


def test_a_markdown_headings_marks_are_no_part_of_the_title() -> None:
    assert (
        headline_text("# Harbour ferry plan goes to a vote") == "Harbour ferry plan goes to a vote"
    )
    assert headline_text("### The Best Monitor Arms ###") == "The Best Monitor Arms"
    # A number sign that opens a word is the headline's own.
    assert headline_text("#MeToo five years on") == "#MeToo five years on"
    assert headline_text("#1 in the rankings again") == "#1 in the rankings again"


def test_a_dumps_h1_gives_a_plain_title() -> None:
    prose = "The council will meet again on Friday to vote on the budget for the new year. " * 3
    assert extract(f"# Harbour ferry plan goes to a vote\n\n{prose}\n").title == (
        "Harbour ferry plan goes to a vote"
    )
