"""What kind of page a page is: an article, a forum thread, a product page, a listing, a
collection, documentation or a service page (the page types of the WCXB benchmark).

Two multinomial logistic regressions, stacked. The first reads the page's words, hashed into
buckets (so that no word list is written by hand) and gives a score per type. The second
reads those seven scores with a few counts of the page's line shapes and decides: it learns
how far to trust the words (it is fitted on the first's out-of-fold scores, so it sees them
as they are on a site the words were not fitted on) and what the shapes add. Its weights are
data, `data/page_type_model.npz`, fitted by `scripts/train_page_type.py` on the development
set; predicting needs numpy and this module.
"""

from __future__ import annotations

import json
import math
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsx.pipeline.page import Page

#: The page types, in the model's output order.
PAGE_TYPES: tuple[str, ...] = (
    "article",
    "forum",
    "product",
    "listing",
    "collection",
    "documentation",
    "service",
)
#: Words of a page are hashed into 2**BITS buckets: enough that common words rarely share one,
#: few enough that the weights stay a few hundred kB.
BITS = 15
#: Only the first this many tokens of a page are read: a page's kind shows early, and a
#: 10 MB dump must not cost more than a normal page.
MAX_TOKENS = 20_000
#: Counts of line shapes appended to the word buckets (see shape_counts).
SHAPES: tuple[str, ...] = (
    "log_lines",
    "short_share",
    "bullet_share",
    "prose_share",
    "digit_share",
    "currency_share",
    "repeated_share",
    "long_share",
)
_CURRENCY = frozenset("$€£¥₹₽")
#: The bucket value of each type the page's source declares (Page.declared_types), beside
#: the words' vector of unit length: large enough that a declaration is not drowned among a
#: few thousand words; the model learns what each declared name is worth. Chosen out of
#: fold on the HTML pages (0.1, 0.3, 1 and 3 tried; 0.3 typed the most right).
DECLARED_VALUE = 0.3


def tokens(page: Page) -> list[str]:
    """The page's word tokens, and one shape token per line ("#bullet", "#short"...)."""
    out: list[str] = []
    for line, f, own in zip(page.lines, page.feats, page.line_words):
        if line.blank:
            continue
        out += own[:200]
        out.append("#bullet" if line.bullet else "#short" if f.n_words <= 3 else "#line")
        if len(out) >= MAX_TOKENS:
            break
    return out[:MAX_TOKENS]


def buckets(toks: Sequence[str], bits: int = BITS) -> dict[int, float]:
    """Bucket -> log(1 + count), scaled to unit length."""
    mask = (1 << bits) - 1
    counts: Counter[int] = Counter()
    for token, n in Counter(toks).items():  # hash each distinct token once
        counts[zlib.crc32(token.encode("utf-8")) & mask] += n
    logs = {b: math.log1p(c) for b, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in logs.values())) or 1.0
    return {b: v / norm for b, v in logs.items()}


def page_buckets(page: Page, bits: int = BITS) -> dict[int, float]:
    """The word model's input: the buckets of the page's tokens, and one bucket of value
    DECLARED_VALUE for each type its source declares ("#declared:product")."""
    found = buckets(tokens(page), bits)
    mask = (1 << bits) - 1
    for name in page.declared_types():
        at = zlib.crc32(f"#declared:{name}".encode()) & mask
        found[at] = found.get(at, 0.0) + DECLARED_VALUE
    return found


def shape_counts(page: Page) -> list[float]:
    """SHAPES of the page: how many lines it has, and the share of each kind of line."""
    counts = [0] * (len(SHAPES) - 1)
    shown = 0
    for line, f in zip(page.lines, page.feats):
        if line.blank:
            continue
        shown += 1
        text = line.text
        for k, hit in enumerate(
            (
                f.n_words <= 3,
                line.bullet is not None,
                f.sentence_end and f.n_words >= 8,
                any(map(str.isdigit, text[:80])),
                not _CURRENCY.isdisjoint(text[:200]),
                f.repeats > 0,
                f.n_words >= 40,
            )
        ):
            counts[k] += hit
    n = max(1, shown)
    return [math.log1p(shown), *(c / n for c in counts)]


@dataclass(frozen=True)
class PageTypeModel:
    """The two stages' weights: the words' (one column per page type), then the decider's
    over the standardised shapes and the words' scores."""

    word_weights: Any
    """numpy array (2**bits, len(PAGE_TYPES))."""
    word_bias: Any
    stack_weights: Any
    """numpy array (len(SHAPES) + len(PAGE_TYPES), len(PAGE_TYPES)): the shapes' rows, then
    the word scores'."""
    stack_low: Any
    stack_high: Any
    """The decider's inputs are clipped to this range (a few percent of the training pages
    lie beyond it) before they are standardised: a linear decider must not extrapolate
    where it saw few pages, as on a dump of four lines."""
    stack_mean: Any
    stack_scale: Any
    bias: Any
    bits: int = BITS

    def word_scores(self, page: Page) -> Any:
        """The first stage: a score per type from the page's words alone."""
        import numpy as np

        found = page_buckets(page, self.bits)
        ids = np.fromiter(found.keys(), dtype=np.int64, count=len(found))
        values = np.fromiter(found.values(), dtype=np.float64, count=len(found))
        return np.asarray(self.word_bias, np.float64) + values @ self.word_weights[ids]

    def decide(self, stacked: Any) -> Any:
        """The second stage: a score per type from the decider's inputs, the shapes then the
        word scores, of one page (a vector) or of many (a matrix, one row a page)."""
        import numpy as np

        x = np.clip(stacked, self.stack_low, self.stack_high)
        return np.asarray(self.bias, np.float64) + (
            (x - self.stack_mean) / self.stack_scale
        ) @ np.asarray(self.stack_weights, np.float64)

    def probabilities(self, page: Page) -> dict[str, float]:
        """P(type | page) for every page type."""
        import numpy as np

        score = self.decide(np.concatenate([shape_counts(page), self.word_scores(page)]))
        score -= score.max()
        p = np.exp(score)
        p /= p.sum()
        return {t: float(v) for t, v in zip(PAGE_TYPES, p)}

    @classmethod
    def from_arrays(cls, arrays: Any) -> PageTypeModel:
        """Read the arrays scripts/train_page_type.py writes (an .npz file's contents)."""
        meta = json.loads(str(arrays["meta"]))
        if tuple(meta["types"]) != PAGE_TYPES or tuple(meta["shapes"]) != SHAPES:
            raise ValueError("the page type model was trained on other types or shapes")
        return cls(
            word_weights=arrays["word_weights"],
            word_bias=arrays["word_bias"],
            stack_weights=arrays["stack_weights"],
            stack_low=arrays["stack_low"],
            stack_high=arrays["stack_high"],
            stack_mean=arrays["stack_mean"],
            stack_scale=arrays["stack_scale"],
            bias=arrays["bias"],
            bits=int(meta["bits"]),
        )


@cache
def default_page_type_model() -> PageTypeModel:
    """The model shipped in the package."""
    import numpy as np

    with resources.files("newsx").joinpath("data/page_type_model.npz").open("rb") as fp:
        arrays = dict(np.load(fp, allow_pickle=False))
    return PageTypeModel.from_arrays(arrays)


#: The page types whose posts or items are the main content, not comments below an article:
#: a forum thread's replies are what its reader came for, and a listing's dated items (a
#: headline, then "3 days ago") are the list its reader opened, where the comment rules
#: would take them out as a dated list after an article. A collection's items were tried
#: too and kept no more of their content (in sample, text).
ITEMS_ARE_CONTENT = frozenset({"forum", "listing"})

#: The page types that are a catalogue of items: the line taken for the headline is often
#: one item's or one category's name, and the lines above it belong to the catalogue too,
#: where above an article's headline they are a teaser or a tagline. Forum threads,
#: documentation and service pages keep the article's rule: without it they kept no more of
#: their content (in sample), and a short article mistyped forum kept its breadcrumb.
CATALOGUES = frozenset({"listing", "collection", "product"})
#: Pages a byline alone names a writer of. A name by a product's or a category's heading
#: is a brand's, a product's or a menu's ("Moon Silver", "Store Locator"); a shop's pages
#: have no writer unless a "By" line says so. Service and listing pages are left out: an
#: article is taken for one of them more often than for these (out of fold).
UNSIGNED = frozenset({"collection", "product"})


def page_type(probabilities: dict[str, float]) -> str:
    """The most probable type."""
    return max(probabilities, key=probabilities.__getitem__)
