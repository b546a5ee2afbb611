#!/usr/bin/env python3
"""Fit the page type model (newsx.pipeline.page_type) on the development set.

Usage:
    python scripts/train_page_type.py [--devset DIR] [--extra DIR] [--folds 5] [--write]

wcxb-dev's and traf-a's pages are articles; wcxb-dev-other's carry their type in the gold
(forum, product, listing, collection, documentation, service). Every rendering of every page is a
training example: the devset's text renderings, those of `--extra` (scripts/render_more.py)
and the original HTML, rendered as newsx.extract_html renders it. Each is described as
page_type.buckets and page_type.shape_counts describe it. Two multinomial logistic
regressions (scikit-learn, the dev extra) are fitted: the word model on the buckets, and the
decider on the shapes with the word model's scores, taken out of fold (inner folds by site)
so that the decider learns how far the words hold on a site they were not fitted on.
`--folds` reports out-of-fold accuracy over wcxb-dev and wcxb-dev-other and the confusion
table (folds by site); `--write` writes newsx/data/page_type_model.npz.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devset import DEFAULT_DEVSET, HTML, ROOT, Page, fold_of, load_pages, with_html
from provenance import provenance

from newsx.api import read_text
from newsx.pipeline.page import Page as TextPage
from newsx.pipeline.page_type import (
    BITS,
    PAGE_TYPES,
    SHAPES,
    PageTypeModel,
    page_buckets,
    shape_counts,
)

MODEL = ROOT / "newsx" / "data" / "page_type_model.npz"
#: The sets whose pages have a known type, and the type of those that give none: wcxb-dev
#: and traf-a are articles (traf-a: the news and blog posts of trafilatura's evaluation,
#: each with its main text's snippets). Without traf-a, the model learnt from WCXB alone
#: typed two in three of traf-a's pages (44% German, many blogs) listing or collection.
TYPED_SETS = ("wcxb-dev", "wcxb-dev-other", "traf-a")
ARTICLE = "article"
#: Inverse regularisation strength of the word model, chosen out of fold (4 and 64 scored
#: lower).
C = 16.0
#: The same for the decider over the shapes and the word scores: fifteen inputs and some
#: 5,900 rows, so it hardly matters (0.1 to 10 scored within 0.002 out of fold).
C_STACK = 1.0
#: The decider's inputs are clipped to their percentiles CLIP_PERCENT and 100 - CLIP_PERCENT
#: over the training pages: beyond them (a dump of a few lines, where the shortest forum
#: renderings taught "few lines, a forum") a linear model extrapolates from too few pages.
#: 0.5 to 1 scored as without out of fold; 2 scored lower.
CLIP_PERCENT = 1.0
#: Inner folds (by site) of the word scores the decider is fitted on, and the salt that
#: makes them cut across the outer folds of evaluate.py and --folds.
INNER_FOLDS = 4
INNER_SALT = "#inner"
#: The bias of a type no training page has: never chosen.
NEVER = -30.0
MAX_ITER = 3000

Row = tuple[str, str, str, int, dict[int, float], list[float], str]
"""(site, id, rendering, type index, word buckets, shapes, set)."""
#: The sets the accuracy is reported over (evaluate.py's page_type figure); traf-a's
#: pages get a line of their own, the share typed article.
SCORED_SETS = ("wcxb-dev", "wcxb-dev-other")


def page_rows(page: Page) -> list[Row]:
    kind = str(page.gold.get("type") or ARTICLE)
    out: list[Row] = []
    for rendering, path in sorted(page.texts.items()):
        try:
            text = read_text(path).text
            if rendering == HTML:
                from newsx.html.reader import read_page

                lines: TextPage = read_page(text)[0]
            else:
                lines = TextPage.from_text(text)
        except Exception:
            continue
        row = (page.site, page.id, rendering, PAGE_TYPES.index(kind))
        out.append((*row, page_buckets(lines), shape_counts(lines), page.set))
    return out


def collect(pages: list[Page], jobs: int) -> list[Row]:
    with Pool(jobs) as pool:
        return [r for rows in pool.imap(page_rows, pages, chunksize=8) for r in rows]


def matrices(rows: list[Row]) -> tuple[Any, np.ndarray, np.ndarray]:
    from scipy import sparse

    data, cols, ptr = [], [], [0]
    for r in rows:
        cols += list(r[4].keys())
        data += list(r[4].values())
        ptr.append(len(cols))
    words = sparse.csr_matrix((data, cols, ptr), shape=(len(rows), 1 << BITS))
    shapes = np.array([r[5] for r in rows], dtype=float).reshape(len(rows), len(SHAPES))
    return words, shapes, np.array([r[3] for r in rows])


def _logistic(x: Any, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """(coef (features, types), bias (types)) of a multinomial logistic regression; a type
    no training page has gets NEVER, so it is never chosen."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=MAX_ITER)
    clf.fit(x, y)
    coef = np.zeros((len(PAGE_TYPES), x.shape[1]))
    bias = np.full(len(PAGE_TYPES), NEVER)
    coef[clf.classes_] = clf.coef_ if len(clf.classes_) > 2 else np.vstack([-clf.coef_, clf.coef_])
    bias[clf.classes_] = clf.intercept_ if len(clf.classes_) > 2 else [0.0, clf.intercept_[0]]
    return coef.T, bias


def _word_scores(words: Any, y: np.ndarray, sites: list[str]) -> np.ndarray:
    """Every row's word scores from a word model fitted without its site's inner fold: what
    the decider learns from must look like the scores of a site the words never saw."""
    inner = np.array([fold_of(site + INNER_SALT, INNER_FOLDS) for site in sites])
    scores = np.zeros((len(y), len(PAGE_TYPES)))
    for k in range(INNER_FOLDS):
        held = inner == k
        if held.any() and (~held).any():
            coef, bias = _logistic(words[~held], y[~held], C)
            scores[held] = words[held] @ coef + bias
    return scores


def fit(rows: list[Row]) -> dict[str, np.ndarray]:
    """The arrays of a PageTypeModel, fitted on `rows`."""
    words, shapes, y = matrices(rows)
    stacked = np.hstack([shapes, _word_scores(words, y, [r[0] for r in rows])])
    low = np.percentile(stacked, CLIP_PERCENT, axis=0)
    high = np.percentile(stacked, 100 - CLIP_PERCENT, axis=0)
    stacked = np.clip(stacked, low, high)
    mean, scale = stacked.mean(axis=0), stacked.std(axis=0)
    scale[scale == 0] = 1.0
    stack_weights, bias = _logistic((stacked - mean) / scale, y, C_STACK)
    word_weights, word_bias = _logistic(words, y, C)
    return {
        "word_weights": word_weights.astype(np.float32),
        "word_bias": word_bias,
        "stack_weights": stack_weights,
        "stack_low": low,
        "stack_high": high,
        "stack_mean": mean,
        "stack_scale": scale,
        "bias": bias,
    }


def predict(arrays: dict[str, np.ndarray], rows: list[Row]) -> np.ndarray:
    """The type of every row, as PageTypeModel decides it (the words' scores of all rows at
    once, from their sparse buckets)."""
    words, shapes, _ = matrices(rows)
    model = PageTypeModel(**arrays)
    scores = words @ model.word_weights + model.word_bias
    return np.asarray(model.decide(np.hstack([shapes, scores]))).argmax(axis=1)


def report(rows: list[Row], pred: np.ndarray, folds: int) -> dict[str, Any]:
    """Accuracy over SCORED_SETS by rendering (with the spread over the folds), the
    confusion table, and the share of the other sets' pages (articles) typed article."""
    y = np.array([r[3] for r in rows])
    scored = np.array([r[6] in SCORED_SETS for r in rows])
    out: dict[str, Any] = {}
    for rendering in sorted({r[2] for r in rows}):
        shown = np.array([r[2] == rendering for r in rows])
        m = shown & scored
        by_fold = [
            float((pred[m & f] == y[m & f]).mean())
            for k in range(folds)
            if (f := np.array([fold_of(r[0], folds) == k for r in rows]))[m].any()
        ]
        confusion = np.zeros((len(PAGE_TYPES), len(PAGE_TYPES)), dtype=int)
        for t, p in zip(y[m], pred[m]):
            confusion[t, p] += 1
        out[rendering] = {
            "accuracy": float((pred[m] == y[m]).mean()),
            "fold_mean": float(np.mean(by_fold)),
            "fold_std": float(np.std(by_fold, ddof=1)) if len(by_fold) > 1 else 0.0,
            "confusion": confusion.tolist(),
            "others_typed_article": float((pred[shown & ~scored] == 0).mean())
            if (shown & ~scored).any()
            else None,
        }
    return out


def table(result: dict[str, Any]) -> str:
    lines = []
    for rendering, r in result.items():
        lines.append(
            f"\n{rendering}: accuracy over {' and '.join(SCORED_SETS)} {r['accuracy']:.3f} "
            f"({r['fold_mean']:.3f} ± {r['fold_std']:.3f} over the folds); "
            + (
                f"other sets' pages (articles) typed article {r['others_typed_article']:.3f}"
                if r["others_typed_article"] is not None
                else ""
            )
        )
        lines.append("| gold \\ predicted | " + " | ".join(PAGE_TYPES) + " |")
        lines.append("|---|" + "---:|" * len(PAGE_TYPES))
        for t, row in zip(PAGE_TYPES, r["confusion"]):
            lines.append(f"| {t} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--extra", type=Path, help="renderings made by scripts/render_more.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    pages = [with_html(args.devset, p) for p in load_pages(args.devset, args.extra, TYPED_SETS)]
    rows = collect(pages, args.jobs)
    print(f"{len(rows)} page renderings", file=sys.stderr)
    if args.folds:
        pred = np.zeros(len(rows), dtype=int)
        for k in range(args.folds):
            test = np.array([fold_of(r[0], args.folds) == k for r in rows])
            model = fit([r for r, t in zip(rows, test) if not t])
            pred[test] = predict(model, [r for r, t in zip(rows, test) if t])
        print(f"out of fold, {args.folds} folds by site:" + table(report(rows, pred, args.folds)))
    if args.write:
        arrays = fit(rows)
        meta = {
            "types": list(PAGE_TYPES),
            "shapes": list(SHAPES),
            "bits": BITS,
            "provenance": provenance(
                "scripts/train_page_type.py",
                "page_type",
                args.devset,
                {
                    "C": C,
                    "C_stack": C_STACK,
                    "clip_percent": CLIP_PERCENT,
                    "inner_folds": INNER_FOLDS,
                    "max_iter": MAX_ITER,
                    "bits": BITS,
                },
                sets=list(TYPED_SETS),
                renderings=sorted({r[2] for r in rows}),
                page_renderings=len(rows),
            ),
        }
        np.savez_compressed(MODEL, meta=np.array(json.dumps(meta)), **arrays)
        print(f"wrote {MODEL}", file=sys.stderr)


if __name__ == "__main__":
    main()
