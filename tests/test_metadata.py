"""Stage 4a: newsx.meta.metadata finds title, authors, dates, dateline and section."""

from __future__ import annotations

import pytest

from newsx.meta.metadata import Metadata, extract_metadata
from newsx.pipeline.labelling import label_lines
from newsx.pipeline.page import Page
from tests.pages import P1, P2, P3, TITLE

BODY = f"{P1}\n\n{P2}\n\n{P3}"


def meta(text: str) -> Metadata:
    page = Page.from_text(text)
    layout = label_lines(page)
    return extract_metadata(page, layout.decisions, layout.body)


def test_title_above_byline_and_date() -> None:
    m = meta(f"* Home\n* World\n\n{TITLE}\n\nBy Jane Doe\n\nMarch 3, 2021\n\n{BODY}")
    assert m.title == TITLE
    assert m.title_index == 3


def test_title_is_not_a_menu_item_or_the_byline() -> None:
    m = meta(f"Sign up | Log in\nWeather\n\n{TITLE}\nBy Jane Doe\n\n{BODY}")
    assert m.title == TITLE


def test_a_headline_written_twice_is_the_title_once() -> None:
    # An image's alt text glued to the headline it repeats.
    m = meta(f"* Home\n* World\n\n{TITLE} {TITLE}\n\nBy Jane Doe\n\nMarch 3, 2021\n\n{BODY}")
    assert m.title == TITLE
    assert m.title_index == 3


def test_no_title_on_a_page_of_prose_only() -> None:
    m = meta(BODY)
    assert m.title is None
    assert m.title_index is None


def test_authors_and_source_from_the_byline() -> None:
    m = meta(f"{TITLE}\n\nBy Jane Doe and John Roe (Example Times)\n\nMarch 3, 2021\n\n{BODY}")
    assert m.authors == ("Jane Doe", "John Roe")
    assert m.source == "Example Times"


def test_author_from_a_bare_name_beside_the_date() -> None:
    m = meta(f"{TITLE}\n\nJane Doe\n\nMarch 3, 2021\n\n{BODY}")
    assert m.authors == ("Jane Doe",)


def test_no_authors() -> None:
    m = meta(f"{TITLE}\n\nMarch 3, 2021\n\n{BODY}")
    assert m.authors == ()
    assert m.source is None


def test_section_from_breadcrumb() -> None:
    m = meta(f"Home > News > Local\n\n{TITLE}\n\nBy Jane Doe\n\nMarch 3, 2021\n\n{BODY}")
    assert m.section == "Local"


def test_section_from_breadcrumb_skips_the_title_as_last_crumb() -> None:
    m = meta(f"Home>>World>>{TITLE}\n\n{TITLE}\n\nBy Jane Doe\n\n{BODY}")
    assert m.section == "World"


def test_section_from_a_label_line_above_the_title() -> None:
    m = meta(f"Home\nAbout us\n\nLocal News\n\n{TITLE}\n\nBy Jane Doe\n\nMarch 3, 2021\n\n{BODY}")
    assert m.section == "Local News"


@pytest.mark.parametrize(
    "above",
    [
        "* World",  # a menu item, not a section label
        "March 1, 2021",  # a date
        "Share this",  # interface words
        "This line is a sentence.",
    ],
)
def test_no_section_from_lines_that_are_not_labels(above: str) -> None:
    m = meta(f"{above}\n\n{TITLE}\n\nBy Jane Doe\n\n{BODY}")
    assert m.section is None


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("OSLO - ", "OSLO"),
        ("WASHINGTON, Oct 21 (Reuters) - ", "WASHINGTON"),
        ("NEW YORK — ", "NEW YORK"),
    ],
)
def test_dateline(opening: str, place: str) -> None:
    m = meta(f"{TITLE}\n\nMarch 3, 2021\n\n{opening}{BODY}")
    assert m.dateline == place


def test_no_dateline() -> None:
    assert meta(f"{TITLE}\n\nMarch 3, 2021\n\n{BODY}").dateline is None


def test_empty_page() -> None:
    assert meta("") == Metadata()
