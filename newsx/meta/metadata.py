"""Stage 5, metadata: title, authors, source, dates, dateline and section, from the labels."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from newsx.meta.article_dates import article_dates
from newsx.meta.bylines import find_authors
from newsx.meta.dates import find_dates
from newsx.meta.headline import find_title
from newsx.meta.site_name import without_site_name
from newsx.meta.title_model import TitleModel
from newsx.meta.title_text import headline_text
from newsx.pipeline.features import Features
from newsx.pipeline.line_rules import Decision
from newsx.pipeline.page import Page
from newsx.records import Label
from newsx.text.lines import Line
from newsx.vocab import cues

#: How many lines around the title and the body start the byline and dates may stand.
HEADER_REACH = 12
#: A section label is a word or two right above the title.
SECTION_MAX_WORDS = 4


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    title_index: int | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    section: str | None = None
    section_index: int | None = None
    """The line that is nothing but the section label, when the section came from one."""


def _section(
    lines: list[Line], feats: list[Features], title_at: int | None, header: list[int]
) -> tuple[str | None, int | None]:
    for i in header:
        if cues.BREADCRUMB.match(lines[i].text):
            crumbs = (p.strip() for p in cues.BREADCRUMB_SPLIT.split(lines[i].text))
            parts = [p for p in crumbs if p][1:]
            title = lines[title_at].text if title_at is not None else None
            parts = [p for p in parts if p != title]
            if parts:
                return parts[-1], None
    if title_at is None:
        return None, None
    above = [j for j in range(title_at - 1, max(-1, title_at - 4), -1) if not lines[j].blank]
    if above:
        j = above[0]
        text = lines[j].text
        if (
            feats[j].n_words <= SECTION_MAX_WORDS
            and not feats[j].sentence_end
            and not lines[j].bullet
            and not find_dates(text)
            and not cues.BOILERPLATE.search(text)
            and not feats[j].repeats
        ):
            return text, j
    return None, None


def title_of(text: str, lines: list[Line]) -> str:
    """The title a headline line gives the record: its headline (title_text.headline_text)
    without the site's name after it (site_name.without_site_name). The headline model is
    fitted to pick a line whose title_of is the gold title."""
    return without_site_name(headline_text(text), lines)


def extract_metadata(
    page: Page,
    decisions: list[Decision],
    span: tuple[int, int],
    title_model: TitleModel | None = None,
    reference: datetime.date | None = None,
    bare_names: bool = True,
) -> Metadata:
    """Headline, authors, dates, dateline and section of a labelled page. Without
    `bare_names` only a byline names the authors (bylines.find_authors)."""
    lines, feats = page.lines, page.feats
    start, end = span
    title_at = find_title(page, decisions, span, title_model)
    top = (title_at if title_at is not None else start) - HEADER_REACH
    # Down to below the headline as well as the body's first line: a headline found under
    # the body's first line (which a stray menu item can be) has its byline under it.
    bottom = max(start, title_at if title_at is not None else start) + HEADER_REACH
    header = [i for i in range(max(0, top), min(len(lines), bottom)) if not lines[i].blank]
    date_lines = [i for i in header if decisions[i].label in (Label.DATE, Label.BYLINE)]
    authors, source = find_authors(page, decisions, header, date_lines, title_at, bare_names)
    anchor = title_at if title_at is not None else start
    published, updated = article_dates(page, decisions, anchor, end, reference)
    dateline = None
    # Body lines down to the headline are no article (stages._mark_title makes them a teaser
    # or furniture, and the headline the TITLE, after this stage): the dateline opens the
    # first paragraph below the headline.
    first = start if title_at is None else max(start, title_at + 1)
    first_body = next((i for i in range(first, end) if decisions[i].label is Label.BODY), None)
    if first_body is not None:
        m = cues.DATELINE.match(lines[first_body].text)
        if m:
            dateline = m.group("place").strip()
    section, section_at = _section(lines, feats, title_at, header)
    return Metadata(
        title=title_of(lines[title_at].text, lines) if title_at is not None else None,
        title_index=title_at,
        authors=authors,
        source=source,
        published=published,
        updated=updated,
        dateline=dateline,
        section=section,
        section_index=section_at,
    )
