"""newsx.pipeline.runs: the body is the contiguous run of lines with the most content weight."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsx.pipeline.runs import best_run


@pytest.mark.parametrize(
    ("weights", "span"),
    [
        ([5.0], (0, 1)),
        ([3.0, -1.0, 4.0], (0, 3)),  # a small dip does not split the run
        ([3.0, -10.0, 4.0], (2, 3)),  # a deep one does
        ([-5.0, -5.0, 10.0, 20.0, -5.0], (2, 4)),
        ([-3.0, 2.0, 2.0, -1.0, 0.0, 0.0, 5.0, -20.0, 6.0], (1, 7)),
        ([5.0, -5.0, 5.0], (0, 1)),  # ties: the first run wins
        ([1.0, 1.0, -1.0, 1.0, 1.0], (0, 5)),
    ],
)
def test_best_run(weights: list[float], span: tuple[int, int]) -> None:
    assert best_run(weights) == span


@pytest.mark.parametrize(
    "weights",
    [[], [0.0], [0.0, 0.0, 0.0], [-1.0], [-1.0, -2.0, -3.0], [0.0, -1.0, 0.0, -0.5]],
)
def test_no_positive_weight_means_no_run(weights: list[float]) -> None:
    assert best_run(weights) is None


@pytest.mark.parametrize(
    ("weights", "span"),
    [
        ([0.0, 5.0, 0.0], (1, 2)),
        ([0.0, 0.0, 3.0, 0.0, 4.0, 0.0, 0.0], (2, 5)),
        ([1.0, 0.0, -5.0, 0.0, 1.0], (0, 1)),
        ([2.0, 0.0, -1.0, 0.0, 3.0, 0.0], (0, 5)),
        ([-2.0, 0.0, 0.0, 7.0, 0.0, -1.0], (3, 4)),
    ],
)
def test_zeros_never_start_or_end_a_run(weights: list[float], span: tuple[int, int]) -> None:
    got = best_run(weights)
    assert got == span
    start, end = span
    assert weights[start] > 0
    assert weights[end - 1] > 0


def test_best_run_is_the_maximum_sum_over_all_spans() -> None:
    weights = [2.0, -3.0, 4.0, -1.0, 2.0, 1.0, -5.0, 4.0, 0.0, -2.0, 3.0]
    span = best_run(weights)
    assert span is not None
    best = max(
        sum(weights[i:j]) for i in range(len(weights)) for j in range(i + 1, len(weights) + 1)
    )
    assert sum(weights[span[0] : span[1]]) == best


@given(st.lists(st.integers(min_value=-6, max_value=6), max_size=12))
def test_best_run_against_brute_force(weights: list[int]) -> None:
    spans = [(i, j) for i in range(len(weights)) for j in range(i + 1, len(weights) + 1)]
    top = max((sum(weights[i:j]) for i, j in spans), default=0)
    got = best_run([float(w) for w in weights])
    if top <= 0:
        assert got is None
        return
    assert got is not None
    start, end = got
    assert sum(weights[start:end]) == top
    assert weights[start] > 0 and weights[end - 1] > 0  # zero weights never start or end it
    # Of the runs that tie, the one that reaches the top first wins.
    assert end == min(j for i, j in spans if sum(weights[i:j]) == top)
