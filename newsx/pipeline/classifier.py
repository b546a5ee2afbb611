"""The learned line classifier: a feature vector per line, and class probabilities from it.

Each non-blank line is described by its own shape (length, stopwords, punctuation, list
marker, digits), by what the rules said about it (prose weight, inside the heaviest run,
structural cues) and by the same facts of its neighbours. A multinomial logistic regression
turns the vector into P(other), P(body), P(comment). The weights are data,
`data/line_model.json`, fitted by `scripts/train_lines.py` on the development set; predicting
needs only this module.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import cache, cached_property
from importlib import resources
from typing import Any, NamedTuple, cast

from newsx.pipeline.features import Features
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


def _neighbour(f: Features, facts: LineFacts, line: Line) -> list[float]:
    return [
        math.log1p(f.n_words),
        f.stop_share,
        float(f.sentence_end),
        float(facts.prose),
        float(facts.in_run),
        float(f.repeats > 0),
        float(line.bullet is not None),
        float(facts.cues.related),
        float(facts.cues.interface),
        float(facts.cues.comments),
    ]


_NO_NEIGHBOUR = [0.0] * len(NEIGHBOUR_FEATURES)


def line_vectors(
    lines: Sequence[Line], feats: Sequence[Features], facts: Sequence[LineFacts | None]
) -> list[list[float]]:
    """One vector (in FEATURES order) per non-blank line, in page order.

    `facts` holds None for blank lines, which get no vector.
    """
    idx = [i for i, line in enumerate(lines) if not line.blank]
    present = [facts[i] for i in idx]
    if None in present:
        raise ValueError("a non-blank line has no facts")
    known = cast(list[LineFacts], present)
    n = len(idx)
    in_run = [k for k, fi in enumerate(known) if fi.in_run]
    run_first = in_run[0] if in_run else n
    run_last = in_run[-1] if in_run else -1
    prose_prefix = [0, *itertools.accumulate(fi.prose for fi in known)]
    run_prefix = [0, *itertools.accumulate(fi.in_run for fi in known)]
    neigh = [_neighbour(feats[i], fi, lines[i]) for i, fi in zip(idx, known)]
    out: list[list[float]] = []
    for k, (i, fi) in enumerate(zip(idx, known)):
        line, f = lines[i], feats[i]
        text = line.text
        digits = sum(map(str.isdigit, text[:200]))
        lo, hi = max(0, k - WINDOW), min(n, k + WINDOW + 1)
        span = hi - lo
        vec = [
            1.0,
            math.log1p(f.n_words),
            math.log1p(f.n_chars),
            f.stop_share,
            float(f.sentence_end),
            f.cap_share,
            float(min(f.separators, 3)),
            float(f.repeats > 0),
            float(line.bullet is not None),
            float(line.indent > 0),
            digits / min(len(text), 200),
            float(text.endswith(":")),
            float(f.n_words <= 3),
            float("http" in text or "www." in text or "@" in text),
            float(fi.prose),
            max(-1.5, min(1.5, fi.weight / WEIGHT_SCALE)),
            float(fi.in_run),
            *(float(c) for c in fi.cues),
            min(DISTANCE_CAP, max(0, run_first - k) / DISTANCE_UNIT),
            min(DISTANCE_CAP, max(0, k - run_last) / DISTANCE_UNIT),
            float(i > 0 and lines[i - 1].blank),
            float(i + 1 < len(lines) and lines[i + 1].blank),
            (prose_prefix[hi] - prose_prefix[lo]) / span,
            (run_prefix[hi] - run_prefix[lo]) / span,
            float(k == 0),  # no neighbour above: the zero prev_* features mean nothing
            float(k == n - 1),
        ]
        vec += neigh[k - 1] if k > 0 else _NO_NEIGHBOUR
        vec += neigh[k + 1] if k + 1 < n else _NO_NEIGHBOUR
        out.append(vec)
    return out


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
