"""The line classifier: reading the model table, class scores."""

from __future__ import annotations

import math

import pytest

from newsx.pipeline.classifier import LineClass, LineModel, default_model
from newsx.pipeline.line_vectors import FEATURES
from tests.pages import P2
from tests.test_line_vectors import PAGE, vectors


def _table(**changes: object) -> dict[str, object]:
    n = len(FEATURES)
    table: dict[str, object] = {
        "features": list(FEATURES),
        "mean": [0.0] * n,
        "scale": [1.0] * n,
        "weights": [[0.0] * n for _ in LineClass],
        "log_prior": [math.log(1 / 3)] * 3,
        "transitions": [[0.0] * 4 for _ in range(4)],
        "emission_scale": 1.0,
    }
    table.update(changes)
    return table


def test_a_table_for_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="retrain"):
        LineModel.from_dict(_table(features=["bias"]))


def test_zero_weights_give_the_prior_back_as_even_odds() -> None:
    model = LineModel.from_dict(_table())
    (row,) = model.emissions([[1.0] * len(FEATURES)])
    assert row == pytest.approx((0.0, 0.0))


def test_standardisation_is_folded_into_the_weights() -> None:
    n = len(FEATURES)
    weights = [[0.0] * n, [0.0] * n, [0.0] * n]
    weights[1][1] = 2.0  # body grows with (log_words - mean) / scale
    model = LineModel.from_dict(
        _table(
            weights=weights, mean=[0.0, 1.0] + [0.0] * (n - 2), scale=[1.0, 0.5] + [1.0] * (n - 2)
        )
    )
    x = [1.0, 1.5] + [0.0] * (n - 2)  # standardised log_words = 1.0
    (row,) = model.emissions([x])
    z = [0.0, 2.0, 0.0]
    norm = math.log(sum(math.exp(v) for v in z))
    outside = math.log(math.exp(z[0]) + math.exp(z[2])) - norm - math.log(2 / 3)
    assert row == pytest.approx((outside, z[1] - norm - math.log(1 / 3)))


def test_other_and_comment_both_count_as_outside_the_body() -> None:
    n = len(FEATURES)
    as_other = [[0.0] * n for _ in LineClass]
    as_other[LineClass.OTHER][0] = 5.0
    as_comment = [[0.0] * n for _ in LineClass]
    as_comment[LineClass.COMMENT][0] = 5.0
    x = [1.0] + [0.0] * (n - 1)
    (a,) = LineModel.from_dict(_table(weights=as_other)).emissions([x])
    (b,) = LineModel.from_dict(_table(weights=as_comment)).emissions([x])
    assert a == pytest.approx(b)
    assert a[0] > 0 > a[1]


def test_the_shipped_model_reads_prose_as_body_and_menus_as_other() -> None:
    vecs, texts = vectors(PAGE)
    scores = default_model().emissions(vecs)
    by_text = dict(zip(texts, scores))
    outside, body = by_text[P2]
    assert body > outside
    outside, body = by_text["Home | World | Sport | Weather"]
    assert outside > body


def test_the_shipped_html_model_reads_the_markup() -> None:
    from newsx.html.page import HtmlPage

    model = default_model("html")
    assert model.features == FEATURES + HtmlPage.markup_features
    assert default_model().features == FEATURES
    assert len(model.weights[0]) == len(model.features)


def test_the_body_bias_raises_every_body_score_by_itself_times_the_scale() -> None:
    x = [[0.5] * len(FEATURES)]
    plain = LineModel.from_dict(_table(emission_scale=4.0)).emissions(x)[0]
    biased = LineModel.from_dict(_table(emission_scale=4.0, body_bias=0.5)).emissions(x)[0]
    assert biased[0] == pytest.approx(plain[0])
    assert biased[1] == pytest.approx(plain[1] + 2.0)
    assert LineModel.from_dict(_table()).body_bias == 0.0  # tables written before it
