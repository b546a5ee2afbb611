"""The learned line classifier: class probabilities from each line's vector.

A multinomial logistic regression turns a line's vector (pipeline/line_vectors.py: its
shape, what the rules said of it, and the same facts of its neighbours) into P(other),
P(body), P(comment). The weights are data,
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
from typing import Any

from newsx.pipeline.line_vectors import FEATURES

#: Floor of a probability before its log: e^-690, far below any score that matters.
_TINY = 1e-300


class LineClass(IntEnum):
    """What the classifier tells apart. The decoder reads OTHER and COMMENT together as
    "outside the body"; training on comment lines as a class of their own keeps the boundary
    between the article and the comments under it sharp."""

    OTHER = 0
    BODY = 1
    COMMENT = 2


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
