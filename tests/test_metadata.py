"""Stage 4a: newsx.meta.metadata finds title, authors, dates, dateline and section."""

from __future__ import annotations

import datetime

import pytest

import newsx
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


@pytest.mark.parametrize(
    ("date_line", "published", "updated"),
    [
        ("March 3, 2021", "2021-03-03", None),
        ("08:30, October 21, 2011", "2011-10-21T08:30", None),
        ("Published: 2021-03-03", "2021-03-03", None),
        ("Updated: 2010-03-26 07:43", None, "2010-03-26T07:43"),
        ("Mon, 3 Mar 2021 14:05", "2021-03-03T14:05", None),
    ],
)
def test_dates(date_line: str, published: str | None, updated: str | None) -> None:
    m = meta(f"{TITLE}\n\nBy Jane Doe\n{date_line}\n\n{BODY}")
    assert m.published == published
    assert m.updated == updated


@pytest.mark.parametrize(
    ("date_line", "iso"), [("3. März 2021", "2021-03-03"), ("12. Oktober 2023", "2023-10-12")]
)
def test_german_day_first_date_line(date_line: str, iso: str) -> None:
    m = meta(f"{TITLE}\n\nVon Max Muster\n{date_line}\n\n{BODY}")
    assert m.published == iso


def test_published_and_updated_on_separate_lines() -> None:
    m = meta(f"{TITLE}\n\nPublished: 2021-03-03\nUpdated: 2021-03-04 09:15\n\n{BODY}")
    assert m.published == "2021-03-03"
    assert m.updated == "2021-03-04T09:15"


def test_no_dates() -> None:
    m = meta(f"{TITLE}\n\nBy Jane Doe\n\n{BODY}")
    assert m.published is None
    assert m.updated is None


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


@pytest.mark.parametrize(
    "date_line",
    [
        "Jane Doe March 3, 2021 — 7 minutes read",  # a byline and reading time around it
        "March 3, 2021 · 3 min read · By Jane Doe",
        "March 3, 2021 • Jane Doe in Travel",
    ],
)
def test_date_in_a_header_line_with_other_words(date_line: str) -> None:
    m = meta(f"{TITLE}\n\n{date_line}\n\n{BODY}")
    assert m.published == "2021-03-03"


def test_earlier_of_two_unlabelled_dates_on_a_line_is_published() -> None:
    m = meta(f"{TITLE}\n\nMarch 9, 2021March 3, 2021 by Jane Doe\n\n{BODY}")
    assert m.published == "2021-03-03"


def test_date_in_the_headers_beats_a_date_in_the_prose() -> None:
    prose = f"The council first discussed the terminal on 4 May 2017, {P1[4:]}"
    m = meta(f"{TITLE}\n\n{prose}\n\n{P2}\n\nPosted on March 3, 2021\n\n{P3}")
    assert m.published == "2021-03-03"


def test_dateline_opening_the_first_paragraph() -> None:
    m = meta(f"{TITLE}\n\nBerlin, 3. März 2021. {P1}\n\n{P2}\n\n{P3}")
    assert m.published == "2021-03-03"


def test_posted_footer_under_the_body() -> None:
    m = meta(f"{TITLE}\n\n{BODY}\n\nPosted on 15/12/2020 at 19:00 by Jane Doe\n\n* Home\n* About")
    assert m.published == "2020-12-15T19:00"


def test_published_label_far_from_the_headline() -> None:
    """With no date near the headline, the page's one "Published" date beats a date line
    that stands nearer (a teaser in a sidebar)."""
    menu = "\n".join(f"* Section {i}" for i in range(20))
    teaser = "Other story 12.01.2020\n* Sports\n* Weather\n* Culture\n* Travel\n* Money"
    text = f"Veröffentlicht am 16.08.2019\n\n{menu}\n\n{teaser}\n\n{TITLE}\n\n{BODY}"
    assert meta(text).published == "2019-08-16"


def test_day_first_slashes_on_a_page_that_writes_them() -> None:
    m = meta(f"{TITLE}\n\n03/05/2021\n\n{BODY}\n\nComments\n\nJane 25/05/2021")
    assert m.published == "2021-05-03"


def test_a_month_alone_is_taken_last() -> None:
    m = meta(f"Archive: March 2021\n\n{TITLE}\n\n{BODY}\n\n4 March 2021")
    assert m.published == "2021-03-04"


def test_updated_alone() -> None:
    m = meta(f"{TITLE}\n\nLast updated: March 4, 2021\n\n{BODY}")
    assert (m.published, m.updated) == (None, "2021-03-04")


RELATIVE_PAGE = f"""World

Harbour city opens new ferry terminal

By Jane Doe | vor 3 Tagen

{P1}

{P2}
"""


def test_a_relative_date_counts_back_from_the_reference_date() -> None:
    day = datetime.date(2024, 3, 10)
    assert newsx.extract(RELATIVE_PAGE).published is None  # no reference: not read
    with_day = newsx.extract(RELATIVE_PAGE, newsx.Options(reference_date=day))
    assert with_day.published == "2024-03-07"


def test_a_stated_date_wins_over_a_relative_one() -> None:
    page = RELATIVE_PAGE.replace("vor 3 Tagen", "March 1, 2024")
    day = datetime.date(2024, 3, 10)
    assert newsx.extract(page, newsx.Options(reference_date=day)).published == "2024-03-01"
