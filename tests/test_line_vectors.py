"""The line classifier's inputs (newsx.pipeline.line_vectors): one vector per non-blank line."""

from __future__ import annotations

import numpy as np

from newsx.pipeline.features import compute_features
from newsx.pipeline.labelling import gather_evidence
from newsx.pipeline.line_vectors import FEATURES, line_vectors
from newsx.pipeline.page import Page
from newsx.text.lines import split_lines
from tests.pages import P1, P2, P3

PAGE = "\n".join(
    [
        "Home | World | Sport | Weather",
        "",
        "Markets rally as rates hold",
        "",
        P1,
        P2,
        P3,
        "",
        "Share this",
    ]
)


def vectors(text: str) -> tuple[np.ndarray, list[str]]:
    lines = split_lines(text)
    feats, language, stopwords_of = compute_features(lines)
    ev = gather_evidence(Page(lines, feats, language, stopwords_of))
    texts = [line.text for line in lines if not line.blank]
    return line_vectors(lines, feats, ev.facts), texts


def column(vecs: np.ndarray, name: str) -> list[float]:
    return [float(x) for x in vecs[:, FEATURES.index(name)]]


def test_one_vector_per_non_blank_line_in_feature_order() -> None:
    vecs, texts = vectors(PAGE)
    assert vecs.shape == (len(texts), len(FEATURES))
    assert column(vecs, "bias") == [1.0] * len(vecs)


def test_empty_page_has_no_vectors() -> None:
    assert vectors("")[0].shape == (0, len(FEATURES))
    assert vectors("\n\n\n")[0].shape == (0, len(FEATURES))


def test_prose_lines_are_in_the_run_and_the_menu_is_not() -> None:
    vecs, texts = vectors(PAGE)
    in_run = dict(zip(texts, column(vecs, "in_run")))
    assert in_run[P1] == 1.0
    assert in_run["Home | World | Sport | Weather"] == 0.0
    assert dict(zip(texts, column(vecs, "separators")))["Home | World | Sport | Weather"] == 3.0


def test_neighbour_features_come_from_the_adjacent_non_blank_lines() -> None:
    vecs, texts = vectors(PAGE)
    first = texts.index(P1)
    assert vecs[first][FEATURES.index("next_prose")] == 1.0  # the next paragraph
    assert vecs[first][FEATURES.index("prev_prose")] == 0.0  # the headline above
    assert column(vecs, "prev_log_words")[0] == 0.0  # nothing above the first line


def test_distance_to_the_run_grows_away_from_it() -> None:
    vecs, texts = vectors(PAGE)
    after = column(vecs, "after_run")
    assert after[texts.index("Share this")] > 0.0
    assert after[texts.index(P2)] == 0.0
