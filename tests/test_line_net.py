"""newsx.pipeline.line_net: the numpy forward pass, decoding inputs, the shipped network."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

import newsx
from newsx.html.reader import read_page
from newsx.pipeline import line_net
from newsx.pipeline.classifier import LineModel
from newsx.pipeline.labelling import default_scorer, label_lines
from newsx.pipeline.line_net import LineNet, default_net
from newsx.pipeline.page import Page
from newsx.pipeline.rich_features import RICH_FEATURES
from tests.pages import P1, P2, P3, TITLE

D = len(RICH_FEATURES)


def tiny(
    conv: list[float], ctx_bias: float = 0.5, features: tuple[str, ...] = RICH_FEATURES
) -> LineNet:
    """One embedding dimension, one hidden unit, one convolution of kernel 3, reading
    `features`."""
    d = len(features)
    inp = np.zeros((1, 1 + d), np.float32)
    inp[0, 0] = 1.0  # h = relu(bag - 1): the dense features are ignored
    meta = {
        "features": list(features),
        "bits": 2,
        "dilations": [1],
        "log_prior": [math.log(0.5), math.log(0.25), math.log(0.25)],
        "transitions": [[0.0] * 4] * 4,
        "emission_scale": 2.0,
    }
    return LineNet.from_arrays(
        {
            "meta": np.array(json.dumps(meta)),
            "emb_weight": np.array([[1.0], [2.0], [4.0], [0.0]], np.float16),
            "mu": np.zeros(d, np.float32),
            "sd": np.ones(d, np.float32),
            "inp_weight": inp,
            "inp_bias": np.array([-1.0], np.float32),
            "convs_0_weight": np.array([[conv]], np.float32),  # (out, in, kernel)
            "convs_0_bias": np.zeros(1, np.float32),
            "ctx_weight": np.array([[1.0, -1.0]], np.float32),
            "ctx_bias": np.array([ctx_bias], np.float32),
            "out_weight": np.array([[0.0], [1.0], [-1.0]], np.float32),
            "out_bias": np.zeros(3, np.float32),
        }
    )


def softmax(z: list[float]) -> list[float]:
    e = [math.exp(v) for v in z]
    return [v / sum(e) for v in e]


def test_the_forward_pass_matches_a_hand_computed_network() -> None:
    net = tiny([1.0, 0.0, 2.0])
    ids = np.array([0, 1, 2])  # line 0: bucket 0 (1.0); line 1: buckets 1, 2 (mean 3.0)
    offsets = np.array([0, 1, 3])
    p = net.forward(np.zeros((2, D), np.float32), ids, offsets)
    # bag [1, 3] -> h = relu(bag - 1) = [0, 2]
    # conv (cross-correlation, zero padded): y_k = 1 * h_{k-1} + 0 * h_k + 2 * h_{k+1} = [4, 0]
    # h += relu(y) -> [4, 2]; page: mean 3, max 4 -> ctx = 3 - 4 + 0.5 = -0.5
    # h = relu(h - 0.5) = [3.5, 1.5]; z = (0, h, -h)
    assert p.tolist()[0] == pytest.approx(softmax([0, 3.5, -3.5]), rel=1e-5)
    assert p.tolist()[1] == pytest.approx(softmax([0, 1.5, -1.5]), rel=1e-5)


def test_emissions_divide_by_the_prior_and_scale() -> None:
    net = tiny([0.0, 0.0, 0.0])
    ((outside, body),) = net.emissions(np.array([[0.2, 0.5, 0.3]]))
    assert outside == pytest.approx(2.0 * (math.log(0.5) - math.log(0.75)))
    assert body == pytest.approx(2.0 * (math.log(0.5) - math.log(0.25)))


def test_on_a_forum_a_comment_line_counts_for_the_body() -> None:
    net = tiny([0.0, 0.0, 0.0])  # prior: other 0.5, body 0.25, comment 0.25
    ((outside, body),) = net.emissions(np.array([[0.2, 0.5, 0.3]]), comments_are_body=True)
    assert outside == pytest.approx(2.0 * (math.log(0.2) - math.log(0.5)))
    assert body == pytest.approx(2.0 * (math.log(0.8) - math.log(0.5)))


def test_empty_and_one_line_pages() -> None:
    net = tiny([1.0, 1.0, 1.0])
    assert net.forward(np.zeros((0, D)), np.zeros(0, np.int64), np.zeros(1, np.int64)).shape == (
        0,
        3,
    )
    p = net.forward(np.zeros((1, D)), np.array([2]), np.array([0, 1]))
    assert p.shape == (1, 3) and p.sum() == pytest.approx(1.0)


def test_a_network_of_other_features_is_refused() -> None:
    arrays = {"meta": np.array(json.dumps({"features": ["bias"]}))}
    with pytest.raises(ValueError, match="other features"):
        LineNet.from_arrays(arrays)


shipped = pytest.mark.skipif(default_net() is None, reason="no line network shipped")


@pytest.mark.parametrize("kind", ["text", "html"])
def test_each_kind_of_page_is_scored_by_its_network_where_one_is_shipped(kind: str) -> None:
    net = default_net(kind)
    assert isinstance(default_scorer(kind), LineNet if net is not None else LineModel)
    assert default_net(kind) is net  # loaded once
    if net is not None:
        assert net.features[: len(RICH_FEATURES)] == RICH_FEATURES
    assert default_net("pdf") is None


@shipped
def test_a_network_refuses_a_page_of_another_kind() -> None:
    html = f"<article><h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p></article>"
    page = read_page(html)[0]
    with pytest.raises(ValueError, match="other facts than a html page"):
        label_lines(page, default_net("text"))
    text_page = Page.from_text(f"{TITLE}\n\n{P1}")
    with pytest.raises(ValueError, match="other facts than a text page"):
        label_lines(text_page, tiny([0.0, 1.0, 0.0], features=RICH_FEATURES + page.markup_features))


@shipped
def test_the_shipped_network_finds_the_body_of_a_tiny_page() -> None:
    text = f"Home | World | Sport\n\n{TITLE}\n\n{P1}\n\n{P2}\n\n{P3}\n\nShare this\nCookies"
    article = newsx.extract(text)
    assert article.title == TITLE
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@shipped
@pytest.mark.parametrize("text", ["", "\n\n", "one line"])
def test_the_shipped_network_on_empty_and_one_line_pages(text: str) -> None:
    assert len(label_lines(Page.from_text(text)).decisions) == len(Page.from_text(text).lines)


def whole_page_bag(emb: np.ndarray, ids: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """The mean embeddings as the network computed them before blocks: one reduceat."""
    counts = np.diff(offsets)
    bag = np.zeros((len(counts), emb.shape[1]), np.float32)
    has = counts > 0
    if has.any():
        bag[has] = np.add.reduceat(emb[ids], offsets[:-1][has], axis=0)
    bag /= np.maximum(counts, 1)[:, None]
    return bag


@pytest.mark.parametrize("block", [1, 2, 3, 7, 4096])
def test_mean_embeddings_in_blocks_of_lines_equal_the_whole_page_at_once(
    monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    rng = np.random.default_rng(7)
    emb = rng.standard_normal((16, 3)).astype(np.float32)
    counts = np.r_[rng.integers(0, 4, 11), 0, 0, 0, 0, 0, 0, 0, 2]  # a run with no tokens
    offsets = np.r_[0, np.cumsum(counts)]
    ids = rng.integers(0, 16, offsets[-1])
    monkeypatch.setattr(line_net, "BAG_LINES", block)
    got = line_net._mean_embeddings(emb, ids, offsets)
    np.testing.assert_array_equal(got, whole_page_bag(emb, ids, offsets))
    assert got.dtype == np.float32


def test_products_in_blocks_of_rows_equal_one_product(monkeypatch: pytest.MonkeyPatch) -> None:
    a = np.arange(70, dtype=np.float32).reshape(10, 7) / 7
    b = np.arange(14, dtype=np.float32).reshape(7, 2)
    monkeypatch.setattr(line_net, "SINGLE_THREAD_MACS", 45)  # blocks of 3 rows, then 1
    got = line_net._dot(a, b)
    np.testing.assert_array_equal(got, a @ b)
    assert got.dtype == np.float32


def test_dense_facts_of_the_wrong_shape_are_refused() -> None:
    with pytest.raises(ValueError, match="shape"):
        tiny([1.0, 0.0, 2.0]).forward(
            np.zeros((1, D), np.float32), np.array([0, 1]), np.array([0, 1, 2])
        )
