"""newsx.meta.bare_names: a line that is nothing but a name, by the headline or a date."""

from __future__ import annotations

import pytest

from newsx import extract
from newsx.meta.bare_names import given_name, lowercase_words, name_near
from newsx.pipeline.page import Page
from newsx.pipeline.stages import analyse
from newsx.text.lines import split_lines

PROSE = (
    "The council will meet again on Friday to vote on the budget for the new year, and the "
    "mayor has said that she expects a long and difficult debate about the new ferry. "
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Susan", "Susan"),
        ("  Stefan ", "Stefan"),
        ("Vote", None),  # no given name
        ("susan", None),  # not written as a name
        ("Susan Lane", None),  # two words: a full name, read elsewhere
    ],
)
def test_given_name(text: str, name: str | None) -> None:
    assert given_name(text, "en") == name


def test_lowercase_words_are_the_pages_common_nouns() -> None:
    lines = split_lines("Event Planning\n\nWe help with event planning and catering.")
    words = lowercase_words(lines)
    assert {"planning", "event", "catering"} <= words
    assert "Event" not in words and "Planning" not in words


def test_name_near_gives_a_known_name_with_its_distance() -> None:
    page = Page.from_text(f"Harbour ferry plan goes to a vote\n\nJane Doe\n\n{PROSE * 3}")
    layout = analyse(page).layout
    header = [i for i, line in enumerate(page.lines) if not line.blank][:3]
    (far, known), (_, unknown) = name_near(page, layout.decisions, header, [], header[0])
    assert known == ["Jane Doe"] and far == 1
    assert unknown == []


def test_a_name_under_the_headline_is_the_author_when_it_is_a_persons() -> None:
    text = f"Harbour ferry plan goes to a vote\n\nJane Doe\n\n{PROSE * 3}\n\n{PROSE * 2}"
    assert extract(text).authors == ("Jane Doe",)


def test_a_subheading_under_the_headline_is_not_an_author() -> None:
    text = f"Harbour ferry plan goes to a vote\n\nKey Takeaways\n\n{PROSE * 3}\n\n{PROSE * 2}"
    assert extract(text).authors == ()


def test_an_unknown_name_under_the_headline_counts_when_the_page_names_it_again() -> None:
    # A headline of news length: with a seven-word one, which of it and the name (quoted
    # again at the end) is the headline is near a tie for the learned headline scorer, and
    # this test is about names.
    head = "Harbour ferry plan goes to a vote in the city council\n\nZorvath Quillon\n\n"
    once = f"{head}{PROSE * 3}\n\n{PROSE * 2}"
    again = f"{once}\n\nAbout Zorvath Quillon"
    assert extract(once).authors == ()
    assert extract(again).authors == ("Zorvath Quillon",)
    # A menu item repeated in the footer is a line of its own both times: not an author box.
    menu = f"{once}\n\nZorvath Quillon"
    assert extract(menu).authors == ()


def test_an_unknown_name_beside_the_date_outranks_a_known_name_far_off() -> None:
    # "Susan Lane" (a known given name) heads the page, six lines above the headline; the
    # unknown name right above the date is the byline.
    top = "Susan Lane\n\n* Home\n\n* News\n\n* Sport\n\n* Ferries\n\n"
    head = "Harbour ferry plan goes to a vote\n\nZorvath Quillon\n\nMay 3, 2021\n\n"
    text = f"{top}{head}{PROSE * 3}\n\n{PROSE * 2}"
    assert extract(text).authors == ("Zorvath Quillon",)


def test_one_given_name_right_under_the_headline_is_the_last_resort() -> None:
    head = "Harbour ferry plan goes to a vote\n\n"
    assert extract(f"{head}Susan\n\n{PROSE * 3}\n\n{PROSE * 2}").authors == ("Susan",)
    # Not a given name, or a list item (a menu's): no author.
    assert extract(f"{head}Vote\n\n{PROSE * 3}\n\n{PROSE * 2}").authors == ()
    assert extract(f"{head}* Susan\n\n{PROSE * 3}\n\n{PROSE * 2}").authors == ()
    # A full name elsewhere under the headline outranks it.
    both = f"{head}Susan\n\nJane Doe\n\n{PROSE * 3}\n\n{PROSE * 2}"
    assert extract(both).authors == ("Jane Doe",)
