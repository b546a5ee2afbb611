"""The line network: P(other), P(body), P(comment) for every line of a text page, read from
the line's hashed words (newsx.pipeline.tokens), its dense facts
(newsx.pipeline.rich_features) and, through convolutions over the sequence of lines, its
neighbourhood and the page as a whole.

    words -> mean of their embeddings --+
                                        +-> linear, relu -> h (one row per line)
    dense facts, standardised ----------+
    h += relu(conv_d(h)) for each dilation d (kernel 5: lines k-2d .. k+2d)
    h = relu(h + ctx([mean(h); max(h)]))   (what the whole page looks like)
    P = softmax(out(h))

The weights are data, one network per kind of page: `data/line_net.npz` for text dumps and
`data/html_line_net.npz` for HTML pages, whose dense facts end with the markup's (fitted by
`scripts/train_line_net.py [--html]` with torch, a dev dependency); predicting needs only
numpy and is vectorised over a page. A network replaces the logistic regression
(classifier.LineModel) of the kind of page it was fitted on.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from newsx.pipeline.classifier import LineClass
from newsx.pipeline.labelling import Evidence
from newsx.pipeline.page import Page
from newsx.pipeline.rich_features import RICH_FEATURES, net_features, rich_features
from newsx.pipeline.tokens import page_ids

#: Floor of a probability before its log (as classifier._TINY).
_TINY = 1e-300
#: OpenBLAS (numpy's usual BLAS) computes a matrix product of at most this many
#: multiply-adds on the calling thread (its GEMM_MULTITHREAD_THRESHOLD 4 x 65536); a larger
#: one wakes its thread pool, which for a page's small products costs more than the product:
#: 66 against 26 ms a page on the 2-CPU development machine, and -j 2 got slower than -j 1.
#: The products are therefore taken in blocks of rows under it.
SINGLE_THREAD_MACS = 4 * 65536


def _dot(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a @ b, in blocks of rows small enough for BLAS to stay on this thread."""
    rows = max(1, SINGLE_THREAD_MACS // max(1, a.shape[1] * b.shape[1]))
    if len(a) <= rows:
        return a @ b  # type: ignore[no-any-return]
    out = np.empty((len(a), b.shape[1]), np.result_type(a, b))
    for i in range(0, len(a), rows):
        np.matmul(a[i : i + rows], b, out=out[i : i + rows])
    return out


#: Lines whose tokens' embeddings are gathered at once. Gathering a whole page's rows at
#: once costs memory in proportion to the page; a line has a bounded number of tokens
#: (tokens.MAX_WORDS), so a block of lines bounds the gathered rows, and each line's sum is
#: the same. Large enough that a normal page is one block.
BAG_LINES = 4096


def _mean_embeddings(emb: np.ndarray, ids: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """(n, dim): the mean embedding of each line's tokens (zeros for a line without any),
    gathered BAG_LINES lines at a time."""
    n = len(offsets) - 1
    counts = np.diff(offsets)
    bag = np.zeros((n, emb.shape[1]), np.float32)
    for lo in range(0, n, BAG_LINES):
        hi = min(n, lo + BAG_LINES)
        has = counts[lo:hi] > 0
        if has.any():  # reduceat needs non-empty slices: only lines with tokens
            first = offsets[lo]
            rows = emb[ids[first : offsets[hi]]]
            bag[lo:hi][has] = np.add.reduceat(rows, offsets[lo:hi][has] - first, axis=0)
    bag /= np.maximum(counts, 1)[:, None]
    return bag


Arrays = Mapping[str, np.ndarray]
#: The file of the network of each kind of page (Page.kind), in newsx/data.
NET_FILES = {"text": "line_net.npz", "html": "html_line_net.npz"}


@dataclass(frozen=True)
class LineNet:
    """The network's weights (float32, torch's layout) and the decoder's parameters."""

    weights: dict[str, np.ndarray] = field(repr=False)
    features: tuple[str, ...]
    """The dense facts it reads, in order: rich_features.net_features of its kind of page."""
    bits: int
    dilations: tuple[int, ...]
    log_prior: tuple[float, ...]
    """log P(class) in the training lines: posteriors are divided by it before decoding."""
    transitions: tuple[tuple[float, ...], ...]
    """log P(next state | state) for newsx.pipeline.viterbi.State."""
    emission_scale: float
    """How much the decoder trusts a line's scores against the transitions (see
    classifier.LineModel.emission_scale)."""

    @classmethod
    def from_arrays(cls, arrays: Arrays) -> LineNet:
        """Read the arrays scripts/train_line_net.py writes (an .npz file's contents)."""
        meta = json.loads(str(arrays["meta"]))
        features = tuple(meta["features"])
        if features[: len(RICH_FEATURES)] != RICH_FEATURES:
            raise ValueError("the line network was trained on other features; retrain it")
        weights = {k: np.asarray(v, np.float32) for k, v in arrays.items() if k != "meta"}
        dilations = tuple(int(d) for d in meta["dilations"])
        for j in range(len(dilations)):  # (out, in, k) -> (k, in, out): one matmul per tap
            weights[f"conv{j}_taps"] = np.ascontiguousarray(
                weights[f"convs_{j}_weight"].transpose(2, 1, 0)
            )
        weights["inv_sd"] = 1.0 / weights["sd"]
        weights["inp_t"] = np.ascontiguousarray(weights["inp_weight"].T)
        weights["out_t"] = np.ascontiguousarray(weights["out_weight"].T)
        return cls(
            weights=weights,
            features=features,
            bits=int(meta["bits"]),
            dilations=dilations,
            log_prior=tuple(float(x) for x in meta["log_prior"]),
            transitions=tuple(tuple(float(x) for x in row) for row in meta["transitions"]),
            emission_scale=float(meta["emission_scale"]),
        )

    def forward(self, dense: np.ndarray, ids: np.ndarray, offsets: np.ndarray) -> np.ndarray:
        """(n, 3) class probabilities from the dense facts (n, len(RICH_FEATURES)) and the
        flat token ids with their n + 1 offsets (tokens.page_ids)."""
        p = self.weights
        n = len(offsets) - 1
        if n == 0:
            return np.zeros((0, len(LineClass)), np.float32)
        # The input layer reads each line's mean embedding then its standardised facts, both
        # written into one array: no copy of the page's facts is made on the way.
        dense = np.asarray(dense, np.float32)
        if dense.shape != (n, len(p["mu"])):
            raise ValueError(f"dense facts of shape {dense.shape} for {n} lines")
        dim = p["emb_weight"].shape[1]
        x = np.empty((n, dim + dense.shape[1]), np.float32)
        x[:, :dim] = _mean_embeddings(p["emb_weight"], ids, offsets)
        facts = x[:, dim:]
        facts[:] = dense
        facts -= p["mu"]
        facts *= p["inv_sd"]
        h = _dot(x, p["inp_t"])
        del x, facts
        h += p["inp_bias"]
        np.maximum(h, 0, out=h)
        for j, dilation in enumerate(self.dilations):
            taps = p[f"conv{j}_taps"]
            pad = (len(taps) // 2) * dilation
            padded = np.pad(h, ((pad, pad), (0, 0)))
            y = p[f"convs_{j}_bias"] + sum(
                _dot(padded[t * dilation : t * dilation + n], taps[t]) for t in range(len(taps))
            )
            h = h + np.maximum(y, 0)
        pooled = np.concatenate([h.mean(axis=0), h.max(axis=0)])
        h = np.maximum(h + (p["ctx_weight"] @ pooled + p["ctx_bias"]), 0)
        z = _dot(h, p["out_t"]) + p["out_bias"]
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]

    def probabilities(self, page: Page, ev: Evidence, base: np.ndarray) -> np.ndarray:
        """(n, 3) for the page's n non-blank lines; `base` holds their classifier vectors."""
        if self.features != net_features(page):
            raise ValueError(f"this line network reads other facts than a {page.kind} page gives")
        ids, offsets = page_ids(page.lines, self.bits, page.line_words)
        return self.forward(rich_features(page, ev, base), ids, offsets)

    def emissions(self, probs: np.ndarray, comments_are_body: bool = False) -> list[list[float]]:
        """Per line, (outside, body) scores for the decoder, as LineModel.emissions gives
        them: (log P(x | line) - log P(x)) x emission_scale. With `comments_are_body` (a
        forum thread, whose posts are its content) a line that reads as a comment counts
        for the body, not against it."""
        prior = np.exp(self.log_prior)
        p = np.maximum(np.asarray(probs, np.float64), _TINY)
        out_cls = [LineClass.OTHER] if comments_are_body else [LineClass.OTHER, LineClass.COMMENT]
        body_cls = [LineClass.BODY, LineClass.COMMENT] if comments_are_body else [LineClass.BODY]
        outside = np.log(p[:, out_cls].sum(axis=1)) - math.log(prior[out_cls].sum())
        body = np.log(p[:, body_cls].sum(axis=1)) - math.log(prior[body_cls].sum())
        scores: list[list[float]] = (
            self.emission_scale * np.column_stack((outside, body))
        ).tolist()
        return scores


def load_arrays(raw: Any) -> dict[str, np.ndarray]:
    """The arrays of an .npz file (a path or an open binary file)."""
    with np.load(raw, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


@cache
def default_net(kind: str = "text") -> LineNet | None:
    """The network shipped in the package for a kind of page (Page.kind), loaded once; None
    when none is shipped."""
    name = NET_FILES.get(kind)
    if name is None:
        return None
    ref = resources.files("newsx").joinpath(f"data/{name}")
    if not ref.is_file():
        return None
    with ref.open("rb") as fp:
        return LineNet.from_arrays(load_arrays(fp))
