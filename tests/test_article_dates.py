"""Stage 5, metadata (continued): newsx.meta.article_dates picks the article's published and
updated dates among the page's."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

import newsx
from newsx.meta.article_dates import article_dates
from newsx.meta.headline import find_title
from newsx.pipeline.labelling import label_lines
from newsx.pipeline.page import Page
from tests.pages import P1, P2, P3, TITLE

BODY = f"{P1}\n\n{P2}\n\n{P3}"


@dataclass(frozen=True)
class Dates:
    published: str | None
    updated: str | None


def dates(text: str) -> Dates:
    """The dates of a page whose headline is where the headline model finds it."""
    page = Page.from_text(text)
    layout = label_lines(page)
    title = find_title(page, layout.decisions, layout.body)
    start, end = layout.body
    anchor = title if title is not None else start
    return Dates(*article_dates(page, layout.decisions, anchor, end))


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
    m = dates(f"{TITLE}\n\nBy Jane Doe\n{date_line}\n\n{BODY}")
    assert m.published == published
    assert m.updated == updated


@pytest.mark.parametrize(
    ("date_line", "iso"), [("3. März 2021", "2021-03-03"), ("12. Oktober 2023", "2023-10-12")]
)
def test_german_day_first_date_line(date_line: str, iso: str) -> None:
    m = dates(f"{TITLE}\n\nVon Max Muster\n{date_line}\n\n{BODY}")
    assert m.published == iso


def test_published_and_updated_on_separate_lines() -> None:
    m = dates(f"{TITLE}\n\nPublished: 2021-03-03\nUpdated: 2021-03-04 09:15\n\n{BODY}")
    assert m.published == "2021-03-03"
    assert m.updated == "2021-03-04T09:15"


def test_no_dates() -> None:
    m = dates(f"{TITLE}\n\nBy Jane Doe\n\n{BODY}")
    assert m.published is None
    assert m.updated is None


@pytest.mark.parametrize(
    "date_line",
    [
        "Jane Doe March 3, 2021 — 7 minutes read",  # a byline and reading time around it
        "March 3, 2021 · 3 min read · By Jane Doe",
        "March 3, 2021 • Jane Doe in Travel",
    ],
)
def test_date_in_a_header_line_with_other_words(date_line: str) -> None:
    m = dates(f"{TITLE}\n\n{date_line}\n\n{BODY}")
    assert m.published == "2021-03-03"


def test_earlier_of_two_unlabelled_dates_on_a_line_is_published() -> None:
    m = dates(f"{TITLE}\n\nMarch 9, 2021March 3, 2021 by Jane Doe\n\n{BODY}")
    assert m.published == "2021-03-03"


def test_date_in_the_headers_beats_a_date_in_the_prose() -> None:
    prose = f"The council first discussed the terminal on 4 May 2017, {P1[4:]}"
    m = dates(f"{TITLE}\n\n{prose}\n\n{P2}\n\nPosted on March 3, 2021\n\n{P3}")
    assert m.published == "2021-03-03"


def test_dateline_opening_the_first_paragraph() -> None:
    m = dates(f"{TITLE}\n\nBerlin, 3. März 2021. {P1}\n\n{P2}\n\n{P3}")
    assert m.published == "2021-03-03"


def test_posted_footer_under_the_body() -> None:
    m = dates(f"{TITLE}\n\n{BODY}\n\nPosted on 15/12/2020 at 19:00 by Jane Doe\n\n* Home\n* About")
    assert m.published == "2020-12-15T19:00"


def test_published_label_far_from_the_headline() -> None:
    """With no date near the headline, the page's one "Published" date beats a date line
    that stands nearer (a teaser in a sidebar)."""
    menu = "\n".join(f"* Section {i}" for i in range(20))
    teaser = "Other story 12.01.2020\n* Sports\n* Weather\n* Culture\n* Travel\n* Money"
    text = f"Veröffentlicht am 16.08.2019\n\n{menu}\n\n{teaser}\n\n{TITLE}\n\n{BODY}"
    assert dates(text).published == "2019-08-16"


def test_day_first_slashes_on_a_page_that_writes_them() -> None:
    m = dates(f"{TITLE}\n\n03/05/2021\n\n{BODY}\n\nComments\n\nJane 25/05/2021")
    assert m.published == "2021-05-03"


def test_a_month_alone_is_taken_last() -> None:
    m = dates(f"Archive: March 2021\n\n{TITLE}\n\n{BODY}\n\n4 March 2021")
    assert m.published == "2021-03-04"


def test_updated_alone() -> None:
    m = dates(f"{TITLE}\n\nLast updated: March 4, 2021\n\n{BODY}")
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
