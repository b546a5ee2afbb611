"""The learned line classifier: a feature vector per line, and class probabilities from it.

Each non-blank line is described by its own shape (length, stopwords, punctuation, list
marker, digits), by what the rules said about it (prose weight, inside the heaviest run,
structural cues) and by the same facts of its neighbours. A multinomial logistic regression
turns the vector into P(other), P(body), P(comment). The weights are data,
`data/line_model.json`, fitted by `scripts/train_lines.py` on the development set; predicting
needs only this module.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import cache, cached_property
from importlib import resources
from typing import Any, NamedTuple, cast

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
#: Floor of a probability before its log: e^-690, far below any score that matters.
_TINY = 1e-300


class LineClass(IntEnum):
    """What the classifier tells apart. The decoder reads OTHER and COMMENT together as
    "outside the body"; training on comment lines as a class of their own keeps the boundary
    between the article and the comments under it sharp."""

    OTHER = 0
    BODY = 1
    COMMENT = 2


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


@dataclass(frozen=True)
class LineModel:
    """The classifier's weights and the decoder's log transitions."""

    weights: tuple[tuple[float, ...], ...]
    """One row per LineClass, in FEATURES order, applied to the raw vector (the training
    script's standardisation is folded in)."""
    offsets: tuple[float, ...]
    log_prior: tuple[float, ...]
    """log P(class) in the training lines: posteriors are divided by it before decoding."""
    transitions: tuple[tuple[float, ...], ...]
    """log P(next state | state) for the decoder's states (newsx.pipeline.viterbi.State)."""
    emission_scale: float
    """How much the decoder trusts a line's scores against the transitions. The classifier
    already sees the neighbours, so its scores are not independent evidence per line; the
    training script picks the scale that decodes its lines best."""
    features: tuple[str, ...] = FEATURES
    """What each vector holds: FEATURES, then what the page's source says of the line
    (Page.markup_features) for a model of HTML pages."""
    body_bias: float = 0.0
    """Added to every line's body score (log odds, before scaling). The training script
    picks it on both sets' labelled lines: the emission scale is chosen on fully labelled
    pages, whose bodies are long, and snippet pages need a body that is less shy of short
    articles."""

    @classmethod
    def from_dict(cls, table: dict[str, Any]) -> LineModel:
        """Read the table scripts/train_lines.py writes."""
        features = tuple(table["features"])
        if features[: len(FEATURES)] != FEATURES:
            raise ValueError("the line model was trained on other features; retrain it")
        mean, scale = table["mean"], table["scale"]
        # w·((x - m) / s) = (w / s)·x - w·m / s
        weights = tuple(tuple(w / s for w, s in zip(row, scale)) for row in table["weights"])
        offsets = tuple(
            -sum(w * m / s for w, m, s in zip(row, mean, scale)) for row in table["weights"]
        )
        return cls(
            weights=weights,
            offsets=offsets,
            log_prior=tuple(table["log_prior"]),
            transitions=tuple(tuple(row) for row in table["transitions"]),
            emission_scale=float(table["emission_scale"]),
            features=features,
            body_bias=float(table.get("body_bias", 0.0)),
        )

    @property
    def log_prior_outside(self) -> float:
        """log P(not body) in the training lines: other and comment lines together."""
        return math.log(
            math.exp(self.log_prior[LineClass.OTHER]) + math.exp(self.log_prior[LineClass.COMMENT])
        )

    def emissions(self, vectors: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
        """Per line, (outside, body): (log P(x | line) - log P(x)) x emission_scale, where x
        is "not body" (other or comment) or "body". These are what the decoder weighs a line
        by in each of its states."""
        out: list[tuple[float, float]] = []
        (w_body, b_body), (w_comment, b_comment) = self._against_other
        k = self.emission_scale
        prior_body = self.log_prior[LineClass.BODY] - self.body_bias
        prior_out = self.log_prior_outside
        mul = float.__mul__
        for x in vectors:
            # Scores relative to OTHER's (z_other = 0): the softmax is the same, and each
            # line costs two dot products instead of three.
            z_body = sum(map(mul, w_body, x)) + b_body
            z_comment = sum(map(mul, w_comment, x)) + b_comment
            top = max(0.0, z_body, z_comment)
            e_out = math.exp(-top) + math.exp(z_comment - top)
            log_norm = top + math.log(e_out + math.exp(z_body - top))
            outside = top + math.log(max(e_out, _TINY)) - log_norm
            out.append((k * (outside - prior_out), k * (z_body - log_norm - prior_body)))
        return out

    @cached_property
    def _against_other(self) -> tuple[tuple[tuple[float, ...], float], ...]:
        """(weights, offset) of BODY and of COMMENT minus those of OTHER."""
        w0, b0 = self.weights[LineClass.OTHER], self.offsets[LineClass.OTHER]
        return tuple(
            (tuple(w - v for w, v in zip(self.weights[c], w0)), self.offsets[c] - b0)
            for c in (LineClass.BODY, LineClass.COMMENT)
        )


#: The shipped model of each kind of page (pipeline.page.Page.kind).
_SHIPPED = {"text": "line_model.json", "html": "html_line_model.json"}


@cache
def default_model(kind: str = "text") -> LineModel:
    """The model shipped in the package for a kind of page: text dumps, or HTML pages (whose
    model also reads what the markup says of each line)."""
    return _shipped(_SHIPPED[kind])


def _shipped(name: str) -> LineModel:
    raw = resources.files("newsx").joinpath(f"data/{name}").read_text("utf-8")
    return LineModel.from_dict(json.loads(raw))
