"""Stage 4a: title, authors, source, dates, dateline and section from the labelled lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsx import cues
from newsx.dates import DateRole, find_dates
from newsx.features import Features
from newsx.labels import Decision
from newsx.lines import Line
from newsx.model import Label

#: The title stands among the last lines before the body: how many non-blank lines to look at.
TITLE_WINDOW = 25
#: Headlines run from two words ("Brexit talks") to long questions; beyond this it's prose.
TITLE_MAX_WORDS = 40
#: How many lines around the title and the body start the byline and dates may stand.
HEADER_REACH = 12
#: A name has at most this many words ("Maria de la Cruz Lopez Garcia").
NAME_MAX_WORDS = 6
#: A section label is a word or two right above the title.
SECTION_MAX_WORDS = 4

_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bи\b|、)\s*")
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÞА-Я][\w'’.\-]*|(?:de|da|van|von|der|den|la|le|del|di|du|bin|al)|[A-Z]\.)$"
)
_TRAILING_JUNK = re.compile(r"\s*(?:[|•·–—,:]|\bon\b|\bam\b|\ble\b|\bil\b).*$", re.IGNORECASE)


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


def _title_score(
    i: int,
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    start: int,
    distance: int,
) -> float:
    f = feats[i]
    text = lines[i].text
    score = -0.3 * distance
    if 4 <= f.n_words <= 20:
        score += 1.0
    if text.endswith(".") and not text.endswith("..."):
        score -= 1.5
    if f.repeats:
        score += 1.5
    if f.separators:
        score -= 2.0
    if text.isupper() and f.n_words <= 3:
        score -= 1.0
    nxt = [j for j in range(i + 1, min(start + 2, len(lines))) if not lines[j].blank][:3]
    if any(labels[j].label in (Label.BYLINE, Label.DATE) for j in nxt):
        score += 2.0
    return score


def find_title(
    lines: list[Line], feats: list[Features], labels: list[Decision], start: int
) -> int | None:
    """Index of the headline: a short line close above the body, best scored."""
    best: tuple[float, int] | None = None
    distance = 0
    for i in range(start - 1, -1, -1):
        line, f = lines[i], feats[i]
        if line.blank:
            continue
        if distance >= TITLE_WINDOW:
            break
        lab = labels[i].label
        distance += lab not in (Label.BYLINE, Label.DATE)
        if lab in (Label.BYLINE, Label.DATE, Label.RELATED) or line.bullet:
            continue
        limit = TITLE_MAX_WORDS * (2 if f.cjk else 1)
        if not 2 <= f.n_words <= limit or cues.BOILERPLATE.search(line.text):
            continue
        s = _title_score(i, lines, feats, labels, start, distance)
        if best is None or s > best[0]:
            best = (s, i)
    return best[1] if best else None


def _names(who: str) -> tuple[list[str], str | None]:
    """Person names and a source from the text after "By"."""
    source = None
    m = cues.SOURCE_IN_BYLINE.search(who)
    if m:
        source = m.group("source").strip()
        who = who[: m.start()]
    for hit in reversed(find_dates(who)):
        who = who[: hit.start]
    who = _TRAILING_JUNK.sub("", who).strip()
    names = []
    for part in _NAME_SPLIT.split(who):
        part = part.strip(" .")
        ws = part.split()
        if not ws or len(ws) > NAME_MAX_WORDS or cues.NOT_A_NAME.search(part):
            continue
        if all(_NAME_WORD.match(w) for w in ws) or (len(ws) == 1 and part.isalpha()):
            names.append(part)
    return names, source


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
    lines: list[Line], feats: list[Features], labels: list[Decision], span: tuple[int, int]
) -> Metadata:
    start, end = span
    title_at = find_title(lines, feats, labels, start)
    top = (title_at if title_at is not None else start) - HEADER_REACH
    header = [
        i for i in range(max(0, top), min(len(lines), start + HEADER_REACH)) if not lines[i].blank
    ]
    authors: list[str] = []
    source = None
    for i in header:
        if labels[i].label is Label.BYLINE:
            m = cues.BYLINE.match(lines[i].text)
            if m:
                names, src = _names(m.group("who") or m.group("who2") or "")
                authors += [n for n in names if n not in authors]
                source = source or src
    date_lines = [i for i in header if labels[i].label in (Label.DATE, Label.BYLINE)]
    published, updated = _dates(lines, date_lines)
    dateline = None
    first_body = next((i for i in range(start, end) if labels[i].label is Label.BODY), None)
    if first_body is not None:
        m = cues.DATELINE.match(lines[first_body].text)
        if m:
            dateline = m.group("place").strip()
    return Metadata(
        title=lines[title_at].text if title_at is not None else None,
        title_index=title_at,
        authors=tuple(authors),
        source=source,
        published=published,
        updated=updated,
        dateline=dateline,
        section=_section(lines, feats, title_at, header),
    )
