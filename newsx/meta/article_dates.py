"""Stage 5, metadata (continued): which of the page's dates are the article's, published and
updated.

The article's date stands near its headline: below it, where bylines and date lines stand,
or just above it. Each date there is scored by its distance and its line; without one, the
page's "Published" label, then the date line nearest the headline, then a relative date
("3 hours ago") counted back from a reference day.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from newsx.meta.dates import DateHit, DateRole, find_dates, names_published
from newsx.meta.day_order import slashes_day_first
from newsx.pipeline.features import Features
from newsx.pipeline.line_rules import Decision
from newsx.pipeline.page import Page
from newsx.records import Label
from newsx.text.lines import Line, nonblank_above, nonblank_from

#: The article's date stands this close to the headline, in non-blank lines: above it (a
#: kicker such as "News | 3 May 2021") or below it, where bylines and date lines stand,
#: with a standfirst, an image caption or a share bar in between.
DATE_REACH_ABOVE = 4
DATE_REACH_BELOW = 10
#: Lines longer than this are prose: a date in them is one the article talks about.
DATE_LINE_MAX_WORDS = 25
#: Dates are looked for in the first this many characters of a line: header lines are
#: shorter, even where a text browser joined the standfirst, byline and date into one, and
#: a paragraph's dateline opens it. Bounds the work on a huge line.
DATE_SCAN_CHARS = 1000
#: Each non-blank line between the headline and a date above it costs this many times a
#: line below it: the article's own date follows its headline far more often.
ABOVE_COST = 2.0
#: Each word on a date's line that is not the date (names, "min read", categories) costs
#: this much: a line that is nothing but the date is the surest.
EXTRA_WORD_COST = 0.1
#: A line the labeller took for a date or a byline is worth this many lines of distance.
DATE_LABEL_BONUS = 2.0
#: "Published"/"Posted" before a date is worth this many lines of distance.
PUBLISHED_BONUS = 3.0
#: Of two unlabelled dates on one line the earlier is the publication, the later an update
#: ("May 21, 2025April 24, 2025 by Jane"): each later one costs this much more.
LATER_HIT_COST = 1.0
#: A date within this many words of the start of a long line is the dateline of the first
#: paragraph ("Berlin, 29. November 2022. Weihnachten ist..."), not one the text mentions.
DATELINE_WORDS = 3
#: Footers under the article ("Posted on 15/12/2025 by Jane") stand this close below the
#: body's last line, in non-blank lines; only dates labelled "Published"/"Posted" count.
AFTER_BODY_REACH = 3
#: The cost of such a footer date: a headline-side date this far off is still preferred.
AFTER_BODY_COST = 6.0
#: Without a date near the headline, a date line this many lines from it is taken before a
#: date the prose near it mentions: the headline found may be a caption or a teaser.
NEAREST_DATE_REACH = 40


def _nearest_date(
    lines: list[Line], decisions: list[Decision], anchor: int, reach: int, day_first: bool
) -> tuple[str | None, str | None]:
    """Published and updated from the date or byline line nearest the headline, at most
    `reach` lines away, that gives a day ("Februar 2022" is an archive link, not the
    article's date); the nearest month-only one if none does."""
    found = [
        i
        for i, d in enumerate(decisions)
        if d.label in (Label.DATE, Label.BYLINE) and abs(i - anchor) <= reach
    ]
    month: tuple[str | None, str | None] = (None, None)
    for i in sorted(found, key=lambda i: abs(i - anchor)):
        published, updated = _dates(lines, [i], day_first)
        if _has_day(published) or _has_day(updated):
            return published, updated
        month = month if any(month) else (published, updated)
    return month


def _dates(
    lines: list[Line], idx: list[int], day_first: bool = False
) -> tuple[str | None, str | None]:
    published = updated = None
    for i in idx:
        for hit in find_dates(lines[i].text[:DATE_SCAN_CHARS], day_first=day_first):
            if hit.role is DateRole.UPDATED:
                updated = updated or hit.iso
            else:
                published = published or hit.iso
    return published, updated


@dataclass(frozen=True)
class _Pick:
    """A date near the headline and how sure it is: weak ones are month-only or in prose."""

    weak: bool
    cost: float
    iso: str


def _header_dates(
    lines: list[Line],
    feats: list[Features],
    decisions: list[Decision],
    anchor: int,
    body_end: int,
    day_first: bool,
) -> tuple[_Pick | None, _Pick | None]:
    """The published and updated dates nearest the headline, each the best-scored hit.

    A hit's cost is its distance from the headline in non-blank lines (more above it than
    below), plus the words on its line that are not dates, less a bonus for a "Published"
    label and for a line the labeller called a date or byline. Dates without a day, and
    dates inside prose, are weak: they win only when no other date is near.
    """
    above = nonblank_above(lines, anchor, DATE_REACH_ABOVE)
    below = nonblank_from(lines, anchor, DATE_REACH_BELOW + 1)
    footer = nonblank_from(lines, body_end, AFTER_BODY_REACH)
    dist = {i: AFTER_BODY_COST for i in footer}
    dist.update({i: k * ABOVE_COST for k, i in enumerate(above, 1)})
    dist.update({i: float(k) for k, i in enumerate(below)})
    near = set(above) | set(below)
    best: dict[bool, _Pick] = {}
    for i, d in dist.items():
        f, text = feats[i], lines[i].text[:DATE_SCAN_CHARS]
        hits = find_dates(text, day_first=day_first)
        if not hits:
            continue
        footer_only = i not in near
        long_line = f.n_words > DATE_LINE_MAX_WORDS
        extra = max(0, f.n_words - sum(_words(text, h) for h in hits))
        cost = d + (0.0 if long_line else EXTRA_WORD_COST * extra)
        if decisions[i].label in (Label.DATE, Label.BYLINE):
            cost -= DATE_LABEL_BONUS
        order = sorted(h.iso for h in hits if h.role is not DateRole.UPDATED)
        for hit in hits:
            if footer_only and hit.role is not DateRole.PUBLISHED:
                continue
            before = len(text[: hit.start].split())
            weak = (long_line and before > DATELINE_WORDS) or not _has_day(hit.iso)
            c = cost + (EXTRA_WORD_COST * before if long_line else 0.0)
            if hit.role is DateRole.PUBLISHED:
                c -= PUBLISHED_BONUS
            elif hit.role is DateRole.UNKNOWN:
                c += order.index(hit.iso) * LATER_HIT_COST
            pick = _Pick(weak, c, hit.iso)
            upd = hit.role is DateRole.UPDATED
            if upd not in best or (pick.weak, pick.cost) < (best[upd].weak, best[upd].cost):
                best[upd] = pick
    return best.get(False), best.get(True)


def _labelled_published(lines: list[Line], feats: list[Features], day_first: bool) -> str | None:
    """The day every "Published"/"Veröffentlicht am" label on the page names, if just one.

    Taken when no date stands near the headline, which then was probably misplaced; a
    list of other articles each with its own "Published" date names several days.
    """
    days: set[str] = set()
    first = None
    for line, f in zip(lines, feats):
        text = line.text[:DATE_SCAN_CHARS]
        if line.blank or f.n_words > DATE_LINE_MAX_WORDS or not names_published(text):
            continue
        for hit in find_dates(text, day_first=day_first):
            if hit.role is DateRole.PUBLISHED and _has_day(hit.iso):
                days.add(hit.iso[:10])
                first = first or hit.iso
    return first if len(days) == 1 else None


def _choose_dates(
    lines: list[Line],
    feats: list[Features],
    decisions: list[Decision],
    anchor: int,
    body_end: int,
    language: str | None,
) -> tuple[str | None, str | None]:
    """Published and updated: near the headline, else as labelled anywhere on the page, else
    a weak date near the headline, else from the date line nearest the headline."""
    day_first = slashes_day_first([line.text for line in lines], language)
    pub, upd = _header_dates(lines, feats, decisions, anchor, body_end, day_first)
    strong_pub = pub if pub and not pub.weak else None
    strong_upd = upd if upd and not upd.weak else None
    if strong_pub or strong_upd:
        return (strong_pub.iso if strong_pub else None), (strong_upd.iso if strong_upd else None)
    labelled = _labelled_published(lines, feats, day_first)
    if labelled:
        return labelled, None
    day_pub = pub if pub and _has_day(pub.iso) else None
    day_upd = upd if upd and _has_day(upd.iso) else None
    published, updated = _nearest_date(lines, decisions, anchor, NEAREST_DATE_REACH, day_first)
    if _has_day(published) or _has_day(updated):
        return published, updated
    if day_pub or day_upd:
        return (day_pub.iso if day_pub else None), (day_upd.iso if day_upd else None)
    published, updated = _nearest_date(lines, decisions, anchor, len(lines), day_first)
    if published or updated:
        return published, updated
    return (pub.iso if pub else None), (upd.iso if upd else None)


def _relative_date(lines: list[Line], anchor: int, reference: datetime.date) -> str | None:
    """The day a relative date near the headline ("3 hours ago") names, counted back from
    the reference day: taken when the page states no date of its own. The nearest line
    below the headline first, then above it, as _header_dates reaches."""
    above = nonblank_above(lines, anchor, DATE_REACH_ABOVE)
    below = nonblank_from(lines, anchor, DATE_REACH_BELOW + 1)
    for i in below + above:
        hits = find_dates(lines[i].text[:DATE_SCAN_CHARS], reference)
        if hits:
            return hits[0].iso
    return None


def _has_day(iso: str | None) -> bool:
    return iso is not None and len(iso) >= len("YYYY-MM-DD")


def _words(text: str, hit: DateHit) -> int:
    return len(text[hit.start : hit.end].split())


def article_dates(
    page: Page,
    decisions: list[Decision],
    anchor: int,
    body_end: int,
    reference: datetime.date | None = None,
) -> tuple[str | None, str | None]:
    """Published and updated (ISO 8601) of a labelled page whose headline, or else body,
    starts at line `anchor` and whose body ends before line `body_end`. With a `reference`
    day, a relative date near the headline is read when the page states none."""
    lines = page.lines
    # The date order reads words as the line features do.
    published, updated = _choose_dates(
        lines, page.feats, decisions, anchor, body_end, page.stopwords_of
    )
    if published is None and updated is None and reference is not None:
        published = _relative_date(lines, anchor, reference)
    return published, updated
