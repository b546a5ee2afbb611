"""A site's or section's name after a headline: cut when the page shows it as a line."""

from __future__ import annotations

import pytest

import newsx
from newsx.meta.site_name import without_site_name
from newsx.text.lines import split_lines


def cut(title: str, page: str) -> str:
    return without_site_name(title, split_lines(f"{title}\n{page}"))


@pytest.mark.parametrize(
    ("title", "page", "want"),
    [
        # The logo's text, a menu entry, a markdown heading: the name stands alone.
        (
            "The Ultimate Checklist | Bridgestone Tires",
            "Bridgestone Tires\nHome",
            "The Ultimate Checklist",
        ),
        (
            "How meditation rewires brains | Opinion",
            "* News\n* Opinion",
            "How meditation rewires brains",
        ),
        ("Barbecue charbon inox 1600 - Martinsen", "## MARTINSEN", "Barbecue charbon inox 1600"),
        ("Pro Tech Toolkit — New", "New\n", "Pro Tech Toolkit"),
    ],
)
def test_a_name_the_page_shows_alone_is_cut(title: str, page: str, want: str) -> None:
    assert cut(title, page) == want


@pytest.mark.parametrize(
    ("title", "page"),
    [
        # The tail is only part of a longer line: no name of the page's own.
        ("The Ultimate Checklist | Bridgestone Tires", "Shop at Bridgestone Tires today"),
        # A headline's own second half is longer than a name.
        ("Der Diktator ist zurück - Donald Trump ist glücklich", "Donald Trump ist glücklich"),
        # Nothing but one word would be left.
        ("Home - Garden", "Garden"),
        # No separator between spaces: a hyphen or a slash inside a word, a colon.
        ("AC/DC on tour", "DC on tour"),
        ("Critics' Choice: Best Exhibitions", "Best Exhibitions"),
        # A price range's end is no name, even where the page shows it alone.
        ("Water Bottle 32 oz. $10.93 - $17.00", "$17.00"),
    ],
)
def test_other_tails_stay(title: str, page: str) -> None:
    assert cut(title, page) == title


def test_extract_gives_the_title_without_the_site_name() -> None:
    text = (
        "Bridgestone Tires\n\n* Shop\n* Blog\n\n"
        "The Ultimate Car Maintenance Checklist | Bridgestone Tires\n\n"
        + "Checking your tyres every month keeps you safe on the road and saves fuel. " * 6
        + "\n\n"
        + "Rotate them every six thousand miles so that they wear evenly over their life. " * 6
    )
    assert newsx.extract(text).title == "The Ultimate Car Maintenance Checklist"
