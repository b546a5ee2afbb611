"""The learned scorer of headline candidates: which of a page's candidate lines is its title.

Each candidate is a vector of the features `meta/headline.py` measures (FEATURES). Its score
is a linear term plus a small hidden layer (tanh) over the standardised vector, so that the
features can weigh differently together than apart: a line far above the body is a poor
headline, unless a byline stands under it. The page's title is the candidate with the best
score (training fits a softmax over each page's candidates). The weights are data,
`data/title_model.json`, fitted by `scripts/train_title.py` on the development set;
scoring needs numpy and this module.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class TitleModel:
    """The scorer's arrays (numpy), in the order of the feature names it was fitted on."""

    features: tuple[str, ...]
    mean: Any
    """Per feature: subtracted before scoring..."""
    scale: Any
    """...and divided by (the training candidates' mean and standard deviation)."""
    linear: Any
    """(features,): the linear term's weights."""
    hidden: Any
    """(features, hidden units): the hidden layer's weights."""
    hidden_bias: Any
    output: Any
    """(hidden units,): the weight of each hidden unit in the score."""

    def scores(self, vectors: Sequence[Sequence[float]]) -> Any:
        """The score of each candidate (one vector a candidate), as a numpy array."""
        import numpy as np

        x = (np.asarray(vectors, dtype=np.float64) - self.mean) / self.scale
        return x @ self.linear + np.tanh(x @ self.hidden + self.hidden_bias) @ self.output

    def best(self, vectors: Sequence[Sequence[float]]) -> int | None:
        """Index of the best-scored vector, or None when there is none."""
        if len(vectors) == 0:
            return None
        return int(self.scores(vectors).argmax())

    @classmethod
    def from_dict(cls, table: dict[str, Any], features: Sequence[str]) -> TitleModel:
        """Read what scripts/train_title.py writes. `features` are the names the caller's
        vectors hold, in order: a model fitted on other features is refused."""
        import numpy as np

        if tuple(table["features"]) != tuple(features):
            raise ValueError("the title model was fitted on other candidate features")

        def array(name: str) -> Any:
            return np.asarray(table[name], dtype=np.float64)

        return cls(
            features=tuple(features),
            mean=array("mean"),
            scale=array("scale"),
            linear=array("linear"),
            hidden=array("hidden"),
            hidden_bias=array("hidden_bias"),
            output=array("output"),
        )


@cache
def default_title_model(features: tuple[str, ...]) -> TitleModel:
    """The model shipped in the package, for vectors of `features`."""
    raw = resources.files("newsx").joinpath("data/title_model.json").read_text("utf-8")
    return TitleModel.from_dict(json.loads(raw), features)
