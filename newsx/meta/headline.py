"""The headline: candidate lines near the top of the body, scored by a learned model.

Each candidate gets a handful of features (distance to the body, overlap of its words with
the body, shape); `meta/title_model.py` scores them with the weights of
`data/title_model.json`, which `scripts/train_title.py` fits on the development set (one
softmax over the candidates of each page).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsx.meta.title_model import TitleModel, default_title_model
from newsx.meta.title_text import bare_trail
from newsx.pipeline.features import Features
from newsx.pipeline.line_rules import Decision
from newsx.pipeline.page import Page
from newsx.records import Label
from newsx.text.language import LANGUAGES, stopwords
from newsx.text.lines import Line, nonblank_above, nonblank_from
from newsx.text.words import words
from newsx.vocab import cues

#: The title stands above the body, sometimes behind a table of contents, an author box and a
#: teaser: how many non-blank lines up to look.
WINDOW = 100
#: The body run's first lines may hold the headline when a teaser precedes it: how many.
INSIDE = 4
#: Headlines run from two words ("Brexit talks") to long questions; beyond this it's prose.
MAX_WORDS = 40
#: How much of the body's opening the word overlap is measured against.
BODY_CHARS = 3000
#: Only candidates this long count as quoted elsewhere: short strings turn up everywhere.
QUOTE_MIN_CHARS = 15
#: How many lines up a paragraph makes a candidate a subheading (a table of contents may sit
#: between the paragraph and the subheading).
PROSE_LOOKBACK = 10
#: A byline or date line within this many lines below a candidate vouches for it.
META_REACH = 4
#: A line below a candidate that names an author ("By Jane Doe", "May 3 by Jane Doe") is a
#: byline when this short; longer ones are sentences that happen to contain "by".
BYLINE_BELOW_WORDS = 25
#: A headline-shaped line above a candidate suggests the candidate is its standfirst.
TITLE_LIKE_WORDS = 25
#: Blank lines around a candidate count up to this many. A renderer sets a heading apart
#: with more of them than it puts between paragraphs (inscriptis, lynx and w3m do; html2text
#: puts one everywhere), and beyond a few a gap says no more.
GAP_CAP = 4

FEATURES: tuple[str, ...] = (
    "distance",
    "first_above",
    "inside",
    "overlap",
    "mid_length",
    "very_short",
    "log_words",
    "ends_period",
    "ends_colon",
    "ends_question",
    "quoted",
    "repeated",
    "separators",
    "interface_words",
    "lower_start",
    "after_prose",
    "meta_below",
    "cap_share",
    "bullet",
    "stop_share",
    "next_is_prose",
    "has_digit",
    "overlap_all",
    "after_menu",
    "inside_related",
    "inside_prose",
    "listed_elsewhere",
    "best_overlap",
    "byline_below",
    "next_log_words",
    "next_cap_share",
    "prev_log_words",
    "prev_cap_share",
    "prev_title_like",
    "gap_above",
    "gap_below",
)


@dataclass(frozen=True)
class Candidate:
    index: int
    vector: tuple[float, ...]


def _stop(language: str | None) -> frozenset[str]:
    # Only the nine hand-written lists the headline model was fitted with: the crawl
    # languages' lists are longer and hold content words (measured: a Hungarian title lost).
    return stopwords(language) if language in LANGUAGES else frozenset()


def _content_words(tokens: Iterable[str], stop: frozenset[str]) -> set[str]:
    return {w for w in tokens if w not in stop and not w.isdigit()}


def _body_words(page: Page, body: list[int], stop: frozenset[str]) -> tuple[set[str], set[str]]:
    """The content words of the body's opening (its first BODY_CHARS characters, its lines
    joined by spaces) and of the whole body, from the words the page has already read."""
    opening: list[str] = []
    every: list[str] = []
    room = BODY_CHARS
    for i in body:
        toks = page.line_words[i]
        every += toks
        if room <= 0:
            continue
        text = page.lines[i].text
        opening += toks if len(text) <= room else words(text[:room])
        room -= len(text) + 1  # the space that joins it to the next line
    return _content_words(opening, stop), _content_words(every, stop)


@dataclass(frozen=True)
class _Page:
    """What every candidate's features are measured against."""

    body_words: set[str]
    """Content words of the opening of the body."""
    all_words: set[str]
    """Content words of the whole body."""
    text: str
    """The page, lower-cased, for "quoted elsewhere"."""
    listed: frozenset[str]
    """Lower-cased texts of the page's list items: a table of contents lists subheadings."""
    filled: list[int]
    """The indices of the page's non-blank lines, in order (Page.filled)."""
    bylines: dict[int, bool] = field(default_factory=dict)
    """Whether line j names an author (_names_author), for the lines asked about so far:
    the candidates' lines below overlap."""


def _names_author(j: int, lines: list[Line], feats: list[Features], page: _Page) -> bool:
    """A line that names an author ("By Jane Doe", "May 3 by Jane Doe"), short enough to be a
    byline rather than a sentence with "by" in it."""
    known = page.bylines.get(j)
    if known is None:
        text = lines[j].text
        known = feats[j].n_words <= BYLINE_BELOW_WORDS and bool(
            cues.BYLINE.match(text) or cues.BYLINE_INLINE.search(text)
        )
        page.bylines[j] = known
    return known


def _title_like(line: Line, f: Features) -> bool:
    """The shape of a headline: short, not a list item, not ending a sentence."""
    return 1 < f.n_words <= TITLE_LIKE_WORDS and not line.bullet and not f.sentence_end


def _vector(
    i: int,
    distance: int,
    lines: list[Line],
    feats: list[Features],
    decisions: list[Decision],
    page: _Page,
    own: set[str],
) -> dict[str, float]:
    """The features of candidate line `i`, whose content words are `own`."""
    f, text = feats[i], lines[i].text
    body_words, all_words = page.body_words, page.all_words
    filled = page.filled
    at = bisect_left(filled, i)  # line i is not blank: filled[at] == i
    prev = filled[bisect_right(filled, i - 4 * PROSE_LOOKBACK) : at][::-1]
    nxt = filled[at + 1 : bisect_left(filled, i + 4 * META_REACH, at + 1)]
    below = nxt[:META_REACH]
    n_f = feats[nxt[0]] if nxt else None
    p_f = feats[prev[0]] if prev else None
    # Blank lines between the candidate and the non-blank lines either side (or the page's
    # edge).
    gap_above = i - (filled[at - 1] if at > 0 else -1) - 1
    gap_below = (filled[at + 1] if at + 1 < len(filled) else len(lines)) - i - 1
    values = {
        "distance": distance / 10,
        "first_above": float(distance == 1),
        "inside": float(distance == 0),
        "overlap": len(own & body_words) / len(own) if own else 0.0,
        "mid_length": float(4 <= f.n_words <= 25),
        "very_short": float(f.n_words <= 2),
        "log_words": math.log1p(f.n_words),
        "ends_period": float(text.endswith(".") and not text.endswith("...")),
        "ends_colon": float(text.endswith(":")),
        "ends_question": float(text.endswith(("?", "!"))),
        "quoted": float(len(text) >= QUOTE_MIN_CHARS and page.text.count(text.lower()) > 1),
        "repeated": float(f.repeats > 0),
        "separators": float(f.separators > 0),
        "interface_words": float(bool(cues.BOILERPLATE_LOWER.search(text.lower()))),
        "lower_start": float(text[:1].islower()),
        "after_prose": float(any(decisions[j].weight > 0 for j in prev[:PROSE_LOOKBACK])),
        "meta_below": float(any(decisions[j].label in (Label.BYLINE, Label.DATE) for j in below)),
        "cap_share": f.cap_share,
        "bullet": float(lines[i].bullet is not None),
        "stop_share": f.stop_share,
        "next_is_prose": float(bool(nxt) and decisions[nxt[0]].weight > 0),
        "has_digit": float(any(map(str.isdigit, text))),
        "overlap_all": len(own & all_words) / len(own) if own else 0.0,
        "after_menu": float(
            bool(prev) and (lines[prev[0]].bullet is not None or feats[prev[0]].separators > 0)
        ),
        "inside_related": float(any(decisions[j].label is Label.RELATED for j in prev[:3])),
        "inside_prose": float(distance == 0 and decisions[i].weight > 0),
        "listed_elsewhere": float(lines[i].bullet is None and text.lower() in page.listed),
        "best_overlap": 0.0,  # set by candidates(), which sees them all
        "byline_below": float(any(_names_author(j, lines, feats, page) for j in below)),
        "next_log_words": math.log1p(n_f.n_words) if n_f else 0.0,
        "next_cap_share": n_f.cap_share if n_f else 0.0,
        "prev_log_words": math.log1p(p_f.n_words) if p_f else 0.0,
        "prev_cap_share": p_f.cap_share if p_f else 0.0,
        "prev_title_like": float(p_f is not None and _title_like(lines[prev[0]], p_f)),
        "gap_above": min(gap_above, GAP_CAP) / GAP_CAP,
        "gap_below": min(gap_below, GAP_CAP) / GAP_CAP,
    }
    return values


def first_paragraph(decisions: list[Decision], span: tuple[int, int]) -> int:
    """Where the headline is sought from: the body's first line of prose, else its first line.

    The decoded body may open with short lines that are no article (a menu item the scorer
    took for body, with a gap after it, or the headline itself); counted from there, a
    headline further down falls outside the INSIDE lines, and the lines above it are the
    wrong ones. Lines between the body's first line and its first paragraph are candidates
    above it."""
    start, end = span
    return next(
        (
            i
            for i in range(start, end)
            if decisions[i].label is Label.BODY and decisions[i].weight > 0
        ),
        start,
    )


def candidates(
    page: Page,
    decisions: list[Decision],
    span: tuple[int, int],
) -> list[Candidate]:
    """Lines that could be the headline: short lines above the body's first paragraph and
    at its top (first_paragraph)."""
    lines, feats = page.lines, page.feats
    stop = _stop(page.stopwords_of)
    start, end = span
    body = [
        i for i in range(start, end) if decisions[i].label is Label.BODY and decisions[i].weight > 0
    ]
    body_words, all_words = _body_words(page, body, stop)
    measure = _Page(
        body_words=body_words,
        all_words=all_words,
        text="\n".join(line.text for line in lines).lower(),
        listed=frozenset(line.text.lower() for line in lines if line.bullet),
        filled=page.filled,
    )
    anchor = first_paragraph(decisions, span)
    inside = nonblank_from(lines, anchor, INSIDE, end)
    above = nonblank_above(lines, anchor, WINDOW)
    found: list[tuple[int, dict[str, float]]] = []
    for distance, i in [(0, i) for i in inside] + list(enumerate(above, 1)):
        f, d = feats[i], decisions[i]
        if d.label in (Label.BYLINE, Label.DATE, Label.RELATED):
            continue
        if not 1 <= f.n_words <= MAX_WORDS * (2 if f.cjk else 1):
            continue
        if distance == 0 and lines[i].text.endswith("."):
            continue  # a paragraph of the article, not a headline above it
        if bare_trail(lines[i].text):
            continue
        own = _content_words(page.line_words[i], stop)
        found.append((i, _vector(i, distance, lines, feats, decisions, measure, own)))
    top = max((v["overlap"] for _, v in found), default=0.0)
    out = []
    for i, values in found:
        values["best_overlap"] = float(top > 0 and values["overlap"] == top)
        out.append(Candidate(i, tuple(values[name] for name in FEATURES)))
    return out


def find_title(
    page: Page,
    decisions: list[Decision],
    span: tuple[int, int],
    model: TitleModel | None = None,
) -> int | None:
    """Index of the best-scored headline candidate, or None when there is none.

    `model` replaces the shipped one: the evaluation's folds."""
    found = candidates(page, decisions, span)
    best = (model or default_title_model(FEATURES)).best([c.vector for c in found])
    return None if best is None else found[best].index
