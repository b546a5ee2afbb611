"""Stage 4a: title, authors, source, dates, dateline and section from the labelled lines."""

from __future__ import annotations

from dataclasses import dataclass

from newsx import cues
from newsx.bylines import find_authors
from newsx.dates import DateRole, find_dates
from newsx.features import Features
from newsx.headline import find_title
from newsx.labels import Decision
from newsx.lines import Line
from newsx.model import Label

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


def _nearest_date(labels: list[Decision], title_at: int | None, start: int) -> list[int]:
    """The date line nearest to the headline (or the body) anywhere on the page, if any."""
    anchor = title_at if title_at is not None else start
    found = [i for i, d in enumerate(labels) if d.label is Label.DATE]
    return [min(found, key=lambda i: abs(i - anchor))] if found else []


def _dates(lines: list[Line], idx: list[int]) -> tuple[str | None, str | None]:
    published = updated = None
    for i in idx:
        for hit in find_dates(lines[i].text):
            if hit.role is DateRole.UPDATED:
                updated = updated or hit.iso
            else:
                published = published or hit.iso
    return published, updated


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


def extract_metadata(
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    span: tuple[int, int],
    language: str | None,
) -> Metadata:
    start, end = span
    title_at = find_title(lines, feats, labels, span, language)
    top = (title_at if title_at is not None else start) - HEADER_REACH
    header = [
        i for i in range(max(0, top), min(len(lines), start + HEADER_REACH)) if not lines[i].blank
    ]
    date_lines = [i for i in header if labels[i].label in (Label.DATE, Label.BYLINE)]
    authors, source = find_authors(lines, feats, labels, header, date_lines, title_at)
    published, updated = _dates(lines, date_lines)
    if published is None and updated is None:
        published, updated = _dates(lines, _nearest_date(labels, title_at, start))
    dateline = None
    first_body = next((i for i in range(start, end) if labels[i].label is Label.BODY), None)
    if first_body is not None:
        m = cues.DATELINE.match(lines[first_body].text)
        if m:
            dateline = m.group("place").strip()
    section, section_at = _section(lines, feats, title_at, header)
    return Metadata(
        title=lines[title_at].text if title_at is not None else None,
        title_index=title_at,
        authors=authors,
        source=source,
        published=published,
        updated=updated,
        dateline=dateline,
        section=section,
        section_index=section_at,
    )
