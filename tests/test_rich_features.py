"""newsx.pipeline.rich_features: the line network's dense inputs."""

from __future__ import annotations

import numpy as np
import pytest

from newsx.html.reader import read_page
from newsx.pipeline.labelling import classifier_inputs, gather_evidence
from newsx.pipeline.line_vectors import FEATURES
from newsx.pipeline.page import Page
from newsx.pipeline.rich_features import (
    RICH_FEATURES,
    _side_by_side,
    net_features,
    rich_features,
    run_length,
    shift,
    window_means,
)
from tests.pages import P1, P2, P3, TITLE


def features(text: str) -> np.ndarray:
    page = Page.from_text(text)
    ev = gather_evidence(page)
    return rich_features(page, ev, np.array(classifier_inputs(page, ev), np.float32))


def test_names_are_unique_and_start_with_the_classifier_features() -> None:
    assert len(set(RICH_FEATURES)) == len(RICH_FEATURES) == 222
    assert RICH_FEATURES[: len(FEATURES)] == FEATURES


def test_one_row_per_non_blank_line() -> None:
    x = features(f"Home | World\n\n{TITLE}\n\n{P1}\n{P2}\n\n{P3}\nShare this")
    assert x.shape == (6, len(RICH_FEATURES)) and x.dtype == np.float32
    assert np.isfinite(x).all()


def test_an_html_page_adds_its_markup_facts_after_the_text_facts() -> None:
    html = f"<nav><a href='/'>Home</a></nav><article><h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p>"
    page = read_page(html + "</article><footer>Share this</footer>")[0]
    ev = gather_evidence(page)
    base = np.array(classifier_inputs(page, ev), np.float32)
    x = rich_features(page, ev, base)
    assert net_features(page) == RICH_FEATURES + page.markup_features
    assert page.markup_features and net_features(Page.from_text(P1)) == RICH_FEATURES
    assert x.shape == (base.shape[0], len(net_features(page)))
    np.testing.assert_array_equal(x[:, len(RICH_FEATURES) :], base[:, len(FEATURES) :])
    np.testing.assert_array_equal(x[:, : len(FEATURES)], base[:, : len(FEATURES)])


@pytest.mark.parametrize(("text", "rows"), [("", 0), ("\n\n", 0), ("one line", 1)])
def test_empty_and_one_line_pages(text: str, rows: int) -> None:
    assert features(text).shape == (rows, len(RICH_FEATURES))


def test_shift_reads_neighbours_and_zeros_beyond_the_page() -> None:
    a = np.arange(4, dtype=np.float32)[:, None]
    assert shift(a, 1)[:, 0].tolist() == [1, 2, 3, 0]
    assert shift(a, -2)[:, 0].tolist() == [0, 0, 0, 1]


def test_window_mean_averages_the_lines_that_exist() -> None:
    a = np.array([[0.0], [3.0], [6.0]])
    one, two = window_means(a, (1, 2))
    assert one[:, 0].tolist() == [1.5, 3.0, 4.5]
    assert two[:, 0].tolist() == [3.0, 3.0, 3.0]


def test_run_length_of_flagged_lines() -> None:
    got = run_length(np.array([1, 1, 0, 1, 0, 0, 1, 1, 1]))
    want = np.log1p([2, 2, 0, 1, 0, 0, 3, 3, 3]) * np.array([1, 1, 0, 1, 0, 0, 1, 1, 1])
    assert np.allclose(got, want)
    assert run_length(np.zeros(0)).shape == (0,)


def test_position_columns_run_from_the_top() -> None:
    x = features(f"{P1}\n{P2}\n{P3}")
    col = x[:, RICH_FEATURES.index("line_position")]
    assert col.tolist() == pytest.approx([0, 1 / 3, 2 / 3])
    assert x[0, RICH_FEATURES.index("log_words@-1")] == 0  # nothing above the first line


def test_side_by_side_writes_the_blocks_columns_as_float32() -> None:
    blocks = (np.ones((2, 1), np.float32), np.array([[0.1, 2.0], [3.0, 1 / 3]]))
    got = _side_by_side(blocks)
    assert got.dtype == np.float32
    np.testing.assert_array_equal(got, np.column_stack(blocks).astype(np.float32))
