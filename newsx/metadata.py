"""Stage 4a: title, authors, source, dates, dateline and section from the labelled lines."""

from __future__ import annotations

from dataclasses import dataclass

from newsx import cues
from newsx.bylines import find_authors
from newsx.dates import DateRole, find_dates
from newsx.features import Features
from newsx.labels import Decision
from newsx.language import stopwords, words
from newsx.lines import Line
from newsx.model import Label

#: The title stands above the body, sometimes behind a table of contents, author box and
#: teaser: how many non-blank lines up to look.
TITLE_WINDOW = 100
#: A short line right after a paragraph is a subheading: headlines open the article.
TITLE_AFTER_PROSE_COST = 1.5
#: The body run's first lines may hold the headline when a teaser precedes it: how many.
TITLE_INSIDE = 4
#: ...but a short line inside the run is more often a subheading: a small handicap.
TITLE_INSIDE_COST = 2.0
#: Each line between a candidate and the body makes it a little less likely the headline.
TITLE_DISTANCE_COST = 0.04
#: A headline names what the article is about: the share of its content words that recur in
#: the body's opening is the strongest single sign of it (weight against the +-1 shape cues).
TITLE_OVERLAP_WEIGHT = 3.0
#: How much of the body's opening the overlap is measured against.
TITLE_BODY_CHARS = 3000
#: A byline or date line within this many lines below a candidate vouches for it.
TITLE_META_REACH = 4
#: Headlines run from two words ("Brexit talks") to long questions; beyond this it's prose.
TITLE_MAX_WORDS = 40
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


def _content_words(text: str, language: str | None) -> set[str]:
    stop = stopwords(language) if language else frozenset()
    return {w for w in words(text) if w not in stop and not w.isdigit()}


def _title_score(i: int, lines: list[Line], feats: list[Features], labels: list[Decision],
                 distance: int, body_words: set[str], language: str | None) -> float:
    f = feats[i]
    text = lines[i].text
    score = -TITLE_DISTANCE_COST * distance
    own = _content_words(text, language)
    if own:
        score += TITLE_OVERLAP_WEIGHT * len(own & body_words) / len(own)
    if 4 <= f.n_words <= 25:
        score += 1.0
    elif f.n_words <= 2:
        score -= 1.0
    if text.endswith((".", ":")) and not text.endswith("..."):
        score -= 1.5
    if f.repeats:
        score += 0.5
    if f.separators:
        score -= 2.0
    if cues.BOILERPLATE.search(text):
        score -= 2.0
    if text[:1].islower():
        score -= 1.0
    prev = [j for j in range(i - 1, max(-1, i - 8), -1) if not lines[j].blank][:3]
    if any(labels[j].weight > 0 for j in prev):
        score -= TITLE_AFTER_PROSE_COST
    nxt = [j for j in range(i + 1, len(lines)) if not lines[j].blank][:TITLE_META_REACH]
    if any(labels[j].label in (Label.BYLINE, Label.DATE) for j in nxt):
        score += 1.5
    return score


def find_title(lines: list[Line], feats: list[Features], labels: list[Decision],
               span: tuple[int, int], language: str | None) -> int | None:
    """Index of the headline: a short line near the body's top that names what it is about.

    Candidates are the lines above the body run and its first few short lines (a run may
    start with a teaser or a tagline above the headline).
    """
    start, end = span
    body_text = " ".join(lines[i].text for i in range(start, end)
                         if labels[i].label is Label.BODY and labels[i].weight > 0)
    body_words = _content_words(body_text[:TITLE_BODY_CHARS], language)
    inside = [i for i in range(start, end) if not lines[i].blank][:TITLE_INSIDE]
    above = [i for i in range(start - 1, -1, -1) if not lines[i].blank][:TITLE_WINDOW]
    best: tuple[float, int] | None = None
    for distance, i in [(0, i) for i in inside] + list(enumerate(above, 1)):
        line, f, d = lines[i], feats[i], labels[i]
        if d.label in (Label.BYLINE, Label.DATE, Label.RELATED) or line.bullet:
            continue
        if distance == 0 and d.weight > 0:
            continue
        if not 1 <= f.n_words <= TITLE_MAX_WORDS * (2 if f.cjk else 1):
            continue
        s = _title_score(i, lines, feats, labels, distance, body_words, language)
        s -= TITLE_INSIDE_COST if distance == 0 else 0.0
        if best is None or s > best[0]:
            best = (s, i)
    return best[1] if best else None


def _nearest_dates(labels: list[Decision], title_at: int | None, start: int) -> list[int]:
    """Date lines anywhere on the page, nearest to the headline (or the body) first."""
    anchor = title_at if title_at is not None else start
    found = [i for i, d in enumerate(labels) if d.label is Label.DATE]
    return sorted(found, key=lambda i: abs(i - anchor))[:1]


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
) -> str | None:
    for i in header:
        if cues.BREADCRUMB.match(lines[i].text):
            parts = [p for p in cues.BREADCRUMB_SPLIT.split(lines[i].text) if p][1:]
            title = lines[title_at].text if title_at is not None else None
            parts = [p for p in parts if p != title]
            if parts:
                return parts[-1]
    if title_at is None:
        return None
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
            return text
    return None


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
    anchors = date_lines
    authors, source = find_authors(lines, feats, labels, header, anchors)
    published, updated = _dates(lines, date_lines)
    if published is None and updated is None:
        published, updated = _dates(lines, _nearest_dates(labels, title_at, start))
    dateline = None
    first_body = next((i for i in range(start, end) if labels[i].label is Label.BODY), None)
    if first_body is not None:
        m = cues.DATELINE.match(lines[first_body].text)
        if m:
            dateline = m.group("place").strip()
    return Metadata(
        title=lines[title_at].text if title_at is not None else None,
        title_index=title_at,
        authors=authors,
        source=source,
        published=published,
        updated=updated,
        dateline=dateline,
        section=_section(lines, feats, title_at, header),
    )
