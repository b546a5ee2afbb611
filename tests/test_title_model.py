"""The headline candidates' scorer: standardise, a linear term and a tanh layer, the best."""

from __future__ import annotations

import math

import pytest

from newsx.meta.title_model import TitleModel

FEATURES = ("distance", "overlap")


def _table(**changes: object) -> dict[str, object]:
    table: dict[str, object] = {
        "features": list(FEATURES),
        "mean": [1.0, 0.0],
        "scale": [2.0, 1.0],
        "linear": [-1.0, 0.0],
        "hidden": [[0.0], [1.0]],
        "hidden_bias": [0.0],
        "output": [2.0],
    }
    table.update(changes)
    return table


def test_a_score_is_the_linear_term_plus_the_hidden_layer() -> None:
    model = TitleModel.from_dict(_table(), FEATURES)
    (score,) = model.scores([(3.0, 0.5)])
    assert score == pytest.approx(-1.0 * (3.0 - 1.0) / 2.0 + 2.0 * math.tanh(0.5))


def test_the_best_candidate_is_the_index_of_the_highest_score() -> None:
    model = TitleModel.from_dict(_table(), FEATURES)
    # near the body with much overlap beats far away, and beats near with none
    assert model.best([(9.0, 1.0), (1.0, 1.0), (1.0, 0.0)]) == 1


def test_no_candidate_gives_no_title() -> None:
    assert TitleModel.from_dict(_table(), FEATURES).best([]) is None


def test_a_model_of_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="other candidate features"):
        TitleModel.from_dict(_table(features=["overlap", "distance"]), FEATURES)
