#!/usr/bin/env python3
"""Fit the headline model's weights on the development set.

Usage:
    python scripts/train_title.py [--devset DIR] [--extra DIR] [--folds 5] [--jobs 2] [--write]

For every page with a gold title, in every rendering, the candidates of
`newsx.meta.headline.candidates` are collected; the one whose text matches the gold title (the
scorer's normalisation) is the answer. Pages where no candidate matches teach nothing and
are left out; `--extra` adds the renderings scripts/render_more.py made. The model is a
conditional logit (a softmax over each page's candidates) with an L2 penalty, fitted by
full-batch gradient descent with numpy (a dev dependency).

It prints top-1 accuracy in-sample and out-of-fold with folds split by site, so no site is
scored by weights that saw it. `--write` stores the weights in newsx/data/title_weights.json.
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
from devset import DEFAULT_DEVSET, ROOT, Page, fold_of, load_pages, tokens
from provenance import provenance

from newsx.meta.headline import FEATURES, candidates
from newsx.pipeline.classifier import LineModel
from newsx.pipeline.line_net import LineNet
from newsx.pipeline.page import Page as TextPage
from newsx.pipeline.stages import analyse

WEIGHTS = ROOT / "newsx" / "data" / "title_weights.json"
L2 = 1e-3
STEPS = 600
RATE = 0.1


def norm(text: str | None) -> str:
    """A title as the shared scorer compares them."""
    return " ".join(tokens(text))


def page_candidates(
    page: Page, model: LineModel | LineNet | None = None
) -> list[tuple[str, np.ndarray, int]]:
    """(site, candidate matrix, index of the right candidate) per rendering of one page.

    `model` replaces the shipped line classifier, whose body run the candidates depend on
    (the evaluation's folds)."""
    title = page.gold.get("title")
    if not isinstance(title, str) or not title:
        return []
    want = norm(title)
    out = []
    for path in page.texts.values():
        text_page = TextPage.from_text(path.read_text(encoding="utf-8", errors="replace"))
        a = analyse(text_page, model)
        lines, layout = text_page.lines, a.layout
        cands = candidates(
            lines, text_page.feats, layout.decisions, layout.body, text_page.stopwords_of
        )
        hits = [k for k, c in enumerate(cands) if norm(lines[c.index].text) == want]
        if hits:
            x = np.array([c.vector for c in cands], dtype=float)
            out.append((page.site, x, hits[0]))
    return out


_MODEL: LineModel | LineNet | None = None


def _use_model(table: dict[str, Any] | None, net: dict[str, Any] | None = None) -> None:
    global _MODEL
    _MODEL = None
    if net:
        _MODEL = LineNet.from_arrays(net)
    elif table:
        _MODEL = LineModel.from_dict(table)


def _page_candidates(page: Page) -> list[tuple[str, np.ndarray, int]]:
    return page_candidates(page, _MODEL)


def collect(
    pages: list[Page],
    jobs: int,
    line_table: dict[str, Any] | None = None,
    net: dict[str, Any] | None = None,
) -> list[tuple[str, np.ndarray, int]]:
    """The candidates of every page, with the line network of `net` (its arrays), else the
    line model of `line_table`, else the shipped scorer."""
    with Pool(jobs, initializer=_use_model, initargs=(line_table, net)) as pool:
        per_page = pool.map(_page_candidates, pages, chunksize=8)
    return [row for rows in per_page for row in rows]


def fit(pages: list[tuple[str, np.ndarray, int]]) -> np.ndarray:
    """Adam on the mean negative log-likelihood; pages are stacked into one matrix."""
    x = np.vstack([p[1] for p in pages])
    sizes = np.array([len(p[1]) for p in pages])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(pages)), sizes)
    answer_rows = x[starts + np.array([p[2] for p in pages])].sum(axis=0)
    w = np.zeros(len(FEATURES))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):
        s = x @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[group])
        p = e / np.add.reduceat(e, starts)[group]
        grad = L2 * w + (p @ x - answer_rows) / len(pages)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def accuracy(w: np.ndarray, pages: list[tuple[str, np.ndarray, int]]) -> float:
    return sum(int(np.argmax(x @ w) == y) for _, x, y in pages) / max(1, len(pages))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--devset", type=Path, default=DEFAULT_DEVSET)
    ap.add_argument("--extra", type=Path, help="renderings made by scripts/render_more.py")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    loaded = load_pages(args.devset, args.extra)
    pages = collect(loaded, args.jobs)
    correct = 0
    for k in range(args.folds):
        train = [p for p in pages if fold_of(p[0], args.folds) != k]
        test = [p for p in pages if fold_of(p[0], args.folds) == k]
        correct += round(accuracy(fit(train), test) * len(test))
    w = fit(pages)
    print(f"pages with the title among the candidates: {len(pages)}")
    print(
        f"top-1 accuracy: in-sample {accuracy(w, pages):.3f}, "
        f"out-of-fold {correct / len(pages):.3f} ({args.folds} folds by site)"
    )
    for name, value in sorted(zip(FEATURES, w), key=lambda t: -abs(t[1])):
        print(f"  {name:16s} {value:+.3f}")
    if args.write:
        WEIGHTS.write_text(
            json.dumps(
                {
                    "provenance": provenance(
                        "scripts/train_title.py",
                        "title",
                        args.devset,
                        {"l2": L2, "steps": STEPS, "rate": RATE},
                        sets=sorted({p.set for p in loaded}),
                        renderings=sorted({r for p in loaded for r in p.texts}),
                        page_renderings=len(pages),
                    ),
                    "out_of_fold_top1": round(correct / len(pages), 4),
                    "weights": {n: round(float(x), 4) for n, x in zip(FEATURES, w)},
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
