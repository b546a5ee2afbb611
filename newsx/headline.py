"""The headline: candidate lines near the top of the body, scored by a learned linear model.

Each candidate gets a handful of features (distance to the body, overlap of its words with
the body, shape); the weights come from `data/title_weights.json`, which
`scripts/train_title.py` fits on the development set (a conditional logit: one softmax over
the candidates of each page). Scoring needs nothing but this module.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsx import cues
from newsx.features import Features
from newsx.labels import Decision
from newsx.language import stopwords, words
from newsx.lines import Line
from newsx.model import Label

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
)


@dataclass(frozen=True)
class Candidate:
    index: int
    vector: tuple[float, ...]


def _content_words(text: str, language: str | None) -> set[str]:
    stop = stopwords(language) if language else frozenset()
    return {w for w in words(text) if w not in stop and not w.isdigit()}


def _vector(
    i: int,
    distance: int,
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    body_words: set[str],
    all_words: set[str],
    language: str | None,
    page: str,
) -> tuple[float, ...]:
    f, text = feats[i], lines[i].text
    own = _content_words(text, language)
    prev = [j for j in range(i - 1, max(-1, i - 4 * PROSE_LOOKBACK), -1) if not lines[j].blank]
    nxt = [j for j in range(i + 1, min(len(lines), i + 4 * META_REACH)) if not lines[j].blank]
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
        "quoted": float(len(text) >= QUOTE_MIN_CHARS and page.count(text.lower()) > 1),
        "repeated": float(f.repeats > 0),
        "separators": float(f.separators > 0),
        "interface_words": float(bool(cues.BOILERPLATE.search(text))),
        "lower_start": float(text[:1].islower()),
        "after_prose": float(any(labels[j].weight > 0 for j in prev[:PROSE_LOOKBACK])),
        "meta_below": float(
            any(labels[j].label in (Label.BYLINE, Label.DATE) for j in nxt[:META_REACH])
        ),
        "cap_share": f.cap_share,
        "bullet": float(lines[i].bullet is not None),
        "stop_share": f.stop_share,
        "next_is_prose": float(bool(nxt) and labels[nxt[0]].weight > 0),
        "has_digit": float(any(c.isdigit() for c in text)),
        "overlap_all": len(own & all_words) / len(own) if own else 0.0,
        "after_menu": float(
            bool(prev) and (lines[prev[0]].bullet is not None or feats[prev[0]].separators > 0)
        ),
        "inside_related": float(any(labels[j].label is Label.RELATED for j in prev[:3])),
        "inside_prose": float(distance == 0 and labels[i].weight > 0),
    }
    return tuple(values[name] for name in FEATURES)


def candidates(
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    span: tuple[int, int],
    language: str | None,
) -> list[Candidate]:
    """Lines that could be the headline: short lines above the body run and at its top."""
    start, end = span
    body_text = " ".join(
        lines[i].text
        for i in range(start, end)
        if labels[i].label is Label.BODY and labels[i].weight > 0
    )
    body_words = _content_words(body_text[:BODY_CHARS], language)
    all_words = _content_words(body_text, language)
    page = "\n".join(line.text for line in lines).lower()
    inside = [i for i in range(start, end) if not lines[i].blank][:INSIDE]
    above = [i for i in range(start - 1, -1, -1) if not lines[i].blank][:WINDOW]
    out = []
    for distance, i in [(0, i) for i in inside] + list(enumerate(above, 1)):
        f, d = feats[i], labels[i]
        if d.label in (Label.BYLINE, Label.DATE, Label.RELATED):
            continue
        if not 1 <= f.n_words <= MAX_WORDS * (2 if f.cjk else 1):
            continue
        if distance == 0 and lines[i].text.endswith("."):
            continue  # a paragraph of the article, not a headline above it
        vec = _vector(i, distance, lines, feats, labels, body_words, all_words, language, page)
        out.append(Candidate(i, vec))
    return out


@cache
def weights() -> tuple[float, ...]:
    """The trained weights, in FEATURES order."""
    raw = resources.files("newsx").joinpath("data/title_weights.json").read_text("utf-8")
    table = json.loads(raw)["weights"]
    return tuple(float(table.get(name, 0.0)) for name in FEATURES)


def find_title(
    lines: list[Line],
    feats: list[Features],
    labels: list[Decision],
    span: tuple[int, int],
    language: str | None,
) -> int | None:
    """Index of the best-scored headline candidate, or None when there is none."""
    w = weights()
    best: tuple[float, int] | None = None
    for c in candidates(lines, feats, labels, span, language):
        score = sum(a * b for a, b in zip(w, c.vector, strict=True))
        if best is None or score > best[0]:
            best = (score, c.index)
    return best[1] if best else None
