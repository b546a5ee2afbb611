"""The line classifier's inputs: a feature vector per non-blank line.

Each non-blank line is described by its own shape (length, stopwords, punctuation, list
marker, digits), by what the rules said about it (prose weight, inside the heaviest run,
structural cues) and by the same facts of its neighbours. The logistic classifier
(pipeline/classifier.py) reads the vectors as they are; the line network
(pipeline/rich_features.py) reads them beside its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, cast

import numpy as np

from newsx.pipeline.features import Features
from newsx.text.char_counts import count_classes
from newsx.text.lines import Line

#: Distances (in non-blank lines) to the heaviest run are measured in units of this many
#: lines and capped, so one far-away footer does not dominate the sum.
DISTANCE_UNIT = 20.0
DISTANCE_CAP = 3.0
#: How many non-blank lines either side the window shares look at.
WINDOW = 3
#: Prose weights are scaled into roughly -1..1 by this (a long paragraph weighs ~80).
WEIGHT_SCALE = 40.0


class CueFlags(NamedTuple):
    """Which structural cue matched a line; the classifier reads them in this order."""

    byline: bool
    date: bool
    related: bool
    interface: bool
    """Interface words (share, print, cookies...) on a short line."""
    comments: bool
    """A comment section heading."""
    credit: bool
    """A photo credit on a caption-like line (labelling.caption_like): "(Photo: AFP)", or
    "[Agencies]" under an image; not a note closing a paragraph ("[12]", "[Reuters]")."""


@dataclass(frozen=True)
class LineFacts:
    """What the rules already know about one line, as the classifier's inputs."""

    prose: bool
    weight: float
    """The rule-based content weight (positive for prose, negative for furniture)."""
    in_run: bool
    """Inside the heaviest run of lines (the rule-based body)."""
    cues: CueFlags


SELF_FEATURES: tuple[str, ...] = (
    "bias",
    "log_words",
    "log_chars",
    "stop_share",
    "sentence_end",
    "cap_share",
    "separators",
    "repeated",
    "bullet",
    "indented",
    "digit_share",
    "ends_colon",
    "short",
    "link_like",
    "prose",
    "weight",
    "in_run",
    "cue_byline",
    "cue_date",
    "cue_related",
    "cue_interface",
    "cue_comments",
    "cue_credit",
    "before_run",
    "after_run",
    "blank_before",
    "blank_after",
    "window_prose",
    "window_run",
    "first",
    "last",
)
NEIGHBOUR_FEATURES: tuple[str, ...] = (
    "log_words",
    "stop_share",
    "sentence_end",
    "prose",
    "in_run",
    "repeated",
    "bullet",
    "cue_related",
    "cue_interface",
    "cue_comments",
)
FEATURES: tuple[str, ...] = (
    SELF_FEATURES
    + tuple(f"prev_{n}" for n in NEIGHBOUR_FEATURES)
    + tuple(f"next_{n}" for n in NEIGHBOUR_FEATURES)
)


#: Characters of a line its digit share is read on.
DIGIT_CHARS = 200


def line_vectors(
    lines: Sequence[Line], feats: Sequence[Features], facts: Sequence[LineFacts | None]
) -> np.ndarray:
    """(n, len(FEATURES)): one vector per non-blank line, in page order.

    `facts` holds None for blank lines, which get no vector. The facts are read off each
    line once, then the vectors are built for the whole page with array operations.
    """
    idx = [i for i, line in enumerate(lines) if not line.blank]
    present = [facts[i] for i in idx]
    if None in present:
        raise ValueError("a non-blank line has no facts")
    known = cast(list[LineFacts], present)
    n = len(idx)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    shown = [lines[i] for i in idx]
    own = [feats[i] for i in idx]
    texts = [line.text for line in shown]
    log_words = [math.log1p(f.n_words) for f in own]
    n_words = np.array([f.n_words for f in own], float)
    stop_share = np.array([f.stop_share for f in own], float)
    sentence_end = np.array([f.sentence_end for f in own], float)
    prose = np.array([fi.prose for fi in known], float)
    in_run = np.array([fi.in_run for fi in known], float)
    repeated = np.array([f.repeats > 0 for f in own], float)
    bullet = np.array([line.bullet is not None for line in shown], float)
    cues = np.array([fi.cues for fi in known], float).reshape(n, len(CueFlags._fields))
    k = np.arange(n)
    runs = np.flatnonzero(in_run)
    run_first, run_last = (runs[0], runs[-1]) if len(runs) else (n, -1)
    lo, hi = np.maximum(0, k - WINDOW), np.minimum(n, k + WINDOW + 1)
    prose_prefix = np.concatenate(([0.0], np.cumsum(prose)))
    run_prefix = np.concatenate(([0.0], np.cumsum(in_run)))
    at = np.array(idx)
    blank = np.array([line.blank for line in lines] + [False])  # [-1]: none below the last
    digits = count_classes(texts, DIGIT_CHARS).digits
    weight = np.array([fi.weight for fi in known], float) / WEIGHT_SCALE
    self_columns = [
        np.ones(n),
        log_words,
        [math.log1p(f.n_chars) for f in own],
        stop_share,
        sentence_end,
        [f.cap_share for f in own],
        [min(f.separators, 3) for f in own],
        repeated,
        bullet,
        [line.indent > 0 for line in shown],
        digits / np.minimum([len(t) for t in texts], DIGIT_CHARS),
        [t.endswith(":") for t in texts],
        n_words <= 3,
        ["http" in t or "www." in t or "@" in t for t in texts],
        prose,
        np.clip(weight, -1.5, 1.5),
        in_run,
        cues,
        np.minimum(DISTANCE_CAP, np.maximum(0, run_first - k) / DISTANCE_UNIT),
        np.minimum(DISTANCE_CAP, np.maximum(0, k - run_last) / DISTANCE_UNIT),
        (at > 0) & blank[at - 1],
        blank[at + 1],
        (prose_prefix[hi] - prose_prefix[lo]) / (hi - lo),
        (run_prefix[hi] - run_prefix[lo]) / (hi - lo),
        k == 0,  # no neighbour above: the zero prev_* features mean nothing
        k == n - 1,
    ]
    neighbour = np.column_stack(
        [
            log_words,
            stop_share,
            sentence_end,
            prose,
            in_run,
            repeated,
            bullet,
            cues[:, [CueFlags._fields.index(c) for c in ("related", "interface", "comments")]],
        ]
    )
    above = np.vstack([np.zeros((1, neighbour.shape[1])), neighbour[:-1]])
    below = np.vstack([neighbour[1:], np.zeros((1, neighbour.shape[1]))])
    return np.column_stack([*self_columns, above, below])  # float64, as np.ones(n) is
