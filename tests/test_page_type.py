"""newsx.pipeline.page_type: the kind of page, from its hashed words and line shapes."""

from __future__ import annotations

import math

import numpy as np
import pytest

import newsx
from newsx.html.reader import read_page
from newsx.pipeline.page import Page
from newsx.pipeline.page_type import (
    DECLARED_VALUE,
    PAGE_TYPES,
    SHAPES,
    PageTypeModel,
    buckets,
    default_page_type_model,
    page_buckets,
    page_type,
    shape_counts,
    tokens,
)
from tests.pages import P1, P2, P3, TITLE, sure_of

ARTICLE = f"{TITLE}\n\nBy Jane Doe\n\nMarch 3, 2021\n\n{P1}\n\n{P2}\n\n{P3}\n"


def test_tokens_are_words_and_one_shape_token_a_line() -> None:
    page = Page.from_text("* Home\n\nNew ferry\n\nThe terminal opened on Tuesday to passengers.")
    assert tokens(page) == [
        "home", "#bullet", "new", "ferry", "#short",
        "the", "terminal", "opened", "on", "tuesday", "to", "passengers", "#line",
    ]  # fmt: skip


def test_buckets_have_unit_length_and_stable_ids() -> None:
    found = buckets(["a", "b", "a"], bits=8)
    assert math.isclose(math.sqrt(sum(v * v for v in found.values())), 1.0)
    assert buckets(["a", "b", "a"], bits=8) == found  # crc32: the same in every process
    assert all(0 <= b < 256 for b in found)


def test_page_buckets_add_the_declared_types_to_the_words() -> None:
    text = f"{TITLE}\n\n{P1}\n"
    words = page_buckets(Page.from_text(text))
    assert words == buckets(tokens(Page.from_text(text)))  # a dump declares nothing
    html = f"<html><head><meta property='og:type' content='product'></head><body><h1>{TITLE}"
    page = read_page(html + f"</h1><p>{P1}</p></body></html>")[0]
    declared = page_buckets(page)
    extra = {b: v for b, v in declared.items() if b not in words}
    assert page.declared_types() == ("product",)
    assert list(extra.values()) == [DECLARED_VALUE]


def test_shape_counts() -> None:
    page = Page.from_text(f"* Home\n* World\n\n{P1}\n\nPrice: $20")
    shapes = dict(zip(SHAPES, shape_counts(page)))
    assert shapes["log_lines"] == pytest.approx(math.log1p(4))
    assert shapes["bullet_share"] == 0.5
    assert shapes["currency_share"] == 0.25


def test_probabilities_sum_to_one_and_the_best_is_the_type() -> None:
    probs = sure_of("forum").probabilities(Page.from_text(ARTICLE))
    assert set(probs) == set(PAGE_TYPES)
    assert math.isclose(sum(probs.values()), 1.0)
    assert page_type(probs) == "forum"


def test_the_decider_reads_the_word_scores_after_the_shapes() -> None:
    k, n = len(PAGE_TYPES), len(SHAPES)
    word_bias = np.zeros(k)
    word_bias[PAGE_TYPES.index("product")] = 3.0  # the words say product...
    stack = np.zeros((n + k, k))
    stack[n + PAGE_TYPES.index("product"), PAGE_TYPES.index("listing")] = 2.0  # ...read as listing
    model = PageTypeModel(
        word_weights=np.zeros((256, k)),
        word_bias=word_bias,
        stack_weights=stack,
        stack_low=np.full(n + k, -np.inf),
        stack_high=np.full(n + k, np.inf),
        stack_mean=np.zeros(n + k),
        stack_scale=np.ones(n + k),
        bias=np.zeros(k),
        bits=8,
    )
    page = Page.from_text(ARTICLE)
    assert model.word_scores(page).argmax() == PAGE_TYPES.index("product")
    assert page_type(model.probabilities(page)) == "listing"


def test_the_decider_does_not_extrapolate_beyond_its_clipping_range() -> None:
    k, n = len(PAGE_TYPES), len(SHAPES)
    stack = np.zeros((n + k, k))
    stack[SHAPES.index("log_lines"), PAGE_TYPES.index("forum")] = -1.0  # fewer lines, forum
    low = np.full(n + k, -np.inf)
    low[SHAPES.index("log_lines")] = math.log1p(20)
    model = PageTypeModel(
        word_weights=np.zeros((256, k)),
        word_bias=np.zeros(k),
        stack_weights=stack,
        stack_low=low,
        stack_high=np.full(n + k, np.inf),
        stack_mean=np.zeros(n + k),
        stack_scale=np.ones(n + k),
        bias=np.zeros(k),
        bits=8,
    )
    two, four = Page.from_text(f"{P1}\n\n{P2}"), Page.from_text(ARTICLE)
    assert model.probabilities(two) == model.probabilities(four)
    longer = Page.from_text("\n\n".join([P1] * 30))
    assert model.probabilities(longer)["forum"] < model.probabilities(four)["forum"]


def test_the_shipped_model_reads_an_article_as_one() -> None:
    probs = default_page_type_model().probabilities(Page.from_text(ARTICLE))
    assert page_type(probs) == "article"
    assert newsx.extract(ARTICLE).page_type == "article"


def test_explain_shows_the_type_and_its_probabilities() -> None:
    from newsx.api import explain_page

    explanation = explain_page(ARTICLE)
    assert next(iter(explanation.page_types)) == "article"  # the most probable first
    assert list(explanation.page_types.values()) == sorted(
        explanation.page_types.values(), reverse=True
    )
